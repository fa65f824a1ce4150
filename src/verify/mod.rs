//! Verifying one claim against a corpus: the fact-checker's question. Which articles support
//! it, which contradict it, which only discuss it?
//!
//! The claim is a bare [`Statement`] (a headline, a rumour, a politician's sentence: it needs no
//! speaker). The corpus's claims are indexed once ([`ClaimIndex`]); for each claim to verify,
//! retrieval finds each document's sentences about it, the judge reads each of those against
//! the claim, and the document's stance is decided from that evidence:
//!
//! - **disagree**: a sentence contradicts the claim (a denial, other figures, the act negated);
//! - **agree**: a sentence says what the claim says;
//! - **discuss**: sentences are about the claim's topic but say neither;
//! - **unrelated**: nothing in the document is about it.
//!
//! ```
//! use crosscheck::{Checker, Corpus, Document, Statement};
//! use crosscheck::verify::{DocumentStance, Verifier};
//!
//! let mut corpus = Corpus::new();
//! corpus.push(Document::new(
//!     "denial",
//!     "نفت وزارة الداخلية ما تردد عن اعتقال الصحفي كريم الناصري في البصرة.",
//! ));
//! corpus.push(Document::new("other", "افتتح المعرض الدولي للكتاب أبوابه أمس في القاهرة."));
//! let checker = Checker::new();
//! let claim = Statement::new("أعلنت الشرطة اعتقال الصحفي كريم الناصري في البصرة", checker.lexicon());
//! let v = Verifier::new(&checker, &corpus).verify(&claim);
//! assert_eq!(v.documents[0].id, "denial");
//! assert_eq!(v.documents[0].stance, DocumentStance::Disagree);
//! assert_eq!(v.documents[1].stance, DocumentStance::Unrelated);
//! ```

mod claims;
mod config;
mod csv;
pub(crate) mod cues;
mod html;
mod index;
pub(crate) mod stance_model;

pub use claims::{ClaimInput, read_claims};
pub use config::VerifyConfig;
pub use csv::{to_csv, write_csv};
pub(crate) use cues::TextCues;
pub use html::to_html;
pub use index::{ClaimIndex, Hit};
pub use stance_model::StanceModel;
pub(crate) use stance_model::{DocumentSignals, STANCE_FEATURES, SentenceRead};

use crate::check::Checker;
use crate::corpus::Corpus;
use crate::judge::{Judge, Stance, Statement};
use serde::{Deserialize, Serialize};

/// What a document does to the claim verified.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum DocumentStance {
    /// It says what the claim says.
    Agree,
    /// It says the claim is false, or something that cannot hold with it.
    Disagree,
    /// It is about the claim's topic and takes no side.
    Discuss,
    /// It is not about the claim.
    Unrelated,
}

impl DocumentStance {
    /// Its place in an answer: what contradicts the claim first, the unrelated last.
    fn rank(self) -> u8 {
        match self {
            DocumentStance::Disagree => 0,
            DocumentStance::Agree => 1,
            DocumentStance::Discuss => 2,
            DocumentStance::Unrelated => 3,
        }
    }

    /// Its name as the JSON and CSV answers write it.
    pub fn name(self) -> &'static str {
        match self {
            DocumentStance::Agree => "agree",
            DocumentStance::Disagree => "disagree",
            DocumentStance::Discuss => "discuss",
            DocumentStance::Unrelated => "unrelated",
        }
    }
}

/// One sentence of a document read against the claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Evidence {
    /// Byte range of the sentence in the document's original text.
    pub start: usize,
    /// End of that range.
    pub end: usize,
    /// The sentence.
    pub text: String,
    /// What it does to the claim: agree, disagree or discuss.
    pub stance: DocumentStance,
    /// The judge's confidence in that stance; for discuss, how much of the claim's word
    /// weight the sentence holds.
    pub score: f64,
    /// Who says it, when the sentence attributes it to someone other than the outlet.
    pub speaker: Option<String>,
    /// The words that carry the verdict (the claim's, then the sentence's), when there is one.
    pub cues: Vec<String>,
    /// The judge's explanation, when it found a conflict or agreement.
    pub explanation: String,
}

/// What one document does to the claim, with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DocumentVerdict {
    /// The document's id.
    pub id: String,
    /// The outlet that published it, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
    /// The day it was published, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published: Option<jiff::civil::Date>,
    /// Where it was read from (a page's address), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// Its stance on the claim.
    pub stance: DocumentStance,
    /// How sure: the score of the evidence that decided it, or the stance model's probability
    /// when the model decided.
    pub score: f64,
    /// True when a [`StanceModel`] chose the stance from the signals of the whole document
    /// rather than the rules from its strongest sentence.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub by_model: bool,
    /// The sentences read, the deciding one first.
    pub evidence: Vec<Evidence>,
}

