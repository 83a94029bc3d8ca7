//! Web pages: the article a reader wants out of a whole page. `dom_smoothie` (a port of
//! Firefox's reader view, over the html5ever parser) finds the article's element; this
//! module walks it into text with its structure (paragraphs, headings, list items one per
//! line, block quotes, `<br>` line breaks), leaving out what is not the story (figures and
//! their credits, share and subscription blocks), and reads the page's title, byline and
//! publication date. html5ever decodes every HTML5 entity.

use dom_query::{Document, NodeRef};

use super::builder::Builder;
use super::{MarkKind, Marked};

/// What a page gives.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Page {
    /// The article's text and marks.
    pub body: Marked,
    /// The headline.
    pub title: Option<String>,
    /// The author(s).
    pub byline: Option<String>,
    /// The publication date-time as the page gives it (ISO 8601).
    pub published: Option<String>,
}

/// Extract the article of a page (or of a fragment of one).
pub fn extract(html: &str) -> Page {
    let config = dom_smoothie::Config {
        max_elements_to_parse: 0,
        // The walk below reads class names to leave out captions, share bars and the like.
        keep_classes: true,
        ..dom_smoothie::Config::default()
    };
    // One parse: the metadata is read first, as the reader view rewrites the tree.
    let page = Document::from(html);
    let meta = metadata(&page);
    let parsed = dom_smoothie::Readability::with_document(page, None, Some(config))
        .ok()
        .and_then(|mut r| r.parse().ok());
    let mut title = meta.title;
    let mut byline = meta.byline;
    let mut published = meta.published;
    let mut body = Marked::default();
    if let Some(article) = parsed {
        title = title.or(Some(article.title.trim().to_string()).filter(|t| !t.is_empty()));
        byline = byline.or(article.byline);
        published = published.or(article.published_time);
        body = walk(&Document::from(article.content.as_ref()), title.as_deref());
    }
    // The reader view gives up on short pages and fragments: then the whole page is read.
    if body.text.trim().is_empty() {
        body = walk(&Document::from(html), title.as_deref());
    }
    Page {
        body,
        title: title.map(|t| clean(&t)),
        byline: byline.map(|b| clean(&b)).filter(|b| !b.is_empty()),
        published: published
            .map(|p| p.trim().to_string())
            .filter(|p| !p.is_empty()),
    }
}

/// White space collapsed.
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// What the page's head (and a few well-known elements) say about the article.
#[derive(Default)]
struct PageMeta {
    title: Option<String>,
    byline: Option<String>,
    published: Option<String>,
}

