//! The Overview tab, shown first: the event verdict with its reason, the claims of each article counted by
//! group (each count filters the panes), the most telling differences, and the readouts side by side.

use super::app_state::AppState;
use super::dialogs::pane_letter;
use super::side_panel::{letter_of, snippet};
use super::theme;
use super::view_state::PANES;
use crate::model::{ClaimGroup, ClaimId, Difference};
use eframe::egui::{RichText, Ui};

/// How many differences the tab lists.
const TOP_DIFFERENCES: usize = 5;

/// Shows the Overview tab.
pub(super) fn show(ui: &mut Ui, state: &mut AppState, now: f64) {
    verdict(ui, state);
    ui.separator();
    group_counts(ui, state);
    ui.separator();
    ui.label(RichText::new("Most telling differences").strong());
    let top = top_differences(state);
    if top.is_empty() {
        ui.weak("None: every claim has a counterpart and none conflicts.");
    }
    for row in top {
        let c = &state.review.comparison;
        let text = match row.other {
            // Both sides, since one claim can conflict with several in the other article.
            Some(other) => format!(
                "{}: {}: “{}” / {}: “{}”",
                row.kind,
                letter_of(state, row.claim),
                snippet(c.claim_text(row.claim), 60),
                letter_of(state, other),
                snippet(c.claim_text(other), 60)
            ),
            None => format!("{}: “{}”", row.kind, snippet(c.claim_text(row.claim), 110)),
        };
        let response = ui.selectable_label(false, text);
        let response = match &row.why {
            Some(why) => response.on_hover_text(why),
            None => response,
        };
        if response.clicked() {
            match row.other {
                Some(other) => state.reveal_pair(row.claim, other, now),
                None => state.select_and_reveal(row.claim, now),
            }
        }
    }
    ui.separator();
    readouts_side_by_side(ui, state);
}

/// Whether the articles report one event, and why the analysis thinks so.
fn verdict(ui: &mut Ui, state: &AppState) {
    let Some(check) = &state.review.comparison.event_check else {
        ui.weak("Open two articles to compare them.");
        return;
    };
    let verdict = match check.same_event {
        Some(true) => "Both articles report the same event.",
        Some(false) if check.one_story => "The articles seem to report two occurrences of one story.",
        Some(false) => "The articles seem to report different events.",
        None => "Whether the articles report the same event is unclear.",
    };
    ui.label(RichText::new(verdict).strong());
    ui.label(&check.why);
}

/// Each article's claims counted by group; a click on a count shows only that group's claims in the panes.
fn group_counts(ui: &mut Ui, state: &mut AppState) {
    // From the review's cached groups: the tab is drawn every frame while it is open.
    let counts: Vec<[usize; 4]> =
        (0..PANES).map(|p| ClaimGroup::counts(state.review.claim_groups(state.view.pane_docs[p]))).collect();
    ui.columns(PANES, |columns| {
        for (pane, ui) in columns.iter_mut().enumerate() {
            let letter = pane_letter(pane);
            ui.label(RichText::new(format!("Claims in {letter}")).strong());
            for (i, group) in ClaimGroup::ALL.into_iter().enumerate() {
                let on = state.view.group_filter == Some(group);
                let label = format!("{letter}: {} {}", counts[pane][i], group.label());
                if ui.selectable_label(on, label).on_hover_text("Show only these claims in both articles").clicked() {
                    state.view.toggle_group(group);
                }
            }
        }
    });
    if let Some(group) = state.view.group_filter {
        ui.horizontal_wrapped(|ui| {
            ui.label(format!("The articles show only the claims that are {}.", group.label()));
            if ui.small_button("Show all claims").clicked() {
                state.view.group_filter = None;
            }
        });
    }
}

/// A row of the top differences: what kind it is, the claim it shows, the claim it pairs with, and why.
struct TopDifference {
    kind: String,
    claim: ClaimId,
    other: Option<ClaimId>,
    why: Option<String>,
}

/// The most telling differences: conflicts first, then attribution shifts, then the longest claims found only in
/// one article.
fn top_differences(state: &AppState) -> Vec<TopDifference> {
    let c = &state.review.comparison;
    let list = state.differences();
    let mut rows = Vec::new();
    for (_, d) in &list {
        match *d {
            Difference::Contrast { link, a, b } => rows.push(TopDifference {
                kind: "Conflict".into(),
                claim: a,
                other: Some(b),
                why: c.links.get(link.0 as usize).map(|l| l.why.clone()),
            }),
            Difference::Shift { index, a, b } => rows.push(TopDifference {
                kind: "Attribution shift".into(),
                claim: a,
                other: Some(b),
                why: c.shifts.get(index).map(|s| s.why.clone()),
            }),
            _ => {}
        }
    }
    let mut unique: Vec<ClaimId> = list
        .iter()
        .filter_map(|(_, d)| match *d {
            Difference::Unique { claim } => Some(claim),
            _ => None,
        })
        .collect();
    unique.sort_by_key(|claim| std::cmp::Reverse(c.claim_text(*claim).chars().count()));
    rows.extend(unique.into_iter().map(|claim| TopDifference {
        kind: format!("Only in {}", letter_of(state, claim)),
        claim,
        other: None,
        why: None,
    }));
    rows.truncate(TOP_DIFFERENCES);
    rows
}

/// The official accounts each article relies on, A beside B.
fn readouts_side_by_side(ui: &mut Ui, state: &AppState) {
    ui.label(RichText::new("Readouts and statements").strong());
    let c = &state.review.comparison;
    ui.columns(PANES, |columns| {
        for (pane, ui) in columns.iter_mut().enumerate() {
            ui.label(RichText::new(pane_letter(pane).to_string()).strong());
            let readouts = c.analysis(state.view.pane_docs[pane]).map(|a| a.readouts.as_slice()).unwrap_or_default();
            if readouts.is_empty() {
                ui.weak("None found.");
            }
            for r in readouts {
                let issuer = r.issuer.and_then(|s| c.speaker(s)).map_or("an unnamed issuer", |s| s.name.as_str());
                let date = r.date.map(|d| format!(", {d}")).unwrap_or_default();
                ui.label(format!("{} by {issuer}{date}", theme::capitalised(r.kind.as_str())));
            }
        }
    });
}
