//! The text stage: normalisation with an offset map, words, sentences and quotations, numbers,
//! and boilerplate. Each module is a small piece with one job.

pub mod boilerplate;
pub mod dates;
pub(crate) mod fingerprint;
pub mod language;
pub mod normalize;
pub mod numbers;
pub(crate) mod root;
pub(crate) mod script;
pub mod segment;
pub mod tokens;
pub(crate) mod translit;
pub mod words;

pub use normalize::{Normalized, normalize_str};
pub use words::WordSet;