/// The claim verified.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct VerifiedClaim {
    /// Its id, when it came with one.
    pub id: Option<String>,
    /// Its text.
    pub text: String,
}

/// A claim verified against a corpus: a verdict per document, those that contradict it first,
/// then those that agree, those that discuss it and the unrelated; by score within each, then
/// by id.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Verification {
    /// The claim.
    pub claim: VerifiedClaim,
    /// Every document of the corpus: disagree, agree, discuss, unrelated; by score within
    /// each (highest first), then by id.
    pub documents: Vec<DocumentVerdict>,
}

impl Verification {
    /// The documents taking `stance`.
    pub fn with_stance(&self, stance: DocumentStance) -> impl Iterator<Item = &DocumentVerdict> {
        self.documents.iter().filter(move |d| d.stance == stance)
    }
}

/// Verifies claims against one corpus: the corpus's claims are indexed once, and each claim
/// is answered from them. For an English claim the bundled [`StanceModel::english`] decides
/// each document the rules find on topic (its verdicts say `by_model`, their score is the
/// model's probability); an Arabic claim is decided by the rules. [`Verifier::stance_models`]
/// sets others, or none.
///
/// ```
/// use crosscheck::{Checker, Corpus, Document, Statement};
/// use crosscheck::verify::{DocumentStance, Verifier};
///
/// let mut corpus = Corpus::new();
/// corpus.push(Document::new("a", "قالت الشرطة إنها اعتقلت 14 متظاهرا في ساحة التحرير أمس."));
/// let checker = Checker::new();
/// let verifier = Verifier::new(&checker, &corpus);
/// let claim = Statement::new("الشرطة اعتقلت 14 متظاهرا في ساحة التحرير", checker.lexicon());
/// let v = verifier.verify(&claim);
/// assert_ne!(v.documents[0].stance, DocumentStance::Unrelated);
/// ```
#[derive(Debug)]
pub struct Verifier<'c> {
    judge: Judge<'c>,
    config: VerifyConfig,
    models: Vec<StanceModel>,
    index: ClaimIndex,
}

impl<'c> Verifier<'c> {
    /// A verifier of claims against `corpus`, with `checker`'s lexicon and judge, the default
    /// settings and the bundled stance models.
    pub fn new(checker: &'c Checker, corpus: &Corpus) -> Self {
        Self::with_index(checker, ClaimIndex::build(corpus, checker.lexicon()))
    }

    /// A verifier of claims against an index built beforehand.
    pub fn with_index(checker: &'c Checker, index: ClaimIndex) -> Self {
        Verifier {
            judge: checker.judge(),
            config: VerifyConfig::DEFAULT,
            models: bundled_stance_models().to_vec(),
            index,
        }
    }

    /// Uses these stance models (the first made for a claim's language decides), or none: the
    /// rules alone then decide every document.
    pub fn stance_models(mut self, models: Vec<StanceModel>) -> Self {
        self.models = models;
        self
    }

    /// Uses these settings.
    pub fn config(mut self, config: VerifyConfig) -> Self {
        self.config = config;
        self
    }

    /// The corpus's claims, indexed.
    pub fn index(&self) -> &ClaimIndex {
        &self.index
    }

    /// What each document of the corpus does to `claim`, in [`Verification::documents`]'s
    /// order.
    pub fn verify(&self, claim: &Statement) -> Verification {
        verify(&self.judge, &self.config, &self.models, claim, &self.index)
    }
}

/// The stance models a [`Verifier`] uses unless told otherwise: [`StanceModel::english`] for
/// English claims; Arabic claims are decided by the rules.
pub fn bundled_stance_models() -> &'static [StanceModel] {
    static BUNDLED: std::sync::LazyLock<Vec<StanceModel>> =
        std::sync::LazyLock::new(|| vec![StanceModel::english()]);
    BUNDLED.as_slice()
}

/// The language a claim is written in, as the stance models name it.
fn language_of(claim: &Statement) -> &'static str {
    if claim.features.latin { "en" } else { "ar" }
}

