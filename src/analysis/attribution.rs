//! Speaker attribution by ordered sieves. Each quotation is tried against the sieves in
//! turn; the first that decides records its name in `Quote::method`, with a confidence,
//! the cue and the words it rests on (`speaker_mention`). First pass, cues in the text
//! (`sieves.rs`):
//!
//! 1. `explicit_cue` / `pronoun_cue` / `description_cue`: a speech verb after the quotation
//!    with its subject (`"…," X said`, `"…," said X`, `"…," she said`, `"…," X, a lawyer,
//!    said`); `dash_credit` (`"…" ― X`); `trailing_cue` (`"…" is fine, X said.`);
//! 2. `colon_intro*`: a speech verb before it in the same sentence (`X said: "…"`);
//! 3. `intro_paragraph`: a paragraph ending `X said,` introduces the next one;
//! 4. `according_to`: `according to X` in the same sentence.
//!
//! Second pass, sieves that lean on neighbouring attributions:
//!
//! 5. `continuation`: a cue-less quotation right after one by a known speaker, in the same
//!    paragraph or (in news) the next, and the paragraphs of a multi-paragraph speech;
//! 6. `turn_taking` (dialogue only, `dialogue.rs`): the turns of a conversation alternate;
//! 7. `previous_sentence_cue`: `…, Schiff said. "…"`; `action_beat` (dialogue only):
//!    `Elizabeth smiled. "…"`;
//! 8. `sentence_subject`: a quotation inside a sentence whose subject is a person.
//!
//! Then conversations are filled forwards and backwards from their known turns, and a
//! first-person narrator takes the name the others call them. Where nothing decides, the
//! quotation stays unattributed (`method` "none").

mod dialogue;
mod headline;
mod resolve;
mod sieves;

use super::document::Document;
use super::model::{Person, Quote};
use super::people::Entities;
use super::span::TextSpan;
use crate::analysis::model::Method;
use dialogue::{fill_conversations, is_dialogue, name_the_narrator, new_turn_pronoun, turn_taking};
use resolve::{Referent, Resolver, Via};
use sieves::{
    according_to, action_beat, cue_after, cue_before, intro_paragraph, previous_sentence_cue,
    sentence_subject,
};

/// What a sieve decided for one quotation.
#[derive(Clone, Copy, Debug)]
struct Decision {
    referent: Referent,
    cue: Option<TextSpan>,
    method: Method,
    confidence: f32,
}

/// Give each quotation its speaker; returns the quotations and the final people list.
pub fn attribute(
    doc: &Document,
    mut quotes: Vec<Quote>,
    continues: &[bool],
    entities: Entities,
) -> (Vec<Quote>, Vec<Person>) {
    let text = doc.text.as_str();
    let mut r = Resolver::new(text, entities);
    let top: Vec<usize> = (0..quotes.len())
        .filter(|&i| quotes[i].parent.is_none())
        .collect();
    let dialogue = is_dialogue(doc, &quotes, &top);
    for (n, &qi) in top.iter().enumerate() {
        let prev = n.checked_sub(1).map(|p| top[p]);
        let next_start = top
            .get(n + 1)
            .map_or(text.len(), |&x| quotes[x].span.start());
        let prev_end = prev.map_or(0, |p| quotes[p].span.end());
        let span = quotes[qi].span;
        let decision = cue_after(doc, &mut r, span, next_start)
            .or_else(|| cue_before(doc, &mut r, span, prev_end))
            .or_else(|| intro_paragraph(doc, &mut r, span, prev_end))
            .or_else(|| according_to(doc, &mut r, span, prev_end, next_start));
        if let Some(mut d) = decision {
            if dialogue && d.referent.how == Via::Pronoun {
                if let Some(other) = new_turn_pronoun(doc, &r, &quotes, &top, n, d.referent) {
                    d.referent.entity = other;
                }
            }
            apply(&mut quotes[qi], &mut r, d);
        }
    }
    // Second pass: sieves that lean on neighbouring attributions.
    for (n, &qi) in top.iter().enumerate() {
        if quotes[qi].speaker.is_some() {
            continue;
        }
        let prev = n.checked_sub(1).map(|p| top[p]);
        let next = top.get(n + 1).copied();
        let chained = |i: Option<usize>| i.and_then(|i| quotes[i].speaker.map(|s| (i, s)));
        if continues.get(qi).copied().unwrap_or(false)
            || next.is_some_and(|x| continues.get(x) == Some(&true))
        {
            let from = chained(next.filter(|&x| continues.get(x) == Some(&true))).or(chained(prev));
            if let Some((_, s)) = from {
                set(&mut quotes[qi], s, None, None, Method::Continuation, 0.75);
                continue;
            }
        }
        if dialogue {
            if let Some(s) = turn_taking(doc, &r, &quotes, &top, n) {
                set(&mut quotes[qi], s, None, None, Method::TurnTaking, 0.6);
                continue;
            }
        }
        if let Some((p, s)) = chained(prev) {
            if follows_closely(doc, &r, s, quotes[p].span, quotes[qi].span, dialogue) {
                set(&mut quotes[qi], s, None, None, Method::Continuation, 0.7);
                continue;
            }
        }
        let floor = prev.map_or(0, |p| quotes[p].span.end());
        let span = quotes[qi].span;
        let found = previous_sentence_cue(doc, &mut r, span, floor)
            .or_else(|| {
                dialogue
                    .then(|| action_beat(doc, &mut r, span, floor))
                    .flatten()
            })
            .or_else(|| sentence_subject(doc, &mut r, span, floor));
        if let Some(d) = found {
            apply(&mut quotes[qi], &mut r, d);
        }
    }
    if dialogue {
        fill_conversations(doc, &r, &mut quotes, &top);
    }
    if let Some(title) = doc.title() {
        for &qi in &top {
            let span = quotes[qi].span;
            if quotes[qi].speaker.is_none() && title.contains(span) {
                if let Some((s, m)) = headline::headline_speaker(&r, title, span.start()) {
                    set(&mut quotes[qi], s, Some(m), None, Method::Headline, 0.6);
                }
            }
        }
    }
    name_the_narrator(&mut r, &mut quotes);
    let text = r.text;
    let people = finish_people(text, r.entities, &mut quotes);
    (quotes, people)
}

