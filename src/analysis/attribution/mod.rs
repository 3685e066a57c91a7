//! Who said what: quotes with their speakers and cues, and the readouts they came through.

mod cues;
mod names;
mod quote_marks;
mod readouts;
mod speakers;

use super::DateMention;
use crate::analysis::text::{Token, Tokens};
use crate::model::{Document, Quote, QuoteId, QuoteKind, Readout, ReadoutId, Span, Speaker};
use names::{Mention, MentionKind, WordClass, Words};
use readouts::{FoundReadout, ReadoutIndex};
use speakers::SpeakerTable;
use std::collections::HashSet;

pub use speakers::{org_core, same_person_normed};

/// One document's quotes, readouts and the speakers they name. Speaker ids index `speakers`.
#[derive(Clone, Debug, Default)]
pub struct Attribution {
    pub quotes: Vec<Quote>,
    pub readouts: Vec<Readout>,
    pub speakers: Vec<Speaker>,
}

/// The words that attribute a quote: who, through which cue, and how sure we are.
#[derive(Clone, Debug)]
struct Source {
    mention: Mention,
    cue: Option<Span>,
    confidence: f32,
}

/// The text of a document as the attribution stages read it.
struct Reader<'a> {
    doc: &'a Document,
    words: Words<'a>,
    /// Capitalised words that occur somewhere other than the start of a sentence.
    caps_inside: HashSet<&'a str>,
}

