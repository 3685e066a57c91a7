//! Article text laid out lazily, a paragraph at a time: only the paragraphs in and near the view are laid out
//! into galleys, and only while they are near it. The others sit at an estimated height until they are first
//! laid out, which makes a long article's first frame and a resize cost no more than a screenful of text.

use super::theme;
use crate::model::{CharIndex, ClaimId, ClaimStatus, Comparison, DocId, QuoteId, Span};
use eframe::egui::{self, Galley, Rect, pos2, text::LayoutJob};
use std::sync::Arc;
use std::time::Instant;

/// What the laid-out text depends on: when any of it changes, paragraphs are laid out again.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutKey {
    pub doc: DocId,
    pub wrap_width: f32,
    pub zoom: f32,
    pub pixels_per_point: f32,
    pub dark: bool,
    /// `Review::text_generation`: the documents' text, which only a new comparison changes.
    pub text_generation: u64,
}

impl LayoutKey {
    /// True when two keys are about the same text, whatever its size.
    pub fn same_text(&self, other: &LayoutKey) -> bool {
        self.doc == other.doc && self.text_generation == other.text_generation
    }
}

/// A region of a paragraph: a claim or a quote, as rectangles relative to the paragraph's galley.
#[derive(Clone, Debug)]
pub struct Region<T> {
    pub id: T,
    /// One rectangle per row the region covers, in galley coordinates.
    pub rects: Vec<Rect>,
}

/// A paragraph laid out: its galley and the claims and quotes in it.
#[derive(Clone, Debug)]
pub struct Shown {
    pub galley: Arc<Galley>,
    pub claims: Vec<Region<ClaimId>>,
    pub quotes: Vec<Region<QuoteId>>,
}

/// One paragraph: where it sits, how tall it is, and its galley while it is in or near the view.
#[derive(Clone, Debug)]
pub struct ParagraphLayout {
    /// The paragraph's character span in the document.
    pub span: Span,
    /// The top of the paragraph in content coordinates.
    pub top: f32,
    /// The height: exact once the paragraph has been laid out (even if its galley was let go since),
    /// estimated before.
    pub height: f32,
    pub shown: Option<Shown>,
}

impl ParagraphLayout {
    pub fn bottom(&self) -> f32 {
        self.top + self.height
    }
}

/// What the analysis says about a document's text, made once per `Review::generation`.
#[derive(Clone, Debug, Default)]
struct Claims {
    generation: u64,
    /// For each paragraph, the claims and quotes that touch it.
    claim_buckets: Vec<Vec<(usize, Span)>>,
    quote_buckets: Vec<Vec<(usize, Span)>>,
    /// Each shown claim's span and the first and last paragraph it touches, by claim index.
    claim_places: Vec<Option<(Span, u32, u32)>>,
    statuses: Vec<ClaimStatus>,
    status_counts: [usize; 3],
}

/// A document laid out at one width and zoom, lazily.
#[derive(Clone, Debug)]
pub struct DocLayout {
    /// What the layout was made for: the document, width, zoom and theme.
    pub key: LayoutKey,
    /// Every paragraph of the document, laid out or estimated.
    pub paragraphs: Vec<ParagraphLayout>,
    /// The content height, paragraph gaps included.
    pub height: f32,
    /// The byte offset of every character, to slice paragraphs and search hits cheaply.
    pub chars: CharIndex,
    claims: Claims,
    format: egui::TextFormat,
    gap: f32,
    row_height: f32,
    /// The average advance of a character of this text, for estimating heights.
    char_width: f32,
    /// Paragraph tops are stale after a height changed.
    tops_stale: bool,
    /// Changes with the claims or the layout (a fresh number for each), and with every move of the tops.
    revision: (u64, u64),
}

/// Numbers for `DocLayout::revision`, unique in the process.
static REVISIONS: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);

