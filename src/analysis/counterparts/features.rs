//! What a claim offers as evidence for a counterpart: its content terms, names, numbers, quoted words and dates.

use super::amounts::{Amount, amounts};
use super::slots::{RoleName, is_change_word, role_names};
use super::synonyms::canonical;
use super::word_context::{denies_a_bound, ends_a_name, opens_clause, passive_event, places_a_moment};
use crate::analysis::dates::{DateMention, DatePrecision};
use crate::analysis::text::{Token, is_stopword, lower_form, stem, tokenize, without_clitic};
use crate::assets::{
    ATTRIBUTION_CUES, MONTHS, NEGATIONS, NUMBER_WORDS, ORDINALS, REFUSAL_VERBS, TIMESTAMP_WORDS, WEEKDAYS,
};
use crate::model::{CharIndex, Claim, Document, DocumentAnalysis, Span, SpeakerId};
use chrono::NaiveDate;
use rustc_hash::FxHashMap;
use std::cell::RefCell;
use std::sync::Arc;

/// How a term entered a claim: as a plain word, a name or a number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TermKind {
    Word,
    Name,
    Number,
}

/// One distinct term of a claim: its key (a stem, or a synonym group's stem), its kind and the word as written.
#[derive(Clone, Debug)]
pub(crate) struct Term {
    pub key: Arc<str>,
    pub kind: TermKind,
    pub surface: String,
    /// The stem before synonyms were folded in, to tell an exact match from a synonym.
    pub stem: Arc<str>,
    /// The clauses of the claim that hold the term, as bits: bit `k` for its `k`-th clause ([`opens_clause`]), the
    /// last bit for every clause from the 64th on.
    pub clauses: u64,
}

/// The evidence one claim offers.
#[derive(Clone, Debug, Default)]
pub(crate) struct ClaimFeatures {
    /// Distinct terms, sorted by key.
    pub terms: Vec<Term>,
    /// The words inside quote marks, in order.
    pub quoted: Vec<QuotedWord>,
    /// Day-precise dates the claim mentions.
    pub dates: Vec<NaiveDate>,
    /// The keys of the content words next to the claim's day-precise dates, up to [`DATE_NEIGHBOURS`] on each side
    /// of each: the action a date places ("captured Monday", "On March 3, Obama overturned").
    pub date_neighbours: Vec<Arc<str>>,
    /// Each content word's key with its character offset in the document, in text order; dates and numbers aside.
    pub word_offsets: Vec<(usize, Arc<str>)>,
    /// Years the claim mentions.
    pub years: Vec<i32>,
    /// The ordinals the claim counts with ("the first call since July", "in the fifth round").
    pub ordinals: Vec<Ordinal>,
    /// The keys of the words the negations deny: the first word after "not", "never", "denied", past adverbs and
    /// forms of "be" ("has not formally overturned", "was never charged"), when it is a content word. A negation
    /// before a function word ("do not have the expertise", "not the first") denies no term.
    pub negated_keys: Vec<Arc<str>>,
    /// The keys of the names that the claim's denials are told of: the last name before each negation in its
    /// clause ("Ross is not signed"), when there is one.
    pub denial_subjects: Vec<Arc<str>>,
    /// The claim says "not", "no", "never" or similar.
    pub negated: bool,
    /// The amounts the claim states, each with what it counts.
    pub amounts: Vec<Amount>,
    /// The places and participants the claim names in roles that prepositions mark.
    pub role_names: Vec<RoleName>,
    /// The weekdays the claim names, as their numbers (Monday is 0): the same weekday is the same slot of two
    /// events even when their dates differ.
    pub weekdays: Vec<usize>,
    /// The claim says a figure changed with time ("rose to 12"), so a figure elsewhere may be right at its hour.
    pub changing: bool,
    pub speaker: Option<SpeakerId>,
    /// Whether the claim attributes what it says: it has a speaker or quotes, or names a speech cue.
    pub attributed: bool,
    /// The claim is among the first sentences of its article, where news states its main event.
    pub lead: bool,
    /// The claim is only a date or a timestamp ("April 27, 2009", "Published: Thursday, May 2, 2013, 1:32 PM"):
    /// page furniture that states no fact, so it has no counterpart.
    pub dateline: bool,
    /// Every content word is capitalised, as in a headline in title case or in capitals: there, a capital says
    /// nothing of whether a word is a name.
    pub title_case: bool,
    /// The key of the claim's first word when it is capitalised: at the start of a sentence, a capital says nothing
    /// either.
    pub initial: Option<Arc<str>>,
}

