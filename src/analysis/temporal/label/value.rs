//! The parts of a TIMEX3 calendar value: "2018-W23-WE" is the weekend of week 23 of 2018.

use jiff::civil::{Date, ISOWeekDate, Weekday};

/// The calendar part of a value: what comes before any `T`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Cal {
    Year,
    Decade,
    Century,
    /// A month; `None` for "XX".
    Month(Option<i8>),
    /// A month and day; `None` for "XX-XX".
    Day(Option<(i8, i8)>),
    /// An ISO week (`None` for "WXX") and what of it.
    Week(Option<i8>, Tail),
    Quarter(Option<i8>),
    Half(i8),
    Season(&'static str),
}

/// What of a week a value names.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Tail {
    None,
    Weekend,
    /// 1 is Monday.
    Weekday(i8),
}

/// A time of day: a part of the day ("NI") or a clock time.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Time {
    Part(&'static str),
    Clock(i8, i8),
}

impl Time {
    /// The name of a part of the day and its article: ("night", "a").
    pub(super) fn part(self) -> Option<(&'static str, &'static str)> {
        match self {
            Time::Part("MO") => Some(("morning", "a")),
            Time::Part("MI") => Some(("midday", "a")),
            Time::Part("AF") => Some(("afternoon", "an")),
            Time::Part("EV") => Some(("evening", "an")),
            Time::Part("NI") => Some(("night", "a")),
            Time::Part(_) => Some(("daytime", "the")),
            Time::Clock(..) => None,
        }
    }

    /// "8:30 p.m.", "10 a.m.", "noon", "midnight".
    pub(super) fn clock(self) -> Option<String> {
        let Time::Clock(h, m) = self else {
            return None;
        };
        Some(match (h, m) {
            (0, 0) | (24, 0) => "midnight".into(),
            (12, 0) => "noon".into(),
            _ => {
                let half = if (12..24).contains(&h) {
                    "p.m."
                } else {
                    "a.m."
                };
                let h12 = if h % 12 == 0 { 12 } else { h % 12 };
                match m {
                    0 => format!("{h12} {half}"),
                    _ => format!("{h12}:{m:02} {half}"),
                }
            }
        })
    }

    /// The time on a day not known: "noon", "a night".
    pub(super) fn alone(self) -> String {
        match (self.part(), self.clock()) {
            (Some((p, a)), _) => format!("{a} {p}"),
            (_, Some(c)) => c,
            (None, None) => "a time".into(),
        }
    }
}

/// A calendar value: its year (`None` for "XXXX"), its calendar part, its time of day.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Parsed {
    pub(super) year: Option<i16>,
    pub(super) date: Cal,
    pub(super) time: Option<Time>,
}

/// Two digits, or `None` for "XX"; `Err` for anything else.
pub(super) fn two(s: &str) -> Result<Option<i8>, ()> {
    match s {
        "XX" => Ok(None),
        _ if s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit()) => {
            s.parse().map(Some).or(Err(()))
        }
        _ => Err(()),
    }
}

pub(super) fn digits(s: &str) -> Option<i16> {
    s.bytes()
        .all(|b| b.is_ascii_digit())
        .then(|| s.parse().ok())
        .flatten()
}

pub(super) fn parse(value: &str) -> Option<Parsed> {
    let (cal, time) = match value.split_once('T') {
        Some((c, t)) => (c, Some(t)),
        None => (value, None),
    };
    let time = match time {
        None => None,
        Some(t) => match ["MO", "MI", "AF", "EV", "NI", "DT"]
            .into_iter()
            .find(|p| *p == t)
        {
            Some(part) => Some(Time::Part(part)),
            None => {
                let (h, m) = t.split_once(':')?;
                let (h, m) = (two(h).ok()??, two(m.get(..2)?).ok()??);
                Some((h <= 24 && m < 60).then_some(Time::Clock(h, m))?)
            }
        },
    };
    let (y, rest) = cal.split_once('-').unwrap_or((cal, ""));
    let year = match y {
        "XXXX" | "XXX" | "XX" => None,
        _ => Some(digits(y)?),
    };
    let date = match (y.len(), rest) {
        (3, "") => Cal::Decade,
        (2, "") => Cal::Century,
        (4, "") => Cal::Year,
        (4, "SP") => Cal::Season("spring"),
        (4, "SU") => Cal::Season("summer"),
        (4, "FA") => Cal::Season("fall"),
        (4, "WI") => Cal::Season("winter"),
        (4, "H1") => Cal::Half(1),
        (4, "H2") => Cal::Half(2),
        (4, "QX") => Cal::Quarter(None),
        (4, q) if q.len() == 2 && q.starts_with('Q') => {
            Cal::Quarter(Some(q[1..].parse().ok().filter(|q| (1..=4).contains(q))?))
        }
        (4, w) if w.starts_with('W') => {
            let (week, tail) = w[1..].split_once('-').unwrap_or((&w[1..], ""));
            let tail = match tail {
                "" => Tail::None,
                "WE" => Tail::Weekend,
                d => Tail::Weekday(d.parse().ok().filter(|d| (1..=7).contains(d))?),
            };
            Cal::Week(two(week).ok()?, tail)
        }
        (4, md) => match md.split_once('-') {
            Some((m, d)) => match (two(m).ok()?, two(d).ok()?) {
                (Some(m), Some(d)) => Cal::Day(Some((m, d))),
                (None, None) => Cal::Day(None),
                _ => return None,
            },
            None => Cal::Month(two(md).ok()?),
        },
        _ => return None,
    };
    // A time of day needs a day (or a weekday) to fall on.
    let on_a_day = matches!(date, Cal::Day(_) | Cal::Week(_, Tail::Weekday(_)));
    (time.is_none() || on_a_day).then_some(Parsed { year, date, time })
}

/// The day of ISO week `w` of `year` that a value means (its Monday, its Saturday for a
/// weekend, its weekday), and whether that is a day rather than the start of a week.
pub(super) fn week_day(year: i16, w: i8, tail: Tail) -> Option<(Date, bool)> {
    let (day, one) = match tail {
        Tail::None => (Weekday::Monday, false),
        Tail::Weekend => (Weekday::Saturday, false),
        Tail::Weekday(d) => (Weekday::from_monday_one_offset(d).ok()?, true),
    };
    let d = ISOWeekDate::new(year, w, day).ok()?.date();
    Some((d, one))
}
