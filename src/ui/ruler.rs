//! The overview ruler beside each pane: where the document's claims are matched, unique or in conflict,
//! with the visible part framed. Clicking or dragging on it scrolls there.

use super::app_state::AppState;
use super::dialogs::pane_letter;
use super::text_layout::DocLayout;
use super::theme;
use super::view_state::ScrollTarget;
use crate::model::ClaimStatus;
use eframe::egui::{self, Id, Rect, Sense, Ui, pos2};

/// How often, in seconds, the marks follow paragraphs that move as they are laid out for the first time.
const REFRESH: f64 = 0.25;

/// The ruler's marks, one status per pixel row, the most telling one winning: conflict over unique over
/// matched. They are worked out again when the claims, the layout or the ruler's height change, and at most
/// every [`REFRESH`] seconds while paragraphs only move.
#[derive(Default)]
pub(super) struct Marks {
    rows: Vec<Option<ClaimStatus>>,
    revision: (u64, u64),
    at: f64,
}

impl Marks {
    /// Brings the marks up to date as far as the refresh allows; false while they lag behind moved paragraphs.
    fn update(&mut self, layout: &DocLayout, rows: usize, now: f64) -> bool {
        let revision = layout.revision();
        let same_claims = self.revision.0 == revision.0 && self.rows.len() == rows + 1;
        if same_claims && (self.revision.1 == revision.1 || now - self.at < REFRESH) {
            return self.revision.1 == revision.1;
        }
        let height = layout.height.max(1.0);
        self.rows.clear();
        self.rows.resize(rows + 1, None);
        for (status, top, bottom) in layout.claim_extents() {
            let from = ((top / height) * rows as f32) as usize;
            let to = (((bottom / height) * rows as f32).ceil() as usize).max(from + 1);
            for slot in self.rows.iter_mut().take(to.min(rows + 1)).skip(from.min(rows)) {
                if slot.is_none_or(|s| s.rank() < status.rank()) {
                    *slot = Some(status);
                }
            }
        }
        self.revision = revision;
        self.at = now;
        true
    }
}

/// Draws the ruler of `pane` in `rect`; `visible` is the content range on screen.
pub(super) fn show(
    ui: &mut Ui,
    pane: usize,
    rect: Rect,
    state: &mut AppState,
    layout: &DocLayout,
    cache: &mut Marks,
    visible: (f32, f32),
) {
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
    let now = ui.input(|i| i.time);
    if !cache.update(layout, rows, now) {
        ui.ctx().request_repaint_after(std::time::Duration::from_secs_f64(REFRESH));
    }
    let marks = &cache.rows;
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
        state.view.scroll_to[pane] = Some(ScrollTarget::Fraction((p.y - rect.top()) / rect.height().max(1.0)));
        ui.ctx().request_repaint();
    }
}
