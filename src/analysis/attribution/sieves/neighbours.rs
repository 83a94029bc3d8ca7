//! Sieves that read the sentences around a quotation: a speech verb in the sentence before
//! it, the subject of its own sentence, the person acting just before it.

use super::super::resolve::Resolver;
use super::super::{token_at, Decision};
use super::is_filler;
use crate::analysis::document::{Document, Sentence};
use crate::analysis::model::EntityKind;
use crate::analysis::model::Method;
use crate::analysis::span::TextSpan;

/// The sentence before the one quotation `q` opens, in the same paragraph and after
/// `floor`; `None` when `q` does not open its sentence.
fn sentence_before(doc: &Document, q: TextSpan, floor: usize) -> Option<Sentence> {
    let s = doc.sentence_at(q.start())?;
    let sentence = doc.sentences[s];
    if doc.text[sentence.span.start()..q.start()].trim().len() > 1 {
        return None;
    }
    let before = *doc.sentences.get(s.checked_sub(1)?)?;
    (before.paragraph == sentence.paragraph && before.span.start() >= floor).then_some(before)
}

/// A quotation that opens its sentence right after a sentence of reported speech in the
/// same paragraph: `…, Schiff said. "…"` / `Mr. Roe said the plan would fail. "…"`.
pub(in crate::analysis::attribution) fn previous_sentence_cue(
    doc: &Document,
    r: &mut Resolver<'_>,
    q: TextSpan,
    floor: usize,
) -> Option<Decision> {
    let before = sentence_before(doc, q, floor)?;
    let first = token_at(r, before.span.start());
    let end = token_at(r, before.span.end());
    let verb = (first + 1..end).find(|&k| r.is_speech_verb(k))?;
    let mut j = verb - 1;
    while j > first && is_filler(&r.word(j)) {
        j -= 1;
    }
    let (referent, _) = r.phrase_ending_at(j, first)?;
    Some(Decision {
        referent,
        cue: Some(r.entities.tokens[verb].span),
        method: Method::PreviousSentenceCue,
        confidence: 0.6,
    })
}

/// A quotation inside a sentence whose subject, before it, names a person.
pub(in crate::analysis::attribution) fn sentence_subject(
    doc: &Document,
    r: &mut Resolver<'_>,
    q: TextSpan,
    floor: usize,
) -> Option<Decision> {
    let sentence = doc.sentence_at(q.start()).map(|s| doc.sentences[s].span)?;
    if sentence.start() >= q.start() || sentence.start() < floor {
        return None;
    }
    let first = token_at(r, sentence.start());
    let end = token_at(r, q.start());
    // The subject opens the sentence, or follows an opening phrase ("In an August speech,
    // Trump attacked …").
    let after_intro = (first..end.min(first + 20))
        .find(|&k| r.raw(k) == ",")
        .map(|c| c + 1);
    let candidates: Vec<usize> = (first..end.min(first + 4))
        .chain(after_intro.into_iter().flat_map(|c| c..end.min(c + 3)))
        .collect();
    let (referent, _) = candidates.into_iter().find_map(|k| r.phrase_at(k))?;
    Some(Decision {
        referent,
        cue: None,
        method: Method::SentenceSubject,
        confidence: 0.6,
    })
}

/// In fiction, a quotation right after a sentence of action in its paragraph belongs to the
/// one who acted: `Elizabeth smiled. "…"`, `He turned to her. "…"`.
pub(in crate::analysis::attribution) fn action_beat(
    doc: &Document,
    r: &mut Resolver<'_>,
    q: TextSpan,
    floor: usize,
) -> Option<Decision> {
    let before = sentence_before(doc, q, floor)?;
    let first = token_at(r, before.span.start());
    let (referent, _) = r.phrase_at(first)?;
    if r.entities.people[referent.entity].kind != EntityKind::Person {
        return None;
    }
    Some(Decision {
        referent,
        cue: None,
        method: Method::ActionBeat,
        confidence: 0.55,
    })
}
