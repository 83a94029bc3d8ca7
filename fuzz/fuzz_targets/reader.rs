//! The reader's state machine: an article, then actions, keys and resizes (0x0 and 1x1
//! among them), drawn on a `TestBackend` after each (see `tests/machine/mod.rs`).
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "../../tests/machine/mod.rs"]
mod machine;

fuzz_target!(|data: &[u8]| machine::run(data));
