//! What the overlays share: one frame (a cleared box with a title and its key hints, the
//! keys read from the keymap, never written here).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Span;
use ratatui::widgets::{Block, Borders, Clear, Widget};

use crate::tui::action::Action;
use crate::tui::app::App;

/// Draw an overlay's frame over `area`: cleared, bordered, titled `title` followed by the
/// hints (`action`, what it does) with the keys the keymap binds them to; the area inside.
pub fn overlay_frame(
    app: &App,
    title: &str,
    hints: &[(Action, &str)],
    area: Rect,
    buf: &mut Buffer,
) -> Rect {
    Clear.render(area, buf);
    let hints: Vec<String> = hints
        .iter()
        .filter_map(|&(action, what)| {
            let keys = app.keymap.keys_of(action);
            (!keys.is_empty()).then(|| format!("{keys}: {what}"))
        })
        .collect();
    let title = if hints.is_empty() {
        format!(" {title} ")
    } else {
        format!(" {title} — {} ", hints.join(", "))
    };
    let block = Block::new()
        .borders(Borders::ALL)
        .border_style(app.theme.heading())
        .title(Span::styled(title, app.theme.heading()));
    let inner = block.inner(area);
    block.render(area, buf);
    inner
}
