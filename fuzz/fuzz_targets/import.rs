//! Fuzzes re-import of a JSON export: hostile JSON gives an error, or a comparison that validates and exports.
#![no_main]

use counterpart::export::{from_json, render, ExportFormat};
use counterpart::model::validate;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(comparison) = from_json(text) {
        assert_eq!(validate(&comparison), Ok(()));
        let _ = render(&comparison, ExportFormat::Json);
    }
});
