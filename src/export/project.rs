//! The project file: a versioned RON document holding a whole comparison, written atomically.

use crate::model::{Comparison, DocId};
use serde::{Deserialize, Serialize};
use std::io::Write;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// The project format version this build writes and reads.
pub const PROJECT_VERSION: u32 = 1;
const PROJECT_FORMAT: &str = "counterpart-project";
/// Project files larger than this are refused before they are read.
pub const MAX_PROJECT_BYTES: u64 = 256 * 1024 * 1024;

/// What a project file holds: a format tag, a version and the comparison with every edit applied.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProjectFile {
    /// Always `counterpart-project`, which tells a project from another program's file.
    pub format: String,
    /// The project format version: [`PROJECT_VERSION`] when written; a newer one is refused.
    pub version: u32,
    /// The comparison with every edit applied, in the model's own serde form.
    pub comparison: Comparison,
}

/// Why a project file could not be opened; each message names the file and says what to do.
#[derive(Debug, Error)]
pub enum ProjectError {
    /// The file could not be read.
    #[error("{path}: cannot be read ({source})")]
    Io {
        /// The project file.
        path: PathBuf,
        /// Why the file system could not read it.
        source: std::io::Error,
    },
    /// The file is over [`MAX_PROJECT_BYTES`], so it was not read.
    #[error("{path}: is {size} bytes, over the project limit of {limit} bytes")]
    TooLarge {
        /// The project file.
        path: PathBuf,
        /// The file's size in bytes.
        size: u64,
        /// The largest project accepted, in bytes.
        limit: u64,
    },
    /// The file is not UTF-8 RON with a `counterpart-project` header: most likely another program's file.
    #[error("{path}: is not a Counterpart project file ({detail})")]
    NotAProject {
        /// The file that was opened.
        path: PathBuf,
        /// What gave it away: not UTF-8, no header, or another format tag.
        detail: String,
    },
    /// A newer Counterpart wrote the file: the user has to update to open it.
    #[error(
        "{path}: was written by a newer Counterpart (project version {found}, this build reads up to {supported}); update Counterpart to open it"
    )]
    TooNew {
        /// The project file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
        /// The newest version this build reads, [`PROJECT_VERSION`].
        supported: u32,
    },
    /// The file does not parse, or its spans and ids do not check out with `model::validate`: it is damaged or
    /// cut short.
    #[error("{path}: is damaged or incomplete ({detail}); open the autosaved recovery copy if there is one")]
    Damaged {
        /// The project file.
        path: PathBuf,
        /// What the parser or the check found wrong.
        detail: String,
    },
}

/// The project file text for a comparison.
pub fn to_project_ron(comparison: &Comparison) -> String {
    let file = ProjectFile { format: PROJECT_FORMAT.into(), version: PROJECT_VERSION, comparison: comparison.clone() };
    ron::ser::to_string_pretty(&file, ron::ser::PrettyConfig::default().struct_names(true))
        .expect("the project structure always serialises")
}

/// Reads and checks a project file.
pub fn read_project(path: &Path) -> Result<Comparison, ProjectError> {
    let io = |source| ProjectError::Io { path: path.to_owned(), source };
    let size = std::fs::metadata(path).map_err(io)?.len();
    if size > MAX_PROJECT_BYTES {
        return Err(ProjectError::TooLarge { path: path.to_owned(), size, limit: MAX_PROJECT_BYTES });
    }
    let bytes = std::fs::read(path).map_err(io)?;
    parse_project(path, &bytes)
}

/// Parses project file bytes; `path` only names the file in errors.
pub fn parse_project(path: &Path, bytes: &[u8]) -> Result<Comparison, ProjectError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|e| ProjectError::NotAProject { path: path.to_owned(), detail: format!("not UTF-8 text: {e}") })?;
    // Read the header alone first so that a newer or foreign file gets the right message.
    let header: Header = ron::from_str::<ron::Value>(text)
        .ok()
        .and_then(|v| v.into_rust().ok())
        .ok_or_else(|| ProjectError::NotAProject { path: path.to_owned(), detail: "no project header".into() })?;
    if header.format != PROJECT_FORMAT {
        return Err(ProjectError::NotAProject {
            path: path.to_owned(),
            detail: format!("format is {:?}", header.format),
        });
    }
    if header.version > PROJECT_VERSION {
        return Err(ProjectError::TooNew { path: path.to_owned(), found: header.version, supported: PROJECT_VERSION });
    }
    let file: ProjectFile =
        ron::from_str(text).map_err(|e| ProjectError::Damaged { path: path.to_owned(), detail: e.to_string() })?;
    let comparison = file.comparison;
    crate::model::validate(&comparison).map_err(|detail| ProjectError::Damaged { path: path.to_owned(), detail })?;
    Ok(comparison)
}

/// The header fields of any version, ignoring the rest.
#[derive(Deserialize)]
struct Header {
    format: String,
    version: u32,
}

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename, so that a crash leaves
/// either the old file or the new one, never half of one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| "counterpart".into());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        f.sync_all()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Saves a comparison as a project file, atomically.
pub fn save_project(path: &Path, comparison: &Comparison) -> std::io::Result<()> {
    write_atomically(path, to_project_ron(comparison).as_bytes())
}

/// How a document's source file compares with the bytes it was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceState {
    /// The file holds other bytes now.
    Changed,
    /// The file is gone or cannot be read.
    Missing,
}

/// A document whose source file is no longer what it was when it was read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SourceChange {
    /// The document whose source file it is.
    pub doc: DocId,
    /// The file as found: the recorded path, or that path taken from the project's folder.
    pub path: PathBuf,
    /// Whether the file holds other bytes now or is gone.
    pub state: SourceState,
}

/// The documents whose source files changed or went missing since they were read. Documents without a file
/// (built-in or pasted text) or without a recorded hash are never reported. A relative path is looked up in
/// the working folder, then in `project_dir`.
pub fn changed_sources(comparison: &Comparison, project_dir: Option<&Path>) -> Vec<SourceChange> {
    let mut changes = Vec::new();
    for doc in &comparison.documents {
        let Some(recorded) = doc.source.path.as_deref() else { continue };
        if doc.source.content_hash == 0 {
            continue;
        }
        let mut candidates = vec![recorded.to_owned()];
        if let Some(dir) = project_dir.filter(|_| recorded.is_relative()) {
            candidates.push(dir.join(recorded));
        }
        let found = candidates.iter().find_map(|p| read_bounded(p).map(|bytes| (p.clone(), bytes)));
        let change = match found {
            None => Some(SourceChange { doc: doc.id, path: recorded.to_owned(), state: SourceState::Missing }),
            Some((path, bytes)) if crate::ingest::content_hash(&bytes) != doc.source.content_hash => {
                Some(SourceChange { doc: doc.id, path, state: SourceState::Changed })
            }
            Some(_) => None,
        };
        changes.extend(change);
    }
    changes
}

/// The bytes of a file no larger than ingest accepts; a larger file reads as its first bytes past the limit,
/// which is enough to tell that it changed.
fn read_bounded(path: &Path) -> Option<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path).ok()?;
    if !file.metadata().ok()?.is_file() {
        return None;
    }
    let mut bytes = Vec::new();
    file.take(crate::ingest::MAX_FILE_BYTES + 1).read_to_end(&mut bytes).ok()?;
    Some(bytes)
}
