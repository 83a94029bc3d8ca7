//! `TextSpan`: a checked byte range into the one owned text of a document.

use std::ops::Index;

/// A half-open byte range `start..end` into a document's text.
///
/// Both ends always fall on `char` boundaries of the text the span was made for:
/// the only constructor, [`TextSpan::new`], checks it. Spans are `Copy` and refer to
/// the text by position, never by reference, so analysis results can be stored and
/// passed around freely.
///
/// Offsets are kept in 32 bits (half the memory of the many spans of a large text): a text
/// must be under 4 GiB, far above the input cap.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TextSpan {
    start: u32,
    end: u32,
}

impl TextSpan {
    /// A span of `text`, or `None` when the range is reversed, out of bounds or not on
    /// `char` boundaries.
    pub fn new(text: &str, start: usize, end: usize) -> Option<Self> {
        let fits = u32::try_from(end).ok()?;
        (start <= end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end))
        .then_some(Self {
            start: start as u32,
            end: fits,
        })
    }

    /// A span of `text` that is known to be valid (for example built from `char_indices`).
    ///
    /// # Panics
    /// When the range is not valid for `text`: that is a bug in the caller.
    pub fn of(text: &str, start: usize, end: usize) -> Self {
        match Self::new(text, start, end) {
            Some(span) => span,
            None => panic!(
                "invalid span {start}..{end} for a text of {} bytes",
                text.len()
            ),
        }
    }

    /// The first byte of the span.
    pub fn start(self) -> usize {
        self.start as usize
    }

    /// One past the last byte of the span.
    pub fn end(self) -> usize {
        self.end as usize
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        (self.end - self.start) as usize
    }

    /// True when the span covers no text.
    pub fn is_empty(self) -> bool {
        self.start == self.end
    }

    /// True when `other` lies entirely within `self`.
    pub fn contains(self, other: TextSpan) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when `offset` is within `start..end`.
    pub fn contains_offset(self, offset: usize) -> bool {
        self.start() <= offset && offset < self.end()
    }

    /// True when the two spans share at least one byte.
    pub fn overlaps(self, other: TextSpan) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The smallest span covering both.
    pub fn cover(self, other: TextSpan) -> TextSpan {
        TextSpan {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }

    /// The span as a `Range`, for slicing.
    pub fn range(self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }
}

impl Index<TextSpan> for str {
    type Output = str;

    fn index(&self, span: TextSpan) -> &str {
        &self[span.start()..span.end()]
    }
}

impl Index<TextSpan> for String {
    type Output = str;

    fn index(&self, span: TextSpan) -> &str {
        &self[span.start()..span.end()]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn new_rejects_reversed_out_of_bounds_and_mid_char_ranges() {
        let text = "héllo";
        assert!(TextSpan::new(text, 2, 1).is_none());
        assert!(TextSpan::new(text, 0, 99).is_none());
        assert!(TextSpan::new(text, 2, 3).is_none(), "2 is inside 'é'");
        assert_eq!(TextSpan::new(text, 1, 3).map(|s| &text[s]), Some("é"));
    }

    #[test]
    fn overlap_cover_and_contains() {
        let text = "abcdefgh";
        let a = TextSpan::of(text, 0, 4);
        let b = TextSpan::of(text, 3, 6);
        let c = TextSpan::of(text, 4, 6);
        assert!(a.overlaps(b));
        assert!(!a.overlaps(c), "end is exclusive");
        assert_eq!(a.cover(c), TextSpan::of(text, 0, 6));
        assert!(a.cover(c).contains(b));
        assert!(a.contains_offset(3) && !a.contains_offset(4));
    }
}
