//! The side panel's tabs: the overview, people and differences (each in its own module), the selected claim with
//! its counterparts and review controls, the speakers, the quotes and the readouts.

use super::app_state::AppState;
use super::dialogs::pane_letter;
use super::theme;
use super::view_state::{Pick, SideTab};
use crate::model::{ClaimId, Edit, LinkId, LinkOrigin, LinkReview, QuoteId, Relation};
use eframe::egui::{self, RichText, Ui};

/// The most links the Claim tab lists for one claim, best first.
const MAX_LINK_CARDS: usize = 12;

/// Shows the tab bar and the open tab.
pub(super) fn show(ui: &mut Ui, state: &mut AppState, now: f64) {
    ui.horizontal_wrapped(|ui| {
        for tab in SideTab::ALL {
            ui.selectable_value(&mut state.view.tab, tab, tab.label());
        }
    });
    ui.separator();
    egui::ScrollArea::vertical().id_salt("side-panel").auto_shrink(false).show(ui, |ui| match state.view.tab {
        SideTab::Overview => super::overview_tab::show(ui, state, now),
        SideTab::People => super::people_tab::show(ui, state),
        SideTab::Claim => claim_tab(ui, state, now),
        SideTab::Speakers => speakers_tab(ui, state),
        SideTab::Quotes => quotes_tab(ui, state, now),
        SideTab::Readouts => readouts_tab(ui, state, now),
        SideTab::Differences => super::differences_tab::show(ui, state, now),
    });
}

/// A claim's text, cut to a length that fits a list.
pub(super) fn snippet(text: &str, chars: usize) -> String {
    let mut out: String = text.chars().take(chars).collect();
    if text.chars().nth(chars).is_some() {
        out.push('…');
    }
    out
}

/// The pane letter of a claim's document.
pub(super) fn letter_of(state: &AppState, id: ClaimId) -> char {
    state.view.pane_of(id.doc).map_or('?', pane_letter)
}

fn claim_tab(ui: &mut Ui, state: &mut AppState, now: f64) {
    if let Some((doc, span)) = state.view.text_selection {
        ui.group(|ui| {
            let text = state.review.comparison.document(doc).map(|d| d.slice(span).to_owned()).unwrap_or_default();
            ui.label(RichText::new("Selected text").strong());
            ui.label(snippet(&text, 200));
            if ui.button("Mark as a claim").clicked() && state.apply_edit(Edit::MarkClaim { doc, span }) {
                state.view.text_selection = None;
                if let Some(count) = state.review.comparison.analysis(doc).map(|a| a.claims.len()) {
                    state.select_claim(ClaimId { doc, index: count as u32 - 1 }, now);
                }
            }
        });
    }
    let Some(id) = state.view.selected else {
        ui.weak("Click a claim in either article, or press n, to see its counterparts here.");
        return;
    };
    let c = &state.review.comparison;
    let Some(claim) = c.claim(id).cloned() else { return };
    let status = c.claim_status(id);
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("Article {}", letter_of(state, id))).weak());
        ui.label(RichText::new(status.as_str()).color(theme::status_colour(status, ui.visuals())).strong());
        ui.label(RichText::new(claim.kind.as_str()).weak());
        if claim.by_user {
            ui.label(RichText::new("marked by you").weak());
        }
    });
    ui.label(RichText::new(c.claim_text(id)).size(15.0));
    if let Some(s) = claim.speaker.and_then(|s| c.speaker(s)) {
        ui.label(format!("Speaker: {}", s.name));
    }
    if let Some(r) = claim.readout.and_then(|r| c.readout(r)) {
        let issuer = r.issuer.and_then(|s| c.speaker(s)).map_or("unknown", |s| s.name.as_str());
        ui.label(format!("Through: {} by {issuer}", r.kind).to_lowercase());
    }
    for q in &claim.quotes {
        speaker_picker(ui, state, *q);
    }
    note_editor(ui, state, NoteTarget::Claim(id), claim.note.clone());
    ui.horizontal_wrapped(|ui| {
        if ui.button("Link to…").on_hover_text("Then click a claim in the other article").clicked() {
            state.view.pick = Some(Pick::LinkFrom(id));
            state.view.notice = Some("Click the claim in the other article to link to.".into());
        }
        if ui.button("Merge with…").on_hover_text("Then click a claim in the same article").clicked() {
            state.view.pick = Some(Pick::MergeInto(id));
            state.view.notice = Some("Click the claim in the same article to merge into this one.".into());
        }
        if state.view.pick.is_some() && ui.button("Cancel").clicked() {
            state.view.pick = None;
        }
    });
    ui.separator();
    let links = state.review.best_links(id, usize::MAX);
    let rejected: Vec<usize> = state
        .review
        .comparison
        .links
        .iter()
        .enumerate()
        .filter(|(_, l)| l.review == LinkReview::Rejected && (l.a == id || l.b == id))
        .map(|(i, _)| i)
        .collect();
    if links.is_empty() {
        ui.weak("No counterpart in the other article.");
    } else {
        ui.horizontal(|ui| {
            ui.label(RichText::new(format!("Counterparts ({})", links.len())).strong());
            if links.len() > 1 && ui.button("Next counterpart").clicked() {
                state.next_counterpart(now);
            }
        });
    }
    let order: Vec<usize> = links.iter().copied().chain(rejected).collect();
    for index in order.iter().take(MAX_LINK_CARDS) {
        link_card(ui, state, LinkId(*index as u32), id, now);
    }
    if order.len() > MAX_LINK_CARDS {
        ui.weak(format!(
            "{} more links, weaker ones; Next counterpart steps through all of them.",
            order.len() - MAX_LINK_CARDS
        ));
    }
}

