//! Trains the judge's linear model on a labelled pair set (ANS train only) and writes its weights.
//!
//! ```text
//! cargo run --release --example train_judge -- ../shared/data/ans/train.csv src/pair/data/judge-model.json
//! cargo run --release --example train_judge -- ../shared/data/ans/train.csv --cv 5
//! ```
//!
//! The CSV has the header `s1,s2,stance` with ANS labels. `--cv K` trains on K-1 folds of the
//! file and scores the held-out fold, K times, and prints the pooled scores: how feature changes
//! are judged without looking at dev. Dev is for measuring (`examples/eval_pairs.rs`), never for
//! training or tuning.

use crosscheck::pair::eval::Scores;
use crosscheck::pair::model::{CLASSES, LinearModel, RuleSignals, TrainConfig, TrainingPair};
use crosscheck::{Judge, Lexicon, Stance, Statement};

fn read(path: &str, lexicon: &Lexicon) -> Result<Vec<TrainingPair>, Box<dyn std::error::Error>> {
    let judge = Judge::new(lexicon);
    let mut pairs = Vec::new();
    let mut reader = csv::Reader::from_path(path)?;
    for (n, record) in reader.records().enumerate() {
        let record = record?;
        let (Some(s1), Some(s2), Some(label)) = (record.get(0), record.get(1), record.get(2))
        else {
            return Err(format!("{path}: row {} has fewer than three fields", n + 1).into());
        };
        let stance = match label.trim() {
            "disagree" => Stance::Contradict,
            "agree" => Stance::Agree,
            "other" => Stance::Unrelated,
            other => return Err(format!("{path}: row {}: unknown label {other:?}", n + 1).into()),
        };
        let (a, b) = (Statement::new(s1, lexicon), Statement::new(s2, lexicon));
        let rules = RuleSignals::from_rules(&judge.judge_by_rules(&a.features, &b.features));
        pairs.push(TrainingPair {
            a: a.features,
            b: b.features,
            rules,
            stance,
        });
    }
    Ok(pairs)
}

fn cross_validate(pairs: &[TrainingPair], folds: usize, config: &TrainConfig) -> Scores {
    let mut verdicts = Vec::with_capacity(pairs.len());
    for fold in 0..folds {
        // Folds by stride, so each holds every part of the file.
        let train: Vec<TrainingPair> = pairs
            .iter()
            .enumerate()
            .filter(|(i, _)| i % folds != fold)
            .map(|(_, p)| p.clone())
            .collect();
        let model = LinearModel::fit(&train, config, "cross-validation");
        for p in pairs.iter().skip(fold).step_by(folds) {
            let probs = model.predict(&p.a, &p.b, p.rules);
            let best = (0..3)
                .max_by(|&i, &j| probs[i].total_cmp(&probs[j]))
                .unwrap();
            verdicts.push((p.stance, CLASSES[best]));
        }
    }
    Scores::from_verdicts(verdicts)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lexicon = Lexicon::default();
    let config = TrainConfig::default();
    match args.as_slice() {
        [train, flag, k] if flag == "--cv" => {
            let folds: usize = k.parse()?;
            let pairs = read(train, &lexicon)?;
            let s = cross_validate(&pairs, folds.max(2), &config);
            println!(
                "CV{folds} macro_f1={:.3} accuracy={:.3} contradict_f1={:.3} agree_f1={:.3} unrelated_f1={:.3}",
                s.macro_f1, s.accuracy, s.f1[0], s.f1[1], s.f1[2]
            );
        }
        [train, out] => {
            let pairs = read(train, &lexicon)?;
            let model = LinearModel::fit(
                &pairs,
                &config,
                &format!("{} pairs of {train}", pairs.len()),
            );
            std::fs::write(out, serde_json::to_string_pretty(&model)? + "\n")?;
            eprintln!(
                "trained on {} pairs ({} cue words), wrote {out}",
                pairs.len(),
                model.cues.log_odds.len()
            );
        }
        _ => return Err("usage: train_judge TRAIN.csv (OUT.json | --cv K)".into()),
    }
    Ok(())
}
