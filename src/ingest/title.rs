//! A title for every document: its headline line, else a headline from its URL's slug, else its first sentence.

/// The longest title, in characters, made from a first sentence before it is cut at a word and given an ellipsis.
const SENTENCE_TITLE_CHARS: usize = 80;

/// File extensions that end a slug.
const EXTENSIONS: &[&str] = &[".html", ".htm", ".shtml", ".php", ".aspx", ".asp", ".jsp", ".cms", ".amp"];

/// The title of a document whose source gives none, chosen in this order: the first line when it reads as a
/// headline, a headline made from the URL's slug, the first sentence shortened to about 80 characters.
///
/// `text` is the document's text, which decides how each slug word is capitalised.
pub(super) fn fallback_title(
    first_line: Option<&str>,
    url: Option<&str>,
    first_sentence: Option<&str>,
    text: &str,
) -> Option<String> {
    first_line
        .filter(|l| looks_like_headline(l))
        .map(|l| l.trim().to_owned())
        .or_else(|| url.and_then(|u| title_from_url(u, text)))
        .or_else(|| first_sentence.map(shorten_sentence).filter(|t| !t.is_empty()))
}

/// A short line that does not end like a sentence reads as a headline.
fn looks_like_headline(line: &str) -> bool {
    let words = line.split_whitespace().count();
    (2..=20).contains(&words) && !line.ends_with(['.', '!', '?', '"', '”', ':', ',', ';'])
}

/// A headline from the most descriptive segment of a URL's path, in sentence case: its first word capitalised, and
/// each other word written as `text` most often writes it ("trump" as "Trump", "cia" as "CIA").
fn title_from_url(url: &str, text: &str) -> Option<String> {
    let path = url.split("://").nth(1).map_or(url, |rest| rest.split_once('/').map_or("", |(_, p)| p));
    let path = path.split(['?', '#']).next().unwrap_or("");
    // The segment with the most words; the later one when two tie, as the slug usually ends the path.
    let words = path.split('/').map(slug_words).filter(|w| w.len() >= 2).max_by_key(Vec::len)?;
    let spellings = usual_spellings(&words, text);
    let mut out: Vec<String> = Vec::with_capacity(words.len());
    for (i, written) in spellings.into_iter().enumerate() {
        out.push(if i == 0 { capitalise(&written) } else { written });
    }
    Some(out.join(" "))
}

/// The words of one path segment, without its extension, ids and hashes; none when it is a date, a number or a
/// section name.
fn slug_words(segment: &str) -> Vec<&str> {
    let lower = segment.to_ascii_lowercase();
    let stem = EXTENSIONS
        .iter()
        .find(|ext| lower.ends_with(*ext))
        .map_or(segment, |ext| &segment[..segment.len() - ext.len()]);
    let words: Vec<&str> = stem
        .split(['-', '_', '+', '.'])
        .filter(|w| !w.is_empty() && w.chars().all(char::is_alphanumeric) && !is_id(w))
        .collect();
    if words.iter().all(|w| crate::assets::URL_SECTIONS.contains(w.to_ascii_lowercase().as_str())) {
        return Vec::new();
    }
    words
}

/// True for a word that is an id, not a word of a headline: a number of five digits or more, a hex hash, a long
/// code of letters and digits, or a Reuters id (`idUSKBN1EO0ZV`). Years and short codes ("2018", "g20", "mh17",
/// "covid19") are words.
fn is_id(word: &str) -> bool {
    let len = word.chars().count();
    let digits = word.chars().filter(char::is_ascii_digit).count();
    if digits == 0 {
        return false;
    }
    if digits == len {
        return len >= 5;
    }
    let hex = word.chars().all(|c| c.is_ascii_hexdigit());
    let reuters = word.starts_with("id") && word[2..].chars().next().is_some_and(|c| c.is_ascii_uppercase());
    len >= 8 || (hex && len >= 6) || reuters
}

/// Each word as `text` most often spells it, compared without ASCII case; lower case when the text does not use
/// the word or uses two spellings equally often.
fn usual_spellings(words: &[&str], text: &str) -> Vec<String> {
    let mut counts: Vec<Vec<(&str, usize)>> = vec![Vec::new(); words.len()];
    for token in text.split(|c: char| !c.is_alphanumeric()).filter(|t| !t.is_empty()) {
        for (word, counts) in words.iter().zip(counts.iter_mut()) {
            if token.len() == word.len() && token.eq_ignore_ascii_case(word) {
                match counts.iter_mut().find(|(t, _)| *t == token) {
                    Some((_, n)) => *n += 1,
                    None => counts.push((token, 1)),
                }
            }
        }
    }
    words
        .iter()
        .zip(counts)
        .map(|(word, counts)| {
            let lower = word.to_lowercase();
            let best = counts.into_iter().max_by_key(|(t, n)| (*n, *t == lower)).map(|(t, _)| t);
            best.map_or(lower.clone(), str::to_owned)
        })
        .collect()
}

