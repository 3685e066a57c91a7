//! One article pane: its header, the text drawn from cached galleys with claims and quotes painted over it,
//! and the overview ruler beside it.

use super::app_state::AppState;
use super::dialogs::pane_letter;
use super::ruler;
use super::text_layout::{DocLayout, LayoutKey, Shown, span_rects};
use super::theme;
use super::view_state::{ScrollTarget, SideTab};
use crate::model::{ClaimGroup, ClaimId, Span, SpeakerId};
use eframe::egui::{self, Id, Rect, Sense, Ui, UiBuilder, pos2, vec2};
use std::time::{Duration, Instant};

/// Where a pane's text sits on screen this frame, for the gutter.
#[derive(Clone, Copy, Debug)]
pub(super) struct PaneView {
    /// The visible text area.
    pub rect: Rect,
    /// The screen y of the content's top.
    pub origin_y: f32,
}

/// A pane's laid-out document and where its view was.
#[derive(Default)]
pub(super) struct PaneCache {
    pub layout: Option<DocLayout>,
    /// The scroll offset at the end of the last frame.
    pub offset: f32,
    /// True while the screens around the view are still to be laid out.
    pub pending: bool,
    /// The part of the text in view at the end of the last frame, in layout coordinates.
    pub view: (f32, f32),
    pub ruler: ruler::Marks,
}

/// The time a frame may spend laying out the text above and below the view; the view itself is always laid out.
const LAYOUT_BUDGET: Duration = Duration::from_millis(3);

/// What stays at a given height in the view while text is laid out, as (what, its distance from the view's top).
#[derive(Clone, Copy, Debug)]
enum Anchor {
    /// A claim's top.
    Claim(ClaimId, f32),
    /// The top of the paragraph holding a character offset.
    Offset(usize, f32),
    /// A share of the whole content's height.
    Content(f32, f32),
    /// A paragraph, and how far down it the point is, as a share of its height.
    Paragraph(usize, f32, f32),
}

impl Anchor {
    /// What to keep in place in the view at `offset`: the first of `claims` (the selected claim, then its
    /// counterparts) whose top was in the part of the text in view, `view`, else the paragraph under the view's
    /// top edge.
    fn in_view(layout: &DocLayout, offset: f32, view: (f32, f32), claims: &[ClaimId]) -> Anchor {
        let in_view =
            |id: &ClaimId| Some((*id, layout.claim_extent(*id)?.0)).filter(|(_, top)| (view.0..view.1).contains(top));
        if let Some((id, top)) = claims.iter().find_map(in_view) {
            return Anchor::Claim(id, top - offset);
        }
        let i = layout.paragraph_at(offset);
        match layout.paragraphs.get(i) {
            Some(p) => {
                let share = ((offset - p.top) / p.height.max(1.0)).clamp(0.0, 1.0);
                Anchor::Paragraph(i, share, p.top + share * p.height - offset)
            }
            None => Anchor::Content(0.0, 0.0),
        }
    }

    /// True when the anchor was asked for, rather than kept from the last frame.
    fn is_asked(&self) -> bool {
        !matches!(self, Anchor::Paragraph(..))
    }

    /// The scroll offset that puts the anchor where it belongs in a view `view_h` high.
    fn offset(&self, layout: &DocLayout, view_h: f32) -> Option<f32> {
        match *self {
            // A claim that grew taller than the room below it moves up to fit, but not past its top.
            Anchor::Claim(id, at) => {
                layout.claim_extent(id).map(|(top, bottom)| (top - at).max(bottom + MARGIN - view_h).min(top))
            }
            Anchor::Offset(offset, at) => layout.offset_top(offset).map(|top| top - at),
            Anchor::Content(share, at) => Some(share * layout.height - at),
            Anchor::Paragraph(i, share, at) => layout.paragraphs.get(i).map(|p| p.top + share * p.height - at),
        }
    }
}

/// The inner margin between a pane's edge and its text.
const MARGIN: f32 = 18.0;

