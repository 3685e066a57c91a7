//! Links each claim of one document to its counterparts in another.

use crate::model::{Comparison, DocId, Link};

/// Links the claims of documents `a` and `b`.
pub fn link_claims(_comparison: &Comparison, _a: DocId, _b: DocId) -> Vec<Link> {
    Vec::new()
}
