//! The window's state: the reviewed data and the view of it, and the actions that change both at once, such
//! as selecting a claim and jumping to its counterpart.

use super::review::Review;
use super::view_state::{Flash, PANES, Pick, ScrollTarget, SideTab, ViewState};
use crate::model::{ClaimId, Comparison, Difference, DifferenceGroup, Edit, LinkId, LinkReview};

/// Everything the window shows that is not a user preference.
#[derive(Debug)]
pub struct AppState {
    /// The comparison under review, its history and where it came from.
    pub review: Review,
    /// What the window shows of it.
    pub view: ViewState,
}

impl AppState {
    /// The window's state on a fresh comparison: nothing selected, A in the left pane.
    pub fn new(comparison: Comparison) -> Self {
        AppState { review: Review::new(comparison), view: ViewState::default() }
    }

    /// Replaces the comparison, clearing everything that pointed into the old one.
    pub fn replace_comparison(&mut self, comparison: Comparison) {
        self.review.replace(comparison);
        self.view.forget_comparison();
    }

    /// Shows the links of `refined` (the same comparison, its links found again by meaning, by a job started on
    /// the review's text generation `generation`) unless the comparison was replaced since, or edited
    /// ([`Review::take_refined_links`]), which a notice then explains. The selected claim stays, and its
    /// counterparts are counted from the first again.
    ///
    /// [`Review::take_refined_links`]: super::review::Review::take_refined_links
    pub fn refine_links(&mut self, refined: Comparison, generation: u64) {
        if generation != self.review.text_generation {
            return;
        }
        if self.review.take_refined_links(refined) {
            self.view.counterpart_step = 0;
        } else {
            self.view.notice = Some(
                "The links were edited before their refinement by meaning was ready, so they stay as they were \
                 found from the words; analyse the articles again to refine them."
                    .into(),
            );
        }
    }

    /// True when there are edits that have not been saved.
    pub fn is_dirty(&self) -> bool {
        self.review.is_dirty()
    }

    /// Applies an edit through the history. A refused edit is reported in the error banner.
    pub fn apply_edit(&mut self, edit: Edit) -> bool {
        let label = edit.label();
        match self.review.apply(edit) {
            Ok(()) => true,
            Err(e) => {
                self.view.error = Some(format!("Cannot {label}: {e}"));
                false
            }
        }
    }

    /// Undoes (`redo` false) or redoes the last edit, and lets go of a selected claim that the change removed.
    pub fn undo_redo(&mut self, redo: bool) {
        match self.review.undo_redo(redo) {
            Ok(true) => {
                if self.view.selected.is_some_and(|s| !self.review.comparison.is_live_claim(s)) {
                    self.view.selected = None;
                }
            }
            Ok(false) => {}
            Err(e) => self.view.error = Some(format!("Cannot {}: {e}", if redo { "redo" } else { "undo" })),
        }
    }

    /// Handles a click on a claim: completes a pending pick, or selects the claim.
    pub fn click_claim(&mut self, id: ClaimId, now: f64) {
        match self.view.pick.take() {
            Some(Pick::LinkFrom(from)) if from.doc != id.doc => {
                if self.apply_edit(Edit::user_link(from, id, crate::model::Relation::Same)) {
                    self.select_claim(from, now);
                }
            }
            Some(Pick::Retarget { link, from }) if from.doc == id.doc => {
                let Some(l) = self.review.comparison.links.get(link.0 as usize) else { return };
                let (a, b) = if l.a == from { (id, l.b) } else { (l.a, id) };
                if self.apply_edit(Edit::Retarget { link, a, b }) {
                    self.select_claim(id, now);
                }
            }
            Some(Pick::MergeInto(keep)) if keep.doc == id.doc && keep != id => {
                if self.apply_edit(Edit::MergeClaims { keep, gone: id }) {
                    self.select_claim(keep, now);
                }
            }
            Some(pick) => {
                self.view.pick = Some(pick);
                self.view.notice = Some(match pick {
                    Pick::LinkFrom(_) => "Pick a claim in the other article to link to, or press Escape.".into(),
                    Pick::Retarget { .. } | Pick::MergeInto(_) => {
                        "Pick a claim in the same article, or press Escape.".into()
                    }
                });
            }
            None => self.select_claim(id, now),
        }
    }

    /// The selected claim's counterparts, worked out once per selection and comparison.
    pub fn selected_counterparts(&mut self) -> &[ClaimId] {
        match self.view.selected {
            Some(id) => self.review.cached_counterparts(id),
            None => &[],
        }
    }

    /// Selects a claim, scrolls the other pane to its first counterpart and flashes it.
    pub fn select_claim(&mut self, id: ClaimId, now: f64) {
        self.view.selected = Some(id);
        self.view.counterpart_step = 0;
        if let Some(pane) = self.view.pane_of(id.doc) {
            self.view.active_pane = pane;
        }
        self.view.tab = SideTab::Claim;
        self.show_counterpart(now);
    }

    /// Selects a claim and scrolls its own pane to it as well, as keyboard navigation does.
    pub fn select_and_reveal(&mut self, id: ClaimId, now: f64) {
        self.select_claim(id, now);
        if let Some(pane) = self.view.pane_of(id.doc) {
            self.view.scroll_to[pane] = Some(ScrollTarget::Claim(id));
        }
    }

