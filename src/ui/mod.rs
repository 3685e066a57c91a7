//! The window: two articles side by side. It reads the model and never analyses on its own.

mod app;

pub use app::CounterpartApp;

use crate::analysis;
use crate::commands;
use crate::model::Comparison;
use std::path::PathBuf;

/// Opens the window on the given articles, or on the built-in samples when none are given.
pub fn run(files: Vec<PathBuf>) -> anyhow::Result<()> {
    let (comparison, error) = match files.as_slice() {
        [] => (analysis::compare(commands::sample_documents()), None),
        _ => match commands::analyze_files(&files) {
            Ok(c) => (c, None),
            Err(e) => (Comparison::default(), Some(e.to_string())),
        },
    };
    let options = eframe::NativeOptions {
        viewport: eframe::egui::ViewportBuilder::default()
            .with_title("Counterpart")
            .with_inner_size([1280.0, 800.0])
            .with_app_id("counterpart"),
        ..Default::default()
    };
    eframe::run_native(
        "Counterpart",
        options,
        Box::new(move |_cc| Ok(Box::new(CounterpartApp::new(comparison, error)))),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}
