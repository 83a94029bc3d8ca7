//! People and organisations: capitalised names (with titles, initials and connectors)
//! clustered into entities, so that "Johnson" and "Ms. Johnson" join "Alice Marie Johnson",
//! while two people who share a surname stay apart.

use super::document::Document;
use super::lexicon::{self, NON_NAMES, ORG_WORDS, PLACES};
use super::model::{EntityKind, Gender, Person};
use super::quotes::Detected;
use super::span::TextSpan;
use super::tokens::{tokenize, Token, TokenKind};

/// A mention of an entity by name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mention {
    /// The words of the name, title included.
    pub span: TextSpan,
    /// Index into `Entities::people`.
    pub entity: usize,
    /// Index of the mention's first token.
    pub first_token: usize,
    /// Index one past the mention's last token.
    pub end_token: usize,
    /// True when the mention starts its sentence (the likely subject).
    pub subject: bool,
    /// True when it is inside a quotation.
    pub in_quote: bool,
}

/// What the name stage knows about one entity besides its `Person` record.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EntityInfo {
    /// Lower-case name words without titles ("alice", "marie", "johnson").
    pub words: Vec<String>,
    /// The lower-case title it was named with, if any ("president", "mrs.").
    pub title: Option<String>,
    /// True when the entity was only ever seen as one bare capitalised word.
    pub weak: bool,
}

/// The entities of a document with their name mentions and the tokens they rest on.
#[derive(Clone, Debug, Default)]
pub struct Entities {
    /// People and organisations in order of first mention.
    pub people: Vec<Person>,
    /// Name-stage facts, parallel to `people`.
    pub info: Vec<EntityInfo>,
    /// Every name mention, in text order.
    pub mentions: Vec<Mention>,
    /// The document's tokens.
    pub tokens: Vec<Token>,
    /// Top-level quotation spans, in order.
    pub quote_spans: Vec<TextSpan>,
}

impl Entities {
    /// The name mentions that start within bytes `start..end` (mentions are in text order).
    pub fn mentions_between(&self, start: usize, end: usize) -> &[Mention] {
        let a = self.mentions.partition_point(|m| m.span.start() < start);
        let b = self.mentions.partition_point(|m| m.span.start() < end);
        &self.mentions[a..b.max(a)]
    }

    /// True when byte `offset` is inside a top-level quotation.
    pub fn in_quote(&self, offset: usize) -> bool {
        let k = self.quote_spans.partition_point(|q| q.start() <= offset);
        k > 0 && self.quote_spans[k - 1].contains_offset(offset)
    }
}

/// A candidate name before clustering.
struct Candidate {
    first: usize,
    end: usize,
    title: Option<(String, Option<Gender>)>,
    words: Vec<String>,
    kind: EntityKind,
}

/// People and organisations mentioned in `doc`.
pub fn find(doc: &Document, detected: &Detected) -> Entities {
    let text = doc.text.as_str();
    let tokens = tokenize(doc);
    let quote_spans: Vec<TextSpan> = detected
        .quotes
        .iter()
        .filter(|q| q.parent.is_none())
        .map(|q| q.span)
        .collect();
    let mut entities = Entities {
        tokens,
        quote_spans,
        ..Entities::default()
    };
    let title_end = doc.title().map_or(0, |t| t.end());
    let mid_sentence_caps = capitalised_mid_sentence(text, &entities.tokens);
    let lower_words: std::collections::HashSet<&str> = entities
        .tokens
        .iter()
        .filter(|t| {
            t.kind == TokenKind::Word && text[t.span].chars().next().is_some_and(char::is_lowercase)
        })
        .map(|t| &text[t.span])
        .collect();
    let mut k = 0;
    while k < entities.tokens.len() {
        let Some(c) = candidate(text, &entities.tokens, k, &mid_sentence_caps, &lower_words) else {
            k += 1;
            continue;
        };
        k = c.end.max(k + 1);
        if c.words.is_empty() || entities.tokens[c.first].span.start() < title_end {
            continue;
        }
        link(text, &mut entities, c);
    }
    drop_places(text, &mut entities);
    entities
}

