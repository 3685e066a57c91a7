//! The window's runtime state: the comparison on show, what is selected, and the requests panes act on.

use crate::model::{
    ClaimId, Comparison, Difference, DocId, Edit, History, LinkId, LinkIndex, LinkReview, Span, SpeakerId,
};
use std::path::PathBuf;

/// The number of article panes.
pub const PANES: usize = 2;

/// How long a counterpart flashes after a jump, in seconds.
pub const FLASH_SECONDS: f64 = 1.2;

/// The side panel's tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SideTab {
    Claim,
    Speakers,
    Quotes,
    Readouts,
    Differences,
}

impl SideTab {
    pub const ALL: [SideTab; 5] =
        [SideTab::Claim, SideTab::Speakers, SideTab::Quotes, SideTab::Readouts, SideTab::Differences];

    pub fn label(self) -> &'static str {
        match self {
            SideTab::Claim => "Claim",
            SideTab::Speakers => "Speakers",
            SideTab::Quotes => "Quotes",
            SideTab::Readouts => "Readouts",
            SideTab::Differences => "Differences",
        }
    }
}

/// Where a pane should scroll on its next frame.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ScrollTarget {
    /// Bring a claim into view, a third of the way down the pane.
    Claim(ClaimId),
    /// Scroll so that this fraction of the document is in the middle of the pane.
    Fraction(f32),
    /// Bring the paragraph holding this character offset into view.
    Offset(usize),
}

/// A claim that flashes to draw the eye after a jump.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Flash {
    pub claim: ClaimId,
    /// Seconds on the egui clock when it started.
    pub since: f64,
}

/// A claim click that the user asked to mean something other than "select": the second half of an edit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// Link the selected claim to the claim clicked next, in the other pane.
    LinkFrom(ClaimId),
    /// Move the end `from` of a link to the claim clicked next, in the same document as `from`.
    Retarget { link: LinkId, from: ClaimId },
    /// Merge the claim clicked next, in the same document, into this one.
    MergeInto(ClaimId),
}

/// Everything the window shows that is not a user preference.
#[derive(Debug)]
pub struct AppState {
    pub comparison: Comparison,
    /// Bumped whenever `comparison` changes, so that cached layouts are rebuilt.
    pub generation: u64,
    /// Bumped when a new comparison replaces the old one: the documents' text may differ.
    pub text_generation: u64,
    /// The document each pane shows; swapping panes swaps these.
    pub pane_docs: [DocId; PANES],
    /// The file each document came from, by document index; `None` for built-in text.
    pub paths: Vec<Option<PathBuf>>,
    pub selected: Option<ClaimId>,
    /// Which of the selected claim's counterparts the last jump went to.
    pub counterpart_step: usize,
    pub active_pane: usize,
    pub speaker_filter: Option<SpeakerId>,
    pub scroll_to: [Option<ScrollTarget>; PANES],
    pub flash: Option<Flash>,
    pub tab: SideTab,
    /// The position in the Differences tab's walkable list.
    pub difference_step: Option<usize>,
    pub search: String,
    /// The last error, shown in a banner until dismissed.
    pub error: Option<String>,
    /// A passing message: what was saved or exported.
    pub notice: Option<String>,
    pub help_open: bool,
    pub export_open: bool,
    /// The project file the comparison was opened from or last saved to.
    pub project_path: Option<PathBuf>,
    /// The edits made since the comparison was opened, for undo and redo.
    pub history: History,
    /// What the next claim click completes, if anything.
    pub pick: Option<Pick>,
    /// Text the user selected by dragging across a pane, ready to be marked as a claim.
    pub text_selection: Option<(DocId, Span)>,
    /// The selected claim's counterparts, kept while the selection and the comparison stay the same.
    counterpart_cache: Option<(ClaimId, u64, Vec<ClaimId>)>,
    /// The links by claim, kept while the comparison stays the same.
    link_index: Option<(u64, LinkIndex)>,
}

