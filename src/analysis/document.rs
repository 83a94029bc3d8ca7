//! Segmentation: the owned text split into paragraphs and sentences.

use super::lexicon::ABBREVIATIONS;
use super::quotes;
use super::span::TextSpan;

/// A sentence and the paragraph it belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// The sentence's text, trimmed of surrounding white space.
    pub span: TextSpan,
    /// Index into `Document::paragraphs`.
    pub paragraph: usize,
}

/// The one owned text of an article, with its paragraphs and sentences.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Document {
    /// The text exactly as given (line endings normalised to `\n`).
    pub text: String,
    /// Paragraphs in order, trimmed, never empty.
    pub paragraphs: Vec<TextSpan>,
    /// Sentences in order; each lies inside one paragraph.
    pub sentences: Vec<Sentence>,
}

impl Document {
    /// Segment `text` into paragraphs and sentences.
    pub fn new(text: impl Into<String>) -> Self {
        let text = text.into();
        let paragraphs = split_paragraphs(&text);
        let mut sentences = Vec::new();
        for (index, &paragraph) in paragraphs.iter().enumerate() {
            sentences.extend(split_sentences(&text, paragraph).map(|span| Sentence {
                span,
                paragraph: index,
            }));
        }
        Self {
            text,
            paragraphs,
            sentences,
        }
    }

    /// Split `text` into paragraphs only, without sentences: what showing a text needs,
    /// at a fraction of the cost.
    pub fn paragraphs_only(text: impl Into<String>) -> Self {
        let text = text.into();
        let paragraphs = split_paragraphs(&text);
        Self {
            text,
            paragraphs,
            sentences: Vec::new(),
        }
    }

    /// [`Document::paragraphs_only`] for the text's first `limit` bytes (cut at the next
    /// line break after them); the whole text is kept.
    pub fn paragraphs_upto(text: impl Into<String>, limit: usize) -> Self {
        let text = text.into();
        let mut limit = limit.min(text.len());
        while !text.is_char_boundary(limit) {
            limit += 1;
        }
        let cut = if limit >= text.len() {
            text.len()
        } else {
            text[limit..].find("\n\n").map_or(text.len(), |i| limit + i)
        };
        let paragraphs = split_paragraphs(&text[..cut]);
        Self {
            text,
            paragraphs,
            sentences: Vec::new(),
        }
    }

    /// The text of a span.
    pub fn slice(&self, span: TextSpan) -> &str {
        &self.text[span]
    }

    /// Index of the paragraph containing byte `offset` (the nearest one before it when the
    /// offset is in the white space between two).
    pub fn paragraph_at(&self, offset: usize) -> Option<usize> {
        let after = self.paragraphs.partition_point(|p| p.start() <= offset);
        after.checked_sub(1)
    }

    /// Index of the sentence containing byte `offset` (or the nearest one before it).
    pub fn sentence_at(&self, offset: usize) -> Option<usize> {
        let after = self.sentences.partition_point(|s| s.span.start() <= offset);
        after.checked_sub(1)
    }

    /// The title: a short first paragraph with no closing sentence punctuation.
    pub fn title(&self) -> Option<TextSpan> {
        let first = *self.paragraphs.first()?;
        let text = self.slice(first);
        let short = text.chars().count() <= 200 && !text.contains('\n');
        let ends_like_prose =
            text.ends_with(['.', '?', '!']) || text.ends_with(quotes::is_closing_char);
        (short && self.paragraphs.len() > 1 && (!ends_like_prose || text.split(' ').count() < 20))
            .then_some(first)
    }
}

/// Paragraphs: separated by blank lines when the text has any, else by line breaks.
fn split_paragraphs(text: &str) -> Vec<TextSpan> {
    let has_blank_lines = text.lines().any(|l| l.trim().is_empty())
        && text.lines().filter(|l| !l.trim().is_empty()).count() > 1;
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        let content_end = offset + line.trim_end().len();
        if blank || !has_blank_lines {
            if let Some(s) = start.take() {
                push_trimmed(text, s, end, &mut out);
            }
            if !blank {
                push_trimmed(text, offset, content_end, &mut out);
            }
        } else {
            start.get_or_insert(offset);
            end = content_end;
        }
        offset += line.len();
    }
    if let Some(s) = start {
        push_trimmed(text, s, end, &mut out);
    }
    out
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<TextSpan>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(TextSpan::of(text, start + lead, end - trail));
    }
}

/// Characters that may follow a sentence's final punctuation and still belong to it.
fn is_closer(c: char) -> bool {
    matches!(c, ')' | ']' | '_') || quotes::is_closing_char(c)
}

