use super::*;
use crate::analysis::document::Document;
use crate::analysis::temporal::find_times;

const DCT: &str = "2018-06-14"; // a Thursday

fn date(s: &str) -> Option<Date> {
    s.parse().ok()
}

/// (value, type, document date, label): every shape of value whosaid gives.
#[test]
fn labels_table() {
    use TimeType::*;
    let dct = Some(DCT);
    let cases: &[(&str, TimeType, Option<&str>, &str)] = &[
        // Days: the year left out only in the document's year when it goes without saying.
        ("2018-05-30", Date, None, "May 30, 2018"),
        ("2018-05-30", Date, dct, "May 30"),
        ("2017-05-30", Date, dct, "May 30, 2017"),
        ("XXXX-05-30", Date, None, "May 30"),
        ("XXXX-02-29", Date, None, "February 29"),
        // "December 30" on January 3 would be read as the one just past.
        ("2018-12-30", Date, Some("2018-01-03"), "December 30, 2018"),
        (
            "2017-12-30",
            Date,
            Some("2018-01-03"),
            "Saturday, December 30, 2017",
        ),
        // Within a week of the document's date, with the weekday.
        ("2018-06-08", Date, dct, "Friday, June 8"),
        ("2018-06-14", Date, dct, "Thursday, June 14"),
        ("2018-06-01", Date, Some("2018-06-04"), "Friday, June 1"),
        ("2018-06-01", Date, None, "June 1, 2018"),
        ("XXXX-XX-XX", Date, None, "a day"),
        // Weekdays.
        ("XXXX-WXX-5", Date, None, "a Friday"),
        ("XXXX-WXX-7", Date, None, "a Sunday"),
        ("2018-W22-5", Date, Some("2018-06-04"), "Friday, June 1"),
        // Weeks and weekends.
        ("2016-W37", Date, None, "the week of September 12, 2016"),
        ("2018-W23", Date, dct, "the week of June 4"),
        ("2018-W01", Date, None, "the week of January 1, 2018"),
        ("2019-W01", Date, None, "the week of December 31, 2018"),
        ("XXXX-WXX", Date, None, "a week"),
        ("2018-W24-WE", Date, dct, "the weekend of June 16"),
        ("XXXX-WXX-WE", Date, None, "a weekend"),
        // Months and years.
        ("2018-05", Date, None, "May 2018"),
        ("2018-05", Date, dct, "May"),
        ("2017-05", Date, dct, "May 2017"),
        ("2018-12", Date, Some("2018-01-03"), "December 2018"),
        ("XXXX-11", Date, None, "November"),
        ("XXXX-XX", Date, None, "a month"),
        ("2017", Date, dct, "2017"),
        ("0900", Date, None, "0900"),
        ("XXXX", Date, None, "a year"),
        // Decades and centuries.
        ("198", Date, None, "the 1980s"),
        ("187", Date, None, "the 1870s"),
        ("19", Date, None, "the 1900s"),
        ("XXX", Date, None, "a decade"),
        ("XX", Date, None, "a century"),
        // Quarters, halves, seasons.
        ("2018-Q3", Date, None, "the third quarter of 2018"),
        ("1997-Q4", Date, dct, "the fourth quarter of 1997"),
        ("XXXX-Q1", Date, None, "the first quarter"),
        ("XXXX-QX", Date, None, "a quarter"),
        ("1989-H2", Date, None, "the second half of 1989"),
        ("XXXX-H1", Date, None, "the first half of the year"),
        ("2018-SU", Date, None, "summer 2018"),
        ("1994-WI", Date, None, "winter 1994"),
        ("1997-FA", Date, None, "fall 1997"),
        ("XXXX-SP", Date, None, "spring"),
        // Parts of days.
        ("2018-05-30TNI", Time, None, "the night of May 30, 2018"),
        (
            "2018-06-13TNI",
            Time,
            dct,
            "the night of Wednesday, June 13",
        ),
        ("2018-05-30TMO", Time, dct, "the morning of May 30"),
        ("2018-05-30TAF", Time, None, "the afternoon of May 30, 2018"),
        ("2018-05-30TEV", Time, None, "the evening of May 30, 2018"),
        ("XXXX-XX-XXTNI", Time, None, "a night"),
        ("XXXX-XX-XXTAF", Time, None, "an afternoon"),
        // Clock times.
        ("2018-05-30T20:30", Time, None, "8:30 p.m., May 30, 2018"),
        ("2018-05-30T20:30", Time, dct, "8:30 p.m., May 30"),
        ("2018-06-08T09:30", Time, dct, "9:30 a.m., Friday, June 8"),
        ("1998-02-11T22:00", Time, None, "10 p.m., February 11, 1998"),
        ("XXXX-11-09T17:00", Time, None, "5 p.m., November 9"),
        ("XXXX-XX-XXT12:00", Time, None, "noon"),
        ("XXXX-XX-XXT00:00", Time, None, "midnight"),
        ("XXXX-XX-XXT00:15", Time, None, "12:15 a.m."),
        ("XXXX-WXX-7T09:00", Time, None, "9 a.m. on a Sunday"),
        // Durations.
        ("P7M", Duration, None, "seven months"),
        ("P1D", Duration, None, "a day"),
        ("P10Y", Duration, None, "10 years"),
        ("P20Y", Duration, None, "20 years"),
        ("P2DE", Duration, None, "two decades"),
        ("P3Q", Duration, None, "three quarters"),
        ("P1WE", Duration, None, "a weekend"),
        ("PT5H", Duration, None, "five hours"),
        ("PT1H", Duration, None, "an hour"),
        ("PT1M", Duration, None, "a minute"),
        ("PXY", Duration, None, "years"),
        ("PXDE", Duration, None, "decades"),
        ("PXCE", Duration, None, "centuries"),
        ("PTXM", Duration, None, "minutes"),
        ("P2Y6M", Duration, None, "two and a half years"),
        ("P1Y6M", Duration, None, "a year and a half"),
        ("PT5H30M", Duration, None, "five and a half hours"),
        ("PT1M30S", Duration, None, "a minute and a half"),
        ("P2DT12H", Duration, None, "two and a half days"),
        ("P1Y2M", Duration, None, "a year and two months"),
        (
            "P1Y2M3D",
            Duration,
            None,
            "a year, two months and three days",
        ),
        // References.
        ("PAST_REF", Date, None, "the past"),
        ("PRESENT_REF", Date, dct, "now"),
        ("FUTURE_REF", Date, None, "the future"),
        // Recurrences.
        ("P1W", Set, None, "every week"),
        ("P1D", Set, None, "every day"),
        ("P1M", Set, None, "every month"),
        ("PT1M", Set, None, "every minute"),
        ("PT1H", Set, None, "every hour"),
        ("P2W", Set, None, "every two weeks"),
        ("XXXX-WXX-1", Set, None, "every Monday"),
        ("XXXX-WXX-2TNI", Set, None, "every Tuesday night"),
        ("XXXX-07", Set, None, "every July"),
    ];
    for &(value, kind, dct, want) in cases {
        assert_eq!(
            label(value, kind, dct.and_then(date)).as_deref(),
            Some(want),
            "{value} ({kind:?}) on {dct:?}"
        );
    }
}

