//! Trains the judge's linear model on a labelled pair set (ANS train only) and writes its weights.
//!
//! ```text
//! cargo run --release --example train_judge -- ../shared/data/ans/train.csv src/pair/data/judge-model.json
//! cargo run --release --example train_judge -- ../shared/data/ans/train.csv --cv 5
//! ```
//!
//! The CSV has the header `s1,s2,stance` with ANS labels. `--cv K` trains on K-1 folds of the
//! file and scores the held-out fold, K times, and prints the pooled scores: how feature changes
//! are judged without looking at dev. Folds hold whole stories (pairs that share a first
//! statement or two rare words), so that the score is on stories the model has not seen; it is
//! printed twice, for the held-out pairs as they are and with another story's statement appended
//! to their first statement (claims in a corpus carry clauses the other side does not). Training
//! adds a quarter of copies with such extra context ([`extra_context_copies`]). Dev is for
//! measuring (`examples/eval_pairs.rs`), never for training or tuning.

use crosscheck::pair::eval::Scores;
use crosscheck::pair::model::{CLASSES, LinearModel, RuleSignals, TrainConfig, TrainingPair};
use crosscheck::{Judge, Lexicon, Stance, Statement};
use std::collections::HashMap;

/// A labelled pair as read, with the story it belongs to.
#[derive(Debug, Clone)]
struct Labelled {
    s1: String,
    s2: String,
    stance: Stance,
    group: usize,
}

/// Reads the labelled pairs and analyses them, grouped by story: pairs that share their first
/// statement, joined by [`join_stories`]; groups are numbered in order of first appearance.
fn load(
    path: &str,
    lexicon: &Lexicon,
) -> Result<(Vec<Labelled>, Vec<TrainingPair>), Box<dyn std::error::Error>> {
    let mut labelled = Vec::new();
    let mut groups: HashMap<String, usize> = HashMap::new();
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
        let next = groups.len();
        let group = *groups.entry(s1.to_string()).or_insert(next);
        labelled.push(Labelled {
            s1: s1.to_string(),
            s2: s2.to_string(),
            stance,
            group,
        });
    }
    let mut pairs = analyse(&labelled, lexicon);
    join_stories(&mut pairs, RARE_WORD_STATEMENTS);
    for (l, p) in labelled.iter_mut().zip(&pairs) {
        l.group = p.group;
    }
    Ok((labelled, pairs))
}

/// Analyses labelled pairs for training.
fn analyse(pairs: &[Labelled], lexicon: &Lexicon) -> Vec<TrainingPair> {
    let judge = Judge::new(lexicon);
    pairs
        .iter()
        .map(|p| {
            let (a, b) = (
                Statement::new(&p.s1, lexicon),
                Statement::new(&p.s2, lexicon),
            );
            let rules = RuleSignals::from_rules(&judge.judge_by_rules(&a.features, &b.features));
            TrainingPair {
                a: a.features,
                b: b.features,
                rules,
                stance: p.stance,
                group: p.group,
            }
        })
        .collect()
}

/// The share of training pairs copied with extra context (see [`extra_context_copies`]).
const EXTRA_CONTEXT_SHARE: f64 = 0.25;

/// Copies of a `share` of the pairs, each with a statement of another story appended to one side,
/// under the same label.
///
/// Headline pairs are two short statements of one content, but claims in a corpus carry other
/// clauses, and an appended clause changes neither a contradiction nor an agreement. Trained on
/// the pairs alone, the model reads every word one side keeps to itself as disagreement: scored on
/// held-out stories with another story's headline appended to the first statement, agree F1 fell
/// from 0.69 to 0.25. With these copies it holds at 0.60, and the pairs as they are lose nothing.
fn extra_context_copies(pairs: &[Labelled], share: f64) -> Vec<Labelled> {
    let n = pairs.len();
    // A fixed stride walks the pairs in a spread-out order, the same on every run.
    const STRIDE: usize = 7919;
    let mut out = Vec::new();
    for k in 0..(n as f64 * share) as usize {
        let p = &pairs[(k * STRIDE) % n];
        let Some(other) = (0..n)
            .map(|t| &pairs[(k * STRIDE + n / 3 + t) % n])
            .find(|o| o.group != p.group)
        else {
            break;
        };
        let extra = if k % 2 == 0 { &other.s1 } else { &other.s2 };
        let mut copy = p.clone();
        if k % 3 == 0 {
            copy.s2 = format!("{}. {extra}", p.s2);
        } else {
            copy.s1 = format!("{}. {extra}", p.s1);
        }
        out.push(copy);
    }
    out
}

/// A word found in at most this many statements of the file is a story's own word: a name, a
/// place, the event.
const RARE_WORD_STATEMENTS: usize = 10;

