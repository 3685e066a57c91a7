//! The JSON export contract (docs/export-format.md): string ids, character offsets and the text of every span.

use crate::model::{
    CharIndex, ClaimStatus, Comparison, Document, Fidelity, LinkOrigin, LinkReview, QuoteKind, ReadoutKind, Relation,
    ShiftKind, SourceFormat, Span, SpeakerKind,
};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// The top level of the export.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportFile {
    pub format: String,
    pub version: u32,
    pub documents: Vec<ExportDocument>,
    pub speakers: Vec<ExportSpeaker>,
    pub links: Vec<ExportLink>,
    pub event_check: ExportEventCheck,
    pub warnings: Vec<String>,
    #[serde(default)]
    pub quote_fidelity: Vec<ExportFidelity>,
    #[serde(default)]
    pub attribution_shifts: Vec<ExportShift>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportDocument {
    pub id: String,
    pub path: Option<String>,
    pub label: String,
    pub title: Option<String>,
    pub byline: Option<String>,
    pub url: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub event_date: Option<String>,
    pub text: String,
    pub paragraphs: Vec<Range>,
    pub sentences: Vec<Range>,
    pub claims: Vec<ExportClaim>,
    pub quotes: Vec<ExportQuote>,
    pub readouts: Vec<ExportReadout>,
    pub boilerplate: Vec<Range>,
    /// The source's format: `text`, `markdown` or `html`.
    #[serde(default)]
    pub source_format: Option<String>,
    /// The hash of the source's bytes as 16 hex digits, to notice that the file changed.
    #[serde(default)]
    pub content_hash: Option<String>,
}

/// A span without its text, for structure: paragraphs, sentences, boilerplate.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

