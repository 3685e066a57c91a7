//! Reads a JSON export (docs/export-format.md) back into a comparison, with the user's edits and notes.

use super::json::{
    ExportActor, ExportClaim, ExportDocument, ExportFidelity, ExportFile, ExportLink, ExportQuote, ExportReadout,
    ExportShift, ExportSpeaker, Range, TextSpan,
};
use crate::model::{
    Actor, AttributionShift, Claim, ClaimId, Comparison, DocId, Document, DocumentAnalysis, EventCheck, Link,
    MergedClaim, Quote, QuoteFidelity, QuoteId, Readout, ReadoutId, SlotDifference, Source, SourceFormat, Span,
    Speaker, SpeakerId, UnknownName,
};
use std::path::PathBuf;
use std::str::FromStr;
use thiserror::Error;

/// The JSON export version this build reads up to.
pub const EXPORT_VERSION: u32 = 1;

/// Why a JSON export could not be read back into a comparison.
#[derive(Debug, Error)]
pub enum ImportError {
    /// The text is not JSON in the export's shape, or its `format` is not `counterpart`; holds what was wrong.
    #[error("not a Counterpart JSON export ({0})")]
    NotAnExport(String),
    /// A newer Counterpart wrote the export; holds the export's version.
    #[error("written by a newer Counterpart (export version {0}, this build reads up to {EXPORT_VERSION})")]
    TooNew(u32),
    /// The export parses but does not hold together: a malformed id, name or date, a reversed span, or ids and
    /// spans that fail `model::validate`; holds what is wrong.
    #[error("the export is inconsistent: {0}")]
    Invalid(String),
}

/// Parses JSON export text into a comparison and checks it.
pub fn from_json(text: &str) -> Result<Comparison, ImportError> {
    let file: ExportFile = serde_json::from_str(text).map_err(|e| ImportError::NotAnExport(e.to_string()))?;
    from_export(&file)
}

/// Turns an export structure back into a comparison and checks it.
pub fn from_export(file: &ExportFile) -> Result<Comparison, ImportError> {
    check_header(file)?;
    let mut c = Comparison::default();
    for (i, d) in file.documents.iter().enumerate() {
        let id = DocId(i as u32);
        if doc_id(&d.id)? != id {
            return Err(ImportError::Invalid(format!("document {i} has id {}", d.id)));
        }
        c.documents.push(document(id, d)?);
        let (analysis, merged) = analysis(id, d)?;
        c.analyses.push(analysis);
        c.merged_claims.extend(merged);
    }
    c.speakers = file.speakers.iter().map(speaker).collect::<Result<_, _>>()?;
    c.links = file.links.iter().map(link).collect::<Result<_, _>>()?;
    if c.documents.len() >= 2 {
        let check = &file.event_check;
        c.event_check =
            Some(EventCheck { same_event: check.same_event, why: check.why.clone(), one_story: check.one_story });
    }
    c.warnings = file.warnings.clone();
    c.fidelity = file.quote_fidelity.iter().map(fidelity).collect::<Result<_, _>>()?;
    c.shifts = file.attribution_shifts.iter().map(shift).collect::<Result<_, _>>()?;
    c.actors = file.actors.iter().map(|a| actor(&c, a)).collect::<Result<_, _>>()?;
    c.merged_claims.sort();
    crate::model::validate(&c).map_err(ImportError::Invalid)?;
    Ok(c)
}

/// Refuses what is not a Counterpart export, or is one from a newer build.
fn check_header(file: &ExportFile) -> Result<(), ImportError> {
    if file.format != "counterpart" {
        return Err(ImportError::NotAnExport(format!("format is {:?}", file.format)));
    }
    if file.version > EXPORT_VERSION {
        return Err(ImportError::TooNew(file.version));
    }
    Ok(())
}

