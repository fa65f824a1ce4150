//! The pair judge: do two statements contradict, agree, or neither?
//!
//! It compares what the analysis found, never the raw strings:
//! - **numeric**: the same thing counted (same unit, same place) with ranges that cannot both hold
//!   («نحو 2500» against «لا يتجاوز ألفي»);
//! - **negation / denial**: the same frame (a timetable, a withdrawal) asserted by one and negated
//!   or denied by the other, about compatible objects;
//! - **antonym**: opposite poles of a lexicon pair (end / keep) on the same topic;
//! - **agreement**: much shared content and no conflict.
//!
//! The judge works on bare statements too ([`Statement`]), so it can be measured on labelled pair
//! sets without any extraction step.

use crate::analysis::{ConceptMention, Context, Features, PoleSide, QuantityFeature};
use crate::lexicon::{Bound, ConceptClass, Lexicon, NegationKind};
use crate::pair::alignment::Alignment;
use crate::pair::model::{CLASSES, LinearModel, RuleSignals};
use crate::text::normalize::Normalized;
use crate::text::tokens::tokenize;
use serde::{Deserialize, Serialize};

/// The judge's verdict on a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Stance {
    /// They cannot both be true.
    Contradict,
    /// They say the same thing.
    Agree,
    /// Neither.
    Unrelated,
}

/// Why two claims conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ConflictKind {
    /// One asserts what the other negates.
    Negation,
    /// One asserts what the other denies.
    Denial,
    /// Numbers that cannot both hold.
    Numeric,
    /// Opposite poles of an antonym pair.
    Antonym,
}

/// A verdict with its kind, score and explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
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
    /// The words that carry the verdict in the first and the second statement (folded): the
    /// asserted and the negated mention, the two poles, the two numbers.
    pub cues: [String; 2],
}

impl Judgement {
    fn unrelated(similarity: f64) -> Self {
        Judgement {
            stance: Stance::Unrelated,
            kind: None,
            score: similarity,
            explanation: String::new(),
            topic: String::new(),
            similarity,
            cues: Default::default(),
        }
    }
}

/// Settings of the judge.
#[derive(Debug, Clone)]
pub struct JudgeConfig {
    /// Content similarity (Dice over stems) from which two statements agree.
    pub agree_similarity: f64,
    /// Relative tolerance of «about» (0.1 = ±10 %).
    pub approx_tolerance: f64,
    /// Least content similarity for a numeric conflict when the unit is not a lexicon concept.
    pub numeric_min_similarity: f64,
    /// Least content similarity for an antonym conflict when the pair has no topic.
    pub antonym_min_similarity: f64,
    /// Least share of a negated statement's words found in the other statement for the two to
    /// contradict with no lexicon frame to compare.
    pub statement_negation_coverage: f64,
}

impl Default for JudgeConfig {
    fn default() -> Self {
        JudgeConfig {
            agree_similarity: 0.5,
            approx_tolerance: 0.1,
            numeric_min_similarity: 0.2,
            antonym_min_similarity: 0.3,
            statement_negation_coverage: 0.5,
        }
    }
}

/// A bare statement analysed for judging.
#[derive(Debug, Clone)]
pub struct Statement {
    /// The text.
    pub text: String,
    /// What the analysis found.
    pub features: Features,
}

impl Statement {
    /// Analyses `text` as one statement.
    pub fn new(text: &str, lexicon: &Lexicon) -> Self {
        let norm = Normalized::new(text);
        let folded = norm.as_str();
        let tokens = tokenize(folded);
        let hits = lexicon.scan(folded);
        let ctx = Context {
            lexicon,
            text: folded,
            tokens: &tokens,
            hits: &hits,
        };
        let mut features = ctx.analyse(0..folded.len(), 0..folded.len(), false);
        features.ordered = ctx.ordered_stems(0..folded.len());
        Statement {
            text: text.to_string(),
            features,
        }
    }
}

