//! Finding temporal expressions: a scanner over word tokens that recognises dates, years,
//! weekdays, deictic and anaphoric expressions, durations, sets and times of day.

use super::lexicon::{
    clock, iso, may_start, month, number, ordinal, part_of_day, unit, weekday, Unit,
};
use crate::analysis::document::Document;
use crate::analysis::tokens::{Token, TokenKind};

mod compound;
mod context;
mod count;
mod dates;
mod eras;
use eras::century_ordinal;
mod quarter;

pub use super::expr::{Expr, Found, Rel};

pub(super) struct Scanner<'a> {
    text: &'a str,
    tokens: &'a [Token],
    /// Each token's word in lower case (start and end in `lower_text`, 32 bits: tokens are
    /// many), empty for punctuation.
    lower: Vec<(u32, u32)>,
    /// The words in lower case, one after another.
    lower_text: String,
    /// For each sentence, whether it has a lower-case letter (is not all capitals).
    mixed_case: Vec<bool>,
}

impl Scanner<'_> {
    /// The lower-case word of token `i` ("" for punctuation or out of range).
    fn w(&self, i: usize) -> &str {
        self.lower
            .get(i)
            .and_then(|&(a, b)| self.lower_text.get(a as usize..b as usize))
            .unwrap_or("")
    }
    fn raw(&self, i: usize) -> &str {
        self.tokens.get(i).map_or("", |t| &self.text[t.span])
    }
    fn cap(&self, i: usize) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.is_capitalized(self.text))
    }
    fn same_sentence(&self, a: usize, b: usize) -> bool {
        matches!((self.tokens.get(a), self.tokens.get(b)), (Some(x), Some(y)) if x.sentence() == y.sentence())
    }
    /// Skip a period after an abbreviation ("Sept.").
    fn after_dot(&self, i: usize) -> usize {
        if self.raw(i + 1) == "." {
            i + 2
        } else {
            i + 1
        }
    }
    fn year_at(&self, i: usize) -> Option<i16> {
        let r = self.raw(i);
        let n: i16 = r.parse().ok()?;
        (r.len() == 4 && (1000..=2100).contains(&n)).then_some(n)
    }
    fn day_at(&self, i: usize) -> Option<i8> {
        let r = self.raw(i).trim_end_matches(|c: char| c.is_alphabetic());
        let n: i8 = r.parse().ok()?;
        (r.len() <= 2 && (1..=31).contains(&n)).then_some(n)
    }

    /// The expression starting at token `i`: (one past its last token, meaning).
    fn at(&self, i: usize) -> Option<(usize, Expr)> {
        let w = self.w(i);
        if w.is_empty() || !may_start(w) || self.shouted(i) {
            return None;
        }
        if let Some(found) = self.calendar_date(i).or_else(|| self.holiday_at(i)) {
            return Some(found);
        }
        // ISO date 2018-06-14 is one token.
        if let Some(date) = iso(self.raw(i)) {
            return Some((i + 1, date));
        }
        // "241 BC", "146 B.C.", "31 BCE": a year before the common era.
        if let Some((end, y)) = self.year_bc_at(i) {
            return Some((
                end,
                Expr::Date {
                    year: Some(-y),
                    month: None,
                    day: None,
                },
            ));
        }
        if let Some(y) = self.year_at(i) {
            if self.raw(i.wrapping_sub(1)) != "$" && unit(self.w(i + 1)).is_none() {
                return Some((i + 1, Expr::year(y)));
            }
        }
        if let Some(dec) = w
            .strip_suffix('s')
            .and_then(|d| d.parse::<i16>().ok())
            .filter(|d| (1000..2100).contains(d) && d % 10 == 0)
        {
            // "the 1800s" is a century; "the 1990s", "the 2000s" decades.
            if dec % 100 == 0 && dec < 2000 {
                return Some((i + 1, Expr::Century(dec / 100)));
            }
            return Some((i + 1, Expr::Decade(dec / 10)));
        }
        // "the 19th century", "the eighteenth century": 19th is the 1800s.
        if let Some(n) = century_ordinal(w).filter(|_| self.w(i + 1) == "century") {
            return Some((i + 2, Expr::Century(n - 1)));
        }
        let abbreviated = w.len() <= 4 && !w.ends_with("day") && self.raw(i + 1) != ".";
        if let Some(day) = weekday(w).filter(|_| self.cap(i) && !abbreviated) {
            let part = part_of_day(self.w(i + 1));
            let end = if part.is_some() { i + 2 } else { i + 1 };
            return Some((
                end,
                Expr::Weekday {
                    day,
                    rel: Rel::This,
                    part,
                },
            ));
        }
        if let Some(found) = self.same_day_at(i) {
            return Some(found);
        }
        let single = match w {
            "today" => Some(Expr::Deictic {
                unit: Unit::Day,
                offset: 0,
            }),
            "yesterday" => Some(Expr::Deictic {
                unit: Unit::Day,
                offset: -1,
            }),
            "tomorrow" => Some(Expr::Deictic {
                unit: Unit::Day,
                offset: 1,
            }),
            "tonight" => Some(Expr::PartOfDay("NI")),
            "now" | "currently" | "current" | "nowadays" => Some(Expr::Reference("PRESENT_REF")),
            "recently" => Some(Expr::Reference("PAST_REF")),
            "daily" => Some(Expr::Set(Unit::Day)),
            "weekly" => Some(Expr::Set(Unit::Week)),
            "monthly" => Some(Expr::Set(Unit::Month)),
            "annually" | "yearly" => Some(Expr::Set(Unit::Year)),
            _ => None,
        };
        if let Some(e) = single {
            // "yesterday afternoon"
            if let (Expr::Deictic { offset, .. }, Some(part)) = (e, part_of_day(self.w(i + 1))) {
                return Some((i + 2, Expr::DayPart { offset, part }));
            }
            return Some((i + 1, e));
        }
        // "mid-afternoon yesterday", "late evening today"
        if let Some(part) = part_of_day(w.strip_prefix("mid-").unwrap_or(w)) {
            let offset = match self.w(i + 1) {
                "yesterday" => Some(-1),
                "today" => Some(0),
                "tomorrow" => Some(1),
                _ => None,
            };
            if let Some(offset) = offset {
                return Some((i + 2, Expr::DayPart { offset, part }));
            }
        }
        // "this year's third quarter" before "this year".
        if let Some(found) = self.quarter(i) {
            return Some(found);
        }
        // "the past", "the future".
        if w == "the" && !self.starts_count(i + 2) && self.vague(i).is_none() {
            match self.w(i + 1) {
                "future" => return Some((i + 2, Expr::Reference("FUTURE_REF"))),
                "past" if unit(self.w(i + 2)).is_none() => {
                    return Some((i + 2, Expr::Reference("PAST_REF")))
                }
                _ => {}
            }
        }
        // this / last / next / coming + unit or weekday or part of day.
        let rel = match w {
            "this" => Some(Rel::This),
            "last" | "past" => Some(Rel::Before),
            "next" | "coming" => Some(Rel::After),
            _ => None,
        };
        if let Some(rel) = rel {
            let n = self.w(i + 1);
            if let Some(day) = weekday(n).filter(|_| self.cap(i + 1)) {
                let part = part_of_day(self.w(i + 2));
                let end = if part.is_some() { i + 3 } else { i + 2 };
                return Some((end, Expr::Weekday { day, rel, part }));
            }
            // "last year's quarter": the same quarter a year before.
            if (rel, n, self.raw(i + 2)) == (Rel::Before, "year", "'s")
                && matches!(self.w(i + 3), "quarter" | "period")
            {
                return Some((i + 4, Expr::LatestQuarter { years: -1 }));
            }
            match (rel, part_of_day(n)) {
                (Rel::This, Some(p)) => return Some((i + 2, Expr::PartOfDay(p))),
                // "last night": yesterday's.
                (Rel::Before, Some(part @ ("NI" | "EV"))) if w == "last" => {
                    return Some((i + 2, Expr::DayPart { offset: -1, part }));
                }
                _ => {}
            }
            if let Some(u) = unit(n).filter(|_| !n.ends_with('s')) {
                let offset = match rel {
                    Rel::Before => -1,
                    Rel::This => 0,
                    Rel::After => 1,
                };
                return Some((i + 2, Expr::Deictic { unit: u, offset }));
            }
        }
        // the last / past / next N units: a duration.
        if w == "the" && matches!(self.w(i + 1), "last" | "past" | "next" | "first" | "latest") {
            if let Some((end, n, u)) = self.count(i + 2) {
                return Some((
                    end,
                    Expr::Duration {
                        n: Some(n),
                        unit: u,
                    },
                ));
            }
        }
        if let Some(found) = self.compound(i) {
            return Some(found);
        }
        // every week, each year.
        if matches!(w, "every" | "each") {
            if let Some(u) = unit(self.w(i + 1)) {
                return Some((i + 2, Expr::Set(u)));
            }
        }
        // N units [ago | later | earlier], "the next day".
        if w == "the" && matches!(self.w(i + 1), "next" | "following" | "previous") {
            if let Some(u) = unit(self.w(i + 2)) {
                let n = if self.w(i + 1) == "previous" { -1 } else { 1 };
                return Some((i + 3, Expr::Adjacent { n, unit: u }));
            }
        }
        // "The day before, he rested": before the story's day (not "the day before the vote").
        if w == "the" && matches!(self.w(i + 2), "before" | "after") {
            let alone = self
                .tokens
                .get(i + 3)
                .is_none_or(|t| t.kind == TokenKind::Punct);
            if let Some(u) = unit(self.w(i + 1)).filter(|u| *u != Unit::Weekend && alone) {
                let n = if self.w(i + 2) == "before" { -1 } else { 1 };
                return Some((i + 3, Expr::Adjacent { n, unit: u }));
            }
        }
        let start_count = if w == "the" && self.starts_count(i + 1) {
            i + 1
        } else {
            i
        };
        if let Some((end, n, unit)) = self.count_and_half(start_count) {
            return Some((end, Expr::DurationAndHalf { n, unit }));
        }
        if let Some((end, n, u)) = self.count(start_count) {
            // "a week or so ago"
            let end = if self.w(end) == "or" && self.w(end + 1) == "so" {
                end + 2
            } else {
                end
            };
            return Some(match self.w(end) {
                "ago" => (end + 1, Expr::Ago { n, unit: u }),
                "later" => (end + 1, Expr::Anaphoric { n, unit: u }),
                "earlier" => (end + 1, Expr::Anaphoric { n: -n, unit: u }),
                _ => (
                    end,
                    Expr::Duration {
                        n: Some(n),
                        unit: u,
                    },
                ),
            });
        }
        if let Some(u) = unit(w).filter(|_| w.ends_with('s') && w != "days" || w == "years") {
            if matches!(
                self.w(i.wrapping_sub(1)),
                "for" | "in" | "recent" | "several" | "many" | "few"
            ) {
                return Some((i + 1, Expr::Duration { n: None, unit: u }));
            }
        }
        self.clock_at(i)
    }

    /// Is the expression at `i..end` part of a title ("ABC's This Week", "60 Minutes",
    /// "High Noon", "USA Today")? A unit word or "noon" capitalised inside a sentence in
    /// mixed case is; so is "Today" right after another capitalised word.
    fn titled(&self, i: usize, end: usize) -> bool {
        (i..end).any(|k| {
            let w = self.w(k);
            let starts_sentence = k == 0 || !self.same_sentence(k - 1, k);
            let day_after_name = matches!(w, "today" | "tomorrow" | "tonight" | "yesterday")
                && k > 0
                && self.cap(k - 1);
            (unit(w).is_some() || w == "noon" || day_after_name)
                && self.cap(k)
                && !starts_sentence
                && !self.shouted(k)
                && self
                    .mixed_case
                    .get(self.tokens[k].sentence())
                    .copied()
                    .unwrap_or(false)
        })
    }
}

