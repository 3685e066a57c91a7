//! Word lists that drive attribution: speech cues, role and title words, organisation heads, groups, pronouns.
//!
//! The speech verbs extend the reporting verbs of textacy (Apache-2.0) and the quote verbs of the Gender Gap
//! Tracker (MIT), written out here as our own list.

/// Verbs (inflected forms) that report speech strongly enough to attribute a quote.
const SPEECH_VERBS: &[&str] = &[
    "acknowledged",
    "acknowledges",
    "added",
    "adding",
    "adds",
    "admits",
    "admitted",
    "advised",
    "agreed",
    "announced",
    "announces",
    "announcing",
    "answered",
    "answers",
    "argued",
    "argues",
    "arguing",
    "asked",
    "asking",
    "asks",
    "asserted",
    "asserts",
    "assured",
    "barked",
    "beamed",
    "blasted",
    "boasted",
    "boasting",
    "boasts",
    "bragged",
    "called",
    "calling",
    "calls",
    "cautioned",
    "chanted",
    "charged",
    "chided",
    "claimed",
    "claiming",
    "claims",
    "commented",
    "complained",
    "complaining",
    "complains",
    "conceded",
    "concedes",
    "concluded",
    "concludes",
    "confirmed",
    "confirms",
    "contended",
    "continued",
    "continues",
    "countered",
    "cried",
    "declared",
    "declares",
    "declaring",
    "demanded",
    "demands",
    "denied",
    "described",
    "describes",
    "dubbed",
    "echoed",
    "emailed",
    "emails",
    "emphasized",
    "exclaimed",
    "explained",
    "explaining",
    "explains",
    "fired",
    "fumed",
    "griped",
    "groused",
    "gushed",
    "huffed",
    "insisted",
    "insisting",
    "insists",
    "interjected",
    "interjecting",
    "interrupted",
    "joked",
    "jokes",
    "labeled",
    "labeling",
    "lamented",
    "lamenting",
    "marveled",
    "mused",
    "noted",
    "notes",
    "noting",
    "observed",
    "observes",
    "opined",
    "pleaded",
    "pleads",
    "pointed",
    "points",
    "posted",
    "predicted",
    "predicts",
    "pressed",
    "proclaimed",
    "promised",
    "questioned",
    "quipped",
    "quips",
    "ranted",
    "read",
    "reads",
    "recalled",
    "recalls",
    "recounted",
    "reiterated",
    "remarked",
    "remarks",
    "repeated",
    "replied",
    "replies",
    "reported",
    "reports",
    "responded",
    "responds",
    "retorted",
    "retorts",
    "said",
    "say",
    "saying",
    "says",
    "scoffed",
    "scolded",
    "shot",
    "shouted",
    "snapped",
    "sniped",
    "stated",
    "states",
    "stressed",
    "stresses",
    "suggested",
    "telling",
    "tells",
    "testified",
    "thundered",
    "told",
    "tweeted",
    "tweeting",
    "tweets",
    "urged",
    "vowed",
    "vows",
    "warned",
    "warning",
    "warns",
    "wondered",
    "writes",
    "writing",
    "wrote",
    "yelled",
];

/// Weaker cues of opinion that attribute indirect speech but not quotes on their own.
const WEAK_VERBS: &[&str] = &["believes", "believed", "contends", "contended", "thinks", "thought"];