/// Sentences of one paragraph.
fn split_sentences(text: &str, paragraph: TextSpan) -> impl Iterator<Item = TextSpan> + '_ {
    let body = &text[paragraph];
    let base = paragraph.start();
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut cuts = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if matches!(c, '.' | '!' | '?') {
            let mut j = i + 1;
            while j < chars.len()
                && (matches!(chars[j].1, '.' | '!' | '?') || is_closer(chars[j].1))
            {
                j += 1;
            }
            let followed_by_space = j < chars.len() && chars[j].1.is_whitespace();
            if followed_by_space && ends_sentence(body, &chars, i, j) {
                let cut = chars[j].0;
                cuts.push(cut);
            }
            i = j;
        } else {
            i += 1;
        }
    }
    let mut pieces = Vec::new();
    let mut start = 0;
    for cut in cuts.into_iter().chain(std::iter::once(body.len())) {
        let piece = &body[start..cut];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        if lead + trail < piece.len() {
            pieces.push(TextSpan::of(text, base + start + lead, base + cut - trail));
        }
        start = cut;
    }
    pieces.into_iter()
}

/// Does the punctuation at `chars[i]` (followed by closers up to `j`) end a sentence?
fn ends_sentence(body: &str, chars: &[(usize, char)], i: usize, j: usize) -> bool {
    // The next word must start like a sentence: upper case, a digit or an opening mark.
    let next = chars[j..]
        .iter()
        .map(|&(_, c)| c)
        .find(|c| !c.is_whitespace());
    let starts_sentence = match next {
        Some(c) => {
            c.is_uppercase()
                || c.is_ascii_digit()
                || "(_[".contains(c)
                || quotes::is_opening_char(c)
        }
        None => true,
    };
    if !starts_sentence {
        return false;
    }
    if chars[i].1 != '.' {
        return true;
    }
    // The word before the period: an abbreviation or an initial does not end a sentence.
    let word_start = chars[..i]
        .iter()
        .rposition(|&(_, c)| {
            c.is_whitespace() || c == '(' || c != '\'' && quotes::is_opening_char(c)
        })
        .map_or(0, |k| chars[k + 1].0);
    let word = &body[word_start..chars[i].0];
    let bare = word.trim_start_matches(|c: char| !c.is_alphanumeric());
    let is_initial = bare.chars().count() == 1 && bare.chars().all(char::is_uppercase);
    !(is_initial || ABBREVIATIONS.contains_lower(bare))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let doc = Document::new(text);
        doc.sentences
            .iter()
            .map(|s| &text[s.span])
            .collect::<Vec<_>>()
    }

    #[test]
    fn the_first_part_ends_after_a_paragraph_and_keeps_the_whole_text() {
        let text = "Título\n\nUno é dos.\n\nTres.\n\nCuatro.";
        for limit in 0..text.len() + 2 {
            let doc = Document::paragraphs_upto(text, limit);
            assert_eq!(doc.text, text);
            let end = doc.paragraphs.last().map_or(0, |p| p.end());
            assert!(end >= limit.min(text.len()) || end == text.len(), "{limit}");
        }
        assert_eq!(Document::paragraphs_upto(text, 9).paragraphs.len(), 2);
    }

    #[test]
    fn paragraphs_split_at_blank_lines_and_keep_wrapped_lines_together() {
        let text = "Title\n\nFirst line\nwraps here.\n\n\n  Second.  \n";
        let doc = Document::new(text);
        let got: Vec<&str> = doc.paragraphs.iter().map(|&p| &text[p]).collect();
        assert_eq!(got, ["Title", "First line\nwraps here.", "Second."]);
    }

    #[test]
    fn paragraphs_split_at_line_breaks_when_there_are_no_blank_lines() {
        let text = "One.\nTwo.\nThree.";
        assert_eq!(Document::new(text).paragraphs.len(), 3);
    }

    #[test]
    fn abbreviations_and_initials_do_not_end_sentences() {
        let cases: &[(&str, &[&str])] = &[
            (
                "Ms. Johnson met Dr. Smith. They talked.",
                &["Ms. Johnson met Dr. Smith.", "They talked."],
            ),
            (
                "He left the U.S. Army in Sept. 2001. Then he rested.",
                &["He left the U.S. Army in Sept. 2001.", "Then he rested."],
            ),
            (
                "John F. Kennedy spoke. It rained!",
                &["John F. Kennedy spoke.", "It rained!"],
            ),
            (
                "\"Is it?\" she asked. \"Yes.\" He nodded.",
                &["\"Is it?\" she asked.", "\"Yes.\"", "He nodded."],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(sentences(text), *want, "in {text:?}");
        }
    }

    #[test]
    fn offsets_map_back_to_paragraphs_and_sentences() {
        let text = "A b.\n\nC d. E f.";
        let doc = Document::new(text);
        assert_eq!(doc.paragraph_at(text.find('E').unwrap_or(0)), Some(1));
        assert_eq!(doc.sentence_at(text.find('E').unwrap_or(0)), Some(2));
        assert_eq!(doc.sentence_at(0), Some(0));
    }

    #[test]
    fn title_is_a_short_first_paragraph() {
        let doc = Document::new("Big News Today\n\nSomething happened. It was big.");
        assert_eq!(doc.title().map(|t| doc.slice(t)), Some("Big News Today"));
        let doc = Document::new("Only one paragraph here.");
        assert_eq!(doc.title(), None);
    }
}
