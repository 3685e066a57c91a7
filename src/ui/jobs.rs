//! Work that runs off the UI thread: loading and analysing articles, refining their links by meaning, and opening
//! projects.

use crate::analysis;
use crate::export;
use crate::model::Comparison;
use crate::workspace::{self, ArticleInput};
use eframe::egui;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
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
    /// The comparison of `generation` (the review's text generation when the job started) with its links found
    /// again by meaning.
    Refined { comparison: Comparison, generation: u64 },
}

/// A job running on a worker thread.
#[derive(Debug)]
pub(super) struct Job {
    /// What it does, for the status bar.
    pub label: String,
    pub started: Instant,
    /// How many steps are done of how many, for jobs that count them.
    progress: Arc<[AtomicUsize; 2]>,
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

    /// How many steps are done of how many, once the job has counted them.
    pub(super) fn progress(&self) -> Option<(usize, usize)> {
        let [done, total] = [0, 1].map(|i| self.progress[i].load(Ordering::Relaxed));
        (total > 0).then_some((done, total))
    }

    /// Runs `work` on a new thread, handing it the job's progress counters: steps done, and of how many.
    fn spawn(
        label: String,
        ctx: &egui::Context,
        work: impl FnOnce(&[AtomicUsize; 2]) -> Result<JobOutput, String> + Send + 'static,
    ) -> Job {
        let (tx, rx) = mpsc::channel();
        let ctx = ctx.clone();
        let progress: Arc<[AtomicUsize; 2]> = Arc::new([AtomicUsize::new(0), AtomicUsize::new(0)]);
        let counters = Arc::clone(&progress);
        std::thread::spawn(move || {
            let _ = tx.send(work(&counters));
            ctx.request_repaint();
        });
        Job { label, started: Instant::now(), progress, rx }
    }
}

/// Loads the articles that come from files and analyses them all, in the order given.
pub(super) fn analyse(inputs: Vec<ArticleInput>, ctx: &egui::Context) -> Job {
    let names: Vec<String> = inputs.iter().map(ArticleInput::name).collect();
    let label = format!("Analysing {}", names.join(" and "));
    Job::spawn(label, ctx, move |_| {
        workspace::analyse_inputs(inputs).map(JobOutput::Analysed).map_err(|e| e.to_string())
    })
}

/// Embeds the claims of a fresh comparison with the sentence encoder and links them again by meaning; the
/// comparison is that of the review's text generation `generation`.
pub(super) fn refine(mut comparison: Comparison, generation: u64, ctx: &egui::Context) -> Job {
    let ctx_for_progress = ctx.clone();
    Job::spawn("Refining the links by meaning".into(), ctx, move |progress| {
        analysis::refine_by_meaning(&mut comparison, &|done, total| {
            progress[1].store(total, Ordering::Relaxed);
            progress[0].store(done, Ordering::Relaxed);
            ctx_for_progress.request_repaint_after(std::time::Duration::from_millis(250));
        });
        Ok(JobOutput::Refined { comparison, generation })
    })
}

/// Reads a project file and notes which of its source articles changed on disk since it was saved.
pub(super) fn open_project(path: PathBuf, ctx: &egui::Context) -> Job {
    let label = format!("Opening {}", path.display());
    Job::spawn(label, ctx, move |_| {
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
