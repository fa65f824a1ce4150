//! The blocking join run on Apache DataFusion: crosscheck emits the `(story, key, claim)` rows of
//! its blocking stage, DataFusion joins them into candidate pairs, crosscheck judges the pairs.
//!
//! ```text
//! cargo run --release --features datafusion --example datafusion_join -- DIR [--parquet ROWS.parquet]
//! ```
//!
//! Off by default (the `datafusion` feature pulls in Arrow and a query engine). The same rows,
//! written as Parquet with `--parquet`, are what a Ballista or Spark cluster joins with the same
//! SQL when one machine is not enough: the join is the only step that sees many claims at once;
//! judging a pair needs only its two claims.
//!
//! Claims are paired only inside a story, so every row carries its story and the join matches
//! rows of one story only: the story is the partition key. On a cluster the rows are
//! hash-partitioned by `story` and each partition joins on its own, with no exchange between
//! them (a claim in two stories has a row in each).
//!
//! The SQL join is plain blocking: blocks over the size cap are left out, stem keys need two
//! shared stems, two-sided keys (a frame asserted and negated, the two poles of an antonym) join
//! across their sides only. It does not split large blocks by month as the in-process stage
//! does, so on big corpora it proposes fewer pairs for frames and quantities; the example prints
//! both counts.

use crosscheck::lab::pair::{BlockingConfig, KeyKind, KeyRow, Side, blocking_keys};
use crosscheck::{Checker, Corpus, LoadOptions};
use datafusion::arrow::array::{Array, Int8Array, StringArray, UInt32Array};
use datafusion::arrow::datatypes::{DataType, Field, Schema};
use datafusion::arrow::record_batch::RecordBatch;
use datafusion::dataframe::DataFrameWriteOptions;
use datafusion::prelude::SessionContext;
use std::sync::Arc;
use std::time::Instant;

/// Candidate pairs from the `keys` table: rows of one story sharing a key in a block no larger
/// than `max` claims, across sides for two-sided keys, with at least `min_stems` shared keys
/// when stems are all they share.
fn join_sql(max: usize, min_stems: usize) -> String {
    format!(
        "WITH sizes AS (
             SELECT story, kind, key, COUNT(*) AS n FROM keys GROUP BY story, kind, key
         ),
         kept AS (
             SELECT k.story, k.kind, k.key, k.side, k.claim
             FROM keys k JOIN sizes s
               ON k.story = s.story AND k.kind = s.kind AND k.key = s.key
             WHERE s.n <= {max}
         ),
         joined AS (
             SELECT a.story AS story, a.claim AS a, b.claim AS b, a.kind AS kind
             FROM kept a JOIN kept b
               ON a.story = b.story AND a.kind = b.kind AND a.key = b.key
             WHERE a.claim < b.claim AND (a.side IS NULL OR a.side <> b.side)
         ),
         met AS (
             SELECT story, a, b FROM joined
             GROUP BY story, a, b
             HAVING SUM(CASE WHEN kind = 'Stem' THEN 0 ELSE 1 END) > 0
                 OR SUM(CASE WHEN kind = 'Stem' THEN 1 ELSE 0 END) >= {min_stems}
         )
         SELECT DISTINCT a, b FROM met ORDER BY a, b"
    )
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, parquet) = match args.as_slice() {
        [dir] => (dir.clone(), None),
        [dir, flag, out] if flag == "--parquet" => (dir.clone(), Some(out.clone())),
        _ => return Err("usage: datafusion_join DIR [--parquet ROWS.parquet]".into()),
    };
    let checker = Checker::new();
    let corpus = Corpus::load(&[dir.into()], &LoadOptions::default())?;
    // The checker's own run: its claims carry their stories (and the corpus's word rarities,
    // which the keys read), and its pair figures are what the join is compared with.
    let report = checker.check(&corpus);
    let claims = &report.claims;
    let config = BlockingConfig::default();

    let t = Instant::now();
    let rows = blocking_keys(claims, checker.lexicon(), &config);
    // One row per story a claim is in. The checker pairs a corpus of under fifty documents
    // whole (its word rarities say too little to keep stories apart), so the example does too.
    let archive = report.documents.len() >= 50;
    let story_of = |claim: u32| -> Vec<&str> {
        let c = &claims[claim as usize];
        if archive {
            c.stories.iter().map(String::as_str).collect()
        } else {
            vec!["all"]
        }
    };
    let rows: Vec<(&str, &KeyRow)> = rows
        .iter()
        .flat_map(|r| story_of(r.claim).into_iter().map(move |s| (s, r)))
        .collect();
    let kind = |k: KeyKind| format!("{k:?}");
    let side = |s: Option<Side>| s.map(|s| if s == Side::First { 0i8 } else { 1 });
    let schema = Arc::new(Schema::new(vec![
        Field::new("story", DataType::Utf8, false),
        Field::new("kind", DataType::Utf8, false),
        Field::new("key", DataType::Utf8, false),
        Field::new("side", DataType::Int8, true),
        Field::new("claim", DataType::UInt32, false),
    ]));
    let batch = RecordBatch::try_new(
        schema,
        vec![
            Arc::new(StringArray::from_iter_values(rows.iter().map(|r| r.0))),
            Arc::new(StringArray::from_iter_values(
                rows.iter().map(|r| kind(r.1.kind)),
            )),
            Arc::new(StringArray::from_iter_values(
                rows.iter().map(|r| r.1.key.as_str()),
            )),
            Arc::new(Int8Array::from_iter(rows.iter().map(|r| side(r.1.side)))),
            Arc::new(UInt32Array::from_iter_values(
                rows.iter().map(|r| r.1.claim),
            )),
        ],
    )?;
    let ctx = SessionContext::new();
    ctx.register_batch("keys", batch)?;
    if let Some(out) = &parquet {
        ctx.table("keys")
            .await?
            .write_parquet(out, DataFrameWriteOptions::new(), None)
            .await?;
        println!("wrote {} key rows to {out}", rows.len());
    }

    let results = ctx
        .sql(&join_sql(config.max_block, config.min_shared_stems))
        .await?
        .collect()
        .await?;
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    for batch in &results {
        let a = batch.column(0).as_any().downcast_ref::<UInt32Array>();
        let b = batch.column(1).as_any().downcast_ref::<UInt32Array>();
        let (Some(a), Some(b)) = (a, b) else {
            return Err("the join returned columns of another type".into());
        };
        pairs.extend((0..a.len()).map(|i| (a.value(i), b.value(i))));
    }
    let joined = t.elapsed().as_secs_f64();

    let t = Instant::now();
    let judged = checker.judge_pairs(claims, &pairs);
    let judging = t.elapsed().as_secs_f64();
    println!(
        "{} claims in {} stories, {} key rows; DataFusion join by story: {} candidate pairs in {joined:.2}s, judged in {judging:.2}s: {} conflicts, {} corroborations",
        claims.len(),
        report.stories.len(),
        rows.len(),
        pairs.len(),
        judged.conflicts.len(),
        judged.corroborations.len()
    );
    println!(
        "in-process blocking by story: {} candidate pairs: {} conflicts, {} corroborations",
        report.pairs.candidates,
        report.conflicts.len(),
        report.corroborations.len()
    );
    Ok(())
}
