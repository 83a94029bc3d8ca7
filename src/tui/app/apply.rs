//! The dispatcher: what each action does in each mode (the article, an overlay, the
//! search prompt). The only place an action changes the reader's state; the moves
//! themselves are in [`super::nav`] and [`super::search`].

use super::{App, Focus, Overlay};
use crate::tui::action::Action;

impl App {
    /// Carry out one action.
    pub fn apply(&mut self, action: Action) {
        // A message lasts until the next key (a resize is no key).
        if !matches!(action, Action::Resize(..)) {
            self.message = None;
        }
        match action {
            Action::Resize(w, h) => {
                // Keep the top line, and keep in view what the reader was looking at.
                let focus = self.focus_offset();
                self.size = (w, h);
                self.rewrap();
                if let Some(offset) = focus {
                    self.reveal(offset);
                }
                return;
            }
            Action::Quit if self.overlay == Overlay::None && !self.search.typing => {
                self.quit = true;
                return;
            }
            Action::Suspend => {
                self.suspend = true;
                return;
            }
            _ => {}
        }
        if self.search.typing {
            return self.apply_search_prompt(action);
        }
        match self.overlay.clone() {
            Overlay::None => self.apply_main(action),
            overlay => self.apply_overlay(overlay, action),
        }
    }

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
                self.wheel_side(col, row, n.signum() as isize);
            }
            Action::WheelAt(_, _, n) => self.scroll(n as isize),
            Action::HalfPageDown => self.scroll((page / 2).max(1) as isize),
            Action::HalfPageUp => self.scroll(-((page / 2).max(1) as isize)),
            Action::PageDown => self.scroll(page.saturating_sub(1).max(1) as isize),
            Action::PageUp => self.scroll(-(page.saturating_sub(1).max(1) as isize)),
            Action::Top => self.top = 0,
            Action::Bottom => {
                self.wrap_all();
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
            Action::FilterSpeaker
            | Action::Timeline
            | Action::QuotesView
            | Action::Why
            | Action::Correct
            | Action::RenamePerson
            | Action::Undo
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
            Action::Correct => self.start_correction(),
            Action::RenamePerson => self.start_renaming(),
            Action::Undo => self.undo_correction(),
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
            self.filter_for_quotes = false;
            self.renaming = None;
            return;
        }
        let step = match action {
            Action::ScrollDown | Action::ScrollBy(1..) | Action::WheelAt(_, _, 1..) => 1,
            Action::ScrollUp | Action::ScrollBy(..=-1) | Action::WheelAt(_, _, ..=-1) => -1,
            Action::PageDown | Action::HalfPageDown => 10,
            Action::PageUp | Action::HalfPageUp => -10,
            _ => 0,
        };
        let moved = |cursor: usize, len: usize| crate::tui::scroll::step(cursor, step, len);
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
                        self.filter_for_quotes = true;
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
                        // From the quotations list: back to it, narrowed to the speaker.
                        if std::mem::take(&mut self.filter_for_quotes) {
                            let cursor = self
                                .quote_list()
                                .iter()
                                .position(|&(_, q)| Some(q) == self.current_quote)
                                .unwrap_or(0);
                            self.overlay = Overlay::Quotes { cursor };
                        }
                    }
                    _ => {
                        let cursor = prompt(&mut input, action, moved(cursor, matches.len()));
                        self.overlay = Overlay::Filter { input, cursor };
                    }
                }
            }
            Overlay::Correct { mut input, cursor } => {
                let choices = self.correct_choices(&input);
                match action {
                    Action::Select => {
                        self.overlay = Overlay::None;
                        let renaming = self.renaming.take();
                        match (choices.get(cursor), renaming) {
                            (Some(choice), Some(p)) => self.rename_person(p, choice.clone()),
                            (Some(choice), None) => self.correct(choice.clone()),
                            (None, _) => {}
                        }
                    }
                    _ => {
                        let cursor = prompt(&mut input, action, moved(cursor, choices.len()));
                        self.overlay = Overlay::Correct { input, cursor };
                    }
                }
            }
            Overlay::Help { scroll } => {
                let lines = crate::tui::view::help_lines(self, 22).len();
                let visible = usize::from(self.areas().status.y.min(40).saturating_sub(2)).max(1);
                let max = crate::tui::scroll::clamp(usize::MAX, lines, visible);
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
            // Ctrl-c leaves the prompt, as it leaves the filter prompt.
            Action::Escape | Action::Quit => self.cancel_search(),
            _ => {}
        }
    }
}

/// A key in a picker's prompt: typing or deleting edits `input` and puts the cursor on the
/// first match; any other key leaves the input and gives the cursor `moved` to.
fn prompt(input: &mut String, action: Action, moved: usize) -> usize {
    match action {
        Action::Input(c) => {
            input.push(c);
            0
        }
        Action::Backspace => {
            input.pop();
            0
        }
        _ => moved,
    }
}
