//! Scores of the judge on labelled pairs: per-class precision, recall and F1, macro-F1,
//! accuracy and the confusion matrix.

use crate::judge::{Judge, Stance, Statement};
use crate::lexicon::Lexicon;

/// The classes in report order.
pub const STANCES: [Stance; 3] = [Stance::Contradict, Stance::Agree, Stance::Unrelated];

fn index(s: Stance) -> usize {
    STANCES.iter().position(|&x| x == s).unwrap_or(2)
}

/// How the judge did on a set of pairs.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Scores {
    /// `confusion[gold][predicted]`, in [`STANCES`] order.
    pub confusion: [[usize; 3]; 3],
    /// Precision per class.
    pub precision: [f64; 3],
    /// Recall per class.
    pub recall: [f64; 3],
    /// F1 per class.
    pub f1: [f64; 3],
    /// Mean F1 over the three classes.
    pub macro_f1: f64,
    /// Share of pairs judged right.
    pub accuracy: f64,
}

/// Judges every `(a, b, gold)` pair and scores the verdicts.
pub fn evaluate(judge: &Judge, lexicon: &Lexicon, pairs: &[(String, String, Stance)]) -> Scores {
    Scores::from_verdicts(pairs.iter().map(|(a, b, gold)| {
        let verdict = judge.judge(&Statement::new(a, lexicon), &Statement::new(b, lexicon));
        (*gold, verdict.stance)
    }))
}

impl Scores {
    /// Scores `(gold, predicted)` stances.
    pub fn from_verdicts(verdicts: impl IntoIterator<Item = (Stance, Stance)>) -> Scores {
        let mut s = Scores::default();
        let mut total = 0usize;
        for (gold, predicted) in verdicts {
            s.confusion[index(gold)][index(predicted)] += 1;
            total += 1;
        }
        for k in 0..3 {
            let tp = s.confusion[k][k] as f64;
            let predicted: usize = s.confusion.iter().map(|row| row[k]).sum();
            let support: usize = s.confusion[k].iter().sum();
            s.precision[k] = ratio(tp, predicted);
            s.recall[k] = ratio(tp, support);
            let (p, r) = (s.precision[k], s.recall[k]);
            s.f1[k] = if p + r > 0.0 {
                2.0 * p * r / (p + r)
            } else {
                0.0
            };
        }
        s.macro_f1 = s.f1.iter().sum::<f64>() / 3.0;
        let right: usize = (0..3).map(|k| s.confusion[k][k]).sum();
        s.accuracy = ratio(right as f64, total);
        s
    }
}

fn ratio(part: f64, whole: usize) -> f64 {
    if whole > 0 { part / whole as f64 } else { 0.0 }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scores_a_tiny_set() {
        let l = Lexicon::default();
        let j = Judge::new(&l);
        let pairs = vec![
            (
                "الذهب يرتفع في التعاملات المبكرة".into(),
                "تراجع الذهب في التعاملات المبكرة".into(),
                Stance::Contradict,
            ),
            (
                "اتفق الطرفان على إنشاء لجنة فنية مشتركة لمتابعة المشروع".into(),
                "الطرفان اتفقا على إنشاء لجنة فنية مشتركة لمتابعة المشروع".into(),
                Stance::Agree,
            ),
        ];
        let s = evaluate(&j, &l, &pairs);
        assert_eq!(s.confusion.iter().flatten().sum::<usize>(), 2);
        assert_eq!(s.accuracy, 1.0);
    }
}
