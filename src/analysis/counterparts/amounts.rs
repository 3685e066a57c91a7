//! The amounts a claim states: figures with their currency, percent or the noun they count, their bounds,
//! ranges and estimates, read from the words as written.

use super::features::{is_date_word, month_of_day};
use super::synonyms::key_of;
use super::word_context::opens_clause;
use crate::analysis::text::{closed_thousands, is_stopword, stem};
use crate::assets::{AMOUNT_QUALIFIERS, NEGATIONS, NUMBER_WORDS, PREPOSITIONS, SPEECH_VERBS};
use std::cell::OnceCell;
use std::ops::Range;

/// An amount a claim states: the values it allows, what it counts, and the words as written.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Amount {
    pub low: f64,
    pub high: f64,
    /// A currency sign, "percent", "days" for a length of time, or the stem (of its synonym group) of the noun it
    /// counts.
    pub unit: String,
    pub written: String,
    /// The names of the clause the amount stands in, its own words aside, each as its lower-case words: whose amount
    /// it is ("the Yankees committed $240 million to sign Sabathia").
    pub parties: Vec<Vec<String>>,
}

/// How far apart two written figures may be and still be one figure rounded: "2,953" and "2,950".
const ROUNDING: f64 = 0.005;
/// How far an estimate ("about 300") may stray from its figure.
const ESTIMATE: f64 = 0.15;
/// The most words of filler between a count and its noun: "four people were killed", "3 dead".
const NOUN_REACH: usize = 3;
/// The most words from a modifier to the plural noun it leads to: "two of the pirate vessels", "five merchant
/// tanker ships".
const COMPOUND_REACH: usize = 2;

