//! The word orders of attribution that the verb-first reading misses: the quotation before its
//! speaker (`"The talks went well," she told reporters`, «"…"، قالت المتحدثة»), and,
//! in English, the subject before its verb (`Iraqi officials said no more than …`), where a
//! name after the verb is part of the content, not the speaker, and the content may come
//! first (`…, the ministry said`).

use super::{Cue, CueSpeaker, DocumentText, Extractor, MIN_QUOTE_WORDS};
use super::{Resolved, SentenceState, SpeakerMemory};
use crate::analysis::token_at;
use crate::lexicon::{ActorKind, Gender, Hit, Target, VerbEntry};
use crate::text::script::is_latin;
use std::ops::Range;

/// The most words between a quotation's end and the verb that reports it: the speaker, with
/// a title («State Department spokesman Matthew Miller told»).
const QUOTE_SPEAKER_WORDS: usize = 8;
/// The most words of a phrase after a subject that follows its verb (`say doctors writing in a
/// medical journal`).
const MAX_PHRASE_WORDS: usize = 6;

/// True when nothing between a quotation and its verb ends a sentence or a clause but the
/// comma that ends the quoted sentence: the full stops of initials (`U.S.`) do not.
fn only_quote_joint(dt: &DocumentText, between: &Range<usize>) -> bool {
    let first = token_at(dt.tokens, between.start);
    let mut from = between.start;
    for i in first..dt.tokens.len() {
        if dt.tokens[i].start >= between.end {
            break;
        }
        let gap = &dt.text[from..dt.tokens[i].start];
        if gap.contains([';', '؛', ':', '!', '?', '؟', '(', ')', '\n'])
            || (gap.contains('.') && !(i > first && after_initial(dt, i)))
        {
            return false;
        }
        from = dt.tokens[i].end;
    }
    true
}

