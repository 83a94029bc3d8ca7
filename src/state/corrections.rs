//! The user's corrections of speakers: one small JSON file per document in the XDG data
//! directory (`$XDG_DATA_HOME/whosaid/`, else `~/.local/share/whosaid/`), named by a hash
//! of the document's text, as saved places are ([`super`]): written atomically, a damaged
//! file reported once and set aside.
//!
//! A correction names the quotation by its byte span in the text and the speaker by name
//! (people's indexes change from one version of the analysis to the next). [`apply`] puts
//! them on a [`Story`]: `--json` and the reader both show them.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{load_json, write_atomically, StateError};
use crate::analysis::model::{EntityKind, Gender, Method, Person};
use crate::story::Story;

/// "The quotation at these bytes was said by this person."
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// Byte offset where the quotation starts (its opening mark).
    pub start: usize,
    /// Byte offset where it ends (after its closing mark).
    pub end: usize,
    /// The speaker's name.
    pub speaker: String,
    /// For a correction of a person rather than a quotation: the name of the person who is
    /// `speaker` (renamed, or merged into the person of that name). `start` and `end` are
    /// then unused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<String>,
}

/// The corrections of one document, in the order they were made (a later one about the
/// same quotation wins; undo takes the last away).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corrections {
    /// Every correction, oldest first.
    pub corrections: Vec<Correction>,
}

impl Corrections {
    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.corrections.is_empty()
    }

    /// Add a correction.
    pub fn push(&mut self, correction: Correction) {
        self.corrections.push(correction);
    }

    /// Take the last correction away.
    pub fn undo(&mut self) -> Option<Correction> {
        self.corrections.pop()
    }
}

/// The folder of corrections.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CorrectionStore {
    dir: PathBuf,
}