fn next_revision() -> u64 {
    REVISIONS.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Slack for the space word wrapping leaves at the ends of rows, in the height estimate.
const WRAP_SLACK: f32 = 1.06;
/// Characters of the text laid out on one row to measure its average character width.
const SAMPLE_CHARS: usize = 2000;

impl DocLayout {
    /// A layout of a document where nothing is laid out yet: every paragraph has an estimated height. It takes
    /// the character index and the claims from `previous` when that is the same text.
    pub fn new(
        ctx: &egui::Context,
        comparison: &Comparison,
        key: LayoutKey,
        generation: u64,
        previous: Option<DocLayout>,
    ) -> DocLayout {
        let doc = comparison.document(key.doc);
        let size = theme::BODY_SIZE * key.zoom;
        let colour = if key.dark { egui::Color32::from_gray(225) } else { egui::Color32::from_gray(25) };
        let format = egui::TextFormat {
            font_id: egui::FontId::proportional(size),
            color: colour,
            line_height: Some(size * theme::LINE_HEIGHT_EMS),
            ..Default::default()
        };
        let spans = doc.map(|d| d.paragraphs.as_slice()).unwrap_or_default();
        let previous = previous.filter(|p| p.key.same_text(&key));
        // Character widths change with the text's size, not with the wrap width.
        let same_size = |p: &DocLayout| p.key.zoom == key.zoom && p.key.pixels_per_point == key.pixels_per_point;
        let known_width = previous.as_ref().filter(|p| same_size(p)).map(|p| p.char_width);
        let (chars, claims) = match previous {
            Some(p) => (p.chars, p.claims),
            None => (doc.map(|d| CharIndex::new(&d.text)).unwrap_or_default(), Claims::default()),
        };
        let char_width = known_width.unwrap_or_else(|| {
            let sample: String = doc
                .map(|d| d.text.chars().filter(|c| !c.is_control()).take(SAMPLE_CHARS).collect())
                .unwrap_or_default();
            if sample.is_empty() {
                return size / 2.0;
            }
            let count = sample.chars().count() as f32;
            let galley = ctx.fonts_mut(|f| f.layout_job(LayoutJob::single_section(sample, format.clone())));
            galley.size().x / count
        });
        let mut layout = DocLayout {
            key,
            paragraphs: spans
                .iter()
                .map(|&span| ParagraphLayout { span, top: 0.0, height: 0.0, shown: None })
                .collect(),
            height: 0.0,
            chars,
            claims,
            row_height: size * theme::LINE_HEIGHT_EMS,
            gap: size * theme::PARAGRAPH_GAP_EMS,
            format,
            char_width,
            tops_stale: true,
            revision: (next_revision(), 0),
        };
        for i in 0..layout.paragraphs.len() {
            layout.paragraphs[i].height = layout.estimate(layout.paragraphs[i].span);
        }
        if layout.claims.claim_buckets.len() != spans.len() || layout.claims.generation != generation {
            layout.set_generation(comparison, generation);
        }
        layout.update_tops();
        layout
    }

    /// The height a paragraph will probably have once laid out.
    fn estimate(&self, span: Span) -> f32 {
        let width = span.len() as f32 * self.char_width * WRAP_SLACK;
        let rows = (width / self.key.wrap_width.max(1.0)).ceil().max(1.0);
        rows * self.row_height
    }

    /// The `Review::generation` the claims were placed for.
    pub fn generation(&self) -> u64 {
        self.claims.generation
    }

    /// Places the claims and quotes of the analysis as of `generation`, keeping the laid-out text.
    pub fn set_generation(&mut self, comparison: &Comparison, generation: u64) {
        let doc = self.key.doc;
        let analysis = comparison.analysis(doc);
        let claims: Vec<(usize, Span)> = analysis
            .map(|a| {
                a.claims
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| comparison.merged_into(ClaimId { doc, index: *i as u32 }).is_none())
                    .map(|(i, c)| (i, c.span))
                    .collect()
            })
            .unwrap_or_default();
        let count = analysis.map_or(0, |a| a.claims.len());
        let quotes: Vec<(usize, Span)> =
            analysis.map(|a| a.quotes.iter().map(|q| q.span).enumerate().collect()).unwrap_or_default();
        let spans: Vec<Span> = self.paragraphs.iter().map(|p| p.span).collect();
        let mut claim_places = vec![None; count];
        for &(i, s) in &claims {
            let first = spans.partition_point(|p| p.end <= s.start);
            let last = spans.partition_point(|p| p.start < s.end).saturating_sub(1);
            if first < spans.len() && first <= last {
                claim_places[i] = Some((s, first as u32, last as u32));
            }
        }
        let statuses = comparison.claim_statuses(doc);
        let mut status_counts = [0; 3];
        for (i, _) in &claims {
            if let Some(s) = statuses.get(*i) {
                status_counts[s.rank()] += 1;
            }
        }
        self.claims = Claims {
            generation,
            claim_buckets: buckets(&spans, &claims),
            quote_buckets: buckets(&spans, &quotes),
            claim_places,
            statuses,
            status_counts,
        };
        self.revision.0 = next_revision();
        for i in 0..self.paragraphs.len() {
            if let Some(galley) = self.paragraphs[i].shown.take().map(|s| s.galley) {
                self.paragraphs[i].shown = Some(self.regions(i, galley));
            }
        }
    }

    /// A paragraph's galley with its claims and quotes placed on it.
    fn regions(&self, index: usize, galley: Arc<Galley>) -> Shown {
        let doc = self.key.doc;
        let span = self.paragraphs[index].span;
        let claims = self.claims.claim_buckets[index]
            .iter()
            .map(|&(i, s)| Region { id: ClaimId { doc, index: i as u32 }, rects: span_rects(&galley, span, s) })
            .filter(|r| !r.rects.is_empty())
            .collect();
        let quotes = self.claims.quote_buckets[index]
            .iter()
            .map(|&(i, s)| Region { id: QuoteId { doc, index: i as u32 }, rects: span_rects(&galley, span, s) })
            .filter(|r| !r.rects.is_empty())
            .collect();
        Shown { galley, claims, quotes }
    }

    /// Lays out the paragraphs of `range` that are not laid out, nearest to `range.start` first when `reverse`
    /// is false, until `deadline`; true when all are done.
    pub fn lay_out(
        &mut self,
        ctx: &egui::Context,
        comparison: &Comparison,
        range: std::ops::Range<usize>,
        reverse: bool,
        deadline: Option<Instant>,
    ) -> bool {
        let Some(doc) = comparison.document(self.key.doc) else { return true };
        let mut order: Vec<usize> = range.filter(|&i| self.paragraphs[i].shown.is_none()).collect();
        if reverse {
            order.reverse();
        }
        for i in order {
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return false;
            }
            let text = &doc.text[self.chars.byte_range(self.paragraphs[i].span)];
            let mut job = LayoutJob::single_section(text.to_owned(), self.format.clone());
            job.wrap.max_width = self.key.wrap_width;
            let galley = ctx.fonts_mut(|fonts| fonts.layout_job(job));
            let height = galley.size().y;
            let shown = self.regions(i, galley);
            let p = &mut self.paragraphs[i];
            if p.height != height {
                p.height = height;
                self.tops_stale = true;
            }
            p.shown = Some(shown);
        }
        self.update_tops();
        true
    }

    /// Lets go of the galleys of paragraphs outside `keep`; their heights stay known.
    pub fn forget_outside(&mut self, keep: std::ops::Range<usize>) {
        for (i, p) in self.paragraphs.iter_mut().enumerate() {
            if !keep.contains(&i) {
                p.shown = None;
            }
        }
    }

    fn update_tops(&mut self) {
        if !self.tops_stale {
            return;
        }
        let mut top = 0.0;
        for p in &mut self.paragraphs {
            p.top = top;
            top += p.height + self.gap;
        }
        self.height = (top - self.gap).max(0.0);
        self.tops_stale = false;
        self.revision.1 += 1;
    }

    /// What the claims' places depend on: the first number changes with the claims or the layout, the second
    /// whenever paragraphs move.
    pub fn revision(&self) -> (u64, u64) {
        self.revision
    }

    /// The index range of the paragraphs that overlap the content range `top..bottom`.
    pub fn visible(&self, top: f32, bottom: f32) -> std::ops::Range<usize> {
        let first = self.paragraphs.partition_point(|p| p.bottom() < top);
        let last = self.paragraphs.partition_point(|p| p.top <= bottom);
        first..last.max(first)
    }

    /// The claims that touch a paragraph, by index.
    pub fn claims_in(&self, paragraph: usize) -> impl Iterator<Item = ClaimId> + '_ {
        let doc = self.key.doc;
        self.claims
            .claim_buckets
            .get(paragraph)
            .into_iter()
            .flatten()
            .map(move |&(i, _)| ClaimId { doc, index: i as u32 })
    }

    /// The character offset of the text at a point given relative to the content's top left corner.
    pub fn char_at(&self, at: egui::Vec2) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.bottom() < at.y).min(self.paragraphs.len().checked_sub(1)?);
        let p = &self.paragraphs[i];
        let Some(shown) = &p.shown else { return Some(p.span.start) };
        let cursor = shown.galley.cursor_from_pos(at - egui::vec2(0.0, p.top));
        Some((p.span.start + cursor.index.0).min(p.span.end))
    }

    /// The top of the paragraph that holds a character offset, in content coordinates.
    pub fn offset_top(&self, offset: usize) -> Option<f32> {
        let i = self.paragraphs.partition_point(|p| p.span.end <= offset);
        self.paragraphs.get(i).map(|p| p.top)
    }

    /// The index of the paragraph at a content height, or past it.
    pub fn paragraph_at(&self, y: f32) -> usize {
        self.paragraphs.partition_point(|p| p.bottom() + self.gap <= y).min(self.paragraphs.len().saturating_sub(1))
    }

    /// A claim's status as of the layout.
    pub fn status(&self, id: ClaimId) -> ClaimStatus {
        self.claims.statuses.get(id.index as usize).copied().unwrap_or(ClaimStatus::Unique)
    }

    /// How many shown claims are matched, unique and in conflict.
    pub fn status_counts(&self) -> [usize; 3] {
        self.claims.status_counts
    }

    /// Where a character offset probably sits in a paragraph that is not laid out: on the row its share of the
    /// paragraph's text falls on.
    fn estimated_y(&self, paragraph: usize, offset: usize) -> f32 {
        let p = &self.paragraphs[paragraph];
        let share = (offset.saturating_sub(p.span.start)) as f32 / p.span.len().max(1) as f32;
        let rows = (p.height / self.row_height).round().max(1.0);
        p.top + (share * rows).floor().min(rows - 1.0) * self.row_height
    }

    /// A claim's vertical extent in content coordinates: exact when its paragraphs are laid out, estimated
    /// otherwise.
    pub fn claim_extent(&self, id: ClaimId) -> Option<(f32, f32)> {
        if id.doc != self.key.doc {
            return None;
        }
        let (span, first, last) = self.claims.claim_places.get(id.index as usize).copied().flatten()?;
        let (first, last) = (first as usize, last as usize);
        let exact = |i: usize| {
            let p = &self.paragraphs[i];
            let region = p.shown.as_ref()?.claims.iter().find(|r| r.id == id)?;
            let (t, b) = vertical_extent(&region.rects);
            Some((p.top + t, p.top + b))
        };
        let top = exact(first).map_or_else(|| self.estimated_y(first, span.start), |e| e.0);
        let bottom =
            exact(last).map_or_else(|| self.estimated_y(last, span.end.saturating_sub(1)) + self.row_height, |e| e.1);
        Some((top, bottom.max(top)))
    }

    /// Every shown claim's status and estimated vertical extent, for the overview ruler.
    pub fn claim_extents(&self) -> impl Iterator<Item = (ClaimStatus, f32, f32)> + '_ {
        self.claims.claim_places.iter().zip(&self.claims.statuses).filter_map(|(place, status)| {
            let (span, first, last) = (*place)?;
            let top = self.estimated_y(first as usize, span.start);
            let bottom = self.estimated_y(last as usize, span.end.saturating_sub(1)) + self.row_height;
            Some((*status, top, bottom))
        })
    }
}

