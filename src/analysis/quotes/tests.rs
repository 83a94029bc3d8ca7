use super::*;

/// The top-level and nested quotations of `text`, as strings.
fn found(text: &str) -> (Vec<String>, Vec<String>) {
    let doc = Document::new(text);
    let d = detect(&doc);
    let top = d
        .quotes
        .iter()
        .filter(|q| q.parent.is_none())
        .map(|q| text[q.span].to_string())
        .collect();
    let inner = d
        .quotes
        .iter()
        .filter(|q| q.parent.is_some())
        .map(|q| text[q.span].to_string())
        .collect();
    (top, inner)
}

#[test]
fn straight_curly_guillemet_and_nyt_marks() {
    let cases: &[(&str, &[&str])] = &[
        ("\"We won,\" she said.", &["\"We won,\""]),
        ("“We won,” she said.", &["“We won,”"]),
        ("«We won,» she said.", &["«We won,»"]),
        ("''We won,'' she said.", &["''We won,''"]),
        (
            "He said: \"Go home now.\" Then \"stay there,\" he added.",
            &["\"Go home now.\"", "\"stay there,\""],
        ),
    ];
    for (text, want) in cases {
        assert_eq!(found(text).0, *want, "in {text:?}");
    }
}

#[test]
fn nested_single_quotes_are_told_apart_from_apostrophes() {
    let cases: &[(&str, &[&str])] = &[
        (
            "\"I mean, 'Okay, Kim made a call.' It was work,\" she said.",
            &["'Okay, Kim made a call.'"],
        ),
        ("\"I can't stop. Johnson's case matters,\" she said.", &[]),
        ("\"The '90s were rock 'n' roll years,\" he said.", &[]),
        (
            "\"He called it ‘a disgrace’ today,\" she said.",
            &["‘a disgrace’"],
        ),
        ("\"They were runnin' and jumpin' all day,\" he said.", &[]),
    ];
    for (text, want) in cases {
        assert_eq!(found(text).1, *want, "in {text:?}");
    }
}

#[test]
fn nested_quotes_point_at_their_parent() {
    let text = "\"She told me, 'Go,' and left,\" he said.";
    let d = detect(&Document::new(text));
    assert_eq!(d.quotes.len(), 2);
    assert_eq!(d.quotes[1].parent, Some(0));
}

#[test]
fn multi_paragraph_quote_continues_only_into_a_paragraph_opening_with_a_mark() {
    let text = "\"This is the first part of a long speech.\n\n\"And this is the second,\" he said.";
    let d = detect(&Document::new(text));
    let spans: Vec<&str> = d.quotes.iter().map(|q| &text[q.span]).collect();
    assert_eq!(
        spans,
        [
            "\"This is the first part of a long speech.",
            "\"And this is the second,\""
        ]
    );
    assert_eq!(d.continues, [false, true]);
}

#[test]
fn unclosed_quote_never_swallows_the_article() {
    let text =
        "He said \"this never closes.\n\nNarration goes on here.\n\n\"A real one,\" she said.";
    let (top, _) = found(text);
    assert_eq!(top, ["\"A real one,\""]);
}

#[test]
fn partial_quotation_in_a_reporting_sentence_is_speech() {
    let text = "She declared it \"unfair\" in a tweet.";
    assert_eq!(found(text).0, ["\"unfair\""]);
}

#[test]
fn scare_quotes_and_titles_are_terms_not_speech() {
    let cases = [
        "The so-called \"experts\" were wrong about the weather.",
        "They watched \"The Big Short\" last night.",
    ];
    for text in cases {
        let d = detect(&Document::new(text));
        assert!(d.quotes.is_empty(), "no speech in {text:?}");
        assert_eq!(d.terms.len(), 1, "one term in {text:?}");
    }
}
