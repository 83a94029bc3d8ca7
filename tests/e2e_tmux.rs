//! End-to-end: the release binary driven in tmux at 100x30, as a person would use it.
//! Needs tmux (`.ci/run` installs it).

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::{fixture, release_binary, status_line, Session};

#[test]
fn reader_in_tmux_people_filter_help_timeline_resize_quit() {
    let binary = release_binary();
    let s = Session::start(&binary, 100, 30);

    // The article and the sidebar's people.
    let screen = s.wait_analysed("People (7)");
    assert!(
        screen.contains("Kim Kardashian Reveals Who She First Called"),
        "{screen}"
    );
    for name in ["Kim Kardashian", "Alice Marie Johnson", "White House"] {
        assert!(screen.contains(name), "the sidebar lists {name}:\n{screen}");
    }

    // Filter by one person and go to their next quotation.
    s.keys(&["f", "j", "o", "h", "n", "s", "Enter"]);
    let screen = s.wait_for("only Alice Marie Johnson");
    let first = status_line(&screen);
    assert!(
        first.contains("Alice Marie Johnson —"),
        "the status names the speaker: {first}"
    );
    assert!(
        screen.contains("When she said that"),
        "the first Johnson quotation is on screen:\n{screen}"
    );
    s.keys(&["n"]);
    let screen = s.wait_for("quote 6/10");
    assert!(
        status_line(&screen).contains("Alice Marie Johnson — goes on from the quotation before"),
        "{screen}"
    );
    assert!(
        screen.contains("I started screaming and jumping"),
        "{screen}"
    );

    // Help lists quit (at its end: G scrolls there).
    s.keys(&["Escape", "?"]);
    s.wait_for("Keys — Esc");
    s.keys(&["G"]);
    let screen = s.wait_for("scroll this help");
    assert!(
        screen
            .lines()
            .any(|l| l.contains(" q/Ctrl-c") && l.contains("quit")),
        "{screen}"
    );
    s.keys(&["Escape"]);

    // The timeline: jump from the end of the article to the earliest event.
    s.keys(&["G", "t"]);
    let screen = s.wait_for("Timeline — Enter");
    assert!(
        screen.contains("━━ 2017"),
        "events are grouped by year:\n{screen}"
    );
    s.keys(&["Enter"]);
    let screen = s.wait_for("first learned about Johnson's story in 2017");
    assert!(!screen.contains("Timeline — Enter"), "{screen}");

    // A narrow terminal: the sidebar collapses and the text rewraps.
    let ok = Command::new("tmux")
        .args(["resize-window", "-t", &s.name, "-x", "60", "-y", "20"])
        .status();
    assert!(ok.is_ok_and(|st| st.success()));
    std::thread::sleep(Duration::from_millis(300));
    let screen = s.screen();
    assert!(
        !screen.contains("People ("),
        "the sidebar collapsed:\n{screen}"
    );
    assert!(
        screen.contains("2017"),
        "the reader kept its place:\n{screen}"
    );
    assert!(screen.lines().all(|l| l.chars().count() <= 60));

    // Quit: exit status 0 and the terminal back to normal (the alternate screen is gone).
    s.keys(&["q"]);
    let screen = s.wait_for("EXIT=done");
    let code = std::fs::read_to_string(&s.exit_file).unwrap_or_default();
    assert_eq!(code.trim(), "EXIT=0");
    assert!(
        !screen.contains("Kardashian"),
        "the reader's screen is gone:\n{screen}"
    );
    assert!(!screen.contains('\u{1b}'));
}

