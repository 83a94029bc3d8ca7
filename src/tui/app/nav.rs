//! Moving through the article: scrolling, jumping to quotations and events, the sidebar's
//! cursor, the mouse. [`super::apply`] decides which of these an action calls.

use super::{App, Focus, Jump, SideItem};

impl App {
    pub(super) fn scroll(&mut self, by: isize) {
        let top = self.top.saturating_add_signed(by);
        self.ensure_rows(top + 2 * self.page() + 1);
        self.top = top;
        self.clamp();
    }

    /// Make byte `offset` visible: scroll only when it is off screen, then put it a third
    /// of the way down.
    pub(super) fn reveal(&mut self, offset: usize) {
        self.ensure_offset(offset);
        let row = self.wrapped.row_of(offset);
        let page = self.page();
        if row < self.top || row >= self.top + page {
            self.top = row.saturating_sub(page / 3);
            self.clamp();
        }
    }

    pub(super) fn goto_quote(&mut self, q: usize) {
        self.current_quote = Some(q);
        self.last_jump = Jump::Quote;
        if let Some(quote) = self.story.quotes.get(q) {
            self.reveal(quote.span.start());
        }
    }

    pub(super) fn goto_event(&mut self, e: usize) {
        self.current_event = Some(e);
        self.last_jump = Jump::Event;
        if let Some(event) = self.story.events.get(e) {
            self.reveal(event.span.start());
        }
    }

    /// The byte range of the text on screen: from the top row's first word to the next
    /// row's (to the end of the text on the last screen; to what is wrapped so far of a
    /// large text still being wrapped).
    pub fn on_screen(&self) -> std::ops::Range<usize> {
        let top = self.wrapped.offset_of(self.top);
        let end = self.top + self.page();
        let bottom = if end < self.wrapped.rows.len() {
            self.wrapped.offset_of(end)
        } else if self.wrapped.is_complete(&self.story) {
            usize::MAX
        } else {
            self.wrapped.rows.last().map_or(top, |r| r.start)
        };
        top..bottom.max(top)
    }

    /// True when byte `offset` of the text is on screen.
    pub fn visible(&self, offset: usize) -> bool {
        self.on_screen().contains(&offset)
    }

    /// The current quotation or event, when it is on screen.
    pub(super) fn focus_offset(&self) -> Option<usize> {
        let screen = self.on_screen();
        let quote = self
            .current_quote
            .and_then(|q| self.story.quotes.get(q))
            .map(|q| q.span.start());
        let event = self
            .current_event
            .and_then(|e| self.story.events.get(e))
            .map(|e| e.span.start());
        [event, quote]
            .into_iter()
            .flatten()
            .find(|o| screen.contains(o))
    }

    /// Where the reader is: the current quotation when on screen, else the top of the screen.
    pub(super) fn here(&self) -> usize {
        let screen = self.on_screen();
        let (top, bottom) = (screen.start, screen.end);
        match self.current_quote.and_then(|q| self.story.quotes.get(q)) {
            Some(q) if (top..=bottom).contains(&q.span.start()) => q.span.start(),
            _ if self.top == 0 => 0,
            _ => top,
        }
    }

    /// `y` / `Y`: the current quotation (or the one on screen) as `"…" — Speaker`, with the
    /// title after it for `Y`, for the clipboard.
    pub(super) fn copy(&mut self, with_title: bool) {
        if self.current_quote.is_none() {
            self.step_quote(true, self.speaker_filter, false);
        }
        let Some(q) = self.current_quote.and_then(|q| self.story.quotes.get(q)) else {
            self.message = Some("no quotation to copy".into());
            return;
        };
        let text = self.story.text()[q.span]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let who = q
            .speaker
            .and_then(|s| self.story.people.get(s))
            .map_or("unattributed", |p| p.name.as_str());
        let mut copied = format!("{text} — {who}");
        let title = self
            .meta
            .title
            .clone()
            .or_else(|| self.story.title.map(|t| self.story.text()[t].to_string()));
        if let (true, Some(title)) = (with_title, title) {
            copied.push_str(&format!(", in “{title}”"));
        }
        self.message = Some(format!("copied: {copied}"));
        self.clipboard = Some(copied);
    }