/// Shows pane `pane` in `rect`, laying its document out again when the cached layout is stale.
pub(super) fn show(
    ui: &mut Ui,
    pane: usize,
    rect: Rect,
    state: &mut AppState,
    cache: &mut PaneCache,
    zoom: f32,
    search_hits: &[Span],
) -> PaneView {
    let mut ui = ui.new_child(UiBuilder::new().max_rect(rect).id_salt(("pane", pane)));
    ui.shrink_clip_rect(rect);
    let ui = &mut ui;
    ui.painter().rect_filled(rect, 0.0, ui.visuals().extreme_bg_color);
    header(ui, pane, state);
    let body = ui.available_rect_before_wrap();
    let ruler_rect = Rect::from_min_max(pos2(body.right() - theme::RULER_WIDTH, body.top()), body.max);
    let text_rect = Rect::from_min_max(body.min, pos2(ruler_rect.left() - 2.0, body.bottom()));
    let size = theme::BODY_SIZE * zoom;
    let wrap_width = wrap_width(text_rect.width() - ui.spacing().scroll.bar_width - 4.0, size);
    let key = LayoutKey {
        doc: state.view.pane_docs[pane],
        wrap_width,
        zoom,
        pixels_per_point: ui.ctx().pixels_per_point(),
        dark: ui.visuals().dark_mode,
        text_generation: state.review.text_generation,
    };
    let view_h = text_rect.height();
    let ctx = ui.ctx().clone();
    let mut anchor = asked_anchor(state, pane, cache, &key, view_h);
    if cache.layout.as_ref().is_none_or(|l| l.key != key) {
        let previous = cache.layout.take();
        if previous.as_ref().is_some_and(|p| !p.key.same_text(&key)) {
            anchor = anchor.or(Some(Anchor::Content(0.0, 0.0)));
        }
        cache.layout = Some(DocLayout::new(&ctx, &state.review.comparison, key, state.review.generation, previous));
    }
    let Some(layout) = cache.layout.as_mut() else { return PaneView { rect: text_rect, origin_y: text_rect.top() } };
    if layout.generation() != state.review.generation {
        layout.set_generation(&state.review.comparison, state.review.generation);
    }
    let anchor = anchor.unwrap_or_else(|| Anchor::in_view(layout, cache.offset, cache.view, &[]));
    // The scroll area's own bounds: the content is the text and four lines of space below it.
    let last = cache.offset;
    let target = |layout: &DocLayout| {
        let max = (layout.height + size * 4.0 - view_h).max(0.0);
        anchor.offset(layout, view_h).unwrap_or(last).clamp(0.0, max)
    };
    let (offset, pending) = lay_out_around_view(&ctx, &state.review.comparison, layout, view_h, target);
    cache.pending = pending;
    if pending {
        ctx.request_repaint();
    }
    let mut scroll = egui::ScrollArea::vertical().id_salt(("pane-scroll", pane)).auto_shrink(false);
    if (offset - cache.offset).abs() >= 0.5 || anchor.is_asked() {
        scroll = scroll.vertical_scroll_offset(offset);
    }
    let mut text_ui = ui.new_child(UiBuilder::new().max_rect(text_rect).id_salt(("pane-text", pane)));
    text_ui.shrink_clip_rect(text_rect);
    // No springing back past the ends: egui would judge a jump set in the frame the text grows against last
    // frame's length, and spring it back.
    text_ui.spacing_mut().scroll.kinetic.rubber_band = false;
    let output = scroll.show_viewport(&mut text_ui, |ui, viewport| {
        let origin = ui.max_rect().min;
        let left = origin.x + ((viewport.width() - wrap_width) / 2.0).max(MARGIN);
        // A drag on the scroll bar can land anywhere: lay out whatever is in view.
        let range = layout.visible(viewport.top() - MARGIN, viewport.bottom());
        layout.lay_out(ui.ctx(), &state.review.comparison, range, false, None);
        ui.set_min_size(vec2(viewport.width(), layout.height + size * 4.0));
        paint_text(ui, pane, state, layout, pos2(left, origin.y + MARGIN), viewport, search_hits);
    });
    cache.offset = output.state.unclamped_offset().y;
    let origin_y = output.inner_rect.top() + MARGIN - output.state.clamped_offset().y;
    let visible = (output.state.clamped_offset().y, output.state.clamped_offset().y + output.inner_rect.height());
    cache.view = (visible.0 - MARGIN, visible.1 - MARGIN);
    ruler::show(ui, pane, ruler_rect, state, layout, &mut cache.ruler, visible);
    PaneView { rect: output.inner_rect, origin_y }
}

/// The width to wrap the text at in a text area `room` wide, at text size `size`. Wide panes all get the
/// comfortable line width; narrower ones step in 32-point steps, so that dragging the window's edge lays the text
/// out again only now and then.
fn wrap_width(room: f32, size: f32) -> f32 {
    let width = (room - 2.0 * MARGIN).clamp(80.0, size * theme::MAX_LINE_EMS);
    if width >= size * theme::MAX_LINE_EMS { width.floor() } else { (width / 32.0).floor().max(2.5) * 32.0 }
}

