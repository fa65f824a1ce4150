//! Which verdicts a check keeps: each claim's strongest few, and one conflict for a pole restated
//! in one article.

use crate::claim::Claim;
use crate::judge::{ConflictKind, Stance, Verdict};
use crate::report::{Conflict, FoldedPair};
use rustc_hash::FxHashMap as HashMap;
use rustc_hash::FxHashSet;

/// Keeps, for each claim, its `max` strongest conflicts and corroborations (strongest first,
/// ties to the more similar pair, then by claim index), spread over articles: a claim's places go
/// first to its strongest verdict with each other report, and only then to further sentences of
/// a report it already meets. A denial of a killing would otherwise spend all its places on one
/// article that tells the killing in its title, lead and captions, and never reach the other
/// outlets that report it. `report[c]` numbers the report claim `c` comes from (a reprinted text
/// counts once). Returns how many verdicts were dropped.
pub(super) fn cap_per_claim(
    verdicts: &mut Vec<(u32, u32, Verdict)>,
    report: &[u32],
    max: usize,
) -> usize {
    verdicts.sort_by(|x, y| {
        y.2.score
            .total_cmp(&x.2.score)
            .then(y.2.similarity.total_cmp(&x.2.similarity))
            .then((x.0, x.1).cmp(&(y.0, y.1)))
    });
    let stance = |v: &Verdict| usize::from(v.stance != Stance::Contradict);
    let mut counts = vec![[0usize; 2]; report.len()];
    let mut keep = vec![false; verdicts.len()];
    // First each claim's strongest verdict with each other report, then the rest, in order.
    let mut met: FxHashSet<(u32, u32, usize)> = FxHashSet::default();
    for first_pass in [true, false] {
        for (n, (i, j, v)) in verdicts.iter().enumerate() {
            let k = stance(v);
            let (i, j) = (*i, *j);
            if keep[n] {
                continue;
            }
            // Each claim's first sight of a report is its strongest verdict with it, kept or
            // not: a weaker sentence of that report waits for the second pass.
            if first_pass {
                let new_j = met.insert((i, report[j as usize], k));
                let new_i = met.insert((j, report[i as usize], k));
                if !(new_i && new_j) {
                    continue;
                }
            }
            if counts[i as usize][k] >= max || counts[j as usize][k] >= max {
                continue;
            }
            keep[n] = true;
            counts[i as usize][k] += 1;
            counts[j as usize][k] += 1;
        }
    }
    let before = verdicts.len();
    let mut keep = keep.into_iter();
    verdicts.retain(|_| keep.next().unwrap_or(false));
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
    let mut representative: HashMap<(Side, Side), usize> = HashMap::default();
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::judge::verdict::Finding;

    /// The claim pairs of `verdicts`, in order.
    fn pairs(verdicts: &[(u32, u32, Verdict)]) -> Vec<(u32, u32)> {
        verdicts.iter().map(|(i, j, _)| (*i, *j)).collect()
    }

    /// Denials between the given claims, with the given scores.
    fn denials(list: &[(u32, u32, f64)]) -> Vec<(u32, u32, Verdict)> {
        list.iter()
            .map(|&(i, j, score)| {
                let finding = Finding::StatementNegation { cover: 1.0 };
                (
                    i,
                    j,
                    Verdict::conflict(ConflictKind::Denial, score, 0.5, finding),
                )
            })
            .collect()
    }

    #[test]
    fn a_claims_places_go_to_other_articles_before_more_sentences_of_one() {
        // Claim 0 (a denial, report 0) against three sentences of report 1, all strong, and
        // one weaker sentence of report 2; two places.
        let report = [0, 1, 1, 1, 2];
        let mut verdicts = denials(&[(0, 1, 0.9), (0, 2, 0.9), (0, 3, 0.9), (0, 4, 0.7)]);
        let dropped = cap_per_claim(&mut verdicts, &report, 2);
        assert_eq!(pairs(&verdicts), [(0, 1), (0, 4)]);
        assert_eq!(dropped, 2);
    }

    #[test]
    fn a_claims_strongest_sentence_of_an_article_is_not_passed_over_for_a_weaker_one() {
        // Claim 0's strongest verdict with report 1 (claim 1) is held back in the first pass
        // because claim 1 already met report 0 (claim 5); claim 0's weaker sentence of report 1
        // (claim 2) must not take its place.
        let report = [0, 1, 1, 2, 3, 0];
        let mut verdicts = denials(&[(1, 5, 0.95), (0, 1, 0.9), (0, 2, 0.5), (0, 3, 0.4)]);
        cap_per_claim(&mut verdicts, &report, 2);
        assert_eq!(pairs(&verdicts), [(1, 5), (0, 1), (0, 3)]);
    }

    #[test]
    fn with_places_to_spare_further_sentences_of_one_article_are_kept_strongest_first() {
        let report = [0, 1, 1, 1, 2];
        let mut verdicts = denials(&[(0, 4, 0.7), (0, 3, 0.8), (0, 1, 0.9), (0, 2, 0.85)]);
        cap_per_claim(&mut verdicts, &report, 3);
        assert_eq!(pairs(&verdicts), [(0, 1), (0, 2), (0, 4)]);
    }
}
