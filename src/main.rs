//! The `whosaid` command: the reader, `--json` export and the `analyze --jsonl` batch mode.

use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use whosaid::source::{self, Article};
use whosaid::state::corrections::{CorrectionStore, Corrections};
use whosaid::Options;

/// Read a news story in the terminal: every quotation attributed to its speaker, the people
/// and the dated events in a sidebar, keys to move between them.
#[derive(Parser, Debug)]
#[command(name = "whosaid", version, args_conflicts_with_subcommands = true)]
struct Cli {
    /// The article to read (text, HTML or Markdown, in UTF-8, UTF-16 or a legacy 8-bit
    /// encoding); `-` reads standard input. Default: the sample.
    file: Option<PathBuf>,
    /// Print the analysis as JSON instead of opening the reader.
    #[arg(long)]
    json: bool,
    /// The document's date (YYYY-MM-DD), the anchor of "last week", "Friday"... Default: a
    /// web page's publication date, or a dateline in the text.
    #[arg(long, value_parser = parse_date)]
    date: Option<jiff::civil::Date>,
    /// Print the speaker corrections stored for FILE (made with the reader's `c`) as JSON,
    /// to share them: byte spans of the quotations and the speakers' names.
    #[arg(long, conflicts_with = "json")]
    corrections: bool,
    /// Do not reopen where you left this document, nor save your place when you quit.
    #[arg(long)]
    no_remember: bool,
    /// Refuse an input (in batch mode, an input line) larger than this: bytes, or a number
    /// with K, M or G (64M).
    #[arg(long, global = true, value_name = "BYTES", default_value = "512M",
          value_parser = source::limit::parse_size)]
    max_size: u64,
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Batch mode: read JSON lines {"id", "text" | "html", "date"?} on standard input,
    /// write one line {"id", "line", ...story} per non-blank input line, in order.
    Analyze {
        /// Read and write JSON lines (the only batch format).
        #[arg(long, required = true)]
        jsonl: bool,
        /// How many articles to analyse at once (default: the number of CPUs); the output
        /// keeps the input's order.
        #[arg(long)]
        jobs: Option<usize>,
    },
}

fn parse_date(s: &str) -> Result<jiff::civil::Date, String> {
    s.parse::<jiff::civil::Date>()
        .map_err(|_| format!("`{s}` is not a date of the form YYYY-MM-DD"))
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        // The reader of the output has gone (`whosaid --json big.txt | head -1`): stop
        // quietly, with the status of a process ended by SIGPIPE, as a shell expects.
        Err(err) if broken_pipe(&err) => ExitCode::from(128 + 13),
        Err(err) => {
            eprintln!("whosaid: {err:#}");
            ExitCode::from(2)
        }
    }
}

/// True when `err` comes from writing to a pipe whose reader has gone.
fn broken_pipe(err: &anyhow::Error) -> bool {
    let pipe = Some(std::io::ErrorKind::BrokenPipe);
    err.chain().any(|e| {
        e.downcast_ref::<std::io::Error>().map(std::io::Error::kind) == pipe
            || e.downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind)
                == pipe
    })
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    if let Some(Command::Analyze { jobs, .. }) = cli.command {
        let jobs = jobs
            .or_else(|| std::thread::available_parallelism().ok().map(usize::from))
            .unwrap_or(1)
            .max(1);
        return batch(cli.date, cli.max_size, jobs);
    }
    let article = match &cli.file {
        Some(path) => source::from_path(path, cli.max_size)?,
        None => source::sample(),
    };
    let options = Options {
        date: document_date(cli.date, &article),
    };
    let corrections = CorrectionStore::from_env();
    if cli.corrections {
        let stored = match &corrections {
            Some(store) => store.load(&article.text)?,
            None => Corrections::default(),
        };
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        serde_json::to_writer_pretty(&mut out, &stored)?;
        writeln!(out)?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    if cli.json {
        let meta = article.meta;
        let stored = match corrections.as_ref().map(|c| c.load(&article.text)) {
            Some(Ok(stored)) => stored,
            // Reported once (the file is set aside); the analysis goes on without them.
            Some(Err(e)) => {
                eprintln!("whosaid: corrections: {e}");
                Corrections::default()
            }
            None => Corrections::default(),
        };
        let mut story = whosaid::analyze_with(article.text, &options);
        whosaid::state::corrections::apply(&mut story, &stored);
        // Streamed through a buffer: stdout alone flushes at every line of the JSON.
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        serde_json::to_writer_pretty(&mut out, &story.to_json(&meta))?;
        writeln!(out)?;
        out.flush()?;
        return Ok(ExitCode::SUCCESS);
    }
    let store = if cli.no_remember {
        None
    } else {
        whosaid::state::Store::from_env()
    };
    let ended = whosaid::tui::run_analysing(article, options, store, corrections)?;
    Ok(ExitCode::from(ended.exit_status()))
}

