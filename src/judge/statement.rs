//! A bare statement, analysed for judging without any extraction step: what lets the judge be
//! measured on labelled pair sets written by others.

use crate::analysis::{Features, Prepared};
use crate::lexicon::Lexicon;

/// A bare statement analysed for judging.
///
/// ```
/// use crosscheck::{Lexicon, Statement};
///
/// let lexicon = Lexicon::default();
/// let s = Statement::new("لا يوجد جدول زمني لانسحاب القوات", &lexicon);
/// assert!(s.features.is_negative());
/// ```
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
        let prepared = Prepared::new(text, lexicon);
        Statement {
            text: text.to_string(),
            features: prepared.analyse_statement(),
        }
    }
}
