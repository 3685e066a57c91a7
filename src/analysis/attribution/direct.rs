//! Who speaks a quote in quote marks: the cue and speaker around it, a colon sentence before it, the quote it
//! continues, or the subject of its sentence or the sentence before.

use super::cues;
use super::grammar::Reader;
use super::names::{Mention, MentionKind};
use super::readouts::{FoundReadout, ReadoutIndex, readout_for};
use super::speakers::SpeakerTable;
use crate::model::{Quote, QuoteId, QuoteKind, ReadoutId, Span};

/// The words that attribute a quote: who, through which cue, and how sure we are.
#[derive(Clone, Debug)]
struct Source {
    mention: Mention,
    cue: Option<Span>,
    confidence: f32,
}

/// The quotes inside quote marks (`marked`, in text order), each with its source, speaker and readout.
pub(super) fn direct_quotes(
    r: &Reader,
    marked: &[Span],
    (found_readouts, index): (&[FoundReadout], &ReadoutIndex),
    table: &mut SpeakerTable,
) -> Vec<Quote> {
    let doc = r.doc;
    let chars = r.words.chars;
    let mut quotes: Vec<Quote> = Vec::new();
    let mut previous: Option<(Span, Option<Source>, Option<ReadoutId>)> = None;
    for (n, &span) in marked.iter().enumerate() {
        let Some(kind) = quote_kind(r, chars, span) else { continue };
        let lo_bound = n.checked_sub(1).map_or(0, |p| marked[p].end);
        let hi_bound = marked.get(n + 1).map_or(chars.len(), |q| q.start);
        let mut source = find_source(r, span, lo_bound, hi_bound);
        let work = names_a_work(r, span);
        if is_title(chars, span, work) && (source.is_none() || work) {
            continue;
        }
        let mut readout = None;
        if source.is_none() {
            source = source_before_colon(r, span);
        }
        if source.is_none()
            && let Some((prev_span, prev_source, prev_readout)) = &previous
            && continues(r, *prev_span, span)
        {
            source = prev_source.clone().map(|s| Source { confidence: 0.7, ..s });
            readout = *prev_readout;
        }
        if source.is_none() {
            source = sentence_subject(r, span).or_else(|| source_from_previous_sentence(r, span));
        }
        let mut speaker = source.as_ref().and_then(|s| table.resolve(&s.mention));
        let sentence = r.sentence_at(span.start);
        readout = readout
            .or_else(|| readout_for(found_readouts, index, sentence, source.as_ref().map(|s| &s.mention), span.start));
        if speaker.is_none() {
            speaker = readout.and_then(|id| found_readouts.get(id.index as usize)).and_then(|f| f.readout.issuer);
        }
        previous = Some((span, source.clone(), readout));
        quotes.push(Quote {
            id: QuoteId { doc: doc.id, index: 0 },
            span,
            kind,
            speaker,
            speaker_mention: source.as_ref().map(|s| s.mention.span),
            cue: source.as_ref().and_then(|s| s.cue),
            readout,
            confidence: source.as_ref().map_or(0.4, |s| s.confidence),
        });
    }
    quotes
}

/// Direct when the quote is a sentence of its own or follows a colon; partial when it sits inside a sentence.
/// `None` for marks around no words at all: numbers, handles, links.
fn quote_kind(r: &Reader, chars: &[char], span: Span) -> Option<QuoteKind> {
    let inner: String = chars[span.start + 1..span.end.min(chars.len())].iter().collect();
    let inner = inner.trim_matches(|c: char| !c.is_alphanumeric());
    if !inner.chars().any(char::is_alphabetic) || inner.starts_with('@') || inner.starts_with("http") {
        return None;
    }
    let sentence = r.sentence_at(span.start);
    let before: String = chars[sentence.start.min(span.start)..span.start].iter().collect();
    let before = before.trim();
    let starts_upper = inner.chars().next().is_some_and(char::is_uppercase);
    let whole = before.is_empty() || before.ends_with(':') || before.ends_with(',') && r.tok_at(span.start) > 0;
    Some(if starts_upper && whole && inner.split_whitespace().count() > 2 {
        QuoteKind::Direct
    } else {
        QuoteKind::Partial
    })
}

/// A title or name in quote marks: every word capitalised, a few words, no sentence inside. A title after its
/// cue word ([`names_a_work`]) may be longer and take the sentence's full stop inside the marks, as American
/// punctuation does: a nomination for "Outstanding Individual Performance in a Variety or Music Program."
fn is_title(chars: &[char], span: Span, after_cue: bool) -> bool {
    let inner: String = chars[span.start + 1..span.end.saturating_sub(1).max(span.start + 1)].iter().collect();
    let words: Vec<&str> = inner.split_whitespace().collect();
    let small = |w: &str| {
        matches!(w, "of" | "the" | "and" | "or" | "a" | "an" | "in" | "on" | "for" | "to" | "with" | "at" | "by")
    };
    let (most, stop) = if after_cue { (10, 10) } else { (6, 4) };
    !words.is_empty()
        && words.len() <= most
        && words.iter().all(|w| small(w) || w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()))
        && !inner.trim_end().ends_with(['?', '!'])
        && (!inner.trim_end().ends_with('.') || words.len() <= stop)
}