/// The amounts a claim's text states, in order. Years and figures that count nothing named are left out.
pub(crate) fn amounts(text: &str) -> Vec<Amount> {
    let text = closed_thousands(text);
    let words: Vec<&str> = text.split_whitespace().collect();
    let lower: Vec<String> = words.iter().map(|w| clean(w).to_lowercase()).collect();
    // Worked out only for a text that states an amount.
    let clauses = OnceCell::new();
    let parties = |first: usize, last: usize| {
        clause_names(&words, &lower, clauses.get_or_init(|| clause_of_each(&words, &lower)), first..last)
    };
    let converted = in_conversion(&words, &lower);
    let mut out = Vec::new();
    let mut i = 0;
    while i < lower.len() {
        if let Some((low, high)) = long_duration(&lower[i]) {
            let written = clean(words[i]).to_string();
            out.push(Amount { low, high, unit: DURATION.into(), written, parties: parties(i, i + 1) });
            i += 1;
            continue;
        }
        let one = one_unit_of_time(&lower, i).then_some((1.0, 1.0, None, false));
        let (value, taken) = match figure(&lower[i]).or(one) {
            Some(value) => (Some(value), 1),
            None => vague_quantity(&lower[i..])
                .map_or((None, 1), |(low, high, words)| (Some((low, high, None, false)), words)),
        };
        let Some((mut low, mut high, mut currency, mut percent)) = value else {
            i += 1;
            continue;
        };
        // "earns 900 euros (Dh4,275) a month": a conversion restates the amount before it and states none of its
        // own.
        if converted[i] {
            i += taken;
            continue;
        }
        // "Nov. 30", "30 November": the day of a date, which the dates compare.
        let word = |k: usize| lower.get(k).map(String::as_str);
        if taken == 1 && month_of_day(&lower[i], i.checked_sub(1).and_then(word), word(i + 1)).is_some() {
            i += 1;
            continue;
        }
        let start = i;
        i += taken;
        if let Some(m) = lower.get(i).and_then(|w| multiplier(w)) {
            (low, high) = (low * m, high * m);
            i += 1;
        }
        // "between $140 million and $150 million", "between 20 and 30 people", "$145 million to $175 million": one
        // amount, a range. "from 3 to 5" tells of a change, and "52 to 48" of a tally.
        let between = start > 0 && lower[start - 1] == "between" && lower.get(i).is_some_and(|w| w == "and");
        let to = lower.get(i).is_some_and(|w| w == "to") && (start == 0 || lower[start - 1] != "from");
        let upper = lower.get(i + 1).filter(|_| between || to).and_then(|w| figure(w)).and_then(|(_, to, c, p)| {
            let m = lower.get(i + 2).and_then(|w| multiplier(w));
            let to = to * m.unwrap_or(1.0);
            (to > low && (currency.is_none() || c.is_none() || currency == c)).then_some((to, c, p, m.is_some()))
        });
        let range = upper.is_some();
        if let Some((to, to_currency, to_percent, multiplied)) = upper {
            high = to;
            currency = currency.or(to_currency);
            percent |= to_percent;
            i += if multiplied { 3 } else { 2 };
        }
        if lower.get(i).is_some_and(|w| matches!(w.as_str(), "percent" | "pct")) {
            percent = true;
            i += 1;
        } else if lower.get(i).is_some_and(|w| w == "per") && lower.get(i + 1).is_some_and(|w| w == "cent") {
            percent = true;
            i += 2;
        } else if let Some(sign) = lower.get(i).and_then(|w| currency_word(w)) {
            currency = Some(sign);
            i += 1;
        }
        let year = currency.is_none() && !percent && low == high && (1900.0..2100.0).contains(&low);
        // What a figure counts stands in its own phrase: "three people, a man and two women" counts people, and
        // "Comeaux, 49, escaped" counts nothing.
        let phrase_end =
            (i.saturating_sub(1)..words.len()).find(|&k| ends_phrase(words[k])).map_or(words.len(), |k| k + 1);
        // "Sox Make Offer To Teixeira (8 Years?)": a figure in a question asks, and states no amount.
        if words
            .get(phrase_end.saturating_sub(1))
            .is_some_and(|w| w.trim_end_matches([')', '"', '\u{201d}']).ends_with('?'))
        {
            continue;
        }
        let unit = match (currency, percent) {
            (Some(sign), _) => Some((sign.to_string(), 0)),
            (None, true) => Some(("percent".to_string(), 0)),
            (None, false) => counted_noun(&lower[i..phrase_end.max(i)]),
        };
        let Some((mut unit, noun_words)) = unit.filter(|_| !year) else { continue };
        // "eight days", "a week": a length of time, in days, whatever unit it is written in.
        if let Some((from, to)) = lower.get(i).filter(|_| noun_words == 1).and_then(|w| days_in(w)) {
            (low, high, unit) = (low * from, high * to, DURATION.into());
        }
        // "seven AK-47s and three other assault rifles": a count of the others is a part of what is counted, and is
        // measured against other such parts only.
        if lower.get(i).is_some_and(|w| w == "other") {
            unit = format!("other {unit}");
        }
        // "five rounds sooner", "three days ago": a lapse of time, not a count of the thing.
        let after_noun = lower.get(i + noun_words).map(String::as_str);
        if [lower.get(i).map(String::as_str), after_noun].into_iter().flatten().any(is_comparative) {
            continue;
        }
        // "$4 million a year", "$23 million per season": a rate, measured against rates of that unit only.
        let per = after_noun.filter(|w| matches!(*w, "a" | "an" | "per"));
        if let Some(each) = per.and(lower.get(i + noun_words + 1)).filter(|w| days_in(w).is_some() || *w == "season") {
            unit = format!("{unit} per {}", each.trim_end_matches('s'));
        }
        // A length of time before or after a moment ("two months before the escape") says how far apart two
        // moments lie, not how long something lasted: it is measured against other such lapses only.
        if let Some(side) = after_noun.filter(|_| unit == DURATION).and_then(lapse_side) {
            unit = format!("{DURATION} {side}");
        }
        let (kind, qualifier) = qualifier(&lower[..start], &words[..start]);
        match kind {
            Some("min") => high = f64::INFINITY,
            Some("max") => low = 0.0,
            Some(_) => (low, high) = (low * (1.0 - ESTIMATE), high * (1.0 + ESTIMATE)),
            None => (low, high) = (low * (1.0 - ROUNDING), high * (1.0 + ROUNDING)),
        }
        let first = if range && between { start - 1 } else { start - qualifier };
        let last = (i + noun_words).min(words.len());
        let written = words[first..last].join(" ");
        let written = written.trim_end_matches([',', '.', ';', ':']).to_string();
        out.push(Amount { low, high, unit, written, parties: parties(first, last) });
    }
    joined_bounds(out)
}

