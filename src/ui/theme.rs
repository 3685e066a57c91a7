//! Colours and sizes shared by every part of the window, for the light and the dark theme.

use crate::model::{ClaimStatus, LinkOrigin, LinkReview, Relation};
use eframe::egui::{Color32, Stroke, Visuals};

/// The size of article text at zoom 1, in points.
pub(super) const BODY_SIZE: f32 = 16.0;
/// The widest a line of article text gets, in multiples of the body size: about 70 characters.
pub(super) const MAX_LINE_EMS: f32 = 38.0;
/// The space between paragraphs, in multiples of the body size.
pub(super) const PARAGRAPH_GAP_EMS: f32 = 0.8;
/// Line height, in multiples of the body size.
pub(super) const LINE_HEIGHT_EMS: f32 = 1.5;
/// The width of the gutter between the panes.
pub(super) const GUTTER_WIDTH: f32 = 56.0;
/// The width of each pane's overview ruler.
pub(super) const RULER_WIDTH: f32 = 12.0;
/// The smallest and largest text zoom.
pub(super) const ZOOM_RANGE: (f32, f32) = (0.6, 2.5);

/// The fill behind a claim, by status.
pub(super) fn status_fill(status: ClaimStatus, visuals: &Visuals) -> Color32 {
    let strong = if visuals.dark_mode { 64 } else { 52 };
    // Unique claims are the common case: a lighter wash keeps the page readable.
    let alpha = if status == ClaimStatus::Unique { strong / 2 } else { strong };
    let base = status_colour(status, visuals);
    Color32::from_rgba_unmultiplied(base.r(), base.g(), base.b(), alpha)
}

/// The strong colour of a status, for the ruler and the side panel.
pub(super) fn status_colour(status: ClaimStatus, visuals: &Visuals) -> Color32 {
    match (status, visuals.dark_mode) {
        (ClaimStatus::Matched, false) => Color32::from_rgb(30, 140, 110),
        (ClaimStatus::Matched, true) => Color32::from_rgb(70, 190, 150),
        (ClaimStatus::Unique, false) => Color32::from_rgb(200, 140, 20),
        (ClaimStatus::Unique, true) => Color32::from_rgb(230, 180, 60),
        (ClaimStatus::Conflict, false) => Color32::from_rgb(205, 50, 60),
        (ClaimStatus::Conflict, true) => Color32::from_rgb(240, 100, 100),
    }
}

/// The colour of a link's curve, by relation.
pub(super) fn relation_colour(relation: Relation, visuals: &Visuals) -> Color32 {
    match (relation, visuals.dark_mode) {
        (Relation::Same, false) => Color32::from_rgb(30, 140, 110),
        (Relation::Same, true) => Color32::from_rgb(70, 190, 150),
        (Relation::Parallel, false) => Color32::from_rgb(50, 100, 200),
        (Relation::Parallel, true) => Color32::from_rgb(110, 160, 250),
        (Relation::Contrast, false) => Color32::from_rgb(205, 50, 60),
        (Relation::Contrast, true) => Color32::from_rgb(240, 100, 100),
        (Relation::Related, false) => Color32::from_gray(120),
        (Relation::Related, true) => Color32::from_gray(160),
    }
}

/// A name with its first letter in capitals, for the start of a label.
pub(super) fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// Where a link came from and how it was reviewed, in words.
pub(super) fn link_state_name(origin: LinkOrigin, review: LinkReview) -> &'static str {
    match (origin, review) {
        (LinkOrigin::User, _) => "added by you",
        (LinkOrigin::Auto, LinkReview::Unreviewed) => "automatic",
        (LinkOrigin::Auto, LinkReview::Confirmed) => "confirmed",
        (LinkOrigin::Auto, LinkReview::Rejected) => "rejected",
    }
}

/// The colour that marks quotes.
pub(super) fn quote_colour(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode { Color32::from_rgb(190, 150, 255) } else { Color32::from_rgb(120, 60, 200) }
}

/// The fill behind search hits.
pub(super) fn search_fill(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode {
        Color32::from_rgba_unmultiplied(255, 220, 0, 90)
    } else {
        Color32::from_rgba_unmultiplied(255, 220, 0, 140)
    }
}

/// The outline of the selected claim.
pub(super) fn selection_stroke(visuals: &Visuals) -> Stroke {
    Stroke::new(2.0, visuals.selection.stroke.color)
}

/// The article text colour.
pub(super) fn text_colour(visuals: &Visuals) -> Color32 {
    if visuals.dark_mode { Color32::from_gray(225) } else { Color32::from_gray(25) }
}