fn metadata(page: &Document) -> PageMeta {
    let meta = |selectors: &[&str]| {
        selectors.iter().find_map(|sel| {
            page.select(sel)
                .nodes()
                .iter()
                .find_map(|n| n.attr("content").map(|c| c.trim().to_string()))
                .filter(|c| !c.is_empty())
        })
    };
    let first_text = |sel: &str| {
        page.select(sel)
            .nodes()
            .first()
            .map(|n| clean(&n.text()))
            .filter(|t| !t.is_empty())
    };
    let title = meta(&[
        r#"meta[property="og:title"]"#,
        r#"meta[name="twitter:title"]"#,
        r#"meta[name="title"]"#,
    ])
    .or_else(|| first_text("h1"))
    .or_else(|| first_text("title"));
    let byline = meta(&[
        r#"meta[name="author"]"#,
        r#"meta[property="article:author"]"#,
        r#"meta[name="byl"]"#,
        r#"meta[name="dc.creator"]"#,
    ])
    .filter(|a| !a.starts_with("http"))
    .or_else(|| json_ld(page, "author"))
    .or_else(|| first_text(r#"[rel="author"]"#))
    .or_else(|| first_text(r#"[itemprop="author"]"#));
    let published = meta(&[
        r#"meta[property="article:published_time"]"#,
        r#"meta[name="article:published_time"]"#,
        r#"meta[itemprop="datePublished"]"#,
        r#"meta[name="pubdate"]"#,
        r#"meta[name="publishdate"]"#,
        r#"meta[name="date"]"#,
        r#"meta[name="dc.date"]"#,
        r#"meta[property="og:published_time"]"#,
    ])
    .or_else(|| json_ld(page, "datePublished"))
    .or_else(|| {
        page.select("time[datetime]")
            .nodes()
            .first()
            .and_then(|n| n.attr("datetime"))
            .map(|d| d.trim().to_string())
    })
    .filter(|d| {
        d.get(..10)
            .is_some_and(|day| day.parse::<jiff::civil::Date>().is_ok())
    });
    PageMeta {
        title,
        byline,
        published,
    }
}

/// A field of the page's JSON-LD (`datePublished`, `author`), searched through nested
/// objects and `@graph` lists; an author object gives its `name`.
fn json_ld(page: &Document, field: &str) -> Option<String> {
    page.select(r#"script[type="application/ld+json"]"#)
        .nodes()
        .iter()
        .filter_map(|n| serde_json::from_str::<serde_json::Value>(n.text().trim()).ok())
        .find_map(|v| find_field(&v, field, 0))
}

fn find_field(value: &serde_json::Value, field: &str, depth: usize) -> Option<String> {
    use serde_json::Value;
    if depth > 6 {
        return None;
    }
    match value {
        Value::Object(map) => map
            .get(field)
            .and_then(as_name)
            .or_else(|| map.values().find_map(|v| find_field(v, field, depth + 1))),
        Value::Array(items) => items.iter().find_map(|v| find_field(v, field, depth + 1)),
        _ => None,
    }
}

/// A JSON-LD value as a name: a string, an object's `name`, a list's names joined.
fn as_name(value: &serde_json::Value) -> Option<String> {
    use serde_json::Value;
    match value {
        Value::String(s) => Some(s.trim().to_string()).filter(|s| !s.is_empty()),
        Value::Object(map) => map.get("name").and_then(as_name),
        Value::Array(items) => {
            let names: Vec<String> = items.iter().filter_map(as_name).collect();
            (!names.is_empty()).then(|| names.join(", "))
        }
        _ => None,
    }
}

/// Elements whose words are never the article's.
const SKIPPED: &[&str] = &[
    "head",
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "canvas",
    "iframe",
    "object",
    "embed",
    "button",
    "input",
    "select",
    "textarea",
    "option",
    "nav",
    "aside",
    "footer",
    "figure",
    "figcaption",
    "picture",
    "video",
    "audio",
    "map",
    "form",
    "dialog",
    "menu",
];

/// Elements that stand as blocks of their own.
const BLOCKS: &[&str] = &[
    "p", "div", "section", "article", "main", "header", "address", "dl", "dt", "dd", "center",
    "details", "summary", "body", "html", "hgroup",
];

/// The text of the article under `doc`'s root; `title` is left out where the article
/// repeats it as its first heading.
fn walk(doc: &Document, title: Option<&str>) -> Marked {
    let strict = walk_with(doc, title, true);
    if strict.text.trim().is_empty() {
        // Everything had a boilerplate-looking class: read it all rather than nothing.
        walk_with(doc, title, false)
    } else {
        strict
    }
}

fn walk_with(doc: &Document, title: Option<&str>, by_class: bool) -> Marked {
    let mut walker = Walker {
        out: Builder::default(),
        title: title.map(clean),
        by_class,
    };
    walker.node(&doc.root());
    walker.out.finish()
}

struct Walker {
    out: Builder,
    title: Option<String>,
    /// Leave out elements whose class or id names boilerplate.
    by_class: bool,
}

impl Walker {
    fn children(&mut self, node: &NodeRef<'_>) {
        for child in node.children_it(false) {
            self.node(&child);
        }
    }

    fn node(&mut self, node: &NodeRef<'_>) {
        if node.is_text() {
            self.out.push_collapsed(&node.text());
            return;
        }
        if !node.is_element() {
            if node.is_document() || node.is_fragment() {
                self.children(node);
            }
            return;
        }
        let name = node
            .node_name()
            .map(|n| n.to_ascii_lowercase())
            .unwrap_or_default();
        if SKIPPED.contains(&name.as_str()) || hidden(node) {
            return;
        }
        let inline = INLINE.contains(&name.as_str()) || name == "span";
        if self.by_class && inline && has_class_part(node, HOVER_CARDS) {
            // A name with a card that shows on hover: the name is part of the sentence, the
            // card is not.
            if let Some(first) = node
                .children_it(false)
                .find(|c| !(c.is_text() && c.text().trim().is_empty()))
            {
                self.node(&first);
            }
            return;
        }
        if self.by_class && !INLINE.contains(&name.as_str()) && boilerplate(node) {
            return;
        }
        match name.as_str() {
            "br" => self.out.line_break(),
            "hr" => self.out.block_break(),
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => self.heading(node, &name),
            "blockquote" => self.block(node, Some(MarkKind::BlockQuote)),
            "pre" => {
                self.out.block_break();
                self.out.open_mark(MarkKind::Code);
                for line in node.text().lines() {
                    self.out.push_raw(line.trim_end());
                    self.out.line_break();
                }
                self.out.close_mark();
                self.out.block_break();
            }
            "ul" | "ol" => {
                self.out.block_break();
                let first = node
                    .attr("start")
                    .and_then(|s| s.trim().parse().ok())
                    .unwrap_or(1);
                self.out.start_list((name == "ol").then_some(first));
                self.children(node);
                self.out.end_list();
                self.out.block_break();
            }
            "li" => {
                self.out.list_item();
                self.children(node);
                self.out.line_break();
            }
            "table" => self.block(node, None),
            "tr" => {
                self.out.line_break();
                self.children(node);
                self.out.line_break();
            }
            "td" | "th" => {
                if !self.out.text().ends_with('\n') && !self.out.text().is_empty() {
                    self.out.push_raw(" | ");
                }
                self.children(node);
            }
            "em" | "i" | "cite" => self.inline(node, MarkKind::Emphasis),
            "strong" | "b" => self.inline(node, MarkKind::Strong),
            "a" => self.inline(node, MarkKind::Link),
            "code" | "kbd" | "samp" => self.inline(node, MarkKind::Code),
            _ if BLOCKS.contains(&name.as_str()) => self.block(node, None),
            _ => self.children(node),
        }
    }

    fn block(&mut self, node: &NodeRef<'_>, mark: Option<MarkKind>) {
        self.out.block_break();
        let start = self.out.text().len();
        if let Some(kind) = mark {
            self.out.open_mark(kind);
        }
        self.children(node);
        if mark.is_some() {
            self.out.close_mark();
        }
        let block = &self.out.text()[start..];
        let links = self.out.marked_len(start, MarkKind::Link);
        if !matches!(mark, Some(MarkKind::Heading(_))) && boilerplate_block(block, links) {
            self.out.truncate(start);
        }
        self.out.block_break();
    }

    fn inline(&mut self, node: &NodeRef<'_>, kind: MarkKind) {
        self.out.open_mark(kind);
        self.children(node);
        self.out.close_mark();
    }

    fn heading(&mut self, node: &NodeRef<'_>, name: &str) {
        let text = clean(&node.text());
        if text.is_empty() || self.title.as_deref() == Some(text.as_str()) {
            return;
        }
        let level = name[1..].parse().unwrap_or(2);
        self.block(node, Some(MarkKind::Heading(level)));
    }
}

/// Parts of class names and ids that mark what is not the story: captions and credits,
/// share and follow bars, related links, newsletters, comments, bylines and datelines,
/// advertisements, hover cards.
const BOILERPLATE_CLASSES: &[&str] = &[
    "caption",
    "captions",
    "credit",
    "credits",
    "share",
    "sharing",
    "social",
    "related",
    "newsletter",
    "subscribe",
    "subscription",
    "comment",
    "comments",
    "byline",
    "dateline",
    "timestamp",
    "advert",
    "advertisement",
    "ad",
    "ads",
    "promo",
    "breadcrumb",
    "breadcrumbs",
    "tooltip",
    "popover",
    "hovercard",
    "rollover",
    "sponsor",
    "sponsored",
    "signup",
    "recommended",
    "readmore",
    "disclaimer",
    "disclosure",
    "copyright",
    "sidebar",
    "toolbar",
    "widget",
    "tags",
    "pagination",
    "author",
    "bio",
];

/// Parts of class names of cards that show over a name on hover.
const HOVER_CARDS: &[&str] = &["tooltip", "popover", "hovercard", "rollover", "popup"];

/// Elements that sit inside a sentence: a class name on them never drops their words
/// (`<a class="author">` may be the subject of the sentence), except a hover card's. A
/// `<span>` is not one of them: pages wrap captions and credits in spans.
const INLINE: &[&str] = &[
    "a", "em", "strong", "b", "i", "small", "sup", "sub", "abbr", "cite", "code", "mark", "u",
    "time", "label", "font", "q", "s",
];

/// True when a part of `node`'s class or id is one of `parts`.
fn has_class_part(node: &NodeRef<'_>, parts: &[&str]) -> bool {
    let names = [node.attr("class"), node.attr("id")];
    names.iter().flatten().any(|value| {
        value
            .to_ascii_lowercase()
            .split(|c: char| !c.is_ascii_alphanumeric())
            .any(|part| parts.contains(&part))
    })
}

/// True when `node`'s class or id names boilerplate (see [`BOILERPLATE_CLASSES`]) and it
/// is small: a name is only a hint, and a page may well call its whole article
/// "article-body pagination-first".
fn boilerplate(node: &NodeRef<'_>) -> bool {
    (has_class_part(node, BOILERPLATE_CLASSES) || has_class_part(node, HOVER_CARDS))
        && node.text().split_whitespace().count() <= MAX_BOILERPLATE_WORDS
}

/// The most words an element left out for its class name may hold.
const MAX_BOILERPLATE_WORDS: usize = 150;

/// True for a short block that is not the story: a copyright or credit line, a dateline
/// or byline, a call to share, or a block that is mostly links. `links` is how many of
/// its bytes are link text.
fn boilerplate_block(block: &str, links: usize) -> bool {
    let block = block.trim();
    if block.is_empty() {
        return false;
    }
    let words = block.split_whitespace().count();
    let link_letters = block.len().min(links);
    // Mostly links: "Related: ...", "Read more". A web address written out is a
    // citation, kept.
    let address = block.starts_with("http://") || block.starts_with("https://");
    if links > 0 && link_letters * 10 >= block.len() * 8 && words <= 40 && !address {
        return true;
    }
    let lower = block.to_lowercase();
    let credit =
        lower.starts_with('©') || lower.starts_with("(c) ") || lower.starts_with("copyright");
    if credit && words <= 40 {
        return true;
    }
    let ends_like_prose = block.ends_with(['.', '!', '?', '"', '”', '’', ':']);
    if words <= 12 && !ends_like_prose {
        let first = lower.split_whitespace().next().unwrap_or("");
        let opener = matches!(
            first,
            "by" | "published" | "posted" | "updated" | "first" | "last" | "photo:" | "image:"
        );
        if opener || dateish(&lower) {
            return true;
        }
    }
    false
}

/// True when most of a short line is a date or a time: month names, numbers, "ago".
fn dateish(lower: &str) -> bool {
    const MONTHS: &[&str] = &[
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "am",
        "pm",
        "a.m",
        "p.m",
        "est",
        "edt",
        "gmt",
        "utc",
        "ago",
        "updated",
        "published",
        "at",
        "on",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "hours",
        "minutes",
        "days",
        "day",
    ];
    let tokens: Vec<&str> = lower
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '|' | '-' | '/' | '·' | '•'))
        .map(|t| t.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|t| !t.is_empty())
        .collect();
    let datey = tokens
        .iter()
        .filter(|t| t.chars().all(|c| c.is_ascii_digit() || c == ':') || MONTHS.contains(t))
        .count();
    !tokens.is_empty()
        && datey * 10 >= tokens.len() * 7
        && tokens.iter().any(|t| t.chars().any(|c| c.is_ascii_digit()))
}

/// Hidden from readers: `hidden`, `aria-hidden="true"`, `display: none`.
fn hidden(node: &NodeRef<'_>) -> bool {
    node.has_attr("hidden")
        || node.attr("aria-hidden").is_some_and(|v| v.trim() == "true")
        || node.attr("style").is_some_and(|s| {
            let s = s.to_ascii_lowercase().replace(' ', "");
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}

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

#[cfg(test)]
mod tests;