/// One link of the selected claim: the other claim, relation, score and why, with review controls.
fn link_card(ui: &mut Ui, state: &mut AppState, link_id: LinkId, from: ClaimId, now: f64) {
    let Some(link) = state.review.comparison.links.get(link_id.0 as usize).cloned() else { return };
    let other = if link.a == from { link.b } else { link.a };
    ui.group(|ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            let colour = theme::relation_colour(link.relation, ui.visuals());
            ui.label(RichText::new(link.relation.as_str()).color(colour).strong());
            ui.label(format!("score {:.2}", link.score));
            let state_text = theme::link_state_name(link.origin, link.review);
            let state_text =
                if link.origin == LinkOrigin::User { RichText::new(state_text).italics() } else { state_text.into() };
            ui.label(state_text);
        });
        let text = snippet(state.review.comparison.claim_text(other), 240);
        let label = format!("{}: {text}", letter_of(state, other));
        if ui.link(label).on_hover_text("Show it").clicked() {
            if let Some(pane) = state.view.pane_of(other.doc) {
                state.view.scroll_to[pane] = Some(super::view_state::ScrollTarget::Claim(other));
            }
            state.view.flash = Some(super::view_state::Flash { claim: other, since: now });
        }
        if !link.why.is_empty() {
            // The one line a reader needs to trust or reject the link: at body size, not in small print.
            ui.label(format!("Why: {}", link.why));
        }
        ui.horizontal_wrapped(|ui| {
            let review = |ui: &mut Ui, label: &str, target: LinkReview| {
                let on = link.review == target;
                ui.add_enabled(!on, egui::Button::new(label)).clicked()
            };
            if review(ui, "Confirm", LinkReview::Confirmed) {
                state.apply_edit(Edit::SetReview { link: link_id, review: LinkReview::Confirmed });
            }
            if review(ui, "Reject", LinkReview::Rejected) {
                state.apply_edit(Edit::SetReview { link: link_id, review: LinkReview::Rejected });
            }
            if link.review != LinkReview::Unreviewed && review(ui, "Reset", LinkReview::Unreviewed) {
                state.apply_edit(Edit::SetReview { link: link_id, review: LinkReview::Unreviewed });
            }
            let mut relation = link.relation;
            egui::ComboBox::from_id_salt(("relation", link_id.0)).selected_text(relation.as_str()).show_ui(ui, |ui| {
                for &r in Relation::ALL {
                    ui.selectable_value(&mut relation, r, r.as_str());
                }
            });
            if relation != link.relation {
                state.apply_edit(Edit::SetRelation { link: link_id, relation });
            }
            if ui.button("Retarget…").on_hover_text("Then click the claim this link should join instead").clicked() {
                state.view.pick = Some(Pick::Retarget { link: link_id, from: other });
                state.view.notice = Some("Click the claim this link should point to instead.".into());
            }
        });
        note_editor(ui, state, NoteTarget::Link(link_id), link.note.clone());
    });
}

/// What a note belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum NoteTarget {
    Claim(ClaimId),
    Link(LinkId),
}

/// A note field that sends an edit when the user leaves it with the text changed.
fn note_editor(ui: &mut Ui, state: &mut AppState, target: NoteTarget, current: Option<String>) {
    let id = ui.scope_id().with(("note", target));
    let mut text: String = ui.data(|d| d.get_temp(id)).unwrap_or_else(|| current.clone().unwrap_or_default());
    let hint = match target {
        NoteTarget::Claim(_) => "Note on this claim",
        NoteTarget::Link(_) => "Note on this link",
    };
    let response =
        ui.add(egui::TextEdit::multiline(&mut text).hint_text(hint).desired_rows(1).desired_width(f32::INFINITY));
    if response.changed() {
        ui.data_mut(|d| d.insert_temp(id, text.clone()));
    }
    if response.lost_focus() {
        ui.data_mut(|d| d.remove::<String>(id));
        let new = Some(text).filter(|t| !t.trim().is_empty());
        if new != current {
            match target {
                NoteTarget::Claim(claim) => state.apply_edit(Edit::SetClaimNote { claim, note: new }),
                NoteTarget::Link(link) => state.apply_edit(Edit::SetLinkNote { link, note: new }),
            };
        }
    }
}

