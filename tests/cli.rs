//! The command line as a user or a script meets it: exit codes, error lines, `--json` and
//! the `analyze --jsonl` contract of docs/json.md.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn whosaid(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the whosaid binary starts");
    if let Some(mut input) = child.stdin.take() {
        // A program that stops reading early (a limit reached) closes the pipe.
        if let Err(e) = input.write_all(stdin) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "stdin: {e}");
        }
    }
    child.wait_with_output().expect("whosaid finishes")
}

fn stdout_json_lines(out: &Output) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).expect("each output line is JSON"))
        .collect()
}

fn temp_file(name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("whosaid-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("temp file");
    path
}

fn assert_one_line_error(out: &Output, needle: &str) {
    assert_eq!(out.status.code(), Some(2), "exit status 2");
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err:?}");
    assert!(err.contains(needle), "{err:?} should mention {needle:?}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn version_and_help() {
    let out = whosaid(&["--version"], b"");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("whosaid "));
    let out = whosaid(&["--help"], b"");
    assert!(out.status.success());
    let help = String::from_utf8_lossy(&out.stdout);
    for word in ["--json", "--date", "analyze"] {
        assert!(help.contains(word), "help mentions {word}");
    }
}

#[test]
fn missing_file_is_a_one_line_error_with_status_2() {
    let out = whosaid(&["/no/such/article.txt"], b"");
    assert_one_line_error(&out, "no such file");
}

#[test]
fn directory_is_a_one_line_error_with_status_2() {
    let dir = std::env::temp_dir();
    let out = whosaid(&[dir.to_str().expect("utf-8 temp path")], b"");
    assert_one_line_error(&out, "directory");
}

#[test]
fn binary_data_is_a_one_line_error_with_status_2() {
    let path = temp_file("image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00");
    let out = whosaid(&[path.to_str().expect("utf-8 temp path")], b"");
    assert_one_line_error(&out, "binary data");
    let out = whosaid(&["--json", "-"], b"\x00\x01\x02\x03");
    assert_one_line_error(&out, "standard input");
}

fn json_of(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("JSON")
}

fn speaker_of(story: &serde_json::Value, quote: usize) -> String {
    story["quotes"][quote]["speaker_name"]
        .as_str()
        .unwrap_or("none")
        .to_string()
}

#[test]
fn a_latin1_file_opens_and_json_names_its_encoding() {
    let path = temp_file(
        "latin1.txt",
        b"\"Ol\xe9, tout le monde,\" said Ren\xe9 Dupont.\n",
    );
    let story = json_of(&whosaid(
        &["--json", path.to_str().expect("utf-8 path")],
        b"",
    ));
    assert_eq!(story["source"]["encoding"], "windows-1252");
    assert_eq!(story["source"]["format"], "text");
    assert_eq!(story["text"], "\"Olé, tout le monde,\" said René Dupont.\n");
    assert_eq!(speaker_of(&story, 0), "René Dupont");
}

#[test]
fn utf16_with_a_bom_is_read() {
    let mut bytes = vec![0xff, 0xfe];
    let text = "“We are ready,” said Olaf Scholz.";
    bytes.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
    let story = json_of(&whosaid(&["--json", "-"], &bytes));
    assert_eq!(story["text"], text);
    assert_eq!(story["source"]["encoding"], "utf-16le");
    assert_eq!(speaker_of(&story, 0), "Olaf Scholz");
}