/// Regression: when its terminal went away (tmux killed, a terminal window closed), the
/// reader spun at 100% CPU for ever inside crossterm's reader instead of exiting.
#[test]
fn reader_exits_when_its_terminal_goes_away() {
    let binary = release_binary();
    let name = format!("whosaid-hangup-{}", std::process::id());
    let pid_file = std::env::temp_dir().join(format!("{name}.pid"));
    let _ = std::fs::remove_file(&pid_file);
    let state = std::env::temp_dir().join(format!("{name}.state"));
    let script = format!(
        "echo $$ > {}; export XDG_STATE_HOME={1}; export XDG_DATA_HOME={1}/data; exec {binary}",
        pid_file.display(),
        state.display()
    );
    let started = Command::new("tmux")
        .args(["new-session", "-d", "-s", &name, "-x", "100", "-y", "30"])
        .arg(script)
        .env("TERM", "xterm-256color")
        .status()
        .expect("tmux runs (install it: apt-get install tmux)");
    assert!(started.success(), "tmux starts a session");
    let session = Session {
        name: name.clone(),
        exit_file: pid_file.clone(),
    };
    session.wait_for("Kardashian");
    let pid = std::fs::read_to_string(&pid_file).unwrap_or_default();
    let pid = pid.trim().to_string();
    assert!(!pid.is_empty(), "the reader wrote its pid");
    let _ = Command::new("tmux")
        .args(["kill-session", "-t", &name])
        .status();
    // Gone, or a zombie waiting for its parent: either way no longer running.
    let running = || {
        std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
            let state = stat.rsplit(')').next().unwrap_or("").trim_start();
            !state.starts_with('Z') && !state.starts_with('X')
        })
    };
    let start = Instant::now();
    while running() && start.elapsed() < Duration::from_secs(5) {
        std::thread::sleep(Duration::from_millis(50));
    }
    let still = running();
    if still {
        let _ = Command::new("kill").args(["-9", &pid]).status();
    }
    assert!(
        !still,
        "the reader still runs 5 s after its terminal went away"
    );
}

#[test]
fn reader_shows_a_page_as_its_article_with_title_byline_and_date() {
    let page = fixture(
        "bridge.html",
        br#"<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bridge | The Daily</title>
        <meta property="og:title" content="Bridge reopens after repairs">
        <meta name="author" content="Ann Writer">
        <meta property="article:published_time" content="2019-11-19T08:00:00Z"></head>
        <body><nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
        <article><h1>Bridge reopens after repairs</h1>
        <p>The Elm Street bridge reopened yesterday after eight months of repairs, the city
        said, and traffic was back to normal by the evening rush.</p>
        <h2>What comes next</h2>
        <p>&ldquo;It is safe, and it is ours again,&rdquo; said Jos&eacute; Ram&iacute;rez,
        the city engineer, who led the work since the spring floods.</p>
        <ul><li>Detour signs come down on Friday.</li><li>Buses return next week.</li></ul>
        </article><footer>Copyright 2019 The Daily</footer></body></html>"#,
    );
    let binary = release_binary();
    let s = Session::start(&format!("{binary} {}", page.display()), 100, 30);
    let screen = s.wait_analysed("Bridge reopens after repairs");
    assert!(
        screen.contains("Ann Writer · November 19, 2019"),
        "{screen}"
    );
    assert!(screen.contains("What comes next"), "{screen}");
    assert!(
        screen.contains("• Detour signs come down on Friday."),
        "{screen}"
    );
    assert!(screen.contains("• Buses return next week."), "{screen}");
    assert!(!screen.contains("World news menu") && !screen.contains("Copyright"));
    assert!(
        !screen.contains("&eacute;") && !screen.contains("<h2>"),
        "{screen}"
    );
    s.keys(&["]"]);
    let screen = s.wait_for("quote 1/1");
    assert!(status_line(&screen).contains("José Ramírez"), "{screen}");
    s.keys(&["q"]);
    s.wait_for("EXIT=done");
}