    /// Selects claim `a` and brings both it and `b`, in the other article, into view, flashing `b`: for a row
    /// that pairs two claims, such as a conflict. When `b` is a counterpart of `a`, it becomes the counterpart in
    /// view, which Enter jumps to and `a` and `r` review.
    pub fn reveal_pair(&mut self, a: ClaimId, b: ClaimId, now: f64) {
        self.select_and_reveal(a, now);
        if let Some(step) = self.review.counterparts(a).iter().position(|c| *c == b) {
            self.view.counterpart_step = step;
        }
        if let Some(pane) = self.view.pane_of(b.doc) {
            self.view.scroll_to[pane] = Some(ScrollTarget::Claim(b));
        }
        self.view.flash = Some(Flash { claim: b, since: now });
    }

    /// Scrolls to and flashes the counterpart of the selection that `counterpart_step` points at.
    fn show_counterpart(&mut self, now: f64) {
        let Some(id) = self.view.selected else { return };
        let counterparts = self.review.counterparts(id);
        if counterparts.is_empty() {
            return;
        }
        let target = counterparts[self.view.counterpart_step % counterparts.len()];
        if let Some(pane) = self.view.pane_of(target.doc) {
            self.view.scroll_to[pane] = Some(ScrollTarget::Claim(target));
        }
        self.view.flash = Some(Flash { claim: target, since: now });
    }

    /// Jumps to the selection's next counterpart; with one counterpart, jumps to it again.
    pub fn next_counterpart(&mut self, now: f64) {
        let Some(id) = self.view.selected else { return };
        let count = self.review.counterparts(id).len();
        if count == 0 {
            return;
        }
        self.view.counterpart_step = (self.view.counterpart_step + 1) % count;
        self.show_counterpart(now);
    }

    /// Sets the review of the link to the counterpart that `counterpart_step` points at, as the review keys do.
    /// A rejected link drops out of the counterparts, so the step then points at the next one.
    pub fn review_counterpart_link(&mut self, review: LinkReview) {
        let Some(id) = self.view.selected else { return };
        let links = self.review.comparison.links_of(id);
        let Some(&(index, link)) = links.get(self.view.counterpart_step % links.len().max(1)) else { return };
        if link.review != review {
            self.apply_edit(Edit::SetReview { link: LinkId(index as u32), review });
        }
    }

    /// Jumps to the counterpart currently pointed at, without stepping.
    pub fn jump_to_counterpart(&mut self, now: f64) {
        self.show_counterpart(now);
    }

    /// Selects the next (`forward`) or previous claim of the active pane's document.
    pub fn step_claim(&mut self, forward: bool, now: f64) {
        let doc = self.view.pane_docs[self.view.active_pane.min(PANES - 1)];
        let order = self.review.comparison.claims_in_reading_order(doc);
        if order.is_empty() {
            return;
        }
        let current = self.view.selected.filter(|s| s.doc == doc).and_then(|s| order.iter().position(|c| *c == s));
        let next = match (current, forward) {
            (None, true) => 0,
            (None, false) => order.len() - 1,
            (Some(i), true) => (i + 1).min(order.len() - 1),
            (Some(i), false) => i.saturating_sub(1),
        };
        self.select_and_reveal(order[next], now);
    }

    /// The Differences tab's list: the comparison's differences and agreements between the two documents on
    /// show, each with its group, grouped in the order of [`DifferenceGroup::ALL`] with A the left pane's
    /// document. Entries that no claim shows are left out.
    pub fn differences(&self) -> Vec<(DifferenceGroup, Difference)> {
        let c = &self.review.comparison;
        let [left, right] = self.view.pane_docs;
        let mut out: Vec<(DifferenceGroup, Difference)> = c
            .differences()
            .into_iter()
            .filter(|d| d.between(left.min(right), left.max(right)))
            .filter(|d| d.claims(c) != (None, None))
            .map(|d| (d.group(left), d))
            .collect();
        // Stable: within a group the comparison's order stays.
        out.sort_by_key(|(group, _)| *group);
        out
    }

    /// Selects a difference's claims and brings them into view: both claims of a pair, or its one claim.
    pub fn reveal_difference(&mut self, difference: Difference, now: f64) {
        match difference.claims(&self.review.comparison) {
            (Some(a), Some(b)) => self.reveal_pair(a, b, now),
            (Some(claim), None) | (None, Some(claim)) => self.select_and_reveal(claim, now),
            (None, None) => {}
        }
        self.view.tab = SideTab::Differences;
    }

    /// Walks the Differences list forward or backward, over every row but the shared ones, which are there for
    /// context, and brings the claims of the difference reached into view.
    pub fn step_difference(&mut self, forward: bool, now: f64) {
        let list = self.differences();
        let walk: Vec<usize> = (0..list.len()).filter(|&i| list[i].0 != DifferenceGroup::Shared).collect();
        let next = match (self.view.difference_step, forward) {
            (None, true) => walk.first(),
            (None, false) => walk.last(),
            (Some(i), true) => walk.iter().find(|&&j| j > i).or(walk.first()),
            (Some(i), false) => walk.iter().rev().find(|&&j| j < i).or(walk.last()),
        };
        let Some(&next) = next else { return };
        self.view.difference_step = Some(next);
        self.view.scroll_to_difference = true;
        self.reveal_difference(list[next].1, now);
    }
}
