//! A save never leaves a torn file: this test runs itself again as a child process that
//! saves corrections in a loop (each state larger than one write), kills it with SIGKILL
//! at varying moments, and checks after every kill that the stored file is a whole state,
//! the last one saved or the one before, never part of each nor damaged.
//!
//! It has its own `main` (no test harness): `save_crash --save-loop DIR` is the child.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use whosaid::state::corrections::{Correction, CorrectionStore, Corrections};

const NAME: &str = "a_save_killed_with_sigkill_leaves_the_old_or_the_new_state";
const TEXT: &str = "The document whose corrections the child saves.";
/// Entries in each state, each of a few hundred bytes: a state is about 100 KB.
const ENTRIES: usize = 300;

/// State number `n`: every entry says `n`, so a file mixing two states shows it.
fn state(n: usize) -> Corrections {
    let padding = "x".repeat(256);
    let mut all = Corrections::default();
    for i in 0..ENTRIES {
        all.push(Correction {
            start: i * 10,
            end: i * 10 + 5,
            speaker: format!("state {n} {padding}"),
            person: None,
        });
    }
    all
}

/// The number of the state `all` is, if it is a whole one.
fn whole_state(all: &Corrections) -> Option<usize> {
    let first = all.corrections.first()?;
    let n: usize = first.speaker.split(' ').nth(1)?.parse().ok()?;
    (*all == state(n)).then_some(n)
}

/// The child: go on from the stored state, saving the next one for ever.
fn save_loop(dir: &Path) -> Result<(), String> {
    let store = CorrectionStore::at(dir.to_path_buf());
    let stored = store.load(TEXT).map_err(|e| e.to_string())?;
    let mut n = if stored.is_empty() {
        0
    } else {
        whole_state(&stored).ok_or("the child found a torn state")?
    };
    loop {
        n += 1;
        store.save(TEXT, &state(n)).map_err(|e| e.to_string())?;
    }
}

fn sigkill_during_saves() -> Result<(), String> {
    use std::os::unix::process::ExitStatusExt;
    let dir: PathBuf =
        std::env::temp_dir().join(format!("whosaid-save-crash-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let store = CorrectionStore::at(dir.clone());
    let me = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut last = 0;
    for round in 0..30u64 {
        let mut child = Command::new(&me)
            .arg("--save-loop")
            .arg(&dir)
            .spawn()
            .map_err(|e| format!("the child starts: {e}"))?;
        // Varying moments, so that some kills land in a write, some in a rename.
        std::thread::sleep(Duration::from_millis(20 + (round * 13) % 70));
        child.kill().map_err(|e| e.to_string())?;
        let status = child.wait().map_err(|e| e.to_string())?;
        if status.signal() != Some(9) {
            return Err(format!(
                "round {round}: the child was not saving when killed: {status}"
            ));
        }
        let stored = store
            .load(TEXT)
            .map_err(|e| format!("round {round}: the stored file is damaged: {e}"))?;
        let n = match whole_state(&stored) {
            Some(n) => n,
            None if stored.is_empty() && last == 0 => 0,
            None => return Err(format!("round {round}: a torn state is stored")),
        };
        if n < last {
            return Err(format!("round {round}: state {n} after state {last}"));
        }
        last = n;
    }
    if last < 30 {
        return Err(format!(
            "only {last} saves in 30 rounds: the test tested little"
        ));
    }
    let aside = std::fs::read_dir(&dir)
        .map(|d| {
            d.flatten()
                .filter(|e| e.file_name().to_string_lossy().contains("damaged"))
                .count()
        })
        .unwrap_or(0);
    if aside > 0 {
        return Err("a file was set aside as damaged".into());
    }
    let _ = std::fs::remove_dir_all(&dir);
    println!("{last} states saved across 30 kills, each one whole");
    Ok(())
}

fn main() -> std::process::ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [flag, dir] = args.as_slice() {
        if flag == "--save-loop" {
            if let Err(e) = save_loop(Path::new(dir)) {
                eprintln!("child: {e}");
            }
            return std::process::ExitCode::from(3);
        }
    }
    // `cargo test NAME`: run only when the filter (if any) names this test.
    let filters: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    if args.iter().any(|a| a == "--list") {
        println!("{NAME}: test");
        return std::process::ExitCode::SUCCESS;
    }
    if !filters.is_empty() && !filters.iter().any(|f| NAME.contains(f.as_str())) {
        return std::process::ExitCode::SUCCESS;
    }
    print!("test {NAME} ... ");
    match sigkill_during_saves() {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            println!("FAILED\n{e}");
            std::process::ExitCode::FAILURE
        }
    }
}
