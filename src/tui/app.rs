//! The reader's state and `App::apply`, the only place it changes. Drawing only reads it.

mod apply;
mod correct;
mod header;

pub use correct::Choice;
mod nav;
mod place;
mod search;

use super::keymap::Keymap;
use super::theme::Theme;
use super::wrap::Wrapped;
use crate::analysis::model::{Person, Quote};
use crate::source::{Mark, Meta};
use crate::state::corrections::Corrections;
use crate::state::Place;
use crate::story::Story;
use crate::TextSpan;

pub use super::layout::{Areas, SIDEBAR_MIN_COLUMNS, SIDEBAR_WIDTH};

/// Which pane takes the movement keys.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Focus {
    /// The article.
    Article,
    /// The sidebar's people and events.
    Sidebar,
}

/// A window over the article, if one is open.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Overlay {
    /// Nothing: the article and the sidebar.
    None,
    /// The keys, the mouse and the symbols, scrolled down `scroll` lines.
    Help { scroll: usize },
    /// Every quotation grouped by speaker; `cursor` indexes `App::quote_list()`.
    Quotes { cursor: usize },
    /// The events on a time axis; `cursor` indexes `App::timeline`.
    Timeline { cursor: usize },
    /// Why the current quotation has its speaker.
    Why,
    /// Pick a speaker: `input` narrows the list, `cursor` indexes the matches.
    Filter { input: String, cursor: usize },
    /// Correct the current quotation's speaker: `input` narrows the people or names a new
    /// one, `cursor` indexes `App::correct_choices(input)`.
    Correct { input: String, cursor: usize },
}

/// The search: query, every hit, and the current one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Search {
    /// What was typed.
    pub query: String,
    /// Every hit, in text order.
    pub hits: Vec<TextSpan>,
    /// Index of the current hit.
    pub current: Option<usize>,
    /// True while the prompt takes typing.
    pub typing: bool,
    /// The top row when the search began: Esc while typing goes back there.
    pub origin: Option<usize>,
}

/// An entry of the sidebar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SideItem {
    /// `story.people[i]`.
    Person(usize),
    /// `story.events[i]`.
    Event(usize),
}

/// What the reader moved to last: the status bar names it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Jump {
    /// Nothing yet, or a scroll.
    #[default]
    None,
    /// A quotation (`]`, `n`, a click, the quotes list...).
    Quote,
    /// An event (`}`, the timeline, the sidebar).
    Event,
}

/// Everything the reader shows and remembers.
pub struct App {
    /// The analysed article.
    pub story: Story,
    /// Its name (file name).
    pub name: String,
    /// What the input said about itself: format, title, byline, date, encoding.
    pub meta: Meta,
    /// Headings, emphasis and links of a page or Markdown file, in order of start.
    pub marks: Vec<Mark>,
    /// Key bindings.
    pub keymap: Keymap,
    /// Styles.
    pub theme: Theme,
    /// Terminal columns and rows.
    pub size: (u16, u16),
    /// Wrapped rows for the article's current width.
    pub wrapped: Wrapped,
    cache: Vec<Wrapped>,
    /// Index of the first article row on screen.
    pub top: usize,
    /// The pane with focus.
    pub focus: Focus,
    /// The user's wish about the sidebar (`s`): `None` shows it when there is room (80
    /// columns), beside the article; `Some(true)` shows it at any width (below the article
    /// when narrow); `Some(false)` hides it.
    pub sidebar_wanted: Option<bool>,
    /// People indexes, most quoted first.
    pub people_order: Vec<usize>,
    /// Each person's speaker colour (a slot of the theme's palette), from `palette::assign`.
    pub colours: Vec<usize>,
    /// Event indexes in timeline order, grouped by what is known ([`Story::grouped_timeline`]).
    pub timeline: Vec<usize>,
    /// Cursor in the sidebar (people, then events).
    pub side_cursor: usize,
    /// Only this speaker's quotations are highlighted.
    pub speaker_filter: Option<usize>,
    /// The quotation the reader is on.
    pub current_quote: Option<usize>,
    /// The event whose sentence is highlighted.
    pub current_event: Option<usize>,
    /// The open overlay.
    pub overlay: Overlay,
    /// The search.
    pub search: Search,
    /// A one-line message for the status bar.
    pub message: Option<String>,
    /// Set by `Quit`.
    pub quit: bool,
    /// Set by `Suspend`: the event loop gives the terminal back and stops the process.
    pub suspend: bool,
    /// Text to put on the clipboard: the event loop sends it to the terminal (OSC 52).
    pub clipboard: Option<String>,
    /// What the reader jumped to last.
    pub last_jump: Jump,
    /// True while the analysis runs on another thread (the story is the bare text).
    pub analysing: bool,
    /// The stage the analysis is at, while it runs.
    pub stage: Option<crate::analysis::Stage>,
    /// The person the correction picker renames or merges (`r` in the sidebar), when it is
    /// not correcting a quotation.
    pub renaming: Option<usize>,
    /// The speaker picker was opened from the quotations list, and goes back to it.
    pub filter_for_quotes: bool,
    /// A saved place whose filter and quotation wait for the analysis.
    pending_place: Option<Place>,
    /// The user's corrections of speakers, as stored ([`crate::state::corrections`]).
    pub corrections: Corrections,
    /// Set when `corrections` changed: the event loop stores them and clears it.
    pub corrections_changed: bool,
    /// The analysis's people and quotations before the corrections, to apply them again
    /// after an undo.
    analysed: Option<(Vec<Person>, Vec<Quote>)>,
}

