//! The whole state one window shows and one project file saves.

use super::{
    Actor, AttributionShift, Claim, ClaimId, ClaimStatus, DocId, Document, DocumentAnalysis, EventCheck, Link,
    LinkReview, MergedClaim, Quote, QuoteFidelity, QuoteId, Readout, ReadoutId, Relation, Speaker, SpeakerId,
};
use serde::{Deserialize, Serialize};

/// Documents, their analyses, the speaker registry they share, and the links between their claims.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    /// The articles compared, each at the position its id gives.
    pub documents: Vec<Document>,
    /// One analysis per document, in the same order.
    pub analyses: Vec<DocumentAnalysis>,
    /// The speaker registry that all documents share, each speaker at the position its id gives.
    pub speakers: Vec<Speaker>,
    /// Links between claims of different documents, each at the position its id gives; rejected links stay.
    pub links: Vec<Link>,
    /// Whether the documents report the same event; `None` until the analysis has compared two documents.
    pub event_check: Option<EventCheck>,
    /// Quotes that both documents carry, and how faithfully.
    #[serde(default)]
    pub fidelity: Vec<QuoteFidelity>,
    /// Linked claims that one document attributes differently from the other.
    #[serde(default)]
    pub shifts: Vec<AttributionShift>,
    /// Things the analysis could not do, in words for the user.
    pub warnings: Vec<String>,
    /// The people and organisations the documents name, quoted or not; absent from older projects.
    #[serde(default)]
    pub actors: Vec<Actor>,
    /// Claims the user merged into others, sorted by claim id; they keep their ids but are no longer shown.
    #[serde(default)]
    pub merged_claims: Vec<MergedClaim>,
}

impl Comparison {
    /// The document with an id, or `None` when there is no such document.
    pub fn document(&self, id: DocId) -> Option<&Document> {
        self.documents.get(id.0 as usize)
    }

    /// The analysis of a document, or `None` when there is no such document.
    pub fn analysis(&self, id: DocId) -> Option<&DocumentAnalysis> {
        self.analyses.get(id.0 as usize)
    }

    /// A claim by id, merged into another or not; `None` when there is no such claim.
    pub fn claim(&self, id: ClaimId) -> Option<&Claim> {
        self.analysis(id.doc)?.claims.get(id.index as usize)
    }

    /// A quote by id, or `None` when there is no such quote.
    pub fn quote(&self, id: QuoteId) -> Option<&Quote> {
        self.analysis(id.doc)?.quotes.get(id.index as usize)
    }

    /// A readout by id, or `None` when there is no such readout.
    pub fn readout(&self, id: ReadoutId) -> Option<&Readout> {
        self.analysis(id.doc)?.readouts.get(id.index as usize)
    }

    /// A speaker of the shared registry by id, or `None` when there is no such speaker.
    pub fn speaker(&self, id: SpeakerId) -> Option<&Speaker> {
        self.speakers.get(id.0 as usize)
    }

    /// The text of a claim.
    pub fn claim_text(&self, id: ClaimId) -> &str {
        match (self.document(id.doc), self.claim(id)) {
            (Some(doc), Some(claim)) => doc.slice(claim.span),
            _ => "",
        }
    }

    /// The text of a quote, or "" when there is no such quote.
    pub fn quote_text(&self, id: QuoteId) -> &str {
        match (self.document(id.doc), self.quote(id)) {
            (Some(doc), Some(quote)) => doc.slice(quote.span),
            _ => "",
        }
    }

    /// The links that touch a claim and were not rejected, best score first.
    pub fn links_of(&self, id: ClaimId) -> Vec<(usize, &Link)> {
        let mut found: Vec<(usize, &Link)> =
            self.links.iter().enumerate().filter(|(_, l)| l.is_live() && l.touches(id)).collect();
        found.sort_by(|x, y| y.1.score.total_cmp(&x.1.score).then(x.0.cmp(&y.0)));
        found
    }

    /// A claim's status: conflict when a live link is a contrast, matched when it has any live link, else unique.
    pub fn claim_status(&self, id: ClaimId) -> ClaimStatus {
        self.links.iter().filter(|l| l.is_live() && l.touches(id)).fold(ClaimStatus::Unique, ClaimStatus::with_link)
    }

    /// The status of every claim of a document, by claim index, from one pass over the links: the same rule as
    /// [`Comparison::claim_status`].
    pub fn claim_statuses(&self, doc: DocId) -> Vec<ClaimStatus> {
        let count = self.analysis(doc).map_or(0, |a| a.claims.len());
        let mut statuses = vec![ClaimStatus::Unique; count];
        for link in self.links.iter().filter(|l| l.is_live()) {
            for end in [link.a, link.b].into_iter().filter(|end| end.doc == doc) {
                if let Some(status) = statuses.get_mut(end.index as usize) {
                    *status = status.with_link(link);
                }
            }
        }
        statuses
    }

    /// The claims of a document that were not merged into others, in reading order.
    pub fn claims_in_reading_order(&self, doc: DocId) -> Vec<ClaimId> {
        let Some(analysis) = self.analysis(doc) else { return Vec::new() };
        let mut ids: Vec<(usize, ClaimId)> = analysis
            .claims
            .iter()
            .enumerate()
            .map(|(i, c)| (c.span.start, ClaimId { doc, index: i as u32 }))
            .filter(|(_, id)| self.merged_into(*id).is_none())
            .collect();
        ids.sort();
        ids.into_iter().map(|(_, id)| id).collect()
    }

