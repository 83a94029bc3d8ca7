use super::*;
use crate::analysis::quotes::detect;

fn entities(text: &str) -> Entities {
    let doc = Document::new(text);
    find(&doc, &detect(&doc))
}

fn names(e: &Entities) -> Vec<(&str, EntityKind)> {
    e.people.iter().map(|p| (p.name.as_str(), p.kind)).collect()
}

#[test]
fn surname_and_honorific_join_the_full_name() {
    let e = entities(
        "Body starts.\n\nAlice Marie Johnson left prison. Johnson smiled. Ms. Johnson waved.",
    );
    assert_eq!(names(&e), [("Alice Marie Johnson", EntityKind::Person)]);
    assert_eq!(e.people[0].mentions.len(), 3);
    assert_eq!(e.people[0].gender, Gender::Female);
}

#[test]
fn two_people_sharing_a_surname_are_never_merged() {
    let e = entities(
        "Ivanka Trump called first. Then she met President Trump at noon. Trump signed it.",
    );
    let got = names(&e);
    assert!(
        got.contains(&("Ivanka Trump", EntityKind::Person)),
        "{got:?}"
    );
    assert!(
        got.contains(&("President Trump", EntityKind::Person)),
        "{got:?}"
    );
    let president = e.people.iter().position(|p| p.name == "President Trump");
    let last = e.mentions.last().map(|m| m.entity);
    assert_eq!(
        last, president,
        "a bare surname goes to the most recent compatible person"
    );
}

#[test]
fn mr_and_mrs_of_one_family_stay_apart() {
    let e = entities("Mr. Bennet sat down. Mrs. Bennet stood up. Mr. Bennet sighed.");
    let got = names(&e);
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(e.people[0].gender, Gender::Male);
    assert_eq!(e.people[1].gender, Gender::Female);
    assert_eq!(e.mentions[2].entity, 0);
}

#[test]
fn organisations_are_recognised_by_their_words_and_acronyms() {
    let e =
        entities("Later the White House said no. The FBI agreed with the Department of Justice.");
    let got = names(&e);
    for org in ["White House", "FBI", "Department of Justice"] {
        assert!(
            got.contains(&(org, EntityKind::Organization)),
            "{org} in {got:?}"
        );
    }
}

#[test]
fn sentence_initial_words_and_places_are_not_names() {
    let e = entities("During the talk, Jane Roe spoke in Michigan. Afterwards everyone left.");
    assert_eq!(names(&e), [("Jane Roe", EntityKind::Person)]);
}

#[test]
fn a_sentence_initial_common_word_is_not_part_of_the_name() {
    // "poor" and "till" are written in lower case elsewhere: not name words.
    let e = entities(
        "Body starts.\n\nPoor Winterbourne was puzzled. Till Winterbourne left, it was poor \
         weather, and he waited till noon.",
    );
    assert_eq!(names(&e), [("Winterbourne", EntityKind::Person)]);
}

#[test]
fn honorific_surname_in_a_family_is_not_a_first_named_relative() {
    let e = entities(
        "Body starts.\n\nJane Bennet and Elizabeth Bennet came in. Mrs. Bennet was pleased. \
         Mr. Darcy bowed. Lady Anne Darcy was his mother. Darcy smiled.",
    );
    let got = names(&e);
    assert!(
        got.contains(&("Mrs. Bennet", EntityKind::Person)),
        "{got:?}"
    );
    assert!(got.contains(&("Mr. Darcy", EntityKind::Person)), "{got:?}");
    let darcy = e.people.iter().position(|p| p.name == "Mr. Darcy");
    let last = e.mentions.last().map(|m| m.entity);
    assert_eq!(last, darcy, "the bare surname goes to Mr. Darcy");
}

#[test]
fn mrs_and_miss_of_one_family_are_two_people() {
    let e = entities("Body starts.\n\nMiss Daisy Miller laughed. Mrs. Miller frowned.");
    let got = names(&e);
    assert_eq!(
        got,
        [
            ("Miss Daisy Miller", EntityKind::Person),
            ("Mrs. Miller", EntityKind::Person)
        ]
    );
}

#[test]
fn a_party_adjective_before_a_noun_is_not_a_name() {
    let e = entities(
        "Body starts.\n\nPolitiFact rated Republican claims as false. Republican leaders met.",
    );
    let got = names(&e);
    assert!(got.iter().all(|(n, _)| *n != "Republican"), "{got:?}");
}

#[test]
fn a_nationality_names_no_one() {
    let e = entities(
        "Body starts.\n\nHe was a young American, who had met Germans in Geneva. \
         Jane Roe came later.",
    );
    let got = names(&e);
    assert!(
        got.iter().all(|(n, _)| *n != "American" && *n != "Germans"),
        "{got:?}"
    );
    assert!(got.contains(&("Jane Roe", EntityKind::Person)), "{got:?}");
}

#[test]
fn places_and_the_interjection_o_are_not_names() {
    let e = entities(
        "Body starts.\n\nThey walked to Hunsford Parsonage and on to Lake Geneva. \
         \"O Mouse, do you know the way?\" Alice asked. The Mouse said nothing.",
    );
    let got = names(&e);
    assert!(
        got.iter().all(|(n, _)| !n.contains("Parsonage")
            && !n.contains("Geneva")
            && !n.starts_with("O ")),
        "{got:?}"
    );
    assert!(got.iter().any(|(n, _)| *n == "Mouse"), "{got:?}");
}