/// A title after a possessive or "on", "of", "in", "for": "ABC's "Good Morning America"", "host of "The Show"",
/// "a nomination for "Outstanding Comedy Series"".
fn names_a_work(r: &Reader, q: Span) -> bool {
    let i = r.tok_at(q.start);
    i > 0 && {
        let l = r.lower(i - 1);
        l.ends_with("'s") || l.ends_with("’s") || matches!(l, "on" | "of" | "in" | "for" | "about" | "called")
    }
}

/// Finds the cue and speaker of a quote in its own sentence: after it (`"…," NAME said`, `"…," said NAME`), then
/// before it (`NAME said: "…"`), then a cue further after it (`"…," according to NAME`).
fn find_source(r: &Reader, q: Span, lo_bound: usize, hi_bound: usize) -> Option<Source> {
    let first = r.sentence_at(q.start);
    let last = r.sentence_at(q.end.saturating_sub(1));
    let after_lo = r.tok_at(q.end);
    let mut after_hi = r.tok_at(last.end.min(hi_bound).max(q.end));
    let before_lo = r.tok_at(first.start.max(lo_bound));
    let before_hi = r.tok_at(q.start);
    // A quote that fills its sentence may be attributed by the short sentence after it.
    if after_hi == after_lo
        && before_lo == before_hi
        && let Some(next) = attribution_sentence_after(r, q, after_lo)
    {
        after_hi = r.tok_at(next.end.min(hi_bound).max(q.end));
    }
    let found = |i: usize, lo: usize, hi: usize, follow: bool, subject: Option<usize>, confidence: f32| {
        r.speaker_of_cue(i, lo, hi, follow, subject).map(|mention| Source {
            mention,
            cue: Some(r.cue_span(i)),
            confidence,
        })
    };
    // "…," Graham, a former candidate, told CBS News; "…," James B. Comey Jr., the director, said.
    if let Some((a, b)) = r.words.phrase_after(after_lo, after_hi)
        && b < after_hi
        && r.words.between(b - 1, b).trim_start_matches('.') == ","
        && let Some(m) = r.words.mention(a, b).filter(|m| matches!(m.kind, MentionKind::Name(_)))
        && let Some(c) = (b..after_hi.min(b + 32)).find(|&k| r.is_cue(k) && r.words.between(k - 1, k).ends_with(','))
    {
        return Some(Source { mention: m, cue: Some(r.cue_span(c)), confidence: 0.85 });
    }
    // "…" about the decision, said NAME: a cue right after the quote or after a comma takes the phrase after it.
    let follows = |i: usize| i == after_lo || r.words.between(i - 1, i) == ",";
    // "… “riding the fence” until Haley said she …": a cue in a clause of its own does not attribute the quote.
    let own_clause = |i: usize| (after_lo..i).any(|k| cues::is_subordinator(r.lower(k)));
    // The clause after the quote opens where the quote ends: "…," the White House spokesman, Josh Earnest, said.
    for i in after_lo..after_hi.min(after_lo + 7) {
        if r.is_cue(i)
            && !own_clause(i)
            && let Some(s) = found(i, after_lo, after_hi, follows(i), Some(after_lo), 0.9)
        {
            return Some(s);
        }
    }
    for i in (before_lo..before_hi).rev() {
        if r.is_cue(i)
            && !phones(r, i, before_hi)
            && let Some(s) = found(i, before_lo, before_hi, false, Some(before_lo), 0.85)
        {
            return Some(s);
        }
    }
    let later = (after_lo + 7..after_hi).filter(|&i| r.is_cue(i));
    if let Some(s) = later.clone().find_map(|i| found(i, after_lo, after_hi, follows(i), None, 0.7)) {
        return Some(s);
    }
    if let Some(s) = unlisted_verb_after(r, q, after_lo, after_hi).or_else(|| signed_with_dash(r, q)) {
        return Some(s);
    }
    named_before_colon(r, q, before_lo, before_hi)
}

