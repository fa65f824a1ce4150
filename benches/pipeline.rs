//! Throughput of each stage on a synthetic Arabic corpus (`crosscheck::synth`), with the
//! all-pairs baseline measured in the same run as blocking.
//!
//! ```text
//! cargo bench --features synth --bench pipeline                         # text, extraction, pairing at 10k claims
//! CROSSCHECK_BENCH_LARGE=1 cargo bench --features synth --bench pipeline  # adds 100k claims and a ~100 MB corpus
//! ```

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use crosscheck::lab::text::{Normalized, sentences};
use crosscheck::synth::{SynthConfig, generate};
use crosscheck::{Checker, Corpus, Lexicon};
use std::hint::black_box;

/// The allocator the command-line tool uses (see the `mimalloc` feature), so that the figures
/// are the tool's.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn corpus(documents: usize) -> Corpus {
    let config = SynthConfig {
        documents,
        ..SynthConfig::default()
    };
    generate(&config, &Lexicon::default()).0
}

fn bytes(corpus: &Corpus) -> u64 {
    corpus.documents.iter().map(|d| d.text.len() as u64).sum()
}

fn large() -> bool {
    std::env::var_os("CROSSCHECK_BENCH_LARGE").is_some()
}

fn text_stage(c: &mut Criterion) {
    let corpus = corpus(500);
    let mut g = c.benchmark_group("text");
    g.throughput(Throughput::Bytes(bytes(&corpus)));
    let lexicon = Lexicon::default();
    let abbreviations = crosscheck::lab::lexicon::abbreviations(&lexicon);
    g.bench_function("normalise+segment", |b| {
        b.iter(|| {
            for d in &corpus.documents {
                let n = Normalized::new(&d.text);
                black_box(sentences(n.as_str(), abbreviations));
            }
        })
    });
    g.finish();
}

fn extraction(c: &mut Criterion) {
    let checker = Checker::new();
    let corpus = corpus(500);
    let mut g = c.benchmark_group("extract");
    g.throughput(Throughput::Bytes(bytes(&corpus)));
    g.sample_size(10);
    g.bench_function("one thread", |b| {
        b.iter(|| {
            for d in &corpus.documents {
                black_box(checker.extract(d));
            }
        })
    });
    g.bench_function("all threads", |b| {
        b.iter(|| black_box(checker.extract_all(&corpus.documents)))
    });
    g.finish();
}

fn pairing(c: &mut Criterion) {
    let checker = Checker::new();
    let mut g = c.benchmark_group("pair+judge");
    g.sample_size(10);
    let mut sizes = vec![2_500usize];
    if large() {
        sizes.push(25_000);
    }
    for documents in sizes {
        let claims = checker.extract_all(&corpus(documents).documents);
        g.throughput(Throughput::Elements(claims.len() as u64));
        g.bench_with_input(
            BenchmarkId::new("blocking", claims.len()),
            &claims,
            |b, claims| b.iter(|| black_box(checker.pair(claims))),
        );
    }
    // The baseline, in the same run: every pair of a smaller set.
    let claims = checker.extract_all(&corpus(500).documents);
    let pairs = crosscheck::lab::pair::all_pairs(claims.len());
    g.throughput(Throughput::Elements(claims.len() as u64));
    g.bench_with_input(
        BenchmarkId::new("blocking", claims.len()),
        &claims,
        |b, claims| b.iter(|| black_box(checker.pair(claims))),
    );
    g.bench_with_input(
        BenchmarkId::new("all pairs", claims.len()),
        &claims,
        |b, claims| b.iter(|| black_box(checker.judge_pairs(claims, &pairs))),
    );
    g.finish();
}

fn whole_pipeline(c: &mut Criterion) {
    if !large() {
        return;
    }
    let checker = Checker::new();
    let corpus = corpus(60_000); // about 100 MB
    let mut g = c.benchmark_group("pipeline");
    g.sample_size(10);
    g.throughput(Throughput::Bytes(bytes(&corpus)));
    g.bench_function("check ~100 MB", |b| {
        b.iter(|| black_box(checker.check(&corpus)))
    });
    g.finish();
}

criterion_group!(benches, text_stage, extraction, pairing, whole_pipeline);
criterion_main!(benches);
