//! Word tokens with character offsets, stop words and stemming, shared by the analysis stages.

use crate::model::Span;
use rust_stemmers::{Algorithm, Stemmer};
use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;

/// A word of the text: letters and digits, with inner apostrophes, hyphens and periods ("U.S.", "don't").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'a> {
    /// The word as written.
    pub text: &'a str,
    /// Character offsets into the text the tokens came from, shifted by the base offset given.
    pub span: Span,
}

impl Token<'_> {
    /// The token's byte offset in `text`, the text it was cut from: each token is a slice of that text, so the
    /// distance of the two addresses is the offset.
    pub fn byte_offset(&self, text: &str) -> usize {
        (self.text.as_ptr() as usize).saturating_sub(text.as_ptr() as usize)
    }

    /// Starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.text.chars().next().is_some_and(char::is_uppercase)
    }
}

/// A document's tokens with each one in lower case, made once and read by date finding and attribution.
pub struct Tokens<'a> {
    /// The words of the text, in order.
    pub tokens: Vec<Token<'a>>,
    /// Each token in lower case ([`lower_form`]), at the token's index.
    pub lower: Vec<Cow<'a, str>>,
}

impl<'a> Tokens<'a> {
    /// Tokenizes a text and lower-cases each token once.
    pub fn new(text: &'a str) -> Self {
        let tokens = tokenize(text, 0);
        let lower = tokens.iter().map(|t| lower_form(t.text)).collect();
        Tokens { tokens, lower }
    }
}

/// A word in lower case, copied only when it has a capital or a non-ASCII character.
pub fn lower_form(word: &str) -> Cow<'_, str> {
    if word.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// Splits text into word tokens. `base` is the character offset of `text` in its document.
pub fn tokenize(text: &str, base: usize) -> Vec<Token<'_>> {
    // Room for the most tokens a text can hold (a word and a space each), so that the list is never copied as it
    // grows; pages of it that stay unused are never touched.
    let mut tokens = Vec::with_capacity(text.len() / 2 + 1);
    let mut chars = text.char_indices().enumerate().peekable();
    while let Some((ci, (bi, c))) = chars.next() {
        if !c.is_alphanumeric() {
            continue;
        }
        let (mut end_ci, mut end_bi) = (ci + 1, bi + c.len_utf8());
        while let Some(&(nci, (nbi, nc))) = chars.peek() {
            if nc.is_alphanumeric() {
                chars.next();
                (end_ci, end_bi) = (nci + 1, nbi + nc.len_utf8());
            } else if nc == ','
                && let Some(skip) = thousands_separator(text, bi, nbi)
            {
                for _ in 0..skip {
                    chars.next();
                }
            } else if matches!(nc, '\'' | '’' | '-' | '.' | '&')
                && text[nbi + nc.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric)
            {
                chars.next();
            } else {
                break;
            }
        }
        // Keep the final period of a dotted acronym such as "U.S.".
        let word = &text[bi..end_bi];
        let (end_ci, end_bi) = if word.contains('.') && text[end_bi..].starts_with('.') {
            (end_ci + 1, end_bi + 1)
        } else {
            (end_ci, end_bi)
        };
        tokens.push(Token { text: &text[bi..end_bi], span: Span::new(base + ci, base + end_ci) });
    }
    tokens
}

/// How many characters the comma at byte `comma` takes, with the space after it, when it separates the thousands of
/// the figure that starts at byte `start`: "20,000", and "20, 000" as some pages space it. The figure so far must be
/// one to three digits and its groups, and exactly three digits must follow. A spaced comma after a month is a
/// date's ("May 5, 300 people"), not a separator.
fn thousands_separator(text: &str, start: usize, comma: usize) -> Option<usize> {
    let figure = &text[start..comma];
    let first = figure.split(',').next().unwrap_or("");
    let grouped = figure.split(',').skip(1).all(|g| g.trim_start().len() == 3);
    if !(1..=3).contains(&first.len()) || !figure.bytes().all(|b| b.is_ascii_digit() || b == b',' || b == b' ') {
        return None;
    }
    let rest = &text[comma + 1..];
    let spaced = rest.starts_with(' ');
    let group = &rest.as_bytes()[usize::from(spaced)..];
    let three = group.len() >= 3 && group[..3].iter().all(u8::is_ascii_digit);
    let ends = group.get(3).is_none_or(|b| !b.is_ascii_alphanumeric());
    let after_month = || {
        let before = text[..start].trim_end();
        let word = before.rsplit(|c: char| !c.is_alphabetic() && c != '.').next().unwrap_or("");
        crate::assets::MONTHS.line_of(&word.trim_end_matches('.').to_lowercase()).is_some()
    };
    (grouped && three && ends && !(spaced && after_month())).then_some(1 + usize::from(spaced))
}

