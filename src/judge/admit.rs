//! Which verdicts on two claims of a corpus count: the policy on speakers, outlets, reprints and
//! sides, asked once per pair. The rules judge two texts; this knows who said them and where.

use super::verdict::Finding;
use super::{ConflictKind, Judge, Stance, Verdict};
use crate::claim::Claim;

/// The least scores and the side bonus a verdict is held to (the checker's settings).
#[derive(Debug, Clone, Copy)]
pub(crate) struct Admission {
    /// Conflicts scoring below this are dropped.
    pub min_score: f64,
    /// Corroborations scoring below this are dropped.
    pub min_corroboration: f64,
    /// Added to a conflict between speakers on different known sides.
    pub cross_side_bonus: f64,
}

/// Where two claims stand to each other in the corpus.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Witnesses {
    /// Both come from one document.
    pub same_doc: bool,
    /// Both come from one report: one document, or copies of one text.
    pub same_report: bool,
}

impl Judge<'_> {
    /// The verdict on `a` and `b` if it is one to keep: a conflict, a corroboration or an
    /// update that the two claims' speakers, documents and sides allow, with its score.
    pub(crate) fn admit(
        &self,
        a: &Claim,
        b: &Claim,
        at: Witnesses,
        admission: &Admission,
    ) -> Option<Verdict> {
        let same_doc = at.same_doc;
        if same_doc && a.speaker.identity_str() == b.speaker.identity_str() {
            return None; // a speaker restating themselves in one article
        }
        if !same_doc && at.same_report {
            return None; // two copies of one text are one report, not two witnesses
        }
        let in_corpus = a.features.event.is_some();
        // In an archive a frame negated near another's assertion of it is a conflict only
        // between speakers on opposite sides: their frames are positions (a timetable one
        // government announces and another says it does not have).
        let opposite_sides =
            matches!((&a.speaker.side, &b.speaker.side), (Some(x), Some(y)) if x != y);
        if same_doc && in_corpus && !opposite_sides {
            // An article does not contradict itself: two figures, a denial and what it denies,
            // or two quoted voices in one page are a list, a recap or a rebuttal it reports
            // (read by hand in the development archive: 12 of 16 such pairs false, most with
            // a speaker misread), unless the two are known sides of a dispute.
            return None;
        }
        let mut v = self.verdict(&a.features, &b.features);
        // Two speakers quoted in one article are of its event, unless the article is a
        // digest: two claims each placed in other stories too, and not in the same ones, are
        // items about two other events.
        fn elsewhere(c: &Claim) -> &[String] {
            &c.stories[c.stories.len().min(1)..]
        }
        let digest_items = !elsewhere(a).is_empty()
            && !elsewhere(b).is_empty()
            && !elsewhere(a).iter().any(|s| elsewhere(b).contains(s));
        let one_article = same_doc && !digest_items;
        if in_corpus && opposite_sides && v.stance != Stance::Contradict {
            // Else their positions on one topic in one article or one story: one ends what the
            // other keeps.
            let rules = self.rules();
            let one_story = a.stories.iter().any(|s| b.stories.contains(s));
            let position = rules
                .frame_negation(&a.features, &b.features, one_article)
                .or_else(|| {
                    (one_article || one_story)
                        .then(|| rules.position_antonym(&a.features, &b.features))
                        .flatten()
                });
            if let Some(position) = position {
                v = position;
            }
        }
        // Two outlets' reports of one story, each in its lead, on days not apart, tell its
        // event: two counts of one thing that cannot both hold are a conflict, even where the
        // words around them name no incident (a figure that differs is never outweighed into
        // agreement by the words that match), and so is an act one tells and the other denies.
        // One outlet's two figures are its update, or two days' reports.
        let story_witnesses = in_corpus
            && !same_doc
            && one_story(a, b)
            && !same_outlet(a, b)
            && in_lead(a)
            && in_lead(b)
            && !self.days_apart(a, b);
        if story_witnesses {
            let rules = self.rules();
            if !matches!(v.stance, Stance::Contradict | Stance::Update)
                && let Some(figures) = rules.story_numeric(&a.features, &b.features)
            {
                v = figures;
            }
            if v.stance != Stance::Contradict
                && let Some(denial) = rules.story_act_denial(&a.features, &b.features)
            {
                v = denial;
            }
        }
        // One witness's two figures in two of one outlet's pages that no date orders (its daily
        // tally, a toll as it rose) may be two days' reports or its update: no dispute can be
        // told. Dated, they are its account then and now.
        if v.kind == Some(ConflictKind::Numeric)
            && !same_doc
            && same_outlet(a, b)
            && a.speaker.identity_str() == b.speaker.identity_str()
            && (a.published.is_none() || b.published.is_none())
        {
            return None;
        }
        // An outlet's own narration sets the scene; what it can be at odds with is a speaker
        // denying it, another figure, or another state of someone or something both name: a
        // frame or a topic's pole in its background sentences is no one's position. A denial is
        // someone's, whether or not the outlet's sentence names them where the extractor can
        // read it.
        let holder_state = matches!(v.finding, Finding::Antonym { named: true, .. });
        if matches!(v.kind, Some(ConflictKind::Negation | ConflictKind::Antonym))
            && !holder_state
            && (a.speaker.is_outlet() || b.speaker.is_outlet())
            && a.features.denial == b.features.denial
        {
            return None;
        }
        match v.stance {
            Stance::Contradict => {
                if opposite_sides {
                    v.score = (v.score + admission.cross_side_bonus).min(1.0);
                }
                (v.score >= admission.min_score).then_some(v)
            }
            // An outlet repeating itself (a teaser of its own story in a sidebar, its
            // background paragraph in every report) is one witness, not two.
            Stance::Agree
                if !same_doc && !same_outlet(a, b) && v.score >= admission.min_corroboration =>
            {
                Some(v)
            }
            Stance::Update if !same_doc => Some(v),
            _ => None,
        }
    }
}

/// How many claims open a report: its lead, where news tells its own event and its figures
/// (an article's later figures are background, a digest's other items, another day's toll).
const LEAD_CLAIMS: usize = 3;

/// True when a claim is among the first [`LEAD_CLAIMS`] of its document.
fn in_lead(c: &Claim) -> bool {
    c.ordinal().is_some_and(|n| n < LEAD_CLAIMS)
}

/// True when two claims' documents are in one story (each claim's first story is its
/// document's).
fn one_story(a: &Claim, b: &Claim) -> bool {
    a.stories
        .first()
        .is_some_and(|s| b.stories.first() == Some(s))
}

impl Judge<'_> {
    /// True when what two claims tell happened days apart: each on the day its sentence gives,
    /// else on its day of publication (a report tells the news of its day).
    fn days_apart(&self, a: &Claim, b: &Claim) -> bool {
        let day = |c: &Claim| {
            c.features
                .event_day
                .or_else(|| c.published.and_then(crate::story::day_number))
        };
        let apart = self.config.max_event_days_apart;
        matches!((day(a), day(b)), (Some(x), Some(y)) if (x - y).abs() > apart)
    }
}

/// True when both claims come from one named outlet.
fn same_outlet(a: &Claim, b: &Claim) -> bool {
    a.source.is_some() && a.source == b.source
}
