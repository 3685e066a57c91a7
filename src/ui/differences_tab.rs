//! The Differences tab: the comparison's differences grouped under headings as the reports group them (conflicts,
//! attribution shifts, quote changes, only in A, only in B, parallel), then the shared claims for context. Each row
//! shows both sides' text, shortened, and the reason; a click brings both claims into view, and walking the list
//! with `d` brings its current row into view.

use super::app_state::AppState;
use super::dialogs::pane_letter;
use super::side_panel::snippet;
use crate::model::{Difference, DifferenceGroup, DocId};
use eframe::egui::{Align, RichText, Ui};

/// How many characters of each side's text a row shows.
const SIDE_CHARS: usize = 90;

/// Shows the Differences tab.
pub(super) fn show(ui: &mut Ui, state: &mut AppState, now: f64) {
    let list = state.differences();
    let differing = list.iter().filter(|(group, _)| *group != DifferenceGroup::Shared).count();
    ui.horizontal(|ui| {
        ui.label(RichText::new(format!("{differing} differences")).strong());
        if ui.button("Previous").clicked() {
            state.step_difference(false, now);
        }
        if ui.button("Next").clicked() {
            state.step_difference(true, now);
        }
    });
    if list.is_empty() {
        ui.weak("Nothing to list yet: open two articles to compare them.");
    }
    let mut heading = None;
    for (i, &(group, difference)) in list.iter().enumerate() {
        if heading != Some(group) {
            heading = Some(group);
            let count = list.iter().filter(|(g, _)| *g == group).count();
            ui.add_space(6.0);
            ui.label(RichText::new(format!("{} ({count})", group.heading())).strong());
        }
        let current = state.view.difference_step == Some(i);
        let response = ui.selectable_label(current, row_text(state, difference));
        if current && std::mem::take(&mut state.view.scroll_to_difference) {
            response.scroll_to_me(Some(Align::Center));
        }
        if response.clicked() {
            state.view.difference_step = Some(i);
            state.reveal_difference(difference, now);
        }
    }
}

/// A row's text: each side's claim (or, for a changed quote, quote) shortened, A's first, then the reason.
fn row_text(state: &AppState, difference: Difference) -> String {
    let c = &state.review.comparison;
    let sides: Vec<(DocId, &str)> = match difference {
        Difference::Fidelity { a, b, .. } => vec![(a.doc, c.quote_text(a)), (b.doc, c.quote_text(b))],
        _ => {
            let (a, b) = difference.claims(c);
            [a, b].into_iter().flatten().map(|id| (id.doc, c.claim_text(id))).collect()
        }
    };
    let mut lines: Vec<(char, String)> = sides
        .into_iter()
        .map(|(doc, text)| {
            let letter = state.view.pane_of(doc).map_or('?', pane_letter);
            (letter, format!("{letter}: \u{201c}{}\u{201d}", snippet(text, SIDE_CHARS)))
        })
        .collect();
    // A's side first, whichever document the left pane shows.
    lines.sort();
    let mut out: Vec<String> = lines.into_iter().map(|(_, line)| line).collect();
    out.push(difference.reason(c));
    out.retain(|line| !line.is_empty());
    out.join("\n")
}
