//! Noun phrases next to a cue, and what they refer to: names, pronouns, descriptions.

use super::super::lexicon::{ORG_WORDS, ROLE_NOUNS, SPEECH_VERBS};
use super::super::model::{EntityKind, Gender, Person};
use super::super::people::{Entities, EntityInfo};
use super::super::quotes;
use super::super::span::TextSpan;
use super::super::tokens::TokenKind;
use descriptions::NOT_SPEAKERS;
use std::hash::BuildHasherDefault;

mod descriptions;
mod pronouns;

/// Who a noun phrase refers to, and how it was found.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Referent {
    /// Index into the people.
    pub entity: usize,
    /// The words it rests on.
    pub mention: TextSpan,
    /// Name, pronoun or description.
    pub how: Via,
}

/// What kind of noun phrase named the speaker.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Via {
    /// A name: "Kardashian".
    Name,
    /// A pronoun: "she".
    Pronoun,
    /// A description: "the reality star".
    Description,
}

/// The attribution state: entities plus the token-to-mention index.
pub struct Resolver<'a> {
    pub text: &'a str,
    pub entities: Entities,
    /// For each token, the name mention starting there.
    starts: MentionAt,
    /// For each token, the name mention ending there (its last token).
    ends: MentionAt,
    /// Mentions other than names (pronouns, descriptions) already added to a person.
    pub added: std::collections::HashSet<(usize, TextSpan)>,
    /// Running scores of [`Resolver::describe`], per sex: how far into the mentions they
    /// have counted, and the scores. Descriptions come in text order, so each mention is
    /// counted once rather than once per description.
    pub(super) described: std::cell::RefCell<Vec<(Gender, usize, Vec<f32>)>>,
}

fn pronoun(word: &str) -> Option<(Gender, EntityKind)> {
    Some(match word.to_lowercase().as_str() {
        "he" | "him" => (Gender::Male, EntityKind::Person),
        "she" | "her" => (Gender::Female, EntityKind::Person),
        "it" => (Gender::Unknown, EntityKind::Organization),
        "they" | "we" | "i" => (Gender::Unknown, EntityKind::Person),
        _ => return None,
    })
}

/// Words that open a description: "the senator", "his operatives", "one questioner".
const DETERMINERS: [&str; 17] = [
    "the", "a", "an", "his", "her", "their", "its", "one", "this", "that", "many", "some",
    "several", "other", "most", "these", "those",
];

/// A lower-case word that can head a noun phrase ("commission", "narrator"): not a pronoun,
/// determiner, preposition, auxiliary or other function word.
fn is_common_noun(word: &str) -> bool {
    const FUNCTION: [&str; 44] = [
        "the", "a", "an", "and", "or", "but", "of", "to", "in", "on", "at", "by", "for", "with",
        "from", "as", "that", "this", "these", "those", "who", "which", "what", "is", "are", "was",
        "were", "be", "been", "has", "have", "had", "not", "also", "then", "there", "here", "it",
        "so", "just", "very", "when", "while", "because",
    ];
    word.len() > 2
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !word.ends_with("ly")
        && !FUNCTION.contains(&word)
        && !SPEECH_VERBS.contains(word)
}

/// The mention that starts (or ends) at a token, for the few tokens that have one (a map,
/// not a slot for every token of a long text).
struct MentionAt(
    std::collections::HashMap<u32, u32, BuildHasherDefault<crate::analysis::lexicon::Fnv>>,
);

impl MentionAt {
    fn new(mentions: usize) -> Self {
        Self(std::collections::HashMap::with_capacity_and_hasher(
            mentions,
            BuildHasherDefault::default(),
        ))
    }

    fn set(&mut self, token: usize, mention: usize) {
        if let (Ok(t), Ok(m)) = (u32::try_from(token), u32::try_from(mention)) {
            self.0.insert(t, m);
        }
    }

    fn get(&self, token: usize) -> Option<usize> {
        let token = u32::try_from(token).ok()?;
        self.0.get(&token).map(|&m| m as usize)
    }
}

impl<'a> Resolver<'a> {
    /// Index the mentions of `entities` by token.
    pub fn new(text: &'a str, entities: Entities) -> Self {
        let mut starts = MentionAt::new(entities.mentions.len());
        let mut ends = MentionAt::new(entities.mentions.len());
        for (i, m) in entities.mentions.iter().enumerate() {
            starts.set(m.first_token, i);
            let mut last = m.end_token - 1;
            while last > m.first_token && entities.tokens[last].kind == TokenKind::Punct {
                last -= 1;
            }
            ends.set(last, i);
        }
        Self {
            text,
            entities,
            starts,
            ends,
            added: Default::default(),
            described: Default::default(),
        }
    }

