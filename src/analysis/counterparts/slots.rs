//! The values a claim gives a fact's slots (amounts with what they count, dates, ordinals, named places and
//! participants, polarity), and the conflict between two claims' values that makes their link a contrast.

use super::amounts::{Amount, clean};
use super::features::{ClaimFeatures, Ordinal, Term, TermKind, is_date_word};
use super::synonyms::key_of;
use crate::analysis::text::{is_stopword, lower_form};
use crate::assets::{CHANGE_WORDS, MONTHS, REGIONS, WEEKDAYS};
use crate::model::{Slot, SlotDifference};
use std::sync::Arc;

/// The slot in which two claims of one fact give conflicting values, if any: an amount of the same thing with no
/// value both allow, dates with none in common, different ordinals, different names in one role, or one denying
/// what the other affirms.
pub(super) fn conflict(a: &ClaimFeatures, b: &ClaimFeatures, shared_words: usize) -> Option<SlotDifference> {
    let slot = |slot, a: String, b: String| Some(SlotDifference { slot, a, b });
    if let Some((x, y)) = amount_conflict(a, b) {
        return slot(Slot::Amount, x.written.clone(), y.written.clone());
    }
    // A claim with several dates tells of several moments; only one date against one is one slot, and only when
    // the two dates place the same action: a plain word next to one is next to the other ("captured Monday" against
    // "the Nov. 30 escape" dates two acts). A name next to both says who acted, not what they did ("On January 30,
    // Obama signed an executive order" against "a bill signed by President Obama on March 11").
    let plain = |k: &Arc<str>| a.terms.iter().any(|t| t.key == *k && t.kind == TermKind::Word);
    if let ([da], [db]) = (a.dates.as_slice(), b.dates.as_slice())
        && da != db
        && shared_words >= DATE_SHARED_WORDS
        && a.date_neighbours.iter().any(|k| plain(k) && b.date_neighbours.contains(k))
    {
        return slot(Slot::Date, da.to_string(), db.to_string());
    }
    if let Some((x, y)) = ordinal_conflict(a, b, shared_words) {
        return slot(Slot::Ordinal, x.to_string(), y.to_string());
    }
    if let Some((x, y)) = role_name_conflict(a, b).filter(|_| shared_words >= 2) {
        return slot(x.slot, x.written.clone(), y.written.clone());
    }
    if shared_words >= 2 && (denies_what_other_holds(a, b) || denies_what_other_holds(b, a)) {
        let says = |f: &ClaimFeatures, other: &ClaimFeatures| {
            if denies_what_other_holds(f, other) { "denies" } else { "affirms" }.to_string()
        };
        return slot(Slot::Polarity, says(a, b), says(b, a));
    }
    None
}

/// A name a claim gives in a role that a preposition marks, after the word the preposition completes: a place
/// ("escaped from Huntsville", "held in Beaumont") or a participant ("was shot by Smith", "met with Putin").
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct RoleName {
    /// The key of the word before the preposition, and the preposition: the role the name fills.
    pub frame: (String, &'static str),
    pub slot: Slot,
    /// The keys of the name's words, as a claim's terms key them.
    pub keys: Vec<String>,
    pub written: String,
}

/// The prepositions that mark a place or a participant, with the slot each marks.
const ROLE_PREPOSITIONS: [(&str, Slot); 8] = [
    ("in", Slot::Place),
    ("at", Slot::Place),
    ("from", Slot::Place),
    ("to", Slot::Place),
    ("into", Slot::Place),
    ("near", Slot::Place),
    ("by", Slot::Participant),
    ("with", Slot::Participant),
];

/// The most words a name in a role takes: "Stade de Suisse" has three.
const ROLE_NAME_WORDS: usize = 4;

/// The names a claim's text gives in roles that prepositions mark, in order: after a lower-case content word, the
/// preposition, "the" if any, then capitalised words up to a punctuation mark. Days and months are no names.
pub(crate) fn role_names(text: &str) -> Vec<RoleName> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let key = |w: &str| key_of(lower_form(w).trim_end_matches("'s").trim_end_matches("’s"));
    let mut out = Vec::new();
    for i in 1..words.len() {
        let Some(&(prep, slot)) = ROLE_PREPOSITIONS.iter().find(|(p, _)| words[i] == *p) else {
            continue;
        };
        let before = words[i - 1];
        let completes = before.chars().all(char::is_alphabetic)
            && before.chars().next().is_some_and(char::is_lowercase)
            && !is_stopword(before);
        if !completes {
            continue;
        }
        let mut j = i + 1;
        if words.get(j).is_some_and(|w| w.eq_ignore_ascii_case("the")) {
            j += 1;
        }
        let mut name = Vec::new();
        while let Some(w) = words.get(j).filter(|_| name.len() < ROLE_NAME_WORDS) {
            let bare = clean(w);
            let lower = bare.to_lowercase();
            let capital = bare.chars().next().is_some_and(char::is_uppercase);
            if !capital || WEEKDAYS.is_head(&lower) || MONTHS.is_head(&lower) {
                break;
            }
            name.push(bare);
            if w.ends_with([',', '.', ';', ':', ')']) {
                break;
            }
            j += 1;
        }
        if name.is_empty() {
            continue;
        }
        out.push(RoleName {
            frame: (key(before), prep),
            slot,
            keys: name.iter().map(|w| key(w)).collect(),
            written: name.join(" "),
        });
    }
    out
}