/// A word of datelines and timestamps besides the numbers: a weekday, a month, or what pages print around them.
pub(super) fn is_date_word(w: &str) -> bool {
    WEEKDAYS.is_head(w) || MONTHS.line_of(w).is_some() || TIMESTAMP_WORDS.contains(w)
}

/// The month of the date whose day token `i` is ("March 3", "3 March"), by its line in the months list: that day
/// is no count of three. A year after its month ("November 2001") is no day.
fn day_month(tokens: &[crate::analysis::text::Token], i: usize) -> Option<usize> {
    let text = |k: usize| tokens.get(k).map(|t| t.text);
    month_of_day(tokens[i].text, i.checked_sub(1).and_then(text), text(i + 1))
}

/// The month of the date whose day is `word`, one or two digits, from the word before it or else the word after
/// it, by its line in the months list ([`day_month`] on tokens; the amounts on words as written).
pub(super) fn month_of_day(word: &str, before: Option<&str>, after: Option<&str>) -> Option<usize> {
    let month = |w: &str| MONTHS.line_of(&lower_form(w.trim_end_matches('.')));
    (word.len() <= 2 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| before.and_then(month).or_else(|| after.and_then(month)))
        .flatten()
}

/// A part of a timestamp that is no date word elsewhere: a weekday shortened and capitalised ("Fri", "Sat"), or a
/// time of day run into its "am" or "pm" ("6:50pm" gives "50pm").
/// `lower` is the word in lower case.
fn timestamp_part(word: &str, lower: &str) -> bool {
    let weekday = word.chars().next().is_some_and(char::is_uppercase) && WEEKDAYS.line_of(lower).is_some();
    let time = lower.strip_suffix("am").or_else(|| lower.strip_suffix("pm"));
    weekday || time.is_some_and(|t| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
}

/// A word capitalised for grammar, not because it names something. "May" is left out: it is a name too.
fn is_capitalised_for_grammar(w: &str) -> bool {
    WEEKDAYS.is_head(w) || (MONTHS.is_head(w) && w != "may") || is_short_title(w)
}

/// Short titles: capitalised, but no names.
fn is_short_title(w: &str) -> bool {
    matches!(w, "mr" | "mrs" | "ms" | "dr")
}

/// How many content words a claim needs before capitals on all of them mark it as title case: "Vladimir Putin"
/// is a name, "Lohan Checks Into Rehab" a headline.
const TITLE_CASE_WORDS: usize = 3;

/// How many adverbs and forms of "be" may stand between a negation and the word it denies: "has not yet formally
/// overturned".
const NEGATION_REACH: usize = 3;

/// Whether a word may stand between a negation and the word it denies: an adverb in "-ly" ("formally"; "-ply"
/// verbs such as "comply" aside), a form of "be", "yet", "even", "ever", "also", "always", or the "to" of "not to
/// run", "declined to describe".
fn passes_negation(lower: &str) -> bool {
    (lower.len() >= 5 && lower.ends_with("ly") && !lower.ends_with("ply"))
        || matches!(lower, "be" | "been" | "being" | "yet" | "even" | "ever" | "also" | "always" | "to")
}

/// How many content words on each side of a date tell what it dates.
const DATE_NEIGHBOURS: usize = 2;

/// How many leading claims of some substance (three content words or more) make an article's lead.
const LEAD: usize = 5;

/// Extracts each claim's features. `dates` are the document's date mentions in text order. With the document's
/// analysis, the words that only say who a claim's quotes come from (the speaker as named and the cue: "the
/// Kremlin said", "according to a statement issued by") are left out: they attribute the fact rather than state
/// it, and two articles may give one fact to different sources.
pub(crate) fn claim_features(
    doc: &Document,
    claims: &[Claim],
    dates: &[DateMention],
    analysis: Option<&DocumentAnalysis>,
) -> Vec<ClaimFeatures> {
    let index = CharIndex::new(&doc.text);
    let mut rank = 0;
    claims
        .iter()
        .map(|claim| {
            let range = index.byte_range(claim.span);
            let text = doc.text.get(range).unwrap_or("");
            let masks = analysis.map(|an| attribution_spans(an, claim)).unwrap_or_default();
            let mut f = if masks.is_empty() {
                features_of_text(text, claim.span.start)
            } else {
                features_of_text(&masked(text, claim.span.start, &masks), claim.span.start)
            };
            f.lead = rank < LEAD;
            if f.terms.iter().filter(|t| t.kind != TermKind::Number).count() >= 3 {
                rank += 1;
            }
            let inside = |s: Span| claim.span.contains(s);
            let first = dates.partition_point(|d| d.span.start < claim.span.start);
            for d in dates[first..].iter().take_while(|d| d.span.start < claim.span.end).filter(|d| inside(d.span)) {
                match d.precision {
                    DatePrecision::Day => {
                        f.dates.push(d.date);
                        let keys: Vec<Arc<str>> = f.words_around(d.span.start, d.span.end).cloned().collect();
                        f.date_neighbours.extend(keys);
                    }
                    DatePrecision::Year => f.years.push(chrono::Datelike::year(&d.date)),
                    _ => {}
                }
            }
            f.speaker = claim.speaker;
            f.attributed |= claim.speaker.is_some() || !claim.quotes.is_empty();
            f
        })
        .collect()
}

/// The spans of a claim that name its quotes' sources and cues, and the evidence of its readout.
fn attribution_spans(analysis: &DocumentAnalysis, claim: &Claim) -> Vec<Span> {
    let quotes = claim.quotes.iter().filter_map(|q| analysis.quotes.get(q.index as usize));
    let mut spans: Vec<Span> = quotes.flat_map(|q| [q.speaker_mention, q.cue]).flatten().collect();
    spans.extend(claim.readout.and_then(|r| analysis.readouts.get(r.index as usize)).map(|r| r.evidence));
    spans.retain(|s| claim.span.intersects(*s));
    spans
}

/// A claim's text with the characters of `spans` (document offsets; the text starts at `base`) made spaces.
fn masked(text: &str, base: usize, spans: &[Span]) -> String {
    text.chars()
        .enumerate()
        .map(|(i, c)| if spans.iter().any(|s| s.start <= base + i && base + i < s.end) { ' ' } else { c })
        .collect()
}

/// Decides whether the words whose capitals say nothing are names, by how the rest of the document writes them: the
/// first word of a claim, and every word of a title-case claim. A word that the other sentences write capitalised
/// inside a sentence at least as often as in lower case is a name; any other is a word.
pub(super) fn settle_capitalised_terms(features: &mut [ClaimFeatures]) {
    let mut written: FxHashMap<Arc<str>, (u32, u32)> = FxHashMap::default();
    for f in features.iter().filter(|f| !f.title_case) {
        for t in f.terms.iter().filter(|t| f.initial.as_ref() != Some(&t.key)) {
            let (names, words) = written.entry(t.key.clone()).or_default();
            match t.kind {
                TermKind::Name => *names += 1,
                TermKind::Word => *words += 1,
                TermKind::Number => {}
            }
        }
    }
    let is_name = |key: &Arc<str>| written.get(key).is_some_and(|&(names, words)| names > 0 && names >= words);
    for f in features.iter_mut() {
        if f.title_case {
            for t in f.terms.iter_mut().filter(|t| t.kind != TermKind::Number) {
                t.kind = if is_name(&t.key) { TermKind::Name } else { TermKind::Word };
            }
        } else if let Some(key) = f.initial.as_ref().filter(|k| is_name(k)) {
            for t in f.terms.iter_mut().filter(|t| &t.key == key) {
                t.kind = TermKind::Name;
            }
        }
    }
}

/// What [`features_of_text`] needs to know of a word as written, worked out once per thread for each word.
struct WordClass {
    lower: Arc<str>,
    stopword: bool,
    /// A weekday, a month, or what pages print around dates ([`is_date_word`]).
    date_word: bool,
    /// A part of a timestamp that is no date word elsewhere ([`timestamp_part`]).
    timestamp: bool,
    /// Only digits: 4 of them starting 19 or 20 make a year.
    year: Option<bool>,
    ordinal: Option<&'static str>,
    negation: bool,
    /// Denies the action after its "to" ([`REFUSAL_VERBS`]).
    refusal: bool,
    /// Says that a figure changed with time ([`is_change_word`]).
    change: bool,
    /// The weekday the word names, by number.
    weekday: Option<usize>,
    cue: bool,
    /// `None` for a stop word or a single character other than a digit, which are no terms.
    term: Option<TermClass>,
}

/// How a word counts as a term.
struct TermClass {
    number: bool,
    /// Capitalised for grammar, not because it names something ([`is_capitalised_for_grammar`]).
    grammar_capital: bool,
    stem: Arc<str>,
    /// The stem of the word's synonym group, or its own.
    key: Arc<str>,
}

impl WordClass {
    fn of(word: &str) -> Self {
        let lower = lower_form(word);
        let stopword = is_stopword(&lower) || contracted_stopword(&lower);
        let digits_only = lower.chars().all(|c| c.is_ascii_digit());
        let is_term = !stopword && (lower.chars().nth(1).is_some() || digits_only);
        let term = is_term.then(|| {
            let bare = lower.trim_end_matches("'s").trim_end_matches("’s");
            // A number written as a word counts as its figure ("three" as "3"), but for "one", mostly a pronoun.
            let spelled = NUMBER_WORDS.get(bare).filter(|_| bare != "one");
            let number = spelled.is_some() || bare.chars().any(|c| c.is_ascii_digit()) && !is_figure_in_a_name(bare);
            let stem: Arc<str> = match spelled {
                Some(value) => (*value).into(),
                None if number => bare.replace([',', ' '], "").into(),
                None => stem(bare).into(),
            };
            let key = canonical(&stem).map_or_else(|| stem.clone(), Arc::from);
            TermClass { number, grammar_capital: is_capitalised_for_grammar(bare.trim_end_matches('.')), stem, key }
        });
        WordClass {
            stopword,
            date_word: is_date_word(lower.trim_end_matches('.')),
            timestamp: timestamp_part(word, &lower),
            year: digits_only.then(|| lower.len() == 4 && (lower.starts_with("19") || lower.starts_with("20"))),
            ordinal: ORDINALS.get(&*lower).copied(),
            negation: NEGATIONS.contains(&*lower),
            refusal: REFUSAL_VERBS.contains(&*lower),
            change: is_change_word(&lower),
            weekday: WEEKDAYS.line_of(lower.trim_end_matches('.')),
            cue: ATTRIBUTION_CUES.contains(&*lower),
            term,
            lower: lower.into(),
        }
    }
}

/// Whether a lower-case word is a function word with a clitic: "it's", "i'm", "they're", "we'll", "don't". Written
/// at the start of a sentence or in a title-case headline, such a word is capitalised, but it is no name.
fn contracted_stopword(lower: &str) -> bool {
    let host = without_clitic(lower);
    host != lower && is_stopword(host)
}

/// How many words each thread remembers before it starts again: news vocabulary repeats, so most words hit.
const WORD_CACHE: usize = 1 << 16;

thread_local! {
    static WORD_CLASSES: RefCell<FxHashMap<Box<str>, WordClass>> = RefCell::new(FxHashMap::default());
}

/// The modals of chance and duty: a negation right after one denies nothing that happened.
const HYPOTHETICAL_MODALS: [&str; 6] = ["would", "could", "should", "might", "may", "must"];

/// One occurrence of a term in a claim's text, before the occurrences of each key become one [`Term`]: its key,
/// kind, word as written, stem and clause bit.
struct Written<'t> {
    key: Arc<str>,
    kind: TermKind,
    surface: &'t str,
    stem: Arc<str>,
    clause: u64,
    /// The word closes a name of several words ("United States", "Endangered Species Act").
    ends_name: bool,
}

