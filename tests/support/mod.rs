//! Helpers shared by the integration tests that drive the `counterpart` executable.

use std::path::PathBuf;
use std::process::Command;

/// The built `counterpart` executable.
pub(crate) fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_counterpart"))
}

/// The repository's root folder.
pub(crate) fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The sample articles in seeds/, in name order.
pub(crate) fn seeds() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}
