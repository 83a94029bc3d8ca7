//! Counts of units: "seven months", "a week", "five-year", "twenty four hours".

use super::compound::compound_number;
use super::{number, unit, Scanner, Unit};
use crate::analysis::tokens::TokenKind;

impl Scanner<'_> {
    pub(super) fn starts_count(&self, i: usize) -> bool {
        self.count(i).is_some()
    }

    /// "seven months", "a week", "two decades", "five-year": (end, count, unit).
    pub(super) fn count(&self, i: usize) -> Option<(usize, i64, Unit)> {
        let w = self.w(i);
        if let Some((a, b)) = w.split_once('-') {
            if !w.ends_with("-old") {
                if let (Some(n), Some(u)) = (number(a), unit(b)) {
                    // "three-quarters of its food" is a share.
                    if u == Unit::Quarter && self.w(i + 1) == "of" {
                        return None;
                    }
                    return Some((i + 1, n, u));
                }
            }
        }
        // "twenty four hours"
        if let Some(n) = compound_number(w, self.w(i + 1)) {
            if let Some(u) = unit(self.w(i + 2)) {
                return Some((i + 3, n, u));
            }
        }
        let n = number(w)?;
        if n > 1000 {
            return None;
        }
        let u = unit(self.w(i + 1))?;
        if self.raw(i + 2) == "-" || self.w(i + 1).ends_with("-old") {
            return None;
        }
        // "37 years old" is an age; "three quarters of its food" a share.
        if self.w(i + 2) == "old" || u == Unit::Quarter && self.w(i + 2) == "of" {
            return None;
        }
        // "$1.76 a year", "700 seats a week", "24 hours a day": a rate, not a time.
        let relative = matches!(
            self.w(i + 2),
            "ago" | "earlier" | "later" | "before" | "after"
        );
        if matches!(w, "a" | "an") && !relative && self.after_amount(i) {
            return None;
        }
        Some((i + 2, n, u))
    }

    /// Does an amount end right before token `i` ("$500 million", "358,000", "seats")?
    fn after_amount(&self, i: usize) -> bool {
        let Some(k) = i.checked_sub(1) else {
            return false;
        };
        let prev = self.w(k);
        prev.bytes().any(|b| b.is_ascii_digit())
            || matches!(
                prev,
                "million" | "billion" | "trillion" | "thousand" | "hundred" | "dollars" | "cents"
            )
            || prev.len() > 3
                && prev.ends_with('s')
                && !prev.ends_with("ss")
                && !matches!(
                    prev,
                    "times" | "does" | "was" | "has" | "is" | "this" | "its"
                )
                && self
                    .tokens
                    .get(k)
                    .is_some_and(|t| t.kind == TokenKind::Word)
    }

    /// "5 1/2 hours", "a minute and a half": (end, whole count, unit).
    pub(super) fn count_and_half(&self, i: usize) -> Option<(usize, i64, Unit)> {
        let n = number(self.w(i))?;
        if self.w(i + 1) == "1" && self.raw(i + 2) == "/" && self.w(i + 3) == "2" {
            let u = unit(self.w(i + 4))?;
            return Some((i + 5, n, u));
        }
        let (end, n, u) = self.count(i)?;
        let half = self.w(end) == "and" && self.w(end + 1) == "a" && self.w(end + 2) == "half";
        half.then_some((end + 3, n, u))
    }
}
