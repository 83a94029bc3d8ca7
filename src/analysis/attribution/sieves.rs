//! The sieves that read a cue in the text: a speech verb after or before the quotation,
//! `according to`, a paragraph that introduces the next, a sentence of reported speech
//! before it, an action beat, the subject of its sentence.

use super::resolve::{Referent, Resolver, Via};
use super::{token_at, Decision};
use crate::analysis::document::Document;
use crate::analysis::model::EntityKind;
use crate::analysis::model::Method;
use crate::analysis::span::TextSpan;
use crate::analysis::tokens::TokenKind;

mod neighbours;
pub(super) use neighbours::{action_beat, previous_sentence_cue, sentence_subject};

pub(super) fn cue_method(how: Via) -> (Method, f32) {
    match how {
        Via::Name => (Method::ExplicitCue, 0.95),
        Via::Pronoun => (Method::PronounCue, 0.85),
        Via::Description => (Method::DescriptionCue, 0.75),
    }
}

/// Adverbs and auxiliaries that may stand between a speaker and the speech verb.
pub(super) fn is_filler(w: &str) -> bool {
    (w.ends_with("ly") && w != "only")
        || matches!(
            w,
            "has"
                | "had"
                | "have"
                | "also"
                | "then"
                | "later"
                | "once"
                | "would"
                | "will"
                | "again"
                | "further"
                | "often"
                | "did"
                | "does"
                | "soon"
                | "just"
                | "still"
        )
}

/// `"…," X said` / `"…," said X` / `"…," X, a lawyer, said` / `"…" ― X` /
/// `"…" is held to account, X said.`
pub(super) fn cue_after(
    doc: &Document,
    r: &mut Resolver<'_>,
    q: TextSpan,
    limit: usize,
) -> Option<Decision> {
    let para = doc.paragraph_at(q.start())?;
    let para_end = doc.paragraphs[para].end().min(limit);
    let mut i = token_at(r, q.end());
    let mut dash = false;
    while r.entities.tokens.get(i).is_some_and(|t| {
        t.kind == TokenKind::Punct && matches!(r.raw(i), "," | "—" | "–" | "-" | "―" | "(")
    }) {
        dash |= r.raw(i) != "," && r.raw(i) != "(";
        i += 1;
    }
    let within = |r: &Resolver<'_>, k: usize| {
        r.entities
            .tokens
            .get(k)
            .is_some_and(|t| t.span.end() <= para_end)
    };
    if !within(r, i) {
        return None;
    }
    let decide = |referent: Referent, verb: usize, r: &Resolver<'_>| {
        let (method, confidence) = cue_method(referent.how);
        Decision {
            referent,
            cue: Some(r.entities.tokens[verb].span),
            method,
            confidence,
        }
    };
    // "said X", "said Tulsa police Chief X"
    if r.is_speech_verb(i) {
        for k in i + 1..i + 7 {
            // "said 9/11 widow Terry Strada": a slash or hyphen inside a modifier.
            if matches!(r.raw(k), "/" | "-") {
                continue;
            }
            if !within(r, k) || r.entities.tokens[k].kind != TokenKind::Word {
                break;
            }
            if let Some((referent, _)) = r.phrase_at(k) {
                return Some(decide(referent, i, r));
            }
        }
    }
    // "― Steve Quinlan" closing the sentence or the paragraph
    if dash {
        if let Some((referent, end)) = r.phrase_at(i) {
            // the credit ends its sentence, its line, or runs into the next quotation
            let line_ends = r.entities.tokens.get(end).is_some_and(|t| {
                let gap = &r.text[r.entities.tokens[end - 1].span.end()..t.span.start()];
                gap.contains('\n')
            });
            if !within(r, end)
                || line_ends
                || matches!(r.raw(end), "." | "," | "(")
                || r.is_quote_mark(end)
            {
                return Some(Decision {
                    referent,
                    cue: Some(r.entities.tokens[i - 1].span),
                    method: Method::DashCredit,
                    confidence: 0.85,
                });
            }
        }
    }
    // "…," but he said that …: a new clause with its own quotation to come, not a cue.
    if matches!(
        r.word(i).as_str(),
        "but" | "and" | "while" | "because" | "although"
    ) {
        return None;
    }
    // "X said", "X, a lawyer, said", "Tulsa police Chief X said": the first speech verb of
    // the sentence after the quotation, with its subject right before it.
    let sentence = r.entities.tokens[i].sentence();
    let verb = (i..i + 40)
        .take_while(|&k| {
            within(r, k) && r.entities.tokens[k].sentence() == sentence && !r.is_quote_mark(k)
        })
        .find(|&k| r.is_speech_verb(k))?;
    let mut j = verb.checked_sub(1)?;
    while j > i && is_filler(&r.word(j)) {
        j -= 1;
    }
    if j < i {
        return None;
    }
    let (referent, start) = r.phrase_ending_at(j, i)?;
    let opens = start - i <= 4 && (i..start).all(|k| r.entities.tokens[k].kind != TokenKind::Punct);
    if opens {
        return Some(decide(referent, verb, r));
    }
    // "… is held accountable, Warren said." — a cue closing the sentence.
    let closes = r.raw(start.checked_sub(1)?) == ","
        && (verb + 1..verb + 6)
            .find(|&k| !within(r, k) || r.entities.tokens[k].kind == TokenKind::Punct)
            .is_some_and(|k| {
                !within(r, k)
                    || r.entities.tokens[k].sentence() != sentence
                    || matches!(r.raw(k), "." | "!" | "?")
            });
    closes.then(|| {
        let mut d = decide(referent, verb, r);
        d.method = Method::TrailingCue;
        d.confidence *= 0.9;
        d
    })
}

