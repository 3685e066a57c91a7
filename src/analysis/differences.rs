//! Compares what linked claims carry: quote fidelity and attribution shifts.

use crate::model::{AttributionShift, Comparison, QuoteFidelity};

/// Quotes both documents carry, with their fidelity, and linked claims whose attribution differs.
pub fn find_differences(_comparison: &Comparison) -> (Vec<QuoteFidelity>, Vec<AttributionShift>) {
    (Vec::new(), Vec::new())
}
