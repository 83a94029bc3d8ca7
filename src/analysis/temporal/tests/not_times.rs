//! Words and numbers that look like times but are not: ages, money, shares, rates,
//! titles, modal "may".

use super::{value_of, values};

#[test]
fn ages_and_money_are_not_times() {
    let got = values(
        "The 42-year-old paid $2000 for 3 apples.",
        Some("2018-06-14"),
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn an_all_capitals_name_is_not_a_time() {
    let got = values(
        "She spoke to TODAY host Jane Roe about it today.",
        Some("2018-06-14"),
    );
    assert_eq!(got, [("today".to_string(), Some("2018-06-14".to_string()))]);
}

#[test]
fn modal_may_and_the_verb_march_are_not_months() {
    for text in [
        "May I ask a question?",
        "March on, soldiers, the general cried.",
        "Prices may rise, he said.",
    ] {
        assert_eq!(values(text, Some("2018-06-14")), vec![], "{text}");
    }
    assert_eq!(
        value_of("The vote was held in May.", Some("2018-06-14"), "May").as_deref(),
        Some("2018-05")
    );
}

#[test]
fn ages_shares_and_rates_are_not_times() {
    for text in [
        "Mr. Reupke, 52 years old, resigned.",
        "Iraq imports about three-quarters of its food.",
        "Funds hold more than a quarter of the market.",
        "The stock pays $1.76 a year.",
        "It will save $500 million a year.",
        "Flights rise to 700 seats a week.",
        "Guards stand there 24 hours a day.",
    ] {
        let got = values(text, Some("2018-06-14"));
        assert!(
            got.iter().all(|(w, _)| w != "a year"
                && w != "a week"
                && w != "a day"
                && !w.contains("quarter")
                && !w.contains("52")),
            "{text}: {got:?}"
        );
    }
    // A count before "ago" or "earlier" still is one.
    assert_eq!(
        value_of(
            "Net was $5 million a year earlier.",
            Some("2018-06-14"),
            "a year earlier"
        )
        .as_deref(),
        Some("2017")
    );
}

#[test]
fn titles_with_time_words_are_not_times() {
    for text in [
        "Baker said on ABC's This Week that talks failed.",
        "He told CBS's 60 Minutes he was sorry.",
        "The poster showed Gary Cooper in High Noon.",
        "A reporter for USA Today saw her.",
        "They went to summer camp in the hills.",
    ] {
        let got = values(text, Some("2018-06-14"));
        assert!(got.is_empty(), "{text}: {got:?}");
    }
    // At the start of a sentence the capital says nothing.
    assert_eq!(
        value_of("This week, sales rose.", Some("2018-06-14"), "This week").as_deref(),
        Some("2018-W24")
    );
    assert_eq!(
        value_of(
            "He was found on Thanksgiving Day.",
            Some("2000-01-07"),
            "Thanksgiving Day"
        )
        .as_deref(),
        Some("1999-11-25")
    );
}
