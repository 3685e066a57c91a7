//! Compares what the two articles carry: the quotes both give, with their fidelity, and the attribution shifts of
//! their linked claims ([`super::shifts`]).

use super::text::{lower_form, tokenize};
use crate::model::{
    AttributionShift, CharIndex, Comparison, DocId, Document, Fidelity, Quote, QuoteFidelity, QuoteId, Span,
};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::collections::BTreeSet;

/// The longest quote, in words, that is aligned word by word; longer quotes are compared on their first words.
const MAX_WORDS: usize = 400;
/// Two quotes are the same quote when they share this many words in a row.
const SHARED_RUN: usize = 4;
/// A word run shared by more quotes than this names no quote in particular and is not used to pair them.
const MAX_RUN_QUOTES: usize = 32;
/// How many of the quotes sharing most runs with a quote are aligned with it to find its counterpart.
const MAX_CANDIDATES: usize = 3;

/// Quotes both documents carry, with their fidelity, and linked claims whose attribution differs.
pub(super) fn find_differences(comparison: &Comparison) -> (Vec<QuoteFidelity>, Vec<AttributionShift>) {
    let indexes = char_indexes(comparison);
    rayon::join(
        || quote_fidelity(comparison, &indexes, DocId(0), DocId(1)),
        || super::shifts::attribution_shifts(comparison, &indexes),
    )
}

/// Each document's character index, built once for both passes.
pub(super) fn char_indexes(comparison: &Comparison) -> Vec<CharIndex> {
    comparison.documents.par_iter().map(|d| CharIndex::new(&d.text)).collect()
}

/// A quote's words, as ids of their lower-case forms, with their spans in the document.
struct QuoteWords {
    id: QuoteId,
    words: Vec<(u32, Span)>,
}

/// The words of each quote, numbered through `ids` so that both documents' quotes share the numbers.
fn quote_words<'t>(
    doc: &'t Document,
    index: &CharIndex,
    quotes: &[Quote],
    ids: &mut FxHashMap<Cow<'t, str>, u32>,
) -> Vec<QuoteWords> {
    quotes
        .iter()
        .map(|q| {
            let text = doc.text.get(index.byte_range(q.span)).unwrap_or("");
            let words = tokenize(text, q.span.start)
                .into_iter()
                .take(MAX_WORDS)
                .map(|t| {
                    let next = ids.len() as u32;
                    (*ids.entry(lower_form(t.text)).or_insert(next), t.span)
                })
                .collect();
            QuoteWords { id: q.id, words }
        })
        .collect()
}

/// Pairs of quotes, one from each document, that share a run of words, with how faithfully they agree.
fn quote_fidelity(comparison: &Comparison, indexes: &[CharIndex], a: DocId, b: DocId) -> Vec<QuoteFidelity> {
    let (Some(doc_a), Some(doc_b), Some(an_a), Some(an_b), Some(index_a), Some(index_b)) = (
        comparison.document(a),
        comparison.document(b),
        comparison.analysis(a),
        comparison.analysis(b),
        indexes.get(a.0 as usize),
        indexes.get(b.0 as usize),
    ) else {
        return Vec::new();
    };
    let mut ids = FxHashMap::default();
    let qa = quote_words(doc_a, index_a, &an_a.quotes, &mut ids);
    let qb = quote_words(doc_b, index_b, &an_b.quotes, &mut ids);
    // Index the word runs of b's quotes so that only quotes sharing a run are compared.
    let key = |w: &[(u32, Span)]| -> [u32; SHARED_RUN] { std::array::from_fn(|k| w[k].0) };
    let mut runs: FxHashMap<[u32; SHARED_RUN], BTreeSet<usize>> = FxHashMap::default();
    for (j, q) in qb.iter().enumerate() {
        for w in q.words.windows(SHARED_RUN) {
            runs.entry(key(w)).or_default().insert(j);
        }
    }
    let mut out = Vec::new();
    let mut paired_b = BTreeSet::new();
    for q in &qa {
        // Count the runs each quote of b shares with this one; a run found in many quotes identifies none.
        let mut shared: FxHashMap<usize, usize> = FxHashMap::default();
        for w in q.words.windows(SHARED_RUN) {
            if let Some(found) = runs.get(&key(w)).filter(|f| f.len() <= MAX_RUN_QUOTES) {
                for j in found {
                    *shared.entry(*j).or_default() += 1;
                }
            }
        }
        let mut partners: Vec<(usize, usize)> = shared.into_iter().filter(|(j, _)| !paired_b.contains(j)).collect();
        partners.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
        let best = partners.iter().take(MAX_CANDIDATES).find_map(|(j, _)| Some((*j, compare_quotes(q, &qb[*j])?)));
        if let Some((j, fidelity)) = best {
            paired_b.insert(j);
            out.push(fidelity);
        }
    }
    out
}