/// `X said: "…"`, `X told reporters, "…"`, `X said that "…"`.
pub(super) fn cue_before(
    doc: &Document,
    r: &mut Resolver<'_>,
    q: TextSpan,
    floor: usize,
) -> Option<Decision> {
    let sentence = doc.sentence_at(q.start()).map(|s| doc.sentences[s].span)?;
    let para = doc.paragraphs[doc.paragraph_at(q.start())?];
    let start = sentence.start().max(floor).max(para.start());
    let first = token_at(r, start);
    let end = token_at(r, q.start());
    if end <= first {
        return None;
    }
    let lowest = first.max(end.saturating_sub(30));
    let verb = (lowest..end).rev().find(|&k| r.is_speech_verb(k))?;
    let mut j = verb.checked_sub(1)?;
    while j > first && is_filler(&r.word(j)) {
        j -= 1;
    }
    if j < first {
        return None;
    }
    // "Trump attacked Clinton, saying, …" / "She urges him and repeatedly says, …": a
    // participle or a second verb speaks for the subject of the clause.
    let coordinated = r.word(verb).ends_with("ing") || matches!(r.word(j).as_str(), "and" | "then");
    let participle = r.word(verb).ends_with("ing") && r.raw(j) == ",";
    let direct = if participle {
        None
    } else {
        r.phrase_ending_at(j, first)
    };
    let (referent, _) = match direct {
        Some(found) => found,
        None if coordinated => {
            let outside: Vec<usize> = (first..j.min(first + 15))
                .filter(|&k| !r.entities.in_quote(r.entities.tokens[k].span.start()))
                .collect();
            outside
                .into_iter()
                .find_map(|k| r.phrase_at(k))
                .filter(|(p, _)| r.entities.people[p.entity].kind == EntityKind::Person)?
        }
        None => return None,
    };
    let (method, confidence) = match referent.how {
        Via::Name => (Method::ColonIntro, 0.9),
        Via::Pronoun => (Method::ColonIntroPronoun, 0.8),
        Via::Description => (Method::ColonIntroDescription, 0.7),
    };
    Some(Decision {
        referent,
        cue: Some(r.entities.tokens[verb].span),
        method,
        confidence,
    })
}

/// A paragraph that ends by introducing the quotation that opens the next one:
/// `As they went down stairs together, Charlotte said,` / `she interrupted him with,`.
/// "On July 6, Sanders made the following comment:" — a paragraph that ends with a colon
/// and no speech verb introduces the next one, a quotation, by its last sentence: its
/// subject, when that is a person named there, is the speaker.
fn colon_subject(
    doc: &Document,
    r: &mut Resolver<'_>,
    before: TextSpan,
    first: usize,
    end: usize,
) -> Option<Decision> {
    if !doc.text[before].trim_end().ends_with(':') {
        return None;
    }
    let sentence_start = (first..end)
        .rev()
        .find(|&k| r.entities.tokens[k].sentence_start)
        .unwrap_or(first);
    let m = r
        .entities
        .mentions_between(
            r.entities.tokens[sentence_start].span.start(),
            r.entities.tokens[end.saturating_sub(1).max(sentence_start)]
                .span
                .end(),
        )
        .iter()
        .find(|m| !m.in_quote && r.entities.people[m.entity].kind == EntityKind::Person)
        .copied()?;
    // The subject: the first person of the sentence, before its verb (no more than an
    // opening phrase set off by a comma before it).
    let lead = &doc.text[r.entities.tokens[sentence_start].span.start()..m.span.start()];
    if lead.split_whitespace().count() > 6 || (!lead.trim().is_empty() && !lead.contains(',')) {
        return None;
    }
    Some(Decision {
        referent: Referent {
            entity: m.entity,
            mention: m.span,
            how: Via::Name,
        },
        cue: None,
        method: Method::IntroParagraph,
        confidence: 0.6,
    })
}