impl Reader<'_> {
    fn tokens(&self) -> &[Token<'_>] {
        self.words.tokens
    }

    /// The index of the first token that starts at or after a character offset.
    fn tok_at(&self, offset: usize) -> usize {
        self.tokens().partition_point(|t| t.span.start < offset)
    }

    /// Token `i` in lower case, or "" past the end.
    fn lower(&self, i: usize) -> &str {
        self.words.lower.get(i).copied().unwrap_or_default()
    }

    /// The sentence that holds an offset, or the paragraph when the offset lies outside every sentence.
    fn sentence_at(&self, offset: usize) -> Span {
        let s = &self.doc.sentences;
        let i = s.partition_point(|x| x.end <= offset);
        match s.get(i) {
            Some(x) if x.start <= offset => *x,
            _ => self.doc.paragraph_at(offset).map_or(Span::new(offset, offset), |p| self.doc.paragraphs[p]),
        }
    }

    fn is_cue(&self, i: usize) -> bool {
        let l = self.lower(i);
        // A capital is a name ("States", "Read") unless the word opens its sentence.
        if self.tokens().get(i).is_some_and(|t| t.is_capitalised()) && !self.opens_sentence(i) {
            return false;
        }
        // After a possessive or an article the word is a noun: "Clinton's emails", "his calls", "the reports".
        if i > 0 && self.words.joined(i - 1, i) {
            let before = self.lower(i - 1);
            let possessive = before.ends_with("'s") || before.ends_with("’s");
            if possessive && !cues::is_pronoun(before) || cues::is_possessive_or_article(before) {
                return false;
            }
        }
        self.words.is(i, WordClass::SPEECH_VERB)
            || (l == "according" && self.lower(i + 1) == "to")
            || (matches!(l, "went" | "goes") && self.lower(i + 1) == "on")
    }

    /// True when token `i` is the first word of its sentence.
    fn opens_sentence(&self, i: usize) -> bool {
        self.tokens().get(i).is_some_and(|t| self.tok_at(self.sentence_at(t.span.start).start) == i)
    }

    /// True when the phrase of tokens `a..b` could be capitals explained by sentence position alone: it opens a
    /// sentence with a word the text never capitalises elsewhere, and is that word alone or a participle
    /// ("Asked Tuesday").
    fn only_positional(&self, a: usize, b: usize) -> bool {
        let Some(first) = self.tokens().get(a) else { return false };
        let lower = first.text.to_lowercase();
        let participle = lower.ends_with("ed") || lower.ends_with("ing");
        (b == a + 1 || participle)
            && self.opens_sentence(a)
            && !self.caps_inside.contains(first.text)
            && !cues::is_pronoun(&lower)
    }

    /// The cue span of the cue at token `i`: "said", or "according to".
    fn cue_span(&self, i: usize) -> Span {
        let t = &self.tokens()[i];
        if matches!(self.lower(i), "according" | "went" | "goes")
            && let Some(n) = self.tokens().get(i + 1)
        {
            return t.span.cover(n.span);
        }
        t.span
    }

    /// The speaker phrase for a cue at token `i`, looking back no further than `lo` and forward no further than
    /// `hi`: the subject before the cue, the phrase after it when `may_follow` ("said Trump", "according to the
    /// Kremlin") or when it runs up to `hi`, else the subject that opens the sentence at `subject_from` ("Trump
    /// spoke for an hour, saying …").
    fn speaker_of_cue(
        &self,
        i: usize,
        lo: usize,
        hi: usize,
        may_follow: bool,
        subject_from: Option<usize>,
    ) -> Option<Mention> {
        let l = self.lower(i);
        if l == "according" {
            let Some((a, b)) = self.words.phrase_after(i + 2, hi) else {
                // "according to calculations by Amy Glasmeier": a plain noun and "by" before the source.
                let by = (i + 3..hi.min(i + 6)).find(|&k| self.lower(k) == "by")?;
                let plain = (i + 2..by).all(|k| !self.tokens()[k].is_capitalised() && self.words.joined(k, k + 1));
                let (a, b) = self.words.phrase_after(by + 1, hi).filter(|_| plain)?;
                return self.words.mention(a, b).filter(|m| matches!(m.kind, MentionKind::Name(_)));
            };
            let m = self.words.mention(a, b)?;
            // "according to a court document filed by the state attorney"
            if m.kind == MentionKind::Readout
                && b + 1 < hi
                && matches!(self.lower(b), "issued" | "filed" | "released" | "published" | "written")
                && self.lower(b + 1) == "by"
                && let Some(by) = self.words.phrase_after(b + 2, hi).and_then(|(x, y)| self.words.mention(x, y))
            {
                return Some(by);
            }
            return Some(m);
        }
        let mut e = i;
        // "Kelly said": a capitalised word ending in -ly is a name, not an adverb.
        while e > lo && cues::is_aux_or_adverb(self.lower(e - 1)) && !self.tokens()[e - 1].is_capitalised() && i - e < 3
        {
            e -= 1;
        }
        if let Some(m) = self.relative_subject(e, lo) {
            return Some(m);
        }
        // "Gov. John Kasich (R-OH), said": the parenthesis after a name is skipped.
        let (e, skipped) = self.before_parenthetical(e, lo);
        let gap = if e > lo { self.words.between(e - 1, e) } else { String::new() };
        let joined = e > lo && (self.words.joined(e - 1, e) || skipped);
        let comma = e > lo && (gap == "," || cues::is_dash(&gap));
        if (joined || comma)
            && let Some((a, b)) = self.words.phrase_before(e, lo)
            && let Some(m) =
                self.words.mention(a, b).or_else(|| joined.then(|| self.words.adjective_as_noun(a, b)).flatten())
        {
            let m2 = self.apposition(a, lo, m.clone());
            if joined || m2 != m {
                return Some(self.joint(a, lo, m2));
            }
        }
        // "…?" asked Sen. Cantwell: right after a quote, "asked" is inverted and names who asked.
        let object_verb = matches!(l, "told" | "tells" | "telling" | "asked" | "asks" | "urged" | "warned")
            && !(matches!(l, "asked" | "urged" | "warned") && i == lo && may_follow);
        if i + 1 < hi
            && !object_verb
            && let Some((a, b)) = self.words.phrase_after(i + 1, hi)
            && !l.ends_with("ing")
            && (may_follow && (!cues::is_pronoun(self.lower(a)) || b == hi && self.lower(a) != "it")
                || b == hi && !cues::is_pronoun(self.lower(a)))
        {
            let m = self.words.mention(a, b).or_else(|| self.words.adjective_as_noun(a, b));
            // "Cruz questioned Trump's "New York values"": a possessive before the quote is no speaker; the
            // clause's subject may be.
            match m {
                Some(m) if self.not_a_subject(&m, b) => {}
                m => return m.map(|m| self.role_after(m, b, hi)),
            }
        }
        // "The senator survived five years in prison and says …": the second verb shares the clause's subject.
        let coordinated = e > lo && self.lower(e - 1) == "and";
        subject_from.filter(|_| comma || coordinated || l.ends_with("ing")).and_then(|from| self.subject(from, i))
    }

    /// The token where a phrase before token `e` ends when a parenthesis such as "(R-OH)" or "(R-OH)," stands
    /// between them, and true; without a parenthesis, `e` and false.
    fn before_parenthetical(&self, e: usize, lo: usize) -> (usize, bool) {
        if e <= lo || !self.words.between(e - 1, e).trim_start_matches('.').starts_with(')') {
            return (e, false);
        }
        match (lo + 1..e).rev().take(6).find(|&k| self.words.between(k - 1, k).ends_with('(')) {
            Some(k) if self.words.between(k - 1, k) == "(" => (k, true),
            _ => (e, false),
        }
    }

    /// "Beck, who has in the past described …": the relative pronoun that opens a clause after a comma, standing
    /// for the name before it. The mention is the pronoun; its name is the name before the comma.
    fn relative_subject(&self, e: usize, lo: usize) -> Option<Mention> {
        let k = (lo + 1..e).rev().take(5).find(|&k| matches!(self.lower(k), "who" | "which"))?;
        if self.words.between(k - 1, k) != ","
            || (k + 1..e).any(|j| {
                self.words.between(j - 1, j).contains(',')
                    || self.tokens()[j].is_capitalised()
                    || cues::is_pronoun(self.lower(j))
            })
        {
            return None;
        }
        let (a, b) = self.words.phrase_before(k, lo)?;
        let m = self.words.mention(a, b).filter(|m| matches!(m.kind, MentionKind::Name(_)))?;
        Some(Mention { span: self.tokens()[k].span, ..m })
    }

    /// The subject of a clause that starts at token `from`: the first phrase before `hi` that can speak, is not
    /// governed by a preposition and is not a capital explained by sentence position; it must be followed by a
    /// word in lower case or by a comma that opens an apposition.
    fn subject(&self, from: usize, hi: usize) -> Option<Mention> {
        let mut i = from;
        // The end of the last phrase a preposition governed, so that "in Salem, New Hampshire" stays governed.
        let mut governed_until = None;
        let opener_end = self.opener_end(from, hi);
        while i < hi {
            let Some((a, b)) = self.words.phrase_after(i, hi).filter(|(a, b)| b > a) else {
                i += 1;
                continue;
            };
            // "days after Trump called Putin": a conjunction before a clause does not govern its subject.
            let clause = a > from
                && matches!(self.lower(a - 1), "after" | "before" | "since" | "until")
                && b < hi
                && self.words.joined(b - 1, b)
                && self.tokens()[b].text.chars().next().is_some_and(char::is_lowercase);
            let by_preposition = a > from && is_preposition(self.lower(a - 1)) && !clause;
            let by_comma = a > from
                && governed_until == Some(a - 1)
                && self.words.between(a - 1, a) == ","
                && (b >= hi || self.words.between(b - 1, b) == ",");
            i = b;
            let Some(m) = self.words.mention(a, b) else { continue };
            if by_preposition || by_comma {
                // One place after a comma, not a chain: "in Salem, New Hampshire, Trump said".
                governed_until = by_preposition.then_some(b - 1);
                continue;
            }
            if opener_end.is_some_and(|end| a < end) {
                continue;
            }
            if self.only_positional(a, b) || m.kind == MentionKind::Readout || self.not_a_subject(&m, b) {
                continue;
            }
            let (b, gap) = self.after_parenthetical(b, hi);
            let next_ok = b < hi
                && (gap == ","
                    || cues::is_dash(&gap)
                    || gap.is_empty() && self.tokens()[b].text.chars().next().is_some_and(char::is_lowercase));
            if next_ok {
                return Some(m);
            }
        }
        None
    }

    /// The token after the comma that closes an opening subordinate or participle clause ("While the donor did
    /// not say, he …", "Horrified at the prospect, Ramos …"), when the clause at `from` opens with one.
    fn opener_end(&self, from: usize, hi: usize) -> Option<usize> {
        let first = self.lower(from);
        let subordinate = matches!(
            first,
            "while"
                | "although"
                | "though"
                | "when"
                | "after"
                | "before"
                | "if"
                | "as"
                | "since"
                | "because"
                | "despite"
        );
        if !(subordinate || self.opens_sentence(from) && self.only_positional(from, from + 2)) {
            return None;
        }
        (from + 1..hi).find(|&k| self.words.between(k - 1, k) == ",")
    }

    /// A phrase that cannot be the subject of its clause: a possessive ("Clinton's emails") or the "it" of "it is
    /// strange that …".
    fn not_a_subject(&self, m: &Mention, b: usize) -> bool {
        let last = self.lower(b - 1).replace('’', "'");
        if m.kind != MentionKind::Pronoun {
            return last.ends_with("'s");
        }
        m.name == "it" && (last == "it's" || matches!(self.lower(b), "is" | "was" | "seems" | "seemed"))
    }

    /// The token after a parenthesis that follows the phrase ending before token `b` ("Warren (D-MA) said"), with
    /// the gap after it; without a parenthesis, `b` and the gap before it ("" when only spaces).
    fn after_parenthetical(&self, b: usize, hi: usize) -> (usize, String) {
        let gap = if b < hi { self.words.between(b - 1, b) } else { String::new() };
        if gap != "(" {
            return (b, gap);
        }
        let close = (b + 1..hi.min(b + 6)).find_map(|k| {
            let g = self.words.between(k - 1, k);
            g.split_once(')').map(|(_, after)| (k, after.trim().to_string()))
        });
        close.unwrap_or((b, gap))
    }

    /// "the White House and Kremlin said": two names joined by "and" speak together, as one group.
    fn joint(&self, a: usize, lo: usize, m: Mention) -> Mention {
        if !matches!(m.kind, MentionKind::Name(_))
            || a < lo + 2
            || self.lower(a - 1) != "and"
            || !self.words.joined(a - 1, a)
        {
            return m;
        }
        let first = self
            .words
            .phrase_before(a - 1, lo)
            .filter(|&(_, y)| self.words.joined(y - 1, a - 1))
            .and_then(|(x, y)| self.words.mention(x, y))
            .filter(|f| matches!(f.kind, MentionKind::Name(_)));
        match first {
            Some(f) => Mention {
                span: f.span.cover(m.span),
                kind: MentionKind::Group,
                name: format!("{} and {}", f.name, m.name),
                role: None,
            },
            None => m,
        }
    }

    /// "said Tom Reed, the party chairman": a role phrase after a comma gives the role of the name before it.
    fn role_after(&self, m: Mention, b: usize, hi: usize) -> Mention {
        if !matches!(m.kind, MentionKind::Name(_)) || m.role.is_some() || b >= hi || self.words.between(b - 1, b) != ","
        {
            return m;
        }
        match self.words.phrase_after(b, hi).and_then(|(x, y)| self.words.mention(x, y)) {
            Some(r) if r.kind == MentionKind::Role => Mention { role: Some(strip_the(&r.name)), ..m },
            _ => m,
        }
    }

    /// "Trump, the Republican nominee, said": a role phrase set off by commas stands for the name before it.
    fn apposition(&self, a: usize, lo: usize, m: Mention) -> Mention {
        if m.kind != MentionKind::Role || a <= lo + 1 || self.words.between(a - 1, a) != "," {
            return m;
        }
        match self.words.phrase_before(a, lo).and_then(|(x, y)| self.words.mention(x, y)) {
            Some(name) if matches!(name.kind, MentionKind::Name(_)) => {
                Mention { role: Some(strip_the(&m.name)), ..name }
            }
            _ => m,
        }
    }
}

