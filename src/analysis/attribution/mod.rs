//! Who said what: quotes with their speakers and cues, and the readouts they came through.

use super::DateMention;
use crate::model::{Document, Quote, Readout, Speaker};

/// One document's quotes, readouts and the speakers they name. Speaker ids index `speakers`.
#[derive(Clone, Debug, Default)]
pub struct Attribution {
    pub quotes: Vec<Quote>,
    pub readouts: Vec<Readout>,
    pub speakers: Vec<Speaker>,
}

/// Finds the quotes, speakers and readouts of one document.
pub fn attribute(_doc: &Document, _dates: &[DateMention]) -> Attribution {
    Attribution::default()
}
