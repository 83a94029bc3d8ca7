//! The views: one widget per file, each borrowing what it shows from `&App`.

mod article;
mod common;
mod header;
mod help;
mod quotes;
mod sidebar;
mod status;
mod timeline;
pub mod why;

use ratatui::layout::{Constraint, Flex, Layout, Rect};
use ratatui::Frame;

use super::app::{App, Overlay};

pub use article::ArticleView;
pub use header::HeaderView;
pub use help::{help_lines, HelpView};
pub use quotes::{CorrectView, FilterView, QuotesView};
pub use sidebar::{EventsView, PeopleView};
pub use status::{FooterView, StatusView};
pub use timeline::TimelineView;
pub use why::WhyView;

/// Draw the whole screen.
pub fn draw(frame: &mut Frame<'_>, app: &App) {
    let screen = frame.area();
    if screen.is_empty() {
        // No row or no column (a terminal can say 31x0): nothing to draw on.
        return;
    }
    if screen.width < MIN_SIZE.0 || screen.height < MIN_SIZE.1 {
        // Too small to read in: say so in what room there is, and wait for a resize.
        let note = fit("whosaid: enlarge the terminal", usize::from(screen.width));
        frame.buffer_mut().set_stringn(
            screen.x,
            screen.y,
            note,
            usize::from(screen.width),
            app.theme.heading(),
        );
        return;
    }
    let areas = app.areas();
    if let Some(header) = areas.header {
        frame.render_widget(&HeaderView::new(app), header);
    }
    frame.render_widget(&ArticleView::new(app), areas.article);
    if let (Some(people), Some(events)) = (areas.people, areas.events) {
        frame.render_widget(&PeopleView::new(app), people);
        frame.render_widget(&EventsView::new(app), events);
    }
    frame.render_widget(&StatusView::new(app), areas.status);
    frame.render_widget(&FooterView::new(app), areas.footer);
    let body = Rect {
        height: areas.status.y,
        ..frame.area()
    };
    match &app.overlay {
        Overlay::None => {}
        Overlay::Help { scroll } => {
            frame.render_widget(&HelpView::new(app, *scroll), centered(body, 72, 40))
        }
        Overlay::Why => frame.render_widget(&WhyView::new(app), centered(body, 70, 12)),
        Overlay::Quotes { cursor } => {
            frame.render_widget(&QuotesView::new(app, *cursor), centered(body, 96, 40))
        }
        Overlay::Timeline { cursor } => {
            frame.render_widget(&TimelineView::new(app, *cursor), centered(body, 96, 40))
        }
        Overlay::Filter { input, cursor } => frame.render_widget(
            &FilterView::new(app, input, *cursor),
            centered(body, 50, 20),
        ),
        Overlay::Correct { input, cursor } => frame.render_widget(
            &CorrectView::new(app, input, *cursor),
            centered(body, 50, 20),
        ),
    }
}

/// The smallest terminal the reader draws in (columns, rows); below it, a one-line note.
pub const MIN_SIZE: (u16, u16) = (16, 4);

/// A box of at most `w` x `h` in the middle of `area`.
fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let [row] = Layout::vertical([Constraint::Length(h.min(area.height))])
        .flex(Flex::Center)
        .areas(area);
    let [cell] = Layout::horizontal([Constraint::Length(w.min(area.width))])
        .flex(Flex::Center)
        .areas(row);
    cell
}

/// `s` cut to at most `width` columns, with an ellipsis when cut.
fn fit(s: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let s = super::safe::sanitize(s);
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            out.pop();
            out.push('…');
            return out;
        }
        used += w;
        out.push(c);
    }
    out
}

/// `s` (already fitted) followed by spaces to `width` columns.
fn pad(s: &str, width: usize) -> String {
    let w = unicode_width::UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

#[cfg(test)]
mod tests;
