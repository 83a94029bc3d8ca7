//! Quotation detection: pairs of quotation marks within a paragraph, continued across
//! paragraphs only by the multi-paragraph rule, with nested single-quoted quotations and
//! quoted terms (scare quotes, titles) told apart from speech.
//!
//! The stages: [`marks`] finds every quotation mark with its direction, [`pair`] pairs them
//! paragraph by paragraph, [`nested`] finds single-quoted quotations inside, and
//! [`classify`] sets aside quoted terms that are not speech.

use super::document::Document;
use super::lexicon::SPEECH_VERBS;
use super::model::Quote;
use super::span::TextSpan;

/// Quotations found in a document, and quoted terms that are not speech.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Detected {
    /// Speech quotations, in text order, speakers not yet known.
    pub quotes: Vec<Quote>,
    /// For each quotation: true when it continues the previous one (the same speech going
    /// on in a new paragraph that opens with a mark, after a paragraph left open).
    pub continues: Vec<bool>,
    /// Quoted words that are not speech.
    pub terms: Vec<TextSpan>,
}

/// Which way a quotation mark faces.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dir {
    Open,
    Close,
    /// A straight mark: open or close depending on where it stands.
    Either,
}

/// A double quotation mark in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Mark {
    start: usize,
    end: usize,
    dir: Dir,
}

/// A paired quotation before classification.
#[derive(Clone, Copy, Debug)]
struct Pair {
    span: TextSpan,
    continues: bool,
}

/// Find the quotations of `doc`.
pub fn detect(doc: &Document) -> Detected {
    let text = doc.text.as_str();
    let pairs = pair(doc);
    let mut detected = Detected::default();
    for p in pairs {
        if !p.continues && is_term(text, doc, p.span) {
            detected.terms.push(p.span);
            continue;
        }
        let parent = detected.quotes.len();
        detected.quotes.push(unattributed(p.span, None));
        detected.continues.push(p.continues);
        for inner in nested(text, p.span) {
            detected.quotes.push(unattributed(inner, Some(parent)));
            detected.continues.push(false);
        }
    }
    detected
}

fn unattributed(span: TextSpan, parent: Option<usize>) -> Quote {
    Quote {
        span,
        speaker: None,
        speaker_mention: None,
        cue: None,
        method: "none",
        confidence: 0.0,
        parent,
    }
}

/// The double quotation marks of one paragraph (straight, curly, guillemets, `''`, ``` `` ```).
fn marks(text: &str, paragraph: TextSpan) -> Vec<Mark> {
    let body = &text[paragraph];
    let base = paragraph.start();
    let mut out = Vec::new();
    let mut iter = body.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        let next = iter.peek().map(|&(_, n)| n);
        let (len, dir) = match c {
            '“' | '„' | '«' => (c.len_utf8(), Dir::Open),
            '”' | '»' => (c.len_utf8(), Dir::Close),
            '"' => (1, Dir::Either),
            '\'' if next == Some('\'') => (2, Dir::Either),
            '`' if next == Some('`') => (2, Dir::Open),
            _ => continue,
        };
        if len == 2 {
            iter.next();
        }
        let dir = if dir == Dir::Either {
            straight_direction(body, i, i + len)
        } else {
            dir
        };
        out.push(Mark {
            start: base + i,
            end: base + i + len,
            dir,
        });
    }
    out
}

/// Which way a straight mark at `start..end` of `body` faces, from its neighbours.
fn straight_direction(body: &str, start: usize, end: usize) -> Dir {
    let prev = body[..start].chars().next_back();
    let next = body[end..].chars().next();
    let opens_after = |c: char| c.is_whitespace() || "([{—–-/".contains(c);
    let closes_before = |c: char| c.is_whitespace() || ".,;:!?)]}—–-/".contains(c);
    match (prev, next) {
        (None, _) => Dir::Open,
        (_, None) => Dir::Close,
        (Some(p), Some(n)) if opens_after(p) && !n.is_whitespace() => Dir::Open,
        (Some(p), Some(n)) if !p.is_whitespace() && closes_before(n) => Dir::Close,
        _ => Dir::Either,
    }
}