/// For each paragraph, the spans that touch it; a span over several paragraphs goes in each.
fn buckets(paragraphs: &[Span], spans: &[(usize, Span)]) -> Vec<Vec<(usize, Span)>> {
    let mut out = vec![Vec::new(); paragraphs.len()];
    for &(i, s) in spans {
        let first = paragraphs.partition_point(|p| p.end <= s.start);
        for (j, p) in paragraphs.iter().enumerate().skip(first) {
            if p.start >= s.end {
                break;
            }
            if p.intersects(s) {
                out[j].push((i, s));
            }
        }
    }
    out
}

/// The top and bottom of a set of rectangles.
fn vertical_extent(rects: &[Rect]) -> (f32, f32) {
    rects.iter().fold((f32::INFINITY, f32::NEG_INFINITY), |(t, b), r| (t.min(r.top()), b.max(r.bottom())))
}

/// The rectangles, one per row, that a document span covers in the galley of `paragraph`.
pub(super) fn span_rects(galley: &Galley, paragraph: Span, span: Span) -> Vec<Rect> {
    let start = span.start.max(paragraph.start) - paragraph.start;
    let end = span.end.min(paragraph.end).saturating_sub(paragraph.start);
    let mut rects = Vec::new();
    if end <= start {
        return rects;
    }
    let mut row_start = 0usize;
    for row in &galley.rows {
        let count = row.glyphs.len();
        let row_end = row_start + count;
        let (s, e) = (start.max(row_start), end.min(row_end));
        if s < e {
            let (first, last) = (&row.glyphs[s - row_start], &row.glyphs[e - row_start - 1]);
            let (left, right) = (row.pos.x + first.pos.x, row.pos.x + last.max_x());
            rects.push(Rect::from_min_max(pos2(left, row.pos.y), pos2(right, row.pos.y + row.size.y)));
        }
        row_start += row.char_count_including_newline().0;
        if row_start >= end {
            break;
        }
    }
    rects
}

