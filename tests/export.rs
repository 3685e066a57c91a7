//! Edits, undo, project files and every export format, checked on the sample articles and on short texts.
//!
//! Golden files live in tests/golden/. After a change to the analysis or an export, regenerate them with
//! `UPDATE_GOLDEN=1 cargo test --test export golden` and review the diff.

mod support;

use counterpart::analysis::compare;
use counterpart::export::{self, ExportFormat, SourceState};
use counterpart::ingest::{content_hash, load_bytes};
use counterpart::model::{
    ClaimId, Comparison, DocId, Edit, History, LinkId, LinkReview, QuoteId, Relation, Slot, SlotDifference,
    SourceFormat, Span, Speaker, SpeakerId, SpeakerKind, validate,
};
use counterpart::samples::sample_documents;
use proptest::prelude::*;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use support::{bin, seeds};

fn sample() -> Comparison {
    static SAMPLE: OnceLock<Comparison> = OnceLock::new();
    SAMPLE.get_or_init(|| compare(sample_documents())).clone()
}

fn short(texts: &[&str]) -> Comparison {
    let docs = texts
        .iter()
        .enumerate()
        .map(|(i, t)| load_bytes(&format!("short-{i}.txt"), t.as_bytes(), SourceFormat::Text, DocId(i as u32)).unwrap())
        .collect();
    compare(docs)
}

fn cid(doc: u32, index: u32) -> ClaimId {
    ClaimId { doc: DocId(doc), index }
}

/// The sample with a review's worth of edits: a user link, a note on it and on a claim, a claim the user
/// marked inside the first sentence of B, and two claims of A merged.
fn edited_sample() -> Comparison {
    let mut c = sample();
    let mut h = History::new();
    h.apply(&mut c, Edit::user_link(cid(0, 0), cid(1, 0), Relation::Same)).unwrap();
    let user_link = LinkId(c.links.len() as u32 - 1);
    h.apply(&mut c, Edit::SetLinkNote { link: user_link, note: Some("Both open with the call, | \"quoted\"".into()) })
        .unwrap();
    if !c.links.is_empty() && user_link.0 > 0 {
        h.apply(&mut c, Edit::SetReview { link: LinkId(0), review: LinkReview::Rejected }).unwrap();
    }
    h.apply(&mut c, Edit::SetClaimNote { claim: cid(0, 1), note: Some("Check the <Kremlin> wording".into()) }).unwrap();
    let first_b = c.claim(cid(1, 0)).unwrap().span;
    let half = Span::new(first_b.start, first_b.start + first_b.len() / 2);
    h.apply(&mut c, Edit::MarkClaim { doc: DocId(1), span: half }).unwrap();
    h.apply(&mut c, Edit::MergeClaims { keep: cid(0, 2), gone: cid(0, 3) }).unwrap();
    validate(&c).unwrap();
    c
}

// ---------- golden files ----------

fn golden_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/golden")
}

/// Compares `actual` with the golden file, or rewrites the file when UPDATE_GOLDEN is set.
fn check_golden(name: &str, actual: &str) {
    let path = golden_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::create_dir_all(golden_dir()).unwrap();
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|e| panic!("{}: {e}; run with UPDATE_GOLDEN=1 to create it", path.display()));
    if expected != actual {
        let line = expected.lines().zip(actual.lines()).position(|(a, b)| a != b).unwrap_or(0);
        panic!(
            "{} differs from the output at line {}:\n  golden: {:?}\n  actual: {:?}\nrun with UPDATE_GOLDEN=1 to accept",
            path.display(),
            line + 1,
            expected.lines().nth(line),
            actual.lines().nth(line)
        );
    }
}

#[test]
fn golden_exports_of_the_edited_sample() {
    let c = edited_sample();
    for format in ExportFormat::ALL {
        check_golden(&format!("sample.{}", format.extension()), &export::render(&c, format));
    }
    check_golden("sample-quotes.csv", &export::csv::quotes_csv(&c));
    check_golden("sample-divergence.csv", &export::csv::divergence_csv(&c));
}

// ---------- span checks ----------

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

fn at(text: &[char], start: usize, end: usize) -> String {
    text[start..end].iter().collect()
}

/// Every `{start, end, text}` object anywhere under `v` must match `text` at its offsets.
fn check_json_spans(v: &Value, text: &[char], checked: &mut usize) {
    match v {
        Value::Object(m) => {
            if let (Some(s), Some(e), Some(t)) = (m.get("start"), m.get("end"), m.get("text")) {
                let (s, e) = (s.as_u64().unwrap() as usize, e.as_u64().unwrap() as usize);
                assert!(s <= e && e <= text.len(), "span {s}..{e} outside {} characters", text.len());
                assert_eq!(at(text, s, e), t.as_str().unwrap(), "span {s}..{e}");
                *checked += 1;
            }
            m.values().for_each(|x| check_json_spans(x, text, checked));
        }
        Value::Array(a) => a.iter().for_each(|x| check_json_spans(x, text, checked)),
        _ => {}
    }
}

