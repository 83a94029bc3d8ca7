//! Search: every hit of the pattern in the article, and stepping through them. Patterns are
//! regular expressions, case-insensitive unless they hold a capital letter; a pattern that
//! is not a valid expression is searched for as it is written.

use regex::RegexBuilder;

use super::App;
use crate::TextSpan;

/// Every match of `pattern` in `text`, as spans (empty matches left out).
pub fn find_all(text: &str, pattern: &str) -> Vec<TextSpan> {
    if pattern.is_empty() {
        return Vec::new();
    }
    let smart_case = !pattern.chars().any(char::is_uppercase);
    let build = |p: &str| {
        RegexBuilder::new(p)
            .case_insensitive(smart_case)
            .size_limit(1 << 20)
            .build()
    };
    let Ok(re) = build(pattern).or_else(|_| build(&regex::escape(pattern))) else {
        return Vec::new();
    };
    re.find_iter(text)
        .filter(|m| !m.is_empty())
        .filter_map(|m| TextSpan::new(text, m.start(), m.end()))
        .collect()
}

impl App {
    /// Start a search from here: Esc while typing comes back to this place.
    pub(super) fn start_search(&mut self) {
        let origin = self.top;
        self.search = Default::default();
        self.search.typing = true;
        self.search.origin = Some(origin);
    }

    /// Every hit of the query; the first at or after where the search began becomes current
    /// and is shown. With no hit, the reader stays where it was.
    pub(super) fn find_hits(&mut self) {
        let hits = find_all(self.story.text(), &self.search.query);
        let origin = self.search.origin.unwrap_or(self.top);
        let from = self.wrapped.offset_of(origin);
        self.search.current = match hits.iter().position(|h| h.start() >= from) {
            Some(i) => Some(i),
            None if hits.is_empty() => None,
            None => Some(0),
        };
        self.search.hits = hits;
        match self.search.current.map(|i| self.search.hits[i]) {
            Some(h) => {
                self.top = origin;
                self.reveal(h.start());
            }
            None => {
                self.top = origin;
                self.clamp();
            }
        }
    }

    /// Esc while typing: no search, and back where it began.
    pub(super) fn cancel_search(&mut self) {
        if let Some(origin) = self.search.origin {
            self.top = origin;
            self.clamp();
        }
        self.search = Default::default();
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

#[cfg(test)]
mod tests {
    use super::*;

    fn found<'a>(text: &'a str, pattern: &str) -> Vec<&'a str> {
        find_all(text, pattern)
            .into_iter()
            .map(|s| &text[s])
            .collect()
    }

    #[test]
    fn patterns_are_regular_expressions_with_smart_case() {
        let text = "Roe said. ROE agreed; roe deer. Smith, 2019.";
        assert_eq!(found(text, "roe"), ["Roe", "ROE", "roe"]);
        assert_eq!(found(text, "Roe"), ["Roe"]);
        assert_eq!(found(text, r"\d{4}"), ["2019"]);
        assert_eq!(found(text, "s(aid|mith)"), ["said", "Smith"]);
    }

    #[test]
    fn an_invalid_pattern_is_searched_as_written() {
        let text = "It cost (a lot [sic] today.";
        assert_eq!(found(text, "(a lot"), ["(a lot"]);
        assert_eq!(found(text, "[sic"), ["[sic"]);
        assert!(found(text, "").is_empty());
        assert!(found(text, "x*").is_empty(), "empty matches are no hits");
    }
}