#[cfg(test)]
mod tests {
    use super::*;

    fn layout(text: &str, width: f32) -> Arc<Galley> {
        let ctx = egui::Context::default();
        let mut out = None;
        let mut output = ctx.run_ui(Default::default(), |ui| {
            let mut job = LayoutJob::single_section(text.to_owned(), egui::TextFormat::default());
            job.wrap.max_width = width;
            out = Some(ui.ctx().fonts_mut(|f| f.layout_job(job)));
        });
        output.textures_delta.clear();
        out.expect("the pass ran")
    }

    #[test]
    fn a_span_over_a_wrap_gives_one_rect_per_row() {
        let text = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu";
        let galley = layout(text, 120.0);
        assert!(galley.rows.len() > 2, "the text wraps");
        let whole = span_rects(&galley, Span::new(0, text.len()), Span::new(0, text.len()));
        assert_eq!(whole.len(), galley.rows.len());
        let first_word = span_rects(&galley, Span::new(0, text.len()), Span::new(0, 5));
        assert_eq!(first_word.len(), 1);
        assert!(first_word[0].width() < whole[0].width());
    }

    #[test]
    fn spans_outside_the_paragraph_give_nothing() {
        let galley = layout("short text", 500.0);
        assert!(span_rects(&galley, Span::new(10, 20), Span::new(0, 5)).is_empty());
        assert!(span_rects(&galley, Span::new(10, 20), Span::new(25, 30)).is_empty());
        assert_eq!(span_rects(&galley, Span::new(10, 20), Span::new(5, 12)).len(), 1);
    }

