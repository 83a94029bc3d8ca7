//! The user's configuration files (`keymap.toml`, `theme.toml`): where they are, how they
//! are read, and how their errors are told, the same way for each. No file is no change;
//! a file that cannot be read (a directory, not UTF-8, no permission) or parsed is a
//! one-line error that names it.

use std::path::{Path, PathBuf};

/// `$XDG_CONFIG_HOME/whosaid/NAME`, else `~/.config/whosaid/NAME`; `None` when neither
/// variable is set.
pub fn config_file(name: &str) -> Option<PathBuf> {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .filter(|v| !v.is_empty())
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
    Some(base.join("whosaid").join(name))
}

/// The text of the file at `path`: `Ok(None)` when there is no file there, an error that
/// names it when it cannot be read.
pub fn read(path: &Path) -> Result<Option<String>, String> {
    match std::fs::read(path) {
        Ok(bytes) => String::from_utf8(bytes).map(Some).map_err(|e| {
            let at = e.utf8_error().valid_up_to();
            format!("{}: not UTF-8 (byte {} is not)", path.display(), at + 1)
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(format!("{}: cannot read: {e}", path.display())),
    }
}

/// A TOML error of `source` in one line, with its line number when it has one.
pub fn toml_error(source: &str, error: &toml::de::Error) -> String {
    let line = error
        .span()
        .and_then(|s| source.get(..s.start))
        .map_or(0, |before| before.matches('\n').count() + 1);
    let message = error.message().replace('\n', " ");
    if line > 0 {
        format!("line {line}: {message}")
    } else {
        message
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_file_is_none_and_a_directory_or_bad_bytes_are_errors_naming_the_path() {
        let dir = std::env::temp_dir().join(format!("whosaid-config-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{e}"));
        let file = dir.join("x.toml");
        assert_eq!(read(&file), Ok(None));
        std::fs::write(&file, b"a = \"\xe9\"").unwrap_or_else(|e| panic!("{e}"));
        let err = read(&file).err().unwrap_or_default();
        assert_eq!(
            err,
            format!("{}: not UTF-8 (byte 6 is not)", file.display())
        );
        let err = read(&dir).err().unwrap_or_default();
        assert!(
            err.starts_with(&format!("{}: cannot read: ", dir.display())),
            "{err}"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn toml_errors_are_one_line_with_the_line_number() {
        let source = "a = 1\nb = = 2\n";
        let err = source
            .parse::<toml::Table>()
            .err()
            .map(|e| toml_error(source, &e));
        let err = err.unwrap_or_default();
        assert!(err.starts_with("line 2: ") && !err.contains('\n'), "{err}");
    }
}