#[test]
fn values_of_other_shapes_have_no_label() {
    for value in [
        "",
        "P",
        "PY",
        "P1",
        "P1y",
        "2018-13",
        "2018-02-30",
        "XXXX-13-01",
        "2018-Q5",
        "2018-W60",
        "2018-XX",
        "2018-05-30T25:00",
        "2018-05T10:00",
        "May 30",
        "TNI",
        "2018-05-30TXX",
    ] {
        assert_eq!(
            label(value, TimeType::Date, date(DCT)),
            None,
            "{value:?} is not a value whosaid gives"
        );
    }
}

#[test]
fn known_tells_what_of_the_calendar_a_value_pins_down() {
    use TimeType::*;
    let day = |y, m, d| Known::Date {
        year: y,
        month: Some(m),
        day: d,
    };
    let cases: &[(&str, TimeType, Known)] = &[
        ("2018-05-30", Date, day(2018, 5, Some(30))),
        ("2018-05-30T20:30", Time, day(2018, 5, Some(30))),
        ("2018-05", Date, day(2018, 5, None)),
        // A week falls in the month (and year) of its Monday.
        ("2018-W23", Date, day(2018, 6, None)),
        ("2019-W01", Date, day(2018, 12, None)),
        ("2018-Q3", Date, day(2018, 7, None)),
        (
            "2018-SU",
            Date,
            Known::Date {
                year: 2018,
                month: None,
                day: None,
            },
        ),
        ("198", Date, Known::Era(1980)),
        ("XXXX-05-30", Date, Known::YearNotGiven),
        ("XXXX-WXX-5", Date, Known::YearNotGiven),
        ("XXXX-SU", Date, Known::YearNotGiven),
        ("XXXX-11-09T17:00", Time, Known::YearNotGiven),
        ("XXXX-WXX", Date, Known::Unanchored),
        ("XXXX-XX-XX", Date, Known::Unanchored),
        ("XXXX", Date, Known::Unanchored),
        ("XXXX-XX-XXT12:00", Time, Known::Unanchored),
        ("P7M", Duration, Known::NotADate),
        ("PAST_REF", Date, Known::NotADate),
        ("XXXX-WXX-1", Set, Known::NotADate),
        ("nonsense", Date, Known::NotADate),
    ];
    for &(value, kind, want) in cases {
        assert_eq!(known(value, kind), want, "{value}");
    }
}

