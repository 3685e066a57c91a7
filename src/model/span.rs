//! Character spans and the index that turns them into byte ranges of a string.

use serde::{Deserialize, Serialize};

/// A half-open range of character offsets (Unicode scalar values) into a document's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    /// The offset of the first character in the span.
    pub start: usize,
    /// The offset just past the last character in the span.
    pub end: usize,
}

impl Span {
    /// The span from `start` up to but not including `end`; `start` must not be past `end`.
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span {start}..{end} is reversed");
        Span { start, end }
    }

    /// The number of characters in the span.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span holds no characters.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when `other` lies wholly inside this span.
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// True when the character at `offset` lies inside the span.
    pub fn contains_offset(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    /// The number of characters the two spans share.
    pub fn overlap(&self, other: Span) -> usize {
        self.end.min(other.end).saturating_sub(self.start.max(other.start))
    }

    /// True when the spans share a character; spans that only touch do not.
    pub fn intersects(&self, other: Span) -> bool {
        self.overlap(other) > 0
    }

    /// The smallest span that covers both.
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Values at spans, sorted by where the spans start, with the furthest end up to each: finds the spans that
/// overlap a span without scanning them all.
#[derive(Clone, Debug)]
pub struct OverlapIndex<T> {
    items: Vec<(Span, T)>,
    reach: Vec<usize>,
}

impl<T> OverlapIndex<T> {
    /// Sorts the items by start, keeping the given order among equal starts.
    pub fn new(mut items: Vec<(Span, T)>) -> Self {
        items.sort_by_key(|(s, _)| s.start);
        let reach = items
            .iter()
            .scan(0, |r, (s, _)| {
                *r = (*r).max(s.end);
                Some(*r)
            })
            .collect();
        OverlapIndex { items, reach }
    }

    /// The items whose spans overlap `span`, the latest start first.
    pub fn overlapping(&self, span: Span) -> impl Iterator<Item = &(Span, T)> {
        let upper = self.items.partition_point(|(s, _)| s.start < span.end);
        (0..upper)
            .rev()
            .take_while(move |&k| self.reach[k] > span.start)
            .map(|k| &self.items[k])
            .filter(move |(s, _)| s.intersects(span))
    }
}

/// Converts between character offsets and byte offsets of one string.
///
/// Build it once per text. It records only the characters outside ASCII, so it stays small for news text (a few
/// curly quotes and dashes a paragraph); lookups are O(1) for ASCII text and a binary search over those
/// characters otherwise.
#[derive(Clone, Debug, Default)]
pub struct CharIndex {
    /// Each character outside ASCII, in text order.
    wide: Vec<WideChar>,
    len_chars: usize,
}

/// A character of more than one byte: its character offset and the byte offset just past it.
#[derive(Clone, Copy, Debug)]
struct WideChar {
    char: usize,
    byte_end: usize,
}

impl CharIndex {
    /// Records where the characters outside ASCII lie in `text`.
    pub fn new(text: &str) -> Self {
        let mut wide = Vec::new();
        let mut chars = 0;
        let mut at = 0;
        // Only the bytes from the first non-ASCII one on need decoding.
        while let Some(skip) = text.as_bytes()[at..].iter().position(|b| !b.is_ascii()) {
            chars += skip;
            at += skip;
            let c = text[at..].chars().next().map_or(1, char::len_utf8);
            at += c;
            wide.push(WideChar { char: chars, byte_end: at });
            chars += 1;
        }
        chars += text.len() - at;
        CharIndex { wide, len_chars: chars }
    }

    /// The number of characters in the text.
    pub fn len_chars(&self) -> usize {
        self.len_chars
    }

    /// The byte offset of a character offset; offsets past the end clamp to the text's length.
    pub fn byte(&self, char_offset: usize) -> usize {
        let c = char_offset.min(self.len_chars);
        match self.wide.partition_point(|w| w.char < c).checked_sub(1) {
            None => c,
            Some(k) => self.wide[k].byte_end + (c - self.wide[k].char - 1),
        }
    }

    /// The character offset of a byte offset, which must lie on a character boundary (or it rounds down).
    pub fn char(&self, byte_offset: usize) -> usize {
        let k = self.wide.partition_point(|w| w.byte_end <= byte_offset);
        let c = match k.checked_sub(1) {
            None => byte_offset,
            Some(p) => self.wide[p].char + 1 + (byte_offset - self.wide[p].byte_end),
        };
        // Inside the next wide character: round down to its start.
        let c = self.wide.get(k).map_or(c, |w| c.min(w.char));
        c.min(self.len_chars)
    }

    /// The byte range of a character span, to slice the string or lay it out.
    pub fn byte_range(&self, span: Span) -> std::ops::Range<usize> {
        self.byte(span.start)..self.byte(span.end)
    }

    /// The character span of a byte range, each end rounded down to a character boundary.
    pub fn span_of_bytes(&self, range: std::ops::Range<usize>) -> Span {
        Span::new(self.char(range.start), self.char(range.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn overlap_index_finds_every_overlapping_span_latest_start_first() {
        let spans = [(0, 50), (5, 8), (10, 12), (12, 20), (30, 31)];
        let index = OverlapIndex::new(spans.iter().rev().map(|&(a, b)| (Span::new(a, b), a)).collect());
        let found = |a, b| index.overlapping(Span::new(a, b)).map(|&(_, v)| v).collect::<Vec<_>>();
        assert_eq!(found(11, 13), vec![12, 10, 0], "the long first span is reached past the short ones");
        assert_eq!(found(8, 10), vec![0], "touching is not overlapping");
        assert_eq!(found(40, 60), vec![0]);
        assert_eq!(found(60, 70), Vec::<usize>::new());
    }

    #[test]
    fn char_index_maps_multibyte_text_both_ways() {
        let text = "a“b”é😀z";
        let idx = CharIndex::new(text);
        assert_eq!(idx.len_chars(), 7);
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            assert_eq!(idx.byte(ci), bi);
            assert_eq!(idx.char(bi), ci);
        }
        assert_eq!(idx.byte(7), text.len());
        assert_eq!(&text[idx.byte_range(Span::new(5, 7))], "😀z");
    }

    proptest::proptest! {
        #[test]
        fn char_index_agrees_with_decoding_every_character(text in "[a-c“”é😀 \\n]{0,40}", probe in 0usize..200) {
            let idx = CharIndex::new(&text);
            let starts: Vec<usize> = text.char_indices().map(|(b, _)| b).chain([text.len()]).collect();
            proptest::prop_assert_eq!(idx.len_chars(), starts.len() - 1);
            for (ci, &bi) in starts.iter().enumerate() {
                proptest::prop_assert_eq!(idx.byte(ci), bi);
                proptest::prop_assert_eq!(idx.char(bi), ci);
            }
            proptest::prop_assert_eq!(idx.byte(probe), starts[probe.min(starts.len() - 1)]);
            // A byte offset inside a character, or past the end, rounds down.
            let expected = starts.iter().rposition(|&b| b <= probe).unwrap_or(0);
            proptest::prop_assert_eq!(idx.char(probe), expected);
        }
    }

    #[test]
    fn overlap_and_cover() {
        let a = Span::new(2, 8);
        let b = Span::new(6, 10);
        assert_eq!(a.overlap(b), 2);
        assert_eq!(a.cover(b), Span::new(2, 10));
        assert!(!a.intersects(Span::new(8, 9)));
    }
}
