//! Wrapped lines, computed once per width and cached, with a map from each screen row back
//! to byte offsets of the text, so that highlights, search hits and jumps survive wrapping
//! and resizing.

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;

use crate::story::Story;
use crate::TextSpan;

/// A word of the text: a byte range with its display width.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Word {
    /// Byte range in the text.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// Its width in columns.
    pub width: usize,
}

impl Fragment for Word {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        1.0
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// One screen row of the article.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The words shown on the row, joined by single spaces.
    pub words: Vec<Word>,
    /// The paragraph it belongs to; `None` for the blank row between paragraphs.
    pub paragraph: Option<usize>,
    /// Byte offset of the row's first word (the next paragraph's start for a blank row).
    pub start: usize,
    /// True for rows of the title.
    pub title: bool,
}

/// The article wrapped at one width: all of it, or (for a large text, while the reader
/// fills it in between keys) its first paragraphs.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Wrapped {
    /// The width the rows were wrapped at.
    pub width: u16,
    /// The rows wrapped so far, in order.
    pub rows: Vec<Row>,
    /// The next paragraph to wrap (the number of paragraphs when all are wrapped).
    next: usize,
}

impl Wrapped {
    /// Wrap every paragraph of `story` at `width` columns, keeping the line breaks of
    /// plain text where they are meant (verse, lists).
    pub fn new(story: &Story, width: u16) -> Self {
        Self::with_breaks(story, width, crate::source::text::line_breaks_meant)
    }

    /// Wrap every paragraph of `story` at `width` columns; a paragraph for which `meant`
    /// is true starts a new row at each of its line breaks.
    pub fn with_breaks(story: &Story, width: u16, meant: impl Fn(&str) -> bool) -> Self {
        let mut wrapped = Self::start(width);
        wrapped.extend(story, &meant, usize::MAX);
        wrapped
    }

    /// Nothing wrapped yet, at `width` columns: [`Wrapped::extend`] wraps on.
    pub fn start(width: u16) -> Self {
        Self {
            width,
            rows: Vec::new(),
            next: 0,
        }
    }

    /// True when every paragraph of `story` is wrapped.
    pub fn is_complete(&self, story: &Story) -> bool {
        self.next >= story.document.paragraphs.len()
    }

    /// Wrap up to `paragraphs` more paragraphs; how many were wrapped.
    pub fn extend(
        &mut self,
        story: &Story,
        meant: &dyn Fn(&str) -> bool,
        paragraphs: usize,
    ) -> usize {
        let all = &story.document.paragraphs;
        let end = self.next.saturating_add(paragraphs).min(all.len());
        let done = end.saturating_sub(self.next);
        for index in self.next..end {
            self.push_paragraph(story, index, meant);
        }
        self.next = end.max(self.next);
        done
    }

    /// Wrap on until the rows reach past byte `offset` by `extra` rows, or all is wrapped.
    pub fn extend_past(
        &mut self,
        story: &Story,
        meant: &dyn Fn(&str) -> bool,
        offset: usize,
        extra: usize,
    ) {
        while !self.is_complete(story) {
            let covered = self.rows.last().is_some_and(|r| r.start > offset);
            if covered && self.rows.len() > self.row_of(offset) + extra {
                break;
            }
            self.extend(story, meant, 64);
        }
    }

    fn push_paragraph(&mut self, story: &Story, index: usize, meant: &dyn Fn(&str) -> bool) {
        let text = story.text();
        let width = self.width;
        let w = f64::from(width.max(8));
        let paragraph = story.document.paragraphs[index];
        if index > 0 {
            self.rows.push(Row {
                words: Vec::new(),
                paragraph: None,
                start: paragraph.start(),
                title: false,
            });
        }
        let title = story.title == Some(paragraph);
        let body = &text[paragraph];
        let lines: Vec<TextSpan> = if body.contains('\n') && meant(body) {
            let mut start = paragraph.start();
            body.split('\n')
                .map(|line| {
                    let span = TextSpan::of(text, start, start + line.len());
                    start += line.len() + 1;
                    span
                })
                .collect()
        } else {
            vec![paragraph]
        };
        for line_span in lines {
            let words = words_of(text, line_span, width.max(8) as usize);
            if words.is_empty() {
                continue;
            }
            for line in wrap_first_fit(&words, &[w]) {
                self.rows.push(Row {
                    start: line.first().map_or(line_span.start(), |w| w.start),
                    words: line.to_vec(),
                    paragraph: Some(index),
                    title,
                });
            }
        }
    }

