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

/// The top-level quotations of each text are exactly the ones given.
fn assert_top(cases: &[(&str, &[&str])]) {
    for (text, want) in cases {
        assert_eq!(found(text).0, *want, "in {text:?}");
    }
}

#[test]
fn single_marks_at_the_top_level_were_not_found() {
    assert_top(&[
        ("‘I don’t know,’ said Harry.", &["‘I don’t know,’"]),
        ("'Go away,' said Tom.", &["'Go away,'"]),
        (
            "He said it was ‘thousands of shootings’ in a year.",
            &["‘thousands of shootings’"],
        ),
    ]);
}

#[test]
fn apostrophe_inside_a_word_closed_a_single_quote() {
    assert_top(&[
        (
            "‘It’s O’Neill’s turn,’ she said.",
            &["‘It’s O’Neill’s turn,’"],
        ),
        (
            "'It's O'Neill's turn,' she said.",
            &["'It's O'Neill's turn,'"],
        ),
    ]);
}

#[test]
fn elided_digits_and_rock_n_roll_opened_or_closed_a_single_quote() {
    assert_top(&[
        (
            "‘In the ’90s it was rock ’n’ roll,’ he said.",
            &["‘In the ’90s it was rock ’n’ roll,’"],
        ),
        ("In the '90s it was rock 'n' roll, he said.", &[]),
    ]);
}

#[test]
fn plural_possessive_closed_a_single_quote_too_early() {
    assert_top(&[
        (
            "‘We went to the Smiths’ house,’ she said.",
            &["‘We went to the Smiths’ house,’"],
        ),
        ("The Smiths’ house was empty. ‘Go,’ he said.", &["‘Go,’"]),
    ]);
}

#[test]
fn dropped_g_before_a_comma_closed_a_single_quote_too_early() {
    assert_top(&[(
        "‘We were goin’, you know, home,’ he said.",
        &["‘We were goin’, you know, home,’"],
    )]);
}

#[test]
fn possessive_in_a_paragraph_left_open_closed_the_speech() {
    let text = "‘I went to the Smiths’ house and sat down.\n\n‘Then I left,’ he said.";
    let d = detect(&Document::new(text));
    let spans: Vec<&str> = d.quotes.iter().map(|q| &text[q.span]).collect();
    assert_eq!(
        spans,
        [
            "‘I went to the Smiths’ house and sat down.",
            "‘Then I left,’"
        ]
    );
    assert_eq!(d.continues, [false, true]);
}

#[test]
fn double_inside_single_was_not_nested() {
    let text = "‘He told me “go home” and left,’ she said.";
    assert_eq!(
        found(text),
        (
            vec!["‘He told me “go home” and left,’".to_string()],
            vec!["“go home”".to_string()]
        )
    );
}

#[test]
fn single_inside_single_was_not_nested() {
    let text = "‘He called it ‘a disgrace’ today,’ she said.";
    let (top, inner) = found(text);
    assert_eq!(top, ["‘He called it ‘a disgrace’ today,’"]);
    assert_eq!(inner, ["‘a disgrace’"]);
}

#[test]
fn german_low_marks_found_no_quotation() {
    assert_top(&[
        (
            "„Wir sind bereit“, sagte Olaf Scholz.",
            &["„Wir sind bereit“"],
        ),
        (
            "„Jesteśmy gotowi na wszystko”, powiedział.",
            &["„Jesteśmy gotowi na wszystko”"],
        ),
    ]);
    let text = "„Er sagte ‚nein‘ und ging“, sagte sie.";
    assert_eq!(found(text).1, ["‚nein‘"]);
}

#[test]
fn guillemets_with_inner_spaces_found_no_quotation() {
    assert_top(&[
        (
            "« Nous sommes prêts », a dit le ministre.",
            &["« Nous sommes prêts »"],
        ),
        (
            "«Nous sommes prêts», a dit le ministre.",
            &["«Nous sommes prêts»"],
        ),
        ("‹ Oui ›, a-t-il dit encore.", &["‹ Oui ›"]),
    ]);
}

#[test]
fn reversed_guillemets_found_no_quotation() {
    assert_top(&[
        (
            "»Vi er klar nu igen«, sagde hun.",
            &["»Vi er klar nu igen«"],
        ),
        ("»Vi är redo nu igen», sade hon.", &["»Vi är redo nu igen»"]),
        ("›Ja‹, sagte er leise.", &["›Ja‹"]),
    ]);
}

#[test]
fn corner_brackets_were_not_paired() {
    // (whether unspaced text is speech or a term is another question: only the pairing here)
    let text = "彼は「母が『行け』と言った」と言った。";
    let pairs: Vec<&str> = super::pair::pair(&Document::new(text))
        .iter()
        .map(|p| &text[p.span])
        .collect();
    assert_eq!(pairs, ["「母が『行け』と言った」", "『行け』"]);
}

#[test]
fn dash_dialogue_found_no_quotation() {
    assert_top(&[
        ("— Je viens demain matin.", &["— Je viens demain matin."]),
        ("— I won't go, said Harry. He left.", &["— I won't go,"]),
        (
            "—Hola, amigo —dijo Juan—. ¿Qué tal estás?",
            &["—Hola, amigo", "¿Qué tal estás?"],
        ),
    ]);
}

#[test]
fn dash_paragraph_with_quotation_marks_became_dash_dialogue() {
    assert_top(&[("— “We will win,” she said.", &["“We will win,”"])]);
}
