//! Frame time of the real window, driven headless through egui_kittest: each frame runs the whole UI pass and
//! tessellates its shapes, as eframe does before handing them to the GPU.
//!
//! Scenarios: the two sample articles, and two generated news-like articles of about 1 MB each
//! (benches/support). In each: the first layout, from creating the window to nothing left to lay out; frames
//! idle, while scrolling both panes with the mouse wheel, and while hovering over text with a claim selected;
//! clicks on claims in view, timed until the counterpart is in view in the other pane; and resizes of the
//! window between 1400 and 1000 points wide with a claim selected. Run with `cargo bench --bench ui`; it prints
//! the median, 95th and 99th percentile and worst frame.

#[allow(dead_code, reason = "the benchmarks share one set of generators; this one uses only the text one")]
mod support;

use counterpart::analysis;
use counterpart::ingest;
use counterpart::model::{ClaimId, Comparison, DocId, Link, LinkOrigin, LinkReview, Relation, SourceFormat};
use counterpart::samples;
use counterpart::ui::{Action, CounterpartApp, DialogAnswer, DialogRequest, FileDialogs};
use eframe::egui;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

/// Frames measured per scenario.
const FRAMES: usize = 300;
/// Clicks timed to the counterpart, and resizes timed.
const CLICKS: usize = 20;
const RESIZES: usize = 20;

/// Dialogs are never opened in the benchmark.
struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn ask(&mut self, _request: DialogRequest, _ctx: &egui::Context) -> Receiver<DialogAnswer> {
        let (tx, rx) = mpsc::channel();
        let _ = tx.send(DialogAnswer::Cancelled);
        rx
    }
}

/// A generated article of about `bytes` bytes.
fn generated_article(bytes: usize, id: u32) -> counterpart::model::Document {
    let text = support::text_article(bytes, u64::from(id) + 1);
    ingest::load_bytes(&format!("generated-{id}.txt"), text.as_bytes(), SourceFormat::Text, DocId(id))
        .expect("valid text")
}

struct Figures {
    median: Duration,
    p95: Duration,
    p99: Duration,
    worst: Duration,
}

impl Figures {
    fn of(mut times: Vec<Duration>) -> Figures {
        times.sort();
        let at = |share: usize| times[((times.len() * share).div_ceil(100)).saturating_sub(1).min(times.len() - 1)];
        Figures { median: times[times.len() / 2], p95: at(95), p99: at(99), worst: times[times.len() - 1] }
    }
}

/// Runs one frame as eframe would, UI pass and tessellation, and returns its time.
fn frame(harness: &mut Harness<'_, CounterpartApp>) -> Duration {
    let start = Instant::now();
    harness.step();
    let output = harness.output();
    let shapes = output.shapes.clone();
    let ppp = output.pixels_per_point;
    let meshes = harness.ctx.tessellate(shapes, ppp);
    std::hint::black_box(meshes);
    start.elapsed()
}

/// Steps until the window has nothing left to do; the frames' total time, their count and the slowest.
fn settle(harness: &mut Harness<'_, CounterpartApp>) -> (Duration, usize, Duration) {
    let (mut total, mut count, mut slowest) = (Duration::ZERO, 0, Duration::ZERO);
    while harness.state().is_busy() || count < 3 {
        let t = frame(harness);
        total += t;
        slowest = slowest.max(t);
        count += 1;
    }
    (total, count, slowest)
}

