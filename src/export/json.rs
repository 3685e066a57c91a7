//! The JSON export contract (docs/export-format.md): string ids, character offsets and the text of every span.

use crate::model::{
    AttributionShift, CharIndex, Claim, ClaimId, ClaimStatus, Comparison, Document, DocumentAnalysis, EventCheck, Link,
    Quote, QuoteFidelity, Readout, Span, Speaker,
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
    let texts = SpanTexts(&indexes);
    ExportFile {
        format: "counterpart".into(),
        version: 1,
        documents: c.documents.par_iter().zip(c.analyses.par_iter()).map(|(d, an)| document(c, texts, d, an)).collect(),
        speakers: c.speakers.iter().map(speaker).collect(),
        links: c.links.iter().enumerate().map(|(i, l)| link(i, l)).collect(),
        event_check: event_check(c.event_check.as_ref()),
        warnings: c.warnings.clone(),
        quote_fidelity: c.fidelity.iter().filter_map(|f| fidelity(c, texts, f)).collect(),
        attribution_shifts: c.shifts.iter().map(shift).collect(),
    }
}

/// The character indexes of the documents, by document, to cut the text of spans out of them.
#[derive(Clone, Copy)]
struct SpanTexts<'a>(&'a [CharIndex]);

impl SpanTexts<'_> {
    /// A span of a document with its text, clamped to the text.
    fn get(&self, doc: &Document, span: Span) -> TextSpan {
        let idx = &self.0[doc.id.0 as usize];
        let span = Span::new(span.start.min(idx.len_chars()), span.end.min(idx.len_chars()));
        TextSpan { start: span.start, end: span.end, text: doc.text[idx.byte_range(span)].to_owned() }
    }
}

fn document(c: &Comparison, texts: SpanTexts, doc: &Document, an: &DocumentAnalysis) -> ExportDocument {
    let statuses = c.claim_statuses(doc.id);
    ExportDocument {
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
        claims: an.claims.iter().map(|cl| claim(c, texts, doc, cl, status_of(&statuses, cl.id))).collect(),
        quotes: an.quotes.iter().map(|q| quote(texts, doc, q)).collect(),
        readouts: an.readouts.iter().map(|r| readout(texts, doc, r)).collect(),
        boilerplate: ranges(&doc.boilerplate),
        source_format: Some(doc.source.format.to_string()),
        content_hash: Some(format!("{:016x}", doc.source.content_hash)),
    }
}

fn claim(c: &Comparison, texts: SpanTexts, doc: &Document, cl: &Claim, status: ClaimStatus) -> ExportClaim {
    let t = texts.get(doc, cl.span);
    ExportClaim {
        id: cl.id.to_string(),
        start: t.start,
        end: t.end,
        text: t.text,
        sentence: cl.sentence,
        status: status.to_string(),
        kind: cl.kind.to_string(),
        speaker: cl.speaker.map(|s| s.to_string()),
        readout: cl.readout.map(|r| r.to_string()),
        quotes: cl.quotes.iter().map(ToString::to_string).collect(),
        by_user: cl.by_user,
        note: cl.note.clone(),
        merged_into: c.merged_into(cl.id).map(|id| id.to_string()),
    }
}

fn quote(texts: SpanTexts, doc: &Document, q: &Quote) -> ExportQuote {
    let t = texts.get(doc, q.span);
    ExportQuote {
        id: q.id.to_string(),
        start: t.start,
        end: t.end,
        text: t.text,
        kind: q.kind.to_string(),
        speaker: q.speaker.map(|s| s.to_string()),
        speaker_mention: q.speaker_mention.map(|s| texts.get(doc, s)),
        cue: q.cue.map(|s| texts.get(doc, s)),
        readout: q.readout.map(|r| r.to_string()),
        confidence: q.confidence,
    }
}

fn readout(texts: SpanTexts, doc: &Document, r: &Readout) -> ExportReadout {
    ExportReadout {
        id: r.id.to_string(),
        issuer: r.issuer.map(|s| s.to_string()),
        kind: r.kind.to_string(),
        date: r.date.map(|d| d.to_string()),
        evidence: texts.get(doc, r.evidence),
    }
}

fn speaker(s: &Speaker) -> ExportSpeaker {
    ExportSpeaker {
        id: s.id.to_string(),
        name: s.name.clone(),
        aliases: s.aliases.clone(),
        kind: s.kind.to_string(),
        role: s.role.clone(),
    }
}

/// The link at position `i`, its score rounded to three places.
fn link(i: usize, l: &Link) -> ExportLink {
    ExportLink {
        id: format!("l{i}"),
        a: l.a.to_string(),
        b: l.b.to_string(),
        relation: l.relation.to_string(),
        score: (l.score.clamp(0.0, 1.0) * 1000.0).round() / 1000.0,
        why: l.why.clone(),
        origin: l.origin.to_string(),
        review: l.review.to_string(),
        note: l.note.clone(),
    }
}

fn event_check(check: Option<&EventCheck>) -> ExportEventCheck {
    match check {
        Some(e) => ExportEventCheck { same_event: e.same_event, why: e.why.clone() },
        None => ExportEventCheck { same_event: None, why: "fewer than two documents to compare".into() },
    }
}

/// A quote given in two documents, or `None` when either document is missing.
fn fidelity(c: &Comparison, texts: SpanTexts, f: &QuoteFidelity) -> Option<ExportFidelity> {
    let (da, db) = (c.document(f.a.doc)?, c.document(f.b.doc)?);
    Some(ExportFidelity {
        a: f.a.to_string(),
        b: f.b.to_string(),
        fidelity: f.fidelity.to_string(),
        only_a: f.only_a.iter().map(|s| texts.get(da, *s)).collect(),
        only_b: f.only_b.iter().map(|s| texts.get(db, *s)).collect(),
    })
}

fn shift(s: &AttributionShift) -> ExportShift {
    ExportShift { a: s.a.to_string(), b: s.b.to_string(), kind: s.kind.to_string(), why: s.why.clone() }
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

/// A claim's status in a list of its document's statuses by claim index; unique when the list does not cover it.
pub(super) fn status_of(statuses: &[ClaimStatus], id: ClaimId) -> ClaimStatus {
    statuses.get(id.index as usize).copied().unwrap_or(ClaimStatus::Unique)
}

fn ranges(spans: &[Span]) -> Vec<Range> {
    spans.iter().map(|s| Range { start: s.start, end: s.end }).collect()
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
