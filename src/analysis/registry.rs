//! Merges the speakers of all documents into one registry and rewrites each analysis to use its ids.

use super::DocumentDraft;
use super::attribution::{org_core, same_person_normed};
use crate::model::{DocumentAnalysis, Speaker, SpeakerId, SpeakerKind};

/// Lower case, without "the" and a possessive ending.
fn norm(name: &str) -> String {
    let l = name.trim().to_lowercase().replace('’', "'");
    let l = l.strip_prefix("the ").unwrap_or(&l);
    l.strip_suffix("'s").unwrap_or(l).to_string()
}

/// The number of single-character edits between two short strings.
fn edits(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let cur = row[j + 1];
            row[j + 1] = (prev + usize::from(ca != *cb)).min(row[j] + 1).min(cur + 1);
            prev = cur;
        }
    }
    row[b.len()]
}

/// Names that differ by a letter or two in a long word: "Peskov" and "Peskow". Both names are normalised.
fn close_spelling(a: &str, b: &str) -> bool {
    if a.len() < 6 || b.len() < 6 {
        return false;
    }
    let limit = 1 + usize::from(a.len() >= 12);
    // Each edit changes the length by one character at most.
    a.chars().count().abs_diff(b.chars().count()) <= limit && edits(a, b) <= limit
}

/// One way of naming a speaker, prepared once for comparison with every speaker of the other documents.
struct Form {
    norm: String,
    /// The organisation core of the form ([`org_core`]).
    core: String,
    capital: bool,
    spaced: bool,
}

/// A speaker's kind and forms: its name first, then its aliases.
struct Forms {
    kind: SpeakerKind,
    forms: Vec<Form>,
}

impl Forms {
    fn of(s: &Speaker) -> Self {
        let form = |f: &String| Form {
            norm: norm(f),
            core: org_core(f),
            capital: f.chars().next().is_some_and(char::is_uppercase),
            spaced: f.contains(' '),
        };
        Forms { kind: s.kind, forms: std::iter::once(&s.name).chain(&s.aliases).map(form).collect() }
    }
}

/// Whether two speakers of different documents are one: the same person by name or a spelling variant, a shared
/// alias or role phrase, or the same organisation name. Anonymous sources never merge.
fn same_speaker(a: &Forms, b: &Forms) -> bool {
    if a.kind != b.kind || a.kind == SpeakerKind::Anonymous {
        return false;
    }
    let (fa, fb) = (&a.forms, &b.forms);
    if a.kind == SpeakerKind::Person {
        // Compare the names proper; role phrases must match whole.
        let name_match = same_person_normed(&fa[0].norm, &fb[0].norm)
            || fa
                .iter()
                .filter(|x| x.capital)
                .any(|x| fb.iter().filter(|y| y.capital).any(|y| x.spaced == y.spaced && x.norm == y.norm))
            || close_spelling(&fa[0].norm, &fb[0].norm);
        return name_match || fa.iter().any(|x| !x.capital && fb.iter().any(|y| x.norm == y.norm));
    }
    fa.iter().any(|x| fb.iter().any(|y| x.norm == y.norm || x.core == y.core))
}

