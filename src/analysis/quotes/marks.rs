//! Quotation marks of every convention: which characters are marks, which family each
//! belongs to, which way each faces where it stands, and apostrophes told apart from single
//! marks.

use crate::analysis::lexicon::SPEECH_VERBS;
use crate::analysis::span::TextSpan;

/// Marks pair only with marks of their own family: a closing mark closes the nearest open
/// mark of its family, so families nest inside each other in either direction.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Family {
    /// `“…”`, `"…"`, `„…“`, `„…”`, ``` ``…'' ```, `''…''`
    Double,
    /// `‘…’`, `'…'`, `‚…‘`
    Single,
    /// `«…»`, `« … »`, `»…«`, `»…»`
    Guillemet,
    /// `‹…›`, `›…‹`
    SingleGuillemet,
    /// `「…」`
    Corner,
    /// `『…』`
    WhiteCorner,
}

/// Which way a mark faces by its shape.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Shape {
    /// Opens wherever it stands; closes another mark of its family only where it stands
    /// after a word (`„Wir sind bereit“,`: German closes with `“`, `‚…‘` with `‘`).
    Open,
    /// Closes; never opens (`’` is an apostrophe where it stands before a word).
    Close,
    /// Closes; opens where it stands before a word with nothing of its family open (`»…«`
    /// in Danish and German books, `»…»` in Swedish).
    CloseOrReversed,
    /// A straight mark: its neighbours tell which way it faces.
    Straight,
}

/// The quotation marks: (mark, family, shape).
const MARKS: &[(&str, Family, Shape)] = &[
    ("``", Family::Double, Shape::Open),
    ("''", Family::Double, Shape::Straight),
    ("\"", Family::Double, Shape::Straight),
    ("“", Family::Double, Shape::Open),
    ("„", Family::Double, Shape::Open),
    ("”", Family::Double, Shape::Close),
    ("‘", Family::Single, Shape::Open),
    ("‚", Family::Single, Shape::Open),
    ("’", Family::Single, Shape::Close),
    ("'", Family::Single, Shape::Straight),
    ("«", Family::Guillemet, Shape::Open),
    ("»", Family::Guillemet, Shape::CloseOrReversed),
    ("‹", Family::SingleGuillemet, Shape::Open),
    ("›", Family::SingleGuillemet, Shape::CloseOrReversed),
    ("「", Family::Corner, Shape::Open),
    ("」", Family::Corner, Shape::Close),
    ("『", Family::WhiteCorner, Shape::Open),
    ("』", Family::WhiteCorner, Shape::Close),
];

/// True for any character that can be a quotation mark (or part of one).
pub fn is_mark_char(c: char) -> bool {
    c == '`' || MARKS.iter().any(|&(m, _, _)| m.starts_with(c))
}

/// True for a character that can open a quotation.
pub fn is_opening_char(c: char) -> bool {
    MARKS
        .iter()
        .any(|&(m, _, shape)| m.starts_with(c) && shape != Shape::Close)
}

/// True for a character that can close a quotation.
pub fn is_closing_char(c: char) -> bool {
    is_mark_char(c) && !matches!(c, '`' | '„' | '‚' | '«' | '‹' | '「' | '『')
}

/// Where a mark stands between its neighbours.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Flank {
    /// Before a word, after a space or the start (`␣"word`): opening.
    Left,
    /// After a word, before a space, punctuation or the end (`word"␣`): closing.
    Right,
    /// Neither clearly (spaces on both sides, or inside a word).
    Neither,
}

/// A quotation mark in the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Mark {
    /// The mark's (first) character.
    pub ch: char,
    pub start: usize,
    pub end: usize,
    pub family: Family,
    pub shape: Shape,
    pub flank: Flank,
    /// How surely the mark closes a quotation, for single marks that may be apostrophes:
    /// 3 after punctuation (`,’`), 2 after a word before punctuation, the end or a speech
    /// verb, pronoun or name (`away’ he said`), 1 after a word before another word (`the
    /// Smiths’ house`). Other marks are always 3.
    pub strength: u8,
}

impl Mark {
    /// `''` read as one double mark.
    pub fn is_doubled_single(&self) -> bool {
        self.family == Family::Double && self.shape == Shape::Straight && self.end - self.start == 2
    }
}

