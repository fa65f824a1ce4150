//! Extraction alone over a folder, on one thread: for profiling.
//!
//! ```text
//! cargo run --release --example extract_only -- DIR
//! ```

use crosscheck::{Checker, Corpus, LoadOptions};
use std::time::Instant;

fn main() -> Result<(), crosscheck::Error> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "seeds".into());
    let corpus = Corpus::load(&[dir.into()], &LoadOptions::default())?;
    let checker = Checker::new();
    let bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
    let start = Instant::now();
    let claims: usize = corpus
        .documents
        .iter()
        .map(|d| checker.extract(d).len())
        .sum();
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{claims} claims from {:.1} MB in {secs:.2}s: {:.1} MB/s",
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
    Ok(())
}
