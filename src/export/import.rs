//! Reads a JSON export (docs/export-format.md) back into a comparison, with the user's edits and notes.

use super::json::{ExportFile, TextSpan};
use crate::model::{
    AttributionShift, Claim, ClaimId, ClaimKind, Comparison, DocId, Document, DocumentAnalysis, EventCheck, Fidelity,
    Link, LinkOrigin, LinkReview, MergedClaim, Quote, QuoteFidelity, QuoteId, QuoteKind, Readout, ReadoutId,
    ReadoutKind, Relation, ShiftKind, Source, SourceFormat, Span, Speaker, SpeakerId, SpeakerKind,
};
use std::path::PathBuf;
use thiserror::Error;

/// The JSON export version this build reads up to.
pub const EXPORT_VERSION: u32 = 1;

#[derive(Debug, Error)]
pub enum ImportError {
    #[error("not a Counterpart JSON export ({0})")]
    NotAnExport(String),
    #[error("written by a newer Counterpart (export version {0}, this build reads up to {EXPORT_VERSION})")]
    TooNew(u32),
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
    if file.format != "counterpart" {
        return Err(ImportError::NotAnExport(format!("format is {:?}", file.format)));
    }
    if file.version > EXPORT_VERSION {
        return Err(ImportError::TooNew(file.version));
    }
    let mut c = Comparison::default();
    for (i, d) in file.documents.iter().enumerate() {
        let id = DocId(i as u32);
        if doc_id(&d.id)? != id {
            return Err(ImportError::Invalid(format!("document {i} has id {}", d.id)));
        }
        c.documents.push(Document {
            id,
            source: Source {
                path: d.path.as_ref().map(PathBuf::from),
                label: d.label.clone(),
                format: source_format(d.source_format.as_deref())?,
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
            paragraphs: d.paragraphs.iter().map(|r| span(r.start, r.end)).collect::<Result<_, _>>()?,
            sentences: d.sentences.iter().map(|r| span(r.start, r.end)).collect::<Result<_, _>>()?,
            boilerplate: d.boilerplate.iter().map(|r| span(r.start, r.end)).collect::<Result<_, _>>()?,
        });
        let mut an = DocumentAnalysis { doc: id, event_date: date(d.event_date.as_deref())?, ..Default::default() };
        for cl in &d.claims {
            let this_claim = claim_id(&cl.id)?;
            if let Some(into) = &cl.merged_into {
                c.merged_claims.push(MergedClaim { claim: this_claim, into: claim_id(into)? });
            }
            an.claims.push(Claim {
                id: this_claim,
                span: span(cl.start, cl.end)?,
                sentence: cl.sentence,
                kind: claim_kind(&cl.kind)?,
                speaker: cl.speaker.as_deref().map(speaker_id).transpose()?,
                readout: cl.readout.as_deref().map(readout_id).transpose()?,
                quotes: cl.quotes.iter().map(|q| quote_id(q)).collect::<Result<_, _>>()?,
                by_user: cl.by_user,
                note: cl.note.clone(),
            });
        }
        for q in &d.quotes {
            an.quotes.push(Quote {
                id: quote_id(&q.id)?,
                span: span(q.start, q.end)?,
                kind: quote_kind(&q.kind)?,
                speaker: q.speaker.as_deref().map(speaker_id).transpose()?,
                speaker_mention: q.speaker_mention.as_ref().map(text_span).transpose()?,
                cue: q.cue.as_ref().map(text_span).transpose()?,
                readout: q.readout.as_deref().map(readout_id).transpose()?,
                confidence: q.confidence,
            });
        }
        for r in &d.readouts {
            an.readouts.push(Readout {
                id: readout_id(&r.id)?,
                issuer: r.issuer.as_deref().map(speaker_id).transpose()?,
                kind: readout_kind(&r.kind)?,
                date: date(r.date.as_deref())?,
                evidence: text_span(&r.evidence)?,
            });
        }
        c.analyses.push(an);
    }
    for s in &file.speakers {
        c.speakers.push(Speaker {
            id: speaker_id(&s.id)?,
            name: s.name.clone(),
            aliases: s.aliases.clone(),
            kind: speaker_kind(&s.kind)?,
            role: s.role.clone(),
        });
    }
    for l in &file.links {
        c.links.push(Link {
            a: claim_id(&l.a)?,
            b: claim_id(&l.b)?,
            relation: relation(&l.relation)?,
            score: l.score,
            why: l.why.clone(),
            origin: match l.origin.as_str() {
                "auto" => LinkOrigin::Auto,
                "user" => LinkOrigin::User,
                other => return Err(invalid("link origin", other)),
            },
            review: match l.review.as_str() {
                "unreviewed" => LinkReview::Unreviewed,
                "confirmed" => LinkReview::Confirmed,
                "rejected" => LinkReview::Rejected,
                other => return Err(invalid("review state", other)),
            },
            note: l.note.clone(),
        });
    }
    if c.documents.len() >= 2 {
        c.event_check = Some(EventCheck { same_event: file.event_check.same_event, why: file.event_check.why.clone() });
    }
    c.warnings = file.warnings.clone();
    for f in &file.quote_fidelity {
        c.fidelity.push(QuoteFidelity {
            a: quote_id(&f.a)?,
            b: quote_id(&f.b)?,
            fidelity: match f.fidelity.as_str() {
                "verbatim" => Fidelity::Verbatim,
                "trimmed" => Fidelity::Trimmed,
                "paraphrased" => Fidelity::Paraphrased,
                other => return Err(invalid("fidelity", other)),
            },
            only_a: f.only_a.iter().map(text_span).collect::<Result<_, _>>()?,
            only_b: f.only_b.iter().map(text_span).collect::<Result<_, _>>()?,
        });
    }
    for s in &file.attribution_shifts {
        c.shifts.push(AttributionShift {
            a: claim_id(&s.a)?,
            b: claim_id(&s.b)?,
            kind: match s.kind.as_str() {
                "stated_as_fact" => ShiftKind::StatedAsFact,
                "different_speaker" => ShiftKind::DifferentSpeaker,
                other => return Err(invalid("attribution shift kind", other)),
            },
            why: s.why.clone(),
        });
    }
    c.merged_claims.sort();
    crate::model::validate(&c).map_err(ImportError::Invalid)?;
    Ok(c)
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

fn source_format(text: Option<&str>) -> Result<SourceFormat, ImportError> {
    match text {
        None | Some("text") => Ok(SourceFormat::Text),
        Some("markdown") => Ok(SourceFormat::Markdown),
        Some("html") => Ok(SourceFormat::Html),
        Some(other) => Err(invalid("source format", other)),
    }
}

fn claim_kind(text: &str) -> Result<ClaimKind, ImportError> {
    match text {
        "statement" => Ok(ClaimKind::Statement),
        "quote" => Ok(ClaimKind::Quote),
        "attribution" => Ok(ClaimKind::Attribution),
        "background" => Ok(ClaimKind::Background),
        other => Err(invalid("claim kind", other)),
    }
}

fn quote_kind(text: &str) -> Result<QuoteKind, ImportError> {
    match text {
        "direct" => Ok(QuoteKind::Direct),
        "partial" => Ok(QuoteKind::Partial),
        "indirect" => Ok(QuoteKind::Indirect),
        other => Err(invalid("quote kind", other)),
    }
}

fn readout_kind(text: &str) -> Result<ReadoutKind, ImportError> {
    match text {
        "readout" => Ok(ReadoutKind::Readout),
        "statement" => Ok(ReadoutKind::Statement),
        "briefing" => Ok(ReadoutKind::Briefing),
        "report" => Ok(ReadoutKind::Report),
        other => Err(invalid("readout kind", other)),
    }
}

fn speaker_kind(text: &str) -> Result<SpeakerKind, ImportError> {
    match text {
        "person" => Ok(SpeakerKind::Person),
        "organization" => Ok(SpeakerKind::Organization),
        "group" => Ok(SpeakerKind::Group),
        "anonymous" => Ok(SpeakerKind::Anonymous),
        other => Err(invalid("speaker kind", other)),
    }
}

fn relation(text: &str) -> Result<Relation, ImportError> {
    match text {
        "same" => Ok(Relation::Same),
        "parallel" => Ok(Relation::Parallel),
        "contrast" => Ok(Relation::Contrast),
        "related" => Ok(Relation::Related),
        other => Err(invalid("relation", other)),
    }
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
