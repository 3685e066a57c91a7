//! Compares what linked claims carry: quote fidelity and attribution shifts.

use super::attribution::is_pronoun;
use super::counterparts::features_of_text;
use super::text::{is_stopword, lower_form, tokenize};
use crate::assets::{ROLE_NOUNS, TITLES};
use crate::model::{
    AttributionShift, CharIndex, Claim, ClaimId, Comparison, DocId, Document, Fidelity, Link, LinkOrigin, Quote,
    QuoteFidelity, QuoteId, Relation, ShiftKind, Span, SpeakerId,
};
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet, HashMap};

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
        || attribution_shifts(comparison, &indexes),
    )
}

/// Each document's character index, built once for both passes.
fn char_indexes(comparison: &Comparison) -> Vec<CharIndex> {
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

/// Who a claim gives its fact to.
#[derive(Clone, Debug, PartialEq)]
enum Attribution {
    /// The claim states the fact in the article's own voice.
    Stated,
    /// The claim attributes the fact, but to no source the analysis could name.
    Unnamed,
    /// The claim gives the fact to this source: as written, and the speaker it stands for.
    To(String, Option<SpeakerId>),
}

/// The attribution of a claim's fact: the speaker of the quote that holds most of the claim, as the claim names
/// them, when that quote holds a good part of it (`QUOTE_SHARE`). A claim with a speech cue or a smaller quote,
/// or whose source is only a pronoun the analysis could not resolve, is `Unnamed`, never `Stated`.
fn attribution(comparison: &Comparison, indexes: &[CharIndex], claim: &Claim) -> Attribution {
    let text = |span: Span| span_text(comparison, indexes, claim.id.doc, span);
    let name = |id: Option<SpeakerId>| id.and_then(|s| comparison.speaker(s)).map(|s| s.name.clone());
    let within = |q: &Quote| q.span.end.min(claim.span.end).saturating_sub(q.span.start.max(claim.span.start));
    let quote = claim.quotes.iter().filter_map(|&q| comparison.quote(q)).max_by_key(|q| within(q));
    let holds_fact = quote.is_some_and(|q| within(q) as f32 >= QUOTE_SHARE * claim.span.len() as f32);
    let written = quote
        .filter(|_| holds_fact)
        .and_then(|q| q.speaker_mention.map(text).filter(|t| !t.is_empty()).or_else(|| name(q.speaker)));
    let speaker = quote.and_then(|q| q.speaker);
    match written {
        Some(w) if speaker.is_some() || !is_pronoun(&w.to_lowercase()) => Attribution::To(w, speaker),
        _ if quote.is_some() || attributed_to_someone(&text(claim.span), claim.span.start) => Attribution::Unnamed,
        _ => Attribution::Stated,
    }
}

/// The trimmed text of a span of one document.
fn span_text(comparison: &Comparison, indexes: &[CharIndex], doc: DocId, span: Span) -> String {
    match (comparison.document(doc), indexes.get(doc.0 as usize)) {
        (Some(d), Some(index)) => d.text.get(index.byte_range(span)).unwrap_or("").trim().to_string(),
        _ => String::new(),
    }
}

/// Whether a claim that states its fact names the source that the other claim gives the fact to, by the last
/// word of the source's name (a surname, or an organisation's head word), when it is capitalised and no function
/// word, title or role: the source's own deed or word, told plainly ("Ellen DeGeneres to host Oscars" against
/// "Ellen DeGeneres tweeted she will host"; "Obama reverses Bush rule" against "Obama stated that he opposed the
/// rule changes"). A reader sees no change of source there, as the plain claim already ties the fact to it.
fn names_the_source(comparison: &Comparison, indexes: &[CharIndex], stated: &Claim, source: &Attribution) -> bool {
    let Attribution::To(written, speaker) = source else { return false };
    let name = speaker.and_then(|s| comparison.speaker(s)).map_or(written.as_str(), |s| s.name.as_str());
    let text = span_text(comparison, indexes, stated.id.doc, stated.span);
    let words: BTreeSet<&str> = name_words(&text).collect();
    name_words(name).last().is_some_and(|w| {
        let lower = w.to_lowercase();
        w.chars().count() >= 3
            && w.chars().next().is_some_and(char::is_uppercase)
            && !is_stopword(&lower)
            && !TITLES.contains(lower.as_str())
            && !ROLE_NOUNS.contains(lower.as_str())
            && words.contains(w)
    })
}

/// The words of a text, split at anything but letters, digits and hyphens.
fn name_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && c != '-').filter(|w| !w.is_empty())
}

/// Whether a claim's text gives its fact to some source, named or not: it opens with one ([`opens_with_a_source`])
/// or has a speech cue. `start` is the text's character offset in its document.
fn attributed_to_someone(text: &str, start: usize) -> bool {
    opens_with_a_source(text) || features_of_text(text, start).attributed
}

