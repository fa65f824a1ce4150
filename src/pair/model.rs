//! A small linear model over the judge's pair features, for bare statements such as headline
//! pairs, where the rules alone meet too few lexicon concepts.
//!
//! Multinomial logistic regression over a dozen generic features (overlap, containment, what each
//! side holds alone, negation asymmetry, numbers and places that differ, the rule judge's own
//! verdicts), trained in Rust (`examples/train_judge.rs`) on the ANS *train* split only. Its
//! weights are a JSON data file embedded in the library (`src/pair/data/judge-model.json`); a user
//! may train and load their own. No neural network, nothing downloaded.

use crate::analysis::Features;
use crate::pair::judge::{ConflictKind, Judgement, Stance, stem_similarity};
use serde::{Deserialize, Serialize};

/// Names of the pair features, in order.
pub const FEATURE_NAMES: [&str; 20] = [
    "similarity",
    "containment",
    "unshared_share",
    "one_word_swapped",
    "negation_asymmetry",
    "rule_negation",
    "rule_antonym",
    "rule_numeric",
    "numbers_differ",
    "numbers_match",
    "places_differ",
    "length_ratio",
    "bigram_overlap",
    "rule_agree",
    "opposite_poles",
    "negation_count_gap",
    "similarity_x_negation_asymmetry",
    "similarity_x_opposite_poles",
    "containment_x_numbers_differ",
    "containment_x_places_differ",
];

/// Number of features.
pub const FEATURES: usize = FEATURE_NAMES.len();

/// The order of the model's classes.
pub const CLASSES: [Stance; 3] = [Stance::Contradict, Stance::Agree, Stance::Unrelated];

/// What the rule judge said about a pair, as inputs to the model.
#[derive(Debug, Clone, Copy, Default)]
pub struct RuleSignals {
    /// A negation or denial conflict was found.
    pub negation: bool,
    /// An antonym conflict was found.
    pub antonym: bool,
    /// A numeric conflict was found.
    pub numeric: bool,
    /// The rules found agreement.
    pub agree: bool,
}

impl RuleSignals {
    /// The signals of the rule judge's verdict.
    pub fn from_rules(rules: &Judgement) -> Self {
        RuleSignals {
            negation: matches!(
                rules.kind,
                Some(ConflictKind::Negation | ConflictKind::Denial)
            ),
            antonym: rules.kind == Some(ConflictKind::Antonym),
            numeric: rules.kind == Some(ConflictKind::Numeric),
            agree: rules.stance == Stance::Agree,
        }
    }
}

fn bigrams(order: &[String]) -> Vec<String> {
    let mut out: Vec<String> = order
        .windows(2)
        .map(|w| format!("{} {}", w[0], w[1]))
        .collect();
    out.sort_unstable();
    out.dedup();
    out
}

/// True when the two statements hold opposite poles of one antonym pair, whatever else they share.
fn opposite_poles(a: &Features, b: &Features) -> bool {
    a.poles.iter().any(|p| {
        b.poles
            .iter()
            .any(|q| q.antonym == p.antonym && q.side != p.side)
    })
}

/// The features of a pair of analysed statements.
pub fn pair_features(a: &Features, b: &Features, rules: RuleSignals) -> [f64; FEATURES] {
    let shared = a
        .stems
        .iter()
        .filter(|s| b.stems.binary_search(s).is_ok())
        .count();
    let only_a = a.stems.len() - shared;
    let only_b = b.stems.len() - shared;
    let total = (a.stems.len() + b.stems.len()).max(1) as f64;
    let min_len = a.stems.len().min(b.stems.len()).max(1) as f64;
    let max_len = a.stems.len().max(b.stems.len()).max(1) as f64;
    let neg_a = !a.negators.is_empty();
    let neg_b = !b.negators.is_empty();
    let values = |f: &Features| f.quantities.iter().map(|q| q.value).collect::<Vec<_>>();
    let (va, vb) = (values(a), values(b));
    let numbers_match = va.iter().any(|x| vb.contains(x));
    let numbers_differ = !va.is_empty() && !vb.is_empty() && !numbers_match;
    let places_differ = !a.places.is_empty()
        && !b.places.is_empty()
        && !a.places.iter().any(|p| b.places.contains(p));
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let similarity = stem_similarity(&a.stems, &b.stems);
    let containment = shared as f64 / min_len;
    let poles = opposite_poles(a, b);
    // Products let a linear model weigh a cue by how much else the statements share: a negation
    // between near-identical headlines is a contradiction, between unrelated ones it is noise.
    [
        similarity,
        containment,
        (only_a + only_b) as f64 / total,
        flag(only_a <= 1 && only_b <= 1 && (only_a + only_b) > 0),
        flag(neg_a != neg_b),
        flag(rules.negation),
        flag(rules.antonym),
        flag(rules.numeric),
        flag(numbers_differ),
        flag(numbers_match),
        flag(places_differ),
        min_len / max_len,
        stem_similarity(&bigrams(&a.ordered), &bigrams(&b.ordered)),
        flag(rules.agree),
        flag(poles),
        (a.negators.len() as f64 - b.negators.len() as f64)
            .abs()
            .min(3.0),
        similarity * flag(neg_a != neg_b),
        similarity * flag(poles),
        containment * flag(numbers_differ),
        containment * flag(places_differ),
    ]
}

