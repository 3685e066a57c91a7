//! One article as ingest produced it: normalised text, its structure and where it came from.

use super::{DocId, Span};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The format an article was read from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceFormat {
    #[default]
    Text,
    Markdown,
    Html,
}

/// Where a document came from, and what its source says about it.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Source {
    /// The file it was read from, or `None` for built-in or pasted text.
    pub path: Option<PathBuf>,
    /// A short label for built-in documents and error messages, such as the file name.
    pub label: String,
    pub format: SourceFormat,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub title: Option<String>,
    pub byline: Option<String>,
    pub published: Option<NaiveDate>,
    /// A hash of the bytes read, to notice later that the file has changed on disk.
    pub content_hash: u64,
}

/// An article: the text that every offset indexes, its paragraphs, sentences and boilerplate.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    pub id: DocId,
    pub source: Source,
    pub text: String,
    /// Paragraph spans in order; a line break in the input always ends a paragraph.
    pub paragraphs: Vec<Span>,
    /// Sentence spans in order, each inside one paragraph; none lie in boilerplate.
    pub sentences: Vec<Span>,
    /// Spans that are not article prose: captions, photo credits, tag lines, share prompts.
    pub boilerplate: Vec<Span>,
}

impl Document {
    /// The text of a span. Spans outside the text are clamped.
    pub fn slice(&self, span: Span) -> &str {
        slice_chars(&self.text, span)
    }

    /// A display name: the title, else the label.
    pub fn display_name(&self) -> &str {
        self.source.title.as_deref().filter(|t| !t.trim().is_empty()).unwrap_or(&self.source.label)
    }

    /// The index of the paragraph that holds a character offset.
    pub fn paragraph_at(&self, offset: usize) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.end <= offset);
        (i < self.paragraphs.len() && self.paragraphs[i].start <= offset).then_some(i)
    }

    /// The number of characters in the text.
    pub fn char_len(&self) -> usize {
        self.text.chars().count()
    }
}

/// The substring of `text` between two character offsets, clamped to the text.
pub fn slice_chars(text: &str, span: Span) -> &str {
    let mut start = None;
    let mut end = text.len();
    for (i, (b, _)) in text.char_indices().enumerate() {
        if i == span.start {
            start = Some(b);
        }
        if i == span.end {
            end = b;
            break;
        }
    }
    let start = start.unwrap_or(text.len());
    &text[start..end.max(start)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_counts_characters_not_bytes() {
        assert_eq!(slice_chars("“Hi,” he said", Span::new(0, 5)), "“Hi,”");
        assert_eq!(slice_chars("abc", Span::new(1, 9)), "bc");
        assert_eq!(slice_chars("abc", Span::new(5, 9)), "");
    }

    #[test]
    fn paragraph_at_finds_the_enclosing_paragraph() {
        let doc = Document {
            text: "ab\n\ncd".into(),
            paragraphs: vec![Span::new(0, 2), Span::new(4, 6)],
            ..Default::default()
        };
        assert_eq!(doc.paragraph_at(1), Some(0));
        assert_eq!(doc.paragraph_at(3), None);
        assert_eq!(doc.paragraph_at(5), Some(1));
    }
}