    fn long_comparison(paragraphs: usize) -> Comparison {
        let mut text = String::new();
        let mut spans = Vec::new();
        for i in 0..paragraphs {
            let start = text.chars().count();
            let words = ["Paragraph", "says", "something", "about", "the", "harbour", "and", "its", "ferry"];
            for w in 0..(5 + i % 40) {
                text.push_str(words[(i + w) % words.len()]);
                text.push(' ');
            }
            text.push_str(&format!("({i})."));
            spans.push(Span::new(start, text.chars().count()));
            text.push('\n');
        }
        let doc = crate::model::Document { text, paragraphs: spans, ..Default::default() };
        Comparison { documents: vec![doc], analyses: vec![Default::default()], ..Default::default() }
    }

    fn key(wrap_width: f32) -> LayoutKey {
        LayoutKey { doc: DocId(0), wrap_width, zoom: 1.0, pixels_per_point: 1.0, dark: false, text_generation: 0 }
    }

    /// Runs `f` inside a pass of a fresh context, as the window does.
    fn in_pass(mut f: impl FnMut(&egui::Context)) {
        let ctx = egui::Context::default();
        let mut output = ctx.run_ui(Default::default(), |ui| f(ui.ctx()));
        output.textures_delta.clear();
    }

    #[test]
    fn a_new_layout_lays_out_nothing_until_asked_and_estimates_close_to_the_truth() {
        in_pass(|ctx| {
            let c = long_comparison(200);
            let mut layout = DocLayout::new(ctx, &c, key(300.0), 0, None);
            assert!(layout.paragraphs.iter().all(|p| p.shown.is_none()));
            let estimated = layout.height;
            assert!(layout.lay_out(ctx, &c, 0..200, false, None));
            assert!(layout.paragraphs.iter().all(|p| p.shown.is_some()));
            assert!(layout.paragraphs.windows(2).all(|w| w[0].bottom() < w[1].top));
            let ratio = estimated / layout.height;
            assert!((0.85..1.15).contains(&ratio), "estimated {estimated}, measured {}", layout.height);
        });
    }

