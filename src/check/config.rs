//! The checker's settings: what is reported, with named defaults the command line reads too.

use crate::error::Error;
use crate::judge::JudgeConfig;
use crate::pair::BlockingConfig;
use crate::story::StoryConfig;

/// Settings of a [`crate::Checker`].
///
/// ```
/// use crosscheck::{Checker, CheckerConfig};
///
/// let mut config = CheckerConfig::default();
/// config.min_score = 0.8;
/// config.max_per_claim = 3;
/// let checker = Checker::builder().config(config).build()?;
/// assert_eq!(checker.config().max_per_claim, 3);
/// # Ok::<(), crosscheck::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct CheckerConfig {
    /// Conflicts scoring below this are not reported.
    pub min_score: f64,
    /// Corroborations scoring below this are not reported.
    pub min_corroboration: f64,
    /// Added to a conflict's score when the two speakers are on different known sides: the
    /// disputes a reader follows are between the parties.
    pub cross_side_bonus: f64,
    /// The most conflicts (and, separately, corroborations) reported for any one claim: its
    /// strongest. A claim repeated across an archive would otherwise pair with every variant.
    pub max_per_claim: usize,
    /// The judge's settings.
    pub judge: JudgeConfig,
    /// The blocking stage's settings.
    pub blocking: BlockingConfig,
    /// The story stage's settings.
    pub stories: StoryConfig,
}

impl CheckerConfig {
    /// The default least score of a reported conflict.
    pub const DEFAULT_MIN_SCORE: f64 = 0.65;

    /// The default settings.
    pub const DEFAULT: CheckerConfig = CheckerConfig {
        min_score: Self::DEFAULT_MIN_SCORE,
        min_corroboration: 0.5,
        cross_side_bonus: 0.1,
        max_per_claim: 10,
        judge: JudgeConfig::DEFAULT,
        blocking: BlockingConfig::DEFAULT,
        stories: StoryConfig::DEFAULT,
    };

    /// Checks that every setting is in its range, naming the first that is not.
    pub fn validate(&self) -> Result<(), Error> {
        let unit = |field: &'static str, x: f64| {
            if (0.0..=1.0).contains(&x) {
                Ok(())
            } else {
                Err(Error::Config {
                    field,
                    message: format!("{x} is not in [0, 1]"),
                })
            }
        };
        unit("min_score", self.min_score)?;
        unit("min_corroboration", self.min_corroboration)?;
        unit("cross_side_bonus", self.cross_side_bonus)?;
        if self.max_per_claim == 0 {
            return Err(Error::Config {
                field: "max_per_claim",
                message: "0 would report nothing".into(),
            });
        }
        Ok(())
    }
}

impl Default for CheckerConfig {
    fn default() -> Self {
        CheckerConfig::DEFAULT
    }
}
