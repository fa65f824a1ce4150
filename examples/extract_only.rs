//! Extraction alone over a folder, on one thread, stage by stage: for profiling.
//!
//! ```text
//! cargo run --release --example extract_only -- DIR
//! ```
//!
//! Prints the throughput of each text stage run alone over every document (normalising,
//! sentences and quotations, words, the lexicon scan, boilerplate), then of the whole extraction.
//! The stages do not add up to the whole: attribution, analysis and claim building are the rest.
//! Extraction itself finds the boilerplate markers that count anywhere on the lexicon scan's walk
//! (`Lexicon::scan_document`); the boilerplate line here runs its own search, as a caller
//! without a lexicon scan would.
//! The last line runs the whole extraction again on every core (`RAYON_NUM_THREADS` to choose).

use crosscheck::lab::lexicon::{abbreviations, boilerplate, scan_count};
use crosscheck::lab::text::{Normalized, boilerplate_regions, sentences_and_quotations, tokenize};
use crosscheck::{Checker, Corpus, LoadOptions};
use rayon::prelude::*;
use std::time::Instant;

/// The allocator the command-line tool uses (see the `mimalloc` feature).
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Runs `stage` over every item and prints its throughput over `mb` megabytes.
fn time<T>(name: &str, mb: f64, items: &[T], stage: impl Fn(&T) -> usize) {
    let start = Instant::now();
    let count: usize = items.iter().map(stage).sum();
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{name:<22} {secs:6.2}s {:7.1} MB/s  ({count} out)",
        mb / secs
    );
}

fn main() -> Result<(), crosscheck::Error> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "seeds".into());
    let corpus = Corpus::load(&[dir], &LoadOptions::default())?;
    let checker = Checker::new();
    let lexicon = checker.lexicon();
    let docs = &corpus.documents;
    let mb = docs.iter().map(|d| d.text.len()).sum::<usize>() as f64 / 1e6;
    println!("{} documents, {mb:.1} MB, one thread", docs.len());

    time("normalise", mb, docs, |d| {
        Normalized::new(&d.text).as_str().len()
    });
    let folded: Vec<Normalized> = docs.iter().map(|d| Normalized::new(&d.text)).collect();
    time("sentences+quotations", mb, &folded, |n| {
        sentences_and_quotations(n.as_str(), abbreviations(lexicon))
            .0
            .len()
    });
    time("words", mb, &folded, |n| tokenize(n.as_str()).len());
    time("lexicon scan", mb, &folded, |n| {
        scan_count(lexicon, n.as_str())
    });
    time("boilerplate", mb, &folded, |n| {
        boilerplate_regions(n.as_str(), boilerplate(lexicon)).len()
    });
    drop(folded);
    // Three runs: the first also pays for the allocator's first growth of the heap (page faults
    // and the kernel zeroing pages), which a long-running process pays once.
    for run in 1..=3 {
        time(&format!("extraction (claims) #{run}"), mb, docs, |d| {
            checker.extract(d).len()
        });
    }
    // The same extraction on every core (rayon, documents in parallel): the speed-up over the
    // line above is the parallel scaling. Claims are dropped as they come, as above; keeping
    // them all (`Checker::extract_all`) adds the cost of holding some 2 KiB per claim.
    let threads = rayon::current_num_threads();
    time(
        &format!("extraction, {threads} threads"),
        mb,
        &[docs],
        |d| d.par_iter().map(|doc| checker.extract(doc).len()).sum(),
    );
    time("extraction kept, 1 thread", mb, &[docs], |d| {
        d.iter()
            .flat_map(|doc| checker.extract(doc))
            .collect::<Vec<_>>()
            .len()
    });
    time(
        &format!("extraction kept, {threads} threads"),
        mb,
        &[docs],
        |d| checker.extract_all(d).len(),
    );
    Ok(())
}