/// A document's text, structure and source.
fn document(id: DocId, d: &ExportDocument) -> Result<Document, ImportError> {
    let spans = |ranges: &[Range]| ranges.iter().map(|r| span(r.start, r.end)).collect::<Result<_, _>>();
    Ok(Document {
        id,
        source: Source {
            path: d.path.as_ref().map(PathBuf::from),
            label: d.label.clone(),
            format: d.source_format.as_deref().map_or(Ok(SourceFormat::Text), name)?,
            url: d.url.clone(),
            outlet: d.outlet.clone(),
            title: d.title.clone(),
            byline: d.byline.clone(),
            published: date(d.published.as_deref())?,
            content_hash: match &d.content_hash {
                Some(h) => u64::from_str_radix(h, 16).map_err(|_| invalid("content hash", h))?,
                None => 0,
            },
        },
        text: d.text.clone(),
        paragraphs: spans(&d.paragraphs)?,
        sentences: spans(&d.sentences)?,
        boilerplate: spans(&d.boilerplate)?,
    })
}

/// A document's claims, quotes and readouts, and the claims merged into others.
fn analysis(id: DocId, d: &ExportDocument) -> Result<(DocumentAnalysis, Vec<MergedClaim>), ImportError> {
    let mut an = DocumentAnalysis { doc: id, event_date: date(d.event_date.as_deref())?, ..Default::default() };
    let mut merged = Vec::new();
    for cl in &d.claims {
        let (claim, into) = claim(cl)?;
        an.claims.push(claim);
        merged.extend(into);
    }
    an.quotes = d.quotes.iter().map(quote).collect::<Result<_, _>>()?;
    an.readouts = d.readouts.iter().map(readout).collect::<Result<_, _>>()?;
    Ok((an, merged))
}

/// A claim, and its merge into another claim when it was merged.
fn claim(cl: &ExportClaim) -> Result<(Claim, Option<MergedClaim>), ImportError> {
    let id = claim_id(&cl.id)?;
    let merged = cl.merged_into.as_deref().map(claim_id).transpose()?.map(|into| MergedClaim { claim: id, into });
    let claim = Claim {
        id,
        span: span(cl.start, cl.end)?,
        sentence: cl.sentence,
        kind: name(&cl.kind)?,
        speaker: cl.speaker.as_deref().map(speaker_id).transpose()?,
        readout: cl.readout.as_deref().map(readout_id).transpose()?,
        quotes: cl.quotes.iter().map(|q| quote_id(q)).collect::<Result<_, _>>()?,
        by_user: cl.by_user,
        note: cl.note.clone(),
    };
    Ok((claim, merged))
}

fn quote(q: &ExportQuote) -> Result<Quote, ImportError> {
    Ok(Quote {
        id: quote_id(&q.id)?,
        span: span(q.start, q.end)?,
        kind: name(&q.kind)?,
        speaker: q.speaker.as_deref().map(speaker_id).transpose()?,
        speaker_mention: q.speaker_mention.as_ref().map(text_span).transpose()?,
        cue: q.cue.as_ref().map(text_span).transpose()?,
        readout: q.readout.as_deref().map(readout_id).transpose()?,
        confidence: q.confidence,
    })
}

fn readout(r: &ExportReadout) -> Result<Readout, ImportError> {
    Ok(Readout {
        id: readout_id(&r.id)?,
        issuer: r.issuer.as_deref().map(speaker_id).transpose()?,
        kind: name(&r.kind)?,
        date: date(r.date.as_deref())?,
        evidence: text_span(&r.evidence)?,
    })
}

fn speaker(s: &ExportSpeaker) -> Result<Speaker, ImportError> {
    Ok(Speaker {
        id: speaker_id(&s.id)?,
        name: s.name.clone(),
        aliases: s.aliases.clone(),
        kind: name(&s.kind)?,
        role: s.role.clone(),
    })
}

/// An actor, its mentions placed at their documents' positions.
fn actor(c: &Comparison, a: &ExportActor) -> Result<Actor, ImportError> {
    let mut mentions = vec![Vec::new(); c.documents.len()];
    for m in &a.mentions {
        let d = doc_id(&m.document)?.0 as usize;
        let spans = mentions.get_mut(d).ok_or_else(|| invalid("actor mention document", &m.document))?;
        for s in &m.spans {
            spans.push(text_span(s)?);
        }
    }
    Ok(Actor {
        name: a.name.clone(),
        kind: name(&a.kind)?,
        aliases: a.aliases.clone(),
        role: a.role.clone(),
        mentions,
        quoted: a.quoted,
    })
}

