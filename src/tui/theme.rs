//! Semantic styles: views ask for a role ("quote of speaker 3", "search hit"), never for a
//! colour. A monochrome theme, used when NO_COLOR is set, tells the same things apart with
//! bold, italic, underline and reverse.

use ratatui::style::{Color, Modifier, Style};
use serde::Deserialize;

#[derive(Deserialize)]
struct Palette {
    speakers: Vec<u8>,
    unattributed: u8,
    term: u8,
    accent: u8,
    search: u8,
}

/// The styles of the reader.
#[derive(Clone, Debug, PartialEq)]
pub struct Theme {
    mono: bool,
    speakers: Vec<Color>,
    unattributed: Color,
    term: Color,
    accent: Color,
    search: Color,
}

impl Theme {
    /// The colour theme, or the monochrome one when `NO_COLOR` is set (and not empty).
    pub fn from_env() -> Self {
        let mono = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        Self::new(mono)
    }

    /// The colour (`mono = false`) or monochrome theme.
    pub fn new(mono: bool) -> Self {
        let palette: Option<Palette> = toml::from_str(include_str!("../../assets/theme.toml")).ok();
        let idx = |i: u8| Color::Indexed(i);
        match palette {
            Some(p) => Self {
                mono,
                speakers: p.speakers.into_iter().map(idx).collect(),
                unattributed: idx(p.unattributed),
                term: idx(p.term),
                accent: idx(p.accent),
                search: idx(p.search),
            },
            None => Self {
                mono,
                speakers: vec![Color::Blue, Color::Magenta, Color::Green, Color::Cyan],
                unattributed: Color::Gray,
                term: Color::Gray,
                accent: Color::Cyan,
                search: Color::Yellow,
            },
        }
    }

    /// True for the monochrome theme.
    pub fn is_mono(&self) -> bool {
        self.mono
    }

    /// A quotation by speaker `i` (`None`: unattributed).
    pub fn quote(&self, speaker: Option<usize>) -> Style {
        if self.mono {
            return match speaker {
                Some(_) => Style::new().add_modifier(Modifier::BOLD),
                None => Style::new().add_modifier(Modifier::ITALIC),
            };
        }
        match speaker {
            Some(i) => Style::new().fg(self.speaker_color(i)),
            None => Style::new()
                .fg(self.unattributed)
                .add_modifier(Modifier::ITALIC),
        }
    }

    /// A nested quotation: its parent's style, underlined.
    pub fn nested(&self, base: Style) -> Style {
        base.add_modifier(Modifier::UNDERLINED)
    }

    /// The quotation the reader is on.
    pub fn current(&self, base: Style) -> Style {
        if self.mono {
            base.add_modifier(Modifier::REVERSED)
        } else {
            base.add_modifier(Modifier::BOLD | Modifier::UNDERLINED)
        }
    }

    /// A quoted term that is not speech (scare quote, title).
    pub fn term(&self) -> Style {
        if self.mono {
            Style::new().add_modifier(Modifier::ITALIC)
        } else {
            Style::new().fg(self.term).add_modifier(Modifier::ITALIC)
        }
    }

    /// A search hit.
    pub fn search_hit(&self) -> Style {
        if self.mono {
            Style::new().add_modifier(Modifier::REVERSED | Modifier::UNDERLINED)
        } else {
            Style::new().bg(self.search).fg(Color::Black)
        }
    }

    /// The current search hit: a hit, bold and underlined (reversed in monochrome).
    pub fn current_hit(&self) -> Style {
        self.search_hit()
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED | Modifier::REVERSED)
    }

    /// The sentence of the selected event.
    pub fn event(&self) -> Style {
        Style::new().add_modifier(Modifier::UNDERLINED)
    }

    /// The name of speaker `i` in lists.
    pub fn speaker(&self, i: usize) -> Style {
        if self.mono {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
                .fg(self.speaker_color(i))
                .add_modifier(Modifier::BOLD)
        }
    }

    /// The selected row of a list.
    pub fn selection(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    /// Headings, the title and focused borders.
    pub fn heading(&self) -> Style {
        if self.mono {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new().fg(self.accent).add_modifier(Modifier::BOLD)
        }
    }

    /// Secondary text: hints, dates, methods.
    pub fn dim(&self) -> Style {
        Style::new().add_modifier(Modifier::DIM)
    }

    /// The status bar.
    pub fn status(&self) -> Style {
        Style::new().add_modifier(Modifier::REVERSED)
    }

    fn speaker_color(&self, i: usize) -> Color {
        self.speakers
            .get(i % self.speakers.len().max(1))
            .copied()
            .unwrap_or(Color::Reset)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn speakers_get_distinct_stable_colours() {
        let t = Theme::new(false);
        assert_ne!(t.quote(Some(0)), t.quote(Some(1)));
        assert_eq!(t.quote(Some(2)), t.quote(Some(2)));
        assert_ne!(t.quote(None), t.quote(Some(0)));
    }

    #[test]
    fn mono_theme_tells_things_apart_without_colour() {
        let t = Theme::new(true);
        let styles = [
            t.quote(Some(0)),
            t.quote(None),
            t.current(t.quote(Some(0))),
            t.search_hit(),
            t.term(),
        ];
        for s in styles {
            assert_eq!(s.fg, None);
            assert_eq!(s.bg, None);
            assert!(!s.add_modifier.is_empty());
        }
        assert_ne!(styles[0], styles[1]);
        assert_ne!(styles[0], styles[2]);
    }
}
