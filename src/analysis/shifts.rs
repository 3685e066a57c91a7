//! Attribution shifts: linked claims of one fact that one article attributes and the other states, or that the two
//! give to different sources.

use super::attribution::is_pronoun;
use super::counterparts::features_of_text;
use super::fuzzy::within_edits;
use super::text::{is_finite_auxiliary, is_initialism, is_stopword, lower_form, tokenize};
use crate::assets::{AUXILIARIES_AND_ADVERBS, HEDGES, ROLE_NOUNS, TITLES};
use crate::model::{
    AttributionShift, CharIndex, Claim, ClaimId, Comparison, DocId, Link, LinkOrigin, Quote, QuoteKind, Relation,
    ShiftKind, Span, SpeakerId,
};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::sync::Arc;

/// Who a claim gives its fact to.
#[derive(Clone, Debug, PartialEq)]
enum Attribution {
    /// The claim states the fact in the article's own voice.
    Stated,
    /// The claim attributes the fact, but to no source the analysis could name.
    Unnamed,
    /// The claim gives the fact to this source: as written, and the speaker it stands for.
    To(String, Option<SpeakerId>),
    /// The claim gives the fact to reports it does not name, with a hedge: the word as written ("reportedly").
    Hedged(String),
}

/// The attribution of the fact a claim shares with another: the speaker of the claim's quote that holds most of
/// the content words the two claims share (`shared`, their offsets; the words of the sources' names and cues
/// aside), as the claim names them, when that quote holds more than half of them. Quotes that hold half or fewer
/// leave as much of the fact to the writer or speak of the rest of the sentence ("DeGeneres earned praise as the
/// host of the 2001 Emmys, lightening the mood by asking, \"…\"" shares the Emmys, not the question), so none of
/// their speakers is the shared fact's source. With no shared word to decide, the quote that holds most of the
/// claim decides, when it holds a good part of it (`QUOTE_SHARE`). A claim whose deciding quote has no source it
/// names, or only a pronoun the analysis could not resolve, or that has a speech cue and no quote that decides, is
/// `Unnamed`, never `Stated`; one that only hedges its fact ([`hedge`]) is `Hedged`.
fn attribution(comparison: &Comparison, indexes: &[CharIndex], claim: &Claim, shared: &[usize]) -> Attribution {
    let text = |span: Span| span_text(comparison, indexes, claim.id.doc, span);
    let name = |id: Option<SpeakerId>| id.and_then(|s| comparison.speaker(s)).map(|s| s.name.clone());
    let within = |q: &Quote| q.span.end.min(claim.span.end).saturating_sub(q.span.start.max(claim.span.start));
    let quotes: Vec<&Quote> = claim.quotes.iter().filter_map(|&q| comparison.quote(q)).collect();
    let holding = |q: &Quote| {
        let part = asserted_part(q, span_str(comparison, indexes, claim.id.doc, q.span));
        shared.iter().filter(|&&at| part.contains_offset(at)).count()
    };
    let quote = if shared.is_empty() {
        quotes.iter().copied().max_by_key(|q| within(q))
    } else {
        quotes.iter().copied().max_by_key(|q| (holding(q), within(q))).filter(|q| 2 * holding(q) > shared.len())
    };
    let holds_fact =
        !shared.is_empty() || quote.is_some_and(|q| within(q) as f32 >= QUOTE_SHARE * claim.span.len() as f32);
    let written = quote
        .filter(|_| holds_fact)
        .and_then(|q| q.speaker_mention.map(text).filter(|t| !t.is_empty()).or_else(|| name(q.speaker)));
    let speaker = quote.and_then(|q| q.speaker);
    match written {
        Some(w) if speaker.is_some() || !is_pronoun(&w.to_lowercase()) => Attribution::To(w, speaker),
        _ if quote.is_some() => Attribution::Unnamed,
        _ => {
            let said = text(claim.span);
            match hedge(&said, claim.span.start) {
                Some(word) => Attribution::Hedged(word),
                None if attributed_to_someone(&said, claim.span.start) => Attribution::Unnamed,
                None => Attribution::Stated,
            }
        }
    }
}

