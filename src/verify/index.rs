//! The claims of a corpus indexed for retrieval: BM25 over their stems, so that one claim to
//! verify meets the few sentences of each article that speak of it, not all of them.
//!
//! Built once ([`ClaimIndex::build`]) and queried many times: a desk verifies a batch of claims
//! against the same archive.

use crate::analysis::Features;
use crate::claim::Claim;
use crate::corpus::Corpus;
use crate::extract::Extractor;
use crate::lexicon::Lexicon;
use rayon::prelude::*;
use rustc_hash::FxHashMap;

/// BM25's term-frequency saturation. Stems are counted once per claim, so only the length
/// normalisation below matters in practice.
const K1: f64 = 1.2;
/// BM25's length normalisation: a long sentence matching a word says less than a short one.
const B: f64 = 0.75;

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
        ClaimIndex::from_claims(claims, documents)
    }

    /// Indexes claims already extracted; `documents` are the ids of the documents they were
    /// extracted from, including any that gave none.
    pub fn from_claims(claims: Vec<Claim>, mut documents: Vec<String>) -> Self {
        documents.sort();
        documents.dedup();
        let mut postings: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
        let mut total = 0usize;
        for (i, c) in claims.iter().enumerate() {
            total += c.features.stem_keys.len();
            for &k in &c.features.stem_keys {
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
        ClaimIndex {
            claims,
            documents,
            by_document,
            postings,
            average_length,
        }
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

    /// Inverse document frequency of a stem key among the claims (BM25's, never negative).
    fn idf(&self, key: u64) -> f64 {
        let n = self.claims.len() as f64;
        let df = self.postings.get(&key).map_or(0, Vec::len) as f64;
        (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
    }

    /// The `limit` claims that best match `query`, best first (ties by claim order).
    pub(crate) fn search(&self, query: &Features, limit: usize) -> Vec<Hit> {
        let mut score: FxHashMap<u32, (f64, f64)> = FxHashMap::default();
        let mut query_weight = 0.0;
        for &k in &query.stem_keys {
            let idf = self.idf(k);
            query_weight += idf;
            let Some(list) = self.postings.get(&k) else {
                continue;
            };
            for &c in list {
                let len = self.claims[c as usize].features.stem_keys.len() as f64;
                let norm = K1 * (1.0 - B + B * len / self.average_length.max(1.0));
                let e = score.entry(c).or_default();
                e.0 += idf * (K1 + 1.0) / (1.0 + norm);
                e.1 += idf;
            }
        }
        let mut hits: Vec<Hit> = score
            .into_iter()
            .map(|(c, (s, w))| Hit {
                claim: c as usize,
                score: s,
                coverage: if query_weight > 0.0 {
                    w / query_weight
                } else {
                    0.0
                },
            })
            .collect();
        hits.sort_by(|a, b| b.score.total_cmp(&a.score).then(a.claim.cmp(&b.claim)));
        hits.truncate(limit);
        hits
    }
}
