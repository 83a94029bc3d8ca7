//! Times on screen: labels as people write them, never TIMEX3 codes; the timeline's groups
//! made only of what is known.

use super::{render, screen};
use crate::tui::action::Action;
use crate::tui::app::App;
use crate::tui::theme::Theme;

fn app_of(text: &str, date: Option<&str>, size: (u16, u16)) -> App {
    let story = crate::analyze_with(
        text,
        &crate::Options {
            date: date.and_then(|d| d.parse().ok()),
        },
    );
    let keymap = crate::tui::keymap::Keymap::parse(crate::tui::keymap::DEFAULT_KEYMAP)
        .unwrap_or_else(|e| panic!("{e}"));
    App::new(story, "t.txt", keymap, Theme::new(false), size)
}

fn timeline(text: &str, date: Option<&str>) -> String {
    let mut app = app_of(text, date, (100, 24));
    app.apply(Action::Timeline);
    screen(&render(&app))
}

/// A TIMEX3 code on screen: "XXXX-05-30", "2018-W23", "2018-05-30TNI", "PAST_REF", "P7M".
fn code_in(screen: &str) -> Option<&str> {
    screen.split([' ', '│', '┃', '┆']).find(|w| {
        let b = w.as_bytes();
        w.contains("XX")
            || w.contains("_REF")
            || w.contains("-W")
            || b.len() >= 3
                && b[0] == b'P'
                && b[1..]
                    .iter()
                    .all(|c| c.is_ascii_digit() || b"XYMDWHT".contains(c))
            || b.len() >= 7 && b[..4].iter().all(u8::is_ascii_digit) && b[4] == b'-'
    })
}

#[test]
fn the_code_check_finds_codes() {
    for code in [
        "XXXX-05-30",
        "2018-W23",
        "2018-05-30TNI",
        "PAST_REF",
        "P7M",
        "PT5H",
    ] {
        assert_eq!(code_in(&format!("│ ┃ {code} x")), Some(code));
    }
    assert_eq!(code_in("8:30 p.m., May 30, 2018 Pat 1999"), None);
}

/// (sentence, document date, the label the timeline shows for it).
#[test]
fn the_timeline_shows_times_as_people_write_them() {
    let dct = Some("2018-06-14"); // a Thursday
    let cases: &[(&str, Option<&str>, &str)] = &[
        ("They met on May 30.", None, "May 30"),
        ("They met on May 30.", dct, "May 30"),
        ("They met on May 30, 2017.", dct, "May 30, 2017"),
        ("They met on May 30, 2018.", None, "May 30, 2018"),
        ("He spoke on Friday.", dct, "Friday, June 8"),
        ("He spoke on Friday.", None, "a Friday"),
        ("He was freed last week.", dct, "the week of June 4"),
        // With no document date the value is only "a week": the text's words say more.
        ("He was freed last week.", None, "last week"),
        (
            "They voted at 8:30 p.m. on May 30.",
            dct,
            "8:30 p.m., May 30",
        ),
        (
            "They voted at 8:30 p.m. on May 30.",
            None,
            "8:30 p.m., May 30",
        ),
        (
            "Storms hit last night.",
            dct,
            "the night of Wednesday, June 13",
        ),
        ("It took seven months.", dct, "seven months"),
        ("It grew over the past two decades.", dct, "20 years"),
        (
            "Sales rose in the third quarter of 2016.",
            None,
            "the third quarter of 2016",
        ),
        (
            "The museum opened in the summer of 2018.",
            None,
            "summer 2018",
        ),
        ("It grew in the 1980s.", None, "the 1980s"),
        ("The paper is published daily.", dct, "every day"),
        ("Things were different in the past.", None, "the past"),
    ];
    for &(sentence, date, want) in cases {
        let text = format!("Headline\n\n{sentence}");
        let shown = timeline(&text, date);
        let row = shown
            .lines()
            .find(|l| l.contains(" ┃ ") || l.contains(" ┆ "));
        assert!(
            row.is_some_and(|r| r.contains(&format!(" {want} "))),
            "{sentence:?} on {date:?}: {want:?} on screen:\n{shown}"
        );
        assert_eq!(code_in(&shown), None, "{sentence:?} on {date:?}:\n{shown}");
    }
}

fn rows(shown: &str) -> Vec<&str> {
    shown.lines().map(str::trim_start).collect()
}

fn at(shown: &str, needle: &str) -> usize {
    rows(shown)
        .iter()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} on screen:\n{shown}"))
}

#[test]
fn durations_are_not_grouped_under_a_year_they_do_not_have() {
    let text = "Headline\n\nTalks began in 2017. They lasted for seven months. \
                In 2018, the deal was signed.";
    let shown = timeline(text, Some("2018-06-14"));
    assert!(at(&shown, "━━ 2017") < at(&shown, "━━ 2018"), "{shown}");
    // "seven months" comes after every dated event, under a heading of its own.
    assert!(
        at(&shown, "━━ 2018") < at(&shown, "━━ no date given"),
        "{shown}"
    );
    assert!(
        at(&shown, "━━ no date given") < at(&shown, "seven months"),
        "{shown}"
    );
    assert!(
        rows(&shown)[at(&shown, "seven months")].contains('┆'),
        "{shown}"
    );
}

#[test]
fn without_a_document_date_times_go_in_honest_groups() {
    let text = "Headline\n\nShe first heard of it in 2017. He was freed last week. \
                The meeting was on May 30. They had talked for seven months.";
    let shown = timeline(text, None);
    let (year, not_given, none) = (
        at(&shown, "━━ 2017"),
        at(&shown, "━━ year not given"),
        at(&shown, "━━ no date given"),
    );
    assert!(year < not_given && not_given < none, "{shown}");
    // "May 30" has no year: not under 2017.
    let may = at(&shown, "May 30");
    assert!(not_given < may && may < none, "{shown}");
    // "last week" with no document date has no date at all.
    assert!(at(&shown, "last week") > none, "{shown}");
    assert!(at(&shown, "seven months") > none, "{shown}");
    assert_eq!(code_in(&shown), None, "{shown}");
}

#[test]
fn sidebar_labels_take_the_width_there_is() {
    let text = "Headline\n\nThe plan was announced last week. \
                The mayor spoke on Monday. He left in 2017.";
    let app = app_of(text, Some("2018-06-14"), (100, 24));
    let shown = screen(&render(&app));
    let sidebar: Vec<&str> = shown
        .lines()
        .filter_map(|l| l.rsplit_once('│').map(|(_, s)| s))
        .collect();
    for label in ["the week of June 4", "Monday, June 11", "2017"] {
        assert!(
            sidebar.iter().any(|l| l.contains(label)),
            "{label:?} whole in the sidebar:\n{shown}"
        );
    }
    assert_eq!(code_in(&shown), None, "{shown}");
    // The summaries start in one column, after the widest label.
    let starts: Vec<usize> = ["The plan", "The mayor", "He left"]
        .iter()
        .map(|s| {
            sidebar
                .iter()
                .find_map(|l| l.find(s).map(|b| l[..b].chars().count()))
                .unwrap_or_else(|| panic!("{s:?} in the sidebar:\n{shown}"))
        })
        .collect();
    assert!(
        starts.windows(2).all(|w| w[0] == w[1]),
        "{starts:?}\n{shown}"
    );
}
