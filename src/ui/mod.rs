//! The window: two articles side by side with their claims linked. It reads the model, turns input into
//! edits, and leaves analysis to worker threads.

mod actions;
mod app;
mod app_state;
mod chrome;
mod dialogs;
mod differences_tab;
mod gutter;
mod jobs;
mod keyboard;
mod measuring_run;
mod overview_tab;
mod pane;
mod path_prompt;
mod people_tab;
mod prefs;
mod review;
mod ruler;
mod search;
mod side_panel;
mod text_layout;
mod theme;
mod view_state;

pub use actions::Action;
pub use app::{CounterpartApp, Question};
pub use app_state::AppState;
pub use chrome::Answer;
pub use dialogs::{DialogAnswer, DialogRequest, FileDialogs, RfdDialogs};
pub use measuring_run::ExitAfter;
pub use prefs::Prefs;
pub use review::Review;
pub use text_layout::DocLayout;
pub use view_state::{Pick, ScrollTarget, SideTab, ViewState};

use std::path::PathBuf;
use std::time::Instant;

/// The window's icon: two articles with a line linked across them (assets/icon.png).
const ICON_PNG: &[u8] = include_bytes!("../../assets/icon.png");

/// Opens the window on the given articles, else on the last pair opened, else on the built-in samples.
///
/// For measurements, `COUNTERPART_EXIT_AFTER=first-frame` exits once the first frame has been painted, and
/// `COUNTERPART_EXIT_AFTER=idle` once the articles are analysed and shown; either prints the time since start.
pub fn run(files: Vec<PathBuf>) -> anyhow::Result<()> {
    let started = Instant::now();
    let exit_after = ExitAfter::from_env();
    let mut viewport = eframe::egui::ViewportBuilder::default();
    if let Ok(icon) = eframe::icon_data::from_png_bytes(ICON_PNG) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport: viewport
            .with_title("Counterpart")
            .with_inner_size([1400.0, 860.0])
            .with_min_inner_size([720.0, 420.0])
            .with_drag_and_drop(true)
            .with_app_id("counterpart"),
        // OpenGL through glow: chosen explicitly, since eframe prefers wgpu whenever a build also enables it (as
        // the snapshot tests' dev-dependencies do).
        renderer: eframe::Renderer::Glow,
        ..Default::default()
    };
    eframe::run_native(
        "counterpart",
        options,
        Box::new(move |cc| {
            let mut app = CounterpartApp::new(cc, files);
            app.exit_after = exit_after.map(|when| (when, started));
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_icon_is_a_square_png() {
        let icon = eframe::icon_data::from_png_bytes(super::ICON_PNG).unwrap();
        assert_eq!((icon.width, icon.height), (256, 256));
        assert!(icon.rgba.chunks(4).any(|px| px[3] == 0), "the corners are transparent");
    }
}
