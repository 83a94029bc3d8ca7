//! What a page says about its article: title, byline and publication date, from its
//! meta tags, JSON-LD and a few well-known elements.

use dom_query::Document;

use super::clean;

/// What the page's head (and a few well-known elements) say about the article.
#[derive(Default)]
pub(super) struct PageMeta {
    pub(super) title: Option<String>,
    pub(super) byline: Option<String>,
    pub(super) published: Option<String>,
}

pub(super) fn metadata(page: &Document) -> PageMeta {
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
