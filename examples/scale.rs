//! Measures the pipeline at scale on a synthetic corpus: extraction throughput on one thread and
//! on all, blocking against all pairs (time and planted-conflict recall, same run), and pairing at
//! larger claim counts with peak memory.
//!
//! ```text
//! cargo run --release --features synth --example scale -- [CLAIMS...]      # default: 10000 100000
//! ```
//!
//! The all-pairs baseline runs at the first claim count only, and only up to 50,000 claims.

use crosscheck::synth::{SynthConfig, generate, planted_recall_in};
use crosscheck::{Checker, Claim, Corpus, Lexicon};
use std::time::Instant;

#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn peak_rss_mib() -> f64 {
    status_mib("VmHWM:")
}

fn rss_mib() -> f64 {
    status_mib("VmRSS:")
}

/// A memory figure of this process from /proc/self/status (Linux), in MiB; 0 elsewhere.
fn status_mib(field: &str) -> f64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
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

/// Why planted conflicts were missed: no claim over a span, not a candidate pair, judged below
/// the bar, or judged a conflict but crowded out of a claim's strongest few.
fn explain_misses(
    checker: &Checker,
    claims: &[Claim],
    planted: &[crosscheck::synth::Planted],
    found: &std::collections::HashSet<(u32, u32)>,
) {
    let mut by_doc: std::collections::HashMap<&str, Vec<u32>> = Default::default();
    for (i, c) in claims.iter().enumerate() {
        by_doc.entry(c.doc.as_str()).or_default().push(i as u32);
    }
    let over = |doc: &str, span: [usize; 2]| -> Vec<u32> {
        by_doc.get(doc).map_or(Vec::new(), |ids| {
            ids.iter()
                .copied()
                .filter(|&i| {
                    let c = &claims[i as usize];
                    c.start < span[1] && span[0] < c.end
                })
                .collect()
        })
    };
    let blocking = crosscheck::lab::pair::candidate_pairs(
        claims,
        checker.lexicon(),
        &crosscheck::BlockingConfig::default(),
    );
    let judge = crosscheck::Judge::new(checker.lexicon());
    let (mut no_claim, mut not_candidate, mut below, mut crowded, mut shown) = (0, 0, 0, 0, 0);
    for p in planted {
        let (a, b) = (over(&p.doc_a, p.span_a), over(&p.doc_b, p.span_b));
        let pairs: Vec<(u32, u32)> = a
            .iter()
            .flat_map(|&x| b.iter().map(move |&y| (x.min(y), x.max(y))))
            .collect();
        if pairs.iter().any(|p| found.contains(p)) {
            continue;
        }
        if pairs.is_empty() {
            no_claim += 1;
        } else if !pairs
            .iter()
            .any(|p| blocking.pairs.binary_search(p).is_ok())
        {
            not_candidate += 1;
        } else {
            let best = pairs
                .iter()
                .map(|&(x, y)| judge.judge_claims(&claims[x as usize], &claims[y as usize]))
                .max_by(|x, y| x.score.total_cmp(&y.score))
                .unwrap();
            if best.stance == crosscheck::Stance::Contradict
                && best.score >= checker.config().min_score
            {
                crowded += 1;
            } else {
                below += 1;
                if shown < 3 {
                    shown += 1;
                    let (x, y) = pairs[0];
                    println!(
                        "  judged {:?} {:.2} ({}): {:?} / {:?}",
                        best.stance,
                        best.score,
                        p.kind,
                        claims[x as usize].text,
                        claims[y as usize].text
                    );
                }
            }
        }
    }
    println!(
        "  missed: {no_claim} without a claim, {not_candidate} not candidates, {below} judged below the bar, {crowded} crowded out by stronger conflicts of the same claims"
    );
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
        drop(claims_par);
        // The text is not needed once the claims are out, as in a streamed run.
        drop(corpus);
        let held = rss_mib();
        println!(
            "extraction: {} claims ({:.0} MiB resident once the text is dropped, {:.1} KiB a claim); 1 thread {:.1} MB/s, {} threads {:.1} MB/s (speed-up {:.2})",
            claims.len(),
            held,
            held * 1024.0 / claims.len().max(1) as f64,
            bytes as f64 / 1e6 / single,
            rayon::current_num_threads(),
            bytes as f64 / 1e6 / multi,
            single / multi
        );

        let t = Instant::now();
        let (conflicts, corroborations, stats) = checker.pair(&claims);
        let blocked = t.elapsed().as_secs_f64();
        let dropped = stats.dropped_keys.len();
        let (found, total) = planted_recall_in(&claims, &conflicts, &planted);
        drop(corroborations);
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
        if found < total {
            let index: std::collections::HashMap<&str, u32> = claims
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id.as_str(), i as u32))
                .collect();
            let found_pairs = conflicts
                .iter()
                .map(|c| {
                    let (x, y) = (index[c.a.as_str()], index[c.b.as_str()]);
                    (x.min(y), x.max(y))
                })
                .collect();
            explain_misses(&checker, &claims, &planted, &found_pairs);
        }
        for (key, size) in stats.dropped_keys.iter().take(5) {
            println!("  dropped {key} ({size} claims)");
        }

        if n == 0 && claims.len() <= 50_000 {
            let pairs = crosscheck::lab::pair::all_pairs(claims.len());
            let t = Instant::now();
            let judged = checker.judge_pairs(&claims, &pairs);
            let all = t.elapsed().as_secs_f64();
            let (found_all, _) = planted_recall_in(&claims, &judged.conflicts, &planted);
            println!(
                "all pairs: {} pairs judged in {:.2}s; planted recall {found_all}/{total}; blocking is {:.0}x faster",
                pairs.len(),
                all,
                all / blocked
            );
        }
    }
}
