//! What a time expression means before it is anchored, as the scanner finds it.

use super::lexicon::Unit;
use crate::analysis::span::TextSpan;

/// Which way a relative expression points.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rel {
    /// "last", "ago", "earlier".
    Before,
    /// "this", or nothing.
    This,
    /// "next", "later".
    After,
}

/// What an expression means, before it is anchored.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Expr {
    /// A calendar date, as much of it as the text gives.
    Date {
        year: Option<i16>,
        month: Option<i8>,
        day: Option<i8>,
    },
    /// A decade: "the 1990s" (the first three digits).
    Decade(i16),
    /// A century: "the 19th century", "the 1800s" (the first two digits: 18).
    Century(i16),
    /// A weekday, possibly "last"/"next"; `part` is a part of the day ("MO", "NI").
    Weekday {
        day: i8,
        rel: Rel,
        part: Option<&'static str>,
    },
    /// Relative to the document date: today (Day, 0), last week (Week, -1).
    Deictic { unit: Unit, offset: i64 },
    /// Relative to the document date by a count: "two years ago".
    Ago { n: i64, unit: Unit },
    /// The unit next to the story's latest date: "the next day", "the following week" (a
    /// week), "the day before".
    Adjacent { n: i64, unit: Unit },
    /// Relative to the latest date of the story: "a week later", "the next day".
    Anaphoric { n: i64, unit: Unit },
    /// A quarter: of a year the text gives, of a year relative to the document's
    /// ("this year's", "last year's"), or else the latest such quarter.
    Quarter {
        q: i64,
        year: Option<i16>,
        offset: Option<i64>,
    },
    /// The latest quarter reported on ("the quarter", "the latest quarter"), `years` back
    /// ("the year-ago quarter": -1).
    LatestQuarter { years: i64 },
    /// "The 1988 period": the period being reported on (a quarter, if the story is at one)
    /// in that year.
    PeriodOf(i16),
    /// A month relative to the document's year: "last February" (-1), "this September" (0),
    /// "July last year" (-1).
    /// With `latest`, the last such month before the document's ("last April").
    MonthOf { month: i8, years: i64, latest: bool },
    /// A season: "this summer", "last fall".
    Season { season: &'static str, rel: Rel },
    /// A weekday every week ("each Thursday", "Tuesday nights").
    EachWeekday { day: i8, part: Option<&'static str> },
    /// A month every year ("each July").
    EachMonth(i8),
    /// PRESENT_REF, PAST_REF, FUTURE_REF.
    Reference(&'static str),
    /// A length of time; `None` count for "years" ("PXY").
    Duration { n: Option<i64>, unit: Unit },
    /// A length and a half: "5 1/2 hours", "a minute and a half".
    DurationAndHalf { n: i64, unit: Unit },
    /// A recurrence: every week.
    Set(Unit),
    /// A part of a day near the document's: "yesterday afternoon" (-1, "AF").
    DayPart { offset: i64, part: &'static str },
    /// A season named alone: "in the summer", "by winter" (the latest one, or the coming
    /// one when spoken of in the future).
    SeasonAlone(&'static str),
    /// A season of a year: "the winter of 1994".
    SeasonOf { season: &'static str, year: i16 },
    /// A half of a year: "the first half of 1989" (1, Some(1989)).
    Half { half: i8, year: Option<i16> },
    /// The week a date falls in: "the week of March 6".
    WeekOf {
        year: Option<i16>,
        month: i8,
        day: i8,
    },
    /// A yearly holiday: "Thanksgiving Day", "Christmas Eve" (a name `calendar::holiday`
    /// knows).
    Holiday(&'static str),
    /// A part of the document's day: "this morning" ("MO"), "tonight" ("NI").
    PartOfDay(&'static str),
    /// A clock time on the document's day.
    Clock { hour: i8, minute: i8 },
}

impl Expr {
    /// A month of an unknown year: "October".
    pub fn month(m: i8) -> Self {
        Expr::Date {
            year: None,
            month: Some(m),
            day: None,
        }
    }

    /// A date of a month, with the day and year the text gives.
    pub fn date(year: Option<i16>, month: i8, day: Option<i8>) -> Self {
        Expr::Date {
            year,
            month: Some(month),
            day,
        }
    }

    /// A year: "2017".
    pub fn year(y: i16) -> Self {
        Expr::Date {
            year: Some(y),
            month: None,
            day: None,
        }
    }
}

/// An expression found in the text.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Found {
    /// Its words.
    pub span: TextSpan,
    /// Its meaning.
    pub expr: Expr,
    /// The tense of the words around it: `Some(true)` future ("will", "expected"),
    /// `Some(false)` past ("was", "said"), `None` when nothing tells.
    pub tense: Option<bool>,
    /// A clock time given with a day: "noon Thursday", "5 p.m. EST Nov. 9".
    pub clock: Option<(i8, i8)>,
}
