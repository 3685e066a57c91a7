//! The values a claim gives a fact's slots (amounts with what they count, dates, ordinals, named places and
//! participants, polarity), and the conflict between two claims' values that makes their link a contrast.

use super::amounts::{Amount, clean};
use super::features::{ClaimFeatures, Term, TermKind, is_date_word};
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
    let counted = |f: &ClaimFeatures| -> Vec<(&'static str, Option<Arc<str>>)> {
        f.ordinals
            .iter()
            .zip(&f.ordinal_heads)
            .filter(|(o, _)| !matches!(**o, "last" | "latest"))
            .map(|(o, h)| (*o, h.clone()))
            .collect()
    };
    let (oa, ob) = (counted(a), counted(b));
    let of_thing = |ordinals: &[(&'static str, Option<Arc<str>>)], head: &Option<Arc<str>>| -> Vec<&'static str> {
        ordinals.iter().filter(|(_, h)| h == head).map(|(o, _)| *o).collect()
    };
    for (x, hx) in &oa {
        // An ordinal of a part ("the fifth round", "the second day") places a moment in the event, as a date does:
        // two claims may tell two actions at two moments, so it takes the evidence a date takes.
        if hx.is_some() && shared_words < DATE_SHARED_WORDS {
            continue;
        }
        let (theirs, ours) = (of_thing(&ob, hx), of_thing(&oa, hx));
        if let (Some(y), false) = (theirs.first(), ours.iter().any(|o| theirs.contains(o))) {
            return Some((x, y));
        }
    }
    None
}

/// Whether claim `f` negates a term that `other` holds, and `other` denies nothing: "has not overturned the rule"
/// against "overturned the rule". Two claims that both deny ("talks did not begin until March", "the studio
/// didn't open talks until March") tell one fact in two negative ways more often than they conflict.
fn denies_what_other_holds(f: &ClaimFeatures, other: &ClaimFeatures) -> bool {
    !other.negated && f.negated_keys.iter().any(|k| other.terms.iter().any(|t| &t.key == k && t.kind == TermKind::Word))
}

/// Whether a claim counts occurrences with an ordinal ("the first call since July"); "last" and "latest" only say
/// that something came after.
pub(super) fn has_ordinal(f: &ClaimFeatures) -> bool {
    f.ordinals.iter().any(|o| !matches!(*o, "last" | "latest"))
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
/// common, or the two amounts' own clauses do: then the amounts are likely of different owners ("the Orioles' offer
/// is worth $150 million" against "the Red Sox offered $184 million"; "the Red Sox offer Teixeira $200 million"
/// against "he met Teixeira before the Yankees committed $240 million to sign Sabathia"). The capitals of a claim
/// in title case name no one in particular, so its amounts have no parties there.
fn differing_amounts<'f>(a: &'f ClaimFeatures, b: &'f ClaimFeatures) -> Option<(&'f Amount, &'f Amount)> {
    if owners_differ(a, b) {
        return None;
    }
    let one_owner = |x: &Amount, y: &Amount| {
        a.title_case
            || b.title_case
            || x.parties.is_empty()
            || y.parties.is_empty()
            || x.parties.iter().any(|p| y.parties.contains(p))
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
    let counted = |key: &str| a.amounts.iter().chain(&b.amounts).any(|m| m.unit == key);
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
mod tests {
    use super::*;
    use crate::analysis::counterparts::features_of_text;

    fn found(a: &str, b: &str) -> Option<SlotDifference> {
        let (fa, fb) = (features_of_text(a, 0), features_of_text(b, 0));
        conflict(&fa, &fb, 3)
    }

    #[test]
    fn counts_with_the_noun_they_count_conflict_and_number_words_are_read() {
        let c = found("Three people died in the fire.", "Four people were killed in the fire.");
        assert_eq!(
            c.map(|c| (c.slot, c.a, c.b)),
            Some((Slot::Amount, "Three people died".into(), "Four people were killed".into()))
        );
        let shares = found("Greek stocks plunged 5.4 per cent.", "Greek stocks closed down 3.9 percent.");
        assert_eq!(shares.map(|c| (c.a, c.b)), Some(("5.4 per cent".into(), "3.9 percent".into())));
        // "more" after a figure says "in addition"; the people are still counted.
        let more =
            found("Around 20 more people were led out of the bank.", "Firefighters led another five people out.");
        assert_eq!(more.map(|c| c.slot), Some(Slot::Amount));
        let money = found("The club offered $2.5 million for the striker.", "The club offered $2.6 million for him.");
        assert_eq!(money.map(|c| c.slot), Some(Slot::Amount));
    }

    #[test]
    fn bounds_ranges_and_estimates_allow_what_they_say() {
        assert_eq!(found("At least 20 people were hurt.", "Officials said 24 people were hurt."), None);
        assert_eq!(found("The bid was $165-180 million.", "The bid was $170 million."), None);
        assert_eq!(found("About 300 protesters marched.", "Some 320 protesters marched."), None);
        assert_eq!(found("The bid is exceeding $161 million.", "The bid is $200 million."), None);
        assert!(found("The bid is below $161 million.", "The bid is $200 million.").is_some());
        assert!(found("Up to 20 people were hurt.", "Officials said 24 people were hurt.").is_some());
        assert_eq!(
            found("His deal is sure to be exceeding the $161 million paid last year.", "He got $200 million."),
            None
        );
        let range = "The offer is worth between $140 million and $150 million.";
        assert_eq!(found(range, "The offer is worth $145 million."), None);
        let c = found(range, "The offer is worth $184 million.");
        assert_eq!(c.map(|c| c.a), Some("between $140 million and $150 million".into()));
        assert_eq!(found("Between 20 and 30 people were hurt.", "Officials said 24 people were hurt."), None);
        assert_eq!(found("Some 20 to 30 people were hurt.", "Officials said 24 people were hurt."), None);
        let span = found("The bid was $145 million to $175 million.", "The bid was $184 million.");
        assert_eq!(span.map(|c| c.a), Some("$145 million to $175 million".into()));
        assert!(found("The bill passed 52 to 48 votes.", "The bill passed with 50 votes.").is_some());
        // A figure's thousands, spaced or not, are one figure: 20,000 allows neither 20 nor 30,000.
        assert_eq!(found("As many as 20, 000 people marched.", "Some 20,000 people marched."), None);
        let c = found("As many as 20, 000 people marched.", "Police said 30,000 people marched.");
        assert_eq!(c.map(|c| c.a), Some("As many as 20,000 people marched".into()));
    }

    #[test]
    fn plural_units_of_counting_allow_the_span_they_name() {
        let thousands = "Thousands of people marched in Athens.";
        let c = found(thousands, "About 300 people marched in Athens.");
        assert_eq!(c.map(|c| (c.slot, c.a)), Some((Slot::Amount, "Thousands of people marched".into())));
        assert_eq!(found(thousands, "Some 5,000 people marched in Athens."), None);
        let tens = "Tens of thousands of people marched in Athens.";
        assert_eq!(found(tens, "Police said 20,000 people marched in Athens."), None);
        let c = found(tens, "Police said 5,000 people marched in Athens.");
        assert_eq!(c.map(|c| c.a), Some("Tens of thousands of people marched".into()));
        assert!(found("Dozens of people were hurt.", "Officials said 200 people were hurt.").is_some());
        assert_eq!(found("Dozens of people were hurt.", "Officials said 40 people were hurt."), None);
    }

    #[test]
    fn amounts_of_parties_the_other_claim_does_not_name_are_no_contrast() {
        let orioles = "The Orioles made a rival bid worth $150 million.";
        assert_eq!(found(orioles, "The Red Sox made a bid worth $184 million."), None);
        assert!(found(orioles, "The Orioles made a bid worth $184 million.").is_some());
        assert!(found("A rival bid was worth $150 million.", "The Red Sox made a bid worth $184 million.").is_some());
        // Whose amount it is shows in its own clause, even where both claims name the player.
        let red_sox = "The Red Sox offered Teixeira $200 million.";
        let yankees = "Cashman met Teixeira, but the Yankees then committed $240 million to sign Sabathia.";
        assert_eq!(found(red_sox, yankees), None);
        let also_red_sox = "Cashman met Teixeira, but the Red Sox then offered $240 million to sign him.";
        assert!(found(red_sox, also_red_sox).is_some());
        // The capitals of a headline in title case name no one in particular.
        let headline = "Talks With Teixeira: Team Offer Worth $184 Million";
        assert!(found(headline, "The Nationals offered Teixeira $200 million, sources said.").is_some());
    }

    #[test]
    fn lengths_of_time_conflict_in_days_whatever_their_unit() {
        let c = found("He was caught after a weeklong manhunt.", "He was caught after eight days on the run.");
        assert_eq!(c.map(|c| (c.slot, c.a, c.b)), Some((Slot::Amount, "weeklong".into(), "eight days".into())));
        assert!(found("He spent a week on the run.", "He spent eight days on the run.").is_some());
        let headline = found("Prisoner captured after week on the run", "He was captured after eight days on the run.");
        assert_eq!(headline.map(|c| (c.a, c.b)), Some(("after week".into(), "eight days".into())));
        assert_eq!(found("Deal reached after weeks of talks", "The deal came after eight days of talks."), None);
        assert_eq!(found("He spent a month in hiding.", "He spent 30 days in hiding."), None);
        assert_eq!(found("He served two years in prison.", "He served 24 months in prison."), None);
        assert_eq!(found("He took the pill twice a day.", "He took the pill for three days."), None);
        // A length of time before or after a moment says how far apart two moments lie, not how long one lasted.
        let manhunt = "He was caught after a weeklong manhunt in the prison's county.";
        assert_eq!(found(manhunt, "The prison stopped searching visitors two months before the escape."), None);
        let lapses = found("He was caught a week after the escape.", "He was caught eight days after the escape.");
        assert_eq!(lapses.map(|c| (c.a, c.b)), Some(("a week".into(), "eight days".into())));
        assert_eq!(found("He was caught a week after the escape.", "He spent eight days on the run."), None);
        assert_eq!(
            found(
                "Three weeks after the season, the club fired the coach, who has two years left on his deal.",
                "Three weeks following the season, the club fired the coach.",
            ),
            None
        );
        // A sum for each unit of time is a rate, not a length of time, and conflicts with rates only.
        assert_eq!(found("He has two years left on his deal.", "The deal pays him $4 million a year."), None);
        assert_eq!(found("He has $8 million left on his deal.", "The deal pays him $4 million a year."), None);
        let rates = found("The deal pays him $5 million per year.", "The deal pays him $4 million a year.");
        assert_eq!(rates.map(|c| c.slot), Some(Slot::Amount));
    }

    #[test]
    fn near_misses_are_no_contrast() {
        // Rounding, another currency, another noun, a count that grew, a year and a conversion.
        assert_eq!(found("The toll stood at 2,953 victims.", "The toll stood at 2,950 victims."), None);
        assert_eq!(found("He was paid $2.5 million.", "He was paid £2 million."), None);
        assert_eq!(found("Three people died.", "Four buildings collapsed."), None);
        assert_eq!(found("Three people died on Monday.", "The toll rose to five people on Tuesday."), None);
        assert_eq!(found("So far the navy has seized 31 magazines.", "The navy seized 12 magazines on Friday."), None);
        assert_eq!(found("The club upgraded its bid to $178 million.", "The club's bid was $160 million."), None);
        assert_eq!(found("He won the fight in six rounds.", "He won the fight five rounds sooner than in 2008."), None);
        assert_eq!(found("The law passed in 2009.", "The law passed in 2010 with 3 votes to spare."), None);
        assert_eq!(found("The meeting began at 3 p.m.", "The meeting began at 2:53 p.m."), None);
        // What a figure counts stands in its phrase: a day of a date, or an age between commas, counts nothing.
        assert_eq!(
            found("Police said at least three people, a man and two women, were killed.", "Police said one man died."),
            None
        );
        assert_eq!(found("The inmate, 49, escaped from a van.", "The inmate, 50, escaped from a van."), None);
        let days = found("The Nov. 30 escape led to changes.", "The Dec. 7 escape led to changes.");
        assert_ne!(days.map(|c| c.slot), Some(Slot::Amount));
        // A conversion in brackets restates the amount before it; figures of their own in brackets still count.
        let record = found("Thompson (36-3, 24 knockouts) lost.", "Thompson (36-3, 26 knockouts) lost.");
        assert_eq!(record.map(|c| c.slot), Some(Slot::Amount));
        assert_eq!(
            found("The deal is worth €4 million ($4.4 million) a year.", "The deal is worth $4 million a year."),
            None
        );
    }

    #[test]
    fn a_lower_and_an_upper_bound_make_one_range() {
        let c = found(
            "The team offered him $200 million over eight years.",
            "The team offered him in excess of $160 million, but less than $184 million, over eight years.",
        );
        assert_eq!(
            c.map(|c| (c.a, c.b)),
            Some(("$200 million".into(), "in excess of $160 million \u{2026} less than $184 million".into()))
        );
        let within = "The team offered him $170 million over eight years.";
        assert_eq!(found(within, "The team offered him more than $160 million, but less than $184 million."), None);
    }

    #[test]
    fn a_figure_that_changed_with_time_is_two_moments_of_it() {
        let changed = |a: &str, b: &str| changed_figure(&features_of_text(a, 0), &features_of_text(b, 0));
        let so_far = "So far rescuers have found five bodies.";
        let c = changed(so_far, "Rescuers found three bodies on Monday.");
        assert_eq!(c.map(|c| (c.slot, c.a, c.b)), Some((Slot::Amount, "five bodies".into(), "three bodies".into())));
        assert_eq!(changed(so_far, "Rescuers found five bodies."), None);
        assert_eq!(changed("Rescuers found three bodies.", "Rescuers found four bodies."), None);
        // What the figures count is no owner, even in capitals.
        let c = changed(
            "So far the crew has seized 14 Rifles and 31 magazines.",
            "The crew seized six rifles and 12 Magazines.",
        );
        assert_eq!(c.map(|c| (c.a, c.b)), Some(("14 Rifles".into(), "six rifles".into())));
    }

    #[test]
    fn ordinals_and_polarity_conflict() {
        let c = found("It was their first call since July.", "It was their second call in four days.");
        assert_eq!(c.map(|c| (c.slot, c.a, c.b)), Some((Slot::Ordinal, "first".into(), "second".into())));
        let c = found("The president overturned the rule.", "The president has not overturned the rule.");
        assert_eq!(c.map(|c| (c.slot, c.a, c.b)), Some((Slot::Polarity, "affirms".into(), "denies".into())));
        let c = found("Obama overturned the rule.", "The administration has not yet formally overturned the rule.");
        assert_eq!(c.map(|c| c.slot), Some(Slot::Polarity));
        assert_eq!(found("It was their last call.", "It was their first call."), None);
        let c = found("He went down in the fifth round.", "He went down in the sixth round.");
        assert_eq!(c.map(|c| (c.slot, c.a, c.b)), Some((Slot::Ordinal, "fifth".into(), "sixth".into())));
        assert_eq!(found("The first baseman signed on Monday.", "It was his second offer this winter."), None);
        // Both claims give the second time; the first also jokes about a third.
        let joke = "I am excited to host for the second time, she said, joking that the third time is the charm.";
        assert_eq!(found(joke, "I am excited to host for the second time."), None);
        // Two moments of a fight, told of two actions that share only the round: no conflict.
        let (knockdown, stoppage) = (
            features_of_text("He put the challenger on the canvas in the fifth round.", 0),
            features_of_text("He stopped the challenger in the sixth round.", 0),
        );
        assert_eq!(conflict(&knockdown, &stoppage, 2), None);
        assert_eq!(conflict(&knockdown, &stoppage, 3).map(|c| c.slot), Some(Slot::Ordinal));
    }

    #[test]
    fn places_and_participants_in_one_role_conflict_unless_either_claim_names_both() {
        let c =
            found("The inmate escaped from a van in Baytown on Monday.", "The inmate escaped from a van in Houston.");
        assert_eq!(c.map(|c| (c.slot, c.a, c.b)), Some((Slot::Place, "Baytown".into(), "Houston".into())));
        let c = found("The guard was shot by Arcade Comeaux.", "The guard was shot by John Smith in the yard.");
        assert_eq!(
            c.map(|c| (c.slot, c.a, c.b)),
            Some((Slot::Participant, "Arcade Comeaux".into(), "John Smith".into()))
        );
        assert_eq!(
            found("Protesters rallied in Athens on Wednesday.", "Protesters rallied in Greece, in Athens."),
            None
        );
        assert_eq!(found("The inmate was moved to Beaumont.", "The inmate was moved from Huntsville."), None);
        assert_eq!(
            found("Her tip helped stop attacks in Russia.", "Her tip helped stop attacks in St Petersburg."),
            None
        );
        let initials = "Agencies consulted biologists at the U. S. Fish and Wildlife Service.";
        assert_eq!(found(initials, initials), None);
        assert_eq!(found("The inmate escaped in May.", "The inmate escaped in Houston."), None);
    }

    #[test]
    fn a_negation_elsewhere_in_the_sentence_is_no_denial() {
        // The negation denies "have", a function word, not the shared "scientific".
        assert_eq!(
            found(
                "Many agencies do not have the scientific expertise to judge projects.",
                "The rule let agencies sidestep scientific evidence on projects."
            ),
            None
        );
        assert_eq!(found("No fans came, but the club raised its bid.", "The club raised its bid."), None);
        assert_eq!(found("The club did not raise its bid.", "The club did not raise its bid again."), None);
        // Declining to do something denies it, as "no" does.
        let declined = "The police declined to describe the bomb in detail but said it was powerful.";
        assert_eq!(
            found(declined, "The police could offer no details about the bomb, but said it was powerful."),
            None
        );
        let c = found(declined, "The police described the bomb in detail and said it was powerful.");
        assert_eq!(c.map(|c| c.slot), Some(Slot::Polarity));
        assert_eq!(
            found("The fans and the club backed the striker.", "The club, not just the fans, backed the striker."),
            None
        );
        assert_eq!(
            found(
                "The studio didn't open negotiations with him until three weeks before the opening.",
                "Negotiations with him didn't actually begin until three weeks before the release."
            ),
            None
        );
        // A negation in a relative clause denies something of whom it tells, not the claim's fact.
        assert_eq!(
            found(
                "The jury deadlocked after four days deliberating.",
                "The jury deadlocked, said the jurors, who did not deliberate long."
            ),
            None
        );
    }
}
