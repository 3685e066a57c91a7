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
    /// Names the document and the claim's place in that document's claim list.
    pub id: ClaimId,
    /// The words of the claim in the document's text.
    pub span: Span,
    /// The index into `Document::sentences` of the sentence it comes from.
    pub sentence: usize,
    /// How the article presents the claim.
    pub kind: ClaimKind,
    /// Who the claim is attributed to, if anyone.
    pub speaker: Option<SpeakerId>,
    /// The official account the claim comes through, if any.
    pub readout: Option<ReadoutId>,
    /// The quotes the claim holds.
    pub quotes: Vec<QuoteId>,
    /// True when the user marked the span as a claim.
    #[serde(default)]
    pub by_user: bool,
    /// The user's note.
    #[serde(default)]
    pub note: Option<String>,
}

/// How an article gives a quote: whole in quote marks, partly quoted, or reported without marks.
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
    /// Names the document and the quote's place in that document's quote list.
    pub id: QuoteId,
    /// The quoted content; for direct and partial quotes it includes the quote marks.
    pub span: Span,
    /// Whether the quote is direct, partial or indirect.
    pub kind: QuoteKind,
    /// Who said it, or `None` when the analysis could not tell.
    pub speaker: Option<SpeakerId>,
    /// The words in this document that attribute the quote: a name, a description or a pronoun.
    pub speaker_mention: Option<Span>,
    /// The speech cue: "said", "according to", "told".
    pub cue: Option<Span>,
    /// The readout the quote comes from, if any.
    pub readout: Option<ReadoutId>,
    /// How sure the analysis is of the quote and its speaker, in 0..=1.
    pub confidence: f32,
}

/// What kind of source a speaker is.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum SpeakerKind {
    /// One person, usually named: "Vladimir Putin", "Hogan Gidley".
    #[default]
    Person,
    /// A government, agency, company or other body: "the Kremlin", "the Federal Security Service".
    Organization,
    /// A group of people: "officials", "Democrats", "social media users".
    Group,
    /// An unnamed source: "one Twitter user", "a person familiar with the matter".
    Anonymous,
}

/// A person or body that says things, shared by all documents of a comparison.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Speaker {
    /// The speaker's place in the registry, `Comparison::speakers`.
    pub id: SpeakerId,
    /// The fullest name seen: "Vladimir Putin".
    pub name: String,
    /// Other ways the documents refer to them: "Putin", "the Russian president".
    pub aliases: Vec<String>,
    /// Whether the speaker is a person, an organisation, a group or an anonymous source.
    pub kind: SpeakerKind,
    /// Their role when the text gives one: "White House spokesman".
    pub role: Option<String>,
}

/// What kind of official account a readout is.
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
    /// Names the document and the readout's place in that document's readout list.
    pub id: ReadoutId,
    /// Who issued it, such as the Kremlin or the White House, when the analysis can tell.
    pub issuer: Option<SpeakerId>,
    /// Whether it is a readout, a statement, a briefing or a report.
    pub kind: ReadoutKind,
    /// When the text says it was issued, if it does.
    pub date: Option<NaiveDate>,
    /// The words that name the readout: "a Kremlin readout of the call".
    pub evidence: Span,
}

/// Everything the analysis finds in one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentAnalysis {
    /// The document analysed.
    pub doc: DocId,
    /// The document's claims, each at the position its id gives; claims the user marks are appended.
    pub claims: Vec<Claim>,
    /// The document's quotes, each at the position its id gives.
    pub quotes: Vec<Quote>,
    /// The document's readouts, each at the position its id gives.
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

/// Who made a link.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LinkOrigin {
    /// Made by the analysis.
    #[default]
    Auto,
    /// Made by the user, who joined the two claims by hand.
    User,
}

/// The user's verdict on a link.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum LinkReview {
    /// The user has not judged the link yet; it counts as the analysis made it.
    #[default]
    Unreviewed,
    /// The user agrees that the claims are counterparts.
    Confirmed,
    /// The user says the claims are not counterparts; the link stays in the list but counts for nothing.
    Rejected,
}

/// A claim in one document joined to its counterpart in another.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Link {
    /// The claim in the earlier document (the lower document id).
    pub a: ClaimId,
    /// The claim in the later document.
    pub b: ClaimId,
    /// How the two claims relate: one fact, parallel events, a contrast or weaker evidence.
    pub relation: Relation,
    /// Strength of the evidence, in 0..=1.
    pub score: f32,
    /// The evidence in plain words.
    pub why: String,
    /// Whether the analysis or the user made the link.
    pub origin: LinkOrigin,
    /// The user's verdict on the link.
    pub review: LinkReview,
    /// The user's note.
    pub note: Option<String>,
    /// The slot in which the analysis found the two claims' values differ, with both values as written: for a
    /// `contrast`, the conflict; for a `parallel` link, where the two events differ ("the first call since July"
    /// against "the second in four days").
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub slot_difference: Option<SlotDifference>,
}

/// The slot of a fact in which two claims give different values.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Slot {
    /// A count or an amount of the same thing: "3 dead" against "four people were killed".
    Amount,
    /// The day: "on Tuesday" against "early Wednesday".
    Date,
    /// Which occurrence: "the first call since July" against "the second in four days".
    Ordinal,
    /// A named place in one role: "escaped from a van in Baytown" against "in Houston".
    Place,
    /// A named participant in one role: "was shot by Smith" against "by Jones".
    Participant,
    /// One affirms what the other denies.
    Polarity,
}

/// Two different values of one slot: the first claim's and the second's, as written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SlotDifference {
    /// The slot whose values differ.
    pub slot: Slot,
    /// The first claim's value.
    pub a: String,
    /// The second claim's value.
    pub b: String,
}

/// Whether two documents report the same event, and why the analysis thinks so.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct EventCheck {
    /// `None` when the evidence does not decide.
    pub same_event: Option<bool>,
    /// The evidence for the verdict in plain words: how far apart the event dates are, what the leads share.
    pub why: String,
    /// The two events are occurrences of one developing story (an escape and the capture a week later; an offer
    /// and a rival's raise): `same_event` is false, but what the articles share about the story is one fact, so
    /// their claims link as within one event. False in project files written before this field existed.
    #[serde(default)]
    pub one_story: bool,
}

impl EventCheck {
    /// Whether the claims of the two documents link as claims of one event: the verdict, except that two
    /// occurrences of one story tell one story's facts.
    pub fn links_as_one_event(&self) -> Option<bool> {
        if self.one_story { Some(true) } else { self.same_event }
    }
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
    /// The quote in the earlier document.
    pub a: QuoteId,
    /// The same quote as the later document gives it.
    pub b: QuoteId,
    /// How closely the two wordings agree.
    pub fidelity: Fidelity,
    /// Spans of `a`'s document that `b` does not have.
    pub only_a: Vec<Span>,
    /// Spans of `b`'s document that `a` does not have.
    pub only_b: Vec<Span>,
}

/// How the attribution of two linked claims differs.
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
    /// The claim in the earlier document.
    pub a: ClaimId,
    /// The linked claim in the later document.
    pub b: ClaimId,
    /// Whether one article states the claim as fact or the two give it to different speakers.
    pub kind: ShiftKind,
    /// The shift in plain words: which article attributes the claim, and to whom.
    pub why: String,
    /// Who the first claim gives the fact to, as written; empty when it states the fact.
    #[serde(default)]
    pub a_source: String,
    /// Who the second claim gives the fact to, as written; empty when it states the fact.
    #[serde(default)]
    pub b_source: String,
}
