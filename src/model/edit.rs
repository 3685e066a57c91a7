//! User edits as values: each applies to a comparison and returns the edit that exactly undoes it.
//!
//! Ids never change meaning. New links, claims and speakers are appended; only the last one can be taken away
//! again (which is what undoing an append does). Merging two claims lives in the `merge` module.

use super::merge::{merge_claims, unmerge_claims};
use super::{
    Claim, ClaimId, ClaimKind, Comparison, DocId, Link, LinkId, LinkOrigin, LinkReview, QuoteId, Relation, Span,
    Speaker, SpeakerId,
};
use serde::{Deserialize, Serialize};
use thiserror::Error;

/// One change a user makes to a comparison.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Edit {
    /// Confirm, reject or reset a link.
    SetReview {
        /// The link to review.
        link: LinkId,
        /// The verdict to give it.
        review: LinkReview,
    },
    /// Append a link. [`Edit::user_link`] builds one between claims the user picked.
    AddLink {
        /// The link to append; its ends are put in document order.
        link: Link,
    },
    /// Take away the last link; only the last, so that no other link's id changes.
    RemoveLastLink {
        /// The id of the last link; any other is refused.
        link: LinkId,
    },
    /// Move a link's ends; change one end by passing the other unchanged.
    Retarget {
        /// The link to move.
        link: LinkId,
        /// One new end; the two ends are put in document order.
        a: ClaimId,
        /// The other new end, in another document.
        b: ClaimId,
    },
    /// Change how a link's claims relate.
    SetRelation {
        /// The link to change.
        link: LinkId,
        /// The new relation.
        relation: Relation,
    },
    /// Set or clear (with `None` or blank text) the note on a link.
    SetLinkNote {
        /// The link the note belongs to.
        link: LinkId,
        /// The new note, or `None` to clear it.
        note: Option<String>,
    },
    /// Set or clear (with `None` or blank text) the note on a claim.
    SetClaimNote {
        /// The claim the note belongs to.
        claim: ClaimId,
        /// The new note, or `None` to clear it.
        note: Option<String>,
    },
    /// Give a quote another speaker (or none). Claims that hold the quote and gave it the quote's old speaker
    /// follow it.
    SetQuoteSpeaker {
        /// The quote to give another speaker.
        quote: QuoteId,
        /// Its new speaker, or `None` when the speaker is unknown.
        speaker: Option<SpeakerId>,
    },
    /// Put back a quote's speaker and the speakers of the claims that followed it.
    RestoreSpeakers {
        /// The quote whose speaker comes back.
        quote: QuoteId,
        /// The quote's speaker as it was.
        speaker: Option<SpeakerId>,
        /// Each claim that followed the quote, with its speaker as it was.
        claims: Vec<(ClaimId, Option<SpeakerId>)>,
    },
    /// Append a speaker to the registry; its id is set to the next free one.
    AddSpeaker {
        /// The speaker to append; its id is overwritten.
        speaker: Speaker,
    },
    /// Take away the last speaker, which nothing may name.
    RemoveLastSpeaker {
        /// The id of the last speaker; any other is refused.
        speaker: SpeakerId,
    },
    /// Mark a span of a document as a claim. Surrounding white space is trimmed.
    MarkClaim {
        /// The document the span lies in.
        doc: DocId,
        /// The characters to make a claim of, before trimming.
        span: Span,
    },
    /// Append a claim exactly as given; its id must be the next free one of its document.
    AppendClaim {
        /// The claim to append, boxed to keep `Edit` small.
        claim: Box<Claim>,
    },
    /// Take away the last claim of a document, which the user marked and no link names.
    RemoveLastClaim {
        /// The id of the last claim of its document; any other is refused.
        claim: ClaimId,
    },
    /// Merge `gone` into `keep` (same document): `keep` grows to cover both, takes `gone`'s quotes and links, and
    /// the claims merged into `gone` earlier now count as merged into `keep`.
    MergeClaims {
        /// The claim that stays and absorbs the other.
        keep: ClaimId,
        /// The claim merged away; it keeps its id but is no longer shown.
        gone: ClaimId,
    },
    /// Undo a merge: put both claims, the links that moved and the earlier merges into `gone` back as they were.
    UnmergeClaims {
        /// The claim that stayed, as it was before the merge.
        keep: Box<Claim>,
        /// The claim that was merged away, as it was before the merge.
        gone: Box<Claim>,
        /// The links that moved from `gone` to `keep`, by id, as they were.
        links: Vec<(LinkId, Link)>,
        /// The claims merged into `gone` earlier, which go back to it.
        absorbed: Vec<ClaimId>,
    },
}