/// The part of a quote that its speaker asserts. Reported speech whose cue follows it and whose subject holds an
/// inserted phrase between commas, then the verb ("The Nov. 30 escape by Comeaux, a convicted rapist recaptured
/// last month, has led to fallout …, said Moriarty"), asserts only from the verb on: the subject and what the
/// commas insert are the writer's own background, which the speaker takes as given. `text` is the quote's text.
fn asserted_part(quote: &Quote, text: &str) -> Span {
    let reported_before_cue = quote.kind == QuoteKind::Indirect && quote.cue.is_some_and(|c| c.start >= quote.span.end);
    if !reported_before_cue {
        return quote.span;
    }
    let tokens = tokenize(text, quote.span.start);
    let verb = (1..tokens.len()).find(|&i| {
        let subject_end = tokens[i - 1].byte_offset(text) + tokens[i - 1].text.len();
        text[subject_end..tokens[i].byte_offset(text)].trim() == ","
            && is_finite_auxiliary(&lower_form(tokens[i].text))
            && text[..subject_end].rsplit_once(',').is_some_and(|(_, inserted)| !is_year(inserted))
    });
    verb.map_or(quote.span, |i| Span::new(tokens[i].span.start, quote.span.end))
}

/// Whether a text between commas is only a year, as in a date ("planned for December 15, 2013, will be held"),
/// which inserts nothing.
fn is_year(text: &str) -> bool {
    let text = text.trim();
    text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit())
}

/// The content words of a claim (`ClaimFeatures::word_offsets`), those that name its quotes' speakers or cue them
/// aside: who said something is not what they said.
fn fact_words(comparison: &Comparison, indexes: &[CharIndex], claim: &Claim) -> Vec<(usize, Arc<str>)> {
    let text = span_str(comparison, indexes, claim.id.doc, claim.span);
    let sources: Vec<Span> = claim
        .quotes
        .iter()
        .filter_map(|&q| comparison.quote(q))
        .flat_map(|q| q.speaker_mention.into_iter().chain(q.cue))
        .collect();
    let mut words = features_of_text(text, claim.span.start).word_offsets;
    words.retain(|(at, _)| !sources.iter().any(|s| s.contains_offset(*at)));
    words
}

/// The offsets of the words of `words` whose keys `other` holds too.
fn shared_offsets(words: &[(usize, Arc<str>)], other: &[(usize, Arc<str>)]) -> Vec<usize> {
    let theirs: HashSet<&str> = other.iter().map(|(_, k)| &**k).collect();
    words.iter().filter(|(_, k)| theirs.contains(&**k)).map(|(at, _)| *at).collect()
}

/// The word that hedges a claim's fact as reported by someone unnamed ([`HEDGES`]): an adverb such as
/// "reportedly" or "allegedly", unless it stands in a relative clause ("a man who was supposedly confined to a
/// wheelchair overpowered two guards" states the overpowering), or a participle after an article or a possessive
/// ("the reported $160 million offers", "an alleged plot"). `start` is the text's character offset.
fn hedge(text: &str, start: usize) -> Option<String> {
    let tokens = tokenize(text, start);
    let lower: Vec<_> = tokens.iter().map(|t| lower_form(t.text)).collect();
    let relative = |i: usize| {
        let before = lower[..i].iter().rev().find(|w| !AUXILIARIES_AND_ADVERBS.contains(&***w));
        before.is_some_and(|w| matches!(&**w, "who" | "which" | "that" | "whom" | "whose"))
    };
    let determined = |i: usize| {
        i.checked_sub(1).is_some_and(|j| {
            matches!(&*lower[j], "the" | "a" | "an" | "his" | "her" | "its" | "their" | "our" | "this" | "these")
        })
    };
    let at = (0..tokens.len()).find(|&i| {
        HEDGES.contains(&*lower[i]) && if lower[i].ends_with("ly") { !relative(i) } else { determined(i) }
    })?;
    Some(tokens[at].text.to_string())
}

/// The trimmed text of a span of one document.
fn span_text(comparison: &Comparison, indexes: &[CharIndex], doc: DocId, span: Span) -> String {
    span_str(comparison, indexes, doc, span).trim().to_string()
}

