//! Events and the timeline: each sentence that carries a time expression reports an event.
//! Its summary is the sentence's main clause, its participants are the people mentioned in
//! it, and events are ordered by resolved time, undated ones keeping their place after
//! their neighbour in the text.

use super::document::Document;
use super::model::{Event, Person, TimeExpr, TimeType};
use super::quotes;
use super::span::TextSpan;
use super::temporal::date_of_value;

/// Words that open a phrase a summary can do without when a comma sets it off.
const LEADING_PREPOSITIONS: [&str; 16] = [
    "during",
    "in",
    "on",
    "at",
    "after",
    "before",
    "since",
    "with",
    "for",
    "under",
    "following",
    "despite",
    "amid",
    "by",
    "from",
    "until",
];

/// Longest summary, in characters.
const SUMMARY_CHARS: usize = 80;

/// Events of `doc`: sentences tied to a time expression, ordered on a timeline.
pub fn build(doc: &Document, times: &[TimeExpr], people: &[Person]) -> Vec<Event> {
    let text = doc.text.as_str();
    let mut mentions: Vec<(TextSpan, usize)> = people
        .iter()
        .enumerate()
        .flat_map(|(i, p)| p.mentions.iter().map(move |&m| (m, i)))
        .collect();
    mentions.sort_by_key(|(m, _)| m.start());
    let mut events = Vec::new();
    let mut t = 0;
    for sentence in &doc.sentences {
        let span = sentence.span;
        let mut in_sentence = Vec::new();
        while t < times.len() && times[t].span.start() < span.end() {
            if times[t].span.start() >= span.start() {
                in_sentence.push(t);
            }
            t += 1;
        }
        // The time an event is "when": a date or time rather than a duration, if it has one.
        let Some(&when) = in_sentence
            .iter()
            .find(|&&i| matches!(times[i].kind, TimeType::Date | TimeType::Time))
            .or(in_sentence.first())
        else {
            continue;
        };
        let first = mentions.partition_point(|(m, _)| m.start() < span.start());
        let mut participants: Vec<usize> = mentions[first..]
            .iter()
            .take_while(|(m, _)| m.end() <= span.end())
            .map(|&(_, p)| p)
            .collect();
        participants.sort_unstable();
        participants.dedup();
        events.push(Event {
            span,
            summary: summary(&text[span], times[when].span.start() - span.start()),
            when: Some(when),
            participants,
            order: 0,
        });
    }
    order(&mut events, times);
    events
}

/// The main clause of a sentence, short: a leading phrase set off by a comma that holds the
/// time expression ("A week later, …") is dropped, white space is folded, and the result is
/// cut at a word boundary.
fn summary(sentence: &str, time_at: usize) -> String {
    let mut s = sentence;
    let mut at = time_at;
    // Up to two leading phrases: the one holding the time, and any set off by a comma
    // that opens with a preposition ("During the interview, with both of them, she…").
    for _ in 0..2 {
        let Some(comma) = s.find(", ") else { break };
        let lead = &s[..comma];
        let lead_words = lead.split_whitespace().count();
        let first = lead.split_whitespace().next().unwrap_or("").to_lowercase();
        let prepositional = LEADING_PREPOSITIONS.contains(&first.as_str());
        let holds_time = comma >= at;
        if (holds_time && lead_words <= 6 || prepositional && lead_words <= 8)
            && !lead.contains(quotes::is_opening_char)
        {
            s = &s[comma + 2..];
            at = at.saturating_sub(comma + 2);
        } else {
            break;
        }
    }
    let folded: Vec<&str> = s.split_whitespace().collect();
    let mut out = String::new();
    for w in folded {
        if out.chars().count() + w.chars().count() + 1 > SUMMARY_CHARS {
            out.push('…');
            return capitalise(&out);
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    capitalise(out.trim_end_matches(['.', ',']))
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Set `order`: by resolved date; undated events keep their place after their neighbour.
fn order(events: &mut [Event], times: &[TimeExpr]) {
    // Month-days with no year are taken to be in the latest year the story names.
    let guess_year = times
        .iter()
        .filter_map(|t| t.value.as_deref())
        .filter(|v| v.len() == 4)
        .filter_map(|v| v.parse::<i16>().ok())
        .max();
    let own: Vec<_> = events
        .iter()
        .map(|e| {
            e.when
                .and_then(|w| times[w].value.as_deref())
                .and_then(|v| date_of_value(v, guess_year))
        })
        .collect();
    // An undated event takes the date of the dated event before it in the text (or, at the
    // start, of the first dated one after it), so it keeps its place beside its neighbour.
    let first_dated = own.iter().flatten().next().copied();
    let mut key = first_dated;
    let keys: Vec<_> = own
        .iter()
        .map(|&d| {
            if d.is_some() {
                key = d;
            }
            d.or(key)
        })
        .collect();
    let mut idx: Vec<usize> = (0..events.len()).collect();
    idx.sort_by_key(|&i| (keys[i], i));
    for (pos, i) in idx.into_iter().enumerate() {
        events[i].order = pos;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::temporal::find_times;

    fn timeline(text: &str, date: Option<&str>) -> Vec<String> {
        let doc = Document::new(text);
        let times = find_times(&doc, date.and_then(|d| d.parse().ok()));
        let mut events = build(&doc, &times, &[]);
        events.sort_by_key(|e| e.order);
        events.into_iter().map(|e| e.summary).collect()
    }

    #[test]
    fn events_are_ordered_by_date_and_undated_ones_follow_their_neighbour() {
        let text = "Headline\n\nThe company was fined last week. It had been warned in 2017. \
                    It said it will appeal. On May 30, the board met. A week later, the chief quit.";
        let got = timeline(text, Some("2018-06-14"));
        assert_eq!(
            got,
            [
                "It had been warned in 2017",
                "On May 30, the board met",
                "The company was fined last week",
                "A week later, the chief quit"
            ]
            .map(|s| {
                let d = Document::new(s);
                let times = find_times(&d, "2018-06-14".parse().ok());
                summary(s, times.first().map_or(0, |t| t.span.start()))
            })
        );
    }

    #[test]
    fn summary_drops_a_leading_time_phrase_and_stays_short() {
        assert_eq!(
            summary("A week later, Trump commuted the sentence.", 0),
            "Trump commuted the sentence"
        );
        assert_eq!(
            summary(
                "During the interview, with both of them, Kardashian explained how it went last week.",
                80
            ),
            "Kardashian explained how it went last week"
        );
        // A leading phrase that is the subject stays.
        assert_eq!(
            summary("The call to Ivanka, in May, led to the meeting.", 22),
            "The call to Ivanka, in May, led to the meeting"
        );
        let long = "word ".repeat(40);
        let s = summary(&long, 0);
        assert!(s.chars().count() <= SUMMARY_CHARS + 1 && s.ends_with('…'));
    }

    #[test]
    fn participants_are_the_people_mentioned_in_the_sentence() {
        let text = "Jane Roe met John Doe on Monday. Nobody else came.";
        let doc = Document::new(text);
        let times = find_times(&doc, None);
        let person = |name: &str| Person {
            name: name.into(),
            kind: crate::analysis::model::EntityKind::Person,
            aliases: vec![],
            mentions: vec![TextSpan::of(
                text,
                text.find(name).unwrap_or(0),
                text.find(name).unwrap_or(0) + name.len(),
            )],
            gender: Default::default(),
        };
        let events = build(&doc, &times, &[person("Jane Roe"), person("John Doe")]);
        assert_eq!(events.len(), 1);
        assert_eq!(events[0].participants, [0, 1]);
    }
}
