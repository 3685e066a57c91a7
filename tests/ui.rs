//! The window driven headless through egui_kittest: claims found by their accessible labels, navigation,
//! filters, errors, banners, review edits with undo, project save and reopen, and a snapshot of the window.

use counterpart::ingest;
use counterpart::model::ClaimGroup;
use counterpart::model::{
    Claim, ClaimId, ClaimKind, Comparison, Difference, DifferenceGroup, DocId, Document, DocumentAnalysis, EventCheck,
    Link, LinkOrigin, LinkReview, Quote, QuoteId, QuoteKind, Relation, Slot, SlotDifference, SourceFormat, Speaker,
    SpeakerId, SpeakerKind,
};
use counterpart::ui::{Action, CounterpartApp, DialogAnswer, DialogRequest, FileDialogs, Question, SideTab};
use eframe::egui::{self, Key, Modifiers, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver};
use std::sync::{Arc, Mutex};

/// Dialogs that answer with paths the test queued, and record what they were asked.
#[derive(Clone, Default)]
struct ScriptedDialogs {
    answers: Arc<Mutex<VecDeque<DialogAnswer>>>,
    asked: Arc<Mutex<Vec<DialogRequest>>>,
}

impl ScriptedDialogs {
    fn answer(&self, path: Option<PathBuf>) {
        self.answers.lock().unwrap().push_back(path.into());
    }

    /// The next dialog finds that the desktop has none to show.
    fn unavailable(&self) {
        self.answers.lock().unwrap().push_back(DialogAnswer::Unavailable);
    }
}

impl FileDialogs for ScriptedDialogs {
    fn ask(&mut self, request: DialogRequest, _ctx: &egui::Context) -> Receiver<DialogAnswer> {
        self.asked.lock().unwrap().push(request);
        let (tx, rx) = mpsc::channel();
        tx.send(self.answers.lock().unwrap().pop_front().unwrap_or(DialogAnswer::Cancelled)).unwrap();
        rx
    }
}

fn document(i: u32, text: &str) -> Document {
    ingest::load_bytes(&format!("article-{i}.txt"), text.as_bytes(), SourceFormat::Text, DocId(i)).unwrap()
}

/// One claim per sentence, as the analysis would make them.
fn analysis_of(doc: &Document) -> DocumentAnalysis {
    let claims = doc
        .sentences
        .iter()
        .enumerate()
        .map(|(i, s)| Claim {
            id: ClaimId { doc: doc.id, index: i as u32 },
            span: *s,
            sentence: i,
            kind: ClaimKind::Statement,
            speaker: None,
            readout: None,
            quotes: Vec::new(),
            by_user: false,
            note: None,
        })
        .collect();
    DocumentAnalysis { doc: doc.id, claims, ..Default::default() }
}

fn claim(doc: u32, index: u32) -> ClaimId {
    ClaimId { doc: DocId(doc), index }
}

fn auto_link(a: u32, b: u32, relation: Relation) -> Link {
    Link {
        a: claim(0, a),
        b: claim(1, b),
        relation,
        score: 0.8,
        why: "shared words: harbour, ferry".into(),
        origin: LinkOrigin::Auto,
        review: LinkReview::Unreviewed,
        note: None,
        slot_difference: None,
    }
}

const ARTICLE_A: &str = "The harbour ferry resumed service on Monday after a storm.\n\
    Officials said the repairs cost less than expected.\n\
    Ann Example, the port director, praised the crews.";

/// Article B: filler paragraphs push its last sentence far below the first screen.
fn article_b() -> String {
    let mut text = String::from("Ferry crossings started again this week.\n");
    for i in 0..60 {
        text.push_str(&format!("Paragraph {i} describes the weather over the bay in some detail.\n"));
    }
    text.push_str("The harbour ferry restarted on Monday once the storm had passed.");
    text
}

/// A comparison whose first claim of A is linked to the last claim of B, far down its pane.
fn comparison() -> Comparison {
    let docs = vec![document(0, ARTICLE_A), document(1, &article_b())];
    let analyses: Vec<DocumentAnalysis> = docs.iter().map(analysis_of).collect();
    let last_b = analyses[1].claims.len() as u32 - 1;
    Comparison {
        links: vec![auto_link(0, last_b, Relation::Same), auto_link(1, 0, Relation::Related)],
        documents: docs,
        analyses,
        ..Default::default()
    }
}

fn harness(comparison: Comparison, dialogs: ScriptedDialogs) -> Harness<'static, CounterpartApp> {
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1400.0, 860.0))
        .with_theme(egui::Theme::Light)
        .build_eframe(move |_cc| CounterpartApp::with_dialogs(comparison, Box::new(dialogs)));
    harness.run_steps(3);
    harness
}