/// A word inside quote marks: in lower case, and whether it is part of a name.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct QuotedWord {
    pub lower: Arc<str>,
    pub name: bool,
}

/// An ordinal word in a claim and what it counts.
#[derive(Clone, Debug)]
pub(crate) struct Ordinal {
    /// The ordinal as its list writes it ("first", "second").
    pub word: &'static str,
    /// The key of the word right after it when that is a content word ("first round"), else `None` ("the first
    /// since July").
    pub head: Option<Arc<str>>,
    /// Its character offset in the document.
    pub offset: usize,
    /// It places a moment: a preposition of time or place opens its phrase ("in the fifth round", "early in the
    /// seventh", "by the second day"), so it tells when something happened rather than counting it.
    pub moment: bool,
}

impl ClaimFeatures {
    /// The keys of the content words next to the text from `start` to `end` (character offsets), up to
    /// [`DATE_NEIGHBOURS`] on each side: the action that a date or an ordinal of a part places.
    pub(super) fn words_around(&self, start: usize, end: usize) -> impl Iterator<Item = &Arc<str>> {
        let at = self.word_offsets.partition_point(|(o, _)| *o < start);
        let after = self.word_offsets.partition_point(|(o, _)| *o < end);
        let before = self.word_offsets[at.saturating_sub(DATE_NEIGHBOURS)..at].iter();
        before.chain(self.word_offsets[after.max(at)..].iter().take(DATE_NEIGHBOURS)).map(|(_, k)| k)
    }
}