/// A one-word name that mostly follows "at", "to", "from"... ("at Longbourn", "to
/// Pemberley") names a place, not a person: its mentions are dropped.
fn drop_places(text: &str, entities: &mut Entities) {
    let n = entities.people.len();
    let (mut located, mut total) = (vec![0usize; n], vec![0usize; n]);
    for m in &entities.mentions {
        total[m.entity] += 1;
        let before = m
            .first_token
            .checked_sub(1)
            .map(|k| text[entities.tokens[k].span].to_lowercase());
        if matches!(
            before.as_deref(),
            Some("at" | "in" | "to" | "from" | "near" | "into" | "towards" | "toward")
        ) {
            located[m.entity] += 1;
        }
    }
    let place = |e: usize| {
        entities.info[e].words.len() == 1
            && entities.info[e].title.is_none()
            && entities.people[e].kind == EntityKind::Person
            && located[e] >= 2
            && located[e] * 2 >= total[e]
    };
    let places: Vec<bool> = (0..n).map(place).collect();
    if !places.contains(&true) {
        return;
    }
    entities.mentions.retain(|m| !places[m.entity]);
    for (e, p) in entities.people.iter_mut().enumerate() {
        if places[e] {
            p.mentions.clear();
        }
    }
}

/// Lower-case words that appear capitalised somewhere other than at a sentence start.
fn capitalised_mid_sentence(text: &str, tokens: &[Token]) -> std::collections::HashSet<String> {
    tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            t.is_capitalized(text)
                && !t.sentence_start
                && i.checked_sub(1)
                    .is_none_or(|p| !matches!(&text[tokens[p].span], "\"" | "“" | "'" | "‘"))
        })
        .map(|(_, t)| text[t.span].to_lowercase())
        .collect()
}

/// The name starting at token `k`, if one does.
fn candidate(
    text: &str,
    tokens: &[Token],
    k: usize,
    mid_caps: &std::collections::HashSet<String>,
    lower_words: &std::collections::HashSet<&str>,
) -> Option<Candidate> {
    let word = |i: usize| &text[tokens[i].span];
    let is_word = |i: usize| tokens.get(i).is_some_and(|t| t.kind == TokenKind::Word);
    let is_cap = |i: usize| tokens.get(i).is_some_and(|t| t.is_capitalized(text));
    let dot_after = |i: usize| tokens.get(i + 1).is_some_and(|t| &text[t.span] == ".");
    let same_sentence = |i: usize| {
        tokens
            .get(i)
            .is_some_and(|t| t.sentence == tokens[k].sentence)
    };
    if !is_cap(k) {
        return None;
    }
    // "Poor Winterbourne", "Till Elizabeth": a sentence-initial word the text also writes in
    // lower case is not part of a name (unless it is a title or a first name).
    if tokens[k].sentence_start {
        let lower = word(k).to_lowercase();
        if lower_words.contains(lower.as_str())
            && lexicon::title(&lower).is_none()
            && lexicon::first_name_gender(&lower) == Gender::Unknown
        {
            return None;
        }
    }
    let mut i = k;
    // Titles: "Mr.", "Sen.", "President", stacked: "Chairman Rep.", "Vice President".
    let mut title = None;
    for _ in 0..3 {
        let lower = word(i).to_lowercase();
        let with_dot = format!("{lower}.");
        let title_gender = if dot_after(i) {
            lexicon::title(&with_dot).or_else(|| lexicon::title(&lower))
        } else {
            lexicon::title(&lower)
                .filter(|_| !lexicon::ABBREVIATIONS.contains(&lower) || lower.len() > 3)
        };
        let Some(gender) = title_gender else { break };
        let skip = if dot_after(i) { 2 } else { 1 };
        if !(is_cap(i + skip) && same_sentence(i + skip)) {
            break;
        }
        title = Some((if dot_after(i) { with_dot } else { lower }, gender));
        i += skip;
    }
    if title.is_none() && NON_NAMES.contains_lower(word(i)) {
        return None;
    }
    // Name words: capitalised words, initials ("J."), connectors between them.
    let mut words = Vec::new();
    let mut end = i;
    while is_word(end) && same_sentence(end) {
        let w = word(end);
        if is_cap(end) && (!NON_NAMES.contains_lower(w) || words.is_empty() && title.is_some()) {
            words.push(w.to_lowercase());
            end += 1;
            if w.chars().count() == 1 && dot_after(end - 1) {
                end += 1; // an initial's period
            }
        } else if !words.is_empty()
            && matches!(
                w,
                "de" | "van" | "von" | "der" | "da" | "del" | "bin" | "al" | "of"
            )
            && is_cap(end + 1)
            && (w != "of" || words.iter().any(|x| ORG_WORDS.contains(x)))
        {
            words.push(w.to_string());
            end += 1;
        } else {
            break;
        }
    }
    if words.is_empty() {
        return None;
    }
    // "the KKW Beauty CEO", "The Fox News host": a description, not a name.
    let after_the = k > 0 && word(k - 1).eq_ignore_ascii_case("the") && title.is_none();
    // ...but "the King", "the Duchess" mid-sentence, one capitalised word, is a character's
    // name in its own right.
    let named_role = words.len() == 1 && !tokens[k].sentence_start;
    if after_the
        && !named_role
        && words
            .last()
            .is_some_and(|w| lexicon::ROLE_NOUNS.contains(w))
    {
        // Skip the whole description: no candidate, but no name inside it either.
        return Some(Candidate {
            first: k,
            end,
            title: None,
            words: Vec::new(),
            kind: EntityKind::Person,
        });
    }
    let joined = words.join(" ");
    if PLACES.contains(&joined) {
        return None;
    }
    let acronym = words.len() == 1
        && word(i).chars().count() >= 2
        && word(i).chars().all(|c| c.is_uppercase() || c == '.');
    let kind = if words.iter().any(|w| ORG_WORDS.contains(w)) || acronym && title.is_none() {
        EntityKind::Organization
    } else {
        EntityKind::Person
    };
    // A lone capitalised word at a sentence start is a name only when it is a known first
    // name or is capitalised elsewhere mid-sentence too.
    if title.is_none()
        && words.len() == 1
        && tokens[k].sentence_start
        && lexicon::first_name_gender(&words[0]) == Gender::Unknown
        && !mid_caps.contains(&words[0])
    {
        return None;
    }
    Some(Candidate {
        first: k,
        end,
        title,
        words,
        kind,
    })
}

