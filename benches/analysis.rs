//! Benchmarks of the whole analysis of two articles: the sample pair and generated articles of 100 KB and 1 MB.

use counterpart::analysis::compare;
use counterpart::ingest::load_bytes;
use counterpart::model::{DocId, Document, SourceFormat};
use criterion::{Criterion, criterion_group, criterion_main};
use std::hint::black_box;
use std::path::Path;

const WORDS: &[&str] = &[
    "council",
    "harbour",
    "bridge",
    "minister",
    "police",
    "report",
    "budget",
    "river",
    "station",
    "vote",
    "school",
    "storm",
    "market",
    "court",
    "judge",
    "officials",
    "residents",
    "plan",
    "project",
    "company",
    "workers",
    "strike",
    "talks",
    "agreement",
    "statement",
    "investigation",
    "hospital",
    "weather",
    "festival",
    "museum",
    "election",
    "repair",
    "flood",
    "fire",
    "crowd",
    "team",
    "season",
    "price",
    "energy",
    "water",
    "road",
    "train",
    "airport",
];
const NAMES: &[&str] = &["Oslo", "Lyon", "Porto", "Maria Lind", "Tom Briggs", "the Ministry", "Kestrel Ltd"];
const VERBS: &[&str] = &["said", "approved", "rejected", "announced", "delayed", "opened", "closed", "reviewed"];
const DAYS: &[&str] = &["on Monday", "on Friday", "last week", "yesterday", "on 3 May 2021", "in 2019"];

/// A deterministic generated article of about `bytes` bytes: short paragraphs of news-like sentences.
fn synthetic(bytes: usize, seed: u64, id: u32) -> Document {
    let mut state = seed;
    let mut next = |n: usize| {
        state = state.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        ((state >> 33) as usize) % n
    };
    let mut text = String::with_capacity(bytes + 200);
    while text.len() < bytes {
        for _ in 0..3 {
            let sentence = format!(
                "{} {} the {} {} {}, {} {} {} said, citing {} new {}. ",
                NAMES[next(NAMES.len())],
                VERBS[next(VERBS.len())],
                WORDS[next(WORDS.len())],
                WORDS[next(WORDS.len())],
                DAYS[next(DAYS.len())],
                "\u{201c}The",
                WORDS[next(WORDS.len())],
                "is ready,\u{201d} an official",
                next(90) + 2,
                WORDS[next(WORDS.len())],
            );
            text.push_str(&sentence);
        }
        text.push('\n');
    }
    load_bytes("synthetic", text.as_bytes(), SourceFormat::Text, DocId(id)).expect("generated text is an article")
}

fn sample_pair() -> Vec<Document> {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let mut files: Vec<_> = std::fs::read_dir(&seeds).expect("seeds folder").flatten().map(|e| e.path()).collect();
    files.sort();
    files
        .iter()
        .take(2)
        .enumerate()
        .map(|(i, p)| {
            let bytes = std::fs::read(p).expect("seed article");
            load_bytes("seed", &bytes, SourceFormat::Text, DocId(i as u32)).expect("seed article parses")
        })
        .collect()
}

fn bench_analysis(c: &mut Criterion) {
    let samples = sample_pair();
    c.bench_function("compare sample pair", |b| b.iter(|| compare(black_box(samples.clone()))));
    let mut group = c.benchmark_group("compare generated pair");
    group.sample_size(10);
    for size in [20_000, 100_000, 500_000, 1_000_000] {
        let docs = vec![synthetic(size, 1, 0), synthetic(size, 2, 1)];
        group.bench_function(format!("{} KB each", size / 1000), |b| b.iter(|| compare(black_box(docs.clone()))));
    }
    group.finish();
}

criterion_group!(benches, bench_analysis);
criterion_main!(benches);