/// Verifies `claim` against `index` with `judge` and `config`; the first of `models` made for
/// the claim's language chooses the stance of each document the rules find on topic.
pub fn verify(
    judge: &Judge,
    config: &VerifyConfig,
    models: &[StanceModel],
    claim: &Statement,
    index: &ClaimIndex,
) -> Verification {
    let model = models.iter().find(|m| m.is_for(language_of(claim)));
    let documents = read_documents(judge, config, claim, index, model.is_some())
        .into_iter()
        .map(|(mut verdict, signals)| {
            // A contradiction the rules found (a denial of the claim, a figure that cannot hold
            // with it, an opposite state) is certain evidence: the model does not outvote it.
            let ruled = verdict.stance == DocumentStance::Disagree
                && verdict.score >= config.certain_disagree;
            if let (Some(model), Some(x), false) = (model, signals, ruled) {
                let (stance, p) = model.decide(&x);
                verdict.stance = stance;
                verdict.score = (p * 1000.0).round() / 1000.0;
                verdict.by_model = true;
                // The sentence that says what the document was found to say goes first.
                if let Some(at) = verdict.evidence.iter().position(|e| e.stance == stance) {
                    verdict.evidence[..=at].rotate_right(1);
                }
            }
            verdict
        })
        .collect::<Vec<_>>();
    let mut documents = documents;
    documents.sort_by(|a, b| {
        a.stance
            .rank()
            .cmp(&b.stance.rank())
            .then(b.score.total_cmp(&a.score))
            .then_with(|| a.id.cmp(&b.id))
    });
    Verification {
        claim: VerifiedClaim {
            id: None,
            text: claim.text.clone(),
        },
        documents,
    }
}

/// The rules' verdict on each document of `index` (in id order) and, for each the rules find on
/// topic, the signals a [`StanceModel`] reads (`STANCE_FEATURES`): what a model is trained on
/// (`examples/train_stance.rs`).
pub fn stance_signals(
    judge: &Judge,
    config: &VerifyConfig,
    claim: &Statement,
    index: &ClaimIndex,
) -> Vec<(DocumentVerdict, Option<[f64; STANCE_FEATURES.len()]>)> {
    read_documents(judge, config, claim, index, true)
}

/// Reads each document's best sentences against the claim and decides its stance by the rules;
/// with `signals`, also what a stance model reads of the documents found on topic.
fn read_documents(
    judge: &Judge,
    config: &VerifyConfig,
    claim: &Statement,
    index: &ClaimIndex,
    signals: bool,
) -> Vec<(DocumentVerdict, Option<[f64; STANCE_FEATURES.len()]>)> {
    let lexicon = judge.lexicon();
    let claim_cues = TextCues::of(&claim.text, lexicon);
    let claim_asks = claim.text.contains(['?', '\u{061f}']);
    let claim_negated = !claim.features.negators.is_empty();
    let hits = index.search(&claim.features, config.max_hits);
    let claims = index.claims();
    // A claim that itself calls something false ("… is a hoax"): read once, not per sentence.
    let claim_refutes = refuting_word(judge, &claim.text).is_some();
    let mut by_document: Vec<Vec<&Hit>> = vec![Vec::new(); index.documents().len()];
    for h in &hits {
        if h.coverage < config.min_relevance {
            continue;
        }
        let doc = &claims[h.claim].doc;
        if let Ok(d) = index.documents().binary_search(doc)
            && by_document[d].len() < config.evidence_per_document
        {
            by_document[d].push(h);
        }
    }
    index
        .documents()
        .iter()
        .zip(by_document)
        .enumerate()
        .map(|(d, (id, hits))| {
            let mut evidence: Vec<Evidence> = hits
                .iter()
                .map(|h| read_evidence(judge, config, claim, claim_refutes, &claims[h.claim], h))
                .collect();
            // What a stance model reads of each sentence, in the order they were found (before
            // `decide` sorts the evidence).
            let read: Vec<SentenceRead> = if signals {
                hits.iter()
                    .zip(&evidence)
                    .map(|(h, e)| SentenceRead {
                        relevance: h.coverage,
                        stance: e.stance,
                        score: e.score,
                        cues: TextCues::of(&e.text, lexicon),
                        negated: !claims[h.claim].features.negators.is_empty(),
                    })
                    .collect()
            } else {
                Vec::new()
            };
            let mut verdict = decide(id, config, &mut evidence);
            let origin = index.origin(d);
            verdict.source = origin.source;
            verdict.published = origin.published;
            verdict.url = origin.url;
            let x = (signals && verdict.stance != DocumentStance::Unrelated).then(|| {
                let (body, lead) = document_cues(index, d, lexicon);
                DocumentSignals {
                    claim: &claim_cues,
                    claim_asks,
                    claim_negated,
                    rules: (verdict.stance, verdict.score),
                    read: &read,
                    body: &body,
                    lead: &lead,
                }
                .features()
            });
            (verdict, x)
        })
        .collect()
}

