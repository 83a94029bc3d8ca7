//! `Story`: everything the analysis found in one article, and its JSON form.
//!
//! Inside the program every position is a byte [`TextSpan`]; the JSON export turns them into
//! Unicode code-point offsets (end exclusive), as the contract in docs/json.md requires, so that
//! Python and other tools can slice the text with them.

use serde::Serialize;

use crate::analysis::document::Document;
use crate::analysis::model::{Event, Person, Quote, TimeExpr};
use crate::analysis::span::TextSpan;
use crate::analysis::temporal::{known, Known};
use crate::source::Meta;

/// The analysis of one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Story {
    /// The text, its paragraphs and sentences.
    pub document: Document,
    /// The headline, when the article starts with one.
    pub title: Option<TextSpan>,
    /// People and organisations, in order of first mention.
    pub people: Vec<Person>,
    /// Direct quotations (speech), in text order.
    pub quotes: Vec<Quote>,
    /// Quoted words that are not speech (scare quotes, titles), in text order.
    pub terms: Vec<TextSpan>,
    /// Temporal expressions, in text order.
    pub times: Vec<TimeExpr>,
    /// Events, in text order (`Event::order` gives the timeline position).
    pub events: Vec<Event>,
}

impl Story {
    /// The article's text.
    pub fn text(&self) -> &str {
        &self.document.text
    }

    /// Number of quotations attributed to `people[person]`.
    pub fn quote_count(&self, person: usize) -> usize {
        self.quotes
            .iter()
            .filter(|q| q.speaker == Some(person))
            .count()
    }

    /// Number of quotations attributed to each person, in one pass.
    pub fn quote_counts(&self) -> Vec<usize> {
        let mut counts = vec![0; self.people.len()];
        for q in &self.quotes {
            if let Some(c) = q.speaker.and_then(|s| counts.get_mut(s)) {
                *c += 1;
            }
        }
        counts
    }

    /// Indexes of `events` in timeline order.
    pub fn timeline(&self) -> Vec<usize> {
        let mut order: Vec<usize> = (0..self.events.len()).collect();
        order.sort_by_key(|&i| (self.events[i].order, i));
        order
    }

    /// How much of the calendar the time of `events[event]` pins down.
    pub fn when_known(&self, event: usize) -> Known {
        self.events
            .get(event)
            .and_then(|e| e.when)
            .and_then(|t| self.times.get(t))
            .and_then(|t| Some(known(t.value.as_deref()?, t.kind)))
            .unwrap_or(Known::NotADate)
    }

    /// The timeline grouped by what is known: the events on the calendar in timeline
    /// order, then those whose year is not given, then those with no date (lengths of
    /// time, "the past", "last week" with no document date), each in timeline order.
    pub fn grouped_timeline(&self) -> Vec<usize> {
        let mut order = self.timeline();
        order.sort_by_key(|&e| self.when_known(e).rank());
        order
    }

    /// The JSON form of the story, as `--json` prints it; `source` is what the input said
    /// about itself (docs/json.md).
    pub fn to_json<'a>(&'a self, source: &'a Meta) -> StoryJson<'a> {
        let offsets = CodePoints::new(self.text());
        let pair = |s: TextSpan| [offsets.at(s.start()), offsets.at(s.end())];
        let text = self.text();
        let counts = self.quote_counts();
        StoryJson {
            version: JSON_VERSION,
            text,
            source,
            title: source
                .title
                .as_deref()
                .or_else(|| self.title.map(|t| &text[t])),
            people: self
                .people
                .iter()
                .enumerate()
                .map(|(i, p)| PersonJson {
                    id: format!("p{}", i + 1),
                    name: &p.name,
                    kind: p.kind.as_str(),
                    aliases: &p.aliases,
                    mentions: p.mentions.iter().map(|&m| pair(m)).collect(),
                    quote_count: counts[i],
                })
                .collect(),
            quotes: self
                .quotes
                .iter()
                .enumerate()
                .map(|(i, q)| QuoteJson {
                    id: format!("q{}", i + 1),
                    start: offsets.at(q.span.start()),
                    end: offsets.at(q.span.end()),
                    text: &text[q.span],
                    speaker: q.speaker.map(|s| format!("p{}", s + 1)),
                    speaker_name: q
                        .speaker
                        .and_then(|s| self.people.get(s))
                        .map(|p| p.name.as_str()),
                    speaker_mention: q.speaker_mention.map(pair),
                    cue: q.cue.map(|c| &text[c]),
                    method: q.method.as_str(),
                    confidence: (f64::from(q.confidence) * 1000.0).round() / 1000.0,
                    parent: q.parent.map(|p| format!("q{}", p + 1)),
                })
                .collect(),
            times: self
                .times
                .iter()
                .enumerate()
                .map(|(i, t)| TimeJson {
                    id: format!("t{}", i + 1),
                    start: offsets.at(t.span.start()),
                    end: offsets.at(t.span.end()),
                    text: &text[t.span],
                    kind: t.kind.as_str(),
                    value: t.value.as_deref(),
                    label: t.label.as_deref(),
                })
                .collect(),
            events: self
                .events
                .iter()
                .enumerate()
                .map(|(i, e)| EventJson {
                    id: format!("e{}", i + 1),
                    start: offsets.at(e.span.start()),
                    end: offsets.at(e.span.end()),
                    summary: &e.summary,
                    when: e.when.map(|t| format!("t{}", t + 1)),
                    participants: e
                        .participants
                        .iter()
                        .map(|p| format!("p{}", p + 1))
                        .collect(),
                    order: e.order,
                })
                .collect(),
        }
    }
}

