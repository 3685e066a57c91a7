//! What the window shows of the comparison, apart from the comparison itself: which document each pane
//! shows, the selection, scrolling and flashing, the side panel's tab, search, banners and open dialogs.

use crate::model::{ClaimGroup, ClaimId, DocId, LinkId, Span, SpeakerId};

/// The number of article panes.
pub(super) const PANES: usize = 2;

/// How long a counterpart flashes after a jump, in seconds.
pub(super) const FLASH_SECONDS: f64 = 1.2;

/// The side panel's tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SideTab {
    /// The comparison at a glance: the event verdict, counts of claims by group, the top differences and the
    /// readouts each article relies on.
    Overview,
    /// The people and organisations both articles name, and who appears in one only.
    People,
    /// The selected claim, its counterparts and their review.
    Claim,
    /// The speakers of both articles.
    Speakers,
    /// The quotes of both articles.
    Quotes,
    /// The official accounts the quotes came through.
    Readouts,
    /// Conflicts, attribution shifts, changed quotes and claims found in one article only.
    Differences,
}

impl SideTab {
    /// The tabs in the order the panel shows them.
    pub const ALL: [SideTab; 7] = [
        SideTab::Overview,
        SideTab::People,
        SideTab::Claim,
        SideTab::Speakers,
        SideTab::Quotes,
        SideTab::Readouts,
        SideTab::Differences,
    ];

    /// The tab's title.
    pub fn label(self) -> &'static str {
        match self {
            SideTab::Overview => "Overview",
            SideTab::People => "People",
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
    Retarget {
        /// The link to move.
        link: LinkId,
        /// The end of the link that moves.
        from: ClaimId,
    },
    /// Merge the claim clicked next, in the same document, into this one.
    MergeInto(ClaimId),
}

/// The view state: everything the window shows that is neither the reviewed data nor a user preference.
#[derive(Debug)]
pub struct ViewState {
    /// The document each pane shows; swapping panes swaps these.
    pub pane_docs: [DocId; PANES],
    /// The claim whose counterparts and review the Claim tab shows.
    pub selected: Option<ClaimId>,
    /// Which of the selected claim's counterparts the last jump went to.
    pub counterpart_step: usize,
    /// The pane that keys such as n, p and Ctrl+O act on.
    pub active_pane: usize,
    /// The speaker whose quotes are highlighted in both panes.
    pub speaker_filter: Option<SpeakerId>,
    /// The actor (by position in `Comparison::actors`) whose mentions are highlighted in both panes.
    pub actor_filter: Option<usize>,
    /// The group whose claims alone keep their colour in both panes.
    pub group_filter: Option<ClaimGroup>,
    /// Where each pane scrolls on its next frame.
    pub scroll_to: [Option<ScrollTarget>; PANES],
    /// The claim that flashes after a jump.
    pub flash: Option<Flash>,
    /// The side panel's open tab.
    pub tab: SideTab,
    /// The position in the Differences tab's walkable list.
    pub difference_step: Option<usize>,
    /// The Differences tab scrolls to the current row on its next frame: set when the list is walked.
    pub scroll_to_difference: bool,
    /// The text searched for in both articles.
    pub search: String,
    /// The last error, shown in a banner until dismissed.
    pub error: Option<String>,
    /// A passing message: what was saved or exported.
    pub notice: Option<String>,
    /// The keyboard shortcuts are shown.
    pub help_open: bool,
    /// The export window is shown.
    pub export_open: bool,
    /// What the next claim click completes, if anything.
    pub pick: Option<Pick>,
    /// Text the user selected by dragging across a pane, ready to be marked as a claim.
    pub text_selection: Option<(DocId, Span)>,
}

impl Default for ViewState {
    fn default() -> Self {
        ViewState {
            pane_docs: [DocId(0), DocId(1)],
            selected: None,
            counterpart_step: 0,
            active_pane: 0,
            speaker_filter: None,
            actor_filter: None,
            group_filter: None,
            scroll_to: [None; PANES],
            flash: None,
            tab: SideTab::Overview,
            difference_step: None,
            scroll_to_difference: false,
            search: String::new(),
            error: None,
            notice: None,
            help_open: false,
            export_open: false,
            pick: None,
            text_selection: None,
        }
    }
}

impl ViewState {
    /// Forgets everything that pointed into a comparison that was replaced; the tab, search, banners, open
    /// dialogs and active pane stay.
    pub fn forget_comparison(&mut self) {
        self.pane_docs = [DocId(0), DocId(1)];
        self.selected = None;
        self.counterpart_step = 0;
        self.speaker_filter = None;
        self.actor_filter = None;
        self.group_filter = None;
        self.scroll_to = [None; PANES];
        self.flash = None;
        self.difference_step = None;
        self.scroll_to_difference = false;
        self.pick = None;
        self.text_selection = None;
    }

    /// The pane that shows a document, if any.
    pub fn pane_of(&self, doc: DocId) -> Option<usize> {
        self.pane_docs.iter().position(|d| *d == doc)
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

    /// Turns the group filter on for a group, or off when it is already on.
    pub fn toggle_group(&mut self, group: ClaimGroup) {
        self.group_filter = if self.group_filter == Some(group) { None } else { Some(group) };
    }

    /// Turns the speaker filter on for a speaker, or off when it is already on.
    pub fn toggle_speaker(&mut self, speaker: SpeakerId) {
        self.speaker_filter = if self.speaker_filter == Some(speaker) { None } else { Some(speaker) };
    }

    /// Turns the highlight of an actor's mentions on, or off when it is already on.
    pub fn toggle_actor(&mut self, actor: usize) {
        self.actor_filter = if self.actor_filter == Some(actor) { None } else { Some(actor) };
    }

    /// The claim flashing now and how strongly, in 0..=1.
    pub fn flash_strength(&self, now: f64) -> Option<(ClaimId, f32)> {
        let flash = self.flash?;
        let t = now - flash.since;
        (0.0..FLASH_SECONDS).contains(&t).then(|| (flash.claim, (1.0 - t / FLASH_SECONDS) as f32))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forgetting_a_comparison_keeps_the_tab_and_the_search() {
        let mut view = ViewState {
            selected: Some(ClaimId { doc: DocId(1), index: 3 }),
            pane_docs: [DocId(1), DocId(0)],
            tab: SideTab::Quotes,
            search: "Kremlin".into(),
            ..ViewState::default()
        };
        view.forget_comparison();
        assert_eq!((view.selected, view.pane_docs), (None, [DocId(0), DocId(1)]));
        assert_eq!((view.tab, view.search.as_str()), (SideTab::Quotes, "Kremlin"));
    }

    #[test]
    fn swapping_panes_drops_pending_scrolls_and_finds_documents_in_their_new_panes() {
        let mut view = ViewState { scroll_to: [Some(ScrollTarget::Fraction(0.5)), None], ..ViewState::default() };
        view.swap_panes();
        assert_eq!(view.pane_of(DocId(0)), Some(1));
        assert_eq!(view.scroll_to, [None, None]);
    }

    #[test]
    fn a_flash_fades_and_ends() {
        let claim = ClaimId { doc: DocId(0), index: 0 };
        let view = ViewState { flash: Some(Flash { claim, since: 0.0 }), ..ViewState::default() };
        assert_eq!(view.flash_strength(0.0), Some((claim, 1.0)));
        assert!(view.flash_strength(FLASH_SECONDS / 2.0).is_some_and(|(_, s)| (s - 0.5).abs() < 1e-6));
        assert_eq!(view.flash_strength(FLASH_SECONDS), None);
    }
}
