//! Speaker attribution. (Stub: replaced by the sieves.)

use super::document::Document;
use super::model::{Person, Quote};

/// Give each quotation its speaker.
pub fn attribute(_doc: &Document, quotes: Vec<Quote>, _people: &mut Vec<Person>) -> Vec<Quote> {
    quotes
}
