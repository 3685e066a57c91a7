//! The command line end to end: `counterpart analyze` on real files, its JSON contract and its errors.

mod support;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;
use support::{bin, root, seeds};

fn analyze(files: &[PathBuf]) -> Value {
    let out = bin().arg("analyze").args(files).args(["--format", "json"]).output().unwrap();
    assert!(out.status.success(), "analyze failed: {}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("analyze prints JSON")
}

fn chars(s: &str) -> Vec<char> {
    s.chars().collect()
}

/// Every `{start, end, text}` span must equal the document text at its character offsets.
fn check_span(text: &[char], v: &Value, what: &str) {
    let (s, e) = (v["start"].as_u64().unwrap() as usize, v["end"].as_u64().unwrap() as usize);
    assert!(s <= e && e <= text.len(), "{what}: {s}..{e} outside the text of {} chars", text.len());
    if let Some(t) = v.get("text") {
        let at: String = text[s..e].iter().collect();
        assert_eq!(at, t.as_str().unwrap(), "{what}: text differs from the text at its offsets");
    }
}

fn has_fields(v: &Value, fields: &[&str], what: &str) {
    for f in fields {
        assert!(v.get(f).is_some(), "{what} lacks the field {f}: {v}");
    }
}

#[test]
fn analyze_samples_follows_the_export_contract() {
    let json = analyze(&seeds());
    has_fields(&json, &["format", "version", "documents", "speakers", "links", "event_check", "warnings"], "top level");
    assert_eq!(json["format"], "counterpart");
    assert_eq!(json["version"], 1);
    let docs = json["documents"].as_array().unwrap();
    assert_eq!(docs.len(), 2);
    let mut claim_ids = std::collections::HashSet::new();
    for (i, d) in docs.iter().enumerate() {
        has_fields(
            d,
            &[
                "id",
                "path",
                "title",
                "url",
                "outlet",
                "published",
                "event_date",
                "text",
                "paragraphs",
                "sentences",
                "claims",
                "quotes",
                "readouts",
                "boilerplate",
            ],
            "document",
        );
        assert_eq!(d["id"], format!("d{i}"), "document ids follow argument order");
        let text = chars(d["text"].as_str().unwrap());
        for key in ["paragraphs", "sentences", "boilerplate"] {
            for s in d[key].as_array().unwrap() {
                check_span(&text, s, key);
            }
        }
        assert!(!d["sentences"].as_array().unwrap().is_empty());
        for c in d["claims"].as_array().unwrap() {
            has_fields(
                c,
                &["id", "start", "end", "text", "sentence", "status", "speaker", "readout", "quotes"],
                "claim",
            );
            check_span(&text, c, "claim");
            assert!(["matched", "unique", "conflict"].contains(&c["status"].as_str().unwrap()));
            assert!(claim_ids.insert(c["id"].as_str().unwrap().to_owned()), "claim ids are unique across documents");
        }
        for q in d["quotes"].as_array().unwrap() {
            has_fields(
                q,
                &["id", "start", "end", "text", "kind", "speaker", "speaker_mention", "cue", "readout", "confidence"],
                "quote",
            );
            check_span(&text, q, "quote");
            for k in ["speaker_mention", "cue"] {
                if !q[k].is_null() {
                    check_span(&text, &q[k], k);
                }
            }
        }
        for r in d["readouts"].as_array().unwrap() {
            has_fields(r, &["id", "issuer", "kind", "date", "evidence"], "readout");
            check_span(&text, &r["evidence"], "readout evidence");
        }
        for key in ["published", "event_date"] {
            if let Some(date) = d[key].as_str() {
                assert!(chrono::NaiveDate::parse_from_str(date, "%Y-%m-%d").is_ok(), "{key} {date} is not YYYY-MM-DD");
            }
        }
    }
    assert_eq!(
        docs[0]["url"],
        "https://www.cnn.com/2019/12/29/politics/putin-trump-phone-call-counter-terrorism/index.html"
    );
    assert_eq!(docs[0]["outlet"], "CNN");
    assert_eq!(docs[0]["published"], "2019-12-29");
    for s in json["speakers"].as_array().unwrap() {
        has_fields(s, &["id", "name", "aliases", "kind", "role"], "speaker");
    }
    for l in json["links"].as_array().unwrap() {
        has_fields(l, &["a", "b", "relation", "score", "why", "origin", "review", "note"], "link");
        assert!(claim_ids.contains(l["a"].as_str().unwrap()) && claim_ids.contains(l["b"].as_str().unwrap()));
        let score = l["score"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&score));
    }
    has_fields(&json["event_check"], &["same_event", "why", "one_story"], "event_check");
}

#[test]
fn analyze_reads_markdown_and_html_fixtures() {
    let fixtures = root().join("tests/fixtures");
    let json = analyze(&[fixtures.join("call.md"), fixtures.join("call.html")]);
    let md = &json["documents"][0];
    assert_eq!(md["title"], "Leaders discuss security by phone");
    assert_eq!(md["outlet"], "Example");
    assert!(!md["text"].as_str().unwrap().contains('*'), "Markdown emphasis is rendered away");
    let html = &json["documents"][1];
    assert_eq!(html["outlet"], "Example Gazette");
    assert_eq!(html["published"], "2021-03-15");
    let text = html["text"].as_str().unwrap();
    assert!(text.contains("The conversation was frank and useful"));
    assert!(!text.contains("window.tracking") && !text.contains("Celebrity gossip"));
}