/// Steps the window until its background work is done.
fn settle(harness: &mut Harness<'_, CounterpartApp>) {
    for _ in 0..500 {
        harness.step();
        if !harness.state().is_busy() {
            harness.run_steps(3);
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    panic!("the window stayed busy");
}

fn text_of(harness: &Harness<'_, CounterpartApp>, id: ClaimId) -> String {
    harness.state().state.review.comparison.claim_text(id).to_owned()
}

#[test]
fn clicking_a_claim_selects_it_and_scrolls_the_other_pane_to_its_counterpart() {
    let mut harness = harness(comparison(), ScriptedDialogs::default());
    let last_b = claim(1, harness.state().state.review.comparison.analyses[1].claims.len() as u32 - 1);
    let target = text_of(&harness, last_b);
    assert!(harness.query_by_role_and_label(Role::Button, &target).is_none(), "the counterpart starts out of view");

    let first_a = text_of(&harness, claim(0, 0));
    harness.get_by_role_and_label(Role::Button, &first_a).click();
    harness.run_steps(4);

    let state = &harness.state().state;
    assert_eq!(state.view.selected, Some(claim(0, 0)));
    assert_eq!(state.review.counterparts(claim(0, 0)), vec![last_b]);
    let node = harness.get_by_role_and_label(Role::Button, &target);
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1400.0, 860.0));
    assert!(screen.contains_rect(node.rect()), "the counterpart is on screen at {:?}", node.rect());
}

#[test]
fn a_resize_keeps_the_selected_claim_in_view() {
    let mut harness = harness(comparison(), ScriptedDialogs::default());
    let last_b = claim(1, harness.state().state.review.comparison.analyses[1].claims.len() as u32 - 1);
    harness.get_by_role_and_label(Role::Button, &text_of(&harness, claim(0, 0))).click();
    harness.run_steps(4);
    let text = text_of(&harness, last_b);
    harness.get_by_role_and_label(Role::Button, &text).click();
    harness.run_steps(4);
    assert_eq!(harness.state().state.view.selected, Some(last_b));
    assert!(harness.state().claim_in_view(last_b));

    // Narrower panes wrap every paragraph of B over more rows, so the text above the claim grows.
    for width in [900.0, 1400.0, 760.0] {
        harness.set_size(egui::vec2(width, 860.0));
        harness.run_steps(4);
        assert!(harness.state().claim_in_view(last_b), "the selected claim is in view at {width} points wide");
        let node = harness.get_by_role_and_label(Role::Button, &text);
        let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(width, 860.0));
        assert!(screen.contains_rect(node.rect()), "the claim is on screen at {:?}", node.rect());
    }
}

#[test]
fn n_and_p_walk_the_claims_of_the_active_pane() {
    let mut harness = harness(comparison(), ScriptedDialogs::default());
    harness.key_press(Key::N);
    harness.run_steps(2);
    assert_eq!(harness.state().state.view.selected, Some(claim(0, 0)));
    harness.key_press(Key::N);
    harness.run_steps(2);
    assert_eq!(harness.state().state.view.selected, Some(claim(0, 1)));
    harness.key_press(Key::P);
    harness.run_steps(2);
    assert_eq!(harness.state().state.view.selected, Some(claim(0, 0)));
    harness.key_press(Key::Tab);
    harness.key_press(Key::N);
    harness.run_steps(2);
    assert_eq!(harness.state().state.view.selected, Some(claim(1, 0)), "Tab made B the active pane");
}

#[test]
fn a_and_r_review_the_link_to_the_counterpart_in_view() {
    let mut harness = harness(comparison(), ScriptedDialogs::default());
    harness.key_press(Key::N);
    harness.key_press(Key::A);
    harness.run_steps(2);
    let review = |h: &Harness<'_, CounterpartApp>, i: usize| h.state().state.review.comparison.links[i].review;
    assert_eq!(review(&harness, 0), LinkReview::Confirmed, "a confirmed the first claim's link");
    assert!(harness.state().state.is_dirty());
    harness.key_press(Key::N);
    harness.key_press(Key::R);
    harness.run_steps(2);
    assert_eq!(review(&harness, 1), LinkReview::Rejected, "r rejected the second claim's link");
    harness.key_press(Key::R);
    harness.run_steps(2);
    for _ in 0..2 {
        harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        harness.run_steps(2);
    }
    assert_eq!((review(&harness, 0), review(&harness, 1)), (LinkReview::Unreviewed, LinkReview::Unreviewed));
    assert!(!harness.state().state.review.history.can_undo(), "with nothing left to reject, r made no edit");
}

#[test]
fn enter_restores_an_autosaved_review_which_stays_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("untitled.ron.recovery");
    let mut reviewed = comparison();
    reviewed.links[0].review = LinkReview::Confirmed;
    std::fs::write(&recovery, counterpart::export::to_project_ron(&reviewed)).unwrap();

    let mut harness = harness(comparison(), ScriptedDialogs::default());
    harness.state_mut().question = Some(Question::Restore(recovery));
    harness.run_steps(2);
    harness.get_by_label("Counterpart did not close cleanly last time. Restore the review it autosaved?");
    harness.key_press(Key::Enter);
    harness.run_steps(2);
    let state = &harness.state().state;
    assert_eq!(harness.state().question, None);
    assert_eq!(state.review.comparison.links[0].review, LinkReview::Confirmed, "{:?}", state.view.error);
    assert!(state.is_dirty(), "a restored review must be saved before it is safe");
}

