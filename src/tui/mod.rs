//! The terminal reader (ratatui + crossterm).
//!
//! Keys and mouse events become [`action::Action`]s; [`app::App::apply`] is the only place
//! state changes; the views in [`view`] only read the state. The terminal is restored on
//! every way out: quit, error, panic, and SIGTERM/SIGINT/SIGHUP.

pub mod action;
pub mod app;
pub mod config;
pub mod keymap;
pub mod layout;
pub mod palette;
pub mod safe;
pub mod scroll;
pub mod theme;
pub mod view;
pub mod wrap;

use std::sync::atomic::{AtomicBool, AtomicI32, Ordering};
use std::sync::Arc;
use std::time::Duration;

use ratatui::crossterm::event::{
    self, DisableMouseCapture, EnableMouseCapture, Event, KeyCode, KeyEvent, KeyEventKind,
    KeyModifiers, MouseEventKind,
};
use ratatui::crossterm::execute;

use crate::source::Article;
use crate::state::corrections::CorrectionStore;
use crate::story::Story;
use action::Action;
use app::{App, Overlay};

/// How the reader ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ended {
    /// The user quit.
    Quit,
    /// A signal (SIGTERM, SIGINT or SIGHUP) stopped it, after the terminal was restored.
    Signal(i32),
}

impl Ended {
    /// The process's exit status: 0 after quitting, 128 + the signal's number after one.
    pub fn exit_status(self) -> u8 {
        match self {
            Self::Quit => 0,
            Self::Signal(n) => u8::try_from(128 + n).unwrap_or(u8::MAX),
        }
    }
}

/// Run the reader on `story` until the user quits or a signal stops it.
pub fn run(story: Story, name: &str) -> anyhow::Result<Ended> {
    let article = Article {
        name: name.to_string(),
        ..Article::default()
    };
    run_with(story, None, article, Stores::default())
}

/// Run the reader on `article`: its first frame shows the bare text at once, and the
/// highlights, people and events follow as soon as the analysis (on another thread) is
/// done. A novel takes about 0.1 s to analyse; a page of news, a millisecond.
///
/// With a `store`, the reader opens where it was left in the same document (same text) and
/// saves its place there when it closes. With `corrections`, the speaker corrections stored
/// for the document are shown once the analysis is done, and each new one is stored at once.
pub fn run_analysing(
    mut article: Article,
    options: crate::Options,
    store: Option<crate::state::Store>,
    corrections: Option<CorrectionStore>,
) -> anyhow::Result<Ended> {
    let text = std::mem::take(&mut article.text);
    // The first frame needs the first screen: a large text is split into paragraphs only
    // as far as FIRST_PART, the rest follows from the other thread before its analysis,
    // which starts once the first frame is on screen (so as not to slow it down).
    let first = crate::unanalysed_prefix(text, FIRST_PART);
    let whole =
        first.document.paragraphs.last().map(|p| p.end()) < Some(first.text().trim_end().len());
    let (tx, rx) = std::sync::mpsc::channel();
    let start = move |text: String| {
        std::thread::spawn(move || {
            if whole {
                let _ = tx.send(Analysis::Bare(Box::new(crate::unanalysed(&text))));
            }
            let progress = tx.clone();
            let story = crate::analyze_reporting(text, &options, &mut |stage| {
                let _ = progress.send(Analysis::Stage(stage));
            });
            let _ = tx.send(Analysis::Done(Box::new(story)));
        });
    };
    let stores = Stores {
        place: store,
        corrections,
    };
    run_with(first, Some((rx, Box::new(start))), article, stores)
}

/// Where the reader keeps what outlives it.
#[derive(Default)]
struct Stores {
    /// Saved places.
    place: Option<crate::state::Store>,
    /// Speaker corrections.
    corrections: Option<CorrectionStore>,
}

/// The analysis to come: where its news arrive, and how to start it with the text.
type Pending = (
    std::sync::mpsc::Receiver<Analysis>,
    Box<dyn FnOnce(String) + Send>,
);

/// How much of a text the first frame splits into paragraphs (bytes).
const FIRST_PART: usize = 256 * 1024;

