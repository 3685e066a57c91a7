//! The word classes that drive attribution: speech cues, role and title words, organisation heads, groups,
//! pronouns. The longer lists are data, in `assets/words`.

use crate::analysis::text::without_clitic;
use crate::assets;

pub(super) fn is_speech_verb(lower: &str) -> bool {
    assets::SPEECH_VERBS.contains(lower)
}

/// Speech verbs that also report what was said without quote marks ("said that …"), unlike "called",
/// "continued" or "read", which need a quote to be speech.
pub(super) fn reports_indirect_speech(lower: &str) -> bool {
    is_speech_verb(lower) && !assets::SPEECH_VERBS_NEEDING_A_QUOTE.contains(lower)
}

/// Speech verbs that also take a plain object in another sense ("claimed 12 lives", "charged the driver with
/// manslaughter").
pub(super) fn takes_an_object(lower: &str) -> bool {
    assets::SPEECH_VERBS_TAKING_AN_OBJECT.contains(lower)
}

pub(super) fn is_weak_verb(lower: &str) -> bool {
    assets::OPINION_VERBS.contains(lower)
}

pub(super) fn is_role_word(lower: &str) -> bool {
    is_role_head(lower) || assets::ROLE_MODIFIERS.contains(lower)
}

/// A role head noun, not just a modifier, or its plural ("producers", "spokesmen", "witnesses"). An age ("the
/// 46-year-old") describes a person the same way.
pub(super) fn is_role_head(lower: &str) -> bool {
    assets::ROLE_NOUNS.contains(lower) || is_age(lower) || is_plural_role(lower)
}

/// A regular plural of a role noun: "-s", "-es", "-ies" or "-men".
pub(super) fn is_plural_role(lower: &str) -> bool {
    let role = |w: &str| assets::ROLE_NOUNS.contains(w);
    lower.strip_suffix('s').is_some_and(role)
        || lower.strip_suffix("es").is_some_and(role)
        || lower.strip_suffix("ies").is_some_and(|stem| role(&format!("{stem}y")))
        || lower.strip_suffix("men").is_some_and(|stem| role(&format!("{stem}man")))
}

/// The plural of a noun for people or bodies that speak, which names many of them: "defense attorneys", "deputies",
/// "trade unions".
pub(super) fn is_plural_of_speakers(lower: &str) -> bool {
    is_plural_role(lower) || lower.strip_suffix('s').is_some_and(is_org_head)
}

/// An adjective and a preposition after a speaker's noun that tie it to what it knows or whom it serves: "a person
/// familiar with the matter", "sources close to the negotiations".
pub(super) fn ties_by_adjective(adjective: &str, preposition: &str) -> bool {
    matches!(adjective, "close" | "familiar" | "knowledgeable" | "briefed" | "involved" | "loyal")
        && matches!(preposition, "to" | "with" | "on" | "in")
}

/// Prepositions that tie a phrase to the role, person or statement before it, making one speaker phrase: "a
/// spokesman for the ministry", "the head of the union", "a message from the commission".
pub(super) fn ties_to_head(lower: &str) -> bool {
    matches!(lower, "for" | "of" | "from" | "at")
}

/// Whether `lower` joins the capitalised parts of one name after the word `before` (in lower case): "of" does
/// ("Department of Justice"), and "for" does after a body or a group ("Institute for Science", "Club for Growth",
/// "Americans for Prosperity"), not after a name or a verb ("Drudge for Mocking", "Voting for Hillary").
pub(super) fn joins_name_parts(before: &str, lower: &str) -> bool {
    let group = |w: &str| is_group_word(w) || is_capitalised_adjective(w);
    match lower {
        "of" => true,
        "for" => heads_a_body(before) || group(before) || before.strip_suffix('s').is_some_and(group),
        _ => false,
    }
}

/// Whether a lower-case word is the head of a body's name, or its plural: "institute", "centers".
pub(super) fn heads_a_body(lower: &str) -> bool {
    is_org_head(lower) || lower.strip_suffix('s').is_some_and(is_org_head)
}

/// Whether a lower-case word is a relative pronoun that can stand for a speaker: "who", "which".
pub(super) fn is_relative_pronoun(lower: &str) -> bool {
    matches!(lower, "who" | "which")
}

