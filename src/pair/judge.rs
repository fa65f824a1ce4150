//! The pair judge: do two statements contradict, agree, or neither?
//!
//! It compares what the analysis found, never the raw strings:
//! - **numeric**: the same thing counted (same unit, same place) with ranges that cannot both hold
//!   («نحو 2500» against «لا يتجاوز ألفي»);
//! - **negation / denial**: the same frame (a timetable, a withdrawal) asserted by one and negated
//!   or denied by the other, about compatible objects;
//! - **antonym**: opposite poles of a lexicon pair (end / keep) on the same topic;
//! - **statement negation**: with no lexicon frame to compare, one statement negated as a whole
//!   and most of its words (inflected forms matched) found in the other; it scores lower;
//! - **agreement**: much shared content and no conflict.
//!
//! The rules live in [`crate::pair::rules`], in two steps: a small [`Verdict`] first, the words of
//! the [`Judgement`] only for the verdicts a caller keeps ([`Judge::verdict`], [`Judge::explain`]).
//! The judge works on bare statements too ([`Statement`]), so it can be measured on labelled pair
//! sets without any extraction step; there a learned model ([`Judge::with_model`]) weighs the
//! rules' verdicts with other pair features.

use crate::analysis::{Context, Features};
use crate::lexicon::Lexicon;
use crate::pair::model::{CLASSES, LinearModel, RuleSignals, likely_kind};
use crate::pair::rules::{ModelVote, Verdict};
use crate::text::normalize::Normalized;
use crate::text::tokens::tokenize;
use serde::{Deserialize, Serialize};

/// The judge's verdict on a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// They cannot both be true.
    Contradict,
    /// They say the same thing.
    Agree,
    /// Neither.
    Unrelated,
}

/// Why two claims conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConflictKind {
    /// One asserts what the other negates.
    Negation,
    /// One asserts what the other denies.
    Denial,
    /// Numbers that cannot both hold.
    Numeric,
    /// Opposite poles of an antonym pair.
    Antonym,
    /// One word or two swapped for others in otherwise matching statements (a place, a name, a
    /// verb): what the learned model finds where no rule did. The judgement's cues hold the
    /// words each side keeps to itself.
    Substitution,
}

/// A verdict with its kind, score and explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Judgement {
    /// Contradict, agree or unrelated.
    pub stance: Stance,
    /// The kind of conflict, for contradictions.
    pub kind: Option<ConflictKind>,
    /// Confidence in [0, 1].
    pub score: f64,
    /// The cues and words that decided it.
    pub explanation: String,
    /// What the two statements disagree or agree about: a concept id, an antonym pair's name, a
    /// unit counted; empty when unrelated.
    pub topic: String,
    /// Content similarity of the two statements (Dice over stems), in [0, 1].
    pub similarity: f64,
    /// The words that carry the verdict in the first and the second statement (folded): the
    /// asserted and the negated mention, the two poles, the two numbers; for a verdict of the
    /// learned model against the rules, the stems each statement keeps to itself.
    pub cues: [String; 2],
}

/// Settings of the judge.
#[derive(Debug, Clone)]
pub struct JudgeConfig {
    /// Content similarity (Dice over stems) from which two statements agree.
    pub agree_similarity: f64,
    /// Relative tolerance of «about» (0.1 = ±10 %).
    pub approx_tolerance: f64,
    /// Least content similarity for a numeric conflict when the unit is not a lexicon concept.
    pub numeric_min_similarity: f64,
    /// Least content similarity for an antonym conflict when the pair has no topic.
    pub antonym_min_similarity: f64,
    /// Least share of a negated statement's words found in the other statement for the two to
    /// contradict with no lexicon frame to compare.
    pub statement_negation_coverage: f64,
}

impl Default for JudgeConfig {
    fn default() -> Self {
        JudgeConfig {
            agree_similarity: 0.5,
            approx_tolerance: 0.1,
            numeric_min_similarity: 0.2,
            antonym_min_similarity: 0.3,
            statement_negation_coverage: 0.5,
        }
    }
}

/// A bare statement analysed for judging.
#[derive(Debug, Clone)]
pub struct Statement {
    /// The text.
    pub text: String,
    /// What the analysis found.
    pub features: Features,
}

