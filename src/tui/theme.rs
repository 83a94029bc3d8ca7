//! Semantic styles: views ask for a role ("quote in speaker colour 3", "search hit"), never
//! for a colour. A speaker's colour is a slot of the speaker palette, which
//! `tui::palette::assign` gives each person once per story. A monochrome theme, used when
//! NO_COLOR is set, tells the same things apart with bold, italic, underline and reverse.
//! The user's `theme.toml` overrides the built-in colours ([`Colours`]).

use std::path::Path;

use ratatui::style::{Color, Modifier, Style};

/// The built-in colours.
pub const DEFAULT_THEME: &str = include_str!("../../assets/theme.toml");

/// Colours as a theme file gives them; what a file leaves out stays as it was.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Colours {
    speakers: Option<Vec<Color>>,
    truecolor_speakers: Option<Vec<Color>>,
    unattributed: Option<Color>,
    term: Option<Color>,
    accent: Option<Color>,
    search: Option<Color>,
}

impl Colours {
    /// Parse a theme file (the shape of `assets/theme.toml`, every key optional). A colour
    /// is a 256-colour index (`33`), a name (`"red"`) or `"#rrggbb"`.
    pub fn parse(source: &str) -> Result<Self, String> {
        let table: toml::Table = source
            .parse()
            .map_err(|e| super::config::toml_error(source, &e))?;
        let mut colours = Self::default();
        for (key, value) in &table {
            let one = || colour(value).map_err(|e| format!("{key}: {e}"));
            match key.as_str() {
                "speakers" => colours.speakers = Some(list(key, value, false)?),
                "truecolor_speakers" => colours.truecolor_speakers = Some(list(key, value, true)?),
                "unattributed" => colours.unattributed = Some(one()?),
                "term" => colours.term = Some(one()?),
                "accent" => colours.accent = Some(one()?),
                "search" => colours.search = Some(one()?),
                _ => {
                    return Err(format!(
                        "unknown key `{key}` (the keys are speakers, truecolor_speakers, \
                         unattributed, term, accent, search)"
                    ))
                }
            }
        }
        Ok(colours)
    }

    /// The user's theme file, if there is one: `$XDG_CONFIG_HOME/whosaid/theme.toml`, else
    /// `~/.config/whosaid/theme.toml` (where the keymap is looked for too).
    pub fn user() -> Result<Self, String> {
        match super::config::config_file("theme.toml") {
            Some(path) => Self::read(&path),
            None => Ok(Self::default()),
        }
    }

    /// The theme file at `path`; no file is no change, a file that cannot be read or
    /// parsed is an error that names it.
    pub fn read(path: &Path) -> Result<Self, String> {
        match super::config::read(path)? {
            Some(source) => Self::parse(&source).map_err(|e| format!("{}: {e}", path.display())),
            None => Ok(Self::default()),
        }
    }
}

/// A list of colours; only `truecolor_speakers` may be empty.
fn list(key: &str, value: &toml::Value, may_be_empty: bool) -> Result<Vec<Color>, String> {
    let items = value
        .as_array()
        .ok_or_else(|| format!("{key}: expected a list of colours"))?;
    if items.is_empty() && !may_be_empty {
        return Err(format!("{key}: the list is empty"));
    }
    items
        .iter()
        .enumerate()
        .map(|(i, v)| colour(v).map_err(|e| format!("{key}[{i}]: {e}")))
        .collect()
}

fn colour(value: &toml::Value) -> Result<Color, String> {
    let bad = || {
        format!(
            "{value} is not a colour (a 256-colour index such as 33, a name such as \"red\", \
             or \"#rrggbb\")"
        )
    };
    match value {
        toml::Value::Integer(i) => u8::try_from(*i).map(Color::Indexed).map_err(|_| bad()),
        toml::Value::String(s) => s.parse().map_err(|_| bad()),
        _ => Err(bad()),
    }
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
    /// The theme the environment and the user ask for: monochrome when `NO_COLOR` is set
    /// (and not empty), more speaker colours when `COLORTERM` is `truecolor` or `24bit`,
    /// and the user's theme file on top of the built-in colours. A user file that cannot
    /// be read or parsed is an error.
    pub fn load() -> Result<Self, String> {
        let mono = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let truecolor = std::env::var("COLORTERM")
            .is_ok_and(|v| v.eq_ignore_ascii_case("truecolor") || v.eq_ignore_ascii_case("24bit"));
        Ok(Self::with(mono, truecolor, Colours::user()?))
    }

    /// The built-in colour (`mono = false`) or monochrome theme, for 256 colours.
    pub fn new(mono: bool) -> Self {
        Self::with(mono, false, Colours::default())
    }

    /// The built-in colours with `user`'s on top; `truecolor` adds the speaker colours
    /// meant for terminals with 24-bit colour.
    pub fn with(mono: bool, truecolor: bool, user: Colours) -> Self {
        // The built-in file parses (a test says so); the fallbacks are for form's sake.
        let base = Colours::parse(DEFAULT_THEME).unwrap_or_default();
        let mut speakers = user
            .speakers
            .or(base.speakers)
            .unwrap_or_else(|| vec![Color::Blue, Color::Magenta, Color::Green, Color::Cyan]);
        if truecolor {
            speakers.extend(
                user.truecolor_speakers
                    .or(base.truecolor_speakers)
                    .unwrap_or_default(),
            );
        }
        Self {
            mono,
            speakers,
            unattributed: user
                .unattributed
                .or(base.unattributed)
                .unwrap_or(Color::Gray),
            term: user.term.or(base.term).unwrap_or(Color::Gray),
            accent: user.accent.or(base.accent).unwrap_or(Color::Cyan),
            search: user.search.or(base.search).unwrap_or(Color::Yellow),
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

    /// The current search hit: a hit, bold and underlined (reversed in monochrome).
    pub fn current_hit(&self) -> Style {
        self.search_hit()
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED | Modifier::REVERSED)
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

    /// The mark beside a name that shows a speaker's colour `slot` (no style at all in the
    /// monochrome theme, where the view shows no mark).
    pub fn swatch(&self, slot: usize) -> Style {
        if self.mono {
            Style::new()
        } else {
            Style::new().fg(self.speaker_color(slot))
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
