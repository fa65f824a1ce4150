//! The claims of a corpus indexed for retrieval: BM25 over their stems, so that one claim to
//! verify meets the few sentences of each article that speak of it, not all of them.
//!
//! Built once ([`ClaimIndex::build`]) and queried many times: a desk verifies a batch of claims
//! against the same archive.

use crate::analysis::Features;
use crate::claim::Claim;
use crate::corpus::Corpus;
use crate::extract::Extractor;
use crate::lexicon::{Background, Lexicon};
use crate::text::tokens::light_stem;
use crate::text::translit::skeleton;
use rayon::prelude::*;
use rustc_hash::FxHashMap;
use std::sync::Arc;

/// BM25's term-frequency saturation. Stems are counted once per claim, so only the length
/// normalisation below matters in practice.
const K1: f64 = 1.2;
/// BM25's length normalisation: a long sentence matching a word says less than a short one.
const B: f64 = 0.75;
/// How many claims the lexicon's background of news counts for in every index: a prior on
/// word rarity. Beside a folder of three articles it decides which of a claim's words are
/// rare (a name, a place) and which are the words of all news (the day, "security"); beside
/// an archive of thousands of claims its weight is small and the archive's own counts decide.
/// Nothing switches at a corpus size.
const BACKGROUND_CLAIMS: f64 = 1500.0;

/// One claim found for a query: its index in [`ClaimIndex::claims`], its BM25 score and the
/// share of the query's word weight it holds (its relevance, in [0, 1]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Hit {
    /// Index into [`ClaimIndex::claims`].
    pub claim: usize,
    /// BM25 score: what ranks the hits.
    pub score: f64,
    /// Share of the query's inverse document frequency the claim holds: what says it is on
    /// the query's topic, comparable across queries.
    pub coverage: f64,
}

/// The claims of a corpus with an inverted index over their stems.
///
/// ```
/// use crosscheck::{Checker, Corpus, Document, Statement};
/// use crosscheck::verify::{ClaimIndex, DocumentStance, Verifier};
///
/// let mut corpus = Corpus::new();
/// corpus.push(Document::new("a", "أعلنت الشرطة اعتقال الصحفي كريم الناصري في البصرة."));
/// corpus.push(Document::new("b", "افتتح المعرض الدولي للكتاب أبوابه أمس في القاهرة."));
/// let checker = Checker::new();
/// // Indexed once, then asked any number of claims.
/// let index = ClaimIndex::build(&corpus, checker.lexicon());
/// assert_eq!(index.documents(), ["a", "b"]);
/// let verifier = Verifier::with_index(&checker, index);
/// let v = verifier.verify(&Statement::new("اعتقال كريم الناصري", checker.lexicon()));
/// assert_ne!(v.documents[0].stance, DocumentStance::Unrelated);
/// assert_eq!(v.documents[1].stance, DocumentStance::Unrelated);
/// ```
#[derive(Debug, Clone, Default)]
pub struct ClaimIndex {
    claims: Vec<Claim>,
    /// Document ids, sorted; a claim's document is found by its id.
    documents: Vec<String>,
    /// For each document (as numbered in `documents`), its claims in text order.
    by_document: Vec<Vec<u32>>,
    postings: FxHashMap<u64, Vec<u32>>,
    average_length: f64,
    /// How often words occur in news at large, blended into each word's rarity.
    background: Arc<Background>,
    /// Where each document (as numbered in `documents`) comes from.
    origins: Vec<Origin>,
}

/// Where a document comes from: what a reader of a verdict needs to weigh and to cite it.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Origin {
    /// The outlet that published it.
    pub source: Option<String>,
    /// The day it was published.
    pub published: Option<jiff::civil::Date>,
    /// Where it was read from, for a page.
    pub url: Option<String>,
}