/// Dice similarity of two sorted, unique stem lists.
pub fn stem_similarity(a: &[String], b: &[String]) -> f64 {
    sorted_dice(a, b)
}

/// Dice similarity of two sorted lists without repeats, by one merge.
fn sorted_dice<T: Ord>(a: &[T], b: &[T]) -> f64 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut shared) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    2.0 * shared as f64 / (a.len() + b.len()) as f64
}

/// Dice similarity of the local contexts of two mentions (indices into their statements' stems,
/// ascending, so the stems they name are in order too).
fn context_similarity(a: &Features, ma: &ConceptMention, b: &Features, mb: &ConceptMention) -> f64 {
    sorted_dice(&context_words(a, ma), &context_words(b, mb))
}

/// The stems a mention's context names.
fn context_words<'f>(f: &'f Features, m: &ConceptMention) -> Vec<&'f str> {
    m.context
        .iter()
        .map(|&i| f.stems[i as usize].as_str())
        .collect()
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

/// Judges pairs of statements with one lexicon.
#[derive(Debug, Clone)]
pub struct Judge<'l> {
    lexicon: &'l Lexicon,
    config: JudgeConfig,
    model: Option<LinearModel>,
}

impl<'l> Judge<'l> {
    /// A judge with default settings.
    pub fn new(lexicon: &'l Lexicon) -> Self {
        Judge {
            lexicon,
            config: JudgeConfig::default(),
            model: None,
        }
    }

    /// Adds a learned model over the pair features: the rules' verdicts become inputs, and the
    /// model decides the stance. Meant for bare statements (headline pairs) where few lexicon
    /// concepts are met; [`LinearModel::embedded`] is trained on ANS train.
    pub fn with_model(mut self, model: LinearModel) -> Self {
        self.model = Some(model);
        self
    }

    /// A judge with the given settings.
    pub fn with_config(lexicon: &'l Lexicon, config: JudgeConfig) -> Self {
        Judge {
            lexicon,
            config,
            model: None,
        }
    }

    /// Judges two bare statements.
    pub fn judge(&self, a: &Statement, b: &Statement) -> Judgement {
        self.judge_features(&a.features, &b.features)
    }

    /// Judges two analysed texts.
    pub fn judge_features(&self, a: &Features, b: &Features) -> Judgement {
        let rules = self.judge_by_rules(a, b);
        let Some(model) = &self.model else {
            return rules;
        };
        let signals = RuleSignals::from_rules(&rules);
        let p = model.predict(a, b, signals);
        let best = (0..3).max_by(|&i, &j| p[i].total_cmp(&p[j])).unwrap_or(2);
        let stance = CLASSES[best];
        if stance == rules.stance {
            return Judgement {
                score: p[best],
                ..rules
            };
        }
        Judgement {
            stance,
            kind: None,
            score: p[best],
            explanation: format!(
                "model: contradict {:.2}, agree {:.2}, unrelated {:.2} (rules said {:?})",
                p[0], p[1], p[2], rules.stance
            ),
            topic: rules.topic,
            similarity: rules.similarity,
            cues: Default::default(),
        }
    }

    /// Judges two analysed texts by the rules alone.
    pub fn judge_by_rules(&self, a: &Features, b: &Features) -> Judgement {
        let sim = stem_similarity(&a.stems, &b.stems);
        let mut best: Option<Judgement> = None;
        let mut consider = |j: Judgement| {
            if best.as_ref().is_none_or(|b| j.score > b.score) {
                best = Some(j);
            }
        };
        if let Some(j) = self.numeric(a, b, sim) {
            consider(j);
        }
        if let Some(j) = self.negation(a, b, sim) {
            consider(j);
        }
        if let Some(j) = self.antonym(a, b, sim) {
            consider(j);
        }
        if let Some(j) = best.or_else(|| self.statement_negation(a, b, sim)) {
            return j;
        }
        self.agreement(a, b, sim)
    }

    fn concept_id(&self, c: usize) -> &str {
        &self.lexicon.concepts()[c].id
    }

