//! How a word reads in its sentence: whether it opens a clause, closes a name, denies a bound, places a moment or
//! tells of an event in the passive.

use crate::analysis::text::{Token, is_form_of_be, is_stopword, lower_form};
use crate::assets::CLAUSE_OPENERS;

/// Whether the cue at token `i` is a passive that tells of an event rather than of a source: "the start will be
/// announced on October 5", but not "it was reported that …", whose source goes unnamed.
pub(super) fn passive_event(tokens: &[Token], i: usize) -> bool {
    let lower = |k: usize| tokens.get(k).map(|t| lower_form(t.text));
    let passive = i > 0 && lower(i - 1).is_some_and(|w| is_form_of_be(&w));
    passive && lower(i + 1).is_none_or(|w| &*w != "that")
}

/// Whether the words before an ordinal open a phrase of time or place: a preposition such as "in", "into" or "by"
/// right before it or before its article ("late in the fifth round", "by the second day", "in the sixth").
pub(super) fn places_a_moment(before: &[Token]) -> bool {
    let words = before.iter().rev().take(3).map(|t| lower_form(t.text));
    let mut words = words.skip_while(|w| matches!(&**w, "the" | "a" | "its" | "their"));
    words.next().is_some_and(|w| MOMENT_PREPOSITIONS.contains(&&*w))
}

/// The prepositions that make an ordinal's phrase a moment of the event.
const MOMENT_PREPOSITIONS: [&str; 10] =
    ["in", "into", "during", "by", "after", "before", "until", "through", "at", "on"];

/// Whether the negation at the `i`-th token denies a bound, not a fact: a comparison with "than" follows it in its
/// clause ("never hit fewer than 26 homers", "no team has offered more than eight years"). The amounts read the
/// bound it leaves.
pub(super) fn denies_a_bound(tokens: &[Token], i: usize, text: &str) -> bool {
    for pair in tokens[i..].windows(2).take(BOUND_REACH) {
        let lower = lower_form(pair[1].text);
        if opens_clause(gap(text, &pair[0], &pair[1]).unwrap_or(""), &lower) {
            return false;
        }
        if lower == "than" {
            return true;
        }
    }
    false
}

/// How many words after a negation its comparison may end: "no team involved has offered a contract longer than".
const BOUND_REACH: usize = 8;

/// Whether the `i`-th token closes a name of several words: a capitalised word other than a function word ("The",
/// "Both") runs into it with only spaces between, and no capitalised word follows it that way.
pub(super) fn ends_a_name(tokens: &[Token], i: usize, text: &str) -> bool {
    let joined = |x: &Token, y: &Token| gap(text, x, y).is_some_and(|g| g.chars().all(char::is_whitespace));
    let after_a_capital = i > 0
        && tokens[i - 1].is_capitalised()
        && !is_stopword(&lower_form(tokens[i - 1].text))
        && joined(&tokens[i - 1], &tokens[i]);
    let before_a_capital = tokens.get(i + 1).is_some_and(|next| next.is_capitalised() && joined(&tokens[i], next));
    after_a_capital && !before_a_capital
}

/// Whether a word opens a new clause of its sentence: the text since the word before holds a comma, semicolon,
/// colon, dash or bracket, or the word is one that opens clauses ([`CLAUSE_OPENERS`]: "and", "but", "which", …).
pub(super) fn opens_clause(gap: &str, lower: &str) -> bool {
    gap.contains([',', ';', ':', '(', ')', '\u{2014}', '\u{2013}'])
        || gap.contains("--")
        || CLAUSE_OPENERS.contains(lower)
}

/// The text between two tokens of `text`, the first before the second.
fn gap<'t>(text: &'t str, x: &Token, y: &Token) -> Option<&'t str> {
    text.get(x.byte_offset(text) + x.text.len()..y.byte_offset(text))
}
