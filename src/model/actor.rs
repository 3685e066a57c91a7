//! The people and organisations the documents name, whether or not they are quoted.

use super::{Span, SpeakerKind};
use serde::{Deserialize, Serialize};

/// A named person or organisation of the story, merged across the documents like the speaker registry.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Actor {
    /// The fullest name seen: "Vladimir Putin".
    pub name: String,
    /// A person or an organisation.
    pub kind: SpeakerKind,
    /// Other ways the documents name them: "Putin", "the Russian president".
    pub aliases: Vec<String>,
    /// Their role when the text gives one: "Russian President".
    pub role: Option<String>,
    /// The spans that name them, per document at the document's position, each list in text order.
    pub mentions: Vec<Vec<Span>>,
    /// True when they are the speaker of some quote.
    pub quoted: bool,
}

impl Actor {
    /// How many times document `doc` (by position) names them.
    pub fn mentions_in(&self, doc: usize) -> usize {
        self.mentions.get(doc).map_or(0, Vec::len)
    }

    /// How many times all documents name them.
    pub fn total_mentions(&self) -> usize {
        self.mentions.iter().map(Vec::len).sum()
    }
}
