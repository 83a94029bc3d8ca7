//! Less common forms: parts of days, seasons, holidays, quarters and halves of reports,
//! lengths and a half, adjacent days and weeks.

use super::check;

#[test]
fn forms_table() {
    let dct = Some("2018-06-14"); // a Thursday
    let cases: &[(&str, Option<&str>, &str, &str)] = &[
        ("Storms hit last night.", dct, "last night", "2018-06-13TNI"),
        // A season alone: the latest begun, or the coming one in the future.
        (
            "The museum opened in the summer.",
            Some("2018-10-30"),
            "summer",
            "2018-SU",
        ),
        (
            "The early summer was hot.",
            Some("2018-10-30"),
            "The early summer",
            "2018-SU",
        ),
        (
            "Prices will rise in the spring.",
            Some("2018-10-30"),
            "spring",
            "2019-SP",
        ),
        (
            "They met on May 30. The day before, he rested.",
            dct,
            "The day before",
            "2018-05-29",
        ),
        (
            "They met on May 30. The following week, he left.",
            dct,
            "The following week",
            "2018-W23",
        ),
        // "ahead of" points ahead only for the time it governs.
        (
            "Traders squared positions ahead of the weekend.",
            dct,
            "the weekend",
            "2018-W24-WE",
        ),
        (
            "Just ahead of the trip, the department on Sunday issued a warning.",
            dct,
            "Sunday",
            "2018-06-10",
        ),
        (
            "Trading resumed at 9:30 a.m. on Friday.",
            dct,
            "9:30 a.m. on Friday",
            "2018-06-08T09:30",
        ),
        (
            "It expects results in the first quarter of next year.",
            dct,
            "the first quarter of next year",
            "2019-Q1",
        ),
        (
            "He promised to halve it by the year two thousand.",
            dct,
            "the year two thousand",
            "2000",
        ),
        // Holidays: the fourth Thursday of November, Christmas Eve, the Fourth of July.
        (
            "He was found on Thanksgiving Day.",
            Some("2000-01-07"),
            "Thanksgiving Day",
            "1999-11-25",
        ),
        (
            "The store will close on Christmas Eve.",
            dct,
            "Christmas Eve",
            "2018-12-24",
        ),
        (
            "They met on Christmas Eve.",
            None,
            "Christmas Eve",
            "XXXX-12-24",
        ),
        (
            "The parade on the Fourth of July was long.",
            dct,
            "Fourth of July",
            "2017-07-04",
        ),
        // An ambiguous month name after a word of time.
        ("It has sailed since March.", dct, "March", "2018-03"),
        (
            "The talks should end by May.",
            Some("2018-02-14"),
            "May",
            "2018-05",
        ),
        // No tense: the month behind is preferred unless the one ahead is much nearer.
        (
            "Profits peaked in March.",
            Some("2018-10-30"),
            "March",
            "2018-03",
        ),
        (
            "The change takes effect in December.",
            Some("2018-10-30"),
            "December",
            "2018-12",
        ),
        (
            "Net fell in the year-ago third quarter.",
            dct,
            "the year-ago third quarter",
            "2017-Q3",
        ),
        (
            "Net fell in the quarter a year ago.",
            dct,
            "the quarter a year ago",
            "2017-Q1",
        ),
        (
            "Net rose in the third quarter. For the nine months, it fell from a year earlier.",
            Some("2018-10-30"),
            "a year earlier",
            "2017",
        ),
        (
            "Net rose in the third quarter. Year-earlier results were restated. Sales were \
             higher than a year ago.",
            Some("2018-10-30"),
            "a year ago",
            "2017-Q3",
        ),
        (
            "Net rose in the third quarter. In the 2017 period, it fell.",
            Some("2018-10-30"),
            "the 2017 period",
            "2017-Q3",
        ),
    ];
    check(cases);
}