#[test]
fn a_page_on_stdin_gives_its_article_metadata_and_date() {
    // As `curl -s URL | whosaid --json -` would: menus and footer around the story.
    let page = r#"<!DOCTYPE html><html><head><meta charset="utf-8">
        <title>Bridge reopens | The Daily</title>
        <meta property="og:title" content="Bridge reopens after repairs">
        <meta name="author" content="Ann Writer">
        <meta property="article:published_time" content="2019-11-19T08:00:00Z">
        </head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Bridge reopens after repairs</h1>
        <p>The Elm Street bridge reopened yesterday after eight months of repairs, the city
        said, and traffic was back to normal by the evening rush.</p>
        <p>&ldquo;It is safe, and it is ours again,&rdquo; said Jos&eacute; Ram&iacute;rez,
        the city engineer, who led the work on the bridge since the spring floods.</p>
        <p>Drivers had used a detour through the industrial park for most of the year, and
        shops on both banks said they had lost customers.</p></article>
        <footer>Copyright 2019 The Daily. All rights reserved.</footer></body></html>"#;
    let story = json_of(&whosaid(&["--json", "-"], page.as_bytes()));
    let text = story["text"].as_str().unwrap_or("");
    assert!(text.starts_with("The Elm Street bridge"), "{text}");
    assert!(
        !text.contains("Home") && !text.contains("Copyright"),
        "{text}"
    );
    assert_eq!(story["source"]["format"], "html");
    assert_eq!(story["source"]["title"], "Bridge reopens after repairs");
    assert_eq!(story["title"], "Bridge reopens after repairs");
    assert_eq!(story["source"]["byline"], "Ann Writer");
    assert_eq!(story["source"]["published"], "2019-11-19T08:00:00Z");
    assert_eq!(speaker_of(&story, 0), "José Ramírez");
    let yesterday = story["times"]
        .as_array()
        .and_then(|t| t.iter().find(|t| t["text"] == "yesterday"))
        .map(|t| (t["value"].clone(), t["label"].clone()));
    assert_eq!(
        yesterday,
        Some((
            serde_json::json!("2019-11-18"),
            serde_json::json!("Monday, November 18")
        ))
    );
}

#[test]
fn markdown_is_read_without_its_markup() {
    let md = "# Council news\n\n**Mayor** [Ann Lee](https://example.org/lee) said: \
              \"The bridge is safe.\"\n";
    let path = temp_file("news.md", md.as_bytes());
    let story = json_of(&whosaid(
        &["--json", path.to_str().expect("utf-8 path")],
        b"",
    ));
    assert_eq!(story["source"]["format"], "markdown");
    assert_eq!(
        story["text"],
        "Council news\n\nMayor Ann Lee said: \"The bridge is safe.\""
    );
    // The title stays with the name, as it does in plain text ("President Trump").
    assert!(speaker_of(&story, 0).ends_with("Ann Lee"), "{story}");
    assert_eq!(story["quotes"].as_array().map(Vec::len), Some(1));
}

