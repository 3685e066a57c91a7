//! The JSON export contract (docs/export-format.md): string ids, character offsets and the text of every span.

use crate::model::{
    Actor, AttributionShift, CharIndex, Claim, ClaimId, ClaimStatus, Comparison, Document, DocumentAnalysis,
    EventCheck, Link, Quote, QuoteFidelity, Readout, Span, Speaker,
};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// The top level of the export.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportFile {
    /// Always `counterpart`; an import refuses any other value.
    pub format: String,
    /// The version of the contract, `1`; an import refuses a newer one.
    pub version: u32,
    /// The documents in argument order, the first with the id `d0`.
    pub documents: Vec<ExportDocument>,
    /// The speakers of all documents, in one registry that they share.
    pub speakers: Vec<ExportSpeaker>,
    /// The links between claims of different documents, with the user's reviews and notes.
    pub links: Vec<ExportLink>,
    /// Whether the documents report the same event, and why.
    pub event_check: ExportEventCheck,
    /// What the analysis could not do, in words for a person.
    pub warnings: Vec<String>,
    /// The quotes that two documents both give, and how closely they agree; absent from older exports.
    #[serde(default)]
    pub quote_fidelity: Vec<ExportFidelity>,
    /// Linked claims that differ in who, if anyone, they are attributed to; absent from older exports.
    #[serde(default)]
    pub attribution_shifts: Vec<ExportShift>,
    /// Every person and organisation the documents name, quoted or not, with their mentions; absent from older
    /// exports.
    #[serde(default)]
    pub actors: Vec<ExportActor>,
}

/// One article: where it came from, its normalised text, and what the analysis found in it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportDocument {
    /// The document's id: `d0`, `d1`, … in argument order.
    pub id: String,
    /// The file read, as given on the command line; null for a built-in sample or pasted text.
    pub path: Option<String>,
    /// The file name, or the name of a built-in sample.
    pub label: String,
    /// The document's own title (HTML or Markdown metadata, a headline-like first line), else a headline made from
    /// the URL's slug, else the first sentence shortened; null only when the text has no sentence.
    pub title: Option<String>,
    /// The author, when the source names one.
    pub byline: Option<String>,
    /// A first line that is only a URL, the HTML canonical URL, or the URL in front matter; null when none.
    pub url: Option<String>,
    /// The site name, or the outlet named by the URL's host (`cnn.com` gives `CNN`); null when neither is known.
    pub outlet: Option<String>,
    /// The publication date, `YYYY-MM-DD`, from metadata or a dated URL path such as `/2019/12/29/`; null when unknown.
    pub published: Option<String>,
    /// The date of the main event the document reports, `YYYY-MM-DD`, or null when the analysis found none.
    pub event_date: Option<String>,
    /// The normalised article text that every offset in this document counts characters into.
    pub text: String,
    /// Every non-blank line of `text`, as a paragraph.
    pub paragraphs: Vec<Range>,
    /// The sentences of the prose paragraphs; a claim's `sentence` indexes this list.
    pub sentences: Vec<Range>,
    /// The claims, in id order, with merged claims kept in their place.
    pub claims: Vec<ExportClaim>,
    /// The direct, partial and indirect quotes, in id order.
    pub quotes: Vec<ExportQuote>,
    /// The official accounts the document cites: readouts, statements, briefings and reports.
    pub readouts: Vec<ExportReadout>,
    /// Captions, photo credits, tag lines and share prompts, which are never claims.
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
    /// The offset of the first character, counted in characters into the document's `text`.
    pub start: usize,
    /// The offset just past the last character: the end is exclusive.
    pub end: usize,
}

/// A span with the text it covers.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TextSpan {
    /// The offset of the first character, counted in characters into the document's `text`.
    pub start: usize,
    /// The offset just past the last character: the end is exclusive.
    pub end: usize,
    /// The document's text from `start` to `end`, character for character.
    pub text: String,
}

