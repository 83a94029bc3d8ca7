use super::*;

fn values(text: &str, date: Option<&str>) -> Vec<(String, Option<String>)> {
    let doc = Document::new(text);
    let date = date.and_then(|d| d.parse().ok());
    find_times(&doc, date)
        .into_iter()
        .map(|t| (text[t.span].to_string(), t.value))
        .collect()
}

fn value_of(text: &str, date: Option<&str>, words: &str) -> Option<String> {
    values(text, date)
        .into_iter()
        .find(|(w, _)| w == words)
        .and_then(|(_, v)| v)
}

#[test]
fn resolver_table() {
    let dct = Some("2018-06-14"); // a Thursday
    let cases: &[(&str, Option<&str>, &str, &str)] = &[
        ("It began in 2017 there.", dct, "2017", "2017"),
        ("They met on May 30 at noon.", None, "May 30", "XXXX-05-30"),
        ("They met on May 30 at noon.", dct, "May 30", "2018-05-30"),
        (
            "They met on May 30. A week later, he left.",
            dct,
            "A week later",
            "2018-06-06",
        ),
        ("He was freed last week.", dct, "last week", "2018-W23"),
        // Without a document date, as much as the words tell.
        ("He was freed last week.", None, "last week", "XXXX-WXX"),
        ("He spoke on Friday.", dct, "Friday", "2018-06-08"),
        ("He will speak on Friday.", dct, "Friday", "2018-06-15"),
        (
            "The team planned to leave on Friday.",
            dct,
            "Friday",
            "2018-06-15",
        ),
        ("She left yesterday.", dct, "yesterday", "2018-06-13"),
        ("Sales rose this year.", dct, "this year", "2018"),
        ("It closed two years ago.", dct, "two years ago", "2016"),
        ("They talked for seven months.", dct, "seven months", "P7M"),
        (
            "Over the past two decades it grew.",
            dct,
            "the past two decades",
            "P20Y",
        ),
        // The latest third quarter: in June 2018, that of 2017.
        (
            "Profit fell in the third quarter.",
            dct,
            "the third quarter",
            "2017-Q3",
        ),
        (
            "Profit fell in the third quarter of 1984.",
            dct,
            "the third quarter of 1984",
            "1984-Q3",
        ),
        (
            "It expects growth in this year's third quarter.",
            dct,
            "this year's third quarter",
            "2018-Q3",
        ),
        (
            "Net rose in the third-quarter. A year earlier it fell.",
            dct,
            "A year earlier",
            "2016-Q3",
        ),
        ("It opened last April.", dct, "last April", "2018-04"),
        ("It opened last August.", dct, "last August", "2017-08"),
        ("It opens this September.", dct, "this September", "2018-09"),
        (
            "It opened in July last year.",
            dct,
            "July last year",
            "2017-07",
        ),
        ("Rates rose in recent years.", dct, "recent years", "PXY"),
        (
            "They met nearly two years ago.",
            dct,
            "nearly two years ago",
            "2016",
        ),
        ("We swim each Thursday.", dct, "each Thursday", "XXXX-WXX-4"),
        (
            "It ends at noon Friday.",
            dct,
            "noon Friday",
            "2018-06-08T12:00",
        ),
        (
            "It ran for the last twenty four hours.",
            dct,
            "the last twenty four hours",
            "PT24H",
        ),
        ("It rained last fall.", dct, "last fall", "2017-FA"),
        (
            "Sales rose in the year ended March 31.",
            dct,
            "the year",
            "P1Y",
        ),
        ("It will end in January.", dct, "January", "2019-01"),
        (
            "Revenue rose in the year ended July 31.",
            dct,
            "July 31",
            "2017-07-31",
        ),
        ("He is now retired.", dct, "now", "PRESENT_REF"),
        ("The paper is published daily.", dct, "daily", "P1D"),
        ("The alarm rang every hour.", dct, "every hour", "PT1H"),
        // A day after a year or a month is known only to that year or month.
        (
            "It was printed in 1813. The next day, she left.",
            None,
            "The next day",
            "1813",
        ),
        (
            "It was printed in 1813. The day before, she left.",
            None,
            "The day before",
            "1813",
        ),
        (
            "They met in May 2017. A week later, he left.",
            dct,
            "A week later",
            "2017-05",
        ),
        ("The alarm rang every minute.", dct, "every minute", "PT1M"),
        (
            "Born on Sept. 11, 2001, he grew up.",
            None,
            "Sept. 11, 2001",
            "2001-09-11",
        ),
        (
            "The meeting ended at 3 p.m. sharp.",
            dct,
            "3 p.m.",
            "2018-06-14T15:00",
        ),
        ("That was in October.", dct, "October", "2017-10"),
        ("She rested for 5 1/2 hours.", dct, "5 1/2 hours", "PT5H30M"),
        ("He waited 2 1/2 years.", dct, "2 1/2 years", "P2Y6M"),
        (
            "It took a minute and a half.",
            dct,
            "a minute and a half",
            "PT1M30S",
        ),
        (
            "They met yesterday afternoon.",
            dct,
            "yesterday afternoon",
            "2018-06-13TAF",
        ),
        (
            "Trading halted mid-afternoon yesterday.",
            dct,
            "mid-afternoon yesterday",
            "2018-06-13TAF",
        ),
        (
            "Sales fell in the first half of 2017.",
            dct,
            "the first half of 2017",
            "2017-H1",
        ),
        (
            "It grew in the last half of 2017.",
            dct,
            "the last half of 2017",
            "2017-H2",
        ),
        (
            "It was the winter of nineteen ninety-four.",
            dct,
            "the winter of nineteen ninety-four",
            "1994-WI",
        ),
        // "last" before a month and day says the past, and is not part of the date.
        (
            "He was shot last Oct. 23 at home.",
            dct,
            "Oct. 23",
            "2017-10-23",
        ),
        // A weekday followed by a date is that date.
        (
            "Funds were withdrawn on Friday Oct. 13 alone.",
            dct,
            "Friday Oct. 13",
            "2017-10-13",
        ),
        (
            "It began a week or so ago.",
            dct,
            "a week or so ago",
            "2018-W23",
        ),
        (
            "The offer will expire at the end of June.",
            dct,
            "the end of June",
            "2018-06",
        ),
        (
            "The sale is to be completed around June 20.",
            dct,
            "around June 20",
            "2018-06-20",
        ),
        (
            "U.K. sales for last year's quarter fell.",
            Some("2018-10-30"),
            "last year's quarter",
            "2017-Q3",
        ),
        (
            "Net was higher in the corresponding period last year.",
            Some("2018-10-30"),
            "the corresponding period last year",
            "2017-Q3",
        ),
        (
            "Hearings begin the week of March 6.",
            Some("2000-02-24"),
            "the week of March 6",
            "2000-W10",
        ),
        (
            "Prices will fall through the first two quarters of 2019.",
            dct,
            "the first two quarters of 2019",
            "2019-H1",
        ),
        (
            "It has been flat since year-end.",
            dct,
            "year-end",
            "2017-12-31",
        ),
        (
            "The next day, it rained.",
            dct,
            "The next day",
            "2018-06-15",
        ),
    ];
    check(cases);
}

