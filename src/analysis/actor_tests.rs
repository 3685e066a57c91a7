//! The actors of a comparison: every named person and organisation, merged across the documents.

use super::compare;
use crate::ingest::load_bytes;
use crate::model::{Actor, Comparison, DocId, SourceFormat, SpeakerKind};

fn compare_texts(a: &str, b: &str) -> Comparison {
    let doc = |t: &str, i| load_bytes("test", t.as_bytes(), SourceFormat::Text, DocId(i)).expect("a document");
    compare(vec![doc(a, 0), doc(b, 1)])
}

fn actor<'a>(c: &'a Comparison, name: &str) -> &'a Actor {
    c.actors
        .iter()
        .find(|a| a.name == name || a.aliases.iter().any(|x| x == name))
        .unwrap_or_else(|| panic!("no actor {name} among {:#?}", c.actors))
}

const A: &str = "Interior Minister Clara Vossberg met the mayor on Tuesday. \
The meeting took place in the capital. \
Later, Vossberg visited the harbour with officials of the NTSB.";
const B: &str = "Clara Vossberg toured the harbour on Tuesday. \
\"We will rebuild it,\" Vossberg said. \
Investigators from the NTSB joined her, as did Senator Paul Ekwueme.";

#[test]
fn a_person_named_by_full_name_and_surname_is_one_actor_with_every_mention() {
    let c = compare_texts(A, B);
    let v = actor(&c, "Clara Vossberg");
    assert_eq!(v.kind, SpeakerKind::Person);
    assert_eq!((v.mentions_in(0), v.mentions_in(1)), (2, 2), "{v:#?}");
    assert!(v.aliases.iter().any(|a| a == "Vossberg"), "{v:#?}");
    assert_eq!(v.role.as_deref(), Some("Interior Minister"));
    assert!(v.quoted, "Vossberg is quoted in B");
    let doc = &c.documents[0];
    let texts: Vec<&str> = v.mentions[0].iter().map(|s| doc.slice(*s)).collect();
    assert!(texts[0].ends_with("Clara Vossberg") && texts[1] == "Vossberg", "{texts:?}");
}

#[test]
fn an_acronym_is_an_organisation_in_both_documents() {
    let c = compare_texts(A, B);
    let n = actor(&c, "NTSB");
    assert_eq!(n.kind, SpeakerKind::Organization);
    assert_eq!((n.mentions_in(0), n.mentions_in(1)), (1, 1));
    assert!(!n.quoted);
}

#[test]
fn a_person_only_one_document_names_has_no_mentions_in_the_other() {
    let c = compare_texts(A, B);
    let e = actor(&c, "Paul Ekwueme");
    assert_eq!((e.mentions_in(0), e.mentions_in(1)), (0, 1));
    assert!(!e.quoted);
    assert_eq!(c.actors.iter().filter(|a| a.name.contains("Vossberg")).count(), 1);
    crate::model::validate(&c).expect("valid");
}

#[test]
fn an_acronym_and_the_name_it_stands_for_are_one_actor_but_two_names_it_could_stand_for_stay_apart() {
    let c = compare_texts(
        "The Democratic National Committee met on Monday. The White House said little.",
        "Officials of the DNC spoke in Philadelphia before the Democratic National Convention opened. The WH was silent.",
    );
    let wh = actor(&c, "White House");
    assert!(wh.aliases.iter().any(|a| a == "WH"), "{wh:#?}");
    assert_eq!((wh.mentions_in(0), wh.mentions_in(1)), (1, 1), "{wh:#?}");
    let committee = actor(&c, "Democratic National Committee");
    assert!(committee.aliases.iter().any(|a| a == "DNC"), "{committee:#?}");
    assert_eq!(committee.mentions_in(1), 1, "{committee:#?}");
    let convention = actor(&c, "Democratic National Convention");
    assert_ne!(committee.name, convention.name);
    // An acronym that comes first gives way to the name spelt out.
    let c = compare_texts("The IMF cut its forecast.", "The International Monetary Fund said growth would slow.");
    assert_eq!(c.actors.iter().map(|a| a.name.as_str()).collect::<Vec<_>>(), vec!["International Monetary Fund"]);
}

#[test]
fn a_holiday_names_no_one() {
    let c = compare_texts(
        "The group planned attacks on the New Year's Eve, officials said.",
        "Voters went to the polls on Election Day, and Senator Paul Ekwueme voted early.",
    );
    let names: Vec<&str> = c.actors.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(names, vec!["Paul Ekwueme"], "{:#?}", c.actors);
}

#[test]
fn a_body_whose_name_has_for_and_and_in_it_is_one_actor_and_speaks_by_its_whole_name() {
    let a = "David Albright, president of the Institute for Science and International Security, said the site grew. \
The Centers for Disease Control and Prevention said the cases fell.";
    let b = "The site grew, the Institute for Science and International Security said.";
    let c = compare_texts(a, b);
    let isis = actor(&c, "Institute for Science and International Security");
    assert_eq!((isis.mentions_in(0), isis.mentions_in(1)), (1, 1), "{isis:#?}");
    actor(&c, "Centers for Disease Control and Prevention");
    let names: Vec<&str> = c.actors.iter().map(|a| a.name.as_str()).collect();
    assert!(!names.iter().any(|n| matches!(*n, "International Security" | "Prevention" | "Institute")), "{names:?}");
    let cdc = c.speakers.iter().find(|s| s.name == "Centers for Disease Control and Prevention");
    assert!(cdc.is_some(), "{:#?}", c.speakers);
}

#[test]
fn a_country_or_capital_that_speaks_is_its_government_but_a_person_of_that_name_stays_a_person() {
    let c = compare_texts(
        "Russia said the talks had failed. Moscow warned that it would respond.",
        "Rep. Steve Israel spoke first. Israel said the vote would pass. Officials in Kyiv agreed. Kyiv said so too.",
    );
    assert_eq!(actor(&c, "Russia").kind, SpeakerKind::Organization);
    assert_eq!(actor(&c, "Moscow").kind, SpeakerKind::Organization);
    let israel = actor(&c, "Steve Israel");
    assert_eq!((israel.kind, israel.mentions_in(1)), (SpeakerKind::Person, 2), "{israel:#?}");
    assert!(c.actors.iter().all(|a| a.name != "Kyiv"), "a place where things happen is no actor: {:#?}", c.actors);
    let speakers: Vec<(&str, SpeakerKind)> = c.speakers.iter().map(|s| (s.name.as_str(), s.kind)).collect();
    assert!(speakers.contains(&("Steve Israel", SpeakerKind::Person)), "{speakers:?}");
}

#[test]
fn a_publication_whose_name_takes_the_is_one_speaker_with_its_initials() {
    let a = "The director will return, the studio said.\n\"Talks resume Monday,\" trade magazine The Hollywood Reporter wrote.";
    let b = "The director asked for a raise.\nTHR says the studio agreed to meet him.";
    let c = compare_texts(a, b);
    let reporter: Vec<_> = c.speakers.iter().filter(|s| s.name.contains("Reporter") || s.name == "THR").collect();
    assert_eq!(reporter.len(), 1, "{reporter:#?}");
    assert_eq!(reporter[0].kind, SpeakerKind::Organization);
    assert!(reporter[0].aliases.iter().any(|a| a == "THR"), "{reporter:#?}");
}