/// Two names in one role that differ, where neither claim names the other's at all and neither place is a region
/// ([`REGIONS`]) that may hold the other: "escaped from Huntsville" against "escaped from Beaumont", but not
/// "rallied in Athens" against "rallied in Athens, Greece", nor "attacks in Russia" against "in St Petersburg".
fn role_name_conflict<'f>(a: &'f ClaimFeatures, b: &'f ClaimFeatures) -> Option<(&'f RoleName, &'f RoleName)> {
    let names = |f: &ClaimFeatures, n: &RoleName| n.keys.iter().any(|k| f.terms.iter().any(|t| &*t.key == k));
    let region = |n: &RoleName| n.slot == Slot::Place && REGIONS.contains(n.written.to_lowercase().as_str());
    a.role_names.iter().filter(|x| !region(x)).find_map(|x| {
        b.role_names
            .iter()
            .find(|y| {
                y.frame == x.frame && y.slot == x.slot && y.keys != x.keys && !region(y) && !names(b, x) && !names(a, y)
            })
            .map(|y| (x, y))
    })
}

/// How many content words two claims must share before their one date each counts as one slot.
const DATE_SHARED_WORDS: usize = 3;

/// Two different counted ordinals of the same thing: with the same word after them ("fifth round", "sixth
/// round"), or both with none ("the first since July", "the second in four days"); `None` when the claims also
/// share an ordinal of that thing. Ordinals with a word after them count only when the claims share
/// `DATE_SHARED_WORDS` content words (`shared_words`).
fn ordinal_conflict(a: &ClaimFeatures, b: &ClaimFeatures, shared_words: usize) -> Option<(&'static str, &'static str)> {
    let counted = |o: &&Ordinal| !matches!(o.word, "last" | "latest");
    // The plain words next to an ordinal, its head aside: the action it places at a moment.
    let near = |f: &ClaimFeatures, o: &Ordinal| -> Vec<Arc<str>> {
        let plain = |k: &&Arc<str>| f.terms.iter().any(|t| t.key == **k && t.kind == TermKind::Word);
        f.words_around(o.offset, o.offset + 1).filter(|k| Some(*k) != o.head.as_ref()).filter(plain).cloned().collect()
    };
    let shares = |f: &ClaimFeatures, y: &Ordinal| f.ordinals.iter().any(|o| o.word == y.word && o.head == y.head);
    for x in a.ordinals.iter().filter(counted) {
        // An ordinal of a part ("the fifth round", "the second day") places a moment in the event, as a date does:
        // two claims may tell two actions at two moments, so it takes the evidence a date takes, and one that
        // places a moment needs the same action next to both ("stopped him in the sixth", "stopped in the seventh
        // round" against "landed a jab in the third").
        if x.head.is_some() && shared_words < DATE_SHARED_WORDS {
            continue;
        }
        let ours = near(a, x);
        let same_action = |y: &Ordinal| !(x.moment || y.moment) || near(b, y).iter().any(|k| ours.contains(k));
        let theirs = b.ordinals.iter().filter(counted).find(|y| y.head == x.head && same_action(y));
        if let Some(y) = theirs.filter(|y| !shares(a, y) && !shares(b, x)) {
            return Some((x.word, y.word));
        }
    }
    None
}

/// Whether claim `f` negates a term that `other` holds, and `other` denies nothing: "has not overturned the rule"
/// against "overturned the rule". Two claims that both deny ("talks did not begin until March", "the studio
/// didn't open talks until March") tell one fact in two negative ways more often than they conflict.
fn denies_what_other_holds(f: &ClaimFeatures, other: &ClaimFeatures) -> bool {
    let holds = |k: &Arc<str>, kind: Option<TermKind>| {
        other.terms.iter().any(|t| &t.key == k && kind.is_none_or(|x| t.kind == x))
    };
    !other.negated
        && f.negated_keys.iter().any(|k| holds(k, Some(TermKind::Word)))
        && (f.denial_subjects.is_empty() || f.denial_subjects.iter().any(|k| holds(k, None)))
}

/// Whether a claim counts occurrences with an ordinal ("the first call since July"); "last" and "latest" only say
/// that something came after.
pub(super) fn has_ordinal(f: &ClaimFeatures) -> bool {
    f.ordinals.iter().any(|o| !matches!(o.word, "last" | "latest"))
}

