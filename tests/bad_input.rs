//! The bad-input corpus: each hostile or odd input gives a clear error or a correct result, never a panic.

use counterpart::analysis::compare;
use counterpart::export::to_json;
use counterpart::ingest::{IngestError, MAX_FILE_BYTES, load_bytes, load_path};
use counterpart::model::{DocId, Document, SourceFormat, validate};
use std::path::{Path, PathBuf};

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::write(&path, bytes).unwrap();
    path
}

/// Loads bytes as a file with the given name, analyses the result and checks every span and id.
fn load_and_analyse(name: &str, bytes: &[u8]) -> Result<Document, IngestError> {
    let dir = tempfile::tempdir().unwrap();
    let doc = load_path(&write(dir.path(), name, bytes), DocId(0))?;
    let comparison = compare(vec![doc.clone(), doc.clone()]);
    assert_eq!(validate(&comparison), Ok(()), "{name}: the analysis is inconsistent");
    let json: serde_json::Value = serde_json::from_str(&to_json(&comparison)).unwrap();
    let text: Vec<char> = json["documents"][0]["text"].as_str().unwrap().chars().collect();
    for claim in json["documents"][0]["claims"].as_array().unwrap() {
        let (s, e) = (claim["start"].as_u64().unwrap() as usize, claim["end"].as_u64().unwrap() as usize);
        assert_eq!(text[s..e].iter().collect::<String>(), claim["text"].as_str().unwrap());
    }
    Ok(doc)
}

#[test]
fn empty_and_whitespace_files_are_refused() {
    for bytes in [&b""[..], b"   \n\t\n\r\n  "] {
        let err = load_and_analyse("empty.txt", bytes).unwrap_err();
        assert!(err.to_string().contains("empty.txt: holds no article text"), "{err}");
    }
}

#[test]
fn a_file_over_the_limit_is_refused_before_it_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.txt");
    // A sparse 100 MB file: refusing it must not read it.
    std::fs::File::create(&path).unwrap().set_len(100 * 1024 * 1024).unwrap();
    let err = load_path(&path, DocId(0)).unwrap_err();
    assert!(
        matches!(err, IngestError::TooLarge { size, limit, .. } if size == 100 * 1024 * 1024 && limit == MAX_FILE_BYTES)
    );
    assert!(err.to_string().contains("huge.txt") && err.to_string().contains("over the limit"));
}

#[test]
fn one_huge_line_is_one_paragraph() {
    let sentence = "The council met on Monday and approved the budget. ";
    let line = sentence.repeat(10 * 1024 * 1024 / sentence.len());
    let doc = load_bytes("line.txt", line.as_bytes(), SourceFormat::Text, DocId(0)).unwrap();
    assert_eq!(doc.paragraphs.len(), 1);
    assert_eq!(doc.sentences.len(), 10 * 1024 * 1024 / sentence.len());
}

