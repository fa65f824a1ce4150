//! How far a check has got, for a progress display or a stage's timing.

/// How far a check has got, for a progress display or a stage's timing: each stage after
/// reading is announced once, when it begins, in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Progress {
    /// `done` of `total` documents have been read for claims.
    Extracted {
        /// Documents done.
        done: usize,
        /// Documents in all; 0 when reading a stream whose length is not known.
        total: usize,
    },
    /// Every document is read; grouping them into stories has begun.
    Grouping {
        /// Documents to group.
        documents: usize,
    },
    /// Pairing has begun over this many claims: the stories each claim's passage is about,
    /// then the candidate pairs.
    Pairing {
        /// Claims to pair.
        claims: usize,
    },
    /// Judging the candidate pairs has begun.
    Judging {
        /// Candidate pairs to judge.
        candidates: usize,
    },
    /// The report is ready.
    Done,
}
