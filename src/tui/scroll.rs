//! The one scroll helper of the reader: every list and pane (the article, the sidebar's
//! lists, the quotations, the timeline, the help) keeps its cursor or its top row in range
//! and in view through these, instead of each doing its own arithmetic.

/// The first row to show, in a window of `visible` rows, so that rows `first..=last` (an
/// item that may span several rows) are in view, as low on the screen as they go; an item
/// taller than the window shows from its start.
pub fn follow(first: usize, last: usize, visible: usize) -> usize {
    let visible = visible.max(1);
    if last + 1 - first.min(last) > visible {
        first
    } else {
        (last + 1).saturating_sub(visible)
    }
}

/// A top row kept in range: no further than where the last `visible` of `len` rows show.
pub fn clamp(top: usize, len: usize, visible: usize) -> usize {
    top.min(len.saturating_sub(visible.max(1)))
}

/// A cursor moved by `by` over a list of `len` items, stopping at both ends.
pub fn step(cursor: usize, by: isize, len: usize) -> usize {
    cursor.saturating_add_signed(by).min(len.saturating_sub(1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_stays_in_view_and_in_range() {
        assert_eq!(follow(0, 0, 10), 0);
        assert_eq!(
            follow(12, 12, 10),
            3,
            "the cursor row is the last on screen"
        );
        assert_eq!(follow(12, 14, 10), 5, "a three-row item shows whole");
        assert_eq!(follow(2, 30, 10), 2, "too tall: its start shows");
        assert_eq!(clamp(50, 20, 8), 12);
        assert_eq!(clamp(3, 5, 8), 0);
        assert_eq!(step(0, -1, 5), 0);
        assert_eq!(step(3, 10, 5), 4);
        assert_eq!(step(3, 1, 0), 0, "an empty list");
    }
}
