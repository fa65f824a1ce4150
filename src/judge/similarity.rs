//! Content similarity of two statements: Dice over their sorted, unique stems (or stem keys).

/// Dice similarity of two sorted, unique lists (stems, or their keys), by one merge.
pub fn stem_similarity<T: Ord>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
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