/// What should stay put on screen this frame, when something says so: a place asked for, else the claim or
/// paragraph at the top of the view before a new width or zoom reflows the text. `None` keeps the paragraph at
/// the top of the view.
fn asked_anchor(state: &mut AppState, pane: usize, cache: &PaneCache, key: &LayoutKey, view_h: f32) -> Option<Anchor> {
    match (state.view.scroll_to[pane].take(), cache.layout.as_ref()) {
        (Some(target), _) => Some(match target {
            ScrollTarget::Claim(id) => Anchor::Claim(id, view_h / 3.0),
            ScrollTarget::Fraction(f) => Anchor::Content(f.clamp(0.0, 1.0), view_h / 2.0),
            ScrollTarget::Offset(offset) => Anchor::Offset(offset, view_h / 3.0),
        }),
        (None, Some(layout)) if layout.key != *key && layout.key.same_text(key) => {
            let mut chosen: Vec<ClaimId> = state.view.selected.into_iter().collect();
            chosen.extend_from_slice(state.selected_counterparts());
            Some(Anchor::in_view(layout, cache.offset, cache.view, &chosen))
        }
        _ => None,
    }
}

/// Lays out the view, and the screens above and below it within the frame's budget, and returns the scroll
/// offset that keeps the anchor (`target` of the layout) in place, and whether text near the view is still to be
/// laid out. Text laid out for the first time has its true height, and may move what follows it.
fn lay_out_around_view(
    ctx: &egui::Context,
    comparison: &crate::model::Comparison,
    layout: &mut DocLayout,
    view_h: f32,
    target: impl Fn(&DocLayout) -> f32,
) -> (f32, bool) {
    let deadline = Instant::now() + LAYOUT_BUDGET;
    let mut offset = target(layout);
    for _ in 0..3 {
        layout.lay_out(ctx, comparison, layout.visible(offset, offset + view_h), false, None);
        let next = target(layout);
        let settled = (next - offset).abs() < 0.5;
        offset = next;
        if settled {
            break;
        }
    }
    let below = layout.visible(offset + view_h, offset + 2.0 * view_h);
    let above = layout.visible(offset - view_h, offset);
    let pending = !layout.lay_out(ctx, comparison, below, false, Some(deadline))
        | !layout.lay_out(ctx, comparison, above, true, Some(deadline));
    // Text laid out above the view moved everything below it, the anchor with it.
    let offset = target(layout);
    layout.forget_outside(layout.visible(offset - 2.0 * view_h, offset + 3.0 * view_h));
    (offset, pending)
}

/// The pane header: which pane, the document's title, and the outlet, date and file name (the path on hover).
fn header(ui: &mut Ui, pane: usize, state: &AppState) {
    let doc_id = state.view.pane_docs[pane];
    let active = state.view.active_pane == pane;
    egui::Frame::new().inner_margin(egui::Margin::symmetric(10, 6)).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let Some(doc) = state.review.comparison.document(doc_id) else {
            ui.weak(format!(
                "Article {}: none open. Use Open {} or drop a file here.",
                pane_letter(pane),
                pane_letter(pane)
            ));
            return;
        };
        ui.horizontal(|ui| {
            let badge = egui::RichText::new(pane_letter(pane).to_string()).strong().monospace();
            let badge = if active { badge.color(ui.visuals().selection.stroke.color) } else { badge.weak() };
            ui.label(badge);
            ui.add(egui::Label::new(egui::RichText::new(doc.display_name()).heading()).truncate());
        });
        let mut facts = Vec::new();
        if let Some(outlet) = &doc.source.outlet {
            facts.push(outlet.clone());
        }
        if let Some(date) = doc.source.published {
            facts.push(date.format("%-d %B %Y").to_string());
        }
        // The file name, not the whole path, so that truncation keeps it; the path is on hover.
        let path = state.review.paths.get(doc_id.0 as usize).cloned().flatten();
        match &path {
            Some(path) => facts.push(
                path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned()),
            ),
            None => facts.push(format!("{} (built in)", doc.source.label)),
        }
        let details = ui.add(egui::Label::new(egui::RichText::new(facts.join("  ·  ")).small().weak()).truncate());
        if let Some(path) = path {
            details.on_hover_text(path.display().to_string());
        }
    });
    let line = ui.available_rect_before_wrap();
    let colour =
        if active { ui.visuals().selection.stroke.color } else { ui.visuals().widgets.noninteractive.bg_stroke.color };
    ui.painter().hline(line.x_range(), line.top(), egui::Stroke::new(if active { 2.0 } else { 1.0 }, colour));
}

