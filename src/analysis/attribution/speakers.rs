//! One document's speakers: matching names to speakers, and resolving pronouns and role phrases to them.

use super::cues;
use super::names::{Mention, MentionKind};
use crate::analysis::ActorDraft;
use crate::analysis::text::is_place_name;
use crate::assets::VESSEL_PREFIXES;
use crate::model::{Span, Speaker, SpeakerId, SpeakerKind};
use rustc_hash::{FxHashMap, FxHashSet};

/// A person or body the text names, with its role and where it was mentioned.
#[derive(Clone, Debug)]
struct Known {
    name: String,
    /// `name` normalised ([`norm`]).
    normed: String,
    role: Option<String>,
    /// The words of `role`, normalised.
    role_words: Vec<String>,
    kind: SpeakerKind,
    /// Character offsets of its mentions, in order.
    at: Vec<usize>,
    /// The spans of its mentions, at the places of `at`.
    spans: Vec<Span>,
    /// The ways the text named it, `name` among them.
    forms: Vec<String>,
    /// True when a mention stands where a place does: "in Moscow", "at Kazan Cathedral".
    placed: bool,
}

/// A mention of a known person or body, in the timeline of the text.
#[derive(Clone, Copy, Debug)]
struct Sighting {
    at: usize,
    known: usize,
    /// True when the mention was the subject of its clause or the speaker of a quote.
    subject: bool,
}

/// How far back pronouns and role phrases look, in mentions, so that long texts stay linear.
const LOOKBACK: usize = 400;

/// The speakers of one document, and the people it mentions who may yet turn out to speak.
#[derive(Default)]
pub(super) struct SpeakerTable {
    pub speakers: Vec<Speaker>,
    /// People and bodies the text names, in order of their first mention.
    known: Vec<Known>,
    /// The normalised forms ([`norm`]) of each speaker's name and aliases, at the speaker's index.
    forms: Vec<Vec<String>>,
    /// `known` and `speakers` indexed by [`key`].
    known_by_key: FxHashMap<String, Vec<usize>>,
    speakers_by_key: FxHashMap<String, Vec<usize>>,
    /// Every mention of a known name, in text order.
    timeline: Vec<Sighting>,
}

/// The index key of a name: the surname of a person, the surnames of names spoken together ("locke and salazar"),
/// the whole normalised name of anything else.
fn key(name: &str, kind: SpeakerKind) -> String {
    let n = norm(name);
    match kind {
        SpeakerKind::Person => surname(&n).to_string(),
        SpeakerKind::Group => match joint_names(&n) {
            Some(names) => names.map(surname).join(" and "),
            None => org_core(&n),
        },
        _ => org_core(&n),
    }
}

/// The last word of a normalised name.
fn surname(n: &str) -> &str {
    n.rsplit(' ').next().unwrap_or_default()
}

/// The names of a normalised joint name ("gary locke and ken salazar"), when it joins two.
fn joint_names(n: &str) -> Option<[&str; 2]> {
    let (x, y) = n.split_once(" and ")?;
    (!y.contains(" and ")).then_some([x, y])
}

/// An organisation's name without its country: "Federal Security Service of Russia" and "Russia's Federal Security
/// Service" give "federal security service".
pub(crate) fn org_core(name: &str) -> String {
    core_of_normed(&norm(name)).to_string()
}

/// [`org_core`] of a name already normalised. A ship's name goes without its prefix: "INS Mysore" is "mysore".
fn core_of_normed(n: &str) -> &str {
    let n = n.split_once("'s ").map_or(n, |(_, rest)| rest);
    let n = n.split_once(" of ").map_or(n, |(head, _)| head);
    n.split_once(' ').filter(|(prefix, _)| VESSEL_PREFIXES.contains(*prefix)).map_or(n, |(_, name)| name)
}

