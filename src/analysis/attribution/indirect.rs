//! Reported speech without quote marks: `…, NAME said.`, `NAME said (that) …`, `according to NAME, …`.

use super::cues;
use super::grammar::{Reader, is_preposition};
use super::names::{Mention, MentionKind};
use super::readouts::{FoundReadout, ReadoutIndex, readout_for};
use super::speakers::SpeakerTable;
use crate::analysis::text::is_finite_auxiliary;
use crate::model::{Quote, QuoteId, QuoteKind, Span};

/// Whether a speaker mention at token `ms` with its cue at `c` follows what was said ("CONTENT, NAME said on
/// Friday.") rather than opening it after an opening phrase ("Speaking on the radio, Kiedis said his band …"): a
/// comma before the name, and after the cue a few words at most ("in a statement on Friday") that open no clause:
/// no "that" and no finite auxiliary ("… traders say business is poor"). A participle or a preposition after a
/// comma ends those words, whatever follows it ("CONTENT, ITAR-TASS reported September 26, citing the election
/// commission."; "CONTENT, organizers said on Friday, in a move seen as …"), unless an auxiliary follows within
/// three words and before any "that": then it opens what was said ("…, she said, revoking their clearances would be
/// aggressive", but "…, she said, adding that it would"). A preposition's phrase does not end them either when a
/// "that" after a comma follows it, as what was said comes there ("…, he said on Friday, after the vote, that …"),
/// and "to" never does, as it opens an infinitive as often ("It is his job, he said, to talk to Congress").
fn content_before(r: &Reader, ms: usize, c: usize, hi: usize) -> bool {
    let finite = |k: usize| is_finite_auxiliary(r.lower(k));
    let opens_clause = |k: usize| finite(k) || r.lower(k) == "that";
    let subject = |k: usize| (k + 1..hi.min(k + 4)).take_while(|&j| r.lower(j) != "that").any(finite);
    let that_follows = |k: usize| (k + 1..hi).any(|j| r.lower(j) == "that" && r.after_comma(j));
    let preposition = |w: &str| w != "to" && is_preposition(w);
    let ends_tail = |k: usize| {
        r.after_comma(k) && !subject(k) && (r.lower(k).ends_with("ing") || preposition(r.lower(k)) && !that_follows(k))
    };
    let hi = (c + 1..hi).find(|&k| ends_tail(k)).unwrap_or(hi);
    // A stray quote mark may stand after the comma: `… on the other three, "a spokesperson said.`
    let gap = r.words.between(ms - 1, ms);
    gap.trim_end_matches(['"', '”', ' ']).ends_with(',') && hi <= c + 8 && !(c + 1..hi).any(opens_clause)
}

/// The token after the day that may follow a cue at `from - 1` ("said Monday that …", "said on Friday night the
/// …", "said March 5 that …"): when it was said, not what; `from` when no day follows.
fn day_after_cue(r: &Reader, from: usize, hi: usize) -> usize {
    let at = if from + 1 < hi && r.lower(from) == "on" { from + 1 } else { from };
    if at >= hi || !cues::is_calendar_word(r.lower(at)) {
        return from;
    }
    let part_of_day = |k: usize| {
        let l = r.lower(k);
        matches!(l, "morning" | "afternoon" | "evening" | "night") || l.bytes().all(|b| b.is_ascii_digit())
    };
    (at + 1..hi).find(|&k| !part_of_day(k)).unwrap_or(hi)
}

/// What a speaker adds after their cue, from token `from` to `hi` (the sentence's end or its next quote mark): the
/// cue "adding" after a comma and the first token of what it reports (", adding that the city would appeal"), when
/// some words follow it. ", adding, \u{201c}…\u{201d}" reports a quote, which the quote marks give.
fn added_speech(r: &Reader, from: usize, hi: usize) -> Option<(usize, usize)> {
    let cue = (from..hi).find(|&k| r.lower(k) == "adding" && r.after_comma(k))?;
    let start = if r.lower(cue + 1) == "that" { cue + 2 } else { cue + 1 };
    (start + 2 < hi).then_some((cue, start))
}