/// Multinomial logistic regression over standardised features.
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
}

/// The embedded model trained on ANS train.
pub const DEFAULT_MODEL: &str = include_str!("data/judge-model.json");

impl LinearModel {
    /// The embedded model.
    pub fn embedded() -> Self {
        serde_json::from_str(DEFAULT_MODEL).expect("the embedded judge model is valid")
    }

    /// Loads a model from JSON, checking its features match this library's.
    pub fn from_json(json: &str) -> Result<Self, String> {
        let m: LinearModel = serde_json::from_str(json).map_err(|e| e.to_string())?;
        if m.features != FEATURE_NAMES {
            return Err(format!(
                "model features {:?} do not match {:?}",
                m.features, FEATURE_NAMES
            ));
        }
        Ok(m)
    }

    fn standardise(&self, x: &[f64; FEATURES]) -> [f64; FEATURES] {
        let mut z = [0.0; FEATURES];
        for i in 0..FEATURES {
            z[i] = (x[i] - self.mean[i]) / self.scale[i];
        }
        z
    }

    /// Class probabilities for a feature vector, in [`CLASSES`] order.
    pub fn probabilities(&self, x: &[f64; FEATURES]) -> [f64; 3] {
        softmax(logits(&self.weights, &self.standardise(x)))
    }

    /// Trains on `(features, class index)` samples by full-batch gradient descent, with class
    /// weights that balance rare classes and an L2 penalty.
    pub fn train(
        samples: &[([f64; FEATURES], usize)],
        epochs: usize,
        rate: f64,
        l2: f64,
        trained_on: &str,
    ) -> Self {
        let n = samples.len().max(1) as f64;
        let mut mean = vec![0.0; FEATURES];
        let mut scale = vec![0.0; FEATURES];
        for (x, _) in samples {
            for i in 0..FEATURES {
                mean[i] += x[i] / n;
            }
        }
        for (x, _) in samples {
            for i in 0..FEATURES {
                scale[i] += (x[i] - mean[i]).powi(2) / n;
            }
        }
        for s in &mut scale {
            *s = s.sqrt().max(1e-6);
        }
        let mut model = LinearModel {
            features: FEATURE_NAMES.iter().map(|s| s.to_string()).collect(),
            mean,
            scale,
            weights: vec![vec![0.0; FEATURES + 1]; 3],
            trained_on: trained_on.to_string(),
        };
        let mut counts = [0usize; 3];
        samples.iter().for_each(|(_, y)| counts[*y] += 1);
        let class_weight: Vec<f64> = counts
            .iter()
            .map(|&c| if c == 0 { 0.0 } else { n / (3.0 * c as f64) }.sqrt())
            .collect();
        let standardised: Vec<([f64; FEATURES], usize)> = samples
            .iter()
            .map(|(x, y)| (model.standardise(x), *y))
            .collect();
        for _ in 0..epochs {
            let mut grad = vec![vec![0.0; FEATURES + 1]; 3];
            for (z, y) in &standardised {
                let p = softmax(logits(&model.weights, z));
                let w = class_weight[*y];
                for (k, (g, pk)) in grad.iter_mut().zip(p).enumerate() {
                    let err = w * (pk - if k == *y { 1.0 } else { 0.0 });
                    g[0] += err;
                    g[1..]
                        .iter_mut()
                        .zip(z)
                        .for_each(|(gi, zi)| *gi += err * zi);
                }
            }
            for (row, g) in model.weights.iter_mut().zip(&grad) {
                for (i, (w, gi)) in row.iter_mut().zip(g).enumerate() {
                    let penalty = if i == 0 { 0.0 } else { l2 * *w };
                    *w -= rate * (gi / n + penalty);
                }
            }
        }
        model
    }
}

