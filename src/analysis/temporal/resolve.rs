//! Giving expressions TIMEX3 values: deictic ones against the document date, anaphoric ones
//! against the latest date the story has reached. Calendar arithmetic is jiff's.

use jiff::civil::Date;
use jiff::ToSpan;

use super::calendar::{at_grain, day, nearest_year, quarter_of, shift, week};
use super::lexicon::Unit;
use super::scan::{Expr, Found, Rel};
use crate::analysis::document::Document;
use crate::analysis::model::{TimeExpr, TimeType};

/// How precise a resolved date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Grain {
    Day,
    Month,
    Quarter,
    Year,
}

fn quarter_start(year: i64, q: i64) -> Option<(Date, Grain)> {
    let y = i16::try_from(year).ok()?;
    let m = i8::try_from((q - 1) * 3 + 1).ok()?;
    Date::new(y, m, 1).ok().map(|d| (d, Grain::Quarter))
}

/// The last quarter ended before `dct`, as (year, quarter).
fn latest_quarter(dct: Date) -> (i64, i64) {
    let (y, cur) = (i64::from(dct.year()), i64::from((dct.month() - 1) / 3 + 1));
    if cur == 1 {
        (y - 1, 4)
    } else {
        (y, cur - 1)
    }
}

/// Values for every expression found, in order.
pub fn resolve(_doc: &Document, found: Vec<Found>, dct: Option<Date>) -> Vec<TimeExpr> {
    let mut anchor: Option<(Date, Grain)> = dct.map(|d| (d, Grain::Day));
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        let (mut kind, mut value, new_anchor) = value(f, dct, anchor);
        // "noon Thursday": the day at that time.
        if let (Some((h, m)), Some(v)) = (f.clock, value.as_mut()) {
            if v.len() == 10 {
                v.push_str(&format!("T{h:02}:{m:02}"));
                kind = TimeType::Time;
            }
        }
        if let Some(a) = new_anchor {
            anchor = Some(a);
        }
        out.push(TimeExpr {
            span: f.span,
            kind,
            value,
        });
    }
    out
}

type Resolved = (TimeType, Option<String>, Option<(Date, Grain)>);

