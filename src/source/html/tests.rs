use super::*;

#[test]
fn a_fragment_without_html_or_body_is_an_article() {
    let page = extract(
        "<article><h1>Bridge reopens</h1><p>Jos&eacute; Ram&iacute;rez said: \
         &ldquo;It&rsquo;s safe.&rdquo;</p><p>Second&nbsp;para &amp; more.</p></article>",
    );
    assert_eq!(page.title.as_deref(), Some("Bridge reopens"));
    assert_eq!(
        page.body.text,
        "José Ramírez said: “It’s safe.”\n\nSecond para & more."
    );
}

#[test]
fn structure_is_kept_lists_breaks_headings_quotes() {
    let page = extract(
        "<div><p>Intro line.</p><h2>What we know</h2><ul><li>one</li><li>two</li></ul>\
         <p>Roses are red,<br>violets are blue.</p><blockquote><p>Quoted.</p></blockquote></div>",
    );
    assert_eq!(
        page.body.text,
        "Intro line.\n\nWhat we know\n\n• one\n• two\n\nRoses are red,\nviolets are blue.\n\nQuoted."
    );
    let heading = page
        .body
        .marks
        .iter()
        .find(|m| m.kind == MarkKind::Heading(2));
    assert_eq!(
        heading.map(|m| &page.body.text[m.start..m.end]),
        Some("What we know")
    );
}

#[test]
fn metadata_comes_from_the_head_and_json_ld() {
    let html = r#"<!doctype html><html><head><title>Site | Story</title>
        <meta property="og:title" content="The story">
        <meta name="author" content="Ann Writer">
        <script type="application/ld+json">{"@graph":[{"@type":"NewsArticle",
          "datePublished":"2019-11-19T10:00:00Z","author":{"name":"Ann Writer"}}]}</script>
        </head><body><nav>Home | World</nav><article><p>The council met yesterday.</p></article>
        <footer>Copyright</footer></body></html>"#;
    let page = extract(html);
    assert_eq!(page.title.as_deref(), Some("The story"));
    assert_eq!(page.byline.as_deref(), Some("Ann Writer"));
    assert_eq!(page.published.as_deref(), Some("2019-11-19T10:00:00Z"));
    assert_eq!(page.body.text, "The council met yesterday.");
}

#[test]
fn html_is_recognised_by_content() {
    assert!(looks_like_html(
        "<!DOCTYPE html><html><body>x</body></html>"
    ));
    assert!(looks_like_html("  <article><h1>T</h1><p>x</p></article>"));
    assert!(looks_like_html("<p>One</p>\n<p>Two</p>"));
    assert!(looks_like_html("Intro\n<div>a</div><p>b</p><br>"));
    assert!(!looks_like_html("He said <sigh> it was fine."));
    assert!(!looks_like_html("a < b and c > d"));
}

#[test]
fn a_declared_charset_is_found() {
    assert_eq!(
        declared_charset(b"<html><head><meta charset=\"ISO-8859-1\">").as_deref(),
        Some("iso-8859-1")
    );
    assert_eq!(
        declared_charset(
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\">"
        )
        .as_deref(),
        Some("windows-1252")
    );
    assert_eq!(declared_charset(b"<p>no charset</p>"), None);
}

#[test]
fn a_hover_card_leaves_its_name_in_the_sentence() {
    let page = extract(
        "<div><p>South Dakota Gov. <span class=\"rollover-people\"><a href=\"/p/kn\">Kristi \
         Noem</a><span class=\"rollover-people-block\"><a href=\"/p/kn\">Kristi Lynn Noem</a>\
         <a href=\"/x\">Another story</a></span></span> (R) said it works.</p>\
         <p>She spoke on Monday, and <a class=\"sponsor-link\" href=\"/a\">Ann Lee</a> \
         agreed.</p><div class=\"share-tools\"><a href=\"#\">Share</a></div></div>",
    );
    assert_eq!(
        page.body.text,
        "South Dakota Gov. Kristi Noem (R) said it works.\n\nShe spoke on Monday, and Ann Lee agreed."
    );
}