/// Attach a candidate to an existing entity, or start a new one.
fn link(text: &str, entities: &mut Entities, c: Candidate) {
    let span = entities.tokens[c.first]
        .span
        .cover(entities.tokens[c.end - 1].span);
    let surface = &text[span];
    let title_gender = c.title.as_ref().and_then(|(_, g)| *g);
    let honorific = c
        .title
        .as_ref()
        .is_some_and(|(t, _)| matches!(t.trim_end_matches('.'), "mr" | "mrs" | "ms" | "miss"));
    let first_gender = if c.words.len() > 1 || c.title.is_none() {
        lexicon::first_name_gender(&c.words[0])
    } else {
        Gender::Unknown
    };
    let gender = title_gender.unwrap_or(first_gender);
    let match_gender = match title_gender {
        Some(g) => g,
        None if c.words.len() > 1 => first_gender,
        None => Gender::Unknown,
    };
    let existing = find_entity(entities, &c, match_gender, honorific);
    let entity = match existing {
        Some(e) => {
            let person = &mut entities.people[e];
            let info = &mut entities.info[e];
            if c.words.len() > info.words.len() {
                let old = std::mem::replace(&mut person.name, surface.to_string());
                push_alias(&mut person.aliases, old);
                info.words.clone_from(&c.words);
            } else if surface != person.name {
                push_alias(&mut person.aliases, surface.to_string());
            }
            if person.gender == Gender::Unknown {
                person.gender = gender;
            }
            if info.title.is_none() {
                info.title = c.title.as_ref().map(|(t, _)| t.clone());
            }
            info.weak &= c.words.len() == 1 && c.title.is_none();
            e
        }
        None => {
            entities.people.push(Person {
                name: surface.to_string(),
                kind: c.kind,
                aliases: Vec::new(),
                mentions: Vec::new(),
                gender,
            });
            entities.info.push(EntityInfo {
                weak: c.words.len() == 1 && c.title.is_none() && first_gender == Gender::Unknown,
                words: c.words.clone(),
                title: c.title.as_ref().map(|(t, _)| t.clone()),
            });
            entities.people.len() - 1
        }
    };
    entities.people[entity].mentions.push(span);
    let in_quote = entities.in_quote(span.start());
    entities.mentions.push(Mention {
        span,
        entity,
        first_token: c.first,
        end_token: c.end,
        subject: entities.tokens[c.first].sentence_start,
        in_quote,
    });
}