/// Lower-case words that name a role or office and can stand before or after a name.
const ROLE_WORDS: &[&str] = &[
    "activist",
    "actor",
    "actress",
    "adviser",
    "advisor",
    "aide",
    "ambassador",
    "analyst",
    "anchor",
    "attendee",
    "attorney",
    "author",
    "billionaire",
    "brother",
    "businessman",
    "businesswoman",
    "candidate",
    "chair",
    "chairman",
    "chairwoman",
    "challenger",
    "chancellor",
    "chief",
    "co-founder",
    "coach",
    "columnist",
    "commentator",
    "commissioner",
    "congressman",
    "congresswoman",
    "consultant",
    "contender",
    "correspondent",
    "councilman",
    "councilwoman",
    "critic",
    "daughter",
    "delegate",
    "demographer",
    "deputy",
    "diplomat",
    "director",
    "doctor",
    "donor",
    "economist",
    "editor",
    "employee",
    "entrepreneur",
    "executive",
    "expert",
    "fan",
    "father",
    "founder",
    "friend",
    "front-runner",
    "frontrunner",
    "general",
    "governor",
    "head",
    "historian",
    "hopeful",
    "host",
    "husband",
    "incumbent",
    "insider",
    "investor",
    "judge",
    "lawmaker",
    "lawyer",
    "leader",
    "lobbyist",
    "magnate",
    "man",
    "manager",
    "mayor",
    "member",
    "minister",
    "mogul",
    "mother",
    "narrator",
    "neighbor",
    "neighbour",
    "nominee",
    "observer",
    "officer",
    "official",
    "operative",
    "organizer",
    "owner",
    "parent",
    "person",
    "physician",
    "player",
    "pollster",
    "premier",
    "president",
    "press",
    "professor",
    "prosecutor",
    "protester",
    "pundit",
    "relative",
    "reporter",
    "representative",
    "researcher",
    "resident",
    "scholar",
    "scientist",
    "secretary",
    "senator",
    "sheriff",
    "singer",
    "sister",
    "son",
    "source",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "staffer",
    "strategist",
    "student",
    "supporter",
    "teacher",
    "tycoon",
    "veteran",
    "voter",
    "widow",
    "wife",
    "witness",
    "woman",
    "worker",
    "writer",
];

/// Lower-case modifiers that can stand inside a role phrase: "former", "senior", "top".
const ROLE_MODIFIERS: &[&str] = &[
    "acting",
    "assistant",
    "campaign",
    "chief",
    "deputy",
    "foreign",
    "former",
    "general",
    "interim",
    "junior",
    "longtime",
    "national",
    "presidential",
    "press",
    "prominent",
    "retired",
    "senior",
    "state",
    "top",
    "vice",
];

/// Capitalised titles that come before a name: "President", "Sen.", "Mr.".
const TITLES: &[&str] = &[
    "adm",
    "ambassador",
    "archbishop",
    "attorney",
    "cardinal",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "col",
    "commissioner",
    "congressman",
    "congresswoman",
    "deputy",
    "det",
    "director",
    "dr",
    "gen",
    "general",
    "gov",
    "governor",
    "judge",
    "justice",
    "king",
    "lt",
    "mayor",
    "minister",
    "miss",
    "mr",
    "mrs",
    "ms",
    "pope",
    "premier",
    "president",
    "prime",
    "prince",
    "princess",
    "prof",
    "queen",
    "rep",
    "representative",
    "rev",
    "secretary",
    "sen",
    "senator",
    "sgt",
    "sheriff",
    "speaker",
    "vice",
];

/// Last words that make a capitalised run an organisation.
const ORG_HEADS: &[&str] = &[
    "agency",
    "association",
    "bank",
    "board",
    "bureau",
    "campaign",
    "center",
    "centre",
    "commission",
    "committee",
    "company",
    "congress",
    "corp",
    "corporation",
    "council",
    "court",
    "department",
    "foundation",
    "fund",
    "government",
    "group",
    "house",
    "inc",
    "institute",
    "journal",
    "kremlin",
    "league",
    "ministry",
    "network",
    "news",
    "office",
    "organization",
    "parliament",
    "party",
    "pentagon",
    "police",
    "post",
    "press",
    "senate",
    "service",
    "times",
    "tribune",
    "union",
    "university",
];

