//! The window's chrome: toolbar, status bar, banners, the help overlay, the export window and the questions
//! asked in modals.

use super::actions::Action;
use super::app::Question;
use super::app_state::AppState;
use super::dialogs::pane_letter;
use super::jobs::Job;
use super::keyboard::SHORTCUTS;
use super::prefs::Prefs;
use super::text_layout::DocLayout;
use crate::export::ExportFormat;
use eframe::egui::{self, Id, RichText, ThemePreference, Ui};

/// The search field's id, so that Ctrl+F can focus it.
pub(super) fn search_id() -> Id {
    Id::unique("search-field")
}

/// The toolbar: files, project, undo and redo, search, theme and the two titles with their dates.
pub(super) fn toolbar(
    ui: &mut Ui,
    state: &AppState,
    prefs: &mut Prefs,
    busy: bool,
    hits: usize,
    actions: &mut Vec<Action>,
) {
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        file_buttons(ui, state, prefs, busy, actions);
        ui.separator();
        history_buttons(ui, state, actions);
        ui.separator();
        search_field(ui, state, hits, actions);
        ui.separator();
        egui::ComboBox::from_id_salt("theme")
            .selected_text(theme_name(prefs.theme))
            .show_ui(ui, |ui| {
                for t in [ThemePreference::System, ThemePreference::Light, ThemePreference::Dark] {
                    ui.selectable_value(&mut prefs.theme, t, theme_name(t));
                }
            })
            .response
            .on_hover_text("Theme");
        if ui.button("?").on_hover_text("Keyboard shortcuts (F1)").clicked() {
            actions.push(Action::ToggleHelp);
        }
    });
    ui.horizontal(|ui| {
        for pane in 0..2 {
            let Some(doc) = state.review.comparison.document(state.view.pane_docs[pane]) else { continue };
            let date = doc.source.published.map(|d| format!(" ({d})")).unwrap_or_default();
            ui.label(RichText::new(format!("{}: {}{date}", pane_letter(pane), doc.display_name())).small());
            if pane == 0 {
                ui.label(RichText::new("vs").small().weak());
            }
        }
    });
    ui.add_space(2.0);
}

/// Open A, Open B, the recent files, Swap, and the project's open, save and export buttons.
fn file_buttons(ui: &mut Ui, state: &AppState, prefs: &Prefs, busy: bool, actions: &mut Vec<Action>) {
    for pane in 0..2 {
        let letter = pane_letter(pane);
        let hover = format!("Open an article as {letter} (Ctrl+O opens into the active pane)");
        if pane_button(ui, busy, format!("Open {letter}…"), hover) {
            actions.push(Action::OpenArticle(pane));
        }
    }
    for pane in 0..2 {
        let letter = pane_letter(pane);
        let hover = format!(
            "Make article {letter} from the text or web page copied to the clipboard (Ctrl+V pastes into the active pane)"
        );
        if pane_button(ui, busy, format!("Paste as {letter}"), hover) {
            actions.push(Action::PasteInto(pane));
        }
    }
    ui.add_enabled_ui(!busy && !prefs.recent.is_empty(), |ui| {
        ui.menu_button("Recent", |ui| {
            for path in &prefs.recent {
                ui.horizontal(|ui| {
                    ui.label(path.display().to_string());
                    for pane in 0..2 {
                        if ui.small_button(format!("as {}", pane_letter(pane))).clicked() {
                            actions.push(Action::OpenPath { pane, path: path.clone() });
                            ui.close();
                        }
                    }
                });
            }
        });
    });
    if ui.button("Swap").on_hover_text("Swap the two articles").clicked() {
        actions.push(Action::Swap);
    }
    ui.separator();
    if ui.add_enabled(!busy, egui::Button::new("Open project…")).on_hover_text("Ctrl+Shift+O").clicked() {
        actions.push(Action::OpenProject);
    }
    let save = if state.is_dirty() { "Save •" } else { "Save" };
    if ui.button(save).on_hover_text("Save the project (Ctrl+S)").clicked() {
        actions.push(Action::SaveProject);
    }
    if ui.button("Export…").on_hover_text("Ctrl+E").clicked() {
        actions.push(Action::ShowExport);
    }
}