/// Whether two normalised names refer to the same person or body, of kind `kind`.
fn same_name_normed(a: &str, b: &str, kind: SpeakerKind) -> bool {
    match (kind, joint_names(a), joint_names(b)) {
        (SpeakerKind::Person, ..) => same_person_normed(a, b),
        // "Gary Locke and Ken Salazar", then "Locke and Salazar"
        (SpeakerKind::Group, Some([a1, a2]), Some([b1, b2])) => {
            same_person_normed(a1, b1) && same_person_normed(a2, b2)
        }
        _ => core_of_normed(a) == core_of_normed(b),
    }
}

fn norm(name: &str) -> String {
    let mut l = name.trim().to_lowercase();
    if l.contains('’') {
        l = l.replace('’', "'");
    }
    if l.starts_with("the ") {
        l.drain(..4);
    }
    if l.ends_with("'s") {
        l.truncate(l.len() - 2);
    }
    l
}

/// Whether two names of people, already normalised ([`norm`]: lower case, without "the" and a possessive ending),
/// can be the same person: equal, or the same surname with no clashing first name.
pub(crate) fn same_person_normed(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let (mut wa, mut wb) = (a.split_whitespace(), b.split_whitespace());
    match (wa.next_back(), wb.next_back()) {
        // What is left before the surnames: a name of one word, or the same first word.
        (Some(x), Some(y)) if x == y && x.len() > 1 => match (wa.next(), wb.next()) {
            (Some(fa), Some(fb)) => fa == fb,
            _ => true,
        },
        _ => false,
    }
}

fn role_words(role: &str) -> Vec<String> {
    norm(role).split_whitespace().map(str::to_string).collect()
}

/// How well a role phrase ("the Russian president") fits a known role ("Russian President"), both as
/// [`role_words`]: 0 is no fit.
fn role_fit(p: &[String], r: &[String]) -> usize {
    match (p.last(), r.last()) {
        (Some(x), Some(y)) if x == y => 1 + p.iter().filter(|w| r.contains(w)).count(),
        _ => 0,
    }
}

impl SpeakerTable {
    fn find_known(&self, name: &str, kind: SpeakerKind) -> Option<usize> {
        let bucket = self.known_by_key.get(&key(name, kind))?;
        let n = norm(name);
        bucket
            .iter()
            .rev()
            .copied()
            .find(|&i| self.known[i].kind == kind && same_name_normed(&self.known[i].normed, &n, kind))
    }

    /// The kind of a name read as `kind`: a place read as a body is the person the text already names by it with a
    /// role, when there is one ("Rep. Steve Israel … Israel said"). Without a role, the person may be words that
    /// open a sentence ("Winning Iowa").
    fn kind_of(&self, name: &str, kind: SpeakerKind) -> SpeakerKind {
        let person = || self.find_known(name, SpeakerKind::Person).is_some_and(|i| self.known[i].role.is_some());
        if kind == SpeakerKind::Organization && is_place_name(&name.to_lowercase()) && person() {
            SpeakerKind::Person
        } else {
            kind
        }
    }

    /// Records a named person or body seen at `span`, with the role the text gives them there, and returns the kind
    /// it is recorded as ([`Self::kind_of`]).
    pub(super) fn note_known(
        &mut self,
        name: &str,
        role: Option<&str>,
        kind: SpeakerKind,
        span: Span,
        subject: bool,
    ) -> SpeakerKind {
        let at = span.start;
        let kind = self.kind_of(name, kind);
        let i = match self.find_known(name, kind) {
            Some(i) => {
                let k = &mut self.known[i];
                if !k.forms.iter().any(|f| f == name) {
                    k.forms.push(name.to_string());
                }
                if name.split_whitespace().count() > k.name.split_whitespace().count() {
                    k.name = name.to_string();
                    k.normed = norm(name);
                }
                if k.role.is_none() {
                    k.role = role.map(str::to_string);
                    k.role_words = role.map(role_words).unwrap_or_default();
                }
                i
            }
            None => {
                self.known.push(Known {
                    name: name.to_string(),
                    normed: norm(name),
                    role: role.map(str::to_string),
                    role_words: role.map(role_words).unwrap_or_default(),
                    kind,
                    at: Vec::new(),
                    spans: Vec::new(),
                    forms: vec![name.to_string()],
                    placed: false,
                });
                self.known_by_key.entry(key(name, kind)).or_default().push(self.known.len() - 1);
                self.known.len() - 1
            }
        };
        let k = &mut self.known[i];
        let p = k.at.partition_point(|&m| m < at);
        if k.at.get(p) == Some(&at) {
            return kind;
        }
        k.at.insert(p, at);
        k.spans.insert(p, span);
        let sighting = Sighting { at, known: i, subject };
        if self.timeline.last().is_none_or(|l| l.at <= at) {
            self.timeline.push(sighting);
        } else {
            let t = self.timeline.partition_point(|l| l.at <= at);
            self.timeline.insert(t, sighting);
        }
        kind
    }

