//! Search: every hit of the query in the article, and stepping through them.

use super::App;
use crate::TextSpan;

impl App {
    /// Every (ASCII case-insensitive) occurrence of the query; the first hit at or after the
    /// top of the screen becomes current.
    pub(super) fn find_hits(&mut self) {
        let text = self.story.text();
        let q = self.search.query.as_bytes();
        let mut hits = Vec::new();
        if !q.is_empty() {
            let bytes = text.as_bytes();
            let mut i = 0;
            while i + q.len() <= bytes.len() {
                if bytes[i..i + q.len()].eq_ignore_ascii_case(q) {
                    if let Some(span) = TextSpan::new(text, i, i + q.len()) {
                        hits.push(span);
                        i += q.len();
                        continue;
                    }
                }
                i += 1;
            }
        }
        let from = self.wrapped.offset_of(self.top);
        self.search.current = match hits.iter().position(|h| h.start() >= from) {
            Some(i) => Some(i),
            None if hits.is_empty() => None,
            None => Some(0),
        };
        self.search.hits = hits;
        if let Some(h) = self.search.current.map(|i| self.search.hits[i]) {
            self.reveal(h.start());
        }
    }

    pub(super) fn step_hit(&mut self, forward: bool) {
        let n = self.search.hits.len();
        let next = match self.search.current {
            Some(i) if forward => (i + 1) % n,
            Some(i) => (i + n - 1) % n,
            None => 0,
        };
        self.search.current = Some(next);
        self.reveal(self.search.hits[next].start());
    }
}
