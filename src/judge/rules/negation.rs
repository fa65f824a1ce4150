//! Negation and denial: the same frame (a timetable, a withdrawal) asserted by one statement and
//! negated or denied by the other, about compatible objects; and, with no lexicon frame to
//! compare, one statement negated as a whole whose words are mostly in the other.

use super::phrases::{self, Tongue};
use super::{Rules, keep_stronger};
use crate::analysis::{ConceptMention, Features};
use crate::judge::alignment::LazyAlignment;
use crate::judge::similarity::stem_similarity;
use crate::judge::verdict::{ConflictKind, Finding, Judgement, Verdict};
use crate::lexicon::{ConceptClass, NegationKind};

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

/// Two mentions of one concept, one negated: the asserted one first.
pub(super) fn asserted_first<'m>(
    ma: &'m ConceptMention,
    mb: &'m ConceptMention,
) -> (&'m ConceptMention, &'m ConceptMention) {
    if ma.negated.is_some() {
        (mb, ma)
    } else {
        (ma, mb)
    }
}

/// The cue words of two mentions, as a judgement shows them: a negated one with its negator.
pub(super) fn mention_cues(ma: &ConceptMention, mb: &ConceptMention) -> [String; 2] {
    [ma, mb].map(|m| match &m.negator {
        Some(n) => format!("{n} … {}", m.surface),
        None => m.surface.clone(),
    })
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

impl Rules<'_> {
    pub(super) fn negation(&self, a: &Features, b: &Features, sim: f64) -> Option<Verdict> {
        let lex = self.lexicon;
        let in_corpus = a.event.is_some() && b.event.is_some();
        let w = &self.config.weights;
        let mut best: Option<Verdict> = None;
        for (ia, ma) in a.mentions.iter().enumerate() {
            if lex.concepts()[ma.concept].class != ConceptClass::Frame {
                continue;
            }
            for (ib, mb) in b.mentions.iter().enumerate() {
                if mb.concept != ma.concept || ma.negated.is_some() == mb.negated.is_some() {
                    continue;
                }
                let (pos, neg) = asserted_first(ma, mb);
                if pos.topical {
                    continue; // talking about a thing does not assert it
                }
                if in_corpus
                    && usize::from(neg.negation_distance) > self.config.max_negation_distance
                {
                    continue; // the negation is of something nearer to it
                }
                let shared = ma.objects.iter().any(|o| mb.objects.contains(o));
                if !ma.objects.is_empty() && !mb.objects.is_empty() && !shared {
                    continue; // a timetable for one thing is not a timetable for another
                }
                let kind = match neg.negated {
                    Some(NegationKind::Denial) => ConflictKind::Denial,
                    _ => ConflictKind::Negation,
                };
                // Across scripts the words around the mentions cannot match; what the two
                // statements name as a whole stands for them.
                let local = if a.latin == b.latin {
                    context_similarity(a, ma, b, mb)
                } else {
                    sim
                };
                let object = if shared { 1.0 } else { 0.5 };
                let score = w.negation_base
                    + w.negation_objects * object
                    + w.negation_local * (2.0 * local).min(1.0)
                    + w.negation_similarity * (2.0 * sim).min(1.0);
                let finding = Finding::Negation {
                    a: ia as u32,
                    b: ib as u32,
                };
                keep_stronger(&mut best, Verdict::conflict(kind, score, sim, finding));
            }
        }
        best
    }

    /// One statement negated as a whole, the other not, about the same things: most words of the
    /// negated one (matched as forms of one word) are in the other. The frame rule needs a lexicon
    /// concept; this one does not, so it scores lower and says so.
    pub(super) fn statement_negation(
        &self,
        a: &Features,
        b: &Features,
        sim: f64,
        alignment: &LazyAlignment,
    ) -> Option<Verdict> {
        let (negated, _) = negated_side(a, b)?;
        let in_corpus = a.event.is_some() && b.event.is_some();
        if in_corpus {
            // In a corpus a denial is the proposition rule's, and a plain negation («لا»، «لم»،
            // «غير») negates so many other things in a sentence that it is read only where it
            // governs what the other claim asserts.
            return None;
        }
        // A statement that tells an act and its denial reports both sides: it is negated
        // in part, not as a whole.
        if negated
            .mentions
            .iter()
            .any(|m| self.surveys(negated, m.concept))
        {
            return None;
        }
        let cover = self.whole_coverage(a, negated, alignment)?;
        if cover < self.config.statement_negation_coverage {
            return None;
        }
        let w = &self.config.weights;
        let kind = if negated.denial {
            ConflictKind::Denial
        } else {
            ConflictKind::Negation
        };
        Some(Verdict::conflict(
            kind,
            w.statement_negation_base + w.statement_negation_coverage * cover,
            sim,
            Finding::StatementNegation {
                cover: cover as f32,
            },
        ))
    }

    /// A bare statement is negated whole: the share of its words (but the report nouns) the
    /// other statement holds, matched as forms of one word.
    fn whole_coverage(
        &self,
        a: &Features,
        negated: &Features,
        alignment: &LazyAlignment,
    ) -> Option<f64> {
        let reports = &self.lexicon.grammar().report_stems;
        let counted = negated
            .stems
            .iter()
            .filter(|s| !reports.contains(s))
            .count();
        if counted < 2 {
            return None;
        }
        let alignment = alignment.get();
        let matched = if a.negators.is_empty() {
            alignment.matched_b
        } else {
            alignment.matched_a
        };
        Some((matched as f64 / counted as f64).min(1.0))
    }

    pub(super) fn explain_negation(
        &self,
        a: &Features,
        b: &Features,
        ia: u32,
        ib: u32,
        tongue: Tongue,
        j: &mut Judgement,
    ) {
        let (ma, mb) = (&a.mentions[ia as usize], &b.mentions[ib as usize]);
        let (pos, neg) = asserted_first(ma, mb);
        let about: Vec<&str> = shared_objects(ma, mb)
            .iter()
            .map(|&o| self.concept_name(o, tongue))
            .collect();
        j.explanation = phrases::negation(
            tongue,
            (self.concept_name(ma.concept, tongue), &about),
            &pos.surface,
            (neg.negator.as_deref().unwrap_or("?"), &neg.surface),
        );
        j.topic = self.concept_id(ma.concept).to_string();
        j.cues = mention_cues(ma, mb);
    }
}

pub(super) fn explain_statement_negation(
    a: &Features,
    b: &Features,
    cover: f32,
    tongue: Tongue,
    j: &mut Judgement,
) {
    let negator = negated_side(a, b).map_or("?", |(_, n)| n);
    j.explanation = phrases::statement_negation(tongue, negator, cover);
}
