//! Key bindings, loaded from `assets/keymap.toml` (a user file may override them). The help
//! screen and the footer are generated from the same table.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use serde::Deserialize;

use super::action::Action;

/// The built-in bindings.
pub const DEFAULT_KEYMAP: &str = include_str!("../../assets/keymap.toml");

/// One row of the table: keys, the action, and its help text.
#[derive(Clone, Debug, Deserialize, PartialEq)]
pub struct Binding {
    /// The action.
    pub action: Action,
    /// Key names, as written in the file.
    pub keys: Vec<String>,
    /// What the help screen says.
    pub help: String,
    /// A short word for the footer, if the action has a hint there.
    #[serde(default)]
    pub footer: Option<String>,
}

#[derive(Deserialize)]
struct File {
    bind: Vec<Binding>,
}

/// The key table.
#[derive(Clone, Debug, PartialEq)]
pub struct Keymap {
    /// Bindings in the order of the file.
    pub bindings: Vec<Binding>,
    parsed: Vec<(KeyCode, KeyModifiers, Action)>,
}

impl Keymap {
    /// Parse a keymap file.
    pub fn parse(source: &str) -> Result<Self, String> {
        let file: File =
            toml::from_str(source).map_err(|e| super::config::toml_error(source, &e))?;
        let mut parsed = Vec::new();
        for b in &file.bind {
            for k in &b.keys {
                let (code, mods) = parse_key(k).ok_or_else(|| format!("unknown key name `{k}`"))?;
                parsed.push((code, mods, b.action));
            }
        }
        Ok(Self {
            bindings: file.bind,
            parsed,
        })
    }

    /// The built-in keymap, with the user's file applied on top when there is one:
    /// `$XDG_CONFIG_HOME/whosaid/keymap.toml`, else `~/.config/whosaid/keymap.toml`.
    pub fn load() -> Result<Self, String> {
        match super::config::config_file("keymap.toml") {
            Some(path) => Self::read(&path),
            None => Self::parse(DEFAULT_KEYMAP),
        }
    }

    /// The built-in keymap with the file at `path` on top. No file is no change; a file
    /// that cannot be read or parsed, or that leaves no key bound to quit (the reader
    /// could not be left), is an error that names it.
    pub fn read(path: &std::path::Path) -> Result<Self, String> {
        let mut map = Self::parse(DEFAULT_KEYMAP)?;
        if let Some(source) = super::config::read(path)? {
            let user = Self::parse(&source).map_err(|e| format!("{}: {e}", path.display()))?;
            map.override_with(user);
            if !map.parsed.iter().any(|&(_, _, a)| a == Action::Quit) {
                return Err(format!(
                    "{}: no key is bound to quit (bind one: action = \"quit\", keys = [\"q\"])",
                    path.display()
                ));
            }
        }
        Ok(map)
    }

    /// Replace the bindings of every action that `user` names.
    pub fn override_with(&mut self, user: Keymap) {
        for b in user.bindings {
            self.bindings.retain(|x| x.action != b.action);
            self.parsed.retain(|&(_, _, a)| a != b.action);
            for k in &b.keys {
                if let Some((code, mods)) = parse_key(k) {
                    self.parsed.retain(|&(c, m, _)| (c, m) != (code, mods));
                    self.parsed.push((code, mods, b.action));
                }
            }
            self.bindings.push(b);
        }
    }

    /// The action bound to a key press.
    pub fn action(&self, key: KeyEvent) -> Option<Action> {
        let mods = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
        self.parsed
            .iter()
            .find(|&&(code, m, _)| code == key.code && m == mods)
            .map(|&(_, _, a)| a)
    }

    /// The keys of an action, as shown to the user ("j/↓").
    pub fn keys_of(&self, action: Action) -> String {
        self.bindings
            .iter()
            .find(|b| b.action == action)
            .map(|b| {
                b.keys
                    .iter()
                    .map(|k| pretty(k))
                    .collect::<Vec<_>>()
                    .join("/")
            })
            .unwrap_or_default()
    }

    /// The key table of the README, in Markdown: the README's table is this, checked by a
    /// test, so that the two never disagree.
    pub fn markdown_table(&self) -> String {
        let mut out = String::from("| Keys | Action |\n|---|---|\n");
        for b in &self.bindings {
            let keys: Vec<String> = b
                .keys
                .iter()
                .map(|k| match k.strip_prefix("C-") {
                    Some(rest) => format!("`Ctrl-{rest}`"),
                    None => format!("`{k}`"),
                })
                .collect();
            out.push_str(&format!("| {} | {} |\n", keys.join(", "), b.help));
        }
        out
    }

    /// Footer hints: (first key, word) for each binding that has one.
    pub fn footer(&self) -> Vec<(String, String)> {
        self.footer_hints()
            .into_iter()
            .map(|(_, k, w)| (k, w))
            .collect()
    }

