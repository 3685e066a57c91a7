//! Markdown to a document: each block becomes a paragraph of plain text; front matter gives metadata.

use super::plain::{assemble, normalise_line_endings};
use crate::model::{Document, Source};
use chrono::NaiveDate;
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};

/// Renders Markdown to plain text, one block per paragraph, and builds the document over it.
pub(super) fn document_from_markdown(raw: &str, mut source: Source) -> Document {
    let raw = normalise_line_endings(raw);
    let mut text = String::with_capacity(raw.len());
    let mut title: Option<String> = None;
    let mut in_h1 = false;
    let mut in_image = 0usize;
    let mut in_metadata = false;
    let options = Options::ENABLE_YAML_STYLE_METADATA_BLOCKS | Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH;
    for event in Parser::new_ext(&raw, options) {
        match event {
            Event::Start(Tag::MetadataBlock(_)) => in_metadata = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_metadata = false,
            Event::Start(Tag::Heading { level: HeadingLevel::H1, .. }) if title.is_none() => in_h1 = true,
            Event::Start(Tag::Image { .. }) => in_image += 1,
            Event::End(TagEnd::Image) => in_image = in_image.saturating_sub(1),
            Event::End(TagEnd::Heading(_)) => {
                if in_h1 {
                    in_h1 = false;
                    title = text.rsplit("\n\n").next().map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
                }
                end_block(&mut text);
            }
            Event::End(
                TagEnd::Paragraph | TagEnd::Item | TagEnd::CodeBlock | TagEnd::TableCell | TagEnd::BlockQuote(_),
            ) => end_block(&mut text),
            Event::Text(t) if in_metadata => read_front_matter(&t, &mut source),
            Event::Text(t) | Event::Code(t) if in_image == 0 => text.push_str(&t.replace('\n', " ")),
            Event::SoftBreak => text.push(' '),
            Event::HardBreak => text.push('\n'),
            _ => {}
        }
    }
    if source.title.is_none() {
        source.title = title;
    }
    assemble(text, source)
}

/// Ends a block with a blank line, once.
fn end_block(text: &mut String) {
    let trimmed = text.trim_end_matches([' ', '\n']).len();
    text.truncate(trimmed);
    if !text.is_empty() {
        text.push_str("\n\n");
    }
}

/// Reads `title:`, `url:`, `date:` and `outlet:` from YAML-style front matter.
fn read_front_matter(block: &str, source: &mut Source) {
    for line in block.lines() {
        let Some((key, value)) = line.split_once(':') else { continue };
        let value = value.trim().trim_matches(['"', '\'']).to_owned();
        if value.is_empty() {
            continue;
        }
        match key.trim().to_ascii_lowercase().as_str() {
            "title" => source.title = Some(value),
            "url" | "canonical_url" | "source" => source.url = Some(value),
            "outlet" | "publisher" | "site" => source.outlet = Some(value),
            "author" | "byline" => source.byline = Some(value),
            "date" | "published" => source.published = value.get(..10).and_then(|d| d.parse::<NaiveDate>().ok()),
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn blocks_become_paragraphs_and_inline_markup_goes() {
        let md =
            "# Big news\n\nThe *minister* said [this](http://x) on\nMonday.\n\n- A list item.\n\n> Quoted block.\n";
        let d = document_from_markdown(md, Source::default());
        assert_eq!(d.source.title.as_deref(), Some("Big news"));
        let paras: Vec<&str> = d.paragraphs.iter().map(|p| d.slice(*p)).collect();
        assert_eq!(paras, vec!["Big news", "The minister said this on Monday.", "A list item.", "Quoted block."]);
    }

    #[test]
    fn front_matter_is_metadata_not_text() {
        let md =
            "---\ntitle: Call report\nurl: https://www.cnn.com/2019/12/29/a\ndate: 2019-12-30\n---\n\nBody text.\n";
        let d = document_from_markdown(md, Source::default());
        assert_eq!(d.source.title.as_deref(), Some("Call report"));
        assert_eq!(d.source.outlet.as_deref(), Some("CNN"));
        assert_eq!(d.source.published.map(|p| p.to_string()).as_deref(), Some("2019-12-30"));
        assert_eq!(d.text.trim(), "Body text.");
    }

    #[test]
    fn image_alt_text_is_dropped() {
        let d = document_from_markdown("![a photo](p.jpg)\n\nReal text.", Source::default());
        assert_eq!(d.text.trim(), "Real text.");
    }
}