fn check_json_export(c: &Comparison) -> usize {
    let v: Value = serde_json::from_str(&export::to_json(c)).unwrap();
    let mut checked = 0;
    for d in v["documents"].as_array().unwrap() {
        let text = chars(d["text"].as_str().unwrap());
        for key in ["claims", "quotes", "readouts"] {
            check_json_spans(&d[key], &text, &mut checked);
        }
    }
    checked
}

/// Checks every target of the W3C export: exact is the text at the position, prefix and suffix the text right
/// before and after it (up to 32 characters), and every key and value is one the model's context defines.
fn check_w3c_export(c: &Comparison) -> usize {
    let v: Value = serde_json::from_str(&export::w3c::to_w3c(c)).unwrap();
    assert_eq!(v["@context"], "http://www.w3.org/ns/anno.jsonld");
    assert_eq!(v["type"], "AnnotationCollection");
    check_terms(&v);
    let texts: Vec<(String, Vec<char>)> = c
        .documents
        .iter()
        .map(|d| (format!("urn:counterpart:text:{:016x}", content_hash(d.text.as_bytes())), chars(&d.text)))
        .collect();
    let items = v["first"]["items"].as_array().unwrap();
    assert_eq!(v["total"].as_u64().unwrap() as usize, items.len());
    let mut checked = 0;
    for item in items {
        assert_eq!(item["type"], "Annotation");
        let targets = match &item["target"] {
            Value::Array(a) => a.clone(),
            t => vec![t.clone()],
        };
        if item["motivation"] == "linking" {
            assert_eq!(targets.len(), 2, "a link is one annotation with two targets");
        }
        for t in targets {
            let text = &texts.iter().find(|(id, _)| *id == t["source"]["id"]).expect("a known source").1;
            let sel = t["selector"].as_array().unwrap();
            let quote = sel.iter().find(|s| s["type"] == "TextQuoteSelector").unwrap();
            let pos = sel.iter().find(|s| s["type"] == "TextPositionSelector").unwrap();
            let (s, e) = (pos["start"].as_u64().unwrap() as usize, pos["end"].as_u64().unwrap() as usize);
            assert!(s <= e && e <= text.len());
            assert_eq!(quote["exact"].as_str().unwrap(), at(text, s, e));
            let prefix = quote["prefix"].as_str().unwrap_or("");
            assert_eq!(prefix, at(text, s.saturating_sub(32), s));
            let suffix = quote["suffix"].as_str().unwrap_or("");
            assert_eq!(suffix, at(text, e, (e + 32).min(text.len())));
            checked += 1;
        }
    }
    checked
}

/// The keys and `type`/`motivation`/`purpose` values used must all be terms of anno.jsonld.
fn check_terms(v: &Value) {
    const KEYS: &[&str] = &[
        "@context",
        "id",
        "type",
        "label",
        "generator",
        "name",
        "total",
        "first",
        "startIndex",
        "items",
        "motivation",
        "body",
        "target",
        "purpose",
        "value",
        "format",
        "source",
        "selector",
        "exact",
        "prefix",
        "suffix",
        "start",
        "end",
        "via",
    ];
    const TYPES: &[&str] = &[
        "AnnotationCollection",
        "AnnotationPage",
        "Annotation",
        "TextualBody",
        "SpecificResource",
        "Text",
        "TextQuoteSelector",
        "TextPositionSelector",
        "Software",
    ];
    const MOTIVATIONS: &[&str] = &[
        "assessing",
        "bookmarking",
        "classifying",
        "commenting",
        "describing",
        "editing",
        "highlighting",
        "identifying",
        "linking",
        "moderating",
        "questioning",
        "replying",
        "tagging",
    ];
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                assert!(KEYS.contains(&k.as_str()), "{k} is not a term this export may use");
                match k.as_str() {
                    "type" => assert!(TYPES.contains(&x.as_str().unwrap()), "type {x}"),
                    "motivation" | "purpose" => assert!(MOTIVATIONS.contains(&x.as_str().unwrap()), "{k} {x}"),
                    _ => {}
                }
                check_terms(x);
            }
        }
        Value::Array(a) => a.iter().for_each(check_terms),
        _ => {}
    }
}

#[test]
fn w3c_selectors_and_json_spans_match_the_sample_text() {
    let c = edited_sample();
    assert!(check_json_export(&c) > 20);
    assert!(check_w3c_export(&c) > 20);
    let v: Value = serde_json::from_str(&export::w3c::to_w3c(&c)).unwrap();
    let items = v["first"]["items"].as_array().unwrap();
    let notes = items.iter().filter(|i| i["motivation"] == "commenting").count();
    assert_eq!(notes, 2, "the claim note and the link note are annotations");
    assert!(items.iter().any(|i| i["motivation"] == "linking"));
    let merged = format!("{}:d0-c3", v["id"].as_str().unwrap());
    assert!(items.iter().all(|i| i["id"] != merged.as_str()), "a merged claim is not exported as an annotation");
}

