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

mod boilerplate;
mod meta;
mod sniff;

use boilerplate::{boilerplate, boilerplate_block, has_class_part, hidden, HOVER_CARDS, INLINE};
use meta::metadata;
pub use sniff::{bytes_look_like_html, declared_charset, looks_like_html};

#[cfg(test)]
mod tests;
