//! Where the documents of a comparison part, and where they agree: the one list, grouped by kind, that the
//! Differences tab walks and the divergence reports print.

use super::{
    AttributionShift, ClaimId, ClaimStatus, Comparison, DocId, Fidelity, Link, LinkId, QuoteFidelity, QuoteId,
    Relation, SlotDifference, Span,
};

/// One entry of the list: two linked claims that conflict, play the same role in two events or report the same
/// fact, a claim with no counterpart, an attribution shift or a quote given differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Difference {
    /// A live `contrast` link: the claims give conflicting values of one fact.
    Contrast {
        /// The link's position in `Comparison::links`.
        link: LinkId,
        /// The link's claim in the earlier document.
        a: ClaimId,
        /// The link's claim in the later document.
        b: ClaimId,
    },
    /// An attribution shift, by index into `Comparison::shifts`.
    Shift {
        /// The shift's position in `Comparison::shifts`.
        index: usize,
        /// The linked claim in the earlier document.
        a: ClaimId,
        /// The linked claim in the later document.
        b: ClaimId,
    },
    /// A quote both documents carry but not word for word, by index into `Comparison::fidelity`.
    Fidelity {
        /// The entry's position in `Comparison::fidelity`.
        index: usize,
        /// The quote as the earlier document gives it.
        a: QuoteId,
        /// The quote as the later document gives it.
        b: QuoteId,
    },
    /// A claim, not merged into another, that is unique: no live link but `related` ones touches it.
    Unique {
        /// The claim that nothing in another document corresponds to.
        claim: ClaimId,
    },
    /// A live `parallel` link: the claims play the same role in two different events, so the events differ here.
    Parallel {
        /// The link's position in `Comparison::links`.
        link: LinkId,
        /// The link's claim in the earlier document.
        a: ClaimId,
        /// The link's claim in the later document.
        b: ClaimId,
    },
    /// A live `same` link: both documents report one fact of one event. The list holds it for context.
    Shared {
        /// The link's position in `Comparison::links`.
        link: LinkId,
        /// The link's claim in the earlier document.
        a: ClaimId,
        /// The link's claim in the later document.
        b: ClaimId,
    },
}

/// The groups of the list, in the order it gives them.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DifferenceGroup {
    /// Contrast links.
    Conflicts,
    /// Attribution shifts.
    AttributionShifts,
    /// Quotes that are not verbatim.
    QuoteChanges,
    /// Unique claims of article A.
    OnlyInA,
    /// Unique claims of article B.
    OnlyInB,
    /// Parallel links: the same role in two different events.
    Parallel,
    /// Same links, for context.
    Shared,
}

impl DifferenceGroup {
    /// Every group, in the list's order.
    pub const ALL: [DifferenceGroup; 7] = [
        DifferenceGroup::Conflicts,
        DifferenceGroup::AttributionShifts,
        DifferenceGroup::QuoteChanges,
        DifferenceGroup::OnlyInA,
        DifferenceGroup::OnlyInB,
        DifferenceGroup::Parallel,
        DifferenceGroup::Shared,
    ];

    /// The heading the reports and the window put over the group: "Only in A".
    pub fn heading(self) -> &'static str {
        match self {
            DifferenceGroup::Conflicts => "Conflicts",
            DifferenceGroup::AttributionShifts => "Attribution shifts",
            DifferenceGroup::QuoteChanges => "Quote changes",
            DifferenceGroup::OnlyInA => "Only in A",
            DifferenceGroup::OnlyInB => "Only in B",
            DifferenceGroup::Parallel => "Parallel (the events differ)",
            DifferenceGroup::Shared => "Shared",
        }
    }
}

impl Difference {
    /// The entry's group, where `a` is the document of article A: a unique claim in any other document is only in
    /// B.
    pub fn group(&self, a: DocId) -> DifferenceGroup {
        match *self {
            Difference::Contrast { .. } => DifferenceGroup::Conflicts,
            Difference::Shift { .. } => DifferenceGroup::AttributionShifts,
            Difference::Fidelity { .. } => DifferenceGroup::QuoteChanges,
            Difference::Unique { claim } if claim.doc == a => DifferenceGroup::OnlyInA,
            Difference::Unique { .. } => DifferenceGroup::OnlyInB,
            Difference::Parallel { .. } => DifferenceGroup::Parallel,
            Difference::Shared { .. } => DifferenceGroup::Shared,
        }
    }

