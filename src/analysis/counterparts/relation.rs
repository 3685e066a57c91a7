//! Names how two scored claims relate (same, parallel, contrast or related) and says why in words.

use super::features::{ClaimFeatures, TermKind};
use super::scoring::Scored;
use super::slots;
use crate::model::{Relation, Slot, SlotDifference};

/// From what cosine of their sentence embeddings two claims are "close in meaning" in a link's reason: about
/// where paraphrases of one fact start and claims that only share a subject end.
const CLOSE_IN_MEANING: f32 = 0.6;

/// The relation of a linked pair, the slot in which its values differ, and the clause that explains it when it
/// is not plain agreement. `same_event` is the event check's verdict: between two different events, a counterpart
/// plays the same role (`parallel`), and values that differ say where the events differ, not that the articles
/// conflict; within one event, they make a contrast. Two values of a figure that changed with time tell two
/// moments of it: `related`.
pub(super) fn classify(
    s: &Scored,
    a: &ClaimFeatures,
    b: &ClaimFeatures,
    same_event: Option<bool>,
) -> (Relation, Option<SlotDifference>, Option<String>) {
    let difference = slots::conflict(a, b, slots::shared_words(a, &s.evidence.shared));
    let clause = difference.as_ref().map(difference_clause);
    if same_event == Some(false) {
        let why = match clause {
            Some(c) => format!("the articles report different events; {c}"),
            None => "the articles report different events".into(),
        };
        return (Relation::Parallel, difference, Some(why));
    }
    if let Some(d) = difference {
        return (Relation::Contrast, Some(d), clause);
    }
    match slots::changed_figure(a, b) {
        Some(d) => {
            let clause =
                format!("the figure changed with time: \u{201c}{}\u{201d} against \u{201c}{}\u{201d}", d.a, d.b);
            (Relation::Related, Some(d), Some(clause))
        }
        None => (Relation::Same, None, None),
    }
}

/// A slot difference in words: the slot and both values.
fn difference_clause(c: &SlotDifference) -> String {
    match c.slot {
        Slot::Polarity if c.a == "denies" => "but the first denies what the second affirms".into(),
        Slot::Polarity => "but the first affirms what the second denies".into(),
        _ => format!("but the {} differs: \u{201c}{}\u{201d} against \u{201c}{}\u{201d}", c.slot, c.a, c.b),
    }
}

/// The evidence of a scored pair in words: shared names, numbers, words, rewordings, quote and speaker.
pub(super) fn describe(s: &Scored, a: &ClaimFeatures, b: &ClaimFeatures) -> String {
    let mut names = Vec::new();
    let mut numbers = Vec::new();
    let mut words = Vec::new();
    let mut reworded = Vec::new();
    let mut roles = Vec::new();
    for &(x, y) in &s.evidence.shared {
        let (Some(ta), Some(tb)) = (a.terms.get(x), b.terms.get(y)) else { continue };
        // Two names of different stems under the key of the first: `b`'s protagonist took `a`'s protagonist's key
        // (protagonists.rs); synonyms give both terms a key that is neither's stem.
        let same_role = ta.kind == TermKind::Name && tb.kind == TermKind::Name && ta.key == ta.stem;
        if ta.stem != tb.stem && same_role {
            roles.push(format!("\u{201c}{}\u{201d} / \u{201c}{}\u{201d}", ta.surface, tb.surface));
            continue;
        }
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
    list("in the same role:", roles);
    if s.evidence.quote_run >= 4 {
        parts.push(format!("a shared quote of {} words", s.evidence.quote_run));
    }
    if s.evidence.same_speaker {
        parts.push("the same speaker".into());
    }
    match s.evidence.meaning {
        Some(meaning) if meaning >= CLOSE_IN_MEANING => parts.push(format!("close in meaning (cosine {meaning:.2})")),
        Some(meaning) if parts.is_empty() => {
            parts.push(format!("nothing shared but some likeness in meaning (cosine {meaning:.2})"))
        }
        _ => {}
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
