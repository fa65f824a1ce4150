//! A learned decision of a document's stance from what verification read in it.
//!
//! The rules decide a document from its single strongest sentence: a contradiction makes it
//! disagree, an agreement agree, anything else on topic discuss. On real English news that
//! leaves most articles that agree with a claim as "discuss" (FNC-1: 289 of 1,987 found): an
//! article agrees by reporting the claim plainly, discusses it by hedging ("reportedly",
//! "allegedly"), and disagrees by calling it a hoax somewhere in its body, not necessarily in
//! the sentence most like the claim. The model weighs those signals together: the rules'
//! decision and scores, the best sentences' relevance, and counts of the lexicon's refuting,
//! hedging and confirming words in the claim, in the sentences read, in the article's lead and
//! in its whole body. Every signal is a property of the text, not of a topic's words, so a
//! model fitted on one set of stories can be used on others.
//!
//! It only chooses among agree, disagree and discuss for documents the rules found on topic:
//! what is unrelated stays so. A model is a JSON file (`examples/train_stance.rs` writes it)
//! that says what it was trained on; the bundled English one is [`StanceModel::english`].

use super::DocumentStance;
use super::cues::TextCues;
use crate::error::Error;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// The signals the model weighs, in the order of its weights.
pub const STANCE_FEATURES: [&str; 32] = [
    "bias",
    "rules_agree",
    "rules_disagree",
    "rules_discuss",
    "rules_score",
    "best_relevance",
    "sentences_read",
    "read_hedging",
    "read_confirming",
    "read_negated",
    "body_hedging_rate",
    "body_confirming_rate",
    "claim_refutes",
    "claim_hedges",
    "claim_asks",
    "best_disagree",
    "best_agree",
    "length",
    "hedging_share",
    "lead_hedges",
    // What calls something false means one thing under a claim that asserts and the opposite
    // under a claim that itself says "hoax": each such signal twice, once for each kind of claim.
    "read_refuting",
    "body_refuting",
    "body_refuting_rate",
    "refuting_relevance",
    "lead_refutes",
    "read_refuting_as_claim_does",
    "body_refuting_as_claim_does",
    "body_refuting_rate_as_claim_does",
    "refuting_relevance_as_claim_does",
    "lead_refutes_as_claim_does",
    // A negated sentence says the opposite of an asserted claim and the same as a negated one.
    "claim_negated",
    "read_negated_as_claim_is",
];

/// How many signals [`STANCE_FEATURES`] lists before the refuting ones.
const PLAIN: usize = 20;
/// How many refuting signals it lists, each twice (under an asserting claim, under one that
/// itself says "hoax").
const REFUTING: usize = 5;
const _: () = assert!(PLAIN + 2 * REFUTING + 2 == STANCE_FEATURES.len());

/// The classes the model chooses among, in the order of its weight rows.
pub const STANCE_CLASSES: [DocumentStance; 3] = [
    DocumentStance::Agree,
    DocumentStance::Disagree,
    DocumentStance::Discuss,
];

/// One sentence verification read in a document.
#[derive(Debug, Clone, Copy)]
pub struct SentenceRead {
    /// Share of the claim's word weight it holds.
    pub relevance: f64,
    /// The stance the rules gave it.
    pub stance: DocumentStance,
    /// The rules' score for that stance.
    pub score: f64,
    /// Its cue words.
    pub cues: TextCues,
    /// Whether it holds a negation or a denial.
    pub negated: bool,
}

/// What the model reads of one document against one claim.
#[derive(Debug, Clone, Copy)]
pub struct DocumentSignals<'a> {
    /// The claim's cue words.
    pub claim: &'a TextCues,
    /// Whether the claim is a question.
    pub claim_asks: bool,
    /// Whether the claim itself holds a negation or a denial.
    pub claim_negated: bool,
    /// The rules' decision and its score.
    pub rules: (DocumentStance, f64),
    /// The sentences read.
    pub read: &'a [SentenceRead],
    /// The cue words of the whole document.
    pub body: &'a TextCues,
    /// The cue words of its first three sentences.
    pub lead: &'a TextCues,
}

