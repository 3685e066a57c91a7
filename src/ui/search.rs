//! Text search over both articles: case-insensitive hits as character spans, recomputed only when the query
//! or the comparison changes.

use crate::model::{Comparison, DocId, Span};

/// The hits of the current query in each document.
#[derive(Debug, Default)]
pub(super) struct SearchIndex {
    query: String,
    generation: u64,
    /// Each document's text folded to lower case, one char per char of the original.
    folded: Vec<Vec<char>>,
    folded_generation: Option<u64>,
    hits: Vec<Vec<Span>>,
}

impl SearchIndex {
    /// Brings the hits up to date with the query and the comparison.
    pub(super) fn update(&mut self, comparison: &Comparison, generation: u64, query: &str) {
        if self.folded_generation != Some(generation) {
            self.folded = comparison.documents.iter().map(|d| d.text.chars().map(fold).collect()).collect();
            self.folded_generation = Some(generation);
            self.query.clear();
            self.hits.clear();
        }
        if self.query == query && self.generation == generation && !self.hits.is_empty() {
            return;
        }
        self.query = query.to_owned();
        self.generation = generation;
        let needle: Vec<char> = query.trim().chars().map(fold).collect();
        self.hits = self.folded.iter().map(|text| find_all(text, &needle)).collect();
    }

    /// The hits in a document, in order.
    pub(super) fn hits(&self, doc: DocId) -> &[Span] {
        self.hits.get(doc.0 as usize).map(Vec::as_slice).unwrap_or_default()
    }

    /// How many hits there are in all documents.
    pub(super) fn count(&self) -> usize {
        self.hits.iter().map(Vec::len).sum()
    }
}

/// One character folded to lower case, keeping one char for one char so that offsets stay valid.
fn fold(c: char) -> char {
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Every non-overlapping occurrence of `needle` in `text`; none for an empty needle.
fn find_all(text: &[char], needle: &[char]) -> Vec<Span> {
    let mut out = Vec::new();
    if needle.is_empty() || needle.len() > text.len() {
        return out;
    }
    let mut i = 0;
    while i + needle.len() <= text.len() {
        if text[i] == needle[0] && text[i..i + needle.len()] == *needle {
            out.push(Span::new(i, i + needle.len()));
            i += needle.len();
        } else {
            i += 1;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    fn comparison(texts: &[&str]) -> Comparison {
        Comparison {
            documents: texts.iter().map(|t| Document { text: (*t).to_owned(), ..Default::default() }).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn finds_hits_in_both_documents_ignoring_case() {
        let c = comparison(&["The Kremlin said “thanks”.", "the kremlin, the KREMLIN"]);
        let mut index = SearchIndex::default();
        index.update(&c, 0, "kremlin");
        assert_eq!(index.hits(DocId(0)), &[Span::new(4, 11)]);
        assert_eq!(index.hits(DocId(1)), &[Span::new(4, 11), Span::new(17, 24)]);
        assert_eq!(index.count(), 3);
    }

    #[test]
    fn offsets_are_in_characters_after_multibyte_text() {
        let c = comparison(&["“İstanbul” é Paris"]);
        let mut index = SearchIndex::default();
        index.update(&c, 0, "paris");
        assert_eq!(index.hits(DocId(0)), &[Span::new(13, 18)]);
    }

    #[test]
    fn an_empty_query_finds_nothing() {
        let c = comparison(&["text"]);
        let mut index = SearchIndex::default();
        index.update(&c, 0, "  ");
        assert_eq!(index.count(), 0);
        assert!(index.hits(DocId(3)).is_empty());
    }
}
