//! A reported act denied: one claim says an act befell someone (a killing, an arrest, a
//! wounding: a lexicon role), the other denies that act of the same someone («نفت الوزارة ما
//! تردد عن اعتقال … كريم الناصري» against «أعلنت الشرطة اعتقال … كريم الناصري»).
//!
//! In real news this is the commonest conflict between outlets: an authority denies what
//! another outlet reports. The act alone is a topic of every war report, so the rule asks who
//! it befell: words the denial governs that the other claim holds too, rare enough together in
//! the corpus to name someone or somewhere.

use super::negation::{asserted_first, mention_cues};
use super::{Rules, keep_stronger};
use crate::analysis::{ConceptMention, Features, QuantityFeature};
use crate::judge::verdict::{ConflictKind, Finding, Judgement, Verdict};
use crate::lexicon::{ConceptClass, NegationKind};

/// The act mentions of a claim (lexicon roles and the glossary's events) with their indices.
fn roles<'f>(rules: &Rules, f: &'f Features) -> impl Iterator<Item = (usize, &'f ConceptMention)> {
    let concepts = rules.lexicon.concepts();
    f.mentions.iter().enumerate().filter(move |(_, m)| {
        matches!(
            concepts[m.concept].class,
            ConceptClass::Role | ConceptClass::Event
        )
    })
}