/// What the visible paragraphs of a pane are marked with this frame, besides their claims' status colours.
struct Marks<'a> {
    visuals: &'a egui::Visuals,
    selected: Option<ClaimId>,
    counterparts: &'a [ClaimId],
    speaker_filter: Option<SpeakerId>,
    /// The mentions of the actor chosen in the People tab, in this pane's document, in text order.
    actor_mentions: &'a [Span],
    /// With a group filter on, the group of each claim of the document by index: only the claims of the group
    /// chosen are filled with their status colour.
    group_filter: Option<(ClaimGroup, Vec<Option<ClaimGroup>>)>,
    /// The claim that flashes after a jump, and how strongly.
    flash: Option<(ClaimId, f32)>,
    /// The span the user dragged across, in this pane's document.
    text_selection: Option<Span>,
    search_hits: &'a [Span],
}

/// A paragraph in view: its span in the document, its galley and regions, and where it is painted.
struct VisibleParagraph<'a> {
    span: Span,
    shown: &'a Shown,
    at: egui::Pos2,
}

/// Where the pointer is, and what it did to the claims of a pane this frame.
#[derive(Default)]
struct ClaimPointer {
    /// The pointer's position, when it is over the pane's text.
    position: Option<egui::Pos2>,
    hovered: Option<ClaimId>,
    /// The widget under the pointer that the tooltip belongs to: a claim's first row.
    hovered_widget: Option<egui::Response>,
    clicked: Option<ClaimId>,
}

/// Paints the visible paragraphs and registers the claim regions as widgets.
fn paint_text(
    ui: &mut Ui,
    pane: usize,
    state: &mut AppState,
    layout: &DocLayout,
    origin: egui::Pos2,
    viewport: Rect,
    search_hits: &[Span],
) {
    let visuals = ui.visuals().clone();
    let now = ui.input(|i| i.time);
    let flash = state.view.flash_strength(now);
    if flash.is_some() {
        ui.ctx().request_repaint();
    }
    let painter = ui.painter().clone();
    let clip = ui.clip_rect();
    let background = ui.interact(clip, Id::unique(("pane-text-area", pane)), Sense::click_and_drag());
    let letter = pane_letter(pane);
    background.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Document, true, format!("Article {letter}")));
    drag_select(ui, &background, state, layout, origin);
    let counterparts = state.selected_counterparts().to_vec();
    let group_filter = state.view.group_filter.map(|group| (group, state.review.claim_groups(layout.key.doc).to_vec()));
    let actor_mentions = state
        .view
        .actor_filter
        .and_then(|a| state.review.comparison.actors.get(a))
        .and_then(|a| a.mentions.get(layout.key.doc.0 as usize))
        .cloned()
        .unwrap_or_default();
    let marks = Marks {
        visuals: &visuals,
        selected: state.view.selected,
        counterparts: &counterparts,
        speaker_filter: state.view.speaker_filter,
        actor_mentions: &actor_mentions,
        group_filter,
        flash,
        text_selection: state.view.text_selection.filter(|(doc, _)| *doc == layout.key.doc).map(|(_, span)| span),
        search_hits,
    };
    let position = ui.ctx().pointer_hover_pos().filter(|p| clip.contains(*p));
    let mut claims = ClaimPointer { position, ..Default::default() };
    for paragraph in &layout.paragraphs[layout.visible(viewport.top() - MARGIN, viewport.bottom())] {
        let Some(shown) = &paragraph.shown else { continue };
        let para = VisibleParagraph { span: paragraph.span, shown, at: origin + vec2(0.0, paragraph.top) };
        paint_underlay(&painter, state, layout, &para, &marks);
        painter.galley(para.at, shown.galley.clone(), theme::text_colour(&visuals));
        paint_claim_outlines(&painter, &para, &marks);
        interact_with_claims(ui, pane, state, layout, &para, &mut claims);
    }
    if background.clicked() {
        claims.clicked = claims.clicked.or(claims.hovered);
        state.view.active_pane = pane;
    }
    if let Some(id) = claims.clicked {
        state.click_claim(id, now);
    }
    if let Some(id) = claims.hovered {
        let status = layout.status(id);
        let links = state.review.best_links(id, 3);
        let widget = claims.hovered_widget.unwrap_or(background);
        widget.on_hover_ui_at_pointer(|ui| claim_tooltip(ui, state, id, status, &links));
    }
}

