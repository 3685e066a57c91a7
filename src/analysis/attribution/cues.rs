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
    "blasted",
    "boasted",
    "called",
    "calls",
    "cautioned",
    "chanted",
    "charged",
    "claimed",
    "claiming",
    "claims",
    "commented",
    "complained",
    "conceded",
    "concluded",
    "concludes",
    "confirmed",
    "confirms",
    "continued",
    "continues",
    "countered",
    "cried",
    "declared",
    "declares",
    "declaring",
    "demanded",
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
    "insisted",
    "insisting",
    "insists",
    "interrupted",
    "joked",
    "jokes",
    "labeled",
    "labeling",
    "mused",
    "noted",
    "notes",
    "noting",
    "observed",
    "observes",
    "pointed",
    "points",
    "posted",
    "predicted",
    "predicts",
    "promised",
    "questioned",
    "quipped",
    "quips",
    "read",
    "reads",
    "recalled",
    "recalls",
    "reiterated",
    "remarked",
    "replied",
    "replies",
    "reported",
    "reports",
    "responded",
    "responds",
    "retorted",
    "said",
    "say",
    "saying",
    "says",
    "shouted",
    "stated",
    "states",
    "stressed",
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
    "adviser",
    "advisor",
    "aide",
    "ambassador",
    "analyst",
    "anchor",
    "attorney",
    "author",
    "candidate",
    "chair",
    "chairman",
    "chairwoman",
    "chancellor",
    "chief",
    "co-founder",
    "columnist",
    "commissioner",
    "congressman",
    "congresswoman",
    "correspondent",
    "councilman",
    "councilwoman",
    "deputy",
    "diplomat",
    "director",
    "editor",
    "executive",
    "founder",
    "general",
    "governor",
    "head",
    "host",
    "judge",
    "lawmaker",
    "lawyer",
    "leader",
    "manager",
    "mayor",
    "member",
    "minister",
    "nominee",
    "officer",
    "official",
    "pollster",
    "premier",
    "president",
    "press",
    "professor",
    "prosecutor",
    "reporter",
    "representative",
    "secretary",
    "senator",
    "sheriff",
    "speaker",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "strategist",
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
    "national",
    "presidential",
    "press",
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
    "authorities",
    "critics",
    "democrats",
    "diplomats",
    "experts",
    "investigators",
    "lawmakers",
    "leaders",
    "members",
    "officials",
    "organizers",
    "people",
    "police",
    "prosecutors",
    "republicans",
    "researchers",
    "residents",
    "scientists",
    "sources",
    "supporters",
    "users",
    "voters",
    "witnesses",
];

/// Nouns that name an official account: a readout, statement, briefing or report.
const READOUT_NOUNS: &[&str] =
    &["announcement", "briefing", "communique", "handout", "readout", "release", "report", "statement"];

pub fn is_speech_verb(lower: &str) -> bool {
    SPEECH_VERBS.binary_search(&lower).is_ok()
}

pub fn is_weak_verb(lower: &str) -> bool {
    WEAK_VERBS.contains(&lower)
}

pub fn is_role_word(lower: &str) -> bool {
    ROLE_WORDS.binary_search(&lower).is_ok() || ROLE_MODIFIERS.binary_search(&lower).is_ok()
}

/// A role head noun, not just a modifier.
pub fn is_role_head(lower: &str) -> bool {
    ROLE_WORDS.binary_search(&lower).is_ok()
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

pub fn is_readout_noun(lower: &str) -> bool {
    READOUT_NOUNS.binary_search(&lower).is_ok()
}

pub fn is_pronoun(lower: &str) -> bool {
    matches!(lower, "he" | "she" | "they" | "it" | "i" | "we")
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
    ) || (lower.len() > 4 && lower.ends_with("ly"))
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
