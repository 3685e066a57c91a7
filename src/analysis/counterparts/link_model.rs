//! The learned link model: two logistic stages over a candidate pair's features that give the chance a reader
//! links the two claims, and the chance from which the linker keeps a pair.
//!
//! The first stage weighs the pair's own evidence. The second weighs it again with its context: the first-stage
//! chances of the neighbouring pair and of the other candidates of both claims.

use super::pair_features::{CONTEXT, CONTEXT_NAMES, ContextVector, FEATURE_NAMES, FEATURES, PairVector};
use crate::assets::{LINK_WEIGHTS, MEANING_LINK_WEIGHTS, entries};
use std::sync::LazyLock;

/// One logistic stage: the chance is the logistic function of `bias` plus the weighted features.
#[derive(Clone, Debug, Default, PartialEq)]
pub(super) struct Stage {
    pub bias: f32,
    pub weights: Vec<f32>,
}

/// Both stages and the threshold.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct LinkModel {
    /// Weighs [`FEATURE_NAMES`].
    pub first: Stage,
    /// Weighs [`FEATURE_NAMES`] and then [`CONTEXT_NAMES`].
    pub second: Stage,
    /// The second-stage chance from which a pair becomes a link.
    pub threshold: f32,
}

/// The shipped model for claims whose meanings are not known, from `assets/models/link-weights.txt`; it gives the
/// meaning features no weight. A file that does not parse (only a broken build could ship one; a unit test parses
/// it) leaves every weight at zero and the threshold out of reach, so nothing is linked rather than anything
/// crashing.
pub(super) static LINK_MODEL: LazyLock<LinkModel> =
    LazyLock::new(|| LinkModel::parse(LINK_WEIGHTS).unwrap_or_else(|_| LinkModel::empty(1.0)));

/// The shipped model for claims with meanings, from `assets/models/link-weights-meaning.txt`, parsed as
/// [`LINK_MODEL`] is.
pub(super) static MEANING_LINK_MODEL: LazyLock<LinkModel> =
    LazyLock::new(|| LinkModel::parse(MEANING_LINK_WEIGHTS).unwrap_or_else(|_| LinkModel::empty(1.0)));

impl LinkModel {
    fn empty(threshold: f32) -> LinkModel {
        LinkModel {
            first: Stage { bias: 0.0, weights: vec![0.0; FEATURES] },
            second: Stage { bias: 0.0, weights: vec![0.0; FEATURES + CONTEXT] },
            threshold,
        }
    }

    /// Reads `name value` lines: `threshold`, and for each stage (`first.` or `second.`) its `bias` and any of its
    /// features; a feature left out weighs nothing.
    pub(super) fn parse(text: &'static str) -> Result<LinkModel, String> {
        let mut model = LinkModel::empty(0.5);
        for line in entries(text) {
            let (name, value) = line.split_once(char::is_whitespace).ok_or_else(|| format!("no value: {line}"))?;
            let value: f32 = value.trim().parse().map_err(|_| format!("not a number: {line}"))?;
            if name == "threshold" {
                model.threshold = value;
                continue;
            }
            let (stage, feature) = match name.split_once('.') {
                Some(("first", f)) => (&mut model.first, f),
                Some(("second", f)) => (&mut model.second, f),
                _ => return Err(format!("unknown: {name}")),
            };
            if feature == "bias" {
                stage.bias = value;
                continue;
            }
            let at = FEATURE_NAMES
                .iter()
                .chain(CONTEXT_NAMES.iter())
                .position(|&f| f == feature)
                .filter(|&at| at < stage.weights.len())
                .ok_or_else(|| format!("unknown: {name}"))?;
            stage.weights[at] = value;
        }
        Ok(model)
    }

    /// The first stage's chance for a pair with these features.
    pub(super) fn first_chance(&self, x: &PairVector) -> f32 {
        self.first.chance(x.iter())
    }

    /// The second stage's chance for a pair with these features and this context.
    pub(super) fn chance(&self, x: &PairVector, context: &ContextVector) -> f32 {
        self.second.chance(x.iter().chain(context))
    }
}

impl Stage {
    fn chance<'x>(&self, x: impl Iterator<Item = &'x f32>) -> f32 {
        let z = self.bias + self.weights.iter().zip(x).map(|(w, v)| w * v).sum::<f32>();
        1.0 / (1.0 + (-z).exp())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meaning_weights(model: &LinkModel) -> Vec<f32> {
        FEATURE_NAMES
            .iter()
            .zip(&model.first.weights)
            .chain(FEATURE_NAMES.iter().zip(&model.second.weights))
            .filter(|(name, _)| name.starts_with("meaning"))
            .map(|(_, w)| *w)
            .collect()
    }

    #[test]
    fn the_shipped_weights_parse_and_only_the_meaning_model_reads_meanings() {
        for (text, shipped) in [(LINK_WEIGHTS, &*LINK_MODEL), (MEANING_LINK_WEIGHTS, &*MEANING_LINK_MODEL)] {
            let model = LinkModel::parse(text).expect("the weights in assets/models parse");
            assert!((0.0..1.0).contains(&model.threshold));
            assert!(model.first.weights.iter().any(|w| *w != 0.0) && model.second.weights.iter().any(|w| *w != 0.0));
            assert_eq!(*shipped, model);
        }
        assert!(meaning_weights(&LINK_MODEL).iter().all(|w| *w == 0.0));
        assert!(meaning_weights(&MEANING_LINK_MODEL).iter().any(|w| *w > 0.0));
    }

    #[test]
    fn the_chance_grows_with_a_positive_weight_and_unknown_names_are_refused() {
        let model = LinkModel::parse("first.bias -2\nthreshold 0.5\nfirst.cosine 4 # a comment\nsecond.chance 3")
            .expect("parses");
        let mut x = [0.0; FEATURES];
        let low = model.first_chance(&x);
        x[FEATURE_NAMES.iter().position(|&f| f == "cosine").expect("a feature")] = 1.0;
        assert!(low < 0.5 && model.first_chance(&x) > 0.5, "{low} {}", model.first_chance(&x));
        assert!(model.chance(&x, &[1.0, 0.0, 0.0, 0.0]) > model.chance(&x, &[0.0; CONTEXT]));
        assert!(LinkModel::parse("first.colour 3").is_err());
        assert!(LinkModel::parse("first.chance 3").is_err(), "the first stage has no context");
        assert!(LinkModel::parse("third.cosine 3").is_err());
        assert!(LinkModel::parse("first.cosine many").is_err());
    }
}