/// A role phrase without its article: "the party chairman" gives "party chairman".
fn strip_the(phrase: &str) -> String {
    phrase.strip_prefix("the ").or_else(|| phrase.strip_prefix("The ")).unwrap_or(phrase).to_string()
}

/// Finds the quotes, speakers and readouts of one document.
pub fn attribute(doc: &Document, toks: &Tokens, dates: &[DateMention]) -> Attribution {
    let chars: Vec<char> = doc.text.chars().collect();
    let tokens = &toks.tokens;
    let caps_inside = capitalised_inside(doc, tokens);
    let lower: Vec<&str> = toks.lower.iter().map(|l| &**l).collect();
    let r = Reader { doc, words: Words::new(&chars, tokens, &lower), caps_inside };
    let mut table = SpeakerTable::default();
    note_names(&r, &mut table);
    let event = super::dates::event_date(doc, dates);
    let found_readouts = readouts::find_readouts(&r.words, doc.id, &doc.sentences, dates, event, &mut table);
    let index = ReadoutIndex::new(&found_readouts);
    let marked = quote_marks::quote_spans(&chars, &doc.paragraphs);
    let mut quotes: Vec<Quote> = Vec::new();
    let mut previous: Option<(Span, Option<Source>, Option<ReadoutId>)> = None;
    for (n, &span) in marked.iter().enumerate() {
        let Some(kind) = quote_kind(&r, &chars, span) else { continue };
        let lo_bound = n.checked_sub(1).map_or(0, |p| marked[p].end);
        let hi_bound = marked.get(n + 1).map_or(chars.len(), |q| q.start);
        let mut source = find_source(&r, span, lo_bound, hi_bound);
        if is_title(&chars, span) && (source.is_none() || names_a_work(&r, span)) {
            continue;
        }
        let mut readout = None;
        if source.is_none() {
            source = source_before_colon(&r, span);
        }
        if source.is_none()
            && let Some((prev_span, prev_source, prev_readout)) = &previous
            && continues(&r, *prev_span, span)
        {
            source = prev_source.clone().map(|s| Source { confidence: 0.7, ..s });
            readout = *prev_readout;
        }
        if source.is_none() {
            source = sentence_subject(&r, span).or_else(|| source_from_previous_sentence(&r, span));
        }
        let mut speaker = source.as_ref().and_then(|s| table.resolve(&s.mention));
        let sentence = r.sentence_at(span.start);
        readout = readout.or_else(|| {
            readout_for(&found_readouts, &index, sentence, source.as_ref().map(|s| &s.mention), span.start)
        });
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
    indirect_speech(&r, &marked, (&found_readouts, &index), &mut table, &mut quotes);
    quotes.sort_by_key(|q| q.span.start);
    for (i, q) in quotes.iter_mut().enumerate() {
        q.id.index = i as u32;
    }
    Attribution { quotes, readouts: found_readouts.into_iter().map(|f| f.readout).collect(), speakers: table.speakers }
}

/// The capitalised words that occur other than first in a sentence.
fn capitalised_inside<'a>(doc: &Document, tokens: &[Token<'a>]) -> HashSet<&'a str> {
    let mut out = HashSet::new();
    let mut s = 0;
    for (i, t) in tokens.iter().enumerate() {
        while s < doc.sentences.len() && doc.sentences[s].end <= t.span.start {
            s += 1;
        }
        let first = doc.sentences.get(s).is_some_and(|x| x.start <= t.span.start)
            && (i == 0 || tokens[i - 1].span.end <= doc.sentences[s].start);
        if !first && t.is_capitalised() {
            out.insert(t.text);
        }
    }
    out
}