/// Whether a claim opens with a source and a colon, as headlines do ("Report: Red Sox offer Teixeira $200 million",
/// "Sources: Sox may not be out"): one to three words without figures or timestamp words ("Updated"), the first
/// capitalised, then the claim.
fn opens_with_a_source(text: &str) -> bool {
    let Some((head, rest)) = text.split_once(": ") else { return false };
    let words: Vec<&str> = head.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words[0].chars().next().is_some_and(char::is_uppercase)
        && !head.chars().any(|c| c.is_ascii_digit())
        && !words.iter().any(|w| crate::assets::TIMESTAMP_WORDS.contains(w.to_lowercase().as_str()))
        && rest.split_whitespace().count() >= 3
}

/// The chance from which an analysis's link is sure enough of its shared fact for the attributions of its two
/// claims to be compared; a weaker link may join two facts, and its attributions then differ by nature. Set on the
/// reader's gold (docs/quality.md): below it, most shifts found were on links the reader did not make.
const SHIFT_CHANCE: f32 = 0.7;

/// The share of a claim that its quote must hold for the quote's speaker to be the source of the claim's fact.
const QUOTE_SHARE: f32 = 0.3;

/// Linked claims that carry one fact (`same` or `contrast`) where one article attributes it and the other states
/// it, or the two give it to different sources.
fn attribution_shifts(comparison: &Comparison, indexes: &[CharIndex]) -> Vec<AttributionShift> {
    let same_fact = |link: &&Link| {
        link.is_live()
            && matches!(link.relation, Relation::Same | Relation::Contrast)
            && (link.origin == LinkOrigin::User || link.score >= SHIFT_CHANCE)
    };
    // The attribution of every claim these links join, worked out once per claim and in parallel.
    let claims: BTreeMap<ClaimId, &Claim> = comparison
        .links
        .iter()
        .filter(same_fact)
        .filter_map(|l| Some([comparison.claim(l.a)?, comparison.claim(l.b)?]))
        .flatten()
        .map(|c| (c.id, c))
        .collect();
    let claims: Vec<(ClaimId, &Claim)> = claims.into_iter().collect();
    let seen: HashMap<ClaimId, Attribution> =
        claims.par_iter().map(|(id, claim)| (*id, attribution(comparison, indexes, claim))).collect();
    let mut out = Vec::new();
    for link in comparison.links.iter().filter(same_fact) {
        let (Some(a), Some(b)) = (seen.get(&link.a), seen.get(&link.b)) else { continue };
        let self_told = |stated: ClaimId, source: &Attribution| {
            comparison.claim(stated).is_some_and(|c| names_the_source(comparison, indexes, c, source))
        };
        let told_by_its_source = match (a, b) {
            (Attribution::Stated, source) => self_told(link.a, source),
            (source, Attribution::Stated) => self_told(link.b, source),
            _ => false,
        };
        if told_by_its_source {
            continue;
        }
        if let Some((kind, why, a_source, b_source)) = shift(a, b) {
            out.push(AttributionShift { a: link.a, b: link.b, kind, why, a_source, b_source });
        }
    }
    out
}

/// The shift between two attributions of one fact, in words, with both sources as written.
fn shift(a: &Attribution, b: &Attribution) -> Option<(ShiftKind, String, String, String)> {
    match (a, b) {
        (Attribution::To(x, sx), Attribution::To(y, sy)) => {
            // Two named speakers differ by id; a source the analysis could not place in its registry differs only
            // from another such source written otherwise. Either way a pronoun says too little to tell two sources
            // apart, and sources written with the same words are one ("Zadan" and "Craig Zadan and Neil Meron",
            // "THR" and "The Hollywood Reporter").
            let differ = match (sx, sy) {
                (Some(p), Some(q)) => p != q,
                (None, None) => !x.eq_ignore_ascii_case(y),
                _ => false,
            };
            let differ = differ && !is_pronoun(&x.to_lowercase()) && !is_pronoun(&y.to_lowercase()) && !overlap(x, y);
            differ.then(|| {
                let why =
                    format!("the first article gives it to \u{201c}{x}\u{201d}, the second to \u{201c}{y}\u{201d}");
                (ShiftKind::DifferentSpeaker, why, x.clone(), y.clone())
            })
        }
        (Attribution::To(x, _), Attribution::Stated) => Some((
            ShiftKind::StatedAsFact,
            format!("the first article gives it to \u{201c}{x}\u{201d}, the second states it as fact"),
            x.clone(),
            String::new(),
        )),
        (Attribution::Stated, Attribution::To(y, _)) => Some((
            ShiftKind::StatedAsFact,
            format!("the second article gives it to \u{201c}{y}\u{201d}, the first states it as fact"),
            String::new(),
            y.clone(),
        )),
        _ => None,
    }
}

