//! # crosscheck
//!
//! Reads news from many outlets, finds the claims in it — who said what, in which outlet, on
//! which date — and flags the pairs of claims that contradict each other, with the kind of
//! conflict, a score and the evidence. Arabic first, English next.
//!
//! ```
//! use crosscheck::{Checker, ConflictKind, Corpus, Document, date};
//!
//! let mut corpus = Corpus::new();
//! corpus.push(Document::new("a", "وقال وزير الدفاع العراقي إن نحو 2500 جندي أميركي يوجدون في العراق.")
//!     .with_source("Outlet A").with_published(date(2024, 1, 27)));
//! corpus.push(Document::new("b", "وأكد مسؤول دفاعي أميركي أن عدد الجنود الأميركيين في العراق لا يتجاوز ألفي جندي.")
//!     .with_source("Outlet B").with_published(date(2024, 1, 28)));
//!
//! let report = Checker::new().check(&corpus);
//! let conflict = &report.conflicts[0];
//! assert_eq!(conflict.kind, ConflictKind::Numeric);
//!
//! // Every claim span is a byte range into the original text.
//! let claim = report.claim(&conflict.b).unwrap();
//! assert_eq!(claim.speaker.side.as_deref(), Some("US"));
//! assert_eq!(&corpus.documents[1].text[claim.start..claim.end], claim.text);
//! ```
//!
//! ## The types a user needs
//!
//! Each has an example on its page.
//!
//! - **Input.** [`Corpus`] holds the [`Document`]s: loaded from folders of `.txt` files (with an
//!   optional `manifest.json` giving outlet, date and language), JSON Lines files, or built in
//!   code; [`LoadOptions`] says how bytes are read. Unreadable inputs are recorded in the report,
//!   never lost silently. [`corpus::DocumentStream`] reads inputs lazily for large archives.
//! - **Checking.** [`Checker`] runs the whole pipeline; [`CheckerBuilder`] and [`CheckerConfig`]
//!   set it up (lexicon, least score, caps); [`Progress`] reports how far a long run has got.
//! - **Output.** [`Report`] is what a check found: [`Claim`]s with their [`Speaker`],
//!   [`Conflict`]s, [`Corroboration`]s and updates, grouped in stories; written as JSON (the
//!   report contract), CSV, HTML or text ([`Report::write_json`], [`Report::write_csv`],
//!   [`Report::write_html`], [`Report::write_text`]). The other records are in [`report`].
//! - **Vocabulary.** [`Lexicon`] is the vocabulary as data (reporting verbs, negators, antonyms,
//!   concepts, actors, grammar word lists); [`LexiconBuilder`] adds a user's own JSON files.
//! - **Pairs.** [`Judge`] decides a pair of [`Statement`]s without any extraction step, giving a
//!   [`Judgement`]: what lets it be measured on labelled pair sets.
//! - **Verification.** [`verify::Verifier`] answers the fact-checker's question: what each
//!   article of a corpus does to one claim (agree, disagree, discuss, unrelated).
//! - [`Error`] names the file, line or field at fault.
//!
//! ## How it works
//!
//! Data flows one way through stages, each a folder of the source with one job: `corpus`
//! (reading) → `text` (normalising with a map back to the original bytes, words, sentences,
//! numbers, boilerplate) → `lexicon` (the vocabulary, compiled into one automaton) → `analysis`
//! (what a stretch of text asserts) → `extract` (attributed claims) → `story` (documents grouped
//! by the event they report) → `pair` (blocking: candidate pairs, never all pairs) → `judge`
//! (the verdict on a pair, and which verdicts count) → `report` (the records), with `check` the
//! thin hub that runs them in order. `docs/ARCHITECTURE.md` in the repository describes them.
//! The stages are private; the `lab` feature opens what training and evaluation tools need
//! (`crosscheck::lab`, not a stable API).
#![warn(missing_docs)]
#![warn(unnameable_types)]

mod analysis;
mod check;
mod claim;
pub mod corpus;
mod error;
mod extract;
mod judge;
#[cfg(feature = "lab")]
pub mod lab;
mod lexicon;
mod pair;
pub mod report;
mod story;
#[cfg(feature = "synth")]
pub mod synth;
#[cfg(test)]
mod test_support;
mod text;
pub mod verify;

pub use check::{Checker, CheckerBuilder, CheckerConfig, Progress};
pub use claim::{Claim, Modality, Polarity, Quantity, Speaker};
pub use corpus::{Corpus, Document, LoadOptions, Skipped};
pub use error::Error;
/// Calendar dates (publication days, event days), from `jiff`: `date(2024, 1, 27)` or
/// `"2024-01-27".parse::<Date>()`.
pub use jiff::civil::{Date, date};
pub use judge::{
    ConflictKind, Judge, JudgeConfig, Judgement, LinearModel, RuleWeights, Stance, Statement,
};
pub use lexicon::Bound;
pub use lexicon::{Lexicon, LexiconBuilder};
pub use pair::BlockingConfig;
pub use report::Judged;
pub use report::{Conflict, Corroboration, Report};
pub use story::StoryConfig;

/// The README's examples, run as doc-tests so they stay true.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
