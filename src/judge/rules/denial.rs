//! A reported act denied: one claim says an act befell someone (a killing, an arrest, a
//! wounding: a lexicon role), the other denies that act of the same someone («نفت الوزارة ما
//! تردد عن اعتقال … كريم الناصري» against «أعلنت الشرطة اعتقال … كريم الناصري»).
//!
//! In real news this is the commonest conflict between outlets: an authority denies what
//! another outlet reports. The act alone is a topic of every war report, so the rule asks who
//! it befell: words the denial governs that the other claim holds too, rare enough together in
//! the corpus to name someone or somewhere.

use super::negation::{asserted_first, mention_cues};
use super::phrases::{self, Tongue};
use super::{Rules, keep_stronger};
use crate::analysis::{ConceptMention, Features, QuantityFeature};
use crate::judge::verdict::{ConflictKind, Finding, Judgement, Verdict};
use crate::lexicon::{ConceptClass, NegationKind};
use crate::text::root::root;
use crate::text::tokens::light_stem;

/// The act mentions of a claim (lexicon roles and frames, the glossary's events) with their
/// indices: a withdrawal agreed by one side and negated where told by the other («لا تفترض
/// انسحاب» the same forces) is an act denied as a killing is. A frame is no act a denial
/// heads (the lexicon reads none as such), so only its plain negation counts.
fn roles<'f>(rules: &Rules, f: &'f Features) -> impl Iterator<Item = (usize, &'f ConceptMention)> {
    let concepts = rules.lexicon.concepts();
    f.mentions.iter().enumerate().filter(move |(_, m)| {
        matches!(
            concepts[m.concept].class,
            ConceptClass::Role | ConceptClass::Event | ConceptClass::Frame
        )
    })
}

/// The augments that make another verb of a root, as written around its first radical: the
/// «ان» of form VII before it («انفجار», explosion; «فجر» is dawn) and an alif right after it
/// (forms III and VI: «تقاتل», fight one another; «قتل» is killing).
fn measure_marks(word: &str, root: &str) -> Option<(bool, bool)> {
    let first = root.chars().next()?;
    let at = word.find(first)?;
    let before = &word[..at];
    let after_first = word[at + first.len_utf8()..].chars().next();
    let seventh = before.ends_with("ان") || before == "من";
    Some((seventh, after_first == Some('ا')))
}

/// True when two words of one root are forms of one verb by [`measure_marks`]: a denied
/// explosion is not told by "dawn", nor a killing by "fighting one another".
fn same_measure(a: &str, b: &str, root: &str) -> bool {
    match (measure_marks(a, root), measure_marks(b, root)) {
        (Some(x), Some(y)) => x == y,
        _ => false,
    }
}

/// An act told on one side (`asserted`, in `fa`) and denied on the other (`denied`, in
/// `fd`); `ia` and `ib` index the first and the second claim's mentions.
struct Told<'f> {
    ia: usize,
    ib: usize,
    asserted: &'f ConceptMention,
    denied: &'f ConceptMention,
    fa: &'f Features,
    fd: &'f Features,
}

/// The conflict of an act told and denied: its kind is the cue's, a denial denies, a plain
/// «لا», "no" negates.
fn act_denial_verdict(
    denied: &ConceptMention,
    score: f64,
    sim: f64,
    ia: usize,
    ib: usize,
) -> Verdict {
    let kind = match denied.negated {
        Some(NegationKind::Denial) => ConflictKind::Denial,
        _ => ConflictKind::Negation,
    };
    let finding = Finding::ActDenial {
        a: ia as u32,
        b: ib as u32,
    };
    Verdict::conflict(kind, score, sim, finding)
}