/// Plural nouns and collective names that make a speaker a group of people.
const GROUP_WORDS: &[&str] = &[
    "activists",
    "advisers",
    "aides",
    "analysts",
    "attendees",
    "authorities",
    "critics",
    "delegates",
    "democrats",
    "diplomats",
    "doctors",
    "economists",
    "employees",
    "experts",
    "families",
    "fans",
    "friends",
    "insiders",
    "investigators",
    "lawmakers",
    "leaders",
    "members",
    "men",
    "neighbors",
    "observers",
    "officers",
    "officials",
    "organizers",
    "parents",
    "people",
    "police",
    "prosecutors",
    "protesters",
    "relatives",
    "republicans",
    "researchers",
    "residents",
    "scientists",
    "sources",
    "students",
    "supporters",
    "teachers",
    "users",
    "voters",
    "witnesses",
    "women",
    "workers",
];

/// Nouns that name an official account: a readout, statement, briefing or report.
const READOUT_NOUNS: &[&str] =
    &["announcement", "briefing", "communique", "handout", "readout", "release", "report", "statement"];

pub fn is_speech_verb(lower: &str) -> bool {
    SPEECH_VERBS.binary_search(&lower).is_ok()
}

/// Speech verbs that also report what was said without quote marks ("said that …"), unlike "called",
/// "continued" or "read", which need a quote to be speech.
pub fn reports_indirect_speech(lower: &str) -> bool {
    is_speech_verb(lower)
        && !matches!(
            lower,
            "asked"
                | "asks"
                | "asking"
                | "called"
                | "calling"
                | "calls"
                | "continued"
                | "continues"
                | "described"
                | "describes"
                | "dubbed"
                | "echoed"
                | "fired"
                | "interrupted"
                | "labeled"
                | "labeling"
                | "posted"
                | "read"
                | "reads"
                | "points"
                | "pointed"
                | "shot"
                | "questioned"
                | "wondered"
                | "chanted"
                | "shouted"
                | "yelled"
                | "cried"
                | "barked"
                | "snapped"
                | "scoffed"
                | "joked"
                | "quipped"
                | "mused"
                | "thundered"
        )
}

pub fn is_weak_verb(lower: &str) -> bool {
    WEAK_VERBS.contains(&lower)
}

pub fn is_role_word(lower: &str) -> bool {
    is_role_head(lower) || ROLE_MODIFIERS.binary_search(&lower).is_ok()
}

/// A role head noun, not just a modifier. An age ("the 46-year-old") describes a person the same way.
pub fn is_role_head(lower: &str) -> bool {
    ROLE_WORDS.binary_search(&lower).is_ok() || is_age(lower)
}

/// "46-year-old", "46-year-old's".
fn is_age(lower: &str) -> bool {
    let bare = lower.trim_end_matches("'s").trim_end_matches("’s");
    bare.strip_suffix("-year-old").is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
}

pub fn is_title(lower: &str) -> bool {
    TITLES.binary_search(&lower.trim_end_matches('.')).is_ok()
}

pub fn is_org_head(lower: &str) -> bool {
    ORG_HEADS.binary_search(&lower).is_ok()
}

pub fn is_group_word(lower: &str) -> bool {
    GROUP_WORDS.binary_search(&lower).is_ok()
}

/// Nouns for documents that can be said to speak: "the email", "a court document", "the transcript".
pub fn is_document_noun(lower: &str) -> bool {
    matches!(
        lower,
        "ad" | "document"
            | "email"
            | "filing"
            | "letter"
            | "memo"
            | "piece"
            | "post"
            | "transcript"
            | "tweet"
            | "video"
            | "website"
            | "editorial"
            | "poll"
            | "survey"
            | "study"
            | "headline"
    )
}

/// Nouns for outlets and administrations, which speak as organisations: "the newspaper", "the magazine".
pub fn is_media_noun(lower: &str) -> bool {
    matches!(lower, "newspaper" | "paper" | "magazine" | "administration" | "network" | "outlet" | "broadcaster")
}

/// Nouns that can head a speaker phrase after a determiner: roles, groups, organisations and outlets.
pub fn is_speaker_noun(lower: &str) -> bool {
    is_role_head(lower) || is_group_word(lower) || is_org_head(lower) || is_media_noun(lower)
}

pub fn is_readout_noun(lower: &str) -> bool {
    READOUT_NOUNS.binary_search(&lower).is_ok()
}

