//! Temporal expressions. (Stub: replaced by the time tagger.)

use super::document::Document;
use super::model::TimeExpr;

/// Time expressions of `doc`, resolved against `date` where given.
pub fn find_times(_doc: &Document, _date: Option<jiff::civil::Date>) -> Vec<TimeExpr> {
    Vec::new()
}

/// The document's own date, from a dateline or a "Published …" line, when it has one.
pub fn document_date(_text: &str) -> Option<jiff::civil::Date> {
    None
}