#[test]
fn bad_date_is_a_usage_error() {
    let out = whosaid(&["--json", "--date", "30/05/2018"], b"");
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn json_of_the_sample_has_every_section_of_the_contract() {
    let out = whosaid(&["--json"], b"");
    assert!(out.status.success());
    let story: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(
        story["title"],
        "Kim Kardashian Reveals Who She First Called to Free Alice Marie Johnson"
    );
    for key in ["people", "quotes", "times", "events"] {
        assert!(story[key].is_array(), "{key} is a list");
    }
    assert_eq!(story["version"], 2);
    assert!(story["text"]
        .as_str()
        .is_some_and(|t| t.starts_with("Kim Kardashian Reveals")));
    assert_eq!(story["source"], serde_json::json!({"format": "text"}));
    // Each time keeps its TIMEX3 value and has a label beside it.
    let times: Vec<(&str, &str, &str)> = story["times"]
        .as_array()
        .map(|ts| {
            ts.iter()
                .map(|t| {
                    let s = |k: &str| t[k].as_str().unwrap_or("");
                    (s("text"), s("value"), s("label"))
                })
                .collect()
        })
        .unwrap_or_default();
    for want in [
        ("May 30", "XXXX-05-30", "May 30"),
        ("last week", "XXXX-WXX", "a week"),
        ("seven months", "P7M", "seven months"),
        ("2017", "2017", "2017"),
    ] {
        assert!(times.contains(&want), "{want:?} in {times:?}");
    }
}

#[test]
fn json_reads_standard_input_with_a_dash() {
    let out = whosaid(&["--json", "-"], "Headline here\n\nA body.".as_bytes());
    assert!(out.status.success());
    let story: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(story["title"], "Headline here");
}

#[test]
fn batch_keeps_input_order_and_reports_a_bad_line_without_stopping() {
    let input = concat!(
        r#"{"id": "a", "text": "First story.\n\nIt is short.", "extra": 1}"#,
        "\n",
        r#"{"id": "b", "text": 42}"#,
        "\n",
        r#"not json at all"#,
        "\n",
        r#"{"id": "c", "text": "Third.", "date": "2018-06-14"}"#,
        "\n",
        r#"{"id": "d", "text": "Fourth.", "date": "June 14"}"#,
        "\n",
    );
    let out = whosaid(&["analyze", "--jsonl"], input.as_bytes());
    let lines = stdout_json_lines(&out);
    let ids: Vec<&str> = lines
        .iter()
        .map(|l| l["id"].as_str().unwrap_or("?"))
        .collect();
    assert_eq!(ids, ["a", "b", "?", "c", "d"]);
    assert!(lines[0]["quotes"].is_array() && lines[0].get("error").is_none());
    assert!(lines[1]["error"]
        .as_str()
        .is_some_and(|e| e.contains("line 2")));
    assert!(lines[2]["error"]
        .as_str()
        .is_some_and(|e| e.contains("line 3")));
    assert!(lines[3]["events"].is_array());
    assert!(lines[4]["error"]
        .as_str()
        .is_some_and(|e| e.contains("June 14")));
    assert_eq!(out.status.code(), Some(1), "a batch with bad lines exits 1");
    let numbers: Vec<u64> = lines.iter().filter_map(|l| l["line"].as_u64()).collect();
    assert_eq!(numbers, [1, 2, 3, 4, 5]);
}

#[test]
fn batch_reads_html_lines_and_keeps_ids_as_given() {
    let input = concat!(
        r#"{"id": 7, "html": "<article><p>&ldquo;We won,&rdquo; said Jos&eacute; Ram&iacute;rez.</p></article>"}"#,
        "\n\n",
        r#"{"id": null, "text": "Plain <b>text</b> stays as given."}"#,
        "\n",
    );
    let out = whosaid(&["analyze", "--jsonl"], input.as_bytes());
    let lines = stdout_json_lines(&out);
    assert_eq!(lines.len(), 2, "a blank line gives no result");
    assert_eq!(lines[0]["id"], 7);
    assert_eq!(lines[0]["line"], 1);
    assert_eq!(lines[0]["text"], "“We won,” said José Ramírez.");
    assert_eq!(lines[0]["source"]["format"], "html");
    assert_eq!(speaker_of(&lines[0], 0), "José Ramírez");
    assert_eq!(lines[1]["id"], serde_json::Value::Null);
    assert_eq!(lines[1]["line"], 3);
    assert_eq!(lines[1]["text"], "Plain <b>text</b> stays as given.");
}

#[test]
fn batch_offsets_are_code_points_into_the_text_as_given() {
    let text = "Zoë Ångström said: “Ça va très bien,” on Monday.\n\n“Merci,” said Zoë Ångström.";
    let line = serde_json::json!({"id": "u", "text": text}).to_string();
    let out = whosaid(&["analyze", "--jsonl"], line.as_bytes());
    assert!(out.status.success());
    let lines = stdout_json_lines(&out);
    let chars: Vec<char> = text.chars().collect();
    let quotes = lines[0]["quotes"].as_array().cloned().unwrap_or_default();
    assert!(!quotes.is_empty(), "the quotations are found");
    for q in quotes {
        let (s, e) = (
            q["start"].as_u64().unwrap_or(0) as usize,
            q["end"].as_u64().unwrap_or(0) as usize,
        );
        let sliced: String = chars[s..e].iter().collect();
        assert_eq!(sliced, q["text"].as_str().unwrap_or(""));
        assert!(sliced.starts_with('“'));
    }
}

#[test]
fn a_broken_theme_file_is_a_one_line_error_naming_it() {
    let config = std::env::temp_dir().join(format!("whosaid-cli-theme-{}", std::process::id()));
    let file = config.join("whosaid").join("theme.toml");
    std::fs::create_dir_all(config.join("whosaid")).expect("config dir");
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_whosaid"))
            .env("XDG_CONFIG_HOME", &config)
            .stdin(Stdio::null())
            .output()
            .expect("whosaid runs")
    };
    std::fs::write(&file, "speakers = [33, 300]\n").expect("theme file");
    let out = run();
    assert_one_line_error(&out, "theme: ");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains(&file.display().to_string()), "{err}");
    assert!(err.contains("speakers[1]: 300 is not a colour"), "{err}");
    std::fs::write(&file, "speakers = [33\n").expect("theme file");
    assert_one_line_error(&run(), "line 1");
    // A good file: on to the reader, which wants a terminal.
    std::fs::write(&file, "speakers = [\"#ff8800\", 33]\n").expect("theme file");
    assert_one_line_error(&run(), "not a terminal");
    let _ = std::fs::remove_dir_all(&config);
}

