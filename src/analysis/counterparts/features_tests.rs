//! Behaviour of a claim's evidence on short texts: its terms and their keys, names, quotes, negation, dates and
//! datelines.

use super::*;
use crate::model::{DocId, Slot};

#[test]
fn a_passive_cue_tells_of_an_event_unless_a_that_clause_follows() {
    assert!(!features_of_text("The start of the campaign will be announced on October 5.", 0).attributed);
    assert!(features_of_text("It was reported that the campaign starts on October 5.", 0).attributed);
    assert!(features_of_text("The campaign starts on October 5, the commission announced.", 0).attributed);
}

#[test]
fn a_function_word_with_a_clitic_is_no_term() {
    let f = features_of_text("\"It's official: I'm hosting the Oscars,\" DeGeneres wrote. They’re thrilled.", 0);
    let keys: Vec<&str> = f.terms.iter().map(|t| &*t.key).collect();
    assert!(keys.iter().all(|k| !k.starts_with("it") && !k.starts_with("i'm") && !k.starts_with("they")), "{keys:?}");
    assert!(keys.contains(&"oscar") && keys.contains(&"degener"), "{keys:?}");
    let owner = features_of_text("Obama's order and DeGeneres's show", 0);
    assert!(owner.terms.iter().any(|t| &*t.key == "obama"), "a name's possessive stays a term: {:?}", owner.terms);
}

#[test]
fn names_numbers_quotes_and_negation_are_found() {
    let f = features_of_text("Police in Kazan did not arrest 12 men, the mayor said, calling it “a grave mistake”.", 0);
    let kind = |k: &str| f.terms.iter().find(|t| t.surface == k).map(|t| t.kind);
    assert_eq!(kind("Kazan"), Some(TermKind::Name));
    assert_eq!(kind("12"), Some(TermKind::Number));
    assert_eq!(kind("Police"), Some(TermKind::Word));
    let team = features_of_text("The 76ers lost 3 games in the 1990s at 20mph.", 0);
    let kind = |k: &str| team.terms.iter().find(|t| t.surface == k).map(|t| t.kind);
    assert_eq!(kind("76ers"), Some(TermKind::Word), "a team's name holds figures but counts nothing");
    assert_eq!([kind("3"), kind("1990s"), kind("20mph")], [Some(TermKind::Number); 3]);
    assert!(f.negated && f.attributed);
    let quoted: Vec<(&str, bool)> = f.quoted.iter().map(|w| (&*w.lower, w.name)).collect();
    assert_eq!(quoted, [("a", false), ("grave", false), ("mistake", false)]);
    let act = features_of_text("She said it “weakens the Endangered Species Act”.", 0);
    assert_eq!(act.quoted.iter().filter(|w| w.name).count(), 3, "{:?}", act.quoted);
}

#[test]
fn the_day_of_a_date_is_keyed_with_its_month_and_counts_nothing() {
    let keys = |t: &str| features_of_text(t, 0).terms.iter().map(|t| t.key.to_string()).collect::<Vec<_>>();
    assert_eq!(keys("On March 3 they met."), keys("They met on 3 March."));
    assert!(!keys("On March 3 they met.").contains(&"3".to_string()), "{:?}", keys("On March 3 they met."));
    assert!(keys("Three societies met.").contains(&"3".to_string()));
    assert!(keys("They met in November 2001.").contains(&"2001".to_string()));
}

#[test]
fn synonyms_share_a_key() {
    let a = features_of_text("Agents foiled the attack.", 0);
    let b = features_of_text("Agents thwarted the attacks.", 0);
    let keys = |f: &ClaimFeatures| f.terms.iter().map(|t| t.key.clone()).collect::<Vec<_>>();
    assert_eq!(keys(&a), keys(&b));
}

#[test]
fn a_negation_of_a_bound_denies_no_fact_but_one_before_another_clause_does() {
    assert!(!features_of_text("He never hit fewer than 26 homers.", 0).negated);
    assert!(!features_of_text("No team has offered a contract longer than eight years.", 0).negated);
    assert!(features_of_text("The team did not sign him, and more than 20 others left.", 0).negated);
}

