//! Writes a comparison out and reads it back: the project file, its recovery copy, and every export format.

pub mod csv;
pub mod divergence;
pub mod html;
pub mod import;
pub mod json;
pub mod markdown;
pub mod project;
pub mod recovery;
pub mod w3c;

pub use import::{ImportError, from_json};
pub use json::{ExportDocument, ExportFile, to_export, to_json, write_pretty};
pub use project::{
    PROJECT_VERSION, ProjectError, ProjectFile, SourceChange, SourceState, changed_sources, read_project, save_project,
    to_project_ron, write_atomically,
};
pub use recovery::{Recovery, RecoveryStore};

use crate::model::Comparison;

/// The formats a comparison can be exported in, which are also the command line's `--format` values. The doc
/// comments of the variants are the command line's help.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum ExportFormat {
    /// A Counterpart project file
    Ron,
    /// The JSON contract of docs/export-format.md, with edits applied
    Json,
    /// W3C Web Annotation Data Model (JSON-LD)
    W3c,
    /// One row per link (and, with -o, a second file of quotes)
    Csv,
    /// A standalone HTML report
    Html,
    /// The divergence table as Markdown
    Md,
}

impl ExportFormat {
    /// Every format, in the order the Export window lists them.
    pub const ALL: [ExportFormat; 6] = [
        ExportFormat::Ron,
        ExportFormat::Json,
        ExportFormat::W3c,
        ExportFormat::Csv,
        ExportFormat::Html,
        ExportFormat::Md,
    ];

    /// The file extension, without the dot.
    pub fn extension(self) -> &'static str {
        match self {
            ExportFormat::Ron => "ron",
            ExportFormat::Json => "json",
            ExportFormat::W3c => "jsonld",
            ExportFormat::Csv => "csv",
            ExportFormat::Html => "html",
            ExportFormat::Md => "md",
        }
    }

    /// A name for menus and file dialogs.
    pub fn label(self) -> &'static str {
        match self {
            ExportFormat::Ron => "Counterpart project (.ron)",
            ExportFormat::Json => "JSON export (.json)",
            ExportFormat::W3c => "W3C Web Annotations (.jsonld)",
            ExportFormat::Csv => "Links as CSV (.csv)",
            ExportFormat::Html => "HTML report (.html)",
            ExportFormat::Md => "Divergence table in Markdown (.md)",
        }
    }
}

/// The export of a comparison in a format, as text.
pub fn render(c: &Comparison, format: ExportFormat) -> String {
    match format {
        ExportFormat::Ron => to_project_ron(c),
        ExportFormat::Json => to_json(c),
        ExportFormat::W3c => w3c::to_w3c(c),
        ExportFormat::Csv => csv::links_csv(c),
        ExportFormat::Html => html::to_html(c),
        ExportFormat::Md => markdown::to_markdown(c),
    }
}
