//! Article text laid out once per paragraph, with claim and quote rectangles worked out once per layout.

use super::theme;
use crate::model::{CharIndex, ClaimId, ClaimStatus, Comparison, DocId, LinkReview, QuoteId, Relation, Span};
use eframe::egui::{self, Galley, Rect, pos2, text::LayoutJob};
use std::sync::Arc;
use std::time::Instant;

/// What a layout depends on: when any of it changes, the document is laid out again.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LayoutKey {
    pub doc: DocId,
    /// `AppState::generation` when the layout was made.
    pub generation: u64,
    pub wrap_width: f32,
    pub zoom: f32,
    pub pixels_per_point: f32,
    pub dark: bool,
    /// `AppState::text_generation`: the documents' text, which only a new comparison changes.
    pub text_generation: u64,
}

impl LayoutKey {
    /// True when two layouts lay out the same text the same way, whatever the analysis says about it.
    pub fn same_text(&self, other: &LayoutKey) -> bool {
        LayoutKey { generation: 0, ..*self } == LayoutKey { generation: 0, ..*other }
    }
}

/// A region of a paragraph: a claim or a quote, as rectangles relative to the paragraph's galley.
#[derive(Clone, Debug)]
pub struct Region<T> {
    pub id: T,
    /// One rectangle per row the region covers, in galley coordinates.
    pub rects: Vec<Rect>,
}

/// One paragraph: its galley, where it sits, and the claims and quotes in it.
#[derive(Clone, Debug)]
pub struct ParagraphLayout {
    /// The paragraph's character span in the document.
    pub span: Span,
    /// The top of the paragraph in content coordinates.
    pub top: f32,
    pub galley: Arc<Galley>,
    pub claims: Vec<Region<ClaimId>>,
    pub quotes: Vec<Region<QuoteId>>,
}

impl ParagraphLayout {
    pub fn bottom(&self) -> f32 {
        self.top + self.galley.size().y
    }
}

/// A whole document laid out at one width and zoom.
#[derive(Clone, Debug)]
pub struct DocLayout {
    pub key: LayoutKey,
    pub paragraphs: Vec<ParagraphLayout>,
    /// The content height, paragraph gaps included.
    pub height: f32,
    /// Each claim's vertical extent in content coordinates, by claim index.
    pub claim_extent: Vec<Option<(f32, f32)>>,
    /// Each claim's status, by claim index.
    pub statuses: Vec<ClaimStatus>,
    /// How many shown claims are matched, unique and in conflict.
    pub status_counts: [usize; 3],
    /// The byte offset of every character, to slice paragraphs and search hits cheaply.
    pub chars: CharIndex,
}

/// A layout under way: paragraphs are laid out a batch at a time, so that a long article does not freeze the
/// window, and galleys from an earlier layout of the same text at the same size are reused.
pub struct LayoutBuild {
    key: LayoutKey,
    format: egui::TextFormat,
    gap: f32,
    chars: CharIndex,
    claims: Vec<(usize, Span)>,
    claim_count: usize,
    claim_buckets: Vec<Vec<(usize, Span)>>,
    quote_buckets: Vec<Vec<(usize, Span)>>,
    /// Galleys that can be reused, by paragraph, from a layout of the same text at the same width and zoom.
    reuse: Vec<Arc<Galley>>,
    paragraphs: Vec<ParagraphLayout>,
    claim_extent: Vec<Option<(f32, f32)>>,
    top: f32,
}

/// Paragraphs laid out between two looks at the clock.
const BATCH: usize = 32;

impl LayoutBuild {
    /// Prepares the layout of a document; `previous` lends its galleys when only the analysis changed.
    pub fn new(comparison: &Comparison, key: LayoutKey, previous: Option<&DocLayout>) -> LayoutBuild {
        let doc = comparison.document(key.doc);
        let analysis = comparison.analysis(key.doc);
        let size = theme::BODY_SIZE * key.zoom;
        let colour = if key.dark { egui::Color32::from_gray(225) } else { egui::Color32::from_gray(25) };
        let format = egui::TextFormat {
            font_id: egui::FontId::proportional(size),
            color: colour,
            line_height: Some(size * theme::LINE_HEIGHT_EMS),
            ..Default::default()
        };
        let claims: Vec<(usize, Span)> = analysis
            .map(|a| {
                a.claims
                    .iter()
                    .enumerate()
                    .filter(|(i, _)| comparison.merged_into(ClaimId { doc: key.doc, index: *i as u32 }).is_none())
                    .map(|(i, c)| (i, c.span))
                    .collect()
            })
            .unwrap_or_default();
        let claim_count = analysis.map_or(0, |a| a.claims.len());
        let quotes: Vec<(usize, Span)> =
            analysis.map(|a| a.quotes.iter().map(|q| q.span).enumerate().collect()).unwrap_or_default();
        let paragraph_spans = doc.map(|d| d.paragraphs.as_slice()).unwrap_or_default();
        let reuse = previous
            .filter(|p| p.key.same_text(&key) && p.paragraphs.len() == paragraph_spans.len())
            .map(|p| p.paragraphs.iter().map(|p| p.galley.clone()).collect())
            .unwrap_or_default();
        LayoutBuild {
            key,
            format,
            gap: size * theme::PARAGRAPH_GAP_EMS,
            chars: doc.map(|d| CharIndex::new(&d.text)).unwrap_or_default(),
            claim_buckets: buckets(paragraph_spans, &claims),
            quote_buckets: buckets(paragraph_spans, &quotes),
            claims,
            claim_count,
            reuse,
            paragraphs: Vec::with_capacity(paragraph_spans.len()),
            claim_extent: vec![None; claim_count],
            top: 0.0,
        }
    }

