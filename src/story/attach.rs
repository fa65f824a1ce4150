//! Passages about another story than their page's: what lets a digest, a ticker of headlines
//! or a sidebar meet the story it speaks of.

use super::cluster::Cluster;
use super::dates::day_number;
use super::vectors::Rarity;
use super::{DatedProfile, StoryConfig};
use rustc_hash::FxHashMap;

/// The fewest rare words a passage must share with a story's core to be about it.
const MIN_SHARED: usize = 2;
/// How many of a passage's rarest words lead to the stories it may be about.
const REACHING_WORDS: usize = 12;
/// The most other stories a passage may be about.
const MAX_STORIES: usize = 2;

/// Stories by their core words, with their date spans.
#[derive(Debug, Clone, Default)]
pub(crate) struct Index {
    rarity: Rarity,
    /// For each stem key, the stories whose core holds it, ascending.
    by_term: FxHashMap<u64, Vec<u32>>,
    /// Each story's date span, in days.
    days: Vec<Option<(i64, i64)>>,
    /// Each document's publication day.
    doc_days: Vec<Option<i64>>,
}

impl Index {
    /// The index of `clusters`, story `s` being cluster `order[s]`.
    pub(crate) fn new(
        rarity: Rarity,
        clusters: &[Cluster],
        order: &[usize],
        documents: &[DatedProfile],
    ) -> Self {
        let mut by_term: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
        for (s, &c) in order.iter().enumerate() {
            for &(key, _) in &clusters[c].core {
                by_term.entry(key).or_default().push(s as u32);
            }
        }
        Index {
            rarity,
            by_term,
            days: order.iter().map(|&c| clusters[c].days).collect(),
            doc_days: documents
                .iter()
                .map(|d| d.published.and_then(day_number))
                .collect(),
        }
    }

    pub(crate) fn rarity(&self) -> &Rarity {
        &self.rarity
    }

    pub(crate) fn day(&self, doc: u32) -> Option<i64> {
        self.doc_days.get(doc as usize).copied().flatten()
    }

    /// The stories other than `own` that a passage with stems `stems` is about, best first.
    pub(crate) fn stories_of(
        &self,
        own: u32,
        stems: &[u64],
        day: Option<i64>,
        config: &StoryConfig,
    ) -> Vec<u32> {
        let mut weighted: Vec<(u64, f32)> = stems
            .iter()
            .filter_map(|&k| Some((k, self.rarity.idf(k)?)))
            .collect();
        let total: f32 = weighted.iter().map(|t| t.1).sum();
        if total <= 0.0 {
            return Vec::new();
        }
        // A story is reached through the passage's rarest words: the common ones are in too
        // many stories' cores to tell them apart.
        weighted.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        weighted.truncate(REACHING_WORDS);
        // Each story a rare word leads to, with the word's weight; then summed per story. A
        // list sorted once costs less than a map that grows with every word's stories.
        let mut hits: Vec<(u32, f32)> = Vec::new();
        for &(k, idf) in &weighted {
            if let Some(stories) = self.by_term.get(&k) {
                hits.extend(stories.iter().filter(|&&s| s != own).map(|&s| (s, idf)));
            }
        }
        hits.sort_by_key(|h| h.0);
        let mut found: Vec<(u32, f64)> = hits
            .chunk_by(|a, b| a.0 == b.0)
            .filter(|run| run.len() >= MIN_SHARED)
            .map(|run| {
                let s = run[0].0;
                let w: f32 = run.iter().map(|h| h.1).sum();
                let distance = match (day, self.days[s as usize]) {
                    (Some(d), Some((a, b))) => (a - d).max(d - b).max(0),
                    _ => 0,
                };
                (s, f64::from(w / total) * config.decay(distance))
            })
            .filter(|&(_, score)| score >= config.attach_coverage)
            .collect();
        found.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        found.truncate(MAX_STORIES);
        found.into_iter().map(|(s, _)| s).collect()
    }
}
