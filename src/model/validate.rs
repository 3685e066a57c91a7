//! Checks that a comparison read from outside is consistent: every span inside its text, every id resolvable.

use super::{Comparison, Document, DocumentAnalysis, Span};

/// Returns a description of the first inconsistency, or `Ok` when every span and id is sound.
pub fn validate(c: &Comparison) -> Result<(), String> {
    if c.analyses.len() != c.documents.len() {
        return Err(format!("{} documents but {} analyses", c.documents.len(), c.analyses.len()));
    }
    for (i, (doc, an)) in c.documents.iter().zip(&c.analyses).enumerate() {
        check_document(c, i, doc, an)?;
    }
    for (i, s) in c.speakers.iter().enumerate() {
        if s.id.0 as usize != i {
            return Err(format!("speaker {i} has id {}", s.id));
        }
    }
    for l in &c.links {
        if c.claim(l.a).is_none() || c.claim(l.b).is_none() {
            return Err(format!("a link joins {} and {}, which do not both exist", l.a, l.b));
        }
    }
    for f in &c.fidelity {
        if c.quote(f.a).is_none() || c.quote(f.b).is_none() {
            return Err("a quote comparison names a missing quote".into());
        }
    }
    for (i, m) in c.merged_claims.iter().enumerate() {
        if c.claim(m.claim).is_none() || c.claim(m.into).is_none() || m.claim.doc != m.into.doc || m.claim == m.into {
            return Err(format!("claim {} is merged into {}, which is not a claim of its document", m.claim, m.into));
        }
        if c.merged_into(m.into).is_some() || c.merged_claims.get(i + 1).is_some_and(|n| n.claim <= m.claim) {
            return Err(format!("the merge of claim {} is chained, repeated or out of order", m.claim));
        }
    }
    for l in &c.links {
        if c.merged_into(l.a).is_some() || c.merged_into(l.b).is_some() {
            return Err(format!("a link names the merged claim {} or {}", l.a, l.b));
        }
    }
    check_actors(c)?;
    for s in &c.shifts {
        if c.claim(s.a).is_none() || c.claim(s.b).is_none() {
            return Err("an attribution shift names a missing claim".into());
        }
    }
    Ok(())
}

/// The spans and ids of document `i` and its analysis, and the speakers that its quotes, claims and readouts name.
fn check_document(c: &Comparison, i: usize, doc: &Document, an: &DocumentAnalysis) -> Result<(), String> {
    if doc.id.0 as usize != i || an.doc != doc.id {
        return Err(format!("document {i} has id {}", doc.id));
    }
    let len = doc.char_len();
    let check = |what: &str, s: Span| {
        if s.start > s.end || s.end > len {
            Err(format!("{what} {}..{} lies outside document {} ({len} characters)", s.start, s.end, doc.id))
        } else {
            Ok(())
        }
    };
    for s in doc.paragraphs.iter().chain(&doc.sentences).chain(&doc.boilerplate) {
        check("a paragraph or sentence", *s)?;
    }
    for (k, cl) in an.claims.iter().enumerate() {
        check("claim", cl.span)?;
        if cl.id.doc != doc.id || cl.id.index as usize != k {
            return Err(format!("claim {k} of {} has id {}", doc.id, cl.id));
        }
        if cl.quotes.iter().any(|q| c.quote(*q).is_none()) || cl.readout.is_some_and(|r| c.readout(r).is_none()) {
            return Err(format!("claim {} names a missing quote or readout", cl.id));
        }
    }
    for (k, q) in an.quotes.iter().enumerate() {
        check("quote", q.span)?;
        for s in q.speaker_mention.iter().chain(&q.cue) {
            check("speaker mention or cue", *s)?;
        }
        if q.id.doc != doc.id || q.id.index as usize != k {
            return Err(format!("quote {k} of {} has id {}", doc.id, q.id));
        }
    }
    for (k, r) in an.readouts.iter().enumerate() {
        check("readout", r.evidence)?;
        if r.id.doc != doc.id || r.id.index as usize != k {
            return Err(format!("readout {k} of {} has id {}", doc.id, r.id));
        }
    }
    let speakers_ok = an
        .quotes
        .iter()
        .map(|q| q.speaker)
        .chain(an.claims.iter().map(|c| c.speaker))
        .chain(an.readouts.iter().map(|r| r.issuer));
    for s in speakers_ok.flatten() {
        if c.speaker(s).is_none() {
            return Err(format!("speaker {s} is not in the registry"));
        }
    }
    Ok(())
}

/// Every actor's mentions lie inside the documents they are listed for.
fn check_actors(c: &Comparison) -> Result<(), String> {
    for (i, a) in c.actors.iter().enumerate() {
        if a.mentions.len() > c.documents.len() {
            return Err(format!("actor {i} has mentions in {} documents", a.mentions.len()));
        }
        for (doc, spans) in c.documents.iter().zip(&a.mentions) {
            if spans.iter().any(|s| s.start > s.end || s.end > doc.char_len()) {
                return Err(format!("a mention of actor {i} lies outside document {}", doc.id));
            }
        }
    }
    Ok(())
}
