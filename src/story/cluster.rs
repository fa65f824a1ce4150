//! Online clustering by centroid: documents in order of publication, each joining the story it
//! is most like (cosine to the story's centroid, decayed by the days between) or starting one.

use super::dates::day_number;
use super::vectors::TermVector;
use super::{DatedProfile, StoryConfig};
use rustc_hash::FxHashMap;

/// The most terms a story's centroid keeps.
const CENTROID_TERMS: usize = 150;

/// A story being built: the sum of its documents' vectors and its date span.
struct Centroid {
    sum: FxHashMap<u64, f32>,
    norm_squared: f64,
    days: Option<(i64, i64)>,
    members: Vec<u32>,
}

impl Centroid {
    fn similarity(&self, v: &TermVector) -> f64 {
        if self.norm_squared <= 0.0 {
            return 0.0;
        }
        let dot: f64 = v
            .terms
            .iter()
            .filter_map(|(k, w)| self.sum.get(k).map(|s| f64::from(*s) * f64::from(*w)))
            .sum();
        dot / self.norm_squared.sqrt()
    }

    fn add(&mut self, doc: u32, v: &TermVector, day: Option<i64>) {
        for &(k, w) in &v.terms {
            let s = self.sum.entry(k).or_default();
            self.norm_squared += f64::from(w) * (2.0 * f64::from(*s) + f64::from(w));
            *s += w;
        }
        if self.sum.len() > 2 * CENTROID_TERMS {
            self.prune();
        }
        if let Some(d) = day {
            self.days = Some(self.days.map_or((d, d), |(a, b)| (a.min(d), b.max(d))));
        }
        self.members.push(doc);
    }

    /// Keeps the [`CENTROID_TERMS`] heaviest terms: what the story's documents share, not the
    /// long tail each brings alone, which would make a large story like every document.
    fn prune(&mut self) {
        let mut terms: Vec<(u64, f32)> = self.sum.iter().map(|(k, w)| (*k, *w)).collect();
        terms.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        terms.truncate(CENTROID_TERMS);
        self.norm_squared = terms.iter().map(|t| f64::from(t.1).powi(2)).sum();
        self.sum = terms.into_iter().collect();
    }

    /// Days from `day` to the story's date span; 0 inside it or when either is unknown.
    fn distance(&self, day: Option<i64>) -> i64 {
        match (day, self.days) {
            (Some(d), Some((a, b))) => (a - d).max(d - b).max(0),
            _ => 0,
        }
    }
}

/// A story found: its documents, its core terms (the heaviest of its centroid, with their
/// weight, by key) and its date span in days.
pub(crate) struct Cluster {
    pub(crate) members: Vec<u32>,
    pub(crate) core: Vec<(u64, f32)>,
    pub(crate) days: Option<(i64, i64)>,
}

/// The clusters.
pub(crate) fn online(
    vectors: &[TermVector],
    documents: &[DatedProfile],
    config: &StoryConfig,
) -> Vec<Cluster> {
    let days: Vec<Option<i64>> = documents
        .iter()
        .map(|d| d.published.and_then(day_number))
        .collect();
    // Dated documents first, by date; then the undated; ties by position: the same order on
    // every run.
    let mut order: Vec<u32> = (0..documents.len() as u32).collect();
    order.sort_by_key(|&i| (days[i as usize].is_none(), days[i as usize], i));
    let mut clusters: Vec<Centroid> = Vec::new();
    let mut by_term: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
    let mut candidates: Vec<u32> = Vec::new();
    for doc in order {
        let v = &vectors[doc as usize];
        let day = days[doc as usize];
        candidates.clear();
        for (k, _) in &v.terms {
            if let Some(cs) = by_term.get(k) {
                candidates.extend_from_slice(cs);
            }
        }
        candidates.sort_unstable();
        candidates.dedup();
        let scored: Vec<(u32, f64)> = candidates
            .iter()
            .map(|&c| {
                let centroid = &clusters[c as usize];
                let decay = config.decay(centroid.distance(day));
                (c, centroid.similarity(v) * decay)
            })
            .collect();
        let best = scored
            .into_iter()
            .filter(|&(_, s)| s >= config.join_similarity)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        let c = match best {
            Some((c, _)) => c,
            None => {
                clusters.push(Centroid {
                    sum: FxHashMap::default(),
                    norm_squared: 0.0,
                    days: None,
                    members: Vec::new(),
                });
                (clusters.len() - 1) as u32
            }
        };
        let centroid = &mut clusters[c as usize];
        for (k, _) in &v.terms {
            if !centroid.sum.contains_key(k) {
                by_term.entry(*k).or_default().push(c);
            }
        }
        centroid.add(doc, v, day);
    }
    clusters
        .into_iter()
        .map(|mut c| {
            c.prune();
            let mut core: Vec<(u64, f32)> = c.sum.into_iter().collect();
            core.sort_unstable_by_key(|t| t.0);
            Cluster {
                members: c.members,
                core,
                days: c.days,
            }
        })
        .collect()
}
