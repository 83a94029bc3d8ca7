//! What the input said about itself, in the reader: a web page's title, byline and date
//! in the header, its marks styled, a legacy encoding named.

use super::App;
use crate::source::{Mark, Meta};
use crate::tui::wrap::Wrapped;

impl App {
    /// The same reader over an article that came with metadata and marks (a web page,
    /// Markdown, a file in a legacy encoding): its header shows title, byline and date,
    /// its marks are styled, and a legacy encoding is named in the status bar.
    pub fn with_source(mut self, meta: Meta, marks: Vec<Mark>) -> Self {
        if let Some(encoding) = &meta.encoding {
            self.message = Some(format!("read as {encoding}"));
        }
        self.meta = meta;
        self.marks = marks;
        self.cache.clear();
        self.wrapped = Wrapped::default();
        self.rewrap();
        self
    }

    /// The header's lines above the article: the page's title, then its byline and date;
    /// none when the input gave neither or the terminal is too short for them.
    pub fn header_lines(&self) -> Vec<String> {
        let mut lines = Vec::new();
        if self.size.1 < 12 {
            return lines;
        }
        if let Some(title) = &self.meta.title {
            lines.push(title.clone());
        }
        let date = self
            .meta
            .published_date()
            .map(|d| d.strftime("%B %-d, %Y").to_string());
        let by = [self.meta.byline.clone(), date]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · ");
        if !by.is_empty() {
            lines.push(by);
        }
        lines
    }
}
