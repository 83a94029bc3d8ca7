//! End-to-end scenarios of issue 9, the reader keeping its promises, each as a person would
//! meet it in a terminal (tmux): filter and jump, `n` by speaker, a small terminal, a failed
//! search, the quotations list, Ctrl-z and `fg`, an empty file, `-` at a terminal, and a
//! large text that is still being analysed.

mod common;

use common::{fixture, release_binary, status_line, Session};

#[test]
fn filter_then_bracket_stays_with_the_speaker_and_n_follows_the_current_speaker() {
    let s = Session::start(&release_binary(), 100, 30);
    s.wait_for("People (7)");
    s.keys(&["f", "a", "l", "i", "Enter"]);
    let screen = s.wait_for("only Alice Marie Johnson");
    assert!(
        status_line(&screen).contains(": Alice Marie Johnson —"),
        "{screen}"
    );
    for _ in 0..3 {
        s.keys(&["]"]);
        let status = status_line(&s.screen());
        assert!(
            status.contains(": Alice Marie Johnson —") || status.contains("no more quotations"),
            "] stays with Alice Marie Johnson: {status}"
        );
    }
    // Without the filter, n goes to the next quotation of the current speaker.
    s.keys(&["Escape", "g", "]", "]"]);
    let screen = s.wait_for("quote 2/10: Kim Kardashian");
    // Kim Kardashian's quotations are 2, 3, 4, 7 and 8: `n` three times skips Alice's.
    s.keys(&["n", "n", "n"]);
    let screen2 = s.wait_for("quote 7/10");
    assert!(
        status_line(&screen2).contains("Kim Kardashian"),
        "{screen}\n{screen2}"
    );
    s.keys(&["q"]);
    s.wait_for("EXIT=done");
}

#[test]
fn a_small_terminal_keeps_help_and_quit_and_s_shows_the_sidebar() {
    let s = Session::start(&release_binary(), 60, 20);
    let screen = s.wait_for("Kardashian");
    let footer = screen.lines().last().unwrap_or_default().to_string();
    assert!(
        footer.contains("? help") && footer.contains("q quit"),
        "{footer}"
    );
    assert!(!screen.contains("People ("), "no room beside the article");
    s.keys(&["s"]);
    let screen = s.wait_for("People (7)");
    assert!(screen.contains("Events ("), "{screen}");
    // The help scrolls to its end.
    s.keys(&["?", "G"]);
    let screen = s.wait_for("scroll this help");
    assert!(
        screen.contains("Mouse") || screen.contains("What you see"),
        "{screen}"
    );
    s.keys(&["Escape", "q"]);
    s.wait_for("EXIT=done");
}

#[test]
fn a_failed_search_says_not_found_and_keeps_the_place() {
    let s = Session::start(&release_binary(), 100, 30);
    s.wait_for("People (7)");
    s.keys(&["G", "/", "x", "y", "z", "z", "y"]);
    let screen = s.wait_for("not found");
    assert!(status_line(&screen).contains("/xyzzy"), "{screen}");
    s.keys(&["Enter"]);
    let screen = s.wait_for("not found: xyzzy");
    assert!(
        status_line(&screen).contains("END"),
        "still at the end: {screen}"
    );
    // A regular expression, case-insensitive.
    s.keys(&[
        "/", "k", "a", "r", "d", "a", "s", "h", "i", "a", "n", "|", "i", "v", "a", "n", "k", "a",
    ]);
    let screen = s.wait_for(" hits");
    assert!(
        status_line(&screen).contains("/kardashian|ivanka"),
        "{screen}"
    );
    s.keys(&["Enter", "q"]);
    s.wait_for("EXIT=done");
}

#[test]
fn the_quotations_list_opens_at_the_current_one_with_its_position() {
    let s = Session::start(&release_binary(), 100, 30);
    s.wait_for("People (7)");
    s.keys(&["]", "]", "]", "v"]);
    let screen = s.wait_for("Quotations by speaker");
    assert!(
        screen
            .lines()
            .any(|l| l.contains("Quotations by speaker") && l.contains("/10")),
        "{screen}"
    );
    s.keys(&["G"]);
    let screen = s.wait_for("10/10");
    assert!(screen.contains("Quotations by speaker 10/10"), "{screen}");
    s.keys(&["Escape", "q"]);
    s.wait_for("EXIT=done");
}

