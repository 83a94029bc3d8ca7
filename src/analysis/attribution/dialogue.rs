//! Dialogue: telling fiction's conversations from news, turn-taking, vocatives, and the
//! first-person narrator's name.

use super::resolve::{Referent, Resolver};
use super::set;
use crate::analysis::document::Document;
use crate::analysis::model::Method;
use crate::analysis::model::{EntityKind, Gender, Quote};
use crate::analysis::quotes;
use crate::analysis::span::TextSpan;

/// Is the text a dialogue (fiction), where a paragraph that is nothing but a quotation is
/// common? In news such paragraphs are rare and usually go on the previous speaker's words.
pub(super) fn is_dialogue(doc: &Document, quotes: &[Quote], top: &[usize]) -> bool {
    let mut opening = 0;
    let mut bare = 0;
    for &qi in top {
        let q = quotes[qi].span;
        let Some(p) = doc.paragraph_at(q.start()) else {
            continue;
        };
        let para = doc.paragraphs[p];
        if para.start() == q.start() {
            opening += 1;
            if para.end() <= q.end() + 1 {
                bare += 1;
            }
        }
    }
    bare >= 5 && bare * 100 >= opening * 15
}

/// In a dialogue, a paragraph that opens with a quotation and has no cue is the next turn:
/// the speaker of the turn before last speaks again if the last turn was someone else's;
/// otherwise the person the last turn was addressed to ("Mr. Darcy, …", `said Alice to the
/// Gryphon`) answers. (Muzny et al.'s turn-taking sieve, with vocatives.)
pub(super) fn turn_taking(
    doc: &Document,
    r: &Resolver<'_>,
    quotes: &[Quote],
    top: &[usize],
    n: usize,
) -> Option<usize> {
    let span = quotes[top[n]].span;
    let this = doc.paragraph_at(span.start())?;
    if doc.paragraphs[this].start() != span.start() {
        return None;
    }
    // The last quotation of each of the two previous paragraphs.
    let last_in = |p: usize| {
        top[..n]
            .iter()
            .rev()
            .take_while(|&&k| {
                doc.paragraph_at(quotes[k].span.start())
                    .is_some_and(|q| q >= p)
            })
            .find(|&&k| doc.paragraph_at(quotes[k].span.start()) == Some(p))
            .copied()
    };
    let last = last_in(this.checked_sub(1)?)?;
    let a = quotes[last].speaker?;
    // Whoever this turn addresses by name is not its speaker.
    let addressed = addressees(r, span);
    if let Some(b) = this
        .checked_sub(2)
        .and_then(last_in)
        .and_then(|k| quotes[k].speaker)
    {
        if b != a && !addressed.contains(&b) {
            return Some(b);
        }
    }
    if !addressed.is_empty() {
        return None;
    }
    // Addressee of the last turn: a vocative in it, or a person named beside its cue.
    let prev_para = doc.paragraphs[this - 1];
    let within = |span: TextSpan| r.entities.mentions_between(span.start(), span.end());
    let vocative = within(quotes[last].span).iter().find(|m| {
        m.entity != a
            && quotes[last].span.contains(m.span)
            && r.entities.people[m.entity].kind == EntityKind::Person
            && is_vocative(r, m.first_token, m.end_token)
    });
    if let Some(m) = vocative {
        return Some(m.entity);
    }
    within(prev_para)
        .iter()
        .rev()
        .filter(|m| {
            !m.in_quote
                && m.entity != a
                && prev_para.contains(m.span)
                && r.entities.people[m.entity].kind == EntityKind::Person
        })
        .map(|m| m.entity)
        .next()
}

/// In a dialogue, fill the turns the earlier sieves left open: a run of consecutive
/// paragraphs with quotations alternates between its two speakers, forwards and
/// backwards from the turns that are known; a turn that addresses one of them by name is
/// the other's.
pub(super) fn fill_conversations(
    doc: &Document,
    r: &Resolver<'_>,
    quotes: &mut [Quote],
    top: &[usize],
) {
    let paras: Vec<usize> = quotes
        .iter()
        .map(|q| doc.paragraph_at(q.span.start()).unwrap_or(0))
        .collect();
    let para = |qi: usize| paras[qi];
    // Turns: (paragraph, index into `top` of its first quotation).
    let mut turns: Vec<(usize, usize)> = Vec::new();
    for (n, &qi) in top.iter().enumerate() {
        let p = para(qi);
        if turns.last().map(|t| t.0) != Some(p) {
            turns.push((p, n));
        }
    }
    let mut s = 0;
    while s < turns.len() {
        let mut e = s + 1;
        while e < turns.len() && turns[e].0 == turns[e - 1].0 + 1 {
            e += 1;
        }
        fill_run(r, quotes, top, &turns[s..e]);
        s = e;
    }
    // Later quotations of a filled paragraph go on its speaker.
    for n in 1..top.len() {
        let (a, b) = (top[n - 1], top[n]);
        if quotes[b].speaker.is_none() && para(a) == para(b) {
            if let Some(sp) = quotes[a].speaker {
                set(&mut quotes[b], sp, None, None, Method::Continuation, 0.5);
            }
        }
    }
}