    /// Notes that the known name `name` was just seen where a place stands ("in Moscow").
    pub(super) fn note_place(&mut self, name: &str, kind: SpeakerKind) {
        if let Some(i) = self.find_known(name, kind) {
            self.known[i].placed = true;
        }
    }

    fn find(&self, name: &str, kind: SpeakerKind) -> Option<usize> {
        let bucket = self.speakers_by_key.get(&key(name, kind))?;
        let n = norm(name);
        bucket
            .iter()
            .copied()
            .find(|&i| self.speakers[i].kind == kind && self.forms[i].iter().any(|f| same_name_normed(f, &n, kind)))
    }

    /// The speaker with this name, made if it is new; the name or role seen fills in what the speaker lacks.
    pub(super) fn speaker(&mut self, name: &str, role: Option<&str>, kind: SpeakerKind) -> SpeakerId {
        let name = name.trim();
        // A name known with a fuller form or a role (from anywhere in the text) lends them.
        let known = self.find_known(name, kind).map(|i| (self.known[i].name.clone(), self.known[i].role.clone()));
        let i = match self.find(name, kind) {
            Some(i) => i,
            None => {
                self.speakers.push(Speaker {
                    id: SpeakerId(self.speakers.len() as u32),
                    name: name.to_string(),
                    aliases: Vec::new(),
                    kind,
                    role: None,
                });
                self.forms.push(vec![norm(name)]);
                self.speakers_by_key.entry(key(name, kind)).or_default().push(self.speakers.len() - 1);
                self.speakers.len() - 1
            }
        };
        self.add_form(i, name, true);
        if let Some((known_name, _)) = &known {
            self.add_form(i, known_name, true);
        }
        let s = &mut self.speakers[i];
        if s.role.is_none() {
            s.role = role.map(str::to_string).or_else(|| known.and_then(|(_, role)| role));
        }
        s.id
    }

    /// Adds a way of naming speaker `i`: the fullest form of a person or of names spoken together becomes the name,
    /// the others aliases.
    fn add_form(&mut self, i: usize, form: &str, may_rename: bool) {
        let s = &mut self.speakers[i];
        let form = form.trim();
        let normed = norm(form);
        if form.is_empty() || self.forms[i].contains(&normed) {
            return;
        }
        let renames = s.kind == SpeakerKind::Person || s.kind == SpeakerKind::Group && joint_names(&normed).is_some();
        self.forms[i].push(normed);
        if may_rename && renames && form.split_whitespace().count() > s.name.split_whitespace().count() {
            let old = std::mem::replace(&mut s.name, form.to_string());
            s.aliases.push(old);
        } else {
            s.aliases.push(form.to_string());
        }
        let bucket = self.speakers_by_key.entry(key(form, s.kind)).or_default();
        if !bucket.contains(&i) {
            bucket.push(i);
        }
    }

    /// Adds an alias, such as a role phrase that resolved to the speaker.
    pub(super) fn alias(&mut self, id: SpeakerId, form: &str) {
        let i = id.0 as usize;
        if i < self.speakers.len() {
            self.add_form(i, form, false);
        }
    }

    /// The speaker for known person or body `i`, with its fullest name and its role.
    fn speaker_of_known(&mut self, i: usize) -> SpeakerId {
        let Known { name, role, kind, .. } = &self.known[i];
        let (name, role, kind) = (name.clone(), role.clone(), *kind);
        self.speaker(&name, role.as_deref(), kind)
    }