fn push_alias(aliases: &mut Vec<String>, alias: String) {
    if !aliases.contains(&alias) {
        aliases.push(alias);
    }
}

/// "mr", "mrs", "ms" or "miss" when the title is one of those honorifics.
fn honorific_of(t: Option<&str>) -> Option<&str> {
    t.map(|t| t.trim_end_matches('.'))
        .filter(|t| matches!(*t, "mr" | "mrs" | "ms" | "miss"))
}

/// The entity a candidate refers to: the most recently mentioned compatible one.
fn find_entity(
    entities: &Entities,
    c: &Candidate,
    gender: Gender,
    honorific: bool,
) -> Option<usize> {
    let compatible_gender = |e: usize| {
        gender == Gender::Unknown
            || entities.people[e].gender == Gender::Unknown
            || entities.people[e].gender == gender
    };
    let role_title = c.title.is_some() && !honorific;
    let own_honorific = honorific_of(c.title.as_ref().map(|(t, _)| t.as_str()));
    let matches = |e: usize| {
        let info = &entities.info[e];
        if entities.people[e].kind != c.kind || !compatible_gender(e) {
            return false;
        }
        // "Mrs. Miller" is not "Miss Daisy Miller".
        if let (Some(a), Some(b)) = (own_honorific, honorific_of(info.title.as_deref())) {
            if a != b && !(a == "ms" || b == "ms") {
                return false;
            }
        }
        let last = c.words.last();
        match c.words.len() {
            1 => {
                let w = &c.words[0];
                let is_surname = info.words.last() == Some(w);
                let is_first = info.words.len() > 1 && info.words.first() == Some(w);
                if c.title.is_some() {
                    // "President Trump" is not "Ivanka Trump"; "Ms. Johnson" is "Alice Johnson".
                    is_surname
                        && (!role_title
                            || info.title.as_deref() == c.title.as_ref().map(|(t, _)| t.as_str())
                            || info.words.len() == 1)
                        && (honorific || info.title.is_some() || info.words.len() == 1)
                } else {
                    is_surname || is_first
                }
            }
            _ => {
                // Same first and last words, or one name extends the other.
                (info.words.first() == c.words.first() && info.words.last() == last)
                    || (info.words.len() == 1
                        && last == info.words.last()
                        && info.title.is_some()
                        && c.title.is_some())
                    || (info.words.len() == 1 && last == info.words.last() && info.weak)
            }
        }
    };
    // Compatible entities, the most recently mentioned first.
    let mut seen = vec![false; entities.people.len()];
    let mut found: Vec<usize> = Vec::new();
    for e in entities.mentions.iter().rev().map(|m| m.entity) {
        if !seen[e] {
            seen[e] = true;
            if matches(e) {
                found.push(e);
            }
        }
    }
    found.extend(
        (0..entities.people.len())
            .rev()
            .filter(|&e| !seen[e] && matches(e)),
    );
    if c.words.len() == 1 && found.len() > 1 {
        let w = &c.words[0];
        let family = (0..entities.people.len())
            .filter(|&e| {
                entities.info[e].words.len() > 1 && entities.info[e].words.last() == Some(w)
            })
            .count();
        let short = |e: &&usize| entities.info[**e].words.len() == 1;
        // In a family (Jane, Elizabeth and Lydia Bennet), the bare surname or the surname with
        // an honorific ("Mrs. Bennet", "Darcy") names the one known by it, not a first-named
        // relative.
        if family >= 2 || c.title.is_none() {
            if let Some(&e) = found.iter().find(short) {
                return Some(e);
            }
        }
    }
    let first = found.first().copied();
    if c.words.len() == 1 && honorific && first.is_some_and(|e| entities.info[e].words.len() > 1) {
        let w = &c.words[0];
        let family = (0..entities.people.len())
            .filter(|&e| {
                entities.info[e].words.len() > 1 && entities.info[e].words.last() == Some(w)
            })
            .count();
        if family >= 2 {
            return None;
        }
    }
    first
}

#[cfg(test)]
mod tests;
