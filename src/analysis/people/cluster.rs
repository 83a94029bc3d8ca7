//! Clustering name mentions into entities: a surname or first name joins the full name it
//! belongs to, relatives sharing a surname stay apart, and one-word names that mostly follow
//! "at" or "to" are places.

use super::*;

/// Attach a candidate to an existing entity, or start a new one.
pub(super) fn link(text: &str, entities: &mut Entities, c: Candidate) {
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
    let existing = style_of_address(entities, &c)
        .or_else(|| find_entity(entities, &c, match_gender, honorific));
    let entity = match existing {
        Some(e) if c.title.is_none() && c.words.len() == 1 && is_style(&c.words[0]) => e,
        Some(e) => {
            let person = &mut entities.people[e];
            let info = &mut entities.info[e];
            if c.words.len() > info.words.len() {
                let old = std::mem::replace(&mut person.name, surface.to_string());
                push_alias(&mut person.aliases, old);
                info.words.clone_from(&c.words);
                index_words(&mut entities.by_word, &c.words, e);
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
            let e = entities.people.len() - 1;
            index_words(&mut entities.by_word, &c.words, e);
            e
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

/// Index entity `e` under the first and last of its name words.
fn index_words(
    index: &mut std::collections::HashMap<String, Vec<usize>>,
    words: &[String],
    e: usize,
) {
    for w in [words.first(), words.last()].into_iter().flatten() {
        let list = index.entry(w.clone()).or_default();
        if list.last() != Some(&e) && !list.contains(&e) {
            list.push(e);
        }
    }
}

/// The entities that may match a name of these words: those indexed under its first or
/// last word (every match shares one of them, or an initial with the same last word).
fn candidates(entities: &Entities, words: &[String]) -> Vec<usize> {
    let mut out: Vec<usize> = [words.first(), words.last()]
        .into_iter()
        .flatten()
        .filter_map(|w| entities.by_word.get(w))
        .flatten()
        .copied()
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

fn is_style(word: &str) -> bool {
    matches!(word, "ladyship" | "lordship")
}

/// "her Ladyship", "his Lordship": the lady or lord last mentioned.
fn style_of_address(entities: &Entities, c: &Candidate) -> Option<usize> {
    let title = match c.words.as_slice() {
        [w] if c.title.is_none() && w == "ladyship" => "lady",
        [w] if c.title.is_none() && w == "lordship" => "lord",
        _ => return None,
    };
    (0..entities.people.len())
        .filter(|&e| entities.info[e].title.as_deref() == Some(title))
        .max_by_key(|&e| entities.people[e].mentions.last().map(|m| m.start()))
}

pub(super) fn push_alias(aliases: &mut Vec<String>, alias: String) {
    if !aliases.contains(&alias) {
        aliases.push(alias);
    }
}

/// "mr", "mrs", "ms" or "miss" when the title is one of those honorifics.
pub(super) fn honorific_of(t: Option<&str>) -> Option<&str> {
    t.map(|t| t.trim_end_matches('.'))
        .filter(|t| matches!(*t, "mr" | "mrs" | "ms" | "miss"))
}

/// The entity a candidate refers to: the most recently mentioned compatible one.
pub(super) fn find_entity(
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
                // Same first and last words (an initial standing for the first: "W. Rabbit"
                // is "White Rabbit"), or one name extends the other.
                let initial = |a: &str, b: &str| a.chars().count() == 1 && b.starts_with(a);
                let same_first = match (info.words.first(), c.words.first()) {
                    (Some(a), Some(b)) => a == b || initial(a, b) || initial(b, a),
                    _ => false,
                };
                (same_first && info.words.last() == last)
                    || (info.words.len() == 1
                        && last == info.words.last()
                        && info.title.is_some()
                        && c.title.is_some())
                    || (info.words.len() == 1 && last == info.words.last() && info.weak)
            }
        }
    };
    // Compatible entities, the most recently mentioned first.
    // (An entity's mentions are pushed in text order, so its last one is its latest.)
    let mut found: Vec<usize> = candidates(entities, &c.words)
        .into_iter()
        .filter(|&e| matches(e))
        .collect();
    found.sort_by_key(|&e| {
        let last = entities.people[e].mentions.last().map(|m| m.start());
        std::cmp::Reverse((last, e))
    });
    if c.words.len() == 1 && found.len() > 1 {
        let w = &c.words[0];
        let family = candidates(entities, std::slice::from_ref(w))
            .into_iter()
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
        let family = candidates(entities, std::slice::from_ref(w))
            .into_iter()
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

/// A one-word name that mostly follows "at", "to", "from"... ("at Longbourn", "to
/// Pemberley") names a place, not a person: its mentions are dropped.
pub(super) fn drop_places(text: &str, entities: &mut Entities) {
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
