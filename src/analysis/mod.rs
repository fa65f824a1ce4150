//! What a stretch of folded text asserts, in the form the judge compares: concept mentions with
//! their polarity and objects, antonym poles, quantities and content stems.
//!
//! One front door, [`Prepared::new`], folds a text, splits it into words and finds its lexicon
//! hits; extraction and bare statements both start there. [`Prepared::analyse`] then reads one
//! range of it, piece by piece:
//! - `negation`: which words each negator governs;
//! - `stems`: content words and their light stems;
//! - `mentions`: frames and objects, negated or not, with the objects a frame is about;
//! - `poles`: antonym poles asserted near their topic;
//! - `quantities`: numbers with unit, bound and place; years apart.

mod analyse;
mod features;
mod mentions;
mod negation;
mod poles;
mod prepared;
mod quantities;
mod stems;

pub use crate::lexicon::PoleSide;
pub use features::{ConceptMention, Features, Pole, QuantityFeature, stem_key};
pub use prepared::Prepared;
pub(crate) use prepared::token_at;

#[cfg(test)]
mod tests;
