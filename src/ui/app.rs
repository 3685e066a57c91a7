//! The eframe application: owns the state, the layout caches, dialogs and background jobs, and lays the
//! window out each frame.

use super::actions::Action;
use super::app_state::AppState;
use super::chrome;
use super::dialogs::{DialogAnswer, DialogRequest, FileDialogs, RfdDialogs};
use super::gutter;
use super::jobs::{self, Job, JobOutput};
use super::keyboard;
use super::measuring_run::ExitAfter;
use super::pane::{self, PaneCache, PaneView};
use super::path_prompt::{PathPrompt, PromptOutcome};
use super::prefs::{self, Prefs};
use super::search::SearchIndex;
use super::text_layout::DocLayout;
use super::theme;
use super::view_state::PANES;
use crate::export::{self, ExportFormat, RecoveryStore};
use crate::model::{ClaimId, Comparison, LinkReview};
use crate::workspace::{self, ArticleInput};
use eframe::egui::{self, Ui};
use std::path::PathBuf;
use std::sync::mpsc::Receiver;

/// How often eframe saves the preferences, and with them the recovery copy of unsaved edits.
const RECOVERY_INTERVAL: std::time::Duration = std::time::Duration::from_secs(5);

/// A decision the user is asked to make in a modal before something happens.
#[derive(Clone, Debug, PartialEq)]
pub enum Question {
    /// Unsaved edits would be lost by this action.
    DiscardEdits(Action),
    /// Unsaved edits would be lost by closing the window.
    DiscardOnClose,
    /// A recovery file from a session that did not end cleanly is there.
    Restore(PathBuf),
}

/// The window.
pub struct CounterpartApp {
    /// The comparison under review and the view of it.
    pub state: AppState,
    /// The preferences kept between runs.
    pub prefs: Prefs,
    /// Each pane's laid-out document, and any layout under way.
    panes: [PaneCache; PANES],
    dialogs: Box<dyn FileDialogs>,
    waiting: Vec<(DialogRequest, Receiver<DialogAnswer>)>,
    /// The window's own path field, asking what a file dialog would have where the desktop has none.
    path_prompt: Option<PathPrompt>,
    job: Option<Job>,
    /// The links of a fresh analysis being refined by meaning, which a new analysis or project drops.
    refining: Option<Job>,
    search: SearchIndex,
    /// How many times Enter has stepped through the search hits.
    search_step: usize,
    /// The pane that asked for the clipboard's text, until it arrives.
    paste_into: Option<usize>,
    /// The question a modal asks now, if any.
    pub question: Option<Question>,
    close_confirmed: bool,
    /// The window title last sent, so that it is only sent when it changes.
    title: String,
    /// Where recovery copies are autosaved; `None` for windows that keep none, as in tests.
    recovery: Option<RecoveryStore>,
    /// The comparison's generation when the recovery copy was last written or discarded.
    recovery_generation: Option<u64>,
    actions: Vec<Action>,
    /// The theme preference last handed to egui; it is set again only when the user changes it.
    applied_theme: Option<egui::ThemePreference>,
    /// For measuring runs: when to exit, and when the process started.
    pub exit_after: Option<(ExitAfter, std::time::Instant)>,
    /// Frames drawn so far, and whether the last one left nothing to do.
    frames: u64,
    idle: bool,
}

impl CounterpartApp {
    /// A window on a comparison, asking `dialogs` for paths. It keeps no recovery copy, and leaves the theme
    /// the context has until the user picks one.
    pub fn with_dialogs(comparison: Comparison, dialogs: Box<dyn FileDialogs>) -> Self {
        CounterpartApp {
            state: AppState::new(comparison),
            prefs: Prefs::default(),
            panes: Default::default(),
            dialogs,
            waiting: Vec::new(),
            path_prompt: None,
            job: None,
            refining: None,
            search: SearchIndex::default(),
            search_step: 0,
            paste_into: None,
            question: None,
            close_confirmed: false,
            title: String::new(),
            recovery: None,
            recovery_generation: None,
            actions: Vec::new(),
            applied_theme: Some(Prefs::default().theme),
            exit_after: None,
            frames: 0,
            idle: false,
        }
    }

