//! The judge's settings: thresholds and the weights of each rule's score, with named defaults.
//!
//! Every number a rule scores with lives here, so that a caller (or the command line) reads it
//! from one place and nothing re-types it.

use crate::story::RARE_WORD_WEIGHT;

/// How each rule turns what it found into a score in [0, 1]. Each score is a base plus weighted
/// evidence; a component written `(2 × x).min(1)` saturates at half of its range.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct RuleWeights {
    /// Numeric: the score of two ranges that do not overlap, before any evidence.
    pub numeric_base: f64,
    /// Numeric: weight of the relative gap between the two values (saturating at a gap of 50 %).
    pub numeric_gap: f64,
    /// Numeric: weight of the statements' content similarity (saturating at 0.5).
    pub numeric_similarity: f64,
    /// Negation: the score of a frame asserted on one side and negated on the other.
    pub negation_base: f64,
    /// Negation: weight of the frame's objects being shared (half when one side names none).
    pub negation_objects: f64,
    /// Negation: weight of the similarity of the words around the two mentions.
    pub negation_local: f64,
    /// Negation: weight of the statements' content similarity.
    pub negation_similarity: f64,
    /// Act denial: the score of an act (a killing, an arrest) reported by one claim and denied
    /// by the other of someone both name.
    pub act_denial_base: f64,
    /// Act denial: weight of how surely both name the same someone (the rarity of the names
    /// they share, full at twice a rare word's).
    pub act_denial_names: f64,
    /// Antonym: the score of opposite poles on one topic.
    pub antonym_base: f64,
    /// Antonym: weight of the statements' content similarity.
    pub antonym_similarity: f64,
    /// Antonym: taken off when a pole only names a goal or a subject of talk (لإنهاء, بشأن إنهاء).
    pub antonym_embedded_penalty: f64,
    /// Statement negation: the score of a statement negated as a whole, before coverage.
    pub statement_negation_base: f64,
    /// Statement negation: weight of the share of the negated statement found in the other.
    pub statement_negation_coverage: f64,
    /// Claims of a corpus: how much of a conflict's score rests on the evidence that the two
    /// are about one event (the rarity of the words they share): with the least evidence
    /// allowed, the score loses half this share; with twice that, nothing.
    pub event_evidence: f64,
}

impl RuleWeights {
    /// The weights the embedded model was trained with and the seeds are scored with.
    pub const DEFAULT: RuleWeights = RuleWeights {
        numeric_base: 0.65,
        numeric_gap: 0.15,
        numeric_similarity: 0.2,
        negation_base: 0.4,
        negation_objects: 0.15,
        negation_local: 0.25,
        negation_similarity: 0.2,
        act_denial_base: 0.6,
        act_denial_names: 0.3,
        antonym_base: 0.55,
        antonym_similarity: 0.2,
        antonym_embedded_penalty: 0.1,
        statement_negation_base: 0.3,
        statement_negation_coverage: 0.4,
        event_evidence: 0.3,
    };
}

impl Default for RuleWeights {
    fn default() -> Self {
        RuleWeights::DEFAULT
    }
}

/// Settings of the judge.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct JudgeConfig {
    /// Content similarity (Dice over stems) from which two statements agree.
    pub agree_similarity: f64,
    /// Relative tolerance of «about» (0.1 = ±10 %).
    pub approx_tolerance: f64,
    /// Least content similarity for a numeric conflict when the unit is not a lexicon concept.
    pub numeric_min_similarity: f64,
    /// Least content similarity for an antonym conflict when the pair has no topic.
    pub antonym_min_similarity: f64,
    /// Least content similarity for an antonym conflict with no topic between two claims of a
    /// corpus, which say more than the two poles: exports that fell one year and rose another
    /// share a topic, not a proposition.
    pub corpus_antonym_min_similarity: f64,
    /// The most words between a negator and a frame it negates, in claims of a corpus: «ليس
    /// لدينا جدول زمني» negates the timetable; in «عدم تدخل دول أخرى في الحوار» it is the
    /// interference that is negated.
    pub max_negation_distance: usize,
    /// The most words between a negator and an act it negates for the act to be said not to
    /// have happened: «لم يتم اعتراض الطائرة» (1) does, «لم يعرف بعد من نفذ الاغتيال» does not.
    pub max_act_negation_distance: usize,
    /// The most distinct content words a claim may hold and still be one proposition an act
    /// denial reads: a longer run is a ticker or a list with no sentence breaks, whose acts
    /// no denial at its start reaches, and whose words meet any denial's by chance.
    pub max_act_claim_stems: usize,
    /// Least share of a negated statement's words found in the other statement for the two to
    /// contradict with no lexicon frame to compare.
    pub statement_negation_coverage: f64,
    /// How much rarity (the inverse document frequencies of the stems they share, the claims'
    /// event words) two claims of a corpus must share for any
    /// conflict between them: sharing a topic word is not sharing the event. 6 is about two
    /// words each found in one document of twenty.
    pub min_shared_event_weight: f64,
    /// How much rarity the words around two figures of a corpus must share for the figures to
    /// count one thing: 1,500 fighters of one brigade are no rivals of 11,000 of another army.
    pub min_shared_count_weight: f64,
    /// How rare a word must be (its inverse document frequency) to name one incident: a
    /// village, a person, a named attack (about one document in four hundred).
    pub rare_word_weight: f64,
    /// Least content similarity at which two claims of a corpus say the same thing (one text
    /// printed twice, one quotation in two outlets): they cannot conflict.
    pub corpus_same_text_similarity: f64,
    /// The most days between the events of two claims of a corpus, when both sentences date
    /// theirs, for the two to be one event: a toll told on the day and one told the next day.
    pub max_event_days_apart: i64,
    /// Least share of the rarity of what a denial governs that the asserted claim must hold,
    /// in a corpus.
    pub corpus_denial_coverage: f64,
    /// How each rule scores what it found.
    pub weights: RuleWeights,
}

impl JudgeConfig {
    /// The default settings.
    pub const DEFAULT: JudgeConfig = JudgeConfig {
        agree_similarity: 0.5,
        approx_tolerance: 0.1,
        numeric_min_similarity: 0.2,
        antonym_min_similarity: 0.3,
        statement_negation_coverage: 0.5,
        corpus_antonym_min_similarity: 0.5,
        max_negation_distance: 3,
        max_act_negation_distance: 1,
        max_act_claim_stems: 50,
        min_shared_event_weight: 6.0,
        min_shared_count_weight: 8.0,
        rare_word_weight: RARE_WORD_WEIGHT,
        corpus_same_text_similarity: 0.8,
        corpus_denial_coverage: 0.5,
        max_event_days_apart: 1,
        weights: RuleWeights::DEFAULT,
    };
}

impl Default for JudgeConfig {
    fn default() -> Self {
        JudgeConfig::DEFAULT
    }
}