    /// The person or body a pronoun at `at` most likely refers to: the latest compatible subject mentioned
    /// before it, else the latest compatible mention.
    pub(super) fn resolve_pronoun(&mut self, pronoun: &str, at: usize) -> Option<SpeakerId> {
        let want: &[SpeakerKind] = match pronoun {
            "he" | "she" | "i" => &[SpeakerKind::Person],
            "it" => &[SpeakerKind::Organization],
            _ => &[SpeakerKind::Group, SpeakerKind::Organization],
        };
        let end = self.timeline.partition_point(|t| t.at < at);
        let recent = self.timeline[end.saturating_sub(LOOKBACK)..end].iter().rev();
        let fits: Vec<&Sighting> = recent.filter(|t| want.contains(&self.known[t.known].kind)).collect();
        let pick = fits.iter().find(|t| t.subject).or(fits.first())?.known;
        Some(self.speaker_of_known(pick))
    }

    /// The person or body a role phrase at `at` stands for, through the roles the text gave them.
    pub(super) fn resolve_role(&mut self, phrase: &str, at: usize) -> Option<SpeakerId> {
        let end = self.timeline.partition_point(|t| t.at <= at);
        let mut best: Option<(usize, usize)> = None;
        let mut seen = FxHashSet::default();
        let p = role_words(phrase);
        for t in self.timeline[end.saturating_sub(LOOKBACK)..end].iter().rev() {
            if !seen.insert(t.known) {
                continue;
            }
            let k = &self.known[t.known];
            let fit = if k.role.is_some() { role_fit(&p, &k.role_words) } else { 0 };
            if fit > 0 && best.is_none_or(|(f, _)| fit > f) {
                best = Some((fit, t.known));
            }
        }
        let id = self.speaker_of_known(best?.1);
        self.alias(id, phrase);
        Some(id)
    }

    /// The named people and organisations of the text, each with its mentions, and whether one of `quoted` (speaker
    /// ids) is them; a quoted speaker lends them its aliases.
    pub(super) fn actors(&self, quoted: &[SpeakerId]) -> Vec<ActorDraft> {
        let quoted: FxHashSet<usize> = quoted.iter().map(|s| s.0 as usize).collect();
        self.known
            .iter()
            .filter(|k| matches!(k.kind, SpeakerKind::Person | SpeakerKind::Organization))
            // A word that is not capitalised or an abbreviation of two letters ("St") names no one.
            .filter(|k| k.name.chars().next().is_some_and(char::is_uppercase))
            .filter(|k| k.name.chars().count() > 2 || k.name.chars().all(char::is_uppercase))
            .filter(|k| !is_bare_role(&k.name))
            .map(|k| {
                let mut aliases: Vec<String> = k.forms.iter().filter(|f| **f != k.name).cloned().collect();
                let speaker = self.find(&k.name, k.kind);
                if let Some(s) = speaker.map(|i| &self.speakers[i]) {
                    for a in std::iter::once(&s.name).chain(&s.aliases) {
                        if norm(a) != k.normed && !aliases.iter().any(|x| norm(x) == norm(a)) {
                            aliases.push(a.clone());
                        }
                    }
                }
                ActorDraft {
                    speaker: Speaker {
                        id: SpeakerId(0),
                        name: k.name.clone(),
                        aliases,
                        kind: k.kind,
                        role: k.role.clone(),
                    },
                    spans: k.spans.clone(),
                    quoted: speaker.is_some_and(|i| quoted.contains(&i)),
                    placed: k.placed,
                }
            })
            .collect()
    }