/// Whether two sources, as written, name one another: every word of one (articles and "and" aside) is in the
/// other, or one is the initials of the other.
fn overlap(x: &str, y: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .filter(|w| !matches!(w.as_str(), "the" | "a" | "an" | "and" | "of"))
            .collect()
    };
    let (wx, wy) = (words(x), words(y));
    let within = |p: &[String], q: &[String]| !p.is_empty() && p.iter().all(|w| q.contains(w));
    let initials = |short: &str, long: &str| {
        let letters: String =
            long.split(|c: char| !c.is_alphanumeric()).filter_map(|w| w.chars().next()).collect::<String>();
        short.len() >= 2
            && short.chars().all(|c| c.is_ascii_uppercase())
            && (letters == short || letters.chars().filter(char::is_ascii_uppercase).collect::<String>() == short)
    };
    within(&wx, &wy) || within(&wy, &wx) || initials(x.trim(), y) || initials(y.trim(), x)
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

    fn compared(a: &str, b: &str) -> Comparison {
        let load = |t: &str, i| ingest::load_bytes("test", t.as_bytes(), SourceFormat::Text, DocId(i)).expect("text");
        crate::analysis::compare(vec![load(a, 0), load(b, 1)])
    }

    fn shifts_of(c: &Comparison) -> Vec<(ShiftKind, &str, &str)> {
        c.shifts.iter().map(|s| (s.kind, s.a_source.as_str(), s.b_source.as_str())).collect()
    }

    #[test]
    fn a_fact_attributed_in_one_article_and_stated_in_the_other_is_a_shift_that_names_the_source() {
        let c = compared(
            "The harbour bridge will reopen to traffic in early spring, the mayor said.",
            "The harbour bridge will reopen to traffic in early spring.",
        );
        assert_eq!(shifts_of(&c), vec![(ShiftKind::StatedAsFact, "the mayor", "")], "{:?}", c.links);
        assert!(c.shifts[0].why.contains("\u{201c}the mayor\u{201d}"), "{}", c.shifts[0].why);
    }

    #[test]
    fn two_sources_of_one_fact_are_a_shift_and_one_source_twice_is_none() {
        let fact = "The harbour bridge will reopen to traffic in early spring";
        let c = compared(&format!("{fact}, the mayor said."), &format!("{fact}, the harbour authority said."));
        assert_eq!(shifts_of(&c), vec![(ShiftKind::DifferentSpeaker, "the mayor", "the harbour authority")]);
        let c = compared(&format!("{fact}, the mayor said."), &format!("{fact}, the mayor said on Monday."));
        assert_eq!(shifts_of(&c), vec![]);
    }

    #[test]
    fn sources_written_with_the_same_words_or_as_initials_or_a_pronoun_are_no_shift() {
        let fact = "The harbour bridge will reopen to traffic in early spring";
        for (x, y) in [
            ("Zadan", "Craig Zadan and Neil Meron"),
            ("The German Chancellor", "German Chancellor Angela Merkel"),
            ("THR", "The Hollywood Reporter"),
        ] {
            assert!(overlap(x, y) && overlap(y, x), "{x} / {y}");
            let c = compared(&format!("{fact}, {x} said."), &format!("{fact}, {y} said."));
            assert_eq!(shifts_of(&c), vec![], "{x} / {y}");
        }
        assert!(!overlap("the mayor", "the harbour authority") && !overlap("AP", "Reuters"));
        let c = compared(&format!("Ann Lee spoke. {fact}, she said."), &format!("{fact}, the harbour authority said."));
        assert_eq!(shifts_of(&c), vec![], "a pronoun cannot tell two sources apart");
    }

    #[test]
    fn a_fact_stated_of_its_own_source_is_no_shift() {
        let c = compared(
            "Mayor Ann Lee will reopen the harbour bridge to traffic in early spring.",
            "The harbour bridge will reopen to traffic in early spring, Mayor Ann Lee said.",
        );
        assert!(!c.links.is_empty());
        assert_eq!(shifts_of(&c), vec![]);
        let c = compared(
            "Mayor Ann Lee will reopen the harbour bridge to traffic in early spring.",
            "Mayor Ann Lee will reopen the harbour bridge to traffic in early spring, the council said.",
        );
        assert_eq!(shifts_of(&c), vec![(ShiftKind::StatedAsFact, "", "the council")]);
        let c = compared(
            "The Harbour Bridge Will Reopen To Traffic In Early Spring",
            "The harbour bridge will reopen to traffic in early spring, The Harbour Gazette said.",
        );
        assert_eq!(shifts_of(&c), vec![(ShiftKind::StatedAsFact, "", "The Harbour Gazette")]);
    }

    #[test]
    fn a_headline_that_opens_with_its_source_is_attributed() {
        let c = compared(
            "Report: the harbour bridge will reopen to traffic in early spring",
            "The harbour bridge will reopen to traffic in early spring, the mayor said.",
        );
        assert!(!c.links.is_empty());
        assert_eq!(shifts_of(&c), vec![]);
        assert!(opens_with_a_source("Sources: Sox may not be out of the chase"));
        assert!(!opens_with_a_source("Updated: May 16, 2005, 6:03 PM ET") && !opens_with_a_source("He won: 6-4, 6-3"));
    }

    #[test]
    fn only_a_link_of_one_fact_carries_a_shift() {
        let mut c = compared(
            "The harbour bridge will reopen to traffic in early spring, the mayor said.",
            "The harbour bridge will reopen to traffic in early spring.",
        );
        assert!(!c.links.is_empty());
        for link in &mut c.links {
            link.relation = Relation::Parallel;
        }
        assert!(attribution_shifts(&c, &char_indexes(&c)).is_empty());
    }
}
