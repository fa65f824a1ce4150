//! Trains the document stance model of `verify` on claims with labelled articles, reports its
//! figures by cross-validation over claims, and writes it.
//!
//! ```text
//! cargo run --release --example train_stance -- --fnc STANCES.csv BODIES.csv --cv 2 --out model.json
//! cargo run --release --example train_stance -- --unifiedfc ../shared/data/unifiedfc/claims \
//!     --folds ../shared/data/unifiedfc/folds.txt --language ar
//! ```
//!
//! Each claim (an FNC-1 headline, a UnifiedFC claim) is verified by the rules against its own
//! articles; every article the rules find on topic gives one row of signals
//! ([`crosscheck::lab::verify::STANCE_FEATURES`]) and its gold stance. `--cv K` splits the claims into
//! K folds by a hash of the claim's text, `--folds FILE` by the given folds (UnifiedFC's
//! `folds.txt`); for each fold a model is fitted on the others and scored on it, and the pooled
//! per-class figures are printed beside the rules' own, over every article (the unrelated ones
//! too). Then a model is fitted on all the claims and written to `--out`, saying what it was
//! trained on. Pick settings by these figures only: held-out sets are for measuring once.

use crosscheck::lab::verify::{STANCE_FEATURES, StanceFit, stance_signals};
use crosscheck::verify::{ClaimIndex, DocumentStance, StanceModel, VerifyConfig};
use crosscheck::{Checker, Corpus, Document, Statement};
use std::collections::HashMap;

type Row = ([f64; STANCE_FEATURES.len()], DocumentStance);

/// One claim with its labelled articles.
struct Claim {
    id: String,
    text: String,
    articles: Vec<(String, DocumentStance)>,
}

fn stance(label: &str) -> Result<DocumentStance, String> {
    Ok(match label.trim() {
        "agree" => DocumentStance::Agree,
        "disagree" => DocumentStance::Disagree,
        "discuss" => DocumentStance::Discuss,
        "unrelated" => DocumentStance::Unrelated,
        other => return Err(format!("unknown stance {other:?}")),
    })
}

/// FNC-1: a stances CSV (Headline, Body ID, Stance) and a bodies CSV (Body ID, articleBody).
fn read_fnc(stances: &str, bodies: &str) -> Result<Vec<Claim>, Box<dyn std::error::Error>> {
    let mut text_of = HashMap::new();
    for r in csv::Reader::from_path(bodies)?.records() {
        let r = r?;
        let (Some(id), Some(text)) = (r.get(0), r.get(1)) else {
            return Err(format!("{bodies}: a row has fewer than two fields").into());
        };
        text_of.insert(id.to_string(), text.to_string());
    }
    let mut claims: Vec<Claim> = Vec::new();
    let mut at: HashMap<String, usize> = HashMap::new();
    for (n, r) in csv::Reader::from_path(stances)?.records().enumerate() {
        let r = r?;
        let (Some(headline), Some(body), Some(label)) = (r.get(0), r.get(1), r.get(2)) else {
            return Err(format!("{stances}: row {} has fewer than three fields", n + 1).into());
        };
        let text = text_of
            .get(body)
            .ok_or_else(|| format!("{stances}: row {}: no body {body}", n + 1))?;
        let i = *at.entry(headline.to_string()).or_insert_with(|| {
            claims.push(Claim {
                id: format!("h{}", claims.len()),
                text: headline.to_string(),
                articles: Vec::new(),
            });
            claims.len() - 1
        });
        let s = stance(label).map_err(|e| format!("{stances}: row {}: {e}", n + 1))?;
        claims[i].articles.push((text.clone(), s));
    }
    Ok(claims)
}

/// UnifiedFC: a folder of claim files, each `{"id", "claim", "article": [...], "stance": [...]}`.
fn read_unifiedfc(dir: &str) -> Result<Vec<Claim>, Box<dyn std::error::Error>> {
    #[derive(serde::Deserialize)]
    struct File {
        id: String,
        claim: String,
        #[serde(default)]
        article: Vec<Option<String>>,
        #[serde(default)]
        stance: Vec<String>,
    }
    let mut paths: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let mut claims = Vec::new();
    for p in paths {
        let f: File = serde_json::from_str(&std::fs::read_to_string(&p)?)
            .map_err(|e| format!("{}: {e}", p.display()))?;
        let mut articles = Vec::new();
        for (text, label) in f.article.iter().zip(&f.stance) {
            if let Some(t) = text.as_ref().filter(|t| !t.trim().is_empty()) {
                articles.push((t.clone(), stance(label)?));
            }
        }
        claims.push(Claim {
            id: f.id,
            text: f.claim,
            articles,
        });
    }
    Ok(claims)
}

/// The rules' verdict and the signals of each article of each claim: (claim, gold, rules,
/// signals if on topic).
fn read_all(
    claims: &[Claim],
    checker: &Checker,
) -> Vec<Vec<(DocumentStance, DocumentStance, Option<Row>)>> {
    use rayon::prelude::*;
    claims
        .par_iter()
        .map(|c| {
            let mut corpus = Corpus::new();
            for (i, (text, _)) in c.articles.iter().enumerate() {
                corpus.push(Document::new(format!("a{i:05}"), text.clone()));
            }
            let index = ClaimIndex::build(&corpus, checker.lexicon());
            let claim = Statement::new(&c.text, checker.lexicon());
            let read = stance_signals(&checker.judge(), &VerifyConfig::DEFAULT, &claim, &index);
            // Documents come back in id order, which is the articles' order.
            read.into_iter()
                .zip(&c.articles)
                .map(|((verdict, x), (_, gold))| (*gold, verdict.stance, x.map(|x| (x, *gold))))
                .collect()
        })
        .collect()
}