/// The quotation marks of one paragraph, apostrophes left out.
pub(super) fn marks(text: &str, paragraph: TextSpan) -> Vec<Mark> {
    let body = &text[paragraph];
    let base = paragraph.start();
    let chars: Vec<(usize, char)> = body.char_indices().collect();
    let mut out = Vec::new();
    let mut k = 0;
    while k < chars.len() {
        let (i, c) = chars[k];
        // Letters, digits and spaces, nearly all of a text, are never marks.
        if c.is_alphanumeric() || c.is_whitespace() {
            k += 1;
            continue;
        }
        let next = chars.get(k + 1).map(|&(_, n)| n);
        let doubled = matches!(c, '\'' | '`') && next == Some(c);
        let width = if doubled { 2 } else { 1 };
        let found = MARKS.iter().find(|&&(m, _, _)| {
            m.chars().count() == width && m.starts_with(c) && (width == 1 || doubled)
        });
        let at = k;
        k += width;
        let Some(&(_, family, shape)) = found else {
            continue;
        };
        let prev = at.checked_sub(1).map(|p| chars[p].1);
        let after = chars.get(at + width).map(|&(_, n)| n);
        if family == Family::Single && c != '‚' && is_apostrophe(&chars, at, prev, after) {
            continue;
        }
        let end = chars.get(at + width).map_or(body.len(), |&(e, _)| e);
        let strength = if family == Family::Single {
            closing_strength(&chars, at, width)
        } else {
            3
        };
        out.push(Mark {
            ch: c,
            start: base + i,
            end: base + end,
            family,
            shape,
            flank: flank(prev, after),
            strength,
        });
    }
    out
}

/// Where a mark between `prev` and `next` stands.
fn flank(prev: Option<char>, next: Option<char>) -> Flank {
    let opens_after = |c: char| c.is_whitespace() || "([{—―–-/".contains(c) || is_mark_char(c);
    let closes_before =
        |c: char| c.is_whitespace() || ".,;:!?)]}—―–-/…".contains(c) || is_mark_char(c);
    match (prev, next) {
        (None, _) => Flank::Left,
        (_, None) => Flank::Right,
        (Some(p), Some(n)) if opens_after(p) && !closes_before(n) => Flank::Left,
        (Some(p), Some(n)) if !p.is_whitespace() && closes_before(n) => Flank::Right,
        _ => Flank::Neither,
    }
}

/// An apostrophe rather than a single mark: inside a word (it's, O'Neill), before a word
/// that lost its first letters ('90s, 'em, rock 'n' roll), or after the `n` of `'n'`.
fn is_apostrophe(
    chars: &[(usize, char)],
    k: usize,
    prev: Option<char>,
    next: Option<char>,
) -> bool {
    let word_before = prev.is_some_and(char::is_alphanumeric);
    let word_after = next.is_some_and(char::is_alphanumeric);
    if word_before && word_after {
        return true;
    }
    if !word_before && word_after && is_elision(chars, k) {
        return true;
    }
    // the second mark of 'n'
    word_before
        && !word_after
        && k >= 2
        && matches!(prev, Some('n' | 'N'))
        && matches!(chars[k - 2].1, '\'' | '’' | '‘')
        && (k < 3 || chars[k - 3].1.is_whitespace())
}

/// An apostrophe that stands for left-out letters at the start of a word: '90s, 'n', 'em,
/// 'tis. A capitalised word ('Tis, 'Cause) more often opens a quotation, so it is not one.
fn is_elision(chars: &[(usize, char)], k: usize) -> bool {
    let word: String = chars[k + 1..]
        .iter()
        .map(|&(_, c)| c)
        .take_while(|c| c.is_alphanumeric() || matches!(c, '\'' | '’'))
        .collect();
    let digits = word.chars().take_while(char::is_ascii_digit).count();
    let bare = word.trim_end_matches(['\'', '’']);
    digits == 2
        || matches!(
            bare,
            "n" | "em" | "til" | "tis" | "twas" | "cause" | "bout" | "round" | "s"
        )
}

/// How surely the single mark at `chars[k]` (`width` characters) closes a quotation.
fn closing_strength(chars: &[(usize, char)], k: usize, width: usize) -> u8 {
    let after_word = k
        .checked_sub(1)
        .is_some_and(|p| chars[p].1.is_alphanumeric());
    if !after_word {
        return 3;
    }
    let Some(&(_, next)) = chars.get(k + width) else {
        return 2;
    };
    if !next.is_whitespace() {
        return 2;
    }
    let word: String = chars[k + width..]
        .iter()
        .map(|&(_, c)| c)
        .skip_while(|c| c.is_whitespace())
        .take_while(|c| c.is_alphanumeric())
        .collect();
    let lower = word.to_lowercase();
    let cue_like = word.chars().next().is_some_and(char::is_uppercase)
        || SPEECH_VERBS.contains(lower.as_str())
        || matches!(
            lower.as_str(),
            "he" | "she" | "they" | "i" | "we" | "you" | "it"
        );
    if word.is_empty() || cue_like {
        2
    } else {
        1
    }
}
