//! The settings of verification, with named defaults.

/// How many sentences are read and how sure a verdict must be to decide a document.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct VerifyConfig {
    /// How many of the corpus's best-matching sentences are read at most.
    pub max_hits: usize,
    /// How many sentences of one document are read at most (its best-matching ones).
    pub evidence_per_document: usize,
    /// Least share of the claim's word weight a sentence must hold to be read at all.
    pub min_relevance: f64,
    /// Least share of the claim's word weight a sentence must hold for its document to
    /// discuss the claim rather than be unrelated to it.
    pub min_discuss: f64,
    /// Least judge score for a contradiction to make the document disagree.
    pub min_disagree: f64,
    /// Least share of the claim's word weight a sentence calling something false (a hoax,
    /// fake, «مفبرك»: the lexicon's refuting words) must hold to disagree with the claim.
    pub min_refuted_relevance: f64,
    /// Least judge score for an agreement to make the document agree.
    pub min_agree: f64,
    /// Least judge score of a contradiction the rules found for it to stand whatever a stance
    /// model says: a denial of the claim read as such is not outvoted by word statistics.
    pub certain_disagree: f64,
}

impl VerifyConfig {
    /// The default settings.
    pub const DEFAULT: VerifyConfig = VerifyConfig {
        max_hits: 2000,
        evidence_per_document: 3,
        min_relevance: 0.2,
        min_discuss: 0.2,
        min_disagree: 0.65,
        min_agree: 0.5,
        min_refuted_relevance: 0.3,
        certain_disagree: 0.65,
    };
}

impl Default for VerifyConfig {
    fn default() -> Self {
        VerifyConfig::DEFAULT
    }
}