#[test]
fn an_initial_joins_the_first_name_it_stands_for() {
    let e = entities(
        "Body starts.\n\nThe White Rabbit hurried by. On the door a plate read W. RABBIT. \
         John Smith came in; J. Smith left.",
    );
    let got = names(&e);
    assert_eq!(
        got.iter()
            .filter(|(n, _)| n.to_lowercase().contains("rabbit"))
            .count(),
        1,
        "{got:?}"
    );
    assert_eq!(
        got.iter().filter(|(n, _)| n.contains("Smith")).count(),
        1,
        "{got:?}"
    );
}

#[test]
fn her_ladyship_is_the_lady_last_mentioned() {
    let e = entities(
        "Body starts.\n\nLady Catherine sat down. Mr. Collins bowed to her Ladyship at once.",
    );
    let got = names(&e);
    assert!(got.iter().all(|(n, _)| *n != "Ladyship"), "{got:?}");
    let lady = e.people.iter().find(|p| p.name == "Lady Catherine");
    assert_eq!(lady.map(|p| p.mentions.len()), Some(2), "{got:?}");
}

#[test]
fn the_first_word_of_a_quotation_is_no_name_when_written_lower_case_elsewhere() {
    let e = entities(
        "Body starts.\n\nMrs. Bennet said only, \"Nonsense, nonsense!\" and left the room.",
    );
    let got = names(&e);
    assert!(got.iter().all(|(n, _)| *n != "Nonsense"), "{got:?}");
}

#[test]
fn laws_prizes_and_month_abbreviations_are_not_people() {
    let e = entities(
        "Body starts.\n\nThe Clean Air Act passed in Sept. 1970. She won the Nobel Peace Prize \
         at Christmas. Jane Roe spoke.",
    );
    let got = names(&e);
    assert!(
        got.iter().all(|(n, _)| !n.contains("Act")
            && !n.contains("Prize")
            && *n != "Sept"
            && *n != "Christmas"),
        "{got:?}"
    );
    assert!(got.contains(&("Jane Roe", EntityKind::Person)), "{got:?}");
}

#[test]
fn an_office_of_a_department_is_a_title_not_a_name() {
    let e = entities(
        "Body starts.\n\nFormer Secretary of State Hillary Clinton spoke. Clinton left. \
         Secretary of Defense Ash Carter agreed.",
    );
    let got = names(&e);
    assert_eq!(
        got,
        [
            ("Hillary Clinton", EntityKind::Person),
            ("Ash Carter", EntityKind::Person)
        ],
        "{got:?}"
    );
}

fn person_names(e: &Entities) -> Vec<&str> {
    e.people
        .iter()
        .filter(|p| p.kind == EntityKind::Person && !p.mentions.is_empty())
        .map(|p| p.name.as_str())
        .collect()
}

#[test]
fn i_contractions_listed_as_people() {
    let e = entities("Rosa looked up. \"I've lost it,\" said Rosa. \"I’m sorry. I'll look.\"");
    assert_eq!(person_names(&e), ["Rosa"]);
}

#[test]
fn heading_in_capitals_listed_as_a_person() {
    let e = entities(
        "Body starts.\n\nOn the jar was written ORANGE MARMALADE in a neat hand.\n\nCHAPTER TWO\n\n\
         Yours ever,\n\nMARGARET HOLLOWAY\n",
    );
    assert_eq!(person_names(&e), ["MARGARET HOLLOWAY"]);
}

#[test]
fn name_in_capitals_ran_into_the_next_line() {
    let e = entities("Body starts.\n\nLETTER FROM SIR HOWARD\nGreen Lodge, May 2.\n\nThanks.");
    let got = person_names(&e);
    assert!(got.contains(&"SIR HOWARD"), "{got:?}");
    assert!(!got.iter().any(|n| n.contains("HOWARD Green")), "{got:?}");
}

#[test]
fn abstract_noun_capitalised_for_emphasis_listed_as_a_person() {
    let e = entities(
        "Body starts. It was the march of Imperialism, the reign of Latitude. Ruth knew it.",
    );
    assert_eq!(person_names(&e), ["Ruth"]);
}

#[test]
fn compass_places_listed_as_people() {
    let e = entities(
        "Body starts. Ships sailed from North America to the Southern States and back, and \
         Ruth watched them from West Gate.",
    );
    assert_eq!(person_names(&e), ["Ruth"]);
}

#[test]
fn south_korean_president_is_still_a_person() {
    let e = entities("Body starts. South Korean President Park Geun-hye said it was reckless.");
    assert_eq!(person_names(&e).len(), 1, "{:?}", person_names(&e));
}

#[test]
fn places_events_and_treaties_listed_as_people() {
    let e = entities(
        "Body starts. Before Election Day, Dana Pike flew to Colorado Springs to attack the \
         Trans-Pacific Partnership at Lincoln Hall.",
    );
    assert_eq!(person_names(&e), ["Dana Pike"]);
}

#[test]
fn islamic_state_listed_as_a_person() {
    let e = entities("Body starts. Dana Pike said the Islamic State had lost ground.");
    assert_eq!(person_names(&e), ["Dana Pike"]);
}

#[test]
fn straight_and_curly_apostrophes_split_one_person() {
    let e = entities("Body starts. James O’Neill spoke first. Then O'Neill spoke again.");
    assert_eq!(person_names(&e).len(), 1, "{:?}", person_names(&e));
    assert_eq!(e.people[0].mentions.len(), 2);
}
