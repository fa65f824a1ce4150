//! The checker: the whole pipeline behind one call. It runs the stages in order and decides
//! nothing itself: what each stage decides lives in that stage.

mod builder;
mod config;
mod progress;
mod stream;

pub use builder::CheckerBuilder;
pub use config::CheckerConfig;
pub use progress::Progress;

use crate::analysis::DocumentProfile;
use crate::claim::Claim;
use crate::corpus::{Corpus, Document};
use crate::extract::Extractor;
use crate::judge::{Admission, Judge, LinearModel, document_numbers};
use crate::lexicon::Lexicon;
use crate::pair::{ClaimKeys, candidate_pairs};
use crate::report::{Conflict, Corroboration, DocumentSummary, Judged, PairStats, Report, build};
use crate::story::{self, ClaimPlaces};
use jiff::civil::Date;
use rayon::prelude::*;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Reads documents, extracts claims, pairs and judges them.
///
/// ```
/// use crosscheck::{Checker, Corpus, LoadOptions};
///
/// let corpus = Corpus::load(&["seeds"], &LoadOptions::default())?;
/// let report = Checker::new().check(&corpus);
/// assert_eq!(report.documents.len(), 5);
/// for c in report.conflicts.iter().take(3) {
///     println!("{:?} {:.2}: {}", c.kind, c.score, c.explanation);
/// }
/// # Ok::<(), crosscheck::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Checker {
    lexicon: Lexicon,
    config: CheckerConfig,
    model: Option<LinearModel>,
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

    /// What its reports are made with: the crate's version, the lexicon's fingerprint and the
    /// judge (`rules`, or `rules+model:` and the model's fingerprint).
    pub fn provenance(&self) -> crate::report::Provenance {
        crate::report::Provenance {
            version: env!("CARGO_PKG_VERSION").to_string(),
            lexicon: self.lexicon.fingerprint(),
            judge: match &self.model {
                Some(m) => format!("rules+model:{}", m.fingerprint()),
                None => "rules".to_string(),
            },
        }
    }

    /// The pair judge this checker uses.
    pub fn judge(&self) -> Judge<'_> {
        let judge = Judge::with_config(&self.lexicon, self.config.judge.clone());
        match &self.model {
            Some(m) => judge.with_model(m.clone()),
            None => judge,
        }
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
        let reads: Vec<Read> = order
            .par_iter()
            .map(|d| {
                let read = self.read(d);
                let done = done.fetch_add(1, Ordering::Relaxed) + 1;
                progress(Progress::Extracted { done, total });
                read
            })
            .collect();
        let report = Report {
            skipped: sorted_by_path(&corpus.skipped, |s| &s.path),
            repaired: sorted_by_path(&corpus.repaired, |r| &r.path),
            warnings: sorted_by_path(&corpus.warnings, |w| &w.path),
            unread: sorted_by_path(&corpus.unread, |u| &u.path),
            ..Report::default()
        };
        self.assemble(report, reads, progress)
    }

    /// One document read: its claims and what it is about.
    fn read(&self, d: &Document) -> Read {
        let (claims, profile) = Extractor::new(&self.lexicon).read(d);
        let mut summary = DocumentSummary::of(d, claims.len());
        summary.language = profile.language.clone();
        Read {
            summary,
            claims,
            profile,
        }
    }

    /// The report from the documents read (sorted by id): the documents dated, the stories
    /// told, the claims placed in them, paired inside each story and judged.
    fn assemble(
        &self,
        mut report: Report,
        reads: Vec<Read>,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Report {
        report.provenance = self.provenance();
        report.min_score = self.config.min_score;
        progress(Progress::Grouping {
            documents: reads.len(),
        });
        let (mut documents, profiles, claims_of_documents) = Read::split(reads);
        let claims_of: Vec<usize> = claims_of_documents.iter().map(Vec::len).collect();
        let sources: Vec<Option<&str>> = documents.iter().map(|d| d.source.as_deref()).collect();
        let given: Vec<Option<Date>> = documents.iter().map(|d| d.published).collect();
        let pages = story::date_pages(&profiles, &sources, &given);
        for (summary, date) in documents.iter_mut().zip(&pages.published) {
            summary.date_from_page(*date);
        }
        let sources: Vec<Option<&str>> = documents.iter().map(|d| d.source.as_deref()).collect();
        let published: Vec<Option<Date>> = documents.iter().map(|d| d.published).collect();
        let dated = story::dated(&profiles, &published, &sources);
        let rarity = Arc::new(story::Rarity::new(
            &dated,
            &self.config.stories,
            self.lexicon.background(),
        ));
        // The stories are told while the claims are gathered and keyed for blocking: telling
        // stories is mostly one core's work (online clustering, in order), and all a claim's
        // keys need of the stories is how rare its words are, known before they are told.
        let (stories, (mut claims, keys)) = rayon::join(
            || story::group_by_rarity(&dated, &self.config.stories, rarity.clone()),
            || {
                // Reserved whole: a claim is over a kilobyte, and a vector grown by doubling
                // holds both buffers while it moves.
                let mut claims: Vec<Claim> = Vec::with_capacity(claims_of.iter().sum());
                claims_of_documents
                    .into_iter()
                    .for_each(|of_document| claims.extend(of_document));
                story::date_claims_from_pages(&mut claims, &claims_of, &pages.published);
                story::place_claims_in_time(
                    &mut claims,
                    pages.gathered,
                    &rarity,
                    &self.lexicon.grammar().calendar_keys,
                );
                let keys = ClaimKeys::of(&claims, &self.lexicon, &self.config.blocking);
                (claims, keys)
            },
        );
        progress(Progress::Pairing {
            claims: claims.len(),
        });
        for (summary, &s) in documents.iter_mut().zip(&stories.of_document) {
            summary.story = Some(stories.stories[s as usize].id.clone());
        }
        let places = ClaimPlaces::of(&stories, &claims, &claims_of, &self.config.stories);
        places.name_stories(&mut claims, &stories);
        let groups = places.pairing_groups(&stories);
        let blocking = keys.pairs_within(&claims, &groups, &self.lexicon, &self.config.blocking);
        progress(Progress::Judging {
            candidates: blocking.pairs.len(),
        });
        let kept = self.judge().judge_pairs(
            &claims,
            &blocking.pairs,
            &places.report,
            &self.admission(),
            self.config.max_per_claim,
        );
        let mut judged = build::judged(&claims, kept);
        let conflicts_in = build::place_in_stories(&mut judged, &claims, &places.stories, &stories);
        report.stories = build::story_summaries(&stories, &documents, &conflicts_in);
        report.pairs = build::pair_stats(&claims, &blocking, judged.capped);
        report.documents = documents;
        report.conflicts = judged.conflicts;
        report.corroborations = judged.corroborations;
        report.updates = judged.updates;
        report.speakers = crate::report::identify_speakers(&mut claims, &self.lexicon);
        report.claims = claims;
        progress(Progress::Done);
        report
    }

    /// Pairs and judges claims, all as one story: candidates from blocking, then the judge.
    pub fn pair(&self, claims: &[Claim]) -> (Vec<Conflict>, Vec<Corroboration>, PairStats) {
        let blocking = candidate_pairs(claims, &self.lexicon, &self.config.blocking);
        let judged = self.judge_pairs(claims, &blocking.pairs);
        let stats = build::pair_stats(claims, &blocking, judged.capped);
        (judged.conflicts, judged.corroborations, stats)
    }

    /// Judges the given pairs of claims (indices into `claims`): what [`Checker::pair`] does after
    /// blocking, exposed so other candidate sources (all pairs, a distributed join) can be judged
    /// the same way.
    pub fn judge_pairs(&self, claims: &[Claim], pairs: &[(u32, u32)]) -> Judged {
        let kept = self.judge().judge_pairs(
            claims,
            pairs,
            &document_numbers(claims),
            &self.admission(),
            self.config.max_per_claim,
        );
        build::judged(claims, kept)
    }

    /// What a verdict is held to, from the settings.
    fn admission(&self) -> Admission {
        Admission {
            min_score: self.config.min_score,
            min_corroboration: self.config.min_corroboration,
            cross_side_bonus: self.config.cross_side_bonus,
        }
    }
}

/// One document read: its summary, its claims and what it is about.
struct Read {
    summary: DocumentSummary,
    claims: Vec<Claim>,
    profile: DocumentProfile,
}

impl Read {
    /// The documents' summaries, profiles and claims, each in the documents' order.
    fn split(reads: Vec<Read>) -> (Vec<DocumentSummary>, Vec<DocumentProfile>, Vec<Vec<Claim>>) {
        let mut documents = Vec::with_capacity(reads.len());
        let mut profiles = Vec::with_capacity(reads.len());
        let mut claims = Vec::with_capacity(reads.len());
        for read in reads {
            documents.push(read.summary);
            profiles.push(read.profile);
            claims.push(read.claims);
        }
        (documents, profiles, claims)
    }
}

fn sorted_by_path<T: Clone>(items: &[T], path: impl Fn(&T) -> &String) -> Vec<T> {
    let mut out = items.to_vec();
    out.sort_by(|a, b| path(a).cmp(path(b)));
    out
}

#[cfg(test)]
mod tests;
