//! Calendar dates written out: "May 30", "Sept. 11, 2001", "June 2018", "30 May 2018".

use super::{month, Expr, Scanner};

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
                    return Some((
                        k + 1,
                        Expr::Date {
                            year: Some(y),
                            month: Some(m),
                            day: Some(d),
                        },
                    ));
                }
                return Some((
                    j + 1,
                    Expr::Date {
                        year: None,
                        month: Some(m),
                        day: Some(d),
                    },
                ));
            }
            if let Some(y) = self.year_at(j) {
                return Some((
                    j + 1,
                    Expr::Date {
                        year: Some(y),
                        month: Some(m),
                        day: None,
                    },
                ));
            }
            let ambiguous = matches!(w, "may" | "march" | "mar" | "jan" | "sun" | "sat" | "dec");
            if !ambiguous || self.w(i.wrapping_sub(1)) == "in" {
                return Some((i + 1, Expr::month(m)));
            }
        }
        // Day month [year].
        if let Some(d) = self.day_at(i) {
            if let Some(m) = month(self.w(i + 1)).filter(|_| self.cap(i + 1)) {
                let j = self.after_dot(i + 1);
                if let Some(y) = self.year_at(j) {
                    return Some((
                        j + 1,
                        Expr::Date {
                            year: Some(y),
                            month: Some(m),
                            day: Some(d),
                        },
                    ));
                }
                return Some((
                    i + 2,
                    Expr::Date {
                        year: None,
                        month: Some(m),
                        day: Some(d),
                    },
                ));
            }
        }
        None
    }
}
