//! The command line as a user or a script meets it: exit codes, error lines, `--json` and
//! the `analyze --jsonl` contract of DESIGN.md.

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
        input.write_all(stdin).expect("stdin accepts the input");
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
fn invalid_utf8_is_a_one_line_error_with_status_2() {
    let path = temp_file("latin1.txt", b"caf\xe9 au lait\n");
    let out = whosaid(&[path.to_str().expect("utf-8 temp path")], b"");
    assert_one_line_error(&out, "not UTF-8");
    let out = whosaid(&["--json", "-"], b"\xff\xfe");
    assert_one_line_error(&out, "standard input");
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
