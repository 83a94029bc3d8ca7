//! The timeline: events on a time axis, grouped by year, month or day as the story needs,
//! from what is known of their times only ("year not given", "no date given").

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::common::overlay_frame;
use super::sidebar::{label_width, when_label};
use super::{fit, pad};
use crate::analysis::temporal::{Known, MONTHS};
use crate::tui::action::Action;
use crate::tui::app::App;

/// The timeline overlay.
pub struct TimelineView<'a> {
    app: &'a App,
    cursor: usize,
}

impl<'a> TimelineView<'a> {
    /// The events of `app` in timeline order, with `cursor` on one.
    pub fn new(app: &'a App, cursor: usize) -> Self {
        Self { app, cursor }
    }
}

/// How finely the timeline is grouped: by year when the story spans years, by month
/// when it stays within one year, by day when it stays within one month and every time is a
/// day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Grain {
    Year,
    Month,
    Day,
}

/// The grain for times of which `known` is known: only dates with their year count.
fn grain(known: &[Known]) -> Grain {
    let distinct = |month: bool| {
        let mut keys: Vec<(i16, Option<i8>)> = known
            .iter()
            .filter_map(|k| match *k {
                Known::Date { year, month: m, .. } => Some((year, m.filter(|_| month))),
                Known::Era(first) => Some((first, None)),
                _ => None,
            })
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys.len()
    };
    // A day's heading only when every dated time is a day: a week or a month goes with
    // the days of its month.
    let all_days = known.iter().all(|k| match k {
        Known::Date { day, .. } => day.is_some(),
        _ => true,
    });
    if distinct(false) > 1 {
        Grain::Year
    } else if distinct(true) > 1 || !all_days {
        Grain::Month
    } else {
        Grain::Day
    }
}

/// The group of a time at `grain`, from what is known of it only: "2018", "May 2018",
/// "May 30, 2018", "the 1980s", "year not given" or "no date given".
fn group(known: Known, grain: Grain) -> String {
    let (year, month, day) = match known {
        Known::Date { year, month, day } => (year, month, day),
        Known::Era(first) => return format!("the {first}s"),
        Known::YearNotGiven => return "year not given".to_string(),
        Known::Unanchored | Known::NotADate => return "no date given".to_string(),
    };
    let month = month.and_then(|m| MONTHS.get(usize::try_from(m).ok()?.checked_sub(1)?));
    match (grain, month, day) {
        (Grain::Year, _, _) | (_, None, _) => format!("{year}"),
        (Grain::Month, Some(m), _) | (Grain::Day, Some(m), None) => format!("{m} {year}"),
        (Grain::Day, Some(m), Some(d)) => format!("{m} {d}, {year}"),
    }
}

impl Widget for &TimelineView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let hints = [
            (Action::Select, "go to the event"),
            (Action::Escape, "close"),
        ];
        let inner = overlay_frame(app, "Timeline", &hints, area, buf);
        let mut rows: Vec<(Line<'static>, Option<usize>)> = Vec::new();
        let mut last_group = None;
        // The timeline comes grouped by what is known (`Story::grouped_timeline`): dated
        // events, then those whose year is not given, then those with no date; each sits
        // under a heading made of what is known of it, never of a neighbour's date.
        let labels: Vec<String> = app.timeline.iter().map(|&e| when_label(app, e)).collect();
        let known: Vec<Known> = app
            .timeline
            .iter()
            .map(|&e| app.story.when_known(e))
            .collect();
        let grain = grain(&known);
        let width = usize::from(inner.width);
        let label_w = label_width(labels.iter().map(String::as_str), width / 3).max(4);
        for (k, label) in labels.iter().enumerate() {
            let e = app.timeline[k];
            let g = group(known[k], grain);
            if last_group.as_ref() != Some(&g) {
                rows.push((
                    Line::from(Span::styled(format!("━━ {g}"), app.theme.heading())),
                    None,
                ));
                last_group = Some(g);
            }
            let summary = fit(
                &app.story.events[e].summary,
                width.saturating_sub(label_w + 6),
            );
            let rail = if known[k].rank() == 0 {
                "  ┃ "
            } else {
                "  ┆ "
            };
            let line = Line::from(vec![
                Span::raw(rail),
                Span::styled(pad(&fit(label, label_w), label_w + 2), app.theme.heading()),
                Span::raw(summary),
            ]);
            rows.push((line, Some(k)));
        }
        if rows.is_empty() {
            rows.push((
                Line::from(Span::styled("  no dated events", app.theme.dim())),
                None,
            ));
        }
        let cursor_row = rows
            .iter()
            .position(|(_, k)| *k == Some(self.cursor))
            .unwrap_or(0);
        let height = usize::from(inner.height);
        let offset = crate::tui::scroll::follow(cursor_row, cursor_row, height);
        for (y, (line, k)) in rows.into_iter().skip(offset).take(height).enumerate() {
            let line = if k == Some(self.cursor) {
                line.style(app.theme.selection())
            } else {
                line
            };
            buf.set_line(inner.x, inner.y + y as u16, &line, inner.width);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::{grain, group, Grain};
    use crate::analysis::model::TimeType;
    use crate::analysis::temporal::{known, Known};

    fn of(values: &[&str]) -> Vec<Known> {
        values.iter().map(|v| known(v, TimeType::Date)).collect()
    }

    #[test]
    fn grouping_follows_the_span_of_the_story() {
        assert_eq!(grain(&of(&["2017", "2018-05-30"])), Grain::Year);
        assert_eq!(grain(&of(&["2018-05-30", "2018-06-06"])), Grain::Month);
        assert_eq!(grain(&of(&["2018-05-30", "2018-05-31"])), Grain::Day);
        assert_eq!(grain(&of(&["2018-W23", "2018-06-11"])), Grain::Month);
        // Values without a year do not make the story span years.
        assert_eq!(
            grain(&of(&["2018-05-30", "XXXX-06-06", "XXXX-WXX", "PAST_REF"])),
            Grain::Day
        );
        let g = |v: &str, grain| group(known(v, TimeType::Date), grain);
        assert_eq!(g("2018-06-06", Grain::Month), "June 2018");
        assert_eq!(g("2018-05-31", Grain::Day), "May 31, 2018");
        assert_eq!(g("2018-05-31", Grain::Year), "2018");
        assert_eq!(g("2018", Grain::Day), "2018");
        assert_eq!(g("2018-W23", Grain::Month), "June 2018");
        assert_eq!(g("198", Grain::Year), "the 1980s");
        assert_eq!(g("XXXX-05-30", Grain::Year), "year not given");
        assert_eq!(g("XXXX-WXX-5", Grain::Day), "year not given");
        assert_eq!(g("XXXX-WXX", Grain::Year), "no date given");
        assert_eq!(g("PAST_REF", Grain::Year), "no date given");
        assert_eq!(
            group(known("P7M", TimeType::Duration), Grain::Year),
            "no date given"
        );
    }
}
