//! Fuzzes project-file loading: damaged, truncated or hostile files give an error, never a panic.
#![no_main]

use counterpart::export::project::parse_project;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    let _ = parse_project(Path::new("fuzz.ron"), data);
});
