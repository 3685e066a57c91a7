//! How each claim stands against the other article, in the four groups a reader counts first: shared, in
//! conflict, parallel, and only in this article.

use super::{ClaimId, ClaimStatus, Comparison, DocId, Relation};

/// A claim's group in the overview: [`ClaimStatus`] with its matched claims split by what their links join.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ClaimGroup {
    /// A counterpart reports the same fact, or a related one, in the other article.
    Shared,
    /// A counterpart says something different about the same thing.
    Conflicting,
    /// Its only counterparts play the same role in another event, such as the other of two calls.
    Parallel,
    /// Nothing in the other article corresponds to it.
    OnlyHere,
}

impl ClaimGroup {
    /// The groups in the order the overview lists them.
    pub const ALL: [ClaimGroup; 4] =
        [ClaimGroup::Shared, ClaimGroup::Conflicting, ClaimGroup::Parallel, ClaimGroup::OnlyHere];

    /// How many of `groups` (as [`Comparison::claim_groups`] gives them) fall in each group, in the order of
    /// [`ClaimGroup::ALL`].
    pub fn counts(groups: &[Option<ClaimGroup>]) -> [usize; 4] {
        let mut counts = [0; 4];
        for group in groups.iter().flatten() {
            counts[ClaimGroup::ALL.iter().position(|g| g == group).unwrap_or(0)] += 1;
        }
        counts
    }

    /// The group's name for a reader, to follow a count ("12 shared").
    pub fn label(self) -> &'static str {
        match self {
            ClaimGroup::Shared => "shared",
            ClaimGroup::Conflicting => "in conflict",
            ClaimGroup::Parallel => "parallel",
            ClaimGroup::OnlyHere => "only in this article",
        }
    }
}

impl Comparison {
    /// The group of every claim of a document, by claim index; `None` for claims merged into others. The status
    /// comes from [`Comparison::claim_statuses`]; a matched claim is shared when one of its live links is not
    /// `parallel`.
    pub fn claim_groups(&self, doc: DocId) -> Vec<Option<ClaimGroup>> {
        let statuses = self.claim_statuses(doc);
        let mut beyond_parallel = vec![false; statuses.len()];
        for link in self.links.iter().filter(|l| l.is_live() && l.relation != Relation::Parallel) {
            for end in [link.a, link.b].into_iter().filter(|end| end.doc == doc) {
                if let Some(flag) = beyond_parallel.get_mut(end.index as usize) {
                    *flag = true;
                }
            }
        }
        statuses
            .into_iter()
            .zip(beyond_parallel)
            .enumerate()
            .map(|(i, (status, beyond))| {
                let live = self.merged_into(ClaimId { doc, index: i as u32 }).is_none();
                live.then_some(match status {
                    ClaimStatus::Conflict => ClaimGroup::Conflicting,
                    ClaimStatus::Unique => ClaimGroup::OnlyHere,
                    ClaimStatus::Matched if beyond => ClaimGroup::Shared,
                    ClaimStatus::Matched => ClaimGroup::Parallel,
                })
            })
            .collect()
    }

    /// How many claims of a document fall in each group, in the order of [`ClaimGroup::ALL`].
    pub fn group_counts(&self, doc: DocId) -> [usize; 4] {
        ClaimGroup::counts(&self.claim_groups(doc))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::fixtures::{auto_link, cid, two_docs};
    use crate::model::{LinkReview, MergedClaim};

    #[test]
    fn each_claim_falls_in_one_group() {
        let mut c = two_docs();
        c.links.push(auto_link(cid(0, 0), cid(1, 0), Relation::Parallel));
        c.links.push(auto_link(cid(0, 2), cid(1, 2), Relation::Contrast));
        let groups = c.claim_groups(DocId(0));
        assert_eq!(groups, [Some(ClaimGroup::Parallel), Some(ClaimGroup::Shared), Some(ClaimGroup::Conflicting)]);
        c.links[2].review = LinkReview::Rejected;
        c.links.push(auto_link(cid(0, 0), cid(1, 2), Relation::Related));
        let groups = c.claim_groups(DocId(0));
        assert_eq!(groups, [Some(ClaimGroup::Shared), Some(ClaimGroup::Shared), Some(ClaimGroup::OnlyHere)]);
        assert_eq!(c.group_counts(DocId(0)), [2, 0, 0, 1]);
    }

    #[test]
    fn merged_claims_are_in_no_group() {
        let mut c = two_docs();
        c.merged_claims.push(MergedClaim { claim: cid(1, 0), into: cid(1, 1) });
        assert_eq!(c.claim_groups(DocId(1))[0], None);
        assert_eq!(c.group_counts(DocId(1)), [1, 0, 0, 1]);
    }
}
