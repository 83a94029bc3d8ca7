//! Giving expressions TIMEX3 values: deictic ones against the document date, anaphoric ones
//! against the latest date the story has reached. Calendar arithmetic is jiff's.

use jiff::civil::Date;
use jiff::ToSpan;

use super::calendar::{
    at_grain, day, duration, holiday, nearest, nearest_year, quarter_of, shift, week,
};
use super::lexicon::Unit;
use super::scan::{Expr, Found, Rel};
use crate::analysis::document::Document;
use crate::analysis::model::{TimeExpr, TimeType};

mod narrative;
use narrative::{in_year, is_narrative};
mod periods;

/// How precise a resolved date is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Grain {
    Day,
    Month,
    Quarter,
    Year,
}

/// Values for every expression found, in order.
pub fn resolve(_doc: &Document, found: Vec<Found>, dct: Option<Date>) -> Vec<TimeExpr> {
    let mut anchor: Option<(Date, Grain)> = dct.map(|d| (d, Grain::Day));
    let narrative = is_narrative(&found, dct);
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        // A story that tells the past: a month (and day) without a year is in the year the
        // narrative is at (its latest full date or year), not the document's.
        let told = match (narrative, f.expr, anchor) {
            (
                true,
                Expr::Date {
                    year: None,
                    month: Some(m),
                    day,
                },
                Some((a, _)),
            ) => in_year(a.year(), m, day),
            _ => None,
        };
        let (mut kind, mut value, new_anchor) = told.unwrap_or_else(|| value(f, dct, anchor));
        // "noon Thursday": the day at that time.
        if let (Some((h, m)), Some(v)) = (f.clock, value.as_mut()) {
            if v.len() == 10 {
                v.push_str(&format!("T{h:02}:{m:02}"));
                kind = TimeType::Time;
            }
        }
        // In a narrative, a time told from the day of writing ("this day", "yesterday")
        // does not take the story to the present: the anchor stays where the story is.
        let from_today = matches!(
            f.expr,
            Expr::Weekday { .. } | Expr::Deictic { .. } | Expr::Ago { .. } | Expr::DayPart { .. }
        );
        if let Some(a) = new_anchor.filter(|_| !(narrative && from_today)) {
            anchor = Some(a);
        }
        let label = value.as_deref().and_then(|v| super::label(v, kind, dct));
        out.push(TimeExpr {
            span: f.span,
            kind,
            value,
            label,
        });
    }
    out
}

/// True when `unit` is finer than the anchor is known to: a day, after a month or a year.
fn finer(unit: Unit, grain: Grain) -> bool {
    let unit_rank = match unit {
        Unit::Minute | Unit::Hour => 0,
        Unit::Day => 1,
        Unit::Week | Unit::Weekend => 2,
        Unit::Month => 3,
        Unit::Quarter => 4,
        Unit::Year | Unit::Decade | Unit::Century => 5,
    };
    let grain_rank = match grain {
        Grain::Day => 1,
        Grain::Month => 3,
        Grain::Quarter => 4,
        Grain::Year => 5,
    };
    grain != Grain::Day && unit_rank < grain_rank
}

/// The anchor's date as far as it is known.
fn at(a: jiff::civil::Date, grain: Grain) -> String {
    match grain {
        Grain::Day => day(a),
        Grain::Month => format!("{:04}-{:02}", a.year(), a.month()),
        Grain::Quarter => quarter_of(a),
        Grain::Year => super::calendar::year_value(a.year()),
    }
}

pub(super) type Resolved = (TimeType, Option<String>, Option<(Date, Grain)>);

