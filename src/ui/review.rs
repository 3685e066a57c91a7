//! The reviewed data: the comparison on show with its edit history, where it came from and where it is saved,
//! and the link queries the window asks of it every frame, cached per generation.

use crate::model::{ClaimGroup, ClaimId, Comparison, DocId, Edit, EditError, History, LinkIndex};
use std::path::PathBuf;

/// The comparison under review and its history.
#[derive(Debug)]
pub struct Review {
    /// The documents, their analyses and the links, with the user's edits applied.
    pub comparison: Comparison,
    /// Bumped whenever `comparison` changes, so that cached layouts are rebuilt.
    pub generation: u64,
    /// Bumped when a new comparison replaces the old one: the documents' text may differ.
    pub text_generation: u64,
    /// The file each document came from, by document index; `None` for built-in text.
    pub paths: Vec<Option<PathBuf>>,
    /// The project file the comparison was opened from or last saved to.
    pub project_path: Option<PathBuf>,
    /// The edits made since the comparison was opened, for undo and redo.
    pub history: History,
    /// A claim's counterparts, kept while the claim asked about and the comparison stay the same.
    counterpart_cache: Option<(ClaimId, u64, Vec<ClaimId>)>,
    /// The links by claim, kept while the comparison stays the same.
    link_index: Option<(u64, LinkIndex)>,
    /// Each document's claim groups, kept while the comparison stays the same.
    groups: Option<(u64, Vec<Vec<Option<ClaimGroup>>>)>,
}

impl Review {
    /// A review of a fresh comparison: no edits, no project file.
    pub fn new(comparison: Comparison) -> Self {
        Review {
            paths: source_paths(&comparison),
            comparison,
            generation: 0,
            text_generation: 0,
            project_path: None,
            history: History::new(),
            counterpart_cache: None,
            link_index: None,
            groups: None,
        }
    }

    /// Replaces the comparison with a new one, which has no history and no project file yet.
    pub fn replace(&mut self, comparison: Comparison) {
        self.paths = source_paths(&comparison);
        self.comparison = comparison;
        self.generation += 1;
        self.text_generation += 1;
        self.project_path = None;
        self.history.clear();
    }

    /// True when there are edits that have not been saved.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Takes the links, quote fidelity, attribution shifts and warnings of `refined`, the same comparison with its
    /// links found again by meaning, when no edit has been made since the comparison came in: an edit names links
    /// by position, which new links would shift. False when they were not taken.
    pub fn take_refined_links(&mut self, refined: Comparison) -> bool {
        let same_claims = |x: &Comparison, y: &Comparison| {
            x.analyses.len() == y.analyses.len()
                && x.analyses.iter().zip(&y.analyses).all(|(p, q)| p.claims.len() == q.claims.len())
        };
        if self.history.can_undo() || self.history.can_redo() || !same_claims(&self.comparison, &refined) {
            return false;
        }
        let c = &mut self.comparison;
        (c.links, c.fidelity, c.shifts, c.warnings) =
            (refined.links, refined.fidelity, refined.shifts, refined.warnings);
        self.generation += 1;
        true
    }

    /// Applies an edit through the history.
    pub fn apply(&mut self, edit: Edit) -> Result<(), EditError> {
        self.history.apply(&mut self.comparison, edit)?;
        self.generation += 1;
        Ok(())
    }

    /// Undoes (`redo` false) or redoes the last edit; false when there was nothing to undo or redo.
    pub fn undo_redo(&mut self, redo: bool) -> Result<bool, EditError> {
        let done =
            if redo { self.history.redo(&mut self.comparison)? } else { self.history.undo(&mut self.comparison)? };
        if done {
            self.generation += 1;
        }
        Ok(done)
    }

    /// The link index of the comparison as it stands.
    pub fn link_index(&mut self) -> &LinkIndex {
        if self.link_index.as_ref().is_none_or(|(g, _)| *g != self.generation) {
            self.link_index = Some((self.generation, LinkIndex::new(&self.comparison)));
        }
        &self.link_index.get_or_insert_with(|| (self.generation, LinkIndex::default())).1
    }

