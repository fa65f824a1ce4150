//! What the judge says of a pair: the stance, the kind of conflict, and the two forms a verdict
//! takes — a small [`Verdict`] while millions of pairs are judged, a worded [`Judgement`] for the
//! few a caller keeps.
//!
//! A leaf: the rules, the model and the [`crate::judge::Judge`] all speak these types, and these
//! types know none of them.

use crate::text::Normalized;
use serde::{Deserialize, Serialize};

/// The judge's verdict on a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum Stance {
    /// They cannot both be true.
    Contradict,
    /// They say the same thing.
    Agree,
    /// Neither.
    Unrelated,
    /// One gives a later count of the same thing («ارتفعت حصيلة…», «حصيلة سابقة…»): it
    /// supersedes the other rather than contradicting it.
    Update,
}

/// Why two claims conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum ConflictKind {
    /// One asserts what the other negates.
    Negation,
    /// One asserts what the other denies.
    Denial,
    /// Numbers that cannot both hold.
    Numeric,
    /// Opposite poles of an antonym pair.
    Antonym,
    /// One word or two swapped for others in otherwise matching statements (a place, a name, a
    /// verb): what the learned model finds where no rule did. The judgement's cues hold the
    /// words each side keeps to itself.
    Substitution,
}

impl ConflictKind {
    /// Its name as reports spell it (the JSON's `kind`): `negation`, `denial`…
    ///
    /// ```
    /// use crosscheck::ConflictKind;
    ///
    /// assert_eq!(ConflictKind::Numeric.name(), "numeric");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            ConflictKind::Negation => "negation",
            ConflictKind::Denial => "denial",
            ConflictKind::Numeric => "numeric",
            ConflictKind::Antonym => "antonym",
            ConflictKind::Substitution => "substitution",
        }
    }
}

/// A verdict with its kind, score and explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Judgement {
    /// Contradict, agree or unrelated.
    pub stance: Stance,
    /// The kind of conflict, for contradictions.
    pub kind: Option<ConflictKind>,
    /// Confidence in [0, 1].
    pub score: f64,
    /// The cues and words that decided it.
    pub explanation: String,
    /// What the two statements disagree or agree about: a concept id, an antonym pair's name, a
    /// unit counted; empty when unrelated.
    pub topic: String,
    /// Content similarity of the two statements (Dice over stems), in [0, 1].
    pub similarity: f64,
    /// The words that carry the verdict in the first and the second statement: the
    /// asserted and the negated mention, the two poles, the two numbers; for a verdict of the
    /// learned model against the rules, the stems each statement keeps to itself.
    pub cues: [String; 2],
}

impl Judgement {
    /// Quotes each cue as its statement writes it: the words the rules read are folded
    /// («دائمه»), a reader wants the claim's own («دائمة»). `a` and `b` are the two statements'
    /// texts; a quoted word found in neither is left as it is.
    pub(crate) fn quote_as_written(&mut self, a: &str, b: &str) {
        // Each text folded once, however many words are looked up in it.
        let texts = [(a, Normalized::new(a)), (b, Normalized::new(b))];
        let written = |piece: &str, first: usize| {
            [first, 1 - first].iter().find_map(|&i| {
                let (text, norm) = &texts[i];
                norm.find(piece).map(|r| text[r].to_string())
            })
        };
        let mut out = String::with_capacity(self.explanation.len());
        let mut rest = self.explanation.as_str();
        while let Some(open) = rest.find('«') {
            let inner = &rest[open + '«'.len_utf8()..];
            let Some(close) = inner.find('»') else {
                break;
            };
            let quoted = &inner[..close];
            out.push_str(&rest[..open + '«'.len_utf8()]);
            out.push_str(&written(quoted, 0).unwrap_or_else(|| quoted.to_string()));
            rest = &inner[close..];
        }
        out.push_str(rest);
        self.explanation = out;
        for (first, cue) in self.cues.iter_mut().enumerate() {
            let parts: Vec<String> = cue
                .split(" … ")
                .map(|p| written(p, first).unwrap_or_else(|| p.to_string()))
                .collect();
            *cue = parts.join(" … ");
        }
    }
}

