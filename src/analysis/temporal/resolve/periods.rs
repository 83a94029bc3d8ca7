//! Periods a report speaks of: quarters, halves and seasons, months relative to the year,
//! and comparisons with the same period a year before ("a year ago" in an earnings report).

use jiff::civil::Date;

use super::super::calendar::{quarter_of, shift};
use super::super::lexicon::Unit;
use super::super::scan::{Expr, Found, Rel};
use super::{Grain, Resolved};

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

/// The value of a period expression, or `None` when `f` is not one.
pub(super) fn period(
    f: Found,
    dct: Option<Date>,
    anchor: Option<(Date, Grain)>,
) -> Option<Resolved> {
    use crate::analysis::model::TimeType::*;
    Some(match f.expr {
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
        Expr::SeasonAlone(season) => match dct {
            Some(c) => {
                // Ahead: this year's unless it is over; else the latest one begun.
                let start = season_start(season);
                let y = i64::from(c.year())
                    + if f.tense == Some(true) {
                        i64::from(start + 3 <= c.month())
                    } else {
                        -i64::from(start > c.month())
                    };
                (Date, Some(format!("{y:04}-{season}")), None)
            }
            None => (Date, Some(format!("XXXX-{season}")), None),
        },
        Expr::Season { season, rel } => match dct {
            Some(c) => {
                let start = season_start(season);
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
        _ => return None,
    })
}

/// The month a season starts in ("SU": June).
fn season_start(season: &str) -> i8 {
    match season {
        "SP" => 3,
        "SU" => 6,
        "FA" => 9,
        _ => 12,
    }
}
