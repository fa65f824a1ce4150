//! Tooling kept apart from the library, behind the `lab` feature: training and evaluating the
//! judge and the stance models, blocking rows for a distributed join, and the text stage's
//! pieces for benchmarks, fuzzing and property tests. Not a stable API: it names the
//! pipeline's internals, which change as the reading does.

/// The text stage's pieces: normalisation with its offset map, sentences, words, boilerplate.
pub mod text {
    pub use crate::text::WordSet;
    pub use crate::text::boilerplate::{Extent, Marker, Markers, boilerplate_regions};
    pub use crate::text::normalize::{Normalized, normalize_str};
    pub use crate::text::segment::{Sentence, sentences, sentences_and_quotations};
    pub use crate::text::tokens::{Token, tokenize};
}

/// The compiled lexicon's parts that the text stage reads, for timing each stage alone
/// (`examples/extract_only.rs`).
pub mod lexicon {
    use crate::lexicon::Lexicon;

    /// The abbreviations that end with a full stop without ending a sentence.
    pub fn abbreviations(lexicon: &Lexicon) -> &super::text::WordSet {
        &lexicon.grammar().abbreviations
    }

    /// How many lexicon entries `folded` text holds (a full scan).
    pub fn scan_count(lexicon: &Lexicon, folded: &str) -> usize {
        lexicon.scan(folded).len()
    }

    /// The id of concept `i`.
    pub fn concept_id(lexicon: &Lexicon, i: usize) -> &str {
        &lexicon.concepts()[i].id
    }

    /// The name of antonym pair `i`.
    pub fn antonym_name(lexicon: &Lexicon, i: usize) -> &str {
        &lexicon.antonyms()[i].name
    }

    /// The boilerplate markers, compiled.
    pub fn boilerplate(lexicon: &Lexicon) -> &super::text::Markers {
        lexicon.boilerplate()
    }
}

/// What the analysis hands the judge about a claim ([`features_of`]).
pub mod analysis {
    pub use crate::analysis::features::{Pole, Term};
    pub use crate::analysis::{ConceptMention, EventDate, Features, QuantityFeature};
    pub use crate::lexicon::{NegationKind, PoleSide};
}

/// The content stems of a text as a document's profile counts them (three letters or more),
/// each once, sorted: what a background of news is counted in (`examples/build_background.rs`).
pub fn content_stems(text: &str, lexicon: &crate::Lexicon) -> Vec<String> {
    let prepared = crate::analysis::Prepared::new(text, lexicon);
    let mut stems: Vec<String> = (0..prepared.tokens().len())
        .filter_map(|i| prepared.content_stem(i))
        .filter(|s| s.chars().nth(2).is_some())
        .map(str::to_string)
        .collect();
    stems.sort_unstable();
    stems.dedup();
    stems
}

/// The places and topics of the lexicon `text` names, each as the word it is counted as among a
/// document's terms («§iraq»), sorted and unique: what the background counts beside the stems.
pub fn concept_words(text: &str, lexicon: &crate::Lexicon) -> Vec<String> {
    let prepared = crate::analysis::Prepared::new(text, lexicon);
    let concepts = lexicon.concepts();
    let mut words: Vec<String> = prepared
        .hits()
        .iter()
        .filter_map(|h| match h.target {
            crate::lexicon::Target::Concept(c)
                if crate::analysis::profile::names_a_topic(&concepts[c]) =>
            {
                Some(crate::analysis::profile::concept_id(&concepts[c]))
            }
            _ => None,
        })
        .map(crate::analysis::profile::concept_word)
        .collect();
    words.sort_unstable();
    words.dedup();
    words
}

/// The analysis of a claim, as the judge compares it.
pub fn features_of(claim: &crate::Claim) -> &analysis::Features {
    &claim.features
}

/// Reading user bytes: what the fuzz targets and property tests drive directly.
pub mod corpus {
    pub use crate::corpus::decode::{Decoded, decode_bytes, decode_text};
    pub use crate::corpus::manifest::parse_manifest;
}

/// Training and measuring the pair judge.
pub mod judge {
    pub use crate::judge::Verdict;
    pub use crate::judge::eval;
    pub use crate::judge::model::training;
    pub use crate::judge::model::{
        CLASSES, LabelledPair, RuleSignals, TrainConfig, TrainingPair, TrainingSet,
    };
}

/// Blocking's keys as rows, for a join outside the checker (`examples/datafusion_join.rs`).
pub mod pair {
    pub use crate::pair::{
        Blocking, BlockingConfig, KeyKind, KeyRow, Side, all_pairs, blocking_keys, candidate_pairs,
    };
}

/// Training and measuring the document stance models.
pub mod verify {
    pub use crate::verify::cues::TextCues;
    pub use crate::verify::stance_model::{
        DocumentSignals, STANCE_CLASSES, STANCE_FEATURES, SentenceRead, StanceFit,
    };
    pub use crate::verify::stance_signals;
}
