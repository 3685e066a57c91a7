//! Plain data that every other layer reads: documents, the analysis of them, and review state.
//!
//! Nothing here knows about files, egui or how the analysis is done. Offsets are character offsets
//! (Unicode scalar values) into [`Document::text`], end exclusive.

mod actor;
mod analysis;
mod comparison;
mod differences;
mod document;
mod edit;
#[cfg(test)]
pub(crate) mod fixtures;
mod history;
mod ids;
mod link_index;
mod merge;
mod names;
mod overview;
mod span;
mod validate;

pub use actor::Actor;
pub use analysis::{
    AttributionShift, Claim, ClaimKind, ClaimStatus, DocumentAnalysis, EventCheck, Fidelity, Link, LinkOrigin,
    LinkReview, Quote, QuoteFidelity, QuoteKind, Readout, ReadoutKind, Relation, ShiftKind, Slot, SlotDifference,
    Speaker, SpeakerKind,
};
pub use comparison::Comparison;
pub use differences::{Difference, DifferenceGroup};
pub use document::{Document, Source, SourceFormat, slice_chars};
pub use edit::{Edit, EditError, apply};
pub use history::History;
pub use ids::{ClaimId, DocId, LinkId, QuoteId, ReadoutId, SpeakerId};
pub use link_index::LinkIndex;
pub use merge::MergedClaim;
pub use names::UnknownName;
pub use overview::ClaimGroup;
pub use span::{CharIndex, OverlapIndex, Span};
pub use validate::validate;