/// Whether each word stands in brackets that restate the amount before them in another currency: brackets right
/// after a figure, whose first word is a figure with its currency written before it ("€4 million ($4.4 million)",
/// "900 (Dh4, 275) a month"). Brackets that state figures of their own ("fell to 36-3 (24 KO)") are read.
fn in_conversion(words: &[&str], lower: &[String]) -> Vec<bool> {
    let figure_like = |k: usize| lower[k].chars().any(|c| c.is_ascii_digit()) || multiplier(&lower[k]).is_some();
    let mut depth = 0usize;
    let mut converting = false;
    let mut out = Vec::with_capacity(words.len());
    for (k, word) in words.iter().enumerate() {
        if depth == 0 && word.starts_with('(') {
            let first = clean(word);
            converting = k > 0
                && figure_like(k - 1)
                && first.starts_with(|c: char| !c.is_ascii_digit())
                && first.chars().any(|c| c.is_ascii_digit());
        }
        out.push(converting && (depth > 0 || word.starts_with('(')));
        depth = (depth + word.matches('(').count()).saturating_sub(word.matches(')').count());
        converting &= depth > 0;
    }
    out
}

/// The unit of an amount that is a length of time, in days.
const DURATION: &str = "days";

/// How many days a unit of time takes, as the least and the most ("a month" is 28 to 31 days).
fn days_in(word: &str) -> Option<(f64, f64)> {
    let days = match word.strip_suffix('s').unwrap_or(word) {
        "minute" => 1.0 / 1440.0,
        "hour" => 1.0 / 24.0,
        "day" => 1.0,
        "week" => 7.0,
        "fortnight" => 14.0,
        "month" => return Some((28.0, 31.0)),
        "year" => return Some((365.0, 366.0)),
        "decade" => return Some((3652.0, 3653.0)),
        _ => return None,
    };
    Some((days, days))
}

/// The side of a moment that a word after a length of time puts it on, as "before" or "after": "three weeks
/// following the season", "two months prior to the escape", "a year since the crash".
fn lapse_side(word: &str) -> Option<&'static str> {
    match word {
        "before" | "prior" => Some("before"),
        "after" | "following" | "since" => Some("after"),
        _ => None,
    }
}

/// A length of time written as one word: "weeklong", "month-long".
fn long_duration(word: &str) -> Option<(f64, f64)> {
    days_in(word.strip_suffix("long")?.trim_end_matches('-'))
}

/// Whether word `i` is "a" or "an" before a unit of time, one of it ("a week on the run"), and not a rate ("twice a
/// day", "once a week", "per year", "$4 million a year"); or, as headlines drop the article, a preposition of time
/// before a bare unit ("captured after week on the run").
fn one_unit_of_time(lower: &[String], i: usize) -> bool {
    let rate = i > 0 && {
        let before = lower[i - 1].as_str();
        matches!(before, "once" | "twice" | "thrice" | "times" | "per")
            || multiplier(before).is_some()
            || currency_word(before).is_some()
            || figure(before).is_some()
    };
    let unit = lower.get(i + 1).is_some_and(|w| !w.ends_with('s') && days_in(w).is_some());
    match lower[i].as_str() {
        "a" | "an" => !rate && lower.get(i + 1).is_some_and(|w| days_in(w).is_some()),
        "after" | "for" | "within" => unit,
        _ => false,
    }
}

/// A quantity written as plural units of counting, the least and the most it allows, and how many words it takes
/// with its "of": "dozens of" (24 to 99), "hundreds of", "thousands of", "tens of thousands of", "hundreds of
/// thousands of", "millions of" (from two of the unit to just under the next one). "Thousands of people marched"
/// conflicts with "about 300 people marched", not with "20,000".
fn vague_quantity(words: &[String]) -> Option<(f64, f64, usize)> {
    let unit = |w: &str| match w {
        "dozens" => Some((24.0, 99.0)),
        "hundreds" => Some((200.0, 999.0)),
        "thousands" => Some((2e3, 9999.0)),
        "millions" => Some((2e6, 999_999_999.0)),
        _ => None,
    };
    let of = |k: usize| words.get(k).is_some_and(|w| w == "of");
    let scale = |w: &str| match w {
        "tens" => Some(10.0),
        "hundreds" => Some(100.0),
        _ => None,
    };
    if let (Some(by), Some(t), true) = (scale(words.first()?), words.get(2).and_then(|w| unit(w)), of(1) && of(3)) {
        return Some((t.0 * by, (t.1 + 1.0) * by - 1.0, 4));
    }
    let (low, high) = unit(words.first()?).filter(|_| of(1))?;
    Some((low, high, 2))
}

/// A lower and an upper bound of the same thing in one claim make one range: "in excess of $160 million, but less
/// than $184 million" allows only what lies between, so $200 million conflicts with it.
fn joined_bounds(mut amounts: Vec<Amount>) -> Vec<Amount> {
    let lower = amounts.iter().position(|m| m.high.is_infinite());
    let upper = lower
        .and_then(|l| amounts.iter().position(|m| m.low == 0.0 && m.high.is_finite() && m.unit == amounts[l].unit));
    if let (Some(l), Some(u)) = (lower, upper)
        && amounts[l].low <= amounts[u].high
    {
        let upper = amounts.remove(u);
        let lower = &mut amounts[if u < l { l - 1 } else { l }];
        lower.high = upper.high;
        lower.written = format!("{} \u{2026} {}", lower.written, upper.written);
        lower.parties.extend(upper.parties);
    }
    amounts
}