/// Joins the groups of pairs that tell one story: two pairs whose statements share two rare
/// words (found in at most `rare` statements of the file) land in one group, transitively.
///
/// Headline sets hold several stories on one event (a currency's fall, one trial), and their
/// pairs share names and places. Held out by first statement alone, a fold would still meet its
/// story's words in training, and cross-validation would reward memorising them: learned word
/// weights gained 0.016 disagree F1 folded by first statement and 0.002 folded by story.
fn join_stories(pairs: &mut [TrainingPair], rare: usize) {
    let mut frequency: HashMap<&str, usize> = HashMap::new();
    for p in pairs.iter() {
        for s in p.a.stems.iter().chain(&p.b.stems) {
            *frequency.entry(s.as_str()).or_default() += 1;
        }
    }
    let mut parent: Vec<usize> = (0..pairs.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    // Pairs that already share a group are one story.
    let mut first_of_group: HashMap<usize, usize> = HashMap::new();
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, p) in pairs.iter().enumerate() {
        let f = *first_of_group.entry(p.group).or_insert(i);
        let (x, y) = (root(&mut parent, i), root(&mut parent, f));
        parent[x] = y;
        let mut words: Vec<&str> =
            p.a.stems
                .iter()
                .chain(&p.b.stems)
                .map(String::as_str)
                .filter(|w| frequency[w] <= rare)
                .collect();
        words.sort_unstable();
        words.dedup();
        for w in words {
            by_word.entry(w).or_default().push(i);
        }
    }
    let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
    for list in by_word.values() {
        for (k, &i) in list.iter().enumerate() {
            for &j in &list[k + 1..] {
                *shared.entry((i, j)).or_default() += 1;
            }
        }
    }
    for (&(i, j), &n) in &shared {
        if n >= 2 {
            let (x, y) = (root(&mut parent, i), root(&mut parent, j));
            parent[x] = y;
        }
    }
    let mut number: HashMap<usize, usize> = HashMap::new();
    for (i, pair) in pairs.iter_mut().enumerate() {
        let r = root(&mut parent, i);
        let next = number.len();
        pair.group = *number.entry(r).or_insert(next);
    }
}

/// Cross-validates by story; scores the held-out pairs as they are, and again with another
/// story's statement appended to their first statement.
fn cross_validate(
    labelled: &[Labelled],
    pairs: &[TrainingPair],
    folds: usize,
    config: &TrainConfig,
    lexicon: &Lexicon,
) -> (Scores, Scores) {
    let n = pairs.len();
    let with_context: Vec<Labelled> = (0..n)
        .map(|i| {
            let mut copy = labelled[i].clone();
            if let Some(other) = (0..n)
                .map(|t| &labelled[(i + n / 2 + t) % n])
                .find(|o| o.group != copy.group)
            {
                copy.s1 = format!("{}. {}", copy.s1, other.s1);
            }
            copy
        })
        .collect();
    let with_context = analyse(&with_context, lexicon);
    let (mut plain, mut extended) = (Vec::new(), Vec::new());
    for fold in 0..folds {
        // Folds by story, so that a story's pairs are held out together: they share its words,
        // and a model that saw them would be scored on what it memorised. Groups are numbered in
        // file order, so each fold holds every part of the file.
        let kept: Vec<Labelled> = labelled
            .iter()
            .filter(|p| p.group % folds != fold)
            .cloned()
            .collect();
        let mut train: Vec<TrainingPair> = pairs
            .iter()
            .filter(|p| p.group % folds != fold)
            .cloned()
            .collect();
        train.extend(analyse(
            &extra_context_copies(&kept, EXTRA_CONTEXT_SHARE),
            lexicon,
        ));
        let model = LinearModel::fit(&train, config, "cross-validation");
        let held_out = (0..n).filter(|&i| pairs[i].group % folds == fold);
        for i in held_out {
            for (p, verdicts) in [(&pairs[i], &mut plain), (&with_context[i], &mut extended)] {
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
    match args.as_slice() {
        [train, flag, k] if flag == "--cv" => {
            let folds: usize = k.parse()?;
            let (labelled, pairs) = load(train, &lexicon)?;
            let (plain, extended) =
                cross_validate(&labelled, &pairs, folds.max(2), &config, &lexicon);
            for (name, s) in [("", plain), (" with extra context", extended)] {
                println!(
                    "CV{folds}{name} macro_f1={:.3} accuracy={:.3} contradict_f1={:.3} agree_f1={:.3} unrelated_f1={:.3}",
                    s.macro_f1, s.accuracy, s.f1[0], s.f1[1], s.f1[2]
                );
            }
        }
        [train, out] => {
            let (labelled, mut pairs) = load(train, &lexicon)?;
            let copies = extra_context_copies(&labelled, EXTRA_CONTEXT_SHARE);
            pairs.extend(analyse(&copies, &lexicon));
            let model = LinearModel::fit(
                &pairs,
                &config,
                &format!(
                    "{} pairs of {train} and {} copies with extra context",
                    labelled.len(),
                    copies.len()
                ),
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
