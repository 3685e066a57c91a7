//! Frame time of the real window, driven headless through egui_kittest: each frame runs the whole UI pass and
//! tessellates its shapes, as eframe does before handing them to the GPU.
//!
//! Scenarios: the two sample articles, and two synthetic articles of about 1 MB each built from them. In each,
//! frames are measured idle, while scrolling both panes with the mouse wheel, and while hovering over text with
//! a claim selected. Run with `cargo bench --bench ui`; it prints the median, 95th percentile and worst frame.

use counterpart::analysis;
use counterpart::commands;
use counterpart::ingest;
use counterpart::model::{ClaimId, Comparison, DocId, Link, LinkOrigin, LinkReview, Relation, SourceFormat};
use counterpart::ui::{Action, CounterpartApp, DialogRequest, FileDialogs};
use eframe::egui;
use egui_kittest::Harness;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};
use std::time::{Duration, Instant};

/// Frames measured per scenario.
const FRAMES: usize = 300;

/// Dialogs are never opened in the benchmark.
struct NoDialogs;

impl FileDialogs for NoDialogs {
    fn ask(&mut self, _request: DialogRequest, _ctx: &egui::Context) -> Receiver<Option<PathBuf>> {
        let (tx, rx) = mpsc::channel();
        let _ = tx.send(None);
        rx
    }
}

/// An article of at least `bytes` bytes: the sample's paragraphs repeated, each copy numbered so that no two
/// paragraphs are identical.
fn large_article(sample: &[u8], bytes: usize, id: u32) -> counterpart::model::Document {
    let text = String::from_utf8_lossy(sample);
    let mut out = String::with_capacity(bytes + text.len());
    let mut copy = 0;
    while out.len() < bytes {
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            out.push_str(&format!("{line} (Part {copy}.)\n"));
        }
        copy += 1;
    }
    ingest::load_bytes(&format!("large-{id}.txt"), out.as_bytes(), SourceFormat::Text, DocId(id)).expect("valid text")
}

struct Figures {
    median: Duration,
    p95: Duration,
    worst: Duration,
}

fn measure(
    harness: &mut Harness<'_, CounterpartApp>,
    mut before_frame: impl FnMut(&Harness<'_, CounterpartApp>, usize),
) -> Figures {
    let mut times = Vec::with_capacity(FRAMES);
    for i in 0..FRAMES {
        before_frame(harness, i);
        let start = Instant::now();
        harness.step();
        let output = harness.output();
        let shapes = output.shapes.clone();
        let ppp = output.pixels_per_point;
        let meshes = harness.ctx.tessellate(shapes, ppp);
        std::hint::black_box(meshes);
        times.push(start.elapsed());
    }
    times.sort();
    Figures { median: times[FRAMES / 2], p95: times[FRAMES * 95 / 100], worst: times[FRAMES - 1] }
}

fn report(name: &str, f: &Figures) {
    println!(
        "{name:<44} median {:>6.3} ms   p95 {:>6.3} ms   worst {:>7.3} ms",
        f.median.as_secs_f64() * 1e3,
        f.p95.as_secs_f64() * 1e3,
        f.worst.as_secs_f64() * 1e3
    );
}

fn scenario(label: &str, comparison: Comparison) {
    // Building the harness runs the first frames, which size the panels and start laying the articles out;
    // long articles are laid out over several frames.
    let start = Instant::now();
    let mut slowest = Duration::ZERO;
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 860.0))
        .with_theme(egui::Theme::Light)
        .build_eframe(move |_cc| CounterpartApp::with_dialogs(comparison, Box::new(NoDialogs)));
    let mut steps = 0;
    while harness.state().is_busy() || steps < 3 {
        let frame = Instant::now();
        harness.step();
        slowest = slowest.max(frame.elapsed());
        steps += 1;
    }
    println!(
        "{label}: both articles laid out in {:.1} ms over {steps} frames, the slowest {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3,
        slowest.as_secs_f64() * 1e3
    );

    report(&format!("{label}: idle"), &measure(&mut harness, |_, _| {}));

    let scroll = |h: &Harness<'_, CounterpartApp>, i: usize| {
        let x = if i.is_multiple_of(2) { 250.0 } else { 750.0 };
        h.event(egui::Event::PointerMoved(egui::pos2(x, 400.0)));
        h.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Point,
            delta: egui::vec2(0.0, if (i / 100).is_multiple_of(2) { -60.0 } else { 60.0 }),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: egui::Modifiers::NONE,
        });
    };
    report(&format!("{label}: scrolling"), &measure(&mut harness, scroll));

    harness.state_mut().queue(Action::NextClaim);
    harness.run_steps(3);
    let hover = |h: &Harness<'_, CounterpartApp>, i: usize| {
        let y = 150.0 + (i % 50) as f32 * 12.0;
        h.event(egui::Event::PointerMoved(egui::pos2(200.0 + (i % 7) as f32 * 20.0, y)));
    };
    report(&format!("{label}: hovering, a claim selected"), &measure(&mut harness, hover));
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
        })
        .collect();
}

fn main() {
    let start = Instant::now();
    let samples = analysis::compare(commands::sample_documents());
    println!("samples analysed in {:.1} ms", start.elapsed().as_secs_f64() * 1e3);
    scenario("samples", samples);

    let large =
        vec![large_article(commands::SAMPLES[0].1, 1 << 20, 0), large_article(commands::SAMPLES[1].1, 1 << 20, 1)];
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
