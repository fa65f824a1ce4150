//! What the input targets share: arbitrary bytes written as a file of one kind into a folder
//! beside a good article, and the folder read as the CLI reads it.
//!
//! Whatever the bytes, the good article is read, and the file is either read (its documents
//! named after it) or listed as skipped or unread under its own name: no panic, no document lost.

use crosscheck::{Corpus, LoadOptions};
use std::path::PathBuf;

const GOOD: &str =
    "The port authority said on Friday that its fees will rise by a third next month.";

/// A folder of this process's own for target `name`, with the good article in it.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("crosscheck-fuzz-{name}-{}", std::process::id()));
    if !dir.exists() {
        std::fs::create_dir_all(&dir).expect("a temporary folder");
        std::fs::write(dir.join("good.txt"), GOOD).expect("the good article");
    }
    dir
}

/// Writes `data` as `file` (its extension says its kind) beside the good article, reads the
/// folder, and checks that nothing is lost.
pub fn read_as(target: &str, file: &str, data: &[u8]) {
    let dir = folder(target);
    std::fs::write(dir.join(file), data).expect("the fuzzed file");
    let corpus =
        Corpus::load(&[&dir], &LoadOptions::default()).expect("the folder holds a good article");
    assert!(
        corpus
            .documents
            .iter()
            .any(|d| d.id == "good" && d.text == GOOD),
        "the good article was lost"
    );
    let stem = file.split('.').next().unwrap_or(file);
    for d in corpus.documents.iter().filter(|d| d.id != "good") {
        assert!(
            d.id.starts_with(stem),
            "a document not of the file: {}",
            d.id
        );
    }
    for s in corpus
        .skipped
        .iter()
        .chain(&corpus.unread)
        .chain(&corpus.warnings)
    {
        assert!(
            s.path.contains(file),
            "a skip that does not name its file: {s:?}"
        );
        assert!(!s.reason.is_empty());
    }
}