#[test]
fn ctrl_z_gives_the_shell_back_and_fg_restores_the_reader() {
    let s = Session::shell(100, 30);
    std::thread::sleep(std::time::Duration::from_millis(300));
    s.keys(&[&release_binary(), "Enter"]);
    s.wait_for("People (7)");
    s.keys(&["C-z"]);
    let screen = s.wait_for("Stopped");
    assert!(
        !screen.contains("People ("),
        "the reader's screen is gone: {screen}"
    );
    s.keys(&["fg", "Enter"]);
    let screen = s.wait_for("People (7)");
    assert!(screen.contains("Kim Kardashian"), "{screen}");
    s.keys(&["]"]);
    s.wait_for("quote 1/10");
    s.keys(&["q"]);
    // The list "whosaid; echo" was stopped with it, so ask for the status of `fg` here.
    std::thread::sleep(std::time::Duration::from_millis(300));
    s.keys(&["echo STATUS=$?", "Enter"]);
    let screen = s.wait_for("STATUS=");
    assert!(screen.contains("STATUS=0"), "{screen}");
}

#[test]
fn an_empty_file_says_so_and_a_dash_at_a_terminal_is_refused() {
    let empty = fixture("empty.txt", b"\n\n");
    let s = Session::start(&format!("{} {}", release_binary(), empty.display()), 80, 20);
    s.wait_for("this article is empty");
    s.keys(&["q"]);
    s.wait_for("EXIT=done");
    drop(s);
    let s = Session::start(&format!("{} -", release_binary()), 80, 20);
    let screen = s.wait_for("EXIT=done");
    assert!(screen.contains("nothing on standard input"), "{screen}");
    assert!(
        screen.contains("EXIT=2")
            || std::fs::read_to_string(&s.exit_file).is_ok_and(|c| c.contains("EXIT=2")),
        "{screen}"
    );
}

#[test]
fn a_large_text_shows_at_once_and_says_it_is_analysing() {
    // About 10 MB of dialogue, made here.
    let mut text = String::from("A Long Record Of Talk\n\n");
    let mut i = 0;
    while text.len() < 10 * 1024 * 1024 {
        text.push_str(&format!(
            "\"We met on day {i},\" said Person{} Surname{}. \"It was a long day.\"\n\n",
            i % 500,
            i % 500
        ));
        i += 1;
    }
    let big = fixture("big.txt", text.as_bytes());
    let s = Session::start(&format!("{} {}", release_binary(), big.display()), 100, 30);
    let screen = s.wait_for("A Long Record Of Talk");
    // The first frame is the bare text; the analysis of 10 MB takes seconds more.
    assert!(status_line(&screen).contains("analysing…"), "{screen}");
    s.keys(&["]"]);
    let screen = s.wait_for("still analysing");
    assert!(screen.contains("We met on day 0"), "{screen}");
    // Progress: the stage the analysis is at.
    let screen = s.wait_for("/6)");
    assert!(status_line(&screen).contains("analysing… "), "{screen}");
    s.keys(&["q"]);
    s.wait_for("EXIT=done");
}

