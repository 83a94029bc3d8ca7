//! Calendar dates written out ("May 30", "Sept. 11, 2001", "June 2018", "30 May 2018"),
//! yearly holidays and clock times.

use super::{clock, month, Expr, Scanner};

impl Scanner<'_> {
    /// A date named by its month at token `i`, with its day and year when given.
    pub(super) fn calendar_date(&self, i: usize) -> Option<(usize, Expr)> {
        let w = self.w(i);
        // Month [day] [, year] / month year.
        if let Some(m) = month(w).filter(|_| self.cap(i)) {
            let j = self.after_dot(i);
            if let Some(d) = self.day_at(j).filter(|_| self.same_sentence(i, j)) {
                let k = if self.raw(j + 1) == "," { j + 2 } else { j + 1 };
                if let Some(y) = self.year_at(k) {
                    return Some((k + 1, Expr::date(Some(y), m, Some(d))));
                }
                return Some((j + 1, Expr::date(None, m, Some(d))));
            }
            if let Some(y) = self.year_at(j) {
                return Some((j + 1, Expr::date(Some(y), m, None)));
            }
            let ambiguous = matches!(w, "may" | "march" | "mar" | "jan" | "sun" | "sat" | "dec");
            // "in May", "since March", "by May", "early March", "the end of March"
            let dated = matches!(
                self.w(i.wrapping_sub(1)),
                "in" | "since"
                    | "by"
                    | "until"
                    | "till"
                    | "before"
                    | "after"
                    | "from"
                    | "through"
                    | "early"
                    | "late"
                    | "mid"
                    | "of"
                    | "during"
            );
            if !ambiguous || dated {
                return Some((i + 1, Expr::month(m)));
            }
        }
        // Day month [year].
        if let Some(d) = self.day_at(i) {
            if let Some(m) = month(self.w(i + 1)).filter(|_| self.cap(i + 1)) {
                let j = self.after_dot(i + 1);
                if let Some(y) = self.year_at(j) {
                    return Some((j + 1, Expr::date(Some(y), m, Some(d))));
                }
                return Some((i + 2, Expr::date(None, m, Some(d))));
            }
        }
        None
    }

    /// A yearly holiday named at token `i`: "Thanksgiving Day", "New Year's Eve", "the
    /// Fourth of July".
    pub(super) fn holiday_at(&self, i: usize) -> Option<(usize, Expr)> {
        if !self.cap(i) && self.w(i) != "year-end" {
            return None;
        }
        let next = self.w(i + 1);
        let (name, end) = match self.w(i) {
            "thanksgiving" => ("thanksgiving", i + 1),
            "halloween" => ("halloween", i + 1),
            "christmas" if next == "eve" => ("christmas-eve", i + 2),
            "christmas" => ("christmas", i + 1),
            "new" if next == "year" && self.raw(i + 2) == "'s" => match self.w(i + 3) {
                "eve" => ("new-year-eve", i + 4),
                _ => ("new-year", i + 3),
            },
            "independence" if next == "day" => ("independence", i + 1),
            "labor" if next == "day" => ("labor", i + 1),
            "memorial" if next == "day" => ("memorial", i + 1),
            "veterans" if next == "day" => ("veterans", i + 1),
            "valentine" if self.raw(i + 1) == "'s" && self.w(i + 2) == "day" => {
                ("valentine", i + 2)
            }
            "fourth" if next == "of" && self.w(i + 2) == "july" => ("independence", i + 3),
            // "by year-end": the last day of the year.
            "year-end" => ("new-year-eve", i + 1),
            _ => return None,
        };
        // "Thanksgiving Day", "Christmas Day", "New Year's Day"
        let end = if self.w(end) == "day" { end + 1 } else { end };
        Some((end, Expr::Holiday(name)))
    }

    /// A clock time at token `i`: "3 p.m.", "9:30 a.m.", "noon".
    pub(super) fn clock_at(&self, i: usize) -> Option<(usize, Expr)> {
        let w = self.w(i);
        // "9:30" may come as three tokens.
        let (last, time) = if self.raw(i + 1) == ":" && self.raw(i + 2).len() == 2 {
            (
                i + 2,
                clock(&format!("{}:{}", self.raw(i), self.raw(i + 2))),
            )
        } else {
            (i, clock(self.raw(i)))
        };
        if let Some((h, m)) = time {
            let mer = self.w(last + 1);
            if mer == "a.m" || mer == "p.m" {
                let h = if mer == "p.m" && h < 12 { h + 12 } else { h };
                return Some((self.after_dot(last + 1), Expr::Clock { hour: h, minute: m }));
            }
        }
        match w {
            "noon" | "midday" => Some((
                i + 1,
                Expr::Clock {
                    hour: 12,
                    minute: 0,
                },
            )),
            _ => None,
        }
    }
}
