//! The model's features, tables and fitting, on pairs written for them.

use super::cues::WordCues;
use super::features::{FEATURE_NAMES, FEATURES, likely_kind, pair_features};
use super::fit::TrainingPair;
use super::linear::DEFAULT_MODEL;
use super::*;
use crate::judge::Statement;
use crate::judge::{ConflictKind, Stance};
use crate::lexicon::Lexicon;

#[test]
fn a_model_contradiction_gets_the_kind_its_pair_shows() {
    let l = Lexicon::default();
    let kind = |a: &str, b: &str| {
        likely_kind(
            &Statement::new(a, &l).features,
            &Statement::new(b, &l).features,
        )
    };
    assert_eq!(
        kind("الفريق تأهل إلى النهائي", "الفريق لم يتأهل إلى النهائي"),
        ConflictKind::Negation
    );
    assert_eq!(
        kind("أسعار القمح ترتفع في الأسواق", "أسعار القمح تنخفض في الأسواق"),
        ConflictKind::Antonym
    );
    assert_eq!(
        kind("افتتاح المصنع عام 2019", "افتتاح المصنع عام 2021"),
        ConflictKind::Numeric
    );
    assert_eq!(
        kind("المنتخب المصري يفوز بالكأس", "المنتخب التونسي يفوز بالكأس"),
        ConflictKind::Substitution
    );
}

fn features(a: &str, b: &str) -> [f64; FEATURES] {
    let l = Lexicon::default();
    let (a, b) = (Statement::new(a, &l), Statement::new(b, &l));
    pair_features(
        &a.features,
        &b.features,
        RuleSignals::default(),
        &WordCues::default(),
        &WordCues::default(),
    )
}

fn get(f: &[f64; FEATURES], name: &str) -> f64 {
    f[FEATURE_NAMES.iter().position(|n| *n == name).unwrap()]
}

#[test]
fn a_swapped_word_is_seen() {
    let f = features("أسعار الذهب ترتفع في الأسواق", "أسعار الفضة ترتفع في الأسواق");
    assert_eq!(get(&f, "one_word_swapped"), 1.0);
    let f = features("أسعار الذهب ترتفع في الأسواق", "منتخب الكرة يفوز بالبطولة");
    assert_eq!(get(&f, "one_word_swapped"), 0.0);
}

#[test]
fn different_numbers_and_places_are_seen() {
    let f = features("مقتل 5 جنود في هجوم", "مقتل 7 جنود في هجوم");
    assert_eq!(
        (get(&f, "numbers_differ"), get(&f, "numbers_match")),
        (1.0, 0.0)
    );
    let f = features("انفجار قوي في مصر", "انفجار قوي في ليبيا");
    assert_eq!(get(&f, "places_differ"), 1.0);
    let f = features("انفجار قوي في مصر", "انفجار قوي في القاهرة");
    assert_eq!(get(&f, "places_differ"), 0.0);
}

#[test]
fn different_years_are_seen() {
    let f = features("المهرجان يعود في عام 2019", "المهرجان يعود في عام 2021");
    assert_eq!(get(&f, "years_differ"), 1.0);
    let f = features("المهرجان يعود في عام 2019", "عودة المهرجان في 2019");
    assert_eq!(get(&f, "years_differ"), 0.0);
}

#[test]
fn negation_on_one_side_only_is_seen() {
    let f = features("الوزير يحضر القمة", "الوزير لن يحضر القمة");
    assert_eq!(get(&f, "negation_asymmetry"), 1.0);
    assert!(get(&f, "similarity_x_negation_asymmetry") > 0.5);
}

#[test]
fn opposite_poles_are_seen_with_their_inflections() {
    let f = features(
        "الذهب يرتفع في التعاملات المبكرة",
        "تراجع الذهب في التعاملات المبكرة",
    );
    assert_eq!(get(&f, "opposite_poles"), 1.0);
}

