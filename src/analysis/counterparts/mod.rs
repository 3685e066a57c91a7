//! Links each claim of one document to its counterparts in another.
//!
//! Each claim's evidence (stemmed content words with synonyms folded together, names, numbers, quoted words,
//! dates, amounts, ordinals) is weighted by an IDF smoothed for short articles; the words that only attribute a
//! claim are left out. Candidates come from an inverted index, never from all pairs, and, when the claims' meanings
//! are known (sentence embeddings, `super::meaning`), from each claim's closest claims in meaning too. Each
//! candidate pair gets a vector of features (`pair_features`), and the learned link model (`link_model`, weights in
//! `assets/models/`, one model with meanings and one without) gives it a chance in two stages, the second reading
//! the first's chances of the neighbouring pairs and of each claim's other candidates. A pair is a link from the
//! model's threshold, at most `MAX_PER_CLAIM` for a claim. Its relation comes from the event check and the slots
//! (`relation`, `slots`).

mod amounts;
mod features;
mod link_model;
mod pair_features;
mod protagonists;
mod relation;
mod scoring;
mod slots;
mod synonyms;
mod word_context;

use features::settle_capitalised_terms;
pub(super) use features::{ClaimFeatures, TermKind, claim_features, features_of_text};
pub(crate) use pair_features::{CONTEXT_NAMES, FEATURE_NAMES};
pub(super) use protagonists::protagonist;

use super::dates::DateMention;
use super::meaning::ClaimMeanings;
use crate::model::{ClaimId, Comparison, DocId, DocumentAnalysis, EventCheck, Link, LinkOrigin, LinkReview};
use chrono::{Datelike, NaiveDate};
use link_model::{LINK_MODEL, LinkModel, MEANING_LINK_MODEL};
use pair_features::{PairContext, PairVector, context_vectors, pair_vector};
use rayon::prelude::*;
use scoring::{PairIndex, Scored};

/// The most counterparts one claim of `a` may have.
const MAX_PER_CLAIM: usize = 8;

/// The least chance of a link for two claims of one event whose values of one slot conflict ([`slots::conflict`]):
/// the same noun counted otherwise, another date or ordinal of one action, one affirming what the other denies. Two
/// claims that give one slot two values mostly speak of one fact, which is where articles conflict, and they share
/// fewer words than two that agree; the model, learned from few such pairs, weighs that too little. Set on the
/// reader's gold (docs/quality.md): lower, precision falls; higher, fewer contrasts are found.
const CONFLICT_CHANCE: f32 = 0.15;

/// How many of a claim's closest claims in meaning become candidates, whatever words they share.
const MEANING_CANDIDATES: usize = 3;
/// The least cosine of two claims' embeddings for meaning alone to make them candidates.
const MEANING_FLOOR: f32 = 0.5;

/// A candidate pair: its evidence and its features.
pub(crate) struct Candidate {
    scored: Scored,
    pub features: PairVector,
}

impl Candidate {
    /// The pair's claims, by their positions in their documents' lists of claims.
    pub(crate) fn claims(&self) -> (usize, usize) {
        (self.scored.a, self.scored.b)
    }
}

/// The two documents' claim features and the candidate pairs between them.
struct Candidates {
    fa: Vec<ClaimFeatures>,
    fb: Vec<ClaimFeatures>,
    pairs: Vec<Candidate>,
}