// ---------- HTML, CSV and Markdown safety ----------

#[test]
fn html_report_keeps_script_in_articles_inert() {
    let c = short(&[
        "Officials said <script>alert('a')</script> was found. The mayor said \"all is well\" on Monday.",
        "The mayor said <img src=x onerror=alert(1)> all is well. Officials confirmed it on Monday & Tuesday.",
    ]);
    let html = export::html::to_html(&c);
    let lower = html.to_lowercase();
    assert!(!lower.contains("<script"), "article text must not become a script element");
    assert!(!lower.contains("<img"), "article text must not become an element");
    assert!(html.contains("&lt;script&gt;alert(&#39;a&#39;)&lt;/script&gt;"));
    assert!(html.contains("Monday &amp; Tuesday"));
    const OWN_TAGS: &[&str] = &[
        "!doctype", "html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "strong", "span", "div",
        "section", "table", "tr", "th", "td", "a",
    ];
    for tag in lower.split('<').skip(1) {
        let name: String = tag.chars().take_while(|ch| !ch.is_whitespace() && *ch != '>').collect();
        let name = name.trim_start_matches('/');
        assert!(OWN_TAGS.contains(&name), "unexpected element <{name}> in the report");
    }
    assert!(lower.split("href=\"").skip(1).all(|h| h.starts_with('#')), "links stay inside the report");
    for external in ["@import", "url("] {
        assert!(!lower.contains(external), "the report must load nothing ({external})");
    }
    assert!(html.contains("Content-Security-Policy"));
    let md = export::markdown::to_markdown(&c);
    assert!(!md.contains("<script") && !md.contains("<img"));
}

/// Splits RFC 4180 text into records of fields.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(ch) = chars.next() {
        match (quoted, ch) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, _) => field.push(ch),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, _) => field.push(ch),
        }
    }
    rows
}

#[test]
fn csv_guards_formulas_and_quotes_fields() {
    let mut c = short(&[
        "=HYPERLINK(\"http://evil.example\", \"click\") appeared in the report. Then, the \"mayor\" spoke.",
        "@SUM(A1:A2) was typed by a reader. -5 people came, officials said.",
    ]);
    apply_ok(&mut c, Edit::user_link(cid(0, 0), cid(1, 0), Relation::Same));
    let last_b = c.analyses[1].claims.len() as u32 - 1;
    apply_ok(&mut c, Edit::user_link(cid(0, 1), cid(1, last_b), Relation::Contrast));
    let last = LinkId(c.links.len() as u32 - 1);
    apply_ok(&mut c, Edit::SetLinkNote { link: last, note: Some("+1, \"odd\"\nline".into()) });
    let csv = export::csv::links_csv(&c);
    assert!(csv.ends_with("\r\n"));
    let rows = parse_csv(&csv);
    assert_eq!(rows[0][0], "link");
    assert!(rows.iter().all(|r| r.len() == rows[0].len()), "every record has every field");
    let last = rows.last().unwrap();
    assert_eq!(last[9], "'+1, \"odd\"\nline");
    for row in &rows[1..] {
        for cell in row {
            assert!(!cell.starts_with(['=', '+', '-', '@']), "unguarded formula cell {cell:?}");
        }
    }
    assert!(rows.iter().any(|r| r[2].starts_with("'=HYPERLINK")));
    assert!(rows.iter().any(|r| r[4].starts_with("'@SUM")));
    let quotes = parse_csv(&export::csv::quotes_csv(&c));
    assert_eq!(quotes[0][..4], ["quote", "document", "text", "kind"]);
}

fn apply_ok(c: &mut Comparison, edit: Edit) {
    counterpart::model::apply(c, edit).unwrap();
}

/// Two short articles with a speaker, a quote in each, a readout, a quote-fidelity difference and an
/// attribution shift added by hand, and links of every kind made by edits.
/// Two short documents with nothing found in them: each claim is a bare sentence, so that the rows come only
/// from what the test adds, whatever the analysis would find.
fn bare(texts: &[&str]) -> Comparison {
    let mut c = short(texts);
    c.speakers.clear();
    c.links.clear();
    c.fidelity.clear();
    c.shifts.clear();
    for an in &mut c.analyses {
        an.quotes.clear();
        an.readouts.clear();
        for claim in &mut an.claims {
            (claim.speaker, claim.readout) = (None, None);
            claim.quotes.clear();
        }
    }
    c
}

