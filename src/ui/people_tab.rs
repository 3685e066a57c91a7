//! The People tab: every person and organisation the two articles name, with how often each article names them.

use super::app_state::AppState;
use super::dialogs::pane_letter;
use crate::model::Actor;
use eframe::egui::Ui;

/// One row of the tab: an actor's position and its mentions in pane A and pane B.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct PeopleRow {
    /// The actor's position in `Comparison::actors`.
    pub actor: usize,
    /// How many times the article in each pane names the actor.
    pub counts: [usize; 2],
}

/// The rows in the order shown: actors that both panes' articles name first, then by mentions in all, then by name.
pub(super) fn rows(actors: &[Actor], pane_docs: [usize; 2]) -> Vec<PeopleRow> {
    let mut rows: Vec<PeopleRow> = actors
        .iter()
        .enumerate()
        .map(|(actor, a)| PeopleRow { actor, counts: pane_docs.map(|d| a.mentions_in(d)) })
        .filter(|r| r.counts.iter().any(|&n| n > 0))
        .collect();
    let both = |r: &PeopleRow| r.counts.iter().all(|&n| n > 0);
    rows.sort_by(|x, y| {
        both(y)
            .cmp(&both(x))
            .then((y.counts[0] + y.counts[1]).cmp(&(x.counts[0] + x.counts[1])))
            .then_with(|| actors[x.actor].name.cmp(&actors[y.actor].name))
    });
    rows
}

/// The label of a row: "Vladimir Putin — A 3 · B 5 · quoted", or "… · only in A".
pub(super) fn label(a: &Actor, counts: [usize; 2]) -> String {
    let mut text = format!("{} — A {} · B {}", a.name, counts[0], counts[1]);
    if a.quoted {
        text.push_str(" · quoted");
    }
    match counts {
        [0, _] => text.push_str(&format!(" · only in {}", pane_letter(1))),
        [_, 0] => text.push_str(&format!(" · only in {}", pane_letter(0))),
        _ => {}
    }
    text
}

/// Shows the tab: a click on an actor highlights their mentions in both panes, a second click clears it.
pub(super) fn show(ui: &mut Ui, state: &mut AppState) {
    let actors = &state.review.comparison.actors;
    if actors.is_empty() {
        ui.weak("The articles name no person or organisation that the analysis found.");
        return;
    }
    let pane_docs = state.view.pane_docs.map(|d| d.0 as usize);
    let rows = rows(actors, pane_docs);
    let both = rows.iter().filter(|r| r.counts.iter().all(|&n| n > 0)).count();
    ui.weak(format!("{} named in both articles, {} in one only.", both, rows.len() - both));
    let mut clicked = None;
    for row in &rows {
        let a = &state.review.comparison.actors[row.actor];
        let on = state.view.actor_filter == Some(row.actor);
        let response = ui.selectable_label(on, label(a, row.counts));
        let mut about = vec![a.kind.to_string()];
        about.extend(a.role.clone());
        if !a.aliases.is_empty() {
            about.push(format!("also: {}", a.aliases.join(", ")));
        }
        if response.on_hover_text(about.join("; ")).clicked() {
            clicked = Some(row.actor);
        }
    }
    if let Some(actor) = clicked {
        state.view.toggle_actor(actor);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Span, SpeakerKind};

    fn actor(name: &str, a: usize, b: usize, quoted: bool) -> Actor {
        Actor {
            name: name.into(),
            kind: SpeakerKind::Person,
            aliases: Vec::new(),
            role: None,
            mentions: vec![vec![Span::new(0, 1); a], vec![Span::new(0, 1); b]],
            quoted,
        }
    }

    #[test]
    fn actors_in_both_come_first_by_mentions_and_one_sided_ones_say_so() {
        let actors = vec![actor("Solo", 9, 0, false), actor("Few", 1, 1, false), actor("Many", 3, 4, true)];
        let order: Vec<usize> = rows(&actors, [0, 1]).iter().map(|r| r.actor).collect();
        assert_eq!(order, [2, 1, 0]);
        assert_eq!(label(&actors[2], [3, 4]), "Many — A 3 · B 4 · quoted");
        assert_eq!(label(&actors[0], [9, 0]), "Solo — A 9 · B 0 · only in A");
        // Swapped panes swap the counts.
        assert_eq!(rows(&actors, [1, 0])[0].counts, [4, 3]);
    }
}
