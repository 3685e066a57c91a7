//! Fuzzes ingest of arbitrary bytes as plain text, Markdown and HTML: no panic, every span inside the text.
#![no_main]

use counterpart::ingest::load_bytes;
use counterpart::model::{DocId, SourceFormat};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else { return };
    let format = [SourceFormat::Text, SourceFormat::Markdown, SourceFormat::Html][selector as usize % 3];
    if let Ok(doc) = load_bytes("fuzz", bytes, format, DocId(0)) {
        let len = doc.char_len();
        for s in doc.paragraphs.iter().chain(&doc.sentences).chain(&doc.boilerplate) {
            assert!(s.start <= s.end && s.end <= len);
        }
    }
});
