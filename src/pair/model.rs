//! A small linear model over the judge's pair features, for bare statements such as headline
//! pairs, where the rules alone meet too few lexicon concepts.
//!
//! Multinomial logistic regression over a dozen generic features (overlap, containment, what each
//! side holds alone, negation asymmetry, numbers and places that differ, the rule judge's own
//! verdicts), trained in Rust (`examples/train_judge.rs`) on the ANS *train* split only. Its
//! weights are a JSON data file embedded in the library (`src/pair/data/judge-model.json`); a user
//! may train and load their own. No neural network, nothing downloaded.

use crate::analysis::Features;
use crate::pair::alignment::{Alignment, skeleton_key};
use crate::pair::judge::{ConflictKind, Judgement, Stance, stem_similarity};
use crate::pair::rules::Verdict;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Names of the pair features, in order.
pub const FEATURE_NAMES: [&str; 34] = [
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
    "bigram_overlap",
    "rule_agree",
    "opposite_poles",
    "negation_count_gap",
    "similarity_x_negation_asymmetry",
    "similarity_x_opposite_poles",
    "containment_x_numbers_differ",
    "containment_x_places_differ",
    "variant_similarity",
    "coverage",
    "leftover_words",
    "substitution",
    "numbers_one_side",
    "cue_sum",
    "cue_max",
    "cue_min",
    "coverage_x_negation_asymmetry",
    "substitution_x_cue_sum",
    "variant_similarity_x_cue_max",
    "swap_cue_max",
    "swap_cue_min",
    "order_inversions",
    "years_differ",
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
    /// The signals of the rule judge's judgement.
    pub fn from_rules(rules: &Judgement) -> Self {
        Self::from_kind(rules.stance, rules.kind)
    }

    /// The signals of the rule judge's verdict.
    pub fn from_verdict(rules: &Verdict) -> Self {
        Self::from_kind(rules.stance, rules.kind)
    }

    pub(crate) fn from_kind(stance: Stance, kind: Option<ConflictKind>) -> Self {
        RuleSignals {
            negation: matches!(kind, Some(ConflictKind::Negation | ConflictKind::Denial)),
            antonym: kind == Some(ConflictKind::Antonym),
            numeric: kind == Some(ConflictKind::Numeric),
            agree: stance == Stance::Agree,
        }
    }
}

/// Words that, left over on one side of a pair, tell a contradiction from a paraphrase: learned
/// from training pairs, not written by hand.
///
/// A paraphrase leaves over words that restate («أعلن», «قال»); a contradiction leaves over the
/// word it swapped in («ينفي», «يرفض», «انخفاض», «غير»). Each stem gets the smoothed log-odds of
/// contradict against agree among the training pairs where it was left over, relative to the base
/// rate, so a word seen as often in both scores zero. Stems seen in fewer than `min_count` pairs
/// are not kept: they would only memorise the training set.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct WordCues {
    /// Log-odds of contradict against agree per stem.
    pub log_odds: BTreeMap<String, f64>,
}

impl WordCues {
    /// Learns the table from `(left-over stems, gold stance)` pairs.
    pub fn learn<'w, I>(pairs: impl IntoIterator<Item = (I, Stance)>, min_count: usize) -> Self
    where
        I: IntoIterator<Item = &'w str>,
    {
        let mut counts: BTreeMap<&'w str, (f64, f64)> = BTreeMap::new();
        let (mut contradict, mut agree) = (0.0, 0.0);
        for (words, stance) in pairs {
            let (c, g) = match stance {
                Stance::Contradict => (1.0, 0.0),
                Stance::Agree => (0.0, 1.0),
                Stance::Unrelated => continue,
            };
            contradict += c;
            agree += g;
            let mut words: Vec<&str> = words.into_iter().collect();
            words.sort_unstable();
            words.dedup();
            for w in words {
                let e = counts.entry(w).or_default();
                e.0 += c;
                e.1 += g;
            }
        }
        let prior = (contradict + 1.0) / (contradict + agree + 2.0);
        let base = (prior / (1.0 - prior)).ln();
        const SMOOTHING: f64 = 2.0;
        let log_odds = counts
            .into_iter()
            .filter(|(_, (c, g))| c + g >= min_count as f64)
            .map(|(w, (c, g))| {
                let odds = (c + SMOOTHING * prior) / (g + SMOOTHING * (1.0 - prior));
                (w.to_string(), odds.ln() - base)
            })
            .collect();
        WordCues { log_odds }
    }