    fn numeric(&self, a: &Features, b: &Features, sim: f64) -> Option<Judgement> {
        let mut best: Option<Judgement> = None;
        for qa in &a.quantities {
            for qb in &b.quantities {
                let (Some(ua), Some(ub)) = (&qa.unit, &qb.unit) else {
                    continue;
                };
                if ua != ub || qa.place != qb.place {
                    continue;
                }
                let known_unit = self.lexicon.concept_index(ua).is_some();
                if !known_unit && sim < self.config.numeric_min_similarity {
                    continue;
                }
                let (alo, ahi) = interval(qa, self.config.approx_tolerance);
                let (blo, bhi) = interval(qb, self.config.approx_tolerance);
                if ahi >= blo && bhi >= alo {
                    continue;
                }
                let gap = (qa.value - qb.value).abs() / qa.value.abs().max(qb.value.abs()).max(1.0);
                let score =
                    (0.65 + 0.15 * (gap * 2.0).min(1.0) + 0.2 * (sim * 2.0).min(1.0)).min(1.0);
                let place = qa
                    .place
                    .as_deref()
                    .map(|p| format!(" in {p}"))
                    .unwrap_or_default();
                let j = Judgement {
                    stance: Stance::Contradict,
                    kind: Some(ConflictKind::Numeric),
                    score,
                    explanation: format!(
                        "{ua}{place}: one says {}, the other {}; the two ranges do not overlap",
                        describe(qa),
                        describe(qb)
                    ),
                    topic: format!(
                        "{ua}{}",
                        qa.place
                            .as_deref()
                            .map(|p| format!("@{p}"))
                            .unwrap_or_default()
                    ),
                    similarity: sim,
                    cues: [describe(qa), describe(qb)],
                };
                if best.as_ref().is_none_or(|b| j.score > b.score) {
                    best = Some(j);
                }
            }
        }
        best
    }

    fn negation(&self, a: &Features, b: &Features, sim: f64) -> Option<Judgement> {
        let lex = self.lexicon;
        let mut best: Option<Judgement> = None;
        for ma in a
            .mentions
            .iter()
            .filter(|m| lex.concepts()[m.concept].class == ConceptClass::Frame)
        {
            for mb in b.mentions.iter().filter(|m| m.concept == ma.concept) {
                if ma.negated.is_some() == mb.negated.is_some() {
                    continue;
                }
                let asserted = if ma.negated.is_some() { mb } else { ma };
                if asserted.topical {
                    continue; // talking about a thing does not assert it
                }
                let shared: Vec<usize> = ma
                    .objects
                    .iter()
                    .filter(|o| mb.objects.contains(o))
                    .copied()
                    .collect();
                let explicit_both = !ma.objects.is_empty() && !mb.objects.is_empty();
                if explicit_both && shared.is_empty() {
                    continue; // a timetable for one thing is not a timetable for another
                }
                let (pos, neg) = if ma.negated.is_some() {
                    (mb, ma)
                } else {
                    (ma, mb)
                };
                let kind = match neg.negated {
                    Some(NegationKind::Denial) => ConflictKind::Denial,
                    _ => ConflictKind::Negation,
                };
                let local = context_similarity(a, ma, b, mb);
                let object = if shared.is_empty() { 0.5 } else { 1.0 };
                let score = 0.4
                    + 0.15 * object
                    + 0.25 * (2.0 * local).min(1.0)
                    + 0.2 * (2.0 * sim).min(1.0);
                let about = if shared.is_empty() {
                    String::new()
                } else {
                    format!(
                        " (about {})",
                        shared
                            .iter()
                            .map(|&o| self.concept_id(o))
                            .collect::<Vec<_>>()
                            .join(", ")
                    )
                };
                let j = Judgement {
                    stance: Stance::Contradict,
                    kind: Some(kind),
                    score,
                    explanation: format!(
                        "{}{about}: asserted as «{}» on one side, negated by «{}» («{}») on the other",
                        self.concept_id(ma.concept),
                        pos.surface,
                        neg.negator.as_deref().unwrap_or("?"),
                        neg.surface
                    ),
                    topic: self.concept_id(ma.concept).to_string(),
                    similarity: sim,
                    cues: [ma, mb].map(|m| match &m.negator {
                        Some(n) => format!("{n} … {}", m.surface),
                        None => m.surface.clone(),
                    }),
                };
                if best.as_ref().is_none_or(|b| j.score > b.score) {
                    best = Some(j);
                }
            }
        }
        best
    }