#[test]
fn reopening_a_document_returns_to_the_same_place_and_filter() {
    let state = std::env::temp_dir().join(format!("whosaid-e2e-remember-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&state);
    let s = Session::start_with_state(&release_binary(), 100, 30, Some(&state));
    s.wait_for("People (7)");
    s.keys(&["f", "a", "l", "i", "Enter", "n", "n"]);
    let screen = s.wait_for("quote 9/10");
    assert!(
        status_line(&screen).contains("only Alice Marie Johnson"),
        "{screen}"
    );
    s.keys(&["q"]);
    s.wait_for("EXIT=done");
    drop(s);
    let saved = std::fs::read_dir(state.join("whosaid"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(saved, 1, "one small file for the document");

    let s = Session::start_with_state(&release_binary(), 100, 30, Some(&state));
    let screen = s.wait_for("only Alice Marie Johnson");
    assert!(status_line(&screen).contains("quote 9/10"), "{screen}");
    assert!(screen.contains("I plan on continuing"), "{screen}");
    s.keys(&["q"]);
    s.wait_for("EXIT=done");
    drop(s);

    // --no-remember: the start, no filter.
    let s = Session::start_with_state(
        &format!("{} --no-remember", release_binary()),
        100,
        30,
        Some(&state),
    );
    let screen = s.wait_for("People (7)");
    assert!(!screen.contains("only Alice"), "{screen}");
    assert!(screen.contains("Kim Kardashian Reveals"), "{screen}");
    s.keys(&["q"]);
    s.wait_for("EXIT=done");
}

#[test]
fn a_damaged_saved_place_is_reported_and_set_aside() {
    let state = std::env::temp_dir().join(format!("whosaid-e2e-damaged-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&state);
    let s = Session::start_with_state(&release_binary(), 100, 30, Some(&state));
    s.wait_for("People (7)");
    s.keys(&["G", "q"]);
    s.wait_for("EXIT=done");
    drop(s);
    let dir = state.join("whosaid");
    let file = std::fs::read_dir(&dir)
        .ok()
        .and_then(|mut d| d.next())
        .and_then(Result::ok)
        .map(|e| e.path())
        .expect("a saved place");
    std::fs::write(&file, b"\x00not json").expect("damage it");
    let s = Session::start_with_state(&release_binary(), 100, 30, Some(&state));
    let screen = s.wait_for("set aside");
    assert!(
        screen.contains("Kim Kardashian Reveals"),
        "from the start: {screen}"
    );
    s.keys(&["q"]);
    s.wait_for("EXIT=done");
    assert!(file.with_extension("json.damaged").exists());
}

#[test]
fn y_puts_the_quotation_on_the_clipboard_through_osc_52() {
    let s = Session::start(&release_binary(), 100, 30);
    let set = std::process::Command::new("tmux")
        .args(["set-option", "-s", "set-clipboard", "on"])
        .status();
    assert!(set.is_ok_and(|st| st.success()));
    s.wait_for("People (7)");
    s.keys(&["]", "y"]);
    s.wait_for("copied:");
    let buffer = std::process::Command::new("tmux")
        .args(["show-buffer"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    assert!(
        buffer.starts_with("\"Ms. Johnson has accepted responsibility")
            && buffer.ends_with("— White House"),
        "{buffer}"
    );
    s.keys(&["q"]);
    s.wait_for("EXIT=done");
}

/// Regression (issue 14, item 6): SIGTERM, SIGINT and SIGHUP ended the reader with status
/// 0; they exit with 128 + the signal's number (143, 130, 129), the terminal restored.
#[test]
fn sigterm_sigint_and_sighup_exit_with_128_plus_the_signal() {
    for (signal, status) in [("TERM", 143), ("INT", 130), ("HUP", 129)] {
        let s = Session::start(&release_binary(), 100, 30);
        s.wait_for("Kardashian");
        let pid = s.child_pid();
        let sent = std::process::Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status();
        assert!(sent.is_ok_and(|s| s.success()), "kill -{signal} {pid}");
        assert_eq!(s.exit_status(), format!("EXIT={status}"), "SIG{signal}");
        let screen = s.screen();
        assert!(
            !screen.contains("Kardashian"),
            "SIG{signal}: the alternate screen is left:\n{screen}"
        );
    }
}

/// Issue 14, item 7: a named pipe that nobody writes to is waited for, and Ctrl-c leaves
/// (the reader has not taken the terminal yet: SIGINT ends it, and the session's shell
/// with it, so the process is watched rather than an exit status).
#[test]
fn a_fifo_with_nothing_coming_is_left_with_ctrl_c() {
    let dir = std::env::temp_dir().join(format!("whosaid-e2e-fifo-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let fifo = dir.join("news.fifo");
    let _ = std::fs::remove_file(&fifo);
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    assert!(made.is_ok_and(|s| s.success()), "mkfifo");
    let s = Session::start(&format!("{} {}", release_binary(), fifo.display()), 80, 24);
    std::thread::sleep(std::time::Duration::from_millis(300));
    let pid = s.child_pid();
    assert!(!Session::ended(&pid), "whosaid waits for the pipe");
    s.keys(&["C-c"]);
    assert!(Session::ended(&pid), "Ctrl-c ends the wait");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_speaker_corrected_with_c_stays_corrected_when_the_document_is_reopened() {
    let state = std::env::temp_dir().join(format!("whosaid-e2e-correct-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&state);
    let s = Session::start_with_state(&release_binary(), 100, 30, Some(&state));
    s.wait_analysed("People (7)");
    s.keys(&["]"]);
    let screen = s.wait_for("quote 1/10");
    assert!(!status_line(&screen).contains("Zed Quill"), "{screen}");
    s.keys(&["c"]);
    s.wait_for("Who said it?");
    s.keys(&["Zed Quill"]);
    s.wait_for("new: Zed Quill");
    s.keys(&["Enter"]);
    let screen = s.wait_for("speaker corrected: Zed Quill");
    assert!(screen.contains("People (8)"), "a new person: {screen}");
    s.keys(&["q"]);
    s.wait_for("EXIT=done");
    drop(s);
    let stored = std::fs::read_dir(state.join("data").join("whosaid"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(stored, 1, "one file of corrections for the document");

    // Reopened: the same quotation, the corrected speaker, the rule named.
    let s = Session::start_with_state(&release_binary(), 100, 30, Some(&state));
    let screen = s.wait_for("Zed Quill — corrected by you");
    assert!(status_line(&screen).contains("quote 1/10"), "{screen}");
    assert!(screen.contains("People (8)"), "{screen}");
    // u takes it back, and that is stored too.
    s.keys(&["u"]);
    s.wait_for("correction undone: Zed Quill");
    s.keys(&["q"]);
    s.wait_for("EXIT=done");
    drop(s);
    let s = Session::start_with_state(&release_binary(), 100, 30, Some(&state));
    let screen = s.wait_analysed("People (7)");
    assert!(!screen.contains("Zed Quill"), "{screen}");
    s.keys(&["q"]);
    s.wait_for("EXIT=done");
}