    /// Say that the key needs the analysis, which is still running.
    pub(super) fn wait_for_analysis(&mut self) {
        self.message = Some("still analysing: quotations, people and events come next".into());
    }

    /// `n` / `N`: the next or previous quotation of the filtered speaker, else of the
    /// current quotation's speaker, wrapping round; with neither, the next quotation.
    pub(super) fn step_same_speaker(&mut self, forward: bool) {
        let current = self
            .current_quote
            .and_then(|q| self.story.quotes.get(q))
            .and_then(|q| q.speaker);
        match self.speaker_filter.or(current) {
            Some(speaker) => self.step_quote(forward, Some(speaker), true),
            None => self.step_quote(forward, None, false),
        }
    }

    /// Go to the next (or previous) top-level quotation after where the reader is, of
    /// `speaker` only when given; `wrap` goes round the end of the text.
    pub(super) fn step_quote(&mut self, forward: bool, speaker: Option<usize>, wrap: bool) {
        let here = self.here();
        let on_current = self
            .current_quote
            .is_some_and(|q| self.story.quotes[q].span.start() == here);
        let fits = |q: &crate::analysis::model::Quote| {
            q.parent.is_none() && (speaker.is_none() || q.speaker == speaker)
        };
        let quotes = &self.story.quotes;
        let found = if forward {
            quotes.iter().position(|q| {
                fits(q) && (q.span.start() > here || !on_current && q.span.start() == here)
            })
        } else {
            quotes
                .iter()
                .rposition(|q| fits(q) && q.span.start() < here)
        };
        let wrapped = if found.is_none() && wrap {
            if forward {
                quotes.iter().position(fits)
            } else {
                quotes.iter().rposition(fits)
            }
        } else {
            None
        };
        let whose = speaker
            .and_then(|s| self.story.people.get(s))
            .map_or(String::new(), |p| format!(" of {}", p.name));
        match (found, wrapped) {
            (Some(q), _) => self.goto_quote(q),
            (None, Some(q)) => {
                self.goto_quote(q);
                let end = if forward { "first" } else { "last" };
                self.message = Some(format!("wrapped round to the {end} quotation{whose}"));
            }
            (None, None) => {
                let none = !quotes.iter().any(fits);
                self.message = Some(if none {
                    format!("no quotations{whose}")
                } else if forward {
                    format!("no more quotations{whose}")
                } else {
                    format!("no earlier quotation{whose}")
                });
            }
        }
    }

    pub(super) fn step_event(&mut self, forward: bool) {
        let events = &self.story.events;
        let here = self
            .current_event
            .and_then(|e| events.get(e))
            .map_or(self.wrapped.offset_of(self.top), |e| e.span.start());
        let on = self.current_event.is_some();
        let found = if forward {
            events
                .iter()
                .position(|e| e.span.start() > here || !on && e.span.start() >= here)
        } else {
            events.iter().rposition(|e| e.span.start() < here)
        };
        match found {
            Some(e) => self.goto_event(e),
            None => self.message = Some("no more events".to_string()),
        }
    }

    pub(super) fn move_side(&mut self, by: isize) {
        let len = self.side_items().len();
        self.side_cursor =
            (self.side_cursor as isize + by).clamp(0, len.saturating_sub(1) as isize) as usize;
    }

    /// Filter by `person` and go to their next quotation from where the reader is,
    /// wrapping round (`None` clears the filter and keeps the place).
    pub(super) fn set_filter(&mut self, person: Option<usize>) {
        self.speaker_filter = person;
        if person.is_some() {
            let keep = self
                .current_quote
                .and_then(|q| self.story.quotes.get(q))
                .is_some_and(|q| q.speaker == person);
            if !keep {
                self.current_quote = None;
                self.step_quote(true, person, true);
            }
        }
    }