impl App {
    /// A reader over `story` in a terminal of `size` (columns, rows).
    pub fn new(story: Story, name: &str, keymap: Keymap, theme: Theme, size: (u16, u16)) -> Self {
        let (people_order, timeline, colours) = Self::orders(&story, &theme);
        let mut app = Self {
            story,
            name: name.to_string(),
            meta: Meta::default(),
            marks: Vec::new(),
            keymap,
            theme,
            size,
            wrapped: Wrapped::default(),
            cache: Vec::new(),
            top: 0,
            focus: Focus::Article,
            sidebar_wanted: None,
            people_order,
            colours,
            timeline,
            side_cursor: 0,
            speaker_filter: None,
            current_quote: None,
            current_event: None,
            overlay: Overlay::None,
            search: Search::default(),
            message: None,
            quit: false,
            suspend: false,
            clipboard: None,
            last_jump: Jump::None,
            analysing: false,
            stage: None,
            filter_for_quotes: false,
            renaming: None,
            pending_place: None,
            corrections: Corrections::default(),
            corrections_changed: false,
            analysed: None,
        };
        app.rewrap();
        app
    }

    /// People by quotations (most first), events in timeline order grouped by what is
    /// known of their time (dated, year not given, no date), and speaker colours.
    fn orders(story: &Story, theme: &Theme) -> (Vec<usize>, Vec<usize>, Vec<usize>) {
        let counts = story.quote_counts();
        // A person merged into another has neither mentions nor quotations left.
        let mut people_order: Vec<usize> = (0..story.people.len())
            .filter(|&p| counts[p] > 0 || !story.people[p].mentions.is_empty())
            .collect();
        people_order.sort_by_key(|&p| std::cmp::Reverse(counts[p]));
        let colours = super::palette::assign(story, theme.speaker_slots());
        (people_order, story.grouped_timeline(), colours)
    }

    /// Put the analysis of the same text in place of the story shown (the reader shows the
    /// bare text first and the analysis when it is ready), keeping the reader's place.
    pub fn set_story(&mut self, story: Story) {
        let offset = self.wrapped.offset_of(self.top);
        (self.people_order, self.timeline, self.colours) = Self::orders(&story, &self.theme);
        self.story = story;
        self.analysed = None;
        self.analysing = false;
        if !self.corrections.is_empty() {
            self.reapply_corrections();
        }
        self.side_cursor = 0;
        self.current_quote = None;
        self.current_event = None;
        self.cache.clear();
        self.wrapped = Wrapped::default();
        self.rewrap();
        self.ensure_offset(offset);
        self.top = self.wrapped.row_of(offset);
        self.clamp();
        if let Some(place) = self.pending_place.take() {
            // The top was restored already; the reader may have moved since.
            self.restore_marks(place);
        }
    }

    /// Put the whole bare text in place of its first part (a large text's first frame
    /// splits only its beginning into paragraphs), keeping the reader's place, or going to
    /// a saved place that lay beyond that beginning.
    pub fn set_bare(&mut self, story: Story) {
        let here = self.wrapped.offset_of(self.top);
        let offset = self
            .pending_place
            .as_ref()
            .map_or(here, |p| p.top.max(here));
        self.story = story;
        self.cache.clear();
        self.wrapped = Wrapped::default();
        self.rewrap();
        self.restore_top(offset);
    }

    /// True when the sidebar is on screen.
    pub fn sidebar_shown(&self) -> bool {
        self.sidebar_wanted
            .unwrap_or(self.size.0 >= SIDEBAR_MIN_COLUMNS)
    }