    /// A claim's live links, best score first, at most `n`, found through the link index.
    pub fn best_links(&mut self, id: ClaimId, n: usize) -> Vec<usize> {
        let mut found = self.link_index().of(id).to_vec();
        let links = &self.comparison.links;
        found.sort_by(|x, y| links[*y].score.total_cmp(&links[*x].score).then(x.cmp(y)));
        found.truncate(n);
        found
    }

    /// The live counterparts of a claim, best first: the other end of each link that was not rejected.
    pub fn counterparts(&self, id: ClaimId) -> Vec<ClaimId> {
        self.comparison.links_of(id).into_iter().map(|(_, l)| if l.a == id { l.b } else { l.a }).collect()
    }

    /// [`Review::counterparts`], worked out once per claim and comparison, for asking every frame.
    pub fn cached_counterparts(&mut self, id: ClaimId) -> &[ClaimId] {
        if self.counterpart_cache.as_ref().is_none_or(|(c, g, _)| *c != id || *g != self.generation) {
            self.counterpart_cache = Some((id, self.generation, self.counterparts(id)));
        }
        self.counterpart_cache.as_ref().map(|(_, _, v)| v.as_slice()).unwrap_or_default()
    }

    /// The group of each claim of a document, by claim index ([`Comparison::claim_groups`]), worked out once per
    /// comparison, for asking every frame.
    pub fn claim_groups(&mut self, doc: DocId) -> &[Option<ClaimGroup>] {
        if self.groups.as_ref().is_none_or(|(g, _)| *g != self.generation) {
            let all = (0..self.comparison.documents.len()).map(|d| self.comparison.claim_groups(DocId(d as u32)));
            self.groups = Some((self.generation, all.collect()));
        }
        self.groups.as_ref().and_then(|(_, all)| all.get(doc.0 as usize)).map(Vec::as_slice).unwrap_or_default()
    }
}

/// The file each document of a comparison came from.
fn source_paths(comparison: &Comparison) -> Vec<Option<PathBuf>> {
    comparison.documents.iter().map(|d| d.source.path.clone()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{LinkId, LinkReview, fixtures};

    #[test]
    fn an_edit_bumps_the_generation_and_undo_takes_it_back() {
        let mut review = Review::new(fixtures::two_docs());
        let edit = Edit::SetReview { link: LinkId(0), review: LinkReview::Rejected };
        review.apply(edit).unwrap();
        assert_eq!(review.generation, 1);
        assert!(review.is_dirty());
        assert_eq!(review.undo_redo(false), Ok(true));
        assert_eq!(review.generation, 2);
        assert!(!review.is_dirty());
        assert_eq!(review.undo_redo(false), Ok(false), "nothing is left to undo");
        assert_eq!(review.generation, 2);
    }

    #[test]
    fn cached_counterparts_follow_the_edits() {
        let mut review = Review::new(fixtures::two_docs());
        let a = review.comparison.links[0].a;
        let b = review.comparison.links[0].b;
        assert_eq!(review.cached_counterparts(a), [b]);
        review.apply(Edit::SetReview { link: LinkId(0), review: LinkReview::Rejected }).unwrap();
        assert!(review.cached_counterparts(a).is_empty(), "a rejected link is no counterpart");
        assert_eq!(review.best_links(a, 3), Vec::<usize>::new());
    }

    #[test]
    fn refined_links_are_taken_only_before_any_edit_and_only_for_the_same_claims() {
        let fresh = fixtures::two_docs();
        let mut refined = fresh.clone();
        refined.links.truncate(0);
        refined.warnings.push("refined".into());
        let mut review = Review::new(fresh.clone());
        assert!(review.take_refined_links(refined.clone()));
        assert_eq!((review.comparison.links.len(), review.generation), (0, 1));
        assert_eq!(review.comparison.warnings, ["refined"]);

        let mut edited = Review::new(fresh.clone());
        edited.apply(Edit::SetReview { link: LinkId(0), review: LinkReview::Rejected }).unwrap();
        assert!(!edited.take_refined_links(refined.clone()), "an edit names links by position");
        assert_eq!(edited.comparison.links.len(), fresh.links.len());

        let mut other = refined;
        other.analyses[0].claims.pop();
        assert!(!Review::new(fresh).take_refined_links(other), "not the same claims");
    }
}
