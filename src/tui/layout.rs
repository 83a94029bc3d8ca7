//! The screen's areas for a terminal size, and what lies under a screen cell (hit-tests
//! for the mouse).

use ratatui::layout::{Constraint, Layout, Position, Rect};

/// Width of the sidebar, and the narrowest terminal that still shows it.
pub const SIDEBAR_WIDTH: u16 = 34;
/// Below this many columns the sidebar collapses.
pub const SIDEBAR_MIN_COLUMNS: u16 = 80;

/// The screen's parts for a terminal size.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Areas {
    /// The article text.
    pub article: Rect,
    /// The page's title, byline and date above the article, when it gave them.
    pub header: Option<Rect>,
    /// The people list, when the sidebar shows.
    pub people: Option<Rect>,
    /// The event list, when the sidebar shows.
    pub events: Option<Rect>,
    /// The status bar.
    pub status: Rect,
    /// The key hints.
    pub footer: Rect,
}

impl Areas {
    /// The areas of a `size` (columns, rows) screen: the article with a header of
    /// `header_rows` above it, the sidebar when `sidebar` (beside the article from
    /// [`SIDEBAR_MIN_COLUMNS`] columns, below it when narrower), the status bar and the
    /// footer.
    pub fn new(size: (u16, u16), sidebar: bool, header_rows: u16) -> Self {
        let full = Rect::new(0, 0, size.0, size.1);
        let [body, status, footer] = Layout::vertical([
            Constraint::Min(1),
            Constraint::Length(1),
            Constraint::Length(1),
        ])
        .areas(full);
        let beside = size.0 >= SIDEBAR_MIN_COLUMNS;
        let (pane, side) = match (sidebar, beside) {
            (false, _) => (body, None),
            (true, true) => {
                let [pane, side] =
                    Layout::horizontal([Constraint::Min(20), Constraint::Length(SIDEBAR_WIDTH)])
                        .areas(body);
                (pane, Some(side))
            }
            // Narrow: the sidebar below the article, its two lists side by side.
            (true, false) => {
                let [pane, side] =
                    Layout::vertical([Constraint::Percentage(55), Constraint::Percentage(45)])
                        .areas(body);
                (pane, Some(side))
            }
        };
        let [header, article] =
            Layout::vertical([Constraint::Length(header_rows), Constraint::Min(1)]).areas(pane);
        let header = (header_rows > 0).then_some(header);
        let (people, events) = match side {
            None => (None, None),
            Some(side) => {
                let [people, events] = if beside {
                    Layout::vertical([Constraint::Percentage(45), Constraint::Percentage(55)])
                        .areas(side)
                } else {
                    Layout::horizontal([Constraint::Percentage(50), Constraint::Percentage(50)])
                        .areas(side)
                };
                (Some(people), Some(events))
            }
        };
        Self {
            article,
            header,
            people,
            events,
            status,
            footer,
        }
    }

    /// Is the cell at `col`, `row` over the sidebar's lists?
    pub fn over_sidebar(&self, col: u16, row: u16) -> bool {
        [self.people, self.events]
            .into_iter()
            .flatten()
            .any(|r| r.contains(Position::new(col, row)))
    }

    /// The row of a list (inside its border) under the cell at `col`, `row`, if any.
    pub fn list_row(list: Option<Rect>, col: u16, row: u16) -> Option<usize> {
        let inner = list?.inner(ratatui::layout::Margin::new(1, 1));
        inner
            .contains(Position::new(col, row))
            .then(|| usize::from(row - inner.y))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sidebar_sits_beside_a_wide_article_and_below_a_narrow_one() {
        let wide = Areas::new((100, 30), true, 0);
        let people = wide.people.expect("shown");
        assert_eq!(people.x, wide.article.x + wide.article.width);
        let narrow = Areas::new((60, 20), true, 0);
        let people = narrow.people.expect("shown");
        assert!(people.y >= narrow.article.y + narrow.article.height);
        let hidden = Areas::new((100, 30), false, 2);
        assert_eq!(
            (hidden.people, hidden.header.map(|h| h.height)),
            (None, Some(2))
        );
    }

    #[test]
    fn hit_tests_find_the_list_row_under_the_mouse() {
        let areas = Areas::new((100, 30), true, 0);
        let people = areas.people.expect("shown");
        assert!(areas.over_sidebar(people.x + 3, people.y + 2));
        assert!(!areas.over_sidebar(2, 2));
        assert_eq!(
            Areas::list_row(areas.people, people.x + 3, people.y + 3),
            Some(2)
        );
        assert_eq!(
            Areas::list_row(areas.people, people.x + 3, people.y),
            None,
            "the border"
        );
    }
}
