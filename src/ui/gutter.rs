//! The gutter between the panes: a curve for each link whose claims are in view, coloured by relation,
//! dashed while automatic and unreviewed, solid once confirmed, with end dots for links the user added.

use super::app_state::AppState;
use super::pane::PaneView;
use super::text_layout::DocLayout;
use super::theme;
use crate::model::{ClaimId, LinkOrigin, LinkReview};
use eframe::egui::{self, Pos2, Rect, Shape, Stroke, Ui, epaint::CubicBezierShape, pos2};
use std::collections::HashMap;

/// Draws the curves of the visible links in `rect`.
pub(super) fn show(
    ui: &mut Ui,
    rect: Rect,
    state: &mut AppState,
    layouts: [Option<&DocLayout>; 2],
    views: [PaneView; 2],
) {
    let visuals = ui.visuals().clone();
    ui.painter_at(rect).rect_filled(rect, 0.0, visuals.panel_fill);
    // Curves live between the two text areas, below the pane headers.
    let top = views[0].rect.top().max(views[1].rect.top()).max(rect.top());
    let bottom = views[0].rect.bottom().min(views[1].rect.bottom()).min(rect.bottom());
    let rect = egui::Rect::from_x_y_ranges(rect.x_range(), top..=bottom.max(top));
    let painter = ui.painter_at(rect.expand2(egui::vec2(4.0, 0.0)));
    let [Some(left), Some(right)] = layouts else { return };
    let selected = state.view.selected;
    let screen = |view: &PaneView, extent: (f32, f32)| (view.origin_y + extent.0, view.origin_y + extent.1);
    // Every link with an end in view is a candidate; the best-scored are drawn first, and each claim in view
    // gets a few curves at most, so that a densely linked article stays legible and quick to draw.
    let mut visible_links: Vec<usize> = Vec::new();
    let index = state.review.link_index();
    for (layout, view) in [(left, &views[0]), (right, &views[1])] {
        let range = layout.visible(view.rect.top() - view.origin_y, view.rect.bottom() - view.origin_y);
        for paragraph in range {
            for claim in layout.claims_in(paragraph) {
                visible_links.extend_from_slice(index.of(claim));
            }
        }
    }
    visible_links.sort_unstable();
    visible_links.dedup();
    let mut candidates = Vec::new();
    for link in visible_links.into_iter().filter_map(|i| state.review.comparison.links.get(i)) {
        let (l_claim, r_claim) = if link.a.doc == left.key.doc && link.b.doc == right.key.doc {
            (link.a, link.b)
        } else if link.b.doc == left.key.doc && link.a.doc == right.key.doc {
            (link.b, link.a)
        } else {
            continue;
        };
        let (Some(le), Some(re)) = (left.claim_extent(l_claim), right.claim_extent(r_claim)) else { continue };
        let (lt, lb) = screen(&views[0], le);
        let (rt, rb) = screen(&views[1], re);
        let l_visible = lb >= views[0].rect.top() && lt <= views[0].rect.bottom();
        let r_visible = rb >= views[1].rect.top() && rt <= views[1].rect.bottom();
        if l_visible || r_visible {
            let ends = [(l_claim, l_visible), (r_claim, r_visible)];
            candidates.push((link, ends, (lt + lb) / 2.0, (rt + rb) / 2.0));
        }
    }
    candidates.sort_by(|x, y| y.0.score.total_cmp(&x.0.score));
    let mut drawn: HashMap<ClaimId, usize> = HashMap::new();
    let mut emphasised = Vec::new();
    let mut plain = Vec::new();
    for (link, ends, l_mid, r_mid) in candidates {
        let is_selected = selected.is_some_and(|s| s == link.a || s == link.b);
        let cap = if is_selected { MAX_SELECTED_CURVES } else { MAX_CURVES_PER_CLAIM };
        let room = ends.iter().filter(|(_, visible)| *visible).all(|(c, _)| drawn.get(c).copied().unwrap_or(0) < cap);
        if !room || plain.len() + emphasised.len() >= MAX_CURVES {
            continue;
        }
        for (c, visible) in ends {
            if visible {
                *drawn.entry(c).or_default() += 1;
            }
        }
        let clamp = |y: f32| y.clamp(rect.top(), rect.bottom());
        let from = pos2(rect.left(), clamp(l_mid));
        let to = pos2(rect.right(), clamp(r_mid));
        let colour = theme::relation_colour(link.relation, &visuals);
        let curve = Curve { from, to, colour, origin: link.origin, review: link.review };
        if is_selected { emphasised.push(curve) } else { plain.push(curve) }
    }
    for curve in plain {
        curve.paint(&painter, false);
    }
    for curve in emphasised {
        curve.paint(&painter, true);
    }
}

/// The most curves a claim in view gets, and the selected claim gets.
const MAX_CURVES_PER_CLAIM: usize = 3;
const MAX_SELECTED_CURVES: usize = 12;
/// The most curves drawn in one frame.
const MAX_CURVES: usize = 300;

/// One link's curve.
struct Curve {
    from: Pos2,
    to: Pos2,
    colour: egui::Color32,
    origin: LinkOrigin,
    review: LinkReview,
}

impl Curve {
    fn paint(&self, painter: &egui::Painter, emphasised: bool) {
        let dx = (self.to.x - self.from.x) / 2.0;
        let points = [self.from, pos2(self.from.x + dx, self.from.y), pos2(self.to.x - dx, self.to.y), self.to];
        let width = match (emphasised, self.review) {
            (true, _) => 3.5,
            (false, LinkReview::Confirmed) => 2.2,
            _ => 1.4,
        };
        let colour = if emphasised { self.colour } else { self.colour.gamma_multiply(0.8) };
        let stroke = Stroke::new(width, colour);
        let bezier = CubicBezierShape::from_points_stroke(points, false, egui::Color32::TRANSPARENT, stroke);
        let dashed = self.origin == LinkOrigin::Auto && self.review == LinkReview::Unreviewed;
        if dashed {
            let path = bezier.flatten(Some(0.5));
            painter.extend(Shape::dashed_line(&path, stroke, 5.0, 3.0));
        } else {
            painter.add(bezier);
        }
        if self.origin == LinkOrigin::User {
            for p in [self.from, self.to] {
                painter.circle_filled(p, width + 1.5, colour);
            }
        }
    }
}
