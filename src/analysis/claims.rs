//! Segments a document into claims and ties each to the quotes, speaker and readout it carries.

use super::Attribution;
use crate::model::{Claim, ClaimId, ClaimKind, Document, OverlapIndex, Quote, QuoteKind, Span};

/// One claim per sentence, in text order; a sentence whose independent clauses are joined by a semicolon gives one
/// claim per clause.
pub(super) fn segment_claims(doc: &Document, found: &Attribution) -> Vec<Claim> {
    let chars: Vec<char> = doc.text.chars().collect();
    let mut claims = Vec::new();
    let quotes = OverlapIndex::new(found.quotes.iter().map(|q| (q.span, q)).collect());
    let overlapping = |span: Span| -> Vec<&Quote> {
        let mut out: Vec<&Quote> = quotes.overlapping(span).map(|&(_, q)| q).collect();
        out.reverse();
        out
    };
    // The readouts by where their evidence starts, to find one inside a claim without scanning them all.
    let mut evidence: Vec<(Span, usize)> = found.readouts.iter().enumerate().map(|(k, r)| (r.evidence, k)).collect();
    evidence.sort_by_key(|&(e, k)| (e.start, k));
    let readout_inside = |span: Span| {
        let from = evidence.partition_point(|(e, _)| e.start < span.start);
        let inside =
            evidence[from..].iter().take_while(|(e, _)| e.start <= span.end).filter(|(e, _)| span.contains(*e));
        inside.map(|&(_, k)| k).min().map(|k| found.readouts[k].id)
    };
    for (i, &s) in doc.sentences.iter().enumerate() {
        for span in split_clauses(&chars, s, found) {
            let quotes = overlapping(span);
            let quoted = quotes.iter().any(|q| q.kind != QuoteKind::Indirect);
            let kind = if quoted {
                ClaimKind::Quote
            } else if !quotes.is_empty() {
                ClaimKind::Attribution
            } else if is_background(&chars, span) {
                ClaimKind::Background
            } else {
                ClaimKind::Statement
            };
            let speaker = quotes.iter().find_map(|q| q.speaker);
            let readout = quotes.iter().find_map(|q| q.readout).or_else(|| readout_inside(span));
            claims.push(Claim {
                id: ClaimId { doc: doc.id, index: claims.len() as u32 },
                span,
                sentence: i,
                kind,
                speaker,
                readout,
                quotes: quotes.iter().map(|q| q.id).collect(),
                by_user: false,
                note: None,
            });
        }
    }
    claims
}

/// Splits a sentence at semicolons outside quotes when both sides are clauses of a few words.
fn split_clauses(chars: &[char], s: Span, found: &Attribution) -> Vec<Span> {
    let (start, end) = (s.start.min(chars.len()), s.end.min(chars.len()));
    let words = |a: usize, b: usize| chars[a..b].split(|c| c.is_whitespace()).filter(|w| !w.is_empty()).count();
    let mut out = Vec::new();
    let mut from = start;
    for i in start..end {
        if chars[i] == ';'
            && words(from, i) >= 4
            && words(i + 1, end) >= 4
            && !found.quotes.iter().any(|q| q.kind != QuoteKind::Indirect && q.span.contains_offset(i))
        {
            out.push(Span::new(from, i + 1));
            from = (i + 1..end).find(|&k| !chars[k].is_whitespace()).unwrap_or(end);
        }
    }
    out.push(Span::new(from, end));
    out
}

/// Context rather than news: a sentence that opens on a past year ("In 2017, …") or tells how long something has
/// lasted ("has been … since").
fn is_background(chars: &[char], span: Span) -> bool {
    let text: String = chars[span.start.min(chars.len())..span.end.min(chars.len())].iter().collect();
    let mut words = text.split_whitespace();
    let opens_on_year = matches!(words.next(), Some("In" | "Since" | "Back"))
        && words.next().is_some_and(|w| {
            let w = w.trim_end_matches(',');
            w.len() == 4 && w.chars().all(|c| c.is_ascii_digit())
        });
    opens_on_year || (text.contains(" has been ") || text.contains(" have been ")) && text.contains(" since ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{QuoteId, SpeakerId};

    fn doc(text: &str, sentences: &[(usize, usize)]) -> Document {
        Document {
            text: text.into(),
            paragraphs: vec![Span::new(0, text.chars().count())],
            sentences: sentences.iter().map(|&(a, b)| Span::new(a, b)).collect(),
            ..Default::default()
        }
    }

    #[test]
    fn a_semicolon_between_clauses_splits_the_claim() {
        let text = "Two men were detained on Friday; they had planned to attack the city.";
        let d = doc(text, &[(0, text.len())]);
        let claims = segment_claims(&d, &Attribution::default());
        assert_eq!(claims.len(), 2);
        assert_eq!(d.slice(claims[1].span), "they had planned to attack the city.");
        assert_eq!(claims[1].id.index, 1);
    }

    #[test]
    fn claims_take_kind_and_speaker_from_their_quotes() {
        let text = "\"We won,\" she said. In 2017, the party lost. It rained.";
        let d = doc(text, &[(0, 19), (20, 44), (45, 54)]);
        let found = Attribution {
            quotes: vec![Quote {
                id: QuoteId { doc: d.id, index: 0 },
                span: Span::new(0, 9),
                kind: QuoteKind::Direct,
                speaker: Some(SpeakerId(0)),
                speaker_mention: Some(Span::new(10, 13)),
                cue: None,
                readout: None,
                confidence: 1.0,
            }],
            ..Default::default()
        };
        let claims = segment_claims(&d, &found);
        assert_eq!(claims[0].kind, ClaimKind::Quote);
        assert_eq!(claims[0].speaker, Some(SpeakerId(0)));
        assert_eq!(claims[1].kind, ClaimKind::Background);
        assert_eq!(claims[2].kind, ClaimKind::Statement);
    }
}