    /// Sum, largest and smallest log-odds of the given stems (0 for stems not in the table).
    pub fn evidence<'w>(&self, words: impl IntoIterator<Item = &'w str>) -> (f64, f64, f64) {
        let (mut sum, mut max, mut min) = (0.0f64, 0.0f64, 0.0f64);
        for w in words {
            if let Some(&v) = self.log_odds.get(w) {
                sum += v;
                max = max.max(v);
                min = min.min(v);
            }
        }
        (sum.clamp(-6.0, 6.0), max, min)
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

/// The kind of a contradiction the learned model found where the rules found none, from what
/// the pair shows: a negation on one side only, opposite antonym poles, numbers or years that
/// differ, or else words swapped.
pub(crate) fn likely_kind(a: &Features, b: &Features) -> ConflictKind {
    if a.is_negative() != b.is_negative() {
        ConflictKind::Negation
    } else if opposite_poles(a, b) {
        ConflictKind::Antonym
    } else if numbers_differ(&values(a), &values(b)) || years_differ(a, b) {
        ConflictKind::Numeric
    } else {
        ConflictKind::Substitution
    }
}

/// The values of the numbers a statement gives.
fn values(f: &Features) -> Vec<f64> {
    f.quantities.iter().map(|q| q.value).collect()
}

/// True when both statements give numbers and none is the same.
fn numbers_differ(a: &[f64], b: &[f64]) -> bool {
    !a.is_empty() && !b.is_empty() && !a.iter().any(|x| b.contains(x))
}

/// True when both statements name years and none is the same.
fn years_differ(a: &Features, b: &Features) -> bool {
    !a.years.is_empty() && !b.years.is_empty() && !shares_any(&a.years, &b.years)
}

/// True when the two statements hold opposite poles of one antonym pair, whatever else they share.
fn opposite_poles(a: &Features, b: &Features) -> bool {
    a.poles.iter().any(|p| {
        b.poles
            .iter()
            .any(|q| q.antonym == p.antonym && q.side != p.side)
    })
}

/// The features of a pair of analysed statements; `cues` is the learned word table (empty gives
/// zeros for the cue features).
pub fn pair_features(
    a: &Features,
    b: &Features,
    rules: RuleSignals,
    cues: &WordCues,
    swaps: &WordCues,
) -> [f64; FEATURES] {
    let shared = a
        .stem_keys
        .iter()
        .filter(|s| b.stem_keys.binary_search(s).is_ok())
        .count();
    let only_a = a.stems.len() - shared;
    let only_b = b.stems.len() - shared;
    let total = (a.stems.len() + b.stems.len()).max(1) as f64;
    let min_len = a.stems.len().min(b.stems.len()).max(1) as f64;
    let neg_a = !a.negators.is_empty();
    let neg_b = !b.negators.is_empty();
    let (va, vb) = (values(a), values(b));
    let numbers_match = va.iter().any(|x| vb.contains(x));
    let other_numbers = numbers_differ(&va, &vb);
    let places_differ = !a.places.is_empty()
        && !b.places.is_empty()
        && !a.places.iter().any(|p| b.places.contains(p));
    let flag = |b: bool| if b { 1.0 } else { 0.0 };
    let similarity = stem_similarity(&a.stem_keys, &b.stem_keys);
    let containment = shared as f64 / min_len;
    let poles = opposite_poles(a, b);
    let alignment = Alignment::new(&a.stems, &b.stems);
    let leftover = alignment.unmatched_a.len() + alignment.unmatched_b.len();
    let keys = CueKeys::new(&alignment);
    let (cue_sum, cue_max, cue_min) = cues.evidence(keys.words.iter().map(String::as_str));
    let (_, swap_max, swap_min) = swaps.evidence(keys.swaps.iter().map(String::as_str));
    let coverage = alignment.coverage();
    let variant_similarity = alignment.similarity();
    let substitution = alignment.is_substitution();
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
        flag(other_numbers),
        flag(numbers_match),
        flag(places_differ),
        stem_similarity(&bigrams(&a.ordered), &bigrams(&b.ordered)),
        flag(rules.agree),
        flag(poles),
        (a.negators.len() as f64 - b.negators.len() as f64)
            .abs()
            .min(3.0),
        similarity * flag(neg_a != neg_b),
        similarity * flag(poles),
        containment * flag(other_numbers),
        containment * flag(places_differ),
        variant_similarity,
        coverage,
        (leftover as f64).min(8.0),
        flag(substitution),
        flag(va.is_empty() != vb.is_empty()),
        cue_sum,
        cue_max,
        cue_min,
        coverage * flag(neg_a != neg_b),
        flag(substitution) * cue_sum,
        variant_similarity * cue_max,
        swap_max,
        swap_min,
        order_inversions(&a.ordered, &b.ordered),
        flag(years_differ(a, b)),
    ]
}

