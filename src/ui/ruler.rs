//! The overview ruler beside each pane: where the document's claims are matched, unique or in conflict,
//! with the visible part framed. Clicking or dragging on it scrolls there.

use super::app_state::{AppState, ScrollTarget};
use super::dialogs::pane_letter;
use super::text_layout::{DocLayout, status_rank};
use super::theme;
use crate::model::ClaimStatus;
use eframe::egui::{self, Id, Rect, Sense, Ui, pos2};

/// Draws the ruler of `pane` in `rect`; `visible` is the content range on screen.
pub fn show(ui: &mut Ui, pane: usize, rect: Rect, state: &mut AppState, layout: &DocLayout, visible: (f32, f32)) {
    let response = ui.interact(rect, Id::unique(("ruler", pane)), Sense::click_and_drag());
    let letter = pane_letter(pane);
    response.widget_info(|| {
        egui::WidgetInfo::labeled(egui::Role::ScrollBar, true, format!("Overview of article {letter}"))
    });
    let visuals = ui.visuals().clone();
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 2.0, visuals.faint_bg_color);
    let height = layout.height.max(1.0);
    let rows = rect.height().max(1.0) as usize;
    // One status per pixel row, the most telling one winning: conflict over unique over matched.
    let mut marks: Vec<Option<ClaimStatus>> = vec![None; rows + 1];
    let rank = status_rank;
    for (status, top, bottom) in layout.claim_extents() {
        let from = ((top / height) * rows as f32) as usize;
        let to = (((bottom / height) * rows as f32).ceil() as usize).max(from + 1);
        for slot in marks.iter_mut().take(to.min(rows + 1)).skip(from.min(rows)) {
            if slot.is_none_or(|s| rank(s) < rank(status)) {
                *slot = Some(status);
            }
        }
    }
    let mut start = 0;
    while start < marks.len() {
        let mut end = start + 1;
        while end < marks.len() && marks[end] == marks[start] {
            end += 1;
        }
        if let Some(status) = marks[start] {
            let r = Rect::from_min_max(
                pos2(rect.left() + 2.0, rect.top() + start as f32),
                pos2(rect.right() - 2.0, rect.top() + end as f32),
            );
            painter.rect_filled(r, 0.0, theme::status_colour(status, &visuals));
        }
        start = end;
    }
    let frame = Rect::from_min_max(
        pos2(rect.left(), rect.top() + visible.0 / height * rect.height()),
        pos2(rect.right(), rect.top() + (visible.1 / height).min(1.0) * rect.height()),
    );
    painter.rect_stroke(frame, 2.0, egui::Stroke::new(1.0, visuals.strong_text_color()), egui::StrokeKind::Inside);
    if (response.clicked() || response.dragged())
        && let Some(p) = response.interact_pointer_pos()
    {
        state.scroll_to[pane] = Some(ScrollTarget::Fraction((p.y - rect.top()) / rect.height().max(1.0)));
        ui.ctx().request_repaint();
    }
}
