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

/// The rule (sieve) that attributed a quotation's speaker: the reader's `w` explains it,
/// the JSON names it ([`Method::as_str`]), and tests can assert it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Method {
    /// A speech verb next to the quotation names the speaker.
    ExplicitCue,
    /// A speech verb with a pronoun, resolved to the most recent fitting person.
    PronounCue,
    /// A speech verb with a description ("the senator"), linked to the story's main fitting person.
    DescriptionCue,
    /// The sentence introduces the quotation with a speech verb before it.
    ColonIntro,
    /// The sentence introduces the quotation with a speech verb before it.
    ColonIntroPronoun,
    /// The sentence introduces the quotation with a speech verb before it.
    ColonIntroDescription,
    /// "according to" names the source.
    AccordingTo,
    /// No cue of its own: it goes on from the previous quotation's speaker.
    Continuation,
    /// The subject of the sentence the quotation sits in.
    SentenceSubject,
    /// A dialogue without cues: speakers take turns.
    TurnTaking,
    /// A dash after the quotation credits its speaker ("… ― Name").
    DashCredit,
    /// The sentence ends by naming who said it ("…, X said.").
    TrailingCue,
    /// The paragraph before ends by introducing it ("X said," or "X made this comment:").
    IntroParagraph,
    /// The sentence before reports the same speaker's words.
    PreviousSentenceCue,
    /// The sentence before tells what the speaker did.
    ActionBeat,
    /// The headline names its speaker first, or before a colon or speech verb.
    Headline,
    /// The reader's user corrected the speaker ([`crate::state::corrections`]).
    User,
    /// No rule found a speaker.
    #[default]
    None,
}

impl Method {
    /// Every method, in the order the sieves run, then the user's correction and none.
    pub const ALL: [Method; 18] = [
        Method::ExplicitCue,
        Method::PronounCue,
        Method::DescriptionCue,
        Method::ColonIntro,
        Method::ColonIntroPronoun,
        Method::ColonIntroDescription,
        Method::AccordingTo,
        Method::Continuation,
        Method::SentenceSubject,
        Method::TurnTaking,
        Method::DashCredit,
        Method::TrailingCue,
        Method::IntroParagraph,
        Method::PreviousSentenceCue,
        Method::ActionBeat,
        Method::Headline,
        Method::User,
        Method::None,
    ];

    /// The name in the JSON contract ("explicit_cue", "none"...).
    pub fn as_str(self) -> &'static str {
        match self {
            Method::ExplicitCue => "explicit_cue",
            Method::PronounCue => "pronoun_cue",
            Method::DescriptionCue => "description_cue",
            Method::ColonIntro => "colon_intro",
            Method::ColonIntroPronoun => "colon_intro_pronoun",
            Method::ColonIntroDescription => "colon_intro_description",
            Method::AccordingTo => "according_to",
            Method::Continuation => "continuation",
            Method::SentenceSubject => "sentence_subject",
            Method::TurnTaking => "turn_taking",
            Method::DashCredit => "dash_credit",
            Method::TrailingCue => "trailing_cue",
            Method::IntroParagraph => "intro_paragraph",
            Method::PreviousSentenceCue => "previous_sentence_cue",
            Method::ActionBeat => "action_beat",
            Method::Headline => "headline",
            Method::User => "user",
            Method::None => "none",
        }
    }

    /// What the rule does, in a sentence.
    pub fn explain(self) -> &'static str {
        match self {
            Method::ExplicitCue => "a speech verb next to the quotation names the speaker",
            Method::PronounCue => "a speech verb with a pronoun, resolved to the most recent fitting person",
            Method::DescriptionCue => "a speech verb with a description (\"the senator\"), linked to the story's main fitting person",
            Method::ColonIntro => "the sentence introduces the quotation with a speech verb before it",
            Method::ColonIntroPronoun => "the sentence introduces the quotation with a speech verb before it",
            Method::ColonIntroDescription => "the sentence introduces the quotation with a speech verb before it",
            Method::AccordingTo => "\"according to\" names the source",
            Method::Continuation => "no cue of its own: it goes on from the previous quotation's speaker",
            Method::SentenceSubject => "the subject of the sentence the quotation sits in",
            Method::TurnTaking => "a dialogue without cues: speakers take turns",
            Method::DashCredit => "a dash after the quotation credits its speaker (\"… ― Name\")",
            Method::TrailingCue => "the sentence ends by naming who said it (\"…, X said.\")",
            Method::IntroParagraph => "the paragraph before ends by introducing it (\"X said,\" or \"X made this comment:\")",
            Method::PreviousSentenceCue => "the sentence before reports the same speaker's words",
            Method::ActionBeat => "the sentence before tells what the speaker did",
            Method::Headline => "the headline names its speaker first, or before a colon or speech verb",
            Method::User => "you corrected the speaker yourself (u undoes it)",
            Method::None => "no rule found a speaker, so none is guessed",
        }
    }
}

impl std::fmt::Display for Method {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
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
    /// The rule (sieve) that attributed the speaker, or [`Method::None`].
    pub method: Method,
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

#[cfg(test)]
mod tests {
    use super::Method;

    #[test]
    fn every_method_has_its_own_json_name_and_an_explanation() {
        let mut names: Vec<&str> = Method::ALL.iter().map(|m| m.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), Method::ALL.len());
        assert!(Method::ALL.iter().all(|m| m.explain().len() > 10));
        assert_eq!(Method::default().as_str(), "none");
    }
}
