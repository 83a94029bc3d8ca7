//! What each action does in each mode: moving, jumping, selecting, searching.

use super::{App, Focus, Jump, Overlay, SideItem};
use crate::tui::action::Action;

impl App {
    pub(super) fn apply_main(&mut self, action: Action) {
        let page = self.page();
        match action {
            Action::Top if self.focus == Focus::Sidebar => self.side_cursor = 0,
            Action::Bottom if self.focus == Focus::Sidebar => {
                self.side_cursor = self.side_items().len().saturating_sub(1)
            }
            Action::PageDown | Action::HalfPageDown if self.focus == Focus::Sidebar => {
                self.move_side(10)
            }
            Action::PageUp | Action::HalfPageUp if self.focus == Focus::Sidebar => {
                self.move_side(-10)
            }
            Action::ScrollDown if self.focus == Focus::Sidebar => self.move_side(1),
            Action::ScrollUp if self.focus == Focus::Sidebar => self.move_side(-1),
            Action::ScrollDown => self.scroll(1),
            Action::ScrollUp => self.scroll(-1),
            Action::ScrollBy(n) => self.scroll(n as isize),
            Action::WheelAt(col, row, n) if self.over_sidebar(col, row) => {
                self.move_side(n.signum() as isize);
            }
            Action::WheelAt(_, _, n) => self.scroll(n as isize),
            Action::HalfPageDown => self.scroll((page / 2).max(1) as isize),
            Action::HalfPageUp => self.scroll(-((page / 2).max(1) as isize)),
            Action::PageDown => self.scroll(page.saturating_sub(1).max(1) as isize),
            Action::PageUp => self.scroll(-(page.saturating_sub(1).max(1) as isize)),
            Action::Top => self.top = 0,
            Action::Bottom => {
                self.top = usize::MAX;
                self.clamp();
            }
            Action::ToggleFocus => {
                self.focus = match self.focus {
                    Focus::Article if self.sidebar_shown() => Focus::Sidebar,
                    _ => Focus::Article,
                }
            }
            Action::NextQuote | Action::PrevQuote if self.analysing => self.wait_for_analysis(),
            Action::NextEvent | Action::PrevEvent if self.analysing => self.wait_for_analysis(),
            // With a speaker filter on, only that speaker's quotations.
            Action::NextQuote => self.step_quote(true, self.speaker_filter, false),
            Action::PrevQuote => self.step_quote(false, self.speaker_filter, false),
            Action::NextEvent => self.step_event(true),
            Action::PrevEvent => self.step_event(false),
            Action::NextMatch | Action::PrevMatch => {
                let forward = action == Action::NextMatch;
                if !self.search.hits.is_empty() {
                    self.step_hit(forward);
                } else if self.analysing {
                    self.wait_for_analysis();
                } else {
                    self.step_same_speaker(forward);
                }
            }
            Action::Select if self.focus == Focus::Sidebar => self.select_side(self.side_cursor),
            Action::Select => self.scroll(1),
            Action::FilterSpeaker | Action::Timeline | Action::QuotesView | Action::Why
                if self.analysing =>
            {
                self.wait_for_analysis()
            }
            Action::FilterSpeaker => {
                self.overlay = Overlay::Filter {
                    input: String::new(),
                    cursor: 0,
                };
            }
            Action::Escape => {
                if !self.search.hits.is_empty() || !self.search.query.is_empty() {
                    self.search = Default::default();
                } else if self.speaker_filter.is_some() {
                    self.speaker_filter = None;
                } else {
                    self.current_event = None;
                    self.focus = Focus::Article;
                }
            }
            Action::Search => self.start_search(),
            Action::Help => self.overlay = Overlay::Help { scroll: 0 },
            Action::ToggleSidebar => {
                self.sidebar_wanted = Some(!self.sidebar_shown());
                if !self.sidebar_shown() {
                    self.focus = Focus::Article;
                }
                self.rewrap();
            }
            Action::Timeline => {
                let cursor = self
                    .current_event
                    .and_then(|e| self.timeline.iter().position(|&t| t == e))
                    .unwrap_or(0);
                self.overlay = Overlay::Timeline { cursor };
            }
            Action::Why => {
                if self.current_quote.is_none() {
                    self.step_quote(true, self.speaker_filter, false);
                }
                self.overlay = Overlay::Why;
            }
            Action::QuotesView => {
                let cursor = self
                    .quote_list()
                    .iter()
                    .position(|&(_, q)| Some(q) == self.current_quote)
                    .unwrap_or(0);
                self.overlay = Overlay::Quotes { cursor };
            }
            Action::Click(col, row) => self.click(col, row),
            Action::Copy | Action::CopyWithTitle => self.copy(action == Action::CopyWithTitle),
            _ => {}
        }
    }