fn link(l: &ExportLink) -> Result<Link, ImportError> {
    Ok(Link {
        a: claim_id(&l.a)?,
        b: claim_id(&l.b)?,
        relation: name(&l.relation)?,
        score: l.score,
        why: l.why.clone(),
        origin: name(&l.origin)?,
        review: name(&l.review)?,
        note: l.note.clone(),
        slot_difference: match &l.slot_difference {
            Some(c) => Some(SlotDifference { slot: name(&c.slot)?, a: c.a.clone(), b: c.b.clone() }),
            None => None,
        },
    })
}

fn fidelity(f: &ExportFidelity) -> Result<QuoteFidelity, ImportError> {
    Ok(QuoteFidelity {
        a: quote_id(&f.a)?,
        b: quote_id(&f.b)?,
        fidelity: name(&f.fidelity)?,
        only_a: f.only_a.iter().map(text_span).collect::<Result<_, _>>()?,
        only_b: f.only_b.iter().map(text_span).collect::<Result<_, _>>()?,
    })
}

fn shift(s: &ExportShift) -> Result<AttributionShift, ImportError> {
    Ok(AttributionShift {
        a: claim_id(&s.a)?,
        b: claim_id(&s.b)?,
        kind: name(&s.kind)?,
        why: s.why.clone(),
        a_source: s.a_source.clone(),
        b_source: s.b_source.clone(),
    })
}

/// An enum's value from its name in the export.
fn name<T: FromStr<Err = UnknownName>>(text: &str) -> Result<T, ImportError> {
    text.parse().map_err(|e: UnknownName| invalid(e.what, &e.name))
}

fn invalid(what: &str, value: &str) -> ImportError {
    ImportError::Invalid(format!("unknown {what} {value:?}"))
}

fn span(start: usize, end: usize) -> Result<Span, ImportError> {
    if start > end {
        return Err(ImportError::Invalid(format!("the span {start}..{end} is reversed")));
    }
    Ok(Span { start, end })
}

fn text_span(t: &TextSpan) -> Result<Span, ImportError> {
    span(t.start, t.end)
}

fn date(text: Option<&str>) -> Result<Option<chrono::NaiveDate>, ImportError> {
    text.map(|t| t.parse().map_err(|_| invalid("date", t))).transpose()
}

fn number(text: &str, what: &str) -> Result<u32, ImportError> {
    text.parse().map_err(|_| invalid(what, text))
}

fn doc_id(text: &str) -> Result<DocId, ImportError> {
    text.strip_prefix('d')
        .map(|n| number(n, "document id"))
        .transpose()?
        .map(DocId)
        .ok_or_else(|| invalid("document id", text))
}

/// Splits `d0-c5` into the document and the number after the given letter.
fn item(text: &str, letter: char, what: &str) -> Result<(DocId, u32), ImportError> {
    let (doc, rest) = text.split_once('-').ok_or_else(|| invalid(what, text))?;
    let index = rest.strip_prefix(letter).ok_or_else(|| invalid(what, text))?;
    Ok((doc_id(doc)?, number(index, what)?))
}

fn claim_id(text: &str) -> Result<ClaimId, ImportError> {
    item(text, 'c', "claim id").map(|(doc, index)| ClaimId { doc, index })
}

fn quote_id(text: &str) -> Result<QuoteId, ImportError> {
    item(text, 'q', "quote id").map(|(doc, index)| QuoteId { doc, index })
}

fn readout_id(text: &str) -> Result<ReadoutId, ImportError> {
    item(text, 'r', "readout id").map(|(doc, index)| ReadoutId { doc, index })
}

fn speaker_id(text: &str) -> Result<SpeakerId, ImportError> {
    text.strip_prefix('s')
        .map(|n| number(n, "speaker id"))
        .transpose()?
        .map(SpeakerId)
        .ok_or_else(|| invalid("speaker id", text))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_parse_and_bad_ids_are_refused() {
        assert_eq!(claim_id("d1-c12").unwrap(), ClaimId { doc: DocId(1), index: 12 });
        assert_eq!(speaker_id("s3").unwrap(), SpeakerId(3));
        assert!(claim_id("d1-q2").is_err());
        assert!(claim_id("d-c2").is_err());
        assert!(quote_id("").is_err());
        assert!(from_json("{\"format\": \"other\"}").is_err());
    }
}