/// The anchor of "yesterday": `--date`, else the page's publication date, else a dateline.
fn document_date(given: Option<jiff::civil::Date>, article: &Article) -> Option<jiff::civil::Date> {
    let known = given.or_else(|| article.meta.published_date());
    Options::for_text(&article.text, known).date
}

/// One line of batch input: `text` (taken as it is) or `html` (a page, whose article is
/// extracted).
#[derive(serde::Deserialize)]
struct BatchLine {
    #[serde(default)]
    text: Option<String>,
    #[serde(default)]
    html: Option<String>,
    #[serde(default)]
    date: Option<String>,
}

/// `analyze --jsonl`: one output line per input line; a bad line gives an error line.
/// Lines are read as bytes, so a line that is not UTF-8 is one bad line, not the end.
/// A line of the batch to answer: its text, or what is wrong with it.
type Work = Result<String, (serde_json::Value, String)>;

fn batch(
    default_date: Option<jiff::civil::Date>,
    max_size: u64,
    jobs: usize,
) -> anyhow::Result<ExitCode> {
    use std::sync::{mpsc, Arc, Mutex};
    // A reader thread, `jobs` workers and this thread writing the answers back in input
    // order; the channels are bounded, so memory holds a few lines per worker at most.
    let (work_tx, work_rx) = mpsc::sync_channel::<(usize, usize, Work)>(jobs * 4);
    let work_rx = Arc::new(Mutex::new(work_rx));
    let (done_tx, done_rx) = mpsc::sync_channel::<(usize, usize, Work)>(jobs * 4);
    std::thread::scope(|scope| -> anyhow::Result<ExitCode> {
        for _ in 0..jobs {
            let (work_rx, done_tx) = (Arc::clone(&work_rx), done_tx.clone());
            scope.spawn(move || loop {
                let next = work_rx
                    .lock()
                    .map_err(|_| ())
                    .and_then(|rx| rx.recv().map_err(|_| ()));
                let Ok((seq, number, work)) = next else {
                    break;
                };
                let answer = work.and_then(|line| batch_line(&line, number, default_date));
                if done_tx.send((seq, number, answer)).is_err() {
                    break;
                }
            });
        }
        // Only the workers hold the queue: when they stop, the reader's sends fail and it
        // stops too.
        drop(work_rx);
        drop(done_tx);
        let reader = scope.spawn(move || -> std::io::Result<()> {
            let mut stdin = std::io::stdin().lock();
            let mut bytes = Vec::new();
            let (mut number, mut seq) = (0, 0);
            while let Some(whole) = read_line(&mut stdin, &mut bytes, max_size)? {
                number += 1;
                let work = match std::str::from_utf8(&bytes) {
                    _ if !whole => Err((
                        serde_json::Value::Null,
                        format!(
                            "larger than {} (the --max-size limit)",
                            source::limit::show_size(max_size)
                        ),
                    )),
                    Ok(line) if line.trim().is_empty() => continue,
                    Ok(line) => Ok(line.to_string()),
                    Err(e) => Err((readable_id(&bytes), not_utf8(&bytes, &e))),
                };
                if work_tx.send((seq, number, work)).is_err() {
                    break;
                }
                seq += 1;
            }
            Ok(())
        });
        let mut out = std::io::BufWriter::new(std::io::stdout().lock());
        let mut failures = 0usize;
        let mut waiting = std::collections::BTreeMap::new();
        let mut next = 0;
        for (seq, number, answer) in done_rx {
            waiting.insert(seq, (number, answer));
            while let Some((number, answer)) = waiting.remove(&next) {
                next += 1;
                match answer {
                    Ok(json) => writeln!(out, "{json}")?,
                    Err((id, message)) => {
                        failures += 1;
                        let error = serde_json::json!({
                            "id": id,
                            "line": number,
                            "error": format!("line {number}: {message}"),
                        });
                        writeln!(out, "{error}")?;
                    }
                }
            }
        }
        out.flush()?;
        reader
            .join()
            .map_err(|_| anyhow::anyhow!("the batch's reader stopped"))??;
        Ok(if failures == 0 {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        })
    })
}

