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
        if differing_number || opposed_terms(a, b) {
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

/// True when, in two scripts, an act or thing of the glossary is only negated in one claim and
/// only asserted in the other («لم تقصف المقاتلات», "the jets bombed"): whatever names they
/// share, the two do not agree. Within one script the negation rules read the words
/// themselves; across two, which share no word, the glossary's terms are all there is to read
/// (on the archive, within one script, a term's negation scope cost 107 true corroborations
/// of 5,476: a fragment without its «رفضوا», «لكن لم ترد» against «ولم ترد»).
fn opposed_terms(a: &Features, b: &Features) -> bool {
    if a.latin == b.latin {
        return false;
    }
    // Each concept with how it is held: only negated (true), only asserted (false), or both.
    let held = |f: &Features| {
        let mut out: Vec<(u32, Option<bool>)> = Vec::new();
        for t in &f.terms {
            match out.iter_mut().find(|(c, _)| *c == t.concept) {
                Some((_, h)) if *h != Some(t.negated) => *h = None,
                Some(_) => {}
                None => out.push((t.concept, Some(t.negated))),
            }
        }
        out
    };
    let (x, y) = (held(a), held(b));
    x.iter().any(|&(c, hx)| {
        y.iter()
            .any(|&(d, hy)| c == d && hx.is_some() && hy.is_some() && hx != hy)
    })
}
