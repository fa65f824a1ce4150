//! Numbers that cannot both hold: the same thing counted (same unit, same place) with ranges
//! that do not overlap («نحو 2500» against «لا يتجاوز ألفي»).

use super::{Rules, keep_stronger};
use crate::analysis::{Features, QuantityFeature};
use crate::judge::verdict::{ConflictKind, Finding, Judgement, Verdict};
use crate::lexicon::Bound;

/// The range of values a bounded number allows.
fn interval(q: &QuantityFeature, tolerance: f64) -> (f64, f64) {
    let v = q.value;
    match q.bound {
        Bound::Exact => (v, v),
        Bound::Approx => (v * (1.0 - tolerance), v * (1.0 + tolerance)),
        Bound::AtMost => (f64::NEG_INFINITY, v),
        Bound::Below => (f64::NEG_INFINITY, v - v.abs() * 1e-9 - 1e-9),
        Bound::AtLeast => (v, f64::INFINITY),
        Bound::Above => (v + v.abs() * 1e-9 + 1e-9, f64::INFINITY),
    }
}

fn describe(q: &QuantityFeature) -> String {
    let bound = match q.bound {
        Bound::Exact => "",
        Bound::Approx => "about ",
        Bound::AtMost => "at most ",
        Bound::AtLeast => "at least ",
        Bound::Above => "more than ",
        Bound::Below => "less than ",
    };
    format!("{bound}{}", q.value)
}

impl Rules<'_> {
    pub(super) fn numeric(&self, a: &Features, b: &Features, sim: f64) -> Option<Verdict> {
        let w = &self.config.weights;
        let mut best: Option<Verdict> = None;
        for (ia, qa) in a.quantities.iter().enumerate() {
            for (ib, qb) in b.quantities.iter().enumerate() {
                let (Some(ua), Some(ub)) = (&qa.unit, &qb.unit) else {
                    continue;
                };
                if ua != ub || qa.place != qb.place {
                    continue;
                }
                let tolerance = self.config.approx_tolerance;
                let ((alo, ahi), (blo, bhi)) = (interval(qa, tolerance), interval(qb, tolerance));
                if ahi >= blo && bhi >= alo {
                    continue;
                }
                let known_unit = self.lexicon.concept_index(ua).is_some();
                if !known_unit && sim < self.config.numeric_min_similarity {
                    continue;
                }
                let gap = (qa.value - qb.value).abs() / qa.value.abs().max(qb.value.abs()).max(1.0);
                let score = (w.numeric_base
                    + w.numeric_gap * (gap * 2.0).min(1.0)
                    + w.numeric_similarity * (sim * 2.0).min(1.0))
                .min(1.0);
                let finding = Finding::Numeric {
                    a: ia as u32,
                    b: ib as u32,
                };
                keep_stronger(
                    &mut best,
                    Verdict::conflict(ConflictKind::Numeric, score, sim, finding),
                );
            }
        }
        best
    }

    pub(super) fn explain_numeric(
        &self,
        a: &Features,
        b: &Features,
        ia: u32,
        ib: u32,
        j: &mut Judgement,
    ) {
        let (qa, qb) = (&a.quantities[ia as usize], &b.quantities[ib as usize]);
        let unit = qa.unit.as_deref().unwrap_or_default();
        let place = qa
            .place
            .as_deref()
            .map(|p| format!(" in {p}"))
            .unwrap_or_default();
        j.explanation = format!(
            "{unit}{place}: one says {}, the other {}; the two ranges do not overlap",
            describe(qa),
            describe(qb)
        );
        j.topic = format!(
            "{unit}{}",
            qa.place
                .as_deref()
                .map(|p| format!("@{p}"))
                .unwrap_or_default()
        );
        j.cues = [describe(qa), describe(qb)];
    }
}
