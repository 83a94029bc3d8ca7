//! Semantic styles: views ask for a role ("quote in speaker colour 3", "search hit"), never
//! for a colour. A speaker's colour is a slot of the speaker palette, which
//! `tui::palette::assign` gives each person once per story. A monochrome theme, used when
//! NO_COLOR is set, tells the same things apart with bold, italic, underline and reverse.

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

    /// How many speaker colours there are: the slots of `tui::palette::assign`.
    pub fn speaker_slots(&self) -> usize {
        self.speakers.len()
    }

    /// True for the monochrome theme.
    pub fn is_mono(&self) -> bool {
        self.mono
    }

    /// A quotation by a speaker in colour `slot` (`None`: unattributed).
    pub fn quote(&self, slot: Option<usize>) -> Style {
        if self.mono {
            return match slot {
                Some(_) => Style::new().add_modifier(Modifier::BOLD),
                None => Style::new().add_modifier(Modifier::ITALIC),
            };
        }
        match slot {
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

    /// The sentence of the selected event.
    pub fn event(&self) -> Style {
        Style::new().add_modifier(Modifier::UNDERLINED)
    }

    /// The name of a speaker in colour `slot`, in lists.
    pub fn speaker(&self, slot: usize) -> Style {
        if self.mono {
            Style::new().add_modifier(Modifier::BOLD)
        } else {
            Style::new()
                .fg(self.speaker_color(slot))
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
mod tests;
