//! One article as ingest produced it: normalised text, its structure and where it came from.

use super::{DocId, Span};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::path::PathBuf;

/// The format an article was read from.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub enum SourceFormat {
    /// Plain text, in which every non-blank line is a paragraph.
    #[default]
    Text,
    /// Markdown, rendered to plain text one block per paragraph.
    Markdown,
    /// HTML, reduced to the article that dom_smoothie extracts.
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
    /// The format the article was read from.
    pub format: SourceFormat,
    /// The article's address: a first line that is only a URL, an HTML canonical URL, or front matter.
    pub url: Option<String>,
    /// The site name, or the outlet that the URL's host names (`cnn.com` gives "CNN").
    pub outlet: Option<String>,
    /// The title shown for the document: its own (HTML or Markdown metadata, a headline-like first line), else a
    /// headline made from the URL's slug, else its first sentence, shortened. `None` only when it has no sentence.
    pub title: Option<String>,
    /// The author, when the source names one.
    pub byline: Option<String>,
    /// The publication date, from metadata or a dated URL path such as `/2019/12/29/`.
    pub published: Option<NaiveDate>,
    /// A hash of the bytes read, to notice later that the file has changed on disk.
    pub content_hash: u64,
}

/// An article: the text that every offset indexes, its paragraphs, sentences and boilerplate.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Document {
    /// The document's position in the comparison.
    pub id: DocId,
    /// Where the document came from, and what its source says about it.
    pub source: Source,
    /// The normalised article text that every offset indexes.
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
