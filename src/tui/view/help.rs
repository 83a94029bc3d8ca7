//! The help screen, generated from the keymap table, with the mouse and the symbols the
//! reader uses; it scrolls.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::common::overlay_frame;
use crate::tui::action::Action;
use crate::tui::app::App;

/// The keys and what they do.
pub struct HelpView<'a> {
    app: &'a App,
    scroll: usize,
}

impl<'a> HelpView<'a> {
    /// The help of `app`'s keymap, scrolled down `scroll` lines.
    pub fn new(app: &'a App, scroll: usize) -> Self {
        Self { app, scroll }
    }
}

/// Every line of the help, its keys in a column of `keys` characters.
pub fn help_lines(app: &App, keys: usize) -> Vec<Line<'static>> {
    let heading = app.theme.heading();
    let mut lines: Vec<Line<'static>> = app
        .keymap
        .bindings
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(format!(" {:<keys$}", app.keymap.keys_of(b.action)), heading),
                Span::raw(b.help.clone()),
            ])
        })
        .collect();
    let row = |k: &str, v: &str| {
        Line::from(vec![
            Span::styled(format!(" {k:<keys$}"), heading),
            Span::raw(v.to_string()),
        ])
    };
    lines.push(Line::from(""));
    lines.push(Line::styled(" Mouse", heading));
    lines.push(row("wheel", "scrolls the article, or the list under it"));
    lines.push(row("click a person", "shows only their quotations"));
    lines.push(row("click an event", "goes to it in the article"));
    lines.push(Line::from(""));
    lines.push(Line::styled(" What you see", heading));
    lines.push(row(
        "coloured words",
        "a quotation, in its speaker's colour",
    ));
    lines.push(row("bold underlined", "the current quotation"));
    lines.push(row("underlined", "a quotation inside a quotation"));
    lines.push(row("grey words", "quoted words that are not speech"));
    lines.push(row(
        "timeline ━━",
        "a group: a year, a month, or what is not known",
    ));
    lines.push(row("timeline ┃", "an event with its date"));
    lines.push(row(
        "timeline ┆",
        "no year given, or a time that is relative",
    ));
    lines.push(Line::from(""));
    let first_key = |a: Action| {
        let keys = app.keymap.keys_of(a);
        keys.split('/').next().unwrap_or_default().to_string()
    };
    lines.push(Line::from(format!(
        " {} {} {} {}: scroll this help",
        first_key(Action::ScrollDown),
        first_key(Action::ScrollUp),
        first_key(Action::PageDown),
        first_key(Action::Bottom),
    )));
    lines
}

impl Widget for &HelpView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        // Narrow screens give the descriptions the room.
        let keys = if area.width < 60 { 13 } else { 22 };
        let lines = help_lines(app, keys);
        let hints = [(Action::Escape, "close"), (Action::Help, "close")];
        let inner = overlay_frame(app, "Keys", &hints, area, buf);
        let visible = usize::from(inner.height);
        let scroll = crate::tui::scroll::clamp(self.scroll, lines.len(), visible);
        for (row, line) in lines.iter().skip(scroll).take(visible).enumerate() {
            buf.set_line(inner.x, inner.y + row as u16, line, inner.width);
        }
        if lines.len() > visible {
            let shown = format!(
                " {}-{}/{} ",
                scroll + 1,
                (scroll + visible).min(lines.len()),
                lines.len()
            );
            let x = (inner.x + inner.width).saturating_sub(shown.len() as u16 + 1);
            buf.set_string(
                x,
                area.y + area.height.saturating_sub(1),
                shown,
                app.theme.heading(),
            );
        }
    }
}
