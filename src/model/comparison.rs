//! The whole state one window shows and one project file saves.

use super::{
    AttributionShift, Claim, ClaimId, ClaimStatus, DocId, Document, DocumentAnalysis, EventCheck, Link, LinkReview,
    MergedClaim, Quote, QuoteFidelity, QuoteId, Readout, ReadoutId, Relation, Speaker, SpeakerId,
};
use serde::{Deserialize, Serialize};

/// Documents, their analyses, the speaker registry they share, and the links between their claims.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Comparison {
    pub documents: Vec<Document>,
    /// One analysis per document, in the same order.
    pub analyses: Vec<DocumentAnalysis>,
    pub speakers: Vec<Speaker>,
    pub links: Vec<Link>,
    pub event_check: Option<EventCheck>,
    /// Quotes that both documents carry, and how faithfully.
    #[serde(default)]
    pub fidelity: Vec<QuoteFidelity>,
    /// Linked claims that one document attributes differently from the other.
    #[serde(default)]
    pub shifts: Vec<AttributionShift>,
    /// Things the analysis could not do, in words for the user.
    pub warnings: Vec<String>,
    /// Claims the user merged into others, sorted by claim id; they keep their ids but are no longer shown.
    #[serde(default)]
    pub merged_claims: Vec<MergedClaim>,
}

impl Comparison {
    pub fn document(&self, id: DocId) -> Option<&Document> {
        self.documents.get(id.0 as usize)
    }

    pub fn analysis(&self, id: DocId) -> Option<&DocumentAnalysis> {
        self.analyses.get(id.0 as usize)
    }

    pub fn claim(&self, id: ClaimId) -> Option<&Claim> {
        self.analysis(id.doc)?.claims.get(id.index as usize)
    }

    pub fn quote(&self, id: QuoteId) -> Option<&Quote> {
        self.analysis(id.doc)?.quotes.get(id.index as usize)
    }

    pub fn readout(&self, id: ReadoutId) -> Option<&Readout> {
        self.analysis(id.doc)?.readouts.get(id.index as usize)
    }

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

    /// The links that touch a claim and were not rejected, best score first.
    pub fn links_of(&self, id: ClaimId) -> Vec<(usize, &Link)> {
        let mut found: Vec<(usize, &Link)> = self
            .links
            .iter()
            .enumerate()
            .filter(|(_, l)| l.review != LinkReview::Rejected && (l.a == id || l.b == id))
            .collect();
        found.sort_by(|x, y| y.1.score.total_cmp(&x.1.score).then(x.0.cmp(&y.0)));
        found
    }

    /// A claim's status: conflict when a live link is a contrast, matched when it has any live link.
    pub fn claim_status(&self, id: ClaimId) -> ClaimStatus {
        let links = self.links_of(id);
        if links.iter().any(|(_, l)| l.relation == Relation::Contrast) {
            ClaimStatus::Conflict
        } else if links.is_empty() {
            ClaimStatus::Unique
        } else {
            ClaimStatus::Matched
        }
    }
}
