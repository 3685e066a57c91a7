//! Autosaved recovery copies of the open comparison, kept in the user's data folder, never beside the articles.

use super::project::{ProjectError, read_project, write_atomically};
use crate::model::Comparison;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The folder that holds recovery files, one per project (and one for the comparison not yet saved).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecoveryStore {
    dir: PathBuf,
}

/// A recovery file found for a project, newer than the project file itself.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recovery {
    /// Where the recovery file is, in the store's folder.
    pub path: PathBuf,
    /// When the recovery file was last written.
    pub modified: SystemTime,
}

impl RecoveryStore {
    /// The store in the user's data folder: `$XDG_DATA_HOME/counterpart/recovery` (or `~/.local/share/…`) on
    /// Linux, `~/Library/Application Support/counterpart/recovery` on macOS, `%LOCALAPPDATA%\counterpart\recovery`
    /// on Windows, and the temporary folder when none of these is known.
    pub fn in_user_data() -> Self {
        let env = |k: &str| std::env::var_os(k).filter(|v| !v.is_empty()).map(PathBuf::from);
        let base = if cfg!(windows) {
            env("LOCALAPPDATA")
        } else if cfg!(target_os = "macos") {
            env("HOME").map(|h| h.join("Library/Application Support"))
        } else {
            env("XDG_DATA_HOME").or_else(|| env("HOME").map(|h| h.join(".local/share")))
        };
        RecoveryStore::at(base.unwrap_or_else(std::env::temp_dir).join("counterpart").join("recovery"))
    }

    /// A store in the given folder.
    pub fn at(dir: impl Into<PathBuf>) -> Self {
        RecoveryStore { dir: dir.into() }
    }

    /// The recovery file of a project, or of the comparison not yet saved (`None`). Its name holds the project's
    /// file name and a hash of its full path, so that two projects of the same name do not share one.
    pub fn path_for(&self, project: Option<&Path>) -> PathBuf {
        match project {
            None => self.dir.join("untitled.ron.recovery"),
            Some(p) => {
                let full = std::path::absolute(p).unwrap_or_else(|_| p.to_owned());
                let hash = crate::ingest::content_hash(full.to_string_lossy().as_bytes());
                let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
                self.dir.join(format!("{name}.{hash:016x}.recovery"))
            }
        }
    }

    /// Writes the recovery copy of a comparison, atomically, and returns where.
    pub fn write(&self, project: Option<&Path>, comparison: &Comparison) -> std::io::Result<PathBuf> {
        std::fs::create_dir_all(&self.dir)?;
        let path = self.path_for(project);
        write_atomically(&path, super::to_project_ron(comparison).as_bytes())?;
        Ok(path)
    }

    /// The recovery copy of a project when there is one newer than the project file (or any, for a project
    /// never saved), which means the last session ended without saving.
    pub fn find(&self, project: Option<&Path>) -> Option<Recovery> {
        let path = self.path_for(project);
        let modified = std::fs::metadata(&path).and_then(|m| m.modified()).ok()?;
        let saved = project.and_then(|p| std::fs::metadata(p).and_then(|m| m.modified()).ok());
        match saved {
            Some(saved) if saved >= modified => None,
            _ => Some(Recovery { path, modified }),
        }
    }

    /// Reads a recovery copy with the same checks as a project file.
    pub fn read(&self, recovery: &Recovery) -> Result<Comparison, ProjectError> {
        read_project(&recovery.path)
    }

    /// Removes the recovery copy of a project, after a save or when the user declines to restore it.
    pub fn discard(&self, project: Option<&Path>) -> std::io::Result<()> {
        match std::fs::remove_file(self.path_for(project)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn write_find_read_and_discard() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::at(dir.path().join("recovery"));
        let project = dir.path().join("story.ron");
        assert!(store.find(Some(&project)).is_none());
        let c = Comparison { warnings: vec!["unsaved".into()], ..Default::default() };
        let written = store.write(Some(&project), &c).unwrap();
        assert!(written.starts_with(dir.path().join("recovery")));
        let found = store.find(Some(&project)).expect("a recovery copy newer than a missing project");
        assert_eq!(store.read(&found).unwrap(), c);
        super::super::save_project(&project, &c).unwrap();
        assert!(store.find(Some(&project)).is_none(), "the project is as new as its recovery copy");
        assert_ne!(store.path_for(Some(&project)), store.path_for(Some(&dir.path().join("other/story.ron"))));
        store.discard(Some(&project)).unwrap();
        assert!(store.find(Some(&project)).is_none());
        store.discard(Some(&project)).unwrap();
    }
}