impl DocumentSignals<'_> {
    /// The signals as the model's inputs, in [`STANCE_FEATURES`] order.
    pub fn features(&self) -> [f64; STANCE_FEATURES.len()] {
        let flag = |b: bool| f64::from(u8::from(b));
        let capped = |n: usize| (n.min(3) as f64) / 3.0;
        let read = self.read;
        let count = |f: fn(&SentenceRead) -> u32| capped(read.iter().map(f).sum::<u32>() as usize);
        let best = |stance: DocumentStance| {
            read.iter()
                .filter(|s| s.stance == stance)
                .map(|s| s.score)
                .fold(0.0, f64::max)
        };
        // Rates per hundred words, capped: a short text with one cue word is no stronger
        // evidence than a long one with a few.
        let rate = |count: u32| (self.body.rate(count) / 2.0).min(1.0);
        let (rules, rules_score) = self.rules;
        let claim_refutes = self.claim.refutes();
        // A signal counted apart under a claim that itself says so: (under one that does not,
        // under one that does).
        let apart = |value: f64, claim_says_so: bool| {
            if claim_says_so {
                (0.0, value)
            } else {
                (value, 0.0)
            }
        };
        let (read_negated, read_negated_as_claim_is) = apart(
            capped(read.iter().filter(|s| s.negated).count()),
            self.claim_negated,
        );
        let plain: [f64; PLAIN] = [
            1.0,
            flag(rules == DocumentStance::Agree),
            flag(rules == DocumentStance::Disagree),
            flag(rules == DocumentStance::Discuss),
            rules_score,
            read.iter().map(|s| s.relevance).fold(0.0, f64::max),
            (read.len() as f64).ln_1p(),
            count(|s| s.cues.hedging),
            count(|s| s.cues.confirming),
            read_negated,
            rate(self.body.hedging),
            rate(self.body.confirming),
            flag(claim_refutes),
            flag(self.claim.hedges()),
            flag(self.claim_asks),
            best(DocumentStance::Disagree),
            best(DocumentStance::Agree),
            f64::from(self.body.words.max(1)).ln() / 8.0,
            read.iter().filter(|s| s.cues.hedges()).count() as f64 / read.len().max(1) as f64,
            flag(self.lead.hedges()),
        ];
        let refuting: [(f64, f64); REFUTING] = [
            count(|s| s.cues.refuting),
            f64::from(self.body.refuting).ln_1p(),
            rate(self.body.refuting),
            read.iter()
                .filter(|s| s.cues.refutes())
                .map(|s| s.relevance)
                .fold(0.0, f64::max),
            flag(self.lead.refutes()),
        ]
        .map(|v| apart(v, claim_refutes));
        let mut x = [0.0; STANCE_FEATURES.len()];
        x[..PLAIN].copy_from_slice(&plain);
        for (n, (plain, as_claim_does)) in refuting.into_iter().enumerate() {
            x[PLAIN + n] = plain;
            x[PLAIN + REFUTING + n] = as_claim_does;
        }
        x[PLAIN + 2 * REFUTING] = flag(self.claim_negated);
        x[PLAIN + 2 * REFUTING + 1] = read_negated_as_claim_is;
        x
    }
}

/// A multinomial logistic model over a document's stance signals (the rules' readings of its
/// best sentences against the claim), choosing among agree, disagree and discuss.
///
/// ```
/// use crosscheck::verify::StanceModel;
///
/// let model = StanceModel::english();
/// assert_eq!(model.language, "en");
/// assert!(model.trained_on.contains("FNC-1"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct StanceModel {
    /// What the model is.
    pub about: String,
    /// What it was trained on, and how it was measured.
    pub trained_on: String,
    /// The language of the claims it is for ("en", "ar"), or "any".
    pub language: String,
    /// The signals it weighs, by name: those this version computes, in order.
    pub features: Vec<String>,
    /// One row of weights per class: agree, disagree, discuss.
    pub weights: Vec<Vec<f64>>,
}

/// Settings of [`StanceModel::fit`].
#[cfg(any(test, feature = "lab"))]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StanceFit {
    /// Full passes of gradient descent.
    pub epochs: usize,
    /// Learning rate.
    pub rate: f64,
    /// L2 penalty on the weights.
    pub l2: f64,
    /// How much rare classes are weighted up: each class's weight is (n / 3 n_class) to this
    /// power; 0 weighs every document alike, 1 balances the classes fully.
    pub class_balance: f64,
}

#[cfg(any(test, feature = "lab"))]
impl Default for StanceFit {
    fn default() -> Self {
        StanceFit {
            epochs: 1000,
            rate: 0.5,
            l2: 1e-3,
            class_balance: 0.75,
        }
    }
}

