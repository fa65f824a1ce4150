//! Measures the pipeline at scale on a synthetic corpus: extraction throughput on one thread and
//! on all, blocking against all pairs (time and planted-conflict recall, same run), and pairing at
//! larger claim counts with peak memory.
//!
//! ```text
//! cargo run --release --example scale -- [CLAIMS...]      # default: 10000 100000
//! ```
//!
//! The all-pairs baseline runs at the first claim count only.

use crosscheck::synth::{SynthConfig, generate, planted_recall};
use crosscheck::{Checker, Claim, Corpus, Lexicon, Report};
use std::time::Instant;

fn peak_rss_mib() -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1)?.parse::<f64>().ok())
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

fn corpus_for(claims: usize, seed: u64) -> (Corpus, Vec<crosscheck::synth::Planted>) {
    // About 4 claims a document with the default settings.
    let config = SynthConfig {
        documents: (claims / 4).max(10),
        seed,
        ..SynthConfig::default()
    };
    generate(&config, &Lexicon::default())
}

fn main() {
    let counts: Vec<usize> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let counts = if counts.is_empty() {
        vec![10_000, 100_000]
    } else {
        counts
    };
    let checker = Checker::new();
    println!("cores: {}", rayon::current_num_threads());

    for (n, &target) in counts.iter().enumerate() {
        let t = Instant::now();
        let (corpus, planted) = corpus_for(target, 7 + n as u64);
        let bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
        println!(
            "\n== target {target} claims: {} documents, {:.1} MB generated in {:.1}s",
            corpus.documents.len(),
            bytes as f64 / 1e6,
            t.elapsed().as_secs_f64()
        );

        let one = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap();
        let t = Instant::now();
        let claims = one.install(|| checker.extract_all(&corpus.documents));
        let single = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let claims_par = checker.extract_all(&corpus.documents);
        let multi = t.elapsed().as_secs_f64();
        assert_eq!(claims.len(), claims_par.len());
        println!(
            "extraction: {} claims; 1 thread {:.1} MB/s, {} threads {:.1} MB/s (speed-up {:.2})",
            claims.len(),
            bytes as f64 / 1e6 / single,
            rayon::current_num_threads(),
            bytes as f64 / 1e6 / multi,
            single / multi
        );

        let report = |claims: Vec<Claim>, conflicts, corroborations| Report {
            claims,
            conflicts,
            corroborations,
            ..Report::default()
        };
        let t = Instant::now();
        let (conflicts, corroborations, stats) = checker.pair(&claims);
        let blocked = t.elapsed().as_secs_f64();
        let dropped = stats.dropped_keys.len();
        let (found, total) =
            planted_recall(&report(claims.clone(), conflicts, corroborations), &planted);
        println!(
            "blocking: {} candidates of {} pairs ({:.4}%), {} blocks dropped; paired and judged in {:.2}s ({:.0} claims/s); planted recall {found}/{total}; peak RSS {:.0} MiB",
            stats.candidates,
            stats.all_pairs,
            100.0 * stats.candidates as f64 / stats.all_pairs.max(1) as f64,
            dropped,
            blocked,
            claims.len() as f64 / blocked,
            peak_rss_mib()
        );
        println!("  proposed by key kind: {:?}", stats.proposed_by_kind);
        for (key, size) in stats.dropped_keys.iter().take(5) {
            println!("  dropped {key} ({size} claims)");
        }

        if n == 0 {
            let pairs = crosscheck::pair::all_pairs(claims.len());
            let t = Instant::now();
            let judged = checker.judge_pairs(&claims, &pairs);
            let (conflicts, corroborations) = (judged.conflicts, judged.corroborations);
            let all = t.elapsed().as_secs_f64();
            let (found_all, _) =
                planted_recall(&report(claims.clone(), conflicts, corroborations), &planted);
            println!(
                "all pairs: {} pairs judged in {:.2}s; planted recall {found_all}/{total}; blocking is {:.0}x faster",
                pairs.len(),
                all,
                all / blocked
            );
        }
    }
}