/// The next line of `input` into `line`, without its `\n` or `\r\n`: `None` at the end,
/// `Some(false)` for a line longer than `max` bytes (skipped, never held: `line` is left
/// empty), else `Some(true)`.
fn read_line(
    input: &mut impl BufRead,
    line: &mut Vec<u8>,
    max: u64,
) -> std::io::Result<Option<bool>> {
    line.clear();
    let max = usize::try_from(max).unwrap_or(usize::MAX);
    let (mut any, mut whole) = (false, true);
    loop {
        let buffer = match input.fill_buf() {
            Ok(buffer) => buffer,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buffer.is_empty() {
            break;
        }
        any = true;
        let end = buffer.iter().position(|&b| b == b'\n');
        let piece = &buffer[..end.unwrap_or(buffer.len())];
        // The line ending is not counted.
        let ending = usize::from(end.is_some() && piece.last() == Some(&b'\r'));
        if whole && line.len() + piece.len() - ending <= max {
            line.extend_from_slice(piece);
        } else {
            whole = false;
            line.clear();
        }
        let used = end.map_or(buffer.len(), |i| i + 1);
        input.consume(used);
        if end.is_some() {
            break;
        }
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    Ok(any.then_some(whole))
}

/// What is wrong with a line that is not UTF-8: the first bad byte and where it is.
fn not_utf8(bytes: &[u8], error: &std::str::Utf8Error) -> String {
    let at = error.valid_up_to();
    match bytes.get(at) {
        Some(byte) => format!(
            "not UTF-8 (byte 0x{byte:02x} at byte {} of the line)",
            at + 1
        ),
        None => "not UTF-8".to_string(),
    }
}

/// The id of a line that is not UTF-8, when the id itself is: the rest of the line is read
/// with the bad bytes replaced, and an id that held one of them is not given.
fn readable_id(bytes: &[u8]) -> serde_json::Value {
    let lossy = String::from_utf8_lossy(bytes);
    serde_json::from_str::<serde_json::Value>(&lossy)
        .ok()
        .and_then(|v| v.get("id").cloned())
        .filter(|id| !id.to_string().contains(char::REPLACEMENT_CHARACTER))
        .unwrap_or(serde_json::Value::Null)
}

fn batch_line(
    line: &str,
    number: usize,
    default_date: Option<jiff::civil::Date>,
) -> Result<String, (serde_json::Value, String)> {
    // The id is echoed as it was given, even when the rest of the line is bad.
    let id = serde_json::from_str::<serde_json::Value>(line)
        .ok()
        .and_then(|v| v.get("id").cloned())
        .unwrap_or(serde_json::Value::Null);
    let input: BatchLine = serde_json::from_str(line)
        .map_err(|e| (id.clone(), format!("not a valid input line: {e}")))?;
    let article = match (input.text, input.html) {
        (Some(text), None) => Article::from_text(text),
        (None, Some(html)) => Article::from_html(&html),
        (Some(_), Some(_)) => return Err((id, "give \"text\" or \"html\", not both".into())),
        (None, None) => return Err((id, "no \"text\" or \"html\" field".into())),
    };
    let date = match input.date.as_deref() {
        Some(d) => Some(parse_date(d).map_err(|e| (id.clone(), e))?),
        None => document_date(default_date, &article),
    };
    let story = whosaid::analyze_with(&article.text, &Options { date });
    let mut value = serde_json::to_value(story.to_json(&article.meta))
        .map_err(|e| (id.clone(), e.to_string()))?;
    let mut object = serde_json::Map::new();
    object.insert("id".into(), id.clone());
    object.insert("line".into(), number.into());
    if let serde_json::Value::Object(fields) = &mut value {
        object.append(fields);
    }
    serde_json::to_string(&object).map_err(|e| (id, e.to_string()))
}