#[test]
fn choosing_a_speaker_filters_their_quotes() {
    let mut c = comparison();
    c.speakers.push(Speaker {
        id: SpeakerId(0),
        name: "Ann Sample".into(),
        aliases: vec![],
        kind: SpeakerKind::Person,
        role: Some("port director".into()),
    });
    let span = c.documents[0].sentences[1];
    c.analyses[0].quotes.push(Quote {
        id: QuoteId { doc: DocId(0), index: 0 },
        span,
        kind: QuoteKind::Indirect,
        speaker: Some(SpeakerId(0)),
        speaker_mention: None,
        cue: None,
        readout: None,
        confidence: 0.9,
    });
    let mut harness = harness(c, ScriptedDialogs::default());
    harness.get_by_label("Speakers").click();
    harness.run_steps(2);
    assert_eq!(harness.state().state.view.tab, SideTab::Speakers);
    harness.get_by_label_contains("Ann Sample").click();
    harness.run_steps(2);
    assert_eq!(harness.state().state.view.speaker_filter, Some(SpeakerId(0)));
    harness.get_by_label_contains("Ann Sample").click();
    harness.run_steps(2);
    assert_eq!(harness.state().state.view.speaker_filter, None, "a second click turns the filter off");
}

#[test]
fn a_bad_file_shows_an_error_in_the_window() {
    let dialogs = ScriptedDialogs::default();
    dialogs.answer(Some(PathBuf::from("/nonexistent/article.txt")));
    let mut harness = harness(comparison(), dialogs.clone());
    harness.get_by_label("Open A…").click();
    harness.run_steps(2);
    settle(&mut harness);
    let error = harness.state().state.view.error.clone().expect("an error is shown");
    assert!(error.contains("no such file"), "{error}");
    harness.get_by_label_contains("no such file");
    assert_eq!(harness.state().state.review.comparison.documents.len(), 2, "the articles on show stay");
    assert_eq!(dialogs.asked.lock().unwrap()[0], DialogRequest::OpenArticle { pane: 0 });
}

#[test]
fn a_different_event_shows_a_banner() {
    let mut c = comparison();
    c.event_check = Some(EventCheck {
        same_event: Some(false),
        why: "the event dates differ by two years".into(),
        one_story: false,
    });
    let harness = harness(c, ScriptedDialogs::default());
    harness.get_by_label("These articles seem to report different events.");
    let why = harness.get_all_by_label("the event dates differ by two years").count();
    assert_eq!(why, 2, "the banner and the Overview tab give the reason");

    let same = harness_same_event();
    assert!(same.query_by_label("These articles seem to report different events.").is_none());
}

#[test]
fn two_occurrences_of_one_story_show_their_own_banner() {
    let mut c = comparison();
    let why = "the events are dated 7 days apart, 30 November 2009 and 7 December 2009: two occurrences of one story";
    c.event_check = Some(EventCheck { same_event: Some(false), why: why.into(), one_story: true });
    let harness = harness(c, ScriptedDialogs::default());
    harness.get_by_label("These articles seem to report two occurrences of one story.");
    harness.get_by_label("The articles seem to report two occurrences of one story.");
    assert!(harness.query_by_label("These articles seem to report different events.").is_none());
}

fn harness_same_event() -> Harness<'static, CounterpartApp> {
    let mut c = comparison();
    c.event_check = Some(EventCheck { same_event: Some(true), why: "same date".into(), one_story: false });
    harness(c, ScriptedDialogs::default())
}

#[test]
fn review_edits_through_the_window_undo_and_survive_a_project_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("review.ron");
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(comparison(), dialogs.clone());

    // Confirm the link of A's first claim.
    harness.get_by_role_and_label(Role::Button, &text_of(&harness, claim(0, 0))).click();
    harness.run_steps(3);
    harness.get_by_label("Confirm").click();
    harness.run_steps(2);
    assert_eq!(harness.state().state.review.comparison.links[0].review, LinkReview::Confirmed);

    // Reject the link of A's second claim.
    harness.get_by_role_and_label(Role::Button, &text_of(&harness, claim(0, 1))).click();
    harness.run_steps(3);
    harness.get_by_label("Reject").click();
    harness.run_steps(2);
    assert_eq!(harness.state().state.review.comparison.links[1].review, LinkReview::Rejected);

    // Add a link from A's third claim to B's first by picking one claim in each pane.
    harness.get_by_role_and_label(Role::Button, &text_of(&harness, claim(0, 2))).click();
    harness.run_steps(3);
    harness.get_by_label("Link to…").click();
    harness.run_steps(2);
    harness.get_by_role_and_label(Role::Button, &text_of(&harness, claim(1, 0))).click();
    harness.run_steps(3);
    let links = &harness.state().state.review.comparison.links;
    assert_eq!(links.len(), 3);
    assert_eq!((links[2].a, links[2].b, links[2].origin), (claim(0, 2), claim(1, 0), LinkOrigin::User));
    assert!(harness.state().state.is_dirty());

    // Undo the new link with Ctrl+Z, and redo it with Ctrl+Shift+Z.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    harness.run_steps(2);
    assert_eq!(harness.state().state.review.comparison.links.len(), 2);
    harness.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    harness.run_steps(2);
    assert_eq!(harness.state().state.review.comparison.links.len(), 3);

    // Save, then reopen the project in a fresh window.
    dialogs.answer(Some(project.clone()));
    harness.key_press_modifiers(Modifiers::COMMAND, Key::S);
    harness.run_steps(3);
    assert!(!harness.state().state.is_dirty(), "{:?}", harness.state().state.view.error);
    let saved = harness.state().state.review.comparison.clone();

    let reopen = ScriptedDialogs::default();
    reopen.answer(Some(project.clone()));
    let mut fresh = self::harness(Comparison::default(), reopen);
    fresh.state_mut().queue(Action::OpenProject);
    fresh.run_steps(2);
    settle(&mut fresh);
    assert_eq!(fresh.state().state.review.comparison, saved);
    assert_eq!(fresh.state().state.review.project_path.as_deref(), Some(project.as_path()));
}

