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
//! - `quantities`: numbers with unit, bound, place, the role of the people they count and
//!   whether they are a part of a whole; years apart;
//! - `updates`: counts given as updates of earlier ones.
//!
//! [`DocumentProfile`] says what a whole document is about, for the story stage.

mod analyse;
pub(crate) mod features;
mod mentions;
mod negation;
mod poles;
mod prepared;
pub(crate) mod profile;
mod quantities;
mod stems;
mod terms;
mod updates;
mod word_stems;

pub use crate::lexicon::PoleSide;
pub use features::{ConceptMention, EventDate, Features, QuantityFeature, name_key, stem_key};
pub use prepared::Prepared;
pub(crate) use prepared::token_at;
pub use profile::DocumentProfile;
pub(crate) use stems::leading_bytes;

/// The negator a mention gets when the whole claim is a denial's content (a denial verb
/// outside it governs it); the extractor puts the verb as written in its place.
pub(crate) const DENIED_BY_CUE: &str = "denied";

#[cfg(test)]
mod tests;
