//! Passages about another story than their page's: what lets a digest, a ticker of headlines
//! or a sidebar meet the story it speaks of.

use super::cluster::Cluster;
use super::dates::day_number;
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
    /// For each stem key, the stories whose core holds it, ascending.
    by_term: FxHashMap<u64, Vec<u32>>,
    /// Each story's date span, in days.
    days: Vec<Option<(i64, i64)>>,
    /// Each document's publication day.
    doc_days: Vec<Option<i64>>,
}

impl Index {
    /// The index of `clusters`, story `s` being cluster `order[s]`.
    pub(crate) fn new(clusters: &[Cluster], order: &[usize], documents: &[DatedProfile]) -> Self {
        let mut by_term: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
        for (s, &c) in order.iter().enumerate() {
            for &(key, _) in &clusters[c].core {
                by_term.entry(key).or_default().push(s as u32);
            }
        }
        Index {
            by_term,
            days: order.iter().map(|&c| clusters[c].days).collect(),
            doc_days: documents
                .iter()
                .map(|d| d.published.and_then(day_number))
                .collect(),
        }
    }

    pub(crate) fn day(&self, doc: u32) -> Option<i64> {
        self.doc_days.get(doc as usize).copied().flatten()
    }

    /// The stories other than `own` that a passage is about, best first; `words` are the
    /// passage's stems that have a weight ([`Rarity::idf`]), with it.
    pub(crate) fn stories_of(
        &self,
        own: u32,
        words: &[(u64, f32)],
        day: Option<i64>,
        config: &StoryConfig,
    ) -> Vec<u32> {
        let total: f32 = words.iter().map(|t| t.1).sum();
        if total <= 0.0 {
            return Vec::new();
        }
        // A story is reached through the passage's rarest words: the common ones are in too
        // many stories' cores to tell them apart.
        let rarest_first = |a: &(u64, f32), b: &(u64, f32)| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0));
        let mut weighted = words.to_vec();
        if weighted.len() > REACHING_WORDS {
            weighted.select_nth_unstable_by(REACHING_WORDS, rarest_first);
            weighted.truncate(REACHING_WORDS);
        }
        weighted.sort_unstable_by(rarest_first);
        // Each story a rare word leads to gets the word's weight, summed per story in a dense
        // table kept by each thread: a passage's words lead to hundreds of stories, and sorting
        // them for every claim cost more than the rest of the stage.
        // A story is kept only if its summed weight, times the decay of its distance in days,
        // is `attach_coverage` of `total`. A story first reached when the words still to come
        // weigh less than that can never get there (word weights are rarities, all positive),
        // so from then on only the stories already reached are summed. The common words come
        // last and lead to the most stories, so this skips most of the work. `most_decay` is the
        // most the decay can multiply by (unbounded when a negative half-life makes it grow);
        // the weight needed is kept in f64 and shaved by a little more than f32 rounding of the
        // sums can move, so that no story the full sum would keep is left out.
        let most_decay = if config.half_life_days < 0.0 {
            f64::INFINITY
        } else {
            1f64.max(config.min_decay)
        };
        let least_kept_weight =
            config.attach_coverage / most_decay * f64::from(total) - 1e-4 * f64::from(total);
        let mut still_to_come: f64 = weighted.iter().map(|t| f64::from(t.1)).sum();
        SCRATCH.with_borrow_mut(|scratch| {
            scratch.reset(self.days.len());
            for &(k, idf) in &weighted {
                let may_open = still_to_come >= least_kept_weight;
                still_to_come -= f64::from(idf);
                for &s in self.by_term.get(&k).map_or(&[][..], Vec::as_slice) {
                    if s != own && (may_open || scratch.reached(s)) {
                        scratch.add(s, idf);
                    }
                }
            }
            let mut found: Vec<(u32, f64)> = scratch
                .touched
                .iter()
                .filter_map(|&s| {
                    let (w, n) = scratch.sums[s as usize];
                    (n as usize >= MIN_SHARED).then_some((s, w))
                })
                .map(|(s, w)| {
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
        })
    }
}

thread_local! {
    static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
}

/// Per-story sums of word weight and counts of words, and the stories touched since the last
/// reset (so that a reset costs what the last passage touched, not the number of stories).
#[derive(Default)]
struct Scratch {
    sums: Vec<(f32, u32)>,
    touched: Vec<u32>,
}

impl Scratch {
    fn reset(&mut self, stories: usize) {
        for &s in &self.touched {
            self.sums[s as usize] = (0.0, 0);
        }
        self.touched.clear();
        if self.sums.len() < stories {
            self.sums.resize(stories, (0.0, 0));
        }
    }

    fn reached(&self, story: u32) -> bool {
        self.sums[story as usize].1 > 0
    }

    fn add(&mut self, story: u32, weight: f32) {
        let slot = &mut self.sums[story as usize];
        if slot.1 == 0 {
            self.touched.push(story);
        }
        slot.0 += weight;
        slot.1 += 1;
    }
}
