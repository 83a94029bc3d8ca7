//! The Quotes view (every quotation grouped by speaker) and the speaker picker of `f`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use super::fit;
use crate::tui::app::App;

fn frame(app: &App, title: String, area: Rect, buf: &mut Buffer) -> Rect {
    Clear.render(area, buf);
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(app.theme.heading())
        .title(Span::styled(title, app.theme.heading()));
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}

/// All quotations, grouped by speaker.
pub struct QuotesView<'a> {
    app: &'a App,
    cursor: usize,
}

impl<'a> QuotesView<'a> {
    /// The quotations of `app`, with `cursor` on one of them.
    pub fn new(app: &'a App, cursor: usize) -> Self {
        Self { app, cursor }
    }
}

impl Widget for &QuotesView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let story = &app.story;
        let title = match app.speaker_filter {
            Some(p) => format!(
                " Quotations of {} — Enter: go, f: speaker, Esc: close ",
                story.people[p].name
            ),
            None => " Quotations by speaker — Enter: go, f: speaker, Esc: close ".to_string(),
        };
        let inner = frame(app, title, area, buf);
        // Rows: a heading per speaker, then its quotations.
        let mut rows: Vec<(Line<'static>, Option<usize>)> = Vec::new();
        let mut last = None;
        for (k, (speaker, q)) in app.quote_list().into_iter().enumerate() {
            if last != Some(speaker) {
                let name =
                    speaker.map_or("Unattributed".to_string(), |s| story.people[s].name.clone());
                let style = speaker.map_or(app.theme.dim(), |s| app.theme.speaker(app.colour(s)));
                rows.push((Line::from(Span::styled(name, style)), None));
                last = Some(speaker);
            }
            let text = story.text()[story.quotes[q].span]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let line = Line::from(vec![
                Span::raw("  "),
                Span::raw(fit(&text, usize::from(inner.width).saturating_sub(3))),
            ]);
            rows.push((line, Some(k)));
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

/// The speaker picker: type to narrow, Enter to filter.
pub struct FilterView<'a> {
    app: &'a App,
    input: &'a str,
    cursor: usize,
}

impl<'a> FilterView<'a> {
    /// The people of `app` matching `input`, with `cursor` on one.
    pub fn new(app: &'a App, input: &'a str, cursor: usize) -> Self {
        Self { app, input, cursor }
    }
}

impl Widget for &FilterView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let inner = frame(
            app,
            " Filter by speaker — type to narrow, Enter, Esc ".to_string(),
            area,
            buf,
        );
        let prompt = Line::from(vec![
            Span::styled("> ", app.theme.heading()),
            Span::raw(fit(self.input, 40)),
            Span::raw("▏"),
        ]);
        buf.set_line(inner.x, inner.y, &prompt, inner.width);
        let matches = app.filter_matches(self.input);
        let height = usize::from(inner.height.saturating_sub(1));
        let offset = (self.cursor + 1).saturating_sub(height);
        for (y, (k, &p)) in matches
            .iter()
            .enumerate()
            .skip(offset)
            .take(height)
            .enumerate()
        {
            let count = app.story.quote_count(p);
            let mut line = Line::from(vec![
                Span::styled(
                    fit(
                        &app.story.people[p].name,
                        usize::from(inner.width).saturating_sub(8),
                    ),
                    app.theme.speaker(app.colour(p)),
                ),
                Span::styled(format!("  {count}"), app.theme.dim()),
            ]);
            if k == self.cursor {
                line = line.style(app.theme.selection());
            }
            buf.set_line(inner.x, inner.y + 1 + y as u16, &line, inner.width);
        }
    }
}
