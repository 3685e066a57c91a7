//! The divergence table that the HTML and Markdown reports share: where two articles agree and where they part.

use crate::model::{ClaimId, Comparison, Difference, DocId, LinkId, QuoteFidelity, QuoteId, Span};

/// What one row of the table records.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowKind {
    /// A claim both articles make (a link that is not a contrast).
    Shared,
    /// A link whose claims say different things about the same thing.
    Contrast,
    /// A claim only article A (the first document) makes: nothing in B corresponds to it.
    OnlyA,
    /// A claim only article B (the second document) makes: nothing in A corresponds to it.
    OnlyB,
    /// One article attributes what the other states, or to someone else.
    AttributionShift,
    /// The same quote, cut or reworded.
    QuoteFidelity,
}

impl RowKind {
    /// The kind's name in the reports' first column: "Only in A".
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
    /// What the row records.
    pub kind: RowKind,
    /// The anchor of each side's span in the report: a claim or quote id such as `d0-c5`.
    pub a_id: Option<String>,
    /// Article A's claim or quote text; empty when only B has one.
    pub a: String,
    /// The anchor of B's span, as `a_id` is of A's; `None` when B has no side in the row.
    pub b_id: Option<String>,
    /// Article B's claim or quote text; empty when only A has one.
    pub b: String,
    /// The relation, review state and score, or the kind of shift or fidelity, with the user's note.
    pub detail: String,
}

/// The rows of the table for the first two documents: the comparison's differences between them, in the order of
/// [`Comparison::differences`].
pub fn divergence_rows(c: &Comparison) -> Vec<Row> {
    let (da, db) = (DocId(0), DocId(1));
    c.differences().into_iter().filter(|d| d.between(da, db)).map(|d| row(c, d, da)).collect()
}

/// The row of one difference; `da` is the document on the A side.
fn row(c: &Comparison, difference: Difference, da: DocId) -> Row {
    match difference {
        Difference::Shared { link, a, b } => claim_row(c, RowKind::Shared, Some(a), Some(b), link_detail(c, link)),
        Difference::Contrast { link, a, b } => claim_row(c, RowKind::Contrast, Some(a), Some(b), link_detail(c, link)),
        Difference::Unique { claim } => {
            let detail = c.claim(claim).and_then(|cl| cl.note.as_ref()).map(|n| format!("note: {n}"));
            let (kind, a, b) =
                if claim.doc == da { (RowKind::OnlyA, Some(claim), None) } else { (RowKind::OnlyB, None, Some(claim)) };
            claim_row(c, kind, a, b, detail.unwrap_or_default())
        }
        Difference::Shift { index, a, b } => {
            let s = &c.shifts[index];
            claim_row(c, RowKind::AttributionShift, Some(a), Some(b), format!("{}: {}", s.kind.label(), s.why))
        }
        Difference::Fidelity { index, a, b } => Row {
            kind: RowKind::QuoteFidelity,
            a_id: Some(a.to_string()),
            a: quote_text(c, a),
            b_id: Some(b.to_string()),
            b: quote_text(c, b),
            detail: fidelity_detail(c, &c.fidelity[index]),
        },
    }
}

/// A link's relation, origin, review state and score, why it was made, and the user's note.
fn link_detail(c: &Comparison, link: LinkId) -> String {
    let l = &c.links[link.0 as usize];
    let mut detail = format!("{} ({}, {}, score {:.2}): {}", l.relation, l.origin.label(), l.review, l.score, l.why);
    if let Some(note) = &l.note {
        detail.push_str(&format!("; note: {note}"));
    }
    detail
}

/// How a quote differs, and the words only one side has.
fn fidelity_detail(c: &Comparison, f: &QuoteFidelity) -> String {
    let words = |doc: DocId, spans: &[Span]| -> String {
        let Some(d) = c.document(doc) else { return String::new() };
        spans.iter().map(|s| d.slice(*s)).collect::<Vec<_>>().join(" … ")
    };
    let mut detail = f.fidelity.to_string();
    let (only_a, only_b) = (words(f.a.doc, &f.only_a), words(f.b.doc, &f.only_b));
    if !only_a.is_empty() {
        detail.push_str(&format!("; only A has: {only_a}"));
    }
    if !only_b.is_empty() {
        detail.push_str(&format!("; only B has: {only_b}"));
    }
    detail
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