/// A second speaker's clause after what the first said, from token `from` to `hi`: "74 percent said they are set,
/// while 22 percent said they might change", "One in three said …, and one in four said …". The clause opens after
/// a comma or with "and", "but", "while" or "whereas", and its subject stands right before its cue. Gives the
/// token where the clause opens (its comma's word or its conjunction), the cue and the subject.
fn next_speech(r: &Reader, from: usize, hi: usize, is_cue: impl Fn(usize) -> bool) -> Option<(usize, usize, Mention)> {
    let conjunction = |k: usize| matches!(r.lower(k), "and" | "but" | "while" | "whereas");
    (from + 2..hi).find_map(|j| {
        let subject = if conjunction(j) { j + 1 } else { j };
        // Without a comma, "and" may join two subjects inside what was said ("said both he and Rubio promised").
        let bare_conjunction = conjunction(j) && !r.after_comma(j) && j < from + 3;
        if !(conjunction(j) || r.after_comma(j))
            || r.after_comma(j) && !conjunction(j) && !r.tokens()[j].is_capitalised()
            || bare_conjunction
        {
            return None;
        }
        // The clause's own verb is finite: "but the police delayed announcing the death" has none that speaks.
        let c = (subject + 1..hi.min(subject + 8)).find(|&k| is_cue(k))?;
        if r.lower(c).ends_with("ing") {
            return None;
        }
        let m = r.speaker_of_cue(c, subject, hi, false, None)?;
        let between = |k: usize| cues::is_aux_or_adverb(r.lower(k)) || cues::is_calendar_word(r.lower(k));
        let right_before = (r.tok_at(m.span.end)..c).all(between);
        (r.tok_at(m.span.start) == subject && right_before && m.kind != MentionKind::Pronoun && c + 3 < hi)
            .then_some((j, c, m))
    })
}

/// The speech of the second speaker's clause that [`next_speech`] found in `sentence`, up to token `hi`.
fn second_speech(
    r: &Reader,
    (_, c, mention): (usize, usize, Mention),
    (sentence, hi): (Span, usize),
    (found, index): (&[FoundReadout], &ReadoutIndex),
    table: &mut SpeakerTable,
) -> Option<Quote> {
    let mut s = day_after_cue(r, c + 1, hi);
    if s < hi && r.lower(s) == "that" {
        s += 1;
    }
    if s + 2 >= hi {
        return None;
    }
    let tokens = r.tokens();
    let span = Span::new(tokens[s].span.start, tokens[hi - 1].span.end);
    let readout = readout_for(found, index, sentence, Some(&mention), sentence.start);
    Some(Quote {
        id: QuoteId { doc: r.doc.id, index: 0 },
        span,
        kind: QuoteKind::Indirect,
        speaker: table.resolve(&mention),
        speaker_mention: Some(mention.span),
        cue: Some(r.cue_span(c)),
        readout,
        confidence: 0.6,
    })
}

/// Whether a word opens a noun phrase as an object: an article, a possessive, a determiner, a number or an object
/// pronoun.
fn opens_an_object(lower: &str) -> bool {
    cues::is_possessive_or_article(lower)
        || cues::is_determiner(lower)
        || lower.bytes().next().is_some_and(|b| b.is_ascii_digit())
        || crate::assets::NUMBER_WORDS.contains_key(lower)
        || matches!(lower, "him" | "her" | "them" | "it" | "me" | "us")
}

/// Whether the words from token `from` up to the first comma or `end` hold a clause: a finite auxiliary, or a word in
/// -ed after the first that follows no article or possessive ("the money disappeared", but "the disputed seat").
fn opens_a_clause(r: &Reader, from: usize, end: usize) -> bool {
    let phrase = (from..end).take_while(|&k| k == from || !r.after_comma(k));
    phrase.clone().any(|k| is_finite_auxiliary(r.lower(k)))
        || phrase.skip(1).any(|k| r.lower(k).ends_with("ed") && !cues::is_possessive_or_article(r.lower(k - 1)))
}

/// The end of the sentence's quote-free stretch from `offset`: the start of the next marked quote, or the
/// sentence's end.
fn unmarked_until(marked: &[Span], sentence: Span, offset: usize) -> usize {
    let m = marked.partition_point(|q| q.end <= offset);
    marked.get(m).map_or(sentence.end, |q| q.start.max(offset).min(sentence.end))
}

