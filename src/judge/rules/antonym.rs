//! Opposite poles of a lexicon antonym pair (end / keep, rise / fall) on the same topic.

use super::phrases::{self, Tongue};
use super::{Event, Rules, keep_stronger};
use crate::analysis::{Features, PoleSide};
use crate::judge::verdict::{ConflictKind, Finding, Judgement, Verdict};
use crate::lexicon::{AntonymEntry, NegationKind};

impl Rules<'_> {
    pub(super) fn antonym(
        &self,
        a: &Features,
        b: &Features,
        sim: f64,
        event: Event,
        strength: f64,
    ) -> Option<Verdict> {
        let w = &self.config.weights;
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
            if entry.holder {
                continue; // a holder's state: the state rule reads it
            }
            let in_corpus = a.event.is_some() && b.event.is_some();
            let least = if in_corpus {
                self.config.corpus_antonym_min_similarity
            } else {
                self.config.antonym_min_similarity
            };
            // A denial that holds the other state names whom the state is of in what it denies
            // («نفت الحركة ما أعلنه الجيش عن إصابة قائدها، وأكدت أنه بصحة جيدة»): the names
            // it shares with the report are the evidence of one event, as for an act denied,
            // however few of their other words the two share.
            let named = if in_corpus && entry.topic.is_empty() && a.denial != b.denial {
                let (denial, report) = if a.denial { (a, b) } else { (b, a) };
                // A denial's own verb is no state it holds (confirm / deny), and neither is its
                // opposite: what a denial confirms is that the report is false («confirmed
                // that there is no truth to these claims»).
                (!self.is_denying(entry, PoleSide::A) && !self.is_denying(entry, PoleSide::B))
                    .then(|| self.denied_names(denial, report))
                    .flatten()
            } else {
                None
            };
            let shared_content = sim >= least && event == Event::Same;
            if entry.topic.is_empty() && !shared_content && named.is_none() {
                continue; // with no topic to anchor them, the poles must share their content
            }
            if in_corpus
                && named.is_none()
                && (strength < 1.0 || (entry.topic.is_empty() && a.denial == b.denial))
            {
                // In an archive a topic is not an event: the claims must share it; and poles
                // with no topic (rises and falls, starts and stops) oppose too many unrelated
                // sentences there (none true in a hand-read sample), unless one claim denies
                // what the other says and holds the opposite («نفت … وأكدت أنه بصحة جيدة»).
                continue;
            }
            for (ib, pb) in b.poles.iter().enumerate() {
                if pb.antonym != pa.antonym || pb.side != other {
                    continue;
                }
                // Opposite poles are different words by definition, so the words around them are
                // no evidence either way: the score rests on the topic binding (required above),
                // whether the poles are asserted or only named as goals, and shared content.
                let embedded = if pa.embedded || pb.embedded {
                    w.antonym_embedded_penalty
                } else {
                    0.0
                };
                // Resting on names, the conflict scores as an act denied: the names carry the
                // evidence of one event, so the verdict takes no discount for it.
                let score = match named {
                    Some(names) => w.act_denial_base + w.act_denial_names * names - embedded,
                    None => w.antonym_base + w.antonym_similarity * (2.0 * sim).min(1.0) - embedded,
                };
                let finding = Finding::Antonym {
                    a: ia as u32,
                    b: ib as u32,
                    named: named.is_some(),
                };
                keep_stronger(
                    &mut best,
                    Verdict::conflict(ConflictKind::Antonym, score, sim, finding),
                );
            }
        }
        best
    }

    /// True when a side of an antonym pair is made of denial words (deny against confirm):
    /// every denial holds that pole by being one.
    fn is_denying(&self, entry: &AntonymEntry, side: PoleSide) -> bool {
        let forms = match side {
            PoleSide::A => entry.a.iter().chain(&entry.a_after),
            PoleSide::B => entry.b.iter().chain(&entry.b_after),
        };
        let negators = self.lexicon.negators();
        forms.into_iter().any(|f| {
            negators
                .iter()
                .any(|n| n.kind == NegationKind::Denial && n.forms.contains(f))
        })
    }

    pub(super) fn explain_antonym(
        &self,
        a: &Features,
        b: &Features,
        ia: u32,
        ib: u32,
        tongue: Tongue,
        j: &mut Judgement,
    ) {
        let (pa, pb) = (&a.poles[ia as usize], &b.poles[ib as usize]);
        let entry = &self.lexicon.antonyms()[pa.antonym];
        j.explanation = phrases::opposites(tongue, &entry.name, &pa.surface, &pb.surface);
        j.topic = entry.name.clone();
        j.cues = [pa.surface.clone(), pb.surface.clone()];
    }
}