/// Regression (issue 14, item 3): one line that is not UTF-8 stopped the whole batch
/// (`stream did not contain valid UTF-8`, exit 2, no line number); the lines after it were
/// lost.
#[test]
fn batch_goes_on_after_a_line_that_is_not_utf8() {
    let input = b"{\"id\":\"a\",\"text\":\"x\"}\n{\"id\":\"b\",\"text\":\"caf\xe9\"}\n\
                  {\"id\":\"c\",\"text\":\"y\"}\n{\"id\":\"d\xff\",\"text\":\"z\"}\r\n";
    let out = whosaid(&["analyze", "--jsonl"], input);
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines = stdout_json_lines(&out);
    assert_eq!(lines.len(), 4, "{lines:?}");
    assert_eq!(lines[0]["id"], "a");
    assert!(lines[0]["quotes"].is_array());
    assert_eq!(
        lines[1]["id"], "b",
        "the id is read from the rest of the line"
    );
    assert_eq!(lines[1]["line"], 2);
    let error = lines[1]["error"].as_str().unwrap_or("");
    assert!(error.starts_with("line 2: not UTF-8"), "{error}");
    assert_eq!(lines[2]["id"], "c");
    assert_eq!(lines[2]["text"], "y");
    assert!(
        lines[3]["id"].is_null(),
        "an id that is not UTF-8 is not read"
    );
    assert_eq!(lines[3]["line"], 4);
    assert_eq!(
        out.status.code(),
        Some(1),
        "a batch with a bad line exits 1"
    );
}

/// Regression (issue 14, item 6): `whosaid --json big.txt | head -1` printed
/// `whosaid: Broken pipe (os error 32)` and exited 2; a closed output ends the program
/// quietly with status 141 (128 + SIGPIPE), in `--json` and in batch mode.
#[test]
fn a_closed_output_pipe_ends_quietly_with_status_141() {
    let batch = "{\"id\":1,\"text\":\"\\\"Yes,\\\" she said.\"}\n".repeat(200);
    for (args, input) in [
        (&["--json", "-"][..], whosaid::source::SAMPLE.as_bytes()),
        (&["analyze", "--jsonl"][..], batch.as_bytes()),
    ] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the whosaid binary starts");
        // The reader of the output goes away before anything is written.
        drop(child.stdout.take());
        if let Some(mut stdin) = child.stdin.take() {
            let _ = stdin.write_all(input);
        }
        let out = child.wait_with_output().expect("whosaid finishes");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.is_empty(), "{args:?}: nothing on stderr, not {err:?}");
        assert_eq!(out.status.code(), Some(141), "{args:?}");
    }
}

/// Regression (issue 14, item 7): there was no input limit; `/dev/zero` was read until
/// memory ran out. An input larger than `--max-size` (default 512M) is a one-line error
/// naming the limit, whether a file, a device or standard input.
#[test]
fn dev_zero_and_large_inputs_stop_at_the_max_size() {
    let out = whosaid(&["--json", "--max-size", "1M", "/dev/zero"], b"");
    assert_one_line_error(&out, "zero: larger than 1M (the --max-size limit");
    let big = temp_file("big.txt", &b"word ".repeat(400));
    let big = big.to_str().expect("utf-8 temp path");
    assert_one_line_error(
        &whosaid(&["--json", "--max-size", "1K", big], b""),
        "larger than 1K",
    );
    assert!(whosaid(&["--json", "--max-size", "2K", big], b"")
        .status
        .success());
    let out = whosaid(
        &["--json", "--max-size", "1000", "-"],
        &b"word ".repeat(400),
    );
    assert_one_line_error(&out, "standard input: larger than 1000 bytes");
    let out = whosaid(&["--json", "--max-size", "lots", big], b"");
    assert_eq!(out.status.code(), Some(2), "a bad size is a usage error");
    assert!(String::from_utf8_lossy(&out.stderr).contains("not a size"));
}

