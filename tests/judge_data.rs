//! The judge on the labelled pair sets beside the project (`../shared/data`), when they are
//! there: a floor that keeps the measured figures from sliding back. Skipped, with a message,
//! where the data is absent (a user's clone has none).

use crosscheck::LinearModel;
use crosscheck::lab::judge::eval::evaluate;
use crosscheck::{Judge, Lexicon, Stance};
use std::path::PathBuf;

fn data(rel: &str) -> Option<PathBuf> {
    let p = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/data")
        .join(rel);
    if p.is_file() {
        Some(p)
    } else {
        eprintln!("skipped: {} is not here", p.display());
        None
    }
}

fn read_ans(path: &PathBuf) -> Vec<(String, String, Stance)> {
    let mut r = csv::Reader::from_path(path).unwrap();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            let stance = match &rec[2] {
                "disagree" => Stance::Contradict,
                "agree" => Stance::Agree,
                _ => Stance::Unrelated,
            };
            (rec[0].to_string(), rec[1].to_string(), stance)
        })
        .collect()
}

#[test]
fn ans_dev_stays_above_its_measured_floor() {
    let Some(path) = data("ans/dev.csv") else {
        return;
    };
    let pairs = read_ans(&path);
    let lexicon = Lexicon::default();
    let judge = Judge::new(&lexicon).with_model(LinearModel::embedded());
    let s = evaluate(&judge, &lexicon, &pairs);
    // Measured 0.775 macro-F1, 0.830 disagree and 0.716 agree F1 (issue 5 asks 0.70, 0.85, 0.60).
    assert!(s.macro_f1 >= 0.77, "macro-F1 {:.3}", s.macro_f1);
    assert!(s.f1[0] >= 0.825, "disagree F1 {:.3}", s.f1[0]);
    assert!(s.f1[1] >= 0.71, "agree F1 {:.3}", s.f1[1]);
}
