//! Where the command line and the window meet the file system: loading and analysing articles, reading what an
//! export starts from, and writing outputs atomically without ever writing over a source article.

use crate::analysis;
use crate::export::{self, ExportFormat};
use crate::ingest::{self, IngestError};
use crate::model::{Comparison, DocId, Document, SourceFormat};
use anyhow::{Context, bail};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// An article to analyse: a file to read, or a document already in memory.
#[derive(Clone, Debug)]
pub enum ArticleInput {
    /// An article file, read when the input is loaded.
    File(PathBuf),
    /// A document already read, such as the other pane's article when one pane gets a new one.
    Loaded(Box<Document>),
    /// Text or HTML pasted from the clipboard.
    Pasted(String),
}

/// The label of a pasted article, where a file's name would stand.
pub const PASTED_LABEL: &str = "pasted text";

impl ArticleInput {
    /// The file name, or the loaded document's name, for progress messages.
    pub fn name(&self) -> String {
        match self {
            ArticleInput::File(p) => p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            ArticleInput::Loaded(d) => d.display_name().to_owned(),
            ArticleInput::Pasted(_) => PASTED_LABEL.to_owned(),
        }
    }
}

/// Loads the articles that come from files, in parallel, keeping the order given. The first failure is returned.
pub fn load_inputs(inputs: Vec<ArticleInput>) -> Result<Vec<Document>, IngestError> {
    inputs
        .into_par_iter()
        .enumerate()
        .map(|(i, input)| match input {
            ArticleInput::File(path) => ingest::load_path(&path, DocId(i as u32)),
            ArticleInput::Loaded(doc) => Ok(*doc),
            ArticleInput::Pasted(text) => {
                ingest::load_bytes(PASTED_LABEL, text.as_bytes(), SourceFormat::Text, DocId(i as u32))
            }
        })
        .collect()
}

/// Loads articles and analyses them into a comparison, linking their claims from their words: the fast first pass,
/// which [`analysis::refine_by_meaning`] may follow.
pub fn analyse_inputs(inputs: Vec<ArticleInput>) -> Result<Comparison, IngestError> {
    Ok(analysis::compare(load_inputs(inputs)?))
}

/// How the command line links the claims of the articles it analyses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Linking {
    /// Both passes: the links from the words, then refined by the claims' meanings where the encoder can run.
    ByMeaning,
    /// The first pass alone, from shared words, names, numbers and dates: faster, for batch work.
    WordsOnly,
}

/// Loads article files and analyses them into a comparison, linking their claims as `linking` says.
pub fn analyse_files(paths: &[PathBuf], linking: Linking) -> Result<Comparison, IngestError> {
    let mut comparison = analyse_inputs(paths.iter().cloned().map(ArticleInput::File).collect())?;
    if linking == Linking::ByMeaning {
        analysis::refine_by_meaning(&mut comparison, &|_, _| {});
    }
    Ok(comparison)
}

/// Loads what an export starts from: one project file (.ron), one JSON export (.json), or articles to analyse
/// (their claims linked as `linking` says).
pub fn load_comparison(inputs: &[PathBuf], linking: Linking) -> anyhow::Result<Comparison> {
    let ext = |p: &Path| p.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase);
    match inputs {
        [] => bail!("nothing to export; name a project (.ron), a JSON export (.json) or one or more articles"),
        [one] if ext(one).as_deref() == Some("ron") => Ok(export::read_project(one)?),
        [one] if ext(one).as_deref() == Some("json") => read_json_export(one),
        many if many.iter().any(|p| matches!(ext(p).as_deref(), Some("ron" | "json"))) => {
            bail!("give a project (.ron) or a JSON export (.json) on its own, not together with other files")
        }
        articles => Ok(analyse_files(articles, linking)?),
    }
}

