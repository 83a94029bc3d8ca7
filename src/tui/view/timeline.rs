//! The timeline: events on a time axis, grouped by year, month or day as the story needs.

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

/// The group an event's time belongs to: its year ("2018"), or "undated".
fn group(label: &str) -> String {
    let year: String = label.chars().take(4).collect();
    if year.len() == 4 && year.chars().all(|c| c.is_ascii_digit()) {
        year
    } else {
        "undated / relative".to_string()
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
        for (k, &e) in app.timeline.iter().enumerate() {
            let label = when_label(app, e);
            let g = group(&label);
            if last_group.as_ref() != Some(&g) {
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
                Span::raw("  ┃ "),
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
