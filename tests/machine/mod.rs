//! The reader's state machine driven by bytes, shared by the property test
//! (`tests/properties.rs`) and the fuzz target `reader` (`fuzz/`): an article, then a
//! sequence of actions, keys, clicks, wheel turns and resizes (0x0 and 1x1 among them),
//! the analysis arriving at some point, and the screen drawn on a `TestBackend` after each
//! step, as the event loop does. Any panic is a failure.

use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use whosaid::tui::action::Action;
use whosaid::tui::app::App;
use whosaid::tui::keymap::{Keymap, DEFAULT_KEYMAP};
use whosaid::tui::theme::Theme;

/// The actions without a payload.
const ACTIONS: &[Action] = &[
    Action::ScrollDown,
    Action::ScrollUp,
    Action::HalfPageDown,
    Action::HalfPageUp,
    Action::PageDown,
    Action::PageUp,
    Action::Top,
    Action::Bottom,
    Action::ToggleFocus,
    Action::NextQuote,
    Action::PrevQuote,
    Action::NextEvent,
    Action::PrevEvent,
    Action::NextMatch,
    Action::PrevMatch,
    Action::Select,
    Action::FilterSpeaker,
    Action::Escape,
    Action::Search,
    Action::Help,
    Action::Quit,
    Action::Copy,
    Action::CopyWithTitle,
    Action::Suspend,
    Action::ToggleSidebar,
    Action::Timeline,
    Action::Why,
    Action::QuotesView,
    Action::Backspace,
];

/// Characters typed into the prompts: regex syntax, names, nothing at all.
const TYPED: &[char] = &[
    'a', 'e', 'r', 'o', 's', 'K', '.', '*', '(', '[', '\\', '|', '?', '+', '{', '^', '$', ' ', 'é',
    '日', '\u{0}', '\u{1b}',
];

/// Bytes, read one at a time; zeros when they run out.
struct Bytes<'a>(&'a [u8]);

impl Bytes<'_> {
    fn byte(&mut self) -> u8 {
        let (&first, rest) = self.0.split_first().unwrap_or((&0, &[]));
        self.0 = rest;
        first
    }

    fn u16(&mut self) -> u16 {
        u16::from_le_bytes([self.byte(), self.byte()])
    }
}

/// Run the reader over `data`: two bytes give the article's length in bytes, those bytes
/// (made UTF-8) are the article, and each following group of bytes is one step.
pub fn run(data: &[u8]) {
    let mut input = Bytes(data);
    let length = usize::from(input.u16() % 4096).min(input.0.len());
    let (text, steps) = input.0.split_at(length);
    let text = String::from_utf8_lossy(text).into_owned();
    let mut input = Bytes(steps);
    let keymap = match Keymap::parse(DEFAULT_KEYMAP) {
        Ok(keymap) => keymap,
        Err(e) => panic!("the built-in keymap parses: {e}"),
    };
    let size = screen(input.byte(), input.byte());
    let mono = input.byte() % 2 == 0;
    let mut app = App::new(
        whosaid::unanalysed(&text),
        "fuzz.txt",
        keymap,
        Theme::new(mono),
        size,
    );
    app.analysing = true;
    let Ok(mut terminal) = Terminal::new(TestBackend::new(size.0, size.1));
    draw(&mut terminal, &app);
    for _ in 0..64 {
        if input.0.is_empty() {
            break;
        }
        let kind = input.byte();
        let action = match kind % 12 {
            0..=4 => Some(ACTIONS[usize::from(input.byte()) % ACTIONS.len()]),
            5 => Some(Action::Input(
                TYPED[usize::from(input.byte()) % TYPED.len()],
            )),
            6 => {
                let (columns, rows) = screen(input.byte(), input.byte());
                Some(Action::Resize(columns, rows))
            }
            7 => Some(Action::Click(
                u16::from(input.byte()),
                u16::from(input.byte()),
            )),
            8 => {
                let (column, row) = (u16::from(input.byte()), u16::from(input.byte()));
                Some(Action::WheelAt(column, row, i32::from(input.byte() as i8)))
            }
            9 => Some(Action::ScrollBy(i32::from(input.u16() as i16))),
            10 => whosaid::tui::to_action(&app, key(input.byte())),
            _ => {
                if app.analysing {
                    app.set_story(whosaid::analyze_with(&text, &whosaid::Options::default()));
                }
                None
            }
        };
        if let Some(action) = action {
            app.apply(action);
        }
        // What the event loop does after each action.
        app.suspend = false;
        app.clipboard = None;
        draw(&mut terminal, &app);
    }
}

/// A screen size: up to 160x48, with 0 and 1 as likely as any other.
fn screen(columns: u8, rows: u8) -> (u16, u16) {
    (u16::from(columns) % 161, u16::from(rows) % 49)
}

/// A key press as the terminal sends it.
fn key(byte: u8) -> Event {
    let code = match byte % 8 {
        0 => KeyCode::Esc,
        1 => KeyCode::Enter,
        2 => KeyCode::Backspace,
        3 => KeyCode::Down,
        4 => KeyCode::Up,
        _ => KeyCode::Char(char::from(b' ' + byte % 95)),
    };
    let modifiers = if byte >= 200 {
        KeyModifiers::CONTROL
    } else {
        KeyModifiers::NONE
    };
    Event::Key(KeyEvent::new(code, modifiers))
}

/// Draw the reader as the event loop does, on one terminal that follows its size (a
/// resize clears the screen; each other frame is drawn as a difference from the last).
fn draw(terminal: &mut Terminal<TestBackend>, app: &App) {
    let size = terminal.backend().buffer().area;
    if (size.width, size.height) != app.size {
        terminal.backend_mut().resize(app.size.0, app.size.1);
    }
    let Ok(_) = terminal.draw(|frame| whosaid::tui::view::draw(frame, app));
}
