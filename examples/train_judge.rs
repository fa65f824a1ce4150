//! Trains the judge's linear model on a labelled pair set (ANS train only) and writes its weights.
//!
//! ```text
//! cargo run --release --example train_judge -- ../shared/data/ans/train.csv src/pair/data/judge-model.json
//! ```
//!
//! The CSV has the header `s1,s2,stance` with ANS labels. Dev is for measuring
//! (`examples/eval_pairs.rs`), never for training.

use crosscheck::pair::model::{CLASSES, FEATURES, LinearModel, RuleSignals, pair_features};
use crosscheck::{Judge, Lexicon, Stance, Statement};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [train, out] = args.as_slice() else {
        return Err("usage: train_judge TRAIN.csv OUT.json".into());
    };
    let lexicon = Lexicon::default();
    let judge = Judge::new(&lexicon);
    let mut samples: Vec<([f64; FEATURES], usize)> = Vec::new();
    let mut reader = csv::Reader::from_path(train)?;
    for record in reader.records() {
        let record = record?;
        let (Some(s1), Some(s2), Some(label)) = (record.get(0), record.get(1), record.get(2))
        else {
            continue;
        };
        let stance = match label.trim() {
            "disagree" => Stance::Contradict,
            "agree" => Stance::Agree,
            "other" => Stance::Unrelated,
            other => return Err(format!("unknown label {other:?}").into()),
        };
        let (a, b) = (Statement::new(s1, &lexicon), Statement::new(s2, &lexicon));
        let rules = judge.judge_by_rules(&a.features, &b.features);
        let signals = RuleSignals::from_rules(&rules);
        let y = CLASSES.iter().position(|&c| c == stance).unwrap();
        samples.push((pair_features(&a.features, &b.features, signals), y));
    }
    let model = LinearModel::train(
        &samples,
        3000,
        0.5,
        1e-3,
        &format!("{} pairs of {train}", samples.len()),
    );
    std::fs::write(out, serde_json::to_string_pretty(&model)? + "\n")?;
    eprintln!("trained on {} pairs, wrote {out}", samples.len());
    Ok(())
}
