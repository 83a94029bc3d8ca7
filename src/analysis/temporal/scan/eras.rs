//! Years before the common era ("241 BC"), centuries ("the 19th century"), "the same day",
//! and words
//! written in capitals in a sentence that is not (no time there).

use super::{Expr, Scanner, Unit};

impl Scanner<'_> {
    /// "the same day", "that same day": the day the story is at.
    pub(super) fn same_day_at(&self, i: usize) -> Option<(usize, Expr)> {
        let same = matches!(self.w(i), "the" | "that")
            && self.w(i + 1) == "same"
            && self.w(i + 2) == "day";
        same.then_some((
            i + 3,
            Expr::Anaphoric {
                n: 0,
                unit: Unit::Day,
            },
        ))
    }

    /// An all-capitals word in a sentence that is not all capitals is a name ("TODAY").
    pub(super) fn shouted(&self, i: usize) -> bool {
        let raw = self.raw(i);
        let caps = raw.chars().count() > 1 && raw.chars().all(|c| !c.is_lowercase());
        caps && raw.chars().any(char::is_alphabetic) && {
            let sentence = self.tokens[i].sentence();
            self.mixed_case.get(sentence).copied().unwrap_or(false)
        }
    }

    /// A year followed by BC, B.C. or BCE: (one past the era's last token, the year).
    pub(super) fn year_bc_at(&self, i: usize) -> Option<(usize, i16)> {
        let r = self.raw(i);
        let n: i16 = r.parse().ok().filter(|n| (1..=9999).contains(n))?;
        if r.len() > 4 || r.starts_with('0') {
            return None;
        }
        let era = |k: usize| self.raw(k);
        match (era(i + 1), era(i + 2), era(i + 3), era(i + 4)) {
            ("BC" | "BCE" | "B.C." | "B.C.E.", ..) => Some((i + 2, n)),
            ("B", ".", "C", ".") => Some((i + 5, n)),
            ("B.C", ".", ..) => Some((i + 3, n)),
            _ => None,
        }
    }
}

/// The number of a century written as an ordinal: "19th", "nineteenth" (1 to 21).
pub(super) fn century_ordinal(w: &str) -> Option<i16> {
    let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    if !digits.is_empty() && digits.len() <= 2 && digits.len() < w.len() {
        let suffix = &w[digits.len()..];
        return digits
            .parse::<i16>()
            .ok()
            .filter(|n| (1..=21).contains(n) && matches!(suffix, "st" | "nd" | "rd" | "th"));
    }
    const WORDS: [&str; 21] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
        "twentieth",
        "twenty-first",
    ];
    WORDS.iter().position(|&o| o == w).map(|k| k as i16 + 1)
}
