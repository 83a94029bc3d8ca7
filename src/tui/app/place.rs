//! The reader's place, saved when it closes and found again when the same document opens
//! ([`crate::state`]).

use super::{App, Jump};
use crate::state::Place;

impl App {
    /// Where the reader is, to be found again next time (see [`crate::state`]).
    pub fn place(&self) -> Place {
        if let Some(waiting) = &self.pending_place {
            // Quit before the analysis came: keep what was restored.
            return Place {
                top: self.wrapped.offset_of(self.top),
                ..waiting.clone()
            };
        }
        Place {
            top: self.wrapped.offset_of(self.top),
            quote: self
                .current_quote
                .and_then(|q| self.story.quotes.get(q))
                .map(|q| q.span.start()),
            filter: self
                .speaker_filter
                .and_then(|p| self.story.people.get(p))
                .map(|p| p.name.clone()),
        }
    }

    /// Go back to a saved place: the top of the screen at once, the filter and the current
    /// quotation once the analysis has found them (a person is found by name; what no
    /// longer exists is left out).
    pub fn restore(&mut self, place: Place) {
        self.restore_top(place.top);
        self.restore_marks(place);
    }

    /// The top of the screen at byte `top` (as near as what is split into paragraphs
    /// allows: the rest of a large text follows at once).
    pub(super) fn restore_top(&mut self, top: usize) {
        let top = top.min(self.story.text().len());
        self.ensure_offset(top);
        self.top = self.wrapped.row_of(top);
        self.clamp();
    }

    /// The filter and the current quotation of a saved place, now or once the analysis
    /// has found them.
    pub(super) fn restore_marks(&mut self, place: Place) {
        if self.analysing {
            self.pending_place = Some(place);
            return;
        }
        self.speaker_filter = place
            .filter
            .as_deref()
            .and_then(|name| self.story.people.iter().position(|p| p.name == name));
        self.current_quote = place.quote.and_then(|start| {
            self.story
                .quotes
                .iter()
                .position(|q| q.span.start() == start)
        });
        if self.current_quote.is_some() {
            self.last_jump = Jump::Quote;
        }
    }

    /// The speaker colour (palette slot) of `story.people[person]`.
    pub fn colour(&self, person: usize) -> usize {
        self.colours.get(person).copied().unwrap_or(person)
    }
}