    /// Where everything goes on screen.
    pub fn areas(&self) -> Areas {
        let header_rows = match self.header_lines().len() {
            0 => 0,
            n => n as u16 + 1,
        };
        Areas::new(self.size, self.sidebar_shown(), header_rows)
    }

    /// Rows of article text on screen.
    pub fn page(&self) -> usize {
        usize::from(self.areas().article.height.max(1))
    }

    /// The width the article is wrapped at: its pane less a margin each side.
    fn text_width(&self) -> u16 {
        self.areas().article.width.saturating_sub(4).max(8)
    }

    /// Wrap for the current width, reusing an earlier wrap of the same width.
    fn rewrap(&mut self) {
        let width = self.text_width();
        if self.wrapped.width == width && !self.wrapped.rows.is_empty() {
            return;
        }
        let offset = self.wrapped.offset_of(self.top);
        let fresh = match self.cache.iter().position(|w| w.width == width) {
            Some(i) => self.cache.swap_remove(i),
            None => Wrapped::start(width),
        };
        let old = std::mem::replace(&mut self.wrapped, fresh);
        if !old.rows.is_empty() {
            self.cache.push(old);
            if self.cache.len() > 4 {
                self.cache.remove(0);
            }
        }
        self.ensure_offset(offset);
        self.top = self.wrapped.row_of(offset);
        self.clamp();
    }

    /// Whether the single line breaks of a paragraph are kept, for this input's format.
    fn breaks(&self) -> impl Fn(&str) -> bool {
        let format = self.meta.format;
        move |p: &str| crate::source::line_breaks_meant(format, p)
    }

    /// Wrap far enough that byte `offset` and a screen below it have rows (a large text is
    /// wrapped as the reader goes, not all before the first frame).
    pub fn ensure_offset(&mut self, offset: usize) {
        let breaks = self.breaks();
        let extra = self.page() + 1;
        self.wrapped
            .extend_past(&self.story, &breaks, offset, extra);
    }

    /// Wrap far enough to have `rows` rows (or all of the text).
    pub fn ensure_rows(&mut self, rows: usize) {
        let breaks = self.breaks();
        while self.wrapped.rows.len() < rows && !self.wrapped.is_complete(&self.story) {
            self.wrapped.extend(&self.story, &breaks, 64);
        }
    }

    /// Wrap the whole text (before going to its end).
    pub fn wrap_all(&mut self) {
        let breaks = self.breaks();
        self.wrapped.extend(&self.story, &breaks, usize::MAX);
    }

    /// Wrap some more of a large text, between keys; false when all is wrapped.
    pub fn wrap_more(&mut self) -> bool {
        let breaks = self.breaks();
        self.wrapped.extend(&self.story, &breaks, 2000);
        !self.wrapped.is_complete(&self.story)
    }

    fn clamp(&mut self) {
        self.top = super::scroll::clamp(self.top, self.wrapped.rows.len(), self.page());
    }

    /// The sidebar's entries: people (most quoted first), then events (timeline order).
    pub fn side_items(&self) -> Vec<SideItem> {
        let people = self.people_order.iter().map(|&p| SideItem::Person(p));
        people
            .chain(self.timeline.iter().map(|&e| SideItem::Event(e)))
            .collect()
    }

    /// Quotation list of the Quotes view: `(speaker, quote)` grouped by speaker, most
    /// quoted first, unattributed last, restricted to the filtered speaker if any.
    pub fn quote_list(&self) -> Vec<(Option<usize>, usize)> {
        // One pass: each speaker's quotations in text order, then the speakers in order.
        let people = self.story.people.len();
        let mut by_speaker: Vec<Vec<usize>> = vec![Vec::new(); people + 1];
        for (i, q) in self.story.quotes.iter().enumerate() {
            if q.parent.is_none() {
                by_speaker[q.speaker.filter(|&s| s < people).unwrap_or(people)].push(i);
            }
        }
        let speakers = self
            .people_order
            .iter()
            .map(|&p| Some(p))
            .chain(std::iter::once(None));
        let mut out = Vec::new();
        for s in speakers {
            if self.speaker_filter.is_some() && self.speaker_filter != s {
                continue;
            }
            let bucket = s.unwrap_or(people);
            out.extend(by_speaker[bucket].iter().map(|&i| (s, i)));
        }
        out
    }

    /// People whose names match the filter prompt, most quoted first.
    pub fn filter_matches(&self, input: &str) -> Vec<usize> {
        let needle = input.to_lowercase();
        self.people_order
            .iter()
            .copied()
            .filter(|&p| self.story.people[p].name.to_lowercase().contains(&needle))
            .collect()
    }
}

#[cfg(test)]
pub(crate) mod tests;
