//! Pure functions from documents to the model: quotes, speakers, readouts, dates, claims, the people and
//! organisations named, and counterpart links.
//!
//! [`analyze_document`] works on one document; [`compare`] runs it on every document in parallel, merges the
//! speakers into one registry and the named people and organisations into actors, links the claims of every pair
//! of documents from their words and checks whether they report the same event. [`refine_by_meaning`] is the
//! slower second pass: it embeds the claims with a sentence encoder and links them again with their meanings.
//! Nothing here reads files or knows about the window.

mod attribution;
mod claims;
mod counterparts;
mod dates;
mod differences;
mod events;
mod fuzzy;
mod meaning;
mod registry;
mod shifts;
pub mod text;

pub use attribution::Attribution;
pub use dates::{DateMention, date_mentions};
pub use meaning::{ClaimMeanings, MAX_EMBEDDED_CLAIMS, MeaningError, embed_claims};

use crate::model::{ClaimId, Comparison, DocId, Document, DocumentAnalysis, Span, Speaker};
use rayon::prelude::*;
use text::Tokens;

/// One document's analysis before the speaker registry is merged: its speaker ids index `speakers`.
#[derive(Clone, Debug, Default)]
pub struct DocumentDraft {
    /// The document's claims, quotes and readouts.
    pub analysis: DocumentAnalysis,
    /// The speakers the document names, which its analysis's speaker ids index.
    pub speakers: Vec<Speaker>,
    /// The people and organisations the document names, quoted or not.
    pub actors: Vec<ActorDraft>,
}

/// A person or organisation one document names, before the actors of all documents are merged.
#[derive(Clone, Debug, PartialEq)]
pub struct ActorDraft {
    /// Its fullest name, other names, kind and role in this document; the id means nothing.
    pub speaker: Speaker,
    /// The spans that name it, in text order.
    pub spans: Vec<Span>,
    /// True when it is the speaker of one of the document's quotes.
    pub quoted: bool,
    /// True when a mention stands where a place does: "in Moscow".
    pub placed: bool,
}

/// Analyses one document on its own: quotes, speakers, readouts, dates and claims. `tokens` are its tokens and
/// `dates` its date mentions ([`date_mentions`] with its publication date).
pub fn analyze_document(doc: &Document, tokens: &Tokens, dates: &[DateMention]) -> DocumentDraft {
    let found = attribution::attribute(doc, tokens, dates);
    let claims = claims::segment_claims(doc, &found);
    DocumentDraft {
        analysis: DocumentAnalysis {
            doc: doc.id,
            claims,
            quotes: found.quotes,
            readouts: found.readouts,
            event_date: dates::event_date(doc, dates),
        },
        speakers: found.speakers,
        actors: found.actors,
    }
}

/// Analyses documents and compares the first two. Document ids follow the order given.
pub fn compare(mut documents: Vec<Document>) -> Comparison {
    for (i, doc) in documents.iter_mut().enumerate() {
        doc.id = DocId(i as u32);
    }
    let (drafts, dates): (Vec<DocumentDraft>, Vec<Vec<DateMention>>) = documents
        .par_iter()
        .map(|doc| {
            let tokens = Tokens::new(&doc.text);
            let dates = dates::date_mentions_in(doc, &tokens, doc.source.published);
            (analyze_document(doc, &tokens, &dates), dates)
        })
        .unzip();
    let actors = registry::merge_actors(drafts.iter().map(|d| d.actors.as_slice()));
    let (speakers, analyses) = registry::merge_registry(drafts);
    let mut comparison = Comparison { documents, analyses, speakers, actors, ..Default::default() };
    if comparison.documents.len() >= 2 {
        comparison.event_check = Some(events::check_event(&comparison, DocId(0), DocId(1), [&dates[0], &dates[1]]));
        comparison.links = counterparts::link_claims(&comparison, DocId(0), DocId(1), [&dates[0], &dates[1]], None);
        refresh_differences(&mut comparison);
    }
    if comparison.documents.len() > 2 {
        comparison.warnings.push(format!(
            "{} documents were given; links and the event check cover the first two only",
            comparison.documents.len()
        ));
    }
    comparison
}