/// "46-year-old", "46-year-old's".
fn is_age(lower: &str) -> bool {
    let bare = lower.trim_end_matches("'s").trim_end_matches("’s");
    bare.strip_suffix("-year-old").is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

pub(super) fn is_title(lower: &str) -> bool {
    assets::TITLES.contains(lower.trim_end_matches('.'))
}

pub(super) fn is_org_head(lower: &str) -> bool {
    assets::ORGANISATION_HEADS.contains(lower)
}

pub(super) fn is_group_word(lower: &str) -> bool {
    assets::GROUP_NOUNS.contains(lower)
}

/// Nouns for documents that can be said to speak: "the email", "a court document", "the transcript".
pub(super) fn is_document_noun(lower: &str) -> bool {
    assets::DOCUMENT_NOUNS.contains(lower)
}

/// Nouns for outlets and administrations, which speak as organisations: "the newspaper", "the magazine", "local
/// media".
pub(super) fn is_media_noun(lower: &str) -> bool {
    matches!(
        lower,
        "newspaper" | "paper" | "magazine" | "administration" | "network" | "outlet" | "broadcaster" | "media"
    )
}

/// Nouns that can head a speaker phrase after a determiner: roles, groups, organisations and outlets.
pub(super) fn is_speaker_noun(lower: &str) -> bool {
    is_role_head(lower) || is_group_word(lower) || is_org_head(lower) || is_media_noun(lower)
}

pub(super) fn is_readout_noun(lower: &str) -> bool {
    assets::READOUT_NOUNS.contains_key(lower)
}

/// A dash that sets off a phrase the way a pair of commas does: "Jason Sims — a teacher — says".
pub(super) fn is_dash(gap: &str) -> bool {
    matches!(gap, "—" | "–" | "--")
}

/// Possessive pronouns and articles, after which a cue word is a noun.
pub(super) fn is_possessive_or_article(lower: &str) -> bool {
    matches!(lower, "his" | "her" | "their" | "its" | "my" | "our" | "your" | "the" | "a" | "an")
}

/// Conjunctions that open a clause of their own: "until Haley said", "because he said".
pub(super) fn is_subordinator(lower: &str) -> bool {
    matches!(
        lower,
        "until" | "because" | "when" | "while" | "unless" | "although" | "though" | "if" | "since" | "before"
    )
}

/// Words that open a subordinate clause or phrase at the start of a sentence: the subordinators, and "after", "as"
/// and "despite" ("After the vote, …", "Despite saying they were outbid, …").
pub(super) fn opens_subordinate_clause(lower: &str) -> bool {
    is_subordinator(lower) || matches!(lower, "after" | "as" | "despite")
}

/// A subject pronoun, also with a contracted verb: "he's", "she’s", "I've", "we'd".
pub(crate) fn is_pronoun(lower: &str) -> bool {
    matches!(without_clitic(lower), "he" | "she" | "they" | "it" | "i" | "we")
}

pub(super) fn is_determiner(lower: &str) -> bool {
    matches!(lower, "the" | "a" | "an" | "one" | "another" | "some" | "many" | "several" | "two" | "three")
}

/// Words that may stand between a subject and its cue: "also", "later", "has".
pub(super) fn is_aux_or_adverb(lower: &str) -> bool {
    assets::AUXILIARIES_AND_ADVERBS.contains(lower) || (lower.len() > 4 && lower.ends_with("ly"))
}

/// Capitalised adjectives of nation, party or faith, which modify a noun rather than name a speaker.
pub(super) fn is_capitalised_adjective(lower: &str) -> bool {
    assets::CAPITALISED_ADJECTIVES.contains(lower)
}

/// Days and months, which are capitalised but never speak.
pub(super) fn is_calendar_word(lower: &str) -> bool {
    assets::WEEKDAYS.is_head(lower)
        || assets::MONTHS.is_head(lower)
        || matches!(lower, "today" | "yesterday" | "tonight")
}

/// Whether lower-case words, an article aside, name a holiday ([`assets::HOLIDAYS`]): "the new year's eve", "a
/// labor day".
pub(super) fn is_holiday(words: &[&str]) -> bool {
    let words = match words {
        ["the" | "a" | "an", rest @ ..] => rest,
        _ => words,
    };
    !words.is_empty() && assets::HOLIDAYS.contains(words.join(" ").replace('’', "'").as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_classes_read_their_lists() {
        assert!(is_speech_verb("said") && !is_speech_verb("ate"));
        assert!(
            reports_indirect_speech("said") && !reports_indirect_speech("called") && !reports_indirect_speech("ate")
        );
        assert!(is_title("Sen.".to_lowercase().as_str()) && !is_title("senate"));
        assert!(is_role_word("former") && !is_role_head("former") && is_role_head("46-year-old"));
        assert!(is_calendar_word("may") && is_calendar_word("today") && !is_calendar_word("mon"));
        assert!(is_readout_noun("communique") && !is_readout_noun("email") && is_document_noun("email"));
        assert!(is_aux_or_adverb("reportedly") && is_aux_or_adverb("has") && !is_aux_or_adverb("fly"));
    }

    #[test]
    fn a_pronoun_with_a_contracted_verb_is_a_pronoun() {
        assert!(is_pronoun("i've") && is_pronoun("we’d") && is_pronoun("she's") && !is_pronoun("well"));
    }
}
