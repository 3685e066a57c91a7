//! The word lists of `assets/words` and the learned weights of `assets/models` (described in `assets/README.md`),
//! compiled into the binary; each list is parsed once, on first use, into a set, a list, groups or a map.

use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

/// A list's entries, for lookups.
pub(crate) type WordSet = LazyLock<FxHashSet<&'static str>>;
/// A list's entries in the order of its file, for scans.
pub(crate) type WordList = LazyLock<Vec<&'static str>>;
/// A list of `key<TAB>value` lines.
pub(crate) type WordMap = LazyLock<FxHashMap<&'static str, &'static str>>;

/// The text of a file of `assets/words`.
macro_rules! words {
    ($file:literal) => {
        include_str!(concat!("../assets/words/", $file))
    };
}

pub(crate) static ABBREVIATIONS: WordSet = LazyLock::new(|| set(words!("abbreviations.txt")));
pub(crate) static AMOUNT_QUALIFIERS: WordMap = LazyLock::new(|| map(words!("amount-qualifiers.txt")));
pub(crate) static ATTRIBUTION_CUES: WordSet = LazyLock::new(|| set(words!("attribution-cues.txt")));
pub(crate) static AUXILIARIES_AND_ADVERBS: WordSet = LazyLock::new(|| set(words!("auxiliaries-and-adverbs.txt")));
pub(crate) static BOILERPLATE_PROMPTS: WordList =
    LazyLock::new(|| entries(words!("boilerplate-prompts.txt")).collect());
pub(crate) static CAPITALISED_ADJECTIVES: WordSet = LazyLock::new(|| set(words!("capitalised-adjectives.txt")));
pub(crate) static CLAUSE_OPENERS: WordSet = LazyLock::new(|| set(words!("clause-openers.txt")));
pub(crate) static CHANGE_WORDS: WordSet = LazyLock::new(|| set(words!("change-words.txt")));
pub(crate) static CREDIT_AGENCIES: WordList = LazyLock::new(|| entries(words!("credit-agencies.txt")).collect());
pub(crate) static DOCUMENT_NOUNS: WordSet = LazyLock::new(|| set(words!("document-nouns.txt")));
pub(crate) static GROUP_NOUNS: WordSet = LazyLock::new(|| set(words!("group-nouns.txt")));
pub(crate) static HEDGES: WordSet = LazyLock::new(|| set(words!("hedges.txt")));
pub(crate) static HOLIDAYS: WordSet = LazyLock::new(|| set(words!("holidays.txt")));
pub(crate) static MONTHS: LazyLock<Groups> = LazyLock::new(|| Groups::parse(words!("months.txt")));
pub(crate) static NEGATIONS: WordSet = LazyLock::new(|| set(words!("negations.txt")));
pub(crate) static REFUSAL_VERBS: WordSet = LazyLock::new(|| set(words!("refusal-verbs.txt")));
pub(crate) static NUMBER_WORDS: WordMap = LazyLock::new(|| map(words!("number-words.txt")));
pub(crate) static OPINION_VERBS: WordSet = LazyLock::new(|| set(words!("opinion-verbs.txt")));
pub(crate) static ORDINALS: WordSet = LazyLock::new(|| set(words!("ordinals.txt")));
pub(crate) static ORGANISATION_HEADS: WordSet = LazyLock::new(|| set(words!("organisation-heads.txt")));
pub(crate) static OUTLETS: WordMap = LazyLock::new(|| map(words!("outlets.txt")));
pub(crate) static PREPOSITIONS: WordSet = LazyLock::new(|| set(words!("prepositions.txt")));
pub(crate) static QUOTE_ATTRIBUTION_VERBS: WordSet = LazyLock::new(|| set(words!("quote-attribution-verbs.txt")));
pub(crate) static READOUT_NOUNS: WordMap = LazyLock::new(|| map(words!("readout-nouns.txt")));
pub(crate) static CAPITALS: WordSet = LazyLock::new(|| set(words!("capitals.txt")));
pub(crate) static REGIONS: WordSet = LazyLock::new(|| set(words!("regions.txt")));
pub(crate) static ROLE_MODIFIERS: WordSet = LazyLock::new(|| set(words!("role-modifiers.txt")));
pub(crate) static ROLE_NOUNS: WordSet = LazyLock::new(|| set(words!("role-nouns.txt")));
pub(crate) static SENTENCE_OPENERS: WordSet = LazyLock::new(|| set(words!("sentence-openers.txt")));
pub(crate) static SPEECH_VERBS: WordSet = LazyLock::new(|| set(words!("speech-verbs.txt")));
pub(crate) static SPEECH_VERBS_NEEDING_A_QUOTE: WordSet =
    LazyLock::new(|| set(words!("speech-verbs-needing-a-quote.txt")));
pub(crate) static SPEECH_VERBS_TAKING_AN_OBJECT: WordSet =
    LazyLock::new(|| set(words!("speech-verbs-taking-an-object.txt")));
