use crate::analyze;

/// (quotation text, speaker name, method) for each top-level quotation.
fn attributed(text: &str) -> Vec<(String, Option<String>, &'static str)> {
    let story = analyze(text);
    story
        .quotes
        .iter()
        .filter(|q| q.parent.is_none())
        .map(|q| {
            (
                text[q.span].to_string(),
                q.speaker.map(|s| story.people[s].name.clone()),
                q.method.as_str(),
            )
        })
        .collect()
}

fn speakers(text: &str) -> Vec<Option<String>> {
    attributed(text).into_iter().map(|(_, s, _)| s).collect()
}

#[test]
fn explicit_cues_after_and_before_the_quotation() {
    let cases: &[(&str, &str)] = &[
        ("Intro line.\n\n\"We will win,\" Jane Doe said.", "Jane Doe"),
        ("Intro line.\n\n\"We will win,\" said Jane Doe.", "Jane Doe"),
        ("Intro line.\n\nJane Doe said: \"We will win.\"", "Jane Doe"),
        ("Intro line.\n\n\"We will win,\" Jane Doe, a lawyer, said.", "Jane Doe"),
        ("Intro line.\n\n\"We will win,\" the White House said in a statement.", "White House"),
        (
            "Intro line.\n\nThe plan will work, according to John Smith. \"We will win,\" he added.",
            "John Smith",
        ),
    ];
    for (text, want) in cases {
        let got = speakers(text);
        assert_eq!(
            got.last().cloned().flatten().as_deref(),
            Some(*want),
            "in {text:?}"
        );
    }
}

#[test]
fn pronoun_chain_resolves_to_the_subject_of_the_previous_sentence() {
    let text = "Intro line.\n\nMary Major met John Roe on Monday. \"It went well,\" she said.\n\n\
                Mary Major thanked Jane Doe's team. \"They were great,\" she said.";
    assert_eq!(
        speakers(text),
        [
            Some("Mary Major".to_string()),
            Some("Mary Major".to_string())
        ]
    );
}

#[test]
fn continuation_gives_a_bare_quotation_the_previous_speaker() {
    let text = "Intro line.\n\n\"First part,\" John Roe said. \"Second part.\"";
    let got = attributed(text);
    assert_eq!(got[1].1.as_deref(), Some("John Roe"));
    assert_eq!(got[1].2, "continuation");
}

#[test]
fn sentence_subject_attributes_a_partial_quotation() {
    let text = "Intro line.\n\nJohn Roe found the plan \"a disaster for the city\" on Monday.";
    let got = attributed(text);
    assert_eq!(got[0].1.as_deref(), Some("John Roe"));
    assert_eq!(got[0].2, "sentence_subject");
}

#[test]
fn a_quotation_with_no_cue_stays_unattributed() {
    let text = "Intro line.\n\nThe report was long.\n\n\"Nobody knows who wrote this.\"";
    assert_eq!(speakers(text), [None]);
}

#[test]
fn vocative_names_inside_quotes_are_not_speakers() {
    let text = "Intro line.\n\nMary Major came in.\n\n\"John Roe, you are late,\" she said.";
    assert_eq!(speakers(text), [Some("Mary Major".to_string())]);
}

#[test]
fn premodified_name_before_the_verb_is_the_speaker() {
    let text =
        "Intro line.\n\n\"We will find them,\" Springfield police Chief Ann Doe said Monday.\n\n\
                \"It was late,\" Smith campaign spokesman Tom Roe said on Monday.";
    assert_eq!(
        speakers(text),
        [
            Some("Chief Ann Doe".to_string()),
            Some("Tom Roe".to_string())
        ]
    );
}

#[test]
fn person_of_an_organisation_is_the_speaker_not_the_organisation() {
    let text = "Intro line.\n\n\"It was the least bad outcome,\" Mr. Roe of the Green Club said.";
    assert_eq!(speakers(text), [Some("Mr. Roe".to_string())]);
}

