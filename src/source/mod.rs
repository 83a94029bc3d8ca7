//! Input: a file, standard input or the embedded sample, turned into one [`Article`]: the
//! text the analysis reads (for a web page, the extracted article; for Markdown, the words
//! without their markup), what the page says about itself (title, byline, publication
//! date), the encoding it came in, and the marks (headings, emphasis, links) the reader
//! styles.
//!
//! Stages: bytes → [`encoding`] → text → the format's converter ([`html`], [`markdown`],
//! [`text`]). Errors say in one line what is wrong with the input; the binary prints them
//! and exits with status 2. Nothing here is part of the analysis, which stays free of I/O.

mod builder;
pub mod encoding;
pub mod html;
pub mod limit;
pub mod markdown;
pub mod text;

use std::path::{Path, PathBuf};

use serde::Serialize;

/// The sample article, embedded in the binary: the default document.
pub const SAMPLE: &str = include_str!("../../seeds/kardashian-alice-johnson-clemency.txt");

/// The file name shown for the sample.
pub const SAMPLE_NAME: &str = "kardashian-alice-johnson-clemency.txt";

/// Why an input could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
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
    /// The bytes are not text.
    #[error("{name}: {source}")]
    NotText {
        /// The file, or "standard input".
        name: String,
        /// What gave it away.
        source: encoding::DecodeError,
    },
    /// Standard input could not be read, or is a terminal.
    #[error("standard input: {0}")]
    Stdin(String),
    /// The input is larger than the limit (`--max-size`).
    #[error("{name}: larger than {} (the --max-size limit; give a larger one to read it)", limit::show_size(*.limit))]
    TooLarge {
        /// The file, or "standard input".
        name: String,
        /// The limit, in bytes.
        limit: u64,
    },
}

/// What kind of document the input was.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Plain text.
    #[default]
    Text,
    /// A web page or an HTML fragment.
    Html,
    /// Markdown.
    Markdown,
}

/// What the input says about itself (the JSON `source` object; absent fields omitted).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Meta {
    /// Text, HTML or Markdown.
    pub format: Format,
    /// The page's headline (`og:title`, `<h1>`, `<title>`...).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Who wrote it (`author` meta, JSON-LD, a byline element).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// When it was published, as the page gives it (ISO 8601).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// The encoding the bytes were in, when it was not UTF-8 (`"windows-1252"`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
}

impl Meta {
    /// The publication date, the anchor of "yesterday" and "last week".
    pub fn published_date(&self) -> Option<jiff::civil::Date> {
        let published = self.published.as_deref()?;
        published.get(..10)?.parse().ok()
    }
}

/// A styled stretch of the text: what the markup said about those words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Mark {
    /// Byte offset where it starts.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// What it is.
    pub kind: MarkKind,
}

/// The kinds of [`Mark`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MarkKind {
    /// A heading of level 1 to 6.
    Heading(u8),
    /// Emphasis (italics).
    Emphasis,
    /// Strong emphasis (bold).
    Strong,
    /// The words of a link.
    Link,
    /// Code.
    Code,
    /// A block quotation.
    BlockQuote,
}

/// Text with its marks: what a converter gives.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marked {
    /// The words a reader reads.
    pub text: String,
    /// Styled stretches of `text`, in order of start.
    pub marks: Vec<Mark>,
}

/// An article ready to analyse.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// What to call it (a file name).
    pub name: String,
    /// The text: all the analysis reads, and what its offsets refer to.
    pub text: String,
    /// What the input said about itself.
    pub meta: Meta,
    /// Headings, emphasis and links in `text`, for the reader.
    pub marks: Vec<Mark>,
}

impl Article {
    /// True when the single line breaks inside `paragraph` (a slice of the text) are meant:
    /// always in converted HTML and Markdown (they come from `<br>`, list items, hard
    /// breaks), and where [`text::line_breaks_meant`] says so in plain text.
    pub fn line_breaks_meant(&self, paragraph: &str) -> bool {
        line_breaks_meant(self.meta.format, paragraph)
    }

    /// Plain text as it is: the batch mode's `"text"`, whose offsets the caller keeps.
    pub fn from_text(text: String) -> Self {
        Self {
            text,
            ..Self::default()
        }
    }

    /// A web page's article (the batch mode's `"html"`).
    pub fn from_html(html: &str) -> Self {
        let page = html::extract(html);
        Self {
            text: page.body.text,
            marks: page.body.marks,
            meta: Meta {
                format: Format::Html,
                title: page.title,
                byline: page.byline,
                published: page.published,
                encoding: None,
            },
            ..Self::default()
        }
    }
}

