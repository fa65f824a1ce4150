//! A proposition denied: one claim denies something («نفت الدائرة الإعلامية إجراء أي تصويت على
//! القانون», "there was no truth to reports of deaths inside the prison") and another asserts it.
//! Any proposition, not a list of acts: what is denied is the words the denial governs, and the
//! other claim asserts it when it holds enough of them, weighed by how rare each is (the names
//! and places say which event; the act says what of it). Words that differ in form are met by
//! their root («تصويت» / «صوّت», «احتجاز» / «محتجز»), and across scripts by the consonant
//! skeleton of the names both write.

use super::Rules;
use crate::analysis::Features;
use crate::judge::verdict::{ConflictKind, Finding, Verdict};
use crate::text::root::root;
use crate::text::translit::skeleton;
use rustc_hash::FxHashSet;

/// How much a word met only by its root or its skeleton counts, against one met as written.
const INDIRECT_MATCH: f64 = 0.8;

/// What a denial's words found in another claim amount to.
#[derive(Debug, Clone, Copy)]
pub(super) struct Found {
    /// Words found.
    pub count: usize,
    /// Of them, those the other claim negates too: it says the same as the denial.
    pub negated: usize,
    /// The rarity of the rarest word found.
    pub rarest: f64,
    /// Their summed rarity (words met indirectly counting [`INDIRECT_MATCH`] of theirs).
    pub weight: f64,
    /// The share of the denial's whole rarity found.
    pub cover: f64,
}

/// The roots of a claim's Arabic stems.
fn roots(f: &Features) -> FxHashSet<String> {
    f.stems.iter().filter_map(|s| root(s)).collect()
}

/// The skeletons of a claim's stems.
fn skeletons(f: &Features) -> FxHashSet<String> {
    f.stems.iter().filter_map(|s| skeleton(s)).collect()
}

impl Rules<'_> {
    /// The words `denial` governs (report nouns aside) that `other` holds: as written, by root,
    /// or, between two scripts, by skeleton.
    pub(super) fn denied_found(&self, denial: &Features, other: &Features) -> Option<Found> {
        let reports = &self.lexicon.grammar().report_stems;
        let words: Vec<&String> = denial
            .negated
            .iter()
            .filter(|w| !reports.contains(w))
            .collect();
        if words.len() < 2 {
            return None;
        }
        let cross = denial.latin != other.latin;
        let (other_roots, other_skeletons) = if cross {
            (FxHashSet::default(), skeletons(other))
        } else {
            (roots(other), FxHashSet::default())
        };
        let weight = |w: &String| denial.rarity(w).map_or(0.0, f64::from);
        let total: f64 = words.iter().map(|w| weight(w)).sum();
        let (mut count, mut found, mut negated, mut rarest) = (0usize, 0.0, 0usize, 0.0f64);
        for w in &words {
            let strength = if !cross && other.stems.binary_search(w).is_ok() {
                1.0
            } else if !cross
                && root(w).is_some_and(|r| r.chars().count() >= 3 && other_roots.contains(&r))
            {
                INDIRECT_MATCH
            } else if cross && skeleton(w).is_some_and(|s| other_skeletons.contains(&s)) {
                INDIRECT_MATCH
            } else {
                continue;
            };
            count += 1;
            found += strength * weight(w);
            rarest = rarest.max(weight(w));
            if other.negated.binary_search(w).is_ok() {
                negated += 1;
            }
        }
        let cover = if total > 0.0 { found / total } else { 0.0 };
        Some(Found {
            count,
            negated,
            rarest,
            weight: found,
            cover,
        })
    }

    /// One claim denies what the other asserts: the words the denial governs are found in the
    /// other, enough of them and rare enough together to name one thing.
    pub(super) fn proposition_denial(
        &self,
        a: &Features,
        b: &Features,
        sim: f64,
    ) -> Option<Verdict> {
        let (denial, other) = match (a.denial, b.denial) {
            (true, false) => (a, b),
            (false, true) => (b, a),
            _ => return None,
        };
        // A claim that calls something false itself («ملفق», a hoax) asserts nothing of it.
        let refuting = &self.lexicon.grammar().refuting_words;
        if other.stems.iter().any(|s| refuting.contains(s)) {
            return None;
        }
        let found = self.denied_found(denial, other)?;
        let least = self.config.min_shared_event_weight;
        // What the denial governs is found in the other claim: two words at least, most of the
        // denial's rarity, and either a word rare enough to name one thing or, among common
        // words only, twice the rarity two claims of one event share (a law's title, a
        // session's day). Found negated on the other side too, it is the same denial.
        let named = found.rarest >= self.config.rare_word_weight;
        if found.count < 2
            || 2 * found.negated >= found.count
            || found.cover < self.config.corpus_denial_coverage
            || !(named && found.weight >= least || found.weight >= 2.0 * least)
        {
            return None;
        }
        // Across scripts only names are met: the two claims must share them as events do.
        if denial.latin != other.latin && cross_script_weight(a, b) < least {
            return None;
        }
        let w = &self.config.weights;
        let score = w.statement_negation_base
            + w.statement_negation_coverage * found.cover.min(1.0)
            + w.act_denial_names * (found.weight / (2.0 * least)).min(1.0);
        Some(Verdict::conflict(
            ConflictKind::Denial,
            score,
            sim,
            Finding::StatementNegation {
                cover: found.cover as f32,
            },
        ))
    }
}

/// The rarity two claims in different scripts share through the skeletons of their words.
pub(super) fn cross_script_weight(a: &Features, b: &Features) -> f64 {
    let keyed = |f: &Features| -> Vec<(u64, f32)> {
        let mut out: Vec<(u64, f32)> = f
            .stems
            .iter()
            .filter_map(|s| {
                let w = f.rarity(s)?;
                Some((crate::analysis::name_key(&skeleton(s)?), w))
            })
            .collect();
        out.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.total_cmp(&x.1)));
        out.dedup_by_key(|x| x.0);
        out
    };
    let (x, y) = (keyed(a), keyed(b));
    // Each skeleton counts the lesser of its two rarities.
    let mut i = 0;
    let mut j = 0;
    let mut total = 0.0;
    while i < x.len() && j < y.len() {
        match x[i].0.cmp(&y[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                total += f64::from(x[i].1.min(y[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    total
}
