//! Which verdicts a check keeps: each claim's strongest few, spread over the reports it meets.

use super::{Stance, Verdict};
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::judge::ConflictKind;
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
