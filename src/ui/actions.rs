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
        /// The pane, 0 for A and 1 for B.
        pane: usize,
        /// The article file.
        path: PathBuf,
    },
    /// Ask for the clipboard's text, to make the article of a pane from it.
    PasteInto(usize),
    /// Ask for the clipboard's text, to make the article of the active pane from it.
    PasteActive,
    /// Text or HTML pasted from the clipboard, to become the article of the pane that asked for it, else of the
    /// active pane.
    Pasted(String),
    /// Ask for a project file to open.
    OpenProject,
    /// Save the project where it was last saved, or ask where.
    SaveProject,
    /// Ask where to save the project, and save it there.
    SaveProjectAs,
    /// Show the export window.
    ShowExport,
    /// Swap the two articles between the panes.
    Swap,
    /// Undo the last edit.
    Undo,
    /// Redo the last edit undone.
    Redo,
    /// Put the keyboard focus in the search field.
    FocusSearch,
    /// Search both articles for this text.
    Search(String),
    /// Bring the next search hit of the active article into view.
    NextSearchHit,
    /// Larger text.
    ZoomIn,
    /// Smaller text.
    ZoomOut,
    /// Text at its normal size.
    ZoomReset,
    /// Select the next claim of the active article.
    NextClaim,
    /// Select the previous claim of the active article.
    PreviousClaim,
    /// Make the other pane the active one.
    SwitchPane,
    /// Bring the selected claim's counterpart into view.
    JumpToCounterpart,
    /// Step to the selected claim's next counterpart.
    NextCounterpart,
    /// Confirm the link to the counterpart the last jump went to.
    ConfirmLink,
    /// Reject the link to the counterpart the last jump went to.
    RejectLink,
    /// Select the next entry of the Differences list.
    NextDifference,
    /// Show or hide the keyboard shortcuts.
    ToggleHelp,
    /// Cancel what is under way: a pick, a text selection, then the selection and the speaker filter.
    Escape,
}

impl Action {
    /// True for actions that throw the current comparison away, which must not lose unsaved edits silently.
    pub fn replaces_comparison(&self) -> bool {
        matches!(self, Action::OpenPath { .. } | Action::Pasted(_) | Action::OpenProject)
    }
}