/// True when two sorted lists hold a value in common.
fn shares_any<T: Ord>(a: &[T], b: &[T]) -> bool {
    a.iter().any(|x| b.binary_search(x).is_ok())
}

/// The share of pairs of shared words that the two statements put in opposite orders: a
/// paraphrase moves the verb, «أمريكا تعاقب أوروبا» against «أوروبا تعاقب أمريكا» swaps the nouns.
fn order_inversions(a: &[String], b: &[String]) -> f64 {
    let position = |list: &[String], w: &String| list.iter().position(|x| x == w);
    let mut seen: Vec<&String> = Vec::new();
    let shared: Vec<(usize, usize)> = a
        .iter()
        .filter_map(|w| {
            if seen.contains(&w) {
                return None;
            }
            seen.push(w);
            Some((position(a, w)?, position(b, w)?))
        })
        .collect();
    let (mut pairs, mut inverted) = (0usize, 0usize);
    for (i, x) in shared.iter().enumerate() {
        for y in &shared[i + 1..] {
            pairs += 1;
            if (x.0 < y.0) != (x.1 < y.1) {
                inverted += 1;
            }
        }
    }
    if pairs == 0 {
        0.0
    } else {
        inverted as f64 / pairs as f64
    }
}

/// What the learned tables are looked up by: the words each side keeps to itself, and each such
/// word of the first statement against each of the second as one key per unordered pair
/// («رتفع|نخفض»), all by consonant skeleton so that forms of one root count together.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CueKeys {
    /// Skeletons of the left-over words of both sides.
    pub words: Vec<String>,
    /// Swapped pairs, `lo|hi`.
    pub swaps: Vec<String>,
}

impl CueKeys {
    /// The keys of an aligned pair.
    pub fn new(alignment: &Alignment) -> Self {
        let keys_a: Vec<String> = alignment
            .unmatched_a
            .iter()
            .map(|w| skeleton_key(w))
            .collect();
        let keys_b: Vec<String> = alignment
            .unmatched_b
            .iter()
            .map(|w| skeleton_key(w))
            .collect();
        let mut swaps = Vec::with_capacity(keys_a.len() * keys_b.len());
        for x in &keys_a {
            for y in &keys_b {
                let (lo, hi) = if x <= y { (x, y) } else { (y, x) };
                swaps.push(format!("{lo}|{hi}"));
            }
        }
        let mut words = keys_a;
        words.extend(keys_b);
        CueKeys { words, swaps }
    }