#[test]
fn opening_over_unsaved_edits_asks_first() {
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(comparison(), dialogs.clone());
    harness.get_by_role_and_label(Role::Button, &text_of(&harness, claim(0, 0))).click();
    harness.run_steps(3);
    harness.get_by_label("Confirm").click();
    harness.run_steps(2);
    harness.state_mut().queue(Action::OpenProject);
    harness.run_steps(3);
    harness.get_by_label("Your review has unsaved changes. Discard them and go on?");
    assert!(dialogs.asked.lock().unwrap().is_empty(), "no dialog before the answer");
    harness.get_by_label("Cancel").click();
    harness.run_steps(2);
    assert!(harness.state().state.is_dirty());
    assert!(harness.query_by_label("Your review has unsaved changes. Discard them and go on?").is_none());
}

/// A wgpu renderer for snapshots, or `None` when the machine has no adapter (no GPU, and no Mesa driver such as
/// lavapipe): egui_kittest panics then, so the probe catches the panic.
fn wgpu_renderer() -> Option<egui_kittest::wgpu::WgpuTestRenderer> {
    std::panic::catch_unwind(egui_kittest::wgpu::WgpuTestRenderer::new).ok()
}

#[test]
fn the_window_renders_like_its_snapshot() {
    let Some(renderer) = wgpu_renderer() else {
        // CI installs Mesa's Vulkan driver, so there the snapshot must be taken, never skipped.
        assert!(std::env::var_os("CI").is_none(), "no wgpu adapter in CI: is mesa-vulkan-drivers installed?");
        eprintln!("the_window_renders_like_its_snapshot: skipped, no wgpu adapter (install mesa-vulkan-drivers)");
        return;
    };
    let mut c = comparison();
    c.links[0].review = LinkReview::Confirmed;
    let mut harness = Harness::builder()
        .with_size(egui::vec2(1200.0, 700.0))
        .with_theme(egui::Theme::Light)
        .renderer(renderer)
        .build_eframe(move |_cc| CounterpartApp::with_dialogs(c, Box::new(ScriptedDialogs::default())));
    harness.run_steps(3);
    harness.get_by_role_and_label(Role::Button, &text_of(&harness, claim(0, 0))).click();
    harness.run_steps(8);
    // Software rendering on lavapipe differs from GPU rendering in anti-aliasing: allow small differences.
    let options = egui_kittest::SnapshotOptions::new().threshold(2.0).max_failed_pixels(1000);
    harness.snapshot_options("window", &options);
}

#[test]
fn the_export_window_writes_every_format() {
    let dir = tempfile::tempdir().unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(comparison(), dialogs.clone());
    for format in counterpart::export::ExportFormat::ALL {
        let path = dir.path().join(format!("out.{}", format.extension()));
        dialogs.answer(Some(path.clone()));
        harness.key_press_modifiers(Modifiers::COMMAND, Key::E);
        harness.run_steps(3);
        harness.get_by_label(&format!("{}…", format.label())).click();
        harness.run_steps(3);
        assert!(path.is_file(), "{} was written: {:?}", path.display(), harness.state().state.view.error);
    }
    assert!(dir.path().join("out-quotes.csv").is_file(), "CSV export writes the quotes beside the links");
    assert!(dir.path().join("out-divergence.csv").is_file(), "and the divergence table");
    let json = std::fs::read_to_string(dir.path().join("out.json")).unwrap();
    assert!(json.contains("harbour ferry"));
}

#[test]
fn help_overlay_and_zoom_answer_their_keys() {
    let mut harness = harness(comparison(), ScriptedDialogs::default());
    harness.key_press(Key::F1);
    harness.run_steps(3);
    harness.get_by_label("Keyboard shortcuts");
    harness.get_by_label("Jump to the selected claim's counterpart");
    harness.key_press(Key::F1);
    harness.run_steps(3);
    assert!(harness.query_by_label("Jump to the selected claim's counterpart").is_none());

    let before = harness.state().prefs.zoom;
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run_steps(2);
    assert!(harness.state().prefs.zoom > before);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Minus);
    harness.run_steps(2);
    assert!(harness.state().prefs.zoom < before);
}

/// Storage in memory, as eframe's file storage would hold it.
#[derive(Default)]
struct MemoryStorage(std::collections::HashMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn preferences_are_saved_through_eframe_storage() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.txt"), dir.path().join("b.txt"));
    std::fs::write(&a, ARTICLE_A).unwrap();
    std::fs::write(&b, article_b()).unwrap();
    let dialogs = ScriptedDialogs::default();
    let mut harness = harness(Comparison::default(), dialogs.clone());
    for (pane, path) in [(0, &a), (1, &b)] {
        harness.state_mut().queue(Action::OpenPath { pane, path: path.clone() });
        harness.run_steps(2);
        settle(&mut harness);
    }
    harness.key_press_modifiers(Modifiers::COMMAND, Key::Plus);
    harness.run_steps(2);
    let mut storage = MemoryStorage::default();
    eframe::App::save(harness.state_mut(), &mut storage);
    let prefs: counterpart::ui::Prefs = eframe::get_value(&storage, "counterpart-prefs").expect("saved");
    assert!(prefs.zoom > 1.0);
    assert_eq!(prefs.recent, vec![b.clone(), a.clone()]);
    assert_eq!(prefs.last_pair, Some([a, b]));
}

