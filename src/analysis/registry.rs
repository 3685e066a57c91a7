//! Merges the speakers of all documents into one registry and rewrites each analysis to use its ids.

use super::attribution::{org_core, same_person_normed};
use super::fuzzy;
use super::text::{initials, is_bare_acronym, is_place_name};
use super::{ActorDraft, DocumentDraft};
use crate::model::{Actor, DocumentAnalysis, Speaker, SpeakerId, SpeakerKind};
use rustc_hash::FxHashMap;

/// Lower case, without "the" and a possessive ending.
fn norm(name: &str) -> String {
    let l = name.trim().to_lowercase().replace('’', "'");
    let l = l.strip_prefix("the ").unwrap_or(&l);
    l.strip_suffix("'s").unwrap_or(l).to_string()
}

/// Names that differ by a letter or two in a long word: "Peskov" and "Peskow". Both names are normalised.
fn close_spelling(a: &str, b: &str) -> bool {
    if a.len() < 6 || b.len() < 6 {
        return false;
    }
    let limit = 1 + usize::from(a.len() >= 12);
    fuzzy::within_edits(a, b, limit)
}

/// One way of naming a speaker, prepared once for comparison with every speaker of the other documents.
struct Form {
    norm: String,
    /// The organisation core of the form ([`org_core`]).
    core: String,
    capital: bool,
    spaced: bool,
    /// The form as written when it is an acronym ("WH"), which may stand for a longer form of another speaker.
    acronym: Option<String>,
    /// The initials of the form ([`initials`]), which an acronym of another speaker may stand for.
    initials: [String; 2],
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
            acronym: Some(f.trim()).filter(|t| is_bare_acronym(t)).map(str::to_string),
            initials: initials(f),
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
        || a.kind == SpeakerKind::Organization && (known_by_acronym(fa, fb) || known_by_acronym(fb, fa))
}

/// Whether organisation `short` goes only by acronyms, one of which is the initials of a form of `long`: "the WH"
/// and "the White House". A body known by its full name as well keeps that name: "Democratic National Committee",
/// once it has absorbed "DNC", does not take in "Democratic National Convention".
fn known_by_acronym(short: &[Form], long: &[Form]) -> bool {
    short.iter().all(|x| x.acronym.is_some())
        && short
            .iter()
            .filter_map(|x| x.acronym.as_deref())
            .any(|a| long.iter().any(|y| y.initials.iter().any(|i| i == a)))
}

/// A key that two speakers must share for [`same_speaker`] to hold, hashed: a rule, the speaker kind and a text.
type Key = u64;

/// The key of a rule, a speaker kind and a text ([`fuzzy::fnv1a`]), the same on every run.
fn key_of(rule: u8, kind: SpeakerKind, text: impl IntoIterator<Item = char>) -> Key {
    fuzzy::fnv1a([u32::from(rule), kind as u32].into_iter().chain(text.into_iter().map(u32::from)))
}

/// The rules behind the keys.
const WHOLE: u8 = 0;
const SURNAME: u8 = 1;
const CAPITALISED: u8 = 2;
const CAPITALISED_SPACED: u8 = 3;
const ROLE: u8 = 4;
const SPELLING: u8 = 5;
const ORG_NAME: u8 = 6;
const ORG_CORE: u8 = 7;
/// Names too long for [`fuzzy::deletion_keys`] (whose keys grow with the square of its length), of one kind and
/// about one length.
const SPELLING_LONG: u8 = 8;
/// An organisation's acronym, or the initials of one of its forms ([`known_by_acronym`]).
const INITIALS: u8 = 9;
/// From this many characters a name's spelling variants are found through one shared key, not
/// [`fuzzy::deletion_keys`]: real names are far shorter, and a run of capitals in a malformed text may be far longer.
const LONG_NAME: usize = 64;

/// Which side of a comparison the keys are for: [`same_speaker`] is not symmetric, so a registry speaker offers
/// some keys that a new speaker looks up under others.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    Registry,
    New,
}

