//! The W3C Web Annotation Data Model export: claims, quotes, notes and links as JSON-LD annotations.
//!
//! Only terms of the model's context (<http://www.w3.org/ns/anno.jsonld>) are used, so that any JSON-LD
//! processor reads every field. Each target names the document's normalised text (the text every offset
//! indexes) by a URN made from its hash, with `via` giving the article's URL when one is known.

use super::json::status_of;
use crate::model::{CharIndex, Comparison, Document, DocumentAnalysis, ReadoutId, Span, SpeakerId};
use serde_json::{Value, json};

/// The JSON-LD context every annotation is read against.
pub const ANNO_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";
/// How many characters of context the TextQuoteSelector's prefix and suffix hold at most.
pub const CONTEXT_CHARS: usize = 32;

/// The annotations of a comparison as one AnnotationCollection with an embedded page.
pub fn to_w3c_value(c: &Comparison) -> Value {
    let base = collection_urn(c);
    let texts: Vec<DocText> = c.documents.iter().map(DocText::new).collect();
    let mut items = Vec::new();
    for (doc, an) in c.documents.iter().zip(&c.analyses) {
        let t = &texts[doc.id.0 as usize];
        claim_annotations(&mut items, c, &base, t, an);
        for q in &an.quotes {
            let mut body = vec![textual("tagging", &format!("{} quote", q.kind))];
            body.extend(q.speaker.map(|s| speaker_body(c, s)));
            body.extend(q.readout.map(|r| readout_body(c, r)));
            body.push(textual("describing", &format!("confidence {:.2}", q.confidence.clamp(0.0, 1.0))));
            items.push(annotation(format!("{base}:{}", q.id), "identifying", body, t.target(q.span)));
        }
        for r in &an.readouts {
            let mut body = vec![readout_body(c, r.id)];
            body.extend(r.issuer.map(|s| speaker_body(c, s)));
            items.push(annotation(format!("{base}:{}", r.id), "identifying", body, t.target(r.evidence)));
        }
    }
    for (i, l) in c.links.iter().enumerate() {
        let (Some(ca), Some(cb)) = (c.claim(l.a), c.claim(l.b)) else { continue };
        let targets = vec![texts[l.a.doc.0 as usize].target(ca.span), texts[l.b.doc.0 as usize].target(cb.span)];
        let body = vec![
            textual("classifying", l.relation.as_str()),
            textual("assessing", l.review.as_str()),
            textual("tagging", l.origin.label()),
            textual("describing", &format!("score {:.3}: {}", l.score.clamp(0.0, 1.0), l.why)),
        ];
        items.push(annotation(format!("{base}:l{i}"), "linking", body, json!(targets.clone())));
        if let Some(note) = &l.note {
            items.push(note_annotation(format!("{base}:l{i}-note"), note, targets));
        }
    }
    json!({
        "@context": ANNO_CONTEXT,
        "id": base,
        "type": "AnnotationCollection",
        "label": format!(
            "Counterpart comparison of {}",
            c.documents.iter().map(|d| d.display_name()).collect::<Vec<_>>().join(" and ")
        ),
        "generator": {
            "id": "https://crates.io/crates/counterpart",
            "type": "Software",
            "name": format!("Counterpart {}", env!("CARGO_PKG_VERSION")),
        },
        "total": items.len(),
        "first": {
            "id": format!("{base}:page1"),
            "type": "AnnotationPage",
            "startIndex": 0,
            "items": items,
        },
    })
}

/// The annotations of a document's claims that were not merged: each claim classified, and the user's notes.
fn claim_annotations(items: &mut Vec<Value>, c: &Comparison, base: &str, t: &DocText, an: &DocumentAnalysis) {
    let statuses = c.claim_statuses(an.doc);
    for cl in an.claims.iter().filter(|cl| c.is_live_claim(cl.id)) {
        let by_user = if cl.by_user { ", marked by the user" } else { "" };
        let class = format!("{} claim ({}){by_user}", cl.kind, status_of(&statuses, cl.id));
        let mut body = vec![textual("classifying", &class)];
        body.extend(cl.speaker.map(|s| speaker_body(c, s)));
        body.extend(cl.readout.map(|r| readout_body(c, r)));
        items.push(annotation(format!("{base}:{}", cl.id), "classifying", body, t.target(cl.span)));
        if let Some(note) = &cl.note {
            items.push(note_annotation(format!("{base}:{}-note", cl.id), note, vec![t.target(cl.span)]));
        }
    }
}