/// Merges the per-document speaker lists into one registry.
pub fn merge_registry(drafts: Vec<DocumentDraft>) -> (Vec<Speaker>, Vec<DocumentAnalysis>) {
    let mut registry: Vec<Speaker> = Vec::new();
    // The forms of each registry speaker, kept in step with it.
    let mut prepared: Vec<Forms> = Vec::new();
    let mut analyses = Vec::with_capacity(drafts.len());
    for draft in drafts {
        let mut map: Vec<SpeakerId> = Vec::with_capacity(draft.speakers.len());
        for s in draft.speakers {
            let forms_s = Forms::of(&s);
            let into = prepared.iter().position(|r| same_speaker(r, &forms_s));
            let id = match into {
                Some(i) => {
                    let r = &mut registry[i];
                    let mut forms: Vec<String> = std::iter::once(s.name).chain(s.aliases).collect();
                    if r.kind == SpeakerKind::Person
                        && forms[0].split_whitespace().count() > r.name.split_whitespace().count()
                    {
                        std::mem::swap(&mut r.name, &mut forms[0]);
                    }
                    for f in forms {
                        if norm(&f) != norm(&r.name) && !r.aliases.iter().any(|a| norm(a) == norm(&f)) {
                            r.aliases.push(f);
                        }
                    }
                    if r.role.is_none() {
                        r.role = s.role;
                    }
                    prepared[i] = Forms::of(r);
                    r.id
                }
                None => {
                    let id = SpeakerId(registry.len() as u32);
                    registry.push(Speaker { id, ..s });
                    prepared.push(forms_s);
                    id
                }
            };
            map.push(id);
        }
        let mut analysis = draft.analysis;
        let remap = |id: &mut Option<SpeakerId>| {
            if let Some(s) = id {
                *id = map.get(s.0 as usize).copied();
            }
        };
        analysis.quotes.iter_mut().for_each(|q| remap(&mut q.speaker));
        analysis.claims.iter_mut().for_each(|c| remap(&mut c.speaker));
        analysis.readouts.iter_mut().for_each(|r| remap(&mut r.issuer));
        analyses.push(analysis);
    }
    (registry, analyses)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocId, Quote, QuoteId, QuoteKind, Span};

    fn speaker(id: u32, name: &str, aliases: &[&str], kind: SpeakerKind) -> Speaker {
        Speaker {
            id: SpeakerId(id),
            name: name.into(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
            kind,
            role: None,
        }
    }

    fn draft(doc: u32, speakers: Vec<Speaker>, quoted: &[u32]) -> DocumentDraft {
        let quotes = quoted
            .iter()
            .enumerate()
            .map(|(i, s)| Quote {
                id: QuoteId { doc: DocId(doc), index: i as u32 },
                span: Span::new(0, 1),
                kind: QuoteKind::Direct,
                speaker: Some(SpeakerId(*s)),
                speaker_mention: None,
                cue: None,
                readout: None,
                confidence: 1.0,
            })
            .collect();
        DocumentDraft { analysis: DocumentAnalysis { doc: DocId(doc), quotes, ..Default::default() }, speakers }
    }

    #[test]
    fn one_person_under_several_names_is_one_speaker() {
        let a = draft(
            0,
            vec![speaker(0, "Vladimir Putin", &["Putin", "the Russian president"], SpeakerKind::Person)],
            &[0],
        );
        let b = draft(
            1,
            vec![
                speaker(0, "one Twitter user", &[], SpeakerKind::Anonymous),
                speaker(1, "Putin", &["the Russian president"], SpeakerKind::Person),
            ],
            &[1, 0],
        );
        let (reg, analyses) = merge_registry(vec![a, b]);
        assert_eq!(reg.len(), 2);
        assert_eq!(reg[0].name, "Vladimir Putin");
        assert_eq!(analyses[1].quotes[0].speaker, Some(SpeakerId(0)));
        assert_eq!(analyses[1].quotes[1].speaker, Some(SpeakerId(1)));
    }

    #[test]
    fn anonymous_sources_and_other_first_names_stay_apart() {
        let a = draft(
            0,
            vec![speaker(0, "another", &[], SpeakerKind::Anonymous), speaker(1, "Jeb Bush", &[], SpeakerKind::Person)],
            &[],
        );
        let b = draft(
            1,
            vec![
                speaker(0, "another", &[], SpeakerKind::Anonymous),
                speaker(1, "George Bush", &[], SpeakerKind::Person),
            ],
            &[],
        );
        let (reg, _) = merge_registry(vec![a, b]);
        assert_eq!(reg.len(), 4);
    }

    #[test]
    fn spelling_variants_merge() {
        assert!(close_spelling(&norm("Dmitry Peskov"), &norm("Dmitri Peskov")));
        assert!(!close_spelling(&norm("Cruz"), &norm("Crux")));
    }
}
