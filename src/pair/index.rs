//! Blocking: candidate pairs from an inverted index, never all pairs.
//!
//! Each claim emits keys: the frames it mentions (`f:timetable`), the things it counts where
//! (`q:soldiers@iraq`), the antonym pairs it takes a side in (`a:0`) and its content stems
//! (`s:…`). Two claims are candidates when they share a frame, quantity or antonym key, or at least
//! `min_shared_stems` stems. A key held by more than its cap of claims is dropped, so a very
//! common word cannot turn into a quadratic block: stems are capped low (they only serve to find
//! corroborations), frames higher. What is dropped is reported in [`Blocking::dropped_keys`].
//!
//! [`blocking_keys`] exposes the `(key, claim)` rows, so the join can run on a distributed engine
//! when one machine is not enough.

use crate::claim::Claim;
use crate::lexicon::{ConceptClass, Lexicon};
use std::collections::HashMap;

/// Settings of the blocking stage.
#[derive(Debug, Clone)]
pub struct BlockingConfig {
    /// Largest block kept for frame, quantity and antonym keys.
    pub max_block: usize,
    /// Largest block kept for stem keys.
    pub max_stem_block: usize,
    /// Stems two claims must share to be paired on stems alone.
    pub min_shared_stems: usize,
}

impl Default for BlockingConfig {
    fn default() -> Self {
        BlockingConfig {
            max_block: 5000,
            max_stem_block: 300,
            min_shared_stems: 4,
        }
    }
}

/// The kind of a blocking key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyKind {
    /// A frame concept.
    Frame,
    /// A counted unit at a place.
    Quantity,
    /// A side taken in an antonym pair.
    Antonym,
    /// A content stem.
    Stem,
}

/// One row of the blocking relation: a key and a claim (by index) that holds it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyRow {
    /// What kind of key.
    pub kind: KeyKind,
    /// The key.
    pub key: String,
    /// Index of the claim in the slice given.
    pub claim: u32,
}

/// The `(key, claim)` rows of every claim.
pub fn blocking_keys(claims: &[Claim], lexicon: &Lexicon) -> Vec<KeyRow> {
    let mut rows = Vec::new();
    for (i, c) in claims.iter().enumerate() {
        let claim = i as u32;
        let f = &c.features;
        let mut push = |kind, key: String| rows.push(KeyRow { kind, key, claim });
        for m in &f.mentions {
            let concept = &lexicon.concepts()[m.concept];
            if concept.class == ConceptClass::Frame {
                push(KeyKind::Frame, concept.id.clone());
            }
        }
        for q in &f.quantities {
            if let Some(u) = &q.unit {
                push(
                    KeyKind::Quantity,
                    format!("{u}@{}", q.place.as_deref().unwrap_or("")),
                );
            }
        }
        for p in &f.poles {
            push(KeyKind::Antonym, p.antonym.to_string());
        }
        for s in &f.stems {
            push(KeyKind::Stem, s.clone());
        }
    }
    rows.sort_unstable();
    rows.dedup();
    rows
}

/// Candidate pairs and what blocking left out.
#[derive(Debug, Clone, Default)]
pub struct Blocking {
    /// Pairs `(i, j)` with `i < j`, sorted, unique.
    pub pairs: Vec<(u32, u32)>,
    /// Keys whose blocks were over the cap, with their sizes.
    pub dropped_keys: Vec<(String, usize)>,
}

/// Candidate pairs of `claims` under `config`.
pub fn candidate_pairs(claims: &[Claim], lexicon: &Lexicon, config: &BlockingConfig) -> Blocking {
    let rows = blocking_keys(claims, lexicon);
    let mut blocking = Blocking::default();
    let mut pairs: Vec<(u32, u32)> = Vec::new();
    let mut stem_pairs: HashMap<(u32, u32), u32> = HashMap::new();
    for block in rows.chunk_by(|a, b| a.kind == b.kind && a.key == b.key) {
        let kind = block[0].kind;
        let cap = if kind == KeyKind::Stem {
            config.max_stem_block
        } else {
            config.max_block
        };
        if block.len() > cap {
            blocking
                .dropped_keys
                .push((format!("{:?}:{}", kind, block[0].key), block.len()));
            continue;
        }
        for (x, a) in block.iter().enumerate() {
            for b in &block[x + 1..] {
                let pair = (a.claim.min(b.claim), a.claim.max(b.claim));
                if kind == KeyKind::Stem {
                    *stem_pairs.entry(pair).or_default() += 1;
                } else {
                    pairs.push(pair);
                }
            }
        }
    }
    pairs.extend(
        stem_pairs
            .into_iter()
            .filter(|&(_, n)| n as usize >= config.min_shared_stems)
            .map(|(p, _)| p),
    );
    pairs.sort_unstable();
    pairs.dedup();
    blocking.pairs = pairs;
    blocking
}

/// Every pair: the baseline blocking is measured against.
pub fn all_pairs(n: usize) -> Vec<(u32, u32)> {
    let n = n as u32;
    (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
        .collect()
}
