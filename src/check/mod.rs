//! The checker: the whole pipeline behind one call, its settings, and which verdicts it keeps.

mod config;
mod select;

pub use config::CheckerConfig;

use crate::claim::Claim;
use crate::corpus::{Corpus, Document, Input};
use crate::error::Error;
use crate::extract::Extractor;
use crate::judge::{Judge, Judgement, Stance, Verdict};
use crate::lexicon::Lexicon;
use crate::pair::candidate_pairs;
use crate::report::{Conflict, Corroboration, DocumentSummary, PairStats, Report};
use rayon::prelude::*;
use std::collections::HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

/// How far a check has got, for a progress display.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Progress {
    /// `done` of `total` documents have been read for claims.
    Extracted {
        /// Documents done.
        done: usize,
        /// Documents in all; 0 when reading a stream whose length is not known.
        total: usize,
    },
    /// Pairing and judging has begun over this many claims.
    Pairing {
        /// Claims to pair.
        claims: usize,
    },
    /// The report is ready.
    Done,
}

/// Builds a [`Checker`]: settings by `&mut self` setters, checked when it is built.
///
/// ```
/// use crosscheck::{Checker, Lexicon};
///
/// let checker = Checker::builder()
///     .lexicon(Lexicon::default())
///     .min_score(0.8)
///     .build()?;
/// assert_eq!(checker.config().min_score, 0.8);
/// assert!(Checker::builder().min_score(1.5).build().is_err());
/// # Ok::<(), crosscheck::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct CheckerBuilder {
    lexicon: Option<Lexicon>,
    config: CheckerConfig,
}

impl CheckerBuilder {
    /// Uses this lexicon instead of the default one.
    pub fn lexicon(&mut self, lexicon: Lexicon) -> &mut Self {
        self.lexicon = Some(lexicon);
        self
    }

    /// Reports only conflicts scoring at least `score`, in [0, 1].
    pub fn min_score(&mut self, score: f64) -> &mut Self {
        self.config.min_score = score;
        self
    }

    /// Replaces the whole configuration.
    pub fn config(&mut self, config: CheckerConfig) -> &mut Self {
        self.config = config;
        self
    }

    /// The checker, once its settings are checked ([`CheckerConfig::validate`]).
    pub fn build(&self) -> Result<Checker, Error> {
        self.config.validate()?;
        Ok(Checker {
            lexicon: self.lexicon.clone().unwrap_or_default(),
            config: self.config.clone(),
        })
    }
}

/// Reads documents, extracts claims, pairs and judges them.
#[derive(Debug, Clone, Default)]
pub struct Checker {
    lexicon: Lexicon,
    config: CheckerConfig,
}

impl Checker {
    /// A checker with the default lexicon and settings.
    pub fn new() -> Self {
        Checker::default()
    }

    /// A builder.
    pub fn builder() -> CheckerBuilder {
        CheckerBuilder::default()
    }

    /// The lexicon in use.
    pub fn lexicon(&self) -> &Lexicon {
        &self.lexicon
    }

    /// The settings in use.
    pub fn config(&self) -> &CheckerConfig {
        &self.config
    }

    /// The claims of one document.
    pub fn extract(&self, doc: &Document) -> Vec<Claim> {
        Extractor::new(&self.lexicon).extract(doc)
    }

    /// The claims of many documents, extracted in parallel, in the documents' order.
    pub fn extract_all(&self, documents: &[Document]) -> Vec<Claim> {
        documents
            .par_iter()
            .flat_map_iter(|d| self.extract(d))
            .collect()
    }