/// Reads a JSON export back into a comparison, with its edits.
fn read_json_export(path: &Path) -> anyhow::Result<Comparison> {
    let size = std::fs::metadata(path).with_context(|| format!("{}: cannot be read", path.display()))?.len();
    if size > export::project::MAX_PROJECT_BYTES {
        bail!("{}: is {size} bytes, too large for a JSON export", path.display());
    }
    let text =
        std::fs::read_to_string(path).with_context(|| format!("{}: cannot be read as UTF-8 text", path.display()))?;
    export::from_json(&text).with_context(|| format!("{}: cannot be imported", path.display()))
}

/// The files an export writes to `out`, with their text: one file, and for CSV the quotes and the divergence
/// table beside the links.
pub fn export_files(comparison: &Comparison, format: ExportFormat, out: &Path) -> Vec<(PathBuf, String)> {
    let mut files = vec![(out.to_path_buf(), export::render(comparison, format))];
    if format == ExportFormat::Csv {
        files.push((quotes_csv_path(out), export::csv::quotes_csv(comparison)));
        files.push((divergence_csv_path(out), export::csv::divergence_csv(comparison)));
    }
    files
}

/// Where the quotes CSV goes beside the links CSV `out`: `links.csv` gives `links-quotes.csv`.
pub fn quotes_csv_path(out: &Path) -> PathBuf {
    csv_beside(out, "quotes")
}

/// Where the divergence CSV goes beside the links CSV `out`: `links.csv` gives `links-divergence.csv`.
pub fn divergence_csv_path(out: &Path) -> PathBuf {
    csv_beside(out, "divergence")
}

/// The CSV file named after `out` with `-what` added to its stem.
fn csv_beside(out: &Path, what: &str) -> PathBuf {
    let stem = out.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_else(|| "export".into());
    out.with_file_name(format!("{stem}-{what}.csv"))
}

/// Writes an export's files (see [`export_files`]), refusing to write over a source, and returns the paths
/// written. It stops at the first file it cannot write.
pub fn write_export(
    comparison: &Comparison,
    format: ExportFormat,
    out: &Path,
    sources: &[PathBuf],
) -> anyhow::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for (path, text) in export_files(comparison, format, out) {
        write_file(&path, &text, sources)?;
        written.push(path);
    }
    Ok(written)
}

/// Writes `text` atomically to `out`, refusing to write over one of the source articles.
pub fn write_file(out: &Path, text: &str, sources: &[PathBuf]) -> anyhow::Result<()> {
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
    fn output_never_overwrites_a_source() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("a.txt");
        std::fs::write(&src, "Article text.").unwrap();
        let err = write_file(&src, "{}", std::slice::from_ref(&src)).unwrap_err();
        assert!(err.to_string().contains("never writes over its input"));
        assert_eq!(std::fs::read_to_string(&src).unwrap(), "Article text.");
    }

    #[test]
    fn a_csv_export_writes_its_quotes_and_divergence_table_beside_the_links() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("links.csv");
        let comparison = analysis::compare(crate::samples::sample_documents());
        let written = write_export(&comparison, ExportFormat::Csv, &out, &[]).unwrap();
        let beside = |name: &str| dir.path().join(name);
        assert_eq!(written, vec![out.clone(), beside("links-quotes.csv"), beside("links-divergence.csv")]);
        assert!(std::fs::read_to_string(&written[1]).unwrap().lines().count() > 1);
        assert!(std::fs::read_to_string(&written[2]).unwrap().starts_with("group,id_a,text_a,id_b,text_b,reason"));
    }

    #[test]
    fn inputs_keep_the_order_given() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("b.txt");
        std::fs::write(&file, "Officials said the bridge reopened on Monday. Traffic resumed at noon.").unwrap();
        let loaded = crate::samples::sample_documents().remove(0);
        let docs = load_inputs(vec![ArticleInput::File(file), ArticleInput::Loaded(Box::new(loaded))]).unwrap();
        assert_eq!(docs.len(), 2);
        assert!(docs[0].text.starts_with("Officials said the bridge"));
        assert_eq!(docs[1].source.outlet.as_deref(), Some("CNN"));
    }
}
