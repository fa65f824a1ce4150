//! # crosscheck
//!
//! Reads news from many outlets, finds the claims in it — who said what, in which outlet, on
//! which date — and flags the pairs of claims that contradict each other.
//!
//! The pipeline runs one way, each stage a module with one job:
//!
//! ```text
//! corpus ─► text ─► extract ─► claim ─► pair (blocking) ─► judge ─► report
//! ```
//!
//! - [`corpus`]: documents from a folder (with `manifest.json`), JSON Lines, or code.
//! - [`text`]: normalisation with a map back to original bytes, sentences, numbers, boilerplate.
//! - [`lexicon`]: reporting verbs, negators, antonyms, concepts and actors, as data files.
//! - [`extract`]: attributed claims with their speakers.
//! - [`pair`]: blocking and the pair judge (also usable on two bare statements).
//! - [`report`]: the JSON contract and a text rendering.
//!
//! ```
//! use crosscheck::{Checker, Corpus, Document, ConflictKind};
//!
//! let mut corpus = Corpus::new();
//! corpus.push(Document::new("a", "وقال وزير الدفاع العراقي إن نحو 2500 جندي أميركي يوجدون في العراق.")
//!     .with_source("Outlet A").with_published("2024-01-27"));
//! corpus.push(Document::new("b", "وأكد مسؤول دفاعي أميركي أن عدد الجنود في العراق لا يتجاوز ألفي جندي.")
//!     .with_source("Outlet B").with_published("2024-01-28"));
//!
//! let report = Checker::new().check(&corpus);
//! let conflict = &report.conflicts[0];
//! assert_eq!(conflict.kind, ConflictKind::Numeric);
//!
//! // Every claim span is a byte range into the original text.
//! let claim = report.claims.iter().find(|c| c.id == conflict.b).unwrap();
//! assert_eq!(claim.speaker.side.as_deref(), Some("US"));
//! assert_eq!(&corpus.documents[1].text[claim.start..claim.end], claim.text);
//! ```
#![warn(missing_docs)]

pub mod analysis;
pub mod check;
pub mod claim;
pub mod corpus;
pub mod error;
pub mod extract;
pub mod judge;
pub mod lexicon;
pub mod pair;
pub mod report;
pub mod synth;
pub mod text;

pub use check::{Checker, CheckerBuilder, CheckerConfig, Judged, Progress};
pub use claim::{Claim, Modality, Polarity, Quantity, Speaker};
pub use corpus::{Corpus, Document, LoadOptions, Skipped};
pub use error::Error;
pub use judge::{ConflictKind, Judge, JudgeConfig, Judgement, Stance, Statement};
pub use lexicon::{Lexicon, LexiconBuilder};
pub use report::{Conflict, Corroboration, Report};

/// The README's examples, run as doc-tests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