#[test]
fn swapped_nouns_are_inverted_order_and_a_moved_verb_is_less() {
    let f = features(
        "أمريكا تعاقب أوروبا بسبب الرسوم",
        "أوروبا تعاقب أمريكا بسبب الرسوم",
    );
    let swapped = get(&f, "order_inversions");
    let f = features(
        "أمريكا تعاقب أوروبا بسبب الرسوم",
        "تعاقب أمريكا أوروبا بسبب الرسوم",
    );
    let moved = get(&f, "order_inversions");
    assert!(swapped > moved, "{swapped} vs {moved}");
    let f = features("أمريكا تعاقب أوروبا", "أمريكا تعاقب أوروبا");
    assert_eq!(get(&f, "order_inversions"), 0.0);
}

#[test]
fn word_cues_score_words_by_the_pairs_they_were_left_over_in() {
    use Stance::*;
    let pairs = [
        (vec!["ينفي"], Contradict),
        (vec!["ينفي", "امس"], Contradict),
        (vec!["ينفي"], Contradict),
        (vec!["امس"], Agree),
        (vec!["امس", "قال"], Agree),
        (vec!["قال"], Contradict),
    ];
    let cues = WordCues::learn(pairs.iter().map(|(w, s)| (w.iter().copied(), *s)), 2);
    assert!(cues.log_odds["ينفي"] > 0.5, "{cues:?}");
    assert!(cues.log_odds["امس"] < 0.0, "{cues:?}");
    assert!(cues.log_odds["قال"].abs() < cues.log_odds["ينفي"].abs());
    let (sum, max, min) = cues.evidence(["ينفي", "مجهول"]);
    assert_eq!(
        (sum, max, min),
        (cues.log_odds["ينفي"], cues.log_odds["ينفي"], 0.0)
    );
}

#[test]
fn fitting_learns_a_word_table_and_uses_it() {
    let l = Lexicon::default();
    let judge = crate::judge::Judge::new(&l);
    let mut pairs = Vec::new();
    // The same headline with «ينفي» swapped in contradicts; with «يؤكد» it agrees.
    let subjects = ["الوزير", "الرئيس", "المتحدث", "السفير", "القائد", "النائب"];
    let things = ["الاتفاق", "الزيارة", "الصفقة", "المفاوضات", "الهدنة"];
    for s in subjects {
        for t in things {
            let base = format!("{s} يعلن {t} مع الجيران");
            for (verb, stance) in [("ينفي", Stance::Contradict), ("يؤكد", Stance::Agree)] {
                let other = format!("{s} {verb} {t} مع الجيران");
                let (a, b) = (Statement::new(&base, &l), Statement::new(&other, &l));
                let rules =
                    RuleSignals::from_rules(&judge.judge_by_rules(&a.features, &b.features));
                pairs.push(TrainingPair {
                    a: a.features,
                    b: b.features,
                    rules,
                    stance,
                    group: pairs.len(),
                });
            }
        }
    }
    let config = TrainConfig {
        epochs: 300,
        ..TrainConfig::default()
    };
    let m = LinearModel::fit(&pairs, &config, "test pairs");
    assert!(m.cues.log_odds.contains_key("ينف"), "{:?}", m.cues);
    let a = Statement::new("المدير يعلن الخطة مع الشركاء", &l);
    let b = Statement::new("المدير ينفي الخطة مع الشركاء", &l);
    let p = m.predict(&a.features, &b.features, RuleSignals::default());
    assert!(p[0] > p[1], "{p:?}");
}

#[test]
fn training_separates_separable_classes() {
    let mut samples = Vec::new();
    for i in 0..60 {
        let mut x = [0.0; FEATURES];
        let y = i % 3;
        x[y] = 1.0 + (i as f64) * 0.01;
        samples.push((x, y));
    }
    let m = LinearModel::train(
        &samples,
        &TrainConfig {
            epochs: 500,
            l2: 1e-4,
            ..TrainConfig::default()
        },
        "toy",
    );
    for (x, y) in &samples {
        let p = m.probabilities(x);
        let best = (0..3).max_by(|&i, &j| p[i].total_cmp(&p[j])).unwrap();
        assert_eq!(best, *y);
    }
}

#[test]
fn the_embedded_model_matches_this_librarys_features() {
    let m = LinearModel::embedded();
    assert_eq!(m.features, FEATURE_NAMES);
    assert!(m.trained_on.contains("train"), "{}", m.trained_on);
    assert!(LinearModel::from_json(DEFAULT_MODEL).is_ok());
}
