//! Replays the inputs kept in fuzz/replay/<target>/ (coverage-rich corpus entries and every crash ever found)
//! through the same checks as the fuzz targets, so that CI catches a regression without fuzzing at length.
//!
//! Most fuzz inputs are garbage that the library refuses, and a refusal skips the checks. So that a library
//! that refused everything would not pass, fuzz/replay/<target>.accepted lists the inputs that must be accepted.

use counterpart::analysis::compare;
use counterpart::export::{ExportFormat, from_json, project::parse_project, render, to_json};
use counterpart::ingest::load_bytes;
use counterpart::model::{DocId, SourceFormat, validate};
use std::path::{Path, PathBuf};

fn replay_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/replay")
}

fn inputs(target: &str) -> Vec<(PathBuf, Vec<u8>)> {
    let dir = replay_dir().join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(files.len() >= 10, "{}: the replay corpus is missing", dir.display());
    files.into_iter().map(|p| (p.clone(), std::fs::read(&p).unwrap())).collect()
}

fn name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

/// Fails unless every input listed in fuzz/replay/<target>.accepted is among `accepted`.
fn assert_accepted(target: &str, accepted: &[String]) {
    let list = replay_dir().join(format!("{target}.accepted"));
    let expected = std::fs::read_to_string(&list).unwrap();
    let expected: Vec<&str> =
        expected.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect();
    assert!(!expected.is_empty(), "{}: lists no input", list.display());
    let refused: Vec<&&str> = expected.iter().filter(|n| !accepted.iter().any(|a| a == *n)).collect();
    assert!(refused.is_empty(), "{target}: these inputs were refused but should be accepted: {refused:?}");
}

#[test]
fn ingest_inputs() {
    let mut accepted = Vec::new();
    for (path, data) in inputs("ingest") {
        let Some((&selector, bytes)) = data.split_first() else { continue };
        let format = [SourceFormat::Text, SourceFormat::Markdown, SourceFormat::Html][selector as usize % 3];
        if let Ok(doc) = load_bytes("replay", bytes, format, DocId(0)) {
            let len = doc.char_len();
            for s in doc.paragraphs.iter().chain(&doc.sentences).chain(&doc.boilerplate) {
                assert!(s.start <= s.end && s.end <= len, "{}: span {s:?} outside the text", path.display());
            }
            accepted.push(name(&path));
        }
    }
    assert_accepted("ingest", &accepted);
}

#[test]
fn analyze_inputs() {
    let mut accepted = Vec::new();
    for (path, data) in inputs("analyze") {
        let docs: Vec<_> = data
            .splitn(2, |&b| b == 0xFF)
            .enumerate()
            .filter_map(|(i, p)| load_bytes("replay", p, SourceFormat::Text, DocId(i as u32)).ok())
            .collect();
        if docs.is_empty() {
            continue;
        }
        let comparison = compare(docs);
        assert_eq!(validate(&comparison), Ok(()), "{}", path.display());
        assert!(to_json(&comparison).starts_with('{'));
        accepted.push(name(&path));
    }
    assert_accepted("analyze", &accepted);
}

#[test]
fn project_inputs() {
    let mut accepted = Vec::new();
    for (path, data) in inputs("project") {
        if let Ok(comparison) = parse_project(&path, &data) {
            assert_eq!(validate(&comparison), Ok(()), "{}", path.display());
            accepted.push(name(&path));
        }
    }
    assert_accepted("project", &accepted);
}

#[test]
fn import_inputs() {
    let mut accepted = Vec::new();
    for (path, data) in inputs("import") {
        let Ok(text) = std::str::from_utf8(&data) else { continue };
        if let Ok(comparison) = from_json(text) {
            assert_eq!(validate(&comparison), Ok(()), "{}", path.display());
            assert!(render(&comparison, ExportFormat::Json).starts_with('{'));
            accepted.push(name(&path));
        }
    }
    assert_accepted("import", &accepted);
}