/// A button that puts an article in a pane, disabled while a job runs; true when clicked.
fn pane_button(ui: &mut Ui, busy: bool, label: String, hover: String) -> bool {
    ui.add_enabled(!busy, egui::Button::new(label)).on_hover_text(hover).clicked()
}

/// Undo and Redo, each saying in its tooltip what it would undo or redo.
fn history_buttons(ui: &mut Ui, state: &AppState, actions: &mut Vec<Action>) {
    let undo = state.review.history.undo_label().map_or("Undo".to_owned(), |l| format!("Undo {l}"));
    if ui
        .add_enabled(state.review.history.can_undo(), egui::Button::new("Undo"))
        .on_hover_text(format!("{undo} (Ctrl+Z)"))
        .clicked()
    {
        actions.push(Action::Undo);
    }
    let redo = state.review.history.redo_label().map_or("Redo".to_owned(), |l| format!("Redo {l}"));
    if ui
        .add_enabled(state.review.history.can_redo(), egui::Button::new("Redo"))
        .on_hover_text(format!("{redo} (Ctrl+Shift+Z)"))
        .clicked()
    {
        actions.push(Action::Redo);
    }
}

/// The search field over both articles, with the number of hits; Enter steps to the next hit.
fn search_field(ui: &mut Ui, state: &AppState, hits: usize, actions: &mut Vec<Action>) {
    let mut query = state.view.search.clone();
    let label = ui.label("Search");
    let search = ui
        .add(egui::TextEdit::singleline(&mut query).id(search_id()).hint_text("Ctrl+F").desired_width(160.0))
        .labelled_by(label.id);
    if search.changed() {
        actions.push(Action::Search(query));
    }
    if search.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
        actions.push(Action::NextSearchHit);
        ui.memory_mut(|m| m.request_focus(search_id()));
    }
    if !state.view.search.trim().is_empty() {
        ui.label(RichText::new(format!("{hits} found")).small().weak());
    }
}

fn theme_name(t: ThemePreference) -> &'static str {
    match t {
        ThemePreference::System => "System theme",
        ThemePreference::Light => "Light",
        ThemePreference::Dark => "Dark",
    }
}

/// The status bar: counts of claims by status, links by kind, quotes and speakers, and any running job.
pub(super) fn status_bar(
    ui: &mut Ui,
    state: &AppState,
    layouts: [Option<&DocLayout>; 2],
    link_counts: (usize, usize, usize),
    job: Option<&Job>,
) {
    ui.horizontal(|ui| {
        if let Some(job) = job {
            // A label that ticks each second, not a spinner: a spinner repaints every frame, and on a software
            // renderer those frames take the CPU the analysis needs.
            let seconds = job.started.elapsed().as_secs_f32();
            ui.label(match job.progress() {
                Some((done, total)) => format!("{}… {done} of {total} claims, {seconds:.0} s", job.label),
                None => format!("{}… {seconds:.0} s", job.label),
            });
            ui.separator();
        }
        let c = &state.review.comparison;
        for (pane, (doc, layout)) in state.view.pane_docs.iter().copied().zip(layouts).enumerate() {
            let (Some(analysis), Some(layout)) = (c.analysis(doc), layout.filter(|l| l.key.doc == doc)) else {
                continue;
            };
            let counts = layout.status_counts();
            ui.label(format!(
                "{}: {} claims ({} matched, {} unique, {} in conflict), {} quotes",
                pane_letter(pane),
                counts.iter().sum::<usize>(),
                counts[0],
                counts[1],
                counts[2],
                analysis.quotes.len()
            ));
            ui.separator();
        }
        let (auto, user, confirmed) = link_counts;
        ui.label(format!(
            "{auto} automatic and {user} user links, {confirmed} confirmed; {} speakers",
            c.speakers.len()
        ));
        if let Some(notice) = &state.view.notice {
            ui.separator();
            ui.label(RichText::new(notice).weak());
        }
    });
}

