//! Scores pairs of claims on weighted shared evidence, finding candidates through an inverted index.

use super::features::{ClaimFeatures, QuotedWord, TermKind};
use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// A term of one claim, interned: its id, its IDF weight and its stem's id (to tell synonyms from exact matches).
#[derive(Clone, Copy, Debug)]
struct Weighted {
    id: u32,
    stem: u32,
    weight: f32,
    /// The term's weight by its plain IDF, unsmoothed and the same for every kind: what the clause cosine weighs.
    sharp: f32,
    /// The clauses of its claim that hold the term (`Term::clauses`).
    clauses: u64,
    /// The term's index in its claim's `terms`.
    pos: u32,
}

/// The claims of two documents, interned and weighted, with an inverted index over the second.
pub(super) struct PairIndex<'f> {
    a: &'f [ClaimFeatures],
    b: &'f [ClaimFeatures],
    wa: Vec<Vec<Weighted>>,
    wb: Vec<Vec<Weighted>>,
    norm_a: Vec<f32>,
    norm_b: Vec<f32>,
    clauses_a: Vec<Clauses>,
    clauses_b: Vec<Clauses>,
    /// For each term id, whether it belongs to the pair's event vocabulary (see `event_vocabulary`).
    event: Vec<bool>,
    /// For each term id, the claims of `b` that hold it; terms in too many claims are left out.
    postings: Vec<Vec<u32>>,
}

/// Shared evidence between two claims, as indexes into their term lists.
#[derive(Clone, Debug, Default)]
pub(super) struct Evidence {
    /// Term indexes in `a`'s and `b`'s lists of terms both claims hold (synonyms included).
    pub shared: Vec<(usize, usize)>,
    /// The longest run of quoted words the two claims share.
    pub quote_run: usize,
    pub same_speaker: bool,
    /// How many of the shared terms (numbers aside) belong to the pair's event vocabulary.
    pub event_terms: usize,
    /// The weighted cosine of the two claims' terms, before any bonus.
    pub cosine: f32,
    /// The best weighted cosine of one clause of each claim ([`Clauses`]): one fact that two long sentences share
    /// while each says more besides.
    pub clause_cosine: f32,
    /// For each claim, the share of its terms' weight that the other holds too: a short headline is wholly inside
    /// the body line that states its fact.
    pub coverage: [f32; 2],
    /// How close in meaning the two claims are (the cosine of their sentence embeddings), when they were embedded.
    pub meaning: Option<f32>,
}

/// A scored pair of claims, by their positions in the two lists.
#[derive(Clone, Debug)]
pub(super) struct Scored {
    pub a: usize,
    pub b: usize,
    pub score: f32,
    pub evidence: Evidence,
}

/// How many quoted words of a claim to compare, so that one huge quote cannot make the comparison quadratic.
const MAX_QUOTED: usize = 256;

/// Added when both claims stand in their articles' leads, where news states the main event (inverted pyramid).
const LEAD_BONUS: f32 = 0.25;
/// The factor on a pair that shares only numbers: a dateline or a count alone says little.
const NUMBERS_ONLY: f32 = 0.3;
/// Added for a shared run of four quoted words or more.
const QUOTE_BONUS: f32 = 0.15;
/// Added when both claims have the same speaker.
const SPEAKER_BONUS: f32 = 0.1;
/// Added, in full from `EVENT_TERMS` shared terms of the pair's event vocabulary on, in part below: the two claims
/// both report the event that both articles lead with, which is what a counterpart mostly is.
const EVENT_BONUS: f32 = 0.2;
const EVENT_TERMS: usize = 2;
/// How many of an article's first claims (datelines aside) state the event for the event vocabulary: fewer than
/// the whole lead, whose later claims already give detail and background.
const EVENT_LEAD: usize = 4;

/// Pseudo-claims that smooth the IDF (see `idf`).
const PRIOR_CLAIMS: f32 = 100.0;
/// The weight of a name relative to a word (see `kind_factor`).
const NAME_FACTOR: f32 = 0.7;

/// Terms held by more claims of `b` than this find no candidates (they still count in the score): they say little,
/// and skipping them keeps the search linear in the size of the documents.
const POSTING_CAP: usize = 64;

/// How many candidates of `b` to score exactly for each claim of `a`.
const CANDIDATES: usize = 12;

