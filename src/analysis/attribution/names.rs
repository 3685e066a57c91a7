//! Noun phrases that can name a speaker, found without ML: capitalised runs, titles, roles, groups, pronouns.

use super::cues;
use crate::analysis::text::{Token, is_place_name, without_clitic};
use crate::assets::REGIONS;
use crate::model::{Span, SpeakerKind};
use rustc_hash::FxHashMap;

/// What a speaker mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum MentionKind {
    /// "he", "she", "it", "they".
    Pronoun,
    /// A proper name, with an optional role before it: "White House spokesman Hogan Gidley".
    Name(SpeakerKind),
    /// A description that stands for someone named elsewhere: "the Russian president", "the spokesman".
    Role,
    /// An unnamed source: "one Twitter user", "another", "a source".
    Anonymous,
    /// A group of people: "officials", "Russian lawmakers".
    Group,
    /// An official account speaking: "the Kremlin-provided statement".
    Readout,
}

/// Words of the text that refer to a speaker.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Mention {
    pub span: Span,
    pub kind: MentionKind,
    /// The name part ("Hogan Gidley"), the role phrase, or the issuer inside a readout phrase.
    pub name: String,
    /// The role that stands with a name: "White House spokesman".
    pub role: Option<String>,
}

/// The tokens and characters of one document.
pub(super) struct Words<'a> {
    pub chars: &'a [char],
    pub tokens: &'a [Token<'a>],
    /// Each token in lower case, at the token's index.
    pub lower: &'a [&'a str],
    /// What each token's word is ([`WordClass`] bits), at the token's index.
    classes: Vec<u8>,
}

/// Bits saying what a word is, worked out once for each distinct word of a document.
pub(super) struct WordClass;

impl WordClass {
    pub(super) const DETERMINER: u8 = 1;
    pub(super) const PRONOUN: u8 = 1 << 1;
    pub(super) const STOPWORD: u8 = 1 << 2;
    pub(super) const SPEECH_VERB: u8 = 1 << 3;
    pub(super) const TITLE: u8 = 1 << 4;
    /// A role, group, readout or document noun, which can stand in a speaker phrase uncapitalised.
    pub(super) const PHRASE_NOUN: u8 = 1 << 5;
    /// A noun that can head a speaker phrase after a determiner ([`cues::is_speaker_noun`]), possessive aside.
    pub(super) const SPEAKER_NOUN: u8 = 1 << 6;

    fn of(lower: &str) -> u8 {
        let b = bare(lower);
        let bit = |yes: bool, bit: u8| if yes { bit } else { 0 };
        bit(cues::is_determiner(lower), Self::DETERMINER)
            | bit(cues::is_pronoun(lower), Self::PRONOUN)
            | bit(crate::analysis::text::is_stopword(lower), Self::STOPWORD)
            | bit(cues::is_speech_verb(lower), Self::SPEECH_VERB)
            | bit(cues::is_title(lower), Self::TITLE)
            | bit(
                cues::is_role_word(b)
                    || cues::is_group_word(b)
                    || cues::is_readout_noun(b)
                    || cues::is_document_noun(b),
                Self::PHRASE_NOUN,
            )
            | bit(cues::is_speaker_noun(b), Self::SPEAKER_NOUN)
    }
}

/// The word without a possessive ending.
fn bare(word: &str) -> &str {
    word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")).unwrap_or(word)
}