impl Statement {
    /// Analyses `text` as one statement.
    pub fn new(text: &str, lexicon: &Lexicon) -> Self {
        let norm = Normalized::new(text);
        let folded = norm.as_str();
        let tokens = tokenize(folded);
        let hits = lexicon.scan(folded);
        let ctx = Context {
            lexicon,
            text: folded,
            tokens: &tokens,
            hits: &hits,
        };
        let mut features = ctx.analyse(0..folded.len(), 0..folded.len(), false);
        features.ordered = ctx.ordered_stems(0..folded.len());
        Statement {
            text: text.to_string(),
            features,
        }
    }
}

/// Dice similarity of two sorted, unique lists (stems, or their keys).
pub fn stem_similarity<T: Ord>(a: &[T], b: &[T]) -> f64 {
    sorted_dice(a, b)
}

/// Dice similarity of two sorted lists without repeats, by one merge.
fn sorted_dice<T: Ord>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

/// Judges pairs of statements with one lexicon.
#[derive(Debug, Clone)]
pub struct Judge<'l> {
    pub(crate) lexicon: &'l Lexicon,
    pub(crate) config: JudgeConfig,
    pub(crate) model: Option<LinearModel>,
}

impl<'l> Judge<'l> {
    /// A judge with default settings.
    pub fn new(lexicon: &'l Lexicon) -> Self {
        Judge {
            lexicon,
            config: JudgeConfig::default(),
            model: None,
        }
    }

    /// Adds a learned model over the pair features: the rules' verdicts become inputs, and the
    /// model decides the stance. Meant for bare statements (headline pairs) where few lexicon
    /// concepts are met; [`LinearModel::embedded`] is trained on ANS train.
    pub fn with_model(mut self, model: LinearModel) -> Self {
        self.model = Some(model);
        self
    }

    /// A judge with the given settings.
    pub fn with_config(lexicon: &'l Lexicon, config: JudgeConfig) -> Self {
        Judge {
            lexicon,
            config,
            model: None,
        }
    }

    /// Judges two bare statements.
    pub fn judge(&self, a: &Statement, b: &Statement) -> Judgement {
        self.judge_features(&a.features, &b.features)
    }

    /// Judges two analysed texts.
    pub fn judge_features(&self, a: &Features, b: &Features) -> Judgement {
        self.explain(a, b, &self.verdict(a, b))
    }

    /// Judges two analysed texts without writing the explanation: what to call for millions of
    /// pairs, keeping the few worth reporting and passing those to [`Judge::explain`].
    pub fn verdict(&self, a: &Features, b: &Features) -> Verdict {
        let rules = self.verdict_by_rules(a, b);
        let Some(model) = &self.model else {
            return rules;
        };
        let p = model.predict(a, b, RuleSignals::from_verdict(&rules));
        let best = (0..3).max_by(|&i, &j| p[i].total_cmp(&p[j])).unwrap_or(2);
        let stance = CLASSES[best];
        Verdict {
            stance,
            kind: if stance == rules.stance {
                rules.kind
            } else if stance == Stance::Contradict {
                Some(likely_kind(a, b))
            } else {
                None
            },
            score: p[best],
            model: Some(ModelVote {
                probabilities: p.map(|x| x as f32),
                rules_said: rules.stance,
                rules_kind: rules.kind,
            }),
            ..rules
        }
    }

