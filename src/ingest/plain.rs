//! Plain text to a document: line endings, a leading URL line, paragraphs, boilerplate and sentences.

use super::{boilerplate, metadata, sentences, title};
use crate::model::{CharIndex, Document, Source};

/// Builds a document from plain text, taking a first line that is only a URL as the document's URL.
pub(super) fn document_from_text(raw: &str, mut source: Source) -> Document {
    let text = normalise_line_endings(raw);
    let (url, body) = split_url_line(&text);
    if let Some(url) = url {
        source.url = Some(url.to_owned());
    }
    let body = body.to_owned();
    assemble(body, source)
}

/// Turns CRLF and lone CR into LF.
pub(super) fn normalise_line_endings(raw: &str) -> String {
    if raw.contains('\r') { raw.replace("\r\n", "\n").replace('\r', "\n") } else { raw.to_owned() }
}

/// Splits off a first non-blank line that holds only a URL, with the blank lines after it.
fn split_url_line(text: &str) -> (Option<&str>, &str) {
    let trimmed = text.trim_start();
    let line_end = trimmed.find('\n').unwrap_or(trimmed.len());
    let line = trimmed[..line_end].trim();
    let is_url = (line.starts_with("http://") || line.starts_with("https://"))
        && !line.contains(char::is_whitespace)
        && line.len() > 10;
    if is_url { (Some(line), trimmed[line_end..].trim_start_matches(['\n', ' ', '\t'])) } else { (None, text) }
}

/// Builds the document structure over finished text: every non-blank line is a paragraph.
///
/// Fills in the outlet and publication date from the URL when the source does not give them, and a title when it
/// gives none: a headline-like first line, the URL's slug, or the first sentence (see [`title::fallback_title`]).
pub(super) fn assemble(text: String, mut source: Source) -> Document {
    let index = CharIndex::new(&text);
    let mut paragraphs = Vec::new();
    let mut boilerplate_spans = Vec::new();
    let mut sentence_spans = Vec::new();
    let mut line_start = 0;
    for line in text.split('\n') {
        let lead = line.len() - line.trim_start().len();
        let content = line.trim();
        if !content.is_empty() {
            let start_b = line_start + lead;
            let span = index.span_of_bytes(start_b..start_b + content.len());
            paragraphs.push(span);
            if boilerplate::is_boilerplate(content) {
                boilerplate_spans.push(span);
            } else {
                for r in sentences::split_sentences(content) {
                    sentence_spans.push(index.span_of_bytes(start_b + r.start..start_b + r.end));
                }
            }
        }
        line_start += line.len() + 1;
    }
    if let Some(url) = source.url.clone() {
        if source.outlet.is_none() {
            source.outlet = metadata::outlet_from_url(&url);
        }
        if source.published.is_none() {
            source.published = metadata::date_from_url(&url);
        }
    }
    if source.title.is_none() {
        let first_line =
            paragraphs.first().filter(|p| !boilerplate_spans.contains(p)).map(|p| &text[index.byte_range(*p)]);
        let first_sentence = sentence_spans.first().map(|s| &text[index.byte_range(*s)]);
        source.title = title::fallback_title(first_line, source.url.as_deref(), first_sentence, &text);
    }
    Document {
        id: Default::default(),
        source,
        text,
        paragraphs,
        sentences: sentence_spans,
        boilerplate: boilerplate_spans,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        document_from_text(text, Source::default())
    }

    #[test]
    fn url_line_becomes_metadata_and_leaves_the_text() {
        let d = doc("https://www.cnn.com/2019/12/29/politics/x/index.html\n\nPutin spoke. Trump listened.\n");
        assert_eq!(d.source.url.as_deref(), Some("https://www.cnn.com/2019/12/29/politics/x/index.html"));
        assert_eq!(d.source.outlet.as_deref(), Some("CNN"));
        assert_eq!(d.source.published.map(|p| p.to_string()).as_deref(), Some("2019-12-29"));
        assert!(d.text.starts_with("Putin spoke."));
        assert_eq!(d.sentences.len(), 2);
    }

    #[test]
    fn crlf_and_cr_become_paragraph_breaks() {
        let d = doc("One line.\r\nTwo line.\rThree line.");
        assert_eq!(d.paragraphs.len(), 3);
        assert!(!d.text.contains('\r'));
        assert_eq!(d.slice(d.paragraphs[2]), "Three line.");
    }

    #[test]
    fn boilerplate_lines_hold_no_sentences() {
        let d =
            doc("The minister resigned on Monday.\n\ntrump putin\nA caption here MIKHAIL KLIMENTYEV/AFP/Getty Images");
        assert_eq!(d.boilerplate.len(), 2);
        assert_eq!(d.sentences.len(), 1);
        assert!(d.sentences.iter().all(|s| !d.boilerplate.iter().any(|b| b.intersects(*s))));
    }

    #[test]
    fn spans_are_character_offsets() {
        let d = doc("“Café,” she said.\nÉté arrivé.");
        for s in &d.sentences {
            assert!(!d.slice(*s).is_empty());
        }
        assert_eq!(d.slice(d.paragraphs[1]), "Été arrivé.");
    }

    #[test]
    fn headline_first_line_becomes_the_title() {
        let d = doc("Lindsay Lohan checks into Betty Ford Center\nShe arrived on Tuesday.");
        assert_eq!(d.source.title.as_deref(), Some("Lindsay Lohan checks into Betty Ford Center"));
        assert_eq!(doc("She arrived on Tuesday.").source.title.as_deref(), Some("She arrived on Tuesday."));
    }
}
