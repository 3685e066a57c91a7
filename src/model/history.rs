//! Undo and redo: two stacks of inverse edits, and a marker of the state last saved.

use super::{Comparison, Edit, EditError, apply};
use serde::{Deserialize, Serialize};

/// The edits that can be undone and redone, and whether the comparison differs from its saved state.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct History {
    /// Inverses of the edits made, most recent last.
    undo: Vec<Step>,
    /// Inverses of the edits undone, most recent last.
    redo: Vec<Step>,
    /// The undo depth at which the comparison was saved, or `None` when that state can no longer be reached.
    saved_at: Option<usize>,
}

/// An edit on one of the stacks, with the label of the edit the user made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Step {
    label: String,
    edit: Edit,
}

impl History {
    /// A history with nothing to undo, whose current state counts as saved.
    pub fn new() -> Self {
        History { undo: Vec::new(), redo: Vec::new(), saved_at: Some(0) }
    }

    /// Applies an edit and records its inverse. On error nothing changes.
    pub fn apply(&mut self, c: &mut Comparison, edit: Edit) -> Result<(), EditError> {
        let label = edit.label();
        let inverse = apply(c, edit)?;
        self.push(label, inverse);
        Ok(())
    }

    /// Records the inverse of an edit already applied, with that edit's label; the redo stack is dropped.
    pub fn push(&mut self, label: &str, inverse: Edit) {
        if self.saved_at.is_some_and(|s| s > self.undo.len()) {
            self.saved_at = None;
        }
        self.redo.clear();
        self.undo.push(Step { label: label.to_owned(), edit: inverse });
    }

    /// Undoes the most recent edit. Returns false when there is nothing to undo.
    pub fn undo(&mut self, c: &mut Comparison) -> Result<bool, EditError> {
        let Some(step) = self.undo.pop() else { return Ok(false) };
        match apply(c, step.edit.clone()) {
            Ok(redo) => {
                self.redo.push(Step { label: step.label, edit: redo });
                Ok(true)
            }
            Err(e) => {
                self.undo.push(step);
                Err(e)
            }
        }
    }

    /// Redoes the most recently undone edit. Returns false when there is nothing to redo.
    pub fn redo(&mut self, c: &mut Comparison) -> Result<bool, EditError> {
        let Some(step) = self.redo.pop() else { return Ok(false) };
        match apply(c, step.edit.clone()) {
            Ok(inverse) => {
                self.undo.push(Step { label: step.label, edit: inverse });
                Ok(true)
            }
            Err(e) => {
                self.redo.push(step);
                Err(e)
            }
        }
    }

    /// True when there is an edit to undo.
    pub fn can_undo(&self) -> bool {
        !self.undo.is_empty()
    }

    /// True when there is an undone edit to redo.
    pub fn can_redo(&self) -> bool {
        !self.redo.is_empty()
    }

    /// What undo would undo, in a few words.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.last().map(|s| s.label.as_str())
    }

    /// What redo would redo, in a few words.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|s| s.label.as_str())
    }

    /// Records that the comparison as it stands has been saved.
    pub fn mark_saved(&mut self) {
        self.saved_at = Some(self.undo.len());
    }

    /// Records that the comparison as it stands was never saved, as with a review restored from a recovery copy.
    pub fn mark_unsaved(&mut self) {
        self.saved_at = None;
    }

    /// True when the comparison differs from what was last saved (or was never saved).
    pub fn is_dirty(&self) -> bool {
        self.saved_at != Some(self.undo.len())
    }

    /// Forgets every edit, as after opening another project; the current state counts as saved.
    pub fn clear(&mut self) {
        *self = History::new();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::{auto_link, cid};
    use crate::model::{DocId, Document, DocumentAnalysis, LinkId, LinkReview, Relation};

    fn comparison() -> Comparison {
        let docs = (0..2).map(|i| Document { id: DocId(i), text: "A.".into(), ..Default::default() }).collect();
        let analyses = (0..2).map(|i| DocumentAnalysis { doc: DocId(i), ..Default::default() }).collect();
        let link = auto_link(cid(0, 0), cid(1, 0), Relation::Same);
        Comparison { documents: docs, analyses, links: vec![link], ..Default::default() }
    }

    #[test]
    fn undo_redo_and_the_saved_marker() {
        let mut c = comparison();
        let original = c.clone();
        let mut h = History::new();
        assert!(!h.is_dirty() && !h.can_undo() && !h.can_redo());
        h.apply(&mut c, Edit::SetReview { link: LinkId(0), review: LinkReview::Confirmed }).unwrap();
        assert!(h.is_dirty() && h.can_undo());
        assert_eq!(h.undo_label(), Some("confirm link"));
        h.mark_saved();
        assert!(!h.is_dirty());
        assert!(h.undo(&mut c).unwrap());
        assert_eq!(c, original);
        assert!(h.is_dirty() && h.can_redo());
        assert!(h.redo(&mut c).unwrap());
        assert!(!h.is_dirty());
        assert_eq!(c.links[0].review, LinkReview::Confirmed);
        h.undo(&mut c).unwrap();
        h.apply(&mut c, Edit::SetRelation { link: LinkId(0), relation: Relation::Contrast }).unwrap();
        assert!(!h.can_redo());
        h.undo(&mut c).unwrap();
        assert!(h.is_dirty(), "the saved state was dropped with the redo stack");
        assert!(!h.undo(&mut c).unwrap());
    }

    #[test]
    fn a_restored_review_counts_as_unsaved_until_saved() {
        let mut h = History::new();
        h.mark_unsaved();
        assert!(h.is_dirty());
        h.mark_saved();
        assert!(!h.is_dirty());
    }

    #[test]
    fn a_failed_edit_is_not_recorded() {
        let mut c = comparison();
        let mut h = History::new();
        assert!(h.apply(&mut c, Edit::SetReview { link: LinkId(3), review: LinkReview::Rejected }).is_err());
        assert!(!h.can_undo() && !h.is_dirty());
    }
}