fn is_acronym(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

impl<'a> Words<'a> {
    pub(super) fn new(chars: &'a [char], tokens: &'a [Token<'a>], lower: &'a [&'a str]) -> Self {
        // A news text has about one distinct word in eight.
        let mut seen: FxHashMap<&str, u8> = FxHashMap::with_capacity_and_hasher(lower.len() / 8, Default::default());
        let classes = lower.iter().map(|w| *seen.entry(w).or_insert_with(|| WordClass::of(w))).collect();
        Words { chars, tokens, lower, classes }
    }

    /// Whether token `i`'s word has a [`WordClass`] bit.
    pub(super) fn is(&self, i: usize, class: u8) -> bool {
        self.classes.get(i).is_some_and(|c| c & class != 0)
    }

    /// Token `i` in lower case.
    fn low(&self, i: usize) -> &'a str {
        self.lower[i]
    }

    /// True when only spaces separate token `a` from token `b` (a < b).
    pub(super) fn joined(&self, a: usize, b: usize) -> bool {
        let (Some(x), Some(y)) = (self.tokens.get(a), self.tokens.get(b)) else { return false };
        let (s, e) = (x.span.end.min(self.chars.len()), y.span.start.min(self.chars.len()));
        if s > e {
            return false;
        }
        let gap = &self.chars[s..e];
        let spaces = |g: &[char]| g.iter().all(|c| *c == ' ' || *c == '\u{a0}');
        // "Mr. Cruz", "Sen. Ted Cruz", "George W. Bush", "Joseph R. Biden Jr. said": the period of a title, an
        // initial or a name's suffix.
        let abbreviated = gap.first() == Some(&'.')
            && (self.is(a, WordClass::TITLE)
                || x.text.chars().count() == 1 && x.is_capitalised()
                || matches!(x.text, "Jr" | "Sr"));
        spaces(gap) || abbreviated && spaces(&gap[1..])
    }

    /// Whether token `i` is a middle initial: one capital letter with its period, after a capitalised word and
    /// before another ("Dirk A. Kempthorne", where "A" is no article).
    fn is_initial(&self, i: usize) -> bool {
        let text = self.tokens[i].text;
        let mut letters = text.trim_end_matches('.').chars();
        let one_capital = letters.next().is_some_and(char::is_uppercase) && letters.next().is_none();
        let period = text.ends_with('.') || self.between(i, i + 1) == ".";
        one_capital
            && period
            && i > 0
            && i + 1 < self.tokens.len()
            && self.tokens[i - 1].is_capitalised()
            && self.tokens[i + 1].is_capitalised()
            && self.joined(i - 1, i)
            && self.joined(i, i + 1)
    }

    /// The characters between two tokens, trimmed of spaces.
    pub(super) fn between(&self, a: usize, b: usize) -> String {
        let (Some(x), Some(y)) = (self.tokens.get(a), self.tokens.get(b)) else { return String::new() };
        let (s, e) = (x.span.end.min(self.chars.len()), y.span.start.min(self.chars.len()));
        if s >= e {
            return String::new();
        }
        self.chars[s..e].iter().collect::<String>().trim().to_string()
    }

    /// Whether token `i` is an "and" inside the name of a body: after the body's head, a joining word and one or
    /// two capitalised words, and before a capitalised word that is no title: "Department of Health and Human
    /// Services", "Centers for Disease Control and Prevention"; but not "Secretary of State Rex Tillerson and
    /// Defense Secretary Jim Mattis", "Marco Rubio of Florida and Jeb Bush" nor "the Department of Justice and
    /// Secretary Clinton". A body named for a country or a state ends there: "University of Pennsylvania and
    /// Carnegie Mellon" are two. The name starts no earlier than token `from`.
    fn and_inside_name(&self, i: usize, from: usize) -> bool {
        let capitalised_after =
            self.tokens.get(i + 1).is_some_and(|t| t.is_capitalised()) && !self.is(i + 1, WordClass::TITLE);
        let region = |from: usize| {
            let words: Vec<&str> = (from..i).map(|k| self.low(k)).collect();
            REGIONS.contains(words.join(" ").as_str())
        };
        self.low(i) == "and"
            && capitalised_after
            && self.joined(i, i + 1)
            && (2..=3).any(|back| {
                i > from + back
                    && cues::heads_a_body(self.low(i - back - 1))
                    && cues::joins_name_parts(self.low(i - back - 1), self.low(i - back))
                    && (i - back + 1..i).all(|k| self.tokens[k].is_capitalised() && !self.is(k, WordClass::TITLE))
                    && (i - back..i).all(|k| self.joined(k, k + 1))
                    && !region(i - back + 1)
            })
    }

    /// Whether token `i` can be part of a speaker phrase: a capitalised word or a role, group or readout noun.
    fn part_of_phrase(&self, i: usize) -> bool {
        if self.is_initial(i) {
            return true;
        }
        if self.is(i, WordClass::DETERMINER | WordClass::PRONOUN) {
            return false;
        }
        self.tokens[i].is_capitalised() && !self.is(i, WordClass::STOPWORD) || self.is(i, WordClass::PHRASE_NOUN)
    }

    /// The phrase that ends just before token `end` and starts no earlier than `lo`, as a token range.
    pub(super) fn phrase_before(&self, end: usize, lo: usize) -> Option<(usize, usize)> {
        if end == 0 || end <= lo {
            return None;
        }
        let last = end - 1;
        let l = self.low(last);
        if cues::is_pronoun(l) || matches!(l, "another" | "others" | "one") {
            return Some((last, end));
        }
        let mut start = end;
        // "the Heritage Foundation website": a plain head noun after capitalised words.
        let plain_head = |w: &str| {
            !crate::analysis::text::is_stopword(w)
                && !cues::is_speech_verb(w)
                && !w.ends_with("ly")
                && w.chars().all(char::is_alphabetic)
        };
        if last > lo
            && !self.part_of_phrase(last)
            && plain_head(l)
            && self.tokens[last].text.chars().next().is_some_and(char::is_lowercase)
            && self.tokens[last - 1].is_capitalised()
            && self.joined(last - 1, last)
        {
            start = last;
        }
        while start > lo && end - start < 8 {
            let i = start - 1;
            let linked = i + 1 == end || self.joined(i, i + 1);
            if !linked {
                break;
            }
            // "of" between two capitalised words, or before "the" and one ("Secretary of the Interior").
            let capitalised_from = |k: usize| {
                k < end
                    && (self.tokens[k].is_capitalised()
                        || self.low(k) == "the" && k + 1 < end && self.tokens[k + 1].is_capitalised())
            };
            let inner_of = i > lo
                && cues::joins_name_parts(self.low(i - 1), self.low(i))
                && capitalised_from(start)
                && self.tokens[i - 1].is_capitalised();
            let the_after_of = i > lo + 1
                && self.low(i) == "the"
                && self.low(i - 1) == "of"
                && capitalised_from(start)
                && self.tokens[i - 2].is_capitalised();
            if !(self.part_of_phrase(i) || inner_of || the_after_of || self.and_inside_name(i, lo)) {
                break;
            }
            start = i;
        }
        if start == end {
            // "the newspaper", "a source": a determiner and one or two plain words.
            for width in 1..=3 {
                if end < lo + width + 1 {
                    break;
                }
                let d = end - width - 1;
                let words_ok = (d + 1..end).all(|k| {
                    let w = self.low(k);
                    !crate::analysis::text::is_stopword(w) && !cues::is_speech_verb(w) && w != "ago"
                });
                // A preposition governs the phrase, unless it ties it to a role or statement before it ("a
                // spokesman for the city council said"), which makes one speaker phrase with it.
                let governed = d > lo
                    && matches!(
                        self.low(d - 1),
                        "in" | "at" | "on" | "of" | "for" | "from" | "by" | "to" | "with" | "into"
                    )
                    && !(d > lo + 1 && cues::ties_to_head(self.low(d - 1)) && self.is(d - 2, WordClass::PHRASE_NOUN));
                // A possessive opens such a phrase only where it says what a speaker knows ("people familiar with
                // his thinking").
                let opens = cues::is_determiner(self.low(d)) || governed && cues::is_possessive_or_article(self.low(d));
                if words_ok && opens && (d..end - 1).all(|k| self.joined(k, k + 1)) {
                    if !governed {
                        return Some((d, end));
                    }
                    if let Some(head) = self.tied_head(d, lo) {
                        return Some((head, end));
                    }
                }
            }
            return None;
        }
        // "the spokesman", "her spokesman": an article or a possessive belongs to the phrase it opens.
        let opens = |k: usize| cues::is_determiner(self.low(k)) || cues::is_possessive_or_article(self.low(k));
        if start > lo && self.joined(start - 1, start) && opens(start - 1) {
            start -= 1;
        } else if let Some(width) = (1..=2).find(|&width| {
            start + 1 == end
                && start > lo + width
                && self.tokens[start].text.starts_with(char::is_lowercase)
                && (start - width..start).all(|k| {
                    self.tokens[k].text.chars().all(char::is_lowercase)
                        && !self.is(k, WordClass::DETERMINER | WordClass::PRONOUN | WordClass::SPEECH_VERB)
                })
                && opens(start - width - 1)
                && (start - width - 1..start).all(|k| self.joined(k, k + 1))
        }) {
            // "an inside source", "the other source", "the talk show host": one or two plain words between an
            // article and a lone role noun.
            start -= width + 1;
        } else if start + 1 == end
            && start > lo
            && start <= lo + 2
            && self.is(start, WordClass::PHRASE_NOUN)
            && (lo..start).all(|k| {
                let w = self.low(k);
                self.joined(k, k + 1)
                    && (k == lo || self.tokens[k].text.starts_with(char::is_lowercase))
                    && w.chars().all(char::is_alphabetic)
                    && !self.is(
                        k,
                        WordClass::STOPWORD | WordClass::DETERMINER | WordClass::PRONOUN | WordClass::SPEECH_VERB,
                    )
            })
        {
            // "Gun rights advocates said", "Public health experts say": plain words that open the clause before a
            // lone role noun describe it.
            start = lo;
        }
        Some((self.tied_head(start, lo).unwrap_or(start), end))
    }

    /// Where the speaker's phrase starts when the phrase at token `at` is what an adjective and a preposition before
    /// it tie a speaker to: "a person familiar with | the matter", "sources close to | Teixeira".
    fn tied_head(&self, at: usize, lo: usize) -> Option<usize> {
        (at >= lo + 3
            && cues::ties_by_adjective(self.low(at - 2), self.low(at - 1))
            && self.joined(at - 3, at - 2)
            && self.joined(at - 2, at - 1)
            && self.joined(at - 1, at))
        .then(|| self.phrase_before(at - 2, lo))
        .flatten()
        .map(|(head, _)| head)
    }

    /// The phrase that starts at token `start` and ends before `hi`, as a token range.
    pub(super) fn phrase_after(&self, start: usize, hi: usize) -> Option<(usize, usize)> {
        if start >= hi || start >= self.tokens.len() {
            return None;
        }
        let l = self.low(start);
        if self.is(start, WordClass::PRONOUN) {
            return Some((start, start + 1));
        }
        let mut end = start;
        let after_cue = start > 0
            && self.joined(start - 1, start)
            && (self.is(start - 1, WordClass::SPEECH_VERB) || start > 1 && self.low(start - 2) == "according");
        let plain = |k: usize| {
            self.tokens[k].text.chars().all(char::is_lowercase)
                && !self.is(k, WordClass::STOPWORD | WordClass::SPEECH_VERB | WordClass::PHRASE_NOUN)
        };
        // "said election lawyer Joe Birkenstock", "according to talk radio host Rush Limbaugh": after a speech verb or
        // "according to", plain lower-case modifiers may open the phrase when a role noun or a name follows them.
        if after_cue
            && let Some(h) = (start..hi.min(start + 4)).find(|&k| !plain(k))
            && h > start
            && (self.is(h, WordClass::PHRASE_NOUN) || self.tokens[h].is_capitalised())
            && (start..h).all(|k| self.joined(k, k + 1))
        {
            end = h;
        }
        if self.is(start, WordClass::DETERMINER) {
            end += 1;
            // "the party chairman", "the agency", "a prominent Republican National Committee member": modifiers
            // before a noun that can speak.
            if let Some(h) = (end..hi.min(end + 5)).find(|&k| self.is(k, WordClass::SPEAKER_NOUN))
                && (end - 1..h).all(|k| self.joined(k, k + 1))
                && (end..h).all(|k| !self.is(k, WordClass::STOPWORD | WordClass::SPEECH_VERB))
            {
                end = h + 1;
            } else if after_cue {
                // "said the designer, who …": right after a speech verb, a determiner and one or two plain words
                // that a comma or full stop ends describe the speaker.
                if let Some(w) = (1..=2).find(|&w| {
                    let e = end + w;
                    e <= hi
                        && (end..e).all(|k| plain(k) && self.joined(k - 1, k))
                        && (e == self.tokens.len() || self.between(e - 1, e).starts_with([',', '.', ';']))
                }) {
                    return Some((start, end + w));
                }
            }
        }
        while end < hi && end - start < 8 {
            if end > start && !self.joined(end - 1, end) {
                break;
            }
            // "of" between two capitalised words, or before "the" and one ("Secretary of the Interior").
            let capitalised = |k: usize| k < hi && self.tokens[k].is_capitalised();
            let inner_of = end > start
                && cues::joins_name_parts(self.low(end - 1), self.low(end))
                && self.tokens[end - 1].is_capitalised()
                && (capitalised(end + 1) || end + 1 < hi && self.low(end + 1) == "the" && capitalised(end + 2));
            let the_after_of = end > start + 1 && self.low(end - 1) == "of" && self.low(end) == "the";
            if !(self.part_of_phrase(end) || inner_of || the_after_of || self.and_inside_name(end, start)) {
                break;
            }
            end += 1;
        }
        if end == start + 1 && self.is(start, WordClass::DETERMINER) {
            return (l == "another" || l == "one").then_some((start, end));
        }
        (end > start).then_some((start, end))
    }

    /// A capitalised adjective of nation or party used as a noun right before its verb: "Cuban said" names a
    /// person, "the Republican said" describes one.
    pub(super) fn adjective_as_noun(&self, a: usize, b: usize) -> Option<Mention> {
        let toks = self.tokens.get(a..b)?;
        let (first, last) = (toks.first()?, toks.last()?);
        let det = self.low(a) == "the";
        let body = &toks[usize::from(det)..];
        if body.len() != 1 || !cues::is_capitalised_adjective(self.low(b - 1)) {
            return None;
        }
        let span = Span::new(first.span.start, last.span.end);
        let kind = if det { MentionKind::Role } else { MentionKind::Name(SpeakerKind::Person) };
        let name = toks.iter().map(|t| t.text).collect::<Vec<_>>().join(" ");
        Some(Mention { span, kind, name, role: None })
    }

    /// Classifies a token range as a speaker mention.
    pub(super) fn mention(&self, a: usize, b: usize) -> Option<Mention> {
        if a >= b || b > self.tokens.len() {
            return None;
        }
        let toks = &self.tokens[a..b];
        let words = &self.lower[a..b];
        if words.iter().all(|w| cues::is_calendar_word(w) || *w == "the") || cues::is_holiday(words) {
            return None;
        }
        // A preposition that opens a sentence is capitalised, but names no one: "Despite reports that …".
        if let [word] = words
            && super::grammar::is_preposition(word)
        {
            return None;
        }
        let span = Span::new(toks[0].span.start, toks[b - a - 1].span.end);
        let text = |from: usize| -> String { toks[from..].iter().map(|t| t.text).collect::<Vec<_>>().join(" ") };
        if words.len() == 1 && cues::is_pronoun(words[0]) {
            let name = without_clitic(words[0]).to_string();
            return Some(Mention { span, kind: MentionKind::Pronoun, name, role: None });
        }
        // "a person familiar with the matter", "sources close to the negotiations": the phrase before the tie says
        // who speaks, and the whole phrase names them when it names no one in particular.
        if let Some(tie) = (1..words.len() - 1).find(|&k| cues::ties_by_adjective(words[k], words[k + 1])) {
            let head = self.mention(a, a + tie)?;
            let name = match head.kind {
                MentionKind::Anonymous | MentionKind::Group => text(0),
                _ => head.name,
            };
            return Some(Mention { span, name, ..head });
        }
        let det = cues::is_determiner(words[0]).then_some(words[0]);
        let body = usize::from(det.is_some());
        let head = bare(words.last().copied().unwrap_or(""));
        if cues::is_readout_noun(head) || cues::is_document_noun(head) {
            // The issuer's capitalised words, with the words that join them inside one name: "a Department of
            // Justice statement", "a Club for Growth ad". A possessive that opens the sentence is none of them
            // ("Her company documents").
            let body = usize::from(det.is_some() || cues::is_possessive_or_article(words[0]));
            let capitalised: Vec<usize> = (body..toks.len()).filter(|&k| toks[k].is_capitalised()).collect();
            let inside = |k: usize| {
                capitalised.first().is_some_and(|&f| f < k)
                    && capitalised.last().is_some_and(|&l| k < l)
                    && (cues::joins_name_parts(words[k - 1], words[k]) || words[k] == "and")
            };
            let issuer = (body..toks.len())
                .filter(|&k| toks[k].is_capitalised() || inside(k))
                .map(|k| &toks[k])
                .map(|t| {
                    let w = bare(t.text);
                    w.split_once('-').map_or(w, |(x, _)| x)
                })
                .collect::<Vec<_>>()
                .join(" ");
            return Some(Mention { span, kind: MentionKind::Readout, name: issuer, role: None });
        }
        if matches!(det, Some("a" | "an" | "one" | "another")) {
            return Some(Mention { span, kind: MentionKind::Anonymous, name: text(0), role: None });
        }
        if matches!(det, Some("some" | "many" | "several" | "two" | "three")) || cues::is_group_word(head) {
            return Some(Mention { span, kind: MentionKind::Group, name: text(body), role: None });
        }
        if words[body..].iter().all(|w| cues::is_capitalised_adjective(bare(w))) {
            return None;
        }
        if let Some(at) = name_after_office(toks, words, body) {
            let joined = |k: &[Token]| k.iter().map(|t| bare(t.text)).collect::<Vec<_>>().join(" ");
            let (name, role) = (joined(&toks[at..]), Some(joined(&toks[body..at])));
            return Some(Mention { span, kind: MentionKind::Name(SpeakerKind::Person), name, role });
        }
        // The name is the longest capitalised tail that is not a title.
        let mut tail = toks.len();
        while tail > body {
            let t = &toks[tail - 1];
            let w = words[tail - 1];
            // "Department of the Interior": "the" after "of" inside a body's name.
            let the_after_of =
                w == "the" && tail >= 3 && words[tail - 2] == "of" && cues::is_org_head(bare(words[tail - 3]));
            let inner_of = (tail >= 2 && cues::joins_name_parts(words[tail - 2], w)
                || the_after_of
                || self.and_inside_name(a + tail - 1, a + body))
                && tail < toks.len()
                && tail - 1 > body;
            // "Russia's Federal Security Service": the possessor is not part of the name.
            let possessor = tail < toks.len() && bare(w) != w;
            // A role head before the name is no part of it: "Comedian Ellen DeGeneres" at the start of a sentence.
            // "Engineers said" opening a sentence: a plural role alone is no name, though capitalised.
            let alone = tail == toks.len() && tail - 1 == body && cues::is_plural_role(w);
            let role_inside = cues::is_role_head(w) && (tail - 1 > body || tail < toks.len() || alone);
            let name_word = t.is_capitalised() && !cues::is_title(w) && !role_inside;
            if name_word && !possessor || inner_of {
                tail -= 1;
            } else {
                break;
            }
        }
        if tail < toks.len() && !matches!(words[tail], "of" | "for") {
            let name = toks[tail..].iter().map(|t| bare(t.text)).collect::<Vec<_>>().join(" ");
            let honorific = |w: &str| matches!(w, "mr" | "mrs" | "ms" | "miss" | "dr");
            let possessive = |w: &str| bare(w) != w;
            let role = (tail > body && !words[body..tail].iter().all(|w| honorific(w) || possessive(w)))
                .then(|| toks[body..tail].iter().map(|t| t.text).collect::<Vec<_>>().join(" "));
            // "the Kremlin" is a body; "the comedian Ellen DeGeneres" is a person with her role.
            let org = det == Some("the") && tail == body
                || words[tail..].iter().any(|w| cues::is_org_head(bare(w)))
                || toks[tail..].iter().any(|t| is_acronym(t.text))
                || is_place_name(&name.to_lowercase());
            let kind = if org { SpeakerKind::Organization } else { SpeakerKind::Person };
            return Some(Mention { span, kind: MentionKind::Name(kind), name, role });
        }
        // "the Indian navy", "the Texas Department of Criminal Justice": a body, unless a role heads the phrase
        // ("the department spokesman").
        let names_a_body = words[body..].iter().any(|w| cues::is_org_head(bare(w))) && !cues::is_role_head(head);
        if names_a_body || cues::is_media_noun(head) {
            return Some(Mention {
                span,
                kind: MentionKind::Name(SpeakerKind::Organization),
                name: text(body),
                role: None,
            });
        }
        // "The" before capitalised words only is the first word of a body's name, whatever its last word: "trade
        // magazine The Hollywood Reporter wrote". Opening a sentence, it may only be capitalised there, so a title
        // there makes a role ("The Russian President said").
        let mid_sentence = a > 0 && self.joined(a - 1, a) && self.tokens[a - 1].text.starts_with(char::is_lowercase);
        // "The Presidents": a plural role after "The" is no name either.
        let plural_role = toks.len() == 2 && cues::is_plural_role(words[1]);
        let the_in_name = toks[0].text == "The"
            && toks.len() > 1
            && !plural_role
            && (mid_sentence || !cues::is_title(head))
            && toks[1..].iter().all(|t| t.is_capitalised() && bare(t.text) == t.text);
        let kind = if the_in_name { MentionKind::Name(SpeakerKind::Organization) } else { MentionKind::Role };
        Some(Mention { span, kind, name: text(0), role: None })
    }
}

/// Where the person's name starts in a title of an office followed by the name: "Secretary of State Hillary
/// Clinton", "Secretary of the Interior Dirk A. Kempthorne", "Mayor of London Sadiq Khan". The office takes the
/// capitalised words after "of" (and "the") but the name's: its last two, three with an initial between, one when
/// only two follow. `body` is where the phrase starts past its determiner.
fn name_after_office(toks: &[Token], words: &[&str], body: usize) -> Option<usize> {
    if !cues::is_title(words.get(body)?) || words.get(body + 1) != Some(&"of") {
        return None;
    }
    let office = body + 2 + usize::from(words.get(body + 2) == Some(&"the"));
    let capitalised = toks.len().checked_sub(office).filter(|&n| n >= 2)?;
    if !toks[office..].iter().all(Token::is_capitalised) {
        return None;
    }
    let initial = capitalised >= 4 && bare(toks[toks.len() - 2].text).chars().count() == 1;
    let name = if initial { 3 } else { 2.min(capitalised - 1) };
    Some(toks.len() - name)
}

#[cfg(test)]
#[path = "names_tests.rs"]
mod tests;
