//! Article text laid out once per paragraph, with claim and quote rectangles worked out once per layout.

use super::theme;
use crate::model::{CharIndex, ClaimId, ClaimStatus, Comparison, DocId, LinkReview, QuoteId, Relation, Span};
use eframe::egui::{self, Galley, Rect, pos2, text::LayoutJob};
use std::sync::Arc;

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

impl DocLayout {
    /// Lays out a document's paragraphs and places its claims and quotes.
    pub fn build(ctx: &egui::Context, comparison: &Comparison, key: LayoutKey) -> DocLayout {
        let empty = || DocLayout {
            key,
            paragraphs: Vec::new(),
            height: 0.0,
            claim_extent: Vec::new(),
            statuses: Vec::new(),
            status_counts: [0; 3],
            chars: CharIndex::default(),
        };
        let Some(doc) = comparison.document(key.doc) else { return empty() };
        let analysis = comparison.analysis(key.doc);
        let chars = CharIndex::new(&doc.text);
        let size = theme::BODY_SIZE * key.zoom;
        let gap = size * theme::PARAGRAPH_GAP_EMS;
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
        let mut claim_extent: Vec<Option<(f32, f32)>> = vec![None; claim_count];
        let mut paragraphs = Vec::with_capacity(doc.paragraphs.len());
        let mut top = 0.0f32;
        let galleys: Vec<Arc<Galley>> = ctx.fonts_mut(|fonts| {
            doc.paragraphs
                .iter()
                .map(|p| {
                    let text = &doc.text[chars.byte_range(*p)];
                    let mut job = LayoutJob::single_section(text.to_owned(), format.clone());
                    job.wrap.max_width = key.wrap_width;
                    fonts.layout_job(job)
                })
                .collect()
        });
        let claim_buckets = buckets(&doc.paragraphs, &claims);
        let quote_buckets = buckets(&doc.paragraphs, &quotes);
        for (((p, galley), in_claims), in_quotes) in
            doc.paragraphs.iter().zip(galleys).zip(claim_buckets).zip(quote_buckets)
        {
            let claim_regions: Vec<Region<ClaimId>> = in_claims
                .into_iter()
                .map(|(i, s)| Region {
                    id: ClaimId { doc: key.doc, index: i as u32 },
                    rects: span_rects(&galley, *p, s),
                })
                .filter(|r| !r.rects.is_empty())
                .collect();
            for region in &claim_regions {
                let (t, b) = vertical_extent(&region.rects);
                if let Some(slot) = claim_extent.get_mut(region.id.index as usize) {
                    *slot = Some(match *slot {
                        Some((t0, b0)) => (t0.min(top + t), b0.max(top + b)),
                        None => (top + t, top + b),
                    });
                }
            }
            let quote_regions = in_quotes
                .into_iter()
                .map(|(i, s)| Region {
                    id: QuoteId { doc: key.doc, index: i as u32 },
                    rects: span_rects(&galley, *p, s),
                })
                .filter(|r| !r.rects.is_empty())
                .collect();
            let height = galley.size().y;
            paragraphs.push(ParagraphLayout { span: *p, top, galley, claims: claim_regions, quotes: quote_regions });
            top += height + gap;
        }
        let statuses = statuses(comparison, key.doc, claim_count);
        let mut status_counts = [0; 3];
        for (i, _) in &claims {
            if let Some(s) = statuses.get(*i) {
                status_counts[status_rank(*s)] += 1;
            }
        }
        DocLayout { key, paragraphs, height: (top - gap).max(0.0), claim_extent, statuses, status_counts, chars }
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
}
