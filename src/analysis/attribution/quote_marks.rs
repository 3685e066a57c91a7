//! Finds the spans between quote marks, paragraph by paragraph, joining AP-style quotes that run on: double marks
//! first, then single marks (British style, and headlines) outside them.

use crate::model::Span;

/// What a quote mark can do at its place in the text.
#[derive(Clone, Copy, PartialEq)]
enum Mark {
    Opening,
    Closing,
    /// A straight mark, which opens or closes by what is open.
    Straight,
}

/// Double marks: curly ones open or close, a straight one does either, and so does a pair of straight single
/// marks, as some archives write a double mark (''like this''), read at its first mark.
fn double_mark(chars: &[char], i: usize) -> Option<Mark> {
    match chars[i] {
        '“' | '„' | '«' => Some(Mark::Opening),
        '”' | '»' => Some(Mark::Closing),
        '"' => Some(Mark::Straight),
        '\'' => (in_run(chars, i) == Some(InRun::PairFirst)).then_some(Mark::Straight),
        _ => None,
    }
}

/// Where a straight single mark stands in a run of two or three.
#[derive(Clone, Copy, PartialEq)]
enum InRun {
    /// The first mark of the pair that writes a double mark.
    PairFirst,
    PairSecond,
    /// The single mark of a run of three, where a quote within a quote meets its outer quote: first when the run
    /// closes, after a word ("a special case,'''"), last when it opens.
    Single {
        closes: bool,
    },
}

/// The place of the straight mark at `i` in its run of straight marks; `None` outside runs of two or three. It
/// looks no further than three marks either way, so that a long run costs no more than a short one.
fn in_run(chars: &[char], i: usize) -> Option<InRun> {
    if chars.get(i) != Some(&'\'') {
        return None;
    }
    let before = (i.saturating_sub(3)..i).rev().take_while(|&k| chars[k] == '\'').count();
    let after = (i + 1..chars.len().min(i + 4)).take_while(|&k| chars[k] == '\'').count();
    let (start, end) = (i - before, i + after + 1);
    let closes = start > 0 && !chars[start - 1].is_whitespace();
    let single = match end - start {
        2 => None,
        3 => Some(if closes { start } else { start + 2 }),
        _ => return None,
    };
    if single == Some(i) {
        return Some(InRun::Single { closes });
    }
    let pair = if single == Some(start) { start + 1 } else { start };
    Some(if i == pair { InRun::PairFirst } else { InRun::PairSecond })
}

/// Single marks, told from apostrophes. ‘ opens, and ' opens after a space and before a word. ’ and ' are
/// apostrophes between two letters or digits ("don’t", "Putin's"), before a word after a space ("’90s"), before or
/// after a lone "s" where a text set its tokens apart ("the movie’ s", "Beaufoy ‘s"), after a lower-case plural
/// before a lower-case word ("the players’ union"), and before a decade ("the ’80s", "the '80s"); anywhere else
/// they close. Of two or three straight marks in a row, two are a double mark ([`in_run`]).
fn single_mark(chars: &[char], i: usize) -> Option<Mark> {
    if !matches!(chars[i], '‘' | '’' | '\'') {
        return None;
    }
    let at = |k: Option<usize>| k.and_then(|k| chars.get(k)).copied();
    let (prev, next) = (at(i.checked_sub(1)), at(Some(i + 1)));
    let word = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let spaced = prev.is_none_or(|c| c.is_whitespace() || "([{\u{2014}\u{2013}".contains(c));
    let lone_s = |k: usize| at(Some(k)) == Some('s') && !word(at(Some(k + 1)));
    let split_s = lone_s(i + 1) || (next.is_some_and(char::is_whitespace) && lone_s(i + 2));
    let plural = {
        let start = (0..i).rev().take_while(|&k| chars[k].is_alphabetic()).last();
        prev == Some('s') && start.is_some_and(|k| chars[k].is_lowercase())
    };
    let decade = (i + 1..chars.len())
        .find(|&k| !chars[k].is_ascii_digit())
        .is_some_and(|k| k > i + 1 && chars[k] == 's' && !word(at(Some(k + 1))));
    let possessive = plural && next.is_some_and(char::is_whitespace) && at(Some(i + 2)).is_some_and(char::is_lowercase);
    match chars[i] {
        '‘' | '’' | '\'' if split_s || decade => None,
        '\'' if prev == Some('\'') || next == Some('\'') => match in_run(chars, i) {
            Some(InRun::Single { closes: true }) => Some(Mark::Closing),
            Some(InRun::Single { closes: false }) => Some(Mark::Opening),
            _ => None,
        },
        '‘' => Some(Mark::Opening),
        '’' | '\'' if word(prev) && word(next) => None,
        '’' | '\'' if spaced && word(next) => (chars[i] == '\'').then_some(Mark::Opening),
        '’' | '\'' if possessive => None,
        '’' | '\'' => Some(Mark::Closing),
        _ => None,
    }
}