fn every_kind_of_row() -> Comparison {
    let mut c = bare(&[
        "The minister said \"we will build the bridge soon\" on Monday. The bridge costs ten million. Rain fell.",
        "The bridge costs twelve million. The minister said \"we will build the bridge\" in a statement. Snow fell.",
    ]);
    let minister = SpeakerId(0);
    c.speakers.push(Speaker {
        id: minister,
        name: "Ana Minister".into(),
        aliases: vec!["the minister".into()],
        kind: SpeakerKind::Person,
        role: Some("Transport minister".into()),
    });
    let find = |c: &Comparison, d: usize, needle: &str| -> Span {
        let text = &c.documents[d].text;
        let byte = text.find(needle).unwrap();
        let start = text[..byte].chars().count();
        Span::new(start, start + needle.chars().count())
    };
    for d in 0..2 {
        let span =
            find(&c, d, if d == 0 { "\"we will build the bridge soon\"" } else { "\"we will build the bridge\"" });
        let evidence = find(&c, d, if d == 0 { "said" } else { "in a statement" });
        let doc = DocId(d as u32);
        let an = &mut c.analyses[d];
        an.quotes.push(counterpart::model::Quote {
            id: QuoteId { doc, index: an.quotes.len() as u32 },
            span,
            kind: counterpart::model::QuoteKind::Partial,
            speaker: Some(minister),
            speaker_mention: None,
            cue: None,
            readout: Some(counterpart::model::ReadoutId { doc, index: 0 }),
            confidence: 0.9,
        });
        an.readouts.push(counterpart::model::Readout {
            id: counterpart::model::ReadoutId { doc, index: an.readouts.len() as u32 },
            issuer: Some(minister),
            kind: counterpart::model::ReadoutKind::Statement,
            date: None,
            evidence,
        });
    }
    let soon = find(&c, 0, "soon");
    c.fidelity.push(counterpart::model::QuoteFidelity {
        a: QuoteId { doc: DocId(0), index: 0 },
        b: QuoteId { doc: DocId(1), index: 0 },
        fidelity: counterpart::model::Fidelity::Trimmed,
        only_a: vec![soon],
        only_b: vec![],
    });
    c.shifts.push(counterpart::model::AttributionShift {
        a: cid(0, 0),
        b: cid(1, 1),
        kind: counterpart::model::ShiftKind::DifferentSpeaker,
        why: "said on Monday or in a statement".into(),
        a_source: "the mayor".into(),
        b_source: "officials".into(),
    });
    let mut h = History::new();
    h.apply(&mut c, Edit::user_link(cid(0, 0), cid(1, 1), Relation::Same)).unwrap();
    h.apply(&mut c, Edit::user_link(cid(0, 1), cid(1, 0), Relation::Contrast)).unwrap();
    h.apply(&mut c, Edit::user_link(cid(0, 2), cid(1, 2), Relation::Parallel)).unwrap();
    h.apply(&mut c, Edit::SetReview { link: LinkId(2), review: LinkReview::Rejected }).unwrap();
    validate(&c).unwrap();
    c
}

#[test]
fn divergence_table_has_every_kind_of_row() {
    let c = every_kind_of_row();
    let md = export::markdown::to_markdown(&c);
    let headings: Vec<&str> = md.lines().filter_map(|l| l.strip_prefix("## ")).collect();
    assert_eq!(headings, ["Conflicts", "Attribution shifts", "Quote changes", "Only in A", "Only in B", "Shared"]);
    assert!(md.contains("only A has: soon"));
    assert!(md.contains("“the mayor” vs “officials”; said on Monday or in a statement"), "{md}");
    assert!(md.contains("The bridge costs ten million."), "{md}");
    let html = export::html::to_html(&c);
    assert!(html.contains("<td>Ana Minister</td><td>person</td><td>Transport minister</td>"));
    assert!(html.contains("<td>in a statement</td><td>statement</td><td>Ana Minister</td>"));
    assert!(html.contains("class=\"conflict\""));
    assert!(html.contains("class=\"matched quote\""), "quotes inside claims are underlined");
    assert_eq!(
        check_w3c_export(&c),
        3 * 2 + 2 + 2 + 3 * 2,
        "six claims, two quotes, two readouts, three links of two targets"
    );
    let w3c = export::w3c::to_w3c(&c);
    assert!(w3c.contains("speaker: Ana Minister (person, Transport minister); also called the minister"));
    assert!(w3c.contains("statement: in a statement; issued by Ana Minister"));
    let csv = parse_csv(&export::csv::quotes_csv(&c));
    assert_eq!(csv[1][4..7], ["Ana Minister", "said", "statement"]);
}

/// The headings of the divergence reports, in their order.
const GROUPS: [&str; 7] = [
    "Conflicts",
    "Attribution shifts",
    "Quote changes",
    "Only in A",
    "Only in B",
    "Parallel (the events differ)",
    "Shared",
];

