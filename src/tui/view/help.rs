//! The help screen, generated from the keymap table.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Widget};

use crate::tui::app::App;

/// The keys and what they do.
pub struct HelpView<'a> {
    app: &'a App,
}

impl<'a> HelpView<'a> {
    /// The help of `app`'s keymap.
    pub fn new(app: &'a App) -> Self {
        Self { app }
    }
}

impl Widget for &HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        Clear.render(area, buf);
        let block = Block::new()
            .borders(Borders::ALL)
            .border_style(app.theme.heading())
            .title(Span::styled(
                " Keys — Esc or ? to close ",
                app.theme.heading(),
            ));
        let inner = block.inner(area);
        block.render(area, buf);
        for (row, b) in app
            .keymap
            .bindings
            .iter()
            .enumerate()
            .take(usize::from(inner.height))
        {
            let keys = app.keymap.keys_of(b.action);
            let line = Line::from(vec![
                Span::styled(format!(" {keys:<22}"), app.theme.heading()),
                Span::raw(b.help.clone()),
            ]);
            buf.set_line(inner.x, inner.y + row as u16, &line, inner.width);
        }
    }
}