/// In batch mode the limit is per line: a longer line is an error line, never held in
/// memory, and the batch goes on.
#[test]
fn batch_lines_longer_than_the_max_size_are_error_lines() {
    let long = format!("{{\"id\":\"b\",\"text\":\"{}\"}}", "word ".repeat(400));
    let input =
        format!("{{\"id\":\"a\",\"text\":\"x\"}}\n{long}\n{{\"id\":\"c\",\"text\":\"y\"}}\n");
    let out = whosaid(
        &["analyze", "--jsonl", "--max-size", "1K"],
        input.as_bytes(),
    );
    let lines = stdout_json_lines(&out);
    assert_eq!(lines.len(), 3, "{lines:?}");
    assert_eq!(lines[0]["id"], "a");
    assert_eq!(lines[1]["line"], 2);
    let error = lines[1]["error"].as_str().unwrap_or("");
    assert!(error.starts_with("line 2: larger than 1K"), "{error}");
    assert_eq!(lines[2]["id"], "c");
    assert_eq!(out.status.code(), Some(1));
}

/// Regression (issue 14, item 8): a keymap file that could not be read (a directory, not
/// UTF-8) was silently ignored, while one that failed to parse stopped the reader; all are
/// now the same one-line error naming the file, exit 2, as for theme.toml. A keymap that
/// leaves no key bound to quit is refused: the reader could not be left.
#[test]
fn a_keymap_that_cannot_be_read_parsed_or_quit_is_a_one_line_error_naming_it() {
    let config = std::env::temp_dir().join(format!("whosaid-cli-keymap-{}", std::process::id()));
    let file = config.join("whosaid").join("keymap.toml");
    let _ = std::fs::remove_dir_all(&config);
    std::fs::create_dir_all(config.join("whosaid")).expect("config dir");
    let run = || {
        Command::new(env!("CARGO_BIN_EXE_whosaid"))
            .env("XDG_CONFIG_HOME", &config)
            .stdin(Stdio::null())
            .output()
            .expect("whosaid runs")
    };
    let named = |out: &Output, needle: &str| {
        assert_one_line_error(out, &format!("keymap: {}: {needle}", file.display()));
    };
    std::fs::create_dir_all(&file).expect("a directory in the keymap's place");
    named(&run(), "cannot read");
    std::fs::remove_dir(&file).expect("directory removed");
    std::fs::write(
        &file,
        b"[[bind]]\naction = \"quit\"\nkeys = [\"\xff\"]\nhelp = \"q\"\n",
    )
    .expect("keymap file");
    named(&run(), "not UTF-8");
    std::fs::write(&file, "[[bind]]\naction = \"quit\"\nkeys = [\"q\"\n").expect("keymap file");
    named(&run(), "line 3");
    std::fs::write(
        &file,
        "[[bind]]\naction = \"quit\"\nkeys = []\nhelp = \"quit\"\n",
    )
    .expect("keymap file");
    named(&run(), "no key is bound to quit");
    // Another action taking quit's keys leaves it none either.
    let taken = "[[bind]]\naction = \"help\"\nkeys = [\"q\", \"C-c\"]\nhelp = \"help\"\n";
    std::fs::write(&file, taken).expect("keymap file");
    named(&run(), "no key is bound to quit");
    // A good file: on to the reader, which wants a terminal.
    std::fs::write(
        &file,
        "[[bind]]\naction = \"quit\"\nkeys = [\"x\"]\nhelp = \"leave\"\n",
    )
    .expect("keymap file");
    assert_one_line_error(&run(), "not a terminal");
    let _ = std::fs::remove_dir_all(&config);
}

