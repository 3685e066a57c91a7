//! Official accounts that claims and quotes come through: readouts, statements, briefings and agency reports.

use super::cues;
use super::names::{Mention, MentionKind, Words};
use super::speakers::SpeakerTable;
use crate::analysis::DateMention;
use crate::analysis::dates::on_or_after;
use crate::assets::READOUT_NOUNS;
use crate::model::{DocId, OverlapIndex, Readout, ReadoutId, ReadoutKind, Span};
use chrono::NaiveDate;
use std::collections::HashMap;

/// A readout found in the text, with every mention of it ("a Kremlin readout", later "the Kremlin statement") and
/// the sentences that hold them.
pub(super) struct FoundReadout {
    pub readout: Readout,
    pub mentions: Vec<Span>,
    pub sentences: Vec<Span>,
}

/// Where the found readouts are named, indexed so that a quote finds its readout without scanning them all.
pub(super) struct ReadoutIndex {
    /// The first readout named in each sentence.
    by_sentence: HashMap<Span, usize>,
    /// Every mention of a readout, with the readout's index.
    mentions: OverlapIndex<usize>,
}

impl ReadoutIndex {
    pub(super) fn new(found: &[FoundReadout]) -> Self {
        let mut by_sentence = HashMap::new();
        for (i, f) in found.iter().enumerate() {
            for s in &f.sentences {
                by_sentence.entry(*s).or_insert(i);
            }
        }
        let mentions = OverlapIndex::new(
            found.iter().enumerate().flat_map(|(i, f)| f.mentions.iter().map(move |m| (*m, i))).collect(),
        );
        ReadoutIndex { by_sentence, mentions }
    }

    /// The first readout (in the order found) named in this sentence.
    pub(super) fn named_in(&self, sentence: Span) -> Option<usize> {
        self.by_sentence.get(&sentence).copied()
    }

    /// The first readout (in the order found) one of whose own mentions overlaps a speaker mention.
    pub(super) fn mentioned_by(&self, mention: Span) -> Option<usize> {
        self.mentions.overlapping(mention).map(|&(_, i)| i).min()
    }
}

/// The kind of account a readout noun names ([`READOUT_NOUNS`]).
fn kind_of(noun: &str) -> Option<ReadoutKind> {
    Some(match *READOUT_NOUNS.get(noun)? {
        "readout" => ReadoutKind::Readout,
        "statement" => ReadoutKind::Statement,
        "briefing" => ReadoutKind::Briefing,
        "report" => ReadoutKind::Report,
        _ => return None,
    })
}

/// Finds the readouts named in each sentence. A readout reports on the event, so a date that stands with it is not
/// before the event date when the text leaves the week open ("issued a readout on Monday"). Several mentions of one account ("a Kremlin readout", later "the
/// Kremlin statement") become one readout when they share an issuer and the later one is definite.
pub(super) fn find_readouts(
    w: &Words,
    doc: DocId,
    sentences: &[Span],
    dates: &[DateMention],
    event: Option<NaiveDate>,
    table: &mut SpeakerTable,
) -> Vec<FoundReadout> {
    let mut out: Vec<FoundReadout> = Vec::new();
    let tokens = w.tokens;
    for &sentence in sentences {
        let lo = tokens.partition_point(|t| t.span.start < sentence.start);
        let hi = tokens.partition_point(|t| t.span.start < sentence.end);
        let mut i = lo;
        while i < hi {
            let Some((kind, noun_end)) = readout_noun_at(w, i) else {
                i += 1;
                continue;
            };
            let (start, definite) = phrase_start(w, lo, i);
            let mut end = noun_end;
            // "… of the call", "… issued by the Federal Security Service".
            let mut issuer_mention = None;
            if end < hi && matches!(tokens[end].text, "of" | "on") && end + 2 < hi && tokens[end + 1].text == "the" {
                end += 3;
            }
            if end + 1 < hi
                && matches!(tokens[end].text, "issued" | "released" | "published")
                && tokens[end + 1].text == "by"
                && let Some((a, b)) = w.phrase_after(end + 2, hi)
            {
                issuer_mention = w.mention(a, b);
                end = b;
            }
            let end_char = tokens[end.min(hi).saturating_sub(1)].span.end;
            let evidence = Span::new(tokens[start].span.start, end_char.max(tokens[start].span.start));
            if issuer_mention.is_none() {
                // Capitalised words inside the phrase name the issuer: "a Kremlin readout", "Russia's Interfax". A
                // determiner that opens a sentence ("The announcement", "A Kremlin readout") names no one, and
                // neither does a month or a weekday ("a May announcement").
                let caps: Vec<&str> = tokens[start..i]
                    .iter()
                    .zip(&w.lower[start..i])
                    .filter(|(t, l)| t.is_capitalised() && !cues::is_determiner(l) && !cues::is_calendar_word(l))
                    .map(|(t, _)| t)
                    .filter(|t| !t.text.ends_with("'s") && !t.text.ends_with("’s"))
                    .map(|t| t.text.split_once('-').map_or(t.text, |(x, _)| x))
                    .collect();
                if !caps.is_empty() {
                    let id = table.speaker(&caps.join(" "), None, crate::model::SpeakerKind::Organization);
                    push(&mut out, doc, kind, Some(id), definite, evidence, sentence, dates, event);
                    i = end.max(i + 1);
                    continue;
                }
            }
            if issuer_mention.is_none() && start > lo {
                issuer_mention = issuer_before(w, lo, start);
            }
            let issuer = issuer_mention.as_ref().and_then(|m| match m.kind {
                MentionKind::Readout => None,
                _ => table.resolve(m),
            });
            push(&mut out, doc, kind, issuer, definite, evidence, sentence, dates, event);
            i = end.max(i + 1);
        }
    }
    out
}

