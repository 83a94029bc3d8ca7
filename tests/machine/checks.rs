//! What must hold for any input, shared by the property tests (`tests/properties.rs`) and
//! the fuzz targets `analyze` and `source` (`fuzz/`). Each panics when it does not hold.

use whosaid::source::{Format, Meta};
use whosaid::{Options, Story, TextSpan};

/// `analyze` (with a document date or without) gives spans that are slices of the text,
/// indexes that point where they should, and a JSON export.
pub fn analyze(text: &str, dated: bool) {
    let options = Options {
        date: if dated {
            "2018-06-14".parse().ok()
        } else {
            None
        },
    };
    story(&whosaid::analyze_with(text, &options));
}

/// Every span and index of `story` is valid.
pub fn story(story: &Story) {
    let text = story.text();
    let valid = |s: TextSpan| s.end() <= text.len() && text.get(s.range()).is_some();
    for p in &story.people {
        assert!(
            p.mentions.iter().all(|&m| valid(m)),
            "a mention of {}",
            p.name
        );
    }
    for (i, q) in story.quotes.iter().enumerate() {
        assert!(valid(q.span), "quote {i}");
        assert!(
            q.speaker.is_none_or(|s| s < story.people.len()),
            "quote {i}'s speaker"
        );
        assert!(
            q.parent.is_none_or(|p| p < story.quotes.len() && p != i),
            "quote {i}'s parent"
        );
        assert!(
            q.speaker_mention.is_none_or(valid) && q.cue.is_none_or(valid),
            "quote {i}"
        );
        assert!(
            (0.0..=1.0).contains(&q.confidence),
            "quote {i}'s confidence"
        );
    }
    for (i, t) in story.times.iter().enumerate() {
        assert!(valid(t.span), "time {i}");
    }
    for (i, e) in story.events.iter().enumerate() {
        assert!(valid(e.span), "event {i}");
        assert!(
            e.when.is_none_or(|t| t < story.times.len()),
            "event {i}'s time"
        );
        assert!(
            e.participants.iter().all(|&p| p < story.people.len()),
            "event {i}"
        );
    }
    let mut orders: Vec<usize> = story.events.iter().map(|e| e.order).collect();
    orders.sort_unstable();
    assert!(
        orders.iter().enumerate().all(|(i, &o)| i == o),
        "order is a permutation"
    );
    assert!(
        serde_json::to_string(&story.to_json(&Meta::default())).is_ok(),
        "JSON"
    );
}

/// `from_bytes` reads `bytes` with the format `pick` chooses (none: sniffed; or text, HTML,
/// Markdown) without panicking, and the marks of what it reads lie inside its text, on
/// character boundaries, in order of start.
pub fn source(bytes: &[u8], pick: u8) {
    let hint = match pick % 4 {
        0 => None,
        1 => Some(Format::Text),
        2 => Some(Format::Html),
        _ => Some(Format::Markdown),
    };
    let Ok(article) = whosaid::source::from_bytes("fuzz", bytes, hint) else {
        return;
    };
    let text = &article.text;
    for (i, m) in article.marks.iter().enumerate() {
        assert!(
            m.start <= m.end && text.get(m.start..m.end).is_some(),
            "mark {i} {m:?} is a slice of the text ({} bytes)",
            text.len()
        );
    }
    assert!(
        article.marks.windows(2).all(|w| w[0].start <= w[1].start),
        "marks in order of start"
    );
    let _ = article.meta.published_date();
    let _ = article.line_breaks_meant(text);
}
