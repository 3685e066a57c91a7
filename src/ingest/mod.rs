//! Turns files and bytes into [`Document`]s: decoding, format detection, article extraction and segmentation.

mod boilerplate;
mod decode;
mod html;
mod markdown;
mod metadata;
mod plain;
mod sentences;
mod title;

pub use decode::decode_text;
pub use metadata::{date_from_url, outlet_from_url};
pub use sentences::split_sentences;

use crate::model::{DocId, Document, Source, SourceFormat};
use std::io::Read;
use std::path::{Path, PathBuf};
use thiserror::Error;

/// The largest article file Counterpart reads: 32 MiB. Larger files are refused before they are read.
pub const MAX_FILE_BYTES: u64 = 32 * 1024 * 1024;

/// Why a file could not be turned into a document. Each message names the file and says what to do.
#[derive(Debug, Error)]
pub enum IngestError {
    /// The file does not exist.
    #[error("{path}: no such file; check the path and try again")]
    NotFound {
        /// The path given.
        path: PathBuf,
    },
    /// The path names a directory.
    #[error("{path}: is a directory; give the path of an article file inside it")]
    IsDirectory {
        /// The path given.
        path: PathBuf,
    },
    /// The file exists but cannot be read.
    #[error("{path}: cannot be read ({source}); check its permissions")]
    Unreadable {
        /// The path given.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// The file is over [`MAX_FILE_BYTES`], and was not read.
    #[error("{path}: is {size} bytes, over the limit of {limit} bytes; split it or save only the article")]
    TooLarge {
        /// The path given.
        path: PathBuf,
        /// The file's size in bytes.
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The bytes hold NUL bytes, as binary files do and text never does.
    #[error("{label}: looks like a binary file (it holds NUL bytes); open a .txt, .md or .html article")]
    Binary {
        /// The file's name, or the label given with the bytes.
        label: String,
    },
    /// The bytes are not UTF-8, nor UTF-16 with a byte-order mark.
    #[error("{label}: is not valid UTF-8 (first bad byte at offset {offset}); save it as UTF-8 and try again")]
    InvalidUtf8 {
        /// The file's name, or the label given with the bytes.
        label: String,
        /// The byte offset of the first invalid byte.
        offset: usize,
    },
    /// Nothing is left once the markup and blank lines are gone.
    #[error("{label}: holds no article text")]
    Empty {
        /// The file's name, or the label given with the bytes.
        label: String,
    },
}

/// Reads an article file, refusing directories, missing files and files over [`MAX_FILE_BYTES`] before reading.
pub fn load_path(path: &Path, id: DocId) -> Result<Document, IngestError> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound | std::io::ErrorKind::NotADirectory => {
            IngestError::NotFound { path: path.to_owned() }
        }
        _ => IngestError::Unreadable { path: path.to_owned(), source: e },
    })?;
    if meta.is_dir() {
        return Err(IngestError::IsDirectory { path: path.to_owned() });
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(IngestError::TooLarge { path: path.to_owned(), size: meta.len(), limit: MAX_FILE_BYTES });
    }
    let unreadable = |e| IngestError::Unreadable { path: path.to_owned(), source: e };
    let file = std::fs::File::open(path).map_err(unreadable)?;
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // The file may have grown since it was measured: read one byte past the limit at most.
    file.take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(unreadable)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(IngestError::TooLarge { path: path.to_owned(), size: bytes.len() as u64, limit: MAX_FILE_BYTES });
    }
    let label =
        path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string());
    let mut doc = load_bytes(&label, &bytes, format_hint(path), id)?;
    doc.source.path = Some(path.to_owned());
    Ok(doc)
}

/// Builds a document from bytes already in memory. `hint` comes from the file name; the content decides HTML.
pub fn load_bytes(label: &str, bytes: &[u8], hint: SourceFormat, id: DocId) -> Result<Document, IngestError> {
    let text = decode_text(label, bytes)?;
    let format = if looks_like_html(&text) { SourceFormat::Html } else { hint };
    let source = Source { label: label.to_owned(), format, content_hash: content_hash(bytes), ..Default::default() };
    let mut doc = match format {
        SourceFormat::Text => plain::document_from_text(&text, source),
        SourceFormat::Markdown => markdown::document_from_markdown(&text, source),
        SourceFormat::Html => html::document_from_html(&text, source),
    };
    if doc.paragraphs.is_empty() {
        return Err(IngestError::Empty { label: label.to_owned() });
    }
    doc.id = id;
    Ok(doc)
}

/// The format a file name suggests. HTML is also recognised by content, whatever the name.
pub fn format_hint(path: &Path) -> SourceFormat {
    match path.extension().and_then(|e| e.to_str()).map(str::to_ascii_lowercase).as_deref() {
        Some("md" | "markdown" | "mdown") => SourceFormat::Markdown,
        Some("html" | "htm" | "xhtml") => SourceFormat::Html,
        _ => SourceFormat::Text,
    }
}

/// True when the text starts like an HTML page: a doctype, an `<html>` tag, or a `<head>` or `<body>` near the top.
fn looks_like_html(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(1024).collect::<String>().to_ascii_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || (head.starts_with('<') && (head.contains("<head") || head.contains("<body")))
}

/// A stable FNV-1a hash of the bytes, to notice when a source file changes on disk.
pub fn content_hash(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_is_recognised_by_content() {
        assert!(looks_like_html("\n  <!DOCTYPE html><html><body>x</body></html>"));
        assert!(looks_like_html("<html lang=en>"));
        assert!(!looks_like_html("The <b> tag is bold."));
    }

    #[test]
    fn format_hint_follows_the_extension() {
        assert_eq!(format_hint(Path::new("a/story.MD")), SourceFormat::Markdown);
        assert_eq!(format_hint(Path::new("page.htm")), SourceFormat::Html);
        assert_eq!(format_hint(Path::new("notes")), SourceFormat::Text);
    }
}

#[cfg(test)]
mod properties {
    use super::*;
    use proptest::prelude::*;

    fn check_spans(doc: &Document) {
        let len = doc.char_len();
        for s in doc.paragraphs.iter().chain(&doc.sentences).chain(&doc.boilerplate) {
            assert!(s.start <= s.end && s.end <= len, "span {s:?} outside {len} chars");
        }
        for s in &doc.sentences {
            assert!(doc.paragraphs.iter().any(|p| p.contains(*s)), "sentence {s:?} crosses paragraphs");
            assert!(!doc.slice(*s).trim().is_empty());
        }
    }

    proptest! {
        #[test]
        fn any_text_ingests_without_panic_and_spans_stay_inside(text in "(?s).{0,400}", fmt in 0u8..3) {
            let hint = [SourceFormat::Text, SourceFormat::Markdown, SourceFormat::Html][fmt as usize];
            if let Ok(doc) = load_bytes("prop", text.as_bytes(), hint, DocId(0)) {
                check_spans(&doc);
            }
        }

        #[test]
        fn news_like_text_ingests_with_sentences(
            words in proptest::collection::vec("[A-Za-z“”\"'.,?!]{1,9}|U\\.S\\.|Mr\\.|St\\.|3\\.5|\n", 1..80)
        ) {
            let text = words.join(" ");
            match load_bytes("prop", text.as_bytes(), SourceFormat::Text, DocId(0)) {
                Ok(doc) => check_spans(&doc),
                Err(e) => prop_assert!(!text.chars().any(char::is_alphabetic), "{text:?} was refused: {e}"),
            }
        }
    }
}
