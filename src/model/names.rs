//! The machine name of every enum the exports write: one table per enum, read by `as_str`, `Display` and
//! `FromStr`. The JSON contract, the CSV, the W3C annotations and the reports all spell values this way; the
//! project file keeps serde's own names.

use super::{
    ClaimKind, ClaimStatus, Fidelity, LinkOrigin, LinkReview, QuoteKind, ReadoutKind, Relation, ShiftKind, Slot,
    SourceFormat, SpeakerKind,
};
use std::fmt;
use thiserror::Error;

/// A name that is not one of an enum's names.
#[derive(Clone, Debug, PartialEq, Eq, Error)]
#[error("unknown {what} {name:?}")]
pub struct UnknownName {
    /// What the name was meant to name, in words: "claim kind".
    pub what: &'static str,
    /// The name that was given.
    pub name: String,
}

/// Gives an enum `ALL`, `as_str`, `Display` and `FromStr` from one table of variant names.
macro_rules! names {
    ($ty:ident, $what:literal, { $($variant:ident => $name:literal),+ $(,)? }) => {
        impl $ty {
            /// Every value, in declaration order.
            pub const ALL: &'static [$ty] = &[$($ty::$variant),+];

            /// The value's name in the exports.
            pub fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $name),+
                }
            }
        }

        impl fmt::Display for $ty {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl std::str::FromStr for $ty {
            type Err = UnknownName;

            fn from_str(name: &str) -> Result<Self, UnknownName> {
                match name {
                    $($name => Ok($ty::$variant),)+
                    _ => Err(UnknownName { what: $what, name: name.to_owned() }),
                }
            }
        }
    };
}

names!(ClaimKind, "claim kind", {
    Statement => "statement",
    Quote => "quote",
    Attribution => "attribution",
    Background => "background",
});

names!(QuoteKind, "quote kind", { Direct => "direct", Partial => "partial", Indirect => "indirect" });

names!(SpeakerKind, "speaker kind", {
    Person => "person",
    Organization => "organization",
    Group => "group",
    Anonymous => "anonymous",
});

names!(ReadoutKind, "readout kind", {
    Readout => "readout",
    Statement => "statement",
    Briefing => "briefing",
    Report => "report",
});

names!(Slot, "slot", {
    Amount => "amount",
    Date => "date",
    Ordinal => "ordinal",
    Place => "place",
    Participant => "participant",
    Polarity => "polarity",
});

names!(Relation, "relation", { Same => "same", Parallel => "parallel", Contrast => "contrast", Related => "related" });

names!(LinkOrigin, "link origin", { Auto => "auto", User => "user" });

names!(LinkReview, "review state", { Unreviewed => "unreviewed", Confirmed => "confirmed", Rejected => "rejected" });

names!(ClaimStatus, "claim status", { Matched => "matched", Unique => "unique", Conflict => "conflict" });

names!(Fidelity, "fidelity", { Verbatim => "verbatim", Trimmed => "trimmed", Paraphrased => "paraphrased" });

names!(ShiftKind, "attribution shift kind", {
    StatedAsFact => "stated_as_fact",
    DifferentSpeaker => "different_speaker",
});

names!(SourceFormat, "source format", { Text => "text", Markdown => "markdown", Html => "html" });

impl LinkOrigin {
    /// The kind of link in words, as the reports and annotations describe it.
    pub fn label(self) -> &'static str {
        match self {
            LinkOrigin::Auto => "automatic link",
            LinkOrigin::User => "user link",
        }
    }
}

impl ShiftKind {
    /// The kind of shift in words: its name with spaces.
    pub fn label(self) -> String {
        self.as_str().replace('_', " ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every name reads back as the value it names, and no two values of an enum share one.
    fn round_trips<T>(all: &[T])
    where
        T: Copy + PartialEq + fmt::Debug + fmt::Display + std::str::FromStr<Err = UnknownName>,
    {
        for value in all {
            assert_eq!(value.to_string().parse::<T>(), Ok(*value));
        }
        let mut names: Vec<String> = all.iter().map(ToString::to_string).collect();
        names.sort();
        names.dedup();
        assert_eq!(names.len(), all.len());
    }

    #[test]
    fn every_name_reads_back() {
        round_trips(ClaimKind::ALL);
        round_trips(QuoteKind::ALL);
        round_trips(SpeakerKind::ALL);
        round_trips(ReadoutKind::ALL);
        round_trips(Relation::ALL);
        round_trips(LinkOrigin::ALL);
        round_trips(LinkReview::ALL);
        round_trips(ClaimStatus::ALL);
        round_trips(Fidelity::ALL);
        round_trips(ShiftKind::ALL);
        round_trips(SourceFormat::ALL);
    }

    #[test]
    fn names_are_the_contracts_and_unknown_ones_say_what_they_are_not() {
        assert_eq!(ShiftKind::StatedAsFact.as_str(), "stated_as_fact");
        assert_eq!(ShiftKind::DifferentSpeaker.label(), "different speaker");
        assert_eq!(LinkReview::Rejected.to_string(), "rejected");
        let err = "Direct".parse::<QuoteKind>().unwrap_err();
        assert_eq!(err.to_string(), "unknown quote kind \"Direct\"");
    }
}