#[test]
fn reader_shows_markdown_without_markup_and_names_a_legacy_encoding() {
    let md = fixture(
        "council.md",
        b"# Council news\n\n**Mayor** [Ann Lee](https://example.org/lee) said: \"The bridge \
          is safe.\"\n\nRoses are red,  \nviolets are blue.\n",
    );
    let binary = release_binary();
    let s = Session::start(&format!("{binary} {}", md.display()), 100, 30);
    let screen = s.wait_for("Council news");
    assert!(screen.contains("Mayor Ann Lee said:"), "{screen}");
    assert!(!screen.contains("](") && !screen.contains("**") && !screen.contains("# "));
    let roses = screen.lines().find(|l| l.contains("Roses are red,"));
    assert!(
        roses.is_some_and(|l| !l.contains("violets")),
        "a hard break stays: {screen}"
    );
    assert!(screen.contains("  violets are blue."), "{screen}");
    s.keys(&["q"]);
    s.wait_for("EXIT=done");
    drop(s);

    let latin1 = fixture(
        "old.txt",
        b"\"Ol\xe9, tout le monde,\" said Ren\xe9 Dupont.\n",
    );
    let s = Session::start(&format!("{binary} {}", latin1.display()), 100, 30);
    let screen = s.wait_analysed("René Dupont");
    assert!(
        status_line(&screen).contains("read as windows-1252"),
        "{screen}"
    );
    s.keys(&["q"]);
    s.wait_for("EXIT=done");
}

/// A short story with a day, a relative week, a length of time, a clock time and a year.
const CLEMENCY: &[u8] = b"Governor Frees Prisoner After Long Campaign

The governor freed Ann Lee last week, her lawyer said.

The decision followed a meeting on May 30 between the governor and the lawyer, Tom Reyes. \
\"We had been in talks for seven months,\" Reyes said.

The governor signed the order at 8:30 p.m. on June 1, aides said. Lee was first jailed in 2009.
";

/// A TIMEX3 code on screen ("XXXX-05-30", "2018-W23", "2018-06-01T20:30", "P7M"), if any.
fn timex_code(screen: &str) -> Option<&str> {
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

/// The row of `screen` that holds `needle`.
fn row_of(screen: &str, needle: &str) -> usize {
    screen
        .lines()
        .position(|l| l.contains(needle))
        .unwrap_or_else(|| panic!("{needle:?} on screen:\n{screen}"))
}

#[test]
fn timeline_shows_dates_as_people_write_them() {
    let file = fixture("clemency.txt", CLEMENCY);
    let binary = release_binary();
    let command = format!("{binary} --date 2018-06-14 {}", file.display());
    let s = Session::start(&command, 100, 30);
    s.wait_analysed("Events (");
    s.keys(&["t"]);
    let screen = s.wait_for("Timeline — Enter");
    for label in [
        "━━ 2009",
        "━━ 2018",
        "┃ May 30 ",
        "┃ 8:30 p.m., June 1 ",
        "┃ the week of June 4 ",
        "━━ no date given",
        "┆ seven months ",
    ] {
        assert!(screen.contains(label), "{label:?}:\n{screen}");
    }
    // "seven months" is a length of time, under no year.
    assert!(row_of(&screen, "━━ no date given") < row_of(&screen, "┆ seven months"));
    assert_eq!(timex_code(&screen), None, "{screen}");
    s.keys(&["Escape", "q"]);
    s.wait_for("EXIT=done");
}

#[test]
fn timeline_without_a_document_date_keeps_to_what_is_known() {
    let file = fixture("clemency-undated.txt", CLEMENCY);
    let binary = release_binary();
    let s = Session::start(&format!("{binary} {}", file.display()), 100, 30);
    s.wait_analysed("Events (");
    s.keys(&["t"]);
    let screen = s.wait_for("Timeline — Enter");
    let (year, not_given, none) = (
        row_of(&screen, "━━ 2009"),
        row_of(&screen, "━━ year not given"),
        row_of(&screen, "━━ no date given"),
    );
    assert!(year < not_given && not_given < none, "{screen}");
    // May 30 and June 1 have no year; "last week" has no date at all, not 2009's.
    let end = screen.lines().count();
    for (label, after, before) in [
        ("┆ May 30 ", not_given, none),
        ("┆ 8:30 p.m., June 1 ", not_given, none),
        ("┆ last week ", none, end),
        ("┆ seven months ", none, end),
    ] {
        let row = row_of(&screen, label);
        assert!(after < row && row < before, "{label:?}:\n{screen}");
    }
    assert_eq!(timex_code(&screen), None, "{screen}");
    s.keys(&["Escape", "q"]);
    s.wait_for("EXIT=done");
}
