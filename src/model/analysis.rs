//! What the analysis finds: claims, quotes, speakers, readouts, links between claims, and the event check.

use super::{ClaimId, DocId, QuoteId, ReadoutId, Span, SpeakerId};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What a claim is, by how the article presents it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClaimKind {
    /// The article states it in its own voice.
    #[default]
    Statement,
    /// The claim is, or holds, a direct or partial quote.
    Quote,
    /// The claim reports what someone said without quoting them.
    Attribution,
    /// Context the article gives rather than news it reports.
    Background,
}

/// A claim: usually a sentence, sometimes part of one that asserts several things.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub id: ClaimId,
    pub span: Span,
    /// The index into `Document::sentences` of the sentence it comes from.
    pub sentence: usize,
    pub kind: ClaimKind,
    pub speaker: Option<SpeakerId>,
    pub readout: Option<ReadoutId>,
    pub quotes: Vec<QuoteId>,
    /// True when the user marked the span as a claim.
    #[serde(default)]
    pub by_user: bool,
    /// The user's note.
    #[serde(default)]
    pub note: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum QuoteKind {
    /// A whole sentence or more in quote marks.
    Direct,
    /// Quoted words embedded in the article's own sentence.
    Partial,
    /// Reported speech without quote marks.
    Indirect,
}

/// Something a speaker said, quoted or reported.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub id: QuoteId,
    /// The quoted content; for direct and partial quotes it includes the quote marks.
    pub span: Span,
    pub kind: QuoteKind,
    pub speaker: Option<SpeakerId>,
    /// The words in this document that attribute the quote: a name, a description or a pronoun.
    pub speaker_mention: Option<Span>,
    /// The speech cue: "said", "according to", "told".
    pub cue: Option<Span>,
    pub readout: Option<ReadoutId>,
    /// How sure the analysis is of the quote and its speaker, in 0..=1.
    pub confidence: f32,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SpeakerKind {
    #[default]
    Person,
    Organization,
    /// A group of people: "officials", "Democrats", "social media users".
    Group,
    /// An unnamed source: "one Twitter user", "a person familiar with the matter".
    Anonymous,
}

/// A person or body that says things, shared by all documents of a comparison.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    pub id: SpeakerId,
    /// The fullest name seen: "Vladimir Putin".
    pub name: String,
    /// Other ways the documents refer to them: "Putin", "the Russian president".
    pub aliases: Vec<String>,
    pub kind: SpeakerKind,
    /// Their role when the text gives one: "White House spokesman".
    pub role: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ReadoutKind {
    /// An official account of a call or meeting.
    Readout,
    /// A written statement or handout.
    Statement,
    /// A spoken briefing or press conference.
    Briefing,
    /// A report by a news agency or another outlet.
    Report,
}

/// An official account that claims and quotes come through.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Readout {
    pub id: ReadoutId,
    pub issuer: Option<SpeakerId>,
    pub kind: ReadoutKind,
    pub date: Option<NaiveDate>,
    /// The words that name the readout: "a Kremlin readout of the call".
    pub evidence: Span,
}

/// Everything the analysis finds in one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentAnalysis {
    pub doc: DocId,
    pub claims: Vec<Claim>,
    pub quotes: Vec<Quote>,
    pub readouts: Vec<Readout>,
    /// The date of the main event the document reports.
    pub event_date: Option<NaiveDate>,
}

/// How two linked claims relate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Relation {
    /// One fact reported by both.
    Same,
    /// The same role in two similar events.
    Parallel,
    /// The same slot with different values: dates, counts, negation, another speaker.
    Contrast,
    /// Weaker evidence of a connection.
    Related,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LinkOrigin {
    #[default]
    Auto,
    User,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LinkReview {
    #[default]
    Unreviewed,
    Confirmed,
    Rejected,
}

/// A claim in one document joined to its counterpart in another.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Link {
    pub a: ClaimId,
    pub b: ClaimId,
    pub relation: Relation,
    /// Strength of the evidence, in 0..=1.
    pub score: f32,
    /// The evidence in plain words.
    pub why: String,
    pub origin: LinkOrigin,
    pub review: LinkReview,
    pub note: Option<String>,
}

/// Whether two documents report the same event, and why the analysis thinks so.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventCheck {
    /// `None` when the evidence does not decide.
    pub same_event: Option<bool>,
    pub why: String,
}

/// A claim's standing in the comparison, derived from its links.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ClaimStatus {
    /// It has a counterpart in another document.
    Matched,
    /// Nothing in another document corresponds to it.
    Unique,
    /// A counterpart says something different about the same thing.
    Conflict,
}

/// How faithfully two articles reproduce the same quote.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Fidelity {
    /// Word for word the same.
    Verbatim,
    /// One is a cut-down version of the other.
    Trimmed,
    /// The same statement in different words.
    Paraphrased,
}

/// The same quote as two documents give it, and the words in which they differ.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteFidelity {
    pub a: QuoteId,
    pub b: QuoteId,
    pub fidelity: Fidelity,
    /// Spans of `a`'s document that `b` does not have.
    pub only_a: Vec<Span>,
    /// Spans of `b`'s document that `a` does not have.
    pub only_b: Vec<Span>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ShiftKind {
    /// One document attributes the claim; the other states it as fact.
    StatedAsFact,
    /// The documents give the same words to different speakers.
    DifferentSpeaker,
}

/// Two linked claims that differ in who, if anyone, the claim is attributed to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AttributionShift {
    pub a: ClaimId,
    pub b: ClaimId,
    pub kind: ShiftKind,
    pub why: String,
}