fn measure(
    harness: &mut Harness<'_, CounterpartApp>,
    mut before_frame: impl FnMut(&Harness<'_, CounterpartApp>, usize),
) -> Figures {
    let mut times = Vec::with_capacity(FRAMES);
    for i in 0..FRAMES {
        before_frame(harness, i);
        times.push(frame(harness));
    }
    Figures::of(times)
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn report(name: &str, f: &Figures) {
    println!(
        "{name:<44} median {:>6.3} ms   p95 {:>6.3} ms   p99 {:>6.3} ms   worst {:>7.3} ms",
        ms(f.median),
        ms(f.p95),
        ms(f.p99),
        ms(f.worst)
    );
}

/// Clicks on claims in view in article A, each after scrolling A a little further, and times the frames from
/// the click until the claim's first counterpart is in view in article B.
fn click_to_counterpart(label: &str, harness: &mut Harness<'_, CounterpartApp>) {
    let (mut totals, mut frames) = (Vec::new(), Vec::new());
    for round in 0..CLICKS * 4 {
        if totals.len() >= CLICKS {
            break;
        }
        scroll_by(harness, 250.0, 180.0 * (1 + round % 5) as f32);
        settle(harness);
        let candidates: Vec<egui::Rect> = harness
            .query_all_by_role(egui::Role::Button)
            .map(|n| n.rect())
            .filter(|r| r.center().x < 500.0 && (200.0..760.0).contains(&r.center().y))
            .collect();
        let Some(target) = candidates.get(round % candidates.len().max(1)) else { continue };
        harness.event(egui::Event::PointerMoved(target.left_center() + egui::vec2(4.0, 0.0)));
        settle(harness);
        let at = target.left_center() + egui::vec2(4.0, 0.0);
        harness.state_mut().state.view.selected = None;
        for pressed in [true, false] {
            harness.event(egui::Event::PointerButton {
                pos: at,
                button: egui::PointerButton::Primary,
                pressed,
                modifiers: egui::Modifiers::NONE,
            });
        }
        let mut total = frame(harness);
        let mut count = 1;
        let Some(wanted) = harness.state_mut().state.selected_counterparts().first().copied() else { continue };
        while !harness.state().claim_in_view(wanted) && count < 60 {
            total += frame(harness);
            count += 1;
        }
        assert!(harness.state().claim_in_view(wanted), "the counterpart came into view");
        totals.push(total);
        frames.push(count);
    }
    frames.sort();
    let f = Figures::of(totals);
    println!(
        "{label}: click to counterpart in view, {} clicks: median {:.3} ms, worst {:.3} ms, {}-{} frames",
        frames.len(),
        ms(f.median),
        ms(f.worst),
        frames.first().copied().unwrap_or(0),
        frames.last().copied().unwrap_or(0)
    );
}

/// Resizes the window between 1400 and 1000 points wide with a claim selected: times the first frame after each
/// resize and all the frames until nothing is left to lay out, and checks the selected claim stays in view.
fn resize(label: &str, harness: &mut Harness<'_, CounterpartApp>) {
    let selected = harness.state().state.view.selected;
    let in_view = |h: &Harness<'_, CounterpartApp>| selected.is_some_and(|id| h.state().claim_in_view(id));
    let (mut first, mut totals, mut shown, mut kept) = (Vec::new(), Vec::new(), 0, 0);
    for i in 0..RESIZES {
        let was_in_view = in_view(harness);
        let width = if i % 2 == 0 { 1000.0 } else { 1400.0 };
        harness.set_size(egui::vec2(width, 860.0));
        let t = frame(harness);
        let (rest, _, _) = settle(harness);
        first.push(t);
        totals.push(t + rest);
        shown += usize::from(was_in_view);
        kept += usize::from(was_in_view && in_view(harness));
    }
    let (first, totals) = (Figures::of(first), Figures::of(totals));
    println!(
        "{label}: resize, {RESIZES} times: first frame median {:.3} ms, worst {:.3} ms; until settled median {:.3} \
         ms, worst {:.3} ms; the selected claim, in view before {shown} of them, still in view after {kept}",
        ms(first.median),
        ms(first.worst),
        ms(totals.median),
        ms(totals.worst)
    );
    harness.set_size(egui::vec2(1400.0, 860.0));
    settle(harness);
}

fn scroll_by(harness: &Harness<'_, CounterpartApp>, x: f32, dy: f32) {
    harness.event(egui::Event::PointerMoved(egui::pos2(x, 400.0)));
    harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Point,
        delta: egui::vec2(0.0, -dy),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: egui::Modifiers::NONE,
    });
}

