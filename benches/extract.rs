//! Article extraction from web pages: a made-up 150 KB news page (menus, sidebar, footer,
//! scripts around a long article), and, when the evaluation set lies beside the project,
//! all 60 pages of `../shared/eval/html-dev.jsonl` per iteration (divide by 60 for a page).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};

/// A news page of about `kb` kilobytes.
fn page(kb: usize) -> String {
    let mut html = String::from(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Council votes | Daily</title>\
         <meta property=\"og:title\" content=\"Council votes to rebuild the bridge\">\
         <meta name=\"author\" content=\"Ann Writer\">\
         <meta property=\"article:published_time\" content=\"2019-11-19T08:00:00Z\">\
         <script>window.dataLayer=[];function track(){}</script>\
         <style>body{font-family:serif}</style></head><body><header><nav><ul>",
    );
    for i in 0..60 {
        html.push_str(&format!(
            "<li><a href=\"/section/{i}\">Section {i}</a></li>"
        ));
    }
    html.push_str(
        "</ul></nav></header><main><article><h1>Council votes to rebuild the bridge</h1>",
    );
    let mut n = 0;
    while html.len() < kb * 1024 * 9 / 10 {
        n += 1;
        html.push_str(&format!(
            "<p>The council met on Monday for the {n}th time this year, and &ldquo;we will \
             rebuild it,&rdquo; said Jos&eacute; Ram&iacute;rez, the city engineer, who has \
             led the work since the spring floods damaged <a href=\"/bridge\">the bridge</a>. \
             Drivers have used a detour through the industrial park for months, and shops on \
             both banks say they have lost customers; the vote was seven to two.</p>"
        ));
        if n % 10 == 0 {
            html.push_str(&format!(
                "<h2>Part {n}</h2><figure><img src=\"/img/{n}.jpg\"><figcaption>The bridge \
                 in May. Credit: Photo Agency</figcaption></figure><div class=\"share-bar\">\
                 <a href=\"#\">Share</a> <a href=\"#\">Tweet</a></div>"
            ));
        }
    }
    html.push_str("</article><aside class=\"related\"><ul>");
    while html.len() < kb * 1024 {
        html.push_str("<li><a href=\"/other\">Another story you may like to read</a></li>");
    }
    html.push_str("</ul></aside></main><footer>Copyright 2019 Daily</footer></body></html>");
    html
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("extract");
    let page = page(150);
    group.throughput(Throughput::Bytes(page.len() as u64));
    group.bench_function("made-up news page, 150 KB", |b| {
        b.iter(|| whosaid::source::html::extract(std::hint::black_box(&page)))
    });
    let dev = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/eval/html-dev.jsonl");
    if let Ok(lines) = std::fs::read_to_string(dev) {
        let pages: Vec<String> = lines
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .filter_map(|v| v["html"].as_str().map(str::to_string))
            .collect();
        let bytes: usize = pages.iter().map(String::len).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.sample_size(10);
        group.bench_function(format!("html-dev, all {} pages", pages.len()), |b| {
            b.iter(|| {
                for p in &pages {
                    std::hint::black_box(whosaid::source::html::extract(p));
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