    /// The lower-case word of token `i` ("" for punctuation or out of range).
    pub fn word(&self, i: usize) -> String {
        self.entities
            .tokens
            .get(i)
            .filter(|t| t.kind == TokenKind::Word)
            .map(|t| self.text[t.span].to_lowercase())
            .unwrap_or_default()
    }

    /// The raw text of token `i`.
    pub fn raw(&self, i: usize) -> &str {
        self.entities
            .tokens
            .get(i)
            .map_or("", |t| &self.text[t.span])
    }

    /// True when token `i` is a speech verb.
    pub fn is_speech_verb(&self, i: usize) -> bool {
        // "one of the states", "a statement's claims": after a determiner it is a noun.
        SPEECH_VERBS.contains(&self.word(i))
            && !i.checked_sub(1).is_some_and(|p| {
                matches!(
                    self.word(p).as_str(),
                    "the" | "a" | "an" | "these" | "those" | "its" | "their"
                )
            })
    }

    /// The noun phrase that starts at token `i`, and one past its last token.
    pub fn phrase_at(&mut self, i: usize) -> Option<(Referent, usize)> {
        if let Some(m) = self.starts.get(i) {
            let m = self.entities.mentions[m];
            return Some((self.named(m.entity, m.span), m.end_token));
        }
        let word = self.word(i);
        // "her mother", "his wife": the relative of the person the pronoun stands for.
        if matches!(word.as_str(), "his" | "her") {
            if let Some(found) = self.relative(i) {
                return Some(found);
            }
        }
        if let Some((gender, kind)) = pronoun(&word) {
            if matches!(word.as_str(), "him" | "her") {
                return None;
            }
            let span = self.entities.tokens[i].span;
            return self.pronoun(span, i, gender, kind).map(|r| (r, i + 1));
        }
        if word == "the" {
            if let Some(m) = self.starts.get(i + 1) {
                let m = self.entities.mentions[m];
                let span = self.entities.tokens[i].span.cover(m.span);
                return Some((self.named(m.entity, span), m.end_token));
            }
        }
        if matches!(
            word.as_str(),
            "the" | "a" | "an" | "his" | "her" | "their" | "its"
        ) {
            let mut j = i + 1;
            while j < i + 6
                && self
                    .entities
                    .tokens
                    .get(j)
                    .is_some_and(|t| t.kind == TokenKind::Word)
            {
                let w = self.word(j);
                if ROLE_NOUNS.contains(&w) || w.ends_with("-year-old") {
                    let next_is_noun = ROLE_NOUNS.contains(&self.word(j + 1));
                    if !next_is_noun {
                        let span = self.entities.tokens[i]
                            .span
                            .cover(self.entities.tokens[j].span);
                        return self.describe(span, i, &w).map(|r| (r, j + 1));
                    }
                }
                if self.is_speech_verb(j) {
                    break;
                }
                j += 1;
            }
        }
        None
    }

