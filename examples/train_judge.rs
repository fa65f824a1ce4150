//! Trains the judge's linear model on a labelled pair set (ANS train only) and writes its weights.
//!
//! ```text
//! cargo run --release --example train_judge -- ../shared/data/ans/train.csv src/judge/model/judge-model.json
//! cargo run --release --example train_judge -- ../shared/data/ans/train.csv --cv 5
//! ```
//!
//! The CSV has the header `s1,s2,stance` with ANS labels; a file ending in `.tsv` is read as
//! XNLI (`premise \t hypothesis \t label`), and several files are joined, so a model can be trained
//! on other pairs too and scored with `eval_pairs … --model OUT.json`. The pairs become a
//! [`TrainingSet`]: analysed, numbered by story, and fitted with a quarter of copies carrying
//! another story's statement (see `crosscheck::lab::judge::training`). `--cv K` trains on K-1 folds of
//! the stories and scores the held-out fold, K times, and prints the pooled scores: how feature
//! changes are judged without looking at dev. The score is printed twice, for the held-out pairs
//! as they are and with another story's statement appended to their first statement (claims in
//! a corpus carry clauses the other side does not). Dev is for measuring
//! (`examples/eval_pairs.rs`), never for training or tuning.

use crosscheck::lab::judge::eval::Scores;
use crosscheck::lab::judge::{CLASSES, LabelledPair, TrainConfig, TrainingSet, training};
use crosscheck::{Lexicon, Stance};

/// Reads labelled pairs: an ANS-style CSV (header `s1,s2,stance`; agree, disagree, other), or an
/// XNLI-style TSV when the name ends in `.tsv` (`premise \t hypothesis \t label`, no header;
/// entailment, contradiction, neutral).
fn read(path: &str) -> Result<Vec<LabelledPair>, Box<dyn std::error::Error>> {
    let tsv = path.ends_with(".tsv");
    let mut pairs = Vec::new();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(!tsv)
        .delimiter(if tsv { b'\t' } else { b',' })
        .quoting(!tsv)
        .flexible(true)
        .from_path(path)?;
    for (n, record) in reader.records().enumerate() {
        let record = record?;
        let (Some(s1), Some(s2), Some(label)) = (record.get(0), record.get(1), record.get(2))
        else {
            return Err(format!("{path}: row {} has fewer than three fields", n + 1).into());
        };
        let stance = match label.trim() {
            "disagree" | "contradiction" => Stance::Contradict,
            "agree" | "entailment" => Stance::Agree,
            "other" | "neutral" => Stance::Unrelated,
            other => return Err(format!("{path}: row {}: unknown label {other:?}", n + 1).into()),
        };
        pairs.push(LabelledPair::new(s1, s2, stance));
    }
    Ok(pairs)
}

/// Reads and joins the pairs of every file.
fn read_all(paths: &[String]) -> Result<Vec<LabelledPair>, Box<dyn std::error::Error>> {
    let mut pairs = Vec::new();
    for p in paths {
        pairs.extend(read(p)?);
    }
    Ok(pairs)
}

/// Cross-validates by story; scores the held-out pairs as they are, and again with another
/// story's statement appended to their first statement.
fn cross_validate(
    set: &TrainingSet,
    folds: usize,
    config: &TrainConfig,
    lexicon: &Lexicon,
) -> (Scores, Scores) {
    let n = set.len();
    let with_context: Vec<LabelledPair> = (0..n)
        .map(|i| {
            let mut copy = set.labelled()[i].clone();
            if let Some(other) = (0..n)
                .map(|t| (i + n / 2 + t) % n)
                .find(|&o| set.story(o) != set.story(i))
            {
                copy.first = format!("{}. {}", copy.first, set.labelled()[other].first);
            }
            copy
        })
        .collect();
    let stories: Vec<usize> = (0..n).map(|i| set.story(i)).collect();
    let with_context = training::analyse(&with_context, &stories, lexicon);
    let (mut plain, mut extended) = (Vec::new(), Vec::new());
    for fold in 0..folds {
        // Folds by story, so that a story's pairs are held out together: they share its words,
        // and a model that saw them would be scored on what it memorised. Stories are numbered
        // in file order, so each fold holds every part of the file.
        let model = set.fit_on(
            |i| set.story(i) % folds != fold,
            lexicon,
            config,
            "cross-validation",
        );
        for i in (0..n).filter(|&i| set.story(i) % folds == fold) {
            for (p, verdicts) in [
                (&set.analysed()[i], &mut plain),
                (&with_context[i], &mut extended),
            ] {
                let probs = model.predict(&p.a, &p.b, p.rules);
                let best = (0..3)
                    .max_by(|&x, &y| probs[x].total_cmp(&probs[y]))
                    .unwrap_or(2);
                verdicts.push((p.stance, CLASSES[best]));
            }
        }
    }
    (
        Scores::from_verdicts(plain),
        Scores::from_verdicts(extended),
    )
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lexicon = Lexicon::default();
    let config = TrainConfig::default();
    let usage = "usage: train_judge TRAIN... (OUT.json | --cv K)";
    match args.as_slice() {
        [train @ .., flag, k] if flag == "--cv" && !train.is_empty() => {
            let folds: usize = k.parse()?;
            let set = TrainingSet::new(read_all(train)?, &lexicon);
            let (plain, extended) = cross_validate(&set, folds.max(2), &config, &lexicon);
            for (name, s) in [("", plain), (" with extra context", extended)] {
                println!(
                    "CV{folds}{name} macro_f1={:.3} accuracy={:.3} contradict_f1={:.3} agree_f1={:.3} unrelated_f1={:.3}",
                    s.macro_f1, s.accuracy, s.f1[0], s.f1[1], s.f1[2]
                );
            }
        }
        [train @ .., out] if !train.is_empty() && out.ends_with(".json") => {
            let set = TrainingSet::new(read_all(train)?, &lexicon);
            let model = set.fit(&lexicon, &config, &train.join(", "));
            std::fs::write(out, serde_json::to_string_pretty(&model)? + "\n")?;
            eprintln!(
                "trained on {} ({} cue words), wrote {out}",
                model.trained_on,
                model.cue_words()
            );
        }
        _ => return Err(usage.into()),
    }
    Ok(())
}
