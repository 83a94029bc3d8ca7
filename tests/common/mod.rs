//! What the end-to-end tests share: the reader in a tmux session, driven by keys and read
//! from the screen, and fixture files of their own.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Command;
use std::time::{Duration, Instant};

/// The tmux session, killed when the test ends, even on failure.
pub struct Session {
    /// The tmux session name.
    pub name: String,
    /// Where the shell writes the reader's exit status.
    pub exit_file: PathBuf,
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.name])
            .output();
        let _ = std::fs::remove_file(&self.exit_file);
    }
}

impl Session {
    /// Run `binary` (a command line) in a new tmux session of `width` x `height`, with a
    /// state folder of its own (no saved place of the user's or of another test).
    pub fn start(binary: &str, width: u16, height: u16) -> Self {
        Self::start_with_state(binary, width, height, None)
    }

    /// As [`Session::start`], keeping saved places in `state` and corrections in
    /// `state/data` (`$XDG_DATA_HOME`), shared between sessions.
    pub fn start_with_state(
        binary: &str,
        width: u16,
        height: u16,
        state: Option<&std::path::Path>,
    ) -> Self {
        static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
        let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let name = format!("whosaid-e2e-{}-{n}", std::process::id());
        let exit_file = std::env::temp_dir().join(format!("{name}.exit"));
        let own = std::env::temp_dir().join(format!("{name}.state"));
        let state = state.unwrap_or(&own);
        let script = format!(
            "export XDG_STATE_HOME={0}; export XDG_DATA_HOME={0}/data; {binary}; echo EXIT=$? > {1}; echo EXIT=done; sleep 30",
            state.display(),
            exit_file.display()
        );
        let status = Command::new("tmux")
            .args([
                "new-session",
                "-d",
                "-s",
                &name,
                "-x",
                &width.to_string(),
                "-y",
                &height.to_string(),
            ])
            .arg(script)
            .env("TERM", "xterm-256color")
            .status()
            .expect("tmux runs (install it: apt-get install tmux)");
        assert!(status.success(), "tmux starts a session");
        Self { name, exit_file }
    }

    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            let ok = Command::new("tmux")
                .args(["send-keys", "-t", &self.name, k])
                .status();
            assert!(ok.is_ok_and(|s| s.success()), "send-keys {k}");
            std::thread::sleep(Duration::from_millis(60));
        }
    }

    pub fn screen(&self) -> String {
        let out = Command::new("tmux")
            .args(["capture-pane", "-p", "-t", &self.name])
            .output()
            .expect("capture-pane");
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Wait until the reader shows `needle` and has finished analysing (its status bar no
    /// longer says "analysing…"); the screen.
    pub fn wait_analysed(&self, needle: &str) -> String {
        self.wait_for(needle);
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if !status_line(&screen).contains("analysing") {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(20),
                "still analysing:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The process id of the program the session's shell runs (its one child).
    pub fn child_pid(&self) -> String {
        let out = Command::new("tmux")
            .args(["display-message", "-p", "-t", &self.name, "#{pane_pid}"])
            .output()
            .expect("tmux display-message");
        let shell = String::from_utf8_lossy(&out.stdout).trim().to_string();
        let children = std::fs::read_to_string(format!("/proc/{shell}/task/{shell}/children"))
            .unwrap_or_default();
        let child = children.split_whitespace().next().unwrap_or_default();
        assert!(!child.is_empty(), "the shell {shell:?} runs a program");
        child.to_string()
    }

    /// True once process `pid` has ended (gone, or a zombie waiting for its parent), within
    /// five seconds.
    pub fn ended(pid: &str) -> bool {
        let running = || {
            std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
                let state = stat.rsplit(')').next().unwrap_or("").trim_start();
                !state.starts_with('Z') && !state.starts_with('X')
            })
        };
        let start = Instant::now();
        while running() && start.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(50));
        }
        !running()
    }

    /// Wait until the program has ended; its exit status as the shell saw it ("EXIT=0").
    pub fn exit_status(&self) -> String {
        self.wait_for("EXIT=done");
        std::fs::read_to_string(&self.exit_file)
            .unwrap_or_default()
            .trim()
            .to_string()
    }

    /// Start an interactive shell in tmux (for job control: Ctrl-z, `fg`).
    pub fn shell(width: u16, height: u16) -> Self {
        Self::start("bash --norc --noprofile -i", width, height)
    }

    /// Wait until the screen shows `needle`; the screen.
    pub fn wait_for(&self, needle: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(needle) {
                return screen;
            }
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "waited for {needle:?}; the screen:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

/// The whosaid binary cargo built for these tests.
pub fn release_binary() -> String {
    env!("CARGO_BIN_EXE_whosaid").to_string()
}

/// The status bar: the second line from the bottom.
pub fn status_line(screen: &str) -> String {
    screen.lines().rev().nth(1).unwrap_or_default().to_string()
}

/// A file of the test's own, in a temporary folder.
pub fn fixture(name: &str, bytes: &[u8]) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("whosaid-e2e-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, bytes).expect("fixture written");
    path
}
