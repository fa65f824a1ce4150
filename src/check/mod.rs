//! The checker: the whole pipeline behind one call, its settings, and which verdicts it keeps.

mod config;
mod select;

pub use config::CheckerConfig;

use crate::analysis::DocumentProfile;
use crate::claim::Claim;
use crate::corpus::{Corpus, Document, Input};
use crate::error::Error;
use crate::extract::Extractor;
use crate::judge::{ConflictKind, Judge, Judgement, LinearModel, Stance, Verdict};
use crate::lexicon::Lexicon;
use crate::pair::{Blocking, ClaimKeys, candidate_pairs};
use crate::report::{
    Conflict, Corroboration, DocumentSummary, PairStats, Report, StorySummary, Update,
};
use crate::story::{self, DatedProfile};
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;
use std::sync::atomic::{AtomicUsize, Ordering};

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
    model: Option<LinearModel>,
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

    /// Lets a learned model weigh in on every verdict, the pair stage's and verify's alike
    /// ([`Judge::with_model`]); without one the judge is its rules.
    pub fn model(&mut self, model: LinearModel) -> &mut Self {
        self.model = Some(model);
        self
    }

    /// The checker, once its settings are checked ([`CheckerConfig::validate`]).
    pub fn build(&self) -> Result<Checker, Error> {
        self.config.validate()?;
        Ok(Checker {
            lexicon: self.lexicon.clone().unwrap_or_default(),
            config: self.config.clone(),
            model: self.model.clone(),
        })
    }
}