/// What the analysis thread tells the reader.
enum Analysis {
    /// The whole text split into paragraphs, not yet analysed.
    Bare(Box<Story>),
    /// A stage has begun.
    Stage(crate::analysis::Stage),
    /// The story, analysed.
    Done(Box<Story>),
}

/// `article` is what the input said about itself (its `text` is not used: the story has
/// it).
fn run_with(
    story: Story,
    analysis: Option<Pending>,
    article: Article,
    stores: Stores,
) -> anyhow::Result<Ended> {
    let Stores {
        place: store,
        corrections,
    } = stores;
    let (mut pending, mut start) = match analysis {
        Some((rx, start)) => (Some(rx), Some(start)),
        None => (None, None),
    };
    let mut saved = None;
    use std::io::IsTerminal;
    // A broken theme or keymap file is reported first, whatever the output is.
    let theme = theme::Theme::load().map_err(|e| anyhow::anyhow!("theme: {e}"))?;
    let keymap = keymap::Keymap::load().map_err(|e| anyhow::anyhow!("keymap: {e}"))?;
    if !std::io::stdout().is_terminal() {
        anyhow::bail!("standard output is not a terminal (use --json for machine-readable output)");
    }
    // The signal that asks the reader to stop; 0 while none has come.
    let stop = Arc::new(AtomicI32::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let signals = watch_signals(Arc::clone(&stop), Arc::clone(&done))?;
    install_panic_hook();
    let mut terminal = ratatui::try_init()?;
    let _ = execute!(std::io::stdout(), EnableMouseCapture);
    let result = (|| -> anyhow::Result<()> {
        let size = terminal.size()?;
        let Article {
            name, meta, marks, ..
        } = article;
        let mut app = App::new(story, &name, keymap, theme, (size.width, size.height))
            .with_source(meta, marks);
        app.analysing = pending.is_some();
        if let Some(store) = &store {
            match store.load(app.story.text()) {
                Ok(Some(place)) => app.restore(place),
                Ok(None) => {}
                Err(e) => app.message = Some(format!("saved place: {e}")),
            }
        }
        while !app.quit && stop.load(Ordering::Relaxed) == 0 {
            match pending.as_ref().map(std::sync::mpsc::Receiver::try_recv) {
                Some(Ok(Analysis::Stage(stage))) => app.stage = Some(stage),
                Some(Ok(Analysis::Bare(story))) => app.set_bare(*story),
                Some(Ok(Analysis::Done(story))) => {
                    app.set_story(*story);
                    pending = None;
                    if let Some(store) = &corrections {
                        match store.load(app.story.text()) {
                            Ok(stored) => app.set_corrections(stored),
                            Err(e) => app.message = Some(format!("corrections: {e}")),
                        }
                    }
                }
                // The analysis failed: the bare text stays.
                Some(Err(std::sync::mpsc::TryRecvError::Disconnected)) => {
                    pending = None;
                    app.analysing = false;
                    app.message = Some("the analysis failed: showing the text alone".into());
                }
                _ => {}
            }
            terminal.draw(|frame| view::draw(frame, &app))?;
            if let Some(start) = start.take() {
                start(app.story.text().to_string());
            }
            // While the analysis runs, look for it often; while a large text is still being
            // wrapped, wrap some more whenever no key is waiting.
            let mut wrapping = !app.wrapped.is_complete(&app.story);
            let wait = if pending.is_some() { 10 } else { 200 };
            let mut key = false;
            while wrapping {
                if event::poll(Duration::ZERO)? {
                    key = true;
                    break;
                }
                wrapping = app.wrap_more();
            }
            if !key && !event::poll(Duration::from_millis(wait))? {
                continue;
            }
            // Drain what is queued before drawing again.
            loop {
                if let Some(action) = to_action(&app, event::read()?) {
                    app.apply(action);
                }
                if std::mem::take(&mut app.corrections_changed) {
                    if let Some(store) = &corrections {
                        if let Err(e) = store.save(app.story.text(), &app.corrections) {
                            app.message = Some(format!("correction not stored: {e}"));
                        }
                    }
                }
                if let Some(text) = app.clipboard.take() {
                    copy_to_clipboard(&text)?;
                }
                if app.suspend {
                    app.suspend = false;
                    suspend(&mut terminal)?;
                    break;
                }
                if app.quit || !event::poll(Duration::ZERO)? {
                    break;
                }
            }
        }
        if let Some(store) = &store {
            saved = Some(store.save(app.story.text(), &app.place()));
        }
        Ok(())
    })();
    restore();
    done.store(true, Ordering::Relaxed);
    signals.close();
    if let Some(Err(e)) = saved {
        eprintln!("whosaid: your place was not saved: {e}");
    }
    // A signal wins over an error it caused (a terminal hung up fails to draw).
    match stop.load(Ordering::Relaxed) {
        0 => result.map(|()| Ended::Quit),
        signal => Ok(Ended::Signal(signal)),
    }
}

/// On SIGTERM, SIGINT or SIGHUP, ask the main loop to stop (`stop` holds the signal, for
/// the exit status); if it has not come back to
/// see the request within half a second, restore the terminal and exit from here. The
/// main loop may never come back: when the terminal goes away, crossterm's reader spins
/// on end-of-file without returning (crossterm issue #793), and a reader left behind by a
/// closed terminal would burn a core for ever.
fn watch_signals(
    stop: Arc<AtomicI32>,
    done: Arc<AtomicBool>,
) -> anyhow::Result<signal_hook::iterator::Handle> {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGINT, SIGHUP])?;
    let handle = signals.handle();
    std::thread::spawn(move || {
        let Some(signal) = signals.forever().next() else {
            return;
        };
        stop.store(signal, Ordering::Relaxed);
        for _ in 0..10 {
            std::thread::sleep(Duration::from_millis(50));
            if done.load(Ordering::Relaxed) {
                return;
            }
        }
        restore();
        std::process::exit(128 + signal);
    });
    Ok(handle)
}

