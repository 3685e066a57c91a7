//! One document's speakers: matching names to speakers, and resolving pronouns and role phrases to them.

use super::names::{Mention, MentionKind};
use crate::model::{Speaker, SpeakerId, SpeakerKind};

/// A person or body the text names, with its role and where it was last mentioned.
#[derive(Clone, Debug)]
struct Known {
    name: String,
    role: Option<String>,
    kind: SpeakerKind,
    /// Character offsets of its mentions, in order, each marked true when it was a sentence's subject.
    at: Vec<(usize, bool)>,
}

impl Known {
    /// The latest mention before `at`, preferring subjects: (was a subject, offset).
    fn latest_before(&self, at: usize) -> Option<(bool, usize)> {
        let n = self.at.partition_point(|m| m.0 < at);
        let any = self.at[..n].last()?;
        Some(match self.at[..n].iter().rev().find(|m| m.1) {
            Some(s) => (true, s.0),
            None => (false, any.0),
        })
    }
}

/// The speakers of one document, and the people it mentions who may yet turn out to speak.
#[derive(Default)]
pub struct SpeakerTable {
    pub speakers: Vec<Speaker>,
    /// People and bodies the text names, in order of their first mention.
    known: Vec<Known>,
}

fn norm(name: &str) -> String {
    let l = name.trim().to_lowercase().replace('’', "'");
    let l = l.strip_prefix("the ").unwrap_or(&l).to_string();
    l.strip_suffix("'s").unwrap_or(&l).to_string()
}

/// Whether two names of people can be the same person: equal, or the same surname with no clashing first name.
pub fn same_person(a: &str, b: &str) -> bool {
    let (a, b) = (norm(a), norm(b));
    if a == b {
        return true;
    }
    let wa: Vec<&str> = a.split_whitespace().collect();
    let wb: Vec<&str> = b.split_whitespace().collect();
    match (wa.last(), wb.last()) {
        (Some(x), Some(y)) if x == y && x.len() > 1 => wa.len() == 1 || wb.len() == 1 || wa[0] == wb[0],
        _ => false,
    }
}

fn role_words(role: &str) -> Vec<String> {
    norm(role).split_whitespace().map(str::to_string).collect()
}

/// How well a role phrase ("the Russian president") fits a known role ("Russian President"): 0 is no fit.
fn role_fit(phrase: &str, role: &str) -> usize {
    let p = role_words(phrase);
    let r = role_words(role);
    match (p.last(), r.last()) {
        (Some(x), Some(y)) if x == y => 1 + p.iter().filter(|w| r.contains(w)).count(),
        _ => 0,
    }
}

impl SpeakerTable {
    /// Records a named person or body seen at `at`, with the role the text gives them there.
    pub fn note_known(&mut self, name: &str, role: Option<&str>, kind: SpeakerKind, at: usize, subject: bool) {
        let matches = |k: &Known| {
            k.kind == kind
                && if kind == SpeakerKind::Person { same_person(&k.name, name) } else { norm(&k.name) == norm(name) }
        };
        if let Some(k) = self.known.iter_mut().rev().find(|k| matches(k)) {
            let i = k.at.partition_point(|m| m.0 < at);
            if k.at.get(i).is_none_or(|m| m.0 != at) {
                k.at.insert(i, (at, subject));
            }
            if name.split_whitespace().count() > k.name.split_whitespace().count() {
                k.name = name.to_string();
            }
            if k.role.is_none() {
                k.role = role.map(str::to_string);
            }
        } else {
            let at = vec![(at, subject)];
            self.known.push(Known { name: name.to_string(), role: role.map(str::to_string), kind, at });
        }
    }

    fn find(&self, name: &str, kind: SpeakerKind) -> Option<usize> {
        self.speakers.iter().position(|s| {
            s.kind == kind
                && match kind {
                    SpeakerKind::Person => same_person(&s.name, name) || s.aliases.iter().any(|a| same_person(a, name)),
                    _ => norm(&s.name) == norm(name) || s.aliases.iter().any(|a| norm(a) == norm(name)),
                }
        })
    }