/// Links the claims of documents `a` and `b`. `dates` are their date mentions ([`date_mentions`] with each
/// document's publication date), which the caller has already found; `meanings`, when given, are the embeddings of
/// their claims, and the model that reads them decides.
///
/// [`date_mentions`]: crate::analysis::date_mentions
pub(super) fn link_claims(
    comparison: &Comparison,
    a: DocId,
    b: DocId,
    dates: [&[DateMention]; 2],
    meanings: Option<&ClaimMeanings>,
) -> Vec<Link> {
    let (Some(an_a), Some(an_b), Some(found)) =
        (comparison.analysis(a), comparison.analysis(b), candidates(comparison, a, b, dates, meanings))
    else {
        return Vec::new();
    };
    // Two occurrences of one story link as one event: what both tell of the story is one fact.
    let same_event = comparison.event_check.as_ref().and_then(EventCheck::links_as_one_event);
    let Candidates { fa, fb, pairs } = found;
    let model = if meanings.is_some() { &*MEANING_LINK_MODEL } else { &*LINK_MODEL };
    // Between two different events values that differ say where the events differ, so they are no evidence.
    let conflicting = |s: &Scored| {
        same_event != Some(false)
            && slots::conflict(&fa[s.a], &fb[s.b], slots::shared_words(&fa[s.a], &s.evidence.shared)).is_some()
    };
    choose(pairs, model, &conflicting)
        .into_iter()
        .filter_map(|(s, chance)| {
            let (ca, cb) = (an_a.claims.get(s.a)?, an_b.claims.get(s.b)?);
            // Between two different events, a pair that tells of one dated occurrence is within that one event.
            let occurrence = (same_event == Some(false))
                .then(|| one_occurrence(&fa[s.a], an_a.event_date, &fb[s.b], an_b.event_date))
                .flatten();
            let judged = if occurrence.is_some() { Some(true) } else { same_event };
            let (rel, slot_difference, clause) = relation::classify(&s, &fa[s.a], &fb[s.b], judged);
            let mut why = relation::describe(&s, &fa[s.a], &fb[s.b]);
            if let Some(occurrence) = occurrence {
                why = format!("{why}; the articles report different events, but {occurrence}");
            }
            if let Some(clause) = clause {
                why = format!("{why}; {clause}");
            }
            Some(Link {
                a: ClaimId { doc: a, index: ca.id.index },
                b: ClaimId { doc: b, index: cb.id.index },
                relation: rel,
                score: chance,
                why,
                origin: LinkOrigin::Auto,
                review: LinkReview::Unreviewed,
                note: None,
                slot_difference,
            })
        })
        .collect()
}

/// The candidate pairs of documents `a` and `b` with their features: what the link model reads, and what its
/// training script learns from.
pub(crate) fn link_candidates(
    comparison: &Comparison,
    a: DocId,
    b: DocId,
    dates: [&[DateMention]; 2],
    meanings: Option<&ClaimMeanings>,
) -> Vec<Candidate> {
    candidates(comparison, a, b, dates, meanings).map(|c| c.pairs).unwrap_or_default()
}

fn candidates(
    comparison: &Comparison,
    a: DocId,
    b: DocId,
    dates: [&[DateMention]; 2],
    meanings: Option<&ClaimMeanings>,
) -> Option<Candidates> {
    let (doc_a, doc_b, an_a, an_b) =
        (comparison.document(a)?, comparison.document(b)?, comparison.analysis(a)?, comparison.analysis(b)?);
    let settled_features = |doc, an: &DocumentAnalysis, dates| {
        let mut f = claim_features(doc, &an.claims, dates, Some(an));
        settle_capitalised_terms(&mut f);
        f
    };
    let (fa, mut fb) =
        rayon::join(|| settled_features(doc_a, an_a, dates[0]), || settled_features(doc_b, an_b, dates[1]));
    let events_differ = comparison.event_check.as_ref().and_then(EventCheck::links_as_one_event) == Some(false);
    if events_differ {
        protagonists::pair_protagonists(&comparison.actors, (a.0 as usize, &fa), (b.0 as usize, &mut fb));
    }
    let index = PairIndex::new(&fa, &fb);
    let mut lists = index.candidates();
    let closest = meanings.map(|m| ClosestInMeaning::new(m, fa.len(), fb.len()));
    if let Some(closest) = &closest {
        add_meaning_candidates(&index, closest, &mut lists);
    }
    let mut best_b = vec![0.0f32; fb.len()];
    for s in lists.iter().flatten() {
        if let Some(b) = best_b.get_mut(s.b) {
            *b = b.max(s.score);
        }
    }
    let pairs = lists
        .into_iter()
        .flat_map(|list| {
            let best_a = list.first().map_or(0.0, |s| s.score);
            list.into_iter().map(move |s| (best_a, s))
        })
        .filter(|(_, s)| {
            !fa[s.a].dateline && !fb[s.b].dateline && (s.score > 0.0 || s.evidence.meaning >= Some(MEANING_FLOOR))
        })
        .map(|(best_a, s)| {
            let ctx = PairContext {
                position: [(s.a, fa.len()), (s.b, fb.len())],
                best: [best_a, best_b.get(s.b).copied().unwrap_or(0.0)],
                events_differ,
                meaning_best: closest.as_ref().map_or([false; 2], |c| c.is_best(s.a, s.b)),
            };
            Candidate { features: pair_vector(&s, &fa[s.a], &fb[s.b], &ctx), scored: s }
        })
        .collect();
    Some(Candidates { fa, fb, pairs })
}

