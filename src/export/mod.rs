//! Writes a comparison out: the JSON contract of docs/export-format.md and the RON project file.

pub mod json;
pub mod project;

pub use json::{ExportDocument, ExportFile, to_export, to_json};
pub use project::{PROJECT_VERSION, ProjectError, ProjectFile, read_project, to_project_ron, write_atomically};