#[test]
fn long_apposition_between_speaker_and_verb() {
    let text = "Intro line.\n\n\"Their plan is clear,\" Mary Major, a senior fellow at the Hoover \
                Institution and a former ambassador to Peru, said of the network.";
    assert_eq!(speakers(text), [Some("Mary Major".to_string())]);
}

#[test]
fn dash_credit_after_a_quotation_names_its_speaker() {
    let text = "Readers wrote in.\n\n\"We can do better than this.\" ― Steve Roe\n\n\
                \"I am worried.\" — Ann Major.";
    assert_eq!(
        speakers(text),
        [Some("Steve Roe".to_string()), Some("Ann Major".to_string())]
    );
}

#[test]
fn cue_closing_the_sentence_attributes_a_partial_quotation() {
    let got = attributed(
        "Intro line.\n\nA cashier who \"steals a handful of bills\" is punished, Jane Doe said.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Jane Doe"));
    assert_eq!(got[0].2, "trailing_cue");
}

#[test]
fn unnamed_description_speaks_as_an_entity_of_its_own() {
    let got = attributed(
        "Intro line.\n\nThe debate commission says on its website that \"there was a problem \
         with the sound.\"\n\n\"It was fixed,\" the commission said later.",
    );
    // The first names no known entity; the second refers back to the same one.
    assert_eq!(got[0].1.as_deref(), Some("The debate commission"));
    assert_eq!(got[1].1.as_deref(), Some("The debate commission"));
}

#[test]
fn continuation_is_not_broken_by_names_in_passing() {
    let text = "Intro line.\n\n\"It is smart,\" said Representative John Roe of New York, \
                speaking to CNN. \"It is the future.\"";
    let got = speakers(text);
    let roe = Some("Representative John Roe".to_string());
    assert_eq!(got, [roe.clone(), roe]);
}

#[test]
fn party_and_state_in_parentheses_after_the_name() {
    let text =
        "Intro line.\n\n\"Subpoenas are not optional,\" panel Chairman Rep. Jim Roe (R-Utah) \
                said after the hearing.\n\n\"It is a waste,\" Rep. Ann Major (D-Wis.), a panel \
                member, said.";
    assert_eq!(
        speakers(text),
        [
            Some("Chairman Rep. Jim Roe".to_string()),
            Some("Rep. Ann Major".to_string())
        ]
    );
}

#[test]
fn according_to_a_premodified_name() {
    let got = attributed(
        "Intro line.\n\nAccording to conservative radio host Jim Roe, the move reeks of \"fear\".",
    );
    assert_eq!(got[0].1.as_deref(), Some("Jim Roe"));
    assert_eq!(got[0].2, "according_to");
}

#[test]
fn quotation_after_a_sentence_of_reported_speech() {
    let got = attributed(
        "Intro line.\n\nThe agency may wait, Ann Major said. \"The other factor is time.\"",
    );
    assert_eq!(got[0].1.as_deref(), Some("Ann Major"));
    assert_eq!(got[0].2, "previous_sentence_cue");
}

#[test]
fn bare_turns_of_a_dialogue_alternate_between_its_two_speakers() {
    // Enough bare-quotation paragraphs to read as fiction.
    let text = "Chapter one.\n\n\"Good morning,\" said Anna Roe.\n\n\"Good morning to you,\" \
                said Boris Major.\n\n\"Did you sleep?\"\n\n\"Not at all.\"\n\n\"Why not?\"\n\n\
                \"The storm.\"\n\n\"It was loud.\"\n\n\"Very loud, Anna.\"";
    let got = speakers(text);
    let (a, b) = (
        Some("Anna Roe".to_string()),
        Some("Boris Major".to_string()),
    );
    assert_eq!(
        got,
        [
            a.clone(),
            b.clone(),
            a.clone(),
            b.clone(),
            a.clone(),
            b.clone(),
            a,
            b
        ]
    );
}