impl CorrectionStore {
    /// The user's store: `$XDG_DATA_HOME/whosaid`, else `$HOME/.local/share/whosaid`;
    /// `None` when neither variable is set.
    pub fn from_env() -> Option<Self> {
        let base = std::env::var_os("XDG_DATA_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| {
                std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local").join("share"))
            })?;
        Some(Self::at(base.join("whosaid")))
    }

    /// A store in `dir`.
    pub fn at(dir: PathBuf) -> Self {
        Self { dir }
    }

    /// The file of the document with this text.
    pub fn file(&self, text: &str) -> PathBuf {
        self.dir.join(format!(
            "{:016x}.corrections.json",
            super::content_hash(text.as_bytes())
        ))
    }

    /// The corrections stored for a document with this text (none when there is no file).
    pub fn load(&self, text: &str) -> Result<Corrections, StateError> {
        Ok(load_json(&self.file(text))?.unwrap_or_default())
    }

    /// Store the corrections of a document with this text, atomically.
    pub fn save(&self, text: &str, corrections: &Corrections) -> Result<(), StateError> {
        std::fs::create_dir_all(&self.dir).map_err(|e| super::io(&self.dir, &e))?;
        let path = self.file(text);
        let json = serde_json::to_vec_pretty(corrections).map_err(|e| StateError::Io {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        write_atomically(&path, &json)
    }
}

/// Put `corrections` on `story`, in order: the quotation with the correction's span gets the
/// named speaker (a person of that name, or a new person added with no mentions), method
/// [`Method::User`] and confidence 1. How many found their quotation (a correction made on
/// another version of the text may not).
pub fn apply(story: &mut Story, corrections: &Corrections) -> usize {
    let mut applied = 0;
    for c in &corrections.corrections {
        if let Some(from) = &c.person {
            applied += usize::from(rename_or_merge(story, from, &c.speaker));
            continue;
        }
        let Some(q) = story
            .quotes
            .iter()
            .position(|q| q.span.start() == c.start && q.span.end() == c.end)
        else {
            continue;
        };
        let person = match story.people.iter().position(|p| p.name == c.speaker) {
            Some(p) => p,
            None => {
                story.people.push(Person {
                    name: c.speaker.clone(),
                    kind: EntityKind::Person,
                    aliases: Vec::new(),
                    mentions: Vec::new(),
                    gender: Gender::Unknown,
                });
                story.people.len() - 1
            }
        };
        let quote = &mut story.quotes[q];
        quote.speaker = Some(person);
        quote.method = Method::User;
        quote.confidence = 1.0;
        // The words the old attribution rested on are not the new speaker's.
        quote.speaker_mention = None;
        applied += 1;
    }
    applied
}

/// The person named `from` is `to`: renamed when nobody is called `to`, else merged into
/// that person (their quotations, mentions and names go over; the person named `from` is
/// left with none, so indexes elsewhere in the story stay valid). False when nobody is
/// called `from`.
fn rename_or_merge(story: &mut Story, from: &str, to: &str) -> bool {
    let Some(a) = story.people.iter().position(|p| p.name == from) else {
        return false;
    };
    match story.people.iter().position(|p| p.name == to) {
        Some(b) if b != a => {
            let moved = std::mem::take(&mut story.people[a].mentions);
            let aliases = std::mem::take(&mut story.people[a].aliases);
            let target = &mut story.people[b];
            target.mentions.extend(moved);
            target.mentions.sort_by_key(|m| m.start());
            for alias in aliases.into_iter().chain(std::iter::once(from.to_string())) {
                if alias != target.name && !target.aliases.contains(&alias) {
                    target.aliases.push(alias);
                }
            }
            for q in story.quotes.iter_mut().filter(|q| q.speaker == Some(a)) {
                q.speaker = Some(b);
                q.method = Method::User;
                q.confidence = 1.0;
            }
            true
        }
        Some(_) => true,
        None => {
            let person = &mut story.people[a];
            let old = std::mem::replace(&mut person.name, to.to_string());
            if !person.aliases.contains(&old) {
                person.aliases.push(old);
            }
            true
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store(name: &str) -> CorrectionStore {
        let dir =
            std::env::temp_dir().join(format!("whosaid-corrections-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        CorrectionStore::at(dir)
    }

    fn fix(start: usize, end: usize, speaker: &str) -> Correction {
        Correction {
            start,
            end,
            speaker: speaker.into(),
            person: None,
        }
    }

    fn rename(from: &str, to: &str) -> Correction {
        Correction {
            start: 0,
            end: 0,
            speaker: to.into(),
            person: Some(from.into()),
        }
    }

    #[test]
    fn a_person_is_renamed_or_merged_into_another() {
        let text = "\"We won,\" Jane Doe said. \"It was hard,\" John Roe said. \"Yes,\" Doe added.";
        let mut renamed = crate::analyze(text);
        let mut c = Corrections::default();
        c.push(rename("Jane Doe", "Janet Doe"));
        assert_eq!(apply(&mut renamed, &c), 1);
        let janet = renamed.people.iter().position(|p| p.name == "Janet Doe");
        let janet = janet.expect("renamed");
        assert!(renamed.people[janet]
            .aliases
            .contains(&"Jane Doe".to_string()));
        assert_eq!(renamed.quote_counts()[janet], 2);

        let mut merged = crate::analyze(text);
        let roe = merged
            .people
            .iter()
            .position(|p| p.name == "John Roe")
            .expect("Roe");
        let mut c = Corrections::default();
        c.push(rename("John Roe", "Jane Doe"));
        apply(&mut merged, &c);
        let doe = merged
            .people
            .iter()
            .position(|p| p.name == "Jane Doe")
            .expect("Doe");
        assert_eq!(merged.quote_counts()[doe], 3, "Roe's quotation goes to Doe");
        assert_eq!(merged.quote_counts()[roe], 0);
        assert!(merged.people[roe].mentions.is_empty());
        assert!(merged.people[doe].aliases.contains(&"John Roe".to_string()));
        assert!(merged.quotes.iter().any(|q| q.method == Method::User));
    }

    const TEXT: &str = "\"We won,\" Jane Doe said. \"It was hard,\" John Roe said.";

    #[test]
    fn corrections_survive_a_round_trip_per_document() {
        let store = store("round");
        assert_eq!(store.load("one").ok(), Some(Corrections::default()));
        let mut all = Corrections::default();
        all.push(fix(0, 9, "Jane Doe"));
        all.push(fix(25, 40, "Ann Lee"));
        store.save("one", &all).expect("saved");
        assert_eq!(store.load("one").ok(), Some(all.clone()));
        assert_eq!(store.load("two").ok(), Some(Corrections::default()));
        // Saved again over the first file: the new one is read, no temporary file is left.
        all.undo();
        store.save("one", &all).expect("saved again");
        assert_eq!(store.load("one").ok(), Some(all));
        let files: Vec<_> = std::fs::read_dir(&store.dir)
            .map(|d| d.flatten().map(|e| e.file_name()).collect())
            .unwrap_or_default();
        assert_eq!(files.len(), 1, "{files:?}");
    }

    #[test]
    fn a_damaged_file_is_reported_once_set_aside_and_never_overwritten() {
        let store = store("damaged");
        store.save("doc", &Corrections::default()).expect("saved");
        let path = store.file("doc");
        std::fs::write(&path, b"{\"corrections\": [tor").expect("damaged by hand");
        let err = store.load("doc").err().map(|e| e.to_string());
        assert!(
            err.as_deref().is_some_and(|e| e.contains("set aside")),
            "{err:?}"
        );
        assert_eq!(store.load("doc").ok(), Some(Corrections::default()), "once");
        let aside = path.with_file_name(format!(
            "{}.damaged",
            path.file_name()
                .map(|n| n.to_string_lossy())
                .unwrap_or_default()
        ));
        assert_eq!(
            std::fs::read(&aside).ok().as_deref(),
            Some(&b"{\"corrections\": [tor"[..])
        );
        // The reader goes on and saves: the file set aside is still there as it was.
        store.save("doc", &Corrections::default()).expect("saved");
        assert!(aside.exists());
    }

    #[test]
    fn a_correction_sets_the_speaker_with_method_user_and_full_confidence() {
        let mut story = crate::analyze(TEXT);
        assert_eq!(story.quotes.len(), 2);
        let second = story.quotes[1].span;
        let jane = story.people.iter().position(|p| p.name == "Jane Doe");
        assert!(jane.is_some());
        let mut all = Corrections::default();
        all.push(fix(second.start(), second.end(), "Jane Doe"));
        assert_eq!(apply(&mut story, &all), 1);
        let q = &story.quotes[1];
        assert_eq!(q.speaker, jane);
        assert_eq!(q.method, Method::User);
        assert_eq!(q.confidence, 1.0);
        assert_eq!(
            story.quotes[0].method,
            Method::ExplicitCue,
            "others untouched"
        );
    }

    #[test]
    fn a_new_name_is_a_new_person_and_the_last_correction_wins() {
        let mut story = crate::analyze(TEXT);
        let people = story.people.len();
        let first = story.quotes[0].span;
        let mut all = Corrections::default();
        all.push(fix(first.start(), first.end(), "John Roe"));
        all.push(fix(first.start(), first.end(), "Ann Lee"));
        // A quotation that is not there (another version of the text): left out.
        all.push(fix(1, 3, "Nobody"));
        assert_eq!(apply(&mut story, &all), 2);
        assert_eq!(
            story.people.len(),
            people + 1,
            "one new person, not 'Nobody'"
        );
        let ann = &story.people[people];
        assert_eq!(ann.name, "Ann Lee");
        assert_eq!(ann.kind, EntityKind::Person);
        assert!(ann.mentions.is_empty());
        assert_eq!(story.quotes[0].speaker, Some(people));
        let json = serde_json::to_value(story.to_json(&crate::source::Meta::default()))
            .unwrap_or_default();
        assert_eq!(json["quotes"][0]["method"], "user");
        assert_eq!(json["quotes"][0]["confidence"], 1.0);
        assert_eq!(json["quotes"][0]["speaker_name"], "Ann Lee");
    }
}
