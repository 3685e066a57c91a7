//! A small curated table of words that news rewordings swap for one another, keyed by stem.

use crate::analysis::text::stem;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Groups of interchangeable words; the first word of each group names it.
const GROUPS: &[&[&str]] = &[
    &["thwart", "prevent", "foil", "avert", "stop", "disrupt"],
    &["attack", "act", "assault", "strike"],
    &["detain", "arrest", "capture", "apprehend", "custody", "nab", "held"],
    &["kill", "slay", "dead", "death", "die", "died", "fatal"],
    &["injure", "wound", "hurt", "injuries"],
    &["say", "said", "tell", "told", "state", "stated"],
    &["phone", "telephone", "call"],
    &["talk", "conversation", "discuss", "spoke", "speak", "discussion"],
    &["thank", "gratitude", "appreciation", "thanked", "grateful"],
    &["plot", "plan", "scheme", "conspiracy"],
    &["suspect", "accused", "alleged"],
    &["terrorist", "terror", "terrorism", "militant", "extremist"],
    &["explosion", "blast", "explode", "bomb", "bombing", "detonate"],
    &["shoot", "shooting", "gunfire", "shot", "gunman"],
    &["earthquake", "quake", "tremor", "temblor"],
    &["rehab", "rehabilitation", "treatment"],
    &["offer", "bid", "proposal"],
    &["sign", "ink", "agree", "deal", "contract"],
    &["fire", "dismiss", "sack", "oust"],
    &["elect", "election", "vote", "ballot", "poll"],
    &["president", "leader"],
    &["intelligence", "information", "tip"],
    &["cooperation", "collaboration"],
    &["help", "assist", "aid"],
    &["pirate", "piracy", "hijack", "hijacker"],
    &["hospital", "hospitalize", "hospitalise"],
    &["sentence", "jail", "prison", "imprison"],
    &["announce", "unveil", "reveal", "launch"],
    &["buy", "acquire", "acquisition", "purchase", "takeover"],
    &["resign", "quit", "step"],
];

static CANONICAL: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for group in GROUPS {
        let head = stem(group[0]);
        for word in *group {
            map.entry(stem(word)).or_insert_with(|| head.clone());
        }
    }
    map
});

/// The stem that stands for a stem's synonym group, or `None` when it has no group.
pub fn canonical(stemmed: &str) -> Option<&'static str> {
    CANONICAL.get(stemmed).map(String::as_str)
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
    }
}
