//! Stories that tell the past: when a text is one, and the year a month or day without
//! one is in.

use jiff::civil::Date;

use super::super::scan::{Expr, Found};
use super::{day, Grain, Resolved};
use crate::analysis::model::TimeType;

/// Month `m` (and day `d`) of `year`, with the anchor it sets.
pub(super) fn in_year(year: i16, m: i8, d: Option<i8>) -> Option<Resolved> {
    if year <= 0 {
        // TIMEX3 has no month of a year before the common era: as without a narrative.
        return None;
    }
    match d {
        Some(d) => {
            let date = Date::new(year, m, d).ok()?;
            Some((TimeType::Date, Some(day(date)), Some((date, Grain::Day))))
        }
        None => {
            let date = Date::new(year, m, 1).ok()?;
            Some((
                TimeType::Date,
                Some(format!("{year:04}-{m:02}")),
                Some((date, Grain::Month)),
            ))
        }
    }
}

/// True when the text narrates a time far from its document's date (a history, a
/// profile, an obituary): it names at least three years in full, most of them lie five
/// years or more before the document's year, and they outnumber the times told from the
/// day of writing (Tuesday, yesterday, last week). With no document date, three years or
/// more that are a quarter of its times.
pub(super) fn is_narrative(found: &[Found], dct: Option<Date>) -> bool {
    let years: Vec<i16> = found
        .iter()
        .filter_map(|f| match f.expr {
            Expr::Date { year: Some(y), .. } => Some(y),
            _ => None,
        })
        .collect();
    let Some(dct) = dct else {
        // No document date: years named often enough are the story's own time.
        return years.len() >= 3 && years.len() * 4 >= found.len();
    };
    let far = years.iter().filter(|&&y| dct.year() - y >= 5).count();
    // News names a few years of the past among more times of its own, told from the day
    // it was written (Tuesday, yesterday, last week, two days ago); a narrative names its
    // years more often than that.
    let deictic = found
        .iter()
        .filter(|f| {
            matches!(
                f.expr,
                Expr::Weekday { .. }
                    | Expr::Deictic { .. }
                    | Expr::Ago { .. }
                    | Expr::DayPart { .. }
            )
        })
        .count();
    years.len() >= 3 && far * 5 >= years.len() * 3 && far >= deictic
}