#[test]
fn first_person_narrator_takes_the_name_the_others_call_them() {
    let text = "Chapter one.\n\n\"Come along, Watson, we have work to do,\" said Holmes.\n\n                \"Where are we going now?\" I asked.\n\n\"To the station, Watson, at once.\"\n\n                \"Now, in this rain?\"\n\n\"Yes, my dear Watson, in this rain!\"\n\n                \"Very well, I shall fetch my coat,\" I said.\n\n\"Hurry up, then.\"\n\n                \"I am going as fast as I can.\"";
    let got = attributed(text);
    assert_eq!(got[1].1.as_deref(), Some("Watson"), "{got:?}");
    assert_eq!(got[5].1.as_deref(), Some("Watson"), "{got:?}");
    assert_eq!(got[4].1.as_deref(), Some("Holmes"), "{got:?}");
}

#[test]
fn the_capitalised_king_is_a_character() {
    let text = "Chapter one.\n\nThe Hatter came in. \"You ought to have finished,\" said the \
                King. \"When did you begin?\"";
    assert_eq!(speakers(text)[0].as_deref(), Some("King"));
}

#[test]
fn paragraph_ending_with_said_comma_introduces_the_next() {
    let text = "Chapter one.\n\nAs they went down the stairs together, Charlotte Lucas said,\n\n\
                \"I shall depend on hearing from you very often.\"";
    let got = attributed(text);
    assert_eq!(got[0].1.as_deref(), Some("Charlotte Lucas"));
    assert_eq!(got[0].2, "intro_paragraph");
}

#[test]
fn a_person_is_named_by_their_usual_name() {
    let text = "Chapter one.\n\nMr. Fitzwilliam Darcy arrived. Mr. Darcy bowed. Mr. Darcy sat.\n\n\
                \"Good evening,\" said Mr. Darcy.";
    assert_eq!(speakers(text), [Some("Mr. Darcy".to_string())]);
}

#[test]
fn a_clause_or_a_time_before_the_verb_is_not_a_description_speaker() {
    let got = attributed(
        "Intro line.\n\nOne question that has emerged is whether Acme firms said \"no\" to it.\n\n\
         Later the day said \"enough\" to all of us.",
    );
    assert!(
        got.iter().all(|(_, s, _)| s.as_deref() != Some("the day")),
        "{got:?}"
    );
    assert!(
        got.iter()
            .all(|(_, s, _)| !s.as_deref().unwrap_or("").contains("whether")),
        "{got:?}"
    );
}

#[test]
fn participle_and_second_verb_speak_for_the_clause_subject() {
    let text = "Intro line.\n\nDuring a speech, John Roe attacked the plan, saying, \"It is a \
                disaster.\"\n\nMary Major urges him to stop and repeatedly says, \"Don't you do it.\"";
    assert_eq!(
        speakers(text),
        [Some("John Roe".to_string()), Some("Mary Major".to_string())]
    );
}

#[test]
fn abbreviated_state_in_an_apposition() {
    let text =
        "Intro line.\n\n\"Our assumption is that it will pass,\" Senate Majority Leader Mitch \
                Roe, R-Ky., said Tuesday.";
    assert_eq!(
        speakers(text),
        [Some("Senate Majority Leader Mitch Roe".to_string())]
    );
}

#[test]
fn her_mother_is_the_mrs_of_her_family() {
    let text =
        "Chapter one.\n\nMrs. Bennet sat down. Elizabeth Bennet came in with Jane Bennet.\n\n\
                \"We are not in a way to know,\" said her mother, \"since we are not to visit.\"";
    let got = attributed(text);
    assert_eq!(got[0].1.as_deref(), Some("Mrs. Bennet"), "{got:?}");
}

#[test]
fn a_turn_is_not_spoken_by_the_person_it_addresses() {
    // Alternation alone would give the third turn to Anna, but it addresses her by name.
    let text = "Chapter one.\n\n\"Good morning,\" said Anna Roe.\n\n\"Good morning to you,\" \
                said Boris Major.\n\n\"Did you sleep well, Anna?\"\n\n\"Not at all.\"\n\n\
                \"Why not?\"\n\n\"The storm kept me awake.\"\n\n\"It was loud.\"";
    let got = speakers(text);
    assert_eq!(got[2].as_deref(), Some("Boris Major"), "{got:?}");
    assert_eq!(got[3].as_deref(), Some("Anna Roe"), "{got:?}");
}

