//! Merges the speakers of all documents into one registry and rewrites each analysis to use its ids.

use super::DocumentDraft;
use crate::model::{DocumentAnalysis, Speaker, SpeakerId};

/// Merges the per-document speaker lists into one registry.
pub fn merge_registry(drafts: Vec<DocumentDraft>) -> (Vec<Speaker>, Vec<DocumentAnalysis>) {
    let mut registry: Vec<Speaker> = Vec::new();
    let mut analyses = Vec::with_capacity(drafts.len());
    for draft in drafts {
        let offset = registry.len() as u32;
        for mut s in draft.speakers {
            s.id = SpeakerId(s.id.0 + offset);
            registry.push(s);
        }
        let mut analysis = draft.analysis;
        let shift = |id: &mut Option<SpeakerId>| {
            if let Some(s) = id {
                s.0 += offset;
            }
        };
        analysis.quotes.iter_mut().for_each(|q| shift(&mut q.speaker));
        analysis.claims.iter_mut().for_each(|c| shift(&mut c.speaker));
        analysis.readouts.iter_mut().for_each(|r| shift(&mut r.issuer));
        analyses.push(analysis);
    }
    (registry, analyses)
}
