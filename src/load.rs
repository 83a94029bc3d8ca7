//! Input: a file, standard input or the embedded sample, turned into clean text.
//!
//! Errors say in one line what is wrong with the input; the binary prints them and exits
//! with status 2.

use std::io::Read;
use std::path::{Path, PathBuf};

/// The sample article, embedded in the binary: the default document.
pub const SAMPLE: &str = include_str!("../seeds/kardashian-alice-johnson-clemency.txt");

/// The file name shown for the sample.
pub const SAMPLE_NAME: &str = "kardashian-alice-johnson-clemency.txt";

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// No such file.
    #[error("{0}: no such file")]
    Missing(PathBuf),
    /// The path is a directory.
    #[error("{0}: is a directory, not an article")]
    Directory(PathBuf),
    /// The file exists but could not be read.
    #[error("{path}: cannot read: {reason}")]
    Unreadable {
        /// The file.
        path: PathBuf,
        /// What the system said.
        reason: String,
    },
    /// The bytes are not UTF-8 text.
    #[error("{name}: not UTF-8 text (invalid byte at offset {offset})")]
    NotUtf8 {
        /// The file, or "standard input".
        name: String,
        /// Where the first invalid byte is.
        offset: usize,
    },
    /// Standard input could not be read.
    #[error("standard input: cannot read: {0}")]
    Stdin(String),
}

/// An article ready to analyse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    /// What to call it (a file name).
    pub name: String,
    /// The text.
    pub text: String,
}

/// Read the article at `path`; `-` reads standard input.
pub fn from_path(path: &Path) -> Result<Article, LoadError> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| LoadError::Stdin(e.to_string()))?;
        return from_bytes("standard input", bytes);
    }
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => LoadError::Missing(path.to_path_buf()),
        _ => LoadError::Unreadable {
            path: path.to_path_buf(),
            reason: e.to_string(),
        },
    })?;
    if meta.is_dir() {
        return Err(LoadError::Directory(path.to_path_buf()));
    }
    let bytes = std::fs::read(path).map_err(|e| LoadError::Unreadable {
        path: path.to_path_buf(),
        reason: e.to_string(),
    })?;
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    from_bytes(&name, bytes)
}

/// The embedded sample article.
pub fn sample() -> Article {
    Article {
        name: SAMPLE_NAME.to_string(),
        text: SAMPLE.to_string(),
    }
}

/// Decode bytes as UTF-8 and clean them up (HTML to text, line endings).
pub fn from_bytes(name: &str, bytes: Vec<u8>) -> Result<Article, LoadError> {
    let text = String::from_utf8(bytes).map_err(|e| LoadError::NotUtf8 {
        name: name.to_string(),
        offset: e.utf8_error().valid_up_to(),
    })?;
    let text = text
        .strip_prefix('\u{feff}')
        .map(str::to_string)
        .unwrap_or(text);
    let text = if looks_like_html(&text) {
        html_to_text(&text)
    } else {
        text.replace("\r\n", "\n")
    };
    Ok(Article {
        name: name.to_string(),
        text,
    })
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text.chars().take(2000).collect::<String>().to_lowercase();
    head.trim_start().starts_with('<')
        && (head.contains("<html") || head.contains("<p>") || head.contains("<body"))
}

/// A plain-text rendering of an HTML page: block elements become paragraphs, scripts and
/// styles are dropped, entities are decoded.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut rest = html;
    let mut skip_until: Option<&str> = None;
    while let Some(lt) = rest.find('<') {
        if skip_until.is_none() {
            out.push_str(&decode_entities(&rest[..lt]));
        }
        let after = &rest[lt..];
        let Some(gt) = after.find('>') else {
            rest = "";
            break;
        };
        let tag = after[1..gt].trim().to_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        if let Some(end) = skip_until {
            if tag.starts_with('/') && name == end {
                skip_until = None;
            }
        } else if matches!(name.as_str(), "script" | "style" | "head") && !tag.starts_with('/') {
            skip_until = Some(match name.as_str() {
                "script" => "script",
                "style" => "style",
                _ => "head",
            });
        } else if matches!(
            name.as_str(),
            "p" | "div"
                | "br"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "li"
                | "blockquote"
                | "title"
                | "article"
                | "section"
                | "tr"
        ) {
            out.push_str("\n\n");
        }
        rest = &after[gt + 1..];
    }
    if skip_until.is_none() {
        out.push_str(&decode_entities(rest));
    }
    let paragraphs: Vec<String> = out
        .split("\n\n")
        .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|p| !p.is_empty())
        .collect();
    paragraphs.join("\n\n")
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp..];
        let end = after.find(';').filter(|&e| e <= 10);
        let decoded = end.and_then(|e| entity(&after[1..e]));
        match (end, decoded) {
            (Some(e), Some(c)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            _ => {
                out.push('&');
                rest = &after[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse().ok()?,
        };
        return char::from_u32(code);
    }
    Some(match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ldquo" => '“',
        "rdquo" => '”',
        "lsquo" => '‘',
        "rsquo" => '’',
        "mdash" => '—',
        "ndash" => '–',
        "hellip" => '…',
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_utf8_is_an_error_with_its_offset() {
        let err = from_bytes("x.txt", vec![b'a', b'b', 0xff, b'c']).err();
        assert_eq!(
            err.map(|e| e.to_string()),
            Some("x.txt: not UTF-8 text (invalid byte at offset 2)".to_string())
        );
    }

    #[test]
    fn missing_file_and_directory_are_errors() {
        let missing = from_path(Path::new("/no/such/whosaid-file.txt")).err();
        assert!(matches!(missing, Some(LoadError::Missing(_))));
        let dir = from_path(Path::new(env!("CARGO_MANIFEST_DIR"))).err();
        assert!(matches!(dir, Some(LoadError::Directory(_))));
    }

    #[test]
    fn html_becomes_paragraphs_without_scripts() {
        let html = "<html><head><title>T</title><script>var x=1;</script></head><body>\
                    <h1>Headline</h1><p>&ldquo;Hi,&rdquo; she&nbsp;said.</p>\
                    <p>Second &amp; last.</p></body></html>";
        let article = from_bytes("a.html", html.as_bytes().to_vec());
        assert_eq!(
            article.map(|a| a.text).ok().as_deref(),
            Some("Headline\n\n“Hi,” she said.\n\nSecond & last.")
        );
    }

    #[test]
    fn crlf_and_bom_are_normalised() {
        let article = from_bytes("a.txt", "\u{feff}A\r\n\r\nB".as_bytes().to_vec());
        assert_eq!(article.map(|a| a.text).ok().as_deref(), Some("A\n\nB"));
    }
}