    /// The noun phrase that ends at token `j` (inclusive), skipping one apposition, and the
    /// index of its first token. `Y` in "X of Y" gives way to `X` ("Morgan of the Sierra
    /// Club said").
    pub fn phrase_ending_at(&mut self, j: usize, floor: usize) -> Option<(Referent, usize)> {
        let mut j = self.skip_parenthesis(j, floor)?;
        if self.raw(j) == "," {
            // "Flynn, a top surrogate, said": skip back over the apposition.
            j = self.before_apposition(j, floor)?;
            // "Pruitt, the attorney general of Oklahoma, one of the states suing, said":
            // a second apposition, when a name stands before it.
            if self.ends.get(j).is_none() && self.raw(j + 1) == "," {
                if let Some(k) = self.before_apposition(j + 1, floor) {
                    if self.ends.get(k).is_some() {
                        j = k;
                    }
                }
            }
        }
        if let Some(m) = self.ends.get(j) {
            let m = self.entities.mentions[m];
            if m.first_token >= floor {
                if let Some(found) = self.head_of_of_phrase(m.first_token, floor) {
                    return Some(found);
                }
                return Some((self.named(m.entity, m.span), m.first_token));
            }
        }
        let word = self.word(j);
        if let Some((gender, kind)) = pronoun(&word) {
            let span = self.entities.tokens[j].span;
            return self.pronoun(span, j, gender, kind).map(|r| (r, j));
        }
        let lower_case = self.raw(j).starts_with(|c: char| c.is_lowercase())
            || self.entities.tokens[j].sentence_start;
        if !is_common_noun(&word) || !lower_case {
            return None;
        }
        // "Police say", "Demonstrators said": a bare plural opening the sentence.
        let t = self.entities.tokens[j];
        if t.sentence_start && (word.ends_with('s') || word == "police") && !word.ends_with("ss") {
            return Some((self.generic(t.span, &word, true), j));
        }
        let mut k = j;
        while k > floor && k + 12 > j {
            k -= 1;
            let det = DETERMINERS.contains(&self.word(k).as_str())
                || self.entities.tokens[k].kind == TokenKind::Possessive;
            if det {
                let k = if self.entities.tokens[k].kind == TokenKind::Possessive {
                    // "the ad's narrator", "Obama's former campaign strategist"
                    self.possessor_start(k, floor)
                } else {
                    k
                };
                let span = self.entities.tokens[k]
                    .span
                    .cover(self.entities.tokens[j].span);
                let definite = !matches!(self.word(k).as_str(), "a" | "an" | "one");
                if definite && (ROLE_NOUNS.contains(&word) || word.ends_with("-year-old")) {
                    if let Some(r) = self.describe(span, k, &word) {
                        return Some((r, k));
                    }
                }
                if NOT_SPEAKERS.contains(&word.as_str()) || word.contains('-') {
                    return None;
                }
                return Some((self.generic(span, &word, definite), k));
            }
            let t = self.entities.tokens[k];
            let inner = self.word(k);
            let modifier = inner == "of" || is_common_noun(&inner) || t.is_capitalized(self.text);
            if t.kind != TokenKind::Word
                || self.starts.get(k).is_some() && t.sentence_start
                || !modifier
            {
                break;
            }
        }
        None
    }

    /// The last token before the apposition that the comma at `j` closes ("Flynn" in
    /// "Flynn, a top surrogate,"), within its sentence and 30 tokens.
    fn before_apposition(&self, j: usize, floor: usize) -> Option<usize> {
        let mut k = j;
        let sentence = self.entities.tokens[j].sentence();
        while k > floor && k + 30 > j {
            k -= 1;
            let ends = matches!(self.raw(k), "," | ";" | ":")
                || self.entities.tokens[k].sentence() != sentence;
            if ends || self.is_quote_mark(k) {
                break;
            }
        }
        if k == floor || self.raw(k) != "," || k == 0 {
            return None;
        }
        self.skip_parenthesis(k - 1, floor)
    }

    /// Token `j`, or the token before the parenthesis that `j` closes: "Rep. Roe (R-Utah)".
    fn skip_parenthesis(&self, j: usize, floor: usize) -> Option<usize> {
        if self.raw(j) != ")" {
            return Some(j);
        }
        let open = (floor..j).rev().take(10).find(|&k| self.raw(k) == "(")?;
        open.checked_sub(1).filter(|&k| k >= floor)
    }

    /// "X of [the] Y": when the mention at `first` is Y and X is a person, X.
    fn head_of_of_phrase(&self, first: usize, floor: usize) -> Option<(Referent, usize)> {
        let mut k = first.checked_sub(1)?;
        if self.word(k) == "the" {
            k = k.checked_sub(1)?;
        }
        if !matches!(self.word(k).as_str(), "of" | "from" | "at") || k == 0 {
            return None;
        }
        let m = self.ends.get(k - 1)?;
        let m = self.entities.mentions[m];
        let person = &self.entities.people[m.entity];
        (m.first_token >= floor && person.kind == EntityKind::Person)
            .then(|| (self.named(m.entity, m.span), m.first_token))
    }

    /// The first token of the possessor whose "'s" is token `k` ("the ad", "Obama").
    fn possessor_start(&self, k: usize, floor: usize) -> usize {
        let Some(owner) = k.checked_sub(1) else {
            return k;
        };
        if let Some(m) = self.ends.get(owner) {
            return self.entities.mentions[m].first_token.max(floor);
        }
        if owner > floor && DETERMINERS.contains(&self.word(owner - 1).as_str()) {
            return owner - 1;
        }
        owner
    }

    /// True when token `k` is a quotation mark.
    pub fn is_quote_mark(&self, k: usize) -> bool {
        let raw = self.raw(k);
        let mut chars = raw.chars();
        let one_mark = chars.next().is_some_and(quotes::is_mark_char) && chars.next().is_none();
        let punct = self.entities.tokens.get(k).map(|t| t.kind) == Some(TokenKind::Punct);
        raw == "''" || raw == "``" || one_mark && punct
    }

    fn named(&self, entity: usize, span: TextSpan) -> Referent {
        Referent {
            entity,
            mention: span,
            how: Via::Name,
        }
    }
}
