//! The judge's rules, in two steps: [`Rules::verdict`] finds what conflicts or agrees and how
//! strongly, as a small [`Verdict`] of indices and numbers; [`Rules::explain`] writes the words
//! of the [`Judgement`] a user reads.
//!
//! The split is for scale: the checker judges millions of candidate pairs and keeps each claim's
//! strongest few, so only the verdicts it keeps are ever written out. The rules know nothing of
//! the learned model; the [`crate::judge::Judge`] asks them first, then the model.

mod agreement;
mod antonym;
mod denial;
mod negation;
mod numeric;
mod phrases;
mod scripts;
mod state;
mod words;

use crate::analysis::Features;
use crate::judge::alignment::LazyAlignment;
use crate::judge::config::JudgeConfig;
use crate::judge::similarity::content_similarity;
use crate::judge::verdict::{Finding, Judgement, Verdict};
use crate::lexicon::Lexicon;

/// What two claims' shared words say of their being about one event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Event {
    /// Enough rare words shared (or bare statements, which are compared as given).
    Same,
    /// Half as much: one event only if a figure's place, named on both sides, says so too.
    Placed,
    /// Too little.
    Other,
}

/// The rules, with the lexicon and settings they read.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rules<'j> {
    pub(crate) lexicon: &'j Lexicon,
    pub(crate) config: &'j JudgeConfig,
}

/// The summed weight of the keys two sorted `(key, weight)` lists share.
pub(crate) fn shared_weight(a: &[(u64, f32)], b: &[(u64, f32)]) -> f64 {
    // Without branches on the comparison, as [`crate::judge::similarity::stem_similarity`]:
    // a key that is not shared adds nothing, so the weights are summed in the same order.
    let (mut i, mut j, mut w) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        let (x, y) = (a[i].0, b[j].0);
        if x == y {
            w += f64::from(a[i].1);
        }
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    w
}

fn keep_stronger(best: &mut Option<Verdict>, v: Verdict) {
    if best.is_none_or(|b| v.score > b.score) {
        *best = Some(v);
    }
}