/// The claim of document `d` whose text holds `needle`.
fn claim_with(c: &Comparison, d: u32, needle: &str) -> ClaimId {
    let index = c.analyses[d as usize].claims.iter().position(|cl| c.claim_text(cl.id).contains(needle));
    cid(d, index.unwrap_or_else(|| panic!("no claim of d{d} holds {needle:?}")) as u32)
}

/// Two short articles with a row of every group: two calls that differ in their ordinal (parallel), a death toll
/// in conflict, a fact that A attributes and B states (a shift on a same link), a trimmed quote, and claims found in
/// one article only, two of them joined by a related link, which leaves them unique.
fn one_row_of_each_group() -> Comparison {
    let mut c = bare(&[
        "The call was the first since July. Three people died. The mayor said taxes will rise. Ferries ran late. \
         \"We will win soon,\" she said.",
        "The call was the second in four days. Four people died. Taxes will rise. Buses ran late. \
         \"We will win,\" she said.",
    ]);
    let pairs = [
        ("The call", "The call", Relation::Parallel),
        ("Three people", "Four people", Relation::Contrast),
        ("taxes will rise", "Taxes will rise", Relation::Same),
        ("Ferries", "Buses", Relation::Related),
    ];
    for (a, b, relation) in pairs {
        let (a, b) = (claim_with(&c, 0, a), claim_with(&c, 1, b));
        apply_ok(&mut c, Edit::user_link(a, b, relation));
    }
    let slot = |slot, a: &str, b: &str| Some(SlotDifference { slot, a: a.into(), b: b.into() });
    c.links[0].slot_difference = slot(Slot::Ordinal, "first", "second");
    c.links[0].why = "the articles report different events".into();
    c.links[1].slot_difference = slot(Slot::Amount, "Three people", "Four people");
    c.shifts.push(counterpart::model::AttributionShift {
        a: c.links[2].a,
        b: c.links[2].b,
        kind: counterpart::model::ShiftKind::StatedAsFact,
        why: "the first article gives it to the mayor, the second states it as fact".into(),
        a_source: "the mayor".into(),
        b_source: String::new(),
    });
    for (d, quoted) in [(0, "\"We will win soon,\""), (1, "\"We will win,\"")] {
        let doc = &c.documents[d];
        let start = doc.text[..doc.text.find(quoted).unwrap()].chars().count();
        let span = Span::new(start, start + quoted.chars().count());
        let id = QuoteId { doc: DocId(d as u32), index: 0 };
        c.analyses[d].quotes.push(counterpart::model::Quote {
            id,
            span,
            kind: counterpart::model::QuoteKind::Direct,
            speaker: None,
            speaker_mention: None,
            cue: None,
            readout: None,
            confidence: 0.9,
        });
    }
    let soon = c.documents[0].text.find("soon").map(|b| c.documents[0].text[..b].chars().count()).unwrap();
    c.fidelity.push(counterpart::model::QuoteFidelity {
        a: QuoteId { doc: DocId(0), index: 0 },
        b: QuoteId { doc: DocId(1), index: 0 },
        fidelity: counterpart::model::Fidelity::Trimmed,
        only_a: vec![Span::new(soon, soon + 4)],
        only_b: vec![],
    });
    validate(&c).unwrap();
    c
}

/// The Markdown report's rows under each heading, each row as its cells.
fn markdown_groups(md: &str) -> Vec<(String, Vec<Vec<String>>)> {
    let mut groups: Vec<(String, Vec<Vec<String>>)> = Vec::new();
    for line in md.lines() {
        if let Some(heading) = line.strip_prefix("## ") {
            groups.push((heading.to_owned(), Vec::new()));
        } else if line.starts_with("|---") {
            assert_eq!(line, "|---|---|---|");
        } else if let (Some(row), Some((_, rows))) = (line.strip_prefix("| "), groups.last_mut()) {
            rows.push(row.trim_end_matches(" |").split(" | ").map(str::to_owned).collect());
        }
    }
    groups
}

