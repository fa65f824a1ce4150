//! Content similarity of two statements: Dice over their sorted, unique stems (or stem keys);
//! across scripts, where no word is shared, Dice over the lexicon concepts and places they name.

use crate::analysis::Features;

/// How similar two statements' contents are: their stems' Dice similarity, and for a pair in
/// two scripts (an Arabic statement and an English one share no word) the Dice similarity of
/// the concepts and places they name, if higher: concepts are the same in both languages.
pub fn content_similarity(a: &Features, b: &Features) -> f64 {
    let words = stem_similarity(&a.stem_keys, &b.stem_keys);
    if a.latin == b.latin {
        return words;
    }
    words.max(stem_similarity(&concepts_of(a), &concepts_of(b)))
}

/// The lexicon concepts (mentions and places) a statement names, sorted and unique.
fn concepts_of(f: &Features) -> Vec<usize> {
    let mut ids: Vec<usize> = f.mentions.iter().map(|m| m.concept).collect();
    ids.extend(&f.places);
    ids.sort_unstable();
    ids.dedup();
    ids
}

/// Dice similarity of two sorted, unique lists (stems, or their keys), by one merge.
pub fn stem_similarity<T: Ord>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    // Without branches on the comparison: which list moves on is a coin toss the processor
    // cannot foresee, and the judge merges two lists for every candidate pair.
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        let (x, y) = (&a[i], &b[j]);
        shared += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

#[cfg(test)]
mod tests {
    use super::stem_similarity;

    #[test]
    fn dice_counts_shared_items_of_both_lists() {
        assert_eq!(stem_similarity(&[1, 2, 3], &[2, 3, 4]), 2.0 * 2.0 / 6.0);
        assert_eq!(stem_similarity::<u8>(&[], &[1]), 0.0);
        assert_eq!(stem_similarity(&["a"], &["a"]), 1.0);
    }
}