/// The cosines of every pair of claims' embeddings, worked out once, and each claim's closest claims in meaning
/// on the other side.
struct ClosestInMeaning {
    /// The cosine of claim `i` of `a` and claim `j` of `b` at `[i][j]`; `None` where either has no embedding.
    cosines: Vec<Vec<Option<f32>>>,
    /// For each claim of `a`, its `MEANING_CANDIDATES` closest claims of `b`, closest first, with their cosines.
    of_a: Vec<Vec<(usize, f32)>>,
    /// For each claim of `b`, its closest claim of `a`.
    of_b: Vec<Option<usize>>,
}

impl ClosestInMeaning {
    fn new(m: &ClaimMeanings, na: usize, nb: usize) -> ClosestInMeaning {
        let cosines: Vec<Vec<Option<f32>>> =
            (0..na).into_par_iter().map(|i| (0..nb).map(|j| m.similarity(i, j)).collect()).collect();
        let ranked = |cosines: &mut dyn Iterator<Item = (usize, Option<f32>)>, n: usize| {
            let mut ranked: Vec<(usize, f32)> = cosines.filter_map(|(k, c)| Some((k, c?))).collect();
            ranked.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
            ranked.truncate(n);
            ranked
        };
        let of_a = cosines.iter().map(|row| ranked(&mut row.iter().copied().enumerate(), MEANING_CANDIDATES)).collect();
        let of_b =
            (0..nb).map(|j| ranked(&mut (0..na).map(|i| (i, cosines[i][j])), 1).first().map(|&(i, _)| i)).collect();
        ClosestInMeaning { cosines, of_a, of_b }
    }

    /// The cosine of claim `a` of `a` and claim `b` of `b`, when both were embedded.
    fn cosine(&self, a: usize, b: usize) -> Option<f32> {
        self.cosines.get(a)?.get(b).copied().flatten()
    }

    /// Whether `b` is the closest in meaning to `a`, and `a` to `b`.
    fn is_best(&self, a: usize, b: usize) -> [bool; 2] {
        let best_of_a = self.of_a.get(a).and_then(|r| r.first()).map(|&(j, _)| j);
        [best_of_a == Some(b), self.of_b.get(b).copied().flatten() == Some(a)]
    }
}

/// Adds to each claim's candidates its closest claims in meaning from `MEANING_FLOOR` on, and the claim of `a`
/// closest to each claim of `b`, then gives every candidate its closeness in meaning and sorts each list again.
fn add_meaning_candidates(index: &PairIndex<'_>, closest: &ClosestInMeaning, lists: &mut [Vec<Scored>]) {
    let mut proposed: Vec<(usize, usize)> = closest
        .of_a
        .iter()
        .enumerate()
        .flat_map(|(i, row)| row.iter().filter(|(_, c)| *c >= MEANING_FLOOR).map(move |&(j, _)| (i, j)))
        .collect();
    proposed.extend(closest.of_b.iter().enumerate().filter_map(|(j, i)| Some(((*i)?, j))));
    for (i, j) in proposed {
        let Some(list) = lists.get_mut(i) else { continue };
        if closest.cosine(i, j) >= Some(MEANING_FLOOR) && !list.iter().any(|s| s.b == j) {
            list.push(index.score(i, j));
        }
    }
    for list in lists.iter_mut() {
        for s in list.iter_mut() {
            s.evidence.meaning = closest.cosine(s.a, s.b);
        }
        list.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.b.cmp(&y.b)));
    }
}

