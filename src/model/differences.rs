//! Where the documents of a comparison part, and where they agree: the one list that the Differences tab walks
//! and the divergence table prints.

use super::{ClaimId, Comparison, DocId, Fidelity, LinkId, QuoteId, Relation};

/// One entry of the list: two linked claims that agree or conflict, a claim with no counterpart, an attribution
/// shift or a quote given differently.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Difference {
    /// A live link that is not a contrast. The documents agree here; the divergence table lists it for context.
    Shared {
        /// The link's position in `Comparison::links`.
        link: LinkId,
        /// The link's claim in the earlier document.
        a: ClaimId,
        /// The link's claim in the later document.
        b: ClaimId,
    },
    /// A live link whose claims say different things about the same slot.
    Contrast {
        /// The link's position in `Comparison::links`.
        link: LinkId,
        /// The link's claim in the earlier document.
        a: ClaimId,
        /// The link's claim in the later document.
        b: ClaimId,
    },
    /// A claim, not merged into another, with no live link.
    Unique {
        /// The claim that nothing in another document corresponds to.
        claim: ClaimId,
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
}

impl Difference {
    /// True for the entries where the documents agree rather than differ.
    pub fn is_agreement(&self) -> bool {
        matches!(self, Difference::Shared { .. })
    }

    /// True when the entry lies between document `a` and document `b`, in that order; a unique claim lies between
    /// them when it is in either.
    pub fn between(&self, a: DocId, b: DocId) -> bool {
        match *self {
            Difference::Shared { a: x, b: y, .. }
            | Difference::Contrast { a: x, b: y, .. }
            | Difference::Shift { a: x, b: y, .. } => x.doc == a && y.doc == b,
            Difference::Fidelity { a: x, b: y, .. } => x.doc == a && y.doc == b,
            Difference::Unique { claim } => claim.doc == a || claim.doc == b,
        }
    }

    /// The claim that shows the entry: the first claim of a link or shift, the unique claim, or the claim that
    /// holds the first quote (`None` when no claim does).
    pub fn claim(&self, c: &Comparison) -> Option<ClaimId> {
        match *self {
            Difference::Shared { a, .. } | Difference::Contrast { a, .. } | Difference::Shift { a, .. } => Some(a),
            Difference::Unique { claim } => Some(claim),
            Difference::Fidelity { a, .. } => c.claim_holding_quote(a),
        }
    }
}

impl Comparison {
    /// Every agreement and difference, grouped in this order: shared links, contrasts (each group by the ids of
    /// the link's claims, then by position), unique claims by id, attribution shifts, and quotes that are not
    /// verbatim (both in list order).
    pub fn differences(&self) -> Vec<Difference> {
        let mut out = self.linked_pairs();
        out.extend(self.unique_claims().into_iter().map(|claim| Difference::Unique { claim }));
        out.extend(self.shifts.iter().enumerate().map(|(index, s)| Difference::Shift { index, a: s.a, b: s.b }));
        out.extend(
            self.fidelity
                .iter()
                .enumerate()
                .filter(|(_, f)| f.fidelity != Fidelity::Verbatim)
                .map(|(index, f)| Difference::Fidelity { index, a: f.a, b: f.b }),
        );
        out
    }

    /// The live links, shared ones first and contrasts after, each group sorted by the ids of the claims.
    fn linked_pairs(&self) -> Vec<Difference> {
        let mut live: Vec<(LinkId, &super::Link)> =
            (0..).map(LinkId).zip(&self.links).filter(|(_, l)| l.is_live()).collect();
        live.sort_by_key(|(id, l)| (l.relation == Relation::Contrast, l.a, l.b, *id));
        live.into_iter()
            .map(|(link, l)| match l.relation {
                Relation::Contrast => Difference::Contrast { link, a: l.a, b: l.b },
                _ => Difference::Shared { link, a: l.a, b: l.b },
            })
            .collect()
    }

    /// The claims, not merged into others, that no live link touches, by id.
    fn unique_claims(&self) -> Vec<ClaimId> {
        self.documents
            .iter()
            .flat_map(|d| self.claim_statuses(d.id).into_iter().enumerate().map(|(i, s)| (d.id, i, s)))
            .filter(|(_, _, s)| *s == super::ClaimStatus::Unique)
            .map(|(doc, i, _)| ClaimId { doc, index: i as u32 })
            .filter(|id| self.is_live_claim(*id))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::{self, auto_link, cid, two_docs};
    use crate::model::{AttributionShift, LinkReview, MergedClaim, QuoteFidelity, ShiftKind};

    fn qid(doc: u32, index: u32) -> QuoteId {
        QuoteId { doc: DocId(doc), index }
    }

    /// Two documents of three claims: d0-c1 and d1-c1 agree, d0-c2 and d1-c0 conflict, a rejected link joins
    /// d0-c0 and d1-c2, d1-c2 is merged into d1-c1, and there is a shift and two quotes, one verbatim.
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
            why: String::new(),
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

    #[test]
    fn the_list_holds_agreements_contrasts_unique_claims_shifts_and_changed_quotes_in_that_order() {
        let c = comparison();
        let expected = [
            Difference::Shared { link: LinkId(0), a: cid(0, 1), b: cid(1, 1) },
            Difference::Contrast { link: LinkId(1), a: cid(0, 2), b: cid(1, 0) },
            Difference::Unique { claim: cid(0, 0) },
            Difference::Shift { index: 0, a: cid(0, 1), b: cid(1, 1) },
            Difference::Fidelity { index: 1, a: qid(0, 1), b: qid(1, 1) },
        ];
        assert_eq!(c.differences(), expected);
        assert_eq!(c.differences().iter().filter(|d| d.is_agreement()).count(), 1);
    }

    #[test]
    fn links_are_listed_by_their_claims_and_entries_know_their_documents() {
        let mut c = comparison();
        c.links.swap(0, 1);
        c.links.push(auto_link(cid(0, 0), cid(1, 0), Relation::Parallel));
        let links: Vec<Difference> = c.differences().into_iter().take(3).collect();
        assert_eq!(
            links,
            [
                Difference::Shared { link: LinkId(3), a: cid(0, 0), b: cid(1, 0) },
                Difference::Shared { link: LinkId(1), a: cid(0, 1), b: cid(1, 1) },
                Difference::Contrast { link: LinkId(0), a: cid(0, 2), b: cid(1, 0) },
            ]
        );
        assert!(links[0].between(DocId(0), DocId(1)) && !links[0].between(DocId(1), DocId(0)));
        assert!(Difference::Unique { claim: cid(1, 0) }.between(DocId(0), DocId(1)));
        assert!(!Difference::Unique { claim: cid(2, 0) }.between(DocId(0), DocId(1)));
    }

    #[test]
    fn the_claim_of_a_changed_quote_is_the_claim_that_holds_it() {
        let mut c = comparison();
        let quoted = Difference::Fidelity { index: 1, a: qid(0, 1), b: qid(1, 1) };
        assert_eq!(quoted.claim(&c), None, "the quote does not exist");
        c.analyses[0].claims[2].quotes.push(qid(0, 1));
        c.analyses[0].quotes.push(fixtures::partial_quote(qid(0, 0), crate::model::Span::new(0, 3)));
        c.analyses[0].quotes.push(fixtures::partial_quote(qid(0, 1), crate::model::Span::new(22, 26)));
        assert_eq!(quoted.claim(&c), Some(cid(0, 2)));
        assert_eq!(Difference::Unique { claim: cid(0, 0) }.claim(&c), Some(cid(0, 0)));
    }
}
