//! The text analysis: a pure library from `&str` to data.
//!
//! Nothing here touches the terminal, files or standard streams. Each stage is a function
//! with explicit input and output types; [`crate::analyze_with`] runs them in order:
//!
//! 1. [`document::Document::new`]: paragraphs and sentences;
//! 2. [`quotes::detect`]: quotation spans (and quoted terms that are not speech);
//! 3. [`temporal::find_times`]: time expressions and their TIMEX3 values;
//! 4. [`people::find`]: people and organisations with their mentions;
//! 5. [`attribution::attribute`]: a speaker for each quotation, by ordered sieves;
//! 6. [`events::build`]: events on a timeline.

pub mod attribution;
pub mod document;
pub mod events;
pub mod lexicon;
pub mod model;
pub mod people;
pub mod quotes;
pub mod span;
pub mod temporal;
pub mod tokens;

/// Settings of one analysis.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// The document's date: the anchor of relative expressions ("last week").
    pub date: Option<jiff::civil::Date>,
}

impl Options {
    /// The options for `text`: the document's date is `date` when known (given, or the
    /// page's publication date), else the one a dateline or a "Published" line gives.
    pub fn for_text(text: &str, date: Option<jiff::civil::Date>) -> Self {
        Self {
            date: date.or_else(|| temporal::document_date(text)),
        }
    }
}

/// The stages of an analysis, in the order they run: what a caller is told as the
/// analysis goes (the reader's "analysing… people (3/6)").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stage {
    /// Paragraphs and sentences.
    Segmenting,
    /// Finding quotations.
    Quotations,
    /// Finding time expressions.
    Times,
    /// Finding people and organisations.
    People,
    /// Attributing quotations to speakers.
    Speakers,
    /// Building events.
    Events,
}

impl Stage {
    /// How many stages there are.
    pub const COUNT: usize = 6;

    /// The stage's number, from 1.
    pub fn number(self) -> usize {
        self as usize + 1
    }

    /// What the stage does, in a word or two.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Segmenting => "paragraphs",
            Stage::Quotations => "quotations",
            Stage::People => "people",
            Stage::Speakers => "speakers",
            Stage::Times => "times",
            Stage::Events => "events",
        }
    }
}