pub(super) fn intro_paragraph(
    doc: &Document,
    r: &mut Resolver<'_>,
    q: TextSpan,
    floor: usize,
) -> Option<Decision> {
    let p = doc.paragraph_at(q.start())?;
    if doc.paragraphs[p].start() != q.start() {
        return None;
    }
    let before = doc.paragraphs[p.checked_sub(1)?];
    if before.start() < floor || !doc.text[before].trim_end().ends_with([',', ':']) {
        return None;
    }
    let end = token_at(r, before.end());
    let first = token_at(r, before.start()).max(end.saturating_sub(20));
    let Some(verb) = (first..end)
        .rev()
        .find(|&k| r.is_speech_verb(k) || matches!(r.word(k).as_str(), "saying" | "with"))
    else {
        return colon_subject(doc, r, before, first, end);
    };
    let mut j = verb.checked_sub(1)?;
    while j > first && is_filler(&r.word(j)) {
        j -= 1;
    }
    // "she interrupted him with,": step back over the verb's object.
    if r.word(verb) == "with" {
        j = j.checked_sub(1)?;
        while j > first && !r.is_speech_verb(j) && r.entities.tokens[j].kind == TokenKind::Word {
            j -= 1;
        }
        j = j.checked_sub(1)?;
    }
    // "She answered him, and after a pause, added,": else the subject of the verb's
    // sentence; "when Mr. Collins joining in, observed,": else the last person named
    // before the verb.
    let sentence_start = (first..verb)
        .rev()
        .find(|&k| r.entities.tokens[k].sentence_start)
        .unwrap_or(first);
    let subject = |r: &mut Resolver<'_>| {
        (sentence_start..(sentence_start + 3).min(verb))
            .find_map(|k| r.phrase_at(k))
            .map(|(referent, _)| referent)
            .filter(|p| r.entities.people[p.entity].kind == EntityKind::Person)
    };
    let referent = match r.phrase_ending_at(j, first) {
        Some((referent, _)) => referent,
        None => match subject(r) {
            Some(referent) => referent,
            None => {
                let m = r
                    .entities
                    .mentions_between(
                        r.entities.tokens[first].span.start(),
                        r.entities.tokens[verb].span.start(),
                    )
                    .iter()
                    .rev()
                    .find(|m| !m.in_quote && r.entities.people[m.entity].kind == EntityKind::Person)
                    .copied()?;
                Referent {
                    entity: m.entity,
                    mention: m.span,
                    how: Via::Name,
                }
            }
        },
    };
    Some(Decision {
        referent,
        cue: Some(r.entities.tokens[verb].span),
        method: Method::IntroParagraph,
        confidence: 0.8,
    })
}

/// `according to X` in the quotation's sentence.
pub(super) fn according_to(
    doc: &Document,
    r: &mut Resolver<'_>,
    q: TextSpan,
    floor: usize,
    limit: usize,
) -> Option<Decision> {
    let sentence = doc.sentence_at(q.start()).map(|s| doc.sentences[s].span)?;
    let from = token_at(r, sentence.start().max(floor));
    let to = token_at(r, sentence.end().max(q.end()).min(limit));
    let k = (from..to).find(|&k| r.word(k) == "according" && r.word(k + 1) == "to")?;
    // "according to conservative talk radio host Rush Limbaugh"
    let words = (k + 2..(k + 8).min(to))
        .take_while(|&j| r.entities.tokens[j].kind == TokenKind::Word)
        .collect::<Vec<_>>();
    let (referent, _) = words.into_iter().find_map(|j| r.phrase_at(j))?;
    let cue = r.entities.tokens[k]
        .span
        .cover(r.entities.tokens[k + 1].span);
    Some(Decision {
        referent,
        cue: Some(cue),
        method: Method::AccordingTo,
        confidence: 0.9,
    })
}