/// A claim: a span of one document that states one thing, with its standing in the comparison.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportClaim {
    /// The claim's id, `d0-c5`: document 0, claim 5.
    pub id: String,
    /// Where the claim starts, in characters into the document's `text`.
    pub start: usize,
    /// Where the claim ends, in characters, exclusive.
    pub end: usize,
    /// The claim's words, exactly the document's text from `start` to `end`.
    pub text: String,
    /// The index into the document's `sentences` of the sentence the claim comes from.
    pub sentence: usize,
    /// `matched`, `unique` or `conflict`, from the links that are not rejected: `conflict` when one is a `contrast`,
    /// `matched` when there is any, else `unique`.
    pub status: String,
    /// How the article presents the claim: `statement`, `quote`, `attribution` or `background`.
    pub kind: String,
    /// The id of the speaker the claim is attributed to, such as `s3`, or null.
    pub speaker: Option<String>,
    /// The id of the readout the claim comes through, such as `d0-r1`, or null.
    pub readout: Option<String>,
    /// The ids of the quotes the claim holds, such as `d0-q2`.
    pub quotes: Vec<String>,
    /// Whether the user marked this span as a claim; false when absent.
    #[serde(default)]
    pub by_user: bool,
    /// The user's note on the claim, or null.
    #[serde(default)]
    pub note: Option<String>,
    /// The claim the user merged this one into; a merged claim is kept so that ids stay stable.
    #[serde(default)]
    pub merged_into: Option<String>,
}

/// A quote: words the article gives to someone, with who said them and how.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportQuote {
    /// The quote's id, `d0-q2`: document 0, quote 2.
    pub id: String,
    /// Where the quote starts, in characters into the document's `text`.
    pub start: usize,
    /// Where the quote ends, in characters, exclusive.
    pub end: usize,
    /// The quoted content; direct and partial quotes include their quote marks.
    pub text: String,
    /// `direct` (a whole sentence in quote marks), `partial` (quoted words inside the article's own sentence) or
    /// `indirect` (reported speech without marks).
    pub kind: String,
    /// The id of the resolved speaker, such as `s3`, or null when none was resolved.
    pub speaker: Option<String>,
    /// The words in this document that attribute the quote: a name, a description, or the pronoun when the text uses
    /// one; null when there are none.
    pub speaker_mention: Option<TextSpan>,
    /// The speech cue, such as `said`, `according to` or `told`, or null when there is none.
    pub cue: Option<TextSpan>,
    /// The id of the readout the quote comes from, such as `d0-r1`, or null.
    pub readout: Option<String>,
    /// How sure the analysis is of the quote and its speaker, from 0 to 1.
    pub confidence: f32,
}

/// An official account that a document cites, such as a Kremlin readout of a call.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportReadout {
    /// The readout's id, `d0-r1`: document 0, readout 1.
    pub id: String,
    /// The id of the speaker who issued it (the Kremlin, the White House, a news agency), or null.
    pub issuer: Option<String>,
    /// `readout`, `statement`, `briefing` or `report`.
    pub kind: String,
    /// When the text says it was issued, `YYYY-MM-DD`, or null.
    pub date: Option<String>,
    /// The words that name it: "a Kremlin readout of the call".
    pub evidence: TextSpan,
}

/// Someone quoted or cited, in the one registry that all documents share.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportSpeaker {
    /// The speaker's id, `s3`.
    pub id: String,
    /// The fullest name seen: "Vladimir Putin".
    pub name: String,
    /// The other ways the documents refer to them: "Putin", "the Russian president".
    pub aliases: Vec<String>,
    /// `person`, `organization`, `group` or `anonymous`.
    pub kind: String,
    /// Their role when the text gives one, such as "White House spokesman", or null.
    pub role: Option<String>,
}

/// A person or organisation of the story, merged across the documents by the rules of the speaker registry.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportActor {
    /// The actor's id, `p2`: its position in `actors`.
    pub id: String,
    /// The fullest name seen: "Vladimir Putin".
    pub name: String,
    /// `person` or `organization`.
    pub kind: String,
    /// The other ways the documents name them: "Putin", "the Russian president".
    pub aliases: Vec<String>,
    /// Their role when the text gives one, such as "Russian President", or null.
    pub role: Option<String>,
    /// True when they are the speaker of some quote.
    pub quoted: bool,
    /// The words that name them, per document, one entry for every document in document order.
    pub mentions: Vec<ExportMentions>,
}

/// The mentions of an actor in one document.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportMentions {
    /// The document's id, `d0`.
    pub document: String,
    /// The spans that name the actor, in text order; empty when the document does not name them.
    pub spans: Vec<TextSpan>,
}

