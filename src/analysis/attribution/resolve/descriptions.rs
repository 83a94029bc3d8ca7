//! Descriptions and relatives as speakers: "the senator" (the story's protagonist), "the
//! commission" (an entity of its own, or the one whose name holds the word), "her mother"
//! (the relative of the same surname), and the first-person narrator.

use super::*;

/// Head nouns of phrases that are not speakers even before a speech verb ("the day said").
#[rustfmt::skip]
pub(super) const NOT_SPEAKERS: [&str; 24] = [
    "day", "days", "week", "weeks", "month", "months", "year", "years", "morning", "afternoon",
    "evening", "night", "time", "times", "way", "thing", "things", "fact", "lot", "number",
    "percent", "flurry", "spate", "series",
];

fn role_gender(word: &str) -> Gender {
    match word {
        "spokeswoman" | "congresswoman" | "chairwoman" | "businesswoman" | "actress" | "woman"
        | "mother" | "wife" | "daughter" | "sister" | "girl" | "lady" | "queen" | "princess" => {
            Gender::Female
        }
        "spokesman" | "congressman" | "chairman" | "businessman" | "actor" | "man" | "father"
        | "husband" | "son" | "brother" | "boy" | "gentleman" | "king" | "prince" => Gender::Male,
        _ => Gender::Unknown,
    }
}

impl Resolver<'_> {
    /// A description that names no known person ("the commission", "his operatives"): the
    /// entity whose name holds its head noun ("the Commission on Presidential Debates"),
    /// or a new entity named by the description.
    pub(super) fn generic(&mut self, span: TextSpan, head: &str, definite: bool) -> Referent {
        let singular = head.strip_suffix('s').unwrap_or(head);
        let at = self
            .entities
            .mentions
            .partition_point(|m| m.span.start() < span.start());
        let known = self.entities.mentions[..at]
            .iter()
            .rev()
            .map(|m| m.entity)
            .chain(0..self.entities.people.len())
            .find(|&e| {
                definite
                    && self.entities.info[e]
                        .words
                        .iter()
                        .any(|w| w == head || w == singular)
            });
        let entity = known.unwrap_or_else(|| {
            let phrase = self.text[span]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ");
            let kind = if ORG_WORDS.contains(head) || ORG_WORDS.contains(singular) {
                EntityKind::Organization
            } else {
                EntityKind::Person
            };
            self.entities.people.push(Person {
                name: phrase.clone(),
                kind,
                aliases: Vec::new(),
                mentions: Vec::new(),
                gender: role_gender(head),
            });
            self.entities.info.push(EntityInfo {
                words: vec![head.to_string()],
                title: None,
                weak: false,
            });
            self.entities.people.len() - 1
        });
        Referent {
            entity,
            mention: span,
            how: Via::Description,
        }
    }

    /// "her mother" at token `i`: the person of the same surname as her that the kinship
    /// word fits (a "Mrs." for a mother or a wife, a "Mr." for a father or a husband).
    pub(super) fn relative(&mut self, i: usize) -> Option<(Referent, usize)> {
        let kin = self.word(i + 1);
        let (gender, honorific) = match kin.as_str() {
            "mother" | "wife" => (Gender::Female, Some("mrs")),
            "father" | "husband" => (Gender::Male, Some("mr")),
            "sister" | "daughter" => (Gender::Female, None),
            "brother" | "son" => (Gender::Male, None),
            _ => return None,
        };
        let own = if self.word(i) == "his" {
            Gender::Male
        } else {
            Gender::Female
        };
        let span = self.entities.tokens[i].span;
        let of = self.pronoun(span, i, own, EntityKind::Person)?.entity;
        let surname = self.entities.info[of].words.last()?.clone();
        if self.entities.info[of].words.len() < 2 && self.entities.info[of].title.is_none() {
            return None;
        }
        let fits = |e: usize, r: &Self| {
            let info = &r.entities.info[e];
            let p = &r.entities.people[e];
            e != of
                && p.kind == EntityKind::Person
                && info.words.last() == Some(&surname)
                && (p.gender == gender || p.gender == Gender::Unknown)
                && honorific.is_none_or(|h| {
                    info.title.as_deref().map(|t| t.trim_end_matches('.')) == Some(h)
                })
        };
        let at = self
            .entities
            .mentions
            .partition_point(|m| m.first_token < i);
        let entity = self.entities.mentions[..at]
            .iter()
            .rev()
            .map(|m| m.entity)
            .find(|&e| fits(e, self))?;
        let mention = span.cover(self.entities.tokens[i + 1].span);
        Some((
            Referent {
                entity,
                mention,
                how: Via::Description,
            },
            i + 2,
        ))
    }

    /// A description ("the reality star") refers to the most prominent compatible person
    /// mentioned so far: the story's protagonist, in news.
    pub(super) fn describe(&self, span: TextSpan, at: usize, noun: &str) -> Option<Referent> {
        let gender = role_gender(noun);
        let before = self
            .entities
            .mentions
            .partition_point(|m| m.first_token < at);
        let mut cache = self.described.borrow_mut();
        let slot = match cache
            .iter()
            .position(|(g, done, _)| *g == gender && *done <= before)
        {
            Some(i) => i,
            None => {
                cache.retain(|(g, _, _)| *g != gender);
                cache.push((gender, 0, vec![0.0f32; self.entities.people.len()]));
                cache.len() - 1
            }
        };
        let (_, done, score) = &mut cache[slot];
        for (k, m) in self.entities.mentions[..before]
            .iter()
            .enumerate()
            .skip(*done)
        {
            let p = &self.entities.people[m.entity];
            if p.kind != EntityKind::Person || m.in_quote {
                continue;
            }
            // "the young lady" is a woman the story has shown to be one, or no one named
            // (not a name of unknown sex, which is as often a heading or a place).
            if gender != Gender::Unknown && p.gender != gender {
                continue;
            }
            let lead = if k == 0 { 3.0 } else { 0.0 };
            score[m.entity] += if m.subject { 2.0 } else { 1.0 } + lead;
        }
        *done = before;
        let (entity, &best) = score
            .iter()
            .enumerate()
            .max_by(|a, b| a.1.total_cmp(b.1).then(b.0.cmp(&a.0)))?;
        (best > 0.0).then_some(Referent {
            entity,
            mention: span,
            how: Via::Description,
        })
    }

    /// The first-person narrator, an entity of its own.
    pub(super) fn narrator(&mut self) -> usize {
        if let Some(i) = self.entities.info.iter().position(|i| i.words == ["i"]) {
            return i;
        }
        self.entities.people.push(Person {
            name: "I (the narrator)".to_string(),
            kind: EntityKind::Person,
            aliases: vec!["I".to_string()],
            mentions: Vec::new(),
            gender: Gender::Unknown,
        });
        self.entities.info.push(EntityInfo {
            words: vec!["i".to_string()],
            title: None,
            weak: false,
        });
        self.entities.people.len() - 1
    }
}