    /// True when the entry lies between document `a` and document `b`, in that order; a unique claim lies between
    /// them when it is in either.
    pub fn between(&self, a: DocId, b: DocId) -> bool {
        match *self {
            Difference::Contrast { a: x, b: y, .. }
            | Difference::Shift { a: x, b: y, .. }
            | Difference::Parallel { a: x, b: y, .. }
            | Difference::Shared { a: x, b: y, .. } => x.doc == a && y.doc == b,
            Difference::Fidelity { a: x, b: y, .. } => x.doc == a && y.doc == b,
            Difference::Unique { claim } => claim.doc == a || claim.doc == b,
        }
    }

    /// The claims that show the entry, the earlier document's first: both claims of a link or shift, the claims
    /// that hold the two quotes of a changed quote (`None` where no claim holds one), or the unique claim and
    /// `None`.
    pub fn claims(&self, c: &Comparison) -> (Option<ClaimId>, Option<ClaimId>) {
        match *self {
            Difference::Contrast { a, b, .. }
            | Difference::Shift { a, b, .. }
            | Difference::Parallel { a, b, .. }
            | Difference::Shared { a, b, .. } => (Some(a), Some(b)),
            Difference::Unique { claim } => (Some(claim), None),
            Difference::Fidelity { a, b, .. } => (c.claim_holding_quote(a), c.claim_holding_quote(b)),
        }
    }

    /// Why the entry is in the list, in words: for a link, the slot and both values where they differ, then the
    /// link's why; for a shift, both sources as written, then its why; for a changed quote, how it changed and the
    /// words only one side has; for a unique claim, nothing.
    pub fn reason(&self, c: &Comparison) -> String {
        match *self {
            Difference::Contrast { link, .. } | Difference::Parallel { link, .. } | Difference::Shared { link, .. } => {
                c.links.get(link.0 as usize).map(link_reason).unwrap_or_default()
            }
            Difference::Shift { index, .. } => c.shifts.get(index).map(shift_reason).unwrap_or_default(),
            Difference::Fidelity { index, .. } => {
                c.fidelity.get(index).map(|f| fidelity_reason(c, f)).unwrap_or_default()
            }
            Difference::Unique { .. } => String::new(),
        }
    }
}

/// The parts of a reason that are not empty, joined with semicolons.
fn joined(parts: &[&str]) -> String {
    parts.iter().filter(|p| !p.is_empty()).copied().collect::<Vec<_>>().join("; ")
}

fn link_reason(l: &Link) -> String {
    let slot = l.slot_difference.as_ref().map(SlotDifference::describe).unwrap_or_default();
    joined(&[slot.as_str(), l.why.as_str()])
}

fn shift_reason(s: &AttributionShift) -> String {
    joined(&[s.sources().as_str(), s.why.as_str()])
}

/// How a quote differs, and the words only one side has.
fn fidelity_reason(c: &Comparison, f: &QuoteFidelity) -> String {
    let words = |doc: DocId, spans: &[Span]| -> String {
        let Some(d) = c.document(doc) else { return String::new() };
        spans.iter().map(|s| d.slice(*s)).collect::<Vec<_>>().join(" … ")
    };
    let (only_a, only_b) = (words(f.a.doc, &f.only_a), words(f.b.doc, &f.only_b));
    let only_a = if only_a.is_empty() { only_a } else { format!("only A has: {only_a}") };
    let only_b = if only_b.is_empty() { only_b } else { format!("only B has: {only_b}") };
    joined(&[f.fidelity.as_str(), only_a.as_str(), only_b.as_str()])
}

impl SlotDifference {
    /// The slot and both values, as written: `ordinal: “first” vs “second”`.
    pub fn describe(&self) -> String {
        format!("{}: \u{201c}{}\u{201d} vs \u{201c}{}\u{201d}", self.slot, self.a, self.b)
    }
}

impl AttributionShift {
    /// Both sources, as written: `“the mayor” vs stated as fact`.
    pub fn sources(&self) -> String {
        let source = |s: &str| if s.is_empty() { "stated as fact".to_owned() } else { format!("\u{201c}{s}\u{201d}") };
        format!("{} vs {}", source(&self.a_source), source(&self.b_source))
    }
}

impl Comparison {
    /// Every difference and agreement, grouped in the order of [`DifferenceGroup::ALL`]: contrast links,
    /// attribution shifts, quotes that are not verbatim, unique claims (by document, each in reading order),
    /// parallel links, then same links. Links are sorted by the ids of their claims, shifts and quotes keep their
    /// list order. Rejected links and `related` ones are left out.
    pub fn differences(&self) -> Vec<Difference> {
        let mut out = self.live_links(Relation::Contrast);
        out.extend(self.shifts.iter().enumerate().map(|(index, s)| Difference::Shift { index, a: s.a, b: s.b }));
        out.extend(
            self.fidelity
                .iter()
                .enumerate()
                .filter(|(_, f)| f.fidelity != Fidelity::Verbatim)
                .map(|(index, f)| Difference::Fidelity { index, a: f.a, b: f.b }),
        );
        out.extend(self.unique_claims().into_iter().map(|claim| Difference::Unique { claim }));
        out.extend(self.live_links(Relation::Parallel));
        out.extend(self.live_links(Relation::Same));
        out
    }