/// Two amounts of the same thing with no value in common, unless either claim says its figure changed with time
/// ([`changed_figure`]).
fn amount_conflict<'f>(a: &'f ClaimFeatures, b: &'f ClaimFeatures) -> Option<(&'f Amount, &'f Amount)> {
    if a.changing || b.changing {
        return None;
    }
    differing_amounts(a, b)
}

/// Two values of one figure that changed with time: amounts of the same thing with no value in common, where a
/// claim says its figure changed ("the toll rose to five" against "three people died"; "so far the navy has seized
/// 31 magazines" against "12 magazines were seized on Friday"). They tell two moments of the figure, not one fact.
pub(super) fn changed_figure(a: &ClaimFeatures, b: &ClaimFeatures) -> Option<SlotDifference> {
    let (x, y) = differing_amounts(a, b).filter(|_| a.changing || b.changing)?;
    Some(SlotDifference { slot: Slot::Amount, a: x.written.clone(), b: y.written.clone() })
}

/// Two amounts of the same thing with no value in common, unless the two claims name parties but no party in
/// common, or the two amounts' parties share no name, or each names one that the other claim never names: then the
/// amounts are likely of different owners ("the Orioles' offer is worth $150 million" against "the Red Sox offered
/// $184 million"; "the Red Sox offer Teixeira $200 million" against "he met Teixeira before the Yankees committed
/// $240 million to sign Sabathia"). The capitals of a claim in title case name no one in particular, so its amounts
/// have no parties there.
fn differing_amounts<'f>(a: &'f ClaimFeatures, b: &'f ClaimFeatures) -> Option<(&'f Amount, &'f Amount)> {
    if owners_differ(a, b) {
        return None;
    }
    // A capitalised noun that an amount counts ("14 AK-47 Rifles") is what the amount counts, not whose it is.
    let counted: Vec<String> = a
        .amounts
        .iter()
        .chain(&b.amounts)
        .flat_map(|m| m.written.split_whitespace())
        .map(|w| clean(w).to_lowercase())
        .collect();
    let parties = |x: &'f Amount| x.parties.iter().filter(|name| !name.iter().all(|w| counted.contains(w)));
    // Each amount names a party that the other claim never names ("the Washington Nationals made Teixeira a $160
    // million offer" against "the Red Sox team of owner John Henry offered Teixeira $184 million"): two owners,
    // whatever else they share.
    let stranger = |x: &'f Amount, other: &ClaimFeatures| {
        let named = |w: &String| other.terms.iter().any(|t| t.surface.eq_ignore_ascii_case(w));
        parties(x).any(|name| !name.iter().any(named))
    };
    let one_owner = |x: &'f Amount, y: &'f Amount| {
        let shared = parties(x).flatten().any(|w| parties(y).flatten().any(|v| v == w));
        a.title_case
            || b.title_case
            || parties(x).next().is_none()
            || parties(y).next().is_none()
            || (shared && !(stranger(x, b) && stranger(y, a)))
    };
    for x in &a.amounts {
        let same_unit: Vec<&Amount> = b.amounts.iter().filter(|y| y.unit == x.unit && one_owner(x, y)).collect();
        let agrees = |x: &Amount| same_unit.iter().any(|y| x.low <= y.high && y.low <= x.high);
        let unit_agrees = a.amounts.iter().filter(|z| z.unit == x.unit).any(agrees);
        if let (Some(y), false) = (same_unit.first(), unit_agrees) {
            return Some((x, y));
        }
    }
    None
}

/// Whether both claims name someone or something and share none of those names. Days and months name no party,
/// and neither does a capitalised noun that either claim counts ("14 AK-47 Rifles", "12 Magazines"): it is what
/// the amount counts, not whose it is.
fn owners_differ(a: &ClaimFeatures, b: &ClaimFeatures) -> bool {
    let counted = |key: &str| a.amounts.iter().chain(&b.amounts).any(|m| m.unit.split(' ').any(|u| u == key));
    let party = |t: &&Term| t.kind == TermKind::Name && !is_date_word(&t.surface.to_lowercase()) && !counted(&t.key);
    let names = |f: &ClaimFeatures| -> Vec<Arc<str>> { f.terms.iter().filter(party).map(|t| t.key.clone()).collect() };
    let (na, nb) = (names(a), names(b));
    !na.is_empty() && !nb.is_empty() && !na.iter().any(|k| nb.contains(k))
}

/// Whether a word says that a figure changed with time ([`CHANGE_WORDS`]).
pub(crate) fn is_change_word(lower: &str) -> bool {
    CHANGE_WORDS.contains(lower)
}

/// How many content words, names aside, a pair shares, from its shared term indexes.
pub(super) fn shared_words(a: &ClaimFeatures, shared: &[(usize, usize)]) -> usize {
    shared.iter().filter(|&&(x, _)| a.terms.get(x).is_some_and(|t| t.kind == TermKind::Word)).count()
}

#[cfg(test)]
#[path = "slots_tests.rs"]
mod tests;