/// The readout noun at token `i` with its kind and the token after it: "readout", "press release", "news agency".
fn readout_noun_at(w: &Words, i: usize) -> Option<(ReadoutKind, usize)> {
    let l = w.lower[i];
    let next = w.lower.get(i + 1).copied().unwrap_or_default();
    if (l == "news" || l == "press") && next == "agency" {
        return Some((ReadoutKind::Report, i + 2));
    }
    if l == "press" && (next == "conference" || next == "briefing") {
        return Some((ReadoutKind::Briefing, i + 2));
    }
    let kind = kind_of(l)?;
    // A "release" alone is no account: "the release of the hostages".
    if l == "release" && !matches!(i.checked_sub(1).map(|p| w.lower[p]), Some("press" | "news")) {
        return None;
    }
    Some((kind, i + 1))
}

/// Where the phrase of the readout noun at token `i` starts, no earlier than `lo`, and whether a "the" makes it
/// definite: a determiner and capitalised modifiers ("a Kremlin", "Russia's Interfax").
fn phrase_start(w: &Words, lo: usize, i: usize) -> (usize, bool) {
    let mut start = i;
    while start > lo && i - start < 5 && w.joined(start - 1, start) {
        let t = &w.tokens[start - 1];
        let tl = w.lower[start - 1];
        if cues::is_determiner(tl) {
            return (start - 1, tl == "the");
        }
        if t.is_capitalised() || tl.ends_with("-provided") || tl == "press" || tl == "joint" || tl == "official" {
            start -= 1;
        } else {
            break;
        }
    }
    (start, false)
}

/// The issuer that speaks through a readout whose phrase starts at token `start`: "X issued a readout", "X said in
/// a statement".
fn issuer_before(w: &Words, lo: usize, start: usize) -> Option<Mention> {
    let tokens = w.tokens;
    let mut k = start;
    while k > lo && matches!(tokens[k - 1].text, "in" | "a" | "an" | "the") {
        k -= 1;
    }
    if k <= lo || !matches!(tokens[k - 1].text, "issued" | "released" | "said" | "says" | "gave" | "held" | "published")
    {
        return None;
    }
    k -= 1;
    while k > lo && cues::is_aux_or_adverb(w.lower[k - 1]) {
        k -= 1;
    }
    w.phrase_before(k, lo).and_then(|(a, b)| w.mention(a, b))
}

/// The readout a quote or claim at `at` comes through: the one its speaker mention names ("according to a White
/// House readout"), one named in its sentence, or the account that speaks ("the statement said").
pub(super) fn readout_for(
    found: &[FoundReadout],
    index: &ReadoutIndex,
    sentence: Span,
    mention: Option<&Mention>,
    at: usize,
) -> Option<ReadoutId> {
    let named = mention.and_then(|m| index.mentioned_by(m.span));
    if let Some(f) = named.or_else(|| index.named_in(sentence)).and_then(|i| found.get(i)) {
        return Some(f.readout.id);
    }
    if !mention.is_some_and(|m| m.kind == MentionKind::Readout) {
        return None;
    }
    found.iter().rev().find(|f| f.readout.evidence.start < at).map(|f| f.readout.id)
}

#[allow(clippy::too_many_arguments)]
fn push(
    out: &mut Vec<FoundReadout>,
    doc: DocId,
    kind: ReadoutKind,
    issuer: Option<crate::model::SpeakerId>,
    definite: bool,
    evidence: Span,
    sentence: Span,
    dates: &[DateMention],
    event: Option<NaiveDate>,
) {
    let same = out
        .iter_mut()
        .rev()
        .find(|r| definite && (issuer.is_none() || r.readout.issuer == issuer) && r.readout.issuer.is_some());
    if let Some(same) = same {
        same.mentions.push(evidence);
        same.sentences.push(sentence);
        return;
    }
    let date = dates
        .iter()
        .filter(|d| sentence.contains(d.span))
        .min_by_key(|d| d.span.start.abs_diff(evidence.start))
        .map(|d| {
            // "a readout of the call on Monday" dates the readout itself, which cannot precede the event.
            let own = d.span.start.saturating_sub(evidence.end) <= 4 && evidence.start.saturating_sub(d.span.end) <= 4;
            event.filter(|_| own).map_or(d.date, |e| on_or_after(d, e))
        });
    let id = ReadoutId { doc, index: out.len() as u32 };
    out.push(FoundReadout {
        readout: Readout { id, issuer, kind, date, evidence },
        mentions: vec![evidence],
        sentences: vec![sentence],
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_readout_noun_names_a_kind() {
        for noun in READOUT_NOUNS.keys() {
            assert!(kind_of(noun).is_some(), "{noun}");
        }
        assert_eq!(kind_of("communique"), Some(ReadoutKind::Readout));
        assert_eq!(kind_of("handout"), Some(ReadoutKind::Statement));
        assert_eq!(kind_of("email"), None);
    }
}
