//! The source an attribution phrase names (بحسب, وفقا لـ, according to): a known actor, or the
//! words after the phrase when the lexicon knows none there.
//!
//! Why: most sources in real copy are not in any lexicon («بحسب مصادر طبية», "according to a
//! statement from the prime minister's office"); reading only known actors gave their
//! sentences to the outlet. Relays («نقلت الصحيفة عن مصدر أن …») name their source after «عن»:
//! the source spoke, the outlet that relays did not.

use super::SentenceState;
use super::speakers::SpeakerMemory;
use super::{ATTRIBUTION_GAP, Cue, CueSpeaker, DocumentText, Extractor, SUBJECT_ENDS};
use crate::analysis::token_at;
use crate::lexicon::{Gender, Hit, Target, VerbEntry};
use std::ops::Range;

/// The most words an unknown source after an attribution phrase may have ("a statement from
/// the prime minister's office").
const MAX_SOURCE_WORDS: usize = 9;

impl Extractor<'_> {
    /// The first attribution phrase of `sentence` outside quotations that names a source, with
    /// the range from the phrase to the source's end.
    pub(super) fn attribution_source(
        &self,
        dt: &DocumentText,
        sentence: &Range<usize>,
        memory: &SpeakerMemory,
    ) -> Option<(CueSpeaker, Range<usize>)> {
        for a in
            dt.p.hits_within(sentence)
                .filter(|h| h.target == Target::Attribution && !dt.in_quote(h.start))
        {
            let at = token_at(dt.tokens, a.end.saturating_sub(1));
            let actor =
                dt.p.hits_within(&(a.end..sentence.end))
                    .filter(|h| matches!(h.target, Target::Actor(_)))
                    .find(|h| token_at(dt.tokens, h.start) <= at + ATTRIBUTION_GAP);
            if let Some(h) = actor
                && let Target::Actor(i) = h.target
                && let Some(r) = memory.resolve(self.lexicon, i, h.start..h.end)
            {
                return Some((CueSpeaker::Known(r), a.word_start..h.end));
            }
            let phrase = token_at(dt.tokens, a.word_start);
            // A connective may open the clause before the phrase ("However as noted on …").
            let g = dt.grammar();
            let opening = token_at(dt.tokens, sentence.start);
            let after_connectives = phrase - opening <= 2
                && (opening..phrase).all(|j| g.connectives.contains(dt.word(j)));
            let at_clause_edge = dt.tokens[phrase].start <= sentence.start
                || dt.break_before(phrase)
                || after_connectives;
            if let Some(words) = at_clause_edge
                .then(|| self.unknown_source(dt, at + 1, sentence))
                .flatten()
            {
                return Some((CueSpeaker::Unnamed(words.clone()), a.word_start..words.end));
            }
        }
        None
    }

    /// The words from word `first` that name a source the lexicon does not know: to a clause
    /// mark or the sentence's end, and never past a complementiser (`وفقا للمصدر فإن …`), a
    /// relative (`بحسب ما أفاد`: the verb names the source) or a reporting verb; none when they
    /// open on such a word or run longer than a name does, or when a clause goes on after
    /// them. Why: a source stands at a clause's edge («…، بحسب مصادر طبية.», "According to X,
    /// …"); inside a clause the same words mean "in accordance with" («وفقا لجدول زمني يراعي
    /// …»), and the phrase is only said to open at a clause's edge when called.
    fn unknown_source(
        &self,
        dt: &DocumentText,
        first: usize,
        sentence: &Range<usize>,
    ) -> Option<Range<usize>> {
        let g = dt.grammar();
        let stops = |j: usize| {
            let w = dt.word(j);
            g.complementisers.contains(w)
                || g.relatives.contains(w)
                || g.describing_relatives.contains(w)
                || dt
                    .p
                    .hits_starting_in(&dt.tokens[j].range())
                    .iter()
                    .any(|h| matches!(h.target, Target::Verb(_)))
        };
        let mut j = first;
        while j < dt.tokens.len()
            && dt.tokens[j].start < sentence.end
            && (j == first || !dt.p.mark_between(j, SUBJECT_ENDS))
            && !(j > first && dt.clause_break(j))
            && !stops(j)
        {
            j += 1;
        }
        let closes = j >= dt.tokens.len()
            || dt.tokens[j].start >= sentence.end
            || dt.clause_break(j)
            || g.complementisers.contains(dt.word(j))
            || g.describing_relatives.contains(dt.word(j));
        if !closes {
            return None;
        }
        let mut end = j;
        while end > first && g.function_words.contains(dt.word(end - 1)) {
            end -= 1;
        }
        if end == first || end - first > MAX_SOURCE_WORDS || dt.tokens[first].start >= sentence.end
        {
            return None;
        }
        Some(dt.tokens[first].start..dt.tokens[end - 1].end)
    }
}

/// The most words between «عن» and the complementiser after it for the words between to be
/// whom a relay verb relays («نقلت الصحيفة عن مصدر أمني رفيع أن …»).
const RELAY_GAP: usize = 8;

impl Extractor<'_> {
    /// A relay verb's cue: «نقلت الصحيفة عن مصدر أمني أن …» is the source's saying, with the
    /// content after the complementiser; `None` when the verb relays nothing here.
    pub(super) fn relay_cue(
        &self,
        dt: &DocumentText,
        v: &Hit,
        entry: &VerbEntry,
        at: &SentenceState,
        memory: &mut SpeakerMemory,
    ) -> Option<Cue> {
        let g = dt.grammar();
        let after = self.read_after_verb(dt, v, at.sentence);
        let opener = after.opener?;
        let about = token_at(dt.tokens, opener.start);
        if about >= dt.tokens.len() || !g.about_words.contains(dt.word(about)) {
            return None;
        }
        let that = (about + 1..dt.tokens.len())
            .take_while(|&j| j <= about + RELAY_GAP + 1 && dt.tokens[j].start < at.sentence.end)
            .find(|&j| {
                g.complementisers.contains(dt.word(j)) && !g.about_words.contains(dt.word(j))
            })?;
        if that == about + 1 {
            return None;
        }
        let source = opener.content..dt.tokens[that - 1].end;
        let actor = dt.p.hits_within(&source).find_map(|h| match h.target {
            Target::Actor(a) => Some((a, h.start..h.end)),
            _ => None,
        });
        let found = match actor {
            Some((a, r)) => memory.resolve(self.lexicon, a, r).map(CueSpeaker::Known),
            None => None,
        }
        .or_else(|| self.unnamed_subject(dt, source).map(CueSpeaker::Unnamed));
        let speaker = match at.attribution {
            Some(r) => r.clone(),
            None => found?,
        };
        match &speaker {
            CueSpeaker::Known(r) => {
                let gender = SpeakerMemory::gender_for(self.lexicon, r, entry.gender);
                memory.push(r.clone(), gender);
            }
            CueSpeaker::Unnamed(words) => memory.push_unnamed(words.clone(), Gender::Any),
            CueSpeaker::Outlet => {}
        }
        Some(Cue {
            verb: *v,
            kind: entry.kind,
            speaker,
            clause_start: v.word_start,
            content_start: dt.tokens[that].end.min(at.sentence.end),
            before: None,
            more: None,
            reads_from: None,
            points_back: false,
        })
    }
}
