//! CSV exports for spreadsheets: one row per link, one row per quote, and the divergence table, quoted by RFC
//! 4180.

use super::divergence::divergence_rows;
use crate::model::Comparison;

/// One row per link: both claims' ids and text, relation, score, origin, review state, note and evidence.
pub fn links_csv(c: &Comparison) -> String {
    let mut out = String::new();
    row(
        &mut out,
        &["link", "claim_a", "text_a", "claim_b", "text_b", "relation", "score", "origin", "review", "note", "why"],
    );
    for (i, l) in c.links.iter().enumerate() {
        row(
            &mut out,
            &[
                &format!("l{i}"),
                &l.a.to_string(),
                c.claim_text(l.a),
                &l.b.to_string(),
                c.claim_text(l.b),
                l.relation.as_str(),
                &format!("{:.3}", l.score.clamp(0.0, 1.0)),
                l.origin.as_str(),
                l.review.as_str(),
                l.note.as_deref().unwrap_or(""),
                &l.why,
            ],
        );
    }
    out
}

/// One row per quote: its document, text, kind, speaker, readout and confidence.
pub fn quotes_csv(c: &Comparison) -> String {
    let mut out = String::new();
    row(&mut out, &["quote", "document", "text", "kind", "speaker", "readout", "readout_kind", "confidence"]);
    for (doc, an) in c.documents.iter().zip(&c.analyses) {
        for q in &an.quotes {
            let speaker = q.speaker.and_then(|s| c.speaker(s)).map(|s| s.name.as_str()).unwrap_or("");
            let readout = q.readout.and_then(|r| c.readout(r));
            row(
                &mut out,
                &[
                    &q.id.to_string(),
                    doc.display_name(),
                    doc.slice(q.span),
                    q.kind.as_str(),
                    speaker,
                    readout.map(|r| doc.slice(r.evidence)).unwrap_or(""),
                    readout.map(|r| r.kind.as_str()).unwrap_or(""),
                    &format!("{:.3}", q.confidence.clamp(0.0, 1.0)),
                ],
            );
        }
    }
    out
}

/// The divergence table of the first two documents, one row per difference or agreement, grouped as the reports
/// group it: each row's group heading, both sides' ids and text, and the reason.
pub fn divergence_csv(c: &Comparison) -> String {
    let mut out = String::new();
    row(&mut out, &["group", "id_a", "text_a", "id_b", "text_b", "reason"]);
    for r in divergence_rows(c) {
        let id = |id: &Option<String>| id.clone().unwrap_or_default();
        row(&mut out, &[r.group.heading(), &id(&r.a_id), &r.a, &id(&r.b_id), &r.b, &r.detail]);
    }
    out
}

/// Appends one record, ending in CRLF as RFC 4180 asks.
fn row(out: &mut String, cells: &[&str]) {
    for (i, cell) in cells.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&cell_text(cell));
    }
    out.push_str("\r\n");
}

/// A cell, guarded against formula injection and quoted when it needs to be.
///
/// A spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` (or a tab or carriage return before one) as a
/// formula, so such cells get a leading apostrophe, which spreadsheets show as text.
pub fn cell_text(cell: &str) -> String {
    let guarded = if cell.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{cell}") } else { cell.to_owned() };
    if guarded.contains([',', '"', '\n', '\r']) { format!("\"{}\"", guarded.replace('"', "\"\"")) } else { guarded }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_are_quoted_and_guarded() {
        assert_eq!(cell_text("plain"), "plain");
        assert_eq!(cell_text("a, \"b\"\nc"), "\"a, \"\"b\"\"\nc\"");
        assert_eq!(cell_text("=HYPERLINK(\"x\")"), "\"'=HYPERLINK(\"\"x\"\")\"");
        assert_eq!(cell_text("+1"), "'+1");
        assert_eq!(cell_text("-2"), "'-2");
        assert_eq!(cell_text("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell_text("a=b"), "a=b");
    }
}
