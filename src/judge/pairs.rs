//! Judging a corpus's candidate pairs: in chunks, in parallel, keeping each claim's strongest
//! verdicts only, so that memory follows the claims and not the number of candidates.

use super::admit::{Admission, Witnesses};
use super::cap::cap_per_claim;
use super::{Judge, Judgement, Verdict};
use crate::claim::Claim;
use rayon::prelude::*;

/// A verdict kept on claims `a` and `b` (indices into the claims judged), written out.
#[derive(Debug, Clone)]
pub(crate) struct Kept {
    /// The first claim.
    pub a: u32,
    /// The second claim.
    pub b: u32,
    /// The verdict with its words.
    pub judgement: Judgement,
    /// For an update: whether `a` is the newer count.
    pub a_is_newer: Option<bool>,
}

/// What judging a list of pairs kept, in no particular order.
#[derive(Debug, Clone, Default)]
pub(crate) struct KeptVerdicts {
    /// The verdicts kept.
    pub kept: Vec<Kept>,
    /// Verdicts dropped because a claim already had `max_per_claim` stronger ones.
    pub capped: usize,
}

impl Judge<'_> {
    /// Judges `pairs` of `claims` under `admission`, keeping at most `max_per_claim` verdicts
    /// of each stance per claim. `report[c]` numbers the report claim `c` comes from (its
    /// document, or the first of the documents that reprint one text).
    pub(crate) fn judge_pairs(
        &self,
        claims: &[Claim],
        pairs: &[(u32, u32)],
        report: &[u32],
        admission: &Admission,
        max_per_claim: usize,
    ) -> KeptVerdicts {
        // Documents by number, so that millions of pairs compare integers, not id strings.
        let doc = document_numbers(claims);
        let judge_one = |&(i, j): &(u32, u32)| {
            let (a, b) = (&claims[i as usize], &claims[j as usize]);
            let at = Witnesses {
                same_doc: doc[i as usize] == doc[j as usize],
                same_report: report[i as usize] == report[j as usize],
            };
            self.admit(a, b, at, admission).map(|v| (i, j, v))
        };
        let mut verdicts: Vec<(u32, u32, Verdict)> = Vec::new();
        let mut capped = 0;
        // A cap of k per claim keeps at most k verdicts per claim of each stance, each verdict
        // counting for two claims: prune when the list passes that bound.
        let prune_at = (claims.len() * max_per_claim).max(1 << 16);
        for chunk in pairs.chunks(1 << 18) {
            verdicts.extend(chunk.par_iter().filter_map(judge_one).collect::<Vec<_>>());
            if verdicts.len() > prune_at {
                capped += cap_per_claim(&mut verdicts, report, max_per_claim);
            }
        }
        capped += cap_per_claim(&mut verdicts, report, max_per_claim);
        // Only the verdicts kept are written out.
        let kept = verdicts
            .into_par_iter()
            .map(|(i, j, v)| {
                let (a, b) = (&claims[i as usize], &claims[j as usize]);
                Kept {
                    a: i,
                    b: j,
                    judgement: self.explain(&a.features, &b.features, &v),
                    a_is_newer: v.first_is_newer(&a.features, &b.features),
                }
            })
            .collect();
        KeptVerdicts { kept, capped }
    }
}

/// Each claim's document, numbered in order of first appearance.
pub(crate) fn document_numbers(claims: &[Claim]) -> Vec<u32> {
    let mut seen: rustc_hash::FxHashMap<&str, u32> = rustc_hash::FxHashMap::default();
    claims
        .iter()
        .map(|c| {
            let next = seen.len() as u32;
            *seen.entry(c.doc.as_str()).or_insert(next)
        })
        .collect()
}