    /// The speaker a mention at `at` refers to, if the text lets us tell.
    pub(super) fn resolve(&mut self, m: &Mention) -> Option<SpeakerId> {
        let at = m.span.start;
        match m.kind {
            MentionKind::Pronoun => self.resolve_pronoun(&m.name, at),
            MentionKind::Name(kind) => {
                let kind = self.note_known(&m.name, m.role.as_deref(), kind, m.span, true);
                let id = self.speaker(&m.name, m.role.as_deref(), kind);
                if let Some(role) = &m.role {
                    self.alias(id, &format!("{role} {}", m.name));
                }
                Some(id)
            }
            // A role that fits no one named before is a speaker of its own: many of them when its noun is plural
            // ("defense attorneys", "the deputies").
            MentionKind::Role => self.resolve_role(&m.name, at).or_else(|| {
                let head = m.name.rsplit(' ').next().unwrap_or_default().to_lowercase();
                let kind = if cues::is_plural_of_speakers(&head) { SpeakerKind::Group } else { SpeakerKind::Person };
                Some(self.speaker(&m.name, None, kind))
            }),
            MentionKind::Anonymous => Some(self.speaker(&m.name, None, SpeakerKind::Anonymous)),
            // Noted as known too, so that "they" can find the group later; its role comes with it.
            MentionKind::Group => {
                self.note_known(&m.name, m.role.as_deref(), SpeakerKind::Group, m.span, true);
                Some(self.speaker(&m.name, None, SpeakerKind::Group))
            }
            MentionKind::Readout => {
                (!m.name.is_empty()).then(|| self.speaker(&m.name, None, SpeakerKind::Organization))
            }
        }
    }
}

/// True for a one-word name that is a title, a role or a group of people, or the plural of one ("Presidents",
/// "Officials" at the start of a sentence): it describes people but names no one.
fn is_bare_role(name: &str) -> bool {
    let word = name.to_lowercase();
    let singular = word.strip_suffix('s').unwrap_or(&word);
    !word.contains(' ')
        && [word.as_str(), singular].into_iter().any(|w| {
            crate::assets::TITLES.contains(w)
                || crate::assets::ROLE_NOUNS.contains(w)
                || crate::assets::GROUP_NOUNS.contains(w)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_title_or_role_names_no_actor() {
        for bare in ["Presidents", "President", "Officials", "Leaders"] {
            assert!(is_bare_role(bare), "{bare}");
        }
        for name in ["Putin", "White House", "Chris", "President Putin"] {
            assert!(!is_bare_role(name), "{name}");
        }
    }

    #[test]
    fn surnames_and_roles_find_the_person() {
        let mut t = SpeakerTable::default();
        t.note_known("Vladimir Putin", Some("Russian President"), SpeakerKind::Person, Span::new(0, 14), true);
        t.note_known("Donald Trump", Some("President"), SpeakerKind::Person, Span::new(40, 52), true);
        let a = t.speaker("Putin", None, SpeakerKind::Person);
        let b = t.resolve_role("the Russian president", 100).expect("resolved");
        assert_eq!(a, b);
        let s = &t.speakers[a.0 as usize];
        assert_eq!(s.name, "Vladimir Putin");
        assert!(s.aliases.iter().any(|x| x == "the Russian president"));
        assert_eq!(s.role.as_deref(), Some("Russian President"));
        assert_eq!(t.resolve_pronoun("he", 50), Some(t.speaker("Donald Trump", None, SpeakerKind::Person)));
    }

    #[test]
    fn a_ship_is_one_body_with_its_prefix_or_without() {
        let mut t = SpeakerTable::default();
        t.note_known("INS Mysore", None, SpeakerKind::Organization, Span::new(0, 10), true);
        t.note_known("Mysore", None, SpeakerKind::Organization, Span::new(40, 46), true);
        t.note_known("MV Gibe", None, SpeakerKind::Organization, Span::new(60, 67), false);
        let names: Vec<(&str, usize)> = t.known.iter().map(|k| (k.name.as_str(), k.at.len())).collect();
        assert_eq!(names, [("INS Mysore", 2), ("MV Gibe", 1)]);
        assert_eq!(org_core("the USS Cole"), "cole");
        assert_eq!(org_core("Insurance Council"), "insurance council");
    }

    #[test]
    fn different_first_names_are_different_people() {
        let same_person = |a: &str, b: &str| same_person_normed(&norm(a), &norm(b));
        assert!(!same_person("Jeb Bush", "George Bush"));
        assert!(same_person("Bush", "George Bush"));
    }
}