impl Rules<'_> {
    /// The strongest conflict the rules find, else a statement negated as a whole, else
    /// agreement or nothing. `alignment` is the two statements' stems aligned, made only if a
    /// rule asks for it.
    pub(crate) fn verdict(&self, a: &Features, b: &Features, alignment: &LazyAlignment) -> Verdict {
        let sim = content_similarity(a, b);
        let (event, strength) = self.event_evidence(a, b);
        let in_corpus = a.event.is_some() && b.event.is_some();
        // Two claims whose sentences date them days apart tell two events, whatever words or
        // names they share: a man held in one year and freed in another, a road open in one
        // month and closed in the next, a toll of each day. Nothing they say conflicts.
        if in_corpus
            && let (Some(da), Some(db)) = (a.event_day, b.event_day)
            && (da - db).abs() > self.config.max_event_days_apart
        {
            return self.agreement(a, b, sim);
        }
        // A denial shares the words of what it denies: one text twice says one thing only when
        // both deny or neither does.
        let one_denies = a.denial != b.denial;
        // One text twice says one thing, unless its figures differ: then it is a count another
        // outlet gives otherwise («12 جنديا قتلوا في الهجوم» against «30 جنديا قتلوا»).
        if in_corpus && sim >= self.config.corpus_same_text_similarity && !one_denies {
            return self
                .numeric(a, b, sim, event)
                .unwrap_or_else(|| self.agreement(a, b, sim));
        }
        let mut best: Option<Verdict> = None;
        // Opposite poles bound to a lexicon topic (ending the mission, a lasting presence) are
        // about one thing by the lexicon's word: the topic stands for the shared event.
        for v in [
            self.numeric(a, b, sim, event),
            self.antonym(a, b, sim, event, strength),
            self.holder_states(a, b, sim, event),
        ]
        .into_iter()
        .flatten()
        {
            keep_stronger(&mut best, v);
        }
        // In an archive the lexicon's frames (talks, an agreement, an attack) are topics of every
        // other sentence, and a negation near one negates something else as often as not (read
        // by hand on real news: no true conflict among the frame negations flagged): there, a
        // negation counts only as a denial of what another claim says, below.
        if event == Event::Same
            && !in_corpus
            && let Some(v) = self.negation(a, b, sim)
        {
            keep_stronger(&mut best, v);
        }
        // A reported act denied of someone both claims name: the name is evidence of one
        // event in itself, so half the shared rarity will do.
        if event != Event::Other
            && let Some(v) = self.act_denial(a, b, sim)
        {
            keep_stronger(&mut best, v);
        }
        if event == Event::Same {
            best = best.or_else(|| self.statement_negation(a, b, sim, alignment));
        }
        match best {
            // A conflict between claims of a corpus is as sure as the two are of one event. An
            // act denied has weighed that already: its score grows with the rarity of the
            // names the denial and the report share, the evidence of one event it rests on. A
            // standing count's place and owner name what is counted, whatever else is told.
            Some(mut v) => {
                if !matches!(
                    v.finding,
                    Finding::ActDenial { .. }
                        | Finding::ActDenialByRoot { .. }
                        | Finding::Antonym { named: true, .. }
                        | Finding::Numeric { standing: true, .. }
                ) {
                    v.score *= 1.0 - self.config.weights.event_evidence * (1.0 - strength);
                }
                v
            }
            None if one_denies => Verdict::unrelated(sim),
            None => self.agreement(a, b, sim),
        }
    }

    /// A frame asserted by one claim of a corpus and negated by the other, when the two are of
    /// one event: what [`Rules::verdict`] leaves out in an archive, where a negation near a
    /// frame negates something else as often as not. The caller asks it only of two speakers on
    /// opposite sides (one government's timetable against the other's «لا نملك جدولا زمنيا»,
    /// we have no timetable), whose frames are positions. Two such speakers quoted in one
    /// article are of its event, whatever words they share (a story's words are common in an
    /// archive of its kind); else the score takes the discount for event evidence.
    pub(crate) fn frame_negation(
        &self,
        a: &Features,
        b: &Features,
        one_article: bool,
    ) -> Option<Verdict> {
        let (event, strength) = if one_article {
            (Event::Same, 1.0)
        } else {
            self.event_evidence(a, b)
        };
        if event != Event::Same {
            return None;
        }
        let mut v = self.negation(a, b, content_similarity(a, b))?;
        v.score *= 1.0 - self.config.weights.event_evidence * (1.0 - strength);
        Some(v)
    }

    /// Opposite poles of a topic (ending a mission, a lasting presence) held by two speakers on
    /// opposite sides whom one article quotes or one story tells: their positions, whatever
    /// words the two sentences share. The caller asks it only of such speakers, when
    /// [`Rules::verdict`] found nothing: in an archive a topic alone is no event.
    pub(crate) fn position_antonym(&self, a: &Features, b: &Features) -> Option<Verdict> {
        let v = self.antonym(a, b, content_similarity(a, b), Event::Same, 1.0)?;
        let Finding::Antonym {
            a: ia,
            named: false,
            ..
        } = v.finding
        else {
            return None;
        };
        let topic = &self.lexicon.antonyms()[a.poles[ia as usize].antonym].topic;
        (!topic.is_empty()).then_some(v)
    }

    /// Whether two claims may be about one event: two bare statements always; two claims of a
    /// corpus by how much of their rare words they share.
    /// With it, how strong the evidence is, in [0, 1]: twice the least weight is full.
    fn event_evidence(&self, a: &Features, b: &Features) -> (Event, f64) {
        let (Some(x), Some(y)) = (&a.event, &b.event) else {
            return (Event::Same, 1.0);
        };
        // Two events days apart are two events, whatever words they share.
        if let (Some(da), Some(db)) = (a.event_day, b.event_day)
            && (da - db).abs() > self.config.max_event_days_apart
        {
            return (Event::Other, 0.0);
        }
        // Two scripts share no word: what they share is the names both write.
        let shared = if a.latin == b.latin {
            shared_weight(x, y)
        } else {
            scripts::cross_script_weight(a, b)
        };
        let least = self.config.min_shared_event_weight;
        let strength = (shared / (2.0 * least)).min(1.0);
        let event = if shared >= least {
            Event::Same
        } else if shared >= least / 2.0 {
            Event::Placed
        } else {
            Event::Other
        };
        (event, strength)
    }

    fn concept_id(&self, c: usize) -> &str {
        &self.lexicon.concepts()[c].id
    }

    /// Writes out a rule verdict on `a` and `b` (the features it was made from) as a
    /// [`Judgement`]: the explanation (in `a`'s language), the topic and the cue words.
    pub(crate) fn explain(&self, a: &Features, b: &Features, v: &Verdict) -> Judgement {
        let t = phrases::Tongue::of(a);
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
            Finding::Numeric { a: ia, b: ib, .. } => {
                self.explain_numeric(a, b, (ia, ib), t, false, &mut j)
            }
            Finding::Negation { a: ia, b: ib } => self.explain_negation(a, b, ia, ib, t, &mut j),
            Finding::Antonym { a: ia, b: ib, .. } => self.explain_antonym(a, b, ia, ib, t, &mut j),
            Finding::ActDenial { a: ia, b: ib } => self.explain_act_denial(a, b, ia, ib, t, &mut j),
            Finding::ActDenialByRoot {
                denied,
                denial_in_a,
                told,
            } => self.explain_act_denial_by_root(a, b, (denied, denial_in_a, told), t, &mut j),
            Finding::StatementNegation { cover } => {
                negation::explain_statement_negation(a, b, cover, t, &mut j)
            }
            Finding::Update { a: ia, b: ib } => {
                self.explain_numeric(a, b, (ia, ib), t, true, &mut j)
            }
            Finding::Agreement { same_number } => {
                j.explanation = phrases::agreement(t, v.similarity, same_number)
            }
        }
        j
    }
}
