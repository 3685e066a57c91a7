//! The live links of each claim, and counts of links by kind, found without a scan of all the links.

use super::{ClaimId, Comparison, LinkOrigin, LinkReview};
use std::collections::HashMap;

/// The live (not rejected) links of each claim, by position in `Comparison::links`, and counts of the links by
/// origin and review.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct LinkIndex {
    by_claim: HashMap<ClaimId, Vec<usize>>,
    /// Live links the analysis made.
    pub automatic: usize,
    /// Live links the user made.
    pub user: usize,
    /// Links the user confirmed.
    pub confirmed: usize,
}

impl LinkIndex {
    /// Indexes the links of a comparison in one pass over them.
    pub fn new(comparison: &Comparison) -> Self {
        let mut index = LinkIndex::default();
        for (i, link) in comparison.links.iter().enumerate() {
            if link.review == LinkReview::Confirmed {
                index.confirmed += 1;
            }
            if !link.is_live() {
                continue;
            }
            match link.origin {
                LinkOrigin::Auto => index.automatic += 1,
                LinkOrigin::User => index.user += 1,
            }
            index.by_claim.entry(link.a).or_default().push(i);
            index.by_claim.entry(link.b).or_default().push(i);
        }
        index
    }

    /// The live links of a claim, in list order.
    pub fn of(&self, claim: ClaimId) -> &[usize] {
        self.by_claim.get(&claim).map(Vec::as_slice).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Relation;
    use crate::model::fixtures::{auto_link, cid, two_docs};

    #[test]
    fn the_index_finds_each_claims_live_links_and_counts_them() {
        let mut c = two_docs();
        let mut user = auto_link(cid(0, 1), cid(1, 2), Relation::Related);
        user.origin = LinkOrigin::User;
        user.review = LinkReview::Confirmed;
        c.links.push(user);
        let mut rejected = auto_link(cid(0, 0), cid(1, 0), Relation::Same);
        rejected.review = LinkReview::Rejected;
        c.links.push(rejected);
        let index = LinkIndex::new(&c);
        assert_eq!(index.of(cid(0, 1)), [0, 1]);
        assert_eq!(index.of(cid(1, 2)), [1]);
        assert_eq!(index.of(cid(0, 0)), [] as [usize; 0], "a rejected link is not indexed");
        assert_eq!((index.automatic, index.user, index.confirmed), (1, 1, 1));
    }
}
