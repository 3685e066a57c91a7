//! Prints, as JSON, every candidate pair of claims between two articles with the features the link model weighs:
//! what `scripts/train_link_weights.py` learns the weights of `assets/models/link-weights.txt` from.
//!
//! ```sh
//! cargo run --example link_features -- [--meaning] a.txt b.txt > pairs.json
//! ```
//!
//! With `--meaning` the claims are embedded first, and the pairs are those the model with meanings reads
//! (`assets/models/link-weights-meaning.txt`); without it, those of the model without.
//!
//! The output holds `names` (the features), `context_names` (the second stage's context features, which the
//! script works out itself), `documents` (each one's text and its claims as `[start, end]`
//! character offsets) and `pairs` (`[a, b, features]`, with `a` and `b` the positions of the two claims).

use counterpart::analysis::{LINK_CONTEXT_NAMES, LINK_FEATURE_NAMES, embed_claims, link_candidates};
use counterpart::workspace::{ArticleInput, analyse_inputs};
use serde_json::json;
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let with_meaning = args.first().is_some_and(|a| a.as_os_str() == "--meaning");
    let paths = if with_meaning { args.split_off(1) } else { args };
    if paths.len() != 2 {
        eprintln!("usage: link_features [--meaning] A B");
        return ExitCode::from(2);
    }
    let comparison = match analyse_inputs(paths.into_iter().map(ArticleInput::File).collect()) {
        Ok(c) => c,
        Err(e) => {
            eprintln!("link_features: {e}");
            return ExitCode::FAILURE;
        }
    };
    let documents: Vec<_> = comparison
        .documents
        .iter()
        .zip(&comparison.analyses)
        .map(|(doc, analysis)| {
            let claims: Vec<[usize; 2]> = analysis.claims.iter().map(|c| [c.span.start, c.span.end]).collect();
            json!({ "text": doc.text, "claims": claims })
        })
        .collect();
    let meanings = match with_meaning.then(|| embed_claims(&comparison, &|_, _| {})).transpose() {
        Ok(m) => m,
        Err(e) => {
            eprintln!("link_features: {e}");
            return ExitCode::FAILURE;
        }
    };
    let pairs: Vec<_> = link_candidates(&comparison, meanings.as_ref())
        .into_iter()
        .map(|c| json!([c.a.index, c.b.index, c.features]))
        .collect();
    println!(
        "{}",
        json!({
            "names": LINK_FEATURE_NAMES,
            "context_names": LINK_CONTEXT_NAMES,
            "documents": documents,
            "pairs": pairs,
        })
    );
    ExitCode::SUCCESS
}
