//! The evidence of one candidate pair of claims as a vector of numbers: what the learned link weights read.

use super::features::{ClaimFeatures, TermKind};
use super::scoring::Scored;
use super::slots::has_ordinal;
use super::synonyms::canonical;
use rustc_hash::FxHashMap;

/// The names of the features, in the order of [`PairVector`]; `assets/models/link-weights.txt` gives each a weight.
pub(crate) const FEATURE_NAMES: [&str; FEATURES] = [
    "hand_score",
    "cosine",
    "clause_cosine",
    "coverage_min",
    "coverage_max",
    "shared_words",
    "shared_names",
    "shared_numbers",
    "reworded",
    "numbers_only",
    "event_terms",
    "both_lead",
    "headline_a",
    "headline_b",
    "position_gap",
    "shared_quote",
    "same_speaker",
    "same_date",
    "date_conflict",
    "ordinal_conflict",
    "negation_differs",
    "best_of_a",
    "share_of_best_a",
    "best_of_b",
    "share_of_best_b",
    "events_differ",
    "short_claim",
    "both_attributed",
    "both_ordinals",
    "amount_same_unit",
    "same_weekday",
    "shared_actions",
    "meaning",
    "meaning_best_of_a",
    "meaning_best_of_b",
];

/// How many features a pair has.
pub(crate) const FEATURES: usize = 35;

/// One candidate pair's features, in the order of [`FEATURE_NAMES`].
pub(crate) type PairVector = [f32; FEATURES];

/// The names of the context features, in the order of [`ContextVector`]: how a pair's first-stage chance stands
/// against its neighbours' and against the other candidates of its two claims. Links between two articles run in
/// step (the claim after a linked claim tends to link to the claim after its counterpart), and a pair is a link
/// more often when it is the best its claims have.
pub(crate) const CONTEXT_NAMES: [&str; CONTEXT] =
    ["chance", "neighbour_chance", "share_of_best_chance_a", "share_of_best_chance_b"];

/// How many context features a pair has.
pub(crate) const CONTEXT: usize = 4;

/// One candidate pair's context features, in the order of [`CONTEXT_NAMES`].
pub(crate) type ContextVector = [f32; CONTEXT];

/// The context features of every candidate, from each one's first-stage chance; `pairs[k]` holds the claims
/// `(a, b)` of `chances[k]`.
pub(super) fn context_vectors(pairs: &[(usize, usize)], chances: &[f32]) -> Vec<ContextVector> {
    let mut by_pair: FxHashMap<(usize, usize), f32> = FxHashMap::default();
    let (mut best_a, mut best_b): (FxHashMap<usize, f32>, FxHashMap<usize, f32>) = Default::default();
    for (&(a, b), &p) in pairs.iter().zip(chances) {
        by_pair.insert((a, b), p);
        let (x, y) = (best_a.entry(a).or_default(), best_b.entry(b).or_default());
        (*x, *y) = (x.max(p), y.max(p));
    }
    let at = |a: Option<usize>, b: Option<usize>| match (a, b) {
        (Some(a), Some(b)) => by_pair.get(&(a, b)).copied().unwrap_or(0.0),
        _ => 0.0,
    };
    let share = |p: f32, best: Option<&f32>| best.filter(|b| **b > 0.0).map_or(0.0, |b| p / b);
    pairs
        .iter()
        .zip(chances)
        .map(|(&(a, b), &p)| {
            let neighbour = at(a.checked_sub(1), b.checked_sub(1)).max(at(Some(a + 1), Some(b + 1)));
            [p, neighbour, share(p, best_a.get(&a)), share(p, best_b.get(&b))]
        })
        .collect()
}

/// What a pair's features need to know beyond the two claims: where each stands and how the pair ranks among the
/// other candidates of each claim.
#[derive(Clone, Copy, Debug)]
pub(super) struct PairContext {
    /// Each claim's position in its document, and the document's number of claims.
    pub position: [(usize, usize); 2],
    /// The best hand score among the candidates of the claim in `a`, and of the claim in `b`.
    pub best: [f32; 2],
    /// The event check found that the articles report different events.
    pub events_differ: bool,
    /// Whether the claim in `b` is the closest in meaning to the claim in `a` of all the claims of `b`, and the
    /// other way round; both false when the claims were not embedded.
    pub meaning_best: [bool; 2],
}

/// How few terms make a claim short: a headline or a fragment, whose every shared word weighs more.
const SHORT: usize = 4;

/// The features of a scored pair.
pub(super) fn pair_vector(s: &Scored, a: &ClaimFeatures, b: &ClaimFeatures, ctx: &PairContext) -> PairVector {
    let (mut words, mut names, mut numbers, mut reworded, mut actions) = (0usize, 0usize, 0usize, 0usize, 0usize);
    for &(x, y) in &s.evidence.shared {
        let (Some(ta), Some(tb)) = (a.terms.get(x), b.terms.get(y)) else { continue };
        actions += usize::from(canonical(&ta.stem).is_some());
        if ta.stem != tb.stem {
            reworded += 1;
        } else if ta.kind == TermKind::Number {
            numbers += 1;
        } else if ta.kind == TermKind::Name || tb.kind == TermKind::Name {
            names += 1;
        } else {
            words += 1;
        }
    }
    let log = |n: usize| (n as f32).ln_1p();
    let flag = |b: bool| f32::from(u8::from(b));
    let [(ia, na), (ib, nb)] = ctx.position;
    let place = |i: usize, n: usize| i as f32 / n.max(1) as f32;
    let share = |best: f32| if best > 0.0 { s.score / best } else { 0.0 };
    let [cov_a, cov_b] = s.evidence.coverage;
    let conflict = |x: bool, y: bool, shared: bool| flag(x && y && !shared);
    [
        s.score,
        s.evidence.cosine,
        s.evidence.clause_cosine,
        cov_a.min(cov_b),
        cov_a.max(cov_b),
        log(words),
        log(names),
        flag(numbers > 0),
        log(reworded),
        flag(words + names + reworded == 0),
        s.evidence.event_terms.min(2) as f32 / 2.0,
        flag(a.lead && b.lead),
        flag(ia == 0),
        flag(ib == 0),
        (place(ia, na) - place(ib, nb)).abs(),
        flag(s.evidence.quote_run >= 4),
        flag(s.evidence.same_speaker),
        flag(a.dates.iter().any(|d| b.dates.contains(d))),
        // Between two different events the dates differ by definition: no evidence against the pair there.
        conflict(
            !a.dates.is_empty() && !ctx.events_differ,
            !b.dates.is_empty(),
            a.dates.iter().any(|d| b.dates.contains(d)),
        ),
        conflict(
            !a.ordinals.is_empty(),
            !b.ordinals.is_empty(),
            a.ordinals.iter().any(|o| b.ordinals.iter().any(|p| p.word == o.word)),
        ),
        flag(a.negated != b.negated),
        flag(s.score >= ctx.best[0]),
        share(ctx.best[0]),
        flag(s.score >= ctx.best[1]),
        share(ctx.best[1]),
        flag(ctx.events_differ),
        flag(a.terms.len().min(b.terms.len()) <= SHORT),
        flag(a.attributed && b.attributed),
        flag(has_ordinal(a) && has_ordinal(b)),
        flag(a.amounts.iter().any(|x| b.amounts.iter().any(|y| x.unit == y.unit))),
        flag(a.weekdays.iter().any(|d| b.weekdays.contains(d))),
        log(actions),
        s.evidence.meaning.unwrap_or(0.0),
        flag(ctx.meaning_best[0]),
        flag(ctx.meaning_best[1]),
    ]
}
