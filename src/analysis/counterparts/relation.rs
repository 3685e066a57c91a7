//! Names how two scored claims relate (same, parallel, contrast or related) and says why in words.

use super::features::{ClaimFeatures, TermKind};
use super::scoring::Scored;
use crate::model::Relation;

/// A score from which two claims count as the same fact (or the same role, across two events).
pub(super) const STRONG: f32 = 0.6;

/// The relation of a scored pair, and the clause that explains it when it is not plain agreement.
/// `same_event` is the event check's verdict.
pub(super) fn classify(
    s: &Scored,
    a: &ClaimFeatures,
    b: &ClaimFeatures,
    same_event: Option<bool>,
) -> (Relation, Option<String>) {
    if same_event == Some(false) {
        let rel = if s.score >= STRONG { Relation::Parallel } else { Relation::Related };
        return (rel, Some("the articles report different events".into()));
    }
    if s.score < STRONG {
        return (Relation::Related, None);
    }
    if let Some(why) = contrast(s, a, b) {
        return (Relation::Contrast, Some(why));
    }
    (Relation::Same, None)
}

/// What differs in the same slot: dates, ordinals, negation, counts or the speaker of the same words.
fn contrast(s: &Scored, a: &ClaimFeatures, b: &ClaimFeatures) -> Option<String> {
    if !a.dates.is_empty() && !b.dates.is_empty() && !a.dates.iter().any(|d| b.dates.contains(d)) {
        return Some(format!("but the dates differ: {} against {}", a.dates[0], b.dates[0]));
    }
    if !a.ordinals.is_empty() && !b.ordinals.is_empty() && !a.ordinals.iter().any(|o| b.ordinals.contains(o)) {
        return Some(format!(
            "but one says \u{201c}{}\u{201d} and the other \u{201c}{}\u{201d}",
            a.ordinals[0], b.ordinals[0]
        ));
    }
    if a.negated != b.negated {
        let which = if a.negated { "the first" } else { "the second" };
        return Some(format!("but {which} is negated"));
    }
    let numbers = |f: &ClaimFeatures| -> Vec<String> {
        f.terms.iter().filter(|t| t.kind == TermKind::Number && t.key.len() < 4).map(|t| t.surface.clone()).collect()
    };
    let (na, nb) = (numbers(a), numbers(b));
    let shares_number =
        s.evidence.shared.iter().any(|&(x, _)| a.terms.get(x).is_some_and(|t| t.kind == TermKind::Number));
    if !na.is_empty() && !nb.is_empty() && !shares_number {
        return Some(format!("but the numbers differ: {} against {}", na.join(", "), nb.join(", ")));
    }
    if s.evidence.quote_run >= 4 && a.speaker.is_some() && b.speaker.is_some() && a.speaker != b.speaker {
        return Some("but the same words are given to different speakers".into());
    }
    None
}

/// The evidence of a scored pair in words: shared names, numbers, words, rewordings, quote and speaker.
pub(super) fn describe(s: &Scored, a: &ClaimFeatures, b: &ClaimFeatures) -> String {
    let mut names = Vec::new();
    let mut numbers = Vec::new();
    let mut words = Vec::new();
    let mut reworded = Vec::new();
    for &(x, y) in &s.evidence.shared {
        let (Some(ta), Some(tb)) = (a.terms.get(x), b.terms.get(y)) else { continue };
        if ta.stem != tb.stem {
            reworded.push(format!("\u{201c}{}\u{201d} / \u{201c}{}\u{201d}", ta.surface, tb.surface));
            continue;
        }
        match ta.kind.max_with(tb.kind) {
            TermKind::Name => names.push(ta.surface.clone()),
            TermKind::Number => numbers.push(ta.surface.clone()),
            TermKind::Word => words.push(ta.surface.to_lowercase()),
        }
    }
    let mut parts = Vec::new();
    let mut list = |label: &str, items: Vec<String>| {
        if !items.is_empty() {
            let shown: Vec<String> = items.into_iter().take(6).collect();
            parts.push(format!("{label} {}", shown.join(", ")));
        }
    };
    list("shared names:", names);
    list("numbers:", numbers);
    list("words:", words);
    list("reworded:", reworded);
    if s.evidence.quote_run >= 4 {
        parts.push(format!("a shared quote of {} words", s.evidence.quote_run));
    }
    if s.evidence.same_speaker {
        parts.push("the same speaker".into());
    }
    if parts.is_empty() { "little shared evidence".into() } else { parts.join("; ") }
}

impl TermKind {
    /// Of two kinds for one term, the more telling: a name over a number over a word.
    fn max_with(self, other: TermKind) -> TermKind {
        match (self, other) {
            (TermKind::Name, _) | (_, TermKind::Name) => TermKind::Name,
            (TermKind::Number, _) | (_, TermKind::Number) => TermKind::Number,
            _ => TermKind::Word,
        }
    }
}
