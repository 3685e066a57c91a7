//! Words that news rewordings swap for one another (`assets/words/synonyms.txt`), keyed by stem.

use crate::analysis::text::stem;
use crate::assets::SYNONYMS;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Each stem of a synonym group ([`SYNONYMS`]) with the stem of the word that names its group.
static CANONICAL: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for group in SYNONYMS.lines() {
        let head = stem(group[0]);
        for word in group {
            map.entry(stem(word)).or_insert_with(|| head.clone());
        }
    }
    map
});

/// The stem that stands for a stem's synonym group, or `None` when it has no group.
pub(super) fn canonical(stemmed: &str) -> Option<&'static str> {
    CANONICAL.get(stemmed).map(String::as_str)
}

/// The key of a lower-case word, as a claim's terms are keyed: the stem of its synonym group, or its own stem.
pub(super) fn key_of(lower: &str) -> String {
    let stemmed = stem(lower);
    canonical(&stemmed).map_or(stemmed, str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rewordings_share_a_group() {
        assert_eq!(canonical(&stem("thwarted")), canonical(&stem("foil")));
        assert_eq!(canonical(&stem("arrested")), canonical(&stem("detained")));
        assert_eq!(canonical(&stem("acts")), canonical(&stem("attacks")));
        assert_eq!(canonical(&stem("cathedral")), None);
        // "the state of relations", "the United States": the noun is far commoner in news than the verb.
        assert_eq!(canonical(&stem("state")), None);
    }
}
