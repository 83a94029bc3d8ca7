use super::*;
use crate::tui::action::Action;

mod flow;
mod overlays;
use crate::tui::keymap::{Keymap, DEFAULT_KEYMAP};

/// A story of my own: two speakers, a nested quotation, a term, two dated events.
pub const FIXTURE: &str = "Council Votes On The Bridge\n\n\
Mayor Jane Roe said on Monday that the bridge would reopen in 2019.\n\n\
\"We have waited long enough,\" Roe said. \"The city needs it.\"\n\n\
John Smith, the council treasurer, disagreed. \"My neighbours told me, 'Not again,' \
and they are right,\" Smith said.\n\n\
The so-called \"fast track\" plan was announced last week.\n\n\
\"It will cost too much,\" Smith added.";

pub fn app(size: (u16, u16)) -> App {
    let story = crate::analyze_with(
        FIXTURE,
        &crate::Options {
            date: "2018-06-14".parse().ok(),
        },
    );
    let keymap = Keymap::parse(DEFAULT_KEYMAP).unwrap_or_else(|e| panic!("{e}"));
    App::new(story, "fixture.txt", keymap, Theme::new(false), size)
}

fn person(app: &App, name: &str) -> usize {
    app.story
        .people
        .iter()
        .position(|p| p.name.contains(name))
        .unwrap_or_else(|| panic!("{name} is found"))
}

#[test]
fn next_and_previous_quotation_move_through_every_top_level_quote() {
    let mut app = app((100, 30));
    let top_level: Vec<usize> = (0..app.story.quotes.len())
        .filter(|&q| app.story.quotes[q].parent.is_none())
        .collect();
    assert_eq!(top_level.len(), 4);
    for &q in &top_level {
        app.apply(Action::NextQuote);
        assert_eq!(app.current_quote, Some(q));
    }
    app.apply(Action::NextQuote);
    assert_eq!(
        app.current_quote,
        top_level.last().copied(),
        "stays on the last one"
    );
    assert!(app.message.is_some());
    app.apply(Action::PrevQuote);
    assert_eq!(app.current_quote, Some(top_level[2]));
}

#[test]
fn selecting_a_person_filters_and_n_steps_through_their_quotes() {
    let mut app = app((100, 30));
    let smith = person(&app, "Smith");
    app.apply(Action::FilterSpeaker);
    for c in "smi".chars() {
        app.apply(Action::Input(c));
    }
    app.apply(Action::Select);
    assert_eq!(app.speaker_filter, Some(smith));
    let first = app.current_quote.unwrap_or(usize::MAX);
    assert_eq!(app.story.quotes[first].speaker, Some(smith));
    app.apply(Action::NextMatch);
    let second = app.current_quote.unwrap_or(usize::MAX);
    assert!(second > first);
    assert_eq!(app.story.quotes[second].speaker, Some(smith));
    app.apply(Action::Escape);
    assert_eq!(app.speaker_filter, None);
}

#[test]
fn sidebar_lists_people_by_quote_count_and_enter_on_an_event_jumps_to_it() {
    let mut app = app((100, 10));
    let counts: Vec<usize> = app
        .people_order
        .iter()
        .map(|&p| app.story.quote_count(p))
        .collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]), "{counts:?}");
    app.apply(Action::ToggleFocus);
    assert_eq!(app.focus, Focus::Sidebar);
    let people = app.people_order.len();
    for _ in 0..people {
        app.apply(Action::ScrollDown);
    }
    app.apply(Action::Select);
    let e = app.timeline.first().copied();
    assert!(e.is_some(), "the fixture has events");
    assert_eq!(app.current_event, e);
}

#[test]
fn search_counts_hits_and_n_cycles_through_them() {
    let mut app = app((100, 30));
    app.apply(Action::Search);
    for c in "smith".chars() {
        app.apply(Action::Input(c));
    }
    app.apply(Action::Select);
    assert!(!app.search.typing);
    assert_eq!(app.search.hits.len(), 3);
    assert_eq!(app.search.current, Some(0));
    app.apply(Action::NextMatch);
    app.apply(Action::NextMatch);
    app.apply(Action::NextMatch);
    assert_eq!(app.search.current, Some(0), "wraps around");
    app.apply(Action::PrevMatch);
    assert_eq!(app.search.current, Some(2));
    app.apply(Action::Escape);
    assert!(app.search.hits.is_empty());
}

#[test]
fn resizing_rewraps_and_keeps_the_place_in_the_text() {
    let mut app = app((100, 8));
    app.apply(Action::Bottom);
    let offset = app.wrapped.offset_of(app.top);
    app.apply(Action::Resize(60, 8));
    assert!(
        !app.sidebar_shown(),
        "the sidebar collapses below 80 columns"
    );
    let now = app.wrapped.offset_of(app.top);
    let row = app.wrapped.row_of(offset);
    assert!(
        app.top <= row && row < app.top + app.page(),
        "{offset} is still on screen ({now})"
    );
    app.apply(Action::ToggleSidebar);
    assert!(app.sidebar_shown(), "s shows it at any width");
    let areas = app.areas();
    let people = areas.people.expect("the people list is on screen");
    assert!(
        people.y >= areas.article.y + areas.article.height,
        "below the article"
    );
    app.apply(Action::ToggleSidebar);
    app.apply(Action::Resize(100, 8));
    assert!(!app.sidebar_shown(), "s hid it, and it stays hidden");
    app.apply(Action::ToggleSidebar);
    assert!(app.sidebar_shown());
}