    /// One statement negated as a whole, the other not, about the same things: most words of the
    /// negated one (matched as forms of one word) are in the other. The frame rule above needs a
    /// lexicon concept; this one does not, so it scores lower and says so.
    fn statement_negation(&self, a: &Features, b: &Features, sim: f64) -> Option<Judgement> {
        if a.negators.is_empty() == b.negators.is_empty() {
            return None;
        }
        let alignment = Alignment::new(&a.stems, &b.stems);
        let (negated, negator, cover) = if a.negators.is_empty() {
            (
                b,
                &b.negators[0],
                alignment.matched_b as f64 / b.stems.len().max(1) as f64,
            )
        } else {
            (
                a,
                &a.negators[0],
                alignment.matched_a as f64 / a.stems.len().max(1) as f64,
            )
        };
        if negated.stems.len() < 2 || cover < self.config.statement_negation_coverage {
            return None;
        }
        Some(Judgement {
            stance: Stance::Contradict,
            kind: Some(ConflictKind::Negation),
            score: 0.3 + 0.4 * cover,
            explanation: format!(
                "negated as a whole by «{negator}» on one side, asserted on the other; {:.0} % of \
                 the negated statement's words are in the other",
                cover * 100.0
            ),
            topic: String::new(),
            similarity: sim,
            cues: Default::default(),
        })
    }

    fn antonym(&self, a: &Features, b: &Features, sim: f64) -> Option<Judgement> {
        let has = |f: &Features, antonym: usize, side: PoleSide| {
            f.poles
                .iter()
                .any(|p| p.antonym == antonym && p.side == side)
        };
        let mut best: Option<Judgement> = None;
        for pa in &a.poles {
            let other = pa.side.other();
            if has(a, pa.antonym, other) || has(b, pa.antonym, pa.side) {
                continue; // a statement holding both poles takes no side
            }
            let entry = &self.lexicon.antonyms()[pa.antonym];
            if entry.topic.is_empty() && sim < self.config.antonym_min_similarity {
                continue; // with no topic to anchor them, the poles must share their content
            }
            for pb in b
                .poles
                .iter()
                .filter(|p| p.antonym == pa.antonym && p.side == other)
            {
                // Opposite poles are different words by definition, so the words around them are
                // no evidence either way: the score rests on the topic binding (required above),
                // whether the poles are asserted or only named as goals, and shared content.
                let embedded = if pa.embedded || pb.embedded { 0.1 } else { 0.0 };
                let score = 0.55 + 0.2 * (2.0 * sim).min(1.0) - embedded;
                if best.as_ref().is_some_and(|b| b.score >= score) {
                    continue;
                }
                best = Some(Judgement {
                    stance: Stance::Contradict,
                    kind: Some(ConflictKind::Antonym),
                    score,
                    explanation: format!(
                        "{}: «{}» on one side, «{}» on the other",
                        entry.name, pa.surface, pb.surface
                    ),
                    topic: entry.name.clone(),
                    similarity: sim,
                    cues: [pa.surface.clone(), pb.surface.clone()],
                });
            }
        }
        best
    }

