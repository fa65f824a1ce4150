//! A small linear model over the judge's pair features, for bare statements such as headline
//! pairs, where the rules alone meet too few lexicon concepts.
//!
//! Multinomial logistic regression over a few dozen generic features (overlap, containment, what
//! each side holds alone, negation asymmetry, numbers and places that differ, the rule judge's
//! own verdicts, learned word tables), trained in Rust (`examples/train_judge.rs`) on the ANS
//! *train* split only. Its weights are a JSON data file embedded in the library
//! (`src/judge/model/judge-model.json`); a user may train and load their own. No neural network,
//! nothing downloaded.
//!
//! - `features`: the pair features and the rules' signals ([`RuleSignals`]);
//! - `cues`: the learned word tables ([`WordCues`]);
//! - `linear`: the model, its predictions and reasons ([`LinearModel`]);
//! - `fit`: fitting it ([`TrainConfig`]); [`training`]: training sets made from labelled text
//!   pairs ([`TrainingSet`]);
//! - `explain`: a model verdict in words.

mod cues;
mod explain;
mod features;
pub(crate) mod file;
#[cfg(any(test, feature = "lab"))]
mod fit;
mod linear;
#[cfg(any(test, feature = "lab"))]
pub mod training;

pub(crate) use explain::explain_model_verdict;
pub(crate) use features::likely_kind;
pub use features::{CLASSES, RuleSignals};
#[cfg(any(test, feature = "lab"))]
pub use fit::{TrainConfig, TrainingPair};
pub use linear::LinearModel;
#[cfg(any(test, feature = "lab"))]
pub use training::{LabelledPair, TrainingSet};

#[cfg(test)]
mod tests;
