//! How a person writes a time: a label for every TIMEX3 value the resolver gives
//! ("XXXX-05-30" is "May 30", "2018-W23" is "the week of June 4, 2018", "P7M" is "seven
//! months"), and how much of the calendar a value pins down, for grouping on a timeline.
//!
//! Labels are written the way a newspaper writes on the document's date:
//! - the year is left out only when it is the document's year *and* the month and day alone
//!   would be read as that very date (the nearest such date to the document's, as the
//!   resolver reads "May 30"): "May 30" in a story of June 14, 2018, but "December 30, 2018"
//!   in one of January 3, 2018, where "December 30" would be read as the one just past;
//! - a day within a week of the document's date has its weekday ("Friday, June 8"), as
//!   news style writes recent days; others have none ("May 30");
//! - without a document date every known year is written.

use jiff::civil::Date;

use self::duration::{duration, every, length};
use self::value::{parse, week_day, Cal, Parsed, Tail};
use super::calendar::nearest_year;
use crate::analysis::model::TimeType;

mod duration;
mod value;

/// How much of the calendar a value pins down.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Known {
    /// A date with its year; the month and day when the value gives them (a week or a
    /// quarter: the month it begins in, no day).
    Date {
        year: i16,
        month: Option<i8>,
        day: Option<i8>,
    },
    /// A decade or a century ("198", "19"): its first year.
    Era(i16),
    /// A date whose year is not given, with something of it known: "XXXX-05-30" (May 30),
    /// "XXXX-WXX-5" (a Friday), "XXXX-SU" (summer).
    YearNotGiven,
    /// Only the unit of a date that was relative to a document date nobody gave: "XXXX-WXX"
    /// ("last week"), "XXXX-XX-XX" ("today"), "XXXX-XX-XXT12:00" (noon of some day).
    Unanchored,
    /// Not a point on the calendar: a length of time, a recurrence, the past, the present,
    /// the future; or a value not understood.
    NotADate,
}

impl Known {
    /// Where a time goes on a timeline, by what is known of it: 0 on the calendar (a date
    /// or an era), 1 with its year not given, 2 no date at all.
    pub fn rank(self) -> u8 {
        match self {
            Known::Date { .. } | Known::Era(_) => 0,
            Known::YearNotGiven => 1,
            Known::Unanchored | Known::NotADate => 2,
        }
    }
}

/// The label of `value` (TIMEX3) of type `kind`, written for a document of `document_date`;
/// `None` for a value of a shape whosaid never gives.
pub fn label(value: &str, kind: TimeType, document_date: Option<Date>) -> Option<String> {
    match value {
        "PAST_REF" => return Some("the past".into()),
        "PRESENT_REF" => return Some("now".into()),
        "FUTURE_REF" => return Some("the future".into()),
        _ => {}
    }
    // A year before the common era: "BC0241" is 241 BC.
    if let Some(year) = value.strip_prefix("BC") {
        let n: u16 = year.parse().ok().filter(|_| year.len() == 4)?;
        return Some(format!("{n} BC"));
    }
    if let Some(parts) = value.strip_prefix('P') {
        let parts = duration(parts)?;
        return match kind {
            TimeType::Set => every(&parts),
            _ => length(&parts),
        };
    }
    let v = parse(value)?;
    if kind == TimeType::Set {
        return match (v.year, v.date) {
            (None, Cal::Week(None, Tail::Weekday(wd))) => {
                let part = v.time.and_then(|t| t.part()).map(|p| format!(" {}", p.0));
                Some(format!("every {}{}", weekday(wd), part.unwrap_or_default()))
            }
            (None, Cal::Month(Some(m))) if v.time.is_none() => Some(format!("every {}", month(m))),
            (None, Cal::Day(None)) => v.time?.part().map(|(p, _)| format!("every {p}")),
            _ => None,
        };
    }
    let w = Writer { dct: document_date };
    let date = w.calendar(&v)?;
    Some(match (v.time, v.date) {
        (None, _) => date,
        // "XXXX-XX-XXT12:00": noon of some day.
        (Some(t), Cal::Day(None)) => t.alone(),
        (Some(t), Cal::Week(None, Tail::Weekday(_))) => match t.part() {
            Some((p, _)) => format!("{date} {p}"),
            None => format!("{} on {date}", t.clock()?),
        },
        (Some(t), _) => match t.part() {
            Some((p, _)) => format!("the {p} of {date}"),
            None => format!("{}, {date}", t.clock()?),
        },
    })
}

/// How much of the calendar `value` pins down (of type `kind`).
pub fn known(value: &str, kind: TimeType) -> Known {
    if kind == TimeType::Set || kind == TimeType::Duration || value.starts_with('P') {
        return Known::NotADate;
    }
    let Some(v) = parse(value) else {
        return Known::NotADate;
    };
    let Some(year) = v.year else {
        return match v.date {
            Cal::Year | Cal::Decade | Cal::Century | Cal::Month(None) | Cal::Day(None) => {
                Known::Unanchored
            }
            Cal::Week(None, Tail::None | Tail::Weekend) | Cal::Quarter(None) => Known::Unanchored,
            _ => Known::YearNotGiven,
        };
    };
    let at = |d: Date| Known::Date {
        year: d.year(),
        month: Some(d.month()),
        day: None,
    };
    match v.date {
        Cal::Decade => Known::Era(year * 10),
        Cal::Century => Known::Era(year * 100),
        Cal::Day(Some((m, d))) => Known::Date {
            year,
            month: Some(m),
            day: Some(d),
        },
        Cal::Month(Some(m)) => Known::Date {
            year,
            month: Some(m),
            day: None,
        },
        Cal::Week(Some(w), tail) => match week_day(year, w, tail) {
            Some((d, true)) => Known::Date {
                year: d.year(),
                month: Some(d.month()),
                day: Some(d.day()),
            },
            Some((d, false)) => at(d),
            None => Known::NotADate,
        },
        Cal::Quarter(Some(q)) => Known::Date {
            year,
            month: Some((q - 1) * 3 + 1),
            day: None,
        },
        _ => Known::Date {
            year,
            month: None,
            day: None,
        },
    }
}

