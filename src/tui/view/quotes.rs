//! The Quotes view (every quotation grouped by speaker) and the speaker picker of `f`.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::common::overlay_frame;
use super::fit;
use crate::tui::action::Action;
use crate::tui::app::App;

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
        let list = app.quote_list();
        let place = format!("{}/{}", (self.cursor + 1).min(list.len()), list.len());
        let title = match app.speaker_filter {
            Some(p) => format!("Quotations of {} {place}", story.people[p].name),
            None => format!("Quotations by speaker {place}"),
        };
        let hints = [
            (Action::Select, "go"),
            (Action::FilterSpeaker, "speaker"),
            (Action::Escape, "close"),
        ];
        let inner = overlay_frame(app, &title, &hints, area, buf);
        // Rows: a heading per speaker, then its quotations, wrapped; only for the items
        // around the cursor that can be on screen (a novel has thousands).
        let width = usize::from(inner.width).saturating_sub(4).max(8);
        let height = usize::from(inner.height);
        let lo = self.cursor.saturating_sub(height);
        let hi = self.cursor.saturating_add(height + 1).min(list.len());
        let mut rows: Vec<(Line<'static>, Option<usize>)> = Vec::new();
        let mut last = None;
        for (k, &(speaker, q)) in list.iter().enumerate().take(hi).skip(lo) {
            if last != Some(speaker) {
                let name =
                    speaker.map_or("Unattributed".to_string(), |s| story.people[s].name.clone());
                let style = speaker.map_or(app.theme.dim(), |s| app.theme.speaker(app.colour(s)));
                rows.push((Line::from(Span::styled(fit(&name, width), style)), None));
                last = Some(speaker);
            }
            let text = crate::tui::safe::sanitize(
                &story.text()[story.quotes[q].span]
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" "),
            );
            for piece in textwrap::wrap(&text, width) {
                rows.push((Line::from(format!("  {piece}")), Some(k)));
            }
        }
        let first = rows
            .iter()
            .position(|(_, k)| *k == Some(self.cursor))
            .unwrap_or(0);
        let last_row = rows
            .iter()
            .rposition(|(_, k)| *k == Some(self.cursor))
            .unwrap_or(first);
        // The whole current quotation in view.
        let offset = crate::tui::scroll::follow(first, last_row, height);
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
        let hints = [(Action::Select, "filter"), (Action::Escape, "close")];
        let inner = overlay_frame(app, "Filter by speaker: type to narrow", &hints, area, buf);
        let prompt = Line::from(vec![
            Span::styled("> ", app.theme.heading()),
            Span::raw(fit(self.input, 40)),
            Span::raw("▏"),
        ]);
        buf.set_line(inner.x, inner.y, &prompt, inner.width);
        let matches = app.filter_matches(self.input);
        let height = usize::from(inner.height.saturating_sub(1));
        let offset = crate::tui::scroll::follow(self.cursor, self.cursor, height);
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

/// The correction picker: the people matching what was typed, or a new name.
pub struct CorrectView<'a> {
    app: &'a App,
    input: &'a str,
    cursor: usize,
}

impl<'a> CorrectView<'a> {
    /// The choices of `app` for `input`, with `cursor` on one.
    pub fn new(app: &'a App, input: &'a str, cursor: usize) -> Self {
        Self { app, input, cursor }
    }
}

impl Widget for &CorrectView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        use crate::tui::app::Choice;
        let app = self.app;
        let hints = [(Action::Select, "set speaker"), (Action::Escape, "close")];
        let renaming = app.renaming.and_then(|p| app.story.people.get(p));
        let title = match renaming {
            Some(p) => format!(
                "{} is… Pick a person to merge into, or type a new name",
                p.name
            ),
            None => "Who said it? Type to narrow, or a new name".to_string(),
        };
        let inner = overlay_frame(app, &title, &hints, area, buf);
        let prompt = Line::from(vec![
            Span::styled("> ", app.theme.heading()),
            Span::raw(fit(self.input, 40)),
            Span::raw("▏"),
        ]);
        buf.set_line(inner.x, inner.y, &prompt, inner.width);
        let choices = app.correct_choices(self.input);
        let height = usize::from(inner.height.saturating_sub(1));
        let offset = crate::tui::scroll::follow(self.cursor, self.cursor, height);
        let width = usize::from(inner.width).saturating_sub(8);
        for (y, (k, choice)) in choices
            .iter()
            .enumerate()
            .skip(offset)
            .take(height)
            .enumerate()
        {
            let mut line = match choice {
                Choice::Person(p) => Line::from(vec![
                    Span::styled(
                        fit(&app.story.people[*p].name, width),
                        app.theme.speaker(app.colour(*p)),
                    ),
                    Span::styled(format!("  {}", app.story.quote_count(*p)), app.theme.dim()),
                ]),
                Choice::New(name) => Line::from(vec![
                    Span::styled("new: ", app.theme.dim()),
                    Span::raw(fit(name, width.saturating_sub(5))),
                ]),
            };
            if k == self.cursor {
                line = line.style(app.theme.selection());
            }
            buf.set_line(inner.x, inner.y + 1 + y as u16, &line, inner.width);
        }
    }
}