/// The name before a colon that gives a quote after it in the same sentence: right before the quote ("… surprise
/// Republican pollster Daron Shaw: "…""), or opening the sentence, as headlines give a quote ("John McCain: Populist
/// Anger Appeals to ‘Bad Angels of Our Nature’"). A name that opens the sentence is one to four words with no
/// article ("The Latest:"); neither is a word that only its place capitalises ("Exclusive:"). `lo..hi` are the
/// tokens of the sentence before the quote.
fn named_before_colon(r: &Reader, q: Span, lo: usize, hi: usize) -> Option<Source> {
    let colon = |from: usize, to: usize| {
        r.words.chars.get(from..to).is_some_and(|g| g.iter().collect::<String>().trim() == ":")
    };
    let toks = r.tokens();
    let (a, b) = if hi > lo && colon(toks[hi - 1].span.end, q.start) {
        r.words.phrase_before(hi, lo)?
    } else {
        let at = (lo + 1..hi.min(lo + 5)).find(|&k| colon(toks[k - 1].span.end, toks[k].span.start))?;
        r.words.phrase_after(lo, at).filter(|&p| p == (lo, at) && !cues::is_determiner(r.lower(lo)))?
    };
    let mention =
        r.words.mention(a, b).filter(|m| matches!(m.kind, MentionKind::Name(_)) && !r.only_positional(a, b))?;
    Some(Source { mention, cue: None, confidence: 0.7 })
}

/// `"… I hope you find them." Trump said.`, `"…?" Renteria told reporters.` and `"…!" Dawson shouted, shorthand for
/// …`: the sentence splitter ends the sentence at a quote that ends on a full stop, question or exclamation mark,
/// but when the next sentence of its paragraph is a short clause of a speech verb and a speaker, in either order, it
/// attributes the quote.
fn attribution_sentence_after(r: &Reader, q: Span, a: usize) -> Option<Span> {
    let t = r.tokens().get(a)?;
    if r.doc.paragraph_at(t.span.start) != r.doc.paragraph_at(q.end.saturating_sub(1)) {
        return None;
    }
    let next = r.sentence_at(t.span.start);
    let hi = r.tok_at(next.end);
    // Only a short clause that says who spoke, not a sentence that goes on to report more ("He said that …"); a
    // phrase after a comma describes the saying ("Dawson shouted, shorthand for …").
    let short = |end: usize| {
        (hi <= end + 5 || end < hi && r.after_comma(end)) && (end..hi).all(|k| r.lower(k) != "that" && !r.is_cue(k))
    };
    if r.is_cue(a) {
        let (x, b) = r.words.phrase_after(a + 1, hi)?;
        return (r.words.mention(x, b).is_some() && short(b)).then_some(next);
    }
    let (x, b) = r.words.phrase_after(a, hi)?;
    let m = r.words.mention(x, b)?;
    (m.kind != MentionKind::Readout && b < hi && r.words.joined(b - 1, b) && r.is_cue(b) && short(b + 1))
        .then_some(next)
}

/// `"…," Verley recalled.` and `"…," exhorted actress Jamie Lee Curtis.`: a quote that ends on a comma, question
/// mark or exclamation mark, followed by a clause of a speaker and a past-tense verb in either order, is attributed
/// to that speaker even when the verb is not a listed speech verb: the punctuation says the sentence goes on to
/// say who spoke.
fn unlisted_verb_after(r: &Reader, q: Span, lo: usize, hi: usize) -> Option<Source> {
    let inner_end = r.words.chars.get(q.start..q.end.saturating_sub(1))?.iter().rev().find(|c| !c.is_whitespace())?;
    if lo >= hi || !matches!(inner_end, ',' | '?' | '!' | '—') {
        return None;
    }
    let past = |i: usize| {
        let l = r.lower(i);
        i < hi
            && r.tokens().get(i).is_some_and(|t| !t.is_capitalised())
            && l.len() > 4
            && l.ends_with("ed")
            && !crate::analysis::text::is_stopword(l)
    };
    // The clause ends after the phrase: the sentence ends, or a comma or dash sets off what follows.
    let ends = |b: usize| {
        b >= hi || {
            let gap = r.words.between(b - 1, b);
            gap == "," || cues::is_dash(&gap)
        }
    };
    let source = |m: Mention, cue: usize| Source { mention: m, cue: Some(r.tokens()[cue].span), confidence: 0.6 };
    if past(lo)
        && let Some((a, b)) = r.words.phrase_after(lo + 1, hi)
        && ends(b)
        && let Some(m) = r.words.mention(a, b).filter(|m| m.kind != MentionKind::Pronoun)
    {
        return Some(source(m, lo));
    }
    let (a, b) = r.words.phrase_after(lo, hi)?;
    let m = r.words.mention(a, b).filter(|m| m.kind != MentionKind::Readout)?;
    (past(b) && ends(b + 1)).then(|| source(m, b))
}

