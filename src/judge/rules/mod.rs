//! The judge's rules, in two steps: [`Rules::verdict`] finds what conflicts or agrees and how
//! strongly, as a small [`Verdict`] of indices and numbers; [`Rules::explain`] writes the words
//! of the [`Judgement`] a user reads.
//!
//! The split is for scale: the checker judges millions of candidate pairs and keeps each claim's
//! strongest few, so only the verdicts it keeps are ever written out. The rules know nothing of
//! the learned model; the [`crate::judge::Judge`] asks them first, then the model.

mod agreement;
mod antonym;
mod negation;
mod numeric;

use crate::analysis::Features;
use crate::judge::alignment::LazyAlignment;
use crate::judge::config::JudgeConfig;
use crate::judge::similarity::stem_similarity;
use crate::judge::verdict::{Finding, Judgement, Verdict};
use crate::lexicon::Lexicon;

/// The rules, with the lexicon and settings they read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rules<'j> {
    pub(crate) lexicon: &'j Lexicon,
    pub(crate) config: &'j JudgeConfig,
}

fn keep_stronger(best: &mut Option<Verdict>, v: Verdict) {
    if best.is_none_or(|b| v.score > b.score) {
        *best = Some(v);
    }
}

impl Rules<'_> {
    /// The strongest conflict the rules find, else a statement negated as a whole, else
    /// agreement or nothing. `alignment` is the two statements' stems aligned, made only if a
    /// rule asks for it.
    pub(crate) fn verdict(&self, a: &Features, b: &Features, alignment: &LazyAlignment) -> Verdict {
        let sim = stem_similarity(&a.stem_keys, &b.stem_keys);
        let mut best: Option<Verdict> = None;
        for v in [
            self.numeric(a, b, sim),
            self.negation(a, b, sim),
            self.antonym(a, b, sim),
        ]
        .into_iter()
        .flatten()
        {
            keep_stronger(&mut best, v);
        }
        best.or_else(|| self.statement_negation(a, b, sim, alignment))
            .unwrap_or_else(|| self.agreement(a, b, sim))
    }

    fn concept_id(&self, c: usize) -> &str {
        &self.lexicon.concepts()[c].id
    }

    /// Writes out a rule verdict on `a` and `b` (the features it was made from) as a
    /// [`Judgement`]: the explanation, the topic and the cue words.
    pub(crate) fn explain(&self, a: &Features, b: &Features, v: &Verdict) -> Judgement {
        let mut j = Judgement {
            stance: v.stance,
            kind: v.kind,
            score: v.score,
            explanation: String::new(),
            topic: String::new(),
            similarity: v.similarity,
            cues: Default::default(),
        };
        match v.finding {
            Finding::Nothing => {}
            Finding::Numeric { a: ia, b: ib } => self.explain_numeric(a, b, ia, ib, &mut j),
            Finding::Negation { a: ia, b: ib } => self.explain_negation(a, b, ia, ib, &mut j),
            Finding::Antonym { a: ia, b: ib } => self.explain_antonym(a, b, ia, ib, &mut j),
            Finding::StatementNegation { cover } => {
                negation::explain_statement_negation(a, b, cover, &mut j)
            }
            Finding::Agreement { same_number } => {
                agreement::explain_agreement(v.similarity, same_number, &mut j)
            }
        }
        j
    }
}
