//! What a capitalised word's shape says before any list is consulted: a contraction of
//! "I" ("I'm", "I’ve"), a heading in capitals ("ORANGE MARMALADE"), an abstract noun
//! capitalised for emphasis ("Imperialism").

use super::lexicon;
use super::Gender;

/// A name word spelt one way whatever the apostrophe: "O’Neill" is "O'Neill".
pub(super) fn name_word(w: &str) -> String {
    w.to_lowercase().replace('’', "'")
}

/// "I'm", "I’ve", "I'll", "I'd", "I's": the pronoun with a verb, never a name.
pub(super) fn pronoun_contraction(w: &str) -> bool {
    let w = w.replace('’', "'");
    w.split_once('\'').is_some_and(|(head, tail)| {
        head == "I" && matches!(tail, "m" | "ve" | "ll" | "d" | "s" | "re")
    })
}

/// A word written all in capitals, two letters or more: "MARMALADE", "HOWARD".
pub(super) fn all_caps(w: &str) -> bool {
    w.chars().filter(|c| c.is_alphabetic()).count() >= 2 && w.chars().all(|c| !c.is_lowercase())
}

/// "Imperialism", "Latitude": an abstract noun capitalised for
/// emphasis, by its ending, unless it is a known first name ("Clement").
pub(super) fn abstract_noun(word: &str) -> bool {
    const ENDINGS: [&str; 8] = ["ism", "ness", "tion", "sion", "ment", "tude", "dom", "hood"];
    ENDINGS
        .iter()
        .any(|e| word.len() > e.len() + 2 && word.ends_with(e))
        && lexicon::first_name_gender(word) == Gender::Unknown
}