#[test]
fn dragging_across_text_marks_a_claim_and_merge_joins_two() {
    let mut harness = harness(comparison(), ScriptedDialogs::default());
    // Drag within A's third sentence, from the start of its first row to the middle of it.
    let third = text_of(&harness, claim(0, 2));
    let row = harness.get_by_role_and_label(Role::Button, &third).rect();
    let (from, to) = (egui::pos2(row.left() + 1.0, row.center().y), egui::pos2(row.center().x, row.center().y));
    harness.event(egui::Event::PointerMoved(from));
    harness.event(egui::Event::PointerButton {
        pos: from,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: Modifiers::NONE,
    });
    harness.run_steps(2);
    for k in 1..=5 {
        harness.event(egui::Event::PointerMoved(from + (to - from) * (k as f32 / 5.0)));
        harness.step();
    }
    harness.event(egui::Event::PointerButton {
        pos: to,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: Modifiers::NONE,
    });
    harness.run_steps(2);
    let (doc, span) = harness.state().state.view.text_selection.expect("the drag selected text");
    assert_eq!(doc, DocId(0));
    let selected = harness.state().state.review.comparison.documents[0].slice(span).to_owned();
    assert!(third.starts_with(selected.trim()), "{selected:?} is the start of {third:?}");

    harness.get_by_label("Mark as a claim").click();
    harness.run_steps(3);
    let claims = &harness.state().state.review.comparison.analyses[0].claims;
    let marked = claims.last().unwrap();
    assert!(marked.by_user);
    assert_eq!(harness.state().state.view.selected, Some(marked.id));

    // Merge A's second claim into its first: pick "Merge with…" on the first, then click the second.
    harness.get_by_role_and_label(Role::Button, &text_of(&harness, claim(0, 0))).click();
    harness.run_steps(3);
    harness.get_by_label("Merge with…").click();
    harness.run_steps(2);
    harness.get_by_role_and_label(Role::Button, &text_of(&harness, claim(0, 1))).click();
    harness.run_steps(3);
    let c = &harness.state().state.review.comparison;
    assert_eq!(c.merged_into(claim(0, 1)), Some(claim(0, 0)));
    assert!(!harness.state().state.review.comparison.claims_in_reading_order(DocId(0)).contains(&claim(0, 1)));
}

#[test]
fn search_finds_text_in_both_articles_and_enter_brings_a_hit_into_view() {
    let mut harness = harness(comparison(), ScriptedDialogs::default());
    harness.key_press_modifiers(Modifiers::COMMAND, Key::F);
    harness.run_steps(2);
    let field = harness.get_by_role(Role::TextInput);
    assert!(field.is_focused(), "Ctrl+F focuses the search field");
    field.type_text("storm had passed");
    harness.run_steps(2);
    assert_eq!(harness.state().state.view.search, "storm had passed");
    harness.get_by_label("1 found");
    // Enter in the field brings the hit in B into view, once B is the active pane.
    harness.state_mut().state.view.active_pane = 1;
    harness.key_press(Key::Enter);
    harness.run_steps(3);
    let last_b = claim(1, harness.state().state.review.comparison.analyses[1].claims.len() as u32 - 1);
    harness.get_by_role_and_label(Role::Button, &text_of(&harness, last_b));
}

/// The acceptance check on the built-in samples: clicking the 2019 article's claim that Putin thanked
/// Trump brings its counterpart in the 2017 article into view.
#[test]
fn the_samples_putin_thanks_claim_brings_its_counterpart_into_view() {
    let samples = counterpart::analysis::compare(counterpart::samples::sample_documents());
    let mut harness = harness(samples, ScriptedDialogs::default());
    let wanted = "Vladimir Putin thanked Donald Trump for the information";
    let (id, text) = {
        let c = &harness.state().state.review.comparison;
        let index = c.analyses[0].claims.iter().position(|cl| c.documents[0].slice(cl.span).contains(wanted));
        let id = claim(0, index.expect("the 2019 article has the claim") as u32);
        (id, c.claim_text(id).to_owned())
    };
    harness.get_by_role_and_label(Role::Button, &text).click();
    harness.run_steps(4);
    let state = &harness.state().state;
    assert_eq!(state.view.selected, Some(id));
    let counterpart = *state.review.counterparts(id).first().expect("the claim has a counterpart in the 2017 article");
    assert_eq!(counterpart.doc, DocId(1));
    let counterpart_text = text_of(&harness, counterpart);
    let node = harness.get_by_role_and_label(Role::Button, &counterpart_text);
    let screen = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1400.0, 860.0));
    assert!(screen.contains_rect(node.rect()));
}

