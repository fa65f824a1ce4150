//! Numbers that cannot both hold: the same thing counted (same unit, same place) with ranges
//! that do not overlap («نحو 2500» against «لا يتجاوز ألفي»).

use super::phrases::{Tongue, figure, figures};
use super::{Event, Rules, keep_stronger, shared_weight};
use crate::analysis::{Features, QuantityFeature, stem_key};
use crate::judge::verdict::{ConflictKind, Finding, Judgement, Stance, Verdict};
use crate::lexicon::Bound;
use crate::text::translit::skeleton;

/// The range of values a bounded number allows.
pub(super) fn interval(q: &QuantityFeature, tolerance: f64) -> (f64, f64) {
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

/// True when the words around two figures share one rare enough to name an incident (a
/// village, a named attack, a person).
fn shares_a_rare_word(
    rules: &Rules,
    a: &Features,
    qa: &QuantityFeature,
    b: &Features,
    qb: &QuantityFeature,
) -> bool {
    let least = rules.config.rare_word_weight as f32;
    // The other figure's words are looked at only when this one has a rare word: most have none.
    let mut others: Option<Vec<u64>> = None;
    q_context_keys(a, qa)
        .filter(|&(_, w)| w >= least)
        .any(|(key, _)| {
            others
                .get_or_insert_with(|| q_context_keys(b, qb).map(|(k, _)| k).collect())
                .contains(&key)
        })
}

/// True when two localities' names are one: the same stem, or in two scripts the same
/// consonant skeleton («الحصوية» and "Hasawiya").
fn same_locality(x: &str, y: &str) -> bool {
    x == y || (x.is_ascii() != y.is_ascii() && skeleton(x).is_some_and(|k| Some(k) == skeleton(y)))
}

/// The keys and weights of the words around a quantity that have a weight, in the context's
/// order (repeated when a word is).
fn q_context_keys<'f>(
    f: &'f Features,
    q: &'f QuantityFeature,
) -> impl Iterator<Item = (u64, f32)> + 'f {
    q.context.iter().filter_map(|&i| {
        let key = stem_key(&f.stems[i as usize]);
        Some((key, f.rarity_of_key(key)?))
    })
}

/// The rare words around a quantity, with their weight, sorted by key: whose count it is.
fn context_weights(f: &Features, q: &QuantityFeature) -> Vec<(u64, f32)> {
    let mut out: Vec<(u64, f32)> = q_context_keys(f, q).collect();
    out.sort_unstable_by_key(|e| e.0);
    out.dedup_by_key(|e| e.0);
    out
}

