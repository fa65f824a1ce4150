//! Conflict ids survive a re-run with one more document: they come from the claims' documents
//! and words, not from their positions.

use crosscheck::{Checker, Corpus, Document, LoadOptions, date};
use std::collections::BTreeSet;
use std::path::PathBuf;

fn seeds() -> Corpus {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    Corpus::load(&[root], &LoadOptions::default()).unwrap()
}

#[test]
fn conflict_ids_survive_a_new_document() {
    let checker = Checker::new();
    let before = checker.check(&seeds());
    let ids: BTreeSet<String> = before.conflicts.iter().map(|c| c.id.clone()).collect();
    assert_eq!(ids.len(), before.conflicts.len(), "ids are unique");
    assert!(ids.iter().all(|id| id.len() == 16));
    let mut more = seeds();
    more.push(
        Document::new(
            "000-extra",
            "وقال مسؤول عسكري أميركي إن عدد الجنود الأميركيين في العراق لا يتجاوز ألفاً وخمسمئة جندي.",
        )
        .with_source("Outlet X")
        .with_published(date(2024, 1, 29)),
    );
    let after = checker.check(&more);
    let after_ids: BTreeSet<String> = after.conflicts.iter().map(|c| c.id.clone()).collect();
    let lost: Vec<&String> = ids.difference(&after_ids).collect();
    assert!(lost.is_empty(), "ids lost: {lost:?}");
    assert!(
        after.conflicts.len() > before.conflicts.len(),
        "the new document adds conflicts"
    );
}