/// The W3C export as pretty-printed JSON-LD.
pub fn to_w3c(c: &Comparison) -> String {
    serde_json::to_string_pretty(&to_w3c_value(c)).expect("a JSON value always serialises")
}

/// A document's text with what is needed to build selectors on it.
struct DocText<'a> {
    doc: &'a Document,
    index: CharIndex,
    source: Value,
}

impl<'a> DocText<'a> {
    fn new(doc: &'a Document) -> Self {
        let mut source = json!({
            "id": text_urn(doc),
            "type": "Text",
            "format": "text/plain",
            "label": doc.display_name(),
        });
        if let Some(url) = doc.source.url.as_deref().filter(|u| u.starts_with("http://") || u.starts_with("https://")) {
            source["via"] = json!(url);
        }
        DocText { doc, index: CharIndex::new(&doc.text), source }
    }

    /// A target with a TextQuoteSelector and a TextPositionSelector on the same span.
    fn target(&self, span: Span) -> Value {
        let len = self.index.len_chars();
        let (start, end) = (span.start.min(len), span.end.min(len).max(span.start.min(len)));
        let text = &self.doc.text;
        let slice = |s: usize, e: usize| &text[self.index.byte(s)..self.index.byte(e)];
        let mut quote = json!({ "type": "TextQuoteSelector", "exact": slice(start, end) });
        if start > 0 {
            quote["prefix"] = json!(slice(start.saturating_sub(CONTEXT_CHARS), start));
        }
        if end < len {
            quote["suffix"] = json!(slice(end, (end + CONTEXT_CHARS).min(len)));
        }
        json!({
            "type": "SpecificResource",
            "source": self.source,
            "selector": [quote, { "type": "TextPositionSelector", "start": start, "end": end }],
        })
    }
}

fn textual(purpose: &str, value: &str) -> Value {
    json!({ "type": "TextualBody", "purpose": purpose, "value": value, "format": "text/plain" })
}

/// An annotation: its motivation, its bodies and its target (one, or a list).
fn annotation(id: String, motivation: &str, body: Vec<Value>, target: Value) -> Value {
    json!({ "id": id, "type": "Annotation", "motivation": motivation, "body": body, "target": target })
}

fn note_annotation(id: String, note: &str, targets: Vec<Value>) -> Value {
    annotation(id, "commenting", vec![textual("commenting", note)], json!(targets))
}

/// The speaker as an identifying body: their name, kind, role and the other names used for them.
fn speaker_body(c: &Comparison, id: SpeakerId) -> Value {
    let Some(s) = c.speaker(id) else { return textual("identifying", "unknown speaker") };
    let mut value = format!("speaker: {} ({}", s.name, s.kind);
    if let Some(role) = &s.role {
        value.push_str(&format!(", {role}"));
    }
    value.push(')');
    if !s.aliases.is_empty() {
        value.push_str(&format!("; also called {}", s.aliases.join(", ")));
    }
    textual("identifying", &value)
}

/// The readout as a describing body: its kind, its wording, who issued it and when.
fn readout_body(c: &Comparison, id: ReadoutId) -> Value {
    let Some(r) = c.readout(id) else { return textual("describing", "unknown readout") };
    let evidence = c.document(id.doc).map(|d| d.slice(r.evidence)).unwrap_or("");
    let mut value = format!("{}: {evidence}", r.kind);
    if let Some(issuer) = r.issuer.and_then(|s| c.speaker(s)) {
        value.push_str(&format!("; issued by {}", issuer.name));
    }
    if let Some(date) = r.date {
        value.push_str(&format!("; dated {date}"));
    }
    textual("describing", &value)
}

/// A URN naming a document's normalised text by its content.
fn text_urn(doc: &Document) -> String {
    format!("urn:counterpart:text:{:016x}", crate::ingest::content_hash(doc.text.as_bytes()))
}

/// A URN naming the comparison by the texts it compares.
fn collection_urn(c: &Comparison) -> String {
    let joined: Vec<u8> = c.documents.iter().flat_map(|d| d.text.bytes().chain([0])).collect();
    format!("urn:counterpart:comparison:{:016x}", crate::ingest::content_hash(&joined))
}
