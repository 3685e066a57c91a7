//! The phrase grammar of attribution: the text as the stages read it, its speech cues, and the speaker phrase a cue
//! or a clause names: the subject before a cue, the name after it, appositions, joint speakers.

use super::cues;
use super::names::{Mention, MentionKind, WordClass, Words};
use super::speakers::SpeakerTable;
use crate::analysis::text::{Token, is_finite_auxiliary, is_form_of_be, without_clitic};
use crate::model::{Document, Span};
use std::collections::HashSet;

mod relative_clauses;
mod shares_of_people;

/// The text of a document as the attribution stages read it.
pub(super) struct Reader<'a> {
    pub doc: &'a Document,
    pub words: Words<'a>,
    /// Capitalised words that occur somewhere other than the start of a sentence.
    caps_inside: HashSet<&'a str>,
}

impl<'a> Reader<'a> {
    /// Reads a document from its characters, its tokens and their lower-case forms.
    pub(super) fn new(doc: &'a Document, chars: &'a [char], tokens: &'a [Token<'a>], lower: &'a [&'a str]) -> Self {
        Reader { doc, words: Words::new(chars, tokens, lower), caps_inside: capitalised_inside(doc, tokens) }
    }

    pub(super) fn tokens(&self) -> &[Token<'_>] {
        self.words.tokens
    }

    /// The index of the first token that starts at or after a character offset.
    pub(super) fn tok_at(&self, offset: usize) -> usize {
        self.tokens().partition_point(|t| t.span.start < offset)
    }

    /// Token `i` in lower case, or "" past the end.
    pub(super) fn lower(&self, i: usize) -> &str {
        self.words.lower.get(i).copied().unwrap_or_default()
    }

    /// Whether a comma stands between token `k` and the token before it.
    pub(super) fn after_comma(&self, k: usize) -> bool {
        k > 0 && self.words.between(k - 1, k).contains(',')
    }

    /// The sentence that holds an offset, or the paragraph when the offset lies outside every sentence.
    pub(super) fn sentence_at(&self, offset: usize) -> Span {
        let s = &self.doc.sentences;
        let i = s.partition_point(|x| x.end <= offset);
        match s.get(i) {
            Some(x) if x.start <= offset => *x,
            _ => self.doc.paragraph_at(offset).map_or(Span::new(offset, offset), |p| self.doc.paragraphs[p]),
        }
    }

    pub(super) fn is_cue(&self, i: usize) -> bool {
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
            // "44 emails", "two calls": after a number above one, a form in -s is a plural noun ("Six in 10 say").
            let number = !before.is_empty() && before.bytes().all(|b| b.is_ascii_digit() || b == b',')
                || crate::assets::NUMBER_WORDS.contains_key(before);
            if number && !matches!(before, "1" | "one") && l.ends_with('s') {
                return false;
            }
        }
        // "countered by asking for more", "responded by filing suit": the verb tells how someone acted. A speech
        // verb after "by" ("responded by saying") is the cue then.
        if self.lower(i + 1) == "by" && self.lower(i + 2).ends_with("ing") {
            return false;
        }
        // "responded with stun grenades", "countered with a bid": a verb of answering before "with" tells of a deed.
        if self.lower(i + 1) == "with" && ["respond", "repl", "answer", "counter"].iter().any(|v| l.starts_with(v)) {
            return false;
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
    pub(super) fn only_positional(&self, a: usize, b: usize) -> bool {
        let Some(first) = self.tokens().get(a) else { return false };
        let lower = first.text.to_lowercase();
        let participle = lower.ends_with("ed") || lower.ends_with("ing");
        (b == a + 1 || participle)
            && self.opens_sentence(a)
            && !self.caps_inside.contains(first.text)
            && !cues::is_pronoun(&lower)
    }

    /// The cue span of the cue at token `i`: "said", or "according to".
    pub(super) fn cue_span(&self, i: usize) -> Span {
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
    pub(super) fn speaker_of_cue(
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
        // Auxiliaries, adverbs and the day stand between a subject and its cue: "Cruz has long said", "The White
        // House on Monday said", "Priebus later Tuesday told", "The committee this week announced". "Kelly said": a
        // capitalised word ending in -ly is a name, not an adverb.
        loop {
            let w = if e > lo + 1 && self.words.joined(e - 1, e) { self.lower(e - 1) } else { "" };
            let part_of_day = matches!(w, "morning" | "afternoon" | "evening" | "night")
                && e > lo + 2
                && cues::is_calendar_word(self.lower(e - 2))
                && self.words.joined(e - 2, e - 1);
            if cues::is_calendar_word(w) || part_of_day {
                // "Sean Spicer on Thursday evening said"
                e -= if part_of_day { 2 } else { 1 };
                if e > lo + 1 && self.lower(e - 1) == "on" && self.words.joined(e - 1, e) {
                    e -= 1;
                }
            } else if matches!(w, "week" | "weekend" | "month" | "year")
                && e > lo + 2
                && matches!(self.lower(e - 2), "this" | "last")
                && self.words.joined(e - 2, e - 1)
            {
                e -= 2;
            } else if matches!(w, "week" | "weekend" | "month" | "year")
                && e > lo + 3
                && self.lower(e - 2) == "past"
                && matches!(self.lower(e - 3), "this" | "the")
                && self.words.joined(e - 3, e - 2)
            {
                // "Reince Priebus, the GOP chairman, this past week announced"
                e -= 3;
            } else if e > lo
                && cues::is_aux_or_adverb(self.lower(e - 1))
                && !self.tokens()[e - 1].is_capitalised()
                && i - e < 3
            {
                e -= 1;
            } else {
                break;
            }
        }
        if let Some(m) = self
            .relative_subject(e, lo)
            .or_else(|| self.restrictive_subject(e, lo))
            .or_else(|| self.share_of_people(e, lo))
        {
            return Some(m);
        }
        // "Jokes are told", "he would be charged", "the numbers aren't confirmed", "Mitchell seems assured": the
        // subject of a passive cue, or of one that a linking verb makes an adjective, is what was said or who was
        // spoken to.
        let before = |k: usize| cues::is_aux_or_adverb(self.lower(k)) || is_copula(self.lower(k));
        let mut verb_group = (lo..i).rev().take(3).take_while(|&k| before(k));
        if !l.ends_with("ing") && verb_group.any(|k| is_copula(self.lower(k))) {
            return None;
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
            let (a, m) = self.head_before(a, lo, m);
            if m.kind == MentionKind::Readout
                && m.name.is_empty()
                && let Some(issuer) = subject_from.and_then(|from| self.issuer_before(a, from))
            {
                return Some(issuer);
            }
            // A role right before its cue is the subject ("… to Cairo, her friend said"); one set off by commas or
            // followed by a parenthesis stands for the name before it.
            let m2 = if joined && !skipped { m.clone() } else { self.apposition(a, lo, m.clone()) };
            if joined || m2 != m {
                return Some(self.joint(a, lo, m2));
            }
            // A name set off by commas after the role that opens the clause: "The head of the union, Giannis
            // Panagopoulos, said", "The council spokesman, Tom Reed, said". The role may end at the comma, so the
            // subject is sought up to the name's first word.
            if matches!(m.kind, MentionKind::Name(_))
                && a > lo
                && self.words.between(a - 1, a) == ","
                && let Some(role) = subject_from.and_then(|from| self.subject(from, a + 1))
                && matches!(role.kind, MentionKind::Role | MentionKind::Anonymous)
            {
                let words = self.tokens()[self.tok_at(role.span.start)..a].iter().map(|t| t.text).collect::<Vec<_>>();
                return Some(Mention { span: role.span.cover(m.span), role: Some(strip_the(&words.join(" "))), ..m });
            }
        }
        // "…?" asked Sen. Cantwell: right after a quote, "asked" is inverted and names who asked. A verb that acts
        // on what follows it names what it denies or confirms there, not who speaks ("denied the report").
        let denial = matches!(l, "denied" | "denies" | "confirmed" | "confirms" | "rejected" | "rejects" | "dismissed");
        let object_verb = denial
            || matches!(l, "told" | "tells" | "telling" | "asked" | "asks" | "urged" | "warned")
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
                Some(m) if self.not_a_subject(&m, b) || self.verb_follows(b) => {}
                Some(m) => {
                    let (m, b) = self.joint_after(m, b, hi);
                    return Some(self.role_after(m, b, hi));
                }
                // "Devine, an adviser, said Monday that …": a phrase that names no one leaves the clause's subject.
                None => {}
            }
        }
        // "The senator survived five years in prison and says …", "Clinton has expressed concerns but has said …":
        // the second verb shares the clause's subject.
        let coordinated = e > lo && matches!(self.lower(e - 1), "and" | "but");
        subject_from.filter(|_| comma || coordinated || l.ends_with("ing")).and_then(|from| self.subject(from, i))
    }

    /// "McConnell issued a statement saying …", "Rubio's campaign sent out a press release saying …": the subject
    /// of the verb that issued the readout or document phrase at token `a`, in the clause from token `from`; it
    /// speaks through the document.
    fn issuer_before(&self, a: usize, from: usize) -> Option<Mention> {
        let mut v = a.checked_sub(1)?;
        if v > from && self.lower(v) == "out" {
            v -= 1;
        }
        let issued = matches!(
            self.lower(v),
            "issued" | "released" | "sent" | "put" | "posted" | "published" | "circulated" | "distributed"
        );
        // The clause opens after the last comma before the verb ("After the call ended, Rubio's campaign sent").
        let from = (from + 1..v).rev().find(|&k| self.after_comma(k)).unwrap_or(from);
        (v > from && issued).then(|| self.subject(from, v + 1)).flatten().filter(|m| self.tok_at(m.span.end) == v)
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

    /// The subject of a clause that starts at token `from`: the first phrase before `hi` that can speak, is not
    /// governed by a preposition and is not a capital explained by sentence position; it must be followed by a
    /// word in lower case or by a comma that opens an apposition.
    pub(super) fn subject(&self, from: usize, hi: usize) -> Option<Mention> {
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
    pub(super) fn opener_end(&self, from: usize, hi: usize) -> Option<usize> {
        let subordinate = cues::opens_subordinate_clause(self.lower(from));
        if !(subordinate || self.opens_sentence(from) && self.only_positional(from, from + 2)) {
            return None;
        }
        (from + 1..hi).find(|&k| self.words.between(k - 1, k) == ",")
    }

    /// A phrase that cannot be the subject of its clause: a possessive ("Clinton's emails"), the "it" of "it is
    /// strange that …", or a document that names no issuer with the clause going on after it, which is what the verb
    /// acts on ("noted the rule in the interview").
    fn not_a_subject(&self, m: &Mention, b: usize) -> bool {
        if m.kind == MentionKind::Readout && m.name.is_empty() {
            return self.words.joined(b - 1, b);
        }
        let last = self.lower(b - 1).replace('’', "'");
        if m.kind != MentionKind::Pronoun {
            return last.ends_with("'s");
        }
        m.name == "it" && (last == "it's" || matches!(self.lower(b), "is" | "was" | "seems" | "seemed"))
    }

    /// Whether an auxiliary or a modal verb follows the phrase that ends before token `b`, with nothing but a space
    /// between: the phrase after a cue is then the subject of what was said ("said the embassy would stay open"),
    /// not its speaker ("said the embassy.").
    fn verb_follows(&self, b: usize) -> bool {
        b < self.tokens().len() && self.words.joined(b - 1, b) && is_finite_auxiliary(self.lower(b))
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

    /// "a spokesman for the ministry said", "the head of the union said", "Ivan Petrov of the ministry said",
    /// "officials at the ministry said", "a statement from the ministry said": a person, role, group or readout and a
    /// preposition before the phrase `m` that starts at token `a` make one speaker phrase with it. A person, role or
    /// group speaks; a readout speaks for the phrase after it, its issuer. Returns the phrase's first token and its
    /// mention.
    fn head_before(&self, a: usize, lo: usize, m: Mention) -> (usize, Mention) {
        if a < lo + 2 || !cues::ties_to_head(self.lower(a - 1)) || !self.words.joined(a - 1, a) {
            return (a, m);
        }
        let head = self
            .words
            .phrase_before(a - 1, lo)
            .filter(|&(_, y)| y == a - 1 && self.words.joined(y - 1, y))
            .and_then(|(x, y)| Some((x, self.words.mention(x, y)?)));
        let Some((x, head)) = head else { return (a, m) };
        let span = head.span.cover(m.span);
        let whole = || self.words.chars.get(span.start..span.end).map(|c| c.iter().collect()).unwrap_or_default();
        match head.kind {
            MentionKind::Name(_) => (x, Mention { span, ..head }),
            MentionKind::Role | MentionKind::Anonymous | MentionKind::Group => {
                (x, Mention { span, name: whole(), ..head })
            }
            MentionKind::Readout => (x, Mention { span, ..m }),
            _ => (a, m),
        }
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

    /// "said Tom Reed, the party chairman": a role phrase after a comma gives the role of the name or the joint names
    /// before it.
    fn role_after(&self, m: Mention, b: usize, hi: usize) -> Mention {
        let named = matches!(m.kind, MentionKind::Name(_) | MentionKind::Group);
        if !named || m.role.is_some() || b >= hi || self.words.between(b - 1, b) != "," {
            return m;
        }
        match self.words.phrase_after(b, hi).and_then(|(x, y)| self.words.mention(x, y)) {
            Some(r) if r.kind == MentionKind::Role => Mention { role: Some(strip_the(&r.name)), ..m },
            _ => m,
        }
    }

    /// "said Laurence Mark and Bill Condon, the new producers": a name after a cue ending at token `b` and joined by
    /// "and" to another name speaks with it, as one group; with the token where the group ends.
    fn joint_after(&self, m: Mention, b: usize, hi: usize) -> (Mention, usize) {
        if !matches!(m.kind, MentionKind::Name(_)) || self.lower(b) != "and" || !self.words.joined(b - 1, b) {
            return (m, b);
        }
        let second = self.words.phrase_after(b + 1, hi).filter(|&(x, _)| self.words.joined(b, x));
        match second.and_then(|(x, y)| Some((self.words.mention(x, y)?, y))) {
            Some((n, y)) if matches!(n.kind, MentionKind::Name(_)) => {
                let name = format!("{} and {}", m.name, n.name);
                (Mention { span: m.span.cover(n.span), kind: MentionKind::Group, name, role: None }, y)
            }
            _ => (m, b),
        }
    }

    /// "Trump, the Republican nominee, said", "Steven Cheung, a spokesman, said": a role phrase set off by commas
    /// stands for the name before it, unless a preposition governs that name ("…, facing a challenge in Iowa, a swing
    /// state, said").
    fn apposition(&self, a: usize, lo: usize, m: Mention) -> Mention {
        if !matches!(m.kind, MentionKind::Role | MentionKind::Anonymous)
            || a <= lo + 1
            || self.words.between(a - 1, a) != ","
        {
            return m;
        }
        let governed = |x: usize| x > lo && is_preposition(self.lower(x - 1));
        match self.words.phrase_before(a, lo).filter(|&(x, _)| !governed(x)).and_then(|(x, y)| self.words.mention(x, y))
        {
            Some(name) if matches!(name.kind, MentionKind::Name(_)) => {
                Mention { role: Some(strip_the(&m.name)), ..name }
            }
            _ => m,
        }
    }
}

/// A role phrase without its article: "the party chairman" gives "party chairman", "a spokesman" "spokesman".
fn strip_the(phrase: &str) -> String {
    let article = ["the ", "The ", "a ", "A ", "an ", "An "].iter().find_map(|a| phrase.strip_prefix(a));
    article.unwrap_or(phrase).to_string()
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
pub(super) fn note_names(r: &Reader, table: &mut SpeakerTable) {
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
                // "Sarah Sanders, the White House press secretary,"; a plural role is that of more than one name
                // ("Laurence Mark and Bill Condon, the new producers").
                if role.is_none()
                    && b < hi
                    && r.words.between(b - 1, b) == ","
                    && r.lower(b) == "the"
                    && let Some((x, y)) = r.words.phrase_after(b, hi)
                    && let Some(ap) = r.words.mention(x, y)
                    && ap.kind == MentionKind::Role
                    && !cues::is_plural_role(r.lower(y - 1))
                {
                    role = Some(strip_the(&ap.name));
                }
                table.note_known(&m.name, role.as_deref(), kind, m.span, subject == Some(m.span));
                if a > 0
                    && matches!(r.lower(a - 1), "in" | "at" | "near" | "outside" | "inside" | "across" | "throughout")
                {
                    table.note_place(&m.name, kind);
                }
            }
            i = b;
        }
    }
}

/// Words that govern a noun phrase, so that it is not a subject.
pub(super) fn is_preposition(lower: &str) -> bool {
    crate::assets::PREPOSITIONS.contains(lower)
}

/// Whether a word is a form of "be", negated or not ("aren't"), or a verb that links its subject to an adjective
/// as "be" does ("seems", "appeared", "remain"), so that a participle after it describes the subject.
fn is_copula(lower: &str) -> bool {
    is_form_of_be(without_clitic(lower))
        || matches!(
            lower,
            "seem" | "seems" | "seemed" | "appear" | "appears" | "appeared" | "remain" | "remains" | "remained"
        )
}