#[test]
fn overlays_open_and_close_and_q_quits_only_from_the_article() {
    let mut app = app((100, 30));
    for (open, want) in [
        (Action::Help, Overlay::Help { scroll: 0 }),
        (Action::QuotesView, Overlay::Quotes { cursor: 0 }),
        (Action::Timeline, Overlay::Timeline { cursor: 0 }),
    ] {
        app.apply(open);
        assert_eq!(app.overlay, want);
        app.apply(Action::Quit);
        assert_eq!(app.overlay, Overlay::None);
        assert!(!app.quit);
    }
    app.apply(Action::Quit);
    assert!(app.quit);
}

#[test]
fn enter_in_the_quotes_view_jumps_to_the_quotation() {
    let mut app = app((100, 6));
    app.apply(Action::QuotesView);
    app.apply(Action::ScrollDown);
    app.apply(Action::Select);
    let list = app.quote_list();
    assert_eq!(app.current_quote, Some(list[1].1));
    let start = app.story.quotes[list[1].1].span.start();
    let row = app.wrapped.row_of(start);
    assert!(app.top <= row && row < app.top + app.page());
}

#[test]
fn mouse_click_on_a_person_selects_them() {
    let mut app = app((100, 9));
    let people = app.areas().people.unwrap_or_default();
    app.apply(Action::Click(people.x + 3, people.y + 1));
    assert_eq!(app.speaker_filter, Some(app.people_order[0]));
    let article = app.areas().article;
    app.apply(Action::WheelAt(article.x + 2, article.y + 2, 3));
    assert_eq!(
        app.top, 3,
        "the wheel over the article scrolls it, whatever has focus"
    );
    // Over the sidebar, the wheel moves the sidebar's cursor and leaves the article be.
    let cursor = app.side_cursor;
    app.apply(Action::WheelAt(people.x + 3, people.y + 1, 3));
    assert_eq!(app.side_cursor, cursor + 1);
    assert_eq!(app.top, 3);
}

#[test]
fn the_analysis_arriving_later_keeps_the_readers_place() {
    let keymap = Keymap::parse(DEFAULT_KEYMAP).unwrap_or_else(|e| panic!("{e}"));
    let bare = crate::unanalysed(FIXTURE);
    let mut app = App::new(bare, "fixture.txt", keymap, Theme::new(false), (100, 9));
    assert!(app.people_order.is_empty() && app.story.quotes.is_empty());
    app.apply(Action::ScrollBy(3));
    let offset = app.wrapped.offset_of(app.top);
    let story = crate::analyze_with(
        FIXTURE,
        &crate::Options {
            date: "2018-06-14".parse().ok(),
        },
    );
    app.set_story(story);
    assert!(!app.people_order.is_empty() && !app.story.quotes.is_empty());
    assert!(!app.timeline.is_empty());
    assert_eq!(
        app.wrapped.offset_of(app.top),
        offset,
        "the same line stays on top"
    );
    app.apply(Action::NextQuote);
    assert!(app.current_quote.is_some());
}

#[test]
fn c_gives_the_current_quotation_a_person_or_a_new_name_and_u_undoes_it() {
    use crate::analysis::model::Method;
    let mut app = app((100, 30));
    app.apply(Action::Correct);
    assert!(app.message.is_some(), "no current quotation yet");
    assert_eq!(app.overlay, Overlay::None);
    app.apply(Action::NextQuote);
    let q = app.current_quote.unwrap_or_else(|| panic!("a quotation"));
    let smith = person(&app, "Smith");
    assert_ne!(app.story.quotes[q].speaker, Some(smith));
    // An existing person, narrowed by typing.
    app.apply(Action::Correct);
    for c in "smi".chars() {
        app.apply(Action::Input(c));
    }
    app.apply(Action::Select);
    assert_eq!(app.overlay, Overlay::None);
    assert_eq!(app.story.quotes[q].speaker, Some(smith));
    assert_eq!(app.story.quotes[q].method, Method::User);
    assert!(std::mem::take(&mut app.corrections_changed), "to be stored");
    assert_eq!(app.corrections.corrections.len(), 1);
    // A new name: a new person, first in the sidebar's order only if quoted most.
    let people = app.story.people.len();
    app.apply(Action::Correct);
    for c in "Ann Lee".chars() {
        app.apply(Action::Input(c));
    }
    assert_eq!(
        app.correct_choices("Ann Lee"),
        vec![super::Choice::New("Ann Lee".into())]
    );
    app.apply(Action::Select);
    assert_eq!(app.story.people.len(), people + 1);
    assert_eq!(app.story.quotes[q].speaker, Some(people));
    assert!(app.people_order.contains(&people));
    // Undo: back to Smith, the new person gone; again: back to the analysis.
    let analysed = crate::analyze_with(
        FIXTURE,
        &crate::Options {
            date: "2018-06-14".parse().ok(),
        },
    );
    app.apply(Action::Undo);
    assert_eq!(app.story.people.len(), people);
    assert_eq!(app.story.quotes[q].speaker, Some(smith));
    app.apply(Action::Undo);
    assert_eq!(app.story.quotes, analysed.quotes);
    assert!(app.corrections.is_empty());
    app.apply(Action::Undo);
    assert_eq!(app.message.as_deref(), Some("no correction to undo"));
}