/// The text with the space taken out of every spaced thousands separator, as the tokenizer finds them
/// ([`thousands_separator`]): "20, 000 people" as "20,000 people", for readers that split at white space.
pub fn closed_thousands(text: &str) -> Cow<'_, str> {
    if !text.contains(", ") {
        return Cow::Borrowed(text);
    }
    let tokens = tokenize(text, 0);
    let spaced: Vec<&Token> = tokens.iter().filter(|t| t.text.contains(", ")).collect();
    if spaced.is_empty() {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for figure in spaced {
        let start = figure.byte_offset(text);
        out.push_str(&text[from..start]);
        out.push_str(&figure.text.replace(", ", ","));
        from = start + figure.text.len();
    }
    out.push_str(&text[from..]);
    Cow::Owned(out)
}

/// Common English function words that carry no content.
pub fn is_stopword(lower: &str) -> bool {
    crate::assets::STOPWORDS.contains(lower)
}

/// Whether a name, in lower case, names a country, a US state, a world region or a capital: a place, which speaks
/// for the government that sits there ("Russia said", "Moscow warned").
pub fn is_place_name(lower: &str) -> bool {
    crate::assets::REGIONS.contains(lower) || crate::assets::CAPITALS.contains(lower)
}

/// Whether a lower-case word is an auxiliary or a modal that opens a verb phrase after its subject: "has led", "was
/// caught", "would stay".
pub fn is_finite_auxiliary(lower: &str) -> bool {
    matches!(
        lower,
        "has"
            | "have"
            | "had"
            | "is"
            | "are"
            | "was"
            | "were"
            | "will"
            | "would"
            | "can"
            | "could"
            | "may"
            | "might"
            | "should"
            | "must"
            | "did"
    )
}

/// Whether a lower-case word is a form of "be" that makes the participle after it passive: "was declared",
/// "will be announced".
pub fn is_form_of_be(lower: &str) -> bool {
    matches!(lower, "be" | "been" | "being" | "is" | "are" | "was" | "were")
}

/// A word without the contracted verb or "not" it ends with: "I" of "I've", "she" of "she’d", "do" of "don't";
/// the word itself when it ends with none, or is nothing but the clitic.
pub fn without_clitic(word: &str) -> &str {
    ["'s", "'m", "'re", "'ve", "'ll", "'d", "n't", "’s", "’m", "’re", "’ve", "’ll", "’d", "n’t"]
        .iter()
        .find_map(|c| word.strip_suffix(c).filter(|w| !w.is_empty()))
        .unwrap_or(word)
}

/// Whether a word is an acronym of 2 to 6 capitals and nothing else ("WH", "FBI", "AIPAC"; not "U.S.").
pub fn is_bare_acronym(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.chars().all(|c| c.is_ascii_uppercase())
}

/// The initials of a name of two or more words, as an acronym would write them: of its capitalised words but a
/// leading "The" ("Federal Bureau of Investigation": "FBI", "The Associated Press": "AP"), and of all its words
/// ("Trans-Pacific Partnership": "TPP", "The Hollywood Reporter": "THR"). Empty for a name of one word.
pub fn initials(name: &str) -> [String; 2] {
    let words: Vec<&str> = name.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let of = |capitalised_only: bool| -> String {
        if words.len() < 2 {
            return String::new();
        }
        let skip = usize::from(capitalised_only && words[0] == "The");
        words[skip..]
            .iter()
            .filter_map(|w| w.chars().next())
            .filter(|c| !capitalised_only || c.is_uppercase())
            .flat_map(char::to_uppercase)
            .collect()
    };
    [of(true), of(false)]
}