    pub(super) fn apply_overlay(&mut self, overlay: Overlay, action: Action) {
        let close = matches!(action, Action::Escape | Action::Quit)
            || matches!(
                (&overlay, action),
                (Overlay::Help { .. }, Action::Help)
                    | (Overlay::Why, Action::Why)
                    | (Overlay::Timeline { .. }, Action::Timeline)
                    | (Overlay::Quotes { .. }, Action::QuotesView)
            );
        if close {
            self.overlay = Overlay::None;
            return;
        }
        let step = match action {
            Action::ScrollDown | Action::ScrollBy(1..) | Action::WheelAt(_, _, 1..) => 1,
            Action::ScrollUp | Action::ScrollBy(..=-1) | Action::WheelAt(_, _, ..=-1) => -1,
            Action::PageDown | Action::HalfPageDown => 10,
            Action::PageUp | Action::HalfPageUp => -10,
            _ => 0,
        };
        let moved = |cursor: usize, len: usize| {
            (cursor as isize + step).clamp(0, len.saturating_sub(1) as isize) as usize
        };
        match overlay {
            Overlay::Quotes { cursor } => {
                let list = self.quote_list();
                match action {
                    Action::Select => {
                        if let Some(&(_, q)) = list.get(cursor) {
                            self.overlay = Overlay::None;
                            self.goto_quote(q);
                        }
                    }
                    Action::FilterSpeaker => {
                        self.overlay = Overlay::Filter {
                            input: String::new(),
                            cursor: 0,
                        };
                    }
                    Action::Top => self.overlay = Overlay::Quotes { cursor: 0 },
                    Action::Bottom => {
                        self.overlay = Overlay::Quotes {
                            cursor: list.len().saturating_sub(1),
                        }
                    }
                    _ => {
                        self.overlay = Overlay::Quotes {
                            cursor: moved(cursor, list.len()),
                        }
                    }
                }
            }
            Overlay::Timeline { cursor } => match action {
                Action::Select => {
                    if let Some(&e) = self.timeline.get(cursor) {
                        self.overlay = Overlay::None;
                        self.goto_event(e);
                    }
                }
                _ => {
                    self.overlay = Overlay::Timeline {
                        cursor: moved(cursor, self.timeline.len()),
                    }
                }
            },
            Overlay::Filter { mut input, cursor } => {
                let matches = self.filter_matches(&input);
                match action {
                    Action::Select => {
                        self.overlay = Overlay::None;
                        if let Some(&p) = matches.get(cursor) {
                            self.set_filter(Some(p));
                        }
                    }
                    Action::Input(c) => {
                        input.push(c);
                        self.overlay = Overlay::Filter { input, cursor: 0 };
                    }
                    Action::Backspace => {
                        input.pop();
                        self.overlay = Overlay::Filter { input, cursor: 0 };
                    }
                    _ => {
                        self.overlay = Overlay::Filter {
                            cursor: moved(cursor, matches.len()),
                            input,
                        }
                    }
                }
            }
            Overlay::Help { scroll } => {
                let lines = crate::tui::view::help_lines(self).len();
                let visible = usize::from(self.areas().status.y.min(40).saturating_sub(2)).max(1);
                let max = lines.saturating_sub(visible);
                let scroll = match action {
                    Action::Top => 0,
                    Action::Bottom => max,
                    _ => moved(scroll, max + 1),
                };
                self.overlay = Overlay::Help { scroll };
            }
            Overlay::Why | Overlay::None => {}
        }
    }

    pub(super) fn apply_search_prompt(&mut self, action: Action) {
        match action {
            Action::Input(c) => {
                self.search.query.push(c);
                self.find_hits();
            }
            Action::Backspace => {
                self.search.query.pop();
                self.find_hits();
            }
            Action::Select => {
                self.search.typing = false;
                if self.search.hits.is_empty() && !self.search.query.is_empty() {
                    self.message = Some(format!("not found: {}", self.search.query));
                }
            }
            Action::Escape => self.cancel_search(),
            _ => {}
        }
    }

    fn scroll(&mut self, by: isize) {
        self.top = self.top.saturating_add_signed(by);
        self.clamp();
    }