    pub(super) fn select_side(&mut self, index: usize) {
        self.side_cursor = index;
        match self.side_items().get(index).copied() {
            Some(SideItem::Person(p)) => {
                let same = self.speaker_filter == Some(p);
                self.set_filter(if same { None } else { Some(p) });
            }
            Some(SideItem::Event(e)) => self.goto_event(e),
            None => {}
        }
    }

    /// The byte offset of the word shown at screen cell `col`, `row` of the article pane.
    pub(super) fn offset_at(&self, col: u16, row: u16) -> Option<usize> {
        let area = self.areas().article;
        if !area.contains(ratatui::layout::Position::new(col, row)) {
            return None;
        }
        let line = self
            .wrapped
            .rows
            .get(self.top + usize::from(row - area.y))?;
        let mut x = usize::from(area.x) + 2;
        let col = usize::from(col);
        line.words.iter().find_map(|w| {
            let hit = (x..x + w.width + 1).contains(&col);
            x += w.width + 1;
            hit.then_some(w.start)
        })
    }

    pub(super) fn click(&mut self, col: u16, row: u16) {
        if let Some(offset) = self.offset_at(col, row) {
            let quotes = &self.story.quotes;
            let k = quotes.partition_point(|q| q.span.start() <= offset);
            let hit = quotes[..k]
                .iter()
                .rposition(|q| q.parent.is_none() && q.span.contains_offset(offset));
            if let Some(q) = hit {
                self.current_quote = Some(q);
                self.last_jump = Jump::Quote;
                self.focus = Focus::Article;
            }
            return;
        }
        let areas = self.areas();
        let hit = |r| crate::tui::layout::Areas::list_row(r, col, row);
        let people = self.people_order.len();
        if let Some(k) = hit(areas.people) {
            let index = self.people_offset() + k;
            if index < people {
                self.focus = Focus::Sidebar;
                self.select_side(index);
            }
        } else if let Some(k) = hit(areas.events) {
            let index = self.events_offset() + k;
            if index < self.timeline.len() {
                self.focus = Focus::Sidebar;
                self.select_side(people + index);
            }
        }
    }

    /// The wheel over the sidebar: its selection shows (the sidebar takes focus), moves to
    /// the list under the pointer, then steps through it.
    pub(super) fn wheel_side(&mut self, col: u16, row: u16, by: isize) {
        self.focus = Focus::Sidebar;
        let people = self.people_order.len();
        let over_events = self
            .areas()
            .events
            .is_some_and(|r| r.contains(ratatui::layout::Position::new(col, row)));
        let in_events = self.side_cursor >= people;
        if over_events != in_events {
            self.side_cursor = if over_events {
                people
                    + self
                        .events_offset()
                        .min(self.timeline.len().saturating_sub(1))
            } else {
                self.people_offset()
            };
        } else {
            self.move_side(by);
        }
    }

    /// Is the screen cell at `col`, `row` inside the sidebar's lists?
    pub(super) fn over_sidebar(&self, col: u16, row: u16) -> bool {
        self.areas().over_sidebar(col, row)
    }

    /// First visible row of the people list (keeps the cursor on screen).
    pub fn people_offset(&self) -> usize {
        let visible = self
            .areas()
            .people
            .map_or(1, |r| usize::from(r.height.saturating_sub(2)).max(1));
        let n = self.people_order.len();
        let cursor = if self.side_cursor < n {
            self.side_cursor
        } else {
            0
        };
        crate::tui::scroll::follow(cursor, cursor, visible)
    }

    /// First visible row of the event list (keeps the cursor on screen).
    pub fn events_offset(&self) -> usize {
        let visible = self
            .areas()
            .events
            .map_or(1, |r| usize::from(r.height.saturating_sub(2)).max(1));
        let cursor = self.side_cursor.saturating_sub(self.people_order.len());
        crate::tui::scroll::follow(cursor, cursor, visible)
    }
}