/// Every key under which `f` can match a speaker on the other side: if [`same_speaker`] holds, the two share a key.
fn keys(f: &Forms, side: Side) -> Vec<Key> {
    let mut keys = Vec::new();
    let kind = f.kind;
    match kind {
        SpeakerKind::Anonymous => {}
        SpeakerKind::Person => {
            let name = &f.forms[0].norm;
            keys.push(key_of(WHOLE, kind, name.chars()));
            if let Some(last) = name.split_whitespace().next_back() {
                keys.push(key_of(SURNAME, kind, last.chars()));
            }
            for x in &f.forms {
                if x.capital {
                    let rule = if x.spaced { CAPITALISED_SPACED } else { CAPITALISED };
                    keys.push(key_of(rule, kind, x.norm.chars()));
                }
                // A role phrase of the registry speaker matches any form of the new one.
                if !x.capital || side == Side::New {
                    keys.push(key_of(ROLE, kind, x.norm.chars()));
                }
            }
            if name.len() >= 6 {
                // Spelling variants differ in length by two characters at most ([`close_spelling`]).
                let chars = name.chars().count();
                let (short, long) = match side {
                    Side::Registry => (chars < LONG_NAME, chars >= LONG_NAME),
                    Side::New => (chars < LONG_NAME + 2, chars + 2 >= LONG_NAME),
                };
                if short {
                    let deletions = match side {
                        Side::Registry => 1 + usize::from(name.len() >= 12),
                        Side::New => 2,
                    };
                    fuzzy::deletion_keys(name, key_of(SPELLING, kind, std::iter::empty()), deletions, &mut keys);
                }
                if long {
                    // Long names in bands of four lengths: a registry name keys its own band, a new name the bands
                    // of every length within two of its own.
                    let band = |len: usize| {
                        key_of(SPELLING_LONG, kind, std::iter::empty()) ^ (len as u64 / 4).wrapping_mul(fuzzy::MIX)
                    };
                    match side {
                        Side::Registry => keys.push(band(chars)),
                        Side::New => keys.extend([band(chars.saturating_sub(2)), band(chars), band(chars + 2)]),
                    }
                }
            }
        }
        _ => {
            for x in &f.forms {
                keys.push(key_of(ORG_NAME, kind, x.norm.chars()));
                keys.push(key_of(ORG_CORE, kind, x.core.chars()));
                let initials = x.acronym.iter().chain(x.initials.iter().filter(|i| is_bare_acronym(i)));
                keys.extend(initials.map(|i| key_of(INITIALS, kind, i.chars())));
            }
        }
    }
    keys
}