/// Paints what lies under a paragraph's text: claim status fills, search hits, the mentions of the chosen actor,
/// the dragged selection, and the underlines of quotes (filled in when their speaker is the one chosen).
fn paint_underlay(
    painter: &egui::Painter,
    state: &AppState,
    layout: &DocLayout,
    para: &VisibleParagraph,
    marks: &Marks,
) {
    let VisibleParagraph { span: paragraph, shown, at } = *para;
    let visuals = marks.visuals;
    for region in &shown.claims {
        if let Some((group, groups)) = &marks.group_filter
            && groups.get(region.id.index as usize).copied().flatten() != Some(*group)
        {
            continue;
        }
        let fill = theme::status_fill(layout.status(region.id), visuals);
        for r in &region.rects {
            painter.rect_filled(r.translate(at.to_vec2()).expand2(vec2(1.0, 0.0)), 2.0, fill);
        }
    }
    for hit in spans_touching(marks.search_hits, paragraph) {
        for r in span_rects(&shown.galley, paragraph, *hit) {
            painter.rect_filled(r.translate(at.to_vec2()), 2.0, theme::search_fill(visuals));
        }
    }
    for mention in spans_touching(marks.actor_mentions, paragraph) {
        let colour = theme::quote_colour(visuals);
        for r in span_rects(&shown.galley, paragraph, *mention) {
            let r = r.translate(at.to_vec2());
            painter.rect_filled(r, 2.0, colour.gamma_multiply(0.35));
            painter.rect_stroke(r, 2.0, egui::Stroke::new(1.5, colour), egui::StrokeKind::Outside);
        }
    }
    if let Some(span) = marks.text_selection {
        for r in span_rects(&shown.galley, paragraph, span) {
            painter.rect_filled(r.translate(at.to_vec2()), 0.0, visuals.selection.bg_fill.gamma_multiply(0.6));
        }
    }
    let colour = theme::quote_colour(visuals);
    for region in &shown.quotes {
        let speaker = state.review.comparison.quote(region.id).and_then(|q| q.speaker);
        let chosen = marks.speaker_filter.is_some() && speaker == marks.speaker_filter;
        for r in &region.rects {
            let r = r.translate(at.to_vec2());
            if chosen {
                painter.rect_filled(r, 2.0, colour.gamma_multiply(0.35));
                painter.rect_stroke(r, 2.0, egui::Stroke::new(1.5, colour), egui::StrokeKind::Outside);
            }
            painter.hline(r.x_range(), r.bottom() - 2.0, egui::Stroke::new(1.5, colour.gamma_multiply(0.8)));
        }
    }
}

/// The spans of a list in text order that touch a paragraph.
fn spans_touching(spans: &[Span], paragraph: Span) -> impl Iterator<Item = &Span> {
    let first = spans.partition_point(|s| s.end <= paragraph.start);
    spans[first..].iter().take_while(move |s| s.start < paragraph.end)
}

/// Paints over a paragraph's text: the flash after a jump, and the outlines of the selected claim and its
/// counterparts.
fn paint_claim_outlines(painter: &egui::Painter, para: &VisibleParagraph, marks: &Marks) {
    let VisibleParagraph { shown, at, .. } = *para;
    let visuals = marks.visuals;
    for region in &shown.claims {
        let is_selected = marks.selected == Some(region.id);
        let is_counterpart = marks.counterparts.contains(&region.id);
        let flashing = marks.flash.filter(|(c, _)| *c == region.id).map(|(_, s)| s);
        for r in &region.rects {
            let r = r.translate(at.to_vec2()).expand2(vec2(2.0, 1.0));
            if let Some(strength) = flashing {
                painter.rect_filled(r, 3.0, visuals.selection.bg_fill.gamma_multiply(strength));
            }
            if is_selected {
                painter.rect_stroke(r, 3.0, theme::selection_stroke(visuals), egui::StrokeKind::Outside);
            } else if is_counterpart {
                let stroke = egui::Stroke::new(1.5, visuals.selection.stroke.color.gamma_multiply(0.7));
                painter.rect_stroke(r, 3.0, stroke, egui::StrokeKind::Outside);
            }
        }
    }
}

