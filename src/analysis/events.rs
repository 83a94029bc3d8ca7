//! Events and the timeline. (Stub: replaced by the event builder.)

use super::document::Document;
use super::model::{Event, Person, TimeExpr};

/// Events of `doc`: sentences tied to a time expression, ordered on a timeline.
pub fn build(_doc: &Document, _times: &[TimeExpr], _people: &[Person]) -> Vec<Event> {
    Vec::new()
}