pub(crate) static STOPWORDS: WordSet = LazyLock::new(|| set(words!("stopwords.txt")));
pub(crate) static SYNONYMS: LazyLock<Groups> = LazyLock::new(|| Groups::parse(words!("synonyms.txt")));
pub(crate) static TIMESTAMP_WORDS: WordSet = LazyLock::new(|| set(words!("timestamp-words.txt")));
pub(crate) static TITLES: WordSet = LazyLock::new(|| set(words!("titles.txt")));
pub(crate) static URL_SECTIONS: WordSet = LazyLock::new(|| set(words!("url-sections.txt")));
/// The link model's weights (`assets/models/link-weights.txt`), which `analysis::counterparts` parses.
pub(crate) static LINK_WEIGHTS: &str = include_str!("../assets/models/link-weights.txt");
/// The weights of the link model that also reads the claims' meanings (`assets/models/link-weights-meaning.txt`).
pub(crate) static MEANING_LINK_WEIGHTS: &str = include_str!("../assets/models/link-weights-meaning.txt");
pub(crate) static VESSEL_PREFIXES: WordSet = LazyLock::new(|| set(words!("vessel-prefixes.txt")));
pub(crate) static WEEKDAYS: LazyLock<Groups> = LazyLock::new(|| Groups::parse(words!("weekdays.txt")));