/// Notes which claim of a paragraph the pointer is over, and registers each claim that starts in it as a button
/// labelled with its text, on its first row, noting a click.
fn interact_with_claims(
    ui: &mut Ui,
    pane: usize,
    state: &AppState,
    layout: &DocLayout,
    para: &VisibleParagraph,
    claims: &mut ClaimPointer,
) {
    let VisibleParagraph { span: paragraph, shown, at } = *para;
    for region in &shown.claims {
        if let Some(p) = claims.position
            && region.rects.iter().any(|r| r.translate(at.to_vec2()).contains(p))
        {
            claims.hovered = Some(region.id);
        }
        let Some(claim) = state.review.comparison.claim(region.id) else { continue };
        let (true, Some(first)) = (claim.span.start >= paragraph.start, region.rects.first()) else { continue };
        let id = Id::unique(("claim", pane, region.id.doc.0, region.id.index));
        let response = ui.interact(first.translate(at.to_vec2()), id, Sense::click());
        // Slice through the layout's character index: `Document::slice` walks the text from its start.
        let text = match state.review.comparison.document(region.id.doc) {
            Some(doc) => doc.text.get(layout.chars.byte_range(claim.span)).unwrap_or("").to_owned(),
            None => String::new(),
        };
        response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &text));
        if response.clicked() {
            claims.clicked = Some(region.id);
        }
        if response.hovered() {
            claims.hovered = Some(region.id);
            claims.hovered_widget = Some(response);
        }
    }
}

/// Dragging across the text selects a span, which the Claim tab offers to mark as a claim.
fn drag_select(ui: &Ui, background: &egui::Response, state: &mut AppState, layout: &DocLayout, origin: egui::Pos2) {
    let doc = layout.key.doc;
    let anchor_id = Id::unique(("drag-anchor", doc.0));
    if background.drag_started() {
        // A drag starts once the pointer has moved a little: anchor it where the button went down.
        let pressed = ui.input(|i| i.pointer.press_origin()).or(background.interact_pointer_pos());
        let at = pressed.and_then(|p| layout.char_at(p - origin));
        ui.data_mut(|d| d.insert_temp(anchor_id, at));
    }
    if background.dragged() {
        let anchor: Option<usize> = ui.data(|d| d.get_temp(anchor_id)).flatten();
        let here = background.interact_pointer_pos().and_then(|p| layout.char_at(p - origin));
        if let (Some(a), Some(b)) = (anchor, here) {
            state.view.text_selection = (a != b).then(|| (doc, Span::new(a.min(b), a.max(b))));
            if state.view.text_selection.is_some() {
                // The Claim tab offers to mark the selection as a claim.
                state.view.tab = SideTab::Claim;
            }
        }
    }
    if background.clicked() {
        state.view.text_selection = None;
    }
}

/// What hovering a claim tells: its status, speaker, readout, and its counterparts with relation and score.
fn claim_tooltip(ui: &mut Ui, state: &AppState, id: ClaimId, status: crate::model::ClaimStatus, links: &[usize]) {
    let c = &state.review.comparison;
    let Some(claim) = c.claim(id) else { return };
    ui.set_max_width(360.0);
    ui.label(egui::RichText::new(status.as_str()).strong());
    if let Some(speaker) = claim.speaker.and_then(|s| c.speaker(s)) {
        ui.label(format!("Speaker: {}", speaker.name));
    }
    if let Some(readout) = claim.readout.and_then(|r| c.readout(r)) {
        let issuer = readout.issuer.and_then(|s| c.speaker(s)).map(|s| s.name.as_str()).unwrap_or("unknown issuer");
        ui.label(format!("Readout: {} by {issuer}", theme::capitalised(readout.kind.as_str())));
    }
    for link in links.iter().filter_map(|i| c.links.get(*i)) {
        ui.label(format!(
            "{} link, score {:.2} ({})",
            link.relation,
            link.score,
            theme::link_state_name(link.origin, link.review)
        ));
    }
}

/// Where a pane sits in the window, from its index.
pub(super) fn pane_rect(area: Rect, pane: usize) -> Rect {
    let half = ((area.width() - theme::GUTTER_WIDTH) / 2.0).max(0.0);
    let left = if pane == 0 { area.left() } else { area.left() + half + theme::GUTTER_WIDTH };
    Rect::from_min_max(pos2(left, area.top()), pos2(left + half, area.bottom()))
}

/// The gutter's place between the panes.
pub(super) fn gutter_rect(area: Rect) -> Rect {
    let half = ((area.width() - theme::GUTTER_WIDTH) / 2.0).max(0.0);
    Rect::from_min_max(
        pos2(area.left() + half, area.top()),
        pos2(area.left() + half + theme::GUTTER_WIDTH, area.bottom()),
    )
}