fn set(
    q: &mut Quote,
    speaker: usize,
    mention: Option<TextSpan>,
    cue: Option<TextSpan>,
    method: Method,
    confidence: f32,
) {
    q.speaker = Some(speaker);
    q.speaker_mention = mention;
    q.cue = cue;
    q.method = method;
    q.confidence = confidence;
}

fn apply(q: &mut Quote, r: &mut Resolver<'_>, d: Decision) {
    let added =
        d.referent.how != Via::Name && r.added.insert((d.referent.entity, d.referent.mention));
    if added {
        r.entities.people[d.referent.entity]
            .mentions
            .push(d.referent.mention);
    }
    set(
        q,
        d.referent.entity,
        Some(d.referent.mention),
        d.cue,
        d.method,
        d.confidence,
    );
}

fn token_at(r: &Resolver<'_>, offset: usize) -> usize {
    r.entities
        .tokens
        .partition_point(|t| t.span.start() < offset)
}

/// Does quotation `b` follow `a` closely enough to go on the same speech: the same
/// paragraph with no name in between, or the start of the next paragraph?
fn follows_closely(
    doc: &Document,
    r: &Resolver<'_>,
    speaker: usize,
    a: TextSpan,
    b: TextSpan,
    dialogue: bool,
) -> bool {
    let (Some(pa), Some(pb)) = (doc.paragraph_at(a.start()), doc.paragraph_at(b.start())) else {
        return false;
    };
    let gap = &doc.text[a.end()..b.start()];
    // Another person who opens a sentence or speaks in between takes the floor; names in
    // passing ("said Rangel of New York", "told CNN") do not.
    let names_between = r
        .entities
        .mentions_between(a.end(), b.start())
        .iter()
        .any(|m| {
            m.entity != speaker
                && m.span.start() >= a.end()
                && m.span.end() <= b.start()
                && (m.subject || r.is_speech_verb(m.end_token))
        });
    if pa == pb {
        return !names_between && gap.len() < 300;
    }
    // The next paragraph opens with the quotation, and the rest of this one after `a` is
    // at most the sentence that attributes it.
    let tail_sentences = doc
        .sentences
        .iter()
        .filter(|s| s.span.start() >= a.end() && s.span.end() <= doc.paragraphs[pa].end())
        .count();
    // In a dialogue, a new paragraph is a new turn (see `turn_taking`).
    !dialogue
        && pb == pa + 1
        && doc.paragraphs[pb].start() == b.start()
        && !names_between
        && tail_sentences <= 1
}

/// The name each entity usually goes by: its most frequent name of two words or more
/// ("Mr. Darcy" over a single "Mr. Fitzwilliam Darcy"), the longer one on a tie, and never
/// an all-capitals form when another exists.
fn usual_names(text: &str, entities: &Entities) -> Vec<Option<String>> {
    let mut counts: Vec<Vec<(String, usize)>> = vec![Vec::new(); entities.people.len()];
    for m in &entities.mentions {
        let surface = text[m.span]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        if surface.split(' ').count() < 2 {
            continue;
        }
        let list = &mut counts[m.entity];
        match list.iter_mut().find(|(n, _)| *n == surface) {
            Some(entry) => entry.1 += 1,
            None => list.push((surface, 1)),
        }
    }
    counts
        .into_iter()
        .map(|list| {
            let shouted = |n: &str| !n.chars().any(char::is_lowercase);
            let any_quiet = list.iter().any(|(n, _)| !shouted(n));
            list.into_iter()
                .filter(|(n, _)| !any_quiet || !shouted(n))
                .max_by_key(|(n, c)| (*c, n.split(' ').count(), n.len()))
                .map(|(n, _)| n)
        })
        .collect()
}

/// Sort mentions, drop weak one-off names nobody quoted, and renumber speakers.
fn finish_people(text: &str, entities: Entities, quotes: &mut [Quote]) -> Vec<Person> {
    let names = usual_names(text, &entities);
    let mut quoted = vec![false; entities.people.len()];
    for q in quotes.iter() {
        if let Some(s) = q.speaker {
            quoted[s] = true;
        }
    }
    let mut map = vec![None; entities.people.len()];
    let mut people = Vec::new();
    for (i, mut p) in entities.people.into_iter().enumerate() {
        let weak = entities.info[i].weak && p.mentions.len() < 2;
        if weak && !quoted[i] || p.mentions.is_empty() {
            continue;
        }
        p.mentions.sort();
        p.mentions.dedup();
        if let Some(name) = &names[i] {
            if *name != p.name {
                let old = std::mem::replace(&mut p.name, name.clone());
                p.aliases.retain(|a| a != name);
                if !p.aliases.contains(&old) {
                    p.aliases.insert(0, old);
                }
            }
        }
        map[i] = Some(people.len());
        people.push(p);
    }
    for q in quotes.iter_mut() {
        q.speaker = q.speaker.and_then(|s| map[s]);
        if q.speaker.is_none() {
            q.speaker_mention = None;
            if q.method != Method::None {
                q.method = Method::None;
                q.confidence = 0.0;
            }
        }
    }
    people
}

#[cfg(test)]
mod tests;