/// Put `text` on the clipboard of the terminal (and of the machine it runs on, over ssh
/// too) with the OSC 52 escape sequence; terminals that do not know it ignore it.
fn copy_to_clipboard(text: &str) -> std::io::Result<()> {
    use base64::Engine;
    use std::io::Write;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    let mut out = std::io::stdout();
    write!(out, "\x1b]52;c;{encoded}\x07")?;
    out.flush()
}

/// Ctrl-z: give the terminal back to the shell, stop until `fg`, then take the terminal
/// again (raw mode, alternate screen, mouse) and redraw everything.
fn suspend(terminal: &mut ratatui::DefaultTerminal) -> anyhow::Result<()> {
    restore();
    // Stops here until SIGCONT.
    signal_hook::low_level::raise(signal_hook::consts::SIGTSTP)?;
    ratatui::crossterm::terminal::enable_raw_mode()?;
    execute!(
        std::io::stdout(),
        ratatui::crossterm::terminal::EnterAlternateScreen,
        EnableMouseCapture
    )?;
    terminal.clear()?;
    Ok(())
}

/// Leave the alternate screen, raw mode and mouse capture.
fn restore() {
    let _ = execute!(std::io::stdout(), DisableMouseCapture);
    ratatui::restore();
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}

/// The action for a terminal event in the reader's current mode.
pub fn to_action(app: &App, event: Event) -> Option<Action> {
    match event {
        Event::Key(key) if key.kind != KeyEventKind::Release => key_action(app, key),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::WheelAt(m.column, m.row, 3)),
            MouseEventKind::ScrollUp => Some(Action::WheelAt(m.column, m.row, -3)),
            MouseEventKind::Down(_) => Some(Action::Click(m.column, m.row)),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(w, h)),
        _ => None,
    }
}

fn key_action(app: &App, key: KeyEvent) -> Option<Action> {
    let typing = app.search.typing
        || matches!(
            app.overlay,
            Overlay::Filter { .. } | Overlay::Correct { .. }
        );
    if typing {
        let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
        return match key.code {
            KeyCode::Char('c') if ctrl => Some(Action::Quit),
            KeyCode::Char('z') if ctrl => Some(Action::Suspend),
            KeyCode::Char(c) if !ctrl => Some(Action::Input(c)),
            KeyCode::Backspace => Some(Action::Backspace),
            KeyCode::Enter => Some(Action::Select),
            KeyCode::Esc => Some(Action::Escape),
            KeyCode::Down => Some(Action::ScrollDown),
            KeyCode::Up => Some(Action::ScrollUp),
            _ => None,
        };
    }
    app.keymap.action(key)
}