/// The months' names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn month(m: i8) -> &'static str {
    MONTHS
        .get(usize::try_from(m - 1).unwrap_or(usize::MAX))
        .copied()
        .unwrap_or("a month")
}

fn weekday(d: i8) -> &'static str {
    const DAYS: [&str; 7] = [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ];
    DAYS.get(usize::try_from(d - 1).unwrap_or(usize::MAX))
        .copied()
        .unwrap_or("a day")
}

fn ordinal(n: i8) -> &'static str {
    ["first", "second", "third", "fourth"]
        .get(usize::try_from(n - 1).unwrap_or(usize::MAX))
        .copied()
        .unwrap_or("")
}

/// Writes dates for a document of a given date.
struct Writer {
    dct: Option<Date>,
}

impl Writer {
    /// True when `d` is in the document's year and its month and day alone would be read
    /// as `d` (the nearest such day to the document's date).
    fn own_year(&self, d: Date) -> bool {
        self.dct.is_some_and(|dct| {
            d.year() == dct.year() && nearest_year(dct, d.month(), Some(d.day()), None) == Some(d)
        })
    }

    /// "May 30, 2018", or "May 30" when the year goes without saying.
    fn day_plain(&self, d: Date) -> String {
        let md = format!("{} {}", month(d.month()), d.day());
        if self.own_year(d) {
            md
        } else {
            format!("{md}, {}", d.year())
        }
    }

    /// A day, with its weekday when it is within a week of the document's date
    /// ("Friday, June 8").
    fn day(&self, d: Date) -> String {
        let near = self
            .dct
            .and_then(|dct| d.since(dct).ok())
            .is_some_and(|s| s.get_days().unsigned_abs() < 7);
        if near {
            let wd = weekday(d.weekday().to_monday_one_offset());
            format!("{wd}, {}", self.day_plain(d))
        } else {
            self.day_plain(d)
        }
    }

    /// "May 2018", or "May" in the document's year when that is how it would be read.
    fn month(&self, y: i16, m: i8) -> Option<String> {
        let first = Date::new(y, m, 1).ok()?;
        let own = self
            .dct
            .is_some_and(|dct| y == dct.year() && nearest_year(dct, m, None, None) == Some(first));
        Some(if own {
            month(m).to_string()
        } else {
            format!("{} {y}", month(m))
        })
    }

    /// The calendar part of a value, written out.
    fn calendar(&self, v: &Parsed) -> Option<String> {
        let Some(y) = v.year else {
            return Some(match v.date {
                Cal::Year => "a year".into(),
                Cal::Decade => "a decade".into(),
                Cal::Century => "a century".into(),
                Cal::Month(None) => "a month".into(),
                Cal::Month(Some(m)) => month(m).into(),
                Cal::Day(None) => "a day".into(),
                Cal::Day(Some((m, d))) => {
                    // Only a day some year has (February 29 is one).
                    Date::new(2000, m, d).ok()?;
                    format!("{} {d}", month(m))
                }
                Cal::Week(_, Tail::None) => "a week".into(),
                Cal::Week(_, Tail::Weekend) => "a weekend".into(),
                Cal::Week(_, Tail::Weekday(d)) => format!("a {}", weekday(d)),
                Cal::Quarter(None) => "a quarter".into(),
                Cal::Quarter(Some(q)) => format!("the {} quarter", ordinal(q)),
                Cal::Half(h) => format!("the {} half of the year", ordinal(h)),
                Cal::Season(s) => s.into(),
            });
        };
        Some(match v.date {
            Cal::Year => format!("{y:04}"),
            Cal::Decade => format!("the {y}0s"),
            Cal::Century => format!("the {y}00s"),
            Cal::Month(Some(m)) => self.month(y, m)?,
            Cal::Day(Some((m, d))) => self.day(Date::new(y, m, d).ok()?),
            Cal::Week(Some(w), tail) => {
                let (d, _) = week_day(y, w, tail)?;
                match tail {
                    Tail::None => format!("the week of {}", self.day_plain(d)),
                    Tail::Weekend => format!("the weekend of {}", self.day_plain(d)),
                    Tail::Weekday(_) => self.day(d),
                }
            }
            Cal::Quarter(Some(q)) => format!("the {} quarter of {y:04}", ordinal(q)),
            Cal::Half(h) => format!("the {} half of {y:04}", ordinal(h)),
            Cal::Season(s) => format!("{s} {y:04}"),
            Cal::Month(None) | Cal::Day(None) | Cal::Week(None, _) | Cal::Quarter(None) => {
                return None
            }
        })
    }
}

#[cfg(test)]
mod tests;