/// The clause each word stands in, numbered from 0, where [`opens_clause`] says: after a comma, semicolon, colon,
/// dash or bracket, or at a word that opens clauses ("but", "which").
fn clause_of_each(words: &[&str], lower: &[String]) -> Vec<usize> {
    let mut clause = 0;
    let mut out = Vec::with_capacity(words.len());
    for (k, word) in words.iter().enumerate() {
        if k > 0 {
            let before = &words[k - 1][words[k - 1].trim_end_matches(is_edge).len()..];
            let opening = &word[..word.len() - word.trim_start_matches(is_edge).len()];
            if opens_clause(&format!("{before} {opening}"), &lower[k]) {
                clause += 1;
            }
        }
        out.push(clause);
    }
    out
}

/// The names in the clause of an amount whose words are `own`: runs of capitalised words past the first of the
/// text, that are no function word, month, weekday or number word. An amount whose clause names no one is that of
/// the names before it: the commas of an aside or a list of modifiers part one clause ("the Red Sox team of owner
/// John Henry, COO Larry Lucchino and General Manager Theo Epstein offered Teixeira, 28, an eight-year deal worth
/// $184 million").
fn clause_names(words: &[&str], lower: &[String], clauses: &[usize], own: Range<usize>) -> Vec<Vec<String>> {
    let Some(&clause) = clauses.get(own.start) else { return Vec::new() };
    let names_of = |clause: usize| {
        // Each name's words, and the position of the word after it.
        let mut names: Vec<(Vec<String>, usize)> = Vec::new();
        let mut last = None;
        for k in (1..words.len()).filter(|&k| clauses[k] == clause && !own.contains(&k)) {
            let name = clean(words[k]).starts_with(char::is_uppercase)
                && !is_stopword(&lower[k])
                && !is_date_word(&lower[k])
                && !NUMBER_WORDS.contains_key(&*lower[k]);
            if !name {
                continue;
            }
            match names.last_mut() {
                Some((run, end)) if last == Some(k - 1) => {
                    run.push(lower[k].clone());
                    *end = k + 1;
                }
                _ => names.push((vec![lower[k].clone()], k + 1)),
            }
            last = Some(k);
        }
        // A name that a speech verb follows is the source of the clause, not a party to the amount ("Michael
        // Silverman wrote the Red Sox offer was expected to be $145 million").
        names.retain(|(_, end)| !lower.get(*end).is_some_and(|w| SPEECH_VERBS.contains(w.as_str())));
        names.into_iter().map(|(run, _)| run).collect::<Vec<_>>()
    };
    let own_clause = names_of(clause);
    if own_clause.is_empty() { (0..clause).flat_map(names_of).collect() } else { own_clause }
}

/// A word after a figure or its noun that makes the figure a lapse of time: "sooner", "later", "ago". ("20 more
/// people" still counts people: "more" there says "in addition".)
fn is_comparative(word: &str) -> bool {
    matches!(word, "sooner" | "earlier" | "later" | "longer" | "shorter" | "ago")
}

/// Whether a word ends a phrase: a comma, a semicolon, a colon, a closing bracket or a sentence's end follows it.
fn ends_phrase(word: &str) -> bool {
    word.ends_with([',', ';', ':', ')', '.', '!', '?'])
}

/// A word without the punctuation around it ([`is_edge`]).
pub(super) fn clean(word: &str) -> &str {
    word.trim_matches(is_edge)
}

/// Whether a character is punctuation around a word: neither a letter, a digit, a currency sign nor a percent sign.
fn is_edge(c: char) -> bool {
    !c.is_alphanumeric() && !matches!(c, '$' | '£' | '€' | '%')
}