fn value(f: Found, dct: Option<Date>, anchor: Option<(Date, Grain)>) -> Resolved {
    use TimeType::*;
    if let Some(resolved) = periods::period(f, dct, anchor) {
        return resolved;
    }
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
        } => match dct.and_then(|c| nearest_year(c, m, Some(d), f.tense)) {
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
        } => match dct.and_then(|c| nearest_year(c, m, None, f.tense)) {
            Some(date) => (
                Date,
                Some(format!("{:04}-{m:02}", date.year())),
                Some((date, Grain::Month)),
            ),
            None => (Date, Some(format!("XXXX-{m:02}")), None),
        },
        Expr::Date { year: Some(y), .. } => (
            Date,
            Some(super::calendar::year_value(y)),
            jiff::civil::Date::new(y, 1, 1)
                .ok()
                .map(|d| (d, Grain::Year)),
        ),
        Expr::Date { .. } => (Date, None, None),
        Expr::Decade(d) => (Date, Some(format!("{d:03}")), None),
        Expr::Century(c) => (Date, Some(format!("{c:02}")), None),
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
        Expr::Ago { n, unit } => match dct.and_then(|c| shift(c, unit, -n)) {
            Some(d) => (Date, Some(at_grain(d, unit)), None),
            None => (Date, Some("PAST_REF".to_string()), None),
        },
        Expr::Adjacent { n, unit } => {
            let Some((a, grain)) = anchor else {
                return (Date, None, None);
            };
            // "The next day" after "1813" is some day of 1813, not January 2.
            if finer(unit, grain) {
                let unknown_year = dct.is_none() && a.year() == 2000;
                return (Date, (!unknown_year).then(|| at(a, grain)), None);
            }
            let Some(d) = shift(a, unit, n) else {
                return (Date, None, None);
            };
            let moved = (unit == Unit::Day).then_some((d, grain));
            // A month and day of an unknown year (anchored in 2000) keep their year unknown.
            let text = match (dct.is_none() && a.year() == 2000, unit) {
                (false, _) => Some(at_grain(d, unit)),
                (true, Unit::Day) => Some(format!("XXXX{}", &day(d)[4..])),
                (true, _) => None,
            };
            (Date, text, moved)
        }
        Expr::Anaphoric { n, unit } => {
            let Some((a, grain)) = anchor else {
                return (Date, None, None);
            };
            match shift(a, unit, n) {
                Some(d) => {
                    let unknown_year = dct.is_none() && a.year() == 2000;
                    let text = match (grain, unit) {
                        // "A week later" than "May 2018" is some day of May (or so).
                        (Grain::Month, _) if finer(unit, grain) => at(a, grain),
                        (Grain::Day, Unit::Day | Unit::Week) => day(d),
                        // "a year earlier" than a quarter is that quarter a year before.
                        (Grain::Quarter, Unit::Year | Unit::Quarter) => quarter_of(d),
                        (Grain::Year, _) | (_, Unit::Year) => super::calendar::year_value(d.year()),
                        _ => at_grain(d, unit),
                    };
                    let text = if unknown_year {
                        format!("XXXX{}", &text[4.min(text.len())..])
                    } else {
                        text
                    };
                    // A comparison with the same quarter (or, after "the nine months", the
                    // same period) a year before does not move the story.
                    let comparison = grain == Grain::Quarter || grain == Grain::Year && n < 0;
                    let moved = (!comparison).then_some((d, grain));
                    (Date, Some(text), moved)
                }
                None => (Date, None, None),
            }
        }
        // Given their values by `periods::period` above.
        Expr::Quarter { .. }
        | Expr::LatestQuarter { .. }
        | Expr::PeriodOf(_)
        | Expr::MonthOf { .. }
        | Expr::Season { .. }
        | Expr::SeasonAlone(_) => (Date, None, None),
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
            let v = duration(n, unit, false);
            // "For the nine months, ... a year earlier": the story leaves the quarter for
            // the longer period.
            let longer = matches!((n, unit), (Some(6..), Unit::Month) | (Some(1), Unit::Year));
            let period = anchor
                .filter(|(_, g)| longer && *g == Grain::Quarter)
                .map(|(a, _)| (a, Grain::Year));
            (Duration, Some(v), period)
        }
        Expr::DurationAndHalf { n, unit } => (Duration, Some(duration(Some(n), unit, true)), None),
        // "every hour" is PT1H: hours and minutes go after the T.
        Expr::Set(u @ (Unit::Hour | Unit::Minute)) => {
            (Set, Some(format!("PT1{}", u.letter())), None)
        }
        Expr::Set(u) => (Set, Some(format!("P1{}", u.letter())), None),
        Expr::DayPart { offset, part } => match dct.and_then(|c| shift(c, Unit::Day, offset)) {
            Some(d) => (
                Time,
                Some(format!("{}T{part}", day(d))),
                Some((d, Grain::Day)),
            ),
            None => (Time, Some(format!("XXXX-XX-XXT{part}")), None),
        },
        Expr::WeekOf {
            year,
            month: m,
            day: d,
        } => {
            let date = match year {
                Some(y) => jiff::civil::Date::new(y, m, d).ok(),
                None => dct.and_then(|c| nearest_year(c, m, Some(d), f.tense)),
            };
            let v = date.map_or("XXXX-WXX".to_string(), week);
            (Date, Some(v), date.map(|d| (d, Grain::Day)))
        }
        Expr::Holiday(name) => {
            let date = dct.and_then(|c| nearest(c, c, f.tense, |y| holiday(name, y)));
            // Without a document date, a holiday on a fixed day keeps its month and day.
            let fixed = !matches!(name, "thanksgiving" | "labor" | "memorial");
            match (date, holiday(name, 2001)) {
                (Some(d), _) => (Date, Some(day(d)), Some((d, Grain::Day))),
                (None, Some(d)) if fixed && dct.is_none() => {
                    (Date, Some(format!("XXXX{}", &day(d)[4..])), None)
                }
                _ => (Date, None, None),
            }
        }
        Expr::SeasonOf { season, year } => (Date, Some(format!("{year:04}-{season}")), None),
        Expr::Half { half, year } => {
            let y = year.map(i64::from).or(dct.map(|c| i64::from(c.year())));
            let y = y.map_or("XXXX".to_string(), |y| format!("{y:04}"));
            (Date, Some(format!("{y}-H{half}")), None)
        }
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