    /// Judges two analysed texts by the rules alone.
    pub fn judge_by_rules(&self, a: &Features, b: &Features) -> Judgement {
        self.explain(a, b, &self.verdict_by_rules(a, b))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judge(a: &str, b: &str) -> Judgement {
        let l = Lexicon::default();
        let j = Judge::new(&l);
        j.judge(&Statement::new(a, &l), &Statement::new(b, &l))
    }

    #[test]
    fn numbers_that_cannot_both_hold_conflict() {
        let j = judge(
            "يوجد في العراق نحو ألفين وخمسمئة جندي أميركي",
            "ينتشر في العراق عدد لا يتجاوز ألف وخمسمئة عسكري",
        );
        assert_eq!(j.kind, Some(ConflictKind::Numeric), "{j:?}");
    }

    #[test]
    fn numbers_in_different_places_do_not_conflict() {
        let j = judge("يوجد في العراق نحو 3000 جندي", "يوجد في سوريا نحو 700 جندي");
        assert_ne!(j.kind, Some(ConflictKind::Numeric), "{j:?}");
    }

    #[test]
    fn a_statement_negated_as_a_whole_contradicts_its_assertion() {
        let j = judge(
            "المنتخب المغربي تأهل إلى نهائيات كأس العالم",
            "المنتخب المغربي لم يتأهل إلى نهائيات كأس العالم",
        );
        assert_eq!(j.stance, Stance::Contradict, "{j:?}");
        assert_eq!(j.kind, Some(ConflictKind::Negation), "{j:?}");
        // A negation about something else is no contradiction.
        let j = judge(
            "المنتخب المغربي تأهل إلى نهائيات كأس العالم",
            "الحكومة لم توافق على رفع أسعار الوقود هذا الشهر",
        );
        assert_ne!(j.stance, Stance::Contradict, "{j:?}");
    }

    #[test]
    fn negated_frame_conflicts_with_asserted_frame() {
        let j = judge(
            "ستضع الحكومة جدولا زمنيا لانسحاب القوات",
            "لا يوجد جدول زمني لانسحاب القوات",
        );
        assert_eq!(j.kind, Some(ConflictKind::Negation), "{j:?}");
    }

    #[test]
    fn denial_is_its_own_kind() {
        let j = judge(
            "بدأت مفاوضات حول انسحاب القوات",
            "نفى الوزير وجود مفاوضات حول انسحاب القوات",
        );
        assert_eq!(j.kind, Some(ConflictKind::Denial), "{j:?}");
    }

    #[test]
    fn frames_about_different_objects_do_not_conflict() {
        let j = judge(
            "سيتم وضع جدول زمني لإنهاء مهمة التحالف",
            "تريد توحيد البيشمركة رافضا تحديد جدول زمني لذلك",
        );
        assert_eq!(j.stance, Stance::Unrelated, "{j:?}");
    }

    #[test]
    fn opposite_poles_on_the_same_topic_conflict() {
        let j = judge(
            "يجب إنهاء مهمة التحالف في البلاد",
            "نريد الإبقاء على القوات في البلاد",
        );
        assert_eq!(j.kind, Some(ConflictKind::Antonym), "{j:?}");
    }

    #[test]
    fn general_opposites_of_the_lexicon_conflict() {
        for (a, b) in [
            (
                "الشركة تحقق أرباحا كبيرة في الربع الأول",
                "الشركة تسجل خسائر كبيرة في الربع الأول",
            ),
            (
                "وزارة الخارجية تدين الهجوم على القافلة الإنسانية",
                "وزارة الخارجية ترحب بالهجوم على القافلة الإنسانية",
            ),
            (
                "المصنع يواصل الإنتاج رغم الإضراب",
                "المصنع يوقف الإنتاج بسبب الإضراب",
            ),
        ] {
            let j = judge(a, b);
            assert_eq!(j.kind, Some(ConflictKind::Antonym), "{a} / {b}: {j:?}");
        }
    }

    #[test]
    fn paraphrase_agrees() {
        let j = judge(
            "اتفق الطرفان على إنشاء لجنة فنية مشتركة بين الوزارتين لمتابعة المشروع",
            "الطرفان اتفقا على إنشاء لجنة فنية مشتركة بين الوزارتين لمتابعة المشروع الجديد",
        );
        assert_eq!(j.stance, Stance::Agree, "{j:?}");
    }

    #[test]
    fn a_model_verdict_says_what_moved_it_and_which_words_differ() {
        let l = Lexicon::default();
        let j = Judge::new(&l).with_model(LinearModel::embedded());
        let v = j.judge(
            &Statement::new("المنتخب المصري يفوز بكأس البطولة العربية", &l),
            &Statement::new("المنتخب التونسي يفوز بكأس البطولة العربية", &l),
        );
        // The rules see one shared story; the model sees one word swapped for another.
        assert_eq!(v.stance, Stance::Contradict, "{v:?}");
        assert_eq!(v.kind, Some(ConflictKind::Substitution), "{v:?}");
        assert!(v.explanation.contains("rules said Agree"), "{v:?}");
        assert!(v.explanation.contains("against Agree mostly"), "{v:?}");
        assert!(v.explanation.contains("left over: «مصر» / «تونس»"), "{v:?}");
        assert_eq!(v.cues, ["مصر".to_string(), "تونس".to_string()]);
    }

    #[test]
    fn english_negation_conflicts() {
        let j = judge(
            "The minister said a timeline for the withdrawal of US forces will be drafted",
            "We do not have a timeline for the withdrawal of US forces",
        );
        assert_eq!(j.kind, Some(ConflictKind::Negation), "{j:?}");
    }
}