    /// Make byte `offset` visible: scroll only when it is off screen, then put it a third
    /// of the way down.
    pub(super) fn reveal(&mut self, offset: usize) {
        let row = self.wrapped.row_of(offset);
        let page = self.page();
        if row < self.top || row >= self.top + page {
            self.top = row.saturating_sub(page / 3);
            self.clamp();
        }
    }

    fn goto_quote(&mut self, q: usize) {
        self.current_quote = Some(q);
        self.last_jump = Jump::Quote;
        if let Some(quote) = self.story.quotes.get(q) {
            self.reveal(quote.span.start());
        }
    }

    fn goto_event(&mut self, e: usize) {
        self.current_event = Some(e);
        self.last_jump = Jump::Event;
        if let Some(event) = self.story.events.get(e) {
            self.reveal(event.span.start());
        }
    }

    /// True when byte `offset` of the text is on screen.
    pub fn visible(&self, offset: usize) -> bool {
        let top = self.wrapped.offset_of(self.top);
        let end = self.top + self.page();
        end >= self.wrapped.rows.len() && offset >= top
            || (top..self.wrapped.offset_of(end)).contains(&offset)
    }

    /// The current quotation or event, when it is on screen.
    pub(super) fn focus_offset(&self) -> Option<usize> {
        let top = self.wrapped.offset_of(self.top);
        let end = self.top + self.page();
        let bottom = if end >= self.wrapped.rows.len() {
            usize::MAX
        } else {
            self.wrapped.offset_of(end)
        };
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
            .find(|o| (top..bottom).contains(o))
    }

    /// Where the reader is: the current quotation when on screen, else the top of the screen.
    fn here(&self) -> usize {
        let top = self.wrapped.offset_of(self.top);
        let bottom = if self.top + self.page() >= self.wrapped.rows.len() {
            usize::MAX
        } else {
            self.wrapped.offset_of(self.top + self.page())
        };
        match self.current_quote.and_then(|q| self.story.quotes.get(q)) {
            Some(q) if (top..=bottom).contains(&q.span.start()) => q.span.start(),
            _ if self.top == 0 => 0,
            _ => top,
        }
    }

    /// `y` / `Y`: the current quotation (or the one on screen) as `"…" — Speaker`, with the
    /// title after it for `Y`, for the clipboard.
    fn copy(&mut self, with_title: bool) {
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
    fn wait_for_analysis(&mut self) {
        self.message = Some("still analysing: quotations, people and events come next".into());
    }

    /// `n` / `N`: the next or previous quotation of the filtered speaker, else of the
    /// current quotation's speaker, wrapping round; with neither, the next quotation.
    fn step_same_speaker(&mut self, forward: bool) {
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

    fn step_event(&mut self, forward: bool) {
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

    fn move_side(&mut self, by: isize) {
        let len = self.side_items().len();
        self.side_cursor =
            (self.side_cursor as isize + by).clamp(0, len.saturating_sub(1) as isize) as usize;
    }

    /// Filter by `person` and go to their next quotation from where the reader is,
    /// wrapping round (`None` clears the filter and keeps the place).
    fn set_filter(&mut self, person: Option<usize>) {
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

    fn select_side(&mut self, index: usize) {
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
    fn offset_at(&self, col: u16, row: u16) -> Option<usize> {
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

    fn click(&mut self, col: u16, row: u16) {
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
        let hit = |r: Option<ratatui::layout::Rect>| {
            r.filter(|r| col >= r.x && col < r.x + r.width && row > r.y && row + 1 < r.y + r.height)
                .map(|r| usize::from(row - r.y - 1))
        };
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

    /// Is the screen cell at `col`, `row` inside the sidebar's lists?
    fn over_sidebar(&self, col: u16, row: u16) -> bool {
        let areas = self.areas();
        [areas.people, areas.events]
            .into_iter()
            .flatten()
            .any(|r| col >= r.x && col < r.x + r.width && row >= r.y && row < r.y + r.height)
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
        (cursor + 1).saturating_sub(visible)
    }

    /// First visible row of the event list (keeps the cursor on screen).
    pub fn events_offset(&self) -> usize {
        let visible = self
            .areas()
            .events
            .map_or(1, |r| usize::from(r.height.saturating_sub(2)).max(1));
        let cursor = self.side_cursor.saturating_sub(self.people_order.len());
        (cursor + 1).saturating_sub(visible)
    }
}