/// The text of a span of one document, as it stands there.
fn span_str<'c>(comparison: &'c Comparison, indexes: &[CharIndex], doc: DocId, span: Span) -> &'c str {
    match (comparison.document(doc), indexes.get(doc.0 as usize)) {
        (Some(d), Some(index)) => d.text.get(index.byte_range(span)).unwrap_or(""),
        _ => "",
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
const SHIFT_CHANCE: f32 = 0.75;

/// The share of a claim that its quote must hold for the quote's speaker to be the source of the claim's fact.
const QUOTE_SHARE: f32 = 0.3;

/// Linked claims that carry one fact (`same` or `contrast`) where one article attributes it and the other states
/// it, or the two give it to different sources.
pub(super) fn attribution_shifts(comparison: &Comparison, indexes: &[CharIndex]) -> Vec<AttributionShift> {
    let same_fact = |link: &&Link| {
        link.is_live()
            && matches!(link.relation, Relation::Same | Relation::Contrast)
            && (link.origin == LinkOrigin::User || link.score >= SHIFT_CHANCE)
    };
    // The content words of every claim these links join, worked out once per claim and in parallel.
    let claims: BTreeMap<ClaimId, &Claim> = comparison
        .links
        .iter()
        .filter(same_fact)
        .filter_map(|l| Some([comparison.claim(l.a)?, comparison.claim(l.b)?]))
        .flatten()
        .map(|c| (c.id, c))
        .collect();
    let claims: Vec<(ClaimId, &Claim)> = claims.into_iter().collect();
    let words: HashMap<ClaimId, Vec<(usize, Arc<str>)>> =
        claims.par_iter().map(|(id, claim)| (*id, fact_words(comparison, indexes, claim))).collect();
    let mut out = Vec::new();
    for link in comparison.links.iter().filter(same_fact) {
        let (Some(ca), Some(cb), Some(wa), Some(wb)) =
            (comparison.claim(link.a), comparison.claim(link.b), words.get(&link.a), words.get(&link.b))
        else {
            continue;
        };
        let a = &attribution(comparison, indexes, ca, &shared_offsets(wa, wb));
        let b = &attribution(comparison, indexes, cb, &shared_offsets(wb, wa));
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
        (Attribution::Hedged(h), Attribution::Stated) => Some((
            ShiftKind::StatedAsFact,
            format!("the first article hedges it as reported (\u{201c}{h}\u{201d}), the second states it as fact"),
            h.clone(),
            String::new(),
        )),
        (Attribution::Stated, Attribution::Hedged(h)) => Some((
            ShiftKind::StatedAsFact,
            format!("the second article hedges it as reported (\u{201c}{h}\u{201d}), the first states it as fact"),
            String::new(),
            h.clone(),
        )),
        (Attribution::Hedged(h), Attribution::To(y, _)) => Some((
            ShiftKind::DifferentSpeaker,
            format!(
                "the first article gives it to unnamed reports (\u{201c}{h}\u{201d}), the second to \u{201c}{y}\u{201d}"
            ),
            h.clone(),
            y.clone(),
        )),
        (Attribution::To(x, _), Attribution::Hedged(h)) => Some((
            ShiftKind::DifferentSpeaker,
            format!(
                "the first article gives it to \u{201c}{x}\u{201d}, the second to unnamed reports (\u{201c}{h}\u{201d})"
            ),
            x.clone(),
            h.clone(),
        )),
        _ => None,
    }
}

/// Whether two sources, as written, name one another: every word of one (articles, possessives and "and" aside) is
/// in the other, or one is the initials of the other. "Her rep" names "the actress's rep Jack Ketsoyan". A long word
/// one letter off is the same word misspelt: "Heffner" names "Hugh Hefner".
fn overlap(x: &str, y: &str) -> bool {
    let words = |t: &str| -> Vec<String> {
        t.split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .filter(|w| {
                !matches!(w.as_str(), "the" | "a" | "an" | "and" | "of" | "his" | "her" | "its" | "their" | "our")
            })
            .collect()
    };
    let (wx, wy) = (words(x), words(y));
    let alike = |w: &String, v: &String| w == v || w.len() >= MISSPELT_LENGTH && within_edits(w, v, 1);
    let within = |p: &[String], q: &[String]| !p.is_empty() && p.iter().all(|w| q.iter().any(|v| alike(w, v)));
    within(&wx, &wy) || within(&wy, &wx) || is_initialism(x, y) || is_initialism(y, x)
}

/// The fewest letters of a word that [`overlap`] takes for a misspelling of another one letter off: "Heffner" and
/// "Hefner", but not "Lee" and "Lew".
const MISSPELT_LENGTH: usize = 5;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::differences::char_indexes;
    use crate::ingest;
    use crate::model::SourceFormat;

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
    fn a_hedge_gives_the_fact_to_unnamed_reports_unless_it_stands_in_a_relative_clause() {
        let plain = "The harbour bridge will reopen to traffic in early spring.";
        let c = compared("The harbour bridge will reportedly reopen to traffic in early spring.", plain);
        assert_eq!(shifts_of(&c), vec![(ShiftKind::StatedAsFact, "reportedly", "")], "{:?}", c.links);
        assert!(c.shifts[0].why.contains("hedges it as reported"), "{}", c.shifts[0].why);
        let c = compared(plain, "The reported reopening of the harbour bridge to traffic comes in early spring.");
        assert_eq!(shifts_of(&c), vec![(ShiftKind::StatedAsFact, "", "reported")], "{:?}", c.links);
        let c = compared(
            "The harbour bridge will reopen to traffic in early spring, the mayor said.",
            &plain.replace("will", "will allegedly"),
        );
        assert_eq!(shifts_of(&c), vec![(ShiftKind::DifferentSpeaker, "the mayor", "allegedly")], "{:?}", c.links);
        let c = compared(
            "The harbour bridge, which was supposedly closed for good, will reopen to traffic in early spring.",
            "The harbour bridge, closed for good, will reopen to traffic in early spring.",
        );
        assert_eq!(shifts_of(&c), vec![], "{:?}", c.links);
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
            ("her rep", "the actress's rep Jack Ketsoyan"),
            ("Heffner", "Hugh Hefner"),
        ] {
            assert!(overlap(x, y) && overlap(y, x), "{x} / {y}");
            let c = compared(&format!("{fact}, {x} said."), &format!("{fact}, {y} said."));
            assert_eq!(shifts_of(&c), vec![], "{x} / {y}");
        }
        assert!(!overlap("the mayor", "the harbour authority") && !overlap("AP", "Reuters"));
        assert!(!overlap("Ann Lee", "Ann Lew") && !overlap("Hugh Hefner", "Hugh Heffernan"));
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
    fn a_quote_that_holds_none_of_the_shared_fact_gives_it_no_source() {
        let plain = "The harbour bridge reopened to traffic on Monday after two years of repairs.";
        let c = compared(
            "The harbour bridge reopened to traffic on Monday after two years of repairs, and commuter Ann Lee asked, \
             \"What on earth took the city so long to finish a job like that one?\"",
            plain,
        );
        assert!(c.links.iter().any(|l| l.score >= SHIFT_CHANCE), "{:?}", c.links);
        assert_eq!(shifts_of(&c), vec![], "Ann Lee's question is not what the two claims share");
        let c = compared(
            "\"The harbour bridge reopened to traffic on Monday after two years of repairs,\" Ann Lee said, \
             \"and what on earth took the city so long?\"",
            plain,
        );
        assert_eq!(shifts_of(&c), vec![(ShiftKind::StatedAsFact, "Ann Lee", "")], "{:?}", c.links);
    }

    #[test]
    fn a_quote_that_holds_only_half_of_the_shared_fact_gives_it_no_source() {
        let c = compared(
            "After the harbour bridge reopened to traffic on Monday, city engineers said the repairs had cost \
             the council two million dollars.",
            "The harbour bridge reopened to traffic on Monday after repairs that cost two million dollars.",
        );
        assert!(c.links.iter().any(|l| l.score >= SHIFT_CHANCE), "{:?}", c.links);
        assert_eq!(shifts_of(&c), vec![], "the engineers speak of the cost, not of the reopening");
    }

    #[test]
    fn background_in_the_subject_of_reported_speech_is_the_writers_not_the_speakers() {
        let span = "The harbour bridge, a steel span the city built in 1932,";
        let c = compared(
            "The collapse of the harbour bridge, a steel span the city built in 1932, has forced thousands of \
             commuters onto ferries, said engineer Ann Lee.",
            &format!("{span} collapsed on Monday."),
        );
        assert!(c.links.iter().any(|l| l.score >= SHIFT_CHANCE), "{:?}", c.links);
        assert_eq!(shifts_of(&c), vec![], "the collapse is background to Ann Lee's words");
        let told = format!("{span} will close to traffic in early spring for repairs, said engineer Ann Lee.");
        let c = compared(&told, "The harbour bridge will close to traffic in early spring for repairs.");
        assert_eq!(shifts_of(&c), vec![(ShiftKind::StatedAsFact, "engineer Ann Lee", "")], "{told}");
        // The comma of a date inserts nothing: the subject stays the speaker's.
        let c = compared(
            "Parliamentary elections in Lyon which are planned for December 15, 2013, will be held with two parties, \
             the mayor said.",
            "Parliamentary elections in Lyon will have two parties for the first time.",
        );
        assert_eq!(shifts_of(&c), vec![(ShiftKind::StatedAsFact, "the mayor", "")], "{:?}", c.links);
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