#[test]
fn the_markdown_report_groups_its_rows_by_kind_in_order_with_the_reasons() {
    let c = one_row_of_each_group();
    let groups = markdown_groups(&export::markdown::to_markdown(&c));
    let headings: Vec<&str> = groups.iter().map(|(h, _)| h.as_str()).collect();
    assert_eq!(headings, GROUPS);
    let rows = |heading: &str| -> Vec<Vec<String>> {
        let (_, rows) = groups.iter().find(|(h, _)| h == heading).unwrap();
        assert_eq!(rows[0], ["A", "B", "Reason"], "{heading} has its own table");
        rows[1..].to_vec()
    };
    let parallel = rows("Parallel (the events differ)");
    assert_eq!(parallel.len(), 1, "{parallel:?}");
    assert_eq!(parallel[0][..2], ["The call was the first since July.", "The call was the second in four days."]);
    assert!(
        parallel[0][2].starts_with("ordinal: “first” vs “second”; the articles report different events; user link"),
        "{}",
        parallel[0][2]
    );
    assert!(rows("Conflicts")[0][2].starts_with("amount: “Three people” vs “Four people”; linked by the user"));
    let shift = &rows("Attribution shifts")[0];
    assert_eq!(shift[..2], ["The mayor said taxes will rise.", "Taxes will rise."]);
    assert!(shift[2].starts_with("“the mayor” vs stated as fact; the first article gives it"), "{}", shift[2]);
    assert_eq!(rows("Quote changes")[0], ["\"We will win soon,\"", "\"We will win,\"", "trimmed; only A has: soon"]);
    let only_a = rows("Only in A");
    assert_eq!(only_a[0], ["Ferries ran late.", "", ""], "the related link leaves it unique, in reading order");
    assert_eq!(only_a[1][0], "\"We will win soon,\" she said.", "no link joins the quotes' claims");
    assert_eq!(rows("Only in B")[0], ["", "Buses ran late.", ""]);
    let shared = rows("Shared");
    assert_eq!(shared.len(), 1, "only the same link is shared, never the parallel one: {shared:?}");
    assert_eq!(shared[0][..2], ["The mayor said taxes will rise.", "Taxes will rise."]);
}

#[test]
fn the_divergence_csv_labels_each_row_with_its_group_in_the_reports_order() {
    let c = one_row_of_each_group();
    let rows = parse_csv(&export::csv::divergence_csv(&c));
    assert_eq!(rows[0], ["group", "id_a", "text_a", "id_b", "text_b", "reason"]);
    let mut groups: Vec<&str> = rows[1..].iter().map(|r| r[0].as_str()).collect();
    groups.dedup();
    assert_eq!(groups, GROUPS, "each group's rows together, the groups in order");
    let only: Vec<&str> = rows.iter().filter(|r| r[0].starts_with("Only in")).map(|r| r[2].as_str()).collect();
    assert_eq!(only, ["Ferries ran late.", "\"We will win soon,\" she said.", "", ""], "{rows:?}");
    assert!(rows.iter().all(|r| !r[5].contains("related")), "the related link has no row");
    let parallel = rows.iter().find(|r| r[0] == "Parallel (the events differ)").unwrap();
    let (a, b) = (claim_with(&c, 0, "The call"), claim_with(&c, 1, "The call"));
    assert_eq!(parallel[1..5], [a.to_string(), c.claim_text(a).into(), b.to_string(), c.claim_text(b).into()]);
    assert!(parallel[5].starts_with("ordinal: “first” vs “second”"), "{}", parallel[5]);
    let quote = rows.iter().find(|r| r[0] == "Quote changes").unwrap();
    assert_eq!((quote[1].as_str(), quote[3].as_str()), ("d0-q0", "d1-q0"));
}

#[test]
fn the_html_report_puts_each_group_under_its_heading_in_order() {
    let c = one_row_of_each_group();
    let html = export::html::to_html(&c);
    let at = |needle: &str| html.find(needle).unwrap_or_else(|| panic!("{needle} is missing"));
    let headings: Vec<usize> = GROUPS.iter().map(|g| at(&format!("<h3>{}</h3>", export::html::esc(g)))).collect();
    assert!(headings.is_sorted(), "{headings:?}");
    assert!(headings[0] > at("<h2>Divergence</h2>"));
    let parallel = html[headings[5]..headings[6]].to_owned();
    assert!(parallel.contains("<tr><th>A</th><th>B</th><th>Reason</th></tr>"));
    assert!(parallel.contains("The call was the first since July.") && parallel.contains("second in four days"));
    assert!(parallel.contains("ordinal: “first” vs “second”"), "{parallel}");
    let shift = &html[headings[1]..headings[2]];
    assert!(shift.contains("“the mayor” vs stated as fact"), "{shift}");
    let only_a = &html[headings[3]..headings[4]];
    assert!(only_a.contains("Ferries ran late.") && !only_a.contains("Buses"));
}

// ---------- project files, recovery, import ----------

#[test]
fn project_save_and_open_keep_every_edit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("review.ron");
    let c = edited_sample();
    export::save_project(&path, &c).unwrap();
    assert_eq!(export::read_project(&path).unwrap(), c);
    std::fs::write(&path, export::to_project_ron(&c).replace("version: 1", "version: 99")).unwrap();
    assert!(matches!(export::read_project(&path), Err(export::ProjectError::TooNew { found: 99, .. })));
    std::fs::write(&path, "(format: \"something-else\", version: 1)").unwrap();
    assert!(matches!(export::read_project(&path), Err(export::ProjectError::NotAProject { .. })));
    let text = export::to_project_ron(&c);
    std::fs::write(&path, &text[..text.len() / 2]).unwrap();
    let err = export::read_project(&path).unwrap_err();
    assert!(matches!(err, export::ProjectError::Damaged { .. } | export::ProjectError::NotAProject { .. }), "{err}");
}

