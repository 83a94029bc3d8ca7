//! People and organisations: capitalised names (with titles, initials and connectors)
//! clustered into entities, so that "Johnson" and "Ms. Johnson" join "Alice Marie Johnson",
//! while two people who share a surname stay apart.

use super::document::Document;
use super::lexicon::{self, NON_NAMES, ORG_WORDS, PLACES};
use super::model::{EntityKind, Gender, Person};
use super::quotes::{self, Detected};
use super::span::TextSpan;
use super::tokens::{tokenize, Token, TokenKind};
use cluster::{drop_places, link};
use shape::{abstract_noun, all_caps, name_word, pronoun_contraction};

mod cluster;
mod shape;

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
    /// The entities whose first or last name word is this word (with some that no longer
    /// have it, checked again): a mention is compared with these, not with every entity,
    /// so the stage stays linear in the number of names.
    by_word: std::collections::HashMap<String, Vec<usize>>,
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

impl Candidate {
    /// Words `first..end` that are no name, and hold none either.
    fn skipped(first: usize, end: usize) -> Self {
        Self {
            first,
            end,
            title: None,
            words: Vec::new(),
            kind: EntityKind::Person,
        }
    }
}

/// People and organisations mentioned in `doc`.
pub fn find(doc: &Document, detected: &Detected) -> Entities {
    find_in(doc, detected, tokenize(doc))
}

/// [`find`] over the document's tokens, already made.
pub fn find_in(doc: &Document, detected: &Detected, tokens: Vec<Token>) -> Entities {
    let text = doc.text.as_str();
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

/// Lower-case words that appear capitalised somewhere other than at a sentence start.
fn capitalised_mid_sentence(text: &str, tokens: &[Token]) -> std::collections::HashSet<String> {
    tokens
        .iter()
        .enumerate()
        .filter(|(i, t)| {
            t.is_capitalized(text)
                && !t.sentence_start
                && i.checked_sub(1)
                    .is_none_or(|p| !opening_mark(&text[tokens[p].span]))
        })
        .map(|(_, t)| text[t.span].to_lowercase())
        .collect()
}

/// True when a token is a single mark that can open a quotation.
fn opening_mark(token: &str) -> bool {
    let mut chars = token.chars();
    chars.next().is_some_and(quotes::is_opening_char) && chars.next().is_none()
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
            .is_some_and(|t| t.sentence() == tokens[k].sentence())
    };
    if !is_cap(k) || pronoun_contraction(word(k)) {
        return None;
    }
    // "Poor Winterbourne", "Till Elizabeth": a sentence-initial word the text also writes in
    // lower case is not part of a name (unless it is a title or a first name).
    // "Secretary of State Hillary Clinton": the office's department is part of the title.
    let office = |i: usize| {
        i >= 2
            && word(i - 1) == "of"
            && matches!(
                word(i - 2),
                "Secretary" | "Department" | "Minister" | "Ministry" | "Director" | "Governor"
            )
    };
    if office(k) {
        return Some(Candidate::skipped(k, k + 1));
    }
    // The first word of a quotation starts a sentence too: "Nonsense, nonsense!"
    let after_quote_mark = k
        .checked_sub(1)
        .is_some_and(|p| opening_mark(&text[tokens[p].span]));
    if tokens[k].sentence_start || after_quote_mark {
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
    let mut words: Vec<String> = Vec::new();
    let mut end = i;
    while is_word(end) && same_sentence(end) {
        let w = word(end);
        // "LADY HOWARD\nBerry Hill": a name does not run from a line in capitals into the
        // next line.
        let line_break =
            end > i && text[tokens[end - 1].span.end()..tokens[end].span.start()].contains('\n');
        if line_break && is_cap(end) && all_caps(w) != all_caps(word(end - 1))
            || pronoun_contraction(w)
        {
            break;
        }
        // "Julie A. Diaz": an initial, even one that spells a common word.
        let initial = !words.is_empty() && w.chars().count() == 1 && dot_after(end);
        if is_cap(end)
            && (initial || !NON_NAMES.contains_lower(w) || words.is_empty() && title.is_some())
        {
            words.push(name_word(w));
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
    // "Former Secretary of State", "the Minister of Finance": an office, not a name.
    let office_title = words.last().is_some_and(|w| lexicon::title(w).is_some());
    if office_title && tokens.get(end).is_some_and(|t| &text[t.span] == "of") {
        return Some(Candidate::skipped(k, end));
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
        return Some(Candidate::skipped(k, end));
    }
    let joined = words.join(" ");
    if PLACES.contains(&joined) {
        return None;
    }
    // "ORANGE MARMALADE", "DOMESTIC CONCERNS": words in capitals are a heading or a label,
    // unless they open with a first name ("CAROLINE BINGLEY" signing a letter).
    if title.is_none()
        && words.len() >= 2
        && lexicon::first_name_gender(&words[0]) == Gender::Unknown
        && (i..end).all(|j| !is_cap(j) || all_caps(word(j)))
    {
        return Some(Candidate::skipped(k, end));
    }
    // "Destiny", "Imperialism": an abstract noun capitalised for emphasis.
    if title.is_none() && words.len() == 1 && abstract_noun(&words[0]) {
        return None;
    }
    // "North America", "Southern States": a compass word opens a place.
    if title.is_none()
        && words.len() >= 2
        && lexicon::PLACE_PREFIXES.contains(&words[0])
        && !words
            .iter()
            .any(|w| ORG_WORDS.contains(w) || lexicon::title(w).is_some())
    {
        return Some(Candidate::skipped(k, end));
    }
    // "Netherfield Park", "Lake Geneva", "Chateau de Chillon": a place.
    let place_word = |w: Option<&String>| w.is_some_and(|w| lexicon::PLACE_WORDS.contains(w));
    if words.len() >= 2
        && title.is_none()
        && !words.iter().any(|w| lexicon::title(w).is_some())
        && (place_word(words.last()) || place_word(words.first()))
    {
        // Skip all of it: "Parsonage" alone is no name either.
        return Some(Candidate::skipped(k, end));
    }
    // "O Mouse": the interjection is no part of the name.
    if title.is_none() && word(k) == "O" && words.len() >= 2 {
        return None;
    }
    // "Republican claims", "Democratic leaders": an adjective of party or nation before a
    // common noun, not a name.
    let adjective = lexicon::DEMONYMS.contains(&joined);
    let before_noun = tokens
        .get(end)
        .is_some_and(|t| t.kind == TokenKind::Word && !t.is_capitalized(text));
    if words.len() == 1 && title.is_none() && adjective && before_noun {
        return None;
    }
    // "a young American", "Germans": a nationality names no one.
    let nationality = words.len() == 1
        && title.is_none()
        && (adjective
            || joined
                .strip_suffix('s')
                .is_some_and(|w| lexicon::DEMONYMS.contains(w)))
        && !matches!(
            joined.as_str(),
            "republican" | "democrat" | "republicans" | "democrats"
        );
    if nationality {
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
        && (tokens[k].sentence_start || after_quote_mark)
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

#[cfg(test)]
mod tests;
