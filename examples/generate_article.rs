//! Writes a generated news-like article to standard output: the same text the benchmarks use (benches/support),
//! so that the whole `counterpart analyze` process can be timed on files.
//!
//! ```sh
//! cargo run --release --example generate_article -- --bytes 1000000 --seed 1 > a.txt
//! ```
//!
//! `--format text|markdown|html` chooses the form (text by default).

#[path = "../benches/support/mod.rs"]
mod support;

use std::io::Write;
use std::process::ExitCode;

fn main() -> ExitCode {
    let (mut bytes, mut seed, mut format) = (1_000_000usize, 1u64, String::from("text"));
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next();
        let parsed = match (arg.as_str(), value.as_deref()) {
            ("--bytes", Some(v)) => v.parse().map(|v| bytes = v).is_ok(),
            ("--seed", Some(v)) => v.parse().map(|v| seed = v).is_ok(),
            ("--format", Some(v @ ("text" | "markdown" | "html"))) => {
                format = v.to_owned();
                true
            }
            _ => false,
        };
        if !parsed {
            eprintln!("usage: generate_article [--bytes N] [--seed N] [--format text|markdown|html]");
            return ExitCode::from(2);
        }
    }
    let article = match format.as_str() {
        "markdown" => support::markdown_article(bytes, seed),
        "html" => support::html_article(bytes, seed),
        _ => support::text_article(bytes, seed),
    };
    match std::io::stdout().lock().write_all(article.as_bytes()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("generate_article: {e}");
            ExitCode::FAILURE
        }
    }
}