/// Why an edit could not be applied. The comparison is left unchanged.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
pub enum EditError {
    /// No link has this id.
    #[error("there is no link {0}")]
    NoLink(LinkId),
    /// No claim has this id.
    #[error("there is no claim {0}")]
    NoClaim(ClaimId),
    /// The claim was merged into another, so it can no longer be linked or merged.
    #[error("claim {0} was merged into another claim")]
    MergedClaim(ClaimId),
    /// No quote has this id.
    #[error("there is no quote {0}")]
    NoQuote(QuoteId),
    /// No speaker has this id.
    #[error("there is no speaker {0}")]
    NoSpeaker(SpeakerId),
    /// No document has this id.
    #[error("there is no document {0}")]
    NoDocument(DocId),
    /// The link would join two claims of one document.
    #[error("a link must join claims of two different documents")]
    SameDocument,
    /// The claims to merge lie in two documents.
    #[error("merged claims must come from the same document")]
    DifferentDocuments,
    /// A claim was to be merged into itself.
    #[error("a claim cannot be merged with itself")]
    SelfMerge,
    /// The span, start and end in characters, is empty, blank or outside the document.
    #[error("the span {0}..{1} is empty or lies outside the document")]
    BadSpan(usize, usize),
    /// A live claim already covers exactly that span.
    #[error("that span is already a claim ({0})")]
    AlreadyAClaim(ClaimId),
    /// The item is not the last of its list, or something still refers to it; the text names the kind of item.
    #[error("only the last {0} can be taken away, and only when nothing refers to it")]
    NotRemovable(&'static str),
    /// The edit does not fit the comparison as it now is, for the reason given.
    #[error("this edit does not match the comparison's current state: {0}")]
    Stale(&'static str),
}

impl Edit {
    /// A user link between two claims in different documents, confirmed since the user made it.
    pub fn user_link(a: ClaimId, b: ClaimId, relation: Relation) -> Edit {
        Edit::AddLink {
            link: Link {
                a,
                b,
                relation,
                score: 1.0,
                why: "linked by the user".into(),
                origin: LinkOrigin::User,
                review: LinkReview::Confirmed,
                note: None,
                slot_difference: None,
            },
        }
    }

    /// A few words that say what the edit does, for undo and redo labels.
    pub fn label(&self) -> &'static str {
        match self {
            Edit::SetReview { review: LinkReview::Confirmed, .. } => "confirm link",
            Edit::SetReview { review: LinkReview::Rejected, .. } => "reject link",
            Edit::SetReview { .. } => "reset link review",
            Edit::AddLink { .. } => "add link",
            Edit::RemoveLastLink { .. } => "remove link",
            Edit::Retarget { .. } => "retarget link",
            Edit::SetRelation { .. } => "change relation",
            Edit::SetLinkNote { .. } | Edit::SetClaimNote { .. } => "edit note",
            Edit::SetQuoteSpeaker { .. } | Edit::RestoreSpeakers { .. } => "change speaker",
            Edit::AddSpeaker { .. } => "add speaker",
            Edit::RemoveLastSpeaker { .. } => "remove speaker",
            Edit::MarkClaim { .. } | Edit::AppendClaim { .. } => "mark claim",
            Edit::RemoveLastClaim { .. } => "remove claim",
            Edit::MergeClaims { .. } => "merge claims",
            Edit::UnmergeClaims { .. } => "split claims",
        }
    }
}

/// Applies an edit and returns the edit that undoes it exactly. On error nothing changes.
pub fn apply(c: &mut Comparison, edit: Edit) -> Result<Edit, EditError> {
    match edit {
        Edit::SetReview { link, review } => {
            let old = std::mem::replace(&mut link_mut(c, link)?.review, review);
            Ok(Edit::SetReview { link, review: old })
        }
        Edit::AddLink { link } => add_link(c, link),
        Edit::RemoveLastLink { link } => remove_last_link(c, link),
        Edit::Retarget { link, a, b } => retarget(c, link, a, b),
        Edit::SetRelation { link, relation } => {
            let old = std::mem::replace(&mut link_mut(c, link)?.relation, relation);
            Ok(Edit::SetRelation { link, relation: old })
        }
        Edit::SetLinkNote { link, note } => {
            let old = std::mem::replace(&mut link_mut(c, link)?.note, clean_note(note));
            Ok(Edit::SetLinkNote { link, note: old })
        }
        Edit::SetClaimNote { claim, note } => {
            let old = std::mem::replace(&mut claim_mut(c, claim)?.note, clean_note(note));
            Ok(Edit::SetClaimNote { claim, note: old })
        }
        Edit::SetQuoteSpeaker { quote, speaker } => set_quote_speaker(c, quote, speaker),
        Edit::RestoreSpeakers { quote, speaker, claims } => restore_speakers(c, quote, speaker, claims),
        Edit::AddSpeaker { speaker } => add_speaker(c, speaker),
        Edit::RemoveLastSpeaker { speaker } => remove_last_speaker(c, speaker),
        Edit::MarkClaim { doc, span } => mark_claim(c, doc, span),
        Edit::AppendClaim { claim } => append_claim(c, *claim),
        Edit::RemoveLastClaim { claim } => remove_last_claim(c, claim),
        Edit::MergeClaims { keep, gone } => merge_claims(c, keep, gone),
        Edit::UnmergeClaims { keep, gone, links, absorbed } => unmerge_claims(c, *keep, *gone, links, absorbed),
    }
}

/// Appends a link between live claims of two documents, the lower document's claim first.
fn add_link(c: &mut Comparison, mut link: Link) -> Result<Edit, EditError> {
    if !link.score.is_finite() {
        return Err(EditError::Stale("a link's score must be a number"));
    }
    live_claim(c, link.a)?;
    live_claim(c, link.b)?;
    if link.a.doc == link.b.doc {
        return Err(EditError::SameDocument);
    }
    if link.a.doc > link.b.doc {
        std::mem::swap(&mut link.a, &mut link.b);
    }
    link.note = clean_note(link.note);
    c.links.push(link);
    Ok(Edit::RemoveLastLink { link: LinkId(c.links.len() as u32 - 1) })
}

fn remove_last_link(c: &mut Comparison, link: LinkId) -> Result<Edit, EditError> {
    if link.0 as usize + 1 != c.links.len() {
        return Err(EditError::NotRemovable("link"));
    }
    let removed = c.links.pop().ok_or(EditError::NoLink(link))?;
    Ok(Edit::AddLink { link: removed })
}

/// Moves a link's ends to two live claims of different documents, the lower document's claim first.
fn retarget(c: &mut Comparison, link: LinkId, a: ClaimId, b: ClaimId) -> Result<Edit, EditError> {
    live_claim(c, a)?;
    live_claim(c, b)?;
    if a.doc == b.doc {
        return Err(EditError::SameDocument);
    }
    let (a, b) = if a.doc < b.doc { (a, b) } else { (b, a) };
    let l = link_mut(c, link)?;
    let (old_a, old_b) = (std::mem::replace(&mut l.a, a), std::mem::replace(&mut l.b, b));
    Ok(Edit::Retarget { link, a: old_a, b: old_b })
}

/// Gives a quote and some claims back their speakers, after checking that all of them exist.
fn restore_speakers(
    c: &mut Comparison,
    quote: QuoteId,
    speaker: Option<SpeakerId>,
    claims: Vec<(ClaimId, Option<SpeakerId>)>,
) -> Result<Edit, EditError> {
    check_speaker(c, speaker)?;
    c.quote(quote).ok_or(EditError::NoQuote(quote))?;
    for (id, s) in &claims {
        claim_mut(c, *id)?;
        check_speaker(c, *s)?;
    }
    let mut undo_claims = Vec::with_capacity(claims.len());
    for (id, s) in claims {
        let cl = claim_mut(c, id)?;
        undo_claims.push((id, std::mem::replace(&mut cl.speaker, s)));
    }
    let q = quote_mut(c, quote)?;
    let old = std::mem::replace(&mut q.speaker, speaker);
    Ok(Edit::RestoreSpeakers { quote, speaker: old, claims: undo_claims })
}

fn add_speaker(c: &mut Comparison, mut speaker: Speaker) -> Result<Edit, EditError> {
    speaker.id = SpeakerId(c.speakers.len() as u32);
    let id = speaker.id;
    c.speakers.push(speaker);
    Ok(Edit::RemoveLastSpeaker { speaker: id })
}

fn remove_last_speaker(c: &mut Comparison, speaker: SpeakerId) -> Result<Edit, EditError> {
    if speaker.0 as usize + 1 != c.speakers.len() || speaker_is_named(c, speaker) {
        return Err(EditError::NotRemovable("speaker"));
    }
    let removed = c.speakers.pop().ok_or(EditError::NoSpeaker(speaker))?;
    Ok(Edit::AddSpeaker { speaker: removed })
}

/// Appends a claim whose id is the next free one of its document and whose span, quotes, readout and speaker
/// exist.
fn append_claim(c: &mut Comparison, claim: Claim) -> Result<Edit, EditError> {
    let doc = c.document(claim.id.doc).ok_or(EditError::NoDocument(claim.id.doc))?;
    if claim.span.start > claim.span.end || claim.span.end > doc.char_len() {
        return Err(EditError::BadSpan(claim.span.start, claim.span.end));
    }
    if let Some(q) = claim.quotes.iter().find(|q| c.quote(**q).is_none()) {
        return Err(EditError::NoQuote(*q));
    }
    if claim.readout.is_some_and(|r| c.readout(r).is_none()) {
        return Err(EditError::Stale("the claim names a readout that does not exist"));
    }
    check_speaker(c, claim.speaker)?;
    let an = c.analyses.get_mut(claim.id.doc.0 as usize).ok_or(EditError::NoDocument(claim.id.doc))?;
    if claim.id.index as usize != an.claims.len() {
        return Err(EditError::Stale("the claim's id is not the next free one"));
    }
    let id = claim.id;
    an.claims.push(claim);
    Ok(Edit::RemoveLastClaim { claim: id })
}

/// Takes away the last claim of a document when the user marked it and nothing names it.
fn remove_last_claim(c: &mut Comparison, claim: ClaimId) -> Result<Edit, EditError> {
    let named = c.links.iter().any(|l| l.touches(claim))
        || c.merged_claims.iter().any(|m| m.claim == claim || m.into == claim)
        || c.shifts.iter().any(|s| s.a == claim || s.b == claim);
    let an = c.analyses.get_mut(claim.doc.0 as usize).ok_or(EditError::NoDocument(claim.doc))?;
    let last = an.claims.len().checked_sub(1);
    if last != Some(claim.index as usize) || named || !an.claims.last().is_some_and(|cl| cl.by_user) {
        return Err(EditError::NotRemovable("claim the user marked"));
    }
    let removed = an.claims.pop().ok_or(EditError::NoClaim(claim))?;
    Ok(Edit::AppendClaim { claim: Box::new(removed) })
}

fn clean_note(note: Option<String>) -> Option<String> {
    note.filter(|n| !n.trim().is_empty())
}

pub(super) fn link_mut(c: &mut Comparison, id: LinkId) -> Result<&mut Link, EditError> {
    c.links.get_mut(id.0 as usize).ok_or(EditError::NoLink(id))
}

pub(super) fn claim_mut(c: &mut Comparison, id: ClaimId) -> Result<&mut Claim, EditError> {
    c.analyses
        .get_mut(id.doc.0 as usize)
        .and_then(|a| a.claims.get_mut(id.index as usize))
        .ok_or(EditError::NoClaim(id))
}

fn quote_mut(c: &mut Comparison, id: QuoteId) -> Result<&mut super::Quote, EditError> {
    c.analyses
        .get_mut(id.doc.0 as usize)
        .and_then(|a| a.quotes.get_mut(id.index as usize))
        .ok_or(EditError::NoQuote(id))
}

pub(super) fn live_claim(c: &Comparison, id: ClaimId) -> Result<(), EditError> {
    if c.claim(id).is_none() {
        Err(EditError::NoClaim(id))
    } else if c.merged_into(id).is_some() {
        Err(EditError::MergedClaim(id))
    } else {
        Ok(())
    }
}

fn check_speaker(c: &Comparison, s: Option<SpeakerId>) -> Result<(), EditError> {
    match s {
        Some(s) if c.speaker(s).is_none() => Err(EditError::NoSpeaker(s)),
        _ => Ok(()),
    }
}

fn speaker_is_named(c: &Comparison, s: SpeakerId) -> bool {
    c.analyses.iter().any(|an| {
        an.claims.iter().any(|cl| cl.speaker == Some(s))
            || an.quotes.iter().any(|q| q.speaker == Some(s))
            || an.readouts.iter().any(|r| r.issuer == Some(s))
    })
}

fn set_quote_speaker(c: &mut Comparison, quote: QuoteId, speaker: Option<SpeakerId>) -> Result<Edit, EditError> {
    check_speaker(c, speaker)?;
    let old = c.quote(quote).ok_or(EditError::NoQuote(quote))?.speaker;
    let mut claims = Vec::new();
    if let Some(an) = c.analyses.get_mut(quote.doc.0 as usize) {
        for cl in an.claims.iter_mut().filter(|cl| cl.quotes.contains(&quote) && cl.speaker == old) {
            claims.push((cl.id, std::mem::replace(&mut cl.speaker, speaker)));
        }
    }
    let q = quote_mut(c, quote)?;
    q.speaker = speaker;
    Ok(Edit::RestoreSpeakers { quote, speaker: old, claims })
}

fn mark_claim(c: &mut Comparison, doc_id: DocId, span: Span) -> Result<Edit, EditError> {
    let doc = c.document(doc_id).ok_or(EditError::NoDocument(doc_id))?;
    let an = c.analysis(doc_id).ok_or(EditError::NoDocument(doc_id))?;
    if span.start >= span.end || span.end > doc.char_len() {
        return Err(EditError::BadSpan(span.start, span.end));
    }
    let text = doc.slice(span);
    let lead = text.chars().take_while(|ch| ch.is_whitespace()).count();
    let trail = text.chars().rev().take_while(|ch| ch.is_whitespace()).count();
    if lead == span.len() {
        return Err(EditError::BadSpan(span.start, span.end));
    }
    let span = Span::new(span.start + lead, span.end - trail);
    if let Some(same) = an.claims.iter().find(|cl| cl.span == span && c.merged_into(cl.id).is_none()) {
        return Err(EditError::AlreadyAClaim(same.id));
    }
    let sentence = doc
        .sentences
        .iter()
        .position(|s| s.contains_offset(span.start))
        .unwrap_or_else(|| doc.sentences.iter().take_while(|s| s.start <= span.start).count().saturating_sub(1));
    let quotes: Vec<_> = an.quotes.iter().filter(|q| q.span.intersects(span)).collect();
    let speaker = only_value(quotes.iter().map(|q| q.speaker)).flatten();
    let readout = only_value(quotes.iter().map(|q| q.readout)).flatten();
    let claim = Claim {
        id: ClaimId { doc: doc_id, index: an.claims.len() as u32 },
        span,
        sentence,
        kind: if quotes.is_empty() { ClaimKind::Statement } else { ClaimKind::Quote },
        speaker,
        readout,
        quotes: quotes.iter().map(|q| q.id).collect(),
        by_user: true,
        note: None,
    };
    apply(c, Edit::AppendClaim { claim: Box::new(claim) })
}

/// The value every item has, or `None` when there are none or they differ.
fn only_value<T: PartialEq>(mut items: impl Iterator<Item = T>) -> Option<T> {
    let first = items.next()?;
    items.all(|x| x == first).then_some(first)
}

#[cfg(test)]
pub(super) mod tests {
    use super::*;
    use crate::model::fixtures::{self, cid, two_docs};

