//! The judge's rules, in two steps: [`Judge::verdict_by_rules`] finds what conflicts or agrees and
//! how strongly, as a small [`Verdict`] of indices and numbers; [`Judge::explain`] writes the words
//! of the [`Judgement`] a user reads.
//!
//! The split is for scale: the checker judges millions of candidate pairs and keeps each claim's
//! strongest few, so only the verdicts it keeps are ever written out.

use crate::analysis::{ConceptMention, Features, PoleSide, QuantityFeature};
use crate::lexicon::{Bound, ConceptClass, NegationKind};
use crate::pair::alignment::Alignment;
use crate::pair::judge::{ConflictKind, Judge, Judgement, Stance, stem_similarity};
use crate::pair::model::{CLASSES, RuleSignals};

/// A verdict before its words are written: stance, kind, score and what it rests on, as indices
/// into the two statements' features. Cheap to make and to keep; [`Judge::explain`] turns it into
/// a [`Judgement`] given the same two features.
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
    /// `quantities[a]` and `quantities[b]` cannot both hold.
    Numeric { a: u32, b: u32 },
    /// `mentions[a]` and `mentions[b]`: one frame, asserted on one side and negated on the other.
    Negation { a: u32, b: u32 },
    /// `poles[a]` and `poles[b]`: opposite poles of one antonym pair.
    Antonym { a: u32, b: u32 },
    /// One statement negated as a whole; `cover` of its words are in the other.
    StatementNegation { cover: f32 },
    /// Shared content (and perhaps the same figure) with no conflicting cue.
    Agreement { same_number: bool },
}

/// What the learned model said, when it overrode the rules.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct ModelVote {
    pub(crate) probabilities: [f32; 3],
    pub(crate) rules_said: Stance,
    pub(crate) rules_kind: Option<ConflictKind>,
}

impl Verdict {
    fn unrelated(similarity: f64) -> Self {
        Verdict {
            stance: Stance::Unrelated,
            kind: None,
            score: similarity,
            similarity,
            finding: Finding::Nothing,
            model: None,
        }
    }

    fn conflict(kind: ConflictKind, score: f64, similarity: f64, finding: Finding) -> Self {
        Verdict {
            stance: Stance::Contradict,
            kind: Some(kind),
            score,
            similarity,
            finding,
            model: None,
        }
    }
}

/// The range of values a bounded number allows.
fn interval(q: &QuantityFeature, tolerance: f64) -> (f64, f64) {
    let v = q.value;
    match q.bound {
        Bound::Exact => (v, v),
        Bound::Approx => (v * (1.0 - tolerance), v * (1.0 + tolerance)),
        Bound::AtMost => (f64::NEG_INFINITY, v),
        Bound::Below => (f64::NEG_INFINITY, v - v.abs() * 1e-9 - 1e-9),
        Bound::AtLeast => (v, f64::INFINITY),
        Bound::Above => (v + v.abs() * 1e-9 + 1e-9, f64::INFINITY),
    }
}

fn describe(q: &QuantityFeature) -> String {
    let bound = match q.bound {
        Bound::Exact => "",
        Bound::Approx => "about ",
        Bound::AtMost => "at most ",
        Bound::AtLeast => "at least ",
        Bound::Above => "more than ",
        Bound::Below => "less than ",
    };
    format!("{bound}{}", q.value)
}

/// Dice similarity of the local contexts of two mentions (indices into their statements' stems,
/// ascending, so the stems they name are in order too).
fn context_similarity(a: &Features, ma: &ConceptMention, b: &Features, mb: &ConceptMention) -> f64 {
    stem_similarity(&context_words(a, ma), &context_words(b, mb))
}

/// The stems a mention's context names.
fn context_words<'f>(f: &'f Features, m: &ConceptMention) -> Vec<&'f str> {
    m.context
        .iter()
        .map(|&i| f.stems[i as usize].as_str())
        .collect()
}

/// The objects two mentions of a frame share.
fn shared_objects(ma: &ConceptMention, mb: &ConceptMention) -> Vec<usize> {
    ma.objects
        .iter()
        .filter(|o| mb.objects.contains(o))
        .copied()
        .collect()
}

