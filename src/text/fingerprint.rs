//! Fingerprints that never change between builds or platforms: what a report names its
//! lexicon, its model and its conflicts by.

/// 16 hex digits of the FNV-1a hash (64 bits) of `bytes`.
pub(crate) fn fingerprint(bytes: &[u8]) -> String {
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    format!("{hash:016x}")
}