impl Extractor<'_> {
    /// A verb reporting the quotation just before it: the quotation is the content, and the
    /// speaker is named between the two, or after the verb, or is the last one named.
    pub(super) fn quote_first_cue(
        &self,
        dt: &DocumentText,
        v: &Hit,
        entry: &VerbEntry,
        at: &SentenceState,
        memory: &mut SpeakerMemory,
    ) -> Option<Cue> {
        let i = dt.quotes.partition_point(|q| q.end <= v.word_start);
        let quote = dt.quotes.get(i.checked_sub(1)?)?.clone();
        if quote.start < at.floor || quote.start < at.sentence.start {
            return None;
        }
        let between = quote.end..v.word_start;
        let words = dt.p.word_count_in(&between);
        if words > QUOTE_SPEAKER_WORDS
            || dt.p.word_count_in(&quote) < MIN_QUOTE_WORDS
            || !only_quote_joint(dt, &between)
        {
            return None;
        }
        let after = self.read_after_verb(dt, v, at.sentence);
        // A verb with its own content right after it («…"، مشددةً على أنه "…"») reports that,
        // not the quotation before it.
        if after.direct && after.opener.is_some() {
            return None;
        }
        // With nothing between the quotation and the verb, the subject follows the verb
        // (`"…," said UN envoy Maria Lopez on Sunday`): its words, to a comma or the frame.
        let verb_word = token_at(dt.tokens, v.end.saturating_sub(1));
        let inverted = dt.subject_after(verb_word, at.sentence);
        let actor_in_subject =
            dt.p.hits_within(&inverted)
                .any(|h| matches!(h.target, Target::Actor(_)));
        let speaker = if let Some((a, r)) = self.speaker_before(dt, v, quote.end) {
            memory.resolve(self.lexicon, a, r).map(CueSpeaker::Known)
        } else if let Some((a, r)) = after
            .actor
            .filter(|_| words == 0 && (actor_in_subject || inverted.is_empty()))
        {
            memory.resolve(self.lexicon, a, r).map(CueSpeaker::Known)
        } else if let Some(last) = self.pronoun(dt, &between, memory) {
            last
        } else if words > 0 {
            self.unnamed_subject(dt, between.clone())
                .map(CueSpeaker::Unnamed)
        } else if let Some(words) = self.unnamed_subject(dt, inverted.clone()) {
            Some(CueSpeaker::Unnamed(words))
        } else {
            at.continued(memory, entry.gender)
        };
        let speaker = self.settle_speaker(speaker, entry, at, memory)?;
        // The quotation goes on after its speaker (`"The ceasefire," she said, "is holding."`):
        // both parts are what was said.
        let more = dt.quotes.get(i).filter(|q| {
            let gap = v.end..q.start;
            q.start >= v.end
                && q.end <= at.sentence.end
                && dt.p.word_count_in(&gap) <= QUOTE_SPEAKER_WORDS
                && dt.text[gap].contains([',', '،'])
        });
        Some(Cue {
            verb: *v,
            kind: entry.kind,
            speaker,
            clause_start: quote.start,
            content_start: more.map_or(at.sentence.end, |q| q.end),
            before: Some(quote),
            more: more.cloned(),
            reads_from: None,
            points_back: false,
        })
    }

    /// An English verb with its subject before it (`The ministry said on Monday that …`,
    /// `A senior U.S. official said the mission …`): the speaker is the actor or the few
    /// words before the verb, the content what follows it (past `that`).
    pub(super) fn subject_first_cue(
        &self,
        dt: &DocumentText,
        v: &Hit,
        entry: &VerbEntry,
        at: &SentenceState,
        memory: &mut SpeakerMemory,
    ) -> Option<Cue> {
        let vt = token_at(dt.tokens, v.word_start);
        let walk_back = |mut i: usize| {
            while i > 0
                && dt.tokens[i - 1].start >= at.floor
                && dt.tokens[i - 1].start >= at.sentence.start
                && (!dt.break_before(i) || after_initial(dt, i))
            {
                i -= 1;
            }
            i
        };
        // The subject: the words of the verb's clause before it.
        let mut first = walk_back(vt);
        let mut last = vt.saturating_sub(1);
        // A relative clause set off by commas stands between the subject and its verb (`Salem
        // Qarqani, who was working nearby, told Radio Zeib …`): the subject is the clause before it.
        let relative_at = |i: usize| {
            dt.grammar().describing_relatives.contains(dt.word(i))
                && is_latin(dt.word(i))
                && i >= 1
                && dt.tokens[i - 1].start >= at.floor.max(at.sentence.start)
        };
        if first == vt {
            // The verb right after a comma: only a relative clause before it leaves a subject.
            let inside = vt >= 1 && dt.tokens[vt - 1].start >= at.floor.max(at.sentence.start);
            let clause = if inside { walk_back(vt - 1) } else { vt };
            if !inside || !relative_at(clause) {
                return None; // nothing before the verb: not this order
            }
            last = clause - 1;
            first = walk_back(last);
        } else if relative_at(first) {
            last = first - 1;
            first = walk_back(last);
        }
        // A subordinator or a connective opens the clause, not the subject (`…, as aid groups
        // warned`, `…, and a war monitor said`).
        let g = dt.grammar();
        let opens = usize::from(
            first + 1 < vt
                && (g.subordinators.contains(dt.word(first))
                    || g.connectives.contains(dt.word(first))),
        );
        let subject = dt.tokens[first + opens].start..dt.tokens[last].end;
        let after = self.read_after_verb(dt, v, at.sentence);
        // The content opens at a complementiser, colon or quotation only when nothing but the
        // saying's frame stands before it (`said on Monday that`, `told lawmakers that`);
        // further on, it is inside the content (`said 47 people were hurt and that …`, `said
        // the mission had "achieved its goals"`), which opens where the frame ends.
        let verb_word = token_at(dt.tokens, v.end.saturating_sub(1));
        let limit = dt.clause_limit(verb_word, at.sentence);
        let frame_end = dt.after_frame(verb_word, limit);
        let frame_end_at = dt.start_of(frame_end, at.sentence.end);
        let content_start = match &after.opener {
            Some(o) if o.start <= frame_end_at.max(v.end) => o.content,
            _ if frame_end > verb_word + 1 => frame_end_at,
            _ => v.end,
        };
        let (speaker, clause_start) = if let Some((a, r)) = self.speaker_before(dt, v, at.floor) {
            let start = r.start;
            (
                memory.resolve(self.lexicon, a, r).map(CueSpeaker::Known),
                start,
            )
        } else if let Some(last) = self.pronoun(dt, &subject, memory) {
            (last, subject.start)
        } else {
            (
                self.unnamed_subject(dt, subject.clone())
                    .map(CueSpeaker::Unnamed),
                subject.start,
            )
        };
        let speaker = self.settle_speaker(speaker, entry, at, memory)?;
        // Nothing after the verb to its clause's end but the frame: the content is the clause
        // before the subject (`Some 300 soldiers were sent to the border, the ministry said.`,
        // `…, two security sources told Reuters.`, `…, the ministry said Thursday, as …`).
        let content_start = content_start.min(at.sentence.end);
        let trailing = frame_end >= limit
            && after
                .opener
                .as_ref()
                .is_none_or(|o| o.start >= frame_end_at)
            && first > 0
            && dt.tokens[first - 1].start >= at.sentence.start.max(at.floor)
            && dt.break_before(first);
        let (clause_start, before, content_start) = if trailing {
            let clause = at.sentence.start.max(at.floor)..dt.tokens[first - 1].end;
            // What follows the clause mark is another clause, with a subject of its own.
            (clause.start, Some(clause), frame_end_at)
        } else {
            (clause_start, None, content_start)
        };
        Some(Cue {
            verb: *v,
            kind: entry.kind,
            speaker,
            clause_start,
            content_start,
            before,
            more: None,
            reads_from: None,
            points_back: false,
        })
    }

    /// An English verb right after a comma, with its subject after it and nothing but the
    /// saying's frame after that (`The ceasefire is holding, said UN envoy Maria Lopez on
    /// Sunday.`, `…, say doctors writing in the journal`): the clause before the comma is the
    /// content.
    pub(super) fn inverted_cue(
        &self,
        dt: &DocumentText,
        v: &Hit,
        entry: &VerbEntry,
        at: &SentenceState,
        memory: &mut SpeakerMemory,
    ) -> Option<Cue> {
        let vt = token_at(dt.tokens, v.word_start);
        let verb_word = token_at(dt.tokens, v.end.saturating_sub(1));
        let clause_start = at.sentence.start.max(at.floor);
        if vt == 0 || !dt.break_before(vt) || dt.tokens[vt - 1].start < clause_start {
            return None;
        }
        let before = clause_start..dt.tokens[vt - 1].end;
        if dt.p.word_count_in(&before) < MIN_QUOTE_WORDS {
            return None;
        }
        let subject = dt.subject_after(verb_word, at.sentence);
        let words = self.unnamed_subject(dt, subject.clone())?;
        // After the subject only the frame, to the clause's end; a number right after it
        // makes it a date (`…, announced Aug. 24,`), the verb a participle.
        let last = token_at(dt.tokens, words.end.saturating_sub(1));
        let dated = dt.tokens.get(last + 1).is_some_and(|t| {
            t.start < at.sentence.end && dt.word(last + 1).starts_with(|c: char| c.is_ascii_digit())
        });
        if dated {
            return None;
        }
        let limit = dt.clause_limit(last, at.sentence);
        // The subject is a noun phrase, not two clauses (`…, said nothing and left`); after it
        // comes the frame, or a phrase of its own that opens on a preposition and holds no
        // verb (`say doctors writing in a medical journal`).
        let g = dt.grammar();
        let first = token_at(dt.tokens, words.start);
        if (first..=last).any(|j| g.connectives.contains(dt.word(j))) {
            return None;
        }
        let rest = dt.after_frame_of_subject(last, limit);
        let phrase = last + 1..limit;
        let prepositional = last + 1 < limit
            && g.function_words.contains(dt.word(last + 1))
            && !g.connectives.contains(dt.word(last + 1))
            && phrase.len() <= MAX_PHRASE_WORDS
            && !phrase.clone().any(|j| {
                dt.p.hits_starting_in(&dt.tokens[j].range())
                    .iter()
                    .any(|h| matches!(h.target, Target::Verb(_)))
            });
        if rest < limit && !prepositional {
            return None;
        }
        // The phrase qualifies the subject: it is part of who speaks.
        let words = if rest < limit {
            words.start..dt.tokens[limit - 1].end
        } else {
            words
        };
        let actor = dt.p.hits_within(&words).find_map(|h| match h.target {
            Target::Actor(a) => Some((a, h.start..h.end)),
            _ => None,
        });
        let found = match actor {
            Some((a, r)) => memory.resolve(self.lexicon, a, r).map(CueSpeaker::Known),
            None => Some(CueSpeaker::Unnamed(words)),
        };
        let speaker = self.settle_speaker(found, entry, at, memory)?;
        Some(Cue {
            verb: *v,
            kind: entry.kind,
            speaker,
            clause_start: before.start,
            content_start: dt.start_of(limit, at.sentence.end),
            before: Some(before),
            more: None,
            reads_from: None,
            points_back: false,
        })
    }

    /// The speaker a cue of these orders ends with: the sentence's attribution phrase when it
    /// has one, else the speaker found, who is remembered (known or not) for later continuations.
    fn settle_speaker(
        &self,
        found: Option<CueSpeaker>,
        entry: &VerbEntry,
        at: &SentenceState,
        memory: &mut SpeakerMemory,
    ) -> Option<CueSpeaker> {
        let speaker = match at.attribution {
            Some(r) => r.clone(),
            None => found?,
        };
        match &speaker {
            CueSpeaker::Known(r) => {
                let gender = SpeakerMemory::gender_for(self.lexicon, r, entry.gender);
                memory.push(r.clone(), gender);
            }
            CueSpeaker::Unnamed(words) => memory.push_unnamed(words.clone(), entry.gender),
            CueSpeaker::Outlet => {}
        }
        Some(speaker)
    }

    /// The speaker `range` stands for, when it is one word, a subject pronoun: the last one
    /// named of its gender (in English, the last person: a ministry is "it").
    fn pronoun(
        &self,
        dt: &DocumentText,
        range: &Range<usize>,
        memory: &SpeakerMemory,
    ) -> Option<Option<CueSpeaker>> {
        let first = token_at(dt.tokens, range.start);
        let words: Vec<&str> = (first..dt.tokens.len())
            .take_while(|&i| dt.tokens[i].end <= range.end)
            .map(|i| dt.word(i))
            .collect();
        let [w] = words.as_slice() else {
            return None;
        };
        let gender = *dt.grammar().pronouns.get(*w)?;
        if !is_latin(w) {
            return Some(memory.last_speaker(gender));
        }
        // In English the last person named before it (by name or by an anonymous title),
        // speaking or not («Wallander met the minister. She said …»), of the pronoun's
        // gender: found walking back from it.
        let actors = self.lexicon.actors();
        let named = dt
            .p
            .hits_starting_in(&(0..range.start))
            .iter()
            .rev()
            .find_map(|h| match h.target {
                Target::Actor(a)
                    if h.end <= range.start
                        && matches!(actors[a].kind, ActorKind::Person | ActorKind::Anonymous)
                        && (actors[a].gender == gender
                            || !matches!(gender, Gender::M | Gender::F)) =>
                {
                    Some(Resolved {
                        actor: a,
                        surface: h.start..h.end,
                    })
                }
                _ => None,
            });
        // A person the lexicon does not know, named as a speaker after any it knows («His
        // niece Erin says …. "…," she said»), is the last person named.
        let unnamed = memory
            .last_unnamed()
            .filter(|w| named.as_ref().is_none_or(|r| w.start > r.surface.start));
        if matches!(gender, Gender::M | Gender::F)
            && let Some(words) = unnamed
        {
            return Some(Some(CueSpeaker::Unnamed(words)));
        }
        Some(named.map(CueSpeaker::Known))
    }
}

/// True when the only mark before word `i` is the full stop of an initial (`U.S. official`).
pub(super) fn after_initial(dt: &DocumentText, i: usize) -> bool {
    let previous = &dt.text[dt.tokens[i - 1].range()];
    let gap = &dt.text[dt.tokens[i - 1].end..dt.tokens[i].start];
    previous.chars().count() == 1 && gap.trim() == "."
}

/// True when a reporting verb is written in English, where the subject comes first.
pub(super) fn is_english(dt: &DocumentText, v: &Hit) -> bool {
    is_latin(&dt.text[v.start..v.end])
}