#[test]
fn closing_over_unsaved_edits_asks_first() {
    let mut harness = harness(comparison(), ScriptedDialogs::default());
    harness.get_by_role_and_label(Role::Button, &text_of(&harness, claim(0, 0))).click();
    harness.run_steps(3);
    harness.get_by_label("Confirm").click();
    harness.run_steps(2);
    harness.input_mut().viewports.entry(egui::ViewportId::ROOT).or_default().events.push(egui::ViewportEvent::Close);
    harness.step();
    let cancelled = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| v.commands.iter().any(|c| matches!(c, egui::ViewportCommand::CancelClose)));
    assert!(cancelled, "the window stays open");
    harness.run_steps(3);
    harness.get_by_label("Your review has unsaved changes. Quit without saving them?");
    harness.get_by_label("Quit without saving").click();
    harness.run_steps(2);
    assert_eq!(harness.state().question, None);
}

/// The Overview tab, shown first on the samples: each article's claims counted by group as the model counts
/// them; a count filters the panes, and a difference brings its claims into view.
#[test]
fn the_overview_counts_the_samples_claims_and_a_count_filters_the_panes() {
    let samples = counterpart::analysis::compare(counterpart::samples::sample_documents());
    let mut harness = harness(samples, ScriptedDialogs::default());
    assert_eq!(harness.state().state.view.tab, SideTab::Overview);
    let counts: Vec<[usize; 4]> =
        (0..2).map(|d| harness.state().state.review.comparison.group_counts(DocId(d))).collect();
    let claims: usize = (0..2).map(|d| harness.state().state.review.comparison.analyses[d].claims.len()).sum();
    assert_eq!(counts.iter().flatten().sum::<usize>(), claims, "every claim is counted once");
    for (pane, letter) in ["A", "B"].into_iter().enumerate() {
        for (i, group) in ClaimGroup::ALL.into_iter().enumerate() {
            harness.get_by_label(&format!("{letter}: {} {}", counts[pane][i], group.label()));
        }
    }
    harness.get_by_label(&format!("B: {} only in this article", counts[1][3])).click();
    harness.run_steps(2);
    assert_eq!(harness.state().state.view.group_filter, Some(ClaimGroup::OnlyHere));
    harness.get_by_label("Show all claims").click();
    harness.run_steps(2);
    assert_eq!(harness.state().state.view.group_filter, None);
    // The first of the most telling differences: a click selects its claim and brings it into view.
    let first = ["Conflict: A: “", "Attribution shift: A: “", "Only in A: “", "Only in B: “"]
        .into_iter()
        .find_map(|prefix| harness.query_all_by_label_contains(prefix).next());
    first.expect("the samples have differences").click();
    harness.run_steps(4);
    let selected = harness.state().state.view.selected.expect("a difference selects its claim");
    assert!(harness.state().claim_in_view(selected));
}

const PASTED: &str = "Firefighters contained the warehouse blaze on Tuesday.\n\nNo one was hurt, the fire chief said.";

/// Ctrl+V on the window, with no text field focused, makes the active pane's article from the clipboard's text;
/// the other article stays.
#[test]
fn pasting_text_makes_a_new_article_a() {
    let mut harness = harness(comparison(), ScriptedDialogs::default());
    let b_text = harness.state().state.review.comparison.documents[1].text.clone();
    harness.event(egui::Event::Paste(PASTED.into()));
    settle(&mut harness);
    let c = &harness.state().state.review.comparison;
    assert!(c.documents[0].text.starts_with("Firefighters contained the warehouse blaze"), "{}", c.documents[0].text);
    assert_eq!(c.documents[0].source.path, None);
    assert_eq!(c.documents[0].source.label, "pasted text");
    assert_eq!(c.documents[1].text, b_text, "article B stays");
    assert!(c.analyses[0].claims.len() >= 2, "the pasted article is analysed");
}

/// "Paste as B" asks the desktop for the clipboard, and the text that arrives becomes article B even while A is the
/// active pane.
#[test]
fn paste_as_b_asks_for_the_clipboard_and_fills_b() {
    let mut harness = harness(comparison(), ScriptedDialogs::default());
    harness.get_by_label("Paste as B").click();
    harness.step();
    let asked = harness
        .output()
        .viewport_output
        .get(&egui::ViewportId::ROOT)
        .is_some_and(|v| v.commands.iter().any(|c| matches!(c, egui::ViewportCommand::RequestPaste)));
    assert!(asked, "the window asks for the clipboard's text");
    assert_eq!(harness.state().state.view.active_pane, 0);
    harness.event(egui::Event::Paste(PASTED.into()));
    settle(&mut harness);
    let c = &harness.state().state.review.comparison;
    assert!(c.documents[1].text.starts_with("Firefighters contained the warehouse blaze"));
    assert_eq!(c.documents[0].text, ARTICLE_A, "article A stays");
}

/// Where the desktop has no file dialog, Open A… says so in a banner and asks for the path in the window, with
/// completion; the path typed opens the article.
#[test]
fn without_a_file_dialog_open_asks_for_a_path_in_the_window() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("pasted-story.txt");
    std::fs::write(&file, "Firefighters contained the warehouse blaze on Tuesday.\n\nNo one was hurt.").unwrap();
    let dialogs = ScriptedDialogs::default();
    dialogs.unavailable();
    let mut harness = harness(comparison(), dialogs);
    harness.get_by_label("Open A…").click();
    harness.run_steps(3);
    harness.get_by_label_contains("offers no file dialog");
    let field = harness.get_by_role_and_label(Role::TextInput, "Path");
    field.focus();
    harness.run_steps(1);
    // The field starts in the current folder: select all of it and type over it.
    harness.key_press_modifiers(Modifiers::COMMAND, Key::A);
    harness.get_by_role_and_label(Role::TextInput, "Path").type_text(&format!("{}/pasted-st", dir.path().display()));
    harness.run_steps(2);
    harness.key_press(Key::Tab);
    harness.run_steps(2);
    let typed = harness.get_by_role_and_label(Role::TextInput, "Path").value();
    assert_eq!(typed.as_deref(), Some(file.to_str().unwrap()), "Tab completes the file name");
    harness.get_by_label("Open").click();
    settle(&mut harness);
    let c = &harness.state().state.review.comparison;
    assert!(c.documents[0].text.starts_with("Firefighters contained"), "the typed path opened as A");
    assert_eq!(c.documents[0].source.path.as_deref(), Some(file.as_path()));
}

