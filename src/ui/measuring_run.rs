//! Measuring runs of the real window (`COUNTERPART_EXIT_AFTER`): when to exit, and the check each frame makes.

use eframe::egui;
use std::time::{Duration, Instant};

/// When a measuring run exits: see [`super::run`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ExitAfter {
    /// Once the first frame has been painted.
    FirstFrame,
    /// Once both articles are analysed and shown, with nothing left to do.
    Idle,
}

impl ExitAfter {
    /// What `COUNTERPART_EXIT_AFTER` asks for, if anything.
    pub fn from_env() -> Option<ExitAfter> {
        match std::env::var("COUNTERPART_EXIT_AFTER").ok()?.as_str() {
            "first-frame" => Some(ExitAfter::FirstFrame),
            "idle" => Some(ExitAfter::Idle),
            _ => None,
        }
    }

    /// At the start of a frame's UI pass, which starts after the previous frame was painted and shown: ends the
    /// process once the run is done (`frames` painted so far, the window `idle` or not), printing the time since
    /// `started`; until then wakes the frame that will end it.
    pub(super) fn check(self, started: Instant, frames: u64, idle: bool, ctx: &egui::Context) {
        let done = match self {
            ExitAfter::FirstFrame => frames >= 1,
            ExitAfter::Idle => idle,
        };
        if done {
            eprintln!(
                "counterpart: {} after {:.1} ms",
                if self == ExitAfter::FirstFrame { "first frame painted" } else { "idle" },
                started.elapsed().as_secs_f64() * 1e3
            );
            std::process::exit(0);
        }
        // Poll while waiting for idle: frames drawn for nothing would take the CPU from the analysis being timed.
        match self {
            ExitAfter::FirstFrame => ctx.request_repaint(),
            ExitAfter::Idle => ctx.request_repaint_after(Duration::from_millis(50)),
        }
    }
}