/// A code of TIMEX3 left in a label: "XXXX", "-W23", "T20", "TNI", "_REF", "P7M", "2018-05".
fn has_code(label: &str) -> bool {
    let words: Vec<&str> = label.split([' ', ',']).collect();
    label.contains("XX")
        || label.contains("-W")
        || label.contains("_REF")
        || words.iter().any(|w| {
            let b = w.as_bytes();
            (b.first() == Some(&b'T') || b.first() == Some(&b'P'))
                && b.get(1)
                    .is_some_and(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
                || w.contains('-') && w.bytes().any(|c| c.is_ascii_digit())
        })
}

#[test]
fn the_code_check_finds_codes() {
    for code in [
        "XXXX-05-30",
        "2016-W37",
        "2018-05-30TNI",
        "PAST_REF",
        "P7M",
        "PT5H",
        "2018-05",
    ] {
        assert!(has_code(code), "{code}");
    }
    assert!(!has_code("8:30 p.m., Thursday, May 30, 2018"));
}

/// Every time expression of a varied text, with and without a document date, gets a label
/// free of TIMEX3 codes.
#[test]
fn every_value_the_resolver_gives_has_a_readable_label() {
    let text = "Headline\n\nOn May 30, 2018, they met. On May 30 they met again. He was freed \
        last week and spoke on Friday. The week of March 6 was busy. It ran for seven months \
        and over the past two decades, for 5 1/2 hours, a few minutes, recent years and \
        centuries. In the 1980s and the past century it grew. Profits rose in the third \
        quarter and in the first half of 1989. This summer was hot; the winter of 1994 was \
        cold. Storms hit last night and this morning; the vote is at 8:30 p.m. tonight. \
        The paper is published daily and weekly, every hour, each Thursday, Tuesday nights \
        and each July. Now and in the future, as in the past, the year and this month. \
        A week later he left. The next day he returned. He met her this weekend and \
        yesterday afternoon at noon. It happened in 2017 and two years ago. Christmas Eve \
        came. Net fell in the year-ago quarter. Trading resumed at 9:30 a.m. on Friday.";
    let doc = Document::new(text);
    let mut seen = 0;
    for dct in [None, date(DCT), date("2018-01-03")] {
        for t in find_times(&doc, dct) {
            let Some(value) = t.value.as_deref() else {
                continue;
            };
            let got = label(value, t.kind, dct);
            assert!(
                got.as_deref().is_some_and(|l| !has_code(l)),
                "{:?} = {value} ({:?}) on {dct:?}: {got:?}",
                &text[t.span],
                t.kind
            );
            assert_eq!(t.label, got, "the analysis carries the label");
            seen += 1;
        }
    }
    assert!(seen > 100, "{seen} values seen");
}