impl ClaimIndex {
    /// Extracts the claims of every document of `corpus` (in parallel) and indexes them.
    pub fn build(corpus: &Corpus, lexicon: &Lexicon) -> Self {
        let extractor = Extractor::new(lexicon);
        let mut order: Vec<_> = corpus.documents.iter().collect();
        order.sort_by(|a, b| a.id.cmp(&b.id));
        let claims: Vec<Claim> = order
            .par_iter()
            .flat_map_iter(|d| extractor.extract(d))
            .collect();
        let documents = order.iter().map(|d| d.id.clone()).collect();
        let mut index = ClaimIndex::indexed(claims, documents, lexicon.background_shared());
        // Ids are unique in a corpus: the documents sorted are the index's, one for one.
        order.dedup_by(|a, b| a.id == b.id);
        index.origins = order
            .iter()
            .map(|d| Origin {
                source: d.source.clone(),
                published: d.published,
                url: d.url.clone(),
            })
            .collect();
        index
    }

    /// Indexes claims already extracted; `documents` are the ids of the documents they were
    /// extracted from, including any that gave none. Word rarity is then the claims' own:
    /// [`ClaimIndex::build`] blends in the lexicon's background of news.
    pub fn from_claims(claims: Vec<Claim>, documents: Vec<String>) -> Self {
        ClaimIndex::indexed(claims, documents, Arc::default())
    }

    /// Indexes claims with word rarity blended with `background`.
    fn indexed(
        claims: Vec<Claim>,
        mut documents: Vec<String>,
        background: Arc<Background>,
    ) -> Self {
        documents.sort();
        documents.dedup();
        let mut postings: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
        let mut total = 0usize;
        for (i, c) in claims.iter().enumerate() {
            total += c.features.stem_keys.len();
            let mut keys: Vec<u64> = c.features.stem_keys.clone();
            keys.extend(
                word_keys(&c.features, false, &background)
                    .into_iter()
                    .map(|(_, k)| k),
            );
            keys.sort_unstable();
            keys.dedup();
            for k in keys {
                postings.entry(k).or_default().push(i as u32);
            }
        }
        let average_length = total as f64 / claims.len().max(1) as f64;
        let mut by_document: Vec<Vec<u32>> = vec![Vec::new(); documents.len()];
        for (i, c) in claims.iter().enumerate() {
            if let Ok(d) = documents.binary_search(&c.doc) {
                by_document[d].push(i as u32);
            }
        }
        for list in &mut by_document {
            list.sort_by_key(|&i| claims[i as usize].start);
        }
        // Each document's outlet and date, as its claims carry them.
        let origins = by_document
            .iter()
            .map(|list| {
                list.first()
                    .map(|&i| {
                        let c = &claims[i as usize];
                        Origin {
                            source: c.source.clone(),
                            published: c.published,
                            url: None,
                        }
                    })
                    .unwrap_or_default()
            })
            .collect();
        ClaimIndex {
            claims,
            documents,
            by_document,
            postings,
            average_length,
            background,
            origins,
        }
    }

    /// Where document number `d` comes from.
    pub(crate) fn origin(&self, d: usize) -> Origin {
        self.origins.get(d).cloned().unwrap_or_default()
    }

    /// The claims indexed, in document order.
    pub fn claims(&self) -> &[Claim] {
        &self.claims
    }

    /// The ids of the documents indexed, sorted.
    pub fn documents(&self) -> &[String] {
        &self.documents
    }

    /// The claims of document number `d` (its index in [`ClaimIndex::documents`]), in text
    /// order.
    pub(crate) fn claims_of(&self, d: usize) -> impl Iterator<Item = &Claim> {
        self.by_document
            .get(d)
            .into_iter()
            .flatten()
            .map(|&i| &self.claims[i as usize])
    }

