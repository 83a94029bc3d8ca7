//! The sidebar: people (most quoted first) and events (timeline order).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Widget};

use super::{fit, pad};
use crate::analysis::model::EntityKind;
use crate::analysis::temporal::Known;
use crate::tui::app::{App, Focus};

/// The people list.
pub struct PeopleView<'a> {
    app: &'a App,
}

impl<'a> PeopleView<'a> {
    /// The people of `app`.
    pub fn new(app: &'a App) -> Self {
        Self { app }
    }
}

fn block<'b>(app: &App, title: &'b str) -> Block<'b> {
    let style = if app.focus == Focus::Sidebar {
        app.theme.heading()
    } else {
        app.theme.dim()
    };
    Block::new()
        .borders(Borders::LEFT | Borders::TOP)
        .border_style(style)
        .title(Span::styled(title, app.theme.heading()))
}

impl Widget for &PeopleView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let title = format!(" People ({}) ", app.people_order.len());
        let b = block(app, &title);
        let inner = b.inner(area);
        b.render(area, buf);
        let width = usize::from(inner.width);
        let offset = app.people_offset();
        for (row, (k, &p)) in app
            .people_order
            .iter()
            .enumerate()
            .skip(offset)
            .take(usize::from(inner.height))
            .enumerate()
        {
            let person = &app.story.people[p];
            let count = app.story.quote_count(p);
            let kind = match person.kind {
                EntityKind::Person => "",
                EntityKind::Organization => " (org)",
            };
            let right = if count > 0 {
                format!(" {count}")
            } else {
                String::new()
            };
            let mark = if app.speaker_filter == Some(p) {
                "▸"
            } else {
                " "
            };
            // The speaker's colour before the name; nothing in the monochrome theme.
            let swatch = match (app.theme.is_mono(), count > 0) {
                (true, _) => "",
                (false, true) => "● ",
                (false, false) => "  ",
            };
            let used = 1 + swatch.chars().count() + kind.len() + right.len();
            let name = fit(&person.name, width.saturating_sub(used));
            let pad =
                width.saturating_sub(used + unicode_width::UnicodeWidthStr::width(name.as_str()));
            let mut line = Line::from(vec![
                Span::raw(mark),
                Span::styled(swatch, app.theme.swatch(app.colour(p))),
                Span::styled(
                    name,
                    if count > 0 {
                        app.theme.speaker(app.colour(p))
                    } else {
                        ratatui::style::Style::new()
                    },
                ),
                Span::styled(kind, app.theme.dim()),
                Span::raw(" ".repeat(pad)),
                Span::styled(right, app.theme.dim()),
            ]);
            if app.focus == Focus::Sidebar && app.side_cursor == k {
                line = line.style(app.theme.selection());
            }
            buf.set_line(inner.x, inner.y + row as u16, &line, inner.width);
        }
    }
}

/// The event list.
pub struct EventsView<'a> {
    app: &'a App,
}

impl<'a> EventsView<'a> {
    /// The events of `app`.
    pub fn new(app: &'a App) -> Self {
        Self { app }
    }
}

/// How an event's time is shown: its label ("May 30", "the week of June 4", "seven
/// months"), never a TIMEX3 code. When the value holds only the unit of a date nobody
/// anchored ("last week" with no document date is "a week"), or has no label, the words of
/// the text say more.
pub fn when_label(app: &App, event: usize) -> String {
    let story = &app.story;
    let Some(t) = story.events[event].when.and_then(|t| story.times.get(t)) else {
        return "—".to_string();
    };
    match t.label.as_deref() {
        Some(label) if story.when_known(event) != Known::Unanchored => label.to_string(),
        _ => story.text()[t.span]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" "),
    }
}

/// The width of a column of labels: the widest of them, but no more than `most`.
pub fn label_width<'s>(labels: impl Iterator<Item = &'s str>, most: usize) -> usize {
    labels
        .map(unicode_width::UnicodeWidthStr::width)
        .max()
        .unwrap_or(0)
        .min(most)
}

impl Widget for &EventsView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let title = format!(" Events ({}) ", app.timeline.len());
        let b = block(app, &title);
        let inner = b.inner(area);
        b.render(area, buf);
        let people = app.people_order.len();
        let offset = app.events_offset();
        // The labels take the width they need, up to three fifths of the list's.
        let labels: Vec<String> = app.timeline.iter().map(|&e| when_label(app, e)).collect();
        let most = usize::from(inner.width) * 3 / 5;
        let label_w = label_width(labels.iter().map(String::as_str), most);
        for (row, (k, &e)) in app
            .timeline
            .iter()
            .enumerate()
            .skip(offset)
            .take(usize::from(inner.height))
            .enumerate()
        {
            let when = fit(&labels[k], label_w);
            let summary = fit(
                &app.story.events[e].summary,
                usize::from(inner.width).saturating_sub(label_w + 2),
            );
            let mark = if app.current_event == Some(e) {
                "▸"
            } else {
                " "
            };
            let mut line = Line::from(vec![
                Span::raw(mark),
                Span::styled(pad(&when, label_w + 1), app.theme.heading()),
                Span::raw(summary),
            ]);
            if app.focus == Focus::Sidebar && app.side_cursor == people + k {
                line = line.style(app.theme.selection());
            }
            buf.set_line(inner.x, inner.y + row as u16, &line, inner.width);
        }
    }
}