pub(super) fn fill_run(
    r: &Resolver<'_>,
    quotes: &mut [Quote],
    top: &[usize],
    run: &[(usize, usize)],
) {
    if run.len() < 2 {
        return;
    }
    let first_quote = |t: usize| top[run[t].1];
    let mut counts: Vec<(usize, usize)> = Vec::new();
    for t in 0..run.len() {
        if let Some(sp) = quotes[first_quote(t)].speaker {
            match counts.iter_mut().find(|c| c.0 == sp) {
                Some(c) => c.1 += 1,
                None => counts.push((sp, 1)),
            }
        }
    }
    counts.sort_by_key(|c| std::cmp::Reverse(c.1));
    let (p1, p2) = match counts.as_slice() {
        [a, b, ..] => (a.0, b.0),
        [a] => match other_participant(r, quotes, top, run, a.0) {
            Some(b) => (a.0, b),
            None => return,
        },
        // No turn is known: the last two people named before the conversation, when one
        // of its turns addresses one of them by name (that fixes who speaks when).
        [] => match narrated_pair(r, quotes[first_quote(0)].span.start()) {
            Some((a, b)) => {
                let anchored = (0..run.len()).any(|t| {
                    addressees(r, quotes[first_quote(t)].span)
                        .iter()
                        .any(|&x| x == a || x == b)
                });
                if !anchored {
                    return;
                }
                (a, b)
            }
            None => return,
        },
    };
    let other = |x: usize| {
        if x == p1 {
            Some(p2)
        } else if x == p2 {
            Some(p1)
        } else {
            None
        }
    };
    // The spans of the run's turns only (copying every quotation's, run after run, made
    // a long novel quadratic).
    let spans: Vec<TextSpan> = (0..run.len())
        .map(|t| quotes[first_quote(t)].span)
        .collect();
    let addressed = |t: usize| {
        r.entities
            .mentions_between(spans[t].start(), spans[t].end())
            .iter()
            .filter(|m| spans[t].contains(m.span))
            .find(|m| {
                (m.entity == p1 || m.entity == p2) && is_vocative(r, m.first_token, m.end_token)
            })
            .map(|m| m.entity)
    };
    let mut changed = true;
    while changed {
        changed = false;
        for t in 0..run.len() {
            let qi = first_quote(t);
            if quotes[qi].speaker.is_some() {
                continue;
            }
            let known = |k: usize| quotes[first_quote(k)].speaker;
            let guess = addressed(t)
                .and_then(other)
                .or_else(|| t.checked_sub(1).and_then(known).and_then(other))
                .or_else(|| {
                    (t + 1 < run.len())
                        .then(|| known(t + 1))
                        .flatten()
                        .and_then(other)
                });
            if let Some(sp) = guess {
                set(&mut quotes[qi], sp, None, None, Method::TurnTaking, 0.5);
                changed = true;
            }
        }
    }
}

/// The second participant of a conversation whose turns name only one speaker: someone
/// that speaker addresses by name, or else the last other person named in the narration
/// just before the conversation.
pub(super) fn other_participant(
    r: &Resolver<'_>,
    quotes: &[Quote],
    top: &[usize],
    run: &[(usize, usize)],
    known: usize,
) -> Option<usize> {
    let person = |e: usize| r.entities.people[e].kind == EntityKind::Person && e != known;
    let first = quotes[top[run[0].1]].span.start();
    let last = run.last().map_or(first, |t| quotes[top[t.1]].span.end());
    let addressed = r.entities.mentions_between(first, last).iter().find(|m| {
        m.in_quote
            && m.span.start() >= first
            && m.span.end() <= last
            && person(m.entity)
            && is_vocative(r, m.first_token, m.end_token)
    });
    if let Some(m) = addressed {
        return Some(m.entity);
    }
    let window = first.saturating_sub(1500);
    r.entities
        .mentions_between(window, first)
        .iter()
        .rev()
        .find(|m| !m.in_quote && person(m.entity))
        .map(|m| m.entity)
}