#[test]
fn analyze_writes_a_ron_project_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pair.ron");
    let status = bin().arg("analyze").args(seeds()).args(["--format", "ron", "-o"]).arg(&out).status().unwrap();
    assert!(status.success());
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("counterpart-project"));
    let comparison = counterpart::export::read_project(&out).expect("the written project reads back");
    assert_eq!(comparison.documents.len(), 2);
}

fn fails_with(args: &[&str], files: &[&Path], code: i32, needle: &str) -> Output {
    let out = bin().args(args).args(files).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(code), "stderr: {stderr}");
    assert!(stderr.contains(needle), "stderr {stderr:?} lacks {needle:?}");
    out
}

#[test]
fn bad_inputs_exit_1_with_a_message_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let p = |name: &str, bytes: &[u8]| {
        let path = dir.path().join(name);
        std::fs::write(&path, bytes).unwrap();
        path
    };
    let missing = dir.path().join("missing.txt");
    fails_with(&["analyze"], &[&missing], 1, "missing.txt: no such file");
    fails_with(&["analyze"], &[dir.path()], 1, "is a directory");
    fails_with(&["analyze"], &[&p("bin.txt", b"abc\0\x01\x02")], 1, "bin.txt: looks like a binary file");
    fails_with(&["analyze"], &[&p("latin1.txt", b"caf\xe9 au lait")], 1, "latin1.txt: is not valid UTF-8");
    fails_with(&["analyze"], &[&p("empty.txt", b"")], 1, "empty.txt: holds no article text");
    fails_with(&["analyze"], &[&p("blank.txt", b"  \n\n\t\n")], 1, "blank.txt: holds no article text");
    let big = dir.path().join("big.txt");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(counterpart::ingest::MAX_FILE_BYTES + 1).unwrap();
    fails_with(&["analyze"], &[&big], 1, "over the limit");
}

#[test]
fn usage_errors_exit_2_and_help_and_version_work() {
    fails_with(&["analyze"], &[], 2, "Usage");
    fails_with(&["analyze", "--format", "yaml", "x.txt"], &[], 2, "invalid value");
    let help = bin().arg("--help").output().unwrap();
    assert!(help.status.success() && String::from_utf8_lossy(&help.stdout).contains("analyze"));
    let version = bin().arg("--version").output().unwrap();
    assert!(String::from_utf8_lossy(&version.stdout).contains(env!("CARGO_PKG_VERSION")));
}

#[test]
fn killing_a_save_midway_leaves_the_old_file_or_the_new_one() {
    let dir = tempfile::tempdir().unwrap();
    let paragraph = "The council voted on Monday to approve the new budget, officials said. \
        \"It is a fair plan,\" the mayor told reporters after the meeting.\n";
    let article = dir.path().join("long.txt");
    std::fs::write(&article, paragraph.repeat(1500)).unwrap();
    let out = dir.path().join("project.ron");
    let save = || bin().arg("analyze").arg(&article).args(["--format", "ron", "-o"]).arg(&out).status().unwrap();
    assert!(save().success());
    let complete = std::fs::read(&out).unwrap();
    let started = std::time::Instant::now();
    assert!(save().success());
    let full_run = started.elapsed();
    for step in 1..=10u32 {
        let mut child = bin().arg("analyze").arg(&article).args(["--format", "ron", "-o"]).arg(&out).spawn().unwrap();
        std::thread::sleep(full_run * step / 10);
        let _ = child.kill();
        let _ = child.wait();
        let now = std::fs::read(&out).unwrap();
        assert_eq!(now.len(), complete.len(), "after a kill at step {step} the project is half-written");
        assert!(
            counterpart::export::read_project(&out).is_ok(),
            "after a kill at step {step} the project does not load"
        );
    }
}

#[test]
fn words_only_skips_the_second_pass_by_meaning() {
    let json = analyze(&seeds());
    let out = bin().arg("analyze").args(seeds()).arg("--words-only").output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let words: Value = serde_json::from_slice(&out.stdout).unwrap();
    let whys = |v: &Value| -> Vec<String> {
        v["links"].as_array().unwrap().iter().map(|l| l["why"].as_str().unwrap().to_owned()).collect()
    };
    assert!(whys(&json).iter().any(|w| w.contains("in meaning (cosine")), "{:?}", whys(&json));
    assert!(!whys(&words).iter().any(|w| w.contains("meaning")), "{:?}", whys(&words));
    let claims = |v: &Value| -> Vec<(String, u64, u64)> {
        let docs = v["documents"].as_array().unwrap().iter();
        let all = docs.flat_map(|d| d["claims"].as_array().unwrap().iter());
        all.map(|c| (c["id"].as_str().unwrap().to_owned(), c["start"].as_u64().unwrap(), c["end"].as_u64().unwrap()))
            .collect()
    };
    assert_eq!(claims(&json), claims(&words), "the same claims, linked otherwise");
}
