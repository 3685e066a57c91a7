//! Links each claim of one document to its counterparts in another.
//!
//! Each claim's evidence (stemmed content words with synonyms folded together, names, numbers, quoted words,
//! dates) is weighted by IDF; candidates come from an inverted index, never from all pairs; a pair is kept
//! when it clears a floor and comes close to the best pair of either of its claims, so a claim gets several
//! counterparts only when they score nearly as well as its best.

mod features;
mod relation;
mod scoring;
mod synonyms;

pub use features::{ClaimFeatures, TermKind, claim_features};

use super::dates::date_mentions;
use crate::model::{ClaimId, Comparison, DocId, Link, LinkOrigin, LinkReview};
use scoring::{PairIndex, Scored};

/// The lowest score a link may have.
const FLOOR: f32 = 0.2;
/// A pair is kept when it scores at least this share of the best pair of its claim in `a` or in `b`.
const NEAR_BEST: f32 = 0.4;

/// Links the claims of documents `a` and `b`.
pub fn link_claims(comparison: &Comparison, a: DocId, b: DocId) -> Vec<Link> {
    let (Some(doc_a), Some(doc_b), Some(an_a), Some(an_b)) =
        (comparison.document(a), comparison.document(b), comparison.analysis(a), comparison.analysis(b))
    else {
        return Vec::new();
    };
    let (fa, fb) = rayon::join(
        || claim_features(doc_a, &an_a.claims, &date_mentions(doc_a, doc_a.source.published)),
        || claim_features(doc_b, &an_b.claims, &date_mentions(doc_b, doc_b.source.published)),
    );
    let same_event = comparison.event_check.as_ref().and_then(|e| e.same_event);
    let index = PairIndex::new(&fa, &fb);
    let chosen = choose(index.candidates(), fb.len());
    chosen
        .into_iter()
        .filter_map(|s| {
            let (ca, cb) = (an_a.claims.get(s.a)?, an_b.claims.get(s.b)?);
            let (rel, clause) = relation::classify(&s, &fa[s.a], &fb[s.b], same_event);
            let mut why = relation::describe(&s, &fa[s.a], &fb[s.b]);
            if let Some(clause) = clause {
                why = format!("{why}; {clause}");
            }
            Some(Link {
                a: ClaimId { doc: a, index: ca.id.index },
                b: ClaimId { doc: b, index: cb.id.index },
                relation: rel,
                score: s.score,
                why,
                origin: LinkOrigin::Auto,
                review: LinkReview::Unreviewed,
                note: None,
            })
        })
        .collect()
}

/// Keeps the pairs above the floor that score near the best of either of their claims, in order of `a`.
fn choose(candidates: Vec<Vec<Scored>>, nb: usize) -> Vec<Scored> {
    let mut best_b = vec![0.0f32; nb];
    for s in candidates.iter().flatten() {
        if let Some(b) = best_b.get_mut(s.b) {
            *b = b.max(s.score);
        }
    }
    let mut out = Vec::new();
    for list in candidates {
        let best_a = list.first().map_or(0.0, |s| s.score);
        for s in list {
            let near_b = best_b.get(s.b).is_some_and(|&b| s.score >= NEAR_BEST * b);
            if s.score >= FLOOR && (s.score >= NEAR_BEST * best_a || near_b) {
                out.push(s);
            }
        }
    }
    out
}