    pub(crate) fn round_trip(c: &mut Comparison, edit: Edit) {
        let before = c.clone();
        let inverse = apply(c, edit).unwrap();
        crate::model::validate(c).unwrap();
        let redo = apply(c, inverse).unwrap();
        assert_eq!(*c, before);
        apply(c, redo).unwrap();
    }

    #[test]
    fn review_and_note_edits_undo_exactly() {
        let mut c = two_docs();
        round_trip(&mut c, Edit::SetReview { link: LinkId(0), review: LinkReview::Rejected });
        assert_eq!(c.links[0].review, LinkReview::Rejected);
        round_trip(&mut c, Edit::SetLinkNote { link: LinkId(0), note: Some("check".into()) });
        round_trip(&mut c, Edit::SetClaimNote { claim: cid(0, 2), note: Some("odd".into()) });
        assert_eq!(c.claim(cid(0, 2)).unwrap().note.as_deref(), Some("odd"));
        round_trip(&mut c, Edit::SetClaimNote { claim: cid(0, 2), note: Some("  ".into()) });
        assert_eq!(c.claim(cid(0, 2)).unwrap().note, None);
    }

    #[test]
    fn user_links_are_ordered_and_rejected_within_one_document() {
        let mut c = two_docs();
        round_trip(&mut c, Edit::user_link(cid(1, 0), cid(0, 0), Relation::Contrast));
        let l = c.links.last().unwrap();
        assert_eq!((l.a, l.b, l.origin), (cid(0, 0), cid(1, 0), LinkOrigin::User));
        let before = c.clone();
        assert_eq!(apply(&mut c, Edit::user_link(cid(0, 0), cid(0, 1), Relation::Same)), Err(EditError::SameDocument));
        assert_eq!(apply(&mut c, Edit::RemoveLastLink { link: LinkId(0) }), Err(EditError::NotRemovable("link")));
        assert_eq!(c, before);
    }

