//! Speaker attribution by ordered sieves. Each quotation is tried against the sieves in
//! turn; the first that decides records its name in `Quote::method`, with a confidence,
//! the cue and the words it rests on (`speaker_mention`):
//!
//! 1. `explicit_cue` / `pronoun_cue` / `description_cue`: a speech verb right after the
//!    quotation with its subject (`"…," X said`, `"…," said X`, `"…," she said`);
//! 2. `colon_intro`: a speech verb before it in the same sentence (`X said: "…"`);
//! 3. `according_to`: `according to X` in the same sentence;
//! 4. `continuation`: a quotation without a cue right after one by a known speaker, in the
//!    same or the next paragraph (and the paragraphs of a multi-paragraph speech);
//! 5. `sentence_subject`: a quotation inside a sentence whose subject is a person;
//! 6. `turn_taking`: in a dialogue of bare quotations, speakers alternate.
//!
//! Where none decides, the quotation stays unattributed (`method` "none").

mod resolve;

use super::document::Document;
use super::model::{EntityKind, Person, Quote};
use super::people::Entities;
use super::span::TextSpan;
use super::tokens::TokenKind;
use resolve::{Referent, Resolver, Via};

/// What a sieve decided for one quotation.
#[derive(Clone, Copy, Debug)]
struct Decision {
    referent: Referent,
    cue: Option<TextSpan>,
    method: &'static str,
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
        if let Some(d) = decision {
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
                set(&mut quotes[qi], s, None, None, "continuation", 0.75);
                continue;
            }
        }
        if dialogue {
            if let Some(s) = turn_taking(doc, &r, &quotes, &top, n) {
                set(&mut quotes[qi], s, None, None, "turn_taking", 0.6);
                continue;
            }
        }
        if let Some((p, s)) = chained(prev) {
            if follows_closely(doc, &r, s, quotes[p].span, quotes[qi].span, dialogue) {
                set(&mut quotes[qi], s, None, None, "continuation", 0.7);
                continue;
            }
        }
        if let Some(d) = previous_sentence_cue(
            doc,
            &mut r,
            quotes[qi].span,
            prev.map_or(0, |p| quotes[p].span.end()),
        ) {
            apply(&mut quotes[qi], &mut r, d);
            continue;
        }
        if dialogue {
            if let Some(d) = action_beat(
                doc,
                &mut r,
                quotes[qi].span,
                prev.map_or(0, |p| quotes[p].span.end()),
            ) {
                apply(&mut quotes[qi], &mut r, d);
                continue;
            }
        }
        if let Some(d) = sentence_subject(
            doc,
            &mut r,
            quotes[qi].span,
            prev.map_or(0, |p| quotes[p].span.end()),
        ) {
            apply(&mut quotes[qi], &mut r, d);
            continue;
        }
    }
    if dialogue {
        fill_conversations(doc, &r, &mut quotes, &top);
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
    method: &'static str,
    confidence: f32,
) {
    q.speaker = Some(speaker);
    q.speaker_mention = mention;
    q.cue = cue;
    q.method = method;
    q.confidence = confidence;
}

