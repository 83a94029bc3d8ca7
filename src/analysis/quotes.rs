//! Quotation detection: pairs of quotation marks of every convention within a paragraph
//! (double, single, guillemets, `„“`, corner brackets, dash-introduced dialogue), continued
//! across paragraphs only by the multi-paragraph rule, nested in either direction, with
//! quoted terms (scare quotes, titles) told apart from speech.
//!
//! The stages: [`marks`] finds every quotation mark with its family and where it stands,
//! telling apostrophes apart; [`pair`] pairs them paragraph by paragraph (and [`dash`] reads
//! dash dialogue); [`detect`] nests them and sets aside quoted terms that are not speech.

mod dash;
mod marks;
mod pair;

pub use marks::{is_closing_char, is_mark_char, is_opening_char};

use super::document::Document;
use super::lexicon::SPEECH_VERBS;
use super::model::Quote;
use super::span::TextSpan;
use crate::analysis::model::Method;
use pair::pair;

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

/// Find the quotations of `doc`. A quotation inside another has the innermost one around
/// it as its parent; quoted terms are classified at the top level only, and whatever is
/// quoted inside a term is left out.
pub fn detect(doc: &Document) -> Detected {
    let text = doc.text.as_str();
    let mut detected = Detected::default();
    // the quotations around the current one: (end, index in quotes, or None for a term)
    let mut around: Vec<(usize, Option<usize>)> = Vec::new();
    for p in pair(doc) {
        while around.last().is_some_and(|&(end, _)| end < p.span.end()) {
            around.pop();
        }
        let parent = match around.last() {
            Some(&(_, None)) => continue,
            Some(&(_, Some(q))) => Some(q),
            None => None,
        };
        if parent.is_none() && !p.continues && is_term(text, doc, p.span) {
            detected.terms.push(p.span);
            around.push((p.span.end(), None));
            continue;
        }
        around.push((p.span.end(), Some(detected.quotes.len())));
        detected.quotes.push(unattributed(p.span, parent));
        detected.continues.push(p.continues && parent.is_none());
    }
    detected
}

fn unattributed(span: TextSpan, parent: Option<usize>) -> Quote {
    Quote {
        span,
        speaker: None,
        speaker_mention: None,
        cue: None,
        method: Method::None,
        confidence: 0.0,
        parent,
    }
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