#[test]
fn a_pronoun_prefers_a_person_of_its_gender_to_a_nearer_unknown_name() {
    let text = "Chapter one.\n\nMiss Mary Morstan looked up. The Agra treasure was gone.\n\n\
                \"Why do you say that?\" she asked.";
    assert_eq!(speakers(text), [Some("Miss Mary Morstan".to_string())]);
}

#[test]
fn a_capitalised_word_is_not_a_description_head() {
    let got = attributed(
        "Intro line.\n\nThe statement by the United said \"no\" to the plan, officials said.",
    );
    assert!(
        got.iter()
            .all(|(_, s, _)| s.as_deref() != Some("the United")),
        "{got:?}"
    );
}

#[test]
fn paragraph_ending_added_comma_speaks_for_its_sentence_subject() {
    let text = "Chapter one.\n\nElizabeth Bennet looked up. She answered him in the usual way, \
                and after a moment's pause, added,\n\n\"My eldest sister has been in town.\"";
    assert_eq!(speakers(text), [Some("Elizabeth Bennet".to_string())]);
}

#[test]
fn sentence_subject_after_an_opening_phrase() {
    let got = attributed(
        "Intro line.\n\nIn an August speech, John Roe attacked \"the hateful ideology of radical \
         groups, their oppression of women, gays and children.\"",
    );
    assert_eq!(got[0].1.as_deref(), Some("John Roe"));
    assert_eq!(got[0].2, "sentence_subject");
}

#[test]
fn a_conversation_with_no_cue_is_placed_by_a_vocative() {
    let text = "Chapter one.\n\nAnna Roe met Boris Major in the garden.\n\n\
                \"Are you well, Boris?\"\n\n\"Quite well, thank you.\"\n\n\"And your mother?\"\n\n\
                \"She is better.\"\n\n\"I am glad.\"\n\n\"So am I.\"";
    let got = speakers(text);
    let (a, b) = (
        Some("Anna Roe".to_string()),
        Some("Boris Major".to_string()),
    );
    assert_eq!(got, [a.clone(), b.clone(), a.clone(), b.clone(), a, b]);
}

#[test]
fn a_bare_plural_subject_speaks_as_a_group() {
    let got = attributed(
        "Intro line.\n\nDemonstrators said they want \"justice for Terry,\" but pledged calm.",
    );
    assert_eq!(got[0].1.as_deref(), Some("Demonstrators"), "{got:?}");
}

#[test]
fn a_clause_after_but_is_not_the_quotations_cue() {
    let text = "Intro line.\n\nJim Roe, the police chief, said the video did not give \"absolute \
                definitive visual evidence of a gun,\" but he said that it supports the account. \
                Ann Major was there.";
    let got = attributed(text);
    assert_eq!(got[0].1.as_deref(), Some("Jim Roe"), "{got:?}");
}

#[test]
fn dash_credits_in_a_list_of_reader_quotations() {
    let text = "Readers wrote in.\n\n\"We can do better than this.\" ― Steve Roe\n\"I am worried \
                about it.\" ― Ann Major\n\"Nobody listens to us.\" ― Julie A. Diaz";
    assert_eq!(
        speakers(text),
        [
            Some("Steve Roe".to_string()),
            Some("Ann Major".to_string()),
            Some("Julie A. Diaz".to_string())
        ]
    );
}

#[test]
fn said_he_on_a_new_turn_is_not_the_last_speaker() {
    let text = "Chapter one.\n\nJohn Roe and Bill Major sat down by the fire.\n\n\
                \"It is late,\" said John Roe.\n\n\"Not yet,\" said he.\n\n\"Are you quite sure?\"\n\n\
                \"Quite sure of it.\"\n\n\"Then stay a while.\"\n\n\"I will stay.\"\n\n\"Good, I am glad.\"";
    let got = speakers(text);
    assert_eq!(got[1].as_deref(), Some("Bill Major"), "{got:?}");
}

mod speaker_phrases;
