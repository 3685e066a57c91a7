//! A saved web page to a document: dom_smoothie extracts the article and its metadata.

use super::plain::{assemble, normalise_line_endings};
use crate::model::{Document, Source};
use chrono::NaiveDate;
use dom_smoothie::{Config, ParsePolicy, Readability, TextMode};

/// Pages nested deeper than this are flattened to their text before extraction, to bound the parser's work.
const MAX_NESTING: usize = 512;

/// Extracts the article from an HTML page, with its title, byline, published time, canonical URL and site name.
pub(super) fn document_from_html(raw: &str, mut source: Source) -> Document {
    let raw = normalise_line_endings(raw);
    let html = if nesting_depth(&raw) > MAX_NESTING { strip_tags(&raw) } else { raw };
    let config = Config { text_mode: TextMode::Formatted, ..Default::default() };
    let article = Readability::new(html.as_str(), None, Some(config.clone())).ok().and_then(|mut r| {
        r.parse().ok().or_else(|| {
            Readability::new(html.as_str(), None, Some(config)).ok()?.parse_with_policy(ParsePolicy::Raw).ok()
        })
    });
    let Some(article) = article else {
        return assemble(String::new(), source);
    };
    let title = article.title.trim();
    if !title.is_empty() {
        source.title = Some(title.to_owned());
    }
    source.byline = article.byline.map(|b| b.trim().to_owned()).filter(|b| !b.is_empty());
    source.outlet = article.site_name.map(|s| s.trim().to_owned()).filter(|s| !s.is_empty());
    source.url = article.url.filter(|u| u.starts_with("http"));
    source.published = article.published_time.as_deref().and_then(parse_date);
    let text = article.text_content.to_string();
    assemble(text, source)
}

/// The date at the start of an ISO 8601 timestamp ("2019-12-29T17:04:00Z").
fn parse_date(value: &str) -> Option<NaiveDate> {
    value.trim().get(..10)?.parse().ok()
}

/// The deepest element nesting, counted from open and close tags without building a tree.
fn nesting_depth(html: &str) -> usize {
    let (mut depth, mut max) = (0usize, 0usize);
    let bytes = html.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        if b != b'<' {
            continue;
        }
        match bytes.get(i + 1) {
            Some(b'/') => depth = depth.saturating_sub(1),
            Some(c) if c.is_ascii_alphabetic() => {
                depth += 1;
                max = max.max(depth);
            }
            _ => {}
        }
    }
    max
}

/// The page's text with every tag removed, one line per block-ish tag.
fn strip_tags(html: &str) -> String {
    let mut out = String::with_capacity(html.len() / 2);
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => {
                in_tag = true;
                if !out.ends_with('\n') {
                    out.push('\n');
                }
            }
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    format!(
        "<html><body><p>{}</p></body></html>",
        out.split('\n').filter(|l| !l.trim().is_empty()).collect::<Vec<_>>().join("</p><p>")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!DOCTYPE html><html><head><title>Leaders talk by phone | Example News</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="2019-12-30T10:00:00Z">
<link rel="canonical" href="https://example.com/2019/12/30/leaders-talk">
<meta name="author" content="Jane Reporter">
</head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Leaders talk by phone</h1>
<p>The two presidents spoke by phone on Sunday, discussing counter-terrorism efforts and trade, officials said.</p>
<p>"We had a very good conversation about many things," the first president told reporters at the White House.</p>
<p>The call lasted about an hour, according to a statement issued by the foreign ministry later that day.</p>
</article><footer>Copyright Example News. Share this article.</footer><script>alert(1)</script></body></html>"#;

    #[test]
    fn extracts_article_text_and_metadata() {
        let d = document_from_html(PAGE, Source::default());
        assert_eq!(d.source.outlet.as_deref(), Some("Example News"));
        assert_eq!(d.source.published.map(|p| p.to_string()).as_deref(), Some("2019-12-30"));
        assert_eq!(d.source.byline.as_deref(), Some("Jane Reporter"));
        assert!(d.text.contains("The two presidents spoke by phone on Sunday"));
        assert!(!d.text.contains("alert(1)"));
        assert!(!d.text.contains("Home"));
        assert!(d.paragraphs.len() >= 3, "paragraphs: {:?}", d.paragraphs);
    }

    #[test]
    fn deep_nesting_is_flattened_not_recursed() {
        let deep = format!(
            "<html><body>{}<p>Deep text here.</p>{}</body></html>",
            "<div>".repeat(100_000),
            "</div>".repeat(100_000)
        );
        assert!(nesting_depth(&deep) > MAX_NESTING);
        let d = document_from_html(&deep, Source::default());
        assert!(d.text.contains("Deep text here."));
    }
}
