//! Building an article's text block by block, with [`Mark`]s over it: what the HTML and
//! Markdown converters share. Paragraphs are separated by one blank line, lines inside a
//! block (list items, `<br>`) by a single line break.

use super::{Mark, MarkKind, Marked};

/// Text under construction.
#[derive(Default)]
pub struct Builder {
    text: String,
    marks: Vec<Mark>,
    /// Marks opened and not yet closed: their kind and start.
    open: Vec<(MarkKind, usize)>,
    /// Open lists, innermost last: the next item's number (`None` for a bulleted list).
    lists: Vec<Option<u64>>,
}

impl Builder {
    /// The text so far.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Words, without doubling the space where something was left out between them.
    pub fn push(&mut self, s: &str) {
        let s = if self.at_line_start() || self.text.ends_with(' ') {
            s.trim_start_matches(' ')
        } else {
            s
        };
        self.text.push_str(s);
    }

    /// Text as it is (list markers, a code block's lines).
    pub fn push_raw(&mut self, s: &str) {
        self.text.push_str(s);
    }

    /// One character as it is.
    pub fn push_raw_char(&mut self, c: char) {
        self.text.push(c);
    }

    /// Text whose white space is not meant (HTML): each run of it becomes one space.
    pub fn push_collapsed(&mut self, s: &str) {
        let mut space_before = s.starts_with(char::is_whitespace);
        for word in s.split_whitespace() {
            if space_before {
                self.space();
            }
            self.text.push_str(word);
            space_before = true;
        }
        if s.ends_with(char::is_whitespace) {
            self.space();
        }
    }

    /// One space, unless at the start of a line or after one.
    fn space(&mut self) {
        if !self.at_line_start() && !self.text.ends_with(' ') {
            self.text.push(' ');
        }
    }

    fn at_line_start(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }

    /// Open a list: numbered from `first`, or bulleted.
    pub fn start_list(&mut self, first: Option<u64>) {
        self.lists.push(first);
    }

    /// Close the innermost list.
    pub fn end_list(&mut self) {
        self.lists.pop();
    }

    /// How many lists are open.
    pub fn list_depth(&self) -> usize {
        self.lists.len()
    }

    /// Start an item of the innermost list on a line of its own: indented by its depth,
    /// with its number ("2. ") or a bullet ("• ").
    pub fn list_item(&mut self) {
        self.line_break();
        let depth = self.lists.len().saturating_sub(1);
        self.text.push_str(&"  ".repeat(depth));
        match self.lists.last_mut() {
            Some(Some(n)) => {
                self.text.push_str(&format!("{n}. "));
                *n += 1;
            }
            _ => self.text.push_str("• "),
        }
    }

    /// Start a mark of `kind` here.
    pub fn open_mark(&mut self, kind: MarkKind) {
        self.open.push((kind, self.text.len()));
    }

    /// End the mark opened last, trimmed of white space at both ends.
    pub fn close_mark(&mut self) {
        if let Some((kind, start)) = self.open.pop() {
            let start = start.min(self.text.len());
            let body = &self.text[start..];
            let end = start + body.trim_end().len();
            let start = start + (body.len() - body.trim_start().len());
            if start < end {
                self.marks.push(Mark { start, end, kind });
            }
        }
    }

    /// End the current line (no blank line).
    pub fn line_break(&mut self) {
        self.trim_trailing_spaces();
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }

    /// End the current paragraph: one blank line before what follows.
    pub fn block_break(&mut self) {
        self.trim_trailing_spaces();
        if self.text.is_empty() || self.text.ends_with("\n\n") {
            return;
        }
        self.text.push_str(if self.text.ends_with('\n') {
            "\n"
        } else {
            "\n\n"
        });
    }

    /// How many bytes after `start` lie inside closed marks of `kind`.
    pub fn marked_len(&self, start: usize, kind: MarkKind) -> usize {
        let mut covered = start;
        let mut total = 0;
        let mut spans: Vec<(usize, usize)> = self
            .marks
            .iter()
            .filter(|m| m.kind == kind && m.end > start)
            .map(|m| (m.start.max(start), m.end))
            .collect();
        spans.sort_unstable();
        for (s, e) in spans {
            let s = s.max(covered);
            if e > s {
                total += e - s;
                covered = e;
            }
        }
        total
    }

    /// Drop what was written since byte `len` (a block found to be boilerplate), with the
    /// marks inside it.
    pub fn truncate(&mut self, len: usize) {
        self.text.truncate(len);
        self.marks.retain(|m| m.end <= len);
    }

    fn trim_trailing_spaces(&mut self) {
        let kept = self.text.trim_end_matches([' ', '\t']).len();
        self.text.truncate(kept);
    }

    /// The text, trimmed at the end, and its marks in order of start.
    pub fn finish(mut self) -> Marked {
        let kept = self.text.trim_end().len();
        self.text.truncate(kept);
        for mark in &mut self.marks {
            mark.end = mark.end.min(kept);
        }
        self.marks.retain(|m| m.start < m.end);
        self.marks
            .sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        Marked {
            text: self.text,
            marks: self.marks,
        }
    }
}
