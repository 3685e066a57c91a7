//! Fuzzes the full analysis of one and of two documents, and the JSON export of the result.
#![no_main]

use counterpart::analysis::compare;
use counterpart::export::to_json;
use counterpart::ingest::load_bytes;
use counterpart::model::{DocId, SourceFormat, validate};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    // A 0xFF byte splits the input into two documents; without one, a single document is analysed.
    let parts: Vec<&[u8]> = data.splitn(2, |&b| b == 0xFF).collect();
    let docs: Vec<_> = parts
        .iter()
        .enumerate()
        .filter_map(|(i, p)| load_bytes("fuzz", p, SourceFormat::Text, DocId(i as u32)).ok())
        .collect();
    if docs.is_empty() {
        return;
    }
    let comparison = compare(docs);
    assert_eq!(validate(&comparison), Ok(()));
    let _ = to_json(&comparison);
});
