//! Arbitrary bytes as a review file: its entries, or an error naming the file (and the line
//! that does not parse); the entries read apply to a report without a panic.
#![no_main]

use crosscheck::report::read_review;
use crosscheck::{Checker, Corpus, Document};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn report() -> &'static crosscheck::Report {
    static REPORT: OnceLock<crosscheck::Report> = OnceLock::new();
    REPORT.get_or_init(|| {
        let mut corpus = Corpus::new();
        corpus.push(
            Document::new(
                "a",
                "The ministry said 40 people were killed in the strike.",
            )
            .with_source("A"),
        );
        corpus.push(
            Document::new(
                "b",
                "The ministry said 12 people were killed in the strike.",
            )
            .with_source("B"),
        );
        Checker::new().check(&corpus)
    })
}

fuzz_target!(|data: &[u8]| {
    let path = std::env::temp_dir().join(format!(
        "crosscheck-fuzz-review-{}.jsonl",
        std::process::id()
    ));
    std::fs::write(&path, data).expect("the fuzzed file");
    match read_review(&path) {
        Ok(entries) => {
            let mut report = report().clone();
            report.apply_review(&entries);
        }
        Err(e) => {
            let message = e.to_string();
            assert!(message.contains(&path.display().to_string()), "{message}");
        }
    }
});
