//! Setting up a [`Checker`]: its settings by setters, checked when it is built.

use super::{Checker, CheckerConfig};
use crate::error::Error;
use crate::judge::LinearModel;
use crate::lexicon::Lexicon;

/// Builds a [`Checker`]: settings by `&mut self` setters, checked when it is built.
///
/// ```
/// use crosscheck::{Checker, Lexicon};
///
/// let checker = Checker::builder()
///     .lexicon(Lexicon::default())
///     .min_score(0.8)
///     .build()?;
/// assert_eq!(checker.config().min_score, 0.8);
/// assert!(Checker::builder().min_score(1.5).build().is_err());
/// # Ok::<(), crosscheck::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct CheckerBuilder {
    lexicon: Option<Lexicon>,
    config: CheckerConfig,
    model: Option<LinearModel>,
}

impl CheckerBuilder {
    /// Uses this lexicon instead of the default one.
    pub fn lexicon(&mut self, lexicon: Lexicon) -> &mut Self {
        self.lexicon = Some(lexicon);
        self
    }

    /// Reports only conflicts scoring at least `score`, in [0, 1].
    pub fn min_score(&mut self, score: f64) -> &mut Self {
        self.config.min_score = score;
        self
    }

    /// Replaces the whole configuration.
    pub fn config(&mut self, config: CheckerConfig) -> &mut Self {
        self.config = config;
        self
    }

    /// Lets a learned model weigh in on every verdict, the pair stage's and verify's alike
    /// ([`crate::Judge::with_model`]); without one the judge is its rules.
    pub fn model(&mut self, model: LinearModel) -> &mut Self {
        self.model = Some(model);
        self
    }

    /// The checker, once its settings are checked ([`CheckerConfig::validate`]).
    pub fn build(&self) -> Result<Checker, Error> {
        self.config.validate()?;
        Ok(Checker {
            lexicon: self.lexicon.clone().unwrap_or_default(),
            config: self.config.clone(),
            model: self.model.clone(),
        })
    }
}
