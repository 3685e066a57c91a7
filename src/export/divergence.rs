//! The divergence table that the HTML and Markdown reports share: where two articles agree and where they part.

use std::collections::HashMap;

use crate::model::{
    ClaimId, ClaimStatus, Comparison, DocId, Fidelity, LinkOrigin, LinkReview, QuoteId, Relation, ShiftKind,
};

/// What one row of the table records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// A claim both articles make (a link that is not a contrast).
    Shared,
    /// A link whose claims say different things about the same thing.
    Contrast,
    OnlyA,
    OnlyB,
    /// One article attributes what the other states, or to someone else.
    AttributionShift,
    /// The same quote, cut or reworded.
    QuoteFidelity,
}

impl RowKind {
    pub fn title(self) -> &'static str {
        match self {
            RowKind::Shared => "Shared",
            RowKind::Contrast => "Contrast",
            RowKind::OnlyA => "Only in A",
            RowKind::OnlyB => "Only in B",
            RowKind::AttributionShift => "Attribution shift",
            RowKind::QuoteFidelity => "Quote fidelity",
        }
    }
}

/// One row: the text on each side (either may be empty) and what the difference is.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    pub kind: RowKind,
    /// The anchor of each side's span in the report: a claim or quote id such as `d0-c5`.
    pub a_id: Option<String>,
    pub a: String,
    pub b_id: Option<String>,
    pub b: String,
    /// The relation, review state and score, or the kind of shift or fidelity, with the user's note.
    pub detail: String,
}

/// Every claim's status at once, in time linear in the claims and links (`Comparison::claim_status` scans the
/// links for each claim). Claims absent from the map are unique.
pub fn claim_statuses(c: &Comparison) -> HashMap<ClaimId, ClaimStatus> {
    let mut statuses = HashMap::new();
    for l in c.links.iter().filter(|l| l.review != LinkReview::Rejected) {
        for end in [l.a, l.b] {
            let s = statuses.entry(end).or_insert(ClaimStatus::Matched);
            if l.relation == Relation::Contrast {
                *s = ClaimStatus::Conflict;
            }
        }
    }
    statuses
}

/// The rows of the table for the first two documents, in the order of `RowKind`, each group in text order.
pub fn divergence_rows(c: &Comparison) -> Vec<Row> {
    let (da, db) = (DocId(0), DocId(1));
    let mut rows = Vec::new();
    let mut live: Vec<&crate::model::Link> =
        c.links.iter().filter(|l| l.review != LinkReview::Rejected && l.a.doc == da && l.b.doc == db).collect();
    live.sort_by_key(|l| (l.a, l.b));
    for want in [RowKind::Shared, RowKind::Contrast] {
        for l in &live {
            let kind = if l.relation == Relation::Contrast { RowKind::Contrast } else { RowKind::Shared };
            if kind != want {
                continue;
            }
            let mut detail = format!(
                "{} ({}, {}, score {:.2}): {}",
                super::json::relation_name(l.relation),
                if l.origin == LinkOrigin::User { "user link" } else { "automatic link" },
                super::json::review_name(l.review),
                l.score,
                l.why
            );
            if let Some(note) = &l.note {
                detail.push_str(&format!("; note: {note}"));
            }
            rows.push(claim_row(c, kind, Some(l.a), Some(l.b), detail));
        }
    }
    let statuses = claim_statuses(c);
    for (kind, doc) in [(RowKind::OnlyA, da), (RowKind::OnlyB, db)] {
        let Some(an) = c.analysis(doc) else { continue };
        for cl in an.claims.iter().filter(|cl| c.is_live_claim(cl.id)) {
            if !statuses.contains_key(&cl.id) {
                let detail = cl.note.as_ref().map(|n| format!("note: {n}")).unwrap_or_default();
                let (a, b) = if doc == da { (Some(cl.id), None) } else { (None, Some(cl.id)) };
                rows.push(claim_row(c, kind, a, b, detail));
            }
        }
    }
    for s in c.shifts.iter().filter(|s| s.a.doc == da && s.b.doc == db) {
        let kind = match s.kind {
            ShiftKind::StatedAsFact => "stated as fact",
            ShiftKind::DifferentSpeaker => "different speaker",
        };
        rows.push(claim_row(c, RowKind::AttributionShift, Some(s.a), Some(s.b), format!("{kind}: {}", s.why)));
    }
    for f in c.fidelity.iter().filter(|f| f.fidelity != Fidelity::Verbatim && f.a.doc == da && f.b.doc == db) {
        let words = |doc: DocId, spans: &[crate::model::Span]| -> String {
            let Some(d) = c.document(doc) else { return String::new() };
            spans.iter().map(|s| d.slice(*s)).collect::<Vec<_>>().join(" … ")
        };
        let mut detail = match f.fidelity {
            Fidelity::Trimmed => "trimmed".to_string(),
            _ => "paraphrased".to_string(),
        };
        let (only_a, only_b) = (words(f.a.doc, &f.only_a), words(f.b.doc, &f.only_b));
        if !only_a.is_empty() {
            detail.push_str(&format!("; only A has: {only_a}"));
        }
        if !only_b.is_empty() {
            detail.push_str(&format!("; only B has: {only_b}"));
        }
        rows.push(Row {
            kind: RowKind::QuoteFidelity,
            a_id: Some(f.a.to_string()),
            a: quote_text(c, f.a),
            b_id: Some(f.b.to_string()),
            b: quote_text(c, f.b),
            detail,
        });
    }
    rows
}

fn claim_row(c: &Comparison, kind: RowKind, a: Option<ClaimId>, b: Option<ClaimId>, detail: String) -> Row {
    Row {
        kind,
        a_id: a.map(|id| id.to_string()),
        a: a.map(|id| c.claim_text(id).to_owned()).unwrap_or_default(),
        b_id: b.map(|id| id.to_string()),
        b: b.map(|id| c.claim_text(id).to_owned()).unwrap_or_default(),
        detail,
    }
}

fn quote_text(c: &Comparison, id: QuoteId) -> String {
    match (c.document(id.doc), c.quote(id)) {
        (Some(d), Some(q)) => d.slice(q.span).to_owned(),
        _ => String::new(),
    }
}
