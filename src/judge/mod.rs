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
//! The [`Judge`] asks the rules first (`rules`, which know no model), then, when it has one,
//! the learned [`model`] ([`Judge::with_model`]), which weighs the rules' verdicts with other
//! pair features. Judging comes in two steps for scale: a small [`Verdict`] first, the words of
//! the [`Judgement`] only for the verdicts a caller keeps ([`Judge::verdict`],
//! [`Judge::explain`]). The judge works on bare statements too ([`Statement`]), so it can be
//! measured on labelled pair sets ([`eval`]).
//!
//! ```
//! use crosscheck::{ConflictKind, Judge, Lexicon, Stance, Statement};
//!
//! let lexicon = Lexicon::default();
//! let judge = Judge::new(&lexicon);
//! let a = Statement::new("ستضع الحكومة جدولاً زمنياً لانسحاب القوات", &lexicon);
//! let b = Statement::new("لا يوجد جدول زمني لانسحاب القوات", &lexicon);
//! let verdict = judge.judge(&a, &b);
//! assert_eq!(verdict.stance, Stance::Contradict);
//! assert_eq!(verdict.kind, Some(ConflictKind::Negation));
//! ```

mod admit;
mod alignment;
mod cap;
mod config;
#[cfg(feature = "lab")]
pub mod eval;
pub mod model;
mod pairs;
pub(crate) mod rules;
mod similarity;
mod statement;
pub(crate) mod verdict;

pub(crate) use admit::Admission;
pub use config::{JudgeConfig, RuleWeights};
pub use model::LinearModel;
pub(crate) use pairs::{Kept, KeptVerdicts, document_numbers};
pub use statement::Statement;
pub use verdict::{ConflictKind, Judgement, Stance, Verdict};

use crate::analysis::Features;
use crate::claim::Claim;
use alignment::LazyAlignment;
use model::{CLASSES, RuleSignals, explain_model_verdict, likely_kind};
use rules::Rules;
use verdict::ModelVote;

/// Judges pairs of statements with one lexicon.
///
/// ```
/// use crosscheck::{ConflictKind, Judge, Lexicon, Stance, Statement};
///
/// let lexicon = Lexicon::default();
/// let judge = Judge::new(&lexicon);
/// let a = Statement::new("ستضع الحكومة جدولاً زمنياً لانسحاب القوات", &lexicon);
/// let b = Statement::new("لا يوجد جدول زمني لانسحاب القوات", &lexicon);
/// let verdict = judge.judge(&a, &b);
/// assert_eq!(verdict.stance, Stance::Contradict);
/// assert_eq!(verdict.kind, Some(ConflictKind::Negation));
/// ```
#[derive(Debug, Clone)]
pub struct Judge<'l> {
    lexicon: &'l crate::lexicon::Lexicon,
    config: JudgeConfig,
    model: Option<LinearModel>,
}

impl<'l> Judge<'l> {
    /// A judge with default settings.
    pub fn new(lexicon: &'l crate::lexicon::Lexicon) -> Self {
        Self::with_config(lexicon, JudgeConfig::default())
    }

    /// A judge with the given settings.
    pub fn with_config(lexicon: &'l crate::lexicon::Lexicon, config: JudgeConfig) -> Self {
        Judge {
            lexicon,
            config,
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

    /// The settings in use.
    pub fn config(&self) -> &JudgeConfig {
        &self.config
    }

    /// The lexicon it reads.
    pub fn lexicon(&self) -> &'l crate::lexicon::Lexicon {
        self.lexicon
    }

    /// The rules under this judge's lexicon and settings, for a rule the pipeline asks of
    /// some pairs only (a frame between two sides: `Rules::frame_negation`).
    pub(crate) fn rules(&self) -> Rules<'_> {
        Rules {
            lexicon: self.lexicon,
            config: &self.config,
        }
    }

    /// Judges two bare statements.
    pub fn judge(&self, a: &Statement, b: &Statement) -> Judgement {
        self.judge_texts((&a.features, &a.text), (&b.features, &b.text))
    }

    /// Judges two claims of a check's report as texts, whoever said them: what the rules (and
    /// the model, when the judge has one) make of the pair, before the checker's policy on
    /// speakers, outlets and sides.
    pub fn judge_claims(&self, a: &Claim, b: &Claim) -> Judgement {
        self.judge_texts((&a.features, &a.text), (&b.features, &b.text))
    }

    /// Judges two analysed texts, each cue quoted as its text writes it.
    fn judge_texts(&self, (fa, a): (&Features, &str), (fb, b): (&Features, &str)) -> Judgement {
        let mut j = self.judge_features(fa, fb);
        j.quote_as_written(a, b);
        j
    }

    /// Judges two analysed texts.
    pub(crate) fn judge_features(&self, a: &Features, b: &Features) -> Judgement {
        self.explain(a, b, &self.verdict(a, b))
    }

    /// Judges two analysed texts without writing the explanation: what to call for millions of
    /// pairs, keeping the few worth reporting and passing those to [`Judge::explain`].
    pub(crate) fn verdict(&self, a: &Features, b: &Features) -> Verdict {
        let alignment = LazyAlignment::new(&a.stems, &b.stems);
        let rules = self.rules().verdict(a, b, &alignment);
        let Some(model) = &self.model else {
            return rules;
        };
        let p = model.predict_aligned(a, b, alignment.get(), RuleSignals::from_verdict(&rules));
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

    /// Judges two analysed texts by the rules alone, without writing the explanation.
    #[cfg(test)]
    pub(crate) fn verdict_by_rules(&self, a: &Features, b: &Features) -> Verdict {
        self.rules()
            .verdict(a, b, &LazyAlignment::new(&a.stems, &b.stems))
    }

    /// Judges two analysed texts by the rules alone.
    #[cfg(test)]
    pub(crate) fn judge_by_rules(&self, a: &Features, b: &Features) -> Judgement {
        self.explain(a, b, &self.verdict_by_rules(a, b))
    }

    /// Writes out a verdict on `a` and `b` (the features it was made from) as a [`Judgement`]:
    /// the explanation, the topic and the cue words.
    pub(crate) fn explain(&self, a: &Features, b: &Features, v: &Verdict) -> Judgement {
        let mut j = self.rules().explain(a, b, v);
        if let (Some(vote), Some(model)) = (v.model, &self.model)
            && v.overrules_rules()
        {
            explain_model_verdict(model, a, b, v, &vote, &mut j);
        }
        j
    }
}

#[cfg(test)]
mod tests;
