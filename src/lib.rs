//! whosaid: read a news story as a story — who is in it, who said what, what happened when.
//!
//! The library is the analysis; the binary adds the terminal reader and the command line.
//! The pipeline runs in named stages over one owned text (see [`analysis`]):
//! segmentation, quotation detection, people, speaker attribution, time expressions and
//! events. Every result is a byte [`TextSpan`] into that text.
//!
//! ```
//! let story = whosaid::analyze("\"It was a lot of work,\" Jane Doe said on Monday.");
//! let quote = &story.quotes[0];
//! assert_eq!(&story.text()[quote.span], "\"It was a lot of work,\"");
//! ```

pub mod analysis;
pub mod source;
pub mod state;
pub mod story;
pub mod tui;

pub use analysis::span::TextSpan;
pub use analysis::Options;
pub use story::Story;

use analysis::{attribution, document::Document, events, people, quotes, temporal};

/// Analyse an article with default options (no document date).
pub fn analyze(text: &str) -> Story {
    analyze_with(text, &Options::default())
}

/// The article's text alone, not yet analysed: what the reader shows while the analysis
/// runs.
pub fn unanalysed(text: &str) -> Story {
    // Paragraphs are all the reader needs to show it; sentences come with the analysis.
    bare(Document::paragraphs_only(text))
}

/// [`unanalysed`] for the first `limit` bytes of the text only (cut after a line), the
/// whole text kept: what a large text's first frame needs.
pub fn unanalysed_prefix(text: impl Into<String>, limit: usize) -> Story {
    bare(Document::paragraphs_upto(text, limit))
}

/// A story of a document and nothing found in it yet.
fn bare(document: Document) -> Story {
    Story {
        title: document.title(),
        people: Vec::new(),
        quotes: Vec::new(),
        terms: Vec::new(),
        times: Vec::new(),
        events: Vec::new(),
        document,
    }
}

/// Analyse an article (given as a `String`, the story keeps it without a copy).
pub fn analyze_with(text: impl Into<String>, options: &Options) -> Story {
    analyze_reporting(text, options, &mut |_| {})
}

/// Analyse an article, calling `progress` as each stage begins.
pub fn analyze_reporting(
    text: impl Into<String>,
    options: &Options,
    progress: &mut dyn FnMut(analysis::Stage),
) -> Story {
    use analysis::Stage;
    progress(Stage::Segmenting);
    let document = Document::new(text);
    progress(Stage::Quotations);
    let detected = quotes::detect(&document);
    progress(Stage::Times);
    // One tokenisation serves the time and the name stages (the names keep it).
    let tokens = analysis::tokens::tokenize(&document);
    let times = temporal::find_times_in(&document, &tokens, options.date);
    progress(Stage::People);
    let entities = people::find_in(&document, &detected, tokens);
    progress(Stage::Speakers);
    let (quotes, people) =
        attribution::attribute(&document, detected.quotes, &detected.continues, entities);
    progress(Stage::Events);
    let events = events::build(&document, &times, &people);
    Story {
        title: document.title(),
        people,
        quotes,
        terms: detected.terms,
        times,
        events,
        document,
    }
}