/// The features that a claim's text alone gives. `base` is its character offset in the document.
pub(crate) fn features_of_text(text: &str, base: usize) -> ClaimFeatures {
    let tokens = tokenize(text, base);
    // Each term as written, in text order.
    let mut found: Vec<Written> = Vec::new();
    let (mut clause, mut previous_end) = (0u32, 0usize);
    let mut f = ClaimFeatures::default();
    let quoted_ranges = quoted_char_ranges(text, base);
    let (mut date_words, mut other_words, mut year) = (0, 0, false);
    let (mut content_words, mut capitalised) = (0, 0);
    // The words still under a negation, and the ordinal whose head word comes next.
    let (mut negation_left, mut negations, mut awaiting_head) = (0usize, 0usize, None::<usize>);
    // Whether the current clause is a relative one, opened by "who" or "which".
    let mut relative = false;
    WORD_CLASSES.with_borrow_mut(|classes| {
        if classes.len() + tokens.len() > WORD_CACHE {
            classes.clear();
        }
        for (i, t) in tokens.iter().enumerate() {
            if !classes.contains_key(t.text) {
                classes.insert(t.text.into(), WordClass::of(t.text));
            }
            let w = &classes[t.text];
            let start = t.byte_offset(text);
            if i > 0 && opens_clause(text.get(previous_end..start).unwrap_or(""), &w.lower) {
                clause = (clause + 1).min(u64::BITS - 1);
                relative = matches!(&*w.lower, "who" | "whom" | "whose" | "which");
            }
            // A relative clause tells of someone or something the claim names ("the three who refused to
            // deliberate"): what it denies, the claim does not.
            let negation = !relative
                && (w.negation || (w.refusal && tokens.get(i + 1).is_some_and(|n| n.text == "to")))
                && !denies_a_bound(&tokens, i, text);
            previous_end = start + t.text.len();
            if w.date_word || w.timestamp {
                date_words += 1;
            } else if let Some(y) = w.year {
                year |= y;
            } else if !w.stopword {
                other_words += 1;
            }
            let head = awaiting_head.take();
            if let (Some(at), Some(term)) = (head, &w.term) {
                f.ordinals[at].head = Some(term.key.clone());
            }
            if let Some(word) = w.ordinal {
                let moment = places_a_moment(&tokens[..i]);
                f.ordinals.push(Ordinal { word, head: None, offset: t.span.start, moment });
                awaiting_head = Some(f.ordinals.len() - 1);
            }
            // "not just the eurozone", "not only": a negation that adds rather than denies.
            if negation_left == NEGATION_REACH && matches!(&*w.lower, "just" | "only" | "merely") {
                negation_left = 0;
                negations -= 1;
            }
            if negation_left > 0 && !negation {
                if passes_negation(&w.lower) {
                    negation_left -= 1;
                } else {
                    f.negated_keys.extend(w.term.as_ref().map(|term| term.key.clone()));
                    negation_left = 0;
                }
            }
            // "would not be harmed", "should never step into the ring again": a denial under a modal of chance or
            // duty tells what may or ought to be, and denies no fact.
            let hypothetical = i > 0 && HYPOTHETICAL_MODALS.contains(&&*lower_form(tokens[i - 1].text));
            if negation && !hypothetical {
                negation_left = NEGATION_REACH;
                let in_clause = found.iter().rev().take_while(|t| t.clause == 1 << clause);
                f.denial_subjects.extend(in_clause.filter(|t| t.kind == TermKind::Name).map(|t| t.key.clone()).next());
            }
            negations += usize::from(negation);
            // "so far", "thus far": a running total.
            let running = &*w.lower == "far" && i > 0 && matches!(&*lower_form(tokens[i - 1].text), "so" | "thus");
            f.changing |= w.change || running;
            f.weekdays.extend(w.weekday);
            f.attributed |= w.cue && !passive_event(&tokens, i);
            if quoted_ranges.iter().any(|r| r.0 <= t.span.start && t.span.end <= r.1) {
                let name = w.term.as_ref().is_some_and(|term| term_kind(t, i, term) == TermKind::Name);
                f.quoted.push(QuotedWord { lower: w.lower.clone(), name });
            }
            let Some(term) = &w.term else { continue };
            if !term.number && !w.date_word {
                f.word_offsets.push((t.span.start, term.key.clone()));
            }
            if !term.number {
                content_words += 1;
                capitalised += usize::from(t.is_capitalised());
            }
            let kind = term_kind(t, i, term);
            if i == 0 && kind == TermKind::Word && t.is_capitalised() && !term.grammar_capital {
                f.initial = Some(term.key.clone());
            }
            let key = match day_month(&tokens, i) {
                Some(line) => format!("{}/{}", line + 1, term.key).into(),
                None => term.key.clone(),
            };
            let ends_name = kind == TermKind::Name && ends_a_name(&tokens, i, text);
            found.push(Written { key, kind, surface: t.text, stem: term.stem.clone(), clause: 1 << clause, ends_name });
        }
    });
    f.attributed |= !f.quoted.is_empty();
    f.negated = negations > 0;
    f.amounts = amounts(text);
    f.role_names = role_names(text);
    f.dateline = (date_words > 0 || year) && other_words <= 1;
    f.title_case = content_words >= TITLE_CASE_WORDS && capitalised == content_words;
    // The last word of a name is part of the name, not the word it spells: "States" in "United States" is no
    // rewording of "told", nor "Act" in "Endangered Species Act" of "attack". A title-case line capitalises
    // every word, so its capitals say nothing of names.
    if !f.title_case {
        for w in found.iter_mut().filter(|w| w.ends_name) {
            w.key = w.stem.clone();
        }
    }
    f.terms = distinct_terms(found);
    f
}

