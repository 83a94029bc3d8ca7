//! The results of the analysis: people, quotations, time expressions and events.
//!
//! Every position is a [`TextSpan`] into the document's text; results refer to each other
//! by index into the [`crate::Story`] vectors (`speaker: Some(2)` is `story.people[2]`).

use super::span::TextSpan;

/// What kind of entity a name stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityKind {
    /// A human being.
    Person,
    /// A company, government body, newspaper, team...
    Organization,
}

impl EntityKind {
    /// The JSON name of the kind.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
        }
    }
}

/// Grammatical gender as far as the text tells it (pronouns, honorifics, first names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Gender {
    /// He, him, Mr., a man's first name.
    Male,
    /// She, her, Ms., a woman's first name.
    Female,
    /// Not known (or an organisation: "it", "they").
    #[default]
    Unknown,
}

/// A person or organisation of the story, with every mention of it.
#[derive(Clone, Debug, PartialEq)]
pub struct Person {
    /// The name it usually goes by: its most frequent name of two words or more, the
    /// fuller one on a tie (e.g. "Alice Marie Johnson").
    pub name: String,
    /// Person or organisation.
    pub kind: EntityKind,
    /// Other names used for it in the text ("Johnson", "Ms. Johnson").
    pub aliases: Vec<String>,
    /// Every mention, in text order: names, and descriptions or pronouns linked to it.
    pub mentions: Vec<TextSpan>,
    /// Gender, when known.
    pub gender: Gender,
}

/// A direct quotation and who said it.
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    /// The quotation, its quotation marks included.
    pub span: TextSpan,
    /// Index into `Story::people` of the speaker, `None` when unattributed.
    pub speaker: Option<usize>,
    /// The words the attribution rests on ("she", "Kardashian", "the senator").
    pub speaker_mention: Option<TextSpan>,
    /// The speech verb or phrase that introduces it ("said", "according to").
    pub cue: Option<TextSpan>,
    /// The name of the rule (sieve) that attributed the speaker, or `"none"`.
    pub method: &'static str,
    /// How sure that rule is, from 0 to 1.
    pub confidence: f32,
    /// Index into `Story::quotes` of the quotation this one is nested in.
    pub parent: Option<usize>,
}

/// TimeML type of a temporal expression.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimeType {
    /// A calendar date or period: "May 30", "2017", "last week".
    Date,
    /// A time of day: "3 p.m.", "Tuesday morning".
    Time,
    /// A length of time: "seven months".
    Duration,
    /// A recurrence: "every week".
    Set,
}

impl TimeType {
    /// The TimeML name of the type.
    pub fn as_str(self) -> &'static str {
        match self {
            TimeType::Date => "DATE",
            TimeType::Time => "TIME",
            TimeType::Duration => "DURATION",
            TimeType::Set => "SET",
        }
    }
}

/// A temporal expression and its TIMEX3 value.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeExpr {
    /// The words of the expression.
    pub span: TextSpan,
    /// DATE, TIME, DURATION or SET.
    pub kind: TimeType,
    /// TIMEX3 value (`2018-05-30`, `P7M`, `PAST_REF`, `XXXX-05-30`), when it can be given.
    pub value: Option<String>,
    /// How a person writes the value ("May 30", "the week of June 4, 2018", "seven
    /// months"): [`crate::analysis::temporal::label`], given with the value.
    pub label: Option<String>,
}

/// Something that happened, tied to a time expression.
#[derive(Clone, Debug, PartialEq)]
pub struct Event {
    /// The clause or sentence that reports it.
    pub span: TextSpan,
    /// A short readable summary: who, what (about 80 characters).
    pub summary: String,
    /// Index into `Story::times` of its time expression.
    pub when: Option<usize>,
    /// Indexes into `Story::people` of those involved.
    pub participants: Vec<usize>,
    /// Position on the timeline, 0-based.
    pub order: usize,
}