impl Rules<'_> {
    pub(super) fn act_denial(&self, a: &Features, b: &Features, sim: f64) -> Option<Verdict> {
        let w = &self.config.weights;
        let mut best: Option<Verdict> = None;
        for (ia, ma) in roles(self, a) {
            for (ib, mb) in roles(self, b) {
                if ma.concept != mb.concept {
                    continue;
                }
                let (asserted, denied, fa, fd) = match (self.denies(ma), self.denies(mb)) {
                    (false, true) if ma.negated.is_none() => (ma, mb, a, b),
                    (true, false) if mb.negated.is_none() => (mb, ma, b, a),
                    _ => continue,
                };
                // A report of the act is not its assertion («نشرت خبراً عن القبض على…»); a
                // denial reaches the act only when the act opens what it denies, not when the
                // act stands inside another noun («نفى أن يكون سبب الخلاف اعتقال…»).
                if asserted.topical || asserted.reported || fa.denial {
                    continue;
                }
                if denied.negated == Some(NegationKind::Denial) && !denied.headed {
                    continue;
                }
                let counted = self.lexicon.concepts()[ma.concept].broader.as_deref();
                let Some(named) =
                    self.denied_participants(fd, fa, asserted, &denied.surface, counted)
                else {
                    continue;
                };
                let score = w.act_denial_base + w.act_denial_names * named;
                let finding = Finding::ActDenial {
                    a: ia as u32,
                    b: ib as u32,
                };
                keep_stronger(
                    &mut best,
                    Verdict::conflict(ConflictKind::Denial, score, sim, finding),
                );
            }
        }
        best
    }

    /// True when the act is denied («نفى مقتله») or negated right where it is told («لم يتم
    /// اعتراض الطائرة المسيرة»): a negation further off negates something else in the sentence.
    fn denies(&self, m: &ConceptMention) -> bool {
        match m.negated {
            Some(NegationKind::Denial) => true,
            Some(NegationKind::Negation) => {
                usize::from(m.negation_distance) <= self.config.max_act_negation_distance
            }
            _ => false,
        }
    }

    /// How surely the denial and the assertion name the same someone, in [0, 1], or `None`
    /// when they do not: in a corpus, the rarity of the words the denial governs that the
    /// asserted claim holds, one of them beside the act `told` (full at twice what two claims
    /// of one event share); for bare statements, which have no corpus to weigh words, two
    /// such words shared. `counted` is the unit a toll of the act counts (killed).
    fn denied_participants(
        &self,
        denial: &Features,
        asserted: &Features,
        told: &ConceptMention,
        act: &str,
        counted: Option<&str>,
    ) -> Option<f64> {
        let reports = &self.lexicon.grammar().report_stems;
        let shared: Vec<&String> = denial
            .negated
            .iter()
            .filter(|s| !reports.contains(s) && !act.contains(s.as_str()))
            .filter(|s| asserted.stems.binary_search(s).is_ok())
            .collect();
        // Whom the act befell is named beside it: a name shared only elsewhere in the
        // sentence («مقتل مؤسس جماعتهم» in a sentence that names the denier too) is someone else.
        let beside = |s: &&String| {
            told.context
                .iter()
                .any(|&i| asserted.stems[usize::from(i)] == **s)
        };
        // A toll («مقتل 16 شخصا من مليشيا الحوثي وصالح») counts whom the act befell: when every
        // name shared beside the act is among the words of the toll, the names are the group
        // the dead belonged to, and a denial that one named person was killed is not about it.
        let toll = |q: &&QuantityFeature| counted.is_some() && q.unit.as_deref() == counted;
        let named: Vec<&String> = shared.iter().copied().filter(|s| beside(s)).collect();
        let names_are_a_tolls = asserted.quantities.iter().filter(toll).any(|q| {
            !named.is_empty()
                && named.iter().all(|s| {
                    q.context
                        .iter()
                        .any(|&i| asserted.stems.get(usize::from(i)) == Some(*s))
                })
        });
        if names_are_a_tolls && !denial.quantities.iter().any(|q| toll(&q)) {
            return None;
        }
        if denial.event.is_none() {
            return (shared.len() >= 2).then_some(0.5);
        }
        if !shared
            .iter()
            .any(|s| beside(s) && denial.rarity(s).is_some())
        {
            return None;
        }
        // The names of a story's people are in every report of it, so no one of them is rare
        // in an archive gathered around stories: what counts is how much rarity the words
        // shared carry together, half what two claims must share to be of one event (the act
        // told of them is the other half).
        let least = self.config.min_shared_event_weight;
        let total: f64 = shared
            .iter()
            .filter_map(|s| denial.rarity(s))
            .map(f64::from)
            .sum();
        (shared.len() >= 2 && total >= least / 2.0).then(|| (total / (2.0 * least)).min(1.0))
    }

    /// How surely a denial names what the report tells of, in [0, 1], or `None` when it does
    /// not: the words the denial governs that the report holds too (report nouns aside), two
    /// at least, one of them rare, with half the rarity two claims of one event share
    /// together; full at twice that.
    pub(super) fn denied_names(&self, denial: &Features, report: &Features) -> Option<f64> {
        let reports = &self.lexicon.grammar().report_stems;
        let weights: Vec<f64> = denial
            .negated
            .iter()
            .filter(|s| !reports.contains(s) && report.stems.binary_search(s).is_ok())
            .map(|s| denial.rarity(s).map_or(0.0, f64::from))
            .collect();
        let least = self.config.min_shared_event_weight;
        let total: f64 = weights.iter().sum();
        let rare = weights.iter().any(|&w| w >= least / 2.0);
        (weights.len() >= 2 && rare && total >= least / 2.0)
            .then(|| (total / (2.0 * least)).min(1.0))
    }

    pub(super) fn explain_act_denial(
        &self,
        a: &Features,
        b: &Features,
        ia: u32,
        ib: u32,
        j: &mut Judgement,
    ) {
        let (ma, mb) = (&a.mentions[ia as usize], &b.mentions[ib as usize]);
        let (asserted, denied) = asserted_first(ma, mb);
        let act = self.concept_id(ma.concept);
        j.explanation = format!(
            "{act}: reported as «{}» on one side, denied by «{}» on the other, of the same \
             people or place",
            asserted.surface,
            denied.negator.as_deref().unwrap_or("?"),
        );
        j.topic = act.to_string();
        j.cues = mention_cues(ma, mb);
    }
}