/// A verdict before its words are written: stance, kind, score and what it rests on, as indices
/// into the two statements' features. Cheap to make and to keep; [`crate::judge::Judge::explain`]
/// turns it into a [`Judgement`] given the same two features.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Verdict {
    /// Contradict, agree or unrelated.
    pub stance: Stance,
    /// The kind of conflict, for contradictions.
    pub kind: Option<ConflictKind>,
    /// Confidence in [0, 1].
    pub score: f64,
    /// Content similarity of the two statements (Dice over stems), in [0, 1].
    pub similarity: f64,
    pub(crate) finding: Finding,
    pub(crate) model: Option<ModelVote>,
}

/// What a rule verdict rests on.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) enum Finding {
    /// Nothing in common worth a verdict.
    Nothing,
    /// `quantities[a]` and `quantities[b]` cannot both hold; `standing` when they are a standing
    /// count (troops deployed) at a place both name, whose place and owner say what is counted.
    Numeric { a: u32, b: u32, standing: bool },
    /// `mentions[a]` and `mentions[b]`: one frame, asserted on one side and negated on the other.
    Negation { a: u32, b: u32 },
    /// `mentions[a]` and `mentions[b]`: one act (a role) reported on one side and denied of the
    /// same people on the other.
    ActDenial { a: u32, b: u32 },
    /// An act denied (`mentions[denied]` of claim a when `denial_in_a`, else of claim b) and
    /// told on the other side by a word of the same root (`stems[told]`) that names no concept.
    ActDenialByRoot {
        denied: u32,
        denial_in_a: bool,
        told: u32,
    },
    /// `poles[a]` and `poles[b]`: opposite poles of one antonym pair; `named` when one claim
    /// denies what the other says of people or a place both name, and holds the other pole.
    Antonym { a: u32, b: u32, named: bool },
    /// One statement negated as a whole; `cover` of its words are in the other.
    StatementNegation { cover: f32 },
    /// Shared content (and perhaps the same figure) with no conflicting cue.
    Agreement { same_number: bool },
    /// `quantities[a]` and `quantities[b]` count one thing, one as an update of the other.
    Update { a: u32, b: u32 },
}

/// What the learned model said, when it weighed in.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct ModelVote {
    pub(crate) probabilities: [f32; 3],
    pub(crate) rules_said: Stance,
    pub(crate) rules_kind: Option<ConflictKind>,
}

impl Verdict {
    pub(crate) fn unrelated(similarity: f64) -> Self {
        Verdict {
            stance: Stance::Unrelated,
            kind: None,
            score: similarity,
            similarity,
            finding: Finding::Nothing,
            model: None,
        }
    }

    pub(crate) fn conflict(
        kind: ConflictKind,
        score: f64,
        similarity: f64,
        finding: Finding,
    ) -> Self {
        Verdict {
            stance: Stance::Contradict,
            kind: Some(kind),
            score,
            similarity,
            finding,
            model: None,
        }
    }

    /// For an update, true when the first statement gives the later count: the larger figure,
    /// as tolls grow. `None` for other verdicts.
    pub fn first_is_newer(
        &self,
        a: &crate::analysis::Features,
        b: &crate::analysis::Features,
    ) -> Option<bool> {
        match self.finding {
            Finding::Update { a: ia, b: ib } => {
                let (qa, qb) = (&a.quantities[ia as usize], &b.quantities[ib as usize]);
                Some(qa.value >= qb.value)
            }
            _ => None,
        }
    }

    /// True when a learned model decided this verdict against what the rules said.
    pub(crate) fn overrules_rules(&self) -> bool {
        self.model.is_some_and(|m| m.rules_said != self.stance)
    }
}