impl<'f> PairIndex<'f> {
    pub(super) fn new(a: &'f [ClaimFeatures], b: &'f [ClaimFeatures]) -> Self {
        let mut ids: FxHashMap<&str, u32> = FxHashMap::default();
        let mut df: Vec<u32> = Vec::new();
        let mut intern = |key: &'f str, df: &mut Vec<u32>, count: bool| -> u32 {
            let next = ids.len() as u32;
            let id = *ids.entry(key).or_insert(next);
            if id as usize == df.len() {
                df.push(0);
            }
            if count {
                df[id as usize] += 1;
            }
            id
        };
        let mut raw = |claims: &'f [ClaimFeatures], df: &mut Vec<u32>| -> Vec<Vec<(u32, u32, TermKind, u64)>> {
            claims
                .iter()
                .map(|c| {
                    c.terms
                        .iter()
                        .map(|t| (intern(&t.key, df, true), intern(&t.stem, df, false), t.kind, t.clauses))
                        .collect()
                })
                .collect()
        };
        let ra = raw(a, &mut df);
        let rb = raw(b, &mut df);
        let n = a.len() + b.len();
        let idf: Vec<f32> = df.iter().map(|&d| idf(d as usize, n)).collect();
        let sharp: Vec<f32> = df.iter().map(|&d| (1.0 + n as f32 / d.max(1) as f32).ln()).collect();
        let weigh = |r: Vec<Vec<(u32, u32, TermKind, u64)>>| -> Vec<Vec<Weighted>> {
            r.into_iter()
                .map(|terms| {
                    let mut w: Vec<Weighted> = terms
                        .into_iter()
                        .enumerate()
                        .map(|(pos, (id, stem, kind, clauses))| Weighted {
                            id,
                            stem,
                            pos: pos as u32,
                            weight: idf[id as usize] * kind_factor(kind),
                            sharp: sharp[id as usize],
                            clauses,
                        })
                        .collect();
                    w.sort_by_key(|t| t.id);
                    w
                })
                .collect()
        };
        let (wa, wb) = (weigh(ra), weigh(rb));
        let norm = |w: &Vec<Vec<Weighted>>| -> Vec<f32> {
            w.iter().map(|t| t.iter().map(|x| x.weight * x.weight).sum::<f32>().sqrt().max(1e-6)).collect()
        };
        let (norm_a, norm_b) = (norm(&wa), norm(&wb));
        let clauses = |w: &[Vec<Weighted>]| -> Vec<Clauses> { w.iter().map(|w| Clauses::of(w)).collect() };
        let (clauses_a, clauses_b) = (clauses(&wa), clauses(&wb));
        let event = event_vocabulary([a, b], [&wa, &wb], df.len());
        let cap = POSTING_CAP;
        let mut postings: Vec<Vec<u32>> = vec![Vec::new(); df.len()];
        for (j, terms) in wb.iter().enumerate() {
            for t in terms {
                postings[t.id as usize].push(j as u32);
            }
        }
        for p in &mut postings {
            if p.len() > cap {
                p.clear();
            }
        }
        PairIndex { a, b, wa, wb, norm_a, norm_b, clauses_a, clauses_b, event, postings }
    }

    /// For each claim of `a`, its best candidates in `b`, scored and sorted best first (ties by position).
    pub(super) fn candidates(&self) -> Vec<Vec<Scored>> {
        (0..self.a.len())
            .into_par_iter()
            .map_init(
                || (vec![0.0f32; self.b.len()], Vec::new()),
                |(acc, touched), i| {
                    for t in &self.wa[i] {
                        for &j in &self.postings[t.id as usize] {
                            if acc[j as usize] == 0.0 {
                                touched.push(j);
                            }
                            acc[j as usize] += t.weight;
                        }
                    }
                    let mut rough: Vec<(u32, f32)> =
                        touched.drain(..).map(|j| (j, std::mem::take(&mut acc[j as usize]))).collect();
                    let order = |x: &(u32, f32), y: &(u32, f32)| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0));
                    if rough.len() > CANDIDATES {
                        rough.select_nth_unstable_by(CANDIDATES, order);
                        rough.truncate(CANDIDATES);
                    }
                    rough.sort_by(order);
                    let mut scored: Vec<Scored> = rough.into_iter().map(|(j, _)| self.score(i, j as usize)).collect();
                    scored.sort_by(|x, y| y.score.total_cmp(&x.score).then(x.b.cmp(&y.b)));
                    scored
                },
            )
            .collect()
    }

    /// The score of claim `i` of `a` against claim `j` of `b`, with its evidence.
    pub(super) fn score(&self, i: usize, j: usize) -> Scored {
        let (ta, tb) = (&self.wa[i], &self.wb[j]);
        let (mut x, mut y, mut dot) = (0, 0, 0.0f32);
        let (mut held_a, mut held_b) = (0.0f32, 0.0f32);
        let mut shared = Vec::new();
        let mut clause_dots = ClauseDots::new(&self.clauses_a[i], &self.clauses_b[j]);
        let mut event_terms = 0;
        while x < ta.len() && y < tb.len() {
            match ta[x].id.cmp(&tb[y].id) {
                std::cmp::Ordering::Less => x += 1,
                std::cmp::Ordering::Greater => y += 1,
                std::cmp::Ordering::Equal => {
                    let exact = if ta[x].stem == tb[y].stem { 1.0 } else { 0.8 };
                    dot += ta[x].weight * tb[y].weight * exact;
                    clause_dots.add(&ta[x], &tb[y], exact);
                    held_a += ta[x].weight * ta[x].weight;
                    held_b += tb[y].weight * tb[y].weight;
                    shared.push((x, y));
                    if self.event[ta[x].id as usize] && self.a[i].terms[ta[x].pos as usize].kind != TermKind::Number {
                        event_terms += 1;
                    }
                    x += 1;
                    y += 1;
                }
            }
        }
        let cosine = dot / (self.norm_a[i] * self.norm_b[j]);
        let (fa, fb) = (&self.a[i], &self.b[j]);
        let clause_cosine = clause_dots.best_cosine();
        let quote_run = longest_common_run(&fa.quoted, &fb.quoted);
        let same_speaker = fa.speaker.is_some() && fa.speaker == fb.speaker;
        let content = shared.iter().filter(|&&(x, _)| fa.terms[ta[x].pos as usize].kind != TermKind::Number).count();
        let mut score = cosine;
        if content == 0 {
            score *= NUMBERS_ONLY;
        }
        if fa.lead && fb.lead && content > 0 {
            score += LEAD_BONUS;
        }
        if content > 0 {
            score += EVENT_BONUS * (event_terms.min(EVENT_TERMS) as f32 / EVENT_TERMS as f32);
        }
        if quote_run >= 4 {
            score += QUOTE_BONUS;
        }
        if same_speaker {
            score += SPEAKER_BONUS;
        }
        if fa.dateline || fb.dateline {
            score = 0.0;
        }
        let shared = shared.into_iter().map(|(x, y)| (ta[x].pos as usize, tb[y].pos as usize)).collect();
        Scored {
            a: i,
            b: j,
            score: score.clamp(0.0, 1.0),
            evidence: Evidence {
                shared,
                quote_run,
                same_speaker,
                event_terms,
                cosine,
                clause_cosine,
                coverage: [held_a.sqrt() / self.norm_a[i], held_b.sqrt() / self.norm_b[j]],
                meaning: None,
            },
        }
    }
}

