//! Work that runs off the UI thread: loading and analysing articles, and opening projects.

use crate::analysis;
use crate::export;
use crate::ingest;
use crate::model::{Comparison, DocId, Document};
use eframe::egui;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::Instant;

/// An article to analyse: a file to read, or a document already in memory.
#[derive(Clone, Debug)]
pub enum ArticleInput {
    File(PathBuf),
    Loaded(Box<Document>),
}

impl ArticleInput {
    fn name(&self) -> String {
        match self {
            ArticleInput::File(p) => p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            ArticleInput::Loaded(d) => d.display_name().to_owned(),
        }
    }
}

/// What a finished job hands back.
#[derive(Debug)]
pub enum JobOutput {
    /// A fresh analysis of articles.
    Analysed(Comparison),
    /// A project read from a file, and which of its source articles changed on disk since it was saved, in
    /// words.
    ProjectOpened { comparison: Comparison, path: PathBuf, changed_sources: Vec<String> },
}

/// A job running on a worker thread.
#[derive(Debug)]
pub struct Job {
    /// What it does, for the status bar.
    pub label: String,
    pub started: Instant,
    rx: Receiver<Result<JobOutput, String>>,
}

impl Job {
    /// The job's result once it has finished; `None` while it runs.
    pub fn poll(&self) -> Option<Result<JobOutput, String>> {
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
pub fn analyse(inputs: Vec<ArticleInput>, ctx: &egui::Context) -> Job {
    let names: Vec<String> = inputs.iter().map(ArticleInput::name).collect();
    let label = format!("Analysing {}", names.join(" and "));
    Job::spawn(label, ctx, move || {
        let mut documents = Vec::with_capacity(inputs.len());
        for (i, input) in inputs.into_iter().enumerate() {
            let doc = match input {
                ArticleInput::File(path) => ingest::load_path(&path, DocId(i as u32)).map_err(|e| e.to_string())?,
                ArticleInput::Loaded(doc) => *doc,
            };
            documents.push(doc);
        }
        Ok(JobOutput::Analysed(analysis::compare(documents)))
    })
}

/// Reads a project file and notes which of its source articles changed on disk since it was saved.
pub fn open_project(path: PathBuf, ctx: &egui::Context) -> Job {
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