    /// The window as `run` opens it: preferences from eframe's storage, desktop dialogs, a recovery copy, and
    /// the articles to analyse: the files given, else the last pair opened, else the built-in samples.
    pub fn new(cc: &eframe::CreationContext<'_>, files: Vec<PathBuf>) -> Self {
        let mut app = CounterpartApp::with_dialogs(Comparison::default(), Box::new(RfdDialogs));
        if let Some(stored) = cc.storage.and_then(|s| eframe::get_value::<Prefs>(s, prefs::STORAGE_KEY)) {
            app.prefs = stored;
        }
        let inputs: Vec<ArticleInput> = match (files.is_empty(), &app.prefs.last_pair) {
            (false, _) => files.into_iter().map(ArticleInput::File).collect(),
            (true, Some(pair)) if pair.iter().all(|p| p.is_file()) => {
                pair.iter().cloned().map(ArticleInput::File).collect()
            }
            (true, _) => {
                crate::samples::sample_documents().into_iter().map(|d| ArticleInput::Loaded(Box::new(d))).collect()
            }
        };
        app.applied_theme = None;
        let store = RecoveryStore::in_user_data();
        if let Some(found) = store.find(None) {
            app.question = Some(Question::Restore(found.path));
        }
        app.recovery = Some(store);
        if !inputs.is_empty() {
            app.job = Some(jobs::analyse(inputs, &cc.egui_ctx));
        }
        app
    }

    /// Starts analysing articles in the background, as when opening files.
    pub fn analyse(&mut self, ctx: &egui::Context, inputs: Vec<ArticleInput>) {
        self.refining = None;
        self.job = Some(jobs::analyse(inputs, ctx));
    }

    /// True while a background job runs, the links are being refined, a dialog is open or an article is being
    /// laid out.
    pub fn is_busy(&self) -> bool {
        self.job.is_some()
            || self.refining.is_some()
            || !self.waiting.is_empty()
            || self.panes.iter().any(|p| p.pending)
    }

    /// Queues an action for the next frame, as a button or key would.
    pub fn queue(&mut self, action: Action) {
        self.actions.push(action);
    }

    /// The laid-out document of a pane, once it has been shown.
    pub fn layout(&self, pane: usize) -> Option<&DocLayout> {
        self.panes.get(pane).and_then(|p| p.layout.as_ref())
    }

    /// True when the whole of a claim is in view in the pane that shows its document.
    pub fn claim_in_view(&self, id: ClaimId) -> bool {
        let Some(cache) = self.state.view.pane_of(id.doc).and_then(|p| self.panes.get(p)) else { return false };
        let Some((top, bottom)) = cache.layout.as_ref().and_then(|l| l.claim_extent(id)) else { return false };
        top >= cache.view.0 && bottom <= cache.view.1
    }

