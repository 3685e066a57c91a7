//! Sentence splitting: Unicode sentence bounds, then a pass that undoes the breaks news prose does not want.

use crate::assets::{ABBREVIATIONS, QUOTE_ATTRIBUTION_VERBS, SENTENCE_OPENERS};
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// Splits a paragraph into sentences, returning trimmed byte ranges in order.
pub fn split_sentences(paragraph: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let pieces = paragraph.split_sentence_bound_indices().flat_map(|(start, piece)| split_after_acronyms(start, piece));
    for (start, piece) in pieces {
        let lead = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        if trimmed.is_empty() {
            continue;
        }
        let range = start + lead..start + lead + trimmed.len();
        match out.last_mut() {
            Some(prev) if continues(&paragraph[prev.clone()], trimmed) => prev.end = range.end,
            _ => out.push(range),
        }
    }
    out
}

/// Unicode bounds never break after a dotted acronym ("the U.S. The trip"); break there before a sentence opener.
fn split_after_acronyms(start: usize, piece: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    for (i, _) in piece.match_indices(". ") {
        let before = &piece[from..=i];
        let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
        let after = piece[i + 2..].trim_start();
        let opener = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
        let capitalised = opener.chars().next().is_some_and(char::is_uppercase);
        if is_dotted_acronym(word.trim_end_matches('.'))
            && capitalised
            && SENTENCE_OPENERS.contains(opener.to_lowercase().as_str())
        {
            out.push((start + from, &piece[from..=i]));
            from = i + 1;
        }
    }
    out.push((start + from, &piece[from..]));
    out
}

/// True when `next` continues the sentence `prev` rather than starting a new one.
fn continues(prev: &str, next: &str) -> bool {
    let Some(first) = next.chars().next() else { return true };
    if first.is_lowercase() || matches!(first, ',' | ';' | ':' | ')' | ']' | '”' | '’' | '»') {
        return true;
    }
    if first.is_ascii_digit()
        && prev.ends_with(|c: char| c.is_ascii_digit() || c == '.')
        && ends_with_number_abbrev(prev)
    {
        return true;
    }
    let last_word = prev.rsplit(char::is_whitespace).next().unwrap_or(prev);
    if let Some(stem) = last_word.strip_suffix('.') {
        let bare = stem.trim_start_matches(['(', '"', '“', '\'', '‘']);
        if ABBREVIATIONS.contains(bare.to_lowercase().as_str()) {
            return true;
        }
        if is_dotted_acronym(bare) {
            let opener = next.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("").to_lowercase();
            return !SENTENCE_OPENERS.contains(opener.as_str());
        }
        if is_initial(bare) {
            return true;
        }
    }
    quote_then_attribution(prev, next)
}

fn ends_with_number_abbrev(prev: &str) -> bool {
    let last = prev.rsplit(char::is_whitespace).next().unwrap_or("").to_lowercase();
    last == "no." || last == "nos."
}

/// "J" or "J.R" as in "J. K. Rowling" or "J.R. Smith".
fn is_initial(word: &str) -> bool {
    let letters: Vec<char> = word.chars().filter(|c| *c != '.').collect();
    !letters.is_empty() && letters.len() <= 2 && letters.iter().all(|c| c.is_uppercase()) && {
        let dots = word.matches('.').count();
        letters.len() == 1 || dots + 1 == letters.len()
    }
}

/// "U.S", "U.N", "D.C": letters separated by periods.
fn is_dotted_acronym(word: &str) -> bool {
    word.len() >= 3
        && word.contains('.')
        && word.split('.').all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic))
}

/// `"Why now?" Smith asked.`: a question or exclamation in quotes, double or single, followed by a short
/// attribution.
fn quote_then_attribution(prev: &str, next: &str) -> bool {
    let closing = ['"', '”', '’', '\''];
    let quote_close = prev.trim_end().ends_with(closing);
    let before_close = prev.trim_end().trim_end_matches(closing);
    if !quote_close || !before_close.ends_with(['?', '!']) {
        return false;
    }
    let words: Vec<String> = next
        .split_whitespace()
        .take(6)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
        .collect();
    next.split_whitespace().count() <= 12 && words.iter().any(|w| QUOTE_ATTRIBUTION_VERBS.contains(w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(p: &str) -> Vec<&str> {
        split_sentences(p).into_iter().map(|r| &p[r]).collect()
    }

    #[test]
    fn honorifics_and_place_abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("Mr. Smith met Dr. Jones in St. Petersburg. They talked."),
            vec!["Mr. Smith met Dr. Jones in St. Petersburg.", "They talked."]
        );
    }

    #[test]
    fn us_ends_a_sentence_only_before_an_opener() {
        assert_eq!(split("The U.S. Army said so."), vec!["The U.S. Army said so."]);
        assert_eq!(split("He flew to the U.S. The trip was long."), vec!["He flew to the U.S.", "The trip was long."]);
    }

    #[test]
    fn initials_decimals_and_ellipses() {
        assert_eq!(split("J. K. Rowling wrote it. It sold."), vec!["J. K. Rowling wrote it.", "It sold."]);
        assert_eq!(split("Growth was 3.5 percent. Prices rose."), vec!["Growth was 3.5 percent.", "Prices rose."]);
        assert_eq!(split("He paused... and then he left. Done."), vec!["He paused... and then he left.", "Done."]);
    }

    #[test]
    fn closing_quote_keeps_its_attribution() {
        assert_eq!(
            split("\"Locker room talk?\" one Twitter user questioned."),
            vec!["\"Locker room talk?\" one Twitter user questioned."]
        );
        assert_eq!(split("“Why now?” Smith asked. Nobody knew."), vec!["“Why now?” Smith asked.", "Nobody knew."]);
        assert_eq!(split("‘Why now?’ Smith asked. Nobody knew."), vec!["‘Why now?’ Smith asked.", "Nobody knew."]);
    }

    #[test]
    fn numbered_items_stay_whole() {
        assert_eq!(split("He ranked No. 1 in the poll."), vec!["He ranked No. 1 in the poll."]);
    }
}
