//! Word lists from `assets/lexicon/`, compiled into the binary.
//!
//! Each list is a text file with one entry a line; `#` starts a comment. Entries are
//! compared in lower case unless a list says otherwise.

use std::collections::HashSet;
use std::sync::OnceLock;

/// The entries of a list file: trimmed, without blank lines and comments.
pub fn entries(source: &'static str) -> impl Iterator<Item = &'static str> {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A lazily built set of a list's entries.
pub struct WordSet {
    source: &'static str,
    set: OnceLock<HashSet<&'static str>>,
}

impl WordSet {
    /// A set over the entries of `source` (usually `include_str!` of a list file).
    pub const fn new(source: &'static str) -> Self {
        Self {
            source,
            set: OnceLock::new(),
        }
    }

    /// True when `word` (compared as given) is in the list.
    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| entries(self.source).collect())
            .contains(word)
    }

    /// True when `word` in lower case is in the list.
    pub fn contains_lower(&self, word: &str) -> bool {
        if word.chars().any(char::is_uppercase) {
            self.contains(&word.to_lowercase())
        } else {
            self.contains(word)
        }
    }
}

/// Words that, followed by a period, do not end a sentence ("Mr", "Sept", "U.S").
pub static ABBREVIATIONS: WordSet =
    WordSet::new(include_str!("../../assets/lexicon/abbreviations.txt"));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_found_in_any_case_and_comments_are_skipped() {
        assert!(ABBREVIATIONS.contains_lower("Mr"));
        assert!(ABBREVIATIONS.contains_lower("SEPT"));
        assert!(ABBREVIATIONS.contains("u.s"));
        assert!(!ABBREVIATIONS.contains_lower("said"));
        assert!(!ABBREVIATIONS.contains("# Words"));
    }
}