    #[test]
    fn a_past_deadline_lays_out_nothing_and_forgetting_keeps_the_heights() {
        in_pass(|ctx| {
            let c = long_comparison(20);
            let mut layout = DocLayout::new(ctx, &c, key(300.0), 0, None);
            assert!(!layout.lay_out(ctx, &c, 0..20, false, Some(Instant::now())));
            assert!(layout.lay_out(ctx, &c, 5..10, true, None));
            assert!(layout.paragraphs[5..10].iter().all(|p| p.shown.is_some()));
            assert!(layout.paragraphs[..5].iter().all(|p| p.shown.is_none()));
            let heights: Vec<f32> = layout.paragraphs.iter().map(|p| p.height).collect();
            layout.forget_outside(7..8);
            assert_eq!(layout.paragraphs.iter().filter(|p| p.shown.is_some()).count(), 1);
            assert_eq!(heights, layout.paragraphs.iter().map(|p| p.height).collect::<Vec<_>>());
        });
    }

    #[test]
    fn an_edit_keeps_the_galleys_and_another_width_drops_them() {
        in_pass(|ctx| {
            let c = long_comparison(3);
            let mut layout = DocLayout::new(ctx, &c, key(300.0), 0, None);
            layout.lay_out(ctx, &c, 0..3, false, None);
            let galley = layout.paragraphs[0].shown.as_ref().map(|s| s.galley.clone()).expect("laid out");
            layout.set_generation(&c, 1);
            assert_eq!(layout.generation(), 1);
            let kept = layout.paragraphs[0].shown.as_ref().map(|s| s.galley.clone()).expect("still laid out");
            assert!(Arc::ptr_eq(&galley, &kept), "an edit keeps the galleys");
            let wider = DocLayout::new(ctx, &c, key(400.0), 1, Some(layout));
            assert!(wider.paragraphs.iter().all(|p| p.shown.is_none()), "another width is laid out again");
        });
    }
}
