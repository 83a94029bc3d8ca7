//! Expressions built of several parts: quarters and seasons, months relative to the year,
//! vague amounts ("recent years"), recurrences, clock times joined to days, the modifiers
//! around an expression ("nearly", "the end of") and the tense it is spoken in.

use super::{month, number, part_of_day, unit, weekday, Expr, Rel, Scanner, Unit};

fn season(word: &str) -> Option<&'static str> {
    Some(match word {
        "summer" => "SU",
        "fall" | "autumn" => "FA",
        "winter" => "WI",
        "spring" => "SP",
        _ => return None,
    })
}

pub(super) fn relation(word: &str) -> Option<Rel> {
    Some(match word {
        "this" => Rel::This,
        "last" | "past" => Rel::Before,
        "next" | "coming" => Rel::After,
        _ => return None,
    })
}

pub(super) fn year_offset(rel: Rel) -> i64 {
    match rel {
        Rel::Before => -1,
        Rel::This => 0,
        Rel::After => 1,
    }
}

impl Scanner<'_> {
    /// One past a month name at `i`, with the period of an abbreviation ("Sept.").
    fn month_end(&self, i: usize) -> usize {
        let w = self.w(i);
        let abbreviated = w.len() <= 4 && !matches!(w, "may" | "june" | "july");
        if abbreviated {
            self.after_dot(i)
        } else {
            i + 1
        }
    }

    /// Expressions of several words that start at token `i`.
    pub(super) fn compound(&self, i: usize) -> Option<(usize, Expr)> {
        let w = self.w(i);
        let next = self.w(i + 1);
        // this September, last February, next spring, last fall
        if let Some(rel) = relation(w) {
            if let Some(m) = month(next).filter(|_| self.cap(i + 1)) {
                // "last Oct. 23": the date alone, in the past.
                if self.day_at(self.month_end(i + 1)).is_some() {
                    return None;
                }
                let month = Expr::MonthOf {
                    month: m,
                    years: year_offset(rel),
                    latest: rel == Rel::Before,
                };
                return Some((self.month_end(i + 1), month));
            }
            if let Some(season) = season(next) {
                return Some((i + 2, Expr::Season { season, rel }));
            }
        }
        // the week of March 6
        if (w, next, self.w(i + 2)) == ("the", "week", "of") {
            if let Some((
                end,
                Expr::Date {
                    year,
                    month: Some(month),
                    day: Some(day),
                },
            )) = self.calendar_date(i + 3)
            {
                return Some((end, Expr::WeekOf { year, month, day }));
            }
        }
        // "in the summer", "the early summer", "by winter" ("fall" is too often the verb)
        if let Some(season) = season(w).filter(|_| w != "fall") {
            let prev = self.w(i.wrapping_sub(1));
            let after = matches!(
                prev,
                "the" | "in" | "by" | "until" | "since" | "early" | "late" | "mid" | "during"
            );
            // "summer camp", "winter storms": a season before a noun describes it.
            let alone = self.tokens.get(i + 1).is_none_or(|t| {
                t.kind != crate::analysis::tokens::TokenKind::Word
                    || matches!(
                        self.w(i + 1),
                        "and"
                            | "when"
                            | "as"
                            | "before"
                            | "after"
                            | "was"
                            | "is"
                            | "were"
                            | "will"
                            | "has"
                            | "had"
                            | "would"
                            // A new phrase begins: "in winter the army rested".
                            | "the"
                            | "a"
                            | "an"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                            | "he"
                            | "she"
                            | "they"
                            | "it"
                            | "we"
                            | "i"
                            | "in"
                            | "on"
                            | "at"
                            | "to"
                            | "with"
                            | "for"
                            | "but"
                            | "or"
                    )
            });
            if after && alone && self.w(i + 1) != "of" {
                return Some((i + 1, Expr::SeasonAlone(season)));
            }
        }
        // the winter of 1994, the summer of nineteen eighty-nine
        if let Some(season) = season(next).filter(|_| w == "the" && self.w(i + 2) == "of") {
            let year = self
                .year_at(i + 3)
                .map(|y| (i + 4, y))
                .or_else(|| self.spelled_year(i + 3));
            if let Some((end, year)) = year {
                return Some((end, Expr::SeasonOf { season, year }));
            }
        }
        // the third quarter [of 1984], the 1988 second quarter, this year's third quarter
        if let Some(found) = self.quarter(i) {
            return Some(found);
        }
        // the quarter, the latest quarter, the year-ago quarter, year-earlier
        if w == "the" {
            let mut j = i + 1;
            let mut years = 0;
            // "the comparable year-ago quarter", "the same period"
            while j < i + 3 {
                match self.w(j) {
                    "latest" | "recent" | "just-ended" | "comparable" | "corresponding"
                    | "same" => j += 1,
                    "year-ago" | "year-earlier" => {
                        years = -1;
                        j += 1;
                    }
                    _ => break,
                }
            }
            if matches!(self.w(j), "quarter" | "period") && self.w(j + 1) != "of" {
                let period_ok = self.w(j) == "quarter" || j > i + 1;
                if period_ok {
                    // "the quarter a year ago", "the corresponding period last year"
                    let (end, years) = match (self.w(j + 1), self.w(j + 2), self.w(j + 3)) {
                        ("a", "year", "ago" | "earlier") if years == 0 => (j + 4, -1),
                        ("last", "year", _) if years == 0 => (j + 3, -1),
                        _ => (j + 1, years),
                    };
                    return Some((end, Expr::LatestQuarter { years }));
                }
            }
            // the current quarter / year, the full year, the fiscal year, the weekend
            let (k, current) = match self.w(i + 1) {
                "current" => (i + 2, true),
                "full" => (i + 2, false),
                _ => (i + 1, false),
            };
            let k = if self.w(k) == "fiscal" { k + 1 } else { k };
            match self.w(k) {
                "quarter" if current => return Some((k + 1, Expr::LatestQuarter { years: 1 })),
                // "the year ended March 31": a year's length, not a calendar year.
                "year" if matches!(self.w(k + 1), "ended" | "ending") => {
                    let year = Expr::Duration {
                        n: Some(1),
                        unit: Unit::Year,
                    };
                    return Some((k + 1, year));
                }
                // "the year two thousand" is a year named in words, below.
                "year" if self.spelled_year(k + 1).is_some() => {}
                "year" if k > i + 1 || self.w(k + 1) != "of" => {
                    return Some((
                        k + 1,
                        Expr::Deictic {
                            unit: Unit::Year,
                            offset: 0,
                        },
                    ))
                }
                "weekend" => {
                    return Some((
                        k + 1,
                        Expr::Deictic {
                            unit: Unit::Weekend,
                            offset: 0,
                        },
                    ))
                }
                _ => {}
            }
            if self.w(i + 1) == "near" && self.w(i + 2) == "future" {
                return Some((i + 3, Expr::Reference("FUTURE_REF")));
            }
        }
        // "the 1988 period"
        if w == "the" && self.w(i + 2) == "period" {
            if let Some(y) = self.year_at(i + 1) {
                return Some((i + 3, Expr::PeriodOf(y)));
            }
        }
        if w == "year-earlier" || w == "year-ago" {
            return Some((i + 1, Expr::LatestQuarter { years: -1 }));
        }
        // mid-November, mid-1996
        if let Some(rest) = w.strip_prefix("mid-") {
            if let Some(m) = month(rest) {
                return Some((i + 1, Expr::month(m)));
            }
            if let Ok(y) = rest.parse::<i16>() {
                if (1000..=2100).contains(&y) {
                    return Some((i + 1, Expr::year(y)));
                }
            }
        }
        // nineteen ninety-six, the year two thousand
        if let Some((end, year)) = self.spelled_year(if w == "the" && next == "year" {
            i + 2
        } else {
            i
        }) {
            return Some((end, Expr::year(year)));
        }
        // recent years, the past few weeks, several years [ago], coming months
        if let Some(found) = self.vague(i) {
            return Some(found);
        }
        // each Thursday, every July
        if matches!(w, "every" | "each") {
            if let Some(day) = weekday(next).filter(|_| self.cap(i + 1)) {
                return Some((i + 2, Expr::EachWeekday { day, part: None }));
            }
            if let Some(m) = month(next).filter(|_| self.cap(i + 1)) {
                return Some((self.month_end(i + 1), Expr::EachMonth(m)));
            }
        }
        None
    }

    /// A year written in words: "nineteen ninety-six", "two thousand".
    pub(super) fn spelled_year(&self, i: usize) -> Option<(usize, i16)> {
        let w = self.w(i);
        if w == "two" && self.w(i + 1) == "thousand" {
            return Some((i + 2, 2000));
        }
        let century = match w {
            "eighteen" => 18,
            "nineteen" => 19,
            "twenty" => 20,
            _ => return None,
        };
        let next = self.w(i + 1);
        let rest = match next.split_once('-') {
            Some((a, b)) => compound_number(a, b)?,
            None => number(next).filter(|n| (10..=99).contains(n))?,
        };
        if unit(self.w(i + 2)).is_some() {
            return None;
        }
        i16::try_from(century * 100 + rest).ok().map(|y| (i + 2, y))
    }

    /// "recent years", "the past few weeks", "several years ago", "the coming months".
    pub(super) fn vague(&self, i: usize) -> Option<(usize, Expr)> {
        let mut j = i;
        if matches!(self.w(j), "the" | "a") {
            j += 1;
        }
        if matches!(self.w(j), "past" | "last" | "next" | "coming") {
            j += 1;
        }
        if matches!(self.w(j), "few" | "several" | "many" | "recent") {
            j += 1;
        } else if j == i || self.w(j - 1) == "the" || self.w(j - 1) == "a" {
            return None;
        }
        let plural = self.w(j);
        let u = unit(plural).filter(|_| plural.ends_with('s'))?;
        if self.w(j + 1) == "ago" {
            return Some((j + 2, Expr::Reference("PAST_REF")));
        }
        // "past years", "coming months": a vague reference, not a length; "recent years"
        // and "the past few weeks" are lengths of some years, of a few weeks.
        let counted = matches!(self.w(j - 1), "few" | "several" | "many" | "recent");
        if !counted {
            let past = (i..j).any(|k| matches!(self.w(k), "recent" | "past" | "last"));
            let reference = if past { "PAST_REF" } else { "FUTURE_REF" };
            return Some((j + 1, Expr::Reference(reference)));
        }
        Some((j + 1, Expr::Duration { n: None, unit: u }))
    }

    /// Join an expression to its neighbours: a clock time to the day after it, a weekday to
    /// the date after it, a month to the year named after it.
    pub(super) fn combine(
        &self,
        i: usize,
        end: usize,
        expr: Expr,
    ) -> (usize, Expr, Option<(i8, i8)>) {
        match expr {
            Expr::Clock { hour, minute } => {
                let mut j = end;
                if matches!(
                    self.w(j),
                    "est" | "edt" | "cst" | "cdt" | "pst" | "pdt" | "mst" | "mdt" | "gmt" | "et"
                ) {
                    j += 1;
                }
                if self.raw(j) == "," || self.w(j) == "on" {
                    j += 1;
                }
                if let Some((k, day)) = self.at(j) {
                    let dated =
                        matches!(day, Expr::Weekday { .. } | Expr::Date { day: Some(_), .. })
                            || matches!(
                                day,
                                Expr::Deictic {
                                    unit: Unit::Day,
                                    ..
                                }
                            );
                    if dated && self.same_sentence(i, j) {
                        return (k, day, Some((hour, minute)));
                    }
                }
                (end, expr, None)
            }
            Expr::Weekday {
                day, part: None, ..
            } => {
                // "Friday, Oct. 13" and "Friday Oct. 13": the date.
                let j = if self.raw(end) == "," { end + 1 } else { end };
                if let Some((k, date @ Expr::Date { day: Some(_), .. })) = self.at(j) {
                    return (k, date, None);
                }
                let plural = self.w(end);
                if let Some(part) = plural.strip_suffix('s').and_then(part_of_day) {
                    return (
                        end + 1,
                        Expr::EachWeekday {
                            day,
                            part: Some(part),
                        },
                        None,
                    );
                }
                (end, expr, None)
            }
            Expr::Date {
                year: None,
                month: Some(m),
                day: None,
            } => {
                if let Some((k, y)) = self.spelled_year(end) {
                    let date = Expr::Date {
                        year: Some(y),
                        month: Some(m),
                        day: None,
                    };
                    return (k, date, None);
                }
                let j = if self.w(end) == "of" { end + 1 } else { end };
                if let Some(rel) = relation(self.w(j)).filter(|_| self.w(j + 1) == "year") {
                    return (
                        j + 2,
                        Expr::MonthOf {
                            month: m,
                            years: year_offset(rel),
                            latest: false,
                        },
                        None,
                    );
                }
                (end, expr, None)
            }
            _ => (end, expr, None),
        }
    }
}

/// A number written in words of two parts: "twenty four".
pub(super) fn compound_number(a: &str, b: &str) -> Option<i64> {
    let (x, y) = (number(a)?, number(b)?);
    ((20..=90).contains(&x) && x % 10 == 0 && (1..=9).contains(&y)).then_some(x + y)
}
