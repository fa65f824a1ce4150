//! Opposite states of one holder: a person held by one outlet and freed by another, a crossing
//! closed and open, a minister resigned and staying, a leader dead and alive. The lexicon's
//! state pairs (antonyms marked `holder`) name the states; the holder is named by the words
//! around each pole, and two poles oppose when those words share a name rare enough to be one
//! holder's (across scripts: the consonant skeleton of a name, or a glossary concept).
//! Whatever else the claims say: a report that four were freed and a fifth is still held holds
//! both states, each of its own holder.

use super::{Event, Rules, keep_stronger};
use crate::analysis::Features;
use crate::analysis::features::Pole;
use crate::judge::verdict::{ConflictKind, Finding, Verdict};
use crate::text::tokens::light_stem;

/// The stems a pole's context names.
fn context<'f>(f: &'f Features, p: &Pole) -> impl Iterator<Item = &'f String> {
    p.context.iter().map(|&i| &f.stems[usize::from(i)])
}

impl Rules<'_> {
    /// The rarity the contexts of two poles share: the evidence they are one holder's, named
    /// alike ([`Rules::same_word`]).
    fn holder_weight(&self, a: &Features, pa: &Pole, b: &Features, pb: &Pole) -> f64 {
        let weight = |f: &Features, s: &String| f.rarity(s).map_or(0.0, f64::from);
        let around_b = pb.context.iter().map(|&i| usize::from(i));
        // The state's own words name no holder: «محاولة اغتيال» beside a man who survived
        // is no name of the man another report says was assassinated.
        let state_words = self.lexicon.state_stems(pa.antonym);
        // Nor do the words of a concept either claim names: a spy, a trial, the forces are
        // kinds of holder, not one holder («أفرج عن الجاسوسة» and another spy «موقوفا»).
        let concept_words: Vec<&str> = a
            .mentions
            .iter()
            .chain(&b.mentions)
            .flat_map(|m| m.surface.split_whitespace().map(light_stem))
            .collect();
        // Nor does a date: two states held in one month are not one holder's.
        let grammar = self.lexicon.grammar();
        context(a, pa)
            .filter(|s| {
                state_words.binary_search(s).is_err()
                    && !concept_words.contains(&s.as_str())
                    && !grammar.names_no_one(s)
            })
            .filter_map(|s| {
                let j = self.same_word(a, s, b, around_b.clone())?;
                Some(weight(a, s).min(weight(b, &b.stems[j])))
            })
            .sum()
    }

    /// The strongest pair of opposite holder states of one holder.
    pub(super) fn holder_states(
        &self,
        a: &Features,
        b: &Features,
        sim: f64,
        event: Event,
    ) -> Option<Verdict> {
        let antonyms = self.lexicon.antonyms();
        let w = &self.config.weights;
        // The words around two poles name one holder when they share half the rarity two
        // claims of one event share: the poles' own contexts are narrow, and a holder is a
        // name or two («منفذ القائم»).
        let least = self.config.min_shared_event_weight / 2.0;
        // A holder named by a word the two poles share, when the claims share enough else to
        // be of one event, will do too: a place whose name is a common word («منفذ القائم»)
        // weighs little alone.
        let holder_of = |f: &Features, p: &Pole, g: &Features, q: &Pole| {
            let holder = self.holder_weight(f, p, g, q);
            if holder > 0.0 && event == Event::Same {
                holder.max(least)
            } else {
                holder
            }
        };
        let mut best: Option<Verdict> = None;
        for (ia, pa) in a.poles.iter().enumerate() {
            if !antonyms[pa.antonym].holder || pa.embedded {
                continue;
            }
            for (ib, pb) in b.poles.iter().enumerate() {
                if pb.antonym != pa.antonym || pb.side == pa.side || pb.embedded {
                    continue;
                }
                let holder = holder_of(a, pa, b, pb);
                if holder < least {
                    continue;
                }
                // A claim holding the other state of the same holder too takes no side
                // («the bridge reopened after a month shut»).
                let both = |f: &Features, p: &Pole, g: &Features, q: &Pole| {
                    f.poles.iter().any(|o| {
                        o.antonym == p.antonym && o.side != p.side && holder_of(f, o, g, q) >= least
                    })
                };
                if both(a, pa, b, pb) || both(b, pb, a, pa) {
                    continue;
                }
                let score =
                    w.act_denial_base + w.act_denial_names * (holder / (2.0 * least)).min(1.0);
                let finding = Finding::Antonym {
                    a: ia as u32,
                    b: ib as u32,
                    named: true,
                };
                keep_stronger(
                    &mut best,
                    Verdict::conflict(ConflictKind::Antonym, score, sim, finding),
                );
            }
        }
        best
    }
}
