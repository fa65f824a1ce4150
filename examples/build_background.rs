//! Counts a background of news for the lexicon (`src/lexicon/data/background.json`): in how
//! many articles each content stem and each place or topic of the lexicon («§iraq») occurs, per
//! language, so that the checker can tell a rare word from a common one in a folder of three
//! articles as in an archive.
//!
//! ```text
//! cargo run --release --example build_background -- \
//!     --unifiedfc ../shared/data/unifiedfc/claims --folds ../shared/data/unifiedfc/folds.txt \
//!     --use-folds Fold_1,Fold_2 --fnc1 ../shared/data/fnc1/train_bodies.csv \
//!     --min-documents 3 > /tmp/background.json && cp /tmp/background.json src/lexicon/data/
//! ```
//!
//! It is written elsewhere first: the file is compiled into the checker the example runs.
//!
//! Arabic: the distinct articles of the UnifiedFC claims of the folds named (the folds kept for
//! measuring are left out). English: FNC-1's training bodies. Only counts of stems are written,
//! never text. Stems found in fewer than `--min-documents` articles are left out (the checker
//! counts them as found in none). Rebuild it when the stemmer, the function words or the concepts change.

use crosscheck::Lexicon;
use crosscheck::lab::{concept_words, content_stems};
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap, HashSet};

fn arg(args: &[String], name: &str) -> Option<String> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1).cloned())
}

/// The distinct article texts of the UnifiedFC claims in `folds`.
fn unifiedfc(dir: &str, folds_file: &str, folds: &[&str]) -> std::io::Result<Vec<String>> {
    let mut ids: HashSet<String> = HashSet::new();
    for line in std::fs::read_to_string(folds_file)?.lines() {
        if let Some((fold, list)) = line.split_once(':')
            && folds.contains(&fold.trim())
        {
            ids.extend(list.split_whitespace().map(str::to_string));
        }
    }
    let mut names: Vec<String> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json") && ids.contains(n.trim_end_matches(".json")))
        .collect();
    names.sort();
    let mut seen = HashSet::new();
    let mut texts = Vec::new();
    for name in names {
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(format!("{dir}/{name}"))?)?;
        for a in v["article"].as_array().into_iter().flatten() {
            if let Some(t) = a.as_str()
                && !t.trim().is_empty()
                && seen.insert(t.to_string())
            {
                texts.push(t.to_string());
            }
        }
    }
    Ok(texts)
}

/// The bodies of FNC-1's `train_bodies.csv`.
fn fnc1(path: &str) -> Result<Vec<String>, Box<dyn std::error::Error>> {
    let mut r = csv::Reader::from_path(path)?;
    let mut out = Vec::new();
    for rec in r.records() {
        out.push(rec?[1].to_string());
    }
    Ok(out)
}

/// In how many of `texts` each stem occurs, those found in `min` or more.
fn counts(texts: &[String], lexicon: &Lexicon, min: u32) -> BTreeMap<String, u32> {
    let per_doc: Vec<Vec<String>> = texts
        .par_iter()
        .map(|t| {
            let mut words = content_stems(t, lexicon);
            words.extend(concept_words(t, lexicon));
            words
        })
        .collect();
    let mut df: HashMap<String, u32> = HashMap::new();
    for stems in per_doc {
        for s in stems {
            *df.entry(s).or_default() += 1;
        }
    }
    df.into_iter().filter(|&(_, n)| n >= min).collect()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let min: u32 = arg(&args, "--min-documents").map_or(Ok(3), |m| m.parse())?;
    let lexicon = Lexicon::default();
    let mut entries = Vec::new();
    if let (Some(dir), Some(folds)) = (arg(&args, "--unifiedfc"), arg(&args, "--folds")) {
        let use_folds = arg(&args, "--use-folds").unwrap_or_else(|| "Fold_1,Fold_2".into());
        let names: Vec<&str> = use_folds.split(',').collect();
        let texts = unifiedfc(&dir, &folds, &names)?;
        eprintln!("arabic: {} articles", texts.len());
        entries.push(serde_json::json!({
            "language": "ar",
            "source": format!("UnifiedFC (Baly et al. 2018) articles of {use_folds}: counts of stems only"),
            "documents": texts.len(),
            "stems": counts(&texts, &lexicon, min),
        }));
    }
    if let Some(path) = arg(&args, "--fnc1") {
        let texts = fnc1(&path)?;
        eprintln!("english: {} articles", texts.len());
        entries.push(serde_json::json!({
            "language": "en",
            "source": "FNC-1 training bodies (Emergent, Ferreira & Vlachos 2016): counts of stems only",
            "documents": texts.len(),
            "stems": counts(&texts, &lexicon, min),
        }));
    }
    let out = serde_json::json!({
        "about": format!(
            "How often content stems and the lexicon's places and topics (as «§id») occur in news at large: \
             for each language, how many articles were counted and in how many of them each stem \
             occurs (stems found in fewer than {min} are left out). The checker blends these counts with a corpus's own, so that a word's \
             rarity means the same in a folder of three articles and in an archive. Made by \
             examples/build_background.rs; a user's file may add a background of its own."
        ),
        "background": entries,
    });
    println!("{}", serde_json::to_string(&out)?);
    Ok(())
}