/// Each (text, document date, words, value): the words are found with that value.
fn check(cases: &[(&str, Option<&str>, &str, &str)]) {
    for (text, date, words, want) in cases {
        assert_eq!(
            value_of(text, *date, words).as_deref(),
            Some(*want),
            "{words:?} in {text:?}: {:?}",
            values(text, *date)
        );
    }
}

#[test]
fn document_date_comes_from_a_dateline() {
    let text = "Big News\n\nPublished June 14, 2018\n\nSomething happened on Friday.";
    assert_eq!(document_date(text), "2018-06-14".parse().ok());
    assert_eq!(document_date("No date here at all."), None);
    let dateline = "WASHINGTON, Aug. 11, 1998 (Xinhua) -- The secretary of state arrived \
                    today for talks that are expected to last well into the night, officials said.";
    assert_eq!(document_date(dateline), "1998-08-11".parse().ok());
    // A date inside a sentence of the story is not the document's.
    let story = "Crowds came to town for the events of the week. The Jan. 20, 2017, \
                 inauguration drew crowds that the city had not seen for many years.";
    assert_eq!(document_date(story), None);
}

#[test]
fn week_and_quarter_values_give_their_first_day() {
    assert_eq!(date_of_value("2018-W23", None), "2018-06-04".parse().ok());
    assert_eq!(date_of_value("2018-Q3", None), "2018-07-01".parse().ok());
    assert_eq!(
        date_of_value("XXXX-05-30", Some(2017)),
        "2017-05-30".parse().ok()
    );
    assert_eq!(date_of_value("PAST_REF", None), None);
}