#[test]
fn the_people_tab_lists_putin_in_both_samples_and_a_click_highlights_his_mentions() {
    let samples = counterpart::analysis::compare(counterpart::samples::sample_documents());
    let putin = samples
        .actors
        .iter()
        .position(|a| std::iter::once(&a.name).chain(&a.aliases).any(|n| n.contains("Putin")))
        .expect("Putin is an actor of the samples");
    let actor = &samples.actors[putin];
    assert!(actor.mentions_in(0) > 0 && actor.mentions_in(1) > 0, "{actor:?}");
    let wanted = format!("{} — A {} · B {}", actor.name, actor.mentions_in(0), actor.mentions_in(1));
    let mut harness = harness(samples, ScriptedDialogs::default());
    harness.get_by_label("People").click();
    harness.run_steps(2);
    assert_eq!(harness.state().state.view.tab, SideTab::People);
    // Actors named by one article only say so.
    assert!(harness.query_all_by_label_contains("only in").next().is_some());
    harness.get_by_label_contains(&wanted).click();
    harness.run_steps(2);
    assert_eq!(harness.state().state.view.actor_filter, Some(putin));
    harness.get_by_label_contains(&wanted).click();
    harness.run_steps(2);
    assert_eq!(harness.state().state.view.actor_filter, None);
    harness.get_by_label_contains(&wanted).click();
    harness.run_steps(2);
    assert_eq!(harness.state().state.view.actor_filter, Some(putin));
    harness.key_press(Key::Escape);
    harness.run_steps(2);
    assert_eq!(harness.state().state.view.actor_filter, None);
}

/// The sample claims of the two calls: A's "first between Putin and Trump since July" and B's "second in four days".
fn the_two_calls(c: &Comparison) -> (ClaimId, ClaimId) {
    let find = |d: u32, needle: &str| {
        let claims = &c.analyses[d as usize].claims;
        let index = claims.iter().position(|cl| c.claim_text(cl.id).contains(needle));
        claim(d, index.unwrap_or_else(|| panic!("no claim of d{d} holds {needle:?}")) as u32)
    };
    (
        find(0, "The call -- the first between Putin and Trump since July -- was initiated by Russia."),
        find(1, "the second in four days"),
    )
}

/// Opens the Differences tab, clicks the row of the ordinal difference between the two calls, and checks that it
/// selects A's call with B's as the counterpart in view, and brings both into view.
fn click_the_ordinal_difference(samples: Comparison) {
    let (a, b) = the_two_calls(&samples);
    let mut harness = harness(samples, ScriptedDialogs::default());
    harness.get_by_label("Differences").click();
    harness.run_steps(2);
    assert_eq!(harness.state().state.view.tab, SideTab::Differences);
    harness.get_by_label_contains("Parallel (the events differ) (");
    let is_the_row = |node: &egui_kittest::kittest::AccessKitNode<'_>| {
        node.label().is_some_and(|l| {
            l.contains("A: “The call -- the first between Putin and Trump since July")
                && l.contains("the second in four days")
                && l.contains("ordinal: “first” vs “second”")
        })
    };
    // The row is below the side panel's fold: click it as assistive technology would.
    harness.get_by(is_the_row).click_accesskit();
    harness.run_steps(4);

    let app = harness.state();
    let state = &app.state;
    assert_eq!(state.view.selected, Some(a), "A's call is selected");
    let counterparts = state.review.counterparts(a);
    assert_eq!(counterparts.get(state.view.counterpart_step), Some(&b), "B's call is the counterpart in view");
    assert_eq!(state.view.tab, SideTab::Differences, "the list stays open");
    let (group, row) = state.differences()[state.view.difference_step.expect("the row is the current one")];
    assert_eq!(group, DifferenceGroup::Parallel);
    assert!(matches!(row, Difference::Parallel { a: x, b: y, .. } if (x, y) == (a, b)), "{row:?}");
    assert!(app.claim_in_view(a) && app.claim_in_view(b), "both calls are scrolled into view");
}

/// The check on the samples as the analysis links them: the two calls differ in their ordinal.
#[test]
fn the_samples_ordinal_difference_in_the_differences_tab_brings_both_calls_into_view() {
    click_the_ordinal_difference(counterpart::analysis::compare(counterpart::samples::sample_documents()));
}

