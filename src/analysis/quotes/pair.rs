//! Pairing quotation marks paragraph by paragraph: a stack of open marks, each closing mark
//! closing the nearest open mark of its family, so quotations nest in either direction
//! (single inside double, double inside single, guillemets inside either).

use super::dash;
use super::marks::{marks, Family, Flank, Mark, Shape};
use crate::analysis::document::Document;
use crate::analysis::span::TextSpan;

/// A paired quotation before classification.
#[derive(Clone, Copy, Debug)]
pub(super) struct Pair {
    pub span: TextSpan,
    /// True for the first quotation of a paragraph that goes on with the speech left open
    /// at the end of the paragraph before.
    pub continues: bool,
}

/// Pair the marks of every paragraph; in each paragraph the quotations come in text order,
/// an enclosing one before those inside it. A paragraph left open continues into the next
/// one only when it opens with its mark and the next paragraph opens with a mark; otherwise
/// the open mark is dropped, so an unbalanced mark never swallows the rest of the article.
/// A paragraph without marks may be dialogue introduced by a dash.
pub(super) fn pair(doc: &Document) -> Vec<Pair> {
    let text = doc.text.as_str();
    let mut out = Vec::new();
    let mut carried = false;
    let mut next_marks = doc
        .paragraphs
        .first()
        .map(|&p| marks(text, p))
        .unwrap_or_default();
    for (index, &paragraph) in doc.paragraphs.iter().enumerate() {
        let continues_from_before = std::mem::take(&mut carried);
        let these = std::mem::take(&mut next_marks);
        if let Some(&next) = doc.paragraphs.get(index + 1) {
            next_marks = marks(text, next);
        }
        let (mut spans, unclosed) = pair_marks(&these, paragraph.start());
        if let Some(&bottom) = unclosed.first() {
            let open = these[bottom];
            let next_opens = next_marks
                .first()
                .zip(doc.paragraphs.get(index + 1))
                .is_some_and(|(m, n)| m.start == n.start() && m.flank == Flank::Left);
            // a quotation of its family opened and closed after it: the mark is a stray
            let stray = spans
                .iter()
                .any(|&(start, _, family)| start > open.start && family == open.family);
            if next_opens && open.start == paragraph.start() && !stray {
                spans.push((open.start, paragraph.end(), open.family));
                carried = true;
            }
        }
        let mut spans: Vec<(usize, usize)> = spans.iter().map(|&(s, e, _)| (s, e)).collect();
        if spans.is_empty() {
            spans = dash::dialogue(text, paragraph);
        }
        spans.sort_by_key(|&(start, end)| (start, std::cmp::Reverse(end)));
        for (n, &(start, end)) in spans.iter().enumerate() {
            out.push(Pair {
                span: TextSpan::of(text, start, end),
                continues: continues_from_before && n == 0,
            });
        }
    }
    out
}

/// Pair the marks of one paragraph: the (start, end, family) of each quotation, and the
/// marks left open at the end (indices into `marks`, outermost first).
fn pair_marks(marks: &[Mark], paragraph_start: usize) -> (Vec<(usize, usize, Family)>, Vec<usize>) {
    let mut stack: Vec<usize> = Vec::new();
    let mut spans = Vec::new();
    for (i, m) in marks.iter().enumerate() {
        if let Some(at) = closes(marks, &stack, i, paragraph_start) {
            spans.push((marks[stack[at]].start, m.end, m.family));
            stack.truncate(at);
        } else if opens(m) {
            stack.push(i);
        } else if m.is_doubled_single() && m.flank == Flank::Right {
            // `''` after two open single marks: each closes one ('He said 'go.'')
            for end in [m.start + 1, m.end] {
                let top = stack.last().map(|&o| marks[o]);
                if let Some(o) = top.filter(|o| o.family == Family::Single) {
                    spans.push((o.start, end, Family::Single));
                    stack.pop();
                }
            }
        }
    }
    (spans, stack)
}

/// The place in `stack` of the open mark that `marks[i]` closes, if it closes one.
fn closes(marks: &[Mark], stack: &[usize], i: usize, paragraph_start: usize) -> Option<usize> {
    let m = &marks[i];
    let at = stack.iter().rposition(|&o| marks[o].family == m.family)?;
    let faces_closing = match (m.shape, m.flank) {
        (_, Flank::Right) => true,
        (Shape::Open, _) | (_, Flank::Left) => false,
        (_, Flank::Neither) => true,
    };
    if !faces_closing {
        return None;
    }
    if m.strength < 3 {
        // a mark after a word may be an apostrophe (the Smiths’, goin’): it closes only the
        // innermost open mark, when no surer closing mark follows before a new quotation
        // opens; after a word before another word, not a quotation that opens its paragraph
        // (the speech may go on into the next one)
        let innermost = at + 1 == stack.len();
        let opens_paragraph = marks[stack[at]].start == paragraph_start;
        let open_singles = stack
            .iter()
            .filter(|&&o| marks[o].family == Family::Single)
            .count();
        if !innermost
            || surer_close_ahead(marks, i) >= open_singles
            || (m.strength < 2 && opens_paragraph)
        {
            return None;
        }
    }
    Some(at)
}

/// Does a quotation open at `m` (which closes nothing)?
fn opens(m: &Mark) -> bool {
    match (m.shape, m.flank) {
        (Shape::Close, _) => false,
        (_, Flank::Left) => true,
        (Shape::Open, _) => m.family != Family::Single,
        (Shape::Straight, Flank::Neither) => m.family == Family::Double,
        _ => false,
    }
}

/// How many marks after the single mark `marks[i]` close more surely, before a new single
/// quotation opens or an enclosing quotation of another family closes?
fn surer_close_ahead(marks: &[Mark], i: usize) -> usize {
    let here = marks[i].strength;
    let mut surer = 0;
    for m in &marks[i + 1..] {
        if m.family != Family::Single {
            if m.shape != Shape::Open && m.flank != Flank::Left {
                break;
            }
            continue;
        }
        if m.flank == Flank::Left {
            break;
        }
        if m.shape != Shape::Open && m.strength > here {
            surer += 1;
        }
    }
    surer
}