mod forms;
mod not_times;

/// Regression (issue 12): a history anchored every month and day to the year of the page,
/// not to the year the story was telling.
#[test]
fn a_narrative_puts_months_and_days_in_the_year_it_is_telling() {
    let history = "The union was founded in 1962. In 1968 the union struck. On May 13, the \
                   workers marched, and in July the mills closed. By 1970 it was over.";
    let dct = Some("2020-03-01");
    assert_eq!(
        value_of(history, dct, "May 13").as_deref(),
        Some("1968-05-13")
    );
    assert_eq!(value_of(history, dct, "July").as_deref(), Some("1968-07"));
    // News that names a year of the past keeps its own dates near the page's.
    let news = "The mayor said on Monday that the bridge, built in 1962, will reopen on May 13. \
                Work began last week, she said, and the plan was approved on Tuesday.";
    assert_eq!(value_of(news, dct, "May 13").as_deref(), Some("2020-05-13"));
}

/// Regression: "in winter the army rested" found no time, as the next word was taken for
/// the noun the season describes ("winter storms").
#[test]
fn a_season_before_a_new_phrase_is_a_time() {
    let dct = Some("2020-03-01");
    assert!(value_of("In winter the army rested.", dct, "winter").is_some());
    assert!(value_of("By spring they had left.", dct, "spring").is_some());
    assert_eq!(value_of("The winter storms came.", dct, "winter"), None);
}

/// Regression (issue 12): years before the common era were not times ("241 BC").
#[test]
fn years_before_the_common_era_are_bc_values_with_labels() {
    let text = "Rome fought Carthage in 241 BC, and the city fell in 146 B.C. after a siege.";
    assert_eq!(value_of(text, None, "241 BC").as_deref(), Some("BC0241"));
    assert_eq!(value_of(text, None, "146 B.C.").as_deref(), Some("BC0146"));
    assert_eq!(
        super::label("BC0241", crate::analysis::model::TimeType::Date, None).as_deref(),
        Some("241 BC")
    );
    // A number before other capitals is no era: "241 BCCI".
    assert_eq!(value_of("It paid 241 BCCI shares.", None, "241 BCCI"), None);
}

/// Regression (issue 12): centuries were not times ("the 19th century", "the 1800s").
#[test]
fn centuries_are_their_first_two_digits() {
    assert_eq!(
        value_of("In the 19th century the town grew.", None, "19th century").as_deref(),
        Some("18")
    );
    assert_eq!(
        value_of(
            "In the eighteenth century it was small.",
            None,
            "eighteenth century"
        )
        .as_deref(),
        Some("17")
    );
    assert_eq!(
        value_of("By the 1800s it was large.", None, "1800s").as_deref(),
        Some("18")
    );
    assert_eq!(
        value_of("In the 1990s it grew.", None, "1990s").as_deref(),
        Some("199")
    );
    assert_eq!(
        value_of("The 2000s were good.", None, "2000s").as_deref(),
        Some("200")
    );
}

/// Regression (issue 12): "that same day" was no time; it is the day the story is at.
#[test]
fn the_same_day_is_the_day_the_story_is_at() {
    let text = "On May 10, 1940, the army moved. That same day the king left.";
    assert_eq!(
        value_of(text, None, "That same day").as_deref(),
        Some("1940-05-10")
    );
}
