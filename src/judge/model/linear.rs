//! The model: multinomial logistic regression over standardised pair features, its embedded
//! weights, its predictions and the reasons it gives.

use super::cues::WordCues;
use super::features::{FEATURE_NAMES, FEATURES, RuleSignals, aligned_pair_features};
use crate::analysis::Features;
use crate::judge::alignment::Alignment;
use serde::{Deserialize, Serialize};

/// Multinomial logistic regression over standardised pair features: a learned judge for bare
/// statements (headline pairs), trained on ANS train (`examples/train_judge.rs`).
///
/// ```
/// use crosscheck::{Checker, LinearModel};
///
/// let model = LinearModel::embedded();
/// let checker = Checker::builder().model(model.clone()).build()?;
/// assert!(checker.provenance().judge.ends_with(&model.fingerprint()));
/// # Ok::<(), crosscheck::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LinearModel {
    /// Feature names, to check a weights file against this version of the library.
    pub features: Vec<String>,
    /// Mean of each feature on the training set.
    pub mean: Vec<f64>,
    /// Standard deviation of each feature on the training set.
    pub scale: Vec<f64>,
    /// One row per class (contradict, agree, unrelated): a bias, then a weight per feature.
    pub weights: Vec<Vec<f64>>,
    /// Where the weights came from.
    pub trained_on: String,
    /// The learned word table the cue features read.
    #[serde(default)]
    pub(crate) cues: WordCues,
    /// The learned table of swapped word pairs the swap features read.
    #[serde(default)]
    pub(crate) swaps: WordCues,
}

/// The embedded model trained on ANS train.
pub const DEFAULT_MODEL: &str = include_str!("judge-model.json");

impl LinearModel {
    /// The embedded model.
    pub fn embedded() -> Self {
        serde_json::from_str(DEFAULT_MODEL).expect("the embedded judge model is valid")
    }

    /// Reads a model file (as `examples/train_judge.rs` writes it), checking its features.
    pub fn load(path: &std::path::Path) -> Result<Self, crate::error::Error> {
        super::file::read_model(path, Self::from_json)
    }

    /// Loads a model from JSON, checking its features match this library's.
    pub fn from_json(json: &str) -> Result<Self, String> {
        let m: LinearModel = serde_json::from_str(json).map_err(|e| e.to_string())?;
        super::file::check_model_features(&m.features, &FEATURE_NAMES, "features")?;
        Ok(m)
    }

    /// A fingerprint of its weights and tables: 16 hex digits of an FNV-1a hash of its JSON,
    /// what a report's provenance names it by.
    pub fn fingerprint(&self) -> String {
        let json = serde_json::to_string(self).unwrap_or_default();
        crate::text::fingerprint::fingerprint(json.as_bytes())
    }

    pub(super) fn standardise(&self, x: &[f64; FEATURES]) -> [f64; FEATURES] {
        let mut z = [0.0; FEATURES];
        for i in 0..FEATURES {
            z[i] = (x[i] - self.mean[i]) / self.scale[i];
        }
        z
    }

    /// Class probabilities for a feature vector, in [`CLASSES`](super::CLASSES) order.
    pub(crate) fn probabilities(&self, x: &[f64; FEATURES]) -> [f64; 3] {
        softmax(logits(&self.weights, &self.standardise(x)))
    }

    /// How many words its learned table weighs.
    #[cfg(feature = "lab")]
    pub fn cue_words(&self) -> usize {
        self.cues.log_odds.len()
    }

    /// Class probabilities for a pair, in [`CLASSES`](super::CLASSES) order.
    #[cfg(any(test, feature = "lab"))]
    pub fn predict(&self, a: &Features, b: &Features, rules: RuleSignals) -> [f64; 3] {
        let x = super::features::pair_features(a, b, rules, &self.cues, &self.swaps);
        self.probabilities(&x)
    }

    /// [`LinearModel::predict`] given the two statements' stems already aligned.
    pub(crate) fn predict_aligned(
        &self,
        a: &Features,
        b: &Features,
        alignment: &Alignment,
        rules: RuleSignals,
    ) -> [f64; 3] {
        let x = aligned_pair_features(a, b, alignment, rules, &self.cues, &self.swaps);
        self.probabilities(&x)
    }

    /// The features that moved a pair most towards class `classes[0]` against class
    /// `classes[1]` (indices into [`CLASSES`](super::CLASSES)), given the two statements' stems
    /// already aligned, with how much each added to the difference of the two classes' scores;
    /// at most `top`, largest first, only those that pushed towards it.
    pub(crate) fn reasons_aligned(
        &self,
        a: &Features,
        b: &Features,
        alignment: &Alignment,
        rules: RuleSignals,
        [towards, against]: [usize; 2],
        top: usize,
    ) -> Vec<(&'static str, f64)> {
        let x = aligned_pair_features(a, b, alignment, rules, &self.cues, &self.swaps);
        let z = self.standardise(&x);
        let mut out: Vec<(&'static str, f64)> = FEATURE_NAMES
            .iter()
            .zip(&z)
            .enumerate()
            .map(|(i, (&name, zi))| {
                let w = self.weights[towards][i + 1] - self.weights[against][i + 1];
                (name, w * zi)
            })
            .filter(|&(_, c)| c > 0.0)
            .collect();
        out.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(y.0)));
        out.truncate(top);
        out
    }
}

/// Per-class scores: the bias plus the weighted standardised features.
pub(super) fn logits(weights: &[Vec<f64>], z: &[f64; FEATURES]) -> [f64; 3] {
    let mut out = [0.0; 3];
    for (o, row) in out.iter_mut().zip(weights) {
        *o = row[0] + row[1..].iter().zip(z).map(|(w, v)| w * v).sum::<f64>();
    }
    out
}

pub(super) fn softmax(logits: [f64; 3]) -> [f64; 3] {
    let max = logits.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let e = logits.map(|l| (l - max).exp());
    let sum: f64 = e.iter().sum();
    e.map(|v| v / sum)
}
