//! Fitting the model on labelled pairs: the word tables learned out-of-fold by story, then the
//! weights by full-batch gradient descent.

use super::cues::{CueKeys, WordCues};
use super::features::{CLASSES, FEATURE_NAMES, FEATURES, RuleSignals, pair_features};
use super::linear::{LinearModel, logits, softmax};
use crate::analysis::Features;
use crate::judge::verdict::Stance;

/// A labelled pair, analysed, for [`LinearModel::fit`].
#[derive(Debug, Clone)]
pub struct TrainingPair {
    /// The first statement.
    pub a: Features,
    /// The second statement.
    pub b: Features,
    /// The rule judge's verdict on the pair.
    pub rules: RuleSignals,
    /// The gold stance.
    pub stance: Stance,
    /// Pairs of one group (one story) are kept in one fold when the word tables are learned
    /// out-of-fold: a table learned from a pair's siblings would know its words, as no table
    /// does at prediction time.
    pub group: usize,
}

/// Settings of [`LinearModel::fit`].
#[derive(Debug, Clone, Copy)]
pub struct TrainConfig {
    /// Full passes of gradient descent.
    pub epochs: usize,
    /// Learning rate.
    pub rate: f64,
    /// L2 penalty on the weights.
    pub l2: f64,
    /// Folds for the out-of-fold word table.
    pub cue_folds: usize,
    /// Least number of training pairs a stem must be left over in to enter the word table.
    pub cue_min_count: usize,
    /// How much rare classes are weighted up: each class's weight is (n / 3 n_class) to this
    /// power; 0 weighs every pair alike, 1 balances the classes fully.
    pub class_balance: f64,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            epochs: 3000,
            rate: 0.5,
            l2: 1e-3,
            cue_folds: 5,
            cue_min_count: 3,
            class_balance: 0.5,
        }
    }
}

impl LinearModel {
    /// Trains on labelled pairs: learns the word table, then the weights.
    ///
    /// The cue features of each training pair are computed with a table learned from the *other*
    /// folds (out-of-fold, folds by [`TrainingPair::group`]), so the weights learn how much a cue
    /// tells on pairs it was not learned from, as at prediction time; the table kept in the model
    /// is then learned from all pairs.
    #[cfg(any(test, feature = "lab"))]
    pub fn fit(pairs: &[TrainingPair], config: &TrainConfig, trained_on: &str) -> Self {
        let folds = config.cue_folds.max(2);
        let keys: Vec<CueKeys> = pairs.iter().map(|p| CueKeys::of(&p.a, &p.b)).collect();
        let learn = |keep: &dyn Fn(usize) -> bool| {
            let kept = || pairs.iter().enumerate().filter(|(i, _)| keep(*i));
            let words = WordCues::learn(
                kept().map(|(i, p)| (keys[i].words.iter().map(String::as_str), p.stance)),
                config.cue_min_count,
            );
            let swaps = WordCues::learn(
                kept().map(|(i, p)| (keys[i].swaps.iter().map(String::as_str), p.stance)),
                config.cue_min_count,
            );
            (words, swaps)
        };
        // Groups are hashed to folds, so that the folds stay balanced whatever rule picked these
        // pairs (a cross-validation holding out every fifth group, say).
        let fold_of = |i: usize| {
            let hash = (pairs[i].group as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            (hash >> 32) as usize % folds
        };
        let mut samples = vec![([0.0; FEATURES], 0); pairs.len()];
        for fold in 0..folds {
            let (cues, swaps) = learn(&|i| fold_of(i) != fold);
            for (i, p) in pairs
                .iter()
                .enumerate()
                .filter(|&(i, _)| fold_of(i) == fold)
            {
                let class = CLASSES.iter().position(|&c| c == p.stance).unwrap_or(2);
                samples[i] = (pair_features(&p.a, &p.b, p.rules, &cues, &swaps), class);
            }
        }
        let mut model = Self::train(&samples, config, trained_on);
        (model.cues, model.swaps) = learn(&|_| true);
        model
    }

    /// Trains on `(features, class index)` samples by full-batch gradient descent, with class
    /// weights that balance rare classes and an L2 penalty.
    pub fn train(
        samples: &[([f64; FEATURES], usize)],
        config: &TrainConfig,
        trained_on: &str,
    ) -> Self {
        let TrainConfig {
            epochs, rate, l2, ..
        } = *config;
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
            cues: WordCues::default(),
            swaps: WordCues::default(),
        };
        let mut counts = [0usize; 3];
        samples.iter().for_each(|(_, y)| counts[*y] += 1);
        let class_weight: Vec<f64> = counts
            .iter()
            .map(|&c| {
                if c == 0 {
                    0.0
                } else {
                    (n / (3.0 * c as f64)).powf(config.class_balance)
                }
            })
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