/// The clauses of a claim (`Term::clauses`) that hold two terms or more, as bit masks, with the norm of their
/// terms' plain IDF weights (`Weighted::sharp`). A claim with no such clause is one clause.
struct Clauses {
    masks: Vec<u64>,
    norms: Vec<f32>,
}

impl Clauses {
    fn of(weighted: &[Weighted]) -> Clauses {
        let norm = |mask: u64| {
            let held = weighted.iter().filter(|t| t.clauses & mask != 0);
            (held.clone().count(), held.map(|t| t.sharp * t.sharp).sum::<f32>().sqrt().max(1e-6))
        };
        let used = weighted.iter().fold(0u64, |all, t| all | t.clauses);
        let (mut masks, mut norms) = (Vec::new(), Vec::new());
        for mask in (0..u64::BITS - used.leading_zeros()).map(|k| 1u64 << k) {
            if let (2.., n) = norm(mask) {
                masks.push(mask);
                norms.push(n);
            }
        }
        if masks.is_empty() {
            return Clauses { masks: vec![u64::MAX], norms: vec![norm(u64::MAX).1] };
        }
        Clauses { masks, norms }
    }
}

/// The dot products of every clause of one claim with every clause of another, summed over their shared terms.
struct ClauseDots<'c> {
    a: &'c Clauses,
    b: &'c Clauses,
    /// The dot product of clause `p` of `a` and clause `q` of `b` at `p * b.masks.len() + q`.
    dots: Vec<f32>,
}

impl<'c> ClauseDots<'c> {
    fn new(a: &'c Clauses, b: &'c Clauses) -> Self {
        ClauseDots { a, b, dots: vec![0.0; a.masks.len() * b.masks.len()] }
    }

