//! Which verdicts a check keeps: each claim's strongest few, and one conflict for a pole restated
//! in one article.

use crate::claim::Claim;
use crate::judge::{ConflictKind, Stance, Verdict};
use crate::report::{Conflict, FoldedPair};
use std::collections::HashMap;

/// Keeps, for each claim, its `max` strongest conflicts and corroborations
/// (strongest first, ties to the more similar pair, then by claim index); returns how many
/// verdicts were dropped.
pub(super) fn cap_per_claim(
    verdicts: &mut Vec<(u32, u32, Verdict)>,
    claims: usize,
    max: usize,
) -> usize {
    verdicts.sort_by(|x, y| {
        y.2.score
            .total_cmp(&x.2.score)
            .then(y.2.similarity.total_cmp(&x.2.similarity))
            .then((x.0, x.1).cmp(&(y.0, y.1)))
    });
    let mut counts = vec![[0usize; 2]; claims];
    let before = verdicts.len();
    verdicts.retain(|(i, j, v)| {
        let k = usize::from(v.stance != Stance::Contradict);
        let (i, j) = (*i as usize, *j as usize);
        if counts[i][k] >= max || counts[j][k] >= max {
            return false;
        }
        counts[i][k] += 1;
        counts[j][k] += 1;
        true
    });
    before - verdicts.len()
}

/// Folds antonym conflicts that repeat a stronger one: when a speaker restates the same pole in
/// the same article (شراكة دفاعية دائمة, three times), each restatement would otherwise be flagged
/// again against every claim of the other side. A pair folds into a stronger one when both its
/// claims have the same speakers, articles and pole words as the stronger pair's; the folded pairs
/// are listed under its `also`. Conflicts arrive sorted, strongest first.
pub(super) fn fold_restatements(conflicts: Vec<Conflict>, claims: &[Claim]) -> Vec<Conflict> {
    let by_id: HashMap<&str, &Claim> = claims.iter().map(|c| (c.id.as_str(), c)).collect();
    let mut kept: Vec<Conflict> = Vec::with_capacity(conflicts.len());
    type Side = (String, String, String);
    let mut representative: HashMap<(Side, Side), usize> = HashMap::new();
    for c in conflicts {
        if c.kind != ConflictKind::Antonym {
            kept.push(c);
            continue;
        }
        let (Some(a), Some(b)) = (by_id.get(c.a.as_str()), by_id.get(c.b.as_str())) else {
            kept.push(c);
            continue;
        };
        let side_a = (a.doc.clone(), a.speaker.identity(), c.cues[0].clone());
        let side_b = (b.doc.clone(), b.speaker.identity(), c.cues[1].clone());
        let keys = [if side_a <= side_b {
            (side_a, side_b)
        } else {
            (side_b, side_a)
        }];
        if let Some(&i) = keys.iter().find_map(|k| representative.get(k)) {
            kept[i].also.push(FoldedPair {
                a: c.a,
                b: c.b,
                score: c.score,
            });
            continue;
        }
        for k in keys {
            representative.insert(k, kept.len());
        }
        kept.push(c);
    }
    kept
}
