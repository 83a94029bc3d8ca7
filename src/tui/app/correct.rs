//! Corrections of speakers: `c` gives the current quotation another speaker, `u` takes the
//! last correction back ([`crate::state::corrections`]). The event loop stores them.

use super::{App, Overlay};
use crate::state::corrections::{self, Correction, Corrections};

/// One line of the correction picker.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Choice {
    /// `story.people[i]`.
    Person(usize),
    /// A name no person has yet: a new person.
    New(String),
}

impl App {
    /// Take the corrections stored for this document and show them.
    pub fn set_corrections(&mut self, corrections: Corrections) {
        self.corrections = corrections;
        self.reapply_corrections();
    }

    /// The story as analysed, then every correction on it; the orders and colours follow.
    pub(super) fn reapply_corrections(&mut self) {
        let (people, quotes) = self
            .analysed
            .get_or_insert_with(|| (self.story.people.clone(), self.story.quotes.clone()))
            .clone();
        self.story.people = people;
        self.story.quotes = quotes;
        corrections::apply(&mut self.story, &self.corrections);
        (self.people_order, self.timeline, self.colours) = Self::orders(&self.story, &self.theme);
        // A person added by a correction that was undone is gone.
        if self
            .speaker_filter
            .is_some_and(|p| p >= self.story.people.len())
        {
            self.speaker_filter = None;
        }
        let items = self.side_items().len();
        self.side_cursor = self.side_cursor.min(items.saturating_sub(1));
    }

    /// The picker's lines for what was typed: the people whose names hold it, most quoted
    /// first, then the typed name as a new person when nobody has exactly that name.
    pub fn correct_choices(&self, input: &str) -> Vec<Choice> {
        let mut choices: Vec<Choice> = self
            .filter_matches(input)
            .into_iter()
            .map(Choice::Person)
            .collect();
        let name = input.split_whitespace().collect::<Vec<_>>().join(" ");
        if !name.is_empty() && !self.story.people.iter().any(|p| p.name == name) {
            choices.push(Choice::New(name));
        }
        choices
    }

    /// `c`: open the picker for the current quotation.
    pub(super) fn start_correction(&mut self) {
        if self.current_quote.is_none() {
            self.message = Some("no current quotation: press ] to go to one".into());
            return;
        }
        self.overlay = Overlay::Correct {
            input: String::new(),
            cursor: 0,
        };
    }

    /// Enter in the picker: the current quotation gets the chosen speaker.
    pub(super) fn correct(&mut self, choice: Choice) {
        let Some(q) = self.current_quote.and_then(|q| self.story.quotes.get(q)) else {
            return;
        };
        let speaker = match choice {
            Choice::Person(p) => match self.story.people.get(p) {
                Some(person) => person.name.clone(),
                None => return,
            },
            Choice::New(name) => name,
        };
        self.corrections.push(Correction {
            start: q.span.start(),
            end: q.span.end(),
            speaker: speaker.clone(),
            person: None,
        });
        self.corrections_changed = true;
        self.reapply_corrections();
        self.message = Some(format!("speaker corrected: {speaker} (u undoes)"));
    }

    /// `r` on a person in the sidebar: the picker renames them, or merges them into the
    /// person picked.
    pub(super) fn start_renaming(&mut self) {
        let person = match (self.focus, self.side_items().get(self.side_cursor)) {
            (super::Focus::Sidebar, Some(&super::SideItem::Person(p))) => p,
            _ => {
                self.message =
                    Some("select a person in the sidebar (Tab) to rename or merge".into());
                return;
            }
        };
        self.renaming = Some(person);
        self.overlay = Overlay::Correct {
            input: String::new(),
            cursor: 0,
        };
    }

    /// Enter in the picker after `r`: a new name renames the person; another person takes
    /// them in (their quotations, mentions and names).
    pub(super) fn rename_person(&mut self, person: usize, choice: Choice) {
        let Some(from) = self.story.people.get(person).map(|p| p.name.clone()) else {
            return;
        };
        let to = match choice {
            Choice::Person(p) if p == person => return,
            Choice::Person(p) => match self.story.people.get(p) {
                Some(target) => target.name.clone(),
                None => return,
            },
            Choice::New(name) => name,
        };
        self.corrections.push(Correction {
            start: 0,
            end: 0,
            speaker: to.clone(),
            person: Some(from.clone()),
        });
        self.corrections_changed = true;
        self.reapply_corrections();
        self.message = Some(format!("{from} is now {to} (u undoes)"));
    }

    /// `u`: take the last correction back.
    pub(super) fn undo_correction(&mut self) {
        match self.corrections.undo() {
            Some(c) => {
                self.corrections_changed = true;
                self.reapply_corrections();
                self.message = Some(format!("correction undone: {}", c.speaker));
            }
            None => self.message = Some("no correction to undo".into()),
        }
    }
}