    /// Adds a term the two claims share (`exact` is less than 1 for a synonym) to the clauses that hold it.
    fn add(&mut self, x: &Weighted, y: &Weighted, exact: f32) {
        let nb = self.b.masks.len();
        for (p, _) in self.a.masks.iter().enumerate().filter(|(_, m)| x.clauses & **m != 0) {
            for (q, _) in self.b.masks.iter().enumerate().filter(|(_, m)| y.clauses & **m != 0) {
                self.dots[p * nb + q] += x.sharp * y.sharp * exact;
            }
        }
    }

    /// The best cosine of one clause of `a` against one clause of `b`.
    fn best_cosine(&self) -> f32 {
        let nb = self.b.masks.len();
        let cosine = |(k, d): (usize, &f32)| d / (self.a.norms[k / nb] * self.b.norms[k % nb]);
        self.dots.iter().enumerate().map(cosine).fold(0.0, f32::max)
    }
}

/// The pair's event vocabulary, by term id: the terms that the first `EVENT_LEAD` claims of both articles hold
/// (datelines aside), where news states its main event. A claim later in an article that uses them most likely
/// reports that event too.
fn event_vocabulary(docs: [&[ClaimFeatures]; 2], weighted: [&[Vec<Weighted>]; 2], n: usize) -> Vec<bool> {
    let lead_terms = |claims: &[ClaimFeatures], w: &[Vec<Weighted>]| -> Vec<bool> {
        let mut held = vec![false; n];
        for (_, terms) in claims.iter().zip(w).filter(|(c, _)| c.lead && !c.dateline).take(EVENT_LEAD) {
            for t in terms {
                held[t.id as usize] = true;
            }
        }
        held
    };
    let (a, b) = (lead_terms(docs[0], weighted[0]), lead_terms(docs[1], weighted[1]));
    a.iter().zip(&b).map(|(&x, &y)| x && y).collect()
}

/// The weight of a term held by `df` of `n` claims. The counts are smoothed by `PRIOR_CLAIMS` claims in which the
/// term is taken to be as common as any other: two short articles hold too few claims for a word's frequency
/// among them to say how telling it is (a name that each mentions once is not thereby the best evidence), while
/// long ones still weigh their rare terms over their common ones.
fn idf(df: usize, n: usize) -> f32 {
    let (df, n) = (df.max(1) as f32 + PRIOR_CLAIMS, n as f32 + PRIOR_CLAIMS);
    (1.0 + n / df).ln()
}

/// A name counts for less than a word: articles about one story share their names in most claims, and the
/// words say which of the story's events a claim reports.
fn kind_factor(kind: TermKind) -> f32 {
    match kind {
        TermKind::Word => 1.0,
        TermKind::Name => NAME_FACTOR,
        TermKind::Number => 1.3,
    }
}

