//! Finds date expressions and resolves them against the publication date, pointing back in time.

use crate::model::{Document, Span};
use chrono::NaiveDate;

/// A date expression in the text and the date it resolves to.
#[derive(Clone, Debug, PartialEq)]
pub struct DateMention {
    pub span: Span,
    pub date: NaiveDate,
}

/// Every resolvable date expression in the document, in text order.
pub fn date_mentions(_doc: &Document, _anchor: Option<NaiveDate>) -> Vec<DateMention> {
    Vec::new()
}

/// The date of the main event the document reports.
pub fn event_date(_doc: &Document, _dates: &[DateMention]) -> Option<NaiveDate> {
    None
}