/// FNV-1a: a claim's fold from its text, the same on every machine.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Per-class F1 of (gold, predicted) pairs, and how many unrelated were called disagree.
fn report(name: &str, pairs: &[(DocumentStance, DocumentStance)]) {
    use DocumentStance::*;
    let mut line = format!("{name:>6}");
    for c in [Agree, Disagree, Discuss, Unrelated] {
        let tp = pairs.iter().filter(|(g, p)| *g == c && *p == c).count() as f64;
        let predicted = pairs.iter().filter(|(_, p)| *p == c).count() as f64;
        let gold = pairs.iter().filter(|(g, _)| *g == c).count() as f64;
        let (p, r) = (tp / predicted.max(1.0), tp / gold.max(1.0));
        let f1 = if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        };
        line += &format!("  {c:?} F1 {f1:.3} ({tp}/{predicted}/{gold})");
    }
    println!("{line}");
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |flag: &str, n: usize| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + n).cloned())
    };
    let (claims, set) = if let (Some(s), Some(b)) = (value("--fnc", 1), value("--fnc", 2)) {
        (read_fnc(&s, &b)?, format!("FNC-1 pairs of {s}"))
    } else if let Some(dir) = value("--unifiedfc", 1) {
        (read_unifiedfc(&dir)?, format!("UnifiedFC claims of {dir}"))
    } else {
        return Err("usage: train_stance (--fnc STANCES BODIES | --unifiedfc DIR) [--cv K | \
                    --folds FILE] [--balance X] [--epochs N] [--language en|ar] [--name TEXT] [--out FILE]"
            .into());
    };
    // What the set is, for the model's `trained_on`, when the file names do not say it.
    let set = value("--name", 1).unwrap_or(set);
    let language = value("--language", 1).unwrap_or_else(|| "en".into());
    let settings = StanceFit {
        class_balance: value("--balance", 1)
            .map_or(Ok(StanceFit::default().class_balance), |b| b.parse())?,
        epochs: value("--epochs", 1).map_or(Ok(StanceFit::default().epochs), |e| e.parse())?,
        ..StanceFit::default()
    };
    // Each claim's fold: by the given folds, else by a hash of its text.
    let folds: Vec<usize> = if let Some(file) = value("--folds", 1) {
        let mut fold_of = HashMap::new();
        for (k, line) in std::fs::read_to_string(&file)?.lines().enumerate() {
            for id in line.split_whitespace().skip(1) {
                fold_of.insert(id.to_string(), k);
            }
        }
        claims
            .iter()
            .map(|c| fold_of.get(&c.id).copied().unwrap_or(usize::MAX))
            .collect()
    } else {
        let k: usize = value("--cv", 1).map_or(Ok(2), |k| k.parse())?;
        claims
            .iter()
            .map(|c| (fnv1a(c.text.as_bytes()) % k as u64) as usize)
            .collect()
    };
    let checker = Checker::new();
    let read = read_all(&claims, &checker);
    let mut fold_ids: Vec<usize> = folds.iter().copied().filter(|&f| f != usize::MAX).collect();
    fold_ids.sort_unstable();
    fold_ids.dedup();
    let mut rules = Vec::new();
    let mut model = Vec::new();
    for &k in &fold_ids {
        let train: Vec<Row> = read
            .iter()
            .zip(&folds)
            .filter(|(_, f)| **f != k)
            .flat_map(|(docs, _)| docs.iter().filter_map(|d| d.2))
            .collect();
        let fitted = StanceModel::fit(&train, &settings, &language, "fold");
        let mut fold_rules = Vec::new();
        let mut fold_model = Vec::new();
        for (docs, _) in read.iter().zip(&folds).filter(|(_, f)| **f == k) {
            for (gold, by_rules, row) in docs {
                fold_rules.push((*gold, *by_rules));
                let by_model = row.map_or(*by_rules, |(x, _)| fitted.decide(&x).0);
                fold_model.push((*gold, by_model));
            }
        }
        println!("fold {k}: {} articles", fold_rules.len());
        report("rules", &fold_rules);
        report("model", &fold_model);
        rules.extend(fold_rules);
        model.extend(fold_model);
    }
    println!("pooled over {} folds:", fold_ids.len());
    report("rules", &rules);
    report("model", &model);
    if let Some(out) = value("--out", 1) {
        let all: Vec<Row> = read.iter().flatten().filter_map(|d| d.2).collect();
        let trained_on = format!(
            "{set}: {} claims, {} articles found on topic by the rules; class balance {}; \
             measured by {} folds over claims (train_stance)",
            claims.len(),
            all.len(),
            settings.class_balance,
            fold_ids.len()
        );
        let fitted = StanceModel::fit(&all, &settings, &language, &trained_on);
        std::fs::write(&out, fitted.to_json() + "\n")?;
        println!("wrote {out}");
    }
    Ok(())
}