/// The last two people named in the narration before byte `at` (within a page).
fn narrated_pair(r: &Resolver<'_>, at: usize) -> Option<(usize, usize)> {
    let mut found: Vec<usize> = Vec::new();
    for m in r
        .entities
        .mentions_between(at.saturating_sub(1500), at)
        .iter()
        .rev()
    {
        let person = r.entities.people[m.entity].kind == EntityKind::Person;
        if !m.in_quote && person && !found.contains(&m.entity) {
            found.push(m.entity);
            if found.len() == 2 {
                return Some((found[0], found[1]));
            }
        }
    }
    None
}

/// A first-person narrator is named by the others: the person most often addressed by
/// name in quotations ("my dear Watson") who is hardly ever named in the narration (the
/// narrator says "I"). When there is one, the narrator's quotations and mentions are theirs.
pub(super) fn name_the_narrator(r: &mut Resolver<'_>, quotes: &mut [Quote]) {
    let Some(narrator) = r.entities.info.iter().position(|i| i.words == ["i"]) else {
        return;
    };
    let n = r.entities.people.len();
    let (mut addressed, mut narrated) = (vec![0usize; n], vec![0usize; n]);
    for m in &r.entities.mentions {
        if r.entities.people[m.entity].kind != EntityKind::Person {
            continue;
        }
        if !m.in_quote {
            narrated[m.entity] += 1;
        } else if is_vocative(r, m.first_token, m.end_token) {
            addressed[m.entity] += 1;
        }
    }
    let best = (0..n)
        .filter(|&e| e != narrator && addressed[e] >= 3 && narrated[e] * 3 <= addressed[e])
        .max_by_key(|&e| addressed[e]);
    let Some(who) = best else {
        return;
    };
    for q in quotes.iter_mut() {
        if q.speaker == Some(narrator) {
            q.speaker = Some(who);
        }
    }
    let moved = std::mem::take(&mut r.entities.people[narrator].mentions);
    r.entities.people[who].mentions.extend(moved);
    r.entities.people[who].aliases.push("I".to_string());
}

/// The people a quotation addresses by name.
pub(super) fn addressees(r: &Resolver<'_>, quote: TextSpan) -> Vec<usize> {
    r.entities
        .mentions_between(quote.start(), quote.end())
        .iter()
        .filter(|m| quote.contains(m.span) && is_vocative(r, m.first_token, m.end_token))
        .map(|m| m.entity)
        .collect()
}

/// A name addressed inside a quotation: "Mr. Darcy, …", "…, Jane?", "Oh, Lizzy!".
pub(super) fn is_vocative(r: &Resolver<'_>, first: usize, end: usize) -> bool {
    let before = first.checked_sub(1).map_or("", |k| r.raw(k));
    let after = r.raw(end);
    let is_mark = |s: &str, side: fn(char) -> bool| {
        let mut chars = s.chars();
        chars.next().is_some_and(side) && chars.next().is_none()
    };
    let opens = matches!(before, "," | "!")
        || is_mark(before, quotes::is_opening_char)
        || matches!(r.word(first.wrapping_sub(1)).as_str(), "dear" | "oh" | "my");
    opens
        && (matches!(after, "," | "!" | "?" | "." | ";") || is_mark(after, quotes::is_closing_char))
}

/// In a dialogue, "said he" on a new turn is rarely the one who spoke the turn before: when
/// the pronoun resolved to that speaker, the latest other person of its gender named just
/// before is meant.
pub(super) fn new_turn_pronoun(
    doc: &Document,
    r: &Resolver<'_>,
    quotes: &[Quote],
    top: &[usize],
    n: usize,
    referent: Referent,
) -> Option<usize> {
    let span = quotes[top[n]].span;
    let this = doc.paragraph_at(span.start())?;
    let prev = *top[..n].last()?;
    if doc.paragraph_at(quotes[prev].span.start())? + 1 != this
        || quotes[prev].speaker != Some(referent.entity)
    {
        return None;
    }
    let gender = r.entities.people[referent.entity].gender;
    r.entities
        .mentions_between(span.start().saturating_sub(1500), span.start())
        .iter()
        .rev()
        .find(|m| {
            let p = &r.entities.people[m.entity];
            !m.in_quote
                && m.entity != referent.entity
                && p.kind == EntityKind::Person
                && (p.gender == gender || gender == Gender::Unknown)
        })
        .map(|m| m.entity)
}
