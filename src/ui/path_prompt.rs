//! The window's own stand-in for a file dialog, for desktops that have none: a path field that completes file
//! and folder names as the user types.

use super::dialogs::DialogRequest;
use eframe::egui::{self, Ui};
use std::path::{Path, PathBuf};

/// How many completions the prompt lists.
const MAX_COMPLETIONS: usize = 8;

/// A path being typed for a request that a file dialog would have answered.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct PathPrompt {
    /// What the path is for.
    pub(super) request: DialogRequest,
    /// The path typed so far.
    pub(super) text: String,
}

/// How the prompt ended, once it has.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum PromptOutcome {
    /// The user gave this path.
    Chosen(PathBuf),
    /// The user closed the prompt.
    Cancelled,
}

impl PathPrompt {
    /// A prompt for a request, starting in the current folder.
    pub(super) fn new(request: DialogRequest) -> Self {
        let start = std::env::current_dir().map(|d| format!("{}/", d.display())).unwrap_or_default();
        PathPrompt { request, text: start }
    }

    /// Shows the prompt as a window; returns how it ended once the user opens or cancels.
    pub(super) fn show(&mut self, ctx: &egui::Context) -> Option<PromptOutcome> {
        let mut outcome = None;
        egui::Window::new(self.request.title()).collapsible(false).resizable(true).show(ctx, |ui| {
            outcome = self.contents(ui);
        });
        outcome
    }

    fn contents(&mut self, ui: &mut Ui) -> Option<PromptOutcome> {
        ui.label("No file dialog is available here. Type the file's path; Tab completes it.");
        let label = ui.label("Path");
        let field_id = ui.make_persistent_id("path-prompt-field");
        // Tab completes rather than moves the focus on, so it is taken before the field sees it.
        let tab = ui.memory(|m| m.has_focus(field_id))
            && ui.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Tab));
        if tab && let Some(longest) = common_prefix(&completions(&self.text)) {
            self.text = longest;
            let mut state = egui::TextEdit::load_state(ui.ctx(), field_id).unwrap_or_default();
            let end = egui::text::CCursor::new(self.text.chars().count());
            state.cursor.set_char_range(Some(egui::text::CCursorRange::one(end)));
            state.store(ui.ctx(), field_id);
        }
        let field =
            ui.add(egui::TextEdit::singleline(&mut self.text).id(field_id).desired_width(420.0)).labelled_by(label.id);
        let completions = completions(&self.text);
        for completion in &completions {
            if ui.selectable_label(false, completion.as_str()).clicked() {
                self.text.clone_from(completion);
            }
        }
        let confirm = matches!(self.request, DialogRequest::OpenArticle { .. } | DialogRequest::OpenProject);
        let mut outcome = None;
        ui.horizontal(|ui| {
            let ready = !self.text.trim().is_empty();
            let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            if ui.add_enabled(ready, egui::Button::new(if confirm { "Open" } else { "Save" })).clicked()
                || (ready && enter)
            {
                outcome = Some(PromptOutcome::Chosen(PathBuf::from(self.text.trim())));
            }
            if ui.button("Cancel").clicked() {
                outcome = Some(PromptOutcome::Cancelled);
            }
        });
        outcome
    }
}

/// The paths that complete `typed`: the entries of its folder whose names start with its last part, folders
/// ending in a slash, sorted, at most [`MAX_COMPLETIONS`]. Hidden entries show only once a dot is typed.
pub(super) fn completions(typed: &str) -> Vec<String> {
    let (dir, prefix) = match typed.rfind('/') {
        Some(i) => (&typed[..=i], &typed[i + 1..]),
        None => ("", typed),
    };
    let folder = if dir.is_empty() { Path::new(".") } else { Path::new(dir) };
    let Ok(entries) = std::fs::read_dir(folder) else { return Vec::new() };
    let mut found: Vec<String> = entries
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let shown = name.starts_with(prefix) && (!name.starts_with('.') || prefix.starts_with('.'));
            let slash = if e.path().is_dir() { "/" } else { "" };
            shown.then(|| format!("{dir}{name}{slash}"))
        })
        .collect();
    found.sort();
    found.truncate(MAX_COMPLETIONS);
    found
}

/// The longest start that all completions share, when there is any.
fn common_prefix(completions: &[String]) -> Option<String> {
    let first = completions.first()?;
    let len = completions.iter().skip(1).fold(first.len(), |len, c| {
        first
            .char_indices()
            .zip(c.chars())
            .take_while(|((_, a), b)| a == b)
            .map(|((i, a), _)| i + a.len_utf8())
            .last()
            .unwrap_or(0)
            .min(len)
    });
    Some(first[..len].to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn completions_list_matching_files_and_folders_but_hidden_ones_only_after_a_dot() {
        let dir = tempfile::tempdir().unwrap();
        let base = format!("{}/", dir.path().display());
        std::fs::write(dir.path().join("story-a.txt"), "a").unwrap();
        std::fs::write(dir.path().join("story-b.html"), "b").unwrap();
        std::fs::write(dir.path().join(".hidden"), "h").unwrap();
        std::fs::create_dir(dir.path().join("stories")).unwrap();
        let found = completions(&format!("{base}stor"));
        assert_eq!(found, [format!("{base}stories/"), format!("{base}story-a.txt"), format!("{base}story-b.html")]);
        assert_eq!(completions(&base).len(), 3, "no hidden entry without a dot");
        assert_eq!(completions(&format!("{base}.h")), [format!("{base}.hidden")]);
        assert!(completions(&format!("{base}nothing-like-this")).is_empty());
        assert!(completions("/no/such/folder/x").is_empty());
    }

    #[test]
    fn tab_completes_to_the_longest_shared_start() {
        let names = ["/t/story-a.txt".to_owned(), "/t/story-b.html".to_owned()];
        assert_eq!(common_prefix(&names).as_deref(), Some("/t/story-"));
        assert_eq!(common_prefix(&names[..1]).as_deref(), Some("/t/story-a.txt"));
        assert_eq!(common_prefix(&[]), None);
    }
}
