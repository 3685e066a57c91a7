//! Finds the spans between double quote marks, paragraph by paragraph, joining AP-style quotes that run on.

use crate::model::Span;

fn is_opening(c: char) -> bool {
    matches!(c, '“' | '„' | '«')
}

fn is_closing(c: char) -> bool {
    matches!(c, '”' | '»')
}

fn is_mark(c: char) -> bool {
    c == '"' || is_opening(c) || is_closing(c)
}

/// A quote that ran off the end of a paragraph without closing.
struct RunOn {
    start: usize,
    /// The end of the paragraph it ran off.
    para_end: usize,
    /// True when the quote opened the paragraph, so that the paragraph is a quote that lost its closing mark.
    opened_paragraph: bool,
}

/// The spans of quoted passages, quote marks included, in text order. A paragraph that ends inside an open quote
/// and is followed by a paragraph opening with a quote mark continues into it; a quote that never closes is
/// dropped, or ends with its paragraph when it opened that paragraph, so that it cannot spoil what follows.
pub(super) fn quote_spans(chars: &[char], paragraphs: &[Span]) -> Vec<Span> {
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
            let marks: Vec<usize> = (ps..pe).filter(|&k| is_mark(chars[k])).collect();
            let closes_first = match marks.as_slice() {
                [k, ..] if is_closing(chars[*k]) => true,
                [k] => chars[*k] == '"' && Some(*k) != first,
                _ => false,
            };
            match first {
                Some(f) if chars[f] == '"' || is_opening(chars[f]) => {
                    open = Some(r.start);
                    depth = 1;
                    i = f + 1;
                }
                _ if closes_first => {
                    open = Some(r.start);
                    depth = 1;
                }
                _ => {
                    if r.opened_paragraph {
                        out.push(Span::new(r.start, r.para_end));
                    }
                }
            }
        }
        while i < pe {
            let c = chars[i];
            if is_mark(c) {
                match open {
                    None => {
                        if !is_closing(c) {
                            open = Some(i);
                            depth = 1;
                        }
                    }
                    Some(start) => {
                        if is_opening(c) && chars[start] != '"' {
                            depth += 1;
                        } else if !is_opening(c) {
                            depth -= 1;
                            if depth == 0 {
                                out.push(Span::new(start, i + 1));
                                open = None;
                            }
                        }
                    }
                }
            }
            i += 1;
        }
        if let Some(start) = open {
            let opened_paragraph = first == Some(start) || (start < ps);
            let para_end = (ps..pe).rev().find(|&i| !chars[i].is_whitespace()).map_or(pe, |i| i + 1);
            run_on = Some(RunOn { start, para_end, opened_paragraph });
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
}