#[test]
fn json_export_imports_back_with_its_edits() {
    let c = edited_sample();
    let json = export::to_json(&c);
    let back = export::from_json(&json).unwrap();
    assert_eq!(export::to_json(&back), json, "export, import and export again is stable");
    let mut rounded = c.clone();
    for l in &mut rounded.links {
        l.score = (l.score.clamp(0.0, 1.0) * 1000.0).round() / 1000.0;
    }
    assert_eq!(back, rounded, "only scores lose precision (to 3 decimals)");
    assert!(export::from_json("{\"format\": \"counterpart\", \"version\": 7}").is_err());
}

#[test]
fn changed_and_missing_sources_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    std::fs::write(&a, "The council met on Monday. It voted to close the bridge.").unwrap();
    std::fs::write(&b, "On Monday the council voted. The bridge will close.").unwrap();
    let c = counterpart::workspace::analyse_files(&[a.clone(), b.clone()], counterpart::workspace::Linking::ByMeaning)
        .unwrap();
    assert!(export::changed_sources(&c, None).is_empty());
    std::fs::write(&a, "The council met on Tuesday. It voted to close the bridge.").unwrap();
    std::fs::remove_file(&b).unwrap();
    let changes = export::changed_sources(&c, None);
    let states: Vec<(DocId, SourceState)> = changes.iter().map(|s| (s.doc, s.state)).collect();
    assert_eq!(states, [(DocId(0), SourceState::Changed), (DocId(1), SourceState::Missing)]);
}

// ---------- the command line ----------

