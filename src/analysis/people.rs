//! People and organisations. (Stub: replaced by the entity engine.)

use super::document::Document;
use super::model::Person;
use super::quotes::Detected;

/// People and organisations mentioned in `doc`.
pub fn find(_doc: &Document, _quotes: &Detected) -> Vec<Person> {
    Vec::new()
}