impl AppState {
    pub fn new(comparison: Comparison) -> Self {
        let paths = comparison.documents.iter().map(|d| d.source.path.clone()).collect();
        AppState {
            comparison,
            generation: 0,
            text_generation: 0,
            pane_docs: [DocId(0), DocId(1)],
            paths,
            selected: None,
            counterpart_step: 0,
            active_pane: 0,
            speaker_filter: None,
            scroll_to: [None; PANES],
            flash: None,
            tab: SideTab::Claim,
            difference_step: None,
            search: String::new(),
            error: None,
            notice: None,
            help_open: false,
            export_open: false,
            project_path: None,
            history: History::new(),
            pick: None,
            text_selection: None,
            counterpart_cache: None,
            link_index: None,
        }
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

    /// Replaces the comparison, clearing everything that pointed into the old one.
    pub fn replace_comparison(&mut self, comparison: Comparison) {
        self.paths = comparison.documents.iter().map(|d| d.source.path.clone()).collect();
        self.comparison = comparison;
        self.generation += 1;
        self.text_generation += 1;
        self.pane_docs = [DocId(0), DocId(1)];
        self.selected = None;
        self.counterpart_step = 0;
        self.speaker_filter = None;
        self.scroll_to = [None; PANES];
        self.flash = None;
        self.difference_step = None;
        self.project_path = None;
        self.history.clear();
        self.pick = None;
        self.text_selection = None;
    }

    /// True when there are edits that have not been saved.
    pub fn is_dirty(&self) -> bool {
        self.history.is_dirty()
    }

    /// Applies an edit through the history. A refused edit is reported in the error banner.
    pub fn apply_edit(&mut self, edit: Edit) -> bool {
        let label = edit.label();
        match self.history.apply(&mut self.comparison, edit) {
            Ok(()) => {
                self.generation += 1;
                true
            }
            Err(e) => {
                self.error = Some(format!("Cannot {label}: {e}"));
                false
            }
        }
    }

    /// Undoes (`forward` false) or redoes the last edit.
    pub fn undo_redo(&mut self, redo: bool) {
        let result =
            if redo { self.history.redo(&mut self.comparison) } else { self.history.undo(&mut self.comparison) };
        match result {
            Ok(true) => {
                self.generation += 1;
                if self.selected.is_some_and(|s| !self.comparison.is_live_claim(s)) {
                    self.selected = None;
                }
            }
            Ok(false) => {}
            Err(e) => self.error = Some(format!("Cannot {}: {e}", if redo { "redo" } else { "undo" })),
        }
    }

    /// Handles a click on a claim: completes a pending pick, or selects the claim.
    pub fn click_claim(&mut self, id: ClaimId, now: f64) {
        match self.pick.take() {
            Some(Pick::LinkFrom(from)) if from.doc != id.doc => {
                if self.apply_edit(Edit::user_link(from, id, crate::model::Relation::Same)) {
                    self.select_claim(from, now);
                }
            }
            Some(Pick::Retarget { link, from }) if from.doc == id.doc => {
                let Some(l) = self.comparison.links.get(link.0 as usize) else { return };
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
                self.pick = Some(pick);
                self.notice = Some(match pick {
                    Pick::LinkFrom(_) => "Pick a claim in the other article to link to, or press Escape.".into(),
                    Pick::Retarget { .. } | Pick::MergeInto(_) => {
                        "Pick a claim in the same article, or press Escape.".into()
                    }
                });
            }
            None => self.select_claim(id, now),
        }
    }

    /// The pane that shows a document, if any.
    pub fn pane_of(&self, doc: DocId) -> Option<usize> {
        self.pane_docs.iter().position(|d| *d == doc)
    }

    /// The claims of a document in reading order.
    pub fn claims_in_order(&self, doc: DocId) -> Vec<ClaimId> {
        self.comparison.claims_in_reading_order(doc)
    }

    /// The live counterparts of a claim, best first: the other end of each link that was not rejected.
    pub fn counterparts(&self, id: ClaimId) -> Vec<ClaimId> {
        self.comparison.links_of(id).into_iter().map(|(_, l)| if l.a == id { l.b } else { l.a }).collect()
    }

    /// The selected claim's counterparts, worked out once per selection and comparison.
    pub fn selected_counterparts(&mut self) -> &[ClaimId] {
        let Some(id) = self.selected else { return &[] };
        if self.counterpart_cache.as_ref().is_none_or(|(c, g, _)| *c != id || *g != self.generation) {
            self.counterpart_cache = Some((id, self.generation, self.counterparts(id)));
        }
        self.counterpart_cache.as_ref().map(|(_, _, v)| v.as_slice()).unwrap_or_default()
    }

    /// Selects a claim, scrolls the other pane to its first counterpart and flashes it.
    pub fn select_claim(&mut self, id: ClaimId, now: f64) {
        self.selected = Some(id);
        self.counterpart_step = 0;
        if let Some(pane) = self.pane_of(id.doc) {
            self.active_pane = pane;
        }
        self.tab = SideTab::Claim;
        self.show_counterpart(now);
    }

    /// Selects a claim and scrolls its own pane to it as well, as keyboard navigation does.
    pub fn select_and_reveal(&mut self, id: ClaimId, now: f64) {
        self.select_claim(id, now);
        if let Some(pane) = self.pane_of(id.doc) {
            self.scroll_to[pane] = Some(ScrollTarget::Claim(id));
        }
    }

    /// Scrolls to and flashes the counterpart of the selection that `counterpart_step` points at.
    fn show_counterpart(&mut self, now: f64) {
        let Some(id) = self.selected else { return };
        let counterparts = self.counterparts(id);
        if counterparts.is_empty() {
            return;
        }
        let target = counterparts[self.counterpart_step % counterparts.len()];
        if let Some(pane) = self.pane_of(target.doc) {
            self.scroll_to[pane] = Some(ScrollTarget::Claim(target));
        }
        self.flash = Some(Flash { claim: target, since: now });
    }

    /// Jumps to the selection's next counterpart; with one counterpart, jumps to it again.
    pub fn next_counterpart(&mut self, now: f64) {
        let Some(id) = self.selected else { return };
        let count = self.counterparts(id).len();
        if count == 0 {
            return;
        }
        self.counterpart_step = (self.counterpart_step + 1) % count;
        self.show_counterpart(now);
    }

    /// Sets the review of the link to the counterpart that `counterpart_step` points at, as the review keys do.
    /// A rejected link drops out of the counterparts, so the step then points at the next one.
    pub fn review_counterpart_link(&mut self, review: LinkReview) {
        let Some(id) = self.selected else { return };
        let links = self.comparison.links_of(id);
        let Some(&(index, link)) = links.get(self.counterpart_step % links.len().max(1)) else { return };
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
        let doc = self.pane_docs[self.active_pane.min(PANES - 1)];
        let order = self.claims_in_order(doc);
        if order.is_empty() {
            return;
        }
        let current = self.selected.filter(|s| s.doc == doc).and_then(|s| order.iter().position(|c| *c == s));
        let next = match (current, forward) {
            (None, true) => 0,
            (None, false) => order.len() - 1,
            (Some(i), true) => (i + 1).min(order.len() - 1),
            (Some(i), false) => i.saturating_sub(1),
        };
        self.select_and_reveal(order[next], now);
    }

    /// Makes the other pane the active one.
    pub fn switch_pane(&mut self) {
        self.active_pane = (self.active_pane + 1) % PANES;
    }

    /// Swaps what the two panes show.
    pub fn swap_panes(&mut self) {
        self.pane_docs.swap(0, 1);
        self.scroll_to = [None; PANES];
    }

    /// Turns the speaker filter on for a speaker, or off when it is already on.
    pub fn toggle_speaker(&mut self, speaker: SpeakerId) {
        self.speaker_filter = if self.speaker_filter == Some(speaker) { None } else { Some(speaker) };
    }

    /// The claim flashing now and how strongly, in 0..=1.
    pub fn flash_strength(&self, now: f64) -> Option<(ClaimId, f32)> {
        let flash = self.flash?;
        let t = now - flash.since;
        (0.0..FLASH_SECONDS).contains(&t).then(|| (flash.claim, (1.0 - t / FLASH_SECONDS) as f32))
    }

    /// The walkable list of differences, each with the claim that shows it: contrasts, attribution shifts and
    /// quote-fidelity differences in list order, then the unique claims of each pane in reading order.
    pub fn differences(&self) -> Vec<(Difference, ClaimId)> {
        let c = &self.comparison;
        let mut out: Vec<(Difference, ClaimId)> = c
            .differences()
            .into_iter()
            .filter(|d| !d.is_agreement())
            .filter_map(|d| Some((d, d.claim(c)?)))
            .filter(|(d, claim)| !matches!(d, Difference::Unique { .. }) || self.pane_of(claim.doc).is_some())
            .collect();
        let reading = |claim: ClaimId| c.claim(claim).map_or(0, |cl| cl.span.start);
        out.sort_by_key(|&(d, claim)| match d {
            Difference::Contrast { link, .. } => (0, link.0 as usize, claim),
            Difference::Shift { index, .. } => (1, index, claim),
            Difference::Fidelity { index, .. } => (2, index, claim),
            Difference::Unique { .. } | Difference::Shared { .. } => {
                (3 + self.pane_of(claim.doc).unwrap_or(PANES), reading(claim), claim)
            }
        });
        out
    }

    /// Walks the Differences list forward or backward and selects the claim of the difference reached.
    pub fn step_difference(&mut self, forward: bool, now: f64) {
        let list = self.differences();
        if list.is_empty() {
            return;
        }
        let next = match (self.difference_step, forward) {
            (None, true) => 0,
            (None, false) => list.len() - 1,
            (Some(i), true) => (i + 1) % list.len(),
            (Some(i), false) => (i + list.len() - 1) % list.len(),
        };
        self.difference_step = Some(next);
        self.select_and_reveal(list[next].1, now);
        self.tab = SideTab::Differences;
    }
}