    /// Inverse document frequency of a stem key among the claims, with the background's
    /// claims beside them (BM25's, never negative).
    fn idf(&self, key: u64) -> f64 {
        let prior = if self.background.is_empty() {
            0.0
        } else {
            BACKGROUND_CLAIMS
        };
        let n = self.claims.len() as f64 + prior;
        let df = self.postings.get(&key).map_or(0, Vec::len) as f64
            + prior * f64::from(self.background.share(key));
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// The `limit` claims that best match `query`, best first (ties by claim order). Each of
    /// the query's words weighs its rarity and is found in a claim as written (its stem) or,
    /// in a claim of the other script, as a name (its consonant skeleton) or as the
    /// glossary's act or thing ("arrested" for «اعتقلت»): it counts once however it is found.
    pub(crate) fn search(&self, query: &Features, limit: usize) -> Vec<Hit> {
        // For each claim: BM25 score, word weight held, and the last query word counted.
        let mut score: FxHashMap<u32, (f64, f64, usize)> = FxHashMap::default();
        let mut query_weight = 0.0;
        // The weight of the words that can be found in the other script at all (a name, a
        // concept): a claim is compared with a sentence of the other script on those, not
        // on words no sentence there could hold.
        let mut across_weight = 0.0;
        let other_keys = word_keys(query, true, &self.background);
        for (word, &k) in query.stem_keys.iter().enumerate() {
            let idf = self.idf(k);
            query_weight += idf;
            let mut across = other_keys
                .iter()
                .filter(|(stem, _)| *stem == k)
                .map(|&(_, key)| key)
                .peekable();
            if across.peek().is_some() {
                across_weight += idf;
            }
            let keys = std::iter::once(k).chain(across);
            for key in keys {
                let Some(list) = self.postings.get(&key) else {
                    continue;
                };
                for &c in list {
                    let len = self.claims[c as usize].features.stem_keys.len() as f64;
                    let norm = K1 * (1.0 - B + B * len / self.average_length.max(1.0));
                    let e = score.entry(c).or_insert((0.0, 0.0, usize::MAX));
                    if e.2 == word {
                        continue;
                    }
                    e.0 += idf * (K1 + 1.0) / (1.0 + norm);
                    e.1 += idf;
                    e.2 = word;
                }
            }
        }
        let mut hits: Vec<Hit> = score
            .into_iter()
            .map(|(c, (s, w, _))| {
                let whole = if self.claims[c as usize].features.latin == query.latin {
                    query_weight
                } else {
                    across_weight
                };
                Hit {
                    claim: c as usize,
                    score: s,
                    coverage: if whole > 0.0 {
                        (w / whole).min(1.0)
                    } else {
                        0.0
                    },
                }
            })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.claim.cmp(&b.claim)));
        hits.truncate(limit);
        hits
    }
}

/// The keys other than its stem's by which a claim's word is found in the other script, each
/// with the [`stem_key`] of the word: the concept of a word that names one (the glossary's acts
/// and things, «غارة» and "strike"; the lexicon's frames; either pole of an antonym pair) and
/// the consonant skeleton of a word that may be a name ([`crate::text::translit`]; rare in
/// `background`, [`Background::may_be_name`]), all keyed by script. With `other_script` they are keyed as the
/// other script's (what a query looks for); without, as their own (what a claim is found by).
/// Within a script a word is found as written: there, skeletons would join the words of one
/// root and concepts every report of a killing (measured on UnifiedFC: relevance lost
/// precision). Keys of the kinds never collide: each is hashed apart.
fn word_keys(f: &Features, other_script: bool, background: &Background) -> Vec<(u64, u64)> {
    use crate::analysis::stem_key;
    // The script a word's key is filed under: its own, or the other one for a query.
    let script = |stem: &str| stem.chars().any(|c| c.is_ascii_alphabetic()) != other_script;
    let mut out: Vec<(u64, u64)> = f
        .stems
        .iter()
        .filter(|s| background.may_be_name(stem_key(s)))
        .filter_map(|s| {
            let skeleton = skeleton(s)?;
            Some((
                stem_key(s),
                kind_key("skeleton", (script(s), skeleton.as_str())),
            ))
        })
        .collect();
    out.extend(f.terms.iter().map(|t| {
        (
            stem_key(&t.stem),
            kind_key("term", (script(&t.stem), t.concept)),
        )
    }));
    // The lexicon's frames and things («جدول زمني», "timetable") and either pole of its
    // antonym pairs («مقتل», "alive"): what a claim and a sentence are about when they take
    // opposite sides of it.
    for m in &f.mentions {
        for word in m.surface.split_whitespace() {
            let stem = light_stem(word);
            out.push((
                stem_key(stem),
                kind_key("concept", (script(stem), m.concept)),
            ));
        }
    }
    for p in &f.poles {
        let stem = light_stem(&p.surface);
        out.push((
            stem_key(stem),
            kind_key("antonym", (script(stem), p.antonym)),
        ));
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// A key of one kind (`kind` hashed first, so that kinds never collide) for `value`.
fn kind_key(kind: &str, value: impl std::hash::Hash) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    kind.hash(&mut h);
    value.hash(&mut h);
    h.finish()
}
