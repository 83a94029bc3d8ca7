//! Property tests on stable Rust of what the fuzz targets in `fuzz/` check at length, so
//! that `cargo test` keeps guarding it: the analysis on any text, input loading on any
//! bytes (text, HTML, Markdown, legacy encodings), and the reader's state machine under
//! any sequence of actions and resizes, drawn after each. A few hundred cases, seconds.

#[path = "machine/checks.rs"]
mod checks;
mod machine;

use proptest::prelude::*;
use proptest::sample::select;

/// Pieces that stress the quotation, name and time rules.
const PROSE: &[&str] = &[
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "«",
    "»",
    "„",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    "?",
    ":",
    "—",
    "é",
    "日本",
    "🙂",
    "\u{1b}[31m",
    "\t",
    "\r\n",
    "\u{0}",
    "Mr.",
    "Ms. Jane Doe",
    "said",
    "she said",
    "according to",
    "John Smith",
    "the senator",
    "May 30",
    "last week",
    "2017",
    "a week later",
    "Friday",
    "'90s",
    "U.S.",
    "The White House",
    "he",
    "(",
    ")",
    "...",
];

/// Pieces of web pages and Markdown, and bytes that are not UTF-8.
const MARKUP: &[&[u8]] = &[
    b"<html>",
    b"<head>",
    b"<meta charset=\"windows-1252\">",
    b"<title>",
    b"</title>",
    b"<meta property=\"og:title\" content=\"T\">",
    b"<body>",
    b"<article>",
    b"<h1>",
    b"</h1>",
    b"<p>",
    b"</p>",
    b"<b>",
    b"</b>",
    b"<a href=\"x\">",
    b"</a>",
    b"<br>",
    b"<ul><li>",
    b"</li>",
    b"<figure><figcaption>",
    b"<script>",
    b"<!--",
    b"-->",
    b"&amp;",
    b"&#x1F642;",
    b"# ",
    b"## ",
    b"*",
    b"**",
    b"_",
    b"`",
    b"```\n",
    b"> ",
    b"- ",
    b"1. ",
    b"[a](b)",
    b"\n",
    b"\n\n",
    b"\"Yes,\" she said.",
    b" Jane Doe ",
    b"\xe9",
    b"\xff\xfe",
    b"\xef\xbb\xbf",
    b"\x00",
    b"\x1b",
    b"caf\xc3\xa9",
];

fn prose() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(select(PROSE), 0..80).prop_map(|pieces| pieces.concat()),
    ]
}

fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        prop::collection::vec(any::<u8>(), 0..600),
        prop::collection::vec(select(MARKUP), 0..80).prop_map(|pieces| pieces.concat()),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn analyze_gives_valid_spans_on_any_text(text in prose(), dated in any::<bool>()) {
        checks::analyze(&text, dated);
    }

    #[test]
    fn any_bytes_load_as_text_html_or_markdown_with_valid_marks(
        bytes in bytes(),
        pick in any::<u8>(),
    ) {
        checks::source(&bytes, pick);
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_reader_survives_any_actions_and_resizes(
        text in prose(),
        steps in prop::collection::vec(any::<u8>(), 0..192),
    ) {
        let length = u16::try_from(text.len()).unwrap_or(u16::MAX).min(4095);
        let mut data = length.to_le_bytes().to_vec();
        data.extend_from_slice(text.as_bytes());
        data.extend_from_slice(&steps);
        machine::run(&data);
    }
}