impl Rules<'_> {
    /// An act one outlet's report of a story tells and another's denies, each in its lead:
    /// the story stands for the names that must otherwise stand beside the act (whom it
    /// befell is often named far from the verb, or in the sentence before). The two claims
    /// still share, in one script, the names the denial governs (two at least, half the
    /// rarity two claims of one event share); across two scripts, the names that joined the
    /// reports into one story are half the evidence, and one name the denial governs must be
    /// in the report. The denial's act is the one it governs first
    /// (`headed`), and what the other claim tells is no report of a report.
    pub(crate) fn story_act_denial(&self, a: &Features, b: &Features) -> Option<Verdict> {
        let w = &self.config.weights;
        let sim = crate::judge::similarity::content_similarity(a, b);
        let mut best: Option<Verdict> = None;
        for Told {
            ia,
            ib,
            denied,
            fa,
            fd,
            ..
        } in self.told_and_denied(a, b)
        {
            if !denied.headed {
                continue;
            }
            let named = if fa.latin == fd.latin {
                // Whom the denied act befell, the word after it, is named in the report.
                let patient_told = denied
                    .patient
                    .as_ref()
                    .is_some_and(|s| fa.stems.binary_search(s).is_ok());
                if !patient_told {
                    continue;
                }
                let Some(named) = self.denied_names_but_acts(fd, fa) else {
                    continue;
                };
                named
            } else {
                // The link of the two reports is half the evidence; a name the denial
                // governs written in the other report too (a skeleton, a glossary
                // concept: «التركية», "Turkish") must be there.
                let grammar = self.lexicon.grammar();
                let act = &denied.surface;
                let names_one = fd.negated.iter().any(|s| {
                    !grammar.names_no_one(s)
                        && !act.contains(s.as_str())
                        && self.same_word(fd, s, fa, 0..fa.stems.len()).is_some()
                });
                if !names_one {
                    continue;
                }
                0.5
            };
            let score = w.act_denial_base + w.act_denial_names * named;
            keep_stronger(&mut best, act_denial_verdict(denied, score, sim, ia, ib));
        }
        best
    }

    /// Each act one claim tells and the other denies: one concept, asserted as such on one
    /// side — no topic of talk, no report of a report, not in a denial — and denied on the
    /// other.
    fn told_and_denied<'f>(
        &'f self,
        a: &'f Features,
        b: &'f Features,
    ) -> impl Iterator<Item = Told<'f>> + 'f {
        roles(self, a).flat_map(move |(ia, ma)| {
            roles(self, b).filter_map(move |(ib, mb)| {
                // One act, or one and an act it entails (a killing, a death): asked first, as
                // most pairs of acts are neither.
                let same = ma.concept == mb.concept;
                if !same && !self.entails(ma, mb) && !self.entails(mb, ma) {
                    return None;
                }
                let (asserted, denied, fa, fd) = match (self.denies(ma), self.denies(mb)) {
                    (false, true) if ma.negated.is_none() => (ma, mb, a, b),
                    (true, false) if mb.negated.is_none() => (mb, ma, b, a),
                    _ => return None,
                };
                // A denial of the entailed act denies the act told, not the other way round.
                if !same && !self.entails(asserted, denied) {
                    return None;
                }
                // A claim that tells the act and its denial surveys both, whichever act the
                // denial names (a death denied beside the killing told).
                if self.surveys(fa, asserted.concept)
                    || self.surveys(fd, denied.concept)
                    || self.surveys(fd, asserted.concept)
                {
                    return None;
                }
                // A report of the act is not its assertion («نشرت خبراً عن القبض على…»).
                (!(asserted.topical || asserted.reported || fa.denial)).then_some(Told {
                    ia,
                    ib,
                    asserted,
                    denied,
                    fa,
                    fd,
                })
            })
        })
    }

    pub(super) fn act_denial(&self, a: &Features, b: &Features, sim: f64) -> Option<Verdict> {
        let most = self.config.max_act_claim_stems;
        if a.stems.len() > most || b.stems.len() > most {
            return None;
        }
        let w = &self.config.weights;
        let mut best: Option<Verdict> = None;
        for Told {
            ia,
            ib,
            asserted,
            denied,
            fa,
            fd,
        } in self.told_and_denied(a, b)
        {
            // A denial reaches the act only when the act opens what it denies, not when the
            // act stands inside another noun («نفى أن يكون سبب الخلاف اعتقال…»).
            if denied.negated == Some(NegationKind::Denial) && !denied.headed {
                continue;
            }
            let counted = self.lexicon.concepts()[asserted.concept].broader.as_deref();
            let Some(named) = self.denied_participants(fd, fa, asserted, &denied.surface, counted)
            else {
                continue;
            };
            let score = w.act_denial_base + w.act_denial_names * named;
            keep_stronger(&mut best, act_denial_verdict(denied, score, sim, ia, ib));
        }
        best.or_else(|| self.act_denial_by_root(a, b, sim))
    }

    /// An act denied on one side and told on the other by a word of the same root that the
    /// lexicon does not list («نفت … إجراء أي تصويت» against «صوّت المجلس»): the same test of
    /// whom it befell, with every word of the telling claim around the act.
    fn act_denial_by_root(&self, a: &Features, b: &Features, sim: f64) -> Option<Verdict> {
        let (denial, other, denial_in_a) = match (a.denial, b.denial) {
            (true, false) => (a, b, true),
            (false, true) => (b, a, false),
            _ => return None,
        };
        let w = &self.config.weights;
        let mut best: Option<Verdict> = None;
        for (id, md) in roles(self, denial) {
            if md.negated != Some(NegationKind::Denial)
                || !md.headed
                || other.mentions.iter().any(|m| m.concept == md.concept)
            {
                continue;
            }
            // The act is the phrase's first word, its verb or verbal noun («سقوط طائرة»: a
            // fall, not a plane), past a support word that carries it («إلقاء القبض»).
            let support = &self.lexicon.grammar().support_words;
            let Some(act_word) = md
                .surface
                .split_whitespace()
                .find(|w| !support.contains_with_clitics(w))
                .map(light_stem)
            else {
                continue;
            };
            let Some(act_root) = root(act_word).filter(|r| r.chars().count() >= 3) else {
                continue;
            };
            // A word the lexicon reads as another concept is that concept's: «القتال» is
            // fighting, whatever root it shares with a killing.
            let read_otherwise = |s: &str| other.mentions.iter().any(|m| m.surface.contains(s));
            let Some(told) = other.stems.iter().position(|s| {
                root(s).as_deref() == Some(act_root.as_str())
                    && same_measure(act_word, s, &act_root)
                    && !read_otherwise(s)
            }) else {
                continue;
            };
            let everywhere = ConceptMention {
                context: (0..other.stems.len().min(u16::MAX as usize) as u16).collect(),
                ..md.clone()
            };
            let counted = self.lexicon.concepts()[md.concept].broader.as_deref();
            let Some(named) =
                self.denied_participants(denial, other, &everywhere, &md.surface, counted)
            else {
                continue;
            };
            let finding = Finding::ActDenialByRoot {
                denied: id as u32,
                denial_in_a,
                told: told as u32,
            };
            keep_stronger(
                &mut best,
                Verdict::conflict(
                    ConflictKind::Denial,
                    w.act_denial_base + w.act_denial_names * named,
                    sim,
                    finding,
                ),
            );
        }
        best
    }

    /// True when a claim tells the act `concept` and denies it too («ذكر موقع … أن الحارس اعتقل،
    /// غير أن محاميه نفى … اعتقاله»): a sentence that reports both sides asserts neither, and is no
    /// rival of either.
    /// True when the act `told` entails the act `denied` (glossary `entails`): a killing is a
    /// death, so a denial of the death denies the killing.
    fn entails(&self, told: &ConceptMention, denied: &ConceptMention) -> bool {
        let concepts = self.lexicon.concepts();
        let denied_id = &concepts[denied.concept].id;
        concepts[told.concept]
            .entails
            .iter()
            .any(|e| e == denied_id)
    }

    pub(super) fn surveys(&self, f: &Features, concept: usize) -> bool {
        let of_it = || f.mentions.iter().filter(move |m| m.concept == concept);
        of_it().any(|m| m.negated.is_none() && !m.topical && !m.reported)
            && of_it().any(|m| self.denies(m))
    }

    /// True when the act is denied («نفى مقتله») or negated right where it is told («لم يتم
    /// اعتراض الطائرة المسيرة»): a negation further off negates something else in the sentence.
    fn denies(&self, m: &ConceptMention) -> bool {
        match m.negated {
            Some(NegationKind::Denial) => true,
            Some(NegationKind::Negation) => {
                usize::from(m.negation_distance) <= self.config.max_act_negation_distance
            }
            _ => false,
        }
    }

    /// How surely the denial and the assertion name the same someone, in [0, 1], or `None`
    /// when they do not: in a corpus, the rarity of the words the denial governs that the
    /// asserted claim holds, one of them beside the act `told` (full at twice what two claims
    /// of one event share); for bare statements, which have no corpus to weigh words, two
    /// such words shared. `counted` is the unit a toll of the act counts (killed).
    fn denied_participants(
        &self,
        denial: &Features,
        asserted: &Features,
        told: &ConceptMention,
        act: &str,
        counted: Option<&str>,
    ) -> Option<f64> {
        let grammar = self.lexicon.grammar();
        // An act names no one: «injured or killed» shares "killed" with any toll.
        let concepts = self.lexicon.concepts();
        let an_act = |s: &str| {
            act.contains(s)
                || denial.mentions.iter().any(|m| {
                    matches!(
                        concepts[m.concept].class,
                        ConceptClass::Role | ConceptClass::Event
                    ) && m.surface.contains(s)
                })
        };
        // Each word the denial governs that names something the asserted claim names too
        // (across spellings and scripts), with the asserted claim's word.
        let pairs: Vec<(&String, &String)> = denial
            .negated
            .iter()
            .filter(|s| !grammar.names_no_one(s) && !an_act(s))
            .filter_map(|s| {
                let j = self.same_word(denial, s, asserted, 0..asserted.stems.len())?;
                Some((s, &asserted.stems[j]))
            })
            .collect();
        let shared: Vec<&String> = pairs.iter().map(|p| p.0).collect();
        // Whom the act befell is named beside it: a name shared only elsewhere in the
        // sentence («مقتل مؤسس جماعتهم» in a sentence that names the denier too) is someone else.
        let beside = |s: &&String| {
            let Some(&(_, o)) = pairs.iter().find(|p| p.0 == *s) else {
                return false;
            };
            told.context
                .iter()
                .any(|&i| asserted.stems[usize::from(i)] == *o)
        };
        // A toll («مقتل 16 شخصا من مليشيا الحوثي وصالح») counts whom the act befell: when every
        // name shared beside the act is among the words of the toll, the names are the group
        // the dead belonged to, and a denial that one named person was killed is not about it.
        let toll = |q: &&QuantityFeature| counted.is_some() && q.unit.as_deref() == counted;
        let named: Vec<&String> = pairs.iter().filter(|p| beside(&p.0)).map(|p| p.1).collect();
        let names_are_a_tolls = asserted.quantities.iter().filter(toll).any(|q| {
            !named.is_empty()
                && named.iter().all(|s| {
                    q.context
                        .iter()
                        .any(|&i| asserted.stems.get(usize::from(i)) == Some(*s))
                })
        });
        if names_are_a_tolls && !denial.quantities.iter().any(|q| toll(&q)) {
            return None;
        }
        if denial.event.is_none() {
            return (shared.len() >= 2).then_some(0.5);
        }
        if !shared
            .iter()
            .any(|s| beside(s) && denial.rarity(s).is_some())
        {
            return None;
        }
        // The names of a story's people are in every report of it, so no one of them is rare
        // in an archive gathered around stories: what counts is how much rarity the words
        // shared carry together, half what two claims must share to be of one event (the act
        // told of them is the other half).
        let least = self.config.min_shared_event_weight;
        let total: f64 = shared
            .iter()
            .filter_map(|s| denial.rarity(s))
            .map(f64::from)
            .sum();
        (shared.len() >= 2 && total >= least / 2.0).then(|| (total / (2.0 * least)).min(1.0))
    }

    /// How surely a denial names what the report tells of, in [0, 1], or `None` when it does
    /// not: the words the denial governs that the report holds too (report nouns aside), two
    /// at least, one of them rare, with half the rarity two claims of one event share
    /// together; full at twice that.
    pub(super) fn denied_names(&self, denial: &Features, report: &Features) -> Option<f64> {
        self.denied_names_where(denial, report, |_| true)
    }

    /// [`Rules::denied_names`] without the words of the acts the denial names («مقتل» is
    /// shared by every two reports of a killing): the names of whom, where, by whom.
    fn denied_names_but_acts(&self, denial: &Features, report: &Features) -> Option<f64> {
        let concepts = self.lexicon.concepts();
        let an_act = |s: &str| {
            denial.mentions.iter().any(|m| {
                matches!(
                    concepts[m.concept].class,
                    ConceptClass::Role | ConceptClass::Event
                ) && m.surface.contains(s)
            })
        };
        self.denied_names_where(denial, report, |s| !an_act(s))
    }

    /// [`Rules::denied_names`] over the governed words `keep` keeps.
    fn denied_names_where(
        &self,
        denial: &Features,
        report: &Features,
        keep: impl Fn(&str) -> bool,
    ) -> Option<f64> {
        let grammar = self.lexicon.grammar();
        let weights: Vec<f64> = denial
            .negated
            .iter()
            .filter(|s| {
                !grammar.names_no_one(s) && keep(s) && report.stems.binary_search(s).is_ok()
            })
            .map(|s| denial.rarity(s).map_or(0.0, f64::from))
            .collect();
        let least = self.config.min_shared_event_weight;
        let total: f64 = weights.iter().sum();
        let rare = weights.iter().any(|&w| w >= least / 2.0);
        (weights.len() >= 2 && rare && total >= least / 2.0)
            .then(|| (total / (2.0 * least)).min(1.0))
    }

    pub(super) fn explain_act_denial_by_root(
        &self,
        a: &Features,
        b: &Features,
        (denied, denial_in_a, told): (u32, bool, u32),
        tongue: Tongue,
        j: &mut Judgement,
    ) {
        let (denial, other) = if denial_in_a { (a, b) } else { (b, a) };
        let md = &denial.mentions[denied as usize];
        let word = &other.stems[told as usize];
        let negator = md.negator.as_deref().unwrap_or("?");
        let act = self.concept_name(md.concept, tongue);
        j.explanation = phrases::act(tongue, act, word, negator, true);
        j.topic = self.concept_id(md.concept).to_string();
        let denied_cue = format!("{negator} … {}", md.surface);
        j.cues = if denial_in_a {
            [denied_cue, word.clone()]
        } else {
            [word.clone(), denied_cue]
        };
    }

    pub(super) fn explain_act_denial(
        &self,
        a: &Features,
        b: &Features,
        ia: u32,
        ib: u32,
        tongue: Tongue,
        j: &mut Judgement,
    ) {
        let (ma, mb) = (&a.mentions[ia as usize], &b.mentions[ib as usize]);
        let (asserted, denied) = asserted_first(ma, mb);
        let negator = denied.negator.as_deref().unwrap_or("?");
        let act = self.concept_name(ma.concept, tongue);
        let is_denial = denied.negated == Some(NegationKind::Denial);
        j.explanation = phrases::act(tongue, act, &asserted.surface, negator, is_denial);
        j.topic = self.concept_id(ma.concept).to_string();
        j.cues = mention_cues(ma, mb);
    }
}

#[cfg(test)]
mod tests {
    use super::same_measure;

    #[test]
    fn words_of_one_root_are_one_act_only_in_one_measure() {
        // Form I and its nouns and participles tell a killing.
        assert!(same_measure("مقتل", "قتل", "قتل"));
        assert!(same_measure("مقتل", "مقتول", "قتل"));
        assert!(same_measure("مقتل", "قتيل", "قتل"));
        // Form VI is fighting one another; form VII's explosion is not dawn or an explosive.
        assert!(!same_measure("مقتل", "تقاتل", "قتل"));
        assert!(!same_measure("انفجار", "فجر", "فجر"));
        assert!(!same_measure("انفجار", "متفجر", "فجر"));
        assert!(same_measure("انفجار", "انفجر", "فجر"));
    }
}