    /// The speaker with this name, made if it is new; the name or role seen fills in what the speaker lacks.
    pub fn speaker(&mut self, name: &str, role: Option<&str>, kind: SpeakerKind) -> SpeakerId {
        let name = name.trim();
        // A name known with a fuller form or a role (from anywhere in the text) lends them.
        let known = self
            .known
            .iter()
            .rev()
            .find(|k| {
                k.kind == kind
                    && if kind == SpeakerKind::Person {
                        same_person(&k.name, name)
                    } else {
                        norm(&k.name) == norm(name)
                    }
            })
            .cloned();
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
                self.speakers.len() - 1
            }
        };
        self.add_form(i, name, true);
        if let Some(k) = &known {
            self.add_form(i, &k.name, true);
        }
        let s = &mut self.speakers[i];
        if s.role.is_none() {
            s.role = role.map(str::to_string).or_else(|| known.and_then(|k| k.role));
        }
        s.id
    }

    /// Adds a way of naming speaker `i`: the fullest form becomes the name, the others aliases.
    fn add_form(&mut self, i: usize, form: &str, may_rename: bool) {
        let s = &mut self.speakers[i];
        let form = form.trim();
        if form.is_empty() || norm(form) == norm(&s.name) || s.aliases.iter().any(|a| norm(a) == norm(form)) {
            return;
        }
        if may_rename
            && s.kind == SpeakerKind::Person
            && form.split_whitespace().count() > s.name.split_whitespace().count()
        {
            let old = std::mem::replace(&mut s.name, form.to_string());
            s.aliases.push(old);
        } else {
            s.aliases.push(form.to_string());
        }
    }

    /// Adds an alias, such as a role phrase that resolved to the speaker.
    pub fn alias(&mut self, id: SpeakerId, form: &str) {
        if let Some(i) = self.speakers.iter().position(|s| s.id == id) {
            self.add_form(i, form, false);
        }
    }

    /// The person or body a pronoun at `at` most likely refers to: the latest compatible one mentioned before it.
    pub fn resolve_pronoun(&mut self, pronoun: &str, at: usize) -> Option<SpeakerId> {
        let want: &[SpeakerKind] = match pronoun {
            "he" | "she" | "i" => &[SpeakerKind::Person],
            "it" => &[SpeakerKind::Organization],
            _ => &[SpeakerKind::Group, SpeakerKind::Organization],
        };
        let k = self
            .known
            .iter()
            .filter(|k| want.contains(&k.kind))
            .filter_map(|k| k.latest_before(at).map(|m| (m, k)))
            .max_by_key(|(m, _)| *m)?
            .1
            .clone();
        Some(self.speaker(&k.name, k.role.as_deref(), k.kind))
    }

    /// The person or body a role phrase at `at` stands for, through the roles the text gave them.
    pub fn resolve_role(&mut self, phrase: &str, at: usize) -> Option<SpeakerId> {
        let k = self
            .known
            .iter()
            .filter_map(|k| k.role.as_deref().map(|r| (role_fit(phrase, r), k)))
            .filter_map(|(fit, k)| k.latest_before(at.saturating_add(1)).map(|m| (fit, m.1, k)))
            .filter(|(fit, _, _)| *fit > 0)
            .max_by_key(|(fit, last, _)| (*fit, *last))
            .map(|(fit, _, k)| (fit, k))
            .map(|(_, k)| k.clone())?;
        let id = self.speaker(&k.name, k.role.as_deref(), k.kind);
        self.alias(id, phrase);
        Some(id)
    }

    /// The speaker a mention at `at` refers to, if the text lets us tell.
    pub fn resolve(&mut self, m: &Mention) -> Option<SpeakerId> {
        let at = m.span.start;
        match m.kind {
            MentionKind::Pronoun => self.resolve_pronoun(&m.name, at),
            MentionKind::Name(kind) => {
                self.note_known(&m.name, m.role.as_deref(), kind, at, true);
                let id = self.speaker(&m.name, m.role.as_deref(), kind);
                if let Some(role) = &m.role {
                    self.alias(id, &format!("{role} {}", m.name));
                }
                Some(id)
            }
            MentionKind::Role => {
                self.resolve_role(&m.name, at).or_else(|| Some(self.speaker(&m.name, None, SpeakerKind::Person)))
            }
            MentionKind::Anonymous => Some(self.speaker(&m.name, None, SpeakerKind::Anonymous)),
            MentionKind::Group => Some(self.speaker(&m.name, None, SpeakerKind::Group)),
            MentionKind::Readout => {
                (!m.name.is_empty()).then(|| self.speaker(&m.name, None, SpeakerKind::Organization))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_and_roles_find_the_person() {
        let mut t = SpeakerTable::default();
        t.note_known("Vladimir Putin", Some("Russian President"), SpeakerKind::Person, 0, true);
        t.note_known("Donald Trump", Some("President"), SpeakerKind::Person, 40, true);
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
    fn different_first_names_are_different_people() {
        assert!(!same_person("Jeb Bush", "George Bush"));
        assert!(same_person("Bush", "George Bush"));
    }
}
