//! Pairs the protagonists of two articles about different events of one kind, so that the lines where they play
//! the same role share a term.

use super::features::{ClaimFeatures, TermKind};
use crate::model::{Actor, SpeakerKind};
use std::sync::Arc;

/// How many times an article must name its protagonist: a person named once is a passer-by.
const MENTIONS: usize = 2;

/// The kinds of actor whose lines the linker pairs: people, whose roles two events of one kind repeat.
const PEOPLE: &[SpeakerKind] = &[SpeakerKind::Person];

/// How many leading claims must name each protagonist: the headline and the first lines tell whom a story is about.
const LEAD: usize = 5;

/// The actor of one of `kinds` whom document `doc` (by position) names most among those that document `other` never
/// names, when named at least `MENTIONS` times; ties go to the one listed first.
pub(in crate::analysis) fn protagonist<'a>(
    actors: &'a [Actor],
    doc: usize,
    other: usize,
    kinds: &[SpeakerKind],
) -> Option<&'a Actor> {
    actors
        .iter()
        .filter(|a| kinds.contains(&a.kind) && a.mentions_in(other) == 0 && a.mentions_in(doc) >= MENTIONS)
        .rev()
        .max_by_key(|a| a.mentions_in(doc))
}

/// The key that the claims of `features` give to a word of a name as written, if any claim holds it.
fn key_of(features: &[ClaimFeatures], word: &str) -> Option<Arc<str>> {
    features
        .iter()
        .flat_map(|f| &f.terms)
        .find(|t| t.kind == TermKind::Name && t.key == t.stem && t.surface == word)
        .map(|t| t.key.clone())
}

/// Gives the words of the protagonist of document `b` the keys of the words of the protagonist of document `a`,
/// surname to surname and first name to first name, when each article has a person it names most whom the other
/// never names (Tara Reid and Lindsay Lohan, each checking into rehab; Rahman and Thompson, each knocked out by one
/// champion): the lines that tell what each did then share a name, as the lines of one event would. The terms keep
/// their stems, so the pair reads as two different names. `fa` and `fb` are the claims of the two documents.
pub(super) fn pair_protagonists(
    actors: &[Actor],
    (a, fa): (usize, &[ClaimFeatures]),
    (b, fb): (usize, &mut [ClaimFeatures]),
) {
    let (Some(pa), Some(pb)) = (protagonist(actors, a, b, PEOPLE), protagonist(actors, b, a, PEOPLE)) else { return };
    let words = |actor: &Actor| {
        let words = actor.name.split_whitespace().map(|w| w.trim_end_matches('.'));
        words.filter(|w| !matches!(*w, "Jr" | "Sr" | "II" | "III")).map(str::to_string).collect::<Vec<_>>()
    };
    let (wa, wb) = (words(pa), words(pb));
    // A key that `b` already holds for another word would join two of its terms into one.
    let free = |key: &Arc<str>| !fb.iter().any(|f| f.terms.iter().any(|t| &t.key == key));
    let pairs: Vec<Option<(Arc<str>, Arc<str>)>> = wa
        .iter()
        .rev()
        .zip(wb.iter().rev())
        .map(|(x, y)| Some((key_of(fb, y)?, key_of(fa, x).filter(free)?)))
        .collect();
    let in_lead = |features: &[ClaimFeatures], key: &Arc<str>| {
        features.iter().take(LEAD).any(|f| f.terms.iter().any(|t| &t.key == key))
    };
    // The surnames decide: without them paired and in both leads, first names alone would pair strangers.
    let Some(Some((last_b, last_a))) = pairs.first() else { return };
    if !in_lead(fa, last_a) || !in_lead(fb, last_b) {
        return;
    }
    let pairs: Vec<(Arc<str>, Arc<str>)> = pairs.into_iter().flatten().collect();
    for f in fb.iter_mut() {
        let mut changed = false;
        for t in f.terms.iter_mut() {
            if let Some((_, to)) = pairs.iter().find(|(from, _)| *from == t.key) {
                t.key = to.clone();
                changed = true;
            }
        }
        if changed {
            f.terms.sort_by(|x, y| x.key.cmp(&y.key));
        }
    }
}
