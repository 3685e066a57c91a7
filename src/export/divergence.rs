//! The divergence table that the HTML, Markdown and CSV reports share: where two articles part and where they
//! agree, grouped by kind.

use crate::model::{ClaimId, Comparison, Difference, DifferenceGroup, DocId, LinkId};

/// One row: the text on each side (either may be empty) and why the row is there.
#[derive(Clone, Debug, PartialEq)]
pub struct Row {
    /// The group the row is listed under.
    pub group: DifferenceGroup,
    /// The anchor of each side's span in the report: a claim or quote id such as `d0-c5`.
    pub a_id: Option<String>,
    /// Article A's claim or quote text; empty when only B has one.
    pub a: String,
    /// The anchor of B's span, as `a_id` is of A's; `None` when B has no side in the row.
    pub b_id: Option<String>,
    /// Article B's claim or quote text; empty when only A has one.
    pub b: String,
    /// The reason ([`Difference::reason`]); for a link also its origin, review state and score, and the user's
    /// notes.
    pub detail: String,
}

/// The rows of the table for the first two documents: the comparison's differences between them, in the order of
/// [`Comparison::differences`], so that each group's rows are together and the groups come in the order of
/// [`DifferenceGroup::ALL`].
pub fn divergence_rows(c: &Comparison) -> Vec<Row> {
    let (da, db) = (DocId(0), DocId(1));
    c.differences().into_iter().filter(|d| d.between(da, db)).map(|d| row(c, d, da)).collect()
}

/// The rows split into their groups, in order, leaving out the groups that have none.
pub fn grouped(rows: &[Row]) -> Vec<(DifferenceGroup, &[Row])> {
    rows.chunk_by(|x, y| x.group == y.group).map(|chunk| (chunk[0].group, chunk)).collect()
}

/// The row of one difference; `da` is the document on the A side.
fn row(c: &Comparison, difference: Difference, da: DocId) -> Row {
    let group = difference.group(da);
    let reason = difference.reason(c);
    match difference {
        Difference::Contrast { link, a, b }
        | Difference::Parallel { link, a, b }
        | Difference::Shared { link, a, b } => claim_row(c, group, Some(a), Some(b), link_detail(c, link, reason)),
        Difference::Unique { claim } => {
            let note = c.claim(claim).and_then(|cl| cl.note.as_ref()).map(|n| format!("note: {n}"));
            let (a, b) = if claim.doc == da { (Some(claim), None) } else { (None, Some(claim)) };
            claim_row(c, group, a, b, note.unwrap_or_default())
        }
        Difference::Shift { a, b, .. } => claim_row(c, group, Some(a), Some(b), reason),
        Difference::Fidelity { a, b, .. } => Row {
            group,
            a_id: Some(a.to_string()),
            a: c.quote_text(a).to_owned(),
            b_id: Some(b.to_string()),
            b: c.quote_text(b).to_owned(),
            detail: reason,
        },
    }
}

/// A link's reason, then its origin, review state and score, and the user's note.
fn link_detail(c: &Comparison, link: LinkId, reason: String) -> String {
    let Some(l) = c.links.get(link.0 as usize) else { return reason };
    let mut parts = vec![reason, format!("{}, {}, score {:.2}", l.origin.label(), l.review, l.score)];
    parts.extend(l.note.as_ref().map(|note| format!("note: {note}")));
    parts.retain(|p| !p.is_empty());
    parts.join("; ")
}

fn claim_row(c: &Comparison, group: DifferenceGroup, a: Option<ClaimId>, b: Option<ClaimId>, detail: String) -> Row {
    Row {
        group,
        a_id: a.map(|id| id.to_string()),
        a: a.map(|id| c.claim_text(id).to_owned()).unwrap_or_default(),
        b_id: b.map(|id| id.to_string()),
        b: b.map(|id| c.claim_text(id).to_owned()).unwrap_or_default(),
        detail,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(group: DifferenceGroup, a: &str) -> Row {
        Row { group, a_id: None, a: a.into(), b_id: None, b: String::new(), detail: String::new() }
    }

    #[test]
    fn rows_split_into_their_groups_in_order() {
        let rows = [
            row(DifferenceGroup::Conflicts, "x"),
            row(DifferenceGroup::OnlyInA, "y"),
            row(DifferenceGroup::OnlyInA, "z"),
            row(DifferenceGroup::Shared, "w"),
        ];
        let groups: Vec<(DifferenceGroup, usize)> = grouped(&rows).into_iter().map(|(g, r)| (g, r.len())).collect();
        assert_eq!(
            groups,
            [(DifferenceGroup::Conflicts, 1), (DifferenceGroup::OnlyInA, 2), (DifferenceGroup::Shared, 1)]
        );
        assert!(grouped(&[]).is_empty());
    }
}