/// Every temporal expression of `doc`, in text order, without overlaps.
pub fn scan(doc: &Document, tokens: &[Token]) -> Vec<Found> {
    let mut lower_text = String::with_capacity(doc.text.len());
    let lower = tokens
        .iter()
        .map(|t| {
            let start = lower_text.len();
            if t.kind == TokenKind::Word {
                let word = &doc.text[t.span];
                if word.bytes().all(|b| !b.is_ascii_uppercase()) && word.is_ascii() {
                    lower_text.push_str(word);
                } else {
                    lower_text.extend(word.chars().flat_map(char::to_lowercase));
                }
            }
            (start as u32, lower_text.len() as u32)
        })
        .collect();
    let mixed_case = doc
        .sentences
        .iter()
        .map(|s| doc.text[s.span].chars().any(char::is_lowercase))
        .collect();
    let s = Scanner {
        text: &doc.text,
        tokens,
        lower,
        lower_text,
        mixed_case,
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.tokens.len() {
        let Some((end, expr)) = s.at(i) else {
            i += 1;
            continue;
        };
        let end = end.clamp(i + 1, s.tokens.len());
        if !matches!(expr, Expr::Holiday(_)) && s.titled(i, end) {
            i = end;
            continue;
        }
        // "noon Thursday", "5 p.m. EST Nov. 9", "Saturday, April 25": one expression.
        let (end, expr, clock) = s.combine(i, end, expr);
        let first = s.modifiers(i, expr);
        let mut last = end - 1;
        while last > first && s.tokens[last].kind == TokenKind::Punct && s.raw(last) != "." {
            last -= 1;
        }
        let span = s.tokens[first].span.cover(s.tokens[last].span);
        // "the year ended March 31", "issued July 1": a month and day right after a past
        // participle lie before the document's date.
        let dated = matches!(
            expr,
            Expr::Date {
                year: None,
                month: Some(_),
                ..
            }
        );
        let tense = s.tense(first, end).or_else(|| {
            let k = if matches!(s.w(first.wrapping_sub(1)), "on" | "in") {
                first.wrapping_sub(2)
            } else {
                first.wrapping_sub(1)
            };
            let w = s.w(k);
            // "to be completed around Nov. 1" lies ahead.
            let passive = s.w(k.wrapping_sub(1)) == "be";
            (dated && w.len() > 4 && w.ends_with("ed") && !passive).then_some(false)
        });
        out.push(Found {
            span,
            expr,
            tense,
            clock,
        });
        i = end;
    }
    out
}
