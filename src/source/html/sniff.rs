//! Is it HTML, and in which encoding does it say it is written.

/// Tags that open an HTML document or fragment.
const TAGS: &[&str] = &[
    "!doctype",
    "html",
    "head",
    "body",
    "meta",
    "title",
    "link",
    "script",
    "style",
    "article",
    "section",
    "main",
    "header",
    "footer",
    "nav",
    "aside",
    "div",
    "p",
    "span",
    "a",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "table",
    "blockquote",
    "em",
    "strong",
    "b",
    "i",
    "br",
    "img",
    "figure",
    "pre",
    "!--",
    "?xml",
    "form",
    "time",
];

/// True when a text is HTML: it opens with a doctype, a comment or a known tag, or its
/// first lines hold several tags.
pub fn looks_like_html(text: &str) -> bool {
    let head: String = text
        .trim_start_matches('\u{feff}')
        .trim_start()
        .chars()
        .take(4096)
        .collect::<String>()
        .to_ascii_lowercase();
    let opens_with_tag = head.strip_prefix('<').is_some_and(|rest| {
        TAGS.iter().any(|t| {
            rest.strip_prefix(t).is_some_and(|after| {
                after.starts_with([' ', '>', '/', '\n', '\t', '\r', '-']) || t.starts_with('!')
            })
        })
    });
    opens_with_tag || tag_count(&head) >= 3
}

/// Known tags (opening or closing) in `head`, which is in lower case.
fn tag_count(head: &str) -> usize {
    head.match_indices('<')
        .filter(|&(i, _)| {
            let rest = head[i + 1..].trim_start_matches('/');
            TAGS.iter().any(|t| {
                rest.strip_prefix(t)
                    .is_some_and(|after| after.starts_with([' ', '>', '/']))
            })
        })
        .count()
}

/// [`looks_like_html`] on bytes in an unknown ASCII-compatible encoding.
pub fn bytes_look_like_html(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(4096)];
    looks_like_html(&String::from_utf8_lossy(head))
}

/// The encoding a page names for itself: `<meta charset="…">` or
/// `<meta http-equiv="Content-Type" content="text/html; charset=…">` in its first 4 KB.
pub fn declared_charset(bytes: &[u8]) -> Option<String> {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]).to_ascii_lowercase();
    let at = head.find("charset=")?;
    let value = head[at + "charset=".len()..].trim_start_matches(['"', '\'', ' ']);
    let end = value
        .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.')))
        .unwrap_or(value.len());
    Some(value[..end].to_string()).filter(|v| !v.is_empty())
}
