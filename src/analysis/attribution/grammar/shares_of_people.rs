//! Shares of the people asked, which speak as a group in news of polls: "26% say", "21 percent of Republicans said",
//! "Six in 10 say", "a majority of those surveyed say".

use super::Reader;
use crate::analysis::attribution::names::{Mention, MentionKind};
use crate::assets::NUMBER_WORDS;
use crate::model::Span;

/// Words that qualify a share before it: "only 49 percent", "a full 79 percent", "nearly half".
const QUALIFIERS: [&str; 11] =
    ["a", "an", "only", "just", "about", "nearly", "almost", "roughly", "some", "full", "fully"];

/// Words that are a share on their own: "half said", "a majority say", "two-thirds of voters say", "many in the
/// crowd said", "some of his aides say".
const SHARE_WORDS: [&str; 13] = [
    "half",
    "majority",
    "minority",
    "third",
    "thirds",
    "quarter",
    "fifth",
    "two-thirds",
    "many",
    "some",
    "most",
    "few",
    "several",
];

/// The most words of the group after "of" or "in": "of likely Republican primary voters".
const MAX_OF_WORDS: usize = 5;

impl Reader<'_> {
    /// A share of people that opens the clause and ends at token `e`, before its cue: the share ("26%", "21 percent",
    /// "Six in 10", "half", "many"), the words that qualify it before, and who they are a share of after "of" or "in".
    /// A group.
    pub(super) fn share_of_people(&self, e: usize, lo: usize) -> Option<Mention> {
        let number = |k: usize| {
            let l = self.lower(k);
            !l.is_empty() && l.bytes().all(|b| b.is_ascii_digit())
                || l.split('-').all(|part| NUMBER_WORDS.contains_key(part))
        };
        // The token after the share that starts at `k`.
        let share_end = |k: usize| -> Option<usize> {
            let l = self.lower(k);
            if number(k) && self.words.between(k, k + 1) == "%" {
                Some(k + 1)
            } else if number(k) && k + 1 < e && self.lower(k + 1) == "percent" {
                Some(k + 2)
            } else if number(k) && k + 2 < e && self.lower(k + 1) == "in" && number(k + 2) {
                Some(k + 3)
            } else {
                SHARE_WORDS.contains(&l).then_some(k + 1)
            }
        };
        // "His critics, many of them Catholics, argue": a share set off by commas describes the subject before it.
        if e == lo || !(self.words.joined(e - 1, e) || self.words.between(e - 1, e) == "%") {
            return None;
        }
        let opens_clause =
            |k: usize| k == lo || self.after_comma(k) || matches!(self.lower(k - 1), "and" | "while" | "but");
        let start = (lo..e).rev().take(MAX_OF_WORDS + 6).filter(|&k| opens_clause(k)).find_map(|k| {
            // "Some of his aides", but "some 20 percent".
            let s = (k..e).find(|&j| share_end(j).is_some() || !QUALIFIERS.contains(&self.lower(j)))?;
            let end = share_end(s)?;
            let of = end == e || matches!(self.lower(end), "of" | "in") && e - end <= MAX_OF_WORDS + 1 && e > end + 1;
            let joined = (k..e - 1).all(|j| self.words.joined(j, j + 1) || j + 1 == end && end == s + 1);
            (of && joined).then_some(k)
        })?;
        let toks = &self.tokens()[start..e];
        let percent = usize::from(self.words.between(e - 1, e) == "%");
        let span = Span::new(toks[0].span.start, toks[toks.len() - 1].span.end + percent);
        let name = self.doc.slice(span).to_string();
        Some(Mention { span, kind: MentionKind::Group, name, role: None })
    }
}