/// A quote's speaker, with a menu to give it another one.
fn speaker_picker(ui: &mut Ui, state: &mut AppState, quote: QuoteId) {
    let Some(q) = state.review.comparison.quote(quote) else { return };
    let current = q.speaker;
    let name = |s: Option<crate::model::SpeakerId>| {
        s.and_then(|s| state.review.comparison.speaker(s)).map_or("no speaker".to_owned(), |s| s.name.clone())
    };
    let mut chosen = current;
    ui.horizontal(|ui| {
        ui.label("Quote by");
        egui::ComboBox::from_id_salt(("quote-speaker", quote.doc.0, quote.index)).selected_text(name(current)).show_ui(
            ui,
            |ui| {
                ui.selectable_value(&mut chosen, None, "no speaker");
                for s in &state.review.comparison.speakers {
                    ui.selectable_value(&mut chosen, Some(s.id), s.name.as_str());
                }
            },
        );
    });
    if chosen != current {
        state.apply_edit(Edit::SetQuoteSpeaker { quote, speaker: chosen });
    }
}

fn speakers_tab(ui: &mut Ui, state: &mut AppState) {
    if state.review.comparison.speakers.is_empty() {
        ui.weak("No speakers found.");
        return;
    }
    ui.weak("Click a speaker to highlight their quotes in both articles.");
    let mut counts = vec![[0usize; 2]; state.review.comparison.speakers.len()];
    for (pane, doc) in state.view.pane_docs.iter().enumerate() {
        for q in state.review.comparison.analysis(*doc).map(|a| a.quotes.as_slice()).unwrap_or_default() {
            if let Some(slot) = q.speaker.and_then(|s| counts.get_mut(s.0 as usize)) {
                slot[pane] += 1;
            }
        }
    }
    let speakers = state.review.comparison.speakers.clone();
    for (s, count) in speakers.iter().zip(counts) {
        let on = state.view.speaker_filter == Some(s.id);
        let role = s.role.as_deref().map(|r| format!(", {r}")).unwrap_or_default();
        let text = format!("{}{role}   A {} · B {}", s.name, count[0], count[1]);
        let response = ui.selectable_label(on, text);
        let response = if s.aliases.is_empty() {
            response
        } else {
            response.on_hover_text(format!("Also: {}", s.aliases.join(", ")))
        };
        if response.clicked() {
            state.view.toggle_speaker(s.id);
        }
    }
}

fn quotes_tab(ui: &mut Ui, state: &mut AppState, now: f64) {
    for pane in 0..2 {
        let doc = state.view.pane_docs[pane];
        let quotes = state.review.comparison.analysis(doc).map(|a| a.quotes.clone()).unwrap_or_default();
        ui.label(RichText::new(format!("Article {} ({} quotes)", pane_letter(pane), quotes.len())).strong());
        for q in &quotes {
            let text = state.review.comparison.document(doc).map(|d| snippet(d.slice(q.span), 120)).unwrap_or_default();
            let speaker =
                q.speaker.and_then(|s| state.review.comparison.speaker(s)).map_or("unattributed", |s| s.name.as_str());
            let readout = q
                .readout
                .and_then(|r| state.review.comparison.readout(r))
                .map(|r| format!(" via {}", r.kind))
                .unwrap_or_default();
            let label = format!("{speaker}{readout}, {}: {text}", theme::capitalised(q.kind.as_str()));
            if ui.selectable_label(false, label).clicked()
                && let Some(claim) = state.review.comparison.claim_holding_quote(q.id)
            {
                state.select_and_reveal(claim, now);
            }
        }
        ui.add_space(8.0);
    }
}

fn readouts_tab(ui: &mut Ui, state: &mut AppState, now: f64) {
    let mut any = false;
    for pane in 0..2 {
        let doc = state.view.pane_docs[pane];
        let readouts = state.review.comparison.analysis(doc).map(|a| a.readouts.clone()).unwrap_or_default();
        for r in readouts {
            any = true;
            let issuer =
                r.issuer.and_then(|s| state.review.comparison.speaker(s)).map_or("unknown issuer", |s| s.name.as_str());
            let date = r.date.map(|d| format!(", {d}")).unwrap_or_default();
            let evidence =
                state.review.comparison.document(doc).map(|d| snippet(d.slice(r.evidence), 100)).unwrap_or_default();
            let kind = theme::capitalised(r.kind.as_str());
            let label = format!("{}: {kind} by {issuer}{date}: “{evidence}”", pane_letter(pane));
            if ui.selectable_label(false, label).clicked() {
                let claim = state.review.comparison.analysis(doc).and_then(|a| {
                    a.claims.iter().position(|c| c.span.intersects(r.evidence) || c.readout == Some(r.id))
                });
                if let Some(i) = claim {
                    state.select_and_reveal(ClaimId { doc, index: i as u32 }, now);
                }
            }
        }
    }
    if !any {
        ui.weak("No readouts or statements found.");
    }
}