#[test]
fn export_command_writes_every_format_and_refuses_to_overwrite_sources() {
    let dir = tempfile::tempdir().unwrap();
    let project = dir.path().join("p.ron");
    let out = bin().arg("export").args(seeds()).args(["--format", "ron", "-o"]).arg(&project).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    for format in ["json", "w3c", "csv", "html", "md"] {
        let target = dir.path().join(format!("out.{format}"));
        let out = bin().arg("export").arg(&project).args(["--format", format, "-o"]).arg(&target).output().unwrap();
        assert!(out.status.success(), "{format}: {}", String::from_utf8_lossy(&out.stderr));
        assert!(std::fs::metadata(&target).unwrap().len() > 0);
    }
    assert!(dir.path().join("out-quotes.csv").exists());
    assert!(dir.path().join("out-divergence.csv").exists());
    let back = bin().arg("export").arg(dir.path().join("out.json")).args(["--format", "json"]).output().unwrap();
    assert!(back.status.success());
    let again = String::from_utf8(back.stdout).unwrap();
    assert_eq!(again.trim_end(), std::fs::read_to_string(dir.path().join("out.json")).unwrap());

    let copy = dir.path().join("a.txt");
    std::fs::copy(&seeds()[0], &copy).unwrap();
    let before = std::fs::read(&copy).unwrap();
    let out = bin().arg("export").arg(&copy).args(["--format", "md", "-o"]).arg(&copy).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(&copy).unwrap(), before);
    let out = bin().arg("export").arg(&project).args(["--format", "pdf"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = bin().arg("export").arg(dir.path().join("missing.ron")).args(["--format", "md"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
}

// ---------- properties ----------

/// Turns four numbers into an edit that fits the comparison's current state (it may still be refused).
fn edit_from(c: &Comparison, op: u8, x: u32, y: u32, z: u32) -> Option<Edit> {
    let claims = |d: u32| c.analyses.get(d as usize).map_or(0, |a| a.claims.len() as u32).max(1);
    let links = (c.links.len() as u32).max(1);
    let doc = x % 2;
    let relation = [Relation::Same, Relation::Parallel, Relation::Contrast, Relation::Related][(z % 4) as usize];
    let note = (!z.is_multiple_of(3)).then(|| format!("note {z} “é”"));
    Some(match op % 13 {
        0 => Edit::SetReview {
            link: LinkId(x % links),
            review: [LinkReview::Unreviewed, LinkReview::Confirmed, LinkReview::Rejected][(y % 3) as usize],
        },
        1 => Edit::user_link(cid(0, x % claims(0)), cid(1, y % claims(1)), relation),
        2 => Edit::Retarget { link: LinkId(x % links), a: cid(0, y % claims(0)), b: cid(1, z % claims(1)) },
        3 => Edit::SetRelation { link: LinkId(x % links), relation },
        4 => Edit::SetLinkNote { link: LinkId(x % links), note },
        5 => Edit::SetClaimNote { claim: cid(doc, y % claims(doc)), note },
        6 => {
            let quotes = c.analyses.get(doc as usize)?.quotes.len() as u32;
            let speaker =
                (!c.speakers.is_empty() && !z.is_multiple_of(4)).then(|| SpeakerId(z % c.speakers.len() as u32));
            Edit::SetQuoteSpeaker { quote: QuoteId { doc: DocId(doc), index: y % quotes.max(1) }, speaker }
        }
        7 => Edit::AddSpeaker {
            speaker: Speaker {
                id: SpeakerId(0),
                name: format!("Speaker {y}"),
                aliases: vec![],
                kind: SpeakerKind::Person,
                role: None,
            },
        },
        8 => {
            let len = c.documents.get(doc as usize)?.char_len() as u32;
            let start = y % len.max(1);
            Edit::MarkClaim { doc: DocId(doc), span: Span::new(start as usize, (start + 1 + z % 80).min(len) as usize) }
        }
        9 => Edit::MergeClaims { keep: cid(doc, y % claims(doc)), gone: cid(doc, z % claims(doc)) },
        10 => Edit::RemoveLastLink { link: LinkId(c.links.len().checked_sub(1)? as u32) },
        11 => {
            Edit::RemoveLastClaim { claim: cid(doc, c.analyses.get(doc as usize)?.claims.len().checked_sub(1)? as u32) }
        }
        _ => Edit::RemoveLastSpeaker { speaker: SpeakerId(c.speakers.len().checked_sub(1)? as u32) },
    })
}

fn edits() -> impl Strategy<Value = Vec<(u8, u32, u32, u32)>> {
    prop::collection::vec((any::<u8>(), any::<u32>(), any::<u32>(), any::<u32>()), 0..40)
}

/// Applies the edits through a history, checking that a refused edit changes nothing.
fn apply_all(c: &mut Comparison, h: &mut History, ops: &[(u8, u32, u32, u32)]) {
    for &(op, x, y, z) in ops {
        let Some(edit) = edit_from(c, op, x, y, z) else { continue };
        let before = c.clone();
        match h.apply(c, edit) {
            Ok(()) => validate(c).unwrap(),
            Err(_) => assert_eq!(*c, before, "a refused edit must change nothing"),
        }
    }
}

/// The JSON pointers of every number in a JSON value.
fn number_paths(v: &Value, at: String, out: &mut Vec<String>) {
    match v {
        Value::Number(_) => out.push(at),
        Value::Object(m) => m.iter().for_each(|(k, x)| number_paths(x, format!("{at}/{k}"), out)),
        Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| number_paths(x, format!("{at}/{i}"), out)),
        _ => {}
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn a_tampered_json_export_is_refused_or_exports_cleanly(
        changes in prop::collection::vec((any::<prop::sample::Index>(), 0u64..400), 1..6),
    ) {
        let mut c = every_kind_of_row();
        counterpart::model::apply(&mut c, Edit::SetClaimNote { claim: cid(1, 0), note: Some("n".into()) }).unwrap();
        let mut v: Value = serde_json::from_str(&export::to_json(&c)).unwrap();
        let mut paths = Vec::new();
        number_paths(&v, String::new(), &mut paths);
        for (index, value) in changes {
            let path = index.get(&paths);
            if let Some(slot) = v.pointer_mut(path) {
                *slot = Value::from(value);
            }
        }
        if let Ok(back) = export::from_json(&v.to_string()) {
            validate(&back).unwrap();
            for format in ExportFormat::ALL {
                prop_assert!(!export::render(&back, format).is_empty());
            }
            check_json_export(&back);
            check_w3c_export(&back);
        }
    }

    #[test]
    fn undoing_every_edit_restores_the_original(ops in edits()) {
        let original = sample();
        let mut c = original.clone();
        let mut h = History::new();
        apply_all(&mut c, &mut h, &ops);
        let edited = c.clone();
        while h.undo(&mut c).unwrap() {}
        prop_assert_eq!(&c, &original);
        prop_assert!(!h.is_dirty());
        while h.redo(&mut c).unwrap() {}
        prop_assert_eq!(&c, &edited);
    }

    #[test]
    fn save_then_load_gives_back_the_same_comparison(ops in edits()) {
        let mut c = sample();
        apply_all(&mut c, &mut History::new(), &ops);
        let text = export::to_project_ron(&c);
        let back = export::project::parse_project(Path::new("p.ron"), text.as_bytes()).unwrap();
        prop_assert_eq!(&back, &c);
    }

    #[test]
    fn exported_spans_match_the_text(
        words in prop::collection::vec(
            prop::sample::select(vec!["The", "mayor", "said", "“we", "will”", "café", "😀", "rain.", "On", "Monday,", "\"yes\"", "—", "officials", "told", "reporters."]),
            8..60,
        ),
        ops in edits(),
    ) {
        let a = words.join(" ");
        let b = words.iter().rev().cloned().collect::<Vec<_>>().join(" ");
        let mut c = short(&[&a, &b]);
        apply_all(&mut c, &mut History::new(), &ops);
        check_json_export(&c);
        check_w3c_export(&c);
    }
}
