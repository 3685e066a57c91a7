//! Ingest and whole-comparison benchmarks over generated articles of 10 KB, 100 KB, 1 MB and 5 MB, and the
//! refinement of the links by meaning (the sentence encoder) on the sample pair and on two 20 KB articles.
//!
//! Run with `cargo bench --bench pipeline`; docs/performance.md records the figures.

mod support;

use counterpart::analysis::{compare, refine_by_meaning};
use counterpart::ingest::load_bytes;
use counterpart::model::{DocId, SourceFormat};
use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use std::time::Duration;

const SIZES: &[(&str, usize)] = &[("10KB", 10_000), ("100KB", 100_000), ("1MB", 1_000_000), ("5MB", 5_000_000)];

fn ingest(c: &mut Criterion) {
    let mut group = c.benchmark_group("ingest");
    group.sample_size(10).measurement_time(Duration::from_secs(5));
    for &(name, bytes) in SIZES {
        let inputs = [
            ("text", SourceFormat::Text, support::text_article(bytes, 1)),
            ("markdown", SourceFormat::Markdown, support::markdown_article(bytes, 1)),
            ("html", SourceFormat::Html, support::html_article(bytes, 1)),
        ];
        for (format, hint, input) in &inputs {
            group.throughput(Throughput::Bytes(input.len() as u64));
            group.bench_with_input(BenchmarkId::new(*format, name), input, |b, input| {
                b.iter(|| load_bytes("bench", input.as_bytes(), *hint, DocId(0)).expect("generated text loads"));
            });
        }
    }
    group.finish();
}

fn comparison(c: &mut Criterion) {
    let mut group = c.benchmark_group("compare_two");
    group.sample_size(10).measurement_time(Duration::from_secs(8));
    for &(name, bytes) in SIZES {
        let a = load_bytes("a", support::text_article(bytes, 1).as_bytes(), SourceFormat::Text, DocId(0)).unwrap();
        let b = load_bytes("b", support::text_article(bytes, 2).as_bytes(), SourceFormat::Text, DocId(1)).unwrap();
        group.throughput(Throughput::Bytes((a.text.len() + b.text.len()) as u64));
        group.bench_function(name, |bench| bench.iter(|| compare(vec![a.clone(), b.clone()])));
    }
    group.finish();
}

/// The second pass alone, on a comparison the first pass made: embedding every claim and linking again.
fn refinement(c: &mut Criterion) {
    let mut group = c.benchmark_group("refine_by_meaning");
    group.sample_size(10).measurement_time(Duration::from_secs(10));
    let twenty = |seed| {
        let text = support::text_article(20_000, seed);
        load_bytes("a", text.as_bytes(), SourceFormat::Text, DocId(seed as u32 - 1)).unwrap()
    };
    let pairs = [("sample", counterpart::samples::sample_documents()), ("20KB", vec![twenty(1), twenty(2)])];
    for (name, docs) in pairs {
        let fast = compare(docs);
        group.bench_function(name, |bench| {
            bench.iter(|| {
                let mut c = fast.clone();
                refine_by_meaning(&mut c, &|_, _| {});
                c
            })
        });
    }
    group.finish();
}

criterion_group!(benches, ingest, comparison, refinement);
criterion_main!(benches);