    fn agreement(&self, a: &Features, b: &Features, sim: f64) -> Judgement {
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
            return Judgement {
                stance: Stance::Agree,
                kind: None,
                score: score.min(1.0),
                explanation: if same_number {
                    format!("the same figure, with {:.0}% shared content", sim * 100.0)
                } else {
                    format!("{:.0}% shared content and no conflicting cue", sim * 100.0)
                },
                topic: String::new(),
                similarity: sim,
                cues: Default::default(),
            };
        }
        Judgement::unrelated(sim)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judge(a: &str, b: &str) -> Judgement {
        let l = Lexicon::default();
        let j = Judge::new(&l);
        j.judge(&Statement::new(a, &l), &Statement::new(b, &l))
    }

    #[test]
    fn numbers_that_cannot_both_hold_conflict() {
        let j = judge(
            "يوجد في العراق نحو ألفين وخمسمئة جندي أميركي",
            "ينتشر في العراق عدد لا يتجاوز ألف وخمسمئة عسكري",
        );
        assert_eq!(j.kind, Some(ConflictKind::Numeric), "{j:?}");
    }

    #[test]
    fn numbers_in_different_places_do_not_conflict() {
        let j = judge("يوجد في العراق نحو 3000 جندي", "يوجد في سوريا نحو 700 جندي");
        assert_ne!(j.kind, Some(ConflictKind::Numeric), "{j:?}");
    }

    #[test]
    fn a_statement_negated_as_a_whole_contradicts_its_assertion() {
        let j = judge(
            "المنتخب المغربي تأهل إلى نهائيات كأس العالم",
            "المنتخب المغربي لم يتأهل إلى نهائيات كأس العالم",
        );
        assert_eq!(j.stance, Stance::Contradict, "{j:?}");
        assert_eq!(j.kind, Some(ConflictKind::Negation), "{j:?}");
        // A negation about something else is no contradiction.
        let j = judge(
            "المنتخب المغربي تأهل إلى نهائيات كأس العالم",
            "الحكومة لم توافق على رفع أسعار الوقود هذا الشهر",
        );
        assert_ne!(j.stance, Stance::Contradict, "{j:?}");
    }

    #[test]
    fn negated_frame_conflicts_with_asserted_frame() {
        let j = judge(
            "ستضع الحكومة جدولا زمنيا لانسحاب القوات",
            "لا يوجد جدول زمني لانسحاب القوات",
        );
        assert_eq!(j.kind, Some(ConflictKind::Negation), "{j:?}");
    }

    #[test]
    fn denial_is_its_own_kind() {
        let j = judge(
            "بدأت مفاوضات حول انسحاب القوات",
            "نفى الوزير وجود مفاوضات حول انسحاب القوات",
        );
        assert_eq!(j.kind, Some(ConflictKind::Denial), "{j:?}");
    }

    #[test]
    fn frames_about_different_objects_do_not_conflict() {
        let j = judge(
            "سيتم وضع جدول زمني لإنهاء مهمة التحالف",
            "تريد توحيد البيشمركة رافضا تحديد جدول زمني لذلك",
        );
        assert_eq!(j.stance, Stance::Unrelated, "{j:?}");
    }

    #[test]
    fn opposite_poles_on_the_same_topic_conflict() {
        let j = judge(
            "يجب إنهاء مهمة التحالف في البلاد",
            "نريد الإبقاء على القوات في البلاد",
        );
        assert_eq!(j.kind, Some(ConflictKind::Antonym), "{j:?}");
    }

    #[test]
    fn paraphrase_agrees() {
        let j = judge(
            "التزم الوفدان بتشكيل لجنة عسكرية عليا بين البلدين لتقييم العملية",
            "الوفدان التزما بتشكيل لجنة عسكرية عليا بين البلدين لتقييم العملية المستقبلية",
        );
        assert_eq!(j.stance, Stance::Agree, "{j:?}");
    }

    #[test]
    fn english_negation_conflicts() {
        let j = judge(
            "The minister said a timeline for the withdrawal of US forces will be drafted",
            "We do not have a timeline for the withdrawal of US forces",
        );
        assert_eq!(j.kind, Some(ConflictKind::Negation), "{j:?}");
    }
}