/// Pair the marks of every paragraph. A paragraph left open continues into the next one only
/// when that paragraph opens with a mark; otherwise the open mark is dropped, so an
/// unbalanced mark never swallows the rest of the article.
fn pair(doc: &Document) -> Vec<Pair> {
    let text = doc.text.as_str();
    let mut out = Vec::new();
    let mut carried = false;
    for (index, &paragraph) in doc.paragraphs.iter().enumerate() {
        let continues_from_before = std::mem::take(&mut carried);
        let mut open: Option<Mark> = None;
        let mut first_in_paragraph = true;
        for mark in marks(text, paragraph) {
            match (open, mark.dir) {
                (None, Dir::Close) => {}
                (None, _) => open = Some(mark),
                (Some(_), Dir::Open) => open = Some(mark),
                (Some(o), _) => {
                    out.push(Pair {
                        span: TextSpan::of(text, o.start, mark.end),
                        continues: continues_from_before && first_in_paragraph,
                    });
                    first_in_paragraph = false;
                    open = None;
                }
            }
        }
        if let Some(o) = open {
            let next_opens = doc
                .paragraphs
                .get(index + 1)
                .is_some_and(|&n| opens_with_mark(&text[n]));
            let whole_paragraph = o.start == paragraph.start();
            if next_opens && whole_paragraph {
                out.push(Pair {
                    span: TextSpan::of(text, o.start, paragraph.end()),
                    continues: continues_from_before && first_in_paragraph,
                });
                carried = true;
            }
        }
    }
    out
}

fn opens_with_mark(paragraph: &str) -> bool {
    paragraph.starts_with(['"', '“', '«', '„']) || paragraph.starts_with("''")
}

/// Single-quoted quotations nested inside `outer`: `'…'` or `‘…’`, told apart from
/// apostrophes (can't, Johnson's, '90s, rock 'n' roll, runnin').
fn nested(text: &str, outer: TextSpan) -> Vec<TextSpan> {
    let body = &text[outer];
    let base = outer.start();
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (k, &(i, c)) in chars.iter().enumerate() {
        if !matches!(c, '\'' | '‘' | '’') {
            continue;
        }
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let word_before = prev.is_some_and(char::is_alphanumeric);
        let word_after = next.is_some_and(char::is_alphanumeric);
        if word_before && word_after {
            continue; // can't, Johnson's
        }
        let can_open = c != '’'
            && !word_before
            && word_after
            && !is_elision(&chars, k)
            && prev.is_none_or(|p| p.is_whitespace() || "\"“(—-".contains(p));
        let can_close = c != '‘'
            && !word_after
            && prev.is_some_and(|p| !p.is_whitespace())
            && next.is_none_or(|n| n.is_whitespace() || ".,;:!?\"”)—-".contains(n));
        match open {
            None if can_open => open = Some(i),
            Some(start) if can_close && i > start + 1 => {
                let end = i + c.len_utf8();
                out.push(TextSpan::of(text, base + start, base + end));
                open = None;
            }
            Some(_) if can_open => open = Some(i),
            _ => {}
        }
    }
    out
}

/// An apostrophe that stands for left-out letters at the start of a word: '90s, 'n', 'em.
fn is_elision(chars: &[(usize, char)], k: usize) -> bool {
    let word: String = chars[k + 1..]
        .iter()
        .map(|&(_, c)| c)
        .take_while(|c| c.is_alphanumeric() || matches!(c, '\'' | '’'))
        .collect();
    let lower = word.to_lowercase();
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    digits == 2
        || matches!(
            lower.trim_end_matches(['\'', '’']),
            "n" | "em" | "til" | "tis" | "twas" | "cause" | "bout" | "round" | "s"
        )
}

/// Is the quoted span a term (a scare quote or a title) rather than speech?
///
/// Short quotations inside a sentence are terms unless the sentence reports speech (a speech
/// verb, "called it", "according to") or the words look like speech (a first- or
/// second-person pronoun, a verb-like ending of a clause, final punctuation).
fn is_term(text: &str, doc: &Document, span: TextSpan) -> bool {
    let inner = text[span].trim_matches(|c: char| !c.is_alphanumeric());
    let words: Vec<&str> = inner.split_whitespace().collect();
    if words.len() > 3 || words.is_empty() && !inner.is_empty() {
        return false;
    }
    if words.is_empty() {
        return true;
    }
    let quoted = &text[span];
    if quoted.contains(['.', '!', '?']) && words.len() > 1 {
        return false;
    }
    let speechy = words.iter().any(|w| {
        matches!(
            w.to_lowercase().as_str(),
            "i" | "me" | "my" | "we" | "us" | "our" | "you" | "your"
        )
    });
    if speechy {
        return false;
    }
    let Some(sentence) = doc.sentence_at(span.start()).map(|s| doc.sentences[s].span) else {
        return true;
    };
    let before = text[sentence.start()..span.start()]
        .trim_end()
        .to_lowercase();
    let naming = [
        "so-called",
        "dubbed",
        "nicknamed",
        "titled",
        "entitled",
        "named",
        "word",
        "term",
    ];
    if naming.iter().any(|n| before.ends_with(n)) {
        return true;
    }
    let context = text[sentence].to_lowercase();
    let reported = context
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| SPEECH_VERBS.contains(w) || matches!(w, "call" | "calls" | "calling"))
        || context.contains("according to");
    let title_case = words.len() > 1
        && words
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
    title_case || !reported
}

#[cfg(test)]
mod tests;