/// True when the single line breaks inside `paragraph` of a text in `format` are meant (see
/// [`Article::line_breaks_meant`]).
pub fn line_breaks_meant(format: Format, paragraph: &str) -> bool {
    match format {
        Format::Text => text::line_breaks_meant(paragraph),
        Format::Html | Format::Markdown => true,
    }
}

/// Read the article at `path`; `-` reads standard input. An input of more than `max_size`
/// bytes is an error ([`limit::DEFAULT_MAX_SIZE`] is the command line's default).
pub fn from_path(path: &Path, max_size: u64) -> Result<Article, SourceError> {
    if path.as_os_str() == "-" {
        use std::io::IsTerminal;
        if std::io::stdin().is_terminal() {
            return Err(SourceError::Stdin(
                "nothing on standard input (pipe an article in: curl -s URL | whosaid -)".into(),
            ));
        }
        let name = "standard input";
        let bytes = limit::read_at_most(std::io::stdin().lock(), max_size)
            .map_err(|e| SourceError::Stdin(format!("cannot read: {e}")))?
            .ok_or_else(|| too_large(name, max_size))?;
        return from_bytes(name, bytes, None);
    }
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => SourceError::Missing(path.to_path_buf()),
        _ => SourceError::Unreadable {
            path: path.to_path_buf(),
            reason: e.to_string(),
        },
    })?;
    if meta.is_dir() {
        return Err(SourceError::Directory(path.to_path_buf()));
    }
    let name = path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    );
    // A file known to be too large is refused unread; a device or a pipe is read up to
    // the limit.
    if meta.is_file() && meta.len() > max_size {
        return Err(too_large(&name, max_size));
    }
    let unreadable = |e: std::io::Error| SourceError::Unreadable {
        path: path.to_path_buf(),
        reason: e.to_string(),
    };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let bytes = limit::read_at_most(file, max_size)
        .map_err(unreadable)?
        .ok_or_else(|| too_large(&name, max_size))?;
    let hint = path
        .extension()
        .and_then(|e| e.to_str())
        .and_then(format_of_extension);
    from_bytes(&name, bytes, hint)
}

fn too_large(name: &str, limit: u64) -> SourceError {
    SourceError::TooLarge {
        name: name.to_string(),
        limit,
    }
}

/// The format a file name's extension names, if it names one.
pub fn format_of_extension(extension: &str) -> Option<Format> {
    match extension.to_ascii_lowercase().as_str() {
        "html" | "htm" | "xhtml" | "shtml" => Some(Format::Html),
        "md" | "markdown" | "mdown" | "mkd" => Some(Format::Markdown),
        _ => None,
    }
}

/// The embedded sample article.
pub fn sample() -> Article {
    Article {
        name: SAMPLE_NAME.to_string(),
        text: SAMPLE.to_string(),
        ..Article::default()
    }
}

/// Decode `bytes` and convert them by their format: `hint` (from the file's extension) or,
/// without one, what the content looks like.
pub fn from_bytes(
    name: &str,
    bytes: impl Into<Vec<u8>>,
    hint: Option<Format>,
) -> Result<Article, SourceError> {
    let bytes: Vec<u8> = bytes.into();
    let declared = (hint == Some(Format::Html) || html::bytes_look_like_html(&bytes))
        .then(|| html::declared_charset(&bytes))
        .flatten();
    let decoded =
        encoding::decode(bytes, declared.as_deref()).map_err(|source| SourceError::NotText {
            name: name.to_string(),
            source,
        })?;
    let text = text::normalise(decoded.text);
    let format = hint.unwrap_or_else(|| sniff(&text));
    let mut article = match format {
        Format::Html => Article::from_html(&text),
        Format::Markdown => {
            let marked = markdown::to_text(&text);
            Article {
                text: marked.text,
                marks: marked.marks,
                meta: Meta {
                    format: Format::Markdown,
                    ..Meta::default()
                },
                ..Article::default()
            }
        }
        Format::Text => Article::from_text(text),
    };
    article.name = name.to_string();
    article.meta.encoding = decoded.encoding;
    Ok(article)
}

/// The format of a text by its content.
pub fn sniff(text: &str) -> Format {
    if html::looks_like_html(text) {
        Format::Html
    } else if markdown::looks_like_markdown(text) {
        Format::Markdown
    } else {
        Format::Text
    }
}

#[cfg(test)]
mod tests;