#[test]
fn batch_with_several_jobs_keeps_the_input_order() {
    let mut input = String::new();
    for i in 0..60 {
        if i % 7 == 3 {
            input.push_str("not json\n");
        } else {
            let text = "Intro.\n\n\"We will win,\" said Jane Doe. ".repeat(1 + (i * 13) % 40);
            input.push_str(&serde_json::json!({"id": i, "text": text}).to_string());
            input.push('\n');
        }
    }
    let one = whosaid(&["analyze", "--jsonl", "--jobs", "1"], input.as_bytes());
    let three = whosaid(&["analyze", "--jsonl", "--jobs", "3"], input.as_bytes());
    assert_eq!(one.stdout, three.stdout, "the same lines in the same order");
    let lines = stdout_json_lines(&three);
    let numbers: Vec<u64> = lines.iter().filter_map(|l| l["line"].as_u64()).collect();
    assert_eq!(numbers, (1..=60).collect::<Vec<u64>>());
    assert_eq!(three.status.code(), Some(1), "bad lines: exit 1");
}

/// `whosaid` with its corrections in `data` (`$XDG_DATA_HOME`).
fn whosaid_with_data(args: &[&str], data: &std::path::Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .env("XDG_DATA_HOME", data)
        .stdin(Stdio::null())
        .output()
        .expect("the whosaid binary runs")
}

#[test]
fn json_applies_stored_corrections_and_corrections_prints_them() {
    use whosaid::state::corrections::{Correction, CorrectionStore, Corrections};
    let text = "\"We won,\" Jane Doe said. \"It was hard,\" John Roe said.\n";
    let file = temp_file("corrected.txt", text.as_bytes());
    let file = file.to_string_lossy().into_owned();
    let data = std::env::temp_dir().join(format!("whosaid-cli-data-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data);
    // Nothing stored: the analysis as it is, and an empty list.
    let before = json_of(&whosaid_with_data(&["--json", &file], &data));
    assert_eq!(speaker_of(&before, 1), "John Roe");
    let listed = json_of(&whosaid_with_data(&["--corrections", &file], &data));
    assert_eq!(listed, serde_json::json!({"corrections": []}));
    // Two corrections stored as the reader stores them: a person and a new name.
    let story = whosaid::analyze(text);
    let (first, second) = (story.quotes[0].span, story.quotes[1].span);
    let mut stored = Corrections::default();
    stored.push(Correction {
        start: first.start(),
        end: first.end(),
        speaker: "John Roe".into(),
        person: None,
    });
    stored.push(Correction {
        start: second.start(),
        end: second.end(),
        speaker: "Ann Lee".into(),
        person: None,
    });
    let store = CorrectionStore::at(data.join("whosaid"));
    store.save(text, &stored).expect("stored");
    let after = json_of(&whosaid_with_data(&["--json", &file], &data));
    assert_eq!(speaker_of(&after, 0), "John Roe");
    assert_eq!(speaker_of(&after, 1), "Ann Lee");
    for q in 0..2 {
        assert_eq!(after["quotes"][q]["method"], "user");
        assert_eq!(after["quotes"][q]["confidence"], 1.0);
    }
    let ann = after["people"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["name"] == "Ann Lee"));
    assert_eq!(
        ann.map(|a| a["kind"].clone()),
        Some(serde_json::json!("person"))
    );
    // Printed for sharing: exactly what is stored.
    let listed = json_of(&whosaid_with_data(&["--corrections", &file], &data));
    assert_eq!(listed, serde_json::to_value(&stored).unwrap_or_default());
    // A damaged file: reported once on stderr, set aside, and the analysis goes on.
    std::fs::write(store.file(text), b"{\"corrections\": [").expect("damaged by hand");
    let out = whosaid_with_data(&["--json", &file], &data);
    assert!(String::from_utf8_lossy(&out.stderr).contains("set aside"));
    assert_eq!(speaker_of(&json_of(&out), 1), "John Roe");
    let again = whosaid_with_data(&["--json", &file], &data);
    assert!(again.stderr.is_empty(), "reported once");
}