/// Merges speaker `s` into registry speaker `r`: the longer name of a person wins, as does an organisation's name
/// spelt out over its acronym, and every other form becomes an alias.
fn absorb(r: &mut Speaker, s: Speaker) {
    let mut forms: Vec<String> = std::iter::once(s.name).chain(s.aliases).collect();
    let longer = forms[0].split_whitespace().count() > r.name.split_whitespace().count();
    let spelt_out = is_bare_acronym(r.name.trim()) && !is_bare_acronym(forms[0].trim());
    if r.kind == SpeakerKind::Person && longer || r.kind == SpeakerKind::Organization && spelt_out {
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
}

/// A registry that speakers join one at a time: each joins the first registry speaker it matches
/// ([`same_speaker`]); the candidates come from an index of keys, so the cost grows with the number of speakers
/// rather than its square.
#[derive(Default)]
struct Merger {
    registry: Vec<Speaker>,
    /// The forms of each registry speaker, kept in step with it.
    prepared: Vec<Forms>,
    /// The registry speakers under each key. Keys of forms a speaker has since lost stay: they only add candidates.
    index: FxHashMap<Key, Vec<usize>>,
    candidates: Vec<usize>,
}

impl Merger {
    fn add_keys(&mut self, at: usize) {
        for k in keys(&self.prepared[at], Side::Registry) {
            let list = self.index.entry(k).or_default();
            if list.last() != Some(&at) {
                list.push(at);
            }
        }
    }

    /// Adds a speaker and returns its place in the registry.
    fn add(&mut self, s: Speaker) -> usize {
        let forms_s = Forms::of(&s);
        self.candidates.clear();
        for k in keys(&forms_s, Side::New) {
            self.candidates.extend(self.index.get(&k).into_iter().flatten());
        }
        self.candidates.sort_unstable();
        self.candidates.dedup();
        let prepared = &self.prepared;
        match self.candidates.iter().copied().find(|&i| same_speaker(&prepared[i], &forms_s)) {
            Some(i) => {
                absorb(&mut self.registry[i], s);
                self.prepared[i] = Forms::of(&self.registry[i]);
                self.add_keys(i);
                i
            }
            None => {
                let at = self.registry.len();
                self.registry.push(Speaker { id: SpeakerId(at as u32), ..s });
                self.prepared.push(forms_s);
                self.add_keys(at);
                at
            }
        }
    }
}

/// Merges the per-document speaker lists into one registry ([`Merger`]).
pub(super) fn merge_registry(drafts: Vec<DocumentDraft>) -> (Vec<Speaker>, Vec<DocumentAnalysis>) {
    let mut merger = Merger::default();
    let mut analyses = Vec::with_capacity(drafts.len());
    for draft in drafts {
        let map: Vec<SpeakerId> = draft.speakers.into_iter().map(|s| SpeakerId(merger.add(s) as u32)).collect();
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
    (merger.registry, analyses)
}

/// Merges the actors of each document, given in document order, into one list by the rules of the speaker registry:
/// "Putin" in one article and "Vladimir Putin" in the other are one actor, with the mentions of both.
pub(super) fn merge_actors<'a>(per_doc: impl ExactSizeIterator<Item = &'a [ActorDraft]>) -> Vec<Actor> {
    let docs = per_doc.len();
    let mut merger = Merger::default();
    let mut actors: Vec<Actor> = Vec::new();
    let mut placed: Vec<bool> = Vec::new();
    for (d, drafts) in per_doc.enumerate() {
        for draft in drafts {
            let i = merger.add(draft.speaker.clone());
            if i == actors.len() {
                actors.push(Actor {
                    name: String::new(),
                    kind: draft.speaker.kind,
                    aliases: Vec::new(),
                    role: None,
                    mentions: vec![Vec::new(); docs],
                    quoted: false,
                });
                placed.push(false);
            }
            placed[i] |= draft.placed;
            let a = &mut actors[i];
            a.mentions[d].extend_from_slice(&draft.spans);
            a.quoted |= draft.quoted;
        }
    }
    for (a, s) in actors.iter_mut().zip(merger.registry) {
        a.name = s.name;
        a.aliases = s.aliases;
        a.role = s.role;
        for spans in &mut a.mentions {
            spans.sort_unstable_by_key(|s| (s.start, s.end));
            spans.dedup();
        }
    }
    // A person without a role that some article places something in ("in Moscow") is a place, not an actor; so is a
    // known place that speaks for its government but is also where things happen.
    let mut placed = placed.into_iter();
    let place = |a: &Actor| a.kind == SpeakerKind::Person || is_place_name(&a.name.to_lowercase());
    actors.retain(|a| !(placed.next() == Some(true) && place(a) && a.role.is_none()));
    fold_same_names(actors)
}

/// Joins actors that go by the same name but that the articles gave different kinds ("Kazan Cathedral" as a
/// person in one and an organisation in the other): a reader sees one name, so it is one actor, of the kind that
/// came first.
fn fold_same_names(actors: Vec<Actor>) -> Vec<Actor> {
    let mut folded: Vec<Actor> = Vec::with_capacity(actors.len());
    let mut by_name: FxHashMap<String, usize> = FxHashMap::default();
    for actor in actors {
        let key = norm(&actor.name);
        let Some(&i) = by_name.get(&key) else {
            by_name.insert(key, folded.len());
            folded.push(actor);
            continue;
        };
        let kept = &mut folded[i];
        for (spans, more) in kept.mentions.iter_mut().zip(actor.mentions) {
            spans.extend(more);
            spans.sort_unstable_by_key(|s| (s.start, s.end));
            spans.dedup();
        }
        for alias in actor.aliases {
            if !kept.aliases.iter().any(|a| norm(a) == norm(&alias)) {
                kept.aliases.push(alias);
            }
        }
        kept.role = kept.role.take().or(actor.role);
        kept.quoted |= actor.quoted;
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{DocId, Quote, QuoteId, QuoteKind, Span};
    use proptest::prelude::*;

    #[test]
    fn actors_of_one_name_but_two_kinds_are_one_actor() {
        let actor = |kind, doc: usize, start| Actor {
            name: "Kazan Cathedral".into(),
            kind,
            aliases: Vec::new(),
            role: None,
            mentions: (0..2).map(|d| if d == doc { vec![Span::new(start, start + 15)] } else { Vec::new() }).collect(),
            quoted: false,
        };
        let folded = fold_same_names(vec![actor(SpeakerKind::Organization, 0, 4), actor(SpeakerKind::Person, 1, 9)]);
        assert_eq!(folded.len(), 1);
        assert_eq!(folded[0].kind, SpeakerKind::Organization);
        assert_eq!((folded[0].mentions_in(0), folded[0].mentions_in(1)), (1, 1));
    }

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
        DocumentDraft {
            analysis: DocumentAnalysis { doc: DocId(doc), quotes, ..Default::default() },
            speakers,
            actors: Vec::new(),
        }
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

    /// Speakers drawn from a small stock of names, roles and spellings, so that many of them match.
    fn arb_speaker() -> impl Strategy<Value = Speaker> {
        let form = prop::sample::select(vec![
            "Vladimir Putin",
            "Putin",
            "Vladmir Putin",
            "the Russian president",
            "Dmitry Peskov",
            "Dmitri Peskov",
            "Dmitri Peskow",
            "Peskov",
            "Jeb Bush",
            "George Bush",
            "Bush",
            "the spokesman",
            "White House",
            "the White House",
            "White House's press office",
            "Ministry of Defence",
            "Ministry",
            "officials",
            "one Twitter user",
            "Alexandria Ocasio-Cortez",
            "Alexandra Ocasio-Cortes",
        ]);
        let kind = prop::sample::select(vec![
            SpeakerKind::Person,
            SpeakerKind::Organization,
            SpeakerKind::Group,
            SpeakerKind::Anonymous,
        ]);
        (form.clone(), prop::collection::vec(form, 0..3), kind).prop_map(|(name, aliases, kind)| Speaker {
            id: SpeakerId(0),
            name: name.into(),
            aliases: aliases.into_iter().map(String::from).collect(),
            kind,
            role: None,
        })
    }

    proptest! {
        #[test]
        fn the_index_merges_what_comparing_every_pair_merges(
            drafts in prop::collection::vec(prop::collection::vec(arb_speaker(), 0..8), 1..4)
        ) {
            let mut expected: Vec<Speaker> = Vec::new();
            for s in drafts.iter().flatten() {
                match expected.iter().position(|r| same_speaker(&Forms::of(r), &Forms::of(s))) {
                    Some(i) => absorb(&mut expected[i], s.clone()),
                    None => expected.push(Speaker { id: SpeakerId(expected.len() as u32), ..s.clone() }),
                }
            }
            let (registry, _) = merge_registry(
                drafts.into_iter().map(|speakers| DocumentDraft { speakers, ..Default::default() }).collect(),
            );
            prop_assert_eq!(registry, expected);
        }
    }

    #[test]
    fn names_too_long_for_spelling_keys_still_merge_with_their_variants() {
        let long = "Xavier ".repeat(12);
        let person = |name: &str| Speaker {
            id: SpeakerId(0),
            name: name.into(),
            aliases: Vec::new(),
            kind: SpeakerKind::Person,
            role: None,
        };
        for other in [format!("{long}Q"), long.trim_end().into(), format!("{}Bb", &long[..long.len() - 3])] {
            let drafts = vec![
                DocumentDraft { speakers: vec![person(&long)], ..Default::default() },
                DocumentDraft { speakers: vec![person(&other)], ..Default::default() },
            ];
            assert_eq!(merge_registry(drafts).0.len(), 1, "{other}");
        }
        // A huge name costs one key, not the square of its length.
        let mut keys_of_huge = keys(&Forms::of(&person(&"Z".repeat(100_000))), Side::New);
        keys_of_huge.sort_unstable();
        keys_of_huge.dedup();
        assert!(keys_of_huge.len() < 10);
    }

    #[test]
    fn spelling_variants_merge() {
        assert!(close_spelling(&norm("Dmitry Peskov"), &norm("Dmitri Peskov")));
        assert!(!close_spelling(&norm("Cruz"), &norm("Crux")));
    }
}
