//! Temporal expressions: found by a token scanner ([`scan`]), then given TIMEX3 values by a
//! resolver ([`resolve`]) that anchors deictic expressions ("last week", "Friday") to the
//! document date and anaphoric ones ("a week later") to the latest resolved date.

mod calendar;
mod expr;
mod label;
mod lexicon;
mod resolve;
mod scan;

use super::document::Document;
use super::model::TimeExpr;
use super::tokens::{tokenize, Token};

pub use calendar::date_of_value;
pub use label::{known, label, Known, MONTHS};

/// Time expressions of `doc`, in text order, resolved against `date` where given.
pub fn find_times(doc: &Document, date: Option<jiff::civil::Date>) -> Vec<TimeExpr> {
    find_times_in(doc, &tokenize(doc), date)
}

/// [`find_times`] over the document's tokens, already made.
pub fn find_times_in(
    doc: &Document,
    tokens: &[Token],
    date: Option<jiff::civil::Date>,
) -> Vec<TimeExpr> {
    let found = scan::scan(doc, tokens);
    resolve::resolve(doc, found, date)
}

/// The document's own date, from a dateline or a "Published …" line near the top of the
/// text ("Published June 14, 2018", "WASHINGTON (AP) — June 14, 2018", "2018-06-14").
pub fn document_date(text: &str) -> Option<jiff::civil::Date> {
    let head: String = text.chars().take(600).collect();
    let doc = Document::new(head);
    let text = doc.text.as_str();
    // A dateline or a "Published …" line: the date on a short line of its own, at the start
    // of its line ("WASHINGTON, Aug. 11 (Xinhua) —"), or after "published"/"updated"; not a
    // date in a sentence of the story ("the Jan. 20, 2017, inauguration").
    let dateline = |at: usize| {
        let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
        let line_end = text[at..].find('\n').map_or(text.len(), |n| at + n);
        let before = text[line_start..at].to_lowercase();
        line_end - line_start <= 100
            || at - line_start <= 40
            || ["published", "updated", "posted"]
                .iter()
                .any(|w| before.contains(w))
    };
    scan::scan(&doc, &tokenize(&doc))
        .into_iter()
        .filter(|m| dateline(m.span.start()))
        .find_map(|m| match m.expr {
            scan::Expr::Date {
                year: Some(y),
                month: Some(mo),
                day: Some(d),
            } => jiff::civil::Date::new(y, mo, d).ok(),
            _ => None,
        })
}

#[cfg(test)]
mod tests;