/// A span with the text it covers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportClaim {
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub sentence: usize,
    pub status: String,
    pub kind: String,
    pub speaker: Option<String>,
    pub readout: Option<String>,
    pub quotes: Vec<String>,
    #[serde(default)]
    pub by_user: bool,
    #[serde(default)]
    pub note: Option<String>,
    /// The claim the user merged this one into; a merged claim is kept so that ids stay stable.
    #[serde(default)]
    pub merged_into: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportQuote {
    pub id: String,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: String,
    pub speaker: Option<String>,
    pub speaker_mention: Option<TextSpan>,
    pub cue: Option<TextSpan>,
    pub readout: Option<String>,
    pub confidence: f32,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportReadout {
    pub id: String,
    pub issuer: Option<String>,
    pub kind: String,
    pub date: Option<String>,
    pub evidence: TextSpan,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportSpeaker {
    pub id: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub kind: String,
    pub role: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportLink {
    pub id: String,
    pub a: String,
    pub b: String,
    pub relation: String,
    pub score: f32,
    pub why: String,
    pub origin: String,
    pub review: String,
    pub note: Option<String>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportEventCheck {
    pub same_event: Option<bool>,
    pub why: String,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportFidelity {
    pub a: String,
    pub b: String,
    pub fidelity: String,
    pub only_a: Vec<TextSpan>,
    pub only_b: Vec<TextSpan>,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportShift {
    pub a: String,
    pub b: String,
    pub kind: String,
    pub why: String,
}

/// Builds the export structure of a comparison.
pub fn to_export(c: &Comparison) -> ExportFile {
    let indexes: Vec<CharIndex> = c.documents.par_iter().map(|d| CharIndex::new(&d.text)).collect();
    let statuses = super::divergence::claim_statuses(c);
    let span_text = |doc: &Document, span: Span| -> TextSpan {
        let idx = &indexes[doc.id.0 as usize];
        let span = Span::new(span.start.min(idx.len_chars()), span.end.min(idx.len_chars()));
        TextSpan { start: span.start, end: span.end, text: doc.text[idx.byte_range(span)].to_owned() }
    };
    let documents = c
        .documents
        .par_iter()
        .zip(c.analyses.par_iter())
        .map(|(doc, an)| ExportDocument {
            id: doc.id.to_string(),
            path: doc.source.path.as_ref().map(|p| p.display().to_string()),
            label: doc.source.label.clone(),
            title: doc.source.title.clone(),
            byline: doc.source.byline.clone(),
            url: doc.source.url.clone(),
            outlet: doc.source.outlet.clone(),
            published: doc.source.published.map(|d| d.to_string()),
            event_date: an.event_date.map(|d| d.to_string()),
            text: doc.text.clone(),
            paragraphs: ranges(&doc.paragraphs),
            sentences: ranges(&doc.sentences),
            claims: an
                .claims
                .iter()
                .map(|cl| {
                    let t = span_text(doc, cl.span);
                    ExportClaim {
                        id: cl.id.to_string(),
                        start: t.start,
                        end: t.end,
                        text: t.text,
                        sentence: cl.sentence,
                        status: status_name(statuses.get(&cl.id).copied().unwrap_or(ClaimStatus::Unique)).into(),
                        kind: format!("{:?}", cl.kind).to_lowercase(),
                        speaker: cl.speaker.map(|s| s.to_string()),
                        readout: cl.readout.map(|r| r.to_string()),
                        quotes: cl.quotes.iter().map(ToString::to_string).collect(),
                        by_user: cl.by_user,
                        note: cl.note.clone(),
                        merged_into: c.merged_into(cl.id).map(|id| id.to_string()),
                    }
                })
                .collect(),
            quotes: an
                .quotes
                .iter()
                .map(|q| {
                    let t = span_text(doc, q.span);
                    ExportQuote {
                        id: q.id.to_string(),
                        start: t.start,
                        end: t.end,
                        text: t.text,
                        kind: quote_kind_name(q.kind).into(),
                        speaker: q.speaker.map(|s| s.to_string()),
                        speaker_mention: q.speaker_mention.map(|s| span_text(doc, s)),
                        cue: q.cue.map(|s| span_text(doc, s)),
                        readout: q.readout.map(|r| r.to_string()),
                        confidence: q.confidence,
                    }
                })
                .collect(),
            readouts: an
                .readouts
                .iter()
                .map(|r| ExportReadout {
                    id: r.id.to_string(),
                    issuer: r.issuer.map(|s| s.to_string()),
                    kind: readout_kind_name(r.kind).into(),
                    date: r.date.map(|d| d.to_string()),
                    evidence: span_text(doc, r.evidence),
                })
                .collect(),
            boilerplate: ranges(&doc.boilerplate),
            source_format: Some(source_format_name(doc.source.format).into()),
            content_hash: Some(format!("{:016x}", doc.source.content_hash)),
        })
        .collect();
    ExportFile {
        format: "counterpart".into(),
        version: 1,
        documents,
        speakers: c
            .speakers
            .iter()
            .map(|s| ExportSpeaker {
                id: s.id.to_string(),
                name: s.name.clone(),
                aliases: s.aliases.clone(),
                kind: speaker_kind_name(s.kind).into(),
                role: s.role.clone(),
            })
            .collect(),
        links: c
            .links
            .iter()
            .enumerate()
            .map(|(i, l)| ExportLink {
                id: format!("l{i}"),
                a: l.a.to_string(),
                b: l.b.to_string(),
                relation: relation_name(l.relation).into(),
                score: (l.score.clamp(0.0, 1.0) * 1000.0).round() / 1000.0,
                why: l.why.clone(),
                origin: match l.origin {
                    LinkOrigin::Auto => "auto",
                    LinkOrigin::User => "user",
                }
                .into(),
                review: review_name(l.review).into(),
                note: l.note.clone(),
            })
            .collect(),
        event_check: match &c.event_check {
            Some(e) => ExportEventCheck { same_event: e.same_event, why: e.why.clone() },
            None => ExportEventCheck { same_event: None, why: "fewer than two documents to compare".into() },
        },
        warnings: c.warnings.clone(),
        quote_fidelity: c
            .fidelity
            .iter()
            .filter_map(|f| {
                let (da, db) = (c.document(f.a.doc)?, c.document(f.b.doc)?);
                Some(ExportFidelity {
                    a: f.a.to_string(),
                    b: f.b.to_string(),
                    fidelity: match f.fidelity {
                        Fidelity::Verbatim => "verbatim",
                        Fidelity::Trimmed => "trimmed",
                        Fidelity::Paraphrased => "paraphrased",
                    }
                    .into(),
                    only_a: f.only_a.iter().map(|s| span_text(da, *s)).collect(),
                    only_b: f.only_b.iter().map(|s| span_text(db, *s)).collect(),
                })
            })
            .collect(),
        attribution_shifts: c
            .shifts
            .iter()
            .map(|s| ExportShift {
                a: s.a.to_string(),
                b: s.b.to_string(),
                kind: match s.kind {
                    ShiftKind::StatedAsFact => "stated_as_fact",
                    ShiftKind::DifferentSpeaker => "different_speaker",
                }
                .into(),
                why: s.why.clone(),
            })
            .collect(),
    }
}

/// The export as pretty-printed JSON.
pub fn to_json(c: &Comparison) -> String {
    let mut out = Vec::new();
    write_pretty(to_export(c), &mut out).expect("writing to memory cannot fail");
    String::from_utf8(out).expect("serde_json writes UTF-8")
}

/// A buffer that indents every line after the first by four spaces as it is written.
struct Indented(Vec<u8>);

impl std::io::Write for Indented {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for (i, line) in buf.split(|b| *b == b'\n').enumerate() {
            if i > 0 {
                self.0.extend_from_slice(b"\n    ");
            }
            self.0.extend_from_slice(line);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Writes the export as pretty-printed JSON, byte for byte what `serde_json::to_writer_pretty` writes, with the
/// documents (most of the file) rendered in parallel.
pub fn write_pretty(mut export: ExportFile, out: &mut impl std::io::Write) -> std::io::Result<()> {
    let documents = std::mem::take(&mut export.documents);
    // Each document rendered on its own, then indented for its place in the `documents` list: pretty JSON
    // indents only after line breaks, and strings hold no raw ones.
    let rendered: Vec<Vec<u8>> = documents
        .par_iter()
        .map(|d| {
            let mut placed = Indented(b"    ".to_vec());
            serde_json::to_writer_pretty(&mut placed, d)?;
            Ok(placed.0)
        })
        .collect::<serde_json::Result<_>>()?;
    let head = serde_json::to_vec_pretty(&export)?;
    const EMPTY: &[u8] = b"\"documents\": []";
    let at = head.windows(EMPTY.len()).position(|w| w == EMPTY).unwrap_or(head.len());
    out.write_all(&head[..at])?;
    if rendered.is_empty() {
        out.write_all(&head[at..])?;
    } else {
        out.write_all(b"\"documents\": [\n")?;
        for (i, doc) in rendered.iter().enumerate() {
            if i > 0 {
                out.write_all(b",\n")?;
            }
            out.write_all(doc)?;
        }
        out.write_all(b"\n  ]")?;
        out.write_all(&head[(at + EMPTY.len()).min(head.len())..])?;
    }
    Ok(())
}

fn ranges(spans: &[Span]) -> Vec<Range> {
    spans.iter().map(|s| Range { start: s.start, end: s.end }).collect()
}

pub fn source_format_name(f: SourceFormat) -> &'static str {
    match f {
        SourceFormat::Text => "text",
        SourceFormat::Markdown => "markdown",
        SourceFormat::Html => "html",
    }
}

pub fn status_name(s: ClaimStatus) -> &'static str {
    match s {
        ClaimStatus::Matched => "matched",
        ClaimStatus::Unique => "unique",
        ClaimStatus::Conflict => "conflict",
    }
}

pub fn quote_kind_name(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct",
        QuoteKind::Partial => "partial",
        QuoteKind::Indirect => "indirect",
    }
}

pub fn readout_kind_name(k: ReadoutKind) -> &'static str {
    match k {
        ReadoutKind::Readout => "readout",
        ReadoutKind::Statement => "statement",
        ReadoutKind::Briefing => "briefing",
        ReadoutKind::Report => "report",
    }
}

pub fn speaker_kind_name(k: SpeakerKind) -> &'static str {
    match k {
        SpeakerKind::Person => "person",
        SpeakerKind::Organization => "organization",
        SpeakerKind::Group => "group",
        SpeakerKind::Anonymous => "anonymous",
    }
}

pub fn relation_name(r: Relation) -> &'static str {
    match r {
        Relation::Same => "same",
        Relation::Parallel => "parallel",
        Relation::Contrast => "contrast",
        Relation::Related => "related",
    }
}

pub fn review_name(r: LinkReview) -> &'static str {
    match r {
        LinkReview::Unreviewed => "unreviewed",
        LinkReview::Confirmed => "confirmed",
        LinkReview::Rejected => "rejected",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::compare;
    use crate::ingest;
    use crate::model::{DocId, Document, SourceFormat};

    fn documents(n: usize) -> Vec<Document> {
        let texts = [
            "Talks resume\n\n“We will not back down,” the minister said on Sunday.\n\nShe added: \"Tabs\tand \\ stay.\"",
            "Minister vows to stand firm\n\nThe minister said she would “not back down”, officials said.",
        ];
        texts
            .iter()
            .take(n)
            .enumerate()
            .map(|(i, t)| ingest::load_bytes("t.txt", t.as_bytes(), SourceFormat::Text, DocId(i as u32)).expect("text"))
            .collect()
    }

    #[test]
    fn the_parallel_writer_writes_what_serde_json_writes() {
        for documents in [documents(2), documents(1), documents(0)] {
            let export = to_export(&compare(documents));
            let expected = serde_json::to_string_pretty(&export).expect("serialises");
            let mut written = Vec::new();
            write_pretty(export, &mut written).expect("written");
            assert_eq!(String::from_utf8(written).expect("UTF-8"), expected);
        }
    }
}