/// The length of the longest run of quoted words that two claims share, in order, among the runs that hold at
/// least [`QUOTE_PLAIN_WORDS`] words outside names: two quotes that both name "the Endangered Species Act" share a
/// name, not a quotation.
pub(super) fn longest_common_run(a: &[QuotedWord], b: &[QuotedWord]) -> usize {
    if a.is_empty() || b.is_empty() {
        return 0;
    }
    let (a, b) = (&a[..a.len().min(MAX_QUOTED)], &b[..b.len().min(MAX_QUOTED)]);
    // For each run that ends at a pair of words: its length, and how many of its words are no name.
    let (mut prev, mut cur) = (vec![(0usize, 0usize); b.len() + 1], vec![(0usize, 0usize); b.len() + 1]);
    let mut best = 0;
    for x in a {
        for (k, y) in b.iter().enumerate() {
            cur[k + 1] =
                if x.lower == y.lower { (prev[k].0 + 1, prev[k].1 + usize::from(!x.name && !y.name)) } else { (0, 0) };
            if cur[k + 1].1 >= QUOTE_PLAIN_WORDS {
                best = best.max(cur[k + 1].0);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    best
}

/// How many words outside names a shared run of quoted words must hold to be a shared quotation.
const QUOTE_PLAIN_WORDS: usize = 2;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::counterparts::features_of_text;

    /// The scores of claim `a` against each of `b`, all in their articles' leads.
    fn scores(a: &str, b: &[&str]) -> Vec<f32> {
        let lead = |t: &str| ClaimFeatures { lead: true, ..features_of_text(t, 0) };
        let fa = vec![lead(a)];
        let fb: Vec<ClaimFeatures> = b.iter().map(|t| lead(t)).collect();
        let index = PairIndex::new(&fa, &fb);
        (0..fb.len()).map(|j| index.score(0, j).score).collect()
    }

    #[test]
    fn a_shared_word_outweighs_a_shared_name() {
        let s = scores(
            "The lawyer Holley filed the appeal.",
            &["Reporters met Holley in Boston.", "The appeal was rejected quickly by judges yesterday."],
        );
        assert!(s[1] > s[0], "{s:?}");
    }

    #[test]
    fn one_shared_clause_of_two_long_sentences_scores_as_a_clause() {
        let fa = vec![features_of_text(
            "Protesters tried to break through a police cordon outside parliament, and officers fired tear gas at \
             crowds while shops burned across the capital.",
            0,
        )];
        let fb = vec![
            features_of_text("Officers fired tear gas at the crowds.", 0),
            features_of_text("Officers fired and tear crowds gas.", 0),
        ];
        let index = PairIndex::new(&fa, &fb);
        let (whole, split) = (index.score(0, 0).evidence, index.score(0, 1).evidence);
        assert!(whole.clause_cosine > 0.99 && whole.cosine < 0.7, "{} {}", whole.clause_cosine, whole.cosine);
        // The same words spread over two clauses of the other claim ("and" opens one) match no clause as a whole.
        assert!(split.clause_cosine < whole.clause_cosine - 0.2, "{}", split.clause_cosine);
    }

    #[test]
    fn idf_is_flat_for_short_articles_and_telling_for_long_ones() {
        assert!(idf(1, 24) / idf(10, 24) < 1.1);
        assert!(idf(1, 20_000) / idf(1_000, 20_000) > 1.5);
    }

    #[test]
    fn the_longest_common_run_is_found_anywhere_in_either_sequence_and_holds_more_than_a_name() {
        fn words(t: &str) -> Vec<QuotedWord> {
            let word = |w: &str| QuotedWord { lower: w.to_lowercase().into(), name: w.starts_with(char::is_uppercase) };
            t.split(' ').map(word).collect()
        }
        let run = |a: &str, b: &str| longest_common_run(&words(a), &words(b));
        assert_eq!(run("we will not back down now", "they said we will not back down"), 5);
        assert_eq!(run("a b c x a b", "a b y a b c"), 3);
        assert_eq!(run("a b", "c d"), 0);
        assert_eq!(run("for decades the Endangered Species Act has", "to do what the Endangered Species Act is"), 0);
        assert_eq!(run("the Endangered Species Act has protected", "the Endangered Species Act has protected it"), 6);
    }

    #[test]
    fn sharing_the_event_both_leads_report_outscores_sharing_an_incidental_word() {
        let lead = |t: &str| ClaimFeatures { lead: true, ..features_of_text(t, 0) };
        let later = |t: &str| features_of_text(t, 0);
        let fa = vec![
            lead("Firefighters rescued eleven miners in Lyon."),
            later("Families of the miners praised the weather forecasters."),
        ];
        let fb = vec![
            lead("Miners freed by firefighters in Lyon."),
            later("Relatives of the miners waited outside."),
            later("A weather warning was issued."),
        ];
        let index = PairIndex::new(&fa, &fb);
        let (event, incidental) = (index.score(1, 1), index.score(1, 2));
        assert_eq!((event.evidence.event_terms, incidental.evidence.event_terms), (1, 0));
        assert!(event.score > incidental.score + 0.05, "{} {}", event.score, incidental.score);
    }

    #[test]
    fn the_event_vocabulary_comes_from_the_first_claims_of_the_lead() {
        let lead = |t: &str| ClaimFeatures { lead: true, ..features_of_text(t, 0) };
        let mut fa: Vec<ClaimFeatures> = [
            "Firefighters rescued eleven miners in Lyon.",
            "The miners were trapped for two days.",
            "Rescuers drilled a narrow shaft.",
            "Doctors examined every miner.",
        ]
        .iter()
        .map(|t| lead(t))
        .collect();
        fa.push(lead("The harbour authority praised the volunteers."));
        fa.push(features_of_text("Volunteers from the harbour brought food to the miners.", 0));
        let fb = vec![
            lead("Miners freed by firefighters in Lyon, and the harbour authority thanked volunteers."),
            features_of_text("Harbour volunteers helped the families of the miners.", 0),
        ];
        let index = PairIndex::new(&fa, &fb);
        let s = index.score(5, 1);
        // "miners" is in the first claims of both leads; "harbour" and "volunteers" only in the fifth claim of one.
        assert_eq!(s.evidence.event_terms, 1, "{:?}", s.evidence);
    }

    #[test]
    fn a_dateline_has_no_counterpart() {
        assert_eq!(scores("April 27, 2009", &["April 28, 2009", "Published April 27, 2009"]), vec![0.0, 0.0]);
    }
}