/// Aligns two quotes word by word (longest common subsequence) and names their fidelity; `None` when they share
/// less than half of the shorter quote's words, which makes them two quotes that happen to share a phrase.
fn compare_quotes(a: &QuoteWords, b: &QuoteWords) -> Option<QuoteFidelity> {
    let (n, m) = (a.words.len(), b.words.len());
    let mut table = vec![vec![0u16; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            table[i][j] = if a.words[i].0 == b.words[j].0 {
                table[i + 1][j + 1] + 1
            } else {
                table[i + 1][j].max(table[i][j + 1])
            };
        }
    }
    if usize::from(table[0][0]) * 2 < n.min(m) {
        return None;
    }
    let (mut i, mut j) = (0, 0);
    let (mut kept_a, mut kept_b) = (vec![false; n], vec![false; m]);
    while i < n && j < m {
        if a.words[i].0 == b.words[j].0 {
            kept_a[i] = true;
            kept_b[j] = true;
            i += 1;
            j += 1;
        } else if table[i + 1][j] >= table[i][j + 1] {
            i += 1;
        } else {
            j += 1;
        }
    }
    let only_a = missing_spans(&a.words, &kept_a);
    let only_b = missing_spans(&b.words, &kept_b);
    let fidelity = if only_a.is_empty() && only_b.is_empty() {
        Fidelity::Verbatim
    } else if (only_a.is_empty() || only_b.is_empty()) && contiguous(&kept_a) && contiguous(&kept_b) {
        Fidelity::Trimmed
    } else {
        Fidelity::Paraphrased
    };
    Some(QuoteFidelity { a: a.id, b: b.id, fidelity, only_a, only_b })
}

/// Whether the kept words form one unbroken run.
fn contiguous(kept: &[bool]) -> bool {
    let first = kept.iter().position(|k| *k);
    let last = kept.iter().rposition(|k| *k);
    match (first, last) {
        (Some(f), Some(l)) => kept[f..=l].iter().all(|k| *k),
        _ => false,
    }
}

