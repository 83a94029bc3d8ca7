//! Pronouns as speakers: the nearest compatible person before the pronoun, the subject of
//! its sentence first; "I" and "we" are the first-person narrator.

use super::*;

impl Resolver<'_> {
    /// The most recent compatible entity mentioned outside quotations before token `at`,
    /// preferring the subject of each earlier sentence.
    pub(super) fn pronoun(
        &mut self,
        span: TextSpan,
        at: usize,
        gender: Gender,
        kind: EntityKind,
    ) -> Option<Referent> {
        let word = self.word(at);
        if word == "i" || word == "we" {
            let entity = self.narrator();
            return Some(Referent {
                entity,
                mention: span,
                how: Via::Pronoun,
            });
        }
        let sentence = self.entities.tokens[at].sentence();
        let ok = |p: &Person| {
            p.kind == kind
                && (gender == Gender::Unknown || p.gender == gender || p.gender == Gender::Unknown)
        };
        let before = self
            .entities
            .mentions
            .partition_point(|m| m.first_token < at);
        // The nearest sentence with a compatible mention, its leftmost one (the subject);
        // one whose gender is known to match wins over an unknown one a sentence or two
        // nearer ("the Agra treasure ... she asked").
        let search = |exact: bool| {
            let mut best: Option<usize> = None;
            let mut current = usize::MAX;
            for mi in (0..before).rev() {
                let m = self.entities.mentions[mi];
                let s = self.entities.tokens[m.first_token].sentence();
                if sentence.saturating_sub(s) > 6 {
                    break;
                }
                if s != current {
                    if best.is_some() {
                        break;
                    }
                    current = s;
                }
                let p = &self.entities.people[m.entity];
                if m.in_quote || !ok(p) || exact && p.gender != gender {
                    continue;
                }
                best = Some(mi);
            }
            best
        };
        let loose = search(false);
        let exact = if gender == Gender::Unknown {
            None
        } else {
            search(true)
        };
        let sentence_of =
            |mi: usize| self.entities.tokens[self.entities.mentions[mi].first_token].sentence();
        let best = match (loose, exact) {
            (Some(l), Some(e)) if sentence_of(l) <= sentence_of(e) + 2 => Some(e),
            (l, _) => l,
        };
        // "Terry Strada ... she said": a first name tells the sex only as a likelihood. With
        // no one compatible in sight, the subject of the sentence just before will do, if no
        // title (Mr., Mrs.) has settled that person's sex.
        let best = best.or_else(|| {
            let mi = (0..before).rev().find(|&mi| {
                let m = self.entities.mentions[mi];
                !m.in_quote && m.subject
            })?;
            let m = self.entities.mentions[mi];
            let titled = self.entities.info[m.entity]
                .title
                .as_deref()
                .is_some_and(|t| matches!(t.trim_end_matches('.'), "mr" | "mrs" | "ms" | "miss"));
            let close =
                sentence.saturating_sub(self.entities.tokens[m.first_token].sentence()) <= 1;
            let person = self.entities.people[m.entity].kind == kind;
            (close && person && !titled).then_some(mi)
        });
        let found = self.entities.mentions[best?];
        let entity = found.entity;
        let near = sentence.saturating_sub(self.entities.tokens[found.first_token].sentence()) <= 1;
        let person = &mut self.entities.people[entity];
        // Learn the gender only from a close antecedent: a far one may be a wrong guess.
        if near && person.gender == Gender::Unknown && gender != Gender::Unknown {
            person.gender = gender;
        }
        Some(Referent {
            entity,
            mention: span,
            how: Via::Pronoun,
        })
    }
}