/// A dash that sets off a phrase the way a pair of commas does: "Jason Sims — a teacher — says".
pub fn is_dash(gap: &str) -> bool {
    matches!(gap, "—" | "–" | "--")
}

/// Possessive pronouns and articles, after which a cue word is a noun.
pub fn is_possessive_or_article(lower: &str) -> bool {
    matches!(lower, "his" | "her" | "their" | "its" | "my" | "our" | "your" | "the" | "a" | "an")
}

/// Conjunctions that open a clause of their own: "until Haley said", "because he said".
pub fn is_subordinator(lower: &str) -> bool {
    matches!(
        lower,
        "until" | "because" | "when" | "while" | "unless" | "although" | "though" | "if" | "since" | "before"
    )
}

/// A subject pronoun, also with a contracted "is" or "has": "he's", "she’s".
pub fn is_pronoun(lower: &str) -> bool {
    let bare = lower.strip_suffix("'s").or_else(|| lower.strip_suffix("’s")).unwrap_or(lower);
    matches!(bare, "he" | "she" | "they" | "it" | "i" | "we")
}

pub fn is_determiner(lower: &str) -> bool {
    matches!(lower, "the" | "a" | "an" | "one" | "another" | "some" | "many" | "several" | "two" | "three")
}

/// Words that may stand between a subject and its cue: "also", "later", "has".
pub fn is_aux_or_adverb(lower: &str) -> bool {
    matches!(
        lower,
        "also"
            | "later"
            | "then"
            | "has"
            | "had"
            | "did"
            | "does"
            | "have"
            | "was"
            | "is"
            | "would"
            | "will"
            | "previously"
            | "once"
            | "again"
            | "reportedly"
            | "further"
            | "separately"
            | "earlier"
            | "recently"
            | "simply"
            | "long"
            | "not"
            | "never"
            | "always"
            | "often"
            | "since"
            | "could"
            | "can"
            | "may"
            | "might"
            | "should"
            | "must"
            | "were"
            | "are"
    ) || (lower.len() > 4 && lower.ends_with("ly"))
}

/// Capitalised adjectives of nation, party or faith, which modify a noun rather than name a speaker.
pub fn is_capitalised_adjective(lower: &str) -> bool {
    matches!(
        lower,
        "afghan"
            | "african"
            | "american"
            | "arab"
            | "asian"
            | "australian"
            | "british"
            | "canadian"
            | "catholic"
            | "chinese"
            | "christian"
            | "conservative"
            | "cuban"
            | "democrat"
            | "democratic"
            | "european"
            | "evangelical"
            | "french"
            | "german"
            | "gop"
            | "hispanic"
            | "indian"
            | "iranian"
            | "iraqi"
            | "israeli"
            | "italian"
            | "japanese"
            | "jewish"
            | "korean"
            | "latino"
            | "liberal"
            | "libertarian"
            | "mexican"
            | "muslim"
            | "pakistani"
            | "palestinian"
            | "republican"
            | "russian"
            | "saudi"
            | "spanish"
            | "syrian"
            | "turkish"
            | "ukrainian"
    )
}

/// Days and months, which are capitalised but never speak.
pub fn is_calendar_word(lower: &str) -> bool {
    matches!(
        lower,
        "monday"
            | "tuesday"
            | "wednesday"
            | "thursday"
            | "friday"
            | "saturday"
            | "sunday"
            | "january"
            | "february"
            | "march"
            | "april"
            | "may"
            | "june"
            | "july"
            | "august"
            | "september"
            | "october"
            | "november"
            | "december"
            | "today"
            | "yesterday"
            | "tonight"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_are_sorted_for_binary_search() {
        for list in [SPEECH_VERBS, ROLE_WORDS, ROLE_MODIFIERS, TITLES, ORG_HEADS, GROUP_WORDS, READOUT_NOUNS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{:?}", list.windows(2).find(|w| w[0] >= w[1]));
        }
        assert!(is_speech_verb("said") && !is_speech_verb("ate"));
        assert!(is_title("Sen.".to_lowercase().as_str()));
    }
}
