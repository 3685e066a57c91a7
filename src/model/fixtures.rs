//! Small comparisons built by hand, for the tests of every layer.

use super::{
    Claim, ClaimId, ClaimKind, Comparison, DocId, Document, DocumentAnalysis, Link, LinkOrigin, LinkReview, Quote,
    QuoteId, QuoteKind, Relation, Span,
};

/// A statement claim over a span, its sentence numbered like the claim.
pub(crate) fn claim(doc: u32, index: u32, span: Span) -> Claim {
    Claim {
        id: cid(doc, index),
        span,
        sentence: index as usize,
        kind: ClaimKind::Statement,
        speaker: None,
        readout: None,
        quotes: Vec::new(),
        by_user: false,
        note: None,
    }
}

/// A partial quote over a span, with no speaker, cue or readout, held with full confidence.
pub(crate) fn partial_quote(id: QuoteId, span: Span) -> Quote {
    Quote {
        id,
        span,
        kind: QuoteKind::Partial,
        speaker: None,
        speaker_mention: None,
        cue: None,
        readout: None,
        confidence: 1.0,
    }
}

/// An unreviewed link the analysis made, scored 0.8.
pub(crate) fn auto_link(a: ClaimId, b: ClaimId, relation: Relation) -> Link {
    Link {
        a,
        b,
        relation,
        score: 0.8,
        why: String::new(),
        origin: LinkOrigin::Auto,
        review: LinkReview::Unreviewed,
        note: None,
        slot_difference: None,
    }
}

/// Two documents with the same three sentences, each sentence a claim, and one link between their second claims.
pub(crate) fn two_docs() -> Comparison {
    let text = "One fact. Two facts. Three.".to_string();
    let sentences = vec![Span::new(0, 9), Span::new(10, 20), Span::new(21, 27)];
    let docs: Vec<Document> = (0..2)
        .map(|i| Document { id: DocId(i), text: text.clone(), sentences: sentences.clone(), ..Default::default() })
        .collect();
    let analyses = (0..2)
        .map(|d| DocumentAnalysis {
            doc: DocId(d),
            claims: sentences.iter().enumerate().map(|(i, s)| claim(d, i as u32, *s)).collect(),
            ..Default::default()
        })
        .collect();
    let mut c = Comparison { documents: docs, analyses, ..Default::default() };
    c.links.push(auto_link(cid(0, 1), cid(1, 1), Relation::Same));
    c
}

pub(crate) fn cid(doc: u32, index: u32) -> ClaimId {
    ClaimId { doc: DocId(doc), index }
}