    /// Draws one frame.
    pub fn show(&mut self, ui: &mut Ui) {
        let ctx = ui.ctx().clone();
        ctx.options_mut(|o| o.zoom_with_keyboard = false);
        if self.applied_theme != Some(self.prefs.theme) {
            ctx.set_theme(self.prefs.theme);
            self.applied_theme = Some(self.prefs.theme);
        }
        self.poll_background(&ctx);
        self.handle_close(&ctx);
        let mut actions = std::mem::take(&mut self.actions);
        if self.question.is_none() {
            actions.extend(keyboard::actions(&ctx));
        }
        self.update_title(&ctx);
        if self.recovery.is_some() && self.recovery_generation != Some(self.state.review.generation) {
            // eframe autosaves only after a frame; wake one so that an idle window still writes the copy.
            ctx.request_repaint_after(RECOVERY_INTERVAL);
        }

        self.search.update(&self.state.review.comparison, self.state.review.generation, &self.state.view.search);
        let hits = self.search.count();
        let busy = self.job.is_some();
        egui::Panel::top("toolbar")
            .show(ui, |ui| chrome::toolbar(ui, &self.state, &mut self.prefs, busy, hits, &mut actions));
        let index = self.state.review.link_index();
        let link_counts = (index.automatic, index.user, index.confirmed);
        egui::Panel::bottom("status").show(ui, |ui| {
            chrome::status_bar(
                ui,
                &self.state,
                [self.panes[0].layout.as_ref(), self.panes[1].layout.as_ref()],
                link_counts,
                self.job.as_ref().or(self.refining.as_ref()),
            )
        });
        egui::Panel::right("side-panel").default_size(360.0).min_size(240.0).show(ui, |ui| {
            let now = ui.input(|i| i.time);
            super::side_panel::show(ui, &mut self.state, now);
        });
        egui::CentralPanel::no_frame().show(ui, |ui| {
            chrome::banners(ui, &mut self.state);
            let area = ui.available_rect_before_wrap();
            let mut views = [PaneView { rect: area, origin_y: area.top() }; PANES];
            for (p, view) in views.iter_mut().enumerate() {
                let hits = self.search.hits(self.state.view.pane_docs[p]);
                *view = pane::show(
                    ui,
                    p,
                    pane::pane_rect(area, p),
                    &mut self.state,
                    &mut self.panes[p],
                    self.prefs.zoom,
                    hits,
                );
            }
            let [a, b] = &self.panes;
            gutter::show(ui, pane::gutter_rect(area), &mut self.state, [a.layout.as_ref(), b.layout.as_ref()], views);
            self.handle_drops(ui, area, &mut actions);
        });
        chrome::help_overlay(&ctx, &mut self.state.view.help_open);
        if let Some(format) = chrome::export_window(&ctx, &mut self.state.view.export_open) {
            self.ask(&ctx, DialogRequest::Export { extension: format.extension() });
        }
        if let Some(outcome) = self.path_prompt.as_mut().and_then(|p| p.show(&ctx)) {
            let request = self.path_prompt.take().map(|p| p.request);
            if let (Some(request), PromptOutcome::Chosen(path)) = (request, outcome) {
                self.answered(&ctx, request, path);
            }
        }
        if let Some(question) = self.question.clone()
            && let Some(answer) = chrome::question_modal(&ctx, &question)
        {
            self.answer(&ctx, question, answer);
        }
        for action in actions {
            self.perform(&ctx, action);
        }
    }

    /// Carries out an action.
    pub fn perform(&mut self, ctx: &egui::Context, action: Action) {
        if action.replaces_comparison() && self.state.is_dirty() {
            self.question = Some(Question::DiscardEdits(action));
            return;
        }
        let now = ctx.input(|i| i.time);
        match action {
            Action::OpenArticle(pane) => self.ask(ctx, DialogRequest::OpenArticle { pane }),
            Action::OpenActive => {
                let pane = self.state.view.active_pane;
                self.ask(ctx, DialogRequest::OpenArticle { pane })
            }
            Action::OpenPath { pane, path } => {
                self.prefs.remember(path.clone());
                self.open_article(ctx, pane, ArticleInput::File(path));
            }
            Action::PasteInto(pane) => self.request_paste(ctx, pane),
            Action::PasteActive => self.request_paste(ctx, self.state.view.active_pane),
            Action::Pasted(text) => {
                let pane = self.paste_into.take().unwrap_or(self.state.view.active_pane);
                self.open_article(ctx, pane, ArticleInput::Pasted(text));
            }
            Action::OpenProject => self.ask(ctx, DialogRequest::OpenProject),
            Action::SaveProject => match self.state.review.project_path.clone() {
                Some(path) => self.save_project(path),
                None => self.ask(ctx, DialogRequest::SaveProject),
            },
            Action::SaveProjectAs => self.ask(ctx, DialogRequest::SaveProject),
            Action::ShowExport => self.state.view.export_open = true,
            Action::Swap => self.state.view.swap_panes(),
            Action::Undo => self.state.undo_redo(false),
            Action::Redo => self.state.undo_redo(true),
            Action::Search(query) => {
                self.state.view.search = query;
                self.search_step = 0;
            }
            Action::NextSearchHit => {
                self.search.update(
                    &self.state.review.comparison,
                    self.state.review.generation,
                    &self.state.view.search,
                );
                let pane = self.state.view.active_pane;
                let hits = self.search.hits(self.state.view.pane_docs[pane]);
                if let Some(hit) = hits.get(self.search_step % hits.len().max(1)) {
                    self.state.view.scroll_to[pane] = Some(super::view_state::ScrollTarget::Offset(hit.start));
                    self.search_step += 1;
                }
            }
            Action::FocusSearch => ctx.memory_mut(|m| m.request_focus(chrome::search_id())),
            Action::ZoomIn => self.zoom(1.1),
            Action::ZoomOut => self.zoom(1.0 / 1.1),
            Action::ZoomReset => self.prefs.zoom = 1.0,
            Action::NextClaim => self.state.step_claim(true, now),
            Action::PreviousClaim => self.state.step_claim(false, now),
            Action::SwitchPane => self.state.view.switch_pane(),
            Action::JumpToCounterpart => self.state.jump_to_counterpart(now),
            Action::NextCounterpart => self.state.next_counterpart(now),
            Action::ConfirmLink => self.state.review_counterpart_link(LinkReview::Confirmed),
            Action::RejectLink => self.state.review_counterpart_link(LinkReview::Rejected),
            Action::NextDifference => self.state.step_difference(true, now),
            Action::ToggleHelp => self.state.view.help_open = !self.state.view.help_open,
            Action::Escape => {
                if self.state.view.pick.take().is_none() && self.state.view.text_selection.take().is_none() {
                    self.state.view.selected = None;
                    self.state.view.speaker_filter = None;
                    self.state.view.actor_filter = None;
                    self.state.view.group_filter = None;
                }
                self.state.view.help_open = false;
            }
        }
        ctx.request_repaint();
    }

