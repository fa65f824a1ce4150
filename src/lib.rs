//! # crosscheck
//!
//! Reads news from many outlets, finds the claims in it — who said what, in which outlet, on
//! which date — and flags the pairs of claims that contradict each other, with the kind of
//! conflict, a score and the evidence. Arabic first, English next.
//!
//! ## Overview
//!
//! The types a user needs:
//!
//! - [`Checker`] runs the whole pipeline; [`CheckerBuilder`] and [`CheckerConfig`] set it up
//!   (lexicon, least score, caps).
//! - [`Corpus`] and [`Document`] hold the articles: from a folder with a `manifest.json`, JSON
//!   Lines, or code. Unreadable inputs are recorded, never lost silently.
//! - [`Report`] is what a check found: [`Claim`]s with their [`Speaker`], [`Conflict`]s and
//!   [`Corroboration`]s; rendered as JSON (the README's contract) or text.
//! - [`Lexicon`] is the vocabulary as data (reporting verbs, negators, antonyms, concepts, actors,
//!   grammar word lists); [`LexiconBuilder`] adds a user's own files.
//! - [`Judge`] decides a pair of [`Statement`]s without any extraction step: what lets it be
//!   measured on labelled pair sets.
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
//!
//! ## The stages
//!
//! Data flows one way; each stage is a module with one job and imports only the stages above it:
//!
//! ```text
//! corpus ─► text ─► lexicon ─► analysis ─► extract ─► claim ─► story ─► pair ─► judge ─► check ─► report
//! ```
//!
//! - [`corpus`]: documents from a folder (with `manifest.json`), JSON Lines, or code.
//! - [`text`]: normalisation with a map back to original bytes, words, sentences, numbers,
//!   boilerplate: small pieces, each with one job.
//! - [`lexicon`]: the vocabulary as data files, compiled into one automaton.
//! - [`analysis`]: what a stretch of text asserts ([`analysis::Prepared`] is the front door).
//! - [`extract`]: attributed claims with their speakers.
//! - [`story`]: documents grouped by the event they report; claims are paired only inside one.
//! - [`pair`]: blocking, candidate pairs from an inverted index, never all pairs.
//! - [`judge`]: the verdict on a pair: rules first, then (for bare statements) a learned model.
//! - `check`: the [`Checker`], its settings, and which verdicts it keeps.
//! - [`report`]: the records and their renderings.
#![warn(missing_docs)]

pub mod analysis;
mod check;
mod claim;
pub mod corpus;
mod error;
pub mod extract;
pub mod judge;
pub mod lexicon;
pub mod pair;
pub mod report;
pub mod story;
#[cfg(feature = "synth")]
pub mod synth;
#[cfg(test)]
mod test_support;
pub mod text;
pub mod verify;

pub use check::{Checker, CheckerBuilder, CheckerConfig, Progress};
pub use claim::{Claim, Modality, Polarity, Quantity, Speaker};
pub use corpus::{Corpus, Document, LoadOptions, Skipped};
pub use error::Error;
pub use judge::{ConflictKind, Judge, JudgeConfig, Judgement, Stance, Statement};
pub use lexicon::{Lexicon, LexiconBuilder};
pub use report::Judged;
pub use report::{Conflict, Corroboration, Report};

/// The README's examples, run as doc-tests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
