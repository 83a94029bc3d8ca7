//! `q` in the overlays (issue 14, item 9): as in `less`, `q` closes the overlay it is
//! pressed in and only a second `q` quits. Keys go through the keymap (`tui::to_action`),
//! as the terminal sends them. In the filter and search prompts `q` is a letter typed.

use super::app;
use crate::tui::action::Action;
use crate::tui::app::{App, Overlay};
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

fn press(app: &mut App, code: KeyCode, modifiers: KeyModifiers) {
    let action = crate::tui::to_action(app, Event::Key(KeyEvent::new(code, modifiers)));
    if let Some(action) = action {
        app.apply(action);
    }
}

/// Open an overlay with `open`, press `q`: the overlay closes and the reader stays; a
/// second `q` quits.
fn q_closes(open: Action, is_open: fn(&Overlay) -> bool) {
    let mut app = app((100, 30));
    app.apply(Action::NextQuote);
    app.apply(open);
    assert!(is_open(&app.overlay), "{open:?} opens: {:?}", app.overlay);
    press(&mut app, KeyCode::Char('q'), KeyModifiers::NONE);
    assert_eq!(app.overlay, Overlay::None, "q closes it");
    assert!(!app.quit, "q in an overlay does not quit");
    press(&mut app, KeyCode::Char('q'), KeyModifiers::NONE);
    assert!(app.quit, "a second q quits");
}

#[test]
fn q_closes_the_help() {
    q_closes(Action::Help, |o| matches!(o, Overlay::Help { .. }));
}

#[test]
fn q_closes_the_quotations_list() {
    q_closes(Action::QuotesView, |o| matches!(o, Overlay::Quotes { .. }));
}

#[test]
fn q_closes_the_timeline() {
    q_closes(Action::Timeline, |o| matches!(o, Overlay::Timeline { .. }));
}

#[test]
fn q_closes_the_why_window() {
    q_closes(Action::Why, |o| matches!(o, Overlay::Why));
}

#[test]
fn q_in_the_filter_prompt_is_typed_and_esc_or_ctrl_c_closes_it() {
    for close in [KeyCode::Esc, KeyCode::Char('c')] {
        let mut app = app((100, 30));
        app.apply(Action::FilterSpeaker);
        press(&mut app, KeyCode::Char('q'), KeyModifiers::NONE);
        assert!(
            matches!(&app.overlay, Overlay::Filter { input, .. } if input == "q"),
            "{:?}",
            app.overlay
        );
        let ctrl = if close == KeyCode::Esc {
            KeyModifiers::NONE
        } else {
            KeyModifiers::CONTROL
        };
        press(&mut app, close, ctrl);
        assert_eq!(app.overlay, Overlay::None, "{close:?} closes the filter");
        assert!(!app.quit);
    }
}

/// Regression: Ctrl-c in the search prompt did nothing (the prompt ignored `Quit`), while
/// in the filter prompt it closes the prompt; it now leaves the search prompt too.
#[test]
fn ctrl_c_in_the_search_prompt_did_nothing() {
    let mut app = app((100, 30));
    press(&mut app, KeyCode::Char('/'), KeyModifiers::NONE);
    press(&mut app, KeyCode::Char('q'), KeyModifiers::NONE);
    assert!(app.search.typing && app.search.query == "q", "q is typed");
    press(&mut app, KeyCode::Char('c'), KeyModifiers::CONTROL);
    assert!(!app.search.typing, "Ctrl-c leaves the prompt");
    assert!(app.search.query.is_empty() && !app.quit);
}