    pub fn key(&self) -> LayoutKey {
        self.key
    }

    /// How much of the document is laid out, in 0..=1.
    pub fn progress(&self) -> f32 {
        self.paragraphs.len() as f32 / self.claim_buckets.len().max(1) as f32
    }

    /// Lays out paragraphs until all are done (true) or the deadline passes (false).
    pub fn advance(&mut self, ctx: &egui::Context, comparison: &Comparison, deadline: Option<Instant>) -> bool {
        let Some(doc) = comparison.document(self.key.doc) else { return true };
        let total = doc.paragraphs.len().min(self.claim_buckets.len());
        while self.paragraphs.len() < total {
            let from = self.paragraphs.len();
            let to = (from + BATCH).min(total);
            let galleys: Vec<Arc<Galley>> = if self.reuse.len() >= to {
                self.reuse[from..to].to_vec()
            } else {
                ctx.fonts_mut(|fonts| {
                    doc.paragraphs[from..to]
                        .iter()
                        .map(|p| {
                            let text = &doc.text[self.chars.byte_range(*p)];
                            let mut job = LayoutJob::single_section(text.to_owned(), self.format.clone());
                            job.wrap.max_width = self.key.wrap_width;
                            fonts.layout_job(job)
                        })
                        .collect()
                })
            };
            for (k, galley) in galleys.into_iter().enumerate() {
                self.place(from + k, doc.paragraphs[from + k], galley);
            }
            if deadline.is_some_and(|d| Instant::now() >= d) {
                return self.paragraphs.len() >= total;
            }
        }
        true
    }

    /// Places one laid-out paragraph below the ones before it, with its claims and quotes.
    fn place(&mut self, index: usize, p: Span, galley: Arc<Galley>) {
        let top = self.top;
        let doc = self.key.doc;
        let claim_regions: Vec<Region<ClaimId>> = std::mem::take(&mut self.claim_buckets[index])
            .into_iter()
            .map(|(i, s)| Region { id: ClaimId { doc, index: i as u32 }, rects: span_rects(&galley, p, s) })
            .filter(|r| !r.rects.is_empty())
            .collect();
        for region in &claim_regions {
            let (t, b) = vertical_extent(&region.rects);
            if let Some(slot) = self.claim_extent.get_mut(region.id.index as usize) {
                *slot = Some(match *slot {
                    Some((t0, b0)) => (t0.min(top + t), b0.max(top + b)),
                    None => (top + t, top + b),
                });
            }
        }
        let quote_regions = std::mem::take(&mut self.quote_buckets[index])
            .into_iter()
            .map(|(i, s)| Region { id: QuoteId { doc, index: i as u32 }, rects: span_rects(&galley, p, s) })
            .filter(|r| !r.rects.is_empty())
            .collect();
        let height = galley.size().y;
        self.paragraphs.push(ParagraphLayout { span: p, top, galley, claims: claim_regions, quotes: quote_regions });
        self.top += height + self.gap;
    }

    /// The finished layout, with every claim's status.
    pub fn finish(self, comparison: &Comparison) -> DocLayout {
        let statuses = statuses(comparison, self.key.doc, self.claim_count);
        let mut status_counts = [0; 3];
        for (i, _) in &self.claims {
            if let Some(s) = statuses.get(*i) {
                status_counts[status_rank(*s)] += 1;
            }
        }
        DocLayout {
            key: self.key,
            paragraphs: self.paragraphs,
            height: (self.top - self.gap).max(0.0),
            claim_extent: self.claim_extent,
            statuses,
            status_counts,
            chars: self.chars,
        }
    }
}

impl DocLayout {
    /// Lays out a whole document at once.
    pub fn build(ctx: &egui::Context, comparison: &Comparison, key: LayoutKey) -> DocLayout {
        let mut build = LayoutBuild::new(comparison, key, None);
        build.advance(ctx, comparison, None);
        build.finish(comparison)
    }

    /// The index range of the paragraphs that overlap the content range `top..bottom`.
    pub fn visible(&self, top: f32, bottom: f32) -> std::ops::Range<usize> {
        let first = self.paragraphs.partition_point(|p| p.bottom() < top);
        let last = self.paragraphs.partition_point(|p| p.top <= bottom);
        first..last.max(first)
    }

