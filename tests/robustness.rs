//! The analysis never panics and every span it returns is a valid slice of the text, on
//! adversarial input: unbalanced and mixed quotation marks, control characters, multi-byte
//! characters next to marks, empty and one-character texts.

use whosaid::{analyze_with, Options, Story};

/// Pieces that stress the quotation, name and time rules.
const PIECES: &[&str] = &[
    "\"",
    "“",
    "”",
    "‘",
    "’",
    "'",
    "''",
    "«",
    "»",
    "„",
    " ",
    "\n",
    "\n\n",
    ".",
    ",",
    "?",
    "!",
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
    "Smith",
    "John Smith",
    "the senator",
    "May 30",
    "last week",
    "2017",
    "a week later",
    "Friday",
    "can't",
    "'90s",
    "rock 'n' roll",
    "U.S.",
    "The White House",
    "he",
    "Okay,",
    "(",
    ")",
    "_",
    "-",
    "...",
    "Sept. 11",
];

/// A small deterministic generator (xorshift), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

fn check(story: &Story) {
    let text = story.text();
    let valid = |s: whosaid::TextSpan| s.end() <= text.len() && text.get(s.range()).is_some();
    for p in &story.people {
        assert!(
            p.mentions.iter().all(|&m| valid(m)),
            "mention of {}",
            p.name
        );
    }
    for (i, q) in story.quotes.iter().enumerate() {
        assert!(valid(q.span), "quote {i}");
        assert!(q.speaker.is_none_or(|s| s < story.people.len()));
        assert!(q.parent.is_none_or(|p| p < story.quotes.len() && p != i));
        assert!(q.speaker_mention.is_none_or(valid) && q.cue.is_none_or(valid));
        assert!((0.0..=1.0).contains(&q.confidence));
    }
    for t in &story.times {
        assert!(valid(t.span));
    }
    let mut orders: Vec<usize> = story.events.iter().map(|e| e.order).collect();
    orders.sort_unstable();
    assert!(
        orders.iter().enumerate().all(|(i, &o)| i == o),
        "order is a permutation"
    );
    for e in &story.events {
        assert!(valid(e.span) && e.when.is_none_or(|t| t < story.times.len()));
        assert!(e.participants.iter().all(|&p| p < story.people.len()));
    }
    // The JSON export works on whatever was found.
    assert!(serde_json::to_string(&story.to_json(&whosaid::source::Meta::default())).is_ok());
}

#[test]
fn random_texts_never_panic_and_give_valid_spans() {
    let mut rng = Rng(0x5eed_1234_abcd_ef01);
    let date = "2018-06-14".parse().ok();
    for round in 0..400 {
        let len = (rng.next() % 60) as usize;
        let text: String = (0..len)
            .map(|_| PIECES[(rng.next() % PIECES.len() as u64) as usize])
            .collect();
        let options = Options {
            date: if round % 2 == 0 { date } else { None },
        };
        check(&analyze_with(&text, &options));
    }
}

#[test]
fn edge_texts_never_panic() {
    for text in [
        "",
        " ",
        "\"",
        "“",
        "'",
        "\n\n\n",
        "\"\"\"\"",
        "«»",
        "a\"b\"c\"",
        "é\"é",
    ] {
        check(&analyze_with(text, &Options::default()));
    }
}

#[test]
fn an_unclosed_quote_does_not_swallow_the_article() {
    let text =
        "Headline\n\n\"This never closes, said Jane Doe.\n\nThe next paragraph is narration. \
                It goes on about the city council.\n\n\"Another quote,\" said John Roe.";
    let story = analyze_with(text, &Options::default());
    check(&story);
    let narration = text.find("The next paragraph").unwrap_or(0);
    assert!(
        story
            .quotes
            .iter()
            .all(|q| !q.span.contains_offset(narration)),
        "narration is not inside a quotation"
    );
    assert!(story
        .quotes
        .iter()
        .any(|q| &text[q.span] == "\"Another quote,\""));
}
