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

/// The article wrapped at one width.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Wrapped {
    /// The width the rows were wrapped at.
    pub width: u16,
    /// Every row, in order.
    pub rows: Vec<Row>,
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
        let text = story.text();
        let w = f64::from(width.max(8));
        let mut rows = Vec::new();
        for (index, &paragraph) in story.document.paragraphs.iter().enumerate() {
            if index > 0 {
                rows.push(Row {
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
                    rows.push(Row {
                        start: line.first().map_or(line_span.start(), |w| w.start),
                        words: line.to_vec(),
                        paragraph: Some(index),
                        title,
                    });
                }
            }
        }
        Self { width, rows }
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
