//! A bare statement, analysed for judging without any extraction step: what lets the judge be
//! measured on labelled pair sets written by others.

use crate::analysis::{Features, Prepared};
use crate::lexicon::Lexicon;

/// A bare statement analysed for judging.
///
/// ```
/// use crosscheck::{Judge, Lexicon, Stance, Statement};
///
/// let lexicon = Lexicon::default();
/// let claim = Statement::new("ستنسحب القوات الأجنبية من العراق قبل نهاية العام", &lexicon);
/// let denial = Statement::new("لن تنسحب القوات الأجنبية من العراق قبل نهاية العام", &lexicon);
/// assert_eq!(Judge::new(&lexicon).judge(&claim, &denial).stance, Stance::Contradict);
/// ```
#[derive(Debug, Clone)]
pub struct Statement {
    /// The text.
    pub text: String,
    /// What the analysis found.
    pub(crate) features: Features,
}

impl Statement {
    /// Analyses `text` as one statement.
    pub fn new(text: &str, lexicon: &Lexicon) -> Self {
        let prepared = Prepared::new(text, lexicon);
        Statement {
            text: text.to_string(),
            features: prepared.analyse_statement(),
        }
    }
}