    /// The character offset of the text at a point given relative to the content's top left corner.
    pub fn char_at(&self, at: egui::Vec2) -> Option<usize> {
        let i = self.paragraphs.partition_point(|p| p.bottom() < at.y).min(self.paragraphs.len().checked_sub(1)?);
        let p = &self.paragraphs[i];
        let cursor = p.galley.cursor_from_pos(at - egui::vec2(0.0, p.top));
        Some((p.span.start + cursor.index.0).min(p.span.end))
    }

    /// The top of the paragraph that holds a character offset, in content coordinates.
    pub fn offset_top(&self, offset: usize) -> Option<f32> {
        let i = self.paragraphs.partition_point(|p| p.span.end <= offset);
        self.paragraphs.get(i).map(|p| p.top)
    }

    /// A claim's status as of the layout.
    pub fn status(&self, id: ClaimId) -> ClaimStatus {
        self.statuses.get(id.index as usize).copied().unwrap_or(ClaimStatus::Unique)
    }

    /// A claim's vertical extent in content coordinates.
    pub fn claim_extent(&self, id: ClaimId) -> Option<(f32, f32)> {
        if id.doc != self.key.doc {
            return None;
        }
        self.claim_extent.get(id.index as usize).copied().flatten()
    }
}

/// A status's place in `DocLayout::status_counts`, which is also how telling it is: conflict over unique over
/// matched.
pub fn status_rank(status: ClaimStatus) -> usize {
    match status {
        ClaimStatus::Matched => 0,
        ClaimStatus::Unique => 1,
        ClaimStatus::Conflict => 2,
    }
}

/// The status of every claim of a document, from one pass over the links; the same rule as
/// [`Comparison::claim_status`].
fn statuses(comparison: &Comparison, doc: DocId, count: usize) -> Vec<ClaimStatus> {
    let mut out = vec![ClaimStatus::Unique; count];
    for link in comparison.links.iter().filter(|l| l.review != LinkReview::Rejected) {
        for end in [link.a, link.b] {
            if end.doc != doc {
                continue;
            }
            if let Some(slot) = out.get_mut(end.index as usize) {
                if link.relation == Relation::Contrast {
                    *slot = ClaimStatus::Conflict;
                } else if *slot == ClaimStatus::Unique {
                    *slot = ClaimStatus::Matched;
                }
            }
        }
    }
    out
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
pub fn span_rects(galley: &Galley, paragraph: Span, span: Span) -> Vec<Rect> {
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
            text.push_str(&format!("Paragraph {i} says something about the harbour."));
            spans.push(Span::new(start, text.chars().count()));
            text.push('\n');
        }
        let doc = crate::model::Document { text, paragraphs: spans, ..Default::default() };
        Comparison { documents: vec![doc], analyses: vec![Default::default()], ..Default::default() }
    }

    fn key(generation: u64) -> LayoutKey {
        LayoutKey {
            doc: DocId(0),
            generation,
            wrap_width: 300.0,
            zoom: 1.0,
            pixels_per_point: 1.0,
            dark: false,
            text_generation: 0,
        }
    }

    #[test]
    fn a_past_deadline_lays_out_one_batch_and_the_rest_follows() {
        let ctx = egui::Context::default();
        let c = long_comparison(BATCH * 3);
        let mut output = ctx.run_ui(Default::default(), |ui| {
            let mut build = LayoutBuild::new(&c, key(0), None);
            assert!(!build.advance(ui.ctx(), &c, Some(Instant::now())));
            assert!((build.progress() - 1.0 / 3.0).abs() < 1e-6);
            assert!(build.advance(ui.ctx(), &c, None));
            let layout = build.finish(&c);
            assert_eq!(layout.paragraphs.len(), BATCH * 3);
            assert!(layout.paragraphs.windows(2).all(|w| w[0].bottom() < w[1].top));
        });
        output.textures_delta.clear();
    }

    #[test]
    fn an_edit_reuses_the_galleys_and_new_text_does_not() {
        let ctx = egui::Context::default();
        let c = long_comparison(3);
        let mut output = ctx.run_ui(Default::default(), |ui| {
            let first = DocLayout::build(ui.ctx(), &c, key(0));
            let mut again = LayoutBuild::new(&c, key(1), Some(&first));
            assert_eq!(again.reuse.len(), 3, "an edit keeps the galleys");
            again.advance(ui.ctx(), &c, None);
            assert!(Arc::ptr_eq(&first.paragraphs[0].galley, &again.finish(&c).paragraphs[0].galley));
            let new_text = LayoutBuild::new(&c, LayoutKey { text_generation: 1, ..key(1) }, Some(&first));
            assert!(new_text.reuse.is_empty(), "new text is laid out again");
            let wider = LayoutBuild::new(&c, LayoutKey { wrap_width: 400.0, ..key(1) }, Some(&first));
            assert!(wider.reuse.is_empty(), "another width is laid out again");
        });
        output.textures_delta.clear();
    }
}