fn apply(q: &mut Quote, r: &mut Resolver<'_>, d: Decision) {
    let person = &mut r.entities.people[d.referent.entity];
    if d.referent.how != Via::Name && !person.mentions.contains(&d.referent.mention) {
        person.mentions.push(d.referent.mention);
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

fn cue_method(how: Via) -> (&'static str, f32) {
    match how {
        Via::Name => ("explicit_cue", 0.95),
        Via::Pronoun => ("pronoun_cue", 0.85),
        Via::Description => ("description_cue", 0.75),
    }
}

fn token_at(r: &Resolver<'_>, offset: usize) -> usize {
    r.entities
        .tokens
        .partition_point(|t| t.span.start() < offset)
}

/// Adverbs and auxiliaries that may stand between a speaker and the speech verb.
fn is_filler(w: &str) -> bool {
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
fn cue_after(doc: &Document, r: &mut Resolver<'_>, q: TextSpan, limit: usize) -> Option<Decision> {
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
        for k in i + 1..i + 5 {
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
            if !within(r, end) || matches!(r.raw(end), "." | "," | "(") {
                return Some(Decision {
                    referent,
                    cue: Some(r.entities.tokens[i - 1].span),
                    method: "dash_credit",
                    confidence: 0.85,
                });
            }
        }
    }
    // "X said", "X, a lawyer, said", "Tulsa police Chief X said": the first speech verb of
    // the sentence after the quotation, with its subject right before it.
    let sentence = r.entities.tokens[i].sentence;
    let verb = (i..i + 40)
        .take_while(|&k| {
            within(r, k) && r.entities.tokens[k].sentence == sentence && !r.is_quote_mark(k)
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
                    || r.entities.tokens[k].sentence != sentence
                    || matches!(r.raw(k), "." | "!" | "?")
            });
    closes.then(|| {
        let mut d = decide(referent, verb, r);
        d.method = "trailing_cue";
        d.confidence *= 0.9;
        d
    })
}

/// `X said: "…"`, `X told reporters, "…"`, `X said that "…"`.
fn cue_before(doc: &Document, r: &mut Resolver<'_>, q: TextSpan, floor: usize) -> Option<Decision> {
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
    let (referent, _) = r.phrase_ending_at(j, first)?;
    let (method, confidence) = match referent.how {
        Via::Name => ("colon_intro", 0.9),
        Via::Pronoun => ("colon_intro_pronoun", 0.8),
        Via::Description => ("colon_intro_description", 0.7),
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
fn intro_paragraph(
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
    let verb = (first..end)
        .rev()
        .find(|&k| r.is_speech_verb(k) || matches!(r.word(k).as_str(), "saying" | "with"))?;
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
    let (referent, _) = r.phrase_ending_at(j, first)?;
    Some(Decision {
        referent,
        cue: Some(r.entities.tokens[verb].span),
        method: "intro_paragraph",
        confidence: 0.8,
    })
}

/// `according to X` in the quotation's sentence.
fn according_to(
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
        method: "according_to",
        confidence: 0.9,
    })
}

/// A quotation that opens its sentence right after a sentence of reported speech in the
/// same paragraph: `…, Schiff said. "…"` / `Mr. Roe said the plan would fail. "…"`.
fn previous_sentence_cue(
    doc: &Document,
    r: &mut Resolver<'_>,
    q: TextSpan,
    floor: usize,
) -> Option<Decision> {
    let s = doc.sentence_at(q.start())?;
    let sentence = doc.sentences[s];
    if doc.text[sentence.span.start()..q.start()].trim().len() > 1 {
        return None;
    }
    let before = doc.sentences.get(s.checked_sub(1)?)?;
    if before.paragraph != sentence.paragraph || before.span.start() < floor {
        return None;
    }
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
        method: "previous_sentence_cue",
        confidence: 0.6,
    })
}