/// `"…" ― Carla Sanchez` and a quote paragraph followed by one that reads `-Michelle Marks, Philadelphia.`: a dash
/// right after the quote signs it with the name that follows.
fn signed_with_dash(r: &Reader, q: Span) -> Option<Source> {
    let a = r.tok_at(q.end);
    let gap: String = r.words.chars.get(q.end..r.tokens().get(a)?.span.start)?.iter().collect();
    let gap = gap.trim();
    // Beside the dashes that set off an apposition, a horizontal bar or a hyphen signs a quote.
    if !(cues::is_dash(gap) || matches!(gap, "―" | "-")) {
        return None;
    }
    let hi = r.tok_at(r.sentence_at(r.tokens()[a].span.start).end);
    let (x, b) = r.words.phrase_after(a, hi)?;
    let m = r.words.mention(x, b).filter(|m| matches!(m.kind, MentionKind::Name(_)))?;
    (b >= hi || !r.words.joined(b - 1, b)).then_some(Source { mention: m, cue: None, confidence: 0.7 })
}

/// "Putin called Trump to "thank him …"": "call" with an infinitive before the quote is a phone call, not a cue.
fn phones(r: &Reader, cue: usize, quote: usize) -> bool {
    matches!(r.lower(cue), "called" | "calls" | "calling") && (cue + 1..quote).any(|k| r.lower(k) == "to")
}

/// A quote that opens a paragraph after one ending in a colon ("Cruz continued:") takes its speaker from the cue
/// or subject of that colon sentence.
fn source_before_colon(r: &Reader, q: Span) -> Option<Source> {
    let p = r.doc.paragraph_at(q.start)?;
    if p == 0 || r.tok_at(r.doc.paragraphs[p].start) != r.tok_at(q.start) {
        return None;
    }
    let prev = r.doc.paragraphs[p - 1];
    let last =
        r.words.chars.get(prev.start..prev.end.min(r.words.chars.len()))?.iter().rev().find(|c| !c.is_whitespace())?;
    if *last != ':' {
        return None;
    }
    let sentence = r.sentence_at(prev.end.saturating_sub(1));
    let (lo, hi) = (r.tok_at(sentence.start), r.tok_at(sentence.end));
    let cued = (lo..hi).rev().filter(|&i| r.is_cue(i)).find_map(|i| {
        r.speaker_of_cue(i, lo, hi, false, Some(lo)).map(|mention| Source {
            mention,
            cue: Some(r.cue_span(i)),
            confidence: 0.8,
        })
    });
    cued.or_else(|| r.subject(lo, hi).map(|mention| Source { mention, cue: None, confidence: 0.6 }))
}

/// A quote with no attribution of its own continues the one before it: in the same paragraph, or opening the next
/// paragraph.
fn continues(r: &Reader, prev: Span, q: Span) -> bool {
    let (Some(pp), Some(qp)) = (r.doc.paragraph_at(prev.start), r.doc.paragraph_at(q.start)) else { return false };
    let pe = r.doc.paragraph_at(prev.end.saturating_sub(1)).unwrap_or(pp);
    if qp == pp || qp == pe {
        return true;
    }
    let para = r.doc.paragraphs[qp];
    qp == pe + 1 && r.tok_at(para.start) == r.tok_at(q.start)
}

/// The subject of the quote's sentence when it is a name, pronoun or role followed by its verb: "Mr. Cruz
/// pledged to oppose … "today, tomorrow, forever."".
fn sentence_subject(r: &Reader, q: Span) -> Option<Source> {
    let sentence = r.sentence_at(q.start);
    subject_with_verb(r, r.tok_at(sentence.start), r.tok_at(q.start))
}

fn subject_with_verb(r: &Reader, lo: usize, hi: usize) -> Option<Source> {
    let m = r.subject(lo, hi)?;
    let after = r.tok_at(m.span.end);
    Some(Source { mention: m, cue: r.tokens().get(after).map(|t| t.span), confidence: 0.5 })
}

/// A quote that opens its sentence with no attribution takes the subject of the sentence before it, in the same
/// paragraph or, when the quote fills its paragraph, in the paragraph before.
fn source_from_previous_sentence(r: &Reader, q: Span) -> Option<Source> {
    let p = r.doc.paragraph_at(q.start)?;
    let para = r.doc.paragraphs[p];
    let sentence = r.sentence_at(q.start);
    if r.tok_at(sentence.start) != r.tok_at(q.start) {
        return None;
    }
    let previous = if r.tok_at(para.start) == r.tok_at(q.start) {
        if p == 0 || r.tok_at(q.end) < r.tok_at(para.end) {
            return None;
        }
        r.sentence_at(r.doc.paragraphs[p - 1].end.saturating_sub(1))
    } else {
        r.sentence_at(sentence.start.saturating_sub(1))
    };
    subject_with_verb(r, r.tok_at(previous.start), r.tok_at(previous.end))
}