/// The word with its first letter in upper case.
fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The sentence as a title: whole when it is short, else cut at the last word that ends within
/// [`SENTENCE_TITLE_CHARS`] characters and given an ellipsis.
fn shorten_sentence(sentence: &str) -> String {
    let sentence = sentence.split_whitespace().collect::<Vec<_>>().join(" ");
    if sentence.chars().count() <= SENTENCE_TITLE_CHARS {
        return sentence;
    }
    let cut: String = sentence.chars().take(SENTENCE_TITLE_CHARS).collect();
    // Cut before the word that runs past the limit, unless the limit falls just after a whole word.
    let next_is_space = sentence.chars().nth(SENTENCE_TITLE_CHARS).is_some_and(char::is_whitespace);
    let kept = if next_is_space { cut.as_str() } else { cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head) };
    let kept = kept.trim_end_matches(|c: char| c.is_whitespace() || ",;:-–—(\"“'‘".contains(c));
    format!("{kept}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_url_slug_becomes_a_headline_without_its_date_section_or_trailing_id() {
        let text = "Trump spoke to Putin. The CIA helped, Trump said.";
        let title = |url: &str| fallback_title(None, Some(url), Some("Trump spoke to Putin."), text);
        assert_eq!(
            title("https://www.cnn.com/2019/12/29/politics/putin-trump-phone-call-counter-terrorism/index.html")
                .as_deref(),
            Some("Putin Trump phone call counter terrorism")
        );
        assert_eq!(
            title("https://www.reuters.com/article/us-russia/putin-thanks-trump-for-cia-tip-idUSKBN1EB0ZY").as_deref(),
            Some("Putin thanks Trump for CIA tip")
        );
        assert_eq!(
            title("https://example.com/news/2017/12/18/putin-calls-trump-3f9a1c2e7b.html").as_deref(),
            Some("Putin calls Trump")
        );
        // A URL without a slug leaves the first sentence.
        assert_eq!(title("https://example.com/world/123456").as_deref(), Some("Trump spoke to Putin."));
    }

    #[test]
    fn a_headline_first_line_comes_before_the_url() {
        let title = fallback_title(
            Some("Lindsay Lohan checks into Betty Ford Center"),
            Some("https://example.com/2013/05/03/lohan-rehab"),
            Some("She arrived on Tuesday."),
            "",
        );
        assert_eq!(title.as_deref(), Some("Lindsay Lohan checks into Betty Ford Center"));
    }

    #[test]
    fn a_short_first_sentence_is_the_whole_title() {
        let title = fallback_title(Some("She arrived on Tuesday."), None, Some("She arrived on Tuesday."), "");
        assert_eq!(title.as_deref(), Some("She arrived on Tuesday."));
    }

    #[test]
    fn a_long_first_sentence_is_cut_at_a_word_with_an_ellipsis() {
        let sentence = "Russian President Vladimir Putin thanked President Donald Trump in a phone call on Sunday \
                        (17 December) for US intelligence that helped thwart terrorist attacks.";
        let title = fallback_title(None, None, Some(sentence), sentence).unwrap();
        assert_eq!(title, "Russian President Vladimir Putin thanked President Donald Trump in a phone call…");
        assert!(title.chars().count() <= SENTENCE_TITLE_CHARS + 1);
    }

    #[test]
    fn front_matter_and_html_titles_come_first() {
        use crate::model::{DocId, SourceFormat};
        let md = "---\ntitle: Leaders talk\nurl: https://example.com/2021/03/14/leaders-call-again\n---\n\nThey spoke.";
        let d = super::super::load_bytes("call.md", md.as_bytes(), SourceFormat::Markdown, DocId(0)).unwrap();
        assert_eq!(d.source.title.as_deref(), Some("Leaders talk"));
        let md = "---\nurl: https://example.com/2021/03/14/leaders-call-again\n---\n\nThey spoke.";
        let d = super::super::load_bytes("call.md", md.as_bytes(), SourceFormat::Markdown, DocId(0)).unwrap();
        assert_eq!(d.source.title.as_deref(), Some("Leaders call again"));
        let page = "<!DOCTYPE html><html><head><title>Leaders talk by phone</title>\
                    <link rel=\"canonical\" href=\"https://example.com/2021/03/14/leaders-call-again\"></head>\
                    <body><article><p>The two leaders spoke by phone on Sunday about trade and security, officials \
                    said on Monday.</p></article></body></html>";
        let d = super::super::load_bytes("call.html", page.as_bytes(), SourceFormat::Html, DocId(0)).unwrap();
        assert_eq!(d.source.title.as_deref(), Some("Leaders talk by phone"));
    }
}
