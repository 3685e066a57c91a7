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
    if format == AnalyzeFormat::Json && out.is_none_or(|p| p.as_os_str() == "-") {
        return print_json(export::to_export(&comparison));
    }
    let text = match format {
        AnalyzeFormat::Json => export::to_json(&comparison),
        AnalyzeFormat::Ron => export::to_project_ron(&comparison),
    };
    write_output(&text, out, paths)
}

/// Loads what `export` was given: one project file (.ron), one JSON export (.json), or articles to analyse.
pub fn load_comparison(inputs: &[PathBuf]) -> anyhow::Result<Comparison> {
    let ext = |p: &Path| p.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match inputs {
        [] => bail!("nothing to export; name a project (.ron), a JSON export (.json) or one or more articles"),
        [one] if ext(one).as_deref() == Some("ron") => Ok(export::read_project(one)?),
        [one] if ext(one).as_deref() == Some("json") => {
            let size = std::fs::metadata(one).with_context(|| format!("{}: cannot be read", one.display()))?.len();
            if size > export::project::MAX_PROJECT_BYTES {
                bail!("{}: is {size} bytes, too large for a JSON export", one.display());
            }
            let text = std::fs::read_to_string(one)
                .with_context(|| format!("{}: cannot be read as UTF-8 text", one.display()))?;
            export::from_json(&text).with_context(|| format!("{}: cannot be imported", one.display()))
        }
        many if many.iter().any(|p| matches!(ext(p).as_deref(), Some("ron" | "json"))) => {
            bail!("give a project (.ron) or a JSON export (.json) on its own, not together with other files")
        }
        articles => Ok(analyze_files(articles)?),
    }
}

/// `counterpart export`: load a project, a JSON export or articles, and write it in another format.
///
/// CSV writes the links to `out` and, when `out` is a file, the quotes beside it as `NAME-quotes.csv`.
pub fn export(inputs: &[PathBuf], format: export::ExportFormat, out: Option<&Path>) -> anyhow::Result<()> {
    let comparison = load_comparison(inputs)?;
    if let [project] = inputs {
        for change in export::changed_sources(&comparison, project.parent()) {
            let what = match change.state {
                export::SourceState::Changed => "has changed",
                export::SourceState::Missing => "is missing or unreadable",
            };
            eprintln!(
                "counterpart: warning: {}: {what} since it was analysed; the export uses the saved text",
                change.path.display()
            );
        }
    }
    let mut protected = inputs.to_vec();
    protected.extend(comparison.documents.iter().filter_map(|d| d.source.path.clone()));
    write_output(&export::render(&comparison, format), out, &protected)?;
    if format == export::ExportFormat::Csv
        && let Some(out) = out.filter(|p| p.as_os_str() != "-")
    {
        write_output(&export::csv::quotes_csv(&comparison), Some(&quotes_csv_path(out)), &protected)?;
    }
    Ok(())
}

/// Where the quotes CSV goes beside the links CSV `out`: `links.csv` gives `links-quotes.csv`.
pub fn quotes_csv_path(out: &Path) -> PathBuf {
    let stem = out.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "export".into());
    out.with_file_name(format!("{stem}-quotes.csv"))
}

/// Prints an export as pretty JSON and a newline, the documents rendered in parallel and the rest streamed.
fn print_json(export: export::ExportFile) -> anyhow::Result<()> {
    use std::io::Write;
    let mut stdout = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written =
        export::write_pretty(export, &mut stdout).and_then(|_| stdout.write_all(b"\n")).and_then(|_| stdout.flush());
    match written {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to standard output"),
    }
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
