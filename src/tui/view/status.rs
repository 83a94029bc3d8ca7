//! The status bar (where the reader is, the current quotation's speaker and how it was
//! attributed, the filter, the search) and the footer of key hints from the keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::fit;
use crate::tui::action::Action;
use crate::tui::app::{App, Jump};

/// The status bar.
pub struct StatusView<'a> {
    app: &'a App,
}

impl<'a> StatusView<'a> {
    /// The status of `app`.
    pub fn new(app: &'a App) -> Self {
        Self { app }
    }
}

impl Widget for &StatusView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let story = &app.story;
        let style = app.theme.status();
        buf.set_style(area, style);
        // Most important first, as the end is cut on a narrow screen: what is going on,
        // a message, the filter and search in force, then what the reader is on.
        let mut parts: Vec<String> = Vec::new();
        if app.analysing {
            parts.push(match app.stage {
                Some(stage) => format!(
                    "analysing… {} ({}/{})",
                    stage.name(),
                    stage.number(),
                    crate::analysis::Stage::COUNT
                ),
                None => "analysing…".to_string(),
            });
        }
        if let Some(m) = &app.message {
            parts.push(m.clone());
        }
        if app.search.typing {
            let hits = app.search.hits.len();
            let count = match (app.search.query.is_empty(), hits) {
                (true, _) => String::new(),
                (false, 0) => "  not found".to_string(),
                (false, 1) => "  1 hit".to_string(),
                (false, n) => format!("  {n} hits"),
            };
            parts.push(format!("/{}▏{count}", app.search.query));
        }
        if let Some(p) = app.speaker_filter {
            parts.push(format!("only {}", story.people[p].name));
        }
        if !app.search.query.is_empty() && !app.search.typing {
            let n = app.search.current.map_or(0, |i| i + 1);
            parts.push(format!(
                "/{} {n}/{}",
                app.search.query,
                app.search.hits.len()
            ));
        }
        if !app.search.typing {
            parts.push(current(app));
        }
        parts.retain(|p| !p.is_empty());
        let left = format!(" {}", parts.join(" │ "));
        // How far through the text, by its bytes (a large text is still being wrapped).
        let seen = app.on_screen().end;
        let place = if seen >= story.text().len() {
            "END ".to_string()
        } else {
            format!("{}% ", seen * 100 / story.text().len().max(1))
        };
        let width = usize::from(area.width);
        let used = unicode_width::UnicodeWidthStr::width(left.as_str());
        let room = width.saturating_sub(used + place.len() + 4).min(40);
        let name = if room >= 8 {
            fit(&app.name, room)
        } else {
            String::new()
        };
        let right = if name.is_empty() {
            place
        } else {
            format!(" {name}  {place}")
        };
        let left = fit(&left, width.saturating_sub(right.chars().count()));
        let pad = width.saturating_sub(
            unicode_width::UnicodeWidthStr::width(left.as_str())
                + unicode_width::UnicodeWidthStr::width(right.as_str()),
        );
        let line = Line::from(vec![
            Span::raw(left),
            Span::raw(" ".repeat(pad)),
            Span::raw(right),
        ])
        .style(style);
        buf.set_line(area.x, area.y, &line, area.width);
    }
}

/// What the reader is on, when it is on screen: the event just jumped to, else the current
/// quotation with its speaker and the rule in words.
fn current(app: &App) -> String {
    let story = &app.story;
    let event = app
        .current_event
        .and_then(|e| story.events.get(e).map(|ev| (e, ev)))
        .filter(|(_, ev)| app.visible(ev.span.start()));
    let quote = app
        .current_quote
        .and_then(|q| story.quotes.get(q))
        .filter(|q| app.visible(q.span.start()));
    match (event, quote) {
        (Some((e, ev)), q) if q.is_none() || app.last_jump == Jump::Event => {
            let when = super::sidebar::when_label(app, e);
            format!(
                "event {}/{} · {when} · {}",
                e + 1,
                story.events.len(),
                ev.summary
            )
        }
        (_, Some(q)) => {
            let n = story
                .quotes
                .iter()
                .filter(|x| x.parent.is_none() && x.span.start() <= q.span.start())
                .count();
            let total = story.quotes.iter().filter(|x| x.parent.is_none()).count();
            let who = q
                .speaker
                .map_or("unattributed".to_string(), |s| story.people[s].name.clone());
            format!(
                "quote {n}/{total}: {who} — {}",
                super::why::rule_in_words(story, q)
            )
        }
        _ => String::new(),
    }
}

/// The footer: key hints generated from the keymap.
pub struct FooterView<'a> {
    app: &'a App,
}

impl<'a> FooterView<'a> {
    /// The hints of `app`'s keymap.
    pub fn new(app: &'a App) -> Self {
        Self { app }
    }
}

impl Widget for &FooterView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let mut spans = Vec::new();
        if app.search.typing {
            spans.push(Span::styled(" Enter", app.theme.heading()));
            spans.push(Span::raw(" done  "));
            spans.push(Span::styled(
                app.keymap.keys_of(Action::Escape),
                app.theme.heading(),
            ));
            spans.push(Span::raw(" cancel"));
        } else {
            for (key, word) in footer_fit(&app.keymap.footer_hints(), usize::from(area.width)) {
                spans.push(Span::styled(format!(" {key}"), app.theme.heading()));
                spans.push(Span::styled(format!(" {word} "), app.theme.dim()));
            }
        }
        buf.set_line(area.x, area.y, &Line::from(spans), area.width);
    }
}

/// The hints that fit in `width` columns: help and quit always, the others in table order
/// while they fit (the last ones go first as the width shrinks).
fn footer_fit(hints: &[(Action, String, String)], width: usize) -> Vec<(String, String)> {
    let cost = |k: &str, w: &str| {
        unicode_width::UnicodeWidthStr::width(k) + unicode_width::UnicodeWidthStr::width(w) + 3
    };
    let essential = |a: Action| matches!(a, Action::Help | Action::Quit);
    let mut used: usize = hints
        .iter()
        .filter(|(a, ..)| essential(*a))
        .map(|(_, k, w)| cost(k, w))
        .sum();
    let mut keep = vec![false; hints.len()];
    let mut full = false;
    for (i, (a, k, w)) in hints.iter().enumerate() {
        if essential(*a) {
            keep[i] = true;
        } else if !full && used + cost(k, w) <= width {
            used += cost(k, w);
            keep[i] = true;
        } else {
            full = true;
        }
    }
    hints
        .iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|((_, k, w), _)| (k.clone(), w.clone()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_narrow_footer_keeps_help_and_quit() {
        let hints: Vec<(Action, String, String)> = [
            (Action::NextQuote, "]", "quote"),
            (Action::NextEvent, "}", "event"),
            (Action::FilterSpeaker, "f", "filter"),
            (Action::Help, "?", "help"),
            (Action::Quit, "q", "quit"),
        ]
        .into_iter()
        .map(|(a, k, w)| (a, k.to_string(), w.to_string()))
        .collect();
        let words = |width| -> Vec<String> {
            footer_fit(&hints, width)
                .into_iter()
                .map(|(_, w)| w)
                .collect()
        };
        assert_eq!(words(200), ["quote", "event", "filter", "help", "quit"]);
        assert_eq!(words(30), ["quote", "help", "quit"]);
        assert_eq!(words(10), ["help", "quit"]);
    }
}
