//! Quotation detection. (Stub: replaced by the quotation engine.)

use super::document::Document;
use super::model::Quote;
use super::span::TextSpan;

/// Quotations found in a document, and quoted terms that are not speech.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Detected {
    /// Speech quotations, in text order, speakers not yet known.
    pub quotes: Vec<Quote>,
    /// Quoted words that are not speech.
    pub terms: Vec<TextSpan>,
}

/// Find the quotations of `doc`.
pub fn detect(_doc: &Document) -> Detected {
    Detected::default()
}
