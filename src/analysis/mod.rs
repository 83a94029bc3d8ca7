//! The text analysis: a pure library from `&str` to data.
//!
//! Nothing here touches the terminal, files or standard streams. Each stage is a function
//! with explicit input and output types; [`crate::analyze_with`] runs them in order:
//!
//! 1. [`document::Document::new`]: paragraphs and sentences;
//! 2. [`quotes::detect`]: quotation spans (and quoted terms that are not speech);
//! 3. [`people::find`]: people and organisations with their mentions;
//! 4. [`attribution::attribute`]: a speaker for each quotation, by ordered sieves;
//! 5. [`temporal::find_times`]: time expressions and their TIMEX3 values;
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
