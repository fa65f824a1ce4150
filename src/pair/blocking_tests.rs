use super::*;
use crate::corpus::Document;
use crate::{Checker, Lexicon};

/// One troop-count claim per document, published on the given dates.
fn troop_claims(dates: &[&str]) -> Vec<Claim> {
    let docs: Vec<Document> = dates
        .iter()
        .enumerate()
        .map(|(i, d)| {
            let text = format!(
                "قال المتحدث إن نحو {} جندي أجنبي يوجدون في العراق.",
                1000 + 100 * i
            );
            Document::new(format!("d{i}"), text).with_published(d.parse().unwrap())
        })
        .collect();
    let claims = Checker::new().extract_all(&docs);
    assert_eq!(claims.len(), dates.len(), "one claim a document");
    claims
}

#[test]
fn a_small_block_is_joined_whole() {
    let claims = troop_claims(&["2024-01-05", "2024-06-01", "2024-12-30"]);
    let b = candidate_pairs(&claims, &Lexicon::default(), &BlockingConfig::default());
    assert_eq!(b.pairs, vec![(0, 1), (0, 2), (1, 2)]);
    assert!(b.dropped_keys.is_empty());
}

#[test]
fn a_large_block_is_split_by_month_and_neighbours_still_meet() {
    let dates = [
        "2024-01-03",
        "2024-01-20",
        "2024-02-10",
        "2024-02-25",
        "2024-05-02",
        "2024-05-09",
    ];
    let claims = troop_claims(&dates);
    // No stem keys: the texts differ only in their numbers, so stems would join them all.
    let config = BlockingConfig {
        split_block: 3,
        rare_stems: 0,
        ..BlockingConfig::default()
    };
    let b = candidate_pairs(&claims, &Lexicon::default(), &config);
    // January meets January and February; May meets only May.
    for pair in [(0, 1), (0, 2), (1, 3), (2, 3), (4, 5)] {
        assert!(
            b.pairs.contains(&pair),
            "{pair:?} missing from {:?}",
            b.pairs
        );
    }
    for pair in [(0, 4), (3, 4), (1, 5)] {
        assert!(
            !b.pairs.contains(&pair),
            "{pair:?} should be apart: {:?}",
            b.pairs
        );
    }
}

#[test]
fn a_part_over_the_cap_is_dropped_and_reported() {
    let claims = troop_claims(&["2024-03-01", "2024-03-02", "2024-03-03", "2024-03-04"]);
    let config = BlockingConfig {
        split_block: 2,
        max_block: 2,
        rare_stems: 0,
        ..BlockingConfig::default()
    };
    let b = candidate_pairs(&claims, &Lexicon::default(), &config);
    assert!(
        b.dropped_keys
            .iter()
            .any(|(k, n)| k.starts_with("Quantity:soldiers@iraq@2024-03") && *n >= 3),
        "{:?}",
        b.dropped_keys
    );
}

#[test]
fn combinations_are_visited_in_order() {
    let items = [1, 2, 3, 4, 5];
    for k in 0..=6 {
        let mut visited = Vec::new();
        for_each_combination(&items, k, |c| visited.push(c.to_vec()));
        assert_eq!(visited, combinations(&items, k), "k = {k}");
    }
}