    #[test]
    fn marking_a_span_trims_it_and_refuses_duplicates() {
        let mut c = two_docs();
        round_trip(&mut c, Edit::MarkClaim { doc: DocId(0), span: Span::new(9, 15) });
        let added = c.analyses[0].claims.last().unwrap();
        assert_eq!((added.span, added.by_user, added.sentence), (Span::new(10, 15), true, 1));
        assert_eq!(
            apply(&mut c, Edit::MarkClaim { doc: DocId(0), span: Span::new(0, 9) }),
            Err(EditError::AlreadyAClaim(cid(0, 0)))
        );
        assert!(apply(&mut c, Edit::MarkClaim { doc: DocId(0), span: Span::new(20, 99) }).is_err());
        assert!(apply(&mut c, Edit::RemoveLastClaim { claim: cid(0, 2) }).is_err());
    }

    #[test]
    fn a_quote_speaker_change_carries_the_claims_that_followed_it() {
        let mut c = two_docs();
        for i in 0..2 {
            c.speakers.push(Speaker {
                id: SpeakerId(i),
                name: format!("Speaker {i}"),
                aliases: Vec::new(),
                kind: super::super::SpeakerKind::Person,
                role: None,
            });
        }
        let quote = QuoteId { doc: DocId(0), index: 0 };
        c.analyses[0].quotes.push(crate::model::Quote {
            speaker: Some(SpeakerId(0)),
            confidence: 0.5,
            ..fixtures::partial_quote(quote, Span::new(10, 19))
        });
        c.analyses[0].claims[1].quotes.push(quote);
        c.analyses[0].claims[1].speaker = Some(SpeakerId(0));
        c.analyses[0].claims[2].quotes.push(quote);
        round_trip(&mut c, Edit::SetQuoteSpeaker { quote, speaker: Some(SpeakerId(1)) });
        assert_eq!(c.quote(quote).unwrap().speaker, Some(SpeakerId(1)));
        assert_eq!(c.claim(cid(0, 1)).unwrap().speaker, Some(SpeakerId(1)));
        assert_eq!(
            apply(&mut c, Edit::RemoveLastSpeaker { speaker: SpeakerId(1) }),
            Err(EditError::NotRemovable("speaker"))
        );
        assert_eq!(
            c.claim(cid(0, 2)).unwrap().speaker,
            None,
            "a claim that did not give the quote's speaker keeps its own"
        );
        round_trip(&mut c, Edit::SetQuoteSpeaker { quote, speaker: None });
        assert_eq!(c.claim(cid(0, 1)).unwrap().speaker, None);
        assert_eq!(
            apply(&mut c, Edit::SetQuoteSpeaker { quote, speaker: Some(SpeakerId(9)) }),
            Err(EditError::NoSpeaker(SpeakerId(9)))
        );
    }

    #[test]
    fn retarget_and_relation_undo_exactly() {
        let mut c = two_docs();
        round_trip(&mut c, Edit::Retarget { link: LinkId(0), a: cid(0, 1), b: cid(1, 2) });
        assert_eq!(c.links[0].b, cid(1, 2));
        round_trip(&mut c, Edit::SetRelation { link: LinkId(0), relation: Relation::Parallel });
        assert_eq!(
            apply(&mut c, Edit::SetRelation { link: LinkId(7), relation: Relation::Same }),
            Err(EditError::NoLink(LinkId(7)))
        );
    }
}