/// The entries of a list in order: one a line, without `#` comments (whole-line or trailing), blank lines and the
/// white space around an entry.
pub(crate) fn entries(text: &'static str) -> impl Iterator<Item = &'static str> {
    text.lines().map(|line| line.split_once('#').map_or(line, |(entry, _)| entry).trim()).filter(|e| !e.is_empty())
}

fn set(text: &'static str) -> FxHashSet<&'static str> {
    entries(text).collect()
}

/// `key<TAB>value` lines; a line without a tab has no value and is left out.
fn map(text: &'static str) -> FxHashMap<&'static str, &'static str> {
    entries(text).filter_map(|e| e.split_once('\t')).map(|(k, v)| (k.trim_end(), v.trim_start())).collect()
}

/// Lines of words that belong together, separated by spaces; the first word of a line names it.
pub(crate) struct Groups {
    lines: Vec<Vec<&'static str>>,
    /// Each word's line: the first that holds it.
    line_of: FxHashMap<&'static str, usize>,
}

impl Groups {
    fn parse(text: &'static str) -> Self {
        let lines: Vec<Vec<&'static str>> = entries(text).map(|e| e.split_whitespace().collect()).collect();
        let mut line_of = FxHashMap::default();
        for (i, line) in lines.iter().enumerate() {
            for word in line {
                line_of.entry(*word).or_insert(i);
            }
        }
        Groups { lines, line_of }
    }

    /// The lines, in the order of the file.
    pub(crate) fn lines(&self) -> &[Vec<&'static str>] {
        &self.lines
    }

    /// The index of the first line that holds `word`.
    pub(crate) fn line_of(&self, word: &str) -> Option<usize> {
        self.line_of.get(word).copied()
    }

    /// Whether `word` names its line, as "january" does where "jan" only stands for it.
    pub(crate) fn is_head(&self, word: &str) -> bool {
        self.line_of(word).is_some_and(|i| self.lines[i][0] == word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_skip_comments_blank_lines_and_surrounding_space() {
        let text = "# a header\n\nsaid\n  told  \t\nread more   # a trailing comment\n#said\n   \nwon’t\n";
        assert_eq!(entries(text).collect::<Vec<_>>(), ["said", "told", "read more", "won’t"]);
    }

    #[test]
    fn maps_and_groups_keep_what_their_lines_say() {
        let m = map("# kind\nnytimes\tThe New York Times  # note\nno value here\n");
        assert_eq!(m.get("nytimes"), Some(&"The New York Times"));
        assert_eq!(m.len(), 1);
        let g = Groups::parse("# months\njanuary jan\nmay\nmarch mar may\n");
        assert_eq!(g.lines().len(), 3);
        assert_eq!((g.line_of("jan"), g.line_of("may"), g.line_of("june")), (Some(0), Some(1), None));
        assert!(g.is_head("january") && g.is_head("may") && !g.is_head("mar"));
    }

    /// Every file with its entries, as written.
    fn files() -> Vec<(&'static str, Vec<&'static str>)> {
        [
            ("abbreviations", words!("abbreviations.txt")),
            ("attribution-cues", words!("attribution-cues.txt")),
            ("auxiliaries-and-adverbs", words!("auxiliaries-and-adverbs.txt")),
            ("boilerplate-prompts", words!("boilerplate-prompts.txt")),
            ("capitalised-adjectives", words!("capitalised-adjectives.txt")),
            ("capitals", words!("capitals.txt")),
            ("credit-agencies", words!("credit-agencies.txt")),
            ("document-nouns", words!("document-nouns.txt")),
            ("group-nouns", words!("group-nouns.txt")),
            ("months", words!("months.txt")),
            ("negations", words!("negations.txt")),
            ("opinion-verbs", words!("opinion-verbs.txt")),
            ("ordinals", words!("ordinals.txt")),
            ("organisation-heads", words!("organisation-heads.txt")),
            ("outlets", words!("outlets.txt")),
            ("prepositions", words!("prepositions.txt")),
            ("quote-attribution-verbs", words!("quote-attribution-verbs.txt")),
            ("readout-nouns", words!("readout-nouns.txt")),
            ("regions", words!("regions.txt")),
            ("role-modifiers", words!("role-modifiers.txt")),
            ("role-nouns", words!("role-nouns.txt")),
            ("sentence-openers", words!("sentence-openers.txt")),
            ("speech-verbs", words!("speech-verbs.txt")),
            ("speech-verbs-needing-a-quote", words!("speech-verbs-needing-a-quote.txt")),
            ("speech-verbs-taking-an-object", words!("speech-verbs-taking-an-object.txt")),
            ("stopwords", words!("stopwords.txt")),
            ("synonyms", words!("synonyms.txt")),
            ("timestamp-words", words!("timestamp-words.txt")),
            ("titles", words!("titles.txt")),
            ("url-sections", words!("url-sections.txt")),
            ("vessel-prefixes", words!("vessel-prefixes.txt")),
            ("weekdays", words!("weekdays.txt")),
            ("amount-qualifiers", words!("amount-qualifiers.txt")),
            ("change-words", words!("change-words.txt")),
            ("number-words", words!("number-words.txt")),
        ]
        .into_iter()
        .map(|(name, text)| (name, entries(text).collect()))
        .collect()
    }

    #[test]
    fn every_list_loads_with_no_entry_twice() {
        for (name, list) in files() {
            assert!(!list.is_empty(), "{name}");
            let mut sorted = list.clone();
            sorted.sort_unstable();
            assert!(sorted.windows(2).all(|w| w[0] != w[1]), "{name}: {:?}", sorted.windows(2).find(|w| w[0] == w[1]));
        }
        let sets = [
            &ABBREVIATIONS,
            &ATTRIBUTION_CUES,
            &AUXILIARIES_AND_ADVERBS,
            &CAPITALISED_ADJECTIVES,
            &CHANGE_WORDS,
            &CLAUSE_OPENERS,
            &DOCUMENT_NOUNS,
            &GROUP_NOUNS,
            &HEDGES,
            &NEGATIONS,
            &OPINION_VERBS,
            &REFUSAL_VERBS,
            &ORDINALS,
            &ORGANISATION_HEADS,
            &PREPOSITIONS,
            &QUOTE_ATTRIBUTION_VERBS,
            &REGIONS,
            &CAPITALS,
            &ROLE_MODIFIERS,
            &ROLE_NOUNS,
            &SENTENCE_OPENERS,
            &SPEECH_VERBS,
            &SPEECH_VERBS_NEEDING_A_QUOTE,
            &SPEECH_VERBS_TAKING_AN_OBJECT,
            &STOPWORDS,
            &TIMESTAMP_WORDS,
            &TITLES,
            &URL_SECTIONS,
            &VESSEL_PREFIXES,
        ];
        assert!(sets.iter().all(|s| !s.is_empty()));
        assert!(!BOILERPLATE_PROMPTS.is_empty() && !CREDIT_AGENCIES.is_empty() && !SYNONYMS.lines().is_empty());
        assert!(SPEECH_VERBS.contains("said") && !SPEECH_VERBS.contains("ate"));
    }

    #[test]
    fn maps_give_every_key_a_value() {
        assert_eq!(OUTLETS.len(), entries(words!("outlets.txt")).count());
        assert_eq!(OUTLETS.get("nytimes"), Some(&"The New York Times"));
        assert_eq!(READOUT_NOUNS.len(), entries(words!("readout-nouns.txt")).count());
        assert_eq!(NUMBER_WORDS.len(), entries(words!("number-words.txt")).count());
        assert_eq!(AMOUNT_QUALIFIERS.len(), entries(words!("amount-qualifiers.txt")).count());
    }

    #[test]
    fn calendars_have_twelve_months_and_seven_days() {
        assert_eq!(MONTHS.lines().len(), 12);
        assert_eq!(WEEKDAYS.lines().len(), 7);
        assert_eq!((MONTHS.line_of("sept"), WEEKDAYS.line_of("thurs")), (Some(8), Some(3)));
    }

    #[test]
    fn the_narrower_speech_verb_lists_hold_only_speech_verbs() {
        let narrower = [&SPEECH_VERBS_NEEDING_A_QUOTE, &SPEECH_VERBS_TAKING_AN_OBJECT, &QUOTE_ATTRIBUTION_VERBS];
        for verb in narrower.iter().flat_map(|list| list.iter()) {
            assert!(SPEECH_VERBS.contains(verb), "{verb}");
        }
    }
}
