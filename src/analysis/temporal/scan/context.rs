//! The context of an expression: the modifiers before it that belong to it ("nearly", "the
//! end of") and the tense of the words around it.

use super::{Expr, Scanner};

/// Words before a count that belong to it: "nearly two years", "more than four hours".
const COUNT_MODIFIERS: [&[&str]; 16] = [
    &["nearly"],
    &["almost"],
    &["about"],
    &["around"],
    &["roughly"],
    &["approximately"],
    &["some"],
    &["over"],
    &["under"],
    &["more", "than"],
    &["less", "than"],
    &["fewer", "than"],
    &["at", "least"],
    &["at", "most"],
    &["up", "to"],
    &["no", "more", "than"],
];

/// Words before a date that belong to it: "early 1990", "the end of November".
const DATE_MODIFIERS: [&[&str]; 12] = [
    &["the", "end", "of"],
    &["the", "middle", "of"],
    &["the", "beginning", "of"],
    &["the", "start", "of"],
    &["the", "early"],
    &["the", "late"],
    &["early"],
    &["late"],
    &["mid"],
    &["earlier"],
    &["later"],
    &["around"],
];

impl Scanner<'_> {
    /// The first token of the expression at `i` with the modifiers before it.
    pub(super) fn modifiers(&self, i: usize, expr: Expr) -> usize {
        let counted = matches!(
            expr,
            Expr::Duration { n: Some(_), .. }
                | Expr::DurationAndHalf { .. }
                | Expr::Ago { .. }
                | Expr::Anaphoric { .. }
        );
        let dated = matches!(
            expr,
            Expr::Date { .. }
                | Expr::Decade(_)
                | Expr::Century(_)
                | Expr::Weekday { .. }
                | Expr::Deictic { .. }
                | Expr::MonthOf { .. }
                | Expr::Quarter { .. }
                | Expr::SeasonAlone(_)
        );
        if counted && self.w(i) == "the" {
            // "the two days" is "two days"; "over the last two weeks" starts at "the".
            let rel = matches!(
                self.w(i + 1),
                "last" | "past" | "next" | "first" | "latest" | "previous" | "following"
            );
            // "the year ended March 31" keeps its "the": no count follows it.
            let count = self.count(i + 1).is_some();
            return if rel || !count { i } else { i + 1 };
        }
        if matches!(expr, Expr::Deictic { .. }) && matches!(self.w(i), "past" | "last") {
            // "the past year", "this past spring"
            if matches!(self.w(i.wrapping_sub(1)), "the" | "this") {
                return i - 1;
            }
        }
        if matches!(
            expr,
            Expr::Date {
                year: Some(_),
                month: None,
                ..
            }
        ) && self.w(i.wrapping_sub(1)) == "fiscal"
        {
            return i - 1;
        }
        let list: &[&[&str]] = if counted {
            &COUNT_MODIFIERS
        } else if dated {
            &DATE_MODIFIERS
        } else {
            return i;
        };
        for words in list {
            let n = words.len();
            let Some(start) = i.checked_sub(n) else {
                continue;
            };
            let fits = words
                .iter()
                .enumerate()
                .all(|(k, w)| self.w(start + k) == *w && self.same_sentence(start + k, i));
            if fits {
                return start;
            }
        }
        // "mid-" written apart: "mid -November" is rare; "the" of a counted duration is not
        // part of it ("the two days").
        i
    }

    /// Does the expression at `first..end` speak of the future (`Some(true)`) or the past?
    /// The nearest tense marker before it (or else after it) in its sentence decides.
    pub(super) fn tense(&self, first: usize, end: usize) -> Option<bool> {
        // "extended to Nov. 16", "until Friday": an end point; its side is not told.
        if matches!(
            self.w(first.wrapping_sub(1)),
            "to" | "until" | "through" | "till"
        ) {
            return None;
        }
        // "since March": the past.
        if self.w(first.wrapping_sub(1)) == "since" {
            return Some(false);
        }
        let marker = |k: usize| -> Option<bool> {
            let w = self.w(k);
            match w {
                "will" | "ll" | "shall" | "scheduled" | "expected" | "expects" | "plans"
                | "due" | "upcoming" | "tomorrow" | "until" | "going" | "could" | "soon"
                | "planning" | "resume" => Some(true),
                // "next week" points ahead, "next to" does not; "set to resume" does, "set"
                // alone is as often the past.
                "next" if self.w(k + 1) != "to" => Some(true),
                // "ahead of the weekend", "ahead of Tuesday's vote"
                "ahead" if self.w(k + 1) == "of" && k + 3 >= first => Some(true),
                // "planned to leave", "plan for March"
                "planned" | "plan" if matches!(self.w(k + 1), "to" | "for") => Some(true),
                "set" if self.w(k + 1) == "to" => Some(true),
                // "as early as Tuesday"
                "early" if self.w(k.wrapping_sub(1)) == "as" => Some(true),
                "was" | "were" | "had" | "did" | "ago" | "last" | "yesterday" | "earlier" => {
                    Some(false)
                }

                _ => None,
            }
        };
        let back = (first.saturating_sub(12)..first)
            .rev()
            .take_while(|&k| self.same_sentence(k, first))
            .find_map(marker);
        back.or_else(|| {
            (end..end + 6)
                .take_while(|&k| self.same_sentence(k, first))
                .find_map(marker)
        })
    }
}