/// Notes every name the text gives, with its role, so that pronouns and role phrases can find them later.
fn note_names(r: &Reader, table: &mut SpeakerTable) {
    for &sentence in &r.doc.sentences {
        let lo = r.tok_at(sentence.start);
        let hi = r.tok_at(sentence.end);
        let subject = r.subject(lo, hi).map(|m| m.span);
        let mut i = lo;
        while i < hi {
            let Some((a, b)) = r.words.phrase_after(i, hi).filter(|(a, b)| b > a) else {
                i += 1;
                continue;
            };
            if let Some(m) = r.words.mention(a, b)
                && let MentionKind::Name(kind) = m.kind
                && !r.only_positional(a, b)
            {
                let mut role = m.role.clone();
                // "Sarah Sanders, the White House press secretary,"
                if role.is_none()
                    && b < hi
                    && r.words.between(b - 1, b) == ","
                    && r.lower(b) == "the"
                    && let Some((x, y)) = r.words.phrase_after(b, hi)
                    && let Some(ap) = r.words.mention(x, y)
                    && ap.kind == MentionKind::Role
                {
                    role = Some(strip_the(&ap.name));
                }
                table.note_known(&m.name, role.as_deref(), kind, m.span.start, subject == Some(m.span));
            }
            i = b;
        }
    }
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

/// A title or name in quote marks: every word capitalised, a few words, no sentence inside.
fn is_title(chars: &[char], span: Span) -> bool {
    let inner: String = chars[span.start + 1..span.end.saturating_sub(1).max(span.start + 1)].iter().collect();
    let words: Vec<&str> = inner.split_whitespace().collect();
    let small = |w: &str| matches!(w, "of" | "the" | "and" | "a" | "an" | "in" | "on" | "for" | "to" | "with" | "at");
    !words.is_empty()
        && words.len() <= 6
        && words.iter().all(|w| small(w) || w.chars().next().is_some_and(|c| c.is_uppercase() || !c.is_alphabetic()))
        && !inner.trim_end().ends_with(['?', '!'])
        && (!inner.trim_end().ends_with('.') || words.len() <= 4)
}

/// A title after a possessive or "on", "of", "in": "ABC's "Good Morning America"", "host of "The Show"".
fn names_a_work(r: &Reader, q: Span) -> bool {
    let i = r.tok_at(q.start);
    i > 0 && {
        let l = r.lower(i - 1);
        l.ends_with("'s") || l.ends_with("’s") || matches!(l, "on" | "of" | "in" | "about" | "called")
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
    // "…," Graham, a former candidate, told CBS News.
    if let Some((a, b)) = r.words.phrase_after(after_lo, after_hi)
        && b < after_hi
        && r.words.between(b - 1, b) == ","
        && let Some(m) = r.words.mention(a, b).filter(|m| matches!(m.kind, MentionKind::Name(_)))
        && let Some(c) = (b..after_hi.min(b + 32)).find(|&k| r.is_cue(k) && r.words.between(k - 1, k).ends_with(','))
    {
        return Some(Source { mention: m, cue: Some(r.cue_span(c)), confidence: 0.85 });
    }
    // "…" about the decision, said NAME: a cue right after the quote or after a comma takes the phrase after it.
    let follows = |i: usize| i == after_lo || r.words.between(i - 1, i) == ",";
    // "… “riding the fence” until Haley said she …": a cue in a clause of its own does not attribute the quote.
    let own_clause = |i: usize| (after_lo..i).any(|k| cues::is_subordinator(r.lower(k)));
    for i in after_lo..after_hi.min(after_lo + 7) {
        if r.is_cue(i)
            && !own_clause(i)
            && let Some(s) = found(i, after_lo, after_hi, follows(i), None, 0.9)
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
    // "… surprise Republican pollster Daron Shaw: "…""
    if before_hi > before_lo
        && r.words
            .chars
            .get(r.tokens()[before_hi - 1].span.end..q.start)
            .is_some_and(|g| g.iter().collect::<String>().trim() == ":")
        && let Some((a, b)) = r.words.phrase_before(before_hi, before_lo)
        && let Some(m) = r.words.mention(a, b).filter(|m| matches!(m.kind, MentionKind::Name(_)))
    {
        return Some(Source { mention: m, cue: None, confidence: 0.7 });
    }
    None
}

/// `"… I hope you find them." Trump said.` and `"…?" Renteria told reporters.`: the sentence splitter ends the
/// sentence at a quote that ends on a full stop, question or exclamation mark, but when the next sentence of its
/// paragraph is a short clause of a speech verb and a speaker, in either order, it attributes the quote.
fn attribution_sentence_after(r: &Reader, q: Span, a: usize) -> Option<Span> {
    let t = r.tokens().get(a)?;
    if r.doc.paragraph_at(t.span.start) != r.doc.paragraph_at(q.end.saturating_sub(1)) {
        return None;
    }
    let next = r.sentence_at(t.span.start);
    let hi = r.tok_at(next.end);
    // Only a short clause that says who spoke, not a sentence that goes on to report more ("He said that …").
    let short = |end: usize| hi <= end + 5 && (end..hi).all(|k| r.lower(k) != "that" && !r.is_cue(k));
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

/// Words that govern a noun phrase, so that it is not a subject.
fn is_preposition(lower: &str) -> bool {
    crate::assets::PREPOSITIONS.contains(lower)
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

/// The readout a quote or claim at `at` comes through: the one its speaker mention names ("according to a White
/// House readout"), one named in its sentence, or the account that speaks ("the statement said").
fn readout_for(
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

/// Whether a speaker mention at token `ms` with its cue at `c` follows what was said ("CONTENT, NAME said on
/// Friday.") rather than opening it after an opening phrase ("Speaking on the radio, Kiedis said his band …"): a
/// comma before the name, and after the cue a few words at most ("in a statement on Friday") that open no clause:
/// no "that" and no finite auxiliary ("… traders say business is poor").
fn content_before(r: &Reader, ms: usize, c: usize, hi: usize) -> bool {
    let opens_clause = |k: usize| {
        matches!(
            r.lower(k),
            "that" | "is" | "was" | "are" | "were" | "has" | "have" | "had" | "will" | "would" | "can" | "could"
        )
    };
    r.words.between(ms - 1, ms).ends_with(',') && hi <= c + 8 && !(c + 1..hi).any(opens_clause)
}

/// Reported speech without quote marks: `…, NAME said.`, `NAME said (that) …`, `according to NAME, …`.
fn indirect_speech(
    r: &Reader,
    marked: &[Span],
    (found, index): (&[FoundReadout], &ReadoutIndex),
    table: &mut SpeakerTable,
    quotes: &mut Vec<Quote>,
) {
    let doc = r.doc;
    // A sentence that names the speaker of a quote before it ("…?" Renteria told reporters.) reports no speech of
    // its own.
    let mut mentions: Vec<usize> =
        quotes.iter().filter_map(|q| q.speaker_mention.filter(|m| m.start >= q.span.end)).map(|m| m.start).collect();
    mentions.sort_unstable();
    for &sentence in &doc.sentences {
        let m = marked.partition_point(|q| q.end <= sentence.start);
        if marked.get(m).is_some_and(|q| q.start < sentence.end) {
            continue;
        }
        let k = mentions.partition_point(|&x| x < sentence.start);
        if mentions.get(k).is_some_and(|&x| x < sentence.end) {
            continue;
        }
        let lo = r.tok_at(sentence.start);
        let hi = r.tok_at(sentence.end);
        if hi <= lo + 3 {
            continue;
        }
        let Some(c) = (lo..hi).find(|&i| {
            let l = r.lower(i);
            r.is_cue(i) && (l == "according" || cues::reports_indirect_speech(l)) || cues::is_weak_verb(l)
        }) else {
            continue;
        };
        let Some(mention) = r.speaker_of_cue(c, lo, hi, true, Some(lo)) else { continue };
        let ms = r.tok_at(mention.span.start);
        let me = r.tok_at(mention.span.end);
        let tokens = r.tokens();
        let piece = |a: usize, b: usize| (a < b).then(|| Span::new(tokens[a].span.start, tokens[b - 1].span.end));
        let content = if r.lower(c) == "according" {
            if c <= lo + 1 {
                // "According to NAME, CONTENT"
                (me..hi).find(|&k| k > 0 && r.words.between(k - 1, k).contains(',')).and_then(|k| piece(k, hi))
            } else {
                piece(lo, c)
            }
        } else if ms > c || ms > lo + 2 && content_before(r, ms, c, hi) {
            // "CONTENT, said NAME." and "CONTENT, NAME said."
            piece(lo, ms.min(c))
        } else {
            // "NAME said (that) CONTENT"
            let after_cue = c + 1;
            let mut s = after_cue;
            if matches!(r.lower(c), "told" | "tells") {
                s = (after_cue..hi.min(after_cue + 5)).find(|&k| r.lower(k) == "that").unwrap_or(after_cue + 1);
            }
            if r.lower(s) == "that" {
                s += 1;
            }
            if s + 2 >= hi { None } else { piece(s, hi) }
        };
        let Some(content) = content else { continue };
        if content.is_empty() {
            continue;
        }
        let readout = readout_for(found, index, sentence, Some(&mention), sentence.start);
        let speaker = table
            .resolve(&mention)
            .or_else(|| readout.and_then(|id| found.get(id.index as usize)).and_then(|f| f.readout.issuer));
        quotes.push(Quote {
            id: QuoteId { doc: doc.id, index: 0 },
            span: content,
            kind: QuoteKind::Indirect,
            speaker,
            speaker_mention: Some(mention.span),
            cue: Some(r.cue_span(c)),
            readout,
            confidence: 0.6,
        });
    }
}

#[cfg(test)]
mod tests;
