//! Recognises lines that are not article prose: photo credits, captions with credits, tag lines and prompts.

use crate::assets::{BOILERPLATE_PROMPTS, CREDIT_AGENCIES};

/// True when a paragraph is not article prose and must stay out of claims.
pub(super) fn is_boilerplate(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    if lower.is_empty() {
        return false;
    }
    if BOILERPLATE_PROMPTS.iter().any(|p| lower.starts_with(p)) && (lower.len() < 120 || !ends_like_sentence(&lower)) {
        return true;
    }
    if has_photo_credit(line) {
        return true;
    }
    is_tag_line(line)
}

fn ends_like_sentence(line: &str) -> bool {
    line.trim_end().ends_with(['.', '!', '?', '"', '”', '’', '\''])
}

/// "MIKHAIL KLIMENTYEV/AFP/Getty Images", "(Photo: John Smith/Reuters)", "Photo by Jane Doe/Getty".
fn has_photo_credit(line: &str) -> bool {
    let lower = line.to_lowercase();
    if lower.contains("(photo") || lower.contains("photo by ") || lower.contains("photograph:") {
        return true;
    }
    let tail = lower.trim_end_matches([')', ']', ' ', '.']);
    let slash_credit = tail.rsplit_once('/').is_some_and(|(before, agency)| {
        let agency = agency.trim();
        let by_agency = CREDIT_AGENCIES
            .iter()
            .any(|a| agency.strip_suffix(a).is_some_and(|rest| rest.is_empty() || rest.ends_with(' ')));
        by_agency && !before.ends_with(char::is_whitespace)
    });
    slash_credit || tail.ends_with("getty images") && !ends_like_sentence(line)
}

/// A few lower-case keywords with no sentence punctuation: "trump putin", "politics, russia".
fn is_tag_line(line: &str) -> bool {
    let words: Vec<&str> =
        line.split(|c: char| c.is_whitespace() || c == ',' || c == '|').filter(|w| !w.is_empty()).collect();
    !words.is_empty()
        && words.len() <= 8
        && words.iter().all(|w| w.chars().all(|c| c.is_lowercase() || c == '-' || c == '#' || c.is_ascii_digit()))
        && !ends_like_sentence(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn credits_and_captions_are_boilerplate() {
        assert!(is_boilerplate("Twitter has some concerns MIKHAIL KLIMENTYEV/AFP/Getty Images"));
        assert!(is_boilerplate("The scene on Friday. (Photo: John Smith/Reuters)"));
        assert!(is_boilerplate("JOHN DOE/AP"));
    }

    #[test]
    fn tag_lines_and_prompts_are_boilerplate() {
        assert!(is_boilerplate("trump putin"));
        assert!(is_boilerplate("Read more: Putin and Trump talk again"));
        assert!(is_boilerplate("Share this article"));
        assert!(is_boilerplate("Advertisement"));
    }

    #[test]
    fn prose_and_headlines_are_not() {
        assert!(!is_boilerplate("The Kremlin said the CIA provided Russia with key information."));
        assert!(!is_boilerplate("Lindsay Lohan checks into Betty Ford Center"));
        assert!(!is_boilerplate("He said the ratio was 3/4 of the total."));
        assert!(!is_boilerplate("Reuters reported that talks collapsed on Friday."));
    }
}