/// The spans of the words not kept, with neighbouring words merged into one span.
fn missing_spans(words: &[(u32, Span)], kept: &[bool]) -> Vec<Span> {
    let mut out: Vec<Span> = Vec::new();
    let mut prev_missing = false;
    for ((_, span), k) in words.iter().zip(kept) {
        if *k {
            prev_missing = false;
            continue;
        }
        match out.last_mut() {
            Some(last) if prev_missing => *last = last.cover(*span),
            _ => out.push(*span),
        }
        prev_missing = true;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest;
    use crate::model::{DocumentAnalysis, QuoteKind, SourceFormat};

    /// A comparison of two one-sentence documents whose quotes are the quoted parts of their texts.
    fn with_quotes(a: &str, b: &str) -> Comparison {
        let mut documents = Vec::new();
        let mut analyses = Vec::new();
        for (i, t) in [a, b].into_iter().enumerate() {
            let doc = ingest::load_bytes("test", t.as_bytes(), SourceFormat::Text, DocId(i as u32)).expect("text");
            let chars: Vec<char> = doc.text.chars().collect();
            let open = chars.iter().position(|c| *c == '“').unwrap_or(0);
            let close = chars.iter().rposition(|c| *c == '”').map_or(chars.len(), |p| p + 1);
            let quote = Quote {
                id: QuoteId { doc: doc.id, index: 0 },
                span: Span::new(open, close),
                kind: QuoteKind::Direct,
                speaker: None,
                speaker_mention: None,
                cue: None,
                readout: None,
                confidence: 1.0,
            };
            analyses.push(DocumentAnalysis { doc: doc.id, quotes: vec![quote], ..Default::default() });
            documents.push(doc);
        }
        Comparison { documents, analyses, ..Default::default() }
    }

    fn fidelity(a: &str, b: &str) -> QuoteFidelity {
        let c = with_quotes(a, b);
        let found = quote_fidelity(&c, &char_indexes(&c), DocId(0), DocId(1));
        assert_eq!(found.len(), 1, "{found:?}");
        found.into_iter().next().expect("one")
    }

    #[test]
    fn each_quote_has_one_counterpart_and_repeated_quotes_do_not_multiply() {
        let a = "“We will rebuild the bridge by spring,” he said. “Taxes will not rise,” she said.\n".repeat(200);
        let b = "“We will rebuild the bridge by spring,” he said. “Taxes will not rise this year,” she said.\n";
        let docs: Vec<Document> = [a.as_str(), &b.repeat(3)]
            .iter()
            .enumerate()
            .map(|(i, t)| ingest::load_bytes("t", t.as_bytes(), SourceFormat::Text, DocId(i as u32)).expect("text"))
            .collect();
        let c = crate::analysis::compare(docs);
        let found = quote_fidelity(&c, &char_indexes(&c), DocId(0), DocId(1));
        assert!(!found.is_empty(), "quotes shared by both articles are compared");
        assert!(found.len() <= 6, "each quote of B is paired once at most, not with every copy: {}", found.len());
        let mut bs: Vec<QuoteId> = found.iter().map(|f| f.b).collect();
        bs.sort();
        bs.dedup();
        assert_eq!(bs.len(), found.len());
    }

    #[test]
    fn identical_quotes_are_verbatim() {
        let f = fidelity(
            "He said “we will rebuild the bridge by spring”.",
            "“We will rebuild the bridge by spring,” he said.",
        );
        assert_eq!(f.fidelity, Fidelity::Verbatim);
        assert!(f.only_a.is_empty() && f.only_b.is_empty());
    }

    #[test]
    fn a_cut_down_quote_is_trimmed_and_shows_the_missing_words() {
        let a = "He said “we will rebuild the bridge by spring and then the road”.";
        let f = fidelity(a, "He said “we will rebuild the bridge by spring”.");
        assert_eq!(f.fidelity, Fidelity::Trimmed);
        let c = with_quotes(a, a);
        let missing: Vec<&str> = f.only_a.iter().map(|s| c.documents[0].slice(*s)).collect();
        assert_eq!(missing, vec!["and then the road"]);
    }

    #[test]
    fn changed_words_inside_a_quote_are_a_paraphrase() {
        let f = fidelity(
            "He said “we will rebuild the old bridge by spring”.",
            "He said “we will rebuild the bridge quickly by spring”.",
        );
        assert_eq!(f.fidelity, Fidelity::Paraphrased);
        assert_eq!((f.only_a.len(), f.only_b.len()), (1, 1));
    }

    #[test]
    fn quotes_that_only_share_a_phrase_are_not_one_quote() {
        let c = with_quotes(
            "She said “the plan the council approved will cut bus fares for pensioners across the whole region”.",
            "He said “the plan the council approved is a mistake that nobody in this town ever asked for”.",
        );
        assert!(quote_fidelity(&c, &char_indexes(&c), DocId(0), DocId(1)).is_empty());
    }
}
