//! What on a page is not the story: elements named as captions, share bars, related
//! links and the like (a class name is a hint, taken for small elements only), hover
//! cards, hidden elements, and short blocks of credits, datelines and links.

use dom_query::NodeRef;

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
pub(super) const HOVER_CARDS: &[&str] = &["tooltip", "popover", "hovercard", "rollover", "popup"];

/// Elements that sit inside a sentence: a class name on them never drops their words
/// (`<a class="author">` may be the subject of the sentence), except a hover card's. A
/// `<span>` is not one of them: pages wrap captions and credits in spans.
pub(super) const INLINE: &[&str] = &[
    "a", "em", "strong", "b", "i", "small", "sup", "sub", "abbr", "cite", "code", "mark", "u",
    "time", "label", "font", "q", "s",
];

/// True when a part of `node`'s class or id is one of `parts`.
pub(super) fn has_class_part(node: &NodeRef<'_>, parts: &[&str]) -> bool {
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
pub(super) fn boilerplate(node: &NodeRef<'_>) -> bool {
    (has_class_part(node, BOILERPLATE_CLASSES) || has_class_part(node, HOVER_CARDS))
        && node.text().split_whitespace().count() <= MAX_BOILERPLATE_WORDS
}

/// The most words an element left out for its class name may hold.
const MAX_BOILERPLATE_WORDS: usize = 150;

/// True for a short block that is not the story: a copyright or credit line, a dateline
/// or byline, a call to share, or a block that is mostly links. `links` is how many of
/// its bytes are link text.
pub(super) fn boilerplate_block(block: &str, links: usize) -> bool {
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
pub(super) fn hidden(node: &NodeRef<'_>) -> bool {
    node.has_attr("hidden")
        || node.attr("aria-hidden").is_some_and(|v| v.trim() == "true")
        || node.attr("style").is_some_and(|s| {
            let s = s.to_ascii_lowercase().replace(' ', "");
            s.contains("display:none") || s.contains("visibility:hidden")
        })
}
