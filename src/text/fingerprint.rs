//! Fingerprints that never change between builds or platforms: what a report names its
//! lexicon, its model and its conflicts by.

/// 16 hex digits of the FNV-1a hash (64 bits) of `bytes`.
pub(crate) fn fingerprint(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}

/// A 64-bit hash of a stem, the same on every run and machine (FxHash has no random seed). Two
/// distinct stems share a key with odds of about one in 10^19 a pair, far below any other error.
/// It lives with the text so that the lexicon's background counts and the analysis key stems
/// alike.
pub fn stem_key(stem: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    stem.hash(&mut h);
    h.finish()
}