#[test]
fn encodings_are_decoded_or_refused_clearly() {
    let err = load_and_analyse("latin1.txt", b"Caf\xe9 owners protested on Monday.").unwrap_err();
    assert!(err.to_string().contains("latin1.txt: is not valid UTF-8 (first bad byte at offset 3)"), "{err}");
    let err = load_and_analyse("nul.txt", b"Text\0with a NUL byte.").unwrap_err();
    assert!(err.to_string().contains("nul.txt: looks like a binary file"), "{err}");
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("Ministers met on Monday.\n“Good talks,” she said.".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let doc = load_and_analyse("utf16.txt", &utf16).unwrap();
    assert_eq!(doc.slice(doc.paragraphs[1]), "“Good talks,” she said.");
}

#[test]
fn line_endings_crlf_and_cr() {
    let doc = load_and_analyse("crlf.txt", b"First paragraph here.\r\n\r\nSecond one.\rThird one.").unwrap();
    assert_eq!(doc.paragraphs.len(), 3);
    assert!(!doc.text.contains('\r'));
}

#[test]
fn deeply_nested_html_is_read_without_recursion() {
    let deep = format!(
        "<html><body>{}<p>The mayor resigned on Friday.</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    let doc = load_and_analyse("deep.html", deep.as_bytes()).unwrap();
    assert!(doc.text.contains("The mayor resigned on Friday."));
}

#[test]
fn scripts_and_styles_never_reach_the_text() {
    let mut page = String::from("<!DOCTYPE html><html><head><title>T</title>");
    for i in 0..2000 {
        page.push_str(&format!(
            "<script>var x{i} = '<p>injected {i}</p>';</script><style>.c{i} {{ color: red }}</style>"
        ));
    }
    page.push_str("<body><article><p>The river flooded the town centre on Tuesday, officials said in a statement issued late at night.</p>");
    page.push_str("<p>Residents were moved to schools and sports halls across the region while the water kept rising.</p></article></body></html>");
    let doc = load_and_analyse("scripts.html", page.as_bytes()).unwrap();
    assert!(doc.text.contains("The river flooded"));
    assert!(!doc.text.contains("injected") && !doc.text.contains("color: red"));
}

#[test]
fn markdown_bombs_stay_linear() {
    let bombs = [
        "[".repeat(50_000) + "x" + &"]".repeat(50_000),
        ">".repeat(50_000) + " deep quote",
        "*a ".repeat(30_000) + "text",
        "- ".repeat(20_000) + "item",
        "`".repeat(40_000),
        "![".repeat(20_000) + "alt" + &"](x)".repeat(20_000),
    ];
    for bomb in bombs {
        let text = format!("Intro sentence here.\n\n{bomb}\n\nClosing sentence here.");
        match load_and_analyse("bomb.md", text.as_bytes()) {
            Ok(doc) => assert!(doc.text.contains("Closing sentence here.")),
            Err(e) => panic!("a Markdown bomb must still give a document: {e}"),
        }
    }
}

#[test]
fn thousands_of_unclosed_quote_marks() {
    let text = "He said \u{201c}yes and then \"no ".repeat(5000) + "\nThe vote was held on Monday.";
    let doc = load_and_analyse("quotes.txt", text.as_bytes()).unwrap();
    assert!(doc.text.ends_with("The vote was held on Monday."));
}

#[test]
fn long_runs_of_apostrophes_and_single_marks() {
    let text = "'".repeat(200_000) + " \u{2018}" + &"it\u{2019}s ".repeat(20_000) + "\nThe vote was held on Monday.";
    let doc = load_and_analyse("apostrophes.txt", text.as_bytes()).unwrap();
    assert!(doc.text.ends_with("The vote was held on Monday."));
}

#[test]
fn quotes_given_to_huge_capitalised_runs_are_attributed_and_merged() {
    let name = format!("Z{}", "z".repeat(50_000));
    let text = format!("\"We will win,\" said {name}.\n\n\"Again,\" said {name}q.\n");
    let doc = load_and_analyse("names.txt", text.as_bytes()).unwrap();
    let comparison = compare(vec![doc.clone(), doc]);
    // The name and its one-letter variant, in both documents, are one speaker.
    let huge: Vec<_> = comparison.speakers.iter().filter(|s| s.name.len() > 50_000).collect();
    assert_eq!(huge.len(), 1, "{:?}", comparison.speakers.iter().map(|s| s.name.len()).collect::<Vec<_>>());
}

#[test]
fn right_to_left_emoji_and_combining_marks_keep_offsets_right() {
    let text =
        "السلام عليكم said the envoy 🙂 on Monday.\nשלום means peace in Hebrew.\nCafe\u{301} owners met 👨‍👩‍👧 families.";
    let doc = load_and_analyse("scripts.txt", text.as_bytes()).unwrap();
    let paras: Vec<&str> = doc.paragraphs.iter().map(|p| doc.slice(*p)).collect();
    assert_eq!(paras, text.split('\n').collect::<Vec<_>>());
    for s in &doc.sentences {
        assert!(!doc.slice(*s).is_empty());
    }
}

#[test]
fn odd_paths_give_clear_errors_or_load() {
    let dir = tempfile::tempdir().unwrap();
    let spaced = write(dir.path(), "my article (final).txt", b"The committee met on Monday.");
    assert!(load_path(&spaced, DocId(0)).is_ok());
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let name = std::ffi::OsStr::from_bytes(b"caf\xe9.txt");
        let odd = dir.path().join(name);
        std::fs::write(&odd, b"The committee met on Tuesday.").unwrap();
        assert!(load_path(&odd, DocId(0)).is_ok());
    }
    let err = load_path(dir.path(), DocId(0)).unwrap_err();
    assert!(err.to_string().contains("is a directory"), "{err}");
    let under_a_file = spaced.join("child.txt");
    let err = load_path(&under_a_file, DocId(0)).unwrap_err();
    assert!(err.to_string().contains("child.txt: no such file"), "{err}");
    let err = load_path(&dir.path().join("gone.txt"), DocId(0)).unwrap_err();
    assert!(err.to_string().contains("gone.txt: no such file"), "{err}");
}
