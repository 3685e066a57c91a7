//! What the command line does: load articles, analyse them and write the result, with errors for the user.

use crate::analysis;
use crate::export;
use crate::ingest::{self, IngestError};
use crate::model::{Comparison, DocId, Document, SourceFormat};
use anyhow::{Context, bail};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// The output formats of `analyze`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnalyzeFormat {
    /// The JSON contract of docs/export-format.md.
    Json,
    /// A project file that the window can open.
    Ron,
}

/// The sample articles built into the binary, so that `counterpart` with no arguments works anywhere.
pub const SAMPLES: [(&str, &[u8]); 2] = [
    ("000_1cfbb435d9fb3310.txt", include_bytes!("../seeds/000_1cfbb435d9fb3310.txt")),
    ("003_8edff8d9d2d35c28.txt", include_bytes!("../seeds/003_8edff8d9d2d35c28.txt")),
];

/// The built-in sample articles as documents.
pub fn sample_documents() -> Vec<Document> {
    SAMPLES
        .iter()
        .enumerate()
        .map(|(i, (name, bytes))| {
            ingest::load_bytes(name, bytes, SourceFormat::Text, DocId(i as u32))
                .expect("the built-in samples are valid articles")
        })
        .collect()
}

/// Loads articles in parallel, in the order given. The first failure is returned.
pub fn load_documents(paths: &[PathBuf]) -> Result<Vec<Document>, IngestError> {
    paths.par_iter().enumerate().map(|(i, p)| ingest::load_path(p, DocId(i as u32))).collect()
}

/// Loads and analyses articles.
pub fn analyze_files(paths: &[PathBuf]) -> Result<Comparison, IngestError> {
    Ok(analysis::compare(load_documents(paths)?))
}

/// `counterpart analyze`: analyse the files and print or write the result.
pub fn analyze(paths: &[PathBuf], format: AnalyzeFormat, out: Option<&Path>) -> anyhow::Result<()> {
    if paths.is_empty() {
        bail!("no article given; name one or more .txt, .md or .html files");
    }
    let comparison = analyze_files(paths)?;
    let text = match format {
        AnalyzeFormat::Json => export::to_json(&comparison),
        AnalyzeFormat::Ron => export::to_project_ron(&comparison),
    };
    write_output(&text, out, paths)
}

/// Prints `text`, or writes it atomically to `out`, refusing to write over one of the source articles.
pub fn write_output(text: &str, out: Option<&Path>, sources: &[PathBuf]) -> anyhow::Result<()> {
    let Some(out) = out.filter(|p| p.as_os_str() != "-") else {
        use std::io::Write;
        let mut stdout = std::io::stdout().lock();
        return match stdout.write_all(text.as_bytes()).and_then(|_| stdout.write_all(b"\n")) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
            other => other.context("cannot write to standard output"),
        };
    };
    if is_one_of(out, sources) {
        bail!(
            "{}: is one of the source articles; Counterpart never writes over its input, choose another output path",
            out.display()
        );
    }
    export::write_atomically(out, text.as_bytes())
        .with_context(|| format!("{}: cannot write the output", out.display()))
}

/// True when `path` names the same file as one of `others`.
fn is_one_of(path: &Path, others: &[PathBuf]) -> bool {
    let canon = |p: &Path| std::fs::canonicalize(p).ok();
    let target = canon(path);
    others.iter().any(|o| o == path || (target.is_some() && canon(o) == target))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn samples_load_as_two_documents() {
        let docs = sample_documents();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].source.outlet.as_deref(), Some("CNN"));
        assert!(docs.iter().all(|d| d.sentences.len() > 5));
    }

    #[test]
    fn output_never_overwrites_a_source() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("a.txt");
        std::fs::write(&src, "Article text.").unwrap();
        let err = write_output("{}", Some(&src), std::slice::from_ref(&src)).unwrap_err();
        assert!(err.to_string().contains("never writes over its input"));
        assert_eq!(std::fs::read_to_string(&src).unwrap(), "Article text.");
    }
}
