//! Input loading: bytes -> article (`whosaid::source::from_bytes`), as text, HTML or
//! Markdown (by a hint, as a file's extension gives it, or sniffed). No panic; the marks
//! the reader styles lie inside the text, on character boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/machine/checks.rs"]
#[allow(dead_code)]
mod checks;

fuzz_target!(|data: &[u8]| {
    let Some((&first, rest)) = data.split_first() else {
        return;
    };
    checks::source(rest, first);
});