    /// The row showing byte `offset` (the last row starting at or before it).
    pub fn row_of(&self, offset: usize) -> usize {
        self.rows
            .partition_point(|r| r.start <= offset)
            .saturating_sub(1)
    }

    /// Byte offset at the start of row `row`.
    pub fn offset_of(&self, row: usize) -> usize {
        self.rows.get(row).map_or(0, |r| r.start)
    }
}

/// The words of a paragraph, split at white space; a word wider than the line is cut.
fn words_of(text: &str, paragraph: TextSpan, max: usize) -> Vec<Word> {
    let body = &text[paragraph];
    let base = paragraph.start();
    let mut out = Vec::new();
    let mut start = None;
    // One pass over the word's characters, cutting a piece whenever the next character
    // would overflow the line: linear in the word's length, however long it is.
    let push = |s: usize, e: usize, out: &mut Vec<Word>| {
        let mut start = s;
        let mut width = 0;
        for (i, c) in body[s..e].char_indices() {
            let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(1);
            if width + cw > max && s + i > start {
                out.push(Word {
                    start: base + start,
                    end: base + s + i,
                    width: width.max(1),
                });
                start = s + i;
                width = 0;
            }
            width += cw;
        }
        if start < e {
            out.push(Word {
                start: base + start,
                end: base + e,
                width: width.max(1),
            });
        }
    };
    for (i, c) in body.char_indices() {
        if c.is_whitespace() {
            if let Some(s) = start.take() {
                push(s, i, &mut out);
            }
        } else if start.is_none() {
            start = Some(i);
        }
    }
    if let Some(s) = start {
        push(s, body.len(), &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rows_map_back_to_offsets_and_resizing_keeps_the_place() {
        let story = crate::analyze(
            "Title here\n\nOne two three four five six seven eight nine ten.\n\nLast words.",
        );
        let narrow = Wrapped::new(&story, 12);
        let wide = Wrapped::new(&story, 60);
        assert!(narrow.rows.len() > wide.rows.len());
        let text = story.text();
        let seven = text.find("seven").unwrap_or(0);
        let row = narrow.row_of(seven);
        let shown: Vec<&str> = narrow.rows[row]
            .words
            .iter()
            .map(|w| &text[w.start..w.end])
            .collect();
        assert!(shown.contains(&"seven"), "{shown:?}");
        let same_place = wide.row_of(narrow.offset_of(row));
        assert!(wide.rows[same_place]
            .words
            .iter()
            .any(|w| w.start <= seven && seven < w.end || w.start == narrow.offset_of(row)));
        assert!(narrow.rows[0].title && narrow.rows[1].paragraph.is_none());
    }

    #[test]
    fn long_words_are_cut_and_control_characters_are_replaced() {
        let story = crate::analyze("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa \u{1b}[31mred");
        let wrapped = Wrapped::new(&story, 10);
        assert!(wrapped
            .rows
            .iter()
            .all(|r| r.words.iter().all(|w| w.width <= 10)));
    }
}

#[cfg(test)]
mod long_words {
    use super::*;

    /// Regression (issue 14): a 2 MB word without spaces hung the reader, as each piece cut
    /// from it measured the whole rest of the word.
    #[test]
    fn a_long_word_is_cut_into_pieces_of_the_line_width() {
        let text = format!("Title\n\n{}", "é".repeat(100_003));
        let story = crate::unanalysed(&text);
        let wrapped = Wrapped::new(&story, 40);
        let pieces: Vec<&Row> = wrapped
            .rows
            .iter()
            .filter(|r| r.paragraph == Some(1))
            .collect();
        assert_eq!(pieces.len(), 100_003_usize.div_ceil(40));
        assert!(pieces
            .iter()
            .all(|r| r.words.len() == 1 && r.words[0].width <= 40));
        let last = pieces.last().map(|r| r.words[0]);
        assert_eq!(last.map(|w| (w.end, w.width)), Some((text.len(), 3)));
    }
}