impl StanceModel {
    /// The bundled model for English claims (see its `trained_on`).
    pub fn english() -> Self {
        Self::from_json(include_str!("stance-model-en.json"))
            .expect("the bundled stance model matches the features")
    }

    /// Reads a model from its JSON, checking it weighs the signals this version computes.
    pub fn from_json(json: &str) -> Result<Self, String> {
        let model: StanceModel = serde_json::from_str(json).map_err(|e| e.to_string())?;
        crate::judge::model::file::check_model_features(
            &model.features,
            &STANCE_FEATURES,
            "signals",
        )?;
        if model.weights.len() != STANCE_CLASSES.len()
            || model
                .weights
                .iter()
                .any(|w| w.len() != STANCE_FEATURES.len())
        {
            return Err(format!(
                "needs {} rows of {} weights",
                STANCE_CLASSES.len(),
                STANCE_FEATURES.len()
            ));
        }
        Ok(model)
    }

    /// Reads a model file.
    pub fn load(path: &Path) -> Result<Self, Error> {
        crate::judge::model::file::read_model(path, Self::from_json)
    }

    /// Whether the model is for claims in `language` ("en", "ar").
    pub fn is_for(&self, language: &str) -> bool {
        self.language == "any" || self.language == language
    }

    /// The class the model prefers for a document, given its signals (in the order of
    /// [`StanceModel::features`]), with its probability.
    pub fn decide(&self, features: &[f64]) -> (DocumentStance, f64) {
        let p = self.probabilities(features);
        let best = (0..p.len())
            .max_by(|&a, &b| p[a].total_cmp(&p[b]).then(b.cmp(&a)))
            .unwrap_or(2);
        (STANCE_CLASSES[best], p[best])
    }

    fn probabilities(&self, x: &[f64]) -> [f64; 3] {
        let mut z = [0.0; 3];
        for (zc, w) in z.iter_mut().zip(&self.weights) {
            *zc = w.iter().zip(x).map(|(w, x)| w * x).sum();
        }
        softmax(z)
    }

    /// Fits a model on documents' signals and their gold stances (agree, disagree or discuss),
    /// by full-batch gradient descent on the class-weighted log loss. Deterministic.
    #[cfg(any(test, feature = "lab"))]
    pub fn fit(
        rows: &[([f64; STANCE_FEATURES.len()], DocumentStance)],
        settings: &StanceFit,
        language: &str,
        trained_on: &str,
    ) -> Self {
        let class = |s: DocumentStance| STANCE_CLASSES.iter().position(|&c| c == s);
        let labelled: Vec<(&[f64], usize)> = rows
            .iter()
            .filter_map(|(x, s)| Some((&x[..], class(*s)?)))
            .collect();
        let mut counts = [0usize; 3];
        for (_, c) in &labelled {
            counts[*c] += 1;
        }
        let n = labelled.len().max(1) as f64;
        let class_weight: Vec<f64> = counts
            .iter()
            .map(|&k| (n / (3.0 * k.max(1) as f64)).powf(settings.class_balance))
            .collect();
        let d = STANCE_FEATURES.len();
        let mut model = StanceModel {
            about: "Chooses agree, disagree or discuss for a document verification found on topic"
                .into(),
            trained_on: trained_on.into(),
            language: language.into(),
            features: STANCE_FEATURES.iter().map(|s| s.to_string()).collect(),
            weights: vec![vec![0.0; d]; 3],
        };
        for _ in 0..settings.epochs {
            let mut gradient = vec![vec![0.0; d]; 3];
            let mut total = 0.0;
            for &(x, y) in &labelled {
                let p = model.probabilities(x);
                let w = class_weight[y];
                total += w;
                for (c, g) in gradient.iter_mut().enumerate() {
                    let err = (p[c] - f64::from(u8::from(c == y))) * w;
                    for (gk, xk) in g.iter_mut().zip(x) {
                        *gk += err * xk;
                    }
                }
            }
            for (w, g) in model.weights.iter_mut().zip(&gradient) {
                for (wk, gk) in w.iter_mut().zip(g) {
                    *wk -= settings.rate * (gk / total.max(1e-9) + settings.l2 * *wk);
                }
            }
        }
        model
    }

    /// The model as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

fn softmax(z: [f64; 3]) -> [f64; 3] {
    let m = z.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let e = z.map(|v| (v - m).exp());
    let s: f64 = e.iter().sum();
    e.map(|v| v / s)
}
