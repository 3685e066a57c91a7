//! Behaviour of speaker phrases on short texts: names, roles, bodies, groups and anonymous sources.

use super::*;
use crate::analysis::text::Tokens;

fn classify(text: &str) -> Mention {
    let chars: Vec<char> = text.chars().collect();
    let t = Tokens::new(text);
    let lower: Vec<&str> = t.lower.iter().map(|l| &**l).collect();
    let w = Words::new(&chars, &t.tokens, &lower);
    let tokens = &t.tokens;
    let (a, b) = w.phrase_before(tokens.len(), 0).expect("a phrase");
    w.mention(a, b).expect("a mention")
}

#[test]
fn a_plural_role_alone_is_a_role_not_a_name_even_after_the() {
    assert_eq!(classify("Lawyers").kind, MentionKind::Role);
    assert_eq!(classify("The Presidents").kind, MentionKind::Role);
}

#[test]
fn role_before_a_name_is_split_off() {
    let m = classify("White House spokesman Hogan Gidley");
    assert_eq!(m.kind, MentionKind::Name(SpeakerKind::Person));
    assert_eq!(m.name, "Hogan Gidley");
    assert_eq!(m.role.as_deref(), Some("White House spokesman"));
    let m = classify("Comedian Ellen DeGeneres");
    assert_eq!((m.name.as_str(), m.role.as_deref()), ("Ellen DeGeneres", Some("Comedian")));
    assert_eq!(classify("the Prime Minister").kind, MentionKind::Role);
    let m = classify("the comedian Ellen DeGeneres");
    assert_eq!((m.kind, m.name.as_str()), (MentionKind::Name(SpeakerKind::Person), "Ellen DeGeneres"));
    let m = classify("Russian President Vladimir Putin");
    assert_eq!((m.name.as_str(), m.role.as_deref()), ("Vladimir Putin", Some("Russian President")));
}

#[test]
fn organisations_groups_roles_and_anonymous_sources() {
    assert_eq!(classify("the Federal Security Service").kind, MentionKind::Name(SpeakerKind::Organization));
    assert_eq!(classify("the Kremlin").kind, MentionKind::Name(SpeakerKind::Organization));
    for body in ["the Texas Department of Criminal Justice", "The Indian navy", "the fire brigade"] {
        assert_eq!(classify(body).kind, MentionKind::Name(SpeakerKind::Organization), "{body}");
    }
    assert_eq!(classify("the department spokesman").kind, MentionKind::Role);
    assert_eq!(classify("Russian officials").kind, MentionKind::Group);
    assert_eq!(classify("one Twitter user").kind, MentionKind::Anonymous);
    let m = classify("a defence spokesperson");
    assert_eq!((m.kind, m.name.as_str()), (MentionKind::Anonymous, "a defence spokesperson"));
    assert_eq!(classify("another").kind, MentionKind::Anonymous);
    assert_eq!(classify("the Russian president").kind, MentionKind::Role);
    let m = classify("the Kremlin-provided statement");
    assert_eq!((m.kind, m.name.as_str()), (MentionKind::Readout, "Kremlin"));
    let m = classify("a Department of Justice statement");
    assert_eq!((m.kind, m.name.as_str()), (MentionKind::Readout, "Department of Justice"));
}

#[test]
fn for_and_and_join_the_parts_of_a_body_s_name_but_not_two_names() {
    let named = |text: &str| classify(text).name;
    assert_eq!(
        named("the Center for Strategic and International Studies"),
        "Center for Strategic and International Studies"
    );
    assert_eq!(named("the Department of Health and Human Services"), "Department of Health and Human Services");
    assert_eq!(named("the Club for Growth"), "Club for Growth");
    assert_eq!(named("Americans for Prosperity"), "Americans for Prosperity");
    assert_eq!(named("Drudge for Mocking Trump"), "Mocking Trump");
    assert_eq!(named("Senator Marco Rubio of Florida and Jeb Bush"), "Jeb Bush");
    assert_eq!(named("Secretary of State Rex Tillerson and Defense Secretary Jim Mattis"), "Jim Mattis");
    assert_eq!(named("the University of Pennsylvania and Carnegie Mellon"), "Carnegie Mellon");
}

#[test]
fn a_comma_ends_the_phrase() {
    let m = classify("Asked about it, Trump");
    assert_eq!(m.name, "Trump");
}

#[test]
fn a_title_of_an_office_before_a_name_is_the_role() {
    let m = classify("Secretary of State Hillary Clinton");
    assert_eq!((m.kind, m.name.as_str()), (MentionKind::Name(SpeakerKind::Person), "Hillary Clinton"));
    assert_eq!(m.role.as_deref(), Some("Secretary of State"));
    let m = classify("Secretary of the Interior Dirk A. Kempthorne");
    assert_eq!((m.name.as_str(), m.role.as_deref()), ("Dirk A Kempthorne", Some("Secretary of the Interior")));
    assert_eq!(classify("Secretary of State Clinton").name, "Clinton");
    assert_eq!(classify("the Department of the Interior").name, "Department of the Interior");
}