/// A quote that ran off the end of a paragraph without closing.
struct RunOn {
    start: usize,
    /// The end of the paragraph it ran off.
    para_end: usize,
    /// True when the quote opened the paragraph, so that the paragraph is a quote that lost its closing mark.
    opened_paragraph: bool,
    /// How many paragraphs without a quote mark it has run through since.
    unmarked: usize,
    /// What it quotes opens with a capital letter, as a quoted sentence does: only such a quote runs through
    /// paragraphs without a mark.
    opens_sentence: bool,
}

/// How many paragraphs without a quote mark a quote that ran off its paragraph may run through, as in text set a
/// sentence a line ("“He has style.\nHe has elegance.\nHe is the ideal choice.”").
const UNMARKED_RUN: usize = 2;

/// The spans of quoted passages, quote marks included, in text order: those between double marks, and those
/// between single marks that stand outside them and hold a word of two letters or more. A passage in double marks
/// within single ones is a quote within a quote, and only the outer one counts.
pub(super) fn quote_spans(chars: &[char], paragraphs: &[Span]) -> Vec<Span> {
    // A double mark written as two single ones ends a span at its first mark: the span takes in the second.
    let double: Vec<Span> = marked_spans(chars, paragraphs, double_mark)
        .into_iter()
        .map(|s| match in_run(chars, s.end - 1) {
            Some(InRun::PairFirst) => Span::new(s.start, s.end + 1),
            _ => s,
        })
        .collect();
    let within = |spans: &[Span], i: usize| {
        let k = spans.partition_point(|s| s.end <= i);
        spans.get(k).is_some_and(|s| s.start <= i)
    };
    let single: Vec<Span> = marked_spans(chars, paragraphs, |c, i| single_mark(c, i).filter(|_| !within(&double, i)))
        .into_iter()
        .filter(|s| chars[s.start..s.end].split(|c| !c.is_alphanumeric()).any(|w| w.len() >= 2))
        .collect();
    // The single spans do not overlap, so the one that may hold a double span is the last to open before it.
    let inside_single = |d: &Span| {
        let k = single.partition_point(|s| s.start < d.start);
        k > 0 && d.end < single[k - 1].end
    };
    let mut out: Vec<Span> = double.into_iter().filter(|d| !inside_single(d)).collect();
    out.extend(single);
    out.sort_by_key(|s| s.start);
    out
}