/// One sentence judged against the claim.
fn read_evidence(
    judge: &Judge,
    config: &VerifyConfig,
    claim: &Statement,
    claim_refutes: bool,
    sentence: &crate::claim::Claim,
    hit: &Hit,
) -> Evidence {
    let verdict = judge.verdict(&claim.features, &sentence.features);
    // A sentence that calls something false, or whose speaker denies it (the verb, cut from
    // the claim's text, is its cue).
    let refuting = (hit.coverage >= config.min_refuted_relevance)
        .then(|| {
            refuting_word(judge, &sentence.text).or_else(|| {
                sentence
                    .features
                    .denial
                    .then(|| sentence.cue.clone().unwrap_or_else(|| "denied".into()))
            })
        })
        .flatten();
    // A claim that itself calls something false ("… is a hoax") is agreed with, not
    // contradicted, by a sentence that calls it false too.
    let claim_refutes = claim_refutes && refuting.is_some();
    let (stance, score) = match verdict.stance {
        Stance::Contradict if verdict.score >= config.min_disagree => {
            (DocumentStance::Disagree, verdict.score)
        }
        _ if claim_refutes => (DocumentStance::Agree, hit.coverage),
        _ if refuting.is_some() => (DocumentStance::Disagree, hit.coverage),
        Stance::Agree if verdict.score >= config.min_agree => {
            (DocumentStance::Agree, verdict.score)
        }
        _ => (DocumentStance::Discuss, hit.coverage),
    };
    let (cues, explanation) = if stance == DocumentStance::Discuss {
        (Vec::new(), String::new())
    } else if let (Some(word), true) = (&refuting, claim_refutes) {
        (
            vec![word.clone()],
            format!(
                "calls it «{word}» as the claim does: a sentence holding {:.0} % of the claim's \
                 word weight",
                hit.coverage * 100.0
            ),
        )
    } else if let (Some(word), false) = (&refuting, verdict.stance == Stance::Contradict) {
        (
            vec![word.clone()],
            format!(
                "calls it «{word}»: a sentence holding {:.0} % of the claim's word weight says it \
                 is false",
                hit.coverage * 100.0
            ),
        )
    } else {
        let mut j = judge.explain(&claim.features, &sentence.features, &verdict);
        j.quote_as_written(&claim.text, &sentence.text);
        let cues = j.cues.into_iter().filter(|c| !c.is_empty()).collect();
        (cues, j.explanation)
    };
    Evidence {
        start: sentence.start,
        end: sentence.end,
        text: sentence.text.clone(),
        stance,
        score,
        speaker: (!sentence.speaker.is_outlet())
            .then(|| sentence.speaker.name.clone())
            .flatten(),
        cues,
        explanation,
    }
}

/// The first word of `text` that calls something false (a hoax, «مفبرك»), as written or by its
/// light stem («الشائعات»), if any.
fn refuting_word(judge: &Judge, text: &str) -> Option<String> {
    let words = &judge.lexicon().grammar().refuting_words;
    cues::words_of(&crate::text::normalize_str(text))
        .find(|w| cues::listed(words, w))
        .map(str::to_string)
}

/// The cue words of document `d`'s whole text (its sentences as indexed) and of its first three
/// sentences.
fn document_cues(
    index: &ClaimIndex,
    d: usize,
    lexicon: &crate::lexicon::Lexicon,
) -> (TextCues, TextCues) {
    let mut body = TextCues::default();
    let mut lead = TextCues::default();
    for (n, c) in index.claims_of(d).enumerate() {
        body.add(&c.text, lexicon);
        if n < 3 {
            lead.add(&c.text, lexicon);
        }
    }
    (body, lead)
}

/// A document's stance from its evidence: a contradiction decides it, else an agreement, else
/// a sentence on the topic makes it a discussion. The deciding sentence goes first.
fn decide(id: &str, config: &VerifyConfig, evidence: &mut [Evidence]) -> DocumentVerdict {
    evidence.sort_by(|a, b| {
        a.stance
            .rank()
            .cmp(&b.stance.rank())
            .then(b.score.total_cmp(&a.score))
            .then(a.start.cmp(&b.start))
    });
    let (stance, score) = match evidence.first() {
        Some(e) if e.stance != DocumentStance::Discuss => (e.stance, e.score),
        Some(e) if e.score >= config.min_discuss => (DocumentStance::Discuss, e.score),
        _ => (DocumentStance::Unrelated, 0.0),
    };
    DocumentVerdict {
        id: id.to_string(),
        source: None,
        published: None,
        url: None,
        stance,
        score,
        by_model: false,
        evidence: evidence.to_vec(),
    }
}

#[cfg(test)]
mod tests;
