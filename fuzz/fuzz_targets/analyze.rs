//! `analyze` on arbitrary UTF-8: no panic, and every span it returns is a slice of the
//! text on character boundaries; the JSON export works on whatever was found.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/machine/checks.rs"]
#[allow(dead_code)]
mod checks;

fuzz_target!(|data: &[u8]| {
    // The first byte picks a document date or none; the rest is the text.
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    let Ok(text) = std::str::from_utf8(rest) else {
        return;
    };
    checks::analyze(text, first % 2 == 0);
});
