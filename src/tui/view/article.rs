//! The article: wrapped paragraphs with quotations, terms, search hits and the selected
//! event highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use crate::source::MarkKind;
use crate::tui::app::App;
use crate::tui::safe::display_char;

/// The article pane.
pub struct ArticleView<'a> {
    app: &'a App,
}

impl<'a> ArticleView<'a> {
    /// The article of `app`.
    pub fn new(app: &'a App) -> Self {
        Self { app }
    }

    /// The style of byte `offset` of the text.
    fn style_at(&self, offset: usize) -> Style {
        let app = self.app;
        let story = &app.story;
        let theme = &app.theme;
        let mut style = self.marks_at(offset);
        if let Some(e) = app.current_event.and_then(|e| story.events.get(e)) {
            if e.span.contains_offset(offset) {
                style = style.patch(theme.event());
            }
        }
        let terms = &story.terms;
        let k = terms.partition_point(|t| t.start() <= offset);
        if k > 0 && terms[k - 1].contains_offset(offset) {
            style = style.patch(theme.term());
        }
        // The innermost quotation containing the offset.
        let quotes = &story.quotes;
        let k = quotes.partition_point(|q| q.span.start() <= offset);
        let inner = quotes[..k]
            .iter()
            .enumerate()
            .rev()
            .take(8)
            .find(|(_, q)| q.span.contains_offset(offset));
        if let Some((i, q)) = inner {
            let top = q.parent.map_or(i, |p| p);
            let speaker = if q.parent.is_some() {
                quotes[top].speaker
            } else {
                q.speaker
            };
            let shown = app.speaker_filter.is_none() || app.speaker_filter == quotes[top].speaker;
            // The current quotation is always marked, whatever the filter.
            let current = app.current_quote == Some(top);
            if shown || current {
                let mut s = theme.quote(speaker.map(|p| app.colour(p)));
                if q.parent.is_some() {
                    s = theme.nested(s);
                }
                if current {
                    s = theme.current(s);
                }
                style = style.patch(s);
            }
        }
        let hits = &app.search.hits;
        let k = hits.partition_point(|h| h.start() <= offset);
        if k > 0 && hits[k - 1].contains_offset(offset) {
            style = style.patch(if app.search.current == Some(k - 1) {
                theme.current_hit()
            } else {
                theme.search_hit()
            });
        }
        style
    }
}

impl ArticleView<'_> {
    /// The style the markup gives byte `offset` (headings, emphasis, links), innermost last.
    fn marks_at(&self, offset: usize) -> Style {
        let marks = &self.app.marks;
        let k = marks.partition_point(|m| m.start <= offset);
        let theme = &self.app.theme;
        marks[..k]
            .iter()
            .rev()
            .take(16)
            .filter(|m| offset < m.end)
            .fold(Style::new(), |style, m| {
                let s = match m.kind {
                    MarkKind::Heading(_) => theme.heading(),
                    MarkKind::Strong => Style::new().add_modifier(Modifier::BOLD),
                    MarkKind::Emphasis | MarkKind::BlockQuote => {
                        Style::new().add_modifier(Modifier::ITALIC)
                    }
                    MarkKind::Link => Style::new().add_modifier(Modifier::UNDERLINED),
                    MarkKind::Code => theme.term(),
                };
                s.patch(style)
            })
    }
}

impl Widget for &ArticleView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let text = app.story.text();
        if text.trim().is_empty() {
            let note = Line::styled(
                "(this article is empty: there is nothing to read)",
                app.theme.dim(),
            );
            buf.set_line(
                area.x + 2,
                area.y + area.height / 3,
                &note,
                area.width.saturating_sub(4),
            );
            return;
        }
        let rows = app
            .wrapped
            .rows
            .iter()
            .skip(app.top)
            .take(usize::from(area.height));
        for (y, row) in rows.enumerate() {
            let mut spans: Vec<Span<'static>> = Vec::new();
            for (n, word) in row.words.iter().enumerate() {
                if n > 0 {
                    // The space takes the style shared by both sides (inside a quotation).
                    let s = self.style_at(word.start.saturating_sub(1));
                    let prev = self.style_at(row.words[n - 1].end.saturating_sub(1));
                    spans.push(Span::styled(" ", if s == prev { s } else { Style::new() }));
                }
                let mut run = String::new();
                let mut run_style = None;
                for (i, c) in text[word.start..word.end].char_indices() {
                    let s = self.style_at(word.start + i);
                    if run_style.is_some_and(|r| r != s) {
                        spans.push(Span::styled(
                            std::mem::take(&mut run),
                            run_style.unwrap_or_default(),
                        ));
                    }
                    run_style = Some(s);
                    run.push(display_char(c));
                }
                if !run.is_empty() {
                    spans.push(Span::styled(run, run_style.unwrap_or_default()));
                }
            }
            let mut line = Line::from(spans);
            if row.title {
                line = line.style(app.theme.heading());
            }
            let y = area.y + y as u16;
            buf.set_line(area.x + 2, y, &line, area.width.saturating_sub(4));
        }
    }
}