/// The same check with the parallel link between the two calls put in by hand, whatever the linker makes of them.
#[test]
fn an_ordinal_parallel_row_brings_both_claims_into_view() {
    let mut samples = counterpart::analysis::compare(counterpart::samples::sample_documents());
    let (a, b) = the_two_calls(&samples);
    samples.links.retain(|l| (l.a, l.b) != (a, b));
    samples.links.push(Link {
        a,
        b,
        relation: Relation::Parallel,
        score: 0.5,
        why: "the articles report different events".into(),
        origin: LinkOrigin::Auto,
        review: LinkReview::Unreviewed,
        note: None,
        slot_difference: Some(SlotDifference { slot: Slot::Ordinal, a: "first".into(), b: "second".into() }),
    });
    click_the_ordinal_difference(samples);
}

/// d walks the Differences list from its first group, bringing each row it reaches into view, and past the last
/// difference starts again without stopping on the shared rows, which close the list for context.
#[test]
fn d_walks_the_differences_and_skips_the_shared_rows() {
    let mut harness = harness(comparison(), ScriptedDialogs::default());
    harness.key_press(Key::D);
    harness.run_steps(2);
    let state = &harness.state().state;
    assert_eq!(state.view.tab, SideTab::Differences);
    assert_eq!(state.view.selected, Some(claim(0, 1)), "first: A's claim with a related link only, which is unique");
    let list = state.differences();
    let groups: Vec<DifferenceGroup> = list.iter().map(|(group, _)| *group).collect();
    assert!(groups.is_sorted());
    assert_eq!(groups.last(), Some(&DifferenceGroup::Shared), "the same link closes the list");
    assert_eq!(groups.iter().filter(|g| **g == DifferenceGroup::Shared).count(), 1, "the related link has no row");
    harness.get_by_label("Shared (1)");
    harness.get_by_label("Only in A (2)");
    // Far down the list, d brings the row it reaches into the side panel's view.
    harness.state_mut().state.view.difference_step = Some(list.len() - 3);
    harness.key_press(Key::D);
    harness.run_steps(3);
    assert_eq!(harness.state().state.view.difference_step, Some(list.len() - 2));
    let row = harness.get_by_label_contains("B: “Paragraph 59 describes the weather").rect();
    assert!(egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(1400.0, 860.0)).contains_rect(row), "{row:?}");
    harness.key_press(Key::D);
    harness.run_steps(2);
    assert_eq!(harness.state().state.view.difference_step, Some(0), "d went round past the shared row");
}

/// Issue #17's check on the samples: A's "two Russian nationals were detained Friday" has B's "Russian police
/// arrested a group of suspects" among its counterparts, and clicking it, then stepping through its counterparts,
/// brings that claim into view.
#[test]
fn clicking_the_detained_nationals_brings_the_arrested_suspects_into_view() {
    let fast = counterpart::analysis::compare(counterpart::samples::sample_documents());
    let mut refined = fast.clone();
    counterpart::analysis::refine_by_meaning(&mut refined, &|_, _| {});
    // The window shows the links from the words first, then those refined by meaning: both must hold the link.
    for samples in [fast, refined] {
        let find = |d: u32, needle: &str| {
            let index =
                samples.analyses[d as usize].claims.iter().position(|cl| samples.claim_text(cl.id).contains(needle));
            claim(d, index.unwrap_or_else(|| panic!("no claim of d{d} holds {needle:?}")) as u32)
        };
        let (detained, arrested) = (find(0, "two Russian nationals were detained"), find(1, "Russian police arrested"));
        let mut harness = harness(samples, ScriptedDialogs::default());
        let label = text_of(&harness, detained);
        harness.get_by_role_and_label(Role::Button, &label).click();
        harness.run_steps(4);
        let counterparts = harness.state().state.review.counterparts(detained);
        let step = counterparts.iter().position(|&c| c == arrested);
        let step = step.unwrap_or_else(|| panic!("the arrest is a counterpart of the detention: {counterparts:?}"));
        for _ in 0..step {
            harness.key_press(Key::C);
            harness.run_steps(4);
        }
        let state = &harness.state().state;
        assert_eq!(state.view.selected, Some(detained));
        assert_eq!(counterparts.get(state.view.counterpart_step), Some(&arrested));
        assert!(harness.state().claim_in_view(arrested), "the arrest is scrolled into view");
    }
}

#[test]
fn opened_articles_show_at_once_and_their_links_are_then_refined_by_meaning() {
    let docs = counterpart::samples::sample_documents();
    let fast = counterpart::analysis::compare(docs.clone());
    let mut refined = fast.clone();
    counterpart::analysis::refine_by_meaning(&mut refined, &|_, _| {});
    assert_ne!(fast.links, refined.links, "the meanings change some links of the samples");
    let mut harness = harness(comparison(), ScriptedDialogs::default());
    let ctx = harness.ctx.clone();
    let inputs = docs.into_iter().map(|d| counterpart::workspace::ArticleInput::Loaded(Box::new(d))).collect();
    harness.state_mut().analyse(&ctx, inputs);
    let shown = harness.state().state.review.text_generation;
    for _ in 0..500 {
        harness.step();
        if harness.state().state.review.text_generation != shown {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    assert_eq!(harness.state().state.review.comparison.links, fast.links, "the links from the words show first");
    harness.get_by_label_contains("Refining the links by meaning");
    settle(&mut harness);
    assert_eq!(harness.state().state.review.comparison.links, refined.links);
    assert_eq!(harness.state().state.review.comparison.shifts, refined.shifts);
    assert!(harness.query_by_label_contains("Refining the links by meaning").is_none());
}
