//! What whosaid keeps for its user between runs: the place in each document (the top of
//! the screen, the current quotation and the speaker filter), one small JSON file per
//! document in the XDG state directory (`$XDG_STATE_HOME/whosaid/`, else
//! `~/.local/state/whosaid/`), named by a hash of the document's text.
//!
//! Files are written atomically (a temporary file, fsync, rename), so a crash never leaves
//! half a file; a file that cannot be read back is reported once and set aside (renamed
//! `….damaged`), never overwritten and never a crash.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

pub mod corrections;

/// The place in one document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Place {
    /// Byte offset of the text at the top of the screen.
    pub top: usize,
    /// Byte offset where the current quotation starts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub quote: Option<usize>,
    /// The name of the speaker the quotations were filtered by.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub filter: Option<String>,
}

/// Why the saved place could not be used.
#[derive(Debug, thiserror::Error)]
pub enum StateError {
    /// The file exists but is not a place: it has been renamed aside.
    #[error("{path} damaged, set aside as {aside} ({reason})")]
    Damaged {
        /// The file.
        path: PathBuf,
        /// What was wrong.
        reason: String,
        /// Where it is now.
        aside: PathBuf,
    },
    /// Reading or writing failed.
    #[error("{path}: {reason}")]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the system said.
        reason: String,
    },
}

/// The folder of saved places.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Store {
    dir: PathBuf,
}

impl Store {
    /// The user's store: `$XDG_STATE_HOME/whosaid`, else `$HOME/.local/state/whosaid`;
    /// `None` when neither variable is set.
    pub fn from_env() -> Option<Self> {
        let base = std::env::var_os("XDG_STATE_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| {
                std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local").join("state"))
            })?;
        Some(Self::at(base.join("whosaid")))
    }

    /// A store in `dir`.
    pub fn at(dir: PathBuf) -> Self {
        Self { dir }
    }

    fn file(&self, text: &str) -> PathBuf {
        self.dir
            .join(format!("{:016x}.json", content_hash(text.as_bytes())))
    }

    /// The place saved for a document with this text, if any.
    pub fn load(&self, text: &str) -> Result<Option<Place>, StateError> {
        load_json(&self.file(text))
    }

    /// Save the place for a document with this text, atomically.
    pub fn save(&self, text: &str, place: &Place) -> Result<(), StateError> {
        std::fs::create_dir_all(&self.dir).map_err(|e| io(&self.dir, &e))?;
        let path = self.file(text);
        let json = serde_json::to_vec(place).map_err(|e| StateError::Io {
            path: path.clone(),
            reason: e.to_string(),
        })?;
        write_atomically(&path, &json)
    }
}

/// Read the JSON file at `path`: `None` when there is none; a file that is not a `T` is
/// set aside ([`set_aside`]) and reported as [`StateError::Damaged`], once.
pub fn load_json<T: serde::de::DeserializeOwned>(path: &Path) -> Result<Option<T>, StateError> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io(path, &e)),
    };
    match serde_json::from_slice::<T>(&bytes) {
        Ok(value) => Ok(Some(value)),
        Err(e) => {
            let aside = set_aside(path)?;
            Err(StateError::Damaged {
                path: path.to_path_buf(),
                reason: e.to_string(),
                aside,
            })
        }
    }
}

/// Rename a damaged file to `….damaged` (`….damaged.1`, `.2`... when that is taken: a file
/// set aside before is never overwritten); where it went.
pub fn set_aside(path: &Path) -> Result<PathBuf, StateError> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let mut aside = path.with_file_name(format!("{name}.damaged"));
    let mut n = 0;
    while aside.exists() {
        n += 1;
        aside = path.with_file_name(format!("{name}.damaged.{n}"));
    }
    std::fs::rename(path, &aside).map_err(|e| io(path, &e))?;
    Ok(aside)
}

/// Write `bytes` to `path` through a temporary file in the same folder: written, flushed to
/// disk, renamed over `path`, then the folder flushed (so the rename itself survives a power
/// cut): `path` is always either the old or the new file.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), StateError> {
    let tmp = path.with_extension(format!("tmp{}", std::process::id()));
    let result = (|| {
        let mut file = std::fs::File::create(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    result.map_err(|e| {
        let _ = std::fs::remove_file(&tmp);
        io(path, &e)
    })?;
    // The folder's entry: a folder opened read-only can be fsynced on Linux and the BSDs.
    if let Some(dir) = path.parent() {
        std::fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .map_err(|e| io(dir, &e))?;
    }
    Ok(())
}

fn io(path: &Path, e: &std::io::Error) -> StateError {
    StateError::Io {
        path: path.to_path_buf(),
        reason: e.to_string(),
    }
}

/// XXH3, 64 bits: a stable name for a text (the standard library's hasher may change
/// between Rust versions, which would lose every saved place), fast enough for a large
/// text before the first frame (GB/s).
pub(crate) fn content_hash(bytes: &[u8]) -> u64 {
    xxhash_rust::xxh3::xxh3_64(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store(name: &str) -> Store {
        let dir = std::env::temp_dir().join(format!("whosaid-state-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        Store::at(dir)
    }

    #[test]
    fn a_place_survives_a_round_trip_per_document() {
        let store = store("round");
        let place = Place {
            top: 120,
            quote: Some(140),
            filter: Some("Kim Kardashian".into()),
        };
        assert!(matches!(store.load("text one"), Ok(None)));
        store.save("text one", &place).expect("saved");
        assert_eq!(store.load("text one").ok().flatten(), Some(place));
        assert!(
            matches!(store.load("text two"), Ok(None)),
            "another document"
        );
    }

    #[test]
    fn a_damaged_file_is_reported_once_and_set_aside() {
        let store = store("damaged");
        store.save("doc", &Place::default()).expect("saved");
        let path = store.file("doc");
        std::fs::write(&path, b"{\"top\": oops").expect("damaged by hand");
        let err = store
            .load("doc")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            err.contains("damaged") && err.contains("set aside"),
            "{err}"
        );
        assert!(
            path.with_extension("json.damaged").exists(),
            "kept, not deleted"
        );
        assert!(matches!(store.load("doc"), Ok(None)), "reported once");
        // Damaged again: the first file set aside is kept, the second goes beside it.
        std::fs::write(&path, b"nope").expect("damaged again");
        assert!(store.load("doc").is_err());
        let first = std::fs::read(path.with_extension("json.damaged")).unwrap_or_default();
        assert_eq!(first, b"{\"top\": oops");
        assert!(path.with_extension("json.damaged.1").exists());
    }

    #[test]
    fn the_name_of_a_text_is_stable() {
        // The published XXH3-64 value of the empty input: names must not change with builds.
        assert_eq!(content_hash(b""), 0x2d06_8005_38d3_94c2);
        assert_ne!(content_hash(b"a"), content_hash(b"b"));
    }
}
