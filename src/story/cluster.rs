//! Online clustering by centroid: documents in order of publication, each joining the story it
//! is most like (cosine to the story's centroid, decayed by the days between) or starting one.

use super::dates::day_number;
use super::vectors::TermVector;
use super::{DatedProfile, StoryConfig};
use rustc_hash::FxHashMap;

/// How many of a document's strongest terms its likeness to a story is summed over.
const SCORED_TERMS: usize = 64;
/// The most terms a story's centroid keeps.
const CENTROID_TERMS: usize = 150;

/// A story being built: the sum of its documents' vectors and its date span.
struct Centroid {
    /// Each term's summed weight, and where the term's posting list holds this story.
    sum: FxHashMap<u64, Slot>,
    norm_squared: f64,
    days: Option<(i64, i64)>,
    members: Vec<u32>,
}

/// A centroid term: its weight, and its place in the term's posting list ([`UNPOSTED`] until
/// it is posted).
#[derive(Clone, Copy)]
struct Slot {
    weight: f32,
    at: u32,
    /// Changed since the postings were last brought in step.
    dirty: bool,
}

/// The place of a centroid term not yet in its posting list.
const UNPOSTED: u32 = u32::MAX;

/// For each term, the stories whose centroid holds it, with the centroid's weight: a
/// document's likeness to every story is summed over the lists of its terms alone, without a
/// lookup per story. Kept in step with the centroids as they grow and are pruned.
#[derive(Default)]
struct Postings {
    by_term: FxHashMap<u64, Vec<(u32, f32)>>,
}

impl Postings {
    fn list(&self, term: u64) -> &[(u32, f32)] {
        self.by_term.get(&term).map_or(&[][..], Vec::as_slice)
    }
}

/// Adds `doc` (vector `v`, day `day`) to story `c`, then brings the postings in step with
/// what the centroid keeps (most of a document's words are pruned at once, and never posted).
fn add(
    clusters: &mut [Centroid],
    postings: &mut Postings,
    c: u32,
    doc: u32,
    v: &TermVector,
    day: Option<i64>,
) {
    let centroid = &mut clusters[c as usize];
    for &(k, w) in &v.terms {
        let slot = centroid.sum.entry(k).or_insert(Slot {
            weight: 0.0,
            at: UNPOSTED,
            dirty: false,
        });
        centroid.norm_squared += f64::from(w) * (2.0 * f64::from(slot.weight) + f64::from(w));
        slot.weight += w;
        slot.dirty = true;
    }
    if let Some(d) = day {
        centroid.days = Some(centroid.days.map_or((d, d), |(a, b)| (a.min(d), b.max(d))));
    }
    centroid.members.push(doc);
    let dropped = if centroid.sum.len() > 2 * CENTROID_TERMS {
        prune(centroid)
    } else {
        Vec::new()
    };
    for (k, slot) in &mut centroid.sum {
        if !slot.dirty {
            continue;
        }
        slot.dirty = false;
        let list = postings.by_term.entry(*k).or_default();
        if slot.at == UNPOSTED {
            list.push((c, slot.weight));
            slot.at = (list.len() - 1) as u32;
        } else {
            list[slot.at as usize].1 = slot.weight;
        }
    }
    for (k, slot) in dropped.into_iter().filter(|(_, s)| s.at != UNPOSTED) {
        // Take the story out of the term's list; the entry moved into its place (another
        // story's) learns its new place.
        let list = postings
            .by_term
            .get_mut(&k)
            .expect("a posted term has a list");
        list.swap_remove(slot.at as usize);
        if let Some(&(moved, _)) = list.get(slot.at as usize)
            && let Some(s) = clusters[moved as usize].sum.get_mut(&k)
        {
            s.at = slot.at;
        }
    }
}

/// Keeps the [`CENTROID_TERMS`] heaviest terms of a centroid: what the story's documents
/// share, not the long tail each brings alone, which would make a large story like every
/// document. Returns the terms dropped.
fn prune(centroid: &mut Centroid) -> Vec<(u64, Slot)> {
    let mut terms: Vec<(u64, Slot)> = centroid.sum.iter().map(|(k, s)| (*k, *s)).collect();
    let heavier =
        |a: &(u64, Slot), b: &(u64, Slot)| b.1.weight.total_cmp(&a.1.weight).then(a.0.cmp(&b.0));
    let mut dropped = Vec::new();
    if terms.len() > CENTROID_TERMS {
        terms.select_nth_unstable_by(CENTROID_TERMS, heavier);
        dropped = terms.split_off(CENTROID_TERMS);
    }
    terms.sort_unstable_by(heavier);
    centroid.norm_squared = terms.iter().map(|t| f64::from(t.1.weight).powi(2)).sum();
    centroid.sum = terms.into_iter().collect();
    dropped
}

impl Centroid {
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

/// The norm of the [`SCORED_TERMS`] strongest of `terms`.
fn strongest_norm(terms: &[(u64, f32)]) -> f64 {
    let mut weights: Vec<f32> = terms.iter().map(|t| t.1).collect();
    if weights.len() > SCORED_TERMS {
        weights.select_nth_unstable_by(SCORED_TERMS, |a, b| b.total_cmp(a));
        weights.truncate(SCORED_TERMS);
    }
    weights
        .iter()
        .map(|&w| f64::from(w).powi(2))
        .sum::<f64>()
        .sqrt()
}

/// The clusters.
pub(crate) fn online(
    vectors: &[TermVector],
    documents: &[DatedProfile],
    config: &StoryConfig,
    rarity: &super::vectors::Rarity,
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
    let mut postings = Postings::default();
    let mut dot: Vec<f64> = Vec::new();
    let mut touched: Vec<u32> = Vec::new();
    for doc in order {
        let v = &vectors[doc as usize];
        let day = days[doc as usize];
        // The document's strongest terms carry most of its weight: the likeness to each story
        // is summed over them, not over the long tail of words that occur once, and weighed
        // against them. A word no other document holds makes it like no story: it takes no
        // place among them, though it weighs in the whole.
        let norm = strongest_norm(&v.terms);
        let mut strongest: Vec<(u64, f32)> = v.terms.clone();
        strongest.retain(|t| !rarity.is_lone(t.0));
        if strongest.len() > SCORED_TERMS {
            strongest.select_nth_unstable_by(SCORED_TERMS, |a, b| {
                b.1.total_cmp(&a.1).then(a.0.cmp(&b.0))
            });
            strongest.truncate(SCORED_TERMS);
        }
        if norm > 0.0 {
            strongest
                .iter_mut()
                .for_each(|t| t.1 = (f64::from(t.1) / norm) as f32);
        }
        for &(k, w) in &strongest {
            for &(c, s) in postings.list(k) {
                if dot[c as usize] == 0.0 {
                    touched.push(c);
                }
                dot[c as usize] += f64::from(s) * f64::from(w);
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
                    norm_squared: 0.0,
                    days: None,
                    members: Vec::new(),
                });
                dot.push(0.0);
                (clusters.len() - 1) as u32
            }
        };
        add(&mut clusters, &mut postings, c, doc, v, day);
    }
    clusters
        .into_iter()
        .map(|mut c| {
            prune(&mut c);
            let mut core: Vec<(u64, f32)> = c.sum.into_iter().map(|(k, s)| (k, s.weight)).collect();
            core.sort_unstable_by_key(|t| t.0);
            Cluster {
                members: c.members,
                core,
                days: c.days,
            }
        })
        .collect()
}