/// Finds the quote fidelity and the attribution shifts of the comparison's links again.
fn refresh_differences(comparison: &mut Comparison) {
    let (fidelity, shifts) = differences::find_differences(comparison);
    comparison.fidelity = fidelity;
    comparison.shifts = shifts;
}

/// The second pass after [`compare`]: embeds the claims of the first two documents ([`embed_claims`], telling
/// `progress` how many are done of how many) and links them again with their meanings ([`relink_by_meaning`]).
/// When the encoder cannot run (too many claims, or a failure), the links from the words stay and the comparison's
/// warnings say why.
pub fn refine_by_meaning(comparison: &mut Comparison, progress: &(dyn Fn(usize, usize) + Sync)) {
    if comparison.documents.len() < 2 {
        return;
    }
    match embed_claims(comparison, progress) {
        Ok(meanings) => relink_by_meaning(comparison, &meanings),
        Err(e) => comparison.warnings.push(e.to_string()),
    }
}

/// Links the claims of the first two documents again with the model that reads their meanings, and finds the
/// differences again. Every link is replaced, so the comparison should not have been reviewed yet.
pub fn relink_by_meaning(comparison: &mut Comparison, meanings: &ClaimMeanings) {
    let Some([da, db]) = first_two_dates(comparison) else { return };
    comparison.links = counterparts::link_claims(comparison, DocId(0), DocId(1), [&da, &db], Some(meanings));
    refresh_differences(comparison);
}

/// The date mentions of the first two documents, each against its publication date.
fn first_two_dates(comparison: &Comparison) -> Option<[Vec<DateMention>; 2]> {
    let mut dates = comparison
        .documents
        .iter()
        .take(2)
        .map(|doc| dates::date_mentions_in(doc, &Tokens::new(&doc.text), doc.source.published));
    Some([dates.next()?, dates.next()?])
}

/// One candidate pair of claims between the first two documents, with the features the link model weighs: the
/// training data of `scripts/train_link_weights.py`, which reads it through `examples/link_features.rs`.
#[derive(Clone, Debug)]
pub struct LinkCandidate {
    /// The claim of the first document.
    pub a: ClaimId,
    /// The claim of the second document.
    pub b: ClaimId,
    /// The pair's features, named by [`LINK_FEATURE_NAMES`].
    pub features: Vec<f32>,
}

/// The names of [`LinkCandidate::features`], in order.
pub const LINK_FEATURE_NAMES: &[&str] = &counterparts::FEATURE_NAMES;

/// The names of the context features that the link model's second stage adds to [`LINK_FEATURE_NAMES`], worked
/// out from the first stage's chances (`src/analysis/counterparts/pair_features.rs` says how).
pub const LINK_CONTEXT_NAMES: &[&str] = &counterparts::CONTEXT_NAMES;

/// The candidate pairs of claims between the first two documents of an analysed comparison, whether or not the
/// link model keeps them; with `meanings`, those that the model with meanings reads.
pub fn link_candidates(comparison: &Comparison, meanings: Option<&ClaimMeanings>) -> Vec<LinkCandidate> {
    let Some([da, db]) = first_two_dates(comparison) else { return Vec::new() };
    counterparts::link_candidates(comparison, DocId(0), DocId(1), [&da, &db], meanings)
        .into_iter()
        .map(|c| {
            let (a, b) = c.claims();
            LinkCandidate {
                a: ClaimId { doc: DocId(0), index: a as u32 },
                b: ClaimId { doc: DocId(1), index: b as u32 },
                features: c.features.to_vec(),
            }
        })
        .collect()
}

#[cfg(test)]
mod actor_tests;
