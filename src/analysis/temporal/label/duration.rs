//! Lengths of time and recurrences: "P2Y6M" is two and a half years, a SET "P1W" every
//! week.

/// One part of a duration: a count (`None` for "X") and its unit, "TM" for minutes.
pub(super) type Part = (Option<u32>, &'static str);

/// The parts of a duration after its "P": "2Y6M" is [(2, "Y"), (6, "M")].
pub(super) fn duration(s: &str) -> Option<Vec<Part>> {
    let mut parts = Vec::new();
    let mut time = false;
    let mut rest = s;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('T') {
            time = true;
            rest = r;
            continue;
        }
        let n_len = rest
            .find(|c: char| !c.is_ascii_digit() && c != 'X')
            .unwrap_or(rest.len());
        let (n, r) = rest.split_at(n_len);
        let count = match n {
            "X" => None,
            _ => Some(n.parse().ok()?),
        };
        let unit_len = r.find(|c: char| !c.is_ascii_uppercase() || c == 'X' || c == 'T');
        let unit_len = match unit_len {
            Some(0) => 1,
            Some(l) => l,
            None => r.len(),
        };
        let (u, r) = r.split_at(unit_len.min(r.len()));
        let unit = match (time, u) {
            (false, "Y") => "Y",
            (false, "M") => "M",
            (false, "W") => "W",
            (false, "D") => "D",
            (false, "Q") => "Q",
            (false, "WE") => "WE",
            (false, "DE") => "DE",
            (false, "CE") => "CE",
            (true, "H") => "H",
            (true, "M") => "TM",
            (true, "S") => "S",
            _ => return None,
        };
        parts.push((count, unit));
        rest = r;
    }
    (!parts.is_empty()).then_some(parts)
}

/// The singular and plural names of a unit, and the article of one.
pub(super) fn unit_names(unit: &str) -> (&'static str, &'static str, &'static str) {
    match unit {
        "Y" => ("year", "years", "a"),
        "M" => ("month", "months", "a"),
        "W" => ("week", "weeks", "a"),
        "D" => ("day", "days", "a"),
        "Q" => ("quarter", "quarters", "a"),
        "WE" => ("weekend", "weekends", "a"),
        "DE" => ("decade", "decades", "a"),
        "CE" => ("century", "centuries", "a"),
        "H" => ("hour", "hours", "an"),
        "TM" => ("minute", "minutes", "a"),
        _ => ("second", "seconds", "a"),
    }
}

/// A count as news style writes it: words up to nine, figures above.
pub(super) fn count(n: u32) -> String {
    const WORDS: [&str; 10] = [
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    WORDS
        .get(usize::try_from(n).unwrap_or(usize::MAX))
        .map_or_else(|| n.to_string(), |w| w.to_string())
}

/// "seven months", "a year and a half", "years", "two years and three months".
pub(super) fn length(parts: &[Part]) -> Option<String> {
    let one = |&(n, u): &Part| {
        let (single, plural, article) = unit_names(u);
        match n {
            None => plural.to_string(),
            Some(1) => format!("{article} {single}"),
            Some(n) => format!("{} {plural}", count(n)),
        }
    };
    // A length and a half: "P2Y6M" is two and a half years.
    let half = |u: &str, next: &Part| {
        matches!(
            (u, next),
            ("Y", (Some(6), "M"))
                | ("M", (Some(15), "D"))
                | ("D", (Some(12), "H"))
                | ("H", (Some(30), "TM"))
                | ("TM", (Some(30), "S"))
        )
    };
    match parts {
        [(Some(1), u), next] if half(u, next) => Some(format!("{} and a half", one(&parts[0]))),
        [(Some(n), u), next] if half(u, next) => {
            Some(format!("{} and a half {}", count(*n), unit_names(u).1))
        }
        [only] => Some(one(only)),
        [init @ .., last] => Some(format!(
            "{} and {}",
            init.iter().map(one).collect::<Vec<_>>().join(", "),
            one(last)
        )),
        [] => None,
    }
}

/// "every week", "every two weeks", "every hour".
pub(super) fn every(parts: &[Part]) -> Option<String> {
    let [(n, u)] = parts else { return None };
    let (single, plural, _) = unit_names(u);
    Some(match n {
        Some(1) => format!("every {single}"),
        Some(n) => format!("every {} {plural}", count(*n)),
        None => format!("every few {plural}"),
    })
}
