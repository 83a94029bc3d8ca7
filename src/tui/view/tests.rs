use ratatui::backend::TestBackend;
use ratatui::style::Modifier;
use ratatui::Terminal;

use crate::tui::action::Action;
use crate::tui::app::tests::app;
use crate::tui::app::App;
use crate::tui::theme::Theme;

fn render(app: &App) -> Terminal<TestBackend> {
    let mut terminal =
        Terminal::new(TestBackend::new(app.size.0, app.size.1)).unwrap_or_else(|e| match e {});
    terminal
        .draw(|f| super::draw(f, app))
        .unwrap_or_else(|e| match e {});
    terminal
}

fn plain(fg: Option<ratatui::style::Color>) -> bool {
    matches!(fg, None | Some(ratatui::style::Color::Reset))
}

fn screen(t: &Terminal<TestBackend>) -> String {
    let buf = t.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            (0..buf.area.width)
                .map(|x| buf[(x, y)].symbol())
                .collect::<String>()
                .trim_end()
                .to_string()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Position of the first cell that starts `needle` on screen; a test fails when it is not
/// there (never a fall back to cell (0, 0), which would test the wrong cell).
fn find(t: &Terminal<TestBackend>, needle: &str) -> (u16, u16) {
    let text = screen(t);
    text.lines()
        .enumerate()
        .find_map(|(y, line)| {
            line.find(needle)
                .map(|b| (line[..b].chars().count() as u16, y as u16))
        })
        .unwrap_or_else(|| panic!("{needle:?} is not on screen:\n{text}"))
}

#[test]
fn main_screen_snapshot() {
    let app = app((100, 24));
    insta::assert_snapshot!(screen(&render(&app)));
}

#[test]
fn quotations_take_their_speakers_colours_and_the_filter_dims_the_others() {
    let mut app = app((100, 24));
    let t = render(&app);
    let buf = t.backend().buffer();
    let (x1, y1) = find(&t, "We have waited");
    let (x2, y2) = find(&t, "It will cost");
    let roe = buf[(x1, y1)].style();
    let smith = buf[(x2, y2)].style();
    assert!(roe.fg.is_some() && smith.fg.is_some());
    assert_ne!(roe.fg, smith.fg, "two speakers, two colours");
    let (xn, yn) = find(&t, "said on Monday");
    assert!(
        plain(buf[(xn, yn)].style().fg),
        "narration is not highlighted"
    );
    // Filter on Smith: Roe's quotation loses its highlight.
    let smith_id = app
        .story
        .people
        .iter()
        .position(|p| p.name.contains("Smith"));
    app.speaker_filter = smith_id;
    let t = render(&app);
    let buf = t.backend().buffer();
    assert!(
        plain(buf[(x1, y1)].style().fg),
        "the filter dims other speakers"
    );
    assert_eq!(buf[(x2, y2)].style().fg, smith.fg);
}

#[test]
fn no_color_theme_uses_modifiers_only() {
    let mut app = app((100, 24));
    app.theme = Theme::new(true);
    app.apply(Action::NextQuote);
    let t = render(&app);
    let buf = t.backend().buffer();
    let (x, y) = find(&t, "We have waited");
    let current = buf[(x, y)].style();
    assert!(current.fg.is_none() || current.fg == Some(ratatui::style::Color::Reset));
    assert!(
        current.add_modifier.contains(Modifier::REVERSED),
        "the current quotation is reversed"
    );
    let (x, y) = find(&t, "It will cost");
    assert!(
        buf[(x, y)].style().add_modifier.contains(Modifier::BOLD),
        "other quotations are bold"
    );
}

#[test]
fn help_lists_every_binding_from_the_keymap() {
    let mut app = app((100, 40));
    app.apply(Action::Help);
    let text = screen(&render(&app));
    for b in &app.keymap.bindings {
        assert!(text.contains(&b.help), "help shows {:?}", b.help);
    }
    insta::assert_snapshot!(text);
}

#[test]
fn quotes_view_groups_by_speaker() {
    let mut app = app((100, 24));
    app.apply(Action::QuotesView);
    insta::assert_snapshot!(screen(&render(&app)));
}

#[test]
fn timeline_view_snapshot() {
    let mut app = app((100, 24));
    app.apply(Action::Timeline);
    insta::assert_snapshot!(screen(&render(&app)));
}

#[test]
fn why_view_explains_the_current_quotation() {
    let mut app = app((100, 24));
    app.apply(Action::NextQuote);
    app.apply(Action::Why);
    let text = screen(&render(&app));
    assert!(text.contains("explicit_cue"), "{text}");
    assert!(text.contains("rests on"), "{text}");
}

#[test]
fn status_bar_shows_the_search_counter_and_the_speaker() {
    let mut app = app((100, 24));
    app.apply(Action::NextQuote);
    app.apply(Action::Search);
    for c in "smith".chars() {
        app.apply(Action::Input(c));
    }
    app.apply(Action::Select);
    app.apply(Action::NextMatch);
    let text = screen(&render(&app));
    let status = text.lines().nth(22).expect("a status line");
    assert!(status.contains("/smith 2/3"), "{status}");
    assert!(status.contains("Jane Roe"), "{status}");
}

#[test]
fn control_characters_never_reach_the_screen() {
    let story = crate::analyze("Title\n\nBad \u{1b}[2J bytes \u{7} here.");
    let keymap = crate::tui::keymap::Keymap::parse(crate::tui::keymap::DEFAULT_KEYMAP)
        .unwrap_or_else(|e| panic!("{e}"));
    let app = App::new(story, "x", keymap, Theme::new(false), (60, 10));
    let text = screen(&render(&app));
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'));
    assert!(
        text.contains("Bad \u{fffd}[2J bytes \u{fffd} here."),
        "{text}"
    );
}

#[test]
fn narrow_terminal_collapses_the_sidebar() {
    let app = app((60, 20));
    let text = screen(&render(&app));
    assert!(!text.contains("People"));
    assert!(text.contains("Mayor Jane Roe"));
}

#[test]
fn tiny_terminals_draw_without_panicking() {
    let sizes = [
        (1, 1),
        (2, 1),
        (10, 2),
        (40, 2),
        (80, 3),
        (1, 30),
        (3, 5),
        (0, 0),
    ];
    let edge = [
        (16, 4),
        (17, 5),
        (16, 12),
        (40, 12),
        (60, 20),
        (79, 6),
        (80, 4),
    ];
    for (w, h) in sizes.into_iter().chain(edge) {
        let mut app = app((100, 30));
        app.apply(Action::Resize(w, h));
        for action in [
            Action::NextQuote,
            Action::Help,
            Action::Escape,
            Action::QuotesView,
        ] {
            app.apply(action);
            let _ = render(&app);
        }
        app.apply(Action::Escape);
        app.apply(Action::Timeline);
        let _ = render(&app);
    }
}

/// Regression (found by the reader's property test): a screen with columns but no rows
/// (31x0; `stty rows 0` gives one) panicked writing the "enlarge the terminal" note on a
/// row that is not there; so did one with rows but no columns.
#[test]
fn a_screen_with_columns_but_no_rows_panicked() {
    for (w, h) in [(31, 0), (200, 0), (0, 5), (0, 0)] {
        let mut app = app((100, 30));
        app.apply(Action::Resize(w, h));
        let t = render(&app);
        assert_eq!(
            screen(&t),
            "\n".repeat(usize::from(h.saturating_sub(1))),
            "{w}x{h}"
        );
    }
}

/// The made-up novel of the palette tests in a reader tall enough to list 16 people.
fn novel_app(theme: Theme) -> App {
    let (text, _) = crate::tui::palette::tests::novel();
    let keymap = crate::tui::keymap::Keymap::parse(crate::tui::keymap::DEFAULT_KEYMAP)
        .unwrap_or_else(|e| panic!("{e}"));
    App::new(crate::analyze(&text), "novel.txt", keymap, theme, (100, 48))
}

#[test]
fn the_sidebar_shows_sixteen_different_swatches_for_the_sixteen_most_quoted() {
    let app = novel_app(Theme::new(false));
    let t = render(&app);
    let buf = t.backend().buffer();
    let people = app.areas().people.expect("the people list is on screen");
    // Inside the border: the mark column, then the swatch.
    let x = people.x + 2;
    let swatches: Vec<_> = (0..16)
        .map(|row| &buf[(x, people.y + 1 + row)])
        .map(|cell| (cell.symbol().to_string(), cell.style().fg))
        .collect();
    for (row, (symbol, _)) in swatches.iter().enumerate() {
        assert_eq!(symbol, "●", "row {row}:\n{}", screen(&t));
    }
    for (i, (_, a)) in swatches.iter().enumerate() {
        assert!(!plain(*a));
        for (_, b) in &swatches[i + 1..] {
            assert_ne!(
                a,
                b,
                "two of the 16 most quoted share a colour:\n{}",
                screen(&t)
            );
        }
    }
    // A swatch is the colour of the person's quotations: Arthur says the first remark.
    let arthur = app
        .people_order
        .iter()
        .position(|&p| app.story.people[p].name == "Arthur");
    let (x, y) = find(&t, "This is remark number 1,");
    assert_eq!(
        arthur.map(|row| swatches[row].1),
        Some(buf[(x, y)].style().fg)
    );
}

#[test]
fn no_color_shows_no_swatches_and_no_colour_at_all() {
    let mut app = novel_app(Theme::new(true));
    app.apply(Action::NextQuote);
    let t = render(&app);
    let text = screen(&t);
    assert!(!text.contains('●'), "{text}");
    assert!(
        text.contains("│ Arthur"),
        "names start where the swatch would be:\n{text}"
    );
    let buf = t.backend().buffer();
    for cell in buf.content() {
        assert!(plain(cell.style().fg) && plain(cell.style().bg), "{cell:?}");
    }
    let (x, y) = find(&t, "This is remark number 1,");
    assert!(
        buf[(x, y)]
            .style()
            .add_modifier
            .contains(Modifier::REVERSED),
        "the current quotation stands out:\n{text}"
    );
}

mod dates;
