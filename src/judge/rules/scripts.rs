//! Two claims in different scripts share no word: what they share is the names both write
//! (the consonant skeletons of their words, [`crate::text::translit`]) and the glossary's acts
//! and things both name. What the judge weighs as their evidence of one event.

use crate::analysis::Features;
use crate::text::normalize_str;
use crate::text::tokens::light_stem;
use crate::text::translit::skeleton;

/// The rarity two claims in different scripts share through the skeletons of their words and
/// the concepts they both name.
pub(super) fn cross_script_weight(a: &Features, b: &Features) -> f64 {
    names_weight(a, b) + concepts_weight(a, b)
}

/// The rarity two claims share through the concepts they both name: the glossary's acts and
/// things, the lexicon's frames, objects and roles.
fn concepts_weight(a: &Features, b: &Features) -> f64 {
    let rarest = |f: &Features| -> rustc_hash::FxHashMap<u32, f32> {
        let mut out: rustc_hash::FxHashMap<u32, f32> = rustc_hash::FxHashMap::default();
        for t in &f.terms {
            let w = f.rarity(&t.stem).unwrap_or(0.0);
            let slot = out.entry(t.concept).or_default();
            *slot = slot.max(w);
        }
        // The lexicon's frames and what they are about («جدول زمني», "timetable"), each
        // weighing as its rarest word.
        for m in &f.mentions {
            let w = m
                .surface
                .split_whitespace()
                .filter_map(|word| f.rarity(light_stem(&normalize_str(word))))
                .fold(0.0f32, f32::max);
            let slot = out.entry(m.concept as u32).or_default();
            *slot = slot.max(w);
        }
        out
    };
    let (x, y) = (rarest(a), rarest(b));
    // Each language's rarity is measured on its own news: a concept counts the mean of its
    // two, not the lesser («التحالف» is in every Arabic war report, "coalition" is not).
    x.iter()
        .filter_map(|(c, &w)| Some((f64::from(w) + f64::from(*y.get(c)?)) / 2.0))
        .sum()
}

/// The rarity two claims share through the skeletons of their words.
fn names_weight(a: &Features, b: &Features) -> f64 {
    let keyed = |f: &Features| -> Vec<(u64, f32)> {
        let mut out: Vec<(u64, f32)> = f
            .stems
            .iter()
            .filter_map(|s| {
                let w = f.rarity(s)?;
                Some((crate::analysis::name_key(&skeleton(s)?), w))
            })
            .collect();
        out.sort_unstable_by(|x, y| x.0.cmp(&y.0).then(y.1.total_cmp(&x.1)));
        out.dedup_by_key(|x| x.0);
        out
    };
    let (x, y) = (keyed(a), keyed(b));
    // Each skeleton counts the lesser of its two rarities.
    let mut i = 0;
    let mut j = 0;
    let mut total = 0.0;
    while i < x.len() && j < y.len() {
        match x[i].0.cmp(&y[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                total += f64::from(x[i].1.min(y[j].1));
                i += 1;
                j += 1;
            }
        }
    }
    total
}