/// A figure as written: its value or range, with the currency sign or percent sign it carries.
fn figure(word: &str) -> Option<(f64, f64, Option<&'static str>, bool)> {
    if let Some(&value) = NUMBER_WORDS.get(word) {
        let value: f64 = value.parse().ok()?;
        return Some((value, value, None, false));
    }
    let (currency, rest) = match word.chars().next()? {
        '$' => (Some("$"), &word[1..]),
        '£' => (Some("£"), &word['£'.len_utf8()..]),
        '€' => (Some("€"), &word['€'.len_utf8()..]),
        _ => (None, word),
    };
    let (percent, rest) = match rest.strip_suffix('%') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    let number = |s: &str| -> Option<f64> {
        let s = s.replace(',', "");
        s.chars().next().filter(char::is_ascii_digit)?;
        s.parse().ok()
    };
    if let Some((x, y)) = rest.split_once(['-', '–']) {
        let (x, y) = (number(x)?, number(y)?);
        return (x < y).then_some((x, y, currency, percent));
    }
    let value = number(rest)?;
    Some((value, value, currency, percent))
}

fn multiplier(word: &str) -> Option<f64> {
    match word {
        "thousand" => Some(1e3),
        "million" | "m" => Some(1e6),
        "billion" | "bn" => Some(1e9),
        "trillion" => Some(1e12),
        _ => None,
    }
}

fn currency_word(word: &str) -> Option<&'static str> {
    match word {
        "dollars" | "dollar" => Some("$"),
        "pounds" => Some("£"),
        "euros" | "euro" => Some("€"),
        _ => None,
    }
}

/// The noun a count counts, by its synonym group, and how many words after the figure it takes to reach it: the
/// first content word within `NOUN_REACH` words, past "people" and "persons", which say little of what was counted
/// ("four people were killed"). A word that modifies a plural noun counts that noun with it, by its own stem ("five
/// merchant vessels" against "three pirate vessels"; "17 of the hijacked ships" against "3 pirate ships"). A figure
/// followed by a preposition other than "of" counts nothing after it: it stands for a noun before it ("two
/// attempts, one on an Indian ship").
fn counted_noun(after: &[String]) -> Option<(String, usize)> {
    let mut fallback = None;
    for (n, w) in after.iter().take(NOUN_REACH).enumerate() {
        if w.is_empty() || w.chars().next().is_some_and(|c| c.is_ascii_digit()) {
            return fallback;
        }
        if is_stopword(w) {
            if fallback.is_none() && w != "of" && PREPOSITIONS.contains(w.as_str()) {
                return None;
            }
            continue;
        }
        if matches!(w.as_str(), "people" | "persons") {
            fallback.get_or_insert((key_of(w), n + 1));
            continue;
        }
        let head = (!is_plural(w))
            .then(|| {
                let compound = after.iter().enumerate().skip(n + 1).take(COMPOUND_REACH);
                compound.take_while(|(_, v)| !v.is_empty() && !is_stopword(v)).find(|(_, v)| is_plural(v))
            })
            .flatten();
        return Some(match head {
            Some((h, noun)) => (format!("{} {}", stem(w), key_of(noun)), h + 1),
            None => (key_of(w), n + 1),
        });
    }
    fallback
}

/// Whether a lower-case word looks like a plural noun: "vessels", "rifles", "men"; not "boss", "bonus" or "crisis".
fn is_plural(w: &str) -> bool {
    let regular = w.len() > 3 && w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is");
    regular || matches!(w, "men" | "women" | "children" | "people" | "crew" | "staff" | "personnel")
}

/// The qualifier that ends just before an amount ([`AMOUNT_QUALIFIERS`]), or before "the" that opens it ("exceeding
/// the $161 million"), and how many words it takes with that "the". A bound denied turns over: "no more than 20"
/// and "has not offered more than $160 million" allow at most the figure, "never hit fewer than 26" at least it.
/// `before` holds the words before the amount in lower case, and `written` the same words as written.
fn qualifier(before: &[String], written: &[&str]) -> (Option<&'static str>, usize) {
    let article = usize::from(before.last().is_some_and(|w| w == "the"));
    let before = &before[..before.len() - article];
    for n in (1..=3).rev() {
        let Some(start) = before.len().checked_sub(n) else { continue };
        let Some(&kind) = AMOUNT_QUALIFIERS.get(before[start..].join(" ").as_str()) else { continue };
        let reach = start.saturating_sub(BOUND_NEGATION_REACH)..start;
        let denied =
            reach.rev().take_while(|&k| !ends_phrase(written[k])).any(|k| NEGATIONS.contains(before[k].as_str()));
        let kind = match (kind, denied) {
            ("min", true) => "max",
            ("max", true) => "min",
            _ => kind,
        };
        return (Some(kind), n + article);
    }
    (None, 0)
}

/// How many words before a bound ("more than", "fewer than") a negation may stand and still deny it: "no team has
/// offered more than".
const BOUND_NEGATION_REACH: usize = 4;
