//! Words of time: months, weekdays, units, number words.

/// `word` in lower case, borrowed when it already is.
fn lower(word: &str) -> std::borrow::Cow<'_, str> {
    if word.chars().any(char::is_uppercase) {
        std::borrow::Cow::Owned(word.to_lowercase())
    } else {
        std::borrow::Cow::Borrowed(word)
    }
}

/// Month number of a month name or abbreviation ("Sept", "march").
pub fn month(word: &str) -> Option<i8> {
    let w = lower(word);
    let w = w.trim_end_matches('.');
    Some(match w {
        "january" | "jan" => 1,
        "february" | "feb" => 2,
        "march" | "mar" => 3,
        "april" | "apr" => 4,
        "may" => 5,
        "june" | "jun" => 6,
        "july" | "jul" => 7,
        "august" | "aug" => 8,
        "september" | "sept" | "sep" => 9,
        "october" | "oct" => 10,
        "november" | "nov" => 11,
        "december" | "dec" => 12,
        _ => return None,
    })
}

/// Monday-zero weekday of a weekday name.
pub fn weekday(word: &str) -> Option<i8> {
    let w = lower(word);
    Some(match w.trim_end_matches('.') {
        "monday" | "mon" => 0,
        "tuesday" | "tue" | "tues" => 1,
        "wednesday" | "wed" => 2,
        "thursday" | "thu" | "thur" | "thurs" => 3,
        "friday" | "fri" => 4,
        "saturday" | "sat" => 5,
        "sunday" | "sun" => 6,
        _ => return None,
    })
}

/// A calendar unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Minutes.
    Minute,
    /// Hours.
    Hour,
    /// Days.
    Day,
    /// Weeks.
    Week,
    /// Weekends.
    Weekend,
    /// Months.
    Month,
    /// Quarters.
    Quarter,
    /// Years.
    Year,
    /// Decades.
    Decade,
    /// Centuries.
    Century,
}

impl Unit {
    /// The TIMEX3 duration letter(s): P7M, P2W, PT3H.
    pub fn letter(self) -> &'static str {
        match self {
            Unit::Minute => "M",
            Unit::Hour => "H",
            Unit::Day => "D",
            Unit::Week => "W",
            Unit::Weekend => "WE",
            Unit::Month => "M",
            Unit::Quarter => "Q",
            Unit::Year => "Y",
            Unit::Decade => "DE",
            Unit::Century => "CE",
        }
    }
}

/// The unit a word names ("weeks", "year", "decade").
pub fn unit(word: &str) -> Option<Unit> {
    let w = lower(word);
    Some(match &*w {
        "minute" | "minutes" => Unit::Minute,
        "hour" | "hours" => Unit::Hour,
        "day" | "days" => Unit::Day,
        "week" | "weeks" => Unit::Week,
        "weekend" | "weekends" => Unit::Weekend,
        "month" | "months" => Unit::Month,
        "quarter" | "quarters" => Unit::Quarter,
        "year" | "years" => Unit::Year,
        "decade" | "decades" => Unit::Decade,
        "century" | "centuries" => Unit::Century,
        _ => return None,
    })
}

/// The value of a number word or numeral ("seven", "12", "a").
pub fn number(word: &str) -> Option<i64> {
    if word.bytes().any(|b| b.is_ascii_digit())
        && word.bytes().all(|b| b.is_ascii_digit() || b == b',')
    {
        return word.bytes().filter(|b| *b != b',').try_fold(0i64, |n, b| {
            n.checked_mul(10)?.checked_add(i64::from(b - b'0'))
        });
    }
    let w = lower(word);
    Some(match &*w {
        "a" | "an" | "one" | "single" => 1,
        "two" | "couple" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "eleven" => 11,
        "twelve" | "dozen" => 12,
        "thirteen" => 13,
        "fourteen" => 14,
        "fifteen" => 15,
        "sixteen" => 16,
        "seventeen" => 17,
        "eighteen" => 18,
        "nineteen" => 19,
        "twenty" => 20,
        "thirty" => 30,
        "forty" => 40,
        "fifty" => 50,
        "sixty" => 60,
        "seventy" => 70,
        "eighty" => 80,
        "ninety" => 90,
        "hundred" => 100,
        _ => return None,
    })
}

/// Ordinal number words ("third" → 3).
pub fn ordinal(word: &str) -> Option<i64> {
    let w = lower(word);
    Some(match &*w {
        "first" | "1st" => 1,
        "second" | "2nd" => 2,
        "third" | "3rd" => 3,
        "fourth" | "4th" => 4,
        _ => return None,
    })
}

/// The TIMEX3 code of a part of the day ("morning" → "MO").
pub fn part_of_day(w: &str) -> Option<&'static str> {
    Some(match w {
        "morning" => "MO",
        "afternoon" => "AF",
        "evening" => "EV",
        "night" => "NI",
        _ => return None,
    })
}

/// An ISO date written as one token: "2018-06-14".
pub fn iso(raw: &str) -> Option<super::expr::Expr> {
    let mut parts = raw.split('-');
    let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
        return None;
    }
    Some(super::expr::Expr::Date {
        year: y.parse().ok(),
        month: m.parse().ok(),
        day: d.parse().ok(),
    })
}

/// A clock time "3" or "10:30" (hour 1-12): (hour, minute).
pub fn clock(raw: &str) -> Option<(i8, i8)> {
    let (h, m) = raw.split_once(':').unwrap_or((raw, "00"));
    let (h, m): (i8, i8) = (h.parse().ok()?, m.parse().ok()?);
    ((1..=12).contains(&h) && (0..60).contains(&m)).then_some((h, m))
}

/// Could a time expression start with the lower-case word `w`? A quick test that lets the
/// scanner pass over most words without trying every pattern: the words of this lexicon
/// (months, weekdays, numbers, ordinals, units) and the words that open relative
/// expressions, or any word with a digit or a hyphen.
pub fn may_start(w: &str) -> bool {
    static WORDS: std::sync::OnceLock<crate::analysis::lexicon::FastSet> =
        std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| {
        include_str!("../../../assets/lexicon/time-starters.txt")
            .split_whitespace()
            .filter(|w| !w.starts_with('#'))
            .collect()
    });
    w.bytes().any(|b| b.is_ascii_digit() || b == b'-') || words.contains(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word the lexicon's functions know (every string in this file) that starts an
    /// expression must pass `may_start`, or the scanner would skip it.
    #[test]
    fn may_start_knows_every_word_of_the_lexicon() {
        let source = include_str!("lexicon.rs");
        let words = source.split('"').skip(1).step_by(2);
        for w in words.filter(|w| !w.is_empty() && w.chars().all(|c| c.is_alphanumeric())) {
            // The scanner asks in lower case.
            let w = &w.to_lowercase();
            let known = month(w).is_some()
                || weekday(w).is_some()
                || number(w).is_some()
                || ordinal(w).is_some()
                || unit(w).is_some();
            assert!(
                !known || may_start(w),
                "{w:?} is in the lexicon but not a starter"
            );
        }
    }
}
