//! Stories told in two scripts: an Arabic and an English report of one event share no word, so
//! the clustering keeps them apart; what they share is the names they write, as consonant
//! skeletons ([`crate::text::translit`]). Two clusters of documents in different scripts are one
//! story when the names of their headlines and leads that they share are rare enough together,
//! and their dates are near.

use super::cluster::Cluster;
use super::vectors::Rarity;
use super::{DatedProfile, StoryConfig};
use rustc_hash::FxHashMap;

/// A cluster of the other script that shares this share of the best one's name weight counts
/// as a best match too: one story split in two.
const LINK_TIE: f64 = 0.8;

/// The script a cluster's documents are written in, when all share one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Script {
    Arabic,
    Latin,
}

/// The script of document `d`: its language's.
fn script_of(d: &DatedProfile) -> Option<Script> {
    match d.profile.language.as_deref()? {
        "ar" | "fa" | "ur" => Some(Script::Arabic),
        "en" | "fr" | "es" | "de" | "it" => Some(Script::Latin),
        _ => None,
    }
}

/// The names of a cluster's documents, each skeleton with the greatest rarity of the stems it
/// came from (common stems name nothing and are left out).
fn names(cluster: &Cluster, documents: &[DatedProfile], rarity: &Rarity) -> FxHashMap<u64, f32> {
    let mut out: FxHashMap<u64, f32> = FxHashMap::default();
    for &d in &cluster.members {
        for &(skeleton, stem) in &documents[d as usize].profile.names {
            if let Some(w) = rarity.idf(stem) {
                let slot = out.entry(skeleton).or_default();
                *slot = slot.max(w);
            }
        }
        // A name of two words is written in both scripts as two words: «تل العرب», "Tal
        // al-Arab".
        for pair in &documents[d as usize].profile.pairs {
            if let (Some(skeleton), Some(w)) = (pair.skeleton, rarity.pair_idf(pair.key)) {
                let slot = out.entry(skeleton).or_default();
                *slot = slot.max(w);
            }
        }
    }
    out
}

/// True when the two date spans (in days) are within `window` days of each other, or either
/// is unknown.
fn near(a: Option<(i64, i64)>, b: Option<(i64, i64)>, window: f64) -> bool {
    match (a, b) {
        (Some((a0, a1)), Some((b0, b1))) => {
            let gap = (b0 - a1).max(a0 - b1).max(0);
            gap as f64 <= window
        }
        _ => true,
    }
}

/// Merges the clusters of one script into those of the other that name the same event: two
/// clusters of different scripts join when each is the other's best match in the other
/// script (or within [`LINK_TIE`] of it), sharing at least
/// [`StoryConfig::link_name_weight`] of name weight. Clusters of
/// mixed or unknown script are left as they are.
pub(crate) fn across_scripts(
    clusters: Vec<Cluster>,
    documents: &[DatedProfile],
    rarity: &Rarity,
    config: &StoryConfig,
) -> Vec<Cluster> {
    let scripts: Vec<Option<Script>> = clusters
        .iter()
        .map(|c| {
            let mut s = c.members.iter().map(|&d| script_of(&documents[d as usize]));
            let first = s.next().flatten()?;
            s.all(|x| x == Some(first)).then_some(first)
        })
        .collect();
    if !scripts.contains(&Some(Script::Arabic)) || !scripts.contains(&Some(Script::Latin)) {
        return clusters;
    }
    let names: Vec<FxHashMap<u64, f32>> = clusters
        .iter()
        .map(|c| names(c, documents, rarity))
        .collect();
    // The Arabic clusters by the names they hold.
    let mut by_name: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for (i, n) in names.iter().enumerate() {
        if scripts[i] == Some(Script::Arabic) {
            for &k in n.keys() {
                by_name.entry(k).or_default().push(i);
            }
        }
    }
    // The name weight each Latin cluster shares with each Arabic one dated near it.
    let mut links: Vec<(usize, usize, f64)> = Vec::new();
    for (i, n) in names.iter().enumerate() {
        if scripts[i] != Some(Script::Latin) {
            continue;
        }
        let mut shared: FxHashMap<usize, f64> = FxHashMap::default();
        for (k, &w) in n {
            for &j in by_name.get(k).into_iter().flatten() {
                *shared.entry(j).or_default() += f64::from(w.min(names[j][k]));
            }
        }
        links.extend(
            shared
                .into_iter()
                .filter(|&(j, _)| near(clusters[i].days, clusters[j].days, config.window_days))
                .map(|(j, w)| (i, j, w)),
        );
    }
    links.sort_unstable_by_key(|&(i, j, _)| (i, j));
    // Two clusters join when each is the other's best of its script (or shares almost as
    // much as the best: one story split in two). A cluster that many of the other script
    // share a name or two with (a war's, a company's) is no hub joining them all.
    let mut best = vec![0.0f64; clusters.len()];
    for &(i, j, w) in &links {
        best[i] = best[i].max(w);
        best[j] = best[j].max(w);
    }
    let joins: Vec<(usize, usize)> = links
        .iter()
        .filter(|&&(i, j, w)| {
            w >= config.link_name_weight && w >= LINK_TIE * best[i] && w >= LINK_TIE * best[j]
        })
        .map(|&(i, j, _)| (i, j))
        .collect();
    if joins.is_empty() {
        return clusters;
    }
    // Joined clusters are one: each group's clusters merge into its first.
    let mut root: Vec<usize> = (0..clusters.len()).collect();
    fn find(root: &mut [usize], mut i: usize) -> usize {
        while root[i] != i {
            root[i] = root[root[i]];
            i = root[i];
        }
        i
    }
    for (i, j) in joins {
        let (a, b) = (find(&mut root, i), find(&mut root, j));
        root[a.max(b)] = a.min(b);
    }
    let mut merged: Vec<Option<Cluster>> = clusters.into_iter().map(Some).collect();
    for i in 0..merged.len() {
        let r = find(&mut root, i);
        if r == i {
            continue;
        }
        let Some(part) = merged[i].take() else {
            continue;
        };
        let whole = merged[r].as_mut().expect("a group's first cluster stays");
        merge_into(whole, part);
    }
    merged.into_iter().flatten().collect()
}

/// Adds `part`'s documents, core words and dates to `whole`.
fn merge_into(whole: &mut Cluster, part: Cluster) {
    whole.members.extend(part.members);
    whole.members.sort_unstable();
    let mut core: FxHashMap<u64, f32> = whole.core.iter().copied().collect();
    for (k, w) in part.core {
        *core.entry(k).or_default() += w;
    }
    whole.core = core.into_iter().collect();
    whole.core.sort_unstable_by_key(|t| t.0);
    whole.days = match (whole.days, part.days) {
        (Some((a0, a1)), Some((b0, b1))) => Some((a0.min(b0), a1.max(b1))),
        (a, b) => a.or(b),
    };
}
