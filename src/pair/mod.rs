//! Blocking: candidate pairs of claims from an inverted index, never all pairs. What to do with a
//! pair is the judge's business ([`crate::judge`]).

mod blocking;

pub(crate) use blocking::ClaimKeys;
pub use blocking::{Blocking, BlockingConfig, candidate_pairs};
#[cfg(feature = "lab")]
pub use blocking::{KeyKind, KeyRow, Side, all_pairs, blocking_keys};