/// Byte offset to code-point offset, for one text: a checkpoint every [`CodePoints::STEP`]
/// bytes, then the characters counted from the checkpoint (memory a thousandth of the
/// text's, instead of a word per character).
struct CodePoints<'a> {
    text: &'a str,
    /// `(byte, chars)`: a char boundary and the number of characters before it.
    checkpoints: Vec<(usize, usize)>,
}

impl<'a> CodePoints<'a> {
    const STEP: usize = 1024;

    fn new(text: &'a str) -> Self {
        let mut checkpoints = vec![(0, 0)];
        let (mut byte, mut chars) = (0, 0);
        while byte + Self::STEP < text.len() {
            let mut next = byte + Self::STEP;
            while !text.is_char_boundary(next) {
                next += 1;
            }
            chars += text[byte..next].chars().count();
            byte = next;
            checkpoints.push((byte, chars));
        }
        Self { text, checkpoints }
    }

    /// The code-point offset of byte offset `byte` (a char boundary).
    fn at(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let k = self.checkpoints.partition_point(|&(b, _)| b <= byte) - 1;
        let (from, chars) = self.checkpoints[k];
        chars + self.text.get(from..byte).map_or(0, |s| s.chars().count())
    }
}

/// The version of the JSON contract (docs/json.md): 2 added `version`, `text` and
/// `source`.
pub const JSON_VERSION: u32 = 2;

/// The JSON form of a [`Story`] (docs/json.md).
#[derive(Serialize)]
pub struct StoryJson<'a> {
    version: u32,
    text: &'a str,
    source: &'a Meta,
    title: Option<&'a str>,
    people: Vec<PersonJson<'a>>,
    quotes: Vec<QuoteJson<'a>>,
    times: Vec<TimeJson<'a>>,
    events: Vec<EventJson<'a>>,
}

#[derive(Serialize)]
struct PersonJson<'a> {
    id: String,
    name: &'a str,
    kind: &'static str,
    aliases: &'a [String],
    mentions: Vec<[usize; 2]>,
    quote_count: usize,
}

#[derive(Serialize)]
struct QuoteJson<'a> {
    id: String,
    start: usize,
    end: usize,
    text: &'a str,
    speaker: Option<String>,
    speaker_name: Option<&'a str>,
    speaker_mention: Option<[usize; 2]>,
    cue: Option<&'a str>,
    method: &'static str,
    confidence: f64,
    parent: Option<String>,
}

#[derive(Serialize)]
struct TimeJson<'a> {
    id: String,
    start: usize,
    end: usize,
    text: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
    value: Option<&'a str>,
    label: Option<&'a str>,
}

#[derive(Serialize)]
struct EventJson<'a> {
    id: String,
    start: usize,
    end: usize,
    summary: &'a str,
    when: Option<String>,
    participants: Vec<String>,
    order: usize,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::model::{EntityKind, Gender, TimeType};

    #[test]
    fn code_points_are_counted_across_checkpoints() {
        let text = "é".repeat(3000) + "x" + &"ab".repeat(700) + "€";
        let offsets = CodePoints::new(&text);
        for byte in [0, 2, 2046, 2048, 6000, 6001, 6002, 7401, text.len()] {
            if text.is_char_boundary(byte) {
                assert_eq!(
                    offsets.at(byte),
                    text[..byte].chars().count(),
                    "byte {byte}"
                );
            }
        }
    }

    #[test]
    fn json_offsets_are_code_points_and_ids_are_one_based() {
        let text = "Café news\n\n“Hi,” said Zoë.";
        let document = Document::new(text);
        let quote = TextSpan::of(
            text,
            text.find('“').unwrap_or(0),
            text.find(" said").unwrap_or(0),
        );
        let zoe = TextSpan::of(text, text.find("Zoë").unwrap_or(0), text.len() - 1);
        let story = Story {
            title: document.title(),
            document,
            people: vec![Person {
                name: "Zoë".into(),
                kind: EntityKind::Person,
                aliases: vec![],
                mentions: vec![zoe],
                gender: Gender::Female,
            }],
            quotes: vec![Quote {
                span: quote,
                speaker: Some(0),
                speaker_mention: Some(zoe),
                cue: None,
                method: crate::analysis::model::Method::ExplicitCue,
                confidence: 0.9,
                parent: None,
            }],
            terms: vec![],
            times: vec![TimeExpr {
                span: TextSpan::of(text, 0, 5),
                kind: TimeType::Date,
                value: None,
                label: None,
            }],
            events: vec![],
        };
        let meta = Meta::default();
        let json = serde_json::to_value(story.to_json(&meta)).unwrap_or_default();
        let chars: Vec<char> = text.chars().collect();
        let q = &json["quotes"][0];
        let (s, e) = (
            q["start"].as_u64().unwrap_or(0) as usize,
            q["end"].as_u64().unwrap_or(0) as usize,
        );
        assert_eq!(chars[s..e].iter().collect::<String>(), "“Hi,”");
        assert_eq!(q["speaker"], "p1");
        assert_eq!(q["speaker_name"], "Zoë");
        assert_eq!(json["people"][0]["quote_count"], 1);
        assert_eq!(
            json["people"][0]["mentions"][0][0].as_u64(),
            Some(s as u64 + 11)
        );
        assert_eq!(json["times"][0]["type"], "DATE");
        assert_eq!(json["title"], "Café news");
        assert_eq!(json["version"], JSON_VERSION);
        assert_eq!(json["text"], text);
        assert_eq!(json["source"], serde_json::json!({"format": "text"}));
    }
}
