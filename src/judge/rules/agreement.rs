//! Agreement: much shared content (or the same figure with some) and no conflicting cue.

use super::Rules;
use crate::analysis::{Features, QuantityFeature};
use crate::judge::verdict::{Finding, Stance, Verdict};

impl Rules<'_> {
    pub(super) fn agreement(&self, a: &Features, b: &Features, sim: f64) -> Verdict {
        let same_number = a.quantities.iter().any(|qa| {
            b.quantities.iter().any(|qb| {
                qa.unit.is_some()
                    && qa.unit == qb.unit
                    && qa.place == qb.place
                    && qa.value == qb.value
            })
        });
        // Two figures of one thing that cannot both hold: shared words do not make the two
        // claims agree, whatever else they share («300 ألف شخص» against «100 ألف شخص»).
        // A figure is compared only when it is its claim's one count of its unit (a list of
        // shares, «33 % و16 %», counts several things), counts rather than measures (a
        // duration is rounded: «ست سنوات», «أكثر من ست سنوات»), and is no part of a whole.
        let tolerance = self.config.approx_tolerance;
        let measures = &self.lexicon.grammar().measure_words;
        let one_count = |f: &Features, q: &QuantityFeature| {
            !q.part
                && q.unit.as_deref().is_some_and(|u| !measures.contains(u))
                && f.quantities.iter().filter(|o| o.unit == q.unit).count() == 1
        };
        let differing_number = a.quantities.iter().any(|qa| {
            b.quantities.iter().any(|qb| {
                let ((alo, ahi), (blo, bhi)) = (
                    super::numeric::interval(qa, tolerance),
                    super::numeric::interval(qb, tolerance),
                );
                qa.unit == qb.unit
                    && qa.place == qb.place
                    && qa.counted == qb.counted
                    && qa.value != qb.value
                    && one_count(a, qa)
                    && one_count(b, qb)
                    && (ahi < blo || bhi < alo)
            })
        });
        if differing_number {
            return Verdict::unrelated(sim);
        }
        let threshold = self.config.agree_similarity;
        if sim >= threshold || (same_number && sim >= threshold / 2.0) {
            let score = if same_number { sim.max(0.6) } else { sim };
            return Verdict {
                stance: Stance::Agree,
                kind: None,
                score: score.min(1.0),
                similarity: sim,
                finding: Finding::Agreement { same_number },
                model: None,
            };
        }
        Verdict::unrelated(sim)
    }
}