/// When two claims of articles about different events tell of one occurrence, how: both give it the same day, or
/// one names the year of the other article's event and so recounts that event (a report of a 2019 call recalling
/// the 2017 tip that the other article reports). Such a pair states one fact, not the same role in two events.
fn one_occurrence(
    fa: &ClaimFeatures,
    event_a: Option<NaiveDate>,
    fb: &ClaimFeatures,
    event_b: Option<NaiveDate>,
) -> Option<String> {
    if let Some(day) = fa.dates.iter().find(|d| fb.dates.contains(d)) {
        return Some(format!("both claims tell of {}", day.format("%-d %B %Y")));
    }
    let (ea, eb) = (event_a?, event_b?);
    if ea.year() == eb.year() {
        return None;
    }
    if fa.years.contains(&eb.year()) {
        Some(format!("the first claim looks back to {}, the year of the second article's event", eb.year()))
    } else if fb.years.contains(&ea.year()) {
        Some(format!("the second claim looks back to {}, the year of the first article's event", ea.year()))
    } else {
        None
    }
}

/// Keeps the pairs whose chance of a link reaches the model's threshold, or `CONFLICT_CHANCE` for a pair whose
/// slots conflict (`conflicting`), at most `MAX_PER_CLAIM` for each claim of `a`, best first; returns them in order
/// of `a` with their chances.
fn choose(pairs: Vec<Candidate>, model: &LinkModel, conflicting: &dyn Fn(&Scored) -> bool) -> Vec<(Scored, f32)> {
    let first: Vec<f32> = pairs.iter().map(|c| model.first_chance(&c.features)).collect();
    let claims: Vec<(usize, usize)> = pairs.iter().map(Candidate::claims).collect();
    let contexts = context_vectors(&claims, &first);
    let mut kept: Vec<(Scored, f32)> = pairs
        .into_iter()
        .zip(&contexts)
        .map(|(c, context)| {
            let chance = model.chance(&c.features, context);
            (c.scored, chance)
        })
        .filter(|(s, chance)| *chance >= model.threshold || (*chance >= CONFLICT_CHANCE && conflicting(s)))
        .collect();
    kept.sort_by(|x, y| x.0.a.cmp(&y.0.a).then(y.1.total_cmp(&x.1)).then(x.0.b.cmp(&y.0.b)));
    let mut out: Vec<(Scored, f32)> = Vec::with_capacity(kept.len());
    for pair in kept {
        if out.iter().rev().take_while(|p| p.0.a == pair.0.a).count() < MAX_PER_CLAIM {
            out.push(pair);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::analysis::compare;
    use crate::ingest;
    use crate::model::{Comparison, DocId, Relation, SourceFormat};
    use proptest::prelude::*;

    fn pair(a: &str, b: &str) -> Comparison {
        let load = |t: &str, i| ingest::load_bytes("test", t.as_bytes(), SourceFormat::Text, DocId(i)).expect("text");
        compare(vec![load(a, 0), load(b, 1)])
    }

    fn linked(c: &Comparison) -> Vec<(u32, u32, Relation)> {
        c.links.iter().map(|l| (l.a.index, l.b.index, l.relation)).collect()
    }

    #[test]
    fn a_reworded_sentence_finds_its_counterpart_and_says_why() {
        let c = pair(
            "Police arrested two suspects in Kazan on Friday.\nThe harvest festival drew large crowds to the valley.",
            "The weather in the valley stayed mild all week.\nTwo suspects were detained in Kazan, police said.",
        );
        let links = linked(&c);
        assert!(links.iter().any(|&(a, b, _)| a == 0 && b == 1), "{links:?}");
        assert!(!links.iter().any(|&(a, b, _)| a == 0 && b == 0), "{links:?}");
        let why = &c.links.iter().find(|l| l.a.index == 0 && l.b.index == 1).expect("link").why;
        assert!(why.contains("Kazan") && why.contains("arrested"), "{why}");
    }

    #[test]
    fn the_words_of_a_title_case_headline_are_not_called_names() {
        let c = pair(
            "Lohan Checks Into Rehab Clinic\n\nThe actress Lohan checks into a rehab clinic in Malibu.",
            "On Friday, actress Lohan checked into a rehab clinic, her lawyer said.",
        );
        let why = &c.links.iter().find(|l| l.a.index == 0 && l.b.index == 0).expect("the headline is linked").why;
        assert!(why.starts_with("shared names: Lohan; words: "), "{why}");
        assert!(why.contains("checks") && why.contains("rehab"), "{why}");
    }

    #[test]
    fn links_between_different_events_are_parallel_at_most() {
        let c = pair(
            "On 3 May 2019 the mayor of Oslo opened the new harbour bridge after years of delays.",
            "On 3 May 2015 the mayor of Oslo opened the new harbour bridge after years of delays.",
        );
        assert_eq!(c.event_check.as_ref().and_then(|e| e.same_event), Some(false));
        assert!(!c.links.is_empty());
        assert!(c.links.iter().all(|l| matches!(l.relation, Relation::Parallel | Relation::Related)));
    }

    /// An article about one actress's stay in rehab, whom it names in its headline, its lead and its fourth line.
    const REID_IN_REHAB: &str = "Tara Reid checks into Malibu rehab\nMarch 3, 2015\nActress Tara Reid entered the \
                                 Promises clinic in Malibu on Monday, her publicist said.\nThe clinic declined to \
                                 comment on the stay.\nReid looked tired, a witness said.";

    #[test]
    fn the_people_each_article_of_two_events_is_about_play_the_same_role() {
        let c = pair(
            REID_IN_REHAB,
            "Lindsay Lohan begins court-ordered treatment\nJune 12, 2019\nLindsay Lohan arrived at the Betty Ford \
             Center late Thursday.\nHer lawyer said the judge had agreed to the placement.\nPhotographers saw Lohan, \
             who looked tired.",
        );
        assert_eq!(c.event_check.as_ref().and_then(|e| e.same_event), Some(false));
        let tired = c.links.iter().find(|l| (l.a.index, l.b.index) == (4, 4)).expect("the two looks are linked");
        assert_eq!(tired.relation, Relation::Parallel);
        assert!(tired.why.contains("in the same role: \u{201c}Reid\u{201d} / \u{201c}Lohan\u{201d}"), "{}", tired.why);
    }

    #[test]
    fn what_two_occurrences_of_one_story_both_tell_is_the_same_fact() {
        let c = pair(
            "November 30, 2009\nInmate Arcade Comeaux escaped from a prison van near Baytown on Monday, officials \
             said.\nComeaux, 49, was serving a life sentence for sexual assault.",
            "December 7, 2009\nArcade Comeaux was captured in Houston on Monday, a week after his escape.\nComeaux, \
             49, was serving a life sentence for sexual assault.",
        );
        let check = c.event_check.as_ref().expect("two documents");
        assert_eq!((check.same_event, check.one_story), (Some(false), true), "{}", check.why);
        let sentence = c.links.iter().find(|l| (l.a.index, l.b.index) == (2, 2)).expect("the sentence is linked");
        assert_eq!(sentence.relation, Relation::Same, "{}", sentence.why);
    }

    #[test]
    fn a_protagonist_whose_surname_the_other_article_uses_for_someone_else_is_not_paired() {
        let c = pair(
            REID_IN_REHAB,
            "Lindsay Lohan begins court-ordered treatment\nJune 12, 2019\nLindsay Lohan arrived at the Betty Ford \
             Center late Thursday.\nHer friend Reid Hoffman drove her there.\nPhotographers saw Lohan, who \
             looked tired.",
        );
        assert_eq!(c.event_check.as_ref().and_then(|e| e.same_event), Some(false));
        assert!(c.links.iter().all(|l| !l.why.contains("in the same role")), "{:?}", c.links);
    }

    #[test]
    fn a_person_only_one_article_names_in_passing_plays_no_role_in_the_other() {
        let c = pair(
            "On 3 May 2019 the mayor of Oslo opened the new harbour bridge after years of delays.\nThe engineer \
             Kari Holm looked tired at the opening.",
            "On 3 May 2015 the mayor of Oslo opened the new harbour bridge after years of delays.\nThe engineer \
             Per Lund looked tired at the opening.",
        );
        assert_eq!(c.event_check.as_ref().and_then(|e| e.same_event), Some(false));
        assert!(c.links.iter().all(|l| !l.why.contains("in the same role")), "{:?}", c.links);
    }

    #[test]
    fn a_figure_that_changed_with_time_links_two_moments_as_related() {
        let c = pair(
            "So far rescuers in the flooded Ebro valley have found five bodies in the mud.",
            "Rescuers in the flooded Ebro valley found three bodies in the mud on Monday.",
        );
        assert_eq!(linked(&c), vec![(0, 0, Relation::Related)], "{:?}", c.links);
        let why = &c.links[0].why;
        assert!(why.contains("the figure changed with time: \u{201c}five bodies\u{201d}"), "{why}");
    }

    #[test]
    fn different_ordinals_in_the_same_slot_are_a_contrast() {
        let c = pair(
            "The leaders of France and Spain held their first phone call since July about the border treaty.",
            "The leaders of France and Spain held their second phone call in four days about the border treaty.",
        );
        assert_eq!(linked(&c), vec![(0, 0, Relation::Contrast)], "{:?}", c.links);
    }

    #[test]
    fn claims_of_one_event_that_count_one_thing_otherwise_link_as_a_contrast_on_little_shared() {
        let c = pair(
            "Three killed as rioters firebomb Athens bank\nA fire at a bank in Athens killed three people on Wednesday \
             during a general strike.\nPolice said the victims were two women and a man who worked at the branch.\n\
             Around 20 more people had to be ushered to safety.\nThe prime minister called the deaths a murderous act.",
            "Deadly fire hits Athens bank\nThree people died in a fire at an Athens bank on Wednesday as protesters \
             marched against spending cuts.\nThe bank employees were trapped inside when rioters threw petrol bombs \
             through a window.\nFirefighters rescued another five people from the balcony.\nThe government promised \
             to find those responsible.",
        );
        let link = c.links.iter().find(|l| (l.a.index, l.b.index) == (3, 3)).expect("the rescued are linked");
        assert_eq!(link.relation, Relation::Contrast, "{link:?}");
        assert!(link.why.contains("\u{201c}Around 20 more people\u{201d} against \u{201c}five people"), "{}", link.why);
    }

    #[test]
    fn the_same_fact_in_the_same_event_is_same() {
        let c = pair(
            "Firefighters in Lyon rescued eleven miners trapped in the collapsed tunnel.",
            "Eleven miners trapped in a collapsed tunnel near Lyon were rescued by firefighters.",
        );
        assert_eq!(linked(&c), vec![(0, 0, Relation::Same)], "{:?}", c.links);
    }

    #[test]
    fn claims_that_give_one_day_state_one_fact_across_two_events() {
        // Two rescues half a year apart; the July report recounts the January one, on the day the other reports.
        let c = pair(
            "July 20, 2021\nFirefighters in Lyon rescued eleven miners on Monday.\nOn January 12, 2021, firefighters in \
             Lyon freed four miners from the flooded Croix-Rousse tunnel.",
            "January 13, 2021\nFirefighters in Lyon freed four miners from the flooded Croix-Rousse tunnel on Tuesday.",
        );
        assert_eq!(c.event_check.as_ref().and_then(|e| e.same_event), Some(false));
        let recounted = c.links.iter().find(|l| l.a.index == 2).expect("the recounted rescue is linked");
        assert_eq!(recounted.relation, Relation::Same, "{}", recounted.why);
        assert!(recounted.why.contains("but both claims tell of 12 January 2021"), "{}", recounted.why);
        let own = c.links.iter().find(|l| l.a.index == 1).expect("the two rescues are linked");
        assert_eq!(own.relation, Relation::Parallel, "{}", own.why);
    }

    #[test]
    fn a_claim_that_recalls_the_other_event_states_its_fact() {
        let c = pair(
            "March 4, 2021\nFirefighters in Lyon rescued eleven miners on Wednesday.\nIn 2016, firefighters in Lyon also rescued miners trapped in the old Croix-Rousse tunnel.",
            "March 5, 2016\nFirefighters in Lyon rescued miners trapped in the Croix-Rousse tunnel on Saturday.",
        );
        let recalled = c.links.iter().find(|l| l.a.index == 2).expect("the look-back is linked");
        assert!(recalled.why.contains("looks back to 2016"), "{}", recalled.why);
        assert_eq!(recalled.relation, Relation::Same, "{}", recalled.why);
        let first = c.links.iter().find(|l| l.a.index == 1).expect("the two rescues are linked");
        assert_eq!(first.relation, Relation::Parallel, "{}", first.why);
    }

    #[test]
    fn a_paraphrase_with_no_shared_content_word_links_through_its_rewordings() {
        let c = pair(
            "Police detained two suspects after the attack.\nThe city was calm.",
            "Officers arrested a pair of men following the assault.\nShops reopened.",
        );
        assert_eq!(linked(&c), vec![(0, 0, Relation::Same)], "{:?}", c.links);
        assert!(
            c.links[0].why.contains("reworded: \u{201c}attack\u{201d} / \u{201c}assault\u{201d}"),
            "{}",
            c.links[0].why
        );
    }

    #[test]
    fn meaning_links_a_paraphrase_that_shares_no_word_nor_synonym_and_says_so() {
        let mut c = pair(
            "The bridge will be shut for repairs.\nHeavy rain flooded the valley.",
            "Farmers counted their losses.\nEngineers are closing the crossing to fix it.",
        );
        assert!(!linked(&c).contains(&(0, 1, Relation::Same)), "no word links them: {:?}", c.links);
        crate::analysis::refine_by_meaning(&mut c, &|_, _| {});
        assert!(linked(&c).contains(&(0, 1, Relation::Same)), "{:?}", c.links);
        let link = c.links.iter().find(|l| (l.a.index, l.b.index) == (0, 1)).expect("the link");
        assert!(link.why.contains("in meaning (cosine "), "{}", link.why);
        assert!(!linked(&c).contains(&(0, 0, Relation::Same)), "{:?}", c.links);
    }

    #[test]
    fn a_headline_links_to_the_body_line_that_states_its_fact() {
        let c = pair(
            "Quake kills 12 in Chile\nRescuers searched the rubble.",
            "Rescue teams dug through collapsed houses.\nA powerful earthquake in Chile killed 12 people on Monday, officials said.",
        );
        assert!(linked(&c).contains(&(0, 1, Relation::Same)), "{:?}", c.links);
        assert!(!linked(&c).iter().any(|&(a, b, _)| (a, b) == (0, 0)), "{:?}", c.links);
    }

    #[test]
    fn the_same_role_in_two_different_events_is_parallel() {
        let c = pair(
            "December 29, 2019\nPresident Ames thanked Chancellor Brandt by phone for a warning that stopped a bombing in Vell.",
            "December 17, 2017\nPresident Ames thanked Chancellor Brandt in a phone call for a tip that foiled an attack in Vell.",
        );
        assert_eq!(c.event_check.as_ref().and_then(|e| e.same_event), Some(false));
        assert_eq!(linked(&c), vec![(1, 1, Relation::Parallel)], "{:?}", c.links);
    }

    #[test]
    fn claims_that_share_names_but_no_fact_do_not_link() {
        let c = pair(
            "Grain farmers in Tula protested low prices on Monday.\nThey blocked a highway for two hours.\n\
             Police watched but made no arrests.\nVladimir Putin met regional governors in Sochi last month.",
            "Farmers in Tula blocked a highway on Monday over grain prices.\nThe protest lasted two hours.\n\
             Vladimir Putin's daughter married a banker in Moscow.",
        );
        assert!(linked(&c).iter().any(|&(a, b, _)| (a, b) == (0, 0)), "{:?}", c.links);
        assert!(!linked(&c).iter().any(|&(a, b, _)| (a, b) == (3, 2)), "{:?}", c.links);
    }

    proptest! {
        #[test]
        fn linking_arbitrary_documents_never_panics(a in "\\PC{0,300}", b in "[A-Za-z0-9 .,\"“”'\n-]{0,300}") {
            let load = |t: &str, i| ingest::load_bytes("test", t.as_bytes(), SourceFormat::Text, DocId(i)).ok();
            if let (Some(x), Some(y)) = (load(&a, 0), load(&b, 1)) {
                let c = compare(vec![x, y]);
                for l in &c.links {
                    prop_assert!((0.0..=1.0).contains(&l.score));
                    prop_assert!(c.claim(l.a).is_some() && c.claim(l.b).is_some());
                }
            }
        }
    }
}
