//! Dialogue introduced by a dash at the start of a paragraph, as French, Spanish, Russian and
//! some English novels write it: `— Je viens, dit-il.`, `—Hola —dijo Juan—. ¿Qué tal?`

use crate::analysis::lexicon::SPEECH_VERBS;
use crate::analysis::span::TextSpan;

/// The dashes that introduce a speaker's words.
const DASHES: [char; 2] = ['—', '―'];

/// The speech of a paragraph that opens with a dash, as (start, end) byte offsets: from the
/// dash to the paragraph's end, or to a later dash or comma followed by a speech verb
/// (`—dijo Juan`, `, dit-il`); when a dash closes that narration, the speech resumes after it.
pub(super) fn dialogue(text: &str, paragraph: TextSpan) -> Vec<(usize, usize)> {
    let body = &text[paragraph];
    let base = paragraph.start();
    let Some(rest) = body.strip_prefix(DASHES) else {
        return Vec::new();
    };
    let opening = body.len() - rest.len();
    if rest.trim_start().starts_with(DASHES) || rest.split_whitespace().count() < 2 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut start = 0;
    let mut search_from = opening;
    loop {
        let Some((cue, after_cue)) = cue_mark(body, search_from) else {
            push_trimmed(body, base, start, body.len(), &mut out);
            break;
        };
        push_trimmed(body, base, start, cue, &mut out);
        // the narration runs to the next dash; the speech resumes after it
        let Some(close) = body[after_cue..].find(DASHES) else {
            break;
        };
        let after_close = after_cue + close + '—'.len_utf8();
        let resume = body[after_close..]
            .find(|c: char| !c.is_whitespace() && !".,;:".contains(c))
            .map(|k| after_close + k);
        match resume {
            Some(r) => {
                start = r;
                search_from = r;
            }
            None => break,
        }
    }
    out
}

/// The first dash or comma at or after `from` that is followed by a speech verb within two
/// words: where the speech ends (before a dash, after a comma) and the offset after the mark.
fn cue_mark(body: &str, from: usize) -> Option<(usize, usize)> {
    body[from..]
        .match_indices(['—', '―', ','])
        .find_map(|(k, d)| {
            let at = from + k;
            let after = at + d.len();
            // the words up to the next dash or sentence end: `—dijo Juan—`, `, said Harry.`
            let clause = body[after..].split(['—', '―', '.', '!', '?']).next();
            let verb_follows = clause
                .unwrap_or_default()
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .take(2)
                .any(|w| SPEECH_VERBS.contains(w.to_lowercase().as_str()));
            let end = if d == "," { after } else { at };
            verb_follows.then_some((end, after))
        })
}

/// Add `start..end` of `body`, without the spaces at its end, when anything is left.
fn push_trimmed(body: &str, base: usize, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let piece = body[start..end].trim_end();
    if piece.chars().any(char::is_alphanumeric) {
        out.push((base + start, base + start + piece.len()));
    }
}
