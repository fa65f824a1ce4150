//! Online clustering by centroid: documents in order of publication, each joining the story it
//! is most like (cosine to the story's centroid, decayed by the days between) or starting one.

use super::dates::day_number;
use super::vectors::TermVector;
use super::{DatedProfile, StoryConfig};
use rustc_hash::{FxHashMap, FxHashSet};

/// How many of a document's strongest terms its likeness to a story is summed over.
const SCORED_TERMS: usize = 64;
/// The most terms a story's centroid keeps.
const CENTROID_TERMS: usize = 150;

/// A story being built: the sum of its documents' vectors and its date span.
struct Centroid {
    sum: FxHashMap<u64, f32>,
    /// The terms `by_term` lists this cluster under.
    indexed: FxHashSet<u64>,
    norm_squared: f64,
    days: Option<(i64, i64)>,
    members: Vec<u32>,
}

impl Centroid {
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
    rarity_measured: bool,
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
    // For each term, the clusters whose centroid holds (or held) it, each once: the dot product
    // of a document with every centroid is summed over the terms they share only.
    let mut by_term: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
    let mut dot: Vec<f64> = Vec::new();
    let mut touched: Vec<u32> = Vec::new();
    for doc in order {
        let v = &vectors[doc as usize];
        let day = days[doc as usize];
        // The document's strongest terms carry most of its weight: the likeness to each story
        // is summed over them, not over the long tail of words that occur once.
        // (In a small corpus the shared words are the common ones, and all are kept.)
        let mut strongest: Vec<(u64, f32)> = v.terms.clone();
        if rarity_measured && strongest.len() > SCORED_TERMS {
            strongest.select_nth_unstable_by(SCORED_TERMS, |a, b| {
                b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
            });
            strongest.truncate(SCORED_TERMS);
            let norm = strongest
                .iter()
                .map(|t| f64::from(t.1).powi(2))
                .sum::<f64>()
                .sqrt();
            strongest
                .iter_mut()
                .for_each(|t| t.1 = (f64::from(t.1) / norm) as f32);
        }
        for &(k, w) in &strongest {
            for &c in by_term.get(&k).map_or(&[][..], Vec::as_slice) {
                if let Some(s) = clusters[c as usize].sum.get(&k) {
                    if dot[c as usize] == 0.0 {
                        touched.push(c);
                    }
                    dot[c as usize] += f64::from(*s) * f64::from(w);
                }
            }
        }
        touched.sort_unstable();
        let scored: Vec<(u32, f64)> = touched
            .iter()
            .map(|&c| {
                let centroid = &clusters[c as usize];
                let decay = config.decay(centroid.distance(day));
                let similarity =
                    dot[c as usize] / centroid.norm_squared.sqrt().max(f64::MIN_POSITIVE);
                dot[c as usize] = 0.0;
                (c, similarity * decay)
            })
            .collect();
        touched.clear();
        let best = scored
            .into_iter()
            .filter(|&(_, s)| s >= config.join_similarity)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        let c = match best {
            Some((c, _)) => c,
            None => {
                clusters.push(Centroid {
                    sum: FxHashMap::default(),
                    indexed: FxHashSet::default(),
                    norm_squared: 0.0,
                    days: None,
                    members: Vec::new(),
                });
                dot.push(0.0);
                (clusters.len() - 1) as u32
            }
        };
        let centroid = &mut clusters[c as usize];
        for (k, _) in &v.terms {
            if centroid.indexed.insert(*k) {
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