fn scenario(label: &str, comparison: Comparison) {
    // Building the harness runs the first frame and one more; long articles are laid out as they come into
    // view, and the screens around the view within a budget per frame.
    let start = Instant::now();
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 860.0))
        .with_theme(egui::Theme::Light)
        .with_max_steps(1)
        .build_eframe(move |_cc| CounterpartApp::with_dialogs(comparison, Box::new(NoDialogs)));
    let built = start.elapsed();
    let (_, steps, slowest) = settle(&mut harness);
    println!(
        "{label}: first layout: first two frames {:.1} ms; nothing left to lay out after {:.1} ms, {} more frames, \
         the slowest {:.1} ms",
        ms(built),
        ms(start.elapsed()),
        steps,
        ms(slowest)
    );

    report(&format!("{label}: idle"), &measure(&mut harness, |_, _| {}));

    let scroll = |h: &Harness<'_, CounterpartApp>, i: usize| {
        let x = if i.is_multiple_of(2) { 250.0 } else { 750.0 };
        scroll_by(h, x, if (i / 100).is_multiple_of(2) { 60.0 } else { -60.0 });
    };
    report(&format!("{label}: scrolling"), &measure(&mut harness, scroll));

    harness.state_mut().queue(Action::NextClaim);
    harness.run_steps(3);
    let hover = |h: &Harness<'_, CounterpartApp>, i: usize| {
        let y = 150.0 + (i % 50) as f32 * 12.0;
        h.event(egui::Event::PointerMoved(egui::pos2(200.0 + (i % 7) as f32 * 20.0, y)));
    };
    report(&format!("{label}: hovering, a claim selected"), &measure(&mut harness, hover));

    click_to_counterpart(label, &mut harness);
    resize(label, &mut harness);
}

/// Gives the comparison a link for every third claim when the analysis found fewer, so that the gutter and
/// the rulers have as much to draw as a well-linked pair: relations cycle through all four, and every fourth
/// link is confirmed.
fn with_links(comparison: &mut Comparison) {
    let (a, b) = (comparison.analyses[0].claims.len(), comparison.analyses[1].claims.len());
    let wanted = a.min(b) / 3;
    if comparison.links.len() >= wanted {
        return;
    }
    let relations = [Relation::Same, Relation::Parallel, Relation::Contrast, Relation::Related];
    comparison.links = (0..wanted)
        .map(|k| Link {
            a: ClaimId { doc: DocId(0), index: (k * 3) as u32 },
            b: ClaimId { doc: DocId(1), index: (k * 3 * b / a.max(1)).min(b - 1) as u32 },
            relation: relations[k % 4],
            score: 0.5 + (k % 5) as f32 / 10.0,
            why: "synthetic link for the benchmark".into(),
            origin: LinkOrigin::Auto,
            review: if k.is_multiple_of(4) { LinkReview::Confirmed } else { LinkReview::Unreviewed },
            note: None,
            slot_difference: None,
        })
        .collect();
}

fn main() {
    let start = Instant::now();
    let samples = analysis::compare(samples::sample_documents());
    println!("samples analysed in {:.1} ms", start.elapsed().as_secs_f64() * 1e3);
    scenario("samples", samples);

    let large = vec![generated_article(1 << 20, 0), generated_article(1 << 20, 1)];
    let sizes: Vec<usize> = large.iter().map(|d| d.text.len()).collect();
    let start = Instant::now();
    let mut comparison = analysis::compare(large);
    let analysed = start.elapsed();
    with_links(&mut comparison);
    println!(
        "two articles of {} and {} bytes analysed in {:.1} s: {} + {} claims, {} links after filling in",
        sizes[0],
        sizes[1],
        analysed.as_secs_f64(),
        comparison.analyses[0].claims.len(),
        comparison.analyses[1].claims.len(),
        comparison.links.len()
    );
    scenario("1 MB pair", comparison);
}
