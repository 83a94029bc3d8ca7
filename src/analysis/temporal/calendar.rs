//! Calendar helpers over jiff: TIMEX3 formatting of dates, weeks and quarters, shifting by
//! a unit, the year of a month given without one, and the first day a value stands for.

use jiff::civil::Date;
use jiff::ToSpan;

use super::lexicon::Unit;

pub fn quarter_of(d: Date) -> String {
    format!("{:04}-Q{}", d.year(), (d.month() - 1) / 3 + 1)
}

pub fn day(d: Date) -> String {
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

pub fn week(d: Date) -> String {
    let w = d.iso_week_date();
    format!("{:04}-W{:02}", w.year(), w.week())
}

pub fn shift(d: Date, unit: Unit, n: i64) -> Option<Date> {
    let span = match unit {
        Unit::Minute | Unit::Hour => return Some(d),
        Unit::Day => n.days(),
        Unit::Week | Unit::Weekend => n.weeks(),
        Unit::Month => n.months(),
        Unit::Quarter => (3 * n).months(),
        Unit::Year => n.years(),
        Unit::Decade => (10 * n).years(),
        Unit::Century => (100 * n).years(),
    };
    d.checked_add(span).ok()
}

/// A TIMEX3 duration: `n` units (an unknown number when `None`), and a half more with
/// `half` ("2 1/2 years" is P2Y6M).
pub fn duration(n: Option<i64>, unit: Unit, half: bool) -> String {
    let count = n.map_or("X".to_string(), |n| n.to_string());
    let v = match (n, unit) {
        (_, Unit::Hour | Unit::Minute) => format!("PT{count}{}", unit.letter()),
        // Decades and centuries are written in years: "two decades" is P20Y.
        (Some(n), Unit::Decade) => return format!("P{}Y", 10 * n + if half { 5 } else { 0 }),
        (Some(n), Unit::Century) => return format!("P{}Y", 100 * n + if half { 50 } else { 0 }),
        (_, u) => format!("P{count}{}", u.letter()),
    };
    let rest = match unit {
        _ if !half || n.is_none() => "",
        Unit::Year => "6M",
        Unit::Month => "15D",
        Unit::Day => "T12H",
        Unit::Hour => "30M",
        Unit::Minute => "30S",
        _ => "",
    };
    v + rest
}

/// A date at the grain of `unit`.
pub fn at_grain(d: Date, unit: Unit) -> String {
    match unit {
        Unit::Minute | Unit::Hour | Unit::Day => day(d),
        Unit::Week | Unit::Weekend => week(d),
        Unit::Month => format!("{:04}-{:02}", d.year(), d.month()),
        Unit::Quarter => format!("{:04}-Q{}", d.year(), (d.month() - 1) / 3 + 1),
        Unit::Year => year_value(d.year()),
        Unit::Decade => format!("{:03}", d.year() / 10),
        Unit::Century => format!("{:02}", d.year() / 100),
    }
}

/// The year of month `m` (and day `d`) given without one: the first occurrence on or after
/// the document date when the words around speak of the future, the last on or before it
/// when they speak of the past, and the nearest when they do not tell (a day ahead counting
/// as two behind).
pub fn nearest_year(dct: Date, m: i8, d: Option<i8>, tense: Option<bool>) -> Option<Date> {
    // A month alone lies ahead from the first of the document's month ("the end of
    // November", written on November 2).
    let from = if d.is_none() {
        dct.first_of_month()
    } else {
        dct
    };
    nearest(dct, from, tense, |y| Date::new(y, m, d.unwrap_or(1)).ok())
}

/// The date of a yearly holiday in `year` ("thanksgiving" is the fourth Thursday of
/// November).
pub fn holiday(name: &str, year: i16) -> Option<Date> {
    let nth = |month: i8, n: i8, weekday: jiff::civil::Weekday| {
        Date::new(year, month, 1)
            .ok()?
            .nth_weekday_of_month(n, weekday)
            .ok()
    };
    use jiff::civil::Weekday::*;
    match name {
        "thanksgiving" => nth(11, 4, Thursday),
        "labor" => nth(9, 1, Monday),
        "memorial" => nth(5, -1, Monday),
        "christmas" => Date::new(year, 12, 25).ok(),
        "christmas-eve" => Date::new(year, 12, 24).ok(),
        "new-year" => Date::new(year, 1, 1).ok(),
        "new-year-eve" => Date::new(year, 12, 31).ok(),
        "independence" => Date::new(year, 7, 4).ok(),
        "veterans" => Date::new(year, 11, 11).ok(),
        "halloween" => Date::new(year, 10, 31).ok(),
        "valentine" => Date::new(year, 2, 14).ok(),
        _ => None,
    }
}

/// Of the dates `at(year)` for the years around the document's, the one the tense points
/// to: the first on or after `from` for the future, the last on or before the document
/// date for the past, else the nearest (a day ahead counting as two behind).
pub fn nearest(
    dct: Date,
    from: Date,
    tense: Option<bool>,
    at: impl Fn(i16) -> Option<Date>,
) -> Option<Date> {
    let mut candidates = [dct.year() - 1, dct.year(), dct.year() + 1]
        .into_iter()
        .filter_map(at);
    match tense {
        Some(true) => candidates.find(|c| *c >= from),
        Some(false) => candidates.rfind(|c| *c <= dct),
        // News looks back more often than ahead: a day ahead counts as two behind.
        None => candidates.min_by_key(|c| {
            let days = c.since(dct).map_or(i32::MAX, |s| s.get_days());
            (
                if days > 0 {
                    days.saturating_mul(2)
                } else {
                    -days
                },
                *c > dct,
            )
        }),
    }
}

/// The first day a TIMEX3 date value stands for, for ordering events ("2018-W23" is the
/// Monday of that week). `guess_year` fills in an unknown year ("XXXX-05-30").
pub fn date_of_value(value: &str, guess_year: Option<i16>) -> Option<Date> {
    let (y, rest) = value.split_at(value.len().min(4));
    let year: i16 = match y.parse() {
        Ok(y) => y,
        Err(_) if y == "XXXX" => guess_year?,
        Err(_) => return None,
    };
    let rest = rest.strip_prefix('-').unwrap_or(rest);
    if rest.is_empty() {
        return Date::new(year, 1, 1).ok();
    }
    if let Some(w) = rest.strip_prefix('W') {
        let week: i8 = w.get(..2)?.parse().ok()?;
        return jiff::civil::ISOWeekDate::new(year, week, jiff::civil::Weekday::Monday)
            .ok()
            .map(|d| d.date());
    }
    if let Some(q) = rest.strip_prefix('Q') {
        let q: i8 = q.parse().ok()?;
        return Date::new(year, (q - 1) * 3 + 1, 1).ok();
    }
    let month: i8 = rest.get(..2)?.parse().ok()?;
    let day: i8 = rest.get(3..5).and_then(|d| d.parse().ok()).unwrap_or(1);
    Date::new(year, month, day).ok()
}

/// A year as TIMEX3 writes it: "1968", and "BC0241" for 241 BC (years before the common
/// era are kept as negative numbers).
pub fn year_value(year: i16) -> String {
    if year < 0 {
        format!("BC{:04}", -i32::from(year))
    } else {
        format!("{year:04}")
    }
}