/// The spans between the quote marks that `mark` reads. A paragraph that ends inside an open quote and is followed
/// by a paragraph opening with a quote mark continues into it; a quote that never closes is dropped, or ends with
/// its paragraph when it opened that paragraph, so that it cannot spoil what follows.
fn marked_spans(chars: &[char], paragraphs: &[Span], mark: impl Fn(&[char], usize) -> Option<Mark>) -> Vec<Span> {
    let mut out = Vec::new();
    let mut run_on: Option<RunOn> = None;
    for p in paragraphs {
        let (ps, pe) = (p.start.min(chars.len()), p.end.min(chars.len()));
        if ps >= pe {
            continue;
        }
        let first = (ps..pe).find(|&i| !chars[i].is_whitespace());
        let mut open: Option<usize> = None;
        let mut depth = 0usize;
        let mut i = ps;
        if let Some(r) = run_on.take() {
            // A quote that ran on without a mark to reopen it, as in text set a sentence a line, ends at the next
            // paragraph's first mark when that can only close: a curly closing mark ("“The warship challenged
            // them.\nThey fled,” he said."), or a lone straight mark after the paragraph's first word.
            // After paragraphs without a mark, a straight mark closes only after the punctuation that ends what
            // it quotes ("… and to have fun doing it.\"", "… on the other three, \"a spokesperson said").
            let marks: Vec<(usize, Mark)> = (ps..pe).filter_map(|k| Some((k, mark(chars, k)?))).collect();
            let ends_quote = |k: usize| {
                let before = chars[ps..k].iter().rev().find(|c| !c.is_whitespace());
                r.unmarked == 0 || before.is_some_and(|c| matches!(c, '.' | ',' | '!' | '?'))
            };
            let closes_first = match marks.as_slice() {
                [(_, Mark::Closing), ..] => true,
                [(k, Mark::Straight)] => Some(*k) != first && ends_quote(*k),
                _ => false,
            };
            match first.map(|f| (f, mark(chars, f))) {
                Some((f, Some(Mark::Opening | Mark::Straight))) => {
                    open = Some(r.start);
                    depth = 1;
                    i = f + 1;
                }
                _ if closes_first => {
                    open = Some(r.start);
                    depth = 1;
                }
                _ if marks.is_empty() && r.unmarked < UNMARKED_RUN && r.opens_sentence => {
                    run_on = Some(RunOn { unmarked: r.unmarked + 1, ..r });
                    continue;
                }
                _ => {
                    if r.opened_paragraph {
                        out.push(Span::new(r.start, r.para_end));
                    }
                }
            }
        }
        while i < pe {
            match (mark(chars, i), open) {
                (None, _) | (Some(Mark::Closing), None) => {}
                (Some(_), None) => {
                    open = Some(i);
                    depth = 1;
                }
                (Some(Mark::Opening), Some(start)) => {
                    if mark(chars, start) != Some(Mark::Straight) {
                        depth += 1;
                    }
                }
                (Some(_), Some(start)) => {
                    depth -= 1;
                    if depth == 0 {
                        out.push(Span::new(start, i + 1));
                        open = None;
                    }
                }
            }
            i += 1;
        }
        if let Some(start) = open {
            let opened_paragraph = first == Some(start) || (start < ps);
            let para_end = (ps..pe).rev().find(|&i| !chars[i].is_whitespace()).map_or(pe, |i| i + 1);
            let opens_sentence = chars.get(start + 1).is_some_and(|c| c.is_uppercase());
            run_on = Some(RunOn { start, para_end, opened_paragraph, unmarked: 0, opens_sentence });
        }
    }
    if let Some(r) = run_on
        && r.opened_paragraph
    {
        out.push(Span::new(r.start, r.para_end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut paragraphs = Vec::new();
        let mut start = 0;
        for (i, c) in chars.iter().enumerate() {
            if *c == '\n' {
                paragraphs.push(Span::new(start, i));
                start = i + 1;
            }
        }
        paragraphs.push(Span::new(start, chars.len()));
        quote_spans(&chars, &paragraphs).into_iter().map(|s| chars[s.start..s.end].iter().collect()).collect()
    }

    #[test]
    fn straight_and_curly_marks() {
        assert_eq!(run("He said \"yes, now.\" Then “no,” she said."), vec!["\"yes, now.\"", "“no,”"]);
    }

    #[test]
    fn a_quote_runs_on_into_the_next_paragraph() {
        let got = run("“We will go on.\n“And we will win,” he said.");
        assert_eq!(got, vec!["“We will go on.\n“And we will win,”"]);
    }

    #[test]
    fn a_quote_whose_next_line_holds_only_its_closing_mark_runs_on_to_it() {
        let got = run("“The warship challenged them.\nThe skiffs fled the area,” Captain Nambiar said.");
        assert_eq!(got, vec!["“The warship challenged them.\nThe skiffs fled the area,”"]);
        let got = run("He said “this is wrong.\nThe vote was close,” and “fair” too.");
        assert_eq!(got, vec!["“this is wrong.\nThe vote was close,”", "“fair”"]);
        let got = run("\"It's official: I'm hosting!\nI'd like to thank my wife. \"\nThe show airs in March.");
        assert_eq!(got, vec!["\"It's official: I'm hosting!\nI'd like to thank my wife. \""]);
    }

    #[test]
    fn a_quote_runs_on_through_lines_without_a_mark_to_the_line_that_closes_it() {
        let quote =
            "They said, \"He is a star.\nHe also has style.\nHe is the ideal choice.\"\nThe show airs in March.";
        assert_eq!(run(quote), vec!["\"He is a star.\nHe also has style.\nHe is the ideal choice.\""]);
        // A mark after lines without one opens a new quote unless punctuation ends what it would close.
        let typo = "He said \"we won.\nThe crowd cheered.\nThe mayor called it \"historic\" today.";
        assert_eq!(run(typo), vec!["\"historic\""]);
        // A mark that opens a quote in lower case, after the attribution of one that closes sloppily, quotes no
        // sentence and does not run on.
        let sloppy = "\"We saw five boats.\nThey fled.\nTwo got away, \"a spokesperson said.\nSix rifles were seized.";
        assert_eq!(run(sloppy), vec!["\"We saw five boats.\nThey fled.\nTwo got away, \""]);
        let phrase = "He called it \"a plan.\nIt failed.\nThe end.\"";
        assert_eq!(run(phrase), Vec::<String>::new());
        // Three lines without a mark are too many: the open mark is dropped.
        let long = "He said \"we won.\nOne.\nTwo.\nThree.\nIt was over.\"";
        assert_eq!(run(long), Vec::<String>::new());
    }

    #[test]
    fn nested_curly_marks_stay_inside() {
        assert_eq!(run("“He called it “fake” today,” she said."), vec!["“He called it “fake” today,”"]);
    }

    #[test]
    fn an_unclosed_mark_does_not_spoil_the_next_paragraph() {
        let got = run("He said “this is wrong.\nThe vote was \"close\" on Friday.");
        assert_eq!(got, vec!["\"close\""]);
    }

    #[test]
    fn an_opening_quote_that_never_closes_ends_with_its_paragraph() {
        assert_eq!(run("“We are ready to act now.\nOfficials agreed."), vec!["“We are ready to act now."]);
    }

    #[test]
    fn single_marks_quote_outside_double_ones_and_apostrophes_stay_apostrophes() {
        let got = run("‘It’s time we acted,’ the minister said. The players’ union agreed.");
        assert_eq!(got, vec!["‘It’s time we acted,’"]);
        let got = run("'We won't wait,' she said of Mr Smith's plan.");
        assert_eq!(got, vec!["'We won't wait,'"]);
        assert_eq!(run("Rock 'n' roll in the '80s and the ’90s; the movie’ s end."), Vec::<String>::new());
    }

    #[test]
    fn a_quote_within_a_quote_counts_once() {
        assert_eq!(run("‘He called it \"fake\" today,’ she said."), vec!["‘He called it \"fake\" today,’"]);
        assert_eq!(run("“He said ‘no way’ to me,” she said."), vec!["“He said ‘no way’ to me,”"]);
    }

    #[test]
    fn a_single_quote_runs_on_into_the_next_paragraph() {
        let got = run("‘We will go on.\n‘And we will win,’ he said.");
        assert_eq!(got, vec!["‘We will go on.\n‘And we will win,’"]);
    }

    #[test]
    fn two_straight_single_marks_are_a_double_mark() {
        let got = run("''We are told, 'Kosovo is special,''' Mr. Putin said. ''No,'' she said of the '''80s.");
        assert_eq!(got, vec!["''We are told, 'Kosovo is special,'''", "''No,''"]);
    }
}
