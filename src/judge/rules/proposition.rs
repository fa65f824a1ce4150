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
use crate::lexicon::ConceptClass;
use crate::text::root::root;
use crate::text::translit::skeleton;
use rustc_hash::FxHashSet;

/// How much a word met only by its root or its skeleton counts, against one met as written.
const INDIRECT_MATCH: f64 = 0.8;

/// What a denial and the claim it is set against show of one proposition denied and asserted,
/// each in [0, 1]: what the denial's score is read from ([`crate::judge::DenialWeights`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct DenialEvidence {
    /// 1 when the act denied (a glossary event, a lexicon role) is told by the other claim; 0
    /// when the denial names no act.
    pub act: f64,
    /// The share of the denial's rarity found in the other claim.
    pub cover: f64,
    /// The rarity found, full at twice what two claims of one event share.
    pub weight: f64,
    /// 1 when a word found is rare enough to name one thing.
    pub named: f64,
    /// How many words were found, full at five.
    pub words: f64,
    /// 1 when the two claims are in different scripts.
    pub cross_script: f64,
    /// How strongly the two claims' rare words say they are of one event.
    pub event: f64,
}

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
        // The glossary's acts and things the other claim names: a denied word of one of them
        // is found in another word or language («احتجاز» / «اعتقال», "released" / «أفرج»).
        let other_concepts: FxHashSet<u32> = other.terms.iter().map(|t| t.concept).collect();
        let by_concept = |w: &String| {
            denial
                .terms
                .iter()
                .any(|t| t.denied && &t.stem == w && other_concepts.contains(&t.concept))
        };
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
            } else if by_concept(w) {
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

    /// Whether the act a denial governs (a glossary event, or a lexicon role) is told by the
    /// other claim too: by concept, stem or root. `None` when the denial names no act.
    fn denied_act(&self, denial: &Features, other: &Features) -> Option<bool> {
        let concepts = self.lexicon.concepts();
        let acts: Vec<&crate::analysis::Term> = denial
            .terms
            .iter()
            .filter(|t| t.denied && concepts[t.concept as usize].class == ConceptClass::Event)
            .collect();
        let roles: Vec<usize> = denial
            .mentions
            .iter()
            .filter(|m| m.negated.is_some() && concepts[m.concept].class == ConceptClass::Role)
            .map(|m| m.concept)
            .collect();
        if acts.is_empty() && roles.is_empty() {
            return None;
        }
        let other_roots = roots(other);
        // Told, not negated: «لم يقدموا فدية» says what the denial says.
        let negated_there = |t: &crate::analysis::Term| {
            other
                .terms
                .iter()
                .any(|o| o.concept == t.concept && o.negated)
        };
        let told = acts.iter().any(|t| {
            !negated_there(t)
                && (other.terms.iter().any(|o| o.concept == t.concept)
                    || other.stems.binary_search(&t.stem).is_ok()
                    || root(&t.stem).is_some_and(|r| other_roots.contains(&r)))
        }) || roles.iter().any(|&r| {
            other
                .mentions
                .iter()
                .any(|m| m.concept == r && m.negated.is_none())
        });
        Some(told)
    }

    /// One claim denies what the other asserts: the words the denial governs are found in the
    /// other, enough of them and rare enough together to name one thing.
    pub(super) fn proposition_denial(
        &self,
        a: &Features,
        b: &Features,
        sim: f64,
        event: f64,
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
        if found.count < 2 || 2 * found.negated >= found.count {
            return None;
        }
        // The act denied («إرسال», "sending", «تصويت») is the proposition's core: when the
        // glossary names one, the other claim must tell it, in any form or language.
        // A denial that names its act is the act rule's, which asks who the act befell.
        let act = match self.denied_act(denial, other) {
            Some(_) => return None,
            None => 0.0,
        };
        let least = self.config.min_shared_event_weight;
        let x = DenialEvidence {
            act,
            cover: found.cover.min(1.0),
            weight: (found.weight / (2.0 * least)).min(1.0),
            named: f64::from(u8::from(found.rarest >= self.config.rare_word_weight)),
            words: (found.count.min(5) as f64) / 5.0,
            cross_script: f64::from(u8::from(denial.latin != other.latin)),
            event,
        };
        let score = self.config.weights.denial.score(&x);
        Some(Verdict::conflict(
            ConflictKind::Denial,
            score,
            sim,
            Finding::Denied(x),
        ))
    }

    /// Writes out a proposition denied: the denial's cue and how much of what it governs the
    /// other claim tells.
    pub(super) fn explain_denied(
        &self,
        a: &Features,
        b: &Features,
        x: &DenialEvidence,
        j: &mut crate::judge::verdict::Judgement,
    ) {
        let denial = if a.denial { a } else { b };
        let cue = denial.negators.first().map_or("?", String::as_str);
        let act = if x.act > 0.0 {
            "the act denied is told on the other side, "
        } else {
            ""
        };
        j.explanation = format!(
            "denied by «{cue}» on one side, told on the other: {act}{:.0} % of the rarity of \
             what is denied is found there",
            x.cover * 100.0
        );
        if std::env::var_os("CROSSCHECK_DEBUG_EVIDENCE").is_some() {
            j.explanation += &format!(
                " [evidence act={} cover={:.3} weight={:.3} named={} words={:.2} cross={} event={:.3}]",
                x.act, x.cover, x.weight, x.named, x.words, x.cross_script, x.event
            );
        }
    }
}

/// The rarity two claims in different scripts share through the skeletons of their words and
/// the glossary's concepts they both name (each concept counting the lesser rarity of the
/// words it was found in).
pub(super) fn cross_script_weight(a: &Features, b: &Features) -> f64 {
    names_weight(a, b) + concepts_weight(a, b)
}

/// The rarity two claims share through the glossary's concepts they both name.
fn concepts_weight(a: &Features, b: &Features) -> f64 {
    let rarest = |f: &Features| -> rustc_hash::FxHashMap<u32, f32> {
        let mut out: rustc_hash::FxHashMap<u32, f32> = rustc_hash::FxHashMap::default();
        for t in &f.terms {
            let w = f.rarity(&t.stem).unwrap_or(0.0);
            let slot = out.entry(t.concept).or_default();
            *slot = slot.max(w);
        }
        out
    };
    let (x, y) = (rarest(a), rarest(b));
    x.iter()
        .filter_map(|(c, &w)| Some(f64::from(w.min(*y.get(c)?))))
        .sum()
}

/// The rarity two claims share through the skeletons of their words.
fn names_weight(a: &Features, b: &Features) -> f64 {
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
