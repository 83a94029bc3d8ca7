//! The reader's own flow, as issue 9 found it broken: filter and jump, `n` by speaker,
//! Enter on a person, search that keeps the place. Regression tests named after the bug.

use super::{app, person};
use crate::tui::action::Action;
use crate::tui::app::{Focus, Overlay};

fn top_level_of(app: &crate::tui::app::App, who: usize) -> Vec<usize> {
    (0..app.story.quotes.len())
        .filter(|&q| {
            let quote = &app.story.quotes[q];
            quote.parent.is_none() && quote.speaker == Some(who)
        })
        .collect()
}

#[test]
fn with_a_filter_on_bracket_stays_with_that_speaker() {
    let mut app = app((100, 30));
    let roe = person(&app, "Roe");
    let smith = person(&app, "Smith");
    app.apply(Action::FilterSpeaker);
    for c in "smi".chars() {
        app.apply(Action::Input(c));
    }
    app.apply(Action::Select);
    assert_eq!(app.speaker_filter, Some(smith));
    // Back to the top, then `]`: the first quotation there is Roe's, which must be skipped.
    app.apply(Action::Top);
    app.current_quote = None;
    for _ in 0..4 {
        app.apply(Action::NextQuote);
        let q = app.current_quote.expect("a quotation is current");
        assert_eq!(
            app.story.quotes[q].speaker,
            Some(smith),
            "never Roe ({roe})"
        );
    }
    app.apply(Action::PrevQuote);
    let q = app.current_quote.expect("a quotation is current");
    assert_eq!(app.story.quotes[q].speaker, Some(smith));
}

#[test]
fn n_without_a_filter_goes_to_the_next_quote_of_the_current_speaker_and_wraps() {
    let mut app = app((100, 30));
    let roe = person(&app, "Roe");
    let smith = person(&app, "Smith");
    let smiths = top_level_of(&app, smith);
    assert!(smiths.len() >= 2 && !top_level_of(&app, roe).is_empty());
    // Go to Smith's first quotation with `]`.
    while app.current_quote != Some(smiths[0]) {
        app.apply(Action::NextQuote);
    }
    app.apply(Action::NextMatch);
    assert_eq!(app.current_quote, Some(smiths[1]));
    app.apply(Action::NextMatch);
    assert_eq!(
        app.current_quote,
        Some(smiths[0]),
        "wraps round to Smith's first"
    );
    assert!(app
        .message
        .as_deref()
        .is_some_and(|m| m.contains("wrapped")));
    app.apply(Action::PrevMatch);
    assert_eq!(app.current_quote, Some(smiths[1]), "N wraps backwards");
}

#[test]
fn enter_on_a_person_goes_to_their_next_quote_from_here_wrapping_round() {
    let mut app = app((100, 30));
    let roe = person(&app, "Roe");
    let roes = top_level_of(&app, roe);
    // Stand on the last quotation of the text (Smith's), past every quotation of Roe.
    app.apply(Action::Bottom);
    for _ in 0..8 {
        app.apply(Action::NextQuote);
    }
    app.apply(Action::ToggleFocus);
    assert_eq!(app.focus, Focus::Sidebar);
    let index = app
        .people_order
        .iter()
        .position(|&p| p == roe)
        .expect("Roe is in the sidebar");
    while app.side_cursor < index {
        app.apply(Action::ScrollDown);
    }
    app.apply(Action::Select);
    assert_eq!(app.speaker_filter, Some(roe));
    assert_eq!(
        app.current_quote,
        roes.first().copied(),
        "wrapped to Roe's first"
    );
    assert!(
        !app.message.as_deref().unwrap_or("").contains("no more"),
        "{:?}",
        app.message
    );
}

#[test]
fn a_search_with_no_hit_says_so_and_keeps_the_place() {
    let mut app = app((100, 6));
    app.apply(Action::Bottom);
    let top = app.top;
    assert!(top > 0, "the fixture is longer than a 6-row screen");
    app.apply(Action::Search);
    for c in "xyzzy".chars() {
        app.apply(Action::Input(c));
    }
    assert_eq!(app.top, top);
    app.apply(Action::Select);
    assert_eq!(app.top, top, "G then /xyzzy stays at the end");
    assert!(app
        .message
        .as_deref()
        .is_some_and(|m| m.contains("not found")));
}

#[test]
fn escape_while_typing_a_search_returns_to_where_it_began() {
    let mut app = app((100, 6));
    app.apply(Action::Bottom);
    let top = app.top;
    app.apply(Action::Search);
    for c in "council".chars() {
        app.apply(Action::Input(c));
    }
    assert!(app.top < top, "the hit near the start is shown");
    app.apply(Action::Escape);
    assert_eq!(app.top, top);
    assert!(app.search.hits.is_empty() && !app.search.typing);
}

#[test]
fn keys_that_need_the_analysis_say_so_while_it_runs() {
    let mut app = app((100, 30));
    app.analysing = true;
    app.apply(Action::NextQuote);
    assert_eq!(app.current_quote, None);
    assert!(app
        .message
        .as_deref()
        .is_some_and(|m| m.contains("analysing")));
    app.apply(Action::Timeline);
    assert_eq!(app.overlay, Overlay::None);
}

#[test]
fn the_help_scrolls() {
    let mut app = app((100, 12));
    app.apply(Action::Help);
    app.apply(Action::ScrollDown);
    assert_eq!(app.overlay, Overlay::Help { scroll: 1 });
    app.apply(Action::Bottom);
    let Overlay::Help { scroll } = app.overlay else {
        panic!("the help stays open");
    };
    assert!(scroll > 10, "G goes to the end of the help ({scroll})");
    app.apply(Action::Top);
    assert_eq!(app.overlay, Overlay::Help { scroll: 0 });
}