/// Reported speech without quote marks: `…, NAME said.`, `NAME said (that) …`, `according to NAME, …`.
pub(super) fn indirect_speech(
    r: &Reader,
    marked: &[Span],
    (found, index): (&[FoundReadout], &ReadoutIndex),
    table: &mut SpeakerTable,
    quotes: &mut Vec<Quote>,
) {
    let doc = r.doc;
    // A sentence that names the speaker of a quote before it ("…?" Renteria told reporters.) reports no speech of
    // its own.
    // What such a speaker adds after the cue is theirs too ("…," Reyes said, adding that the city would appeal).
    let mut mentions: Vec<(Span, usize)> = quotes
        .iter()
        .enumerate()
        .filter_map(|(i, q)| q.speaker_mention.filter(|m| m.start >= q.span.end).map(|m| (m, i)))
        .collect();
    mentions.sort_unstable_by_key(|(m, _)| m.start);
    let tokens = r.tokens();
    let piece = |a: usize, b: usize| (a < b).then(|| Span::new(tokens[a].span.start, tokens[b - 1].span.end));
    for &sentence in &doc.sentences {
        // A sentence with quote marks reports only what comes before its first mark, in the form "NAME said that
        // CONTENT" ("Lyons said that Comeaux used a wheelchair – he \"claimed it was necessary\" – and added, …").
        let m = marked.partition_point(|q| q.end <= sentence.start);
        let first_mark = marked.get(m).map(|q| q.start).filter(|&start| start < sentence.end);
        let k = mentions.partition_point(|(m, _)| m.start < sentence.start);
        if let Some(&(mention, i)) = mentions.get(k).filter(|(m, _)| m.start < sentence.end) {
            let from = r.tok_at(mention.end);
            let hi = r.tok_at(unmarked_until(marked, sentence, mention.end));
            if let Some((cue, start)) = added_speech(r, from, hi)
                && let Some(span) = piece(start, hi)
            {
                let added = Quote {
                    span,
                    kind: QuoteKind::Indirect,
                    cue: Some(r.cue_span(cue)),
                    confidence: 0.6,
                    ..quotes[i].clone()
                };
                quotes.push(added);
            }
            continue;
        }
        let lo = r.tok_at(sentence.start);
        let hi = r.tok_at(first_mark.map_or(sentence.end, |start| start.max(sentence.start)));
        if hi <= lo + 3 {
            continue;
        }
        let is_cue = |i: usize| {
            let l = r.lower(i);
            r.is_cue(i) && (l == "according" || cues::reports_indirect_speech(l)) || cues::is_weak_verb(l)
        };
        // The first cue that names its speaker: one that names no one ("After being told he would be charged,
        // police said …") leaves the sentence to the next.
        let spoken = (lo..hi).filter(|&i| is_cue(i)).find_map(|first| {
            let (c, relative) = match r.cue_after_relative_clause(first, lo, hi, is_cue) {
                Some((c, m)) => (c, Some(m)),
                None => (first, None),
            };
            // "Despite saying they were outbid, the Red Sox …": a participle cue that follows the word opening a
            // subordinate phrase; the main clause's subject speaks, and what was said ends where the phrase does.
            let opener = (c == lo + 1 && cues::opens_subordinate_clause(r.lower(lo)) && r.lower(c).ends_with("ing"))
                .then(|| r.opener_end(lo, hi))
                .flatten();
            let mention = match (opener, relative) {
                (Some(k), _) => r.subject(k, hi),
                (None, Some(m)) => Some(m),
                (None, None) => r.speaker_of_cue(c, lo, hi, true, Some(lo)),
            };
            Some((first, c, opener, mention?))
        });
        let Some((first, c, opener, mention)) = spoken else { continue };
        let said_that = opener.is_none() && c + 1 < hi && r.lower(c + 1) == "that";
        if first_mark.is_some() && !(said_that && first == c && r.tok_at(mention.span.end) <= c) {
            continue;
        }
        let ms = r.tok_at(mention.span.start);
        let me = r.tok_at(mention.span.end);
        let mut next = None;
        let content = if let Some(k) = opener {
            let that = (c + 1..k.min(c + 6)).find(|&j| r.lower(j) == "that");
            piece(that.map_or(c + 1, |t| t + 1), k)
        } else if r.lower(c) == "according" {
            if c <= lo + 1 {
                // "According to NAME, CONTENT"
                (me..hi).find(|&k| r.after_comma(k)).and_then(|k| piece(k, hi))
            } else {
                piece(lo, c)
            }
        } else if ms > c
            || ms > lo + 2
                && !cues::is_relative_pronoun(r.lower(ms))
                && !r.lower(c).ends_with("ing")
                && content_before(r, ms, c, hi)
        {
            // "CONTENT, said NAME." and "CONTENT, NAME said."; a relative pronoun ("Park, who has said he …") never
            // follows what was said, nor does a participle cue ("…, the campaign sent a release saying …").
            piece(lo, ms.min(c))
        } else {
            // "NAME said (that) CONTENT", "NAME said on Friday, after the vote, that CONTENT", "NAME said in an
            // interview that CONTENT"
            let after_cue = c + 1;
            let mut s = day_after_cue(r, after_cue, hi);
            if matches!(r.lower(c), "told" | "tells") {
                s = (after_cue..hi.min(after_cue + 5)).find(|&k| r.lower(k) == "that").unwrap_or(after_cue + 1);
            }
            if let Some(that) =
                (after_cue + 1..hi.min(after_cue + 10)).find(|&k| r.lower(k) == "that" && r.after_comma(k))
            {
                s = that;
            } else if s < hi
                && is_preposition(r.lower(s))
                && let Some(that) = (s + 2..hi.min(s + 10)).find(|&k| r.lower(k) == "that")
                && !is_preposition(r.lower(that - 1))
                && !(s..that).any(|k| is_finite_auxiliary(r.lower(k)) || r.after_comma(k + 1))
            {
                // "Patrick reported on his show on AM 570 that CONTENT": where it was said opens with a
                // preposition and ends at "that".
                s = that;
            }
            if s < hi && r.lower(s) == "that" {
                s += 1;
            }
            next = next_speech(r, s, hi, is_cue);
            let end = next.as_ref().map_or(hi, |(j, _, _)| *j);
            // "Police responded to both", "she replied to the letter": a cue followed by "to", with no "that" after
            // it, tells whom or what it answered, not what was said.
            let answers = s == after_cue && r.lower(s) == "to";
            // "The storm claimed 12 lives", "police charged the driver with manslaughter": a verb that also takes a
            // plain object reports no speech when an object follows it, not "that" or a clause. A bare noun may still
            // be what was said ("claimed responsibility for the attack").
            let object = s == after_cue
                && cues::takes_an_object(r.lower(c))
                && opens_an_object(r.lower(s))
                && !opens_a_clause(r, s, end);
            if s + 2 >= end || answers || object { None } else { piece(s, end) }
        };
        let Some(mut content) = content else {
            // "Back when he wrote his book, Mr. McKinley said that …": a first cue with too little after it.
            quotes.extend(next.and_then(|n| second_speech(r, n, (sentence, hi), (found, index), table)));
            continue;
        };
        let added = (opener.is_none() && r.lower(c) != "according").then(|| added_speech(r, c + 1, hi)).flatten();
        if let Some((cue, _)) = added {
            content.end = content.end.min(tokens[cue - 1].span.end);
        }
        if content.is_empty() {
            continue;
        }
        let readout = readout_for(found, index, sentence, Some(&mention), sentence.start);
        let speaker = table
            .resolve(&mention)
            .or_else(|| readout.and_then(|id| found.get(id.index as usize)).and_then(|f| f.readout.issuer));
        let quote = |span: Span, cue: usize| Quote {
            id: QuoteId { doc: doc.id, index: 0 },
            span,
            kind: QuoteKind::Indirect,
            speaker,
            speaker_mention: Some(mention.span),
            cue: Some(r.cue_span(cue)),
            readout,
            confidence: 0.6,
        };
        // "Barkley, who said he votes democratic, said …": the relative clause's speech is the speaker's too.
        if c != first {
            let from = if r.lower(first + 1) == "that" { first + 2 } else { first + 1 };
            if let Some(said) = piece(from, c).filter(|_| from + 2 < c) {
                quotes.push(quote(said, first));
            }
        }
        quotes.push(quote(content, c));
        quotes.extend(next.and_then(|n| second_speech(r, n, (sentence, hi), (found, index), table)));
        if let Some((cue, start)) = added
            && let Some(span) = piece(start, hi)
        {
            quotes.push(quote(span, cue));
        }
    }
}
