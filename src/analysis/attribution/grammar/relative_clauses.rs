//! Relative clauses around a speech cue: the speaker that "who" or "which" stands for, and the cue after a clause
//! that a comma and "who" set off.

use super::Reader;
use crate::analysis::attribution::cues;
use crate::analysis::attribution::names::{Mention, MentionKind};
use crate::analysis::text::is_form_of_be;

impl Reader<'_> {
    /// "Beck, who has in the past described …", "A spokesman, who declined to be named, said": the relative pronoun
    /// that opens a clause after a comma right before the cue at `e`, standing for what it follows
    /// ([`Self::antecedent`]).
    pub(super) fn relative_subject(&self, e: usize, lo: usize) -> Option<Mention> {
        let k = (lo + 1..e).rev().take(5).find(|&k| cues::is_relative_pronoun(self.lower(k)))?;
        if self.words.between(k - 1, k) != ","
            || (k + 1..e)
                .any(|j| self.after_comma(j) || self.tokens()[j].is_capitalised() || cues::is_pronoun(self.lower(j)))
        {
            return None;
        }
        self.antecedent(k, lo, e)
    }

    /// "A senior official who spoke on condition of anonymity said", "The man who found the body told police": a
    /// "who" clause without commas between the subject that opens the clause and its cue at `e`, at most eight words
    /// long and with no subject of its own inside; the phrase before "who" speaks. A "who" clause after an object
    /// ("told a young woman who suggested …") is left alone: its antecedent is no subject.
    pub(super) fn restrictive_subject(&self, e: usize, lo: usize) -> Option<Mention> {
        let k = (lo + 1..e).rev().take(8).find(|&k| self.lower(k) == "who")?;
        // A clause of its own inside ("who gained attention when he yelled") has its own subject.
        let own_subject = |j: usize| cues::is_pronoun(self.lower(j)) || cues::is_subordinator(self.lower(j));
        if !(k - 1..e).all(|j| self.words.joined(j, j + 1)) || (k + 1..e).any(own_subject) {
            return None;
        }
        let (a, b) = self.words.phrase_before(k, lo)?;
        let opens_clause = a == lo || self.words.between(a - 1, a) == ",";
        let m = self.words.mention(a, b).filter(|_| opens_clause)?;
        matches!(m.kind, MentionKind::Name(_) | MentionKind::Role | MentionKind::Group | MentionKind::Anonymous)
            .then_some(m)
    }

    /// "Cruz, who says Trump is attacking him, said GOP voters …": when the cue at `c` stands in a relative clause
    /// that a comma and "who" or "which" open at most six words before it, and a second cue follows the comma that
    /// ends the clause, that second cue with the clause's antecedent as its speaker.
    pub(in crate::analysis::attribution) fn cue_after_relative_clause(
        &self,
        c: usize,
        lo: usize,
        hi: usize,
        is_cue: impl Fn(usize) -> bool,
    ) -> Option<(usize, Mention)> {
        let k = (lo + 1..c).rev().take(6).find(|&k| cues::is_relative_pronoun(self.lower(k)))?;
        // "Nate Silver, the polling guru who predicted the race, said …": a "who" right after a role that a comma
        // sets off opens the clause as well, and the name before that role speaks.
        let role = (self.lower(k) == "who")
            .then(|| self.words.phrase_before(k, lo))
            .flatten()
            .filter(|&(a, _)| a > lo + 1 && self.after_comma(a))
            .and_then(|(a, b)| Some((a, self.words.mention(a, b)?)))
            .filter(|(_, m)| matches!(m.kind, MentionKind::Role | MentionKind::Anonymous));
        if !(self.after_comma(k) || role.is_some()) || (k + 1..=c).any(|j| self.after_comma(j)) {
            return None;
        }
        let close = (c + 1..hi).find(|&j| self.after_comma(j)).filter(|&j| is_cue(j))?;
        match role {
            Some((a, m)) => {
                let named = self.apposition(a, lo, m.clone());
                (named != m).then_some((close, named))
            }
            None => Some((close, self.antecedent(k, lo, close)?)),
        }
    }

    /// What the relative pronoun at token `k` stands for as the speaker of the cue at `e`: the name, role, group or
    /// unnamed source before its comma. A name's mention is the pronoun; any other is the phrase itself. Only "who"
    /// stands for a person described ("the plan, which officials said …" gives the plan no voice); not a role in
    /// apposition to a name before it ("Scott Reed, the chamber's strategist, who added"), which the name speaks
    /// for, nor the subject of a passive cue ("who was declared the winner").
    fn antecedent(&self, k: usize, lo: usize, e: usize) -> Option<Mention> {
        let (a, b) = self.words.phrase_before(k, lo)?;
        // "The former secretary of state, who …": a role before a preposition makes one phrase with what follows it;
        // a name stays itself ("a reaction from Barack Obama, who …"), and so does a phrase after anything but a role
        // ("a lecture from the Mexican president, who …").
        let m = self.words.mention(a, b)?;
        let (a, m) = match self.head_before(a, lo, m.clone()) {
            (x, head) if x < a && head.kind == MentionKind::Role && !matches!(m.kind, MentionKind::Name(_)) => {
                (x, head)
            }
            _ => (a, m),
        };
        match m.kind {
            MentionKind::Name(_) => Some(Mention { span: self.tokens()[k].span, ..m }),
            MentionKind::Role | MentionKind::Group | MentionKind::Anonymous
                if self.lower(k) == "who"
                    && !(a.saturating_sub(5).max(lo + 1)..=a).any(|j| self.after_comma(j))
                    && !(e - 1..=e).any(|j| is_form_of_be(self.lower(j))) =>
            {
                Some(m)
            }
            _ => None,
        }
    }
}