/// Reads documents, extracts claims, pairs and judges them.
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
            ..Report::default()
        };
        self.assemble(report, reads, progress)
    }

    /// Checks a stream of inputs, extracting claims a batch of documents at a time and dropping
    /// each document's text once its claims are out: memory follows the claims, not the corpus.
    /// The report is the same as [`Checker::check`] on the same documents.
    ///
    /// The next batch is read while the last is extracted: reading and decoding files is one
    /// thread's work, and between batches the other cores used to wait for it.
    pub fn check_stream(
        &self,
        stream: impl Iterator<Item = Result<Input, Error>>,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<Report, Error> {
        // Batches grow to their full size from a small first one, so that extracting starts
        // soon after the first files are read.
        const FIRST_BATCH: usize = 16;
        const BATCH: usize = 256;
        let mut report = Report::default();
        let mut done: Vec<Read> = Vec::new();
        std::thread::scope(|scope| -> Result<(), Error> {
            let mut batch_size = FIRST_BATCH;
            let mut batch: Vec<Document> = Vec::with_capacity(batch_size);
            let mut extracting: Option<std::thread::ScopedJoinHandle<Vec<Read>>> = None;
            let collect = |extracting: Option<std::thread::ScopedJoinHandle<Vec<Read>>>,
                           done: &mut Vec<Read>| {
                if let Some(handle) = extracting {
                    let read = handle
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                    done.extend(read);
                    progress(Progress::Extracted {
                        done: done.len(),
                        total: 0,
                    });
                }
            };
            for input in stream {
                match input? {
                    Input::Document(d) => {
                        batch.push(d);
                        if batch.len() == batch_size {
                            batch_size = (2 * batch_size).min(BATCH);
                            let full =
                                std::mem::replace(&mut batch, Vec::with_capacity(batch_size));
                            collect(extracting.take(), &mut done);
                            extracting =
                                Some(scope.spawn(move || {
                                    full.par_iter().map(|d| self.read(d)).collect()
                                }));
                        }
                    }
                    Input::Skipped(s) => report.skipped.push(s),
                    Input::Warning(w) => report.warnings.push(w),
                    Input::Repaired(r) => report.repaired.push(r),
                }
            }
            collect(extracting.take(), &mut done);
            done.extend(batch.par_iter().map(|d| self.read(d)).collect::<Vec<_>>());
            progress(Progress::Extracted {
                done: done.len(),
                total: 0,
            });
            Ok(())
        })?;
        done.sort_by(|a, b| a.summary.id.cmp(&b.summary.id));
        report.skipped.sort_by(|a, b| a.path.cmp(&b.path));
        report.warnings.sort_by(|a, b| a.path.cmp(&b.path));
        report.repaired.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(self.assemble(report, done, progress))
    }

    /// One document read: its claims and what it is about.
    fn read(&self, d: &Document) -> Read {
        let (claims, profile) = Extractor::new(&self.lexicon).read(d);
        let mut summary = summary(d, claims.len());
        summary.language = profile.language.clone();
        Read {
            summary,
            claims,
            profile,
        }
    }

    /// The report from the documents read (sorted by id): stories, then claims paired inside
    /// each story and judged.
    fn assemble(
        &self,
        mut report: Report,
        mut reads: Vec<Read>,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Report {
        report.provenance = self.provenance();
        progress(Progress::Grouping {
            documents: reads.len(),
        });
        // A document with no date is dated from its page, before stories are told by dates.
        let pages: Vec<story::Page> = reads
            .iter()
            .map(|r| (r.profile.page_dates.as_slice(), r.summary.source.as_deref()))
            .collect();
        let gathered = story::gathering_day(&pages);
        let from_pages = story::page_publication_dates(&pages, gathered);
        for (read, date) in reads.iter_mut().zip(from_pages) {
            if read.summary.published.is_none()
                && let Some(date) = date
            {
                for c in &mut read.claims {
                    c.published = Some(date.clone());
                }
                read.summary.published = Some(date);
                read.summary.published_from_page = true;
            }
        }
        let mut profiles = Vec::with_capacity(reads.len());
        let mut documents = Vec::with_capacity(reads.len());
        let mut claims_of_documents = Vec::with_capacity(reads.len());
        for read in reads {
            profiles.push(read.profile);
            documents.push(read.summary);
            claims_of_documents.push(read.claims);
        }
        let dated: Vec<DatedProfile> = profiles
            .iter()
            .zip(&documents)
            .map(|(profile, summary)| DatedProfile {
                profile,
                published: summary.published.as_deref(),
                source: summary.source.as_deref(),
            })
            .collect();
        let rarity = std::sync::Arc::new(story::Rarity::new(&dated, &self.config.stories));
        let archive = rarity.is_measured();
        // The stories are told while the claims are gathered and keyed for blocking: telling
        // stories is mostly one core's work (online clustering, in order), and all a claim's
        // keys need of the stories is how rare its words are, known before they are told.
        let (stories, (mut claims, words, keys)) = rayon::join(
            || story::group_by_rarity(&dated, &self.config.stories, rarity.clone()),
            || {
                let mut claims: Vec<Claim> =
                    Vec::with_capacity(claims_of_documents.iter().map(Vec::len).sum());
                claims_of_documents
                    .into_iter()
                    .for_each(|of_document| claims.extend(of_document));
                // The day each claim's own words date what it tells, if they do: what the claim
                // is measured against in time, as a passage of a story and as an event.
                for claim in &mut claims {
                    claim.features.event_day = story::event_day(
                        &claim.features.dates,
                        claim.published.as_deref(),
                        gathered,
                    );
                    claim.event_date = claim.features.event_day.and_then(story::date_of);
                }
                // Its words that have a weight: what places it among stories and, in an
                // archive, its event words.
                let mut words: Vec<Vec<(u64, f32)>> = claims
                    .par_iter()
                    .map(|c| rarity.weighted_words(&c.features.stem_keys))
                    .collect();
                if archive {
                    for (claim, words) in claims.iter_mut().zip(words.iter_mut()) {
                        claim.features.event = Some(std::mem::take(words));
                    }
                }
                let keys = ClaimKeys::of(&claims, &self.lexicon, &self.config.blocking);
                (claims, words, keys)
            },
        );
        progress(Progress::Pairing {
            claims: claims.len(),
        });
        // For each claim: the story it is in, and the report it belongs to (reprints of one
        // text are one report).
        let mut claim_story: Vec<u32> = Vec::with_capacity(claims.len());
        let mut claim_report: Vec<u32> = Vec::with_capacity(claims.len());
        let mut claim_doc: Vec<u32> = Vec::with_capacity(claims.len());
        for (d, summary) in documents.iter_mut().enumerate() {
            let story = stories.of_document[d];
            let n = summary.claims;
            claim_doc.extend(std::iter::repeat_n(d as u32, n));
            claim_story.extend(std::iter::repeat_n(story, n));
            claim_report.extend(std::iter::repeat_n(stories.reprint_of[d], n));
            summary.story = Some(stories.stories[story as usize].id.clone());
        }
        // Each claim is in its document's story and in the stories its own words are about (a
        // digest's item, a ticker's headline).
        let in_stories: Vec<Vec<u32>> = claims
            .par_iter()
            .zip(&words)
            .zip(&claim_story)
            .zip(&claim_doc)
            .map(|(((c, words), &own), &d)| {
                let f = &c.features;
                let words = f.event.as_deref().unwrap_or(words);
                let mut all = vec![own];
                all.extend(stories.passage_stories_of_words(
                    d,
                    words,
                    f.event_day,
                    &self.config.stories,
                ));
                all
            })
            .collect();
        drop(words);
        for (claim, all) in claims.iter_mut().zip(&in_stories) {
            claim.stories = all
                .iter()
                .map(|&s| stories.stories[s as usize].id.clone())
                .collect();
        }
        // An archive pairs claims within stories. A small corpus (a desk's folder, a handful of
        // articles in two languages, which share concepts but no words) is read whole: its
        // claims are judged as bare statements anyway, and its stories only name the events.
        let groups: Vec<Vec<u32>> = if stories.is_archive() {
            let mut groups = vec![Vec::new(); stories.stories.len()];
            for (c, all) in in_stories.iter().enumerate() {
                for &s in all {
                    groups[s as usize].push(c as u32);
                }
            }
            groups
        } else {
            vec![(0..claims.len() as u32).collect()]
        };
        let blocking = keys.pairs_within(&claims, &groups, &self.lexicon, &self.config.blocking);
        progress(Progress::Judging {
            candidates: blocking.pairs.len(),
        });
        let mut judged = self.judge_pairs_of_reports(&claims, &blocking.pairs, &claim_report);
        let index: HashMap<&str, usize> = claims
            .iter()
            .enumerate()
            .map(|(i, c)| (c.id.as_str(), i))
            .collect();
        // The story two claims met in: the first of the first claim's that the second is in.
        let met_in = |a: &str, b: &str| {
            let (a, b) = (&in_stories[index[a]], &in_stories[index[b]]);
            a.iter().find(|s| b.contains(s)).copied()
        };
        let mut conflicts_in = vec![0usize; stories.stories.len()];
        for c in &mut judged.conflicts {
            let s = met_in(&c.a, &c.b);
            if let Some(s) = s {
                conflicts_in[s as usize] += 1;
            }
            c.story = s.map(|s| stories.stories[s as usize].id.clone());
        }
        for c in &mut judged.corroborations {
            c.story = met_in(&c.a, &c.b).map(|s| stories.stories[s as usize].id.clone());
        }
        for u in &mut judged.updates {
            u.story = met_in(&u.newer, &u.older).map(|s| stories.stories[s as usize].id.clone());
        }
        report.stories = stories
            .stories
            .iter()
            .zip(&conflicts_in)
            .map(|(s, &n)| StorySummary {
                id: s.id.clone(),
                label: s.label.clone(),
                documents: s
                    .members
                    .iter()
                    .map(|&d| documents[d as usize].id.clone())
                    .collect(),
                first_published: s.first_published.clone(),
                last_published: s.last_published.clone(),
                reprints: s
                    .reprint_groups
                    .iter()
                    .map(|g| {
                        g.iter()
                            .map(|&d| documents[d as usize].id.clone())
                            .collect()
                    })
                    .collect(),
                conflicts: n,
            })
            .collect();
        report.pairs = self.pair_stats(&claims, &blocking, judged.capped);
        report.documents = documents;
        report.conflicts = judged.conflicts;
        report.corroborations = judged.corroborations;
        report.updates = judged.updates;
        report.claims = claims;
        progress(Progress::Done);
        report
    }

    /// Pairs and judges claims, all as one story: candidates from blocking, then the judge.
    pub fn pair(&self, claims: &[Claim]) -> (Vec<Conflict>, Vec<Corroboration>, PairStats) {
        let blocking = candidate_pairs(claims, &self.lexicon, &self.config.blocking);
        let judged = self.judge_pairs(claims, &blocking.pairs);
        let stats = self.pair_stats(claims, &blocking, judged.capped);
        (judged.conflicts, judged.corroborations, stats)
    }

    fn pair_stats(&self, claims: &[Claim], blocking: &Blocking, capped: usize) -> PairStats {
        let n = claims.len() as u64;
        PairStats {
            candidates: blocking.pairs.len(),
            all_pairs: n * n.saturating_sub(1) / 2,
            dropped_keys: blocking.dropped_keys.clone(),
            capped,
            proposed_by_kind: blocking
                .proposed_by_kind
                .iter()
                .map(|(k, n)| (format!("{k:?}").to_lowercase(), *n))
                .collect(),
        }
    }

    /// Judges the given pairs of claims (indices into `claims`): what [`Checker::pair`] does after
    /// blocking, exposed so other candidate sources (all pairs, a distributed join) can be judged
    /// the same way.
    pub fn judge_pairs(&self, claims: &[Claim], pairs: &[(u32, u32)]) -> Judged {
        self.judge_pairs_of_reports(claims, pairs, &document_numbers(claims))
    }

    /// [`Checker::judge_pairs`], `report[c]` numbering the report claim `c` comes from: its
    /// document, or the first of the documents that reprint one text.
    fn judge_pairs_of_reports(
        &self,
        claims: &[Claim],
        pairs: &[(u32, u32)],
        report: &[u32],
    ) -> Judged {
        let judge = self.judge();
        // Documents by number, so that millions of pairs compare integers, not id strings.
        let doc_numbers = document_numbers(claims);
        let judge_one = |&(i, j): &(u32, u32)| {
            let (a, b) = (&claims[i as usize], &claims[j as usize]);
            let same_doc = doc_numbers[i as usize] == doc_numbers[j as usize];
            if same_doc && a.speaker.identity() == b.speaker.identity() {
                return None; // a speaker restating themselves in one article
            }
            if !same_doc && report[i as usize] == report[j as usize] {
                return None; // two copies of one text are one report, not two witnesses
            }
            let in_corpus = a.features.event.is_some();
            if same_doc && in_corpus && (a.speaker.is_outlet() || b.speaker.is_outlet()) {
                // An article does not contradict itself: in an archive, two figures or a denial
                // in one page are a list, a recap or a rebuttal it reports, not a dispute to flag.
                return None;
            }
            let mut v = judge.verdict(&a.features, &b.features);
            // In an archive a frame negated near another's assertion of it is a conflict only
            // between speakers on opposite sides: their frames are positions (a timetable one
            // government announces and another says it does not have).
            let opposite_sides =
                matches!((&a.speaker.side, &b.speaker.side), (Some(x), Some(y)) if x != y);
            // Two speakers quoted in one article are of its event, unless the article is a
            // digest: a claim placed in other stories too is an item about another event.
            let one_article = same_doc && a.stories.len() == 1 && b.stories.len() == 1;
            if in_corpus
                && opposite_sides
                && v.stance != Stance::Contradict
                && let Some(negation) =
                    judge
                        .rules()
                        .frame_negation(&a.features, &b.features, one_article)
            {
                v = negation;
            }
            // An outlet's own narration sets the scene; what it can be at odds with is a
            // speaker denying it, or another figure: a frame or a pole in its background
            // sentences is no one's position. A denial is someone's, whether or not the
            // outlet's sentence names them where the extractor can read it.
            if matches!(v.kind, Some(ConflictKind::Negation | ConflictKind::Antonym))
                && (a.speaker.is_outlet() || b.speaker.is_outlet())
                && a.features.denial == b.features.denial
            {
                return None;
            }
            match v.stance {
                Stance::Contradict => {
                    if let (Some(x), Some(y)) = (&a.speaker.side, &b.speaker.side)
                        && x != y
                    {
                        v.score = (v.score + self.config.cross_side_bonus).min(1.0);
                    }
                    (v.score >= self.config.min_score).then_some((i, j, v))
                }
                // An outlet repeating itself (a teaser of its own story in a sidebar, its
                // background paragraph in every report) is one witness, not two.
                Stance::Agree
                    if !same_doc
                        && !same_outlet(a, b)
                        && v.score >= self.config.min_corroboration =>
                {
                    Some((i, j, v))
                }
                Stance::Update if !same_doc => Some((i, j, v)),
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
                capped += select::cap_per_claim(&mut verdicts, report, self.config.max_per_claim);
            }
        }
        capped += select::cap_per_claim(&mut verdicts, report, self.config.max_per_claim);
        // Only the verdicts kept are written out.
        let verdicts: Vec<(u32, u32, Judgement, Option<bool>)> = verdicts
            .into_par_iter()
            .map(|(i, j, v)| {
                let (a, b) = (&claims[i as usize], &claims[j as usize]);
                let newer = v.first_is_newer(&a.features, &b.features);
                (i, j, judge.explain(&a.features, &b.features, &v), newer)
            })
            .collect();
        let mut conflicts = Vec::new();
        let mut corroborations = Vec::new();
        let mut updates = Vec::new();
        for (i, j, v, a_is_newer) in verdicts {
            let (a, b) = (claims[i as usize].id.clone(), claims[j as usize].id.clone());
            match (v.stance, v.kind) {
                (Stance::Update, _) => {
                    let (newer, older) = if a_is_newer.unwrap_or(true) {
                        (a, b)
                    } else {
                        (b, a)
                    };
                    updates.push(Update {
                        newer,
                        older,
                        topic: v.topic,
                        explanation: v.explanation,
                        story: None,
                    });
                }
                (Stance::Contradict, Some(kind)) => conflicts.push(Conflict {
                    id: conflict_id(&claims[i as usize], &claims[j as usize]),
                    a,
                    b,
                    kind,
                    score: round(v.score),
                    explanation: v.explanation,
                    topic: v.topic,
                    similarity: round(v.similarity),
                    cues: v.cues,
                    also: Vec::new(),
                    story: None,
                    review: None,
                }),
                _ => corroborations.push(Corroboration {
                    a,
                    b,
                    score: round(v.score),
                    explanation: v.explanation,
                    story: None,
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
        updates.sort_by(|x, y| (&x.newer, &x.older).cmp(&(&y.newer, &y.older)));
        Judged {
            conflicts,
            corroborations,
            updates,
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
    /// Counts that supersede earlier ones.
    pub updates: Vec<Update>,
    /// Verdicts dropped because a claim already had `max_per_claim` stronger ones.
    pub capped: usize,
}

/// One document read: its summary, its claims and what it is about.
struct Read {
    summary: DocumentSummary,
    claims: Vec<Claim>,
    profile: DocumentProfile,
}

/// Each claim's document, numbered in order of first appearance.
fn document_numbers(claims: &[Claim]) -> Vec<u32> {
    let mut seen: HashMap<&str, u32> = HashMap::default();
    claims
        .iter()
        .map(|c| {
            let next = seen.len() as u32;
            *seen.entry(c.doc.as_str()).or_insert(next)
        })
        .collect()
}

fn summary(d: &Document, claims: usize) -> DocumentSummary {
    DocumentSummary {
        id: d.id.clone(),
        source: d.source.clone(),
        published: d.published.clone(),
        language: d.language.clone(),
        claims,
        published_from_page: false,
        story: None,
    }
}

fn sorted_by_path<T: Clone>(items: &[T], path: impl Fn(&T) -> &String) -> Vec<T> {
    let mut out = items.to_vec();
    out.sort_by(|a, b| path(a).cmp(path(b)));
    out
}

/// A conflict's stable id: the FNV-1a hash of the two claims' documents and folded texts, in
/// a fixed order, as 16 hex digits. Claim numbers change when a document is edited or the
/// extractor changes; the words and their documents do not.
fn conflict_id(a: &Claim, b: &Claim) -> String {
    let key = |c: &Claim| format!("{}\u{1f}{}", c.doc, crate::text::normalize_str(&c.text));
    let (x, y) = (key(a), key(b));
    let (first, second) = if x <= y { (x, y) } else { (y, x) };
    let joined = format!("{first}\u{1e}{second}");
    crate::lexicon::fingerprint(joined.as_bytes())
}

fn round(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// True when both claims come from one named outlet.
fn same_outlet(a: &Claim, b: &Claim) -> bool {
    a.source.is_some() && a.source == b.source
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::Document;

    /// Two articles that share one sentence and nothing else, from the given outlets.
    fn two_articles(first: &str, second: &str) -> Corpus {
        const SHARED: &str =
            "وقال المتحدث باسم الجيش إن 12 جنديا قتلوا في الهجوم على الحاجز قرب مدينة حلب.";
        let mut corpus = Corpus::new();
        corpus.push(
            Document::new(
                "a",
                format!("افتتح وزير الثقافة معرض الكتاب في العاصمة. {SHARED}"),
            )
            .with_source(first),
        );
        corpus.push(
            Document::new(
                "b",
                format!("{SHARED} وفاز المنتخب على ضيفه بهدفين في الملعب البلدي."),
            )
            .with_source(second),
        );
        corpus
    }

    #[test]
    fn an_outlets_narration_meets_a_denial_of_it() {
        // Neither sentence names a speaker the lexicon knows: both are their outlets'. An
        // outlet's narration takes no side against another's, but a denial is someone's.
        let mut corpus = Corpus::new();
        corpus.push(
            Document::new(
                "a",
                "أصيب قائد الفصيل سامر الدباغ بجروح بليغة في الغارة الجوية على بلدة كفرنبل.",
            )
            .with_source("site-a"),
        );
        corpus.push(
            Document::new(
                "b",
                "نفت الحركة إصابة قائد الفصيل سامر الدباغ في الغارة الجوية على بلدة كفرنبل، \
                 وأكدت أنه بصحة جيدة.",
            )
            .with_source("site-b"),
        );
        corpus.push(
            Document::new(
                "c",
                "قائد الفصيل سامر الدباغ بصحة جيدة بعد الغارة الجوية على بلدة كفرنبل.",
            )
            .with_source("site-c"),
        );
        let report = Checker::new().check(&corpus);
        let pairs: Vec<(&str, &str)> = report
            .conflicts
            .iter()
            .map(|c| (c.a.as_str(), c.b.as_str()))
            .collect();
        assert!(
            pairs
                .iter()
                .any(|p| p.0.starts_with('a') && p.1.starts_with('b')),
            "{:?}",
            report.conflicts
        );
        assert!(
            !pairs
                .iter()
                .any(|p| p.0.starts_with('a') && p.1.starts_with('c')),
            "{:?}",
            report.conflicts
        );
    }

    /// `n` short documents of everyday words from as many sites: an archive, where claims meet
    /// only through rare words.
    fn background(n: usize) -> Vec<Document> {
        (0..n)
            .map(|i| {
                let text = crate::test_support::everyday_words(i).join(" ");
                Document::new(format!("bg{i:03}"), text).with_source(format!("bg{i}"))
            })
            .collect()
    }

    /// An archive: sixty background documents and `docs` (`(id, text)`), each from a site of
    /// its own.
    fn archive(docs: &[(&str, &str)]) -> Corpus {
        let mut corpus = Corpus::new();
        for d in background(60) {
            corpus.push(d);
        }
        for (id, text) in docs {
            corpus.push(Document::new(*id, *text).with_source(format!("site-{id}")));
        }
        corpus
    }

    #[test]
    fn in_an_archive_a_denial_holding_the_other_state_is_a_conflict() {
        // A report that the commander is badly hurt, in one outlet's words, and the movement's
        // denial that he is, holding that he is well: poles with no topic of their own meet in
        // an archive through the denial (blocking proposes the pair, the judge flags it).
        let corpus = archive(&[
            (
                "a",
                "قائد الفصيل سامر الدباغ في حالة حرجة بعد الغارة الجوية على بلدة كفرنبل الليلة.",
            ),
            (
                "b",
                "ونفت الحركة ما أعلنه الجيش، وأكدت أن قائد الفصيل سامر الدباغ بصحة جيدة بعد \
                 الغارة الجوية على بلدة كفرنبل الليلة.",
            ),
        ]);
        let report = Checker::new().check(&corpus);
        assert!(
            report.claims.iter().all(|c| c.features.event.is_some()),
            "an archive measures rarity"
        );
        assert!(
            report.conflicts.iter().any(|c| c.a.starts_with('a')
                && c.b.starts_with('b')
                && c.kind == ConflictKind::Antonym),
            "{:?}",
            report.conflicts
        );
    }

    #[test]
    fn in_an_archive_a_denial_naming_whom_it_denies_of_meets_a_terse_report() {
        // The movement denies what the army announced (told one sentence before) and holds
        // that he is well; another outlet says in a few words of its own that he was badly
        // hurt. The two share little but his name, which the denial governs.
        // c and d: a denial is no state its denier holds: «نفى» is no rival of another's «أكد».
        let corpus = archive(&[
            (
                "a",
                "تواصلت الغارات الجوية على بلدة كفرنبل. وفي الثالث من الشهر أصيب سامر الدباغ \
                 بجروح بليغة.",
            ),
            (
                "b",
                "أعلن الجيش إصابة قائد الفصيل سامر الدباغ في غارة جوية على بلدة كفرنبل. \
                 ونفت الحركة مساء الأربعاء ما أعلنه الجيش، وشددت على أنه بصحة جيدة ويتابع عمله.",
            ),
            (
                "c",
                "وقالت الوزارة إن صورا أكدت أن المسلحين استخدموا غازات سامة في هجوم بلدة كفرنبل.",
            ),
            (
                "d",
                "ونفى الفصيل أي استخدام لغازات سامة في بلدة كفرنبل، واتهم المسلحين بتخزينها.",
            ),
        ]);
        let report = Checker::new().check(&corpus);
        let antonyms: Vec<(&str, &str)> = report
            .conflicts
            .iter()
            .filter(|c| c.kind == ConflictKind::Antonym)
            .map(|c| (&c.a[..1], &c.b[..1]))
            .collect();
        assert!(antonyms.contains(&("a", "b")), "{:?}", report.conflicts);
        assert!(!antonyms.contains(&("c", "d")), "{:?}", report.conflicts);
    }

    #[test]
    fn what_a_denial_confirms_is_no_rival_of_anothers_denial() {
        // The tour "confirmed" that a report is untrue: its confirming is the denial, not a
        // state it holds against the other outlet, which says the same people deny it (in
        // words that do not make that outlet's sentence a denial: no relative before the
        // subject, so only the confirm / deny poles could set the two against each other).
        let corpus = archive(&[
            (
                "e",
                "The golfer's agent released a statement, saying, “These claims are completely \
                 false. The tour has confirmed that there is no truth to these claims about \
                 Marlowe Quimby.”",
            ),
            (
                "f",
                "Marlowe Quimby has been suspended for a month by the tour, a claim the \
                 tour and the golfer's agent vehemently deny.",
            ),
        ]);
        let report = Checker::new().check(&corpus);
        assert!(
            !report
                .conflicts
                .iter()
                .any(|c| c.kind == ConflictKind::Antonym),
            "{:?}",
            report.conflicts
        );
    }

    #[test]
    fn in_an_archive_a_frame_one_side_announces_and_the_other_negates_is_a_conflict() {
        // One government says a timetable for ending the mission will be set; the other's
        // ministry says it has none. In an archive a frame negated near another's assertion is
        // read only between speakers on opposite sides.
        let corpus = archive(&[
            (
                "a",
                "وقال مكتب رئيس الوزراء العراقي إن اللجنة المشتركة ستضع جدولا زمنيا محددا \
                 لإنهاء مهمة التحالف في البلاد خلال الأشهر المقبلة.",
            ),
            (
                "b",
                "وقالت وزارة الدفاع الأميركية إننا لا نملك جدولا زمنيا محددا لإنهاء مهمة التحالف \
                 في البلاد.",
            ),
        ]);
        let report = Checker::new().check(&corpus);
        let sides: Vec<Option<&str>> = report
            .claims
            .iter()
            .filter(|c| !c.doc.starts_with("bg"))
            .map(|c| c.speaker.side.as_deref())
            .collect();
        assert!(
            sides.contains(&Some("IQ")) && sides.contains(&Some("US")),
            "{sides:?}"
        );
        assert!(
            report.conflicts.iter().any(|c| c.a.starts_with('a')
                && c.b.starts_with('b')
                && c.kind == ConflictKind::Negation),
            "{:?}",
            report.conflicts
        );
    }

    #[test]
    fn two_sides_quoted_in_one_article_are_of_its_event_whatever_words_they_share() {
        // The words the two share are in a third of the archive: no evidence of one event but
        // the article quoting both (and no digest: each claim is in the article's story only).
        let mut docs: Vec<(String, String)> = (0..30)
            .map(|i| {
                let words = crate::test_support::everyday_words(i).join(" ");
                (
                    format!("w{i:02}"),
                    format!("{words} مفاوضات على انسحاب القوات الأمريكية."),
                )
            })
            .collect();
        docs.push((
            "x".into(),
            "وقال وزير الدفاع العراقي إن المحادثات الجارية تشمل مفاوضات على انسحاب القوات \
             الأمريكية. وقالت وزارة الدفاع الأميركية إنه لا توجد مفاوضات على انسحاب القوات \
             الأمريكية."
                .into(),
        ));
        let docs: Vec<(&str, &str)> = docs.iter().map(|(i, t)| (i.as_str(), t.as_str())).collect();
        let report = Checker::new().check(&archive(&docs));
        let ours: Vec<&Claim> = report.claims.iter().filter(|c| c.doc == "x").collect();
        assert!(
            ours.iter()
                .all(|c| c.speaker.side.is_some() && c.stories.len() == 1),
            "{ours:#?}"
        );
        assert!(
            report.conflicts.iter().any(|c| c.a.starts_with('x')
                && c.b.starts_with('x')
                && c.kind == ConflictKind::Negation),
            "{:?}",
            report.conflicts
        );
    }

    #[test]
    fn each_stage_is_announced_once_in_order() {
        let stages = std::sync::Mutex::new(Vec::new());
        Checker::new().check_with_progress(&two_articles("site-a", "site-b"), &|p| {
            if !matches!(p, Progress::Extracted { .. }) {
                stages.lock().unwrap().push(p);
            }
        });
        let stages = stages.into_inner().unwrap();
        assert!(
            matches!(
                stages[..],
                [
                    Progress::Grouping { documents: 2 },
                    Progress::Pairing { claims: 1.. },
                    Progress::Judging { candidates: 1.. },
                    Progress::Done
                ]
            ),
            "{stages:?}"
        );
    }

    #[test]
    fn a_passage_dated_in_its_own_words_is_about_the_story_of_that_date() {
        // A December page on a book fair recalls a bombing of March in one sentence. Counted
        // from the page's date, the March story is months away; counted from the date the
        // sentence gives, it is the story of that day.
        let mut corpus = Corpus::new();
        for d in background(60) {
            corpus.push(d);
        }
        let march = [
            "انفجار عبوة ناسفة في حافلة نقل ركاب بحي الورود في مدينة طرطوس يقتل سبعة ركاب. \
             وقال محافظ طرطوس سليم الخوري إن العبوة زرعت تحت مقعد في الحافلة.",
            "مقتل سبعة ركاب في تفجير حافلة في حي الورود بطرطوس. وأوضح الخوري أن الحافلة \
             كانت تنقل عمالا حين انفجرت العبوة.",
        ];
        for (i, text) in march.iter().enumerate() {
            corpus.push(
                Document::new(format!("march{i}"), *text)
                    .with_source(format!("site-{i}"))
                    .with_published("2017-03-01"),
            );
        }
        corpus.push(
            Document::new(
                "digest",
                "افتتح وزير الثقافة معرض الكتاب في العاصمة بمشاركة مئات دور النشر. وقال \
                 الوزير إن المعرض يستقبل الزوار حتى نهاية الشهر، وإن دور النشر العربية تعرض \
                 آلاف العناوين الجديدة في الرواية والشعر وكتب الأطفال. وتقام على هامش المعرض \
                 ندوات عن الترجمة والنشر الرقمي وحقوق المؤلفين. وكان سبعة ركاب قتلوا في تفجير \
                 حافلة بحي الورود في طرطوس في 1 آذار الماضي حين انفجرت عبوة زرعت تحت مقعد \
                 وسط الزحام.",
            )
            .with_source("site-d")
            .with_published("2017-12-20"),
        );
        corpus.push(
            Document::new(
                "fair",
                "معرض الكتاب في العاصمة يستقبل الزوار بمشاركة مئات دور النشر العربية. وتعرض \
                 الدور آلاف العناوين في الرواية والشعر وكتب الأطفال، مع ندوات عن الترجمة \
                 والنشر الرقمي وحقوق المؤلفين.",
            )
            .with_source("site-f")
            .with_published("2017-12-19"),
        );
        let report = Checker::new().check(&corpus);
        let story_of = |doc: &str| {
            let d = report.documents.iter().find(|d| d.id == doc).unwrap();
            d.story.clone().unwrap()
        };
        assert_ne!(story_of("digest"), story_of("march0"));
        let recalled = report
            .claims
            .iter()
            .find(|c| c.doc == "digest" && c.text.contains("آذار"))
            .expect("the digest's sentence is a claim");
        assert_eq!(recalled.event_date.as_deref(), Some("2017-03-01"));
        assert!(
            recalled.stories.contains(&story_of("march0")),
            "{:?}, not {}",
            recalled.stories,
            story_of("march0")
        );
    }

    #[test]
    fn an_outlet_repeating_itself_corroborates_nothing() {
        let checker = Checker::new();
        let two_outlets = checker.check(&two_articles("site-a", "site-b"));
        assert!(!two_outlets.corroborations.is_empty(), "{two_outlets:?}");
        let one_outlet = checker.check(&two_articles("site-a", "site-a"));
        assert!(
            one_outlet.corroborations.is_empty(),
            "{:?}",
            one_outlet.corroborations
        );
    }
}