    /// The live links of one relation, sorted by the ids of their claims.
    fn live_links(&self, relation: Relation) -> Vec<Difference> {
        let mut live: Vec<(LinkId, &Link)> =
            (0..).map(LinkId).zip(&self.links).filter(|(_, l)| l.is_live() && l.relation == relation).collect();
        live.sort_by_key(|(id, l)| (l.a, l.b, *id));
        live.into_iter()
            .filter_map(|(link, l)| match relation {
                Relation::Contrast => Some(Difference::Contrast { link, a: l.a, b: l.b }),
                Relation::Parallel => Some(Difference::Parallel { link, a: l.a, b: l.b }),
                Relation::Same => Some(Difference::Shared { link, a: l.a, b: l.b }),
                Relation::Related => None,
            })
            .collect()
    }

    /// The unique claims not merged into others, document by document, each in reading order.
    fn unique_claims(&self) -> Vec<ClaimId> {
        self.documents
            .iter()
            .flat_map(|d| {
                let statuses = self.claim_statuses(d.id);
                self.claims_in_reading_order(d.id)
                    .into_iter()
                    .filter(move |id| statuses.get(id.index as usize) == Some(&ClaimStatus::Unique))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::{self, auto_link, cid, two_docs};
    use crate::model::{LinkReview, MergedClaim, ShiftKind, Slot};

    fn qid(doc: u32, index: u32) -> QuoteId {
        QuoteId { doc: DocId(doc), index }
    }

    /// Two documents of three claims: d0-c1 and d1-c1 report one fact, d0-c2 and d1-c0 conflict, a rejected link
    /// joins d0-c0 and d1-c2, d1-c2 is merged into d1-c1, and there is a shift and two quotes, one verbatim.
    fn comparison() -> Comparison {
        let mut c = two_docs();
        c.links.push(auto_link(cid(0, 2), cid(1, 0), Relation::Contrast));
        let mut rejected = auto_link(cid(0, 0), cid(1, 2), Relation::Same);
        rejected.review = LinkReview::Rejected;
        c.links.push(rejected);
        c.merged_claims.push(MergedClaim { claim: cid(1, 2), into: cid(1, 1) });
        let shift = AttributionShift {
            a: cid(0, 1),
            b: cid(1, 1),
            kind: ShiftKind::StatedAsFact,
            why: "the first article gives it to police".into(),
            a_source: "police".into(),
            b_source: String::new(),
        };
        c.shifts.push(shift);
        for (index, fidelity) in [Fidelity::Verbatim, Fidelity::Trimmed].into_iter().enumerate() {
            let (a, b) = (qid(0, index as u32), qid(1, index as u32));
            c.fidelity.push(QuoteFidelity { a, b, fidelity, only_a: Vec::new(), only_b: Vec::new() });
        }
        c
    }

    /// A parallel link from d0-c0 to d1-c0, whose two events differ in their ordinal.
    fn ordinal_parallel() -> Link {
        let mut link = auto_link(cid(0, 0), cid(1, 0), Relation::Parallel);
        link.slot_difference = Some(SlotDifference { slot: Slot::Ordinal, a: "first".into(), b: "second".into() });
        link.why = "the articles report different events".into();
        link
    }

    #[test]
    fn the_list_holds_conflicts_shifts_changed_quotes_unique_claims_then_shared_links_in_that_order() {
        let c = comparison();
        let expected = [
            Difference::Contrast { link: LinkId(1), a: cid(0, 2), b: cid(1, 0) },
            Difference::Shift { index: 0, a: cid(0, 1), b: cid(1, 1) },
            Difference::Fidelity { index: 1, a: qid(0, 1), b: qid(1, 1) },
            Difference::Unique { claim: cid(0, 0) },
            Difference::Shared { link: LinkId(0), a: cid(0, 1), b: cid(1, 1) },
        ];
        assert_eq!(c.differences(), expected);
        let groups: Vec<DifferenceGroup> = c.differences().iter().map(|d| d.group(DocId(0))).collect();
        assert!(groups.is_sorted(), "{groups:?}");
    }

    #[test]
    fn a_parallel_link_is_listed_as_parallel_after_the_unique_claims_and_never_as_shared() {
        let mut c = comparison();
        c.links.push(ordinal_parallel());
        let list = c.differences();
        let parallel = Difference::Parallel { link: LinkId(3), a: cid(0, 0), b: cid(1, 0) };
        assert_eq!(list.iter().filter(|d| matches!(d, Difference::Parallel { .. })).collect::<Vec<_>>(), [&parallel]);
        assert!(!list.iter().any(|d| matches!(d, Difference::Shared { link: LinkId(3), .. })));
        assert!(!list.contains(&Difference::Unique { claim: cid(0, 0) }), "the parallel link matches its claim");
        assert_eq!(list[list.len() - 2], parallel, "parallel links come just before the shared ones");
        assert_eq!(parallel.group(DocId(0)), DifferenceGroup::Parallel);
        assert_eq!(parallel.reason(&c), "ordinal: “first” vs “second”; the articles report different events");
    }

    #[test]
    fn related_links_are_left_out_and_leave_their_claims_unique() {
        let mut c = comparison();
        c.links.push(auto_link(cid(0, 0), cid(1, 1), Relation::Related));
        assert_eq!(c.differences(), comparison().differences());
        assert!(c.differences().contains(&Difference::Unique { claim: cid(0, 0) }));
    }

    #[test]
    fn unique_claims_come_document_by_document_in_reading_order_and_know_their_side() {
        let mut c = comparison();
        c.links.clear();
        c.merged_claims.clear();
        // B's claims in reverse order of their ids, as claims the user marked can be.
        c.analyses[1].claims[0].span = Span::new(21, 27);
        c.analyses[1].claims[2].span = Span::new(0, 9);
        let unique: Vec<ClaimId> = c
            .differences()
            .into_iter()
            .filter_map(|d| match d {
                Difference::Unique { claim } => Some(claim),
                _ => None,
            })
            .collect();
        assert_eq!(unique, [cid(0, 0), cid(0, 1), cid(0, 2), cid(1, 2), cid(1, 1), cid(1, 0)]);
        let b = Difference::Unique { claim: cid(1, 0) };
        assert_eq!((b.group(DocId(0)), b.group(DocId(1))), (DifferenceGroup::OnlyInB, DifferenceGroup::OnlyInA));
        assert!(b.between(DocId(0), DocId(1)));
        assert!(!Difference::Unique { claim: cid(2, 0) }.between(DocId(0), DocId(1)));
    }

    #[test]
    fn links_are_listed_by_their_claims_and_entries_know_their_documents() {
        let mut c = comparison();
        c.links.swap(0, 1);
        c.links.push(auto_link(cid(0, 0), cid(1, 0), Relation::Contrast));
        let links: Vec<Difference> = c.differences().into_iter().take(2).collect();
        assert_eq!(
            links,
            [
                Difference::Contrast { link: LinkId(3), a: cid(0, 0), b: cid(1, 0) },
                Difference::Contrast { link: LinkId(0), a: cid(0, 2), b: cid(1, 0) },
            ]
        );
        assert!(links[0].between(DocId(0), DocId(1)) && !links[0].between(DocId(1), DocId(0)));
        assert_eq!(links[0].claims(&c), (Some(cid(0, 0)), Some(cid(1, 0))));
    }

    #[test]
    fn a_shift_gives_both_sources_as_written() {
        let c = comparison();
        let shift = Difference::Shift { index: 0, a: cid(0, 1), b: cid(1, 1) };
        assert_eq!(shift.reason(&c), "“police” vs stated as fact; the first article gives it to police");
        let mut other = c.shifts[0].clone();
        (other.a_source, other.b_source) = (String::new(), "the mayor".into());
        assert_eq!(other.sources(), "stated as fact vs “the mayor”");
    }

    #[test]
    fn the_claims_of_a_changed_quote_are_the_claims_that_hold_it() {
        let mut c = comparison();
        let quoted = Difference::Fidelity { index: 1, a: qid(0, 1), b: qid(1, 1) };
        assert_eq!(quoted.claims(&c), (None, None), "the quotes do not exist");
        c.analyses[0].claims[2].quotes.push(qid(0, 1));
        c.analyses[0].quotes.push(fixtures::partial_quote(qid(0, 0), Span::new(0, 3)));
        c.analyses[0].quotes.push(fixtures::partial_quote(qid(0, 1), Span::new(22, 26)));
        c.fidelity[1].only_a.push(Span::new(22, 26));
        assert_eq!(quoted.claims(&c), (Some(cid(0, 2)), None));
        assert_eq!(quoted.reason(&c), "trimmed; only A has: hree");
        assert_eq!(Difference::Unique { claim: cid(0, 0) }.claims(&c), (Some(cid(0, 0)), None));
    }
}