fn value(f: Found, dct: Option<Date>, anchor: Option<(Date, Grain)>) -> Resolved {
    use TimeType::*;
    match f.expr {
        Expr::Date {
            year: Some(y),
            month: Some(m),
            day: Some(d),
        } => match jiff::civil::Date::new(y, m, d) {
            Ok(date) => (Date, Some(day(date)), Some((date, Grain::Day))),
            Err(_) => (Date, None, None),
        },
        Expr::Date {
            year: None,
            month: Some(m),
            day: Some(d),
        } => match dct.and_then(|c| nearest_year(c, m, d, f.tense)) {
            Some(date) => (Date, Some(day(date)), Some((date, Grain::Day))),
            None => {
                let anchor = jiff::civil::Date::new(2000, m, d)
                    .ok()
                    .map(|x| (x, Grain::Day));
                (
                    Date,
                    Some(format!("XXXX-{m:02}-{d:02}")),
                    anchor.filter(|_| dct.is_none()),
                )
            }
        },
        Expr::Date {
            year: Some(y),
            month: Some(m),
            day: None,
        } => (
            Date,
            Some(format!("{y:04}-{m:02}")),
            jiff::civil::Date::new(y, m, 1)
                .ok()
                .map(|d| (d, Grain::Month)),
        ),
        Expr::Date {
            year: None,
            month: Some(m),
            ..
        } => match dct.and_then(|c| nearest_year(c, m, 1, f.tense)) {
            Some(date) => (
                Date,
                Some(format!("{:04}-{m:02}", date.year())),
                Some((date, Grain::Month)),
            ),
            None => (Date, Some(format!("XXXX-{m:02}")), None),
        },
        Expr::Date { year: Some(y), .. } => (
            Date,
            Some(format!("{y:04}")),
            jiff::civil::Date::new(y, 1, 1)
                .ok()
                .map(|d| (d, Grain::Year)),
        ),
        Expr::Date { .. } => (Date, None, None),
        Expr::Decade(d) => (Date, Some(format!("{d:03}")), None),
        Expr::Weekday { day: wd, rel, part } => {
            let Some(c) = dct else {
                return (Date, Some(format!("XXXX-WXX-{}", wd + 1)), None);
            };
            let today = i64::from(c.weekday().to_monday_zero_offset());
            let wd = i64::from(wd);
            let back = (today - wd).rem_euclid(7);
            let ahead = (wd - today).rem_euclid(7);
            let offset = match rel {
                Rel::Before => -(if back == 0 { 7 } else { back }),
                Rel::After => {
                    if ahead == 0 {
                        7
                    } else {
                        ahead
                    }
                }
                Rel::This if f.tense == Some(true) => ahead,
                Rel::This => -back,
            };
            match c.checked_add(offset.days()) {
                Ok(d) => match part {
                    Some(p) => (Time, Some(format!("{}T{p}", day(d))), Some((d, Grain::Day))),
                    None => (Date, Some(day(d)), Some((d, Grain::Day))),
                },
                Err(_) => (Date, None, None),
            }
        }
        Expr::Deictic {
            unit: Unit::Weekend,
            offset,
        } => match dct {
            Some(c) => {
                // The weekend meant is the latest one, or the coming one in the future.
                let sat = i64::from(c.weekday().to_monday_zero_offset()) - 5;
                let base = if f.tense == Some(true) {
                    (-sat).rem_euclid(7)
                } else {
                    -(sat.rem_euclid(7))
                };
                match c.checked_add((base + 7 * offset).days()) {
                    Ok(d) => (Date, Some(format!("{}-WE", week(d))), None),
                    Err(_) => (Date, None, None),
                }
            }
            None => (Date, Some("XXXX-WXX-WE".to_string()), None),
        },
        Expr::Deictic { unit, offset } => match dct.and_then(|c| shift(c, unit, offset)) {
            Some(d) => (
                Date,
                Some(at_grain(d, unit)),
                (unit == Unit::Day).then_some((d, Grain::Day)),
            ),
            // No document date: as much as the expression tells ("last week" is a week).
            None if dct.is_none() => {
                let unknown = match unit {
                    Unit::Minute | Unit::Hour | Unit::Day => "XXXX-XX-XX",
                    Unit::Week => "XXXX-WXX",
                    Unit::Weekend => "XXXX-WXX-WE",
                    Unit::Month => "XXXX-XX",
                    Unit::Quarter => "XXXX-QX",
                    Unit::Year => "XXXX",
                    Unit::Decade => "XXX",
                    Unit::Century => "XX",
                };
                (Date, Some(unknown.to_string()), None)
            }
            None => (Date, None, None),
        },
        // "a year ago" in a report on a quarter: that quarter a year before.
        Expr::Ago {
            n,
            unit: Unit::Year,
        } if anchor.is_some_and(|(a, g)| {
            g == Grain::Quarter && dct.is_some_and(|c| a <= c && a.year() + 1 >= c.year())
        }) =>
        {
            match anchor.and_then(|(a, _)| shift(a, Unit::Year, -n)) {
                Some(d) => (Date, Some(quarter_of(d)), None),
                None => (Date, None, None),
            }
        }
        Expr::Ago { n, unit } => match dct.and_then(|c| shift(c, unit, -n)) {
            Some(d) => (Date, Some(at_grain(d, unit)), None),
            None => (Date, Some("PAST_REF".to_string()), None),
        },
        Expr::Anaphoric { n, unit } => {
            let Some((a, grain)) = anchor else {
                return (Date, None, None);
            };
            match shift(a, unit, n) {
                Some(d) => {
                    let unknown_year = dct.is_none() && a.year() == 2000;
                    let text = match (grain, unit) {
                        (Grain::Day, Unit::Day | Unit::Week) => day(d),
                        // "a year earlier" than a quarter is that quarter a year before.
                        (Grain::Quarter, Unit::Year | Unit::Quarter) => quarter_of(d),
                        (Grain::Year, _) | (_, Unit::Year) => format!("{:04}", d.year()),
                        _ => at_grain(d, unit),
                    };
                    let text = if unknown_year {
                        format!("XXXX{}", &text[4.min(text.len())..])
                    } else {
                        text
                    };
                    // A comparison with the quarter a year before does not move the story.
                    // Nor does a comparison with the year before.
                    let moved = (grain == Grain::Day || grain == Grain::Month || n > 0)
                        && grain != Grain::Quarter;
                    let moved = moved.then_some((d, grain));
                    (Date, Some(text), moved)
                }
                None => (Date, None, None),
            }
        }
        Expr::Quarter { q, year, offset } => {
            let current = dct.map(|c| i64::from((c.month() - 1) / 3 + 1));
            let year = year.map(i64::from).or_else(|| {
                let c = dct?;
                let y = i64::from(c.year());
                Some(match (offset, current) {
                    (Some(o), _) => y + o,
                    // The latest such quarter: this year's if it has begun (or is ahead
                    // and spoken of in the future), else last year's.
                    (None, Some(cur)) if q <= cur || f.tense == Some(true) => y,
                    (None, _) => y - 1,
                })
            });
            match year {
                Some(y) => (Date, Some(format!("{y:04}-Q{q}")), quarter_start(y, q)),
                None => (Date, Some(format!("XXXX-Q{q}")), None),
            }
        }
        // "the year-ago results" after "the nine months": that longer period a year before.
        Expr::LatestQuarter { years: -1 } if anchor.is_some_and(|(_, g)| g == Grain::Year) => {
            match anchor.and_then(|(a, _)| shift(a, Unit::Year, -1)) {
                Some(d) => (Date, Some(format!("{:04}", d.year())), None),
                None => (Date, None, None),
            }
        }
        // "the 1988 period" in a report on a quarter: the reported quarter of that year.
        Expr::PeriodOf(y) => match (anchor, dct) {
            (Some((_, Grain::Quarter)), Some(c)) => {
                let latest = latest_quarter(c);
                (Date, Some(format!("{y:04}-Q{}", latest.1)), None)
            }
            _ => (Date, Some(format!("{y:04}")), None),
        },
        Expr::LatestQuarter { years } => match dct {
            Some(c) => {
                // The quarter reported on is the last one ended; `years` 1 means the current
                // one ("the current quarter").
                let (q, yr) = if years == 1 {
                    (i64::from((c.month() - 1) / 3 + 1), i64::from(c.year()))
                } else {
                    let (y, q) = latest_quarter(c);
                    (q, y + years)
                };
                // The same quarter a year before is compared with, not moved to.
                let moved = quarter_start(yr, q).filter(|_| years >= 0);
                (Date, Some(format!("{yr:04}-Q{q}")), moved)
            }
            None => (Date, Some("XXXX-QX".to_string()), None),
        },
        Expr::MonthOf {
            month,
            years,
            latest,
        } => match dct {
            Some(c) => {
                let y = if latest && month < c.month() {
                    i64::from(c.year())
                } else {
                    i64::from(c.year()) + years
                };
                (
                    Date,
                    Some(format!("{y:04}-{month:02}")),
                    i16::try_from(y)
                        .ok()
                        .and_then(|y| jiff::civil::Date::new(y, month, 1).ok())
                        .map(|d| (d, Grain::Month)),
                )
            }
            None => (Date, Some(format!("XXXX-{month:02}")), None),
        },
        Expr::Season { season, rel } => match dct {
            Some(c) => {
                let start = match season {
                    "SP" => 3,
                    "SU" => 6,
                    "FA" => 9,
                    _ => 12,
                };
                let y = i64::from(c.year());
                let y = match rel {
                    Rel::This => y,
                    Rel::After => {
                        if start > c.month() {
                            y
                        } else {
                            y + 1
                        }
                    }
                    Rel::Before => {
                        if start + 3 <= c.month() {
                            y
                        } else {
                            y - 1
                        }
                    }
                };
                (Date, Some(format!("{y:04}-{season}")), None)
            }
            None => (Date, Some(format!("XXXX-{season}")), None),
        },
        Expr::EachWeekday { day, part } => (
            Set,
            Some(format!(
                "XXXX-WXX-{}{}",
                day + 1,
                part.map(|p| format!("T{p}")).unwrap_or_default()
            )),
            None,
        ),
        Expr::EachMonth(m) => (Set, Some(format!("XXXX-{m:02}")), None),
        Expr::Reference(r) => (Date, Some(r.to_string()), None),
        Expr::Duration { n, unit } => {
            let v = match (n, unit) {
                (_, Unit::Hour | Unit::Minute) => format!(
                    "PT{}{}",
                    n.map_or("X".to_string(), |n| n.to_string()),
                    unit.letter()
                ),
                // Decades and centuries are written in years: "two decades" is P20Y.
                (Some(n), Unit::Decade) => format!("P{}Y", 10 * n),
                (Some(n), Unit::Century) => format!("P{}Y", 100 * n),
                (Some(n), u) => format!("P{n}{}", u.letter()),
                (None, u) => format!("PX{}", u.letter()),
            };
            // "For the nine months, ... a year earlier": the story leaves the quarter for
            // the longer period.
            let longer = matches!((n, unit), (Some(6..), Unit::Month) | (Some(1), Unit::Year));
            let period = anchor
                .filter(|(_, g)| longer && *g == Grain::Quarter)
                .map(|(a, _)| (a, Grain::Year));
            (Duration, Some(v), period)
        }
        Expr::Set(u) => (Set, Some(format!("P1{}", u.letter())), None),
        Expr::PartOfDay(p) => match dct {
            Some(c) => (Time, Some(format!("{}T{p}", day(c))), None),
            None => (Time, Some(format!("XXXX-XX-XXT{p}")), None),
        },
        // A clock time falls on the day the story is at (the document's, unless a day has
        // been named since).
        Expr::Clock { hour, minute } => match anchor
            .filter(|(_, g)| *g == Grain::Day)
            .map(|a| a.0)
            .or(dct)
        {
            Some(c) => (
                Time,
                Some(format!("{}T{hour:02}:{minute:02}", day(c))),
                None,
            ),
            None => (
                Time,
                Some(format!("XXXX-XX-XXT{hour:02}:{minute:02}")),
                None,
            ),
        },
    }
}
