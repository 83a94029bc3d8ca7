//! Everything the reader can be asked to do. Keys and mouse events become `Action`s;
//! `App::apply` carries them out.

use serde::Deserialize;

/// A request to the reader.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Scroll down one line (or move the cursor down in a list).
    ScrollDown,
    /// Scroll up one line (or move the cursor up in a list).
    ScrollUp,
    /// Scroll down half a page.
    HalfPageDown,
    /// Scroll up half a page.
    HalfPageUp,
    /// Scroll down a page.
    PageDown,
    /// Scroll up a page.
    PageUp,
    /// Go to the start.
    Top,
    /// Go to the end.
    Bottom,
    /// Switch focus between the article and the sidebar.
    ToggleFocus,
    /// Jump to the next quotation.
    NextQuote,
    /// Jump to the previous quotation.
    PrevQuote,
    /// Jump to the next event in the text.
    NextEvent,
    /// Jump to the previous event in the text.
    PrevEvent,
    /// Next quotation of the selected speaker, or next search hit.
    NextMatch,
    /// Previous quotation of the selected speaker, or previous search hit.
    PrevMatch,
    /// Select the item under the cursor.
    Select,
    /// Filter by speaker: pick a person from a list you can type to narrow.
    FilterSpeaker,
    /// Clear the filter or the search, or close the overlay.
    Escape,
    /// Search the text.
    Search,
    /// Show the keys.
    Help,
    /// Quit.
    Quit,
    /// Copy the current quotation with its speaker to the clipboard (OSC 52).
    Copy,
    /// Copy the current quotation with its speaker and the article's title.
    CopyWithTitle,
    /// Suspend to the shell, as Ctrl-z does elsewhere; `fg` comes back.
    Suspend,
    /// Show or hide the sidebar.
    ToggleSidebar,
    /// Show the timeline of events.
    Timeline,
    /// Show why the current quotation was attributed to its speaker.
    Why,
    /// List every quotation, grouped by speaker.
    QuotesView,
    /// Correct the current quotation's speaker: pick a person, or type a new name.
    Correct,
    /// Rename the person selected in the sidebar, or merge them into another.
    RenamePerson,
    /// Undo the last correction.
    Undo,
    /// Scroll the article by this many lines (mouse wheel).
    #[serde(skip)]
    ScrollBy(i32),
    /// The mouse wheel turned by this many lines over this column and row: the article
    /// scrolls, or, over the sidebar, its cursor moves.
    #[serde(skip)]
    WheelAt(u16, u16, i32),
    /// A click at this column and row of the screen.
    #[serde(skip)]
    Click(u16, u16),
    /// The terminal now has this many columns and rows.
    #[serde(skip)]
    Resize(u16, u16),
    /// A character typed into the search or filter prompt.
    #[serde(skip)]
    Input(char),
    /// Delete the last character of the prompt.
    #[serde(skip)]
    Backspace,
}
