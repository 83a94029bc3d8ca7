//! The header above the article: a web page's title, then its byline and date.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::fit;
use crate::tui::app::App;

/// The header of `app`'s article.
pub struct HeaderView<'a> {
    app: &'a App,
}

impl<'a> HeaderView<'a> {
    /// The header of `app`.
    pub fn new(app: &'a App) -> Self {
        Self { app }
    }
}

impl Widget for &HeaderView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let width = usize::from(area.width.saturating_sub(4));
        let has_title = app.meta.title.is_some();
        for (i, text) in app
            .header_lines()
            .iter()
            .enumerate()
            .take(usize::from(area.height))
        {
            let style = if i == 0 && has_title {
                app.theme.heading()
            } else {
                app.theme.dim()
            };
            let line = Line::styled(fit(text, width), style);
            buf.set_line(
                area.x + 2,
                area.y + i as u16,
                &line,
                area.width.saturating_sub(4),
            );
        }
    }
}
