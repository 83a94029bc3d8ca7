//! The timeline: events on a time axis, grouped by year, month or day as the story needs.

#[cfg(test)]
mod tests {
    use super::{grain, group, Grain};

    #[test]
    fn grouping_follows_the_span_of_the_story() {
        let years = ["2017".to_string(), "2018-05-30".to_string()];
        assert_eq!(grain(&years), Grain::Year);
        let months = ["2018-05-30".to_string(), "2018-06-06".to_string()];
        assert_eq!(grain(&months), Grain::Month);
        assert_eq!(group("2018-06-06", Grain::Month), "June 2018");
        let days = ["2018-05-30".to_string(), "2018-05-31".to_string()];
        assert_eq!(grain(&days), Grain::Day);
        assert_eq!(group("2018-05-31", Grain::Day), "31 May 2018");
        assert_eq!(group("seven months", Grain::Day), "undated / relative");
        assert_eq!(group("XXXX-05-30", Grain::Year), "year not given");
        assert_eq!(group("2018-W23", Grain::Month), "June 2018");
    }
}

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use super::fit;
use super::sidebar::when_label;
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
/// when it stays within one year, by day when it stays within one month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Grain {
    Year,
    Month,
    Day,
}

/// The calendar part of a label ("2018-05-30", "XXXX-05-30"), if it has one.
fn calendar(label: &str) -> Option<&str> {
    let head = label.get(..4)?;
    let calendar = head.chars().all(|c| c.is_ascii_digit()) || head == "XXXX";
    calendar.then_some(label)
}

fn grain(labels: &[String]) -> Grain {
    let distinct = |len: usize| {
        let mut keys: Vec<&str> = labels
            .iter()
            .filter_map(|l| calendar(l))
            .filter(|l| l.len() >= len)
            .map(|l| &l[..len])
            .collect();
        keys.sort_unstable();
        keys.dedup();
        keys.len()
    };
    if distinct(4) > 1 {
        Grain::Year
    } else if distinct(7) > 1 {
        Grain::Month
    } else {
        Grain::Day
    }
}

const MONTHS: [&str; 12] = [
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

/// The group an event's time belongs to at `grain`: "2018", "May 2018", "30 May 2018", or
/// "undated / relative".
fn group(label: &str, grain: Grain) -> String {
    let Some(value) = calendar(label) else {
        return "undated / relative".to_string();
    };
    let year = if value.starts_with("XXXX") {
        "year not given"
    } else {
        &value[..4]
    };
    // A week or a quarter falls in the month of its first day.
    let first_day = (value.contains("-W") || value.contains("-Q"))
        .then(|| crate::analysis::temporal::date_of_value(value, None))
        .flatten();
    let month = match first_day {
        Some(d) => MONTHS.get(usize::try_from(d.month()).unwrap_or(0).wrapping_sub(1)),
        None => value
            .get(5..7)
            .and_then(|m| m.parse::<usize>().ok())
            .and_then(|m| MONTHS.get(m.wrapping_sub(1))),
    };
    let day = value
        .get(8..10)
        .filter(|_| first_day.is_none())
        .and_then(|d| d.parse::<u8>().ok());
    match (grain, month, day) {
        (Grain::Year, _, _) | (_, None, _) => year.to_string(),
        (Grain::Month, Some(m), _) | (Grain::Day, Some(m), None) => format!("{m} {year}"),
        (Grain::Day, Some(m), Some(d)) => format!("{d} {m} {year}"),
    }
}

impl Widget for &TimelineView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        Clear.render(area, buf);
        let block = Block::new()
            .borders(Borders::ALL)
            .border_style(app.theme.heading())
            .title(Span::styled(
                " Timeline — Enter: go to the event, Esc: close ",
                app.theme.heading(),
            ));
        let inner = block.inner(area);
        block.render(area, buf);
        let mut rows: Vec<(Line<'static>, Option<usize>)> = Vec::new();
        let mut last_group = None;
        let labels: Vec<String> = app.timeline.iter().map(|&e| when_label(app, e)).collect();
        let grain = grain(&labels);
        for (k, label) in labels.into_iter().enumerate() {
            let e = app.timeline[k];
            // An event without a date keeps its place in the group it sits in, on a dotted
            // rail; only before the first dated one does it need a heading of its own.
            let dated = calendar(&label).is_some();
            let g = group(&label, grain);
            if (dated || last_group.is_none()) && last_group.as_ref() != Some(&g) {
                rows.push((
                    Line::from(Span::styled(format!("━━ {g}"), app.theme.heading())),
                    None,
                ));
                last_group = Some(g);
            }
            let summary = fit(
                &app.story.events[e].summary,
                usize::from(inner.width).saturating_sub(18),
            );
            let line = Line::from(vec![
                Span::raw(if dated { "  ┃ " } else { "  ┆ " }),
                Span::styled(format!("{:<12} ", fit(&label, 12)), app.theme.heading()),
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
        let offset = (cursor_row + 1).saturating_sub(height);
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
