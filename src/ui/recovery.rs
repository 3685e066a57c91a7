//! The recovery copy: unsaved edits autosaved as a project file, offered back after a session that did not
//! end cleanly.

use crate::export;
use crate::model::Comparison;
use std::path::{Path, PathBuf};

/// Where the recovery copy lives: in the application's data folder.
pub fn recovery_path() -> Option<PathBuf> {
    eframe::storage_dir("counterpart").map(|dir| dir.join("recovery.ron"))
}

/// Writes the recovery copy. A failure only costs the copy, so it is not reported.
pub fn write(path: Option<&Path>, comparison: &Comparison) {
    let Some(path) = path else { return };
    if let Some(dir) = path.parent() {
        let _ = std::fs::create_dir_all(dir);
    }
    let _ = export::write_atomically(path, export::to_project_ron(comparison).as_bytes());
}

/// Removes the recovery copy once the work is saved or the user chose to drop it.
pub fn discard(path: Option<&Path>) {
    if let Some(path) = path {
        let _ = std::fs::remove_file(path);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_written_copy_reads_back_and_discard_removes_it() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("nested").join("recovery.ron");
        let comparison = Comparison { warnings: vec!["kept".into()], ..Default::default() };
        write(Some(&path), &comparison);
        assert_eq!(export::read_project(&path).unwrap(), comparison);
        discard(Some(&path));
        assert!(!path.exists());
    }
}
