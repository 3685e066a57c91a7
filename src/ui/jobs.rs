//! Work that runs off the UI thread: loading and analysing articles, and opening projects.

use crate::export;
use crate::model::Comparison;
use crate::workspace::{self, ArticleInput};
use eframe::egui;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Instant;

/// What a finished job hands back.
#[derive(Debug)]
pub(super) enum JobOutput {
    /// A fresh analysis of articles.
    Analysed(Comparison),
    /// A project read from a file, and which of its source articles changed on disk since it was saved, in
    /// words.
    ProjectOpened { comparison: Comparison, path: PathBuf, changed_sources: Vec<String> },
}

/// A job running on a worker thread.
#[derive(Debug)]
pub(super) struct Job {
    /// What it does, for the status bar.
    pub label: String,
    pub started: Instant,
    rx: Receiver<Result<JobOutput, String>>,
}

impl Job {
    /// The job's result once it has finished; `None` while it runs.
    pub(super) fn poll(&self) -> Option<Result<JobOutput, String>> {
        match self.rx.try_recv() {
            Ok(result) => Some(result),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(Err("the analysis stopped unexpectedly".into())),
        }
    }

    fn spawn(
        label: String,
        ctx: &egui::Context,
        work: impl FnOnce() -> Result<JobOutput, String> + Send + 'static,
    ) -> Job {
        let (tx, rx) = mpsc::channel();
        let ctx = ctx.clone();
        std::thread::spawn(move || {
            let _ = tx.send(work());
            ctx.request_repaint();
        });
        Job { label, started: Instant::now(), rx }
    }
}

/// Loads the articles that come from files and analyses them all, in the order given.
pub(super) fn analyse(inputs: Vec<ArticleInput>, ctx: &egui::Context) -> Job {
    let names: Vec<String> = inputs.iter().map(ArticleInput::name).collect();
    let label = format!("Analysing {}", names.join(" and "));
    Job::spawn(label, ctx, move || {
        workspace::analyse_inputs(inputs).map(JobOutput::Analysed).map_err(|e| e.to_string())
    })
}

/// Reads a project file and notes which of its source articles changed on disk since it was saved.
pub(super) fn open_project(path: PathBuf, ctx: &egui::Context) -> Job {
    let label = format!("Opening {}", path.display());
    Job::spawn(label, ctx, move || {
        let comparison = export::read_project(&path).map_err(|e| e.to_string())?;
        let changed_sources = export::changed_sources(&comparison, path.parent())
            .into_iter()
            .map(|c| match c.state {
                export::SourceState::Changed => format!("{} has changed", c.path.display()),
                export::SourceState::Missing => format!("{} is missing", c.path.display()),
            })
            .collect();
        Ok(JobOutput::ProjectOpened { comparison, path, changed_sources })
    })
}
