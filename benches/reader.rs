//! The reader at size: one frame of a 10 MB text on a `TestBackend` (a key and its frame),
//! a search keystroke over 10 MB, the quotations list (`v`) with 40,000 quotations, and the
//! wrapping of a 2 MB word. Texts are made here.

use criterion::{criterion_group, criterion_main, Criterion};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use whosaid::tui::action::Action;
use whosaid::tui::app::App;
use whosaid::tui::keymap::{Keymap, DEFAULT_KEYMAP};
use whosaid::tui::theme::Theme;

/// About `mb` MB of dialogue among 400 people, one quotation a paragraph.
fn dialogue(mb: usize) -> String {
    let mut text = String::from("A Long Record Of Talk\n\n");
    let mut i = 0;
    while text.len() < mb * 1024 * 1024 {
        text.push_str(&format!(
            "\"We met on day {i} and talked of the bridge, the school and the rain,\" said \
             Person{} Surname{}, who had come from the north.\n\n",
            i % 400,
            i % 400
        ));
        i += 1;
    }
    text
}

fn app_of(text: &str) -> App {
    let keymap = Keymap::parse(DEFAULT_KEYMAP).unwrap_or_else(|e| panic!("{e}"));
    let story = whosaid::analyze(text);
    App::new(story, "big.txt", keymap, Theme::new(false), (100, 30))
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("reader");
    group.sample_size(20);
    let big = dialogue(10);
    let mut app = app_of(&big);
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap_or_else(|e| match e {});
    group.bench_function("key ] and its frame, 10 MB", |b| {
        b.iter(|| {
            app.apply(Action::NextQuote);
            terminal
                .draw(|f| whosaid::tui::view::draw(f, &app))
                .unwrap_or_else(|e| match e {});
        })
    });
    group.bench_function("search keystroke, 10 MB", |b| {
        b.iter(|| {
            app.apply(Action::Search);
            for c in "bridge".chars() {
                app.apply(Action::Input(c));
            }
            app.apply(Action::Escape);
        })
    });
    let forty = {
        // 40,000 quotations: about 5 MB of this dialogue.
        let text = dialogue(5);
        app_of(&text)
    };
    let mut app = forty;
    app.apply(Action::QuotesView);
    group.bench_function("v: the quotations list, 40,000 quotations", |b| {
        b.iter(|| {
            app.apply(Action::PageDown);
            terminal
                .draw(|f| whosaid::tui::view::draw(f, &app))
                .unwrap_or_else(|e| match e {});
        })
    });
    let word = format!("Title\n\n{}", "x".repeat(2 * 1024 * 1024));
    let story = whosaid::unanalysed(&word);
    group.bench_function("wrap a 2 MB word", |b| {
        b.iter(|| whosaid::tui::wrap::Wrapped::new(&story, 80))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