/// Per-class scores: the bias plus the weighted standardised features.
fn logits(weights: &[Vec<f64>], z: &[f64; FEATURES]) -> [f64; 3] {
    let mut out = [0.0; 3];
    for (o, row) in out.iter_mut().zip(weights) {
        *o = row[0] + row[1..].iter().zip(z).map(|(w, v)| w * v).sum::<f64>();
    }
    out
}

fn softmax(logits: [f64; 3]) -> [f64; 3] {
    let max = logits.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    let e = logits.map(|l| (l - max).exp());
    let sum: f64 = e.iter().sum();
    e.map(|v| v / sum)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;
    use crate::pair::Statement;

    fn features(a: &str, b: &str) -> [f64; FEATURES] {
        let l = Lexicon::default();
        let (a, b) = (Statement::new(a, &l), Statement::new(b, &l));
        pair_features(&a.features, &b.features, RuleSignals::default())
    }

    fn get(f: &[f64; FEATURES], name: &str) -> f64 {
        f[FEATURE_NAMES.iter().position(|n| *n == name).unwrap()]
    }

    #[test]
    fn a_swapped_word_is_seen() {
        let f = features("أسعار الذهب ترتفع في الأسواق", "أسعار الفضة ترتفع في الأسواق");
        assert_eq!(get(&f, "one_word_swapped"), 1.0);
        let f = features("أسعار الذهب ترتفع في الأسواق", "منتخب الكرة يفوز بالبطولة");
        assert_eq!(get(&f, "one_word_swapped"), 0.0);
    }

    #[test]
    fn different_numbers_and_places_are_seen() {
        let f = features("مقتل 5 جنود في هجوم", "مقتل 7 جنود في هجوم");
        assert_eq!(
            (get(&f, "numbers_differ"), get(&f, "numbers_match")),
            (1.0, 0.0)
        );
        let f = features("انفجار قوي في مصر", "انفجار قوي في ليبيا");
        assert_eq!(get(&f, "places_differ"), 1.0);
        let f = features("انفجار قوي في مصر", "انفجار قوي في القاهرة");
        assert_eq!(get(&f, "places_differ"), 0.0);
    }

    #[test]
    fn negation_on_one_side_only_is_seen() {
        let f = features("الوزير يحضر القمة", "الوزير لن يحضر القمة");
        assert_eq!(get(&f, "negation_asymmetry"), 1.0);
        assert!(get(&f, "similarity_x_negation_asymmetry") > 0.5);
    }

    #[test]
    fn opposite_poles_are_seen_with_their_inflections() {
        let f = features(
            "الذهب يرتفع في التعاملات المبكرة",
            "تراجع الذهب في التعاملات المبكرة",
        );
        assert_eq!(get(&f, "opposite_poles"), 1.0);
    }

    #[test]
    fn training_separates_separable_classes() {
        let mut samples = Vec::new();
        for i in 0..60 {
            let mut x = [0.0; FEATURES];
            let y = i % 3;
            x[y] = 1.0 + (i as f64) * 0.01;
            samples.push((x, y));
        }
        let m = LinearModel::train(&samples, 500, 0.5, 1e-4, "toy");
        for (x, y) in &samples {
            let p = m.probabilities(x);
            let best = (0..3).max_by(|&i, &j| p[i].total_cmp(&p[j])).unwrap();
            assert_eq!(best, *y);
        }
    }

    #[test]
    fn the_embedded_model_matches_this_librarys_features() {
        let m = LinearModel::embedded();
        assert_eq!(m.features, FEATURE_NAMES);
        assert!(m.trained_on.contains("train"), "{}", m.trained_on);
        assert!(LinearModel::from_json(crate::pair::model::DEFAULT_MODEL).is_ok());
    }
}
