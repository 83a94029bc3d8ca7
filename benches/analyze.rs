//! Throughput of `analyze()` by input size, 10 KB to 10 MB: it should grow linearly.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};

fn article_of(paragraphs: usize) -> String {
    let sample = whosaid::source::SAMPLE;
    let body: Vec<&str> = sample.split("\n\n").skip(1).collect();
    let mut text = String::from("A Headline For The Benchmark\n\n");
    for i in 0..paragraphs {
        text.push_str(body[i % body.len()]);
        text.push_str("\n\n");
    }
    text
}

fn bench_analyze(c: &mut Criterion) {
    let mut group = c.benchmark_group("analyze");
    group.sample_size(10);
    // About 10 KB, 100 KB, 1 MB and 10 MB.
    for paragraphs in [60usize, 600, 6_000, 60_000] {
        let text = article_of(paragraphs);
        group.throughput(Throughput::Bytes(text.len() as u64));
        group.bench_with_input(BenchmarkId::from_parameter(text.len()), &text, |b, text| {
            b.iter(|| whosaid::analyze(text));
        });
    }
    group.finish();
}

criterion_group!(benches, bench_analyze);
criterion_main!(benches);