/// Whether `short` is an acronym ([`is_bare_acronym`]) of the initials of `long` ([`initials`]): "WH" of "the White
/// House".
pub fn is_initialism(short: &str, long: &str) -> bool {
    let short = short.trim();
    is_bare_acronym(short) && initials(long).iter().any(|i| i == short)
}

/// How many stems each thread remembers before it starts again: news vocabulary repeats, so most words hit.
const STEM_CACHE: usize = 1 << 16;

/// The Porter2 (Snowball English) stem of a lower-case word.
pub fn stem(lower: &str) -> String {
    static STEMMER: LazyLock<Stemmer> = LazyLock::new(|| Stemmer::create(Algorithm::English));
    thread_local! {
        static CACHE: RefCell<HashMap<Box<str>, Box<str>>> = RefCell::new(HashMap::new());
    }
    CACHE.with_borrow_mut(|cache| {
        if let Some(found) = cache.get(lower) {
            return found.to_string();
        }
        let stemmed = STEMMER.stem(lower).into_owned();
        if cache.len() >= STEM_CACHE {
            cache.clear();
        }
        cache.insert(lower.into(), stemmed.as_str().into());
        stemmed
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_clitic_comes_off_its_host() {
        assert_eq!((without_clitic("i’m"), without_clitic("'s"), without_clitic("smith's")), ("i", "'s", "smith"));
        assert_eq!((without_clitic("don't"), without_clitic("report")), ("do", "report"));
    }

    #[test]
    fn an_initialism_is_made_of_a_names_initials() {
        assert!(is_initialism("FBI", "Federal Bureau of Investigation") && is_initialism("WH", "the White House"));
        assert!(is_initialism("TPP", "Trans-Pacific Partnership") && is_initialism("AP", "Associated Press"));
        assert!(is_initialism("AP", "The Associated Press") && is_initialism("THR", "The Hollywood Reporter"));
        assert!(!is_initialism("AP", "Press") && !is_initialism("Fbi", "Federal Bureau of Investigation"));
        assert!(!is_initialism("NBC", "National Broadcasting") && !is_initialism("ABCDEFG", "A B C D E F G"));
    }

    #[test]
    fn a_figure_with_thousands_separators_is_one_token_but_a_date_and_a_count_are_two() {
        fn words(text: &str) -> Vec<&str> {
            tokenize(text, 0).into_iter().map(|t| t.text).collect()
        }
        assert_eq!(words("as many as 20,000 people"), ["as", "many", "as", "20,000", "people"]);
        assert_eq!(
            words("some 20, 000 scientists and 1,234,567 votes"),
            ["some", "20, 000", "scientists", "and", "1,234,567", "votes"]
        );
        assert_eq!(words("On May 5, 300 marched"), ["On", "May", "5", "300", "marched"]);
        assert_eq!(
            words("in 2008, 200 died; 1,20 and 12,3456"),
            ["in", "2008", "200", "died", "1", "20", "and", "12", "3456"]
        );
        assert_eq!(
            closed_thousands("some 20, 000 or 1, 300, 000 on May 5, 300"),
            "some 20,000 or 1,300,000 on May 5, 300"
        );
    }

    #[test]
    fn stopwords_are_function_words() {
        assert!(is_stopword("the") && is_stopword("yourself") && !is_stopword("kremlin"));
    }

    #[test]
    fn tokens_keep_acronyms_contractions_and_offsets() {
        let text = "“The U.S. didn’t—” said Putin’s aide, 3.5 km.";
        let toks: Vec<&str> = tokenize(text, 10).iter().map(|t| t.text).collect();
        assert_eq!(toks, vec!["The", "U.S.", "didn’t", "said", "Putin’s", "aide", "3.5", "km"]);
        let t = &tokenize(text, 10)[0];
        assert_eq!(t.span, Span::new(11, 14));
    }

    #[test]
    fn stems_collapse_inflections() {
        assert_eq!(stem("detained"), stem("detain"));
        assert_eq!(stem("attacks"), "attack");
    }
}
