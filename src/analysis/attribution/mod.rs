//! Who said what: quotes with their speakers and cues, and the readouts they came through.

mod cues;
pub(super) use cues::is_pronoun;
mod direct;
mod grammar;
mod indirect;
mod names;
mod quote_marks;
mod readouts;
mod speakers;

use super::{ActorDraft, DateMention};
use crate::analysis::text::Tokens;
use crate::model::{Document, Quote, Readout, Speaker};
use grammar::Reader;
use readouts::ReadoutIndex;
use speakers::SpeakerTable;

pub(super) use speakers::{org_core, same_person_normed};

/// One document's quotes, readouts and the speakers they name. Speaker ids index `speakers`.
#[derive(Clone, Debug, Default)]
pub struct Attribution {
    /// The quotes, direct, partial and indirect, in text order.
    pub quotes: Vec<Quote>,
    /// The official accounts the quotes came through.
    pub readouts: Vec<Readout>,
    /// The speakers and issuers named, before the registry merges them across documents.
    pub speakers: Vec<Speaker>,
    /// The people and organisations named, quoted or not, before they are merged across documents.
    pub actors: Vec<ActorDraft>,
}

/// Finds the quotes, speakers and readouts of one document.
pub(super) fn attribute(doc: &Document, toks: &Tokens, dates: &[DateMention]) -> Attribution {
    let chars: Vec<char> = doc.text.chars().collect();
    let lower: Vec<&str> = toks.lower.iter().map(|l| &**l).collect();
    let r = Reader::new(doc, &chars, &toks.tokens, &lower);
    let mut table = SpeakerTable::default();
    grammar::note_names(&r, &mut table);
    let event = super::dates::event_date(doc, dates);
    let found_readouts = readouts::find_readouts(&r.words, doc.id, &doc.sentences, dates, event, &mut table);
    let index = ReadoutIndex::new(&found_readouts);
    let marked = quote_marks::quote_spans(&chars, &doc.paragraphs);
    let mut quotes = direct::direct_quotes(&r, &marked, (&found_readouts, &index), &mut table);
    indirect::indirect_speech(&r, &marked, (&found_readouts, &index), &mut table, &mut quotes);
    quotes.sort_by_key(|q| q.span.start);
    for (i, q) in quotes.iter_mut().enumerate() {
        q.id.index = i as u32;
    }
    let quoted: Vec<_> = quotes.iter().filter_map(|q| q.speaker).collect();
    let actors = table.actors(&quoted);
    Attribution {
        quotes,
        readouts: found_readouts.into_iter().map(|f| f.readout).collect(),
        speakers: table.speakers,
        actors,
    }
}

#[cfg(test)]
mod indirect_tests;
#[cfg(test)]
mod tests;
