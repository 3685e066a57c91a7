//! Merging claims: both stay in place, the absorbed claim as a tombstone recorded in
//! [`Comparison::merged_claims`], and the links that touched it move to the claim that absorbed it.

use super::edit::{claim_mut, link_mut, live_claim};
use super::{Claim, ClaimId, ClaimKind, Comparison, Edit, EditError, Link, LinkId};
use serde::{Deserialize, Serialize};

/// A claim merged into another claim of the same document; the merged claim keeps its id but is no longer shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct MergedClaim {
    /// The claim merged away.
    pub claim: ClaimId,
    /// The live claim that absorbed it; earlier merges follow when that claim is merged in turn.
    pub into: ClaimId,
}

impl Comparison {
    /// The claim a merged claim was merged into, or `None` for a claim that stands on its own.
    pub fn merged_into(&self, id: ClaimId) -> Option<ClaimId> {
        self.merged_claims.binary_search_by(|m| m.claim.cmp(&id)).ok().map(|i| self.merged_claims[i].into)
    }

    /// True when the claim exists and was not merged into another.
    pub fn is_live_claim(&self, id: ClaimId) -> bool {
        self.claim(id).is_some() && self.merged_into(id).is_none()
    }
}

pub(super) fn merge_claims(c: &mut Comparison, keep: ClaimId, gone: ClaimId) -> Result<Edit, EditError> {
    live_claim(c, keep)?;
    live_claim(c, gone)?;
    if keep == gone {
        return Err(EditError::SelfMerge);
    }
    if keep.doc != gone.doc {
        return Err(EditError::DifferentDocuments);
    }
    let (Some(old_keep), Some(old_gone)) = (c.claim(keep).cloned(), c.claim(gone).cloned()) else {
        return Err(EditError::NoClaim(gone));
    };
    let mut merged = old_keep.clone();
    merged.span = old_keep.span.cover(old_gone.span);
    merged.sentence = old_keep.sentence.min(old_gone.sentence);
    for q in &old_gone.quotes {
        if !merged.quotes.contains(q) {
            merged.quotes.push(*q);
        }
    }
    merged.quotes.sort();
    merged.speaker = merged.speaker.or(old_gone.speaker);
    merged.readout = merged.readout.or(old_gone.readout);
    if merged.kind == ClaimKind::Statement {
        merged.kind = old_gone.kind;
    }
    merged.by_user = merged.by_user || old_gone.by_user;
    merged.note = match (old_keep.note.clone(), old_gone.note.clone()) {
        (Some(a), Some(b)) => Some(format!("{a}\n{b}")),
        (a, b) => a.or(b),
    };
    let mut moved = Vec::new();
    for (i, l) in c.links.iter_mut().enumerate() {
        if l.a == gone || l.b == gone {
            moved.push((LinkId(i as u32), l.clone()));
            if l.a == gone {
                l.a = keep;
            }
            if l.b == gone {
                l.b = keep;
            }
        }
    }
    *claim_mut(c, keep)? = merged;
    let mut absorbed = Vec::new();
    for m in c.merged_claims.iter_mut().filter(|m| m.into == gone) {
        m.into = keep;
        absorbed.push(m.claim);
    }
    let entry = MergedClaim { claim: gone, into: keep };
    let at = c.merged_claims.partition_point(|m| m.claim < gone);
    c.merged_claims.insert(at, entry);
    Ok(Edit::UnmergeClaims { keep: Box::new(old_keep), gone: Box::new(old_gone), links: moved, absorbed })
}

pub(super) fn unmerge_claims(
    c: &mut Comparison,
    keep: Claim,
    gone: Claim,
    links: Vec<(LinkId, Link)>,
    absorbed: Vec<ClaimId>,
) -> Result<Edit, EditError> {
    let at = c
        .merged_claims
        .binary_search_by(|m| m.claim.cmp(&gone.id))
        .ok()
        .filter(|&i| c.merged_claims[i].into == keep.id)
        .ok_or(EditError::Stale("those claims are not merged"))?;
    claim_mut(c, keep.id)?;
    claim_mut(c, gone.id)?;
    if let Some((id, _)) = links.iter().find(|(id, _)| id.0 as usize >= c.links.len()) {
        return Err(EditError::NoLink(*id));
    }
    if absorbed.iter().any(|a| c.merged_into(*a) != Some(keep.id)) {
        return Err(EditError::Stale("a claim merged earlier is no longer merged there"));
    }
    let (keep_id, gone_id) = (keep.id, gone.id);
    c.merged_claims.remove(at);
    for m in c.merged_claims.iter_mut().filter(|m| absorbed.contains(&m.claim)) {
        m.into = gone_id;
    }
    *claim_mut(c, keep_id)? = keep;
    *claim_mut(c, gone_id)? = gone;
    for (id, link) in links {
        *link_mut(c, id)? = link;
    }
    Ok(Edit::MergeClaims { keep: keep_id, gone: gone_id })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::edit::tests::round_trip;
    use crate::model::fixtures::{cid, two_docs};
    use crate::model::{Relation, Span, apply};

    #[test]
    fn merging_keeps_ids_and_moves_links() {
        let mut c = two_docs();
        c.links[0].note = Some("n".into());
        round_trip(&mut c, Edit::MergeClaims { keep: cid(0, 0), gone: cid(0, 1) });
        assert_eq!(c.claim(cid(0, 0)).unwrap().span, Span::new(0, 20));
        assert_eq!(c.merged_into(cid(0, 1)), Some(cid(0, 0)));
        assert_eq!(c.links[0].a, cid(0, 0));
        assert_eq!(c.analyses[0].claims.len(), 3);
        assert_eq!(
            apply(&mut c, Edit::user_link(cid(0, 1), cid(1, 0), Relation::Same)),
            Err(EditError::MergedClaim(cid(0, 1)))
        );
        assert_eq!(
            apply(&mut c, Edit::MergeClaims { keep: cid(0, 0), gone: cid(1, 0) }),
            Err(EditError::DifferentDocuments)
        );
        round_trip(&mut c, Edit::MergeClaims { keep: cid(0, 2), gone: cid(0, 0) });
        assert_eq!(c.merged_into(cid(0, 1)), Some(cid(0, 2)), "earlier merges follow the claim they went into");
        assert_eq!(c.claim(cid(0, 2)).unwrap().span, Span::new(0, 27));
    }
}