#[test]
fn the_last_word_of_a_name_keeps_its_own_key_but_a_title_or_a_headline_word_rewords() {
    let key = |text: &str, word: &str| {
        let f = features_of_text(text, 0);
        f.terms.iter().find(|t| t.surface == word).map(|t| t.key.clone())
    };
    let told = key("Officials told reporters.", "told");
    assert!(told.is_some());
    assert_ne!(key("Help came from the United States on Friday.", "States"), told);
    assert_ne!(key("It weakens the Endangered Species Act for good.", "Act"), key("The attack failed.", "attack"));
    assert_eq!(key("Both Leaders spoke on Friday.", "Leaders"), key("The president spoke.", "president"));
    assert_eq!(key("She entered the Betty Ford Treatment Center.", "Treatment"), key("She is in rehab.", "rehab"));
    assert_eq!(key("Navy Foils Somali Pirate Assault off Aden", "Assault"), key("The attack failed.", "attack"));
}

#[test]
fn capitals_at_a_sentence_start_or_in_a_title_case_headline_make_names_only_where_the_article_writes_them_so() {
    let mut f: Vec<ClaimFeatures> = [
        "Lohan Checks Into Rehab After Hearing",
        "Lohan left the courthouse after the hearing.",
        "Police said the actress Lohan checks into rehab on Friday.",
    ]
    .iter()
    .map(|t| features_of_text(t, 0))
    .collect();
    assert!(f[0].title_case && !f[1].title_case && !f[2].title_case);
    settle_capitalised_terms(&mut f);
    let kind = |f: &ClaimFeatures, key: &str| f.terms.iter().find(|t| &*t.key == key).map(|t| t.kind);
    assert_eq!(kind(&f[0], "lohan"), Some(TermKind::Name));
    assert_eq!(kind(&f[0], "check"), Some(TermKind::Word));
    assert_eq!(kind(&f[0], "rehab"), Some(TermKind::Word));
    assert_eq!(kind(&f[0], "hear"), Some(TermKind::Word));
    assert_eq!(kind(&f[1], "lohan"), Some(TermKind::Name));
    assert_eq!(kind(&f[2], "polic"), Some(TermKind::Word));
}

#[test]
fn a_short_run_of_capitalised_words_is_no_title_case() {
    assert!(!features_of_text("Vladimir Putin.", 0).title_case);
    assert!(!features_of_text("Obama Wins", 0).title_case);
    assert!(features_of_text("FALLOUT CONTINUES AFTER BRAZEN ESCAPE", 0).title_case);
}

/// The features of a one-sentence article published on 9 December 2009, with its dates.
fn dated(text: &str) -> ClaimFeatures {
    let doc = crate::ingest::load_bytes("t", text.as_bytes(), crate::model::SourceFormat::Text, DocId(0));
    let doc = doc.expect("a document");
    let dates = crate::analysis::date_mentions(&doc, NaiveDate::from_ymd_opt(2009, 12, 9));
    let tokens = crate::analysis::text::Tokens::new(&doc.text);
    let claims = crate::analysis::analyze_document(&doc, &tokens, &dates).analysis.claims;
    claim_features(&doc, &claims, &dates, None).remove(0)
}

#[test]
fn two_dates_conflict_only_where_they_date_the_same_action() {
    let conflict = |a: &str, b: &str| super::super::slots::conflict(&dated(a), &dated(b), 3);
    let robbed =
        conflict("The bank on Main Street was robbed on Monday.", "The bank on Main Street was robbed Tuesday.");
    assert_eq!(robbed.map(|d| (d.slot, d.a, d.b)), Some((Slot::Date, "2009-12-07".into(), "2009-12-08".into())));
    let two_acts = conflict(
        "The fugitive from the prison was captured Monday after a tip from a salesman.",
        "The Nov. 30 escape of the fugitive from the prison led to a manhunt.",
    );
    assert_eq!(two_acts, None, "a capture and an escape on two days are no conflict");
    let one_actor = conflict(
        "On March 3, Mayor Reyes signed an order that closes the bridge.",
        "A budget bill signed by Mayor Reyes on April 9 closes the bridge.",
    );
    assert_eq!(one_actor, None, "the same name next to two dates is one actor in two acts");
}

#[test]
fn datelines_and_timestamps_are_told_from_dated_facts() {
    for line in [
        "April 27, 2009",
        "PUBLISHED: THURSDAY, MAY 2, 2013, 1:32 PM",
        "Originally published 05/03/2013 at 10:20 AM EDT",
        "Fri Aug 2, 2013 6:50pm EDT",
    ] {
        assert!(features_of_text(line, 0).dateline, "{line}");
    }
    for line in
        ["Quake hits Chile on Monday", "Ellen DeGeneres to host Oscars in 2014", "Lohan, 26, jailed", "Obama wins"]
    {
        assert!(!features_of_text(line, 0).dateline, "{line}");
    }
}
