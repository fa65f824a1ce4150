//! Measures the pair judge on labelled pair sets.
//!
//! ```text
//! cargo run --release --example eval_pairs -- ans ../shared/data/ans/dev.csv
//! cargo run --release --example eval_pairs -- xnli ../shared/data/xnli_ar/dev.tsv
//! ```
//!
//! `ans` reads any CSV with the header `s1,s2,stance` and ANS labels (agree, disagree, other);
//! `xnli` reads the XNLI TSV (`premise \t hypothesis \t label`). Labels map to the judge's stances:
//! disagree / contradiction = contradict, agree / entailment = agree, other / neutral = unrelated.
//! Prints per-class precision, recall and F1, macro-F1, accuracy, the confusion matrix and the
//! throughput, and ends with one `SUMMARY` line. The judge runs with its embedded linear model
//! (trained on ANS train by `examples/train_judge.rs`), or with the model file given after
//! `--model` (one written by `train_judge` from other pairs); `CROSSCHECK_RULES_ONLY=1` measures
//! the rules alone.

use crosscheck::LinearModel;
use crosscheck::lab::judge::eval::evaluate;
use crosscheck::{Judge, Lexicon, Stance};
use std::time::Instant;

fn label(set: &str, raw: &str) -> Option<Stance> {
    Some(match (set, raw.trim()) {
        ("ans", "disagree") | ("xnli", "contradiction") => Stance::Contradict,
        ("ans", "agree") | ("xnli", "entailment") => Stance::Agree,
        ("ans", "other") | ("xnli", "neutral") => Stance::Unrelated,
        _ => return None,
    })
}

/// A labelled pair: two statements and the gold stance.
type Labelled = (String, String, Stance);

fn read(set: &str, path: &str) -> Result<Vec<Labelled>, Box<dyn std::error::Error>> {
    let mut out = Vec::new();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(set == "ans")
        .delimiter(if set == "xnli" { b'\t' } else { b',' })
        .quoting(set == "ans")
        .flexible(true)
        .from_path(path)?;
    if set == "ans" {
        let headers = reader.headers()?.clone();
        if headers.iter().collect::<Vec<_>>() != ["s1", "s2", "stance"] {
            return Err(
                format!("{path}: expected the header s1,s2,stance, found {headers:?}").into(),
            );
        }
    }
    for (n, record) in reader.records().enumerate() {
        let record = record?;
        let (Some(a), Some(b), Some(l)) = (record.get(0), record.get(1), record.get(2)) else {
            return Err(format!("{path}: row {} has fewer than three fields", n + 1).into());
        };
        let stance =
            label(set, l).ok_or_else(|| format!("{path}: row {}: unknown label {l:?}", n + 1))?;
        out.push((a.to_string(), b.to_string(), stance));
    }
    Ok(out)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (set, path, model_path) = match args.as_slice() {
        [set, path] => (set, path, None),
        [set, path, flag, model] if flag == "--model" => (set, path, Some(model)),
        _ => return Err("usage: eval_pairs ans|xnli FILE [--model MODEL.json]".into()),
    };
    if set != "ans" && set != "xnli" {
        return Err(format!("unknown set {set}: use ans or xnli").into());
    }
    let pairs = read(set, path)?;
    let lexicon = Lexicon::default();
    let rules_only = std::env::var_os("CROSSCHECK_RULES_ONLY").is_some();
    let model = match model_path {
        Some(m) => {
            let json = std::fs::read_to_string(m).map_err(|e| format!("{m}: {e}"))?;
            LinearModel::from_json(&json).map_err(|e| format!("{m}: {e}"))?
        }
        None => LinearModel::embedded(),
    };
    let judge = if rules_only {
        Judge::new(&lexicon)
    } else {
        Judge::new(&lexicon).with_model(model)
    };

    let start = Instant::now();
    let scores = evaluate(&judge, &lexicon, &pairs);
    let per_second = pairs.len() as f64 / start.elapsed().as_secs_f64();

    let names = ["contradict", "agree", "unrelated"];
    println!("{} pairs from {path}\n", pairs.len());
    println!(
        "{:<12} {:>9} {:>9} {:>9} {:>8}",
        "class", "precision", "recall", "F1", "support"
    );
    for (k, name) in names.iter().enumerate() {
        let support: usize = scores.confusion[k].iter().sum();
        println!(
            "{name:<12} {:>9.3} {:>9.3} {:>9.3} {support:>8}",
            scores.precision[k], scores.recall[k], scores.f1[k]
        );
    }
    let (macro_f1, accuracy, f1s, confusion) = (
        scores.macro_f1,
        scores.accuracy,
        scores.f1,
        scores.confusion,
    );
    println!("\nconfusion (rows: gold, columns: predicted {names:?})");
    for (k, row) in confusion.iter().enumerate() {
        println!("{:<12} {:?}", names[k], row);
    }
    println!(
        "\nmacro-F1 {macro_f1:.3}, accuracy {accuracy:.3}, {per_second:.0} pairs/s (analysis of both statements included)"
    );
    println!(
        "SUMMARY macro_f1={macro_f1:.3} accuracy={accuracy:.3} contradict_f1={:.3} agree_f1={:.3} unrelated_f1={:.3} pairs_per_s={per_second:.0}",
        f1s[0], f1s[1], f1s[2]
    );
    Ok(())
}
