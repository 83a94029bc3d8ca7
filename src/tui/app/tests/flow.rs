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

#[test]
fn a_click_on_a_quotation_makes_it_current() {
    let mut app = app((100, 30));
    let smith = person(&app, "Smith");
    let q = *top_level_of(&app, smith)
        .last()
        .expect("Smith has quotations");
    let start = app.story.quotes[q].span.start();
    let row = app.wrapped.row_of(start);
    let words = &app.wrapped.rows[row].words;
    let before: usize = words
        .iter()
        .take_while(|w| w.start < start)
        .map(|w| w.width + 1)
        .sum();
    let area = app.areas().article;
    let (col, y) = (
        area.x + 2 + before as u16 + 1,
        area.y + (row - app.top) as u16,
    );
    app.apply(Action::Click(col, y));
    assert_eq!(app.current_quote, Some(q));
    app.apply(Action::Click(area.x + 2, area.y));
    assert_eq!(
        app.current_quote,
        Some(q),
        "a click on the title changes nothing"
    );
}

#[test]
fn the_quotes_list_opens_at_the_current_quotation_and_g_goes_to_its_ends() {
    let mut app = app((100, 30));
    app.apply(Action::NextQuote);
    app.apply(Action::NextQuote);
    app.apply(Action::NextQuote);
    let current = app.current_quote;
    app.apply(Action::QuotesView);
    let Overlay::Quotes { cursor } = app.overlay else {
        panic!("the list is open");
    };
    assert_eq!(app.quote_list().get(cursor).map(|&(_, q)| q), current);
    app.apply(Action::Bottom);
    assert_eq!(
        app.overlay,
        Overlay::Quotes {
            cursor: app.quote_list().len() - 1
        }
    );
    app.apply(Action::Top);
    assert_eq!(app.overlay, Overlay::Quotes { cursor: 0 });
}

#[test]
fn with_the_sidebar_focused_g_and_page_keys_move_its_list() {
    let mut app = app((100, 30));
    app.apply(Action::ToggleFocus);
    let top = app.top;
    app.apply(Action::Bottom);
    assert_eq!(app.side_cursor, app.side_items().len() - 1);
    assert_eq!(app.top, top, "the article stays");
    app.apply(Action::Top);
    assert_eq!(app.side_cursor, 0);
    app.apply(Action::PageDown);
    assert!(app.side_cursor > 0);
}

#[test]
fn y_copies_the_quotation_with_its_speaker_and_capital_y_adds_the_title() {
    let mut app = app((100, 30));
    app.apply(Action::NextQuote);
    app.apply(Action::Copy);
    let copied = app.clipboard.take().expect("something to copy");
    assert!(
        copied.starts_with("\"We have waited long enough,\" — ") && copied.ends_with("Roe"),
        "{copied}"
    );
    app.apply(Action::CopyWithTitle);
    let copied = app.clipboard.take().expect("something to copy");
    assert!(
        copied.ends_with(", in “Council Votes On The Bridge”"),
        "{copied}"
    );
}

#[test]
fn the_wheel_over_the_sidebar_moves_a_visible_selection_in_the_list_under_it() {
    let mut app = app((100, 30));
    let areas = app.areas();
    let events = areas.events.expect("the events list is on screen");
    let people = areas.people.expect("the people list is on screen");
    app.apply(Action::WheelAt(events.x + 3, events.y + 2, 3));
    assert_eq!(app.focus, Focus::Sidebar, "the selection shows");
    assert!(
        app.side_cursor >= app.people_order.len(),
        "in the events list"
    );
    app.apply(Action::WheelAt(people.x + 3, people.y + 2, 3));
    assert!(
        app.side_cursor < app.people_order.len(),
        "back in the people list"
    );
    let before = app.side_cursor;
    app.apply(Action::WheelAt(people.x + 3, people.y + 2, 3));
    assert_eq!(app.side_cursor, before + 1);
}

#[test]
fn a_large_text_is_wrapped_as_the_reader_goes_and_g_reaches_its_end() {
    let text: String = (0..3000)
        .map(|i| format!("Paragraph {i} says what it says, at a length that wraps.\n\n"))
        .collect();
    let story = crate::unanalysed(&text);
    let keymap = crate::tui::keymap::Keymap::parse(crate::tui::keymap::DEFAULT_KEYMAP)
        .unwrap_or_else(|e| panic!("{e}"));
    let theme = crate::tui::theme::Theme::new(false);
    let mut app = crate::tui::app::App::new(story, "big.txt", keymap, theme, (60, 20));
    assert!(
        !app.wrapped.is_complete(&app.story),
        "only the first screens"
    );
    let first = app.wrapped.rows.len();
    app.apply(Action::PageDown);
    assert!(app.wrapped.rows.len() >= first, "more as the reader goes");
    app.apply(Action::Bottom);
    assert!(app.wrapped.is_complete(&app.story));
    let last = app.wrapped.rows.len() - 1;
    assert_eq!(app.top + app.page() - 1, last, "the last row is on screen");
    // Between keys the rest is wrapped in slices, and the place is kept.
    app.apply(Action::Top);
    let mut fresh = crate::tui::app::App::new(
        crate::unanalysed(&text),
        "big.txt",
        crate::tui::keymap::Keymap::parse(crate::tui::keymap::DEFAULT_KEYMAP)
            .unwrap_or_else(|e| panic!("{e}")),
        crate::tui::theme::Theme::new(false),
        (60, 20),
    );
    while fresh.wrap_more() {}
    assert_eq!(
        fresh.wrapped.rows, app.wrapped.rows,
        "wrapping in slices changes nothing"
    );
}

#[test]
fn f_in_the_quotations_list_narrows_it_to_a_speaker() {
    let mut app = app((100, 30));
    let smith = person(&app, "Smith");
    app.apply(Action::QuotesView);
    app.apply(Action::FilterSpeaker);
    for c in "smi".chars() {
        app.apply(Action::Input(c));
    }
    app.apply(Action::Select);
    assert!(
        matches!(app.overlay, Overlay::Quotes { .. }),
        "back in the list"
    );
    let list = app.quote_list();
    assert!(!list.is_empty() && list.iter().all(|&(s, _)| s == Some(smith)));
}

#[test]
fn r_on_a_person_in_the_sidebar_renames_them_or_merges_them_into_another() {
    let mut app = app((100, 30));
    app.analysing = false;
    let smith = person(&app, "Smith");
    let roe = person(&app, "Roe");
    app.apply(Action::ToggleFocus);
    let at = |app: &crate::tui::app::App, p: usize| {
        app.people_order
            .iter()
            .position(|&x| x == p)
            .expect("listed")
    };
    app.side_cursor = at(&app, smith);
    app.apply(Action::RenamePerson);
    assert!(matches!(app.overlay, Overlay::Correct { .. }));
    for c in "John Smyth".chars() {
        app.apply(Action::Input(c));
    }
    app.apply(Action::Select);
    assert_eq!(app.story.people[smith].name, "John Smyth");
    // Merge Roe into Smyth: all four quotations are Smyth's, Roe leaves the sidebar.
    app.side_cursor = at(&app, roe);
    app.apply(Action::RenamePerson);
    for c in "smyth".chars() {
        app.apply(Action::Input(c));
    }
    app.apply(Action::Select);
    assert_eq!(app.story.quote_counts()[smith], 4);
    assert!(!app.people_order.contains(&roe));
    app.apply(Action::Undo);
    assert!(app.people_order.contains(&roe), "u undoes the merge");
}
