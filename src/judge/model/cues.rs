//! The learned word tables: which words, left over on one side of a pair, and which swapped word
//! pairs tell a contradiction from a paraphrase.

#[cfg(any(test, feature = "lab"))]
use crate::analysis::Features;
use crate::judge::alignment::{Alignment, skeleton_key};
#[cfg(any(test, feature = "lab"))]
use crate::judge::verdict::Stance;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
    #[cfg(any(test, feature = "lab"))]
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
                _ => continue,
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

/// What the learned tables are looked up by: the words each side keeps to itself, and each such
/// word of the first statement against each of the second as one key per unordered pair
/// («رتفع|نخفض»), all by consonant skeleton so that forms of one root count together.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct CueKeys {
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
    #[cfg(any(test, feature = "lab"))]
    pub fn of(a: &Features, b: &Features) -> Self {
        Self::new(&Alignment::new(&a.stems, &b.stems))
    }
}
