//! What the user can ask the window to do, from the toolbar, the keyboard or a menu.

use std::path::PathBuf;

/// A command the window carries out on the next frame.
#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Ask for an article to show in a pane.
    OpenArticle(usize),
    /// Ask for an article to show in the active pane.
    OpenActive,
    /// Show a known file in a pane.
    OpenPath {
        pane: usize,
        path: PathBuf,
    },
    OpenProject,
    SaveProject,
    SaveProjectAs,
    ShowExport,
    Swap,
    Undo,
    Redo,
    FocusSearch,
    /// Search both articles for this text.
    Search(String),
    /// Bring the next search hit of the active article into view.
    NextSearchHit,
    ZoomIn,
    ZoomOut,
    ZoomReset,
    NextClaim,
    PreviousClaim,
    SwitchPane,
    JumpToCounterpart,
    NextCounterpart,
    /// Confirm the link to the counterpart the last jump went to.
    ConfirmLink,
    /// Reject the link to the counterpart the last jump went to.
    RejectLink,
    NextDifference,
    ToggleHelp,
    Escape,
}

impl Action {
    /// True for actions that throw the current comparison away, which must not lose unsaved edits silently.
    pub fn replaces_comparison(&self) -> bool {
        matches!(self, Action::OpenPath { .. } | Action::OpenProject)
    }
}