/// A link between claims of two documents, and the user's verdict on it.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportLink {
    /// The link's id, `l4`: its position in `links`.
    pub id: String,
    /// The id of the claim in the earlier document.
    pub a: String,
    /// The id of the claim in the later document.
    pub b: String,
    /// `same` (one fact), `parallel` (the same role in two similar events), `contrast` (the same slot with different
    /// values) or `related` (weaker evidence).
    pub relation: String,
    /// The strength of the evidence, from 0 to 1, rounded to three places.
    pub score: f32,
    /// The evidence for the link, in plain words.
    pub why: String,
    /// `auto` when the analysis made the link, `user` when the user did.
    pub origin: String,
    /// The user's verdict: `unreviewed`, `confirmed` or `rejected`.
    pub review: String,
    /// The user's note on the link, or null.
    pub note: Option<String>,
    /// The slot in which the two claims' values differ and the two values as written, for a `contrast` (the
    /// conflict) or a `parallel` link (where the two events differ); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot_difference: Option<ExportSlotDifference>,
}

/// The slot in which two linked claims differ, and its two values.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportSlotDifference {
    /// `amount`, `date`, `ordinal` or `polarity`.
    pub slot: String,
    /// The value in the claim `a`, as written (for `polarity`, `affirms` or `denies`).
    pub a: String,
    /// The value in the claim `b`.
    pub b: String,
}

/// Whether the documents report the same event, and why the analysis thinks so.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportEventCheck {
    /// Null when the evidence does not decide, or when there are fewer than two documents.
    pub same_event: Option<bool>,
    /// The reason, in plain words.
    pub why: String,
    /// True when the two events are occurrences of one developing story, dated a week or more apart with the same
    /// participants: `same_event` is false, but the claims link as claims of one story. Absent in exports written
    /// before it existed, and then false.
    #[serde(default)]
    pub one_story: bool,
}

/// A quote that two documents both give, and the words in which they differ.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportFidelity {
    /// The quote's id in one document, such as `d0-q2`.
    pub a: String,
    /// The id of the same quote in the other document.
    pub b: String,
    /// How closely the two agree: `verbatim`, `trimmed` or `paraphrased`.
    pub fidelity: String,
    /// The spans of `a`'s document with the words that `b` lacks.
    pub only_a: Vec<TextSpan>,
    /// The spans of `b`'s document with the words that `a` lacks.
    pub only_b: Vec<TextSpan>,
}

/// Two linked claims that differ in who, if anyone, they are attributed to.
#[derive(Clone, Debug, Serialize, Deserialize)]
pub struct ExportShift {
    /// The id of the claim in one document, such as `d0-c5`.
    pub a: String,
    /// The id of the linked claim in the other document.
    pub b: String,
    /// `stated_as_fact` when one article attributes the claim and the other states it as fact, `different_speaker`
    /// when they give the same words to different speakers.
    pub kind: String,
    /// The evidence for the shift, in plain words.
    pub why: String,
    /// Who the claim `a` gives the fact to, as written; empty when it states the fact.
    #[serde(default)]
    pub a_source: String,
    /// Who the claim `b` gives the fact to, as written; empty when it states the fact.
    #[serde(default)]
    pub b_source: String,
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
        actors: c.actors.iter().enumerate().map(|(i, a)| actor(c, texts, i, a)).collect(),
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

/// The actor at position `i`, with an entry of mentions for every document.
fn actor(c: &Comparison, texts: SpanTexts, i: usize, a: &Actor) -> ExportActor {
    ExportActor {
        id: format!("p{i}"),
        name: a.name.clone(),
        kind: a.kind.to_string(),
        aliases: a.aliases.clone(),
        role: a.role.clone(),
        quoted: a.quoted,
        mentions: c
            .documents
            .iter()
            .enumerate()
            .map(|(d, doc)| ExportMentions {
                document: doc.id.to_string(),
                spans: a.mentions.get(d).into_iter().flatten().map(|s| texts.get(doc, *s)).collect(),
            })
            .collect(),
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
        slot_difference: l.slot_difference.as_ref().map(|c| ExportSlotDifference {
            slot: c.slot.to_string(),
            a: c.a.clone(),
            b: c.b.clone(),
        }),
    }
}

fn event_check(check: Option<&EventCheck>) -> ExportEventCheck {
    match check {
        Some(e) => ExportEventCheck { same_event: e.same_event, why: e.why.clone(), one_story: e.one_story },
        None => {
            ExportEventCheck { same_event: None, why: "fewer than two documents to compare".into(), one_story: false }
        }
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
    ExportShift {
        a: s.a.to_string(),
        b: s.b.to_string(),
        kind: s.kind.to_string(),
        why: s.why.clone(),
        a_source: s.a_source.clone(),
        b_source: s.b_source.clone(),
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