/// A quotation inside a sentence whose subject, before it, names a person.
fn sentence_subject(
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
    let (referent, _) = (first..end.min(first + 4)).find_map(|k| r.phrase_at(k))?;
    Some(Decision {
        referent,
        cue: None,
        method: "sentence_subject",
        confidence: 0.6,
    })
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
    let names_between = r.entities.mentions.iter().any(|m| {
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

/// Is the text a dialogue (fiction), where a paragraph that is nothing but a quotation is
/// common? In news such paragraphs are rare and usually go on the previous speaker's words.
fn is_dialogue(doc: &Document, quotes: &[Quote], top: &[usize]) -> bool {
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
fn turn_taking(
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
    if let Some(b) = this
        .checked_sub(2)
        .and_then(last_in)
        .and_then(|k| quotes[k].speaker)
    {
        if b != a {
            return Some(b);
        }
    }
    // Addressee of the last turn: a vocative in it, or a person named beside its cue.
    let prev_para = doc.paragraphs[this - 1];
    let vocative = r.entities.mentions.iter().find(|m| {
        m.entity != a
            && quotes[last].span.contains(m.span)
            && r.entities.people[m.entity].kind == EntityKind::Person
            && is_vocative(r, m.first_token, m.end_token)
    });
    if let Some(m) = vocative {
        return Some(m.entity);
    }
    r.entities
        .mentions
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

/// In fiction, a quotation right after a sentence of action in its paragraph belongs to the
/// one who acted: `Elizabeth smiled. "…"`, `He turned to her. "…"`.
fn action_beat(
    doc: &Document,
    r: &mut Resolver<'_>,
    q: TextSpan,
    floor: usize,
) -> Option<Decision> {
    let s = doc.sentence_at(q.start())?;
    let sentence = doc.sentences[s];
    if doc.text[sentence.span.start()..q.start()].trim().len() > 1 {
        return None;
    }
    let before = doc.sentences.get(s.checked_sub(1)?)?;
    if before.paragraph != sentence.paragraph || before.span.start() < floor {
        return None;
    }
    let first = token_at(r, before.span.start());
    let (referent, _) = r.phrase_at(first)?;
    if r.entities.people[referent.entity].kind != EntityKind::Person {
        return None;
    }
    Some(Decision {
        referent,
        cue: None,
        method: "action_beat",
        confidence: 0.55,
    })
}

/// In a dialogue, fill the turns the earlier sieves left open: a run of consecutive
/// paragraphs with quotations alternates between its two speakers, forwards and
/// backwards from the turns that are known; a turn that addresses one of them by name is
/// the other's.
fn fill_conversations(doc: &Document, r: &Resolver<'_>, quotes: &mut [Quote], top: &[usize]) {
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
                set(&mut quotes[b], sp, None, None, "continuation", 0.5);
            }
        }
    }
}

fn fill_run(r: &Resolver<'_>, quotes: &mut [Quote], top: &[usize], run: &[(usize, usize)]) {
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
        [] => return,
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
    let spans: Vec<TextSpan> = quotes.iter().map(|q| q.span).collect();
    let addressed = |qi: usize| {
        r.entities
            .mentions
            .iter()
            .filter(|m| spans[qi].contains(m.span))
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
            let guess = addressed(qi)
                .and_then(other)
                .or_else(|| t.checked_sub(1).and_then(known).and_then(other))
                .or_else(|| {
                    (t + 1 < run.len())
                        .then(|| known(t + 1))
                        .flatten()
                        .and_then(other)
                });
            if let Some(sp) = guess {
                set(&mut quotes[qi], sp, None, None, "turn_taking", 0.5);
                changed = true;
            }
        }
    }
}

/// The second participant of a conversation whose turns name only one speaker: someone
/// that speaker addresses by name, or else the last other person named in the narration
/// just before the conversation.
fn other_participant(
    r: &Resolver<'_>,
    quotes: &[Quote],
    top: &[usize],
    run: &[(usize, usize)],
    known: usize,
) -> Option<usize> {
    let person = |e: usize| r.entities.people[e].kind == EntityKind::Person && e != known;
    let first = quotes[top[run[0].1]].span.start();
    let last = run.last().map_or(first, |t| quotes[top[t.1]].span.end());
    let addressed = r.entities.mentions.iter().find(|m| {
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
        .mentions
        .iter()
        .rev()
        .skip_while(|m| m.span.start() >= first)
        .take_while(|m| m.span.start() >= window)
        .find(|m| !m.in_quote && person(m.entity))
        .map(|m| m.entity)
}

/// A first-person narrator is named by the others: the person most often addressed by
/// name in quotations ("my dear Watson") who is hardly ever named in the narration (the
/// narrator says "I"). When there is one, the narrator's quotations and mentions are theirs.
fn name_the_narrator(r: &mut Resolver<'_>, quotes: &mut [Quote]) {
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

/// A name addressed inside a quotation: "Mr. Darcy, …", "…, Jane?", "Oh, Lizzy!".
fn is_vocative(r: &Resolver<'_>, first: usize, end: usize) -> bool {
    let before = first.checked_sub(1).map_or("", |k| r.raw(k));
    let after = r.raw(end);
    let opens = matches!(before, "," | "!" | "\"" | "\u{201c}" | "'" | "\u{2018}")
        || matches!(r.word(first.wrapping_sub(1)).as_str(), "dear" | "oh" | "my");
    opens && matches!(after, "," | "!" | "?" | "." | ";" | "\"" | "\u{201d}")
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
            if q.method != "none" {
                q.method = "none";
                q.confidence = 0.0;
            }
        }
    }
    people
}

#[cfg(test)]
mod tests;