/// The statement that is negated as a whole and its first negator; `None` unless exactly one
/// side is negated.
fn negated_side<'f>(a: &'f Features, b: &'f Features) -> Option<(&'f Features, &'f str)> {
    match (a.negators.first(), b.negators.first()) {
        (Some(n), None) => Some((a, n.as_str())),
        (None, Some(n)) => Some((b, n.as_str())),
        _ => None,
    }
}

fn keep_stronger(best: &mut Option<Verdict>, v: Verdict) {
    if best.is_none_or(|b| v.score > b.score) {
        *best = Some(v);
    }
}

impl Judge<'_> {
    /// Judges two analysed texts by the rules alone, without writing the explanation.
    pub fn verdict_by_rules(&self, a: &Features, b: &Features) -> Verdict {
        let sim = stem_similarity(&a.stem_keys, &b.stem_keys);
        let mut best: Option<Verdict> = None;
        for v in [
            self.numeric(a, b, sim),
            self.negation(a, b, sim),
            self.antonym(a, b, sim),
        ]
        .into_iter()
        .flatten()
        {
            keep_stronger(&mut best, v);
        }
        best.or_else(|| self.statement_negation(a, b, sim))
            .unwrap_or_else(|| self.agreement(a, b, sim))
    }

    fn numeric(&self, a: &Features, b: &Features, sim: f64) -> Option<Verdict> {
        let mut best: Option<Verdict> = None;
        for (ia, qa) in a.quantities.iter().enumerate() {
            for (ib, qb) in b.quantities.iter().enumerate() {
                let (Some(ua), Some(ub)) = (&qa.unit, &qb.unit) else {
                    continue;
                };
                if ua != ub || qa.place != qb.place {
                    continue;
                }
                let tolerance = self.config.approx_tolerance;
                let ((alo, ahi), (blo, bhi)) = (interval(qa, tolerance), interval(qb, tolerance));
                if ahi >= blo && bhi >= alo {
                    continue;
                }
                let known_unit = self.lexicon.concept_index(ua).is_some();
                if !known_unit && sim < self.config.numeric_min_similarity {
                    continue;
                }
                let gap = (qa.value - qb.value).abs() / qa.value.abs().max(qb.value.abs()).max(1.0);
                let score =
                    (0.65 + 0.15 * (gap * 2.0).min(1.0) + 0.2 * (sim * 2.0).min(1.0)).min(1.0);
                let finding = Finding::Numeric {
                    a: ia as u32,
                    b: ib as u32,
                };
                keep_stronger(
                    &mut best,
                    Verdict::conflict(ConflictKind::Numeric, score, sim, finding),
                );
            }
        }
        best
    }

    fn negation(&self, a: &Features, b: &Features, sim: f64) -> Option<Verdict> {
        let lex = self.lexicon;
        let mut best: Option<Verdict> = None;
        for (ia, ma) in a.mentions.iter().enumerate() {
            if lex.concepts()[ma.concept].class != ConceptClass::Frame {
                continue;
            }
            for (ib, mb) in b.mentions.iter().enumerate() {
                if mb.concept != ma.concept || ma.negated.is_some() == mb.negated.is_some() {
                    continue;
                }
                let (pos, neg) = if ma.negated.is_some() {
                    (mb, ma)
                } else {
                    (ma, mb)
                };
                if pos.topical {
                    continue; // talking about a thing does not assert it
                }
                let shared = ma.objects.iter().any(|o| mb.objects.contains(o));
                if !ma.objects.is_empty() && !mb.objects.is_empty() && !shared {
                    continue; // a timetable for one thing is not a timetable for another
                }
                let kind = match neg.negated {
                    Some(NegationKind::Denial) => ConflictKind::Denial,
                    _ => ConflictKind::Negation,
                };
                let local = context_similarity(a, ma, b, mb);
                let object = if shared { 1.0 } else { 0.5 };
                let score = 0.4
                    + 0.15 * object
                    + 0.25 * (2.0 * local).min(1.0)
                    + 0.2 * (2.0 * sim).min(1.0);
                let finding = Finding::Negation {
                    a: ia as u32,
                    b: ib as u32,
                };
                keep_stronger(&mut best, Verdict::conflict(kind, score, sim, finding));
            }
        }
        best
    }

    fn antonym(&self, a: &Features, b: &Features, sim: f64) -> Option<Verdict> {
        let has = |f: &Features, antonym: usize, side: PoleSide| {
            f.poles
                .iter()
                .any(|p| p.antonym == antonym && p.side == side)
        };
        let mut best: Option<Verdict> = None;
        for (ia, pa) in a.poles.iter().enumerate() {
            let other = pa.side.other();
            if has(a, pa.antonym, other) || has(b, pa.antonym, pa.side) {
                continue; // a statement holding both poles takes no side
            }
            let entry = &self.lexicon.antonyms()[pa.antonym];
            if entry.topic.is_empty() && sim < self.config.antonym_min_similarity {
                continue; // with no topic to anchor them, the poles must share their content
            }
            for (ib, pb) in b.poles.iter().enumerate() {
                if pb.antonym != pa.antonym || pb.side != other {
                    continue;
                }
                // Opposite poles are different words by definition, so the words around them are
                // no evidence either way: the score rests on the topic binding (required above),
                // whether the poles are asserted or only named as goals, and shared content.
                let embedded = if pa.embedded || pb.embedded { 0.1 } else { 0.0 };
                let score = 0.55 + 0.2 * (2.0 * sim).min(1.0) - embedded;
                let finding = Finding::Antonym {
                    a: ia as u32,
                    b: ib as u32,
                };
                keep_stronger(
                    &mut best,
                    Verdict::conflict(ConflictKind::Antonym, score, sim, finding),
                );
            }
        }
        best
    }

    /// One statement negated as a whole, the other not, about the same things: most words of the
    /// negated one (matched as forms of one word) are in the other. The frame rule needs a lexicon
    /// concept; this one does not, so it scores lower and says so.
    fn statement_negation(&self, a: &Features, b: &Features, sim: f64) -> Option<Verdict> {
        let (negated, _) = negated_side(a, b)?;
        if negated.stems.len() < 2 {
            return None;
        }
        let alignment = Alignment::new(&a.stems, &b.stems);
        let matched = if a.negators.is_empty() {
            alignment.matched_b
        } else {
            alignment.matched_a
        };
        let cover = matched as f64 / negated.stems.len() as f64;
        if cover < self.config.statement_negation_coverage {
            return None;
        }
        Some(Verdict::conflict(
            ConflictKind::Negation,
            0.3 + 0.4 * cover,
            sim,
            Finding::StatementNegation {
                cover: cover as f32,
            },
        ))
    }

    fn agreement(&self, a: &Features, b: &Features, sim: f64) -> Verdict {
        let same_number = a.quantities.iter().any(|qa| {
            b.quantities.iter().any(|qb| {
                qa.unit.is_some()
                    && qa.unit == qb.unit
                    && qa.place == qb.place
                    && qa.value == qb.value
            })
        });
        let threshold = self.config.agree_similarity;
        if sim >= threshold || (same_number && sim >= threshold / 2.0) {
            let score = if same_number { sim.max(0.6) } else { sim };
            return Verdict {
                stance: Stance::Agree,
                kind: None,
                score: score.min(1.0),
                similarity: sim,
                finding: Finding::Agreement { same_number },
                model: None,
            };
        }
        Verdict::unrelated(sim)
    }

    fn concept_id(&self, c: usize) -> &str {
        &self.lexicon.concepts()[c].id
    }

    /// Writes out a verdict on `a` and `b` (the features it was made from) as a [`Judgement`]:
    /// the explanation, the topic and the cue words.
    pub fn explain(&self, a: &Features, b: &Features, v: &Verdict) -> Judgement {
        let mut j = Judgement {
            stance: v.stance,
            kind: v.kind,
            score: v.score,
            explanation: String::new(),
            topic: String::new(),
            similarity: v.similarity,
            cues: Default::default(),
        };
        match v.finding {
            Finding::Nothing => {}
            Finding::Numeric { a: ia, b: ib } => {
                let (qa, qb) = (&a.quantities[ia as usize], &b.quantities[ib as usize]);
                let unit = qa.unit.as_deref().unwrap_or_default();
                let place = qa
                    .place
                    .as_deref()
                    .map(|p| format!(" in {p}"))
                    .unwrap_or_default();
                j.explanation = format!(
                    "{unit}{place}: one says {}, the other {}; the two ranges do not overlap",
                    describe(qa),
                    describe(qb)
                );
                j.topic = format!(
                    "{unit}{}",
                    qa.place
                        .as_deref()
                        .map(|p| format!("@{p}"))
                        .unwrap_or_default()
                );
                j.cues = [describe(qa), describe(qb)];
            }
            Finding::Negation { a: ia, b: ib } => {
                let (ma, mb) = (&a.mentions[ia as usize], &b.mentions[ib as usize]);
                let (pos, neg) = if ma.negated.is_some() {
                    (mb, ma)
                } else {
                    (ma, mb)
                };
                let shared = shared_objects(ma, mb);
                let about = if shared.is_empty() {
                    String::new()
                } else {
                    let ids: Vec<&str> = shared.iter().map(|&o| self.concept_id(o)).collect();
                    format!(" (about {})", ids.join(", "))
                };
                j.explanation = format!(
                    "{}{about}: asserted as «{}» on one side, negated by «{}» («{}») on the other",
                    self.concept_id(ma.concept),
                    pos.surface,
                    neg.negator.as_deref().unwrap_or("?"),
                    neg.surface
                );
                j.topic = self.concept_id(ma.concept).to_string();
                j.cues = [ma, mb].map(|m| match &m.negator {
                    Some(n) => format!("{n} … {}", m.surface),
                    None => m.surface.clone(),
                });
            }
            Finding::Antonym { a: ia, b: ib } => {
                let (pa, pb) = (&a.poles[ia as usize], &b.poles[ib as usize]);
                let entry = &self.lexicon.antonyms()[pa.antonym];
                j.explanation = format!(
                    "{}: «{}» on one side, «{}» on the other",
                    entry.name, pa.surface, pb.surface
                );
                j.topic = entry.name.clone();
                j.cues = [pa.surface.clone(), pb.surface.clone()];
            }
            Finding::StatementNegation { cover } => {
                let negator = negated_side(a, b).map_or("?", |(_, n)| n);
                j.explanation = format!(
                    "negated as a whole by «{negator}» on one side, asserted on the other; {:.0} % \
                     of the negated statement's words are in the other",
                    f64::from(cover) * 100.0
                );
            }
            Finding::Agreement { same_number } => {
                let sim = v.similarity * 100.0;
                j.explanation = if same_number {
                    format!("the same figure, with {sim:.0}% shared content")
                } else {
                    format!("{sim:.0}% shared content and no conflicting cue")
                };
            }
        }
        if let Some(m) = v.model
            && m.rules_said != v.stance
        {
            // What the model weighed: the words each side keeps to itself.
            let alignment = Alignment::new(&a.stems, &b.stems);
            j.kind = v.kind;
            j.explanation = self.model_explanation(a, b, &alignment, v, &m);
            j.cues = [&alignment.unmatched_a, &alignment.unmatched_b].map(|words| words.join(" "));
        }
        j
    }

    /// Why the model overrode the rules: its probabilities, the features that pushed most
    /// towards its class against the runner-up, and the words each side keeps to itself.
    fn model_explanation(
        &self,
        a: &Features,
        b: &Features,
        alignment: &Alignment,
        v: &Verdict,
        m: &ModelVote,
    ) -> String {
        let p = m.probabilities;
        let mut text = format!(
            "model: contradict {:.2}, agree {:.2}, unrelated {:.2} (rules said {:?})",
            p[0], p[1], p[2], m.rules_said
        );
        let Some(model) = &self.model else {
            return text;
        };
        let chosen = CLASSES.iter().position(|&c| c == v.stance).unwrap_or(2);
        let runner_up = (0..3)
            .filter(|&k| k != chosen)
            .max_by(|&x, &y| p[x].total_cmp(&p[y]))
            .unwrap_or(2);
        let rules = RuleSignals::from_kind(m.rules_said, m.rules_kind);
        let reasons = model.reasons(a, b, rules, chosen, runner_up, 3);
        if !reasons.is_empty() {
            let listed: Vec<String> = reasons
                .iter()
                .map(|(name, c)| format!("{name} (+{c:.2})"))
                .collect();
            text += &format!(
                "; against {:?} mostly {}",
                CLASSES[runner_up],
                listed.join(", ")
            );
        }
        let side = |words: &[&str]| match words {
            [] => "nothing".to_string(),
            _ => format!("«{}»", words.join(" ")),
        };
        text += &format!(
            "; left over: {} / {}",
            side(&alignment.unmatched_a),
            side(&alignment.unmatched_b)
        );
        text
    }
}
