//! Agreement: much shared content (or the same figure with some) and no conflicting cue.

use super::Rules;
use crate::analysis::Features;
use crate::judge::verdict::{Finding, Judgement, Stance, Verdict};

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

pub(super) fn explain_agreement(similarity: f64, same_number: bool, j: &mut Judgement) {
    let sim = similarity * 100.0;
    j.explanation = if same_number {
        format!("the same figure, with {sim:.0}% shared content")
    } else {
        format!("{sim:.0}% shared content and no conflicting cue")
    };
}
