//! The keyboard shortcuts: one table that both the key handler and the help overlay read.

use super::actions::Action;
use eframe::egui::{Context, Key, KeyboardShortcut, Modifiers};

/// A shortcut, what it does, and how the help overlay writes it.
pub(super) struct Shortcut {
    pub keys: &'static str,
    pub what: &'static str,
    modifiers: Modifiers,
    key: Key,
    /// True for single keys that must not fire while a text field has focus.
    plain: bool,
    action: Action,
}

const fn plain(keys: &'static str, key: Key, what: &'static str, action: Action) -> Shortcut {
    Shortcut { keys, what, modifiers: Modifiers::NONE, key, plain: true, action }
}

const fn cmd(keys: &'static str, key: Key, what: &'static str, action: Action) -> Shortcut {
    Shortcut { keys, what, modifiers: Modifiers::COMMAND, key, plain: false, action }
}

const fn cmd_shift(keys: &'static str, key: Key, what: &'static str, action: Action) -> Shortcut {
    Shortcut { keys, what, modifiers: Modifiers::COMMAND.plus(Modifiers::SHIFT), key, plain: false, action }
}

/// Every shortcut, in the order the help overlay lists them. Longer chords come before their prefixes so
/// that Ctrl+Shift+Z is not taken for Ctrl+Z.
pub(super) const SHORTCUTS: &[Shortcut] = &[
    plain("n", Key::N, "Next claim in the active article", Action::NextClaim),
    plain("p", Key::P, "Previous claim in the active article", Action::PreviousClaim),
    plain("Tab", Key::Tab, "Switch the active article", Action::SwitchPane),
    plain("Enter", Key::Enter, "Jump to the selected claim's counterpart", Action::JumpToCounterpart),
    plain("c", Key::C, "Step to the next counterpart", Action::NextCounterpart),
    plain("a", Key::A, "Confirm the link to the counterpart in view", Action::ConfirmLink),
    plain("r", Key::R, "Reject the link to the counterpart in view", Action::RejectLink),
    plain("d", Key::D, "Next difference", Action::NextDifference),
    plain("Escape", Key::Escape, "Cancel a pick, clear the selection", Action::Escape),
    cmd("Ctrl+O", Key::O, "Open an article into the active pane", Action::OpenActive),
    cmd("Ctrl+V", Key::V, "Paste an article into the active pane", Action::PasteActive),
    cmd_shift("Ctrl+Shift+O", Key::O, "Open a project", Action::OpenProject),
    cmd_shift("Ctrl+Shift+S", Key::S, "Save the project as…", Action::SaveProjectAs),
    cmd("Ctrl+S", Key::S, "Save the project", Action::SaveProject),
    cmd("Ctrl+E", Key::E, "Export…", Action::ShowExport),
    cmd_shift("Ctrl+Shift+Z", Key::Z, "Redo", Action::Redo),
    cmd("Ctrl+Z", Key::Z, "Undo", Action::Undo),
    cmd("Ctrl+Y", Key::Y, "Redo", Action::Redo),
    cmd("Ctrl+F", Key::F, "Search both articles", Action::FocusSearch),
    cmd("Ctrl+plus", Key::Plus, "Larger text", Action::ZoomIn),
    cmd("Ctrl+=", Key::Equals, "Larger text", Action::ZoomIn),
    cmd("Ctrl+minus", Key::Minus, "Smaller text", Action::ZoomOut),
    cmd("Ctrl+0", Key::Num0, "Normal text size", Action::ZoomReset),
    plain("F1", Key::F1, "Show or hide this help", Action::ToggleHelp),
    plain("?", Key::Questionmark, "Show or hide this help", Action::ToggleHelp),
];

/// Takes this frame's shortcuts out of the input and returns their actions.
pub(super) fn actions(ctx: &Context) -> Vec<Action> {
    let typing = ctx.text_edit_focused();
    let focused = ctx.memory(|m| m.focused().is_some());
    let mut out = Vec::new();
    ctx.input_mut(|input| {
        for s in SHORTCUTS {
            if s.plain && typing && s.key != Key::Escape {
                continue;
            }
            // While a widget has keyboard focus, Tab moves the focus on and Enter presses the widget.
            if matches!(s.key, Key::Tab | Key::Enter) && focused {
                continue;
            }
            if input.consume_shortcut(&KeyboardShortcut::new(s.modifiers, s.key)) {
                out.push(s.action.clone());
            }
        }
        // The desktop turns Ctrl+V into the clipboard's text, which becomes an article unless a field takes it.
        // "?" arrives as text on most layouts, with Shift held.
        if !typing {
            for event in &input.events {
                if let eframe::egui::Event::Paste(text) = event {
                    out.push(Action::Pasted(text.clone()));
                }
            }
            let asked = input.events.iter().any(|e| matches!(e, eframe::egui::Event::Text(t) if t == "?"));
            if asked && !out.contains(&Action::ToggleHelp) {
                out.push(Action::ToggleHelp);
            }
        }
    });
    out
}
