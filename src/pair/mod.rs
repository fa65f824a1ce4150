//! Pairing and judging: blocking finds candidate pairs, the judge decides each.

pub mod alignment;
pub mod eval;
pub mod index;
pub mod judge;
pub mod model;
pub mod rules;
pub mod training;

pub use alignment::Alignment;
pub use index::{
    Blocking, BlockingConfig, KeyKind, KeyRow, Side, all_pairs, blocking_keys, candidate_pairs,
};
pub use judge::{ConflictKind, Judge, JudgeConfig, Judgement, Stance, Statement};
pub use model::{LinearModel, RuleSignals, TrainConfig, TrainingPair, WordCues, pair_features};
pub use rules::Verdict;
pub use training::{LabelledPair, TrainingSet};
