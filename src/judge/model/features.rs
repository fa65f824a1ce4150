//! The pair features the model reads: how much two statements share once inflected forms are
//! matched, what each keeps to itself, negation, numbers, years, places and poles that differ,
//! the rules' own verdicts, and the learned word tables' evidence.

use super::cues::{CueKeys, WordCues};
use crate::analysis::Features;
use crate::judge::alignment::Alignment;
use crate::judge::similarity::stem_similarity;
#[cfg(any(test, feature = "lab"))]
use crate::judge::verdict::Judgement;
use crate::judge::verdict::{ConflictKind, Stance, Verdict};

/// Names of the pair features, in order.
pub(crate) const FEATURE_NAMES: [&str; 34] = [
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
pub(crate) const FEATURES: usize = FEATURE_NAMES.len();

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
    #[cfg(any(test, feature = "lab"))]
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

/// The features of a pair of analysed statements; `cues` and `swaps` are the learned word tables
/// (empty ones give zeros for the cue features).
#[cfg(any(test, feature = "lab"))]
pub(crate) fn pair_features(
    a: &Features,
    b: &Features,
    rules: RuleSignals,
    cues: &WordCues,
    swaps: &WordCues,
) -> [f64; FEATURES] {
    aligned_pair_features(
        a,
        b,
        &Alignment::new(&a.stems, &b.stems),
        rules,
        cues,
        swaps,
    )
}

/// [`pair_features`] given the two statements' stems already aligned.
pub(crate) fn aligned_pair_features(
    a: &Features,
    b: &Features,
    alignment: &Alignment,
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
    let leftover = alignment.unmatched_a.len() + alignment.unmatched_b.len();
    let keys = CueKeys::new(alignment);
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