    /// The pair judge this checker uses.
    pub fn judge(&self) -> Judge<'_> {
        Judge::with_config(&self.lexicon, self.config.judge.clone())
    }

    /// Runs the whole pipeline over a corpus. The report is the same whatever the number of
    /// threads and whatever the order the documents were given in: documents are reported by
    /// id, and pairs are sorted before reporting.
    pub fn check(&self, corpus: &Corpus) -> Report {
        self.check_with_progress(corpus, &|_| {})
    }

    /// Like [`Checker::check`], telling `progress` how far it has got (from several threads at
    /// once, in no fixed order).
    pub fn check_with_progress(
        &self,
        corpus: &Corpus,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Report {
        let mut order: Vec<&Document> = corpus.documents.iter().collect();
        order.sort_by(|a, b| a.id.cmp(&b.id));
        let total = order.len();
        let done = AtomicUsize::new(0);
        let per_doc: Vec<Vec<Claim>> = order
            .par_iter()
            .map(|d| {
                let claims = self.extract(d);
                let done = done.fetch_add(1, Ordering::Relaxed) + 1;
                progress(Progress::Extracted { done, total });
                claims
            })
            .collect();
        let documents = order
            .iter()
            .zip(&per_doc)
            .map(|(d, c)| summary(d, c.len()))
            .collect();
        let claims: Vec<Claim> = per_doc.into_iter().flatten().collect();
        progress(Progress::Pairing {
            claims: claims.len(),
        });
        let (conflicts, corroborations, pairs) = self.pair(&claims);
        progress(Progress::Done);
        Report {
            documents,
            skipped: sorted_by_path(&corpus.skipped, |s| &s.path),
            repaired: sorted_by_path(&corpus.repaired, |r| &r.path),
            warnings: sorted_by_path(&corpus.warnings, |w| &w.path),
            claims,
            conflicts,
            corroborations,
            pairs,
        }
    }

    /// Checks a stream of inputs, extracting claims a batch of documents at a time and dropping
    /// each document's text once its claims are out: memory follows the claims, not the corpus.
    /// The report is the same as [`Checker::check`] on the same documents.
    pub fn check_stream(
        &self,
        stream: impl Iterator<Item = Result<Input, Error>>,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<Report, Error> {
        const BATCH: usize = 256;
        let mut report = Report::default();
        let mut done: Vec<(DocumentSummary, Vec<Claim>)> = Vec::new();
        let mut batch: Vec<Document> = Vec::with_capacity(BATCH);
        let flush = |batch: &mut Vec<Document>, done: &mut Vec<(DocumentSummary, Vec<Claim>)>| {
            let extracted: Vec<_> = batch
                .par_iter()
                .map(|d| (summary(d, 0), self.extract(d)))
                .collect();
            batch.clear();
            for (mut s, claims) in extracted {
                s.claims = claims.len();
                done.push((s, claims));
            }
            progress(Progress::Extracted {
                done: done.len(),
                total: 0,
            });
        };
        for input in stream {
            match input? {
                Input::Document(d) => {
                    batch.push(d);
                    if batch.len() == BATCH {
                        flush(&mut batch, &mut done);
                    }
                }
                Input::Skipped(s) => report.skipped.push(s),
                Input::Warning(w) => report.warnings.push(w),
                Input::Repaired(r) => report.repaired.push(r),
            }
        }
        flush(&mut batch, &mut done);
        done.sort_by(|a, b| a.0.id.cmp(&b.0.id));
        let (documents, claims): (Vec<_>, Vec<_>) = done.into_iter().unzip();
        let claims: Vec<Claim> = claims.into_iter().flatten().collect();
        progress(Progress::Pairing {
            claims: claims.len(),
        });
        let (conflicts, corroborations, pairs) = self.pair(&claims);
        progress(Progress::Done);
        report.skipped.sort_by(|a, b| a.path.cmp(&b.path));
        report.warnings.sort_by(|a, b| a.path.cmp(&b.path));
        report.repaired.sort_by(|a, b| a.path.cmp(&b.path));
        report.documents = documents;
        report.claims = claims;
        report.conflicts = conflicts;
        report.corroborations = corroborations;
        report.pairs = pairs;
        Ok(report)
    }

    /// Pairs and judges claims: candidates from blocking, then the judge.
    pub fn pair(&self, claims: &[Claim]) -> (Vec<Conflict>, Vec<Corroboration>, PairStats) {
        let blocking = candidate_pairs(claims, &self.lexicon, &self.config.blocking);
        let judged = self.judge_pairs(claims, &blocking.pairs);
        let (conflicts, corroborations) = (judged.conflicts, judged.corroborations);
        let n = claims.len() as u64;
        let stats = PairStats {
            candidates: blocking.pairs.len(),
            all_pairs: n * n.saturating_sub(1) / 2,
            dropped_keys: blocking.dropped_keys,
            capped: judged.capped,
            proposed_by_kind: blocking
                .proposed_by_kind
                .iter()
                .map(|(k, n)| (format!("{k:?}").to_lowercase(), *n))
                .collect(),
        };
        (conflicts, corroborations, stats)
    }

    /// Judges the given pairs of claims (indices into `claims`): what [`Checker::pair`] does after
    /// blocking, exposed so other candidate sources (all pairs, a distributed join) can be judged
    /// the same way.
    pub fn judge_pairs(&self, claims: &[Claim], pairs: &[(u32, u32)]) -> Judged {
        let judge = self.judge();
        // Documents by number, so that millions of pairs compare integers, not id strings.
        let doc_numbers: Vec<u32> = {
            let mut seen: HashMap<&str, u32> = HashMap::default();
            claims
                .iter()
                .map(|c| {
                    let next = seen.len() as u32;
                    *seen.entry(c.doc.as_str()).or_insert(next)
                })
                .collect()
        };
        let judge_one = |&(i, j): &(u32, u32)| {
            let (a, b) = (&claims[i as usize], &claims[j as usize]);
            let same_doc = doc_numbers[i as usize] == doc_numbers[j as usize];
            if same_doc && a.speaker.identity() == b.speaker.identity() {
                return None; // a speaker restating themselves in one article
            }
            let mut v = judge.verdict(&a.features, &b.features);
            match v.stance {
                Stance::Contradict => {
                    if let (Some(x), Some(y)) = (&a.speaker.side, &b.speaker.side)
                        && x != y
                    {
                        v.score = (v.score + self.config.cross_side_bonus).min(1.0);
                    }
                    (v.score >= self.config.min_score).then_some((i, j, v))
                }
                Stance::Agree if !same_doc && v.score >= self.config.min_corroboration => {
                    Some((i, j, v))
                }
                _ => None,
            }
        };
        // Judge in chunks and keep each claim's strongest verdicts only, so that memory follows
        // the claims, not the number of candidate pairs.
        let mut verdicts: Vec<(u32, u32, Verdict)> = Vec::new();
        let mut capped = 0;
        // A cap of k per claim keeps at most k verdicts per claim of each stance, each verdict
        // counting for two claims: prune when the list passes that bound.
        let prune_at = (claims.len() * self.config.max_per_claim).max(1 << 16);
        for chunk in pairs.chunks(1 << 18) {
            verdicts.extend(chunk.par_iter().filter_map(judge_one).collect::<Vec<_>>());
            if verdicts.len() > prune_at {
                capped +=
                    select::cap_per_claim(&mut verdicts, claims.len(), self.config.max_per_claim);
            }
        }
        capped += select::cap_per_claim(&mut verdicts, claims.len(), self.config.max_per_claim);
        // Only the verdicts kept are written out.
        let verdicts: Vec<(u32, u32, Judgement)> = verdicts
            .into_par_iter()
            .map(|(i, j, v)| {
                let (a, b) = (&claims[i as usize], &claims[j as usize]);
                (i, j, judge.explain(&a.features, &b.features, &v))
            })
            .collect();
        let mut conflicts = Vec::new();
        let mut corroborations = Vec::new();
        for (i, j, v) in verdicts {
            let (a, b) = (claims[i as usize].id.clone(), claims[j as usize].id.clone());
            match (v.stance, v.kind) {
                (Stance::Contradict, Some(kind)) => conflicts.push(Conflict {
                    a,
                    b,
                    kind,
                    score: round(v.score),
                    explanation: v.explanation,
                    topic: v.topic,
                    similarity: round(v.similarity),
                    cues: v.cues,
                    also: Vec::new(),
                }),
                _ => corroborations.push(Corroboration {
                    a,
                    b,
                    score: round(v.score),
                    explanation: v.explanation,
                }),
            }
        }
        let by_score = |x: &(f64, &String, &String), y: &(f64, &String, &String)| {
            y.0.total_cmp(&x.0)
                .then_with(|| (x.1, x.2).cmp(&(y.1, y.2)))
        };
        conflicts.sort_by(|x, y| by_score(&(x.score, &x.a, &x.b), &(y.score, &y.a, &y.b)));
        corroborations.sort_by(|x, y| by_score(&(x.score, &x.a, &x.b), &(y.score, &y.a, &y.b)));
        let conflicts = select::fold_restatements(conflicts, claims);
        Judged {
            conflicts,
            corroborations,
            capped,
        }
    }
}

/// What judging a list of pairs found.
#[derive(Debug, Clone, Default)]
pub struct Judged {
    /// Conflicts, strongest first.
    pub conflicts: Vec<Conflict>,
    /// Corroborations, strongest first.
    pub corroborations: Vec<Corroboration>,
    /// Verdicts dropped because a claim already had `max_per_claim` stronger ones.
    pub capped: usize,
}

fn summary(d: &Document, claims: usize) -> DocumentSummary {
    DocumentSummary {
        id: d.id.clone(),
        source: d.source.clone(),
        published: d.published.clone(),
        language: d.language.clone(),
        claims,
    }
}

fn sorted_by_path<T: Clone>(items: &[T], path: impl Fn(&T) -> &String) -> Vec<T> {
    let mut out = items.to_vec();
    out.sort_by(|a, b| path(a).cmp(path(b)));
    out
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}
