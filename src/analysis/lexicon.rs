//! Word lists from `assets/lexicon/`, compiled into the binary.
//!
//! Each list is a text file with one entry a line; `#` starts a comment. Entries are
//! compared in lower case unless a list says otherwise.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

/// FNV-1a: the lists are fixed words compiled in, so a fast hash that needs no random
/// seed is enough, and it keeps start-up (building the sets) short.
#[derive(Clone, Copy, Default)]
pub struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for b in bytes {
            h ^= u64::from(*b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A hash set of static words with the FNV hash.
pub type FastSet = HashSet<&'static str, BuildHasherDefault<Fnv>>;

/// The entries of a list file: trimmed, without blank lines and comments.
pub fn entries(source: &'static str) -> impl Iterator<Item = &'static str> {
    source
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// A lazily built set of a list's entries.
pub struct WordSet {
    source: &'static str,
    set: OnceLock<FastSet>,
}

impl WordSet {
    /// A set over the entries of `source` (usually `include_str!` of a list file).
    pub const fn new(source: &'static str) -> Self {
        Self {
            source,
            set: OnceLock::new(),
        }
    }

    /// True when `word` (compared as given) is in the list.
    pub fn contains(&self, word: &str) -> bool {
        self.set
            .get_or_init(|| {
                let mut set = FastSet::with_capacity_and_hasher(
                    self.source.len() / 6,
                    BuildHasherDefault::default(),
                );
                set.extend(entries(self.source));
                set
            })
            .contains(word)
    }

    /// True when `word` in lower case is in the list.
    pub fn contains_lower(&self, word: &str) -> bool {
        if word.chars().any(char::is_uppercase) {
            self.contains(&word.to_lowercase())
        } else {
            self.contains(word)
        }
    }
}

/// A long list whose entries are sorted (byte order): looked up by binary search over the
/// text itself, so nothing is built at start-up.
pub struct SortedList {
    source: &'static str,
}

impl SortedList {
    /// A list over `source` (usually `include_str!` of a sorted list file).
    pub const fn new(source: &'static str) -> Self {
        Self { source }
    }

    /// True when `word` (compared as given) is an entry.
    pub fn contains(&self, word: &str) -> bool {
        let bytes = self.source.as_bytes();
        // Entries start after the leading comment lines.
        let mut lo = 0;
        while bytes.get(lo) == Some(&b'#') {
            lo = bytes[lo..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |k| lo + k + 1);
        }
        let mut hi = bytes.len();
        let word = word.as_bytes();
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            let start = bytes[lo..mid]
                .iter()
                .rposition(|&b| b == b'\n')
                .map_or(lo, |k| lo + k + 1);
            let end = bytes[start..hi]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(hi, |k| start + k);
            let line = bytes[start..end].trim_ascii();
            match line.cmp(word) {
                std::cmp::Ordering::Equal => return true,
                std::cmp::Ordering::Less => lo = end + 1,
                std::cmp::Ordering::Greater => hi = start,
            }
        }
        false
    }
}

/// Words that, followed by a period, do not end a sentence ("Mr", "Sept", "U.S").
pub static ABBREVIATIONS: WordSet =
    WordSet::new(include_str!("../../assets/lexicon/abbreviations.txt"));

/// Verbs that introduce a quotation ("said", "told", "added").
pub static SPEECH_VERBS: WordSet =
    WordSet::new(include_str!("../../assets/lexicon/speech-verbs.txt"));

/// Nouns that describe a person by role ("senator", "spokeswoman", "star").
pub static ROLE_NOUNS: WordSet = WordSet::new(include_str!("../../assets/lexicon/role-nouns.txt"));

/// Words that make a capitalised name an organisation ("House", "Ministry", "Times").
pub static ORG_WORDS: WordSet = WordSet::new(include_str!("../../assets/lexicon/org-words.txt"));

/// Capitalised words that do not start a name ("The", "During", "Monday").
pub static NON_NAMES: WordSet = WordSet::new(include_str!("../../assets/lexicon/non-names.txt"));

/// Adjectives of party and nation ("Republican", "Russian"): no name before a common noun.
pub static DEMONYMS: WordSet = WordSet::new(include_str!("../../assets/lexicon/demonyms.txt"));

/// Words that make a name a place: "Netherfield Park", "Lake Geneva".
pub static PLACE_WORDS: WordSet =
    WordSet::new(include_str!("../../assets/lexicon/place-words.txt"));

/// Compass and position words that make a name of two words or more a place when they
/// come first: "North America", "West Gate", "Southern States".
pub static PLACE_PREFIXES: WordSet =
    WordSet::new(include_str!("../../assets/lexicon/place-prefixes.txt"));

/// Places, which are not speakers.
pub static PLACES: WordSet = WordSet::new(include_str!("../../assets/lexicon/places.txt"));

/// Women's first names.
pub static FEMALE_NAMES: SortedList =
    SortedList::new(include_str!("../../assets/lexicon/first-names-female.txt"));

/// Men's first names.
pub static MALE_NAMES: SortedList =
    SortedList::new(include_str!("../../assets/lexicon/first-names-male.txt"));

/// Titles before a name, with the gender they imply (`None`: any).
pub fn title(word: &str) -> Option<Option<super::model::Gender>> {
    use super::model::Gender;
    static TITLES: OnceLock<HashMap<&'static str, Option<Gender>>> = OnceLock::new();
    let map = TITLES.get_or_init(|| {
        entries(include_str!("../../assets/lexicon/titles.txt"))
            .filter_map(|line| {
                let (word, gender) = line.split_once('\t')?;
                let gender = match gender.trim() {
                    "m" => Some(Gender::Male),
                    "f" => Some(Gender::Female),
                    _ => None,
                };
                Some((word.trim(), gender))
            })
            .collect()
    });
    map.get(word.to_lowercase().as_str()).copied()
}

/// Gender of a first name, from the census lists.
pub fn first_name_gender(word: &str) -> super::model::Gender {
    use super::model::Gender;
    let lower = word.to_lowercase();
    if FEMALE_NAMES.contains(&lower) {
        Gender::Female
    } else if MALE_NAMES.contains(&lower) {
        Gender::Male
    } else {
        Gender::Unknown
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn abbreviations_are_found_in_any_case_and_comments_are_skipped() {
        assert!(ABBREVIATIONS.contains_lower("Mr"));
        assert!(ABBREVIATIONS.contains_lower("SEPT"));
        assert!(ABBREVIATIONS.contains("u.s"));
        assert!(!ABBREVIATIONS.contains_lower("said"));
        assert!(!ABBREVIATIONS.contains("# Words"));
    }

    #[test]
    fn sorted_lists_are_sorted_and_found_by_binary_search() {
        for source in [FEMALE_NAMES.source, MALE_NAMES.source] {
            let entries: Vec<&str> = entries(source).collect();
            assert!(
                entries.windows(2).all(|w| w[0] < w[1]),
                "a list is out of order"
            );
            let list = SortedList::new(source);
            for e in &entries {
                assert!(list.contains(e), "{e} not found");
            }
            assert!(!list.contains("zzzzq") && !list.contains("") && !list.contains("aaaaa"));
        }
    }

    #[test]
    fn titles_and_first_names_carry_gender() {
        use crate::analysis::model::Gender;
        assert_eq!(title("Mrs."), Some(Some(Gender::Female)));
        assert_eq!(title("President"), Some(None));
        assert_eq!(title("Johnson"), None);
        assert_eq!(first_name_gender("Alice"), Gender::Female);
        assert_eq!(first_name_gender("John"), Gender::Male);
        assert_eq!(first_name_gender("Xqzt"), Gender::Unknown);
    }
}