    /// The footer's hints with their actions, in table order.
    pub fn footer_hints(&self) -> Vec<(Action, String, String)> {
        self.bindings
            .iter()
            .filter_map(|b| Some((b.action, pretty(b.keys.first()?), b.footer.clone()?)))
            .collect()
    }
}

/// How a key name is shown on screen.
fn pretty(name: &str) -> String {
    match name {
        "Down" => "↓".into(),
        "Up" => "↑".into(),
        "Left" => "←".into(),
        "Right" => "→".into(),
        "PageDown" => "PgDn".into(),
        "PageUp" => "PgUp".into(),
        "BackTab" => "S-Tab".into(),
        n if n.starts_with("C-") => format!("Ctrl-{}", &n[2..]),
        n => n.to_string(),
    }
}

/// A key name from the file as a crossterm key code and modifiers.
pub fn parse_key(name: &str) -> Option<(KeyCode, KeyModifiers)> {
    if let Some(rest) = name.strip_prefix("C-") {
        let (code, _) = parse_key(rest)?;
        return Some((code, KeyModifiers::CONTROL));
    }
    let code = match name {
        "Down" => KeyCode::Down,
        "Up" => KeyCode::Up,
        "Left" => KeyCode::Left,
        "Right" => KeyCode::Right,
        "PageDown" => KeyCode::PageDown,
        "PageUp" => KeyCode::PageUp,
        "Home" => KeyCode::Home,
        "End" => KeyCode::End,
        "Enter" => KeyCode::Enter,
        "Esc" => KeyCode::Esc,
        "Tab" => KeyCode::Tab,
        "BackTab" => KeyCode::BackTab,
        "Space" => KeyCode::Char(' '),
        "Backspace" => KeyCode::Backspace,
        n => {
            let mut chars = n.chars();
            let c = chars.next()?;
            if chars.next().is_some() {
                return None;
            }
            KeyCode::Char(c)
        }
    };
    Some((code, KeyModifiers::NONE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_readme_key_table_is_the_keymap() {
        let map = Keymap::parse(DEFAULT_KEYMAP).unwrap_or_else(|e| panic!("{e}"));
        let readme = include_str!("../../README.md");
        let table = map.markdown_table();
        assert!(
            readme.contains(&table),
            "README's key table is out of date; it should be:\n{table}"
        );
    }

    #[test]
    fn default_keymap_binds_every_key_of_the_issue() {
        let map = Keymap::parse(DEFAULT_KEYMAP).unwrap_or_else(|e| panic!("{e}"));
        let press = |code, mods| map.action(KeyEvent::new(code, mods));
        use KeyCode::*;
        let none = KeyModifiers::NONE;
        assert_eq!(press(Char('j'), none), Some(Action::ScrollDown));
        assert_eq!(press(Down, none), Some(Action::ScrollDown));
        assert_eq!(
            press(Char('d'), KeyModifiers::CONTROL),
            Some(Action::HalfPageDown)
        );
        assert_eq!(press(PageUp, none), Some(Action::PageUp));
        assert_eq!(press(Char('G'), KeyModifiers::SHIFT), Some(Action::Bottom));
        assert_eq!(press(Char(']'), none), Some(Action::NextQuote));
        assert_eq!(press(Char('{'), none), Some(Action::PrevEvent));
        assert_eq!(press(Char('N'), none), Some(Action::PrevMatch));
        assert_eq!(press(Char('/'), none), Some(Action::Search));
        assert_eq!(press(Char('q'), none), Some(Action::Quit));
        assert_eq!(press(Char('x'), none), None);
        assert_eq!(map.keys_of(Action::ScrollDown), "j/↓");
        assert!(map
            .footer()
            .contains(&("q".to_string(), "quit".to_string())));
    }

    #[test]
    fn a_user_file_replaces_the_bindings_of_the_actions_it_names() {
        let mut map = Keymap::parse(DEFAULT_KEYMAP).unwrap_or_else(|e| panic!("{e}"));
        let user = Keymap::parse("[[bind]]\naction = \"quit\"\nkeys = [\"x\"]\nhelp = \"leave\"\n")
            .unwrap_or_else(|e| panic!("{e}"));
        map.override_with(user);
        let press = |c| map.action(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        assert_eq!(press('x'), Some(Action::Quit));
        assert_eq!(press('q'), None);
    }

    #[test]
    fn bad_key_names_are_reported() {
        let err =
            Keymap::parse("[[bind]]\naction = \"quit\"\nkeys = [\"Hyper-q\"]\nhelp = \"h\"\n");
        assert_eq!(err.err().as_deref(), Some("unknown key name `Hyper-q`"));
    }
}
