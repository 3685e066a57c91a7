//! What the command line's subcommands do: `analyze` and `export`, printing or writing their result.

use crate::export;
use crate::workspace::{self, Linking};
use anyhow::{Context, bail};
use std::path::{Path, PathBuf};

/// The output formats of `analyze`; the doc comments are the command line's help texts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum AnalyzeFormat {
    /// The JSON contract of docs/export-format.md
    Json,
    /// A Counterpart project file
    Ron,
}

/// `counterpart analyze`: analyse the files, linking their claims as `linking` says, and print or write the result.
pub fn analyze(paths: &[PathBuf], format: AnalyzeFormat, out: Option<&Path>, linking: Linking) -> anyhow::Result<()> {
    if paths.is_empty() {
        bail!("no article given; name one or more .txt, .md or .html files");
    }
    let comparison = workspace::analyse_files(paths, linking)?;
    if format == AnalyzeFormat::Json && out.is_none_or(|p| p.as_os_str() == "-") {
        return print_json(export::to_export(&comparison));
    }
    let text = match format {
        AnalyzeFormat::Json => export::to_json(&comparison),
        AnalyzeFormat::Ron => export::to_project_ron(&comparison),
    };
    match out.filter(|p| p.as_os_str() != "-") {
        Some(out) => workspace::write_file(out, &text, paths),
        None => print_text(&text),
    }
}

/// `counterpart export`: load a project, a JSON export or articles (their claims linked as `linking` says), and
/// write it in another format.
///
/// CSV writes the links to `out` and, when `out` is a file, the quotes and the divergence table beside it as
/// `NAME-quotes.csv` and `NAME-divergence.csv`.
pub fn export(
    inputs: &[PathBuf],
    format: export::ExportFormat,
    out: Option<&Path>,
    linking: Linking,
) -> anyhow::Result<()> {
    let comparison = workspace::load_comparison(inputs, linking)?;
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
    match out.filter(|p| p.as_os_str() != "-") {
        Some(out) => workspace::write_export(&comparison, format, out, &protected).map(drop),
        None => print_text(&export::render(&comparison, format)),
    }
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

/// Prints `text` and a newline on standard output.
fn print_text(text: &str) -> anyhow::Result<()> {
    use std::io::Write;
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(text.as_bytes()).and_then(|_| stdout.write_all(b"\n")) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("cannot write to standard output"),
    }
}