/// The banners above the panes: errors, warnings, and the event check when it finds different events.
pub(super) fn banners(ui: &mut Ui, state: &mut AppState) {
    if let Some(error) = state.view.error.clone() {
        let colour = ui.visuals().error_fg_color;
        banner(ui, colour, |ui| {
            ui.label(RichText::new(error.clone()).color(colour));
            if ui.small_button("Dismiss").clicked() {
                state.view.error = None;
            }
        });
    }
    if let Some(check) = state.review.comparison.event_check.as_ref().filter(|e| e.same_event == Some(false)) {
        let colour = ui.visuals().warn_fg_color;
        let (why, one_story) = (check.why.clone(), check.one_story);
        banner(ui, colour, |ui| {
            let verdict = if one_story {
                "These articles seem to report two occurrences of one story."
            } else {
                "These articles seem to report different events."
            };
            ui.label(RichText::new(verdict).color(colour).strong());
            ui.label(why);
        });
    }
    for warning in state.review.comparison.warnings.clone() {
        let colour = ui.visuals().warn_fg_color;
        banner(ui, colour, |ui| {
            ui.label(RichText::new(warning).color(colour));
        });
    }
}

fn banner(ui: &mut Ui, colour: egui::Color32, add: impl FnOnce(&mut Ui)) {
    egui::Frame::new()
        .fill(colour.gamma_multiply(0.12))
        .stroke(egui::Stroke::new(1.0, colour.gamma_multiply(0.6)))
        .inner_margin(egui::Margin::symmetric(10, 6))
        .show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(add);
        });
}

/// The help overlay: every keyboard shortcut.
pub(super) fn help_overlay(ctx: &egui::Context, open: &mut bool) {
    egui::Window::new("Keyboard shortcuts").open(open).collapsible(false).resizable(false).show(ctx, |ui| {
        egui::Grid::new("shortcuts").num_columns(2).striped(true).show(ui, |ui| {
            for s in SHORTCUTS {
                ui.label(RichText::new(s.keys).monospace().strong());
                ui.label(s.what);
                ui.end_row();
            }
        });
        ui.add_space(6.0);
        ui.weak("Drag across text to select it; the Claim tab can then mark it as a claim.");
    });
}

/// The Export window; returns the format chosen when the user asks to export.
pub(super) fn export_window(ctx: &egui::Context, open: &mut bool) -> Option<ExportFormat> {
    let mut chosen = None;
    egui::Window::new("Export").open(open).collapsible(false).resizable(false).show(ctx, |ui| {
        ui.label("Export the comparison, with every edit applied:");
        for format in ExportFormat::ALL {
            if ui.button(format!("{}…", format.label())).clicked() {
                chosen = Some(format);
            }
        }
        ui.weak("CSV export writes the links, and the quotes in a second file beside it.");
    });
    if chosen.is_some() {
        *open = false;
    }
    chosen
}

/// The user's answer to a question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Answer {
    /// Go ahead.
    Yes,
    /// Don't.
    No,
}

/// Asks a question in a modal; returns the answer once given.
pub(super) fn question_modal(ctx: &egui::Context, question: &Question) -> Option<Answer> {
    let (title, text, yes, no) = match question {
        Question::DiscardEdits(_) => (
            "Unsaved changes",
            "Your review has unsaved changes. Discard them and go on?",
            "Discard and go on",
            "Cancel",
        ),
        Question::DiscardOnClose => (
            "Unsaved changes",
            "Your review has unsaved changes. Quit without saving them?",
            "Quit without saving",
            "Cancel",
        ),
        Question::Restore(_) => (
            "Restore unsaved work?",
            "Counterpart did not close cleanly last time. Restore the review it autosaved?",
            "Restore",
            "Discard it",
        ),
    };
    let mut answer = None;
    let modal = egui::Modal::new(Id::unique("question")).show(ctx, |ui| {
        ui.set_max_width(420.0);
        ui.heading(title);
        ui.label(text);
        ui.add_space(8.0);
        ui.horizontal(|ui| {
            let yes = ui.button(yes);
            // The first answer takes the keyboard focus, so that Enter gives it and Tab moves to the other.
            if ui.memory(|m| m.focused().is_none()) {
                yes.request_focus();
            }
            if yes.clicked() {
                answer = Some(Answer::Yes);
            }
            if ui.button(no).clicked() {
                answer = Some(Answer::No);
            }
        });
    });
    if answer.is_none() && modal.should_close() {
        answer = Some(Answer::No);
    }
    answer
}