    /// The keys of two analysed statements.
    pub fn of(a: &Features, b: &Features) -> Self {
        Self::new(&Alignment::new(&a.stems, &b.stems))
    }
}

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
    /// The learned word table the cue features read.
    #[serde(default)]
    pub cues: WordCues,
    /// The learned table of swapped word pairs the swap features read.
    #[serde(default)]
    pub swaps: WordCues,
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

    /// Class probabilities for a pair, in [`CLASSES`] order.
    pub fn predict(&self, a: &Features, b: &Features, rules: RuleSignals) -> [f64; 3] {
        self.probabilities(&pair_features(a, b, rules, &self.cues, &self.swaps))
    }

    /// The features that moved a pair most towards class `towards` against class `against`
    /// (indices into [`CLASSES`]), with how much each added to the difference of the two classes'
    /// scores; at most `top`, largest first, only those that pushed towards it.
    pub fn reasons(
        &self,
        a: &Features,
        b: &Features,
        rules: RuleSignals,
        towards: usize,
        against: usize,
        top: usize,
    ) -> Vec<(&'static str, f64)> {
        let z = self.standardise(&pair_features(a, b, rules, &self.cues, &self.swaps));
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

    /// Trains on labelled pairs: learns the word table, then the weights.
    ///
    /// The cue features of each training pair are computed with a table learned from the *other*
    /// folds (out-of-fold, folds by [`TrainingPair::group`]), so the weights learn how much a cue
    /// tells on pairs it was not learned from, as at prediction time; the table kept in the model
    /// is then learned from all pairs.
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

    #[test]
    fn a_model_contradiction_gets_the_kind_its_pair_shows() {
        let l = Lexicon::default();
        let kind = |a: &str, b: &str| {
            likely_kind(
                &Statement::new(a, &l).features,
                &Statement::new(b, &l).features,
            )
        };
        assert_eq!(
            kind("الفريق تأهل إلى النهائي", "الفريق لم يتأهل إلى النهائي"),
            ConflictKind::Negation
        );
        assert_eq!(
            kind("أسعار القمح ترتفع في الأسواق", "أسعار القمح تنخفض في الأسواق"),
            ConflictKind::Antonym
        );
        assert_eq!(
            kind("افتتاح المصنع عام 2019", "افتتاح المصنع عام 2021"),
            ConflictKind::Numeric
        );
        assert_eq!(
            kind("المنتخب المصري يفوز بالكأس", "المنتخب التونسي يفوز بالكأس"),
            ConflictKind::Substitution
        );
    }

    fn features(a: &str, b: &str) -> [f64; FEATURES] {
        let l = Lexicon::default();
        let (a, b) = (Statement::new(a, &l), Statement::new(b, &l));
        pair_features(
            &a.features,
            &b.features,
            RuleSignals::default(),
            &WordCues::default(),
            &WordCues::default(),
        )
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
    fn different_years_are_seen() {
        let f = features("المهرجان يعود في عام 2019", "المهرجان يعود في عام 2021");
        assert_eq!(get(&f, "years_differ"), 1.0);
        let f = features("المهرجان يعود في عام 2019", "عودة المهرجان في 2019");
        assert_eq!(get(&f, "years_differ"), 0.0);
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
    fn swapped_nouns_are_inverted_order_and_a_moved_verb_is_less() {
        let f = features(
            "أمريكا تعاقب أوروبا بسبب الرسوم",
            "أوروبا تعاقب أمريكا بسبب الرسوم",
        );
        let swapped = get(&f, "order_inversions");
        let f = features(
            "أمريكا تعاقب أوروبا بسبب الرسوم",
            "تعاقب أمريكا أوروبا بسبب الرسوم",
        );
        let moved = get(&f, "order_inversions");
        assert!(swapped > moved, "{swapped} vs {moved}");
        let f = features("أمريكا تعاقب أوروبا", "أمريكا تعاقب أوروبا");
        assert_eq!(get(&f, "order_inversions"), 0.0);
    }

    #[test]
    fn word_cues_score_words_by_the_pairs_they_were_left_over_in() {
        use Stance::*;
        let pairs = [
            (vec!["ينفي"], Contradict),
            (vec!["ينفي", "امس"], Contradict),
            (vec!["ينفي"], Contradict),
            (vec!["امس"], Agree),
            (vec!["امس", "قال"], Agree),
            (vec!["قال"], Contradict),
        ];
        let cues = WordCues::learn(pairs.iter().map(|(w, s)| (w.iter().copied(), *s)), 2);
        assert!(cues.log_odds["ينفي"] > 0.5, "{cues:?}");
        assert!(cues.log_odds["امس"] < 0.0, "{cues:?}");
        assert!(cues.log_odds["قال"].abs() < cues.log_odds["ينفي"].abs());
        let (sum, max, min) = cues.evidence(["ينفي", "مجهول"]);
        assert_eq!(
            (sum, max, min),
            (cues.log_odds["ينفي"], cues.log_odds["ينفي"], 0.0)
        );
    }

    #[test]
    fn fitting_learns_a_word_table_and_uses_it() {
        let l = Lexicon::default();
        let judge = crate::pair::Judge::new(&l);
        let mut pairs = Vec::new();
        // The same headline with «ينفي» swapped in contradicts; with «يؤكد» it agrees.
        let subjects = ["الوزير", "الرئيس", "المتحدث", "السفير", "القائد", "النائب"];
        let things = ["الاتفاق", "الزيارة", "الصفقة", "المفاوضات", "الهدنة"];
        for s in subjects {
            for t in things {
                let base = format!("{s} يعلن {t} مع الجيران");
                for (verb, stance) in [("ينفي", Stance::Contradict), ("يؤكد", Stance::Agree)]
                {
                    let other = format!("{s} {verb} {t} مع الجيران");
                    let (a, b) = (Statement::new(&base, &l), Statement::new(&other, &l));
                    let rules =
                        RuleSignals::from_rules(&judge.judge_by_rules(&a.features, &b.features));
                    pairs.push(TrainingPair {
                        a: a.features,
                        b: b.features,
                        rules,
                        stance,
                        group: pairs.len(),
                    });
                }
            }
        }
        let config = TrainConfig {
            epochs: 300,
            ..TrainConfig::default()
        };
        let m = LinearModel::fit(&pairs, &config, "test pairs");
        assert!(m.cues.log_odds.contains_key("ينف"), "{:?}", m.cues);
        let a = Statement::new("المدير يعلن الخطة مع الشركاء", &l);
        let b = Statement::new("المدير ينفي الخطة مع الشركاء", &l);
        let p = m.predict(&a.features, &b.features, RuleSignals::default());
        assert!(p[0] > p[1], "{p:?}");
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
        let m = LinearModel::train(
            &samples,
            &TrainConfig {
                epochs: 500,
                l2: 1e-4,
                ..TrainConfig::default()
            },
            "toy",
        );
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