    fn zoom(&mut self, factor: f32) {
        let (lo, hi) = theme::ZOOM_RANGE;
        self.prefs.zoom = (self.prefs.zoom * factor).clamp(lo, hi);
    }

    fn ask(&mut self, ctx: &egui::Context, request: DialogRequest) {
        let rx = self.dialogs.ask(request.clone(), ctx);
        self.waiting.push((request, rx));
    }

    /// Shows an article in a pane: the other pane keeps its article, and the pair is analysed again.
    fn open_article(&mut self, ctx: &egui::Context, pane: usize, article: ArticleInput) {
        let mut article = Some(article);
        let mut inputs = Vec::new();
        for p in 0..PANES {
            if p == pane {
                inputs.extend(article.take());
            } else if let Some(doc) = self.state.review.comparison.document(self.state.view.pane_docs[p]) {
                inputs.push(ArticleInput::Loaded(Box::new(doc.clone())));
            }
        }
        self.analyse(ctx, inputs);
    }

    /// Asks the desktop for the clipboard's text, which arrives as a paste for `pane` on a later frame.
    fn request_paste(&mut self, ctx: &egui::Context, pane: usize) {
        self.paste_into = Some(pane);
        ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste);
    }

    fn save_project(&mut self, path: PathBuf) {
        match export::save_project(&path, &self.state.review.comparison) {
            Ok(()) => {
                self.state.review.history.mark_saved();
                self.state.view.notice = Some(format!("Saved {}", path.display()));
                if let Some(store) = &self.recovery {
                    let _ = store.discard(self.state.review.project_path.as_deref());
                    let _ = store.discard(Some(&path));
                }
                self.state.review.project_path = Some(path);
            }
            Err(e) => self.state.view.error = Some(format!("{}: cannot save the project ({e})", path.display())),
        }
    }

    /// Writes an export; CSV comes as two files, the links and, beside them, the quotes.
    fn export(&mut self, path: PathBuf, extension: &str) {
        let Some(format) = ExportFormat::ALL.into_iter().find(|f| f.extension() == extension) else { return };
        let sources: Vec<PathBuf> = self.state.review.paths.iter().flatten().cloned().collect();
        match workspace::write_export(&self.state.review.comparison, format, &path, &sources) {
            Ok(written) => {
                let names: Vec<String> = written.iter().map(|p| p.display().to_string()).collect();
                self.state.view.notice = Some(format!("Exported {}", names.join(" and ")));
            }
            Err(e) => self.state.view.error = Some(format!("{e:#}")),
        }
    }

    /// Carries out a request that a dialog or the path prompt answered with a path.
    fn answered(&mut self, ctx: &egui::Context, request: DialogRequest, path: PathBuf) {
        match request {
            DialogRequest::OpenArticle { pane } => self.perform(ctx, Action::OpenPath { pane, path }),
            DialogRequest::OpenProject => {
                self.prefs.remember(path.clone());
                self.refining = None;
                self.job = Some(jobs::open_project(path, ctx));
            }
            DialogRequest::SaveProject => self.save_project(path),
            DialogRequest::Export { extension } => self.export(path, extension),
        }
    }

    /// Takes in answers from dialogs and results from jobs.
    fn poll_background(&mut self, ctx: &egui::Context) {
        let mut answered = Vec::new();
        self.waiting.retain(|(request, rx)| match rx.try_recv() {
            Ok(answer) => {
                answered.push((request.clone(), answer));
                false
            }
            Err(std::sync::mpsc::TryRecvError::Empty) => true,
            Err(std::sync::mpsc::TryRecvError::Disconnected) => false,
        });
        for (request, answer) in answered {
            match answer {
                DialogAnswer::Chosen(path) => self.answered(ctx, request, path),
                DialogAnswer::Cancelled => {}
                DialogAnswer::Unavailable => {
                    self.state.view.error = Some(
                        "This desktop offers no file dialog (it needs the XDG desktop portal or zenity), so type \
                         the file's path in the window instead."
                            .into(),
                    );
                    self.path_prompt = Some(PathPrompt::new(request));
                }
            }
        }
        if let Some(result) = self.refining.as_ref().and_then(Job::poll) {
            self.refining = None;
            self.finish_job(ctx, result);
        }
        let Some(job) = &self.job else { return };
        match job.poll() {
            // The job wakes the window when it ends; until then only the seconds in the status bar change.
            None => ctx.request_repaint_after(std::time::Duration::from_secs(1)),
            Some(result) => {
                self.job = None;
                self.refining = None;
                self.finish_job(ctx, result);
            }
        }
    }

    /// Takes what a finished job hands back: a fresh analysis (whose links a new job then refines by meaning), an
    /// opened project, the refined links, or an error.
    fn finish_job(&mut self, ctx: &egui::Context, result: Result<JobOutput, String>) {
        match result {
            Ok(JobOutput::Analysed(comparison)) => {
                self.state.replace_comparison(comparison.clone());
                self.refining = Some(jobs::refine(comparison, self.state.review.text_generation, ctx));
                if let [Some(a), Some(b)] =
                    [&self.state.review.paths.first(), &self.state.review.paths.get(1)].map(|p| p.cloned().flatten())
                {
                    self.prefs.last_pair = Some([a, b]);
                }
            }
            Ok(JobOutput::ProjectOpened { comparison, path, changed_sources }) => {
                self.state.replace_comparison(comparison);
                self.state.review.project_path = Some(path);
                if !changed_sources.is_empty() {
                    self.state.view.error = Some(format!(
                        "Since the project was saved, {}. The project shows the articles as they were then.",
                        changed_sources.join(" and ")
                    ));
                }
            }
            Ok(JobOutput::Refined { comparison, generation }) => self.state.refine_links(comparison, generation),
            Err(message) => self.state.view.error = Some(message),
        }
        ctx.request_repaint();
    }

    /// Holds the window open when closing would lose edits, until the user decides.
    fn handle_close(&mut self, ctx: &egui::Context) {
        if ctx.input(|i| i.viewport().close_requested()) && self.state.is_dirty() && !self.close_confirmed {
            ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
            self.question = Some(Question::DiscardOnClose);
        }
    }

    fn answer(&mut self, ctx: &egui::Context, question: Question, answer: chrome::Answer) {
        self.question = None;
        match (question, answer) {
            (Question::DiscardEdits(action), chrome::Answer::Yes) => {
                self.state.review.history.mark_saved();
                self.perform(ctx, action);
            }
            (Question::DiscardOnClose, chrome::Answer::Yes) => {
                self.close_confirmed = true;
                if let Some(store) = &self.recovery {
                    let _ = store.discard(self.state.review.project_path.as_deref());
                }
                ctx.send_viewport_cmd(egui::ViewportCommand::Close);
            }
            (Question::Restore(path), chrome::Answer::Yes) => match export::read_project(&path) {
                Ok(comparison) => {
                    self.job = None;
                    self.refining = None;
                    self.state.replace_comparison(comparison);
                    self.state.review.history.mark_unsaved();
                    self.state.view.notice = Some("Restored the unsaved review; save it to keep it.".into());
                }
                Err(e) => self.state.view.error = Some(e.to_string()),
            },
            (Question::Restore(path), chrome::Answer::No) => {
                let _ = std::fs::remove_file(path);
            }
            (_, _) => {}
        }
    }

    /// Opens files dropped on the window in the pane they were dropped on.
    fn handle_drops(&mut self, ui: &Ui, area: egui::Rect, actions: &mut Vec<Action>) {
        let (hovering, dropped, pointer) =
            ui.input(|i| (!i.raw.hovered_files.is_empty(), i.raw.dropped_files.clone(), i.pointer.latest_pos()));
        let pane_at = |p: Option<egui::Pos2>| match p {
            Some(p) if p.x > pane::gutter_rect(area).center().x => 1,
            _ => 0,
        };
        if hovering {
            let target = pane::pane_rect(area, pane_at(pointer));
            let painter = ui.ctx().layer_painter(egui::LayerId::new(egui::Order::Foreground, egui::Id::unique("drop")));
            painter.rect_filled(target, 8.0, ui.visuals().selection.bg_fill.gamma_multiply(0.4));
            painter.text(
                target.center(),
                egui::Align2::CENTER_CENTER,
                format!("Drop to open as article {}", super::dialogs::pane_letter(pane_at(pointer))),
                egui::FontId::proportional(22.0),
                ui.visuals().strong_text_color(),
            );
        }
        for file in dropped {
            actions.push(Action::OpenPath { pane: pane_at(pointer), path: file.path().to_path_buf() });
        }
    }

    /// Keeps the recovery copy in step with the review: written while there are unsaved edits, removed once
    /// there are none, and left alone while the user has not yet answered whether to restore an older one.
    fn autosave_recovery(&mut self) {
        let Some(store) = &self.recovery else { return };
        let unchanged = self.recovery_generation == Some(self.state.review.generation);
        if unchanged || self.close_confirmed || matches!(self.question, Some(Question::Restore(_))) {
            return;
        }
        let project = self.state.review.project_path.as_deref();
        let done = if self.state.is_dirty() {
            store.write(project, &self.state.review.comparison).is_ok()
        } else {
            store.discard(project).is_ok()
        };
        if done {
            self.recovery_generation = Some(self.state.review.generation);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let names: Vec<&str> = self
            .state
            .view
            .pane_docs
            .iter()
            .filter_map(|d| self.state.review.comparison.document(*d))
            .map(|d| d.display_name())
            .collect();
        let mark = if self.state.is_dirty() { "• " } else { "" };
        let title = if names.is_empty() {
            "Counterpart".to_owned()
        } else {
            format!("{mark}{} — Counterpart", names.join(" vs "))
        };
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }
}

impl eframe::App for CounterpartApp {
    fn ui(&mut self, ui: &mut Ui, _frame: &mut eframe::Frame) {
        if let Some((when, started)) = self.exit_after {
            when.check(started, self.frames, self.idle, ui.ctx());
        }
        self.show(ui);
        self.frames += 1;
        self.idle = !self.is_busy() && self.state.review.comparison.documents.len() >= 2;
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        let paths: Vec<Option<PathBuf>> = self
            .state
            .view
            .pane_docs
            .iter()
            .map(|d| self.state.review.paths.get(d.0 as usize).cloned().flatten())
            .collect();
        if let [Some(a), Some(b)] = paths.as_slice() {
            self.prefs.last_pair = Some([a.clone(), b.clone()]);
        }
        eframe::set_value(storage, prefs::STORAGE_KEY, &self.prefs);
        self.autosave_recovery();
    }

    fn auto_save_interval(&self) -> std::time::Duration {
        RECOVERY_INTERVAL
    }
}