    /// The first claim, merged or not, that holds a quote or whose span overlaps it.
    pub fn claim_holding_quote(&self, quote: QuoteId) -> Option<ClaimId> {
        let q = self.quote(quote)?;
        let analysis = self.analysis(quote.doc)?;
        analysis
            .claims
            .iter()
            .position(|c| c.quotes.contains(&quote) || c.span.intersects(q.span))
            .map(|i| ClaimId { doc: quote.doc, index: i as u32 })
    }
}

impl Link {
    /// True when the link counts: it was not rejected.
    pub fn is_live(&self) -> bool {
        self.review != LinkReview::Rejected
    }

    /// True when one of the link's ends is the claim.
    pub fn touches(&self, id: ClaimId) -> bool {
        self.a == id || self.b == id
    }
}

impl ClaimStatus {
    /// The status once a claim is known to have one more live link: the rule every status comes from. A contrast
    /// makes a conflict, a `same` or `parallel` link a match; a `related` link is a weaker tie that leaves a claim
    /// as it was, so a claim with only related links stays unique.
    fn with_link(self, link: &Link) -> ClaimStatus {
        match (self, link.relation) {
            (ClaimStatus::Conflict, _) | (_, Relation::Contrast) => ClaimStatus::Conflict,
            (_, Relation::Related) => self,
            _ => ClaimStatus::Matched,
        }
    }

    /// How telling a status is, from 0: conflict over unique over matched.
    pub fn rank(self) -> usize {
        match self {
            ClaimStatus::Matched => 0,
            ClaimStatus::Unique => 1,
            ClaimStatus::Conflict => 2,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;
    use crate::model::fixtures::{self, auto_link, cid, two_docs};

    /// The statuses of document 0's claims, one at a time and all at once; the two must agree.
    fn statuses(c: &Comparison) -> Vec<ClaimStatus> {
        let bulk = c.claim_statuses(DocId(0));
        let single: Vec<ClaimStatus> = (0..3).map(|i| c.claim_status(cid(0, i))).collect();
        assert_eq!(bulk, single);
        bulk
    }

    #[test]
    fn a_claim_is_matched_by_a_live_link_in_conflict_by_a_contrast_and_unique_without_either() {
        let mut c = two_docs();
        c.links.push(auto_link(cid(0, 2), cid(1, 0), Relation::Contrast));
        c.links.push(auto_link(cid(0, 2), cid(1, 2), Relation::Same));
        use ClaimStatus::{Conflict, Matched, Unique};
        assert_eq!(statuses(&c), [Unique, Matched, Conflict]);
        assert_eq!(c.claim_statuses(DocId(1)), [Conflict, Matched, Matched]);
    }

    #[test]
    fn a_related_link_alone_leaves_a_claim_unique() {
        let mut c = two_docs();
        c.links.push(auto_link(cid(0, 2), cid(1, 2), Relation::Related));
        c.links.push(auto_link(cid(0, 0), cid(1, 0), Relation::Related));
        c.links.push(auto_link(cid(0, 0), cid(1, 2), Relation::Parallel));
        use ClaimStatus::{Matched, Unique};
        assert_eq!(statuses(&c), [Matched, Matched, Unique]);
        assert_eq!(c.claim_statuses(DocId(1)), [Unique, Matched, Matched]);
    }

    #[test]
    fn a_rejected_link_counts_for_nothing() {
        let mut c = two_docs();
        c.links.push(auto_link(cid(0, 2), cid(1, 2), Relation::Contrast));
        c.links[1].review = LinkReview::Rejected;
        c.links[0].review = LinkReview::Confirmed;
        assert_eq!(statuses(&c), [ClaimStatus::Unique, ClaimStatus::Matched, ClaimStatus::Unique]);
        c.links[0].review = LinkReview::Rejected;
        assert_eq!(statuses(&c), [ClaimStatus::Unique; 3]);
        assert!(c.links_of(cid(0, 1)).is_empty());
    }

    #[test]
    fn ranks_put_conflict_over_unique_over_matched() {
        assert!(ClaimStatus::Conflict.rank() > ClaimStatus::Unique.rank());
        assert!(ClaimStatus::Unique.rank() > ClaimStatus::Matched.rank());
    }

    #[test]
    fn reading_order_skips_merged_claims_and_quotes_find_their_claim() {
        let mut c = two_docs();
        c.analyses[0].claims[0].span = Span::new(21, 27);
        c.analyses[0].claims[2].span = Span::new(0, 9);
        c.merged_claims.push(MergedClaim { claim: cid(0, 1), into: cid(0, 2) });
        assert_eq!(c.claims_in_reading_order(DocId(0)), [cid(0, 2), cid(0, 0)]);
        let quote = QuoteId { doc: DocId(1), index: 0 };
        assert_eq!(c.claim_holding_quote(quote), None);
        c.analyses[1].quotes.push(fixtures::partial_quote(quote, Span::new(12, 15)));
        assert_eq!(c.claim_holding_quote(quote), Some(cid(1, 1)));
    }
}
