//! Quarters and halves of a year: "the third quarter of 1984", "this year's fourth
//! quarter", "the year-ago third quarter", "the first half of 1989".

use super::compound::{relation, year_offset};
use super::{ordinal, unit, Expr, Scanner, Unit};

impl Scanner<'_> {
    /// A quarter or half of a year starting at token `i`.
    pub(super) fn quarter(&self, i: usize) -> Option<(usize, Expr)> {
        let w = self.w(i);
        // "the first two quarters of 1990" is the first half.
        if w == "the" && self.w(i + 2) == "two" && self.w(i + 3) == "quarters" {
            let half = match self.w(i + 1) {
                "first" => 1,
                "last" | "final" => 2,
                _ => return None,
            };
            let year = (self.w(i + 4) == "of")
                .then(|| self.year_at(i + 5))
                .flatten();
            // "the last two quarters" alone are the two before now, not a half.
            if half == 2 && year.is_none() {
                return None;
            }
            let end = if year.is_some() { i + 6 } else { i + 4 };
            return Some((end, Expr::Half { half, year }));
        }
        let mut j = i;
        let mut year = None;
        let mut offset = None;
        if w == "the" {
            j += 1;
            if let Some(y) = self.year_at(j) {
                year = Some(y);
                j += 1;
            } else if matches!(self.w(j), "year-ago" | "year-earlier") {
                // "the year-ago third quarter": that quarter of the year before.
                offset = Some(-1);
                j += 1;
            }
        } else if let Some(rel) = relation(w) {
            // "this year's third quarter", "next year's first quarter"
            if self.w(i + 1) == "year" && self.raw(i + 2) == "'s" {
                offset = Some(year_offset(rel));
                j = i + 3;
            } else {
                return None;
            }
        } else if w == "fiscal" {
            j += 1;
        }
        if self.w(j) == "fiscal" {
            j += 1;
        }
        let word = self.w(j);
        if let Some((o, u)) = word.split_once('-') {
            // "third-quarter", "fourth-quarter"
            if let (Some(q), Some(Unit::Quarter)) = (ordinal(o), unit(u)) {
                return Some((j + 1, Expr::Quarter { q, year, offset }));
            }
        }
        // "the last half of 1989"
        let q = match word {
            "last" | "latter" if self.w(j + 1) == "half" => 2,
            _ => ordinal(word)?,
        };
        let mut end = j + 1;
        let u = self.w(end);
        let half = u == "half";
        if !(unit(u) == Some(Unit::Quarter) && !u.ends_with('s') || half) {
            return None;
        }
        end += 1;
        if self.w(end) == "of" {
            let relative = relation(self.w(end + 1)).filter(|_| self.w(end + 2) == "year");
            if let Some(y) = self.year_at(end + 1) {
                year = Some(y);
                end += 2;
            } else if let Some(rel) = relative.filter(|_| !half) {
                // "the first quarter of next year"
                offset = Some(year_offset(rel));
                end += 3;
            } else if half {
                // "the last half of the '80s"
                return None;
            }
        }
        if half {
            let half = i8::try_from(q).ok().filter(|h| (1..=2).contains(h))?;
            return Some((end, Expr::Half { half, year }));
        }
        Some((end, Expr::Quarter { q, year, offset }))
    }
}