/// Whether a word that opens with figures is a name that holds them, not a number: figures that take the ending
/// "-ers" name a team or its players ("76ers", "49ers"), as units ("20mph", "5lbs"), ordinals ("3rd") and decades
/// ("1990s") never do.
fn is_figure_in_a_name(lower: &str) -> bool {
    let letters = lower.trim_start_matches(|c: char| c.is_ascii_digit());
    letters.len() < lower.len() && letters == "ers"
}

/// What kind of term the `i`-th token of a claim is: a number, a name (capitalised where grammar does not ask for
/// it, or with a capital inside at the claim's start: "McDonald"), or a plain word.
fn term_kind(t: &Token, i: usize, term: &TermClass) -> TermKind {
    if term.number {
        TermKind::Number
    } else if t.is_capitalised() && (i > 0 || t.text.chars().skip(1).any(char::is_uppercase)) && !term.grammar_capital {
        TermKind::Name
    } else {
        TermKind::Word
    }
}

/// One term for each key: the first as written, a name if any of its words was one, in all the clauses that hold
/// any of them; sorted by key.
fn distinct_terms(mut found: Vec<Written>) -> Vec<Term> {
    found.sort_by(|a, b| a.key.cmp(&b.key));
    found.dedup_by(|later, first| {
        let same = later.key == first.key;
        if same {
            first.clause |= later.clause;
            if later.kind == TermKind::Name {
                first.kind = TermKind::Name;
            }
        }
        same
    });
    found
        .into_iter()
        .map(|w| Term { key: w.key, kind: w.kind, surface: w.surface.to_string(), stem: w.stem, clauses: w.clause })
        .collect()
}

/// Character ranges (document offsets) between matching double quote marks in a text.
fn quoted_char_ranges(text: &str, base: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (i, c) in text.chars().enumerate() {
        match (c, open) {
            ('“', _) | ('"', None) => open = Some(i),
            ('”' | '"', Some(s)) => {
                out.push((base + s, base + i));
                open = None;
            }
            _ => {}
        }
    }
    out
}

#[cfg(test)]
#[path = "features_tests.rs"]
mod tests;
