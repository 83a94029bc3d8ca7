//! A quotation in the headline ("Sanders: Clinton needs to 'get away from it'", "Obama Says
//! Museum Will Tell of 'Suffering and Delight'"): its speaker is the person the headline
//! opens with, or the one it names right before a colon or a speech verb, when the story
//! names that person too. The name stage leaves headlines out (their capitals say nothing
//! of names), so the headline's words are matched against the people the story found.

use super::resolve::Resolver;
use crate::analysis::lexicon::SPEECH_VERBS;
use crate::analysis::model::EntityKind;
use crate::analysis::span::TextSpan;

/// The person who says a quotation that starts at byte `quote_start` of the headline
/// `title`, and the words that name them there.
pub(super) fn headline_speaker(
    r: &Resolver<'_>,
    title: TextSpan,
    quote_start: usize,
) -> Option<(usize, TextSpan)> {
    let text = r.text;
    // The headline's words before the quotation: (start, end, lower-case word).
    let mut words: Vec<(usize, usize, String)> = Vec::new();
    let head = &text[title.start()..quote_start.max(title.start())];
    let mut offset = title.start();
    for piece in head.split_inclusive(char::is_whitespace) {
        let trimmed = piece.trim_end();
        let core = trimmed.trim_matches(|c: char| !c.is_alphanumeric());
        if !core.is_empty() {
            let start = offset + trimmed.find(core).unwrap_or(0);
            words.push((start, start + core.len(), core.to_lowercase()));
        }
        offset += piece.len();
    }
    let after = |i: usize| -> &str {
        let end = words[i].1;
        let next = words.get(i + 1).map_or(quote_start, |w| w.0);
        &text[end..next]
    };
    let people = &r.entities.people;
    let info = &r.entities.info;
    for (i, (_, _, word)) in words.iter().enumerate() {
        // The people the story names whose name ends with this word, the fullest first.
        let mut found: Vec<(usize, usize)> = (0..people.len())
            .filter(|&e| people[e].kind == EntityKind::Person && !people[e].mentions.is_empty())
            .filter(|&e| info[e].words.last() == Some(word))
            .map(|e| {
                // As many of the name's words as stand before this one ("Bill de Blasio"
                // in the story, "De Blasio" in the headline).
                let name = &info[e].words;
                let n = (1..=name.len().min(i + 1))
                    .rev()
                    .find(|&n| {
                        words[i + 1 - n..=i]
                            .iter()
                            .zip(&name[name.len() - n..])
                            .all(|(w, part)| w.2 == *part)
                    })
                    .unwrap_or(1);
                (e, n)
            })
            .collect();
        // The fullest match, then the most mentioned (one person may be listed twice).
        found.sort_by_key(|&(e, n)| (std::cmp::Reverse((n, people[e].mentions.len())), e));
        let Some(&(entity, n)) = found.first() else {
            continue;
        };
        // Two people of the same surname, neither named in full: no telling which.
        let ambiguous = n == 1
            && found
                .get(1)
                .is_some_and(|&(e, m)| m == 1 && info[e].words != info[entity].words);
        let first = i + 1 - n;
        let opens = first == 0;
        let colon = after(i).trim_start().starts_with(':');
        let verb = words
            .get(i + 1)
            .is_some_and(|w| SPEECH_VERBS.contains(w.2.as_str()));
        // The first person the headline names decides: when that is not its subject
        // ("Lawmakers Rip Donald Trump As A 'Fraud'"), the speaker is not named there.
        if ambiguous || !(opens || colon || verb) {
            return None;
        }
        let span = TextSpan::new(text, words[first].0, words[i].1)?;
        return Some((entity, span));
    }
    None
}
