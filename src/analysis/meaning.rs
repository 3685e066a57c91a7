//! What each claim means, as a sentence embedding from the bundled encoder (the `pocket-encoder` crate:
//! paraphrase-MiniLM-L3-v2 with its 4-bit weights inside the crate), for the linker to weigh beside the words.
//!
//! The encoder is slower than everything else the analysis does (about 8 ms of CPU a claim), so the window shows the
//! links found from the words at once and refines them with the meanings on its worker thread; the command line
//! runs both before it prints. Nothing is downloaded: the weights are compiled in.

use crate::model::{CharIndex, Comparison, DocId};
use rayon::prelude::*;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The most claims the two documents may hold together for the encoder to run: about 6 s of encoding on two
/// cores (two articles of some 60 KB). Longer articles are linked from their words alone, and the analysis says so
/// in its warnings.
pub const MAX_EMBEDDED_CLAIMS: usize = 1500;

/// The most bytes of a claim given to the encoder, which reads its first 128 tokens (some 500 characters) anyway.
const MAX_CLAIM_BYTES: usize = 2048;

/// Each claim's embedding (a unit vector) in the first two documents, by document and position; `None` for a
/// claim with no words.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ClaimMeanings {
    docs: [Vec<Option<Vec<f32>>>; 2],
}

/// Why the claims could not be embedded.
#[derive(Debug, thiserror::Error, PartialEq)]
pub enum MeaningError {
    /// The documents hold more claims than [`MAX_EMBEDDED_CLAIMS`].
    #[error(
        "the articles hold {claims} claims, more than the {max} the sentence encoder reads in good time, so their \
         links come from shared words, names and numbers alone"
    )]
    TooManyClaims {
        /// How many claims the first two documents hold.
        claims: usize,
        /// [`MAX_EMBEDDED_CLAIMS`].
        max: usize,
    },
    /// The encoder failed to load or to run.
    #[error("the sentence encoder failed ({0}), so the links come from shared words, names and numbers alone")]
    Encoder(String),
}

impl ClaimMeanings {
    /// How close in meaning claim `a` of the first document and claim `b` of the second are: the cosine of their
    /// embeddings, or `None` when either has none.
    pub fn similarity(&self, a: usize, b: usize) -> Option<f32> {
        let (x, y) = (self.docs[0].get(a)?.as_ref()?, self.docs[1].get(b)?.as_ref()?);
        Some(x.iter().zip(y).map(|(p, q)| p * q).sum())
    }

    /// How many claims each document has meanings for.
    pub fn claims(&self) -> [usize; 2] {
        [self.docs[0].len(), self.docs[1].len()]
    }
}

/// Embeds the claims of the first two documents of an analysed comparison, in parallel. `progress` hears how many
/// claims are done of how many, after each one.
pub fn embed_claims(
    comparison: &Comparison,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<ClaimMeanings, MeaningError> {
    let total = (0..2u32).filter_map(|d| comparison.analysis(DocId(d))).map(|an| an.claims.len()).sum::<usize>();
    if total > MAX_EMBEDDED_CLAIMS {
        return Err(MeaningError::TooManyClaims { claims: total, max: MAX_EMBEDDED_CLAIMS });
    }
    let texts: Vec<Vec<&str>> = (0..2u32)
        .map(|d| {
            let (Some(doc), Some(an)) = (comparison.document(DocId(d)), comparison.analysis(DocId(d))) else {
                return Vec::new();
            };
            let index = CharIndex::new(&doc.text);
            an.claims.iter().map(|c| encoder_input(doc.text.get(index.byte_range(c.span)).unwrap_or(""))).collect()
        })
        .collect();
    let encoder = pocket_encoder::Encoder::new().map_err(|e| MeaningError::Encoder(e.to_string()))?;
    let done = AtomicUsize::new(0);
    let embed = |text: &&str| -> Result<Option<Vec<f32>>, MeaningError> {
        let vector = if text.chars().any(char::is_alphanumeric) {
            let mut vectors = encoder.embed(&[*text]).map_err(|e| MeaningError::Encoder(e.to_string()))?;
            vectors.pop()
        } else {
            None
        };
        progress(done.fetch_add(1, Ordering::Relaxed) + 1, total);
        Ok(vector)
    };
    let mut docs = texts.iter().map(|t| t.par_iter().map(embed).collect::<Result<Vec<_>, _>>());
    let (Some(a), Some(b)) = (docs.next(), docs.next()) else {
        return Ok(ClaimMeanings::default());
    };
    Ok(ClaimMeanings { docs: [a?, b?] })
}

/// A claim's text as the encoder takes it: at most `MAX_CLAIM_BYTES`, cut at a character boundary.
fn encoder_input(text: &str) -> &str {
    if text.len() <= MAX_CLAIM_BYTES {
        return text.trim();
    }
    let mut end = MAX_CLAIM_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text[..end].trim()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::compare;
    use crate::ingest;
    use crate::model::SourceFormat;

    fn pair(a: &str, b: &str) -> Comparison {
        let load = |t: &str, i| ingest::load_bytes("test", t.as_bytes(), SourceFormat::Text, DocId(i)).expect("text");
        compare(vec![load(a, 0), load(b, 1)])
    }

    #[test]
    fn a_paraphrase_is_closer_in_meaning_than_a_claim_on_another_subject() {
        let c = pair(
            "The senator resigned on Tuesday.",
            "Heavy rain flooded the valley overnight.\n\nThe lawmaker stepped down from her post this week.",
        );
        let calls = AtomicUsize::new(0);
        let meanings = embed_claims(&c, &|done, total| {
            calls.fetch_add(1, Ordering::Relaxed);
            assert!(done <= total);
        })
        .expect("the encoder runs");
        assert_eq!(meanings.claims(), [1, 2]);
        assert_eq!(calls.load(Ordering::Relaxed), 3);
        let (rain, resigned) = (meanings.similarity(0, 0).expect("a"), meanings.similarity(0, 1).expect("b"));
        assert!(resigned > rain + 0.2, "{resigned} {rain}");
        assert!(meanings.similarity(0, 2).is_none());
    }

    #[test]
    fn too_many_claims_are_refused_before_the_encoder_loads() {
        let many = "A man walked home. ".repeat(MAX_EMBEDDED_CLAIMS);
        let c = pair(&many, "A man walked home.");
        let claims = c.analyses.iter().map(|a| a.claims.len()).sum::<usize>();
        assert!(claims > MAX_EMBEDDED_CLAIMS, "{claims}");
        assert_eq!(embed_claims(&c, &|_, _| {}), Err(MeaningError::TooManyClaims { claims, max: MAX_EMBEDDED_CLAIMS }));
    }

    #[test]
    fn a_long_claim_is_cut_at_a_character_boundary() {
        let long = "é".repeat(MAX_CLAIM_BYTES);
        let cut = encoder_input(&long);
        assert!(cut.len() <= MAX_CLAIM_BYTES && cut.len() >= MAX_CLAIM_BYTES - 1);
        assert_eq!(encoder_input("  short  "), "short");
    }
}