impl Rules<'_> {
    /// True when two figures of one story count one thing of its event: what they count is
    /// named, and the same, on both sides; a count of people says what befell them (killed,
    /// displaced: a role), since people are counted for everything (besieged, evacuated,
    /// living there); and the two sentences share words that may name the event. Half what
    /// two claims of an archive need will do when the lexicon knows what befell those counted
    /// or what they are (a role, families); a noun it does not know as the unit («143 نائبا»,
    /// «8 عقود») is held to the full weight, since a page's furniture counts nouns too.
    fn counts_one_thing_of_a_story(
        &self,
        a: &Features,
        qa: &QuantityFeature,
        b: &Features,
        qb: &QuantityFeature,
    ) -> bool {
        let Some(counted) = qa.counted.as_deref() else {
            return false;
        };
        // A noun the lexicon does not know, in two texts that are one but for their figures,
        // is a template printed twice («النشرة 2 من أصل 7 نشرات»), not two counts of a thing.
        let known = |u: &Option<String>| {
            u.as_deref()
                .is_some_and(|u| self.lexicon.concept_index(u).is_some())
        };
        if !known(&qa.unit)
            && crate::judge::similarity::content_similarity(a, b)
                >= self.config.corpus_same_text_similarity
        {
            return false;
        }
        if qb.counted.as_deref() != Some(counted) || qa.unit.as_deref() == Some("people") {
            return false;
        }
        let (Some(x), Some(y)) = (&a.event, &b.event) else {
            return true;
        };
        // Two scripts share no word, and a sentence of a figure seldom names anyone: the
        // names that joined the two reports into one story are the evidence.
        if a.latin != b.latin {
            return true;
        }
        let shared = shared_weight(x, y);
        let least = self.config.min_shared_event_weight;
        if known(&qa.unit) {
            shared >= least / 2.0
        } else {
            shared >= least
        }
    }

    pub(crate) fn story_numeric(&self, a: &Features, b: &Features) -> Option<Verdict> {
        if a.anterior || b.anterior {
            return None;
        }
        let sim = crate::judge::similarity::content_similarity(a, b);
        self.numeric_in(a, b, sim, Event::Same, true)
    }

    pub(super) fn numeric(
        &self,
        a: &Features,
        b: &Features,
        sim: f64,
        event: Event,
    ) -> Option<Verdict> {
        self.numeric_in(a, b, sim, event, false)
    }

    /// [`Rules::numeric`], or [`Rules::story_numeric`] when `story` says the two claims are of
    /// one story.
    fn numeric_in(
        &self,
        a: &Features,
        b: &Features,
        sim: f64,
        event: Event,
        story: bool,
    ) -> Option<Verdict> {
        let w = &self.config.weights;
        let mut best: Option<Verdict> = None;
        // In a corpus, a number counts something checkable only when the lexicon knows what it
        // counts: «منذ 11 ساعة», «و300 آخرين» or a sum in dollars of nobody knows what are no
        // figures to set against another outlet's.
        let in_corpus = a.event.is_some() && b.event.is_some();
        let update = a.update || b.update;
        for (ia, qa) in a.quantities.iter().enumerate() {
            for (ib, qb) in b.quantities.iter().enumerate() {
                let (Some(ua), Some(ub)) = (&qa.unit, &qb.unit) else {
                    continue;
                };
                // In one story, a place named on one side only is the story's own.
                let other_place = if story {
                    qa.place.is_some() && qb.place.is_some() && qa.place != qb.place
                } else {
                    qa.place != qb.place
                };
                if ua != ub || other_place || qa.part || qb.part {
                    continue; // another thing counted, another place, or a part of the whole
                }
                // In one story, what is counted stands for the words around the figures: it
                // must be named, and the same, on both sides.
                if story && !self.counts_one_thing_of_a_story(a, qa, b, qb) {
                    continue;
                }
                // Whose a count is, named on both sides: two owners, two things counted (the
                // French and the American troops in one country).
                if qa.owner.is_some() && qb.owner.is_some() && qa.owner != qb.owner {
                    continue;
                }
                let unit = self.lexicon.concept_index(ua);
                let known_unit = unit.is_some();
                // A noun the lexicon does not know counts what it names (MPs, families, drones),
                // unless it measures (hours, years, tonnes, a currency).
                let checkable = match unit {
                    Some(u) => self.lexicon.concepts()[u].checkable,
                    None => !self.lexicon.grammar().measure_words.contains(ua),
                };
                // A claim listing several counts of one unit at one place counts several things.
                // A part told beside its whole ("10 killed, including three women") is no
                // second count.
                let listed = |f: &Features| {
                    let same =
                        |q: &&QuantityFeature| q.unit == qa.unit && q.place == qa.place && !q.part;
                    f.quantities.iter().filter(same).count() > 1
                };
                // Where the count holds, named on both sides, pins down what is counted; else
                // the words around the two figures must.
                let placed = qa.place.is_some();
                if event == Event::Placed && !placed {
                    continue;
                }
                // A standing count (troops present or deployed, on both sides) at a place both
                // name is one figure when both claims name whose it is, the same owner
                // (American troops in Iraq). A toll is counted per incident: in an archive a
                // place is a country or a province, so two tolls are rivals when the words
                // around them name one incident or one owner (a village, a named attack, a
                // faction).
                let standing = placed
                    && qa.standing
                    && qb.standing
                    && unit.is_some_and(|u| !self.lexicon.concepts()[u].incident)
                    && qa.owner.is_some()
                    && qa.owner == qb.owner;
                // Two claims that are one text but for their figures are of one event by that.
                let one_text = sim >= self.config.corpus_same_text_similarity;
                // The words around the two figures name one incident: a rare word both hold
                // (several less rare ones together name a kind of incident: a roadside bomb,
                // a checkpoint attack, many times a year).
                // A noun the lexicon does not know is a count only where the words around it
                // say so: a template printed twice with other numbers («النشرة 2 من 7
                // نشرات») is one text but for its figures, and no two counts of one thing.
                let one_text = one_text && known_unit;
                // Where each figure was counted, when both name it: the same region and
                // locality, or another. A ticker of many items names many localities, the one
                // nearest a figure need not be its own, so a ticker's locality says nothing.
                let short = |f: &Features| f.stems.len() <= self.config.max_act_claim_stems;
                let same = |x: &Option<String>, y: &Option<String>| match (x, y) {
                    (Some(x), Some(y)) => Some(same_locality(x, y)),
                    _ => None,
                };
                let region = same(&qa.region, &qb.region);
                let locality = if short(a) && short(b) {
                    same(&qa.locality, &qb.locality)
                } else {
                    None
                };
                if in_corpus && !standing {
                    // Two regions or two localities named: two incidents, even in one text
                    // printed twice («قضى 6 في محافظة حماة» against «قضى 9 في محافظة حلب», one
                    // daily report's lines). One locality named: one incident, however common
                    // its name («قرية الجديدة» in both); else the words around the figures
                    // must name one.
                    if region == Some(false) || locality == Some(false) {
                        continue;
                    }
                    if !story
                        && !one_text
                        && locality.is_none()
                        && !shares_a_rare_word(self, a, qa, b, qb)
                    {
                        continue;
                    }
                }
                if in_corpus
                    && (!checkable
                        || listed(a)
                        || listed(b)
                        || (!placed
                            && !one_text
                            && (!story || !known_unit)
                            && shared_weight(&context_weights(a, qa), &context_weights(b, qb))
                                < self.config.min_shared_count_weight))
                {
                    continue; // another thing counted: whose fighters, which village's dead
                }
                let tolerance = self.config.approx_tolerance;
                let ((alo, ahi), (blo, bhi)) = (interval(qa, tolerance), interval(qb, tolerance));
                if ahi >= blo && bhi >= alo {
                    continue;
                }
                // One figure given bare and as a bound's edge («four months» against «more than
                // four months»): news rounds its figures, so the edge is no rival of the figure.
                let point_and_edge = matches!(
                    (qa.bound, qb.bound),
                    (Bound::Exact, Bound::Above | Bound::Below)
                        | (Bound::Above | Bound::Below, Bound::Exact)
                );
                if qa.value == qb.value && point_and_edge {
                    continue;
                }
                if !known_unit && sim < self.config.numeric_min_similarity {
                    continue;
                }
                let gap = (qa.value - qb.value).abs() / qa.value.abs().max(qb.value.abs()).max(1.0);
                let score = (w.numeric_base
                    + w.numeric_gap * (gap * 2.0).min(1.0)
                    + w.numeric_similarity * (sim * 2.0).min(1.0))
                .min(1.0);
                let (a, b) = (ia as u32, ib as u32);
                let verdict = if update {
                    // A later toll of the same count supersedes the earlier one.
                    Verdict {
                        stance: Stance::Update,
                        kind: None,
                        score,
                        similarity: sim,
                        finding: Finding::Update { a, b },
                        model: None,
                    }
                } else {
                    Verdict::conflict(
                        ConflictKind::Numeric,
                        score,
                        sim,
                        Finding::Numeric { a, b, standing },
                    )
                };
                keep_stronger(&mut best, verdict);
            }
        }
        best
    }

    /// Writes out two figures that cannot both hold (`update`: one given as a later count).
    pub(super) fn explain_numeric(
        &self,
        a: &Features,
        b: &Features,
        (ia, ib): (u32, u32),
        tongue: Tongue,
        update: bool,
        j: &mut Judgement,
    ) {
        let (qa, qb) = (&a.quantities[ia as usize], &b.quantities[ib as usize]);
        let unit = qa.unit.as_deref().unwrap_or_default();
        let what = self.name_of_id(unit, tongue);
        let place = qa.place.as_deref().map(|p| self.name_of_id(p, tongue));
        let (fa, fb) = (figure(qa, tongue), figure(qb, tongue));
        j.explanation = figures(tongue, (what, place), &fa, &fb, update);
        j.topic = format!(
            "{unit}{}",
            qa.place
                .as_deref()
                .map(|p| format!("@{p}"))
                .unwrap_or_default()
        );
        j.cues = [fa, fb];
    }
}
