//! Records from verdicts: the conflicts, corroborations and updates a check kept, with their
//! stable ids, in the report's order; the stories with their conflict counts; the pairing
//! figures.

use super::{Conflict, Corroboration, FoldedPair, PairStats, StorySummary, Update};
use crate::claim::Claim;
use crate::judge::{ConflictKind, Kept, KeptVerdicts, Stance};
use crate::pair::Blocking;
use crate::report::DocumentSummary;
use crate::story::Stories;
use crate::text::normalize_str;
use rustc_hash::FxHashMap as HashMap;

/// What judging a list of pairs found.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct Judged {
    /// Conflicts, strongest first.
    pub conflicts: Vec<Conflict>,
    /// Corroborations, strongest first.
    pub corroborations: Vec<Corroboration>,
    /// Counts that supersede earlier ones.
    pub updates: Vec<Update>,
    /// Verdicts dropped because a claim already had `max_per_claim` stronger ones.
    pub capped: usize,
}

/// The records of the verdicts kept on `claims`: conflicts and corroborations strongest first
/// (ties by claim ids), an antonym restated in one article folded into its strongest pair,
/// updates by claim ids. Their stories are not yet set.
pub(crate) fn judged(claims: &[Claim], verdicts: KeptVerdicts) -> Judged {
    let mut conflicts = Vec::new();
    let mut corroborations = Vec::new();
    let mut updates = Vec::new();
    for Kept {
        a: i,
        b: j,
        judgement: v,
        a_is_newer,
    } in verdicts.kept
    {
        let (ca, cb) = (&claims[i as usize], &claims[j as usize]);
        let (a, b) = (ca.id.clone(), cb.id.clone());
        let mut v = v;
        v.quote_as_written(&ca.text, &cb.text);
        match (v.stance, v.kind) {
            (Stance::Update, _) => {
                let (newer, older) = if a_is_newer.unwrap_or(true) {
                    (a, b)
                } else {
                    (b, a)
                };
                updates.push(Update {
                    newer,
                    older,
                    topic: v.topic,
                    explanation: v.explanation,
                    story: None,
                });
            }
            (Stance::Contradict, Some(kind)) => conflicts.push(Conflict {
                id: conflict_id(ca, cb),
                a,
                b,
                kind,
                score: round(v.score),
                explanation: v.explanation,
                topic: v.topic,
                similarity: round(v.similarity),
                cues: v.cues,
                also: Vec::new(),
                story: None,
                review: None,
            }),
            _ => corroborations.push(Corroboration {
                a,
                b,
                score: round(v.score),
                explanation: v.explanation,
                story: None,
            }),
        }
    }
    let by_score = |x: &(f64, &String, &String), y: &(f64, &String, &String)| {
        y.0.total_cmp(&x.0)
            .then_with(|| (x.1, x.2).cmp(&(y.1, y.2)))
    };
    conflicts.sort_by(|x, y| by_score(&(x.score, &x.a, &x.b), &(y.score, &y.a, &y.b)));
    corroborations.sort_by(|x, y| by_score(&(x.score, &x.a, &x.b), &(y.score, &y.a, &y.b)));
    let conflicts = fold_restatements(conflicts, claims);
    updates.sort_by(|x, y| (&x.newer, &x.older).cmp(&(&y.newer, &y.older)));
    Judged {
        conflicts,
        corroborations,
        updates,
        capped: verdicts.capped,
    }
}

/// Sets each record's story, the first of the first claim's stories that the second is in
/// (`in_stories[c]`, claim `c` indexing `claims`), and returns how many conflicts each story
/// holds.
pub(crate) fn place_in_stories(
    judged: &mut Judged,
    claims: &[Claim],
    in_stories: &[Vec<u32>],
    stories: &Stories,
) -> Vec<usize> {
    let index: HashMap<&str, usize> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i))
        .collect();
    let met_in = |a: &str, b: &str| {
        let (a, b) = (&in_stories[index[a]], &in_stories[index[b]]);
        a.iter().find(|s| b.contains(s)).copied()
    };
    let id = |s: u32| stories.stories[s as usize].id.clone();
    let mut conflicts_in = vec![0usize; stories.stories.len()];
    for c in &mut judged.conflicts {
        let s = met_in(&c.a, &c.b);
        if let Some(s) = s {
            conflicts_in[s as usize] += 1;
        }
        c.story = s.map(id);
    }
    for c in &mut judged.corroborations {
        c.story = met_in(&c.a, &c.b).map(id);
    }
    for u in &mut judged.updates {
        u.story = met_in(&u.newer, &u.older).map(id);
    }
    conflicts_in
}

/// The stories as the report lists them, documents by id, with their conflict counts.
pub(crate) fn story_summaries(
    stories: &Stories,
    documents: &[DocumentSummary],
    conflicts_in: &[usize],
) -> Vec<StorySummary> {
    let ids = |members: &[u32]| -> Vec<String> {
        members
            .iter()
            .map(|&d| documents[d as usize].id.clone())
            .collect()
    };
    stories
        .stories
        .iter()
        .zip(conflicts_in)
        .map(|(s, &n)| StorySummary {
            id: s.id.clone(),
            label: s.label.clone(),
            documents: ids(&s.members),
            first_published: s.first_published,
            last_published: s.last_published,
            reprints: s.reprint_groups.iter().map(|g| ids(g)).collect(),
            conflicts: n,
        })
        .collect()
}

/// The pairing figures of a run over `claims`.
pub(crate) fn pair_stats(claims: &[Claim], blocking: &Blocking, capped: usize) -> PairStats {
    let n = claims.len() as u64;
    PairStats {
        candidates: blocking.pairs.len(),
        all_pairs: n * n.saturating_sub(1) / 2,
        dropped_keys: blocking.dropped_keys.clone(),
        capped,
        proposed_by_kind: blocking
            .proposed_by_kind
            .iter()
            .map(|(k, n)| (format!("{k:?}").to_lowercase(), *n))
            .collect(),
    }
}

/// A conflict's stable id: the FNV-1a hash of the two claims' documents and folded texts, in
/// a fixed order, as 16 hex digits. Claim numbers change when a document is edited or the
/// extractor changes; the words and their documents do not.
fn conflict_id(a: &Claim, b: &Claim) -> String {
    let key = |c: &Claim| format!("{}\u{1f}{}", c.doc, crate::text::normalize_str(&c.text));
    let (x, y) = (key(a), key(b));
    let (first, second) = if x <= y { (x, y) } else { (y, x) };
    let joined = format!("{first}\u{1e}{second}");
    crate::text::fingerprint::fingerprint(joined.as_bytes())
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// Folds antonym conflicts that repeat a stronger one: when a speaker restates the same pole in
/// the same article (شراكة دفاعية دائمة, three times), each restatement would otherwise be flagged
/// again against every claim of the other side. A pair folds into a stronger one when both its
/// claims have the same speakers, articles and pole words as the stronger pair's; the folded pairs
/// are listed under its `also`. Conflicts arrive sorted, strongest first.
fn fold_restatements(conflicts: Vec<Conflict>, claims: &[Claim]) -> Vec<Conflict> {
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
        // Cues are quoted as each claim writes them: two spellings of one word are one side.
        let side_a = (
            a.doc.clone(),
            a.speaker.identity(),
            normalize_str(&c.cues[0]),
        );
        let side_b = (
            b.doc.clone(),
            b.speaker.identity(),
            normalize_str(&c.cues[1]),
        );
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
