//! Reading one range of a prepared text: negation scopes first, then stems, mentions and their
//! objects, poles and quantities, gathered into the [`Features`] the judge compares.

use super::features::{ConceptMention, EventDate, Features, Pole, QuantityFeature, stem_key};
use super::prepared::Prepared;
use super::{mentions, negation, poles, quantities, stems, terms, updates};
use crate::lexicon::{ConceptClass, Hit, NegationKind, Target};
use crate::text::dates::find_dates;
use crate::text::script::mostly_latin;
use std::ops::Range;

impl Prepared<'_> {
    /// The dates `sentence` gives: written ones, then the relative days it names.
    fn event_dates(&self, sentence: &Range<usize>) -> Vec<EventDate> {
        let grammar = self.lexicon().grammar();
        let first = self.token_at(sentence.start);
        let last = self.token_at(sentence.end);
        let mut out: Vec<EventDate> =
            find_dates(self.text(), &self.tokens()[first..last], &grammar.months)
                .into_iter()
                .filter_map(|d| match (d.year, d.day) {
                    (Some(y), Some(day)) => Some(EventDate::Full(y, d.month, day)),
                    (None, Some(day)) => Some(EventDate::DayOfMonth(d.month, day)),
                    _ => None,
                })
                .collect();
        out.extend(
            (first..last)
                .filter_map(|i| grammar.relative_days.get(self.word(i)).copied())
                .map(EventDate::FromPublication),
        );
        out.extend((first..last).filter_map(|i| {
            let day = *grammar.weekdays.get(self.word(i))?;
            let after = (i + 1 < last).then(|| self.word(i + 1));
            let which = match after {
                Some(w) if grammar.past_day_words.contains(w) => -1,
                Some(w) if grammar.next_day_words.contains(w) => 1,
                _ => 0,
            };
            Some(EventDate::Weekday(day, which))
        }));
        out
    }

    /// True when `sentence` opens in the pluperfect: a form of «كان» among its first two words
    /// and its particle («قد») within a few words after it («وكان قصف مماثل قد طال»).
    /// Such a sentence tells an event earlier than the report's own.
    fn tells_an_earlier_event(&self, sentence: &Range<usize>) -> bool {
        let grammar = self.lexicon().grammar();
        let first = self.token_at(sentence.start);
        let last = self.token_at(sentence.end);
        (first..(first + 2).min(last))
            .find(|&i| grammar.anterior_auxiliaries.contains(self.word(i)))
            .is_some_and(|aux| {
                (aux + 1..(aux + 1 + ANTERIOR_WINDOW).min(last))
                    .any(|i| grammar.anterior_particles.contains(self.word(i)))
            })
    }

    /// True when the verb whose content `range` is refuses rather than denies: a verb of
    /// refusing (رفض، rejected) whose content is no report or accusation («رفض المشاركة»,
    /// refused to take part) says nothing is false.
    fn refuses_no_fact(&self, range: &Range<usize>, sentence: &Range<usize>) -> bool {
        let grammar = self.lexicon().grammar();
        let Some(verb) = self.verb_before(range, sentence) else {
            return false;
        };
        // With its conjunction or not («ورفض الوفد …»).
        if !grammar
            .refusing_verbs
            .contains_with_clitics(self.word(self.token_at(verb.start)))
        {
            return false;
        }
        let first = self.token_at(range.start);
        let last = self.token_at(range.end).min(first + 2);
        !(first..last).any(|i| {
            let w = self.word(i);
            grammar.report_nouns.contains(w) || grammar.accusation_nouns.contains(w)
        })
    }

    /// The reporting verb nearest before `range` in `sentence`: the verb whose content it is.
    fn verb_before(&self, range: &Range<usize>, sentence: &Range<usize>) -> Option<&Hit> {
        self.hits().iter().rev().find(|h| {
            matches!(h.target, Target::Verb(_)) && h.start >= sentence.start && h.end <= range.start
        })
    }

    /// True when what a denial verb governs (`range`, in `sentence`) denies who did an act
    /// rather than the act: a responsibility noun (grammar `responsibility_nouns`) between the
    /// verb and the first act named, within a few words of the verb («نفى الجيش مسؤوليته
    /// عن قصف المدينة», denied involvement in the attack), whether the extractor counted it
    /// with the denier or with the content. The act is then taken as done, by someone.
    fn denies_only_the_doer(&self, range: &Range<usize>, sentence: &Range<usize>) -> bool {
        let grammar = self.lexicon().grammar();
        let concepts = self.lexicon().concepts();
        let verb = self.verb_before(range, sentence);
        let first = verb.map_or(self.token_at(range.start), |v| self.token_at(v.start) + 1);
        let act = self.hits_within(range).find_map(|h| match h.target {
            Target::Concept(c)
                if matches!(
                    concepts[c].class,
                    ConceptClass::Role | ConceptClass::Event | ConceptClass::Frame
                ) =>
            {
                Some(self.token_at(h.start))
            }
            _ => None,
        });
        let last = self
            .token_at(range.end)
            .min(first + DOER_WINDOW)
            .min(act.unwrap_or(usize::MAX));
        (first..last).any(|i| {
            grammar
                .responsibility_nouns
                .contains_with_clitics(self.word(i))
        })
    }

    /// True when the claim in words `first..last` has a pronoun for its subject (grammar
    /// `subject_pronouns`): its first word («هو», he), or carried by the complementiser just
    /// before it inside its sentence («بأنه», «إنها»).
    fn pronoun_subject(&self, first: usize, last: usize, sentence_first: usize) -> bool {
        let pronouns = &self.lexicon().grammar().subject_pronouns;
        (first < last && pronouns.contains(self.word(first)))
            || (first > sentence_first && pronouns.contains(self.word(first - 1)))
    }

    /// Where the clause that a denial at word `cue` sets itself against ends, if one stands
    /// before it in its sentence (which opens at word `opening`): at the last clause mark or
    /// contrast word (grammar `contrast_words`) between them.
    fn clause_before(&self, opening: usize, cue: usize) -> Option<usize> {
        let contrast = &self.lexicon().grammar().contrast_words;
        (opening + 1..cue)
            .rev()
            .find(|&t| self.mark_between(t, CLAUSE_MARKS) || contrast.contains(self.word(t)))
    }

    /// Analyses `range` of the folded text; `sentence` is the enclosing sentence, used for the
    /// place of a number and for anaphoric objects. `denied` marks content under a denial verb.
    pub fn analyse(&self, range: Range<usize>, sentence: Range<usize>, denied: bool) -> Features {
        self.analyse_with(range, sentence, denied, true)
    }

    /// [`Prepared::analyse`]; `follow` reads the acts of the sentence a denial points back at
    /// (not again for that sentence itself).
    fn analyse_with(
        &self,
        range: Range<usize>,
        sentence: Range<usize>,
        denied: bool,
        follow: bool,
    ) -> Features {
        let denied = denied
            && !self.refuses_no_fact(&range, &sentence)
            && !self.denies_only_the_doer(&range, &sentence);
        let hits: Vec<&Hit> = self.hits_within(&range).collect();
        let sentence_hits = self.hits_starting_in(&sentence);
        let bounds: Vec<&Hit> = hits
            .iter()
            .copied()
            .filter(|h| matches!(h.target, Target::Bound(_)))
            .collect();
        let negation = negation::Scopes::find(self, &hits, &bounds, &range);
        // Stems first: mention contexts point into them.
        let first = self.token_at(range.start);
        let last = self.token_at(range.end);
        let range_stems = stems::RangeStems::new(self, first..last);
        let (mut mentions, places) =
            mentions::concept_mentions(self, &hits, &negation, denied, &range, &range_stems);
        mentions::attach_objects(self, &mut mentions, sentence_hits, &range);
        let mut poles = poles::asserted_poles(
            self,
            &hits,
            &negation,
            denied,
            &mentions,
            (&range_stems, &range),
        );
        let terms = terms::terms(self, &hits, &negation, denied);
        let (mut quantities, years) = quantities::quantities(
            self,
            &hits,
            &bounds,
            sentence_hits,
            first..last,
            &range_stems,
            &range,
        );
        let denial = denied || negation.has_denial();
        let mut negated = if denied {
            range_stems.of_words(first..last)
        } else {
            range_stems.of_words(negation.governed())
        };
        let back_reference = negation.back_reference_cue();
        let mut negators = negation.into_cues();
        if denied {
            negators.push(super::DENIED_BY_CUE.into());
        }
        // The claim opens where its words start: after a report's complementiser («وقال مصدر
        // إن الكتيبة نفت ذلك») as at the start of a sentence.
        let sentence_first = self.token_at(sentence.start);
        let opening = first.max(sentence_first);
        // «تتهم الحكومة جارتها بإرسال قوات , لكن الجارة تنفي ذلك»: a denial inside its sentence
        // denies what the sentence said before it, up to the clause mark or the contrast word
        // before the denier. With neither, the words before the cue are the denier's («إلا أن
        // ضابطا بالمديرية نفى ذلك»): the denial opens its sentence.
        let earlier_end = back_reference
            .filter(|&cue| cue.saturating_sub(opening) >= BACK_REFERENCE_OPENING)
            .and_then(|cue| self.clause_before(opening, cue));
        let earlier = earlier_end.map_or_else(Vec::new, |end| range_stems.of_words(opening..end));
        let mut stems = range_stems.into_strings();
        if back_reference.is_some() {
            if earlier_end.is_none() {
                // «ونفت الوزارة ذلك»: what is denied is what the sentence before said, and its
                // words are the claim's as much as the denier's are.
                let before = self.sentence_before(sentence_first);
                let referred = stems::RangeStems::new(self, before.clone()).into_strings();
                let remap = merge_sorted(&mut stems, &referred);
                remap_contexts(&remap, &mut mentions, &mut quantities, &mut poles);
                merge_sorted(&mut negated, &referred);
                if follow && before.start < before.end {
                    // What it told befell someone is what is denied, as if the denial named it.
                    let tokens = self.tokens();
                    let bytes = tokens[before.start].start..tokens[before.end - 1].end;
                    let told = self.analyse_with(bytes.clone(), bytes, true, false);
                    let lex = self.lexicon();
                    for mut m in told.mentions {
                        // What befell someone (a killing, a wounding, an arrest): a denial
                        // pointing back at a sentence denies what it says befell them, not
                        // every act its background names (a control, an announcement).
                        if lex.concepts()[m.concept].class != ConceptClass::Role {
                            continue;
                        }
                        m.context = indices_in(
                            &stems,
                            m.context.iter().map(|&i| &told.stems[usize::from(i)]),
                        );
                        m.negated = Some(NegationKind::Denial);
                        m.negator = negators.first().cloned();
                        m.headed = true;
                        mentions.push(m);
                    }
                }
            } else {
                merge_sorted(&mut negated, &earlier);
            }
        }
        let lex = self.lexicon();
        let is_role = |m: &ConceptMention| lex.concepts()[m.concept].class == ConceptClass::Role;
        let holds_a_state = || {
            poles.iter().any(|p| lex.antonyms()[p.antonym].holder) || mentions.iter().any(is_role)
        };
        // A denied act whose clause names no one of its own («نفى محامي الموظف أن يكون
        // موكله قد اعتقل»): whom it befell, its sentence names before it.
        let denied_of_no_one = || {
            denied && mentions.iter().any(is_role) && {
                let grammar = lex.grammar();
                let acts: Vec<usize> = mentions
                    .iter()
                    .filter(|m| is_role(m))
                    .map(|m| m.token)
                    .collect();
                let own = (first..last)
                    .filter(|&t| !acts.contains(&t) && !grammar.copulas.contains(self.word(t)))
                    .filter(|&t| {
                        self.content_stem(t)
                            .is_some_and(|s| !grammar.names_no_one(s))
                    })
                    .count();
                own <= 1
            }
        };
        if back_reference.is_none()
            && ((self.pronoun_subject(first, last, sentence_first) && holds_a_state())
                || denied_of_no_one())
        {
            // «وقالت شقيقة الصحفي سالم إنه لا يزال محتجزا», "He is in good health, an
            // officer said after radio reports that Colonel Salem died": whom the claim's state (or
            // what befell him: a role) is of, the rest of its sentence names; its words are
            // the holder's. Of other predicates the pronoun is the doer, not a holder.
            let sentence_last = self.token_at(sentence.end);
            let mut outside = stems::RangeStems::new(self, sentence_first..first).into_strings();
            let after = stems::RangeStems::new(self, last..sentence_last).into_strings();
            merge_sorted(&mut outside, &after);
            let remap = merge_sorted(&mut stems, &outside);
            remap_contexts(&remap, &mut mentions, &mut quantities, &mut poles);
            let holder = indices_in(&stems, &outside);
            for p in &mut poles {
                p.context.extend(&holder);
                p.context.sort_unstable();
                p.context.dedup();
            }
            // What befell the pronoun befell them; a denial of it governs their names.
            for m in mentions.iter_mut().filter(|m| is_role(m)) {
                m.context.extend(&holder);
                m.context.sort_unstable();
                m.context.dedup();
            }
            if denied {
                merge_sorted(&mut negated, &outside);
            }
        }
        let latin = mostly_latin(stems.iter().map(String::as_str));
        let mut stem_keys: Vec<u64> = stems.iter().map(|s| stem_key(s)).collect();
        // A count of part of a group named before («ثلاثة من حراسه», three of his guards) is
        // of the event the sentence before tells: its words name the claim's event too.
        if back_reference.is_none() && quantities.iter().any(|q| q.of_group) {
            let before = self.sentence_before(sentence_first);
            stem_keys.extend(
                stems::RangeStems::new(self, before)
                    .into_strings()
                    .iter()
                    .map(|s| stem_key(s)),
            );
        }
        stem_keys.sort_unstable();
        stem_keys.dedup();
        Features {
            mentions,
            poles,
            quantities,
            stems,
            stem_keys,
            ordered: Vec::new(),
            negators,
            negated,
            denial,
            places,
            years,
            update: updates::is_update(self, first..last),
            dates: self.event_dates(&sentence),
            anterior: self.tells_an_earlier_event(&sentence),
            event_day: None,
            event: None,
            latin,
            terms,
        }
    }

    /// Analyses the whole text as one statement, with its content stems in text order (what the
    /// learned judge reads for word order).
    pub fn analyse_statement(&self) -> Features {
        let whole = 0..self.text().len();
        let mut features = self.analyse(whole.clone(), whole.clone(), false);
        features.ordered = stems::ordered_stems(self, whole);
        features
    }
}

/// How many words after its form of «كان» the particle of a pluperfect may stand: the subject
/// comes between («وكان المجلس قد عقد جلسة الاثنين الماضي»).
const ANTERIOR_WINDOW: usize = 6;

/// The marks that end a clause inside a sentence.
const CLAUSE_MARKS: &[char] = &[',', '،', ';', '؛', ':'];

/// A denial whose cue ends within this many words of its claim's start opens the sentence
/// («ونفت الوزارة ذلك»), so what it points back at is the sentence before.
const BACK_REFERENCE_OPENING: usize = 4;

/// How many words of a denied content may stand before the responsibility noun that makes it
/// a denial of who did an act (the denier's name stands between in VSO order: «نفى قائد
/// القوات في المنطقة الشرقية مسؤوليته»).
const DOER_WINDOW: usize = 8;

/// Points the contexts of mentions, quantities and poles, indices into a claim's stems, at
/// where their stems stand after `more` words were merged in (`remap`, as [`merge_sorted`]
/// returns it).
fn remap_contexts(
    remap: &[u16],
    mentions: &mut [ConceptMention],
    quantities: &mut [QuantityFeature],
    poles: &mut [Pole],
) {
    let contexts = mentions
        .iter_mut()
        .map(|m| &mut m.context)
        .chain(quantities.iter_mut().map(|q| &mut q.context))
        .chain(poles.iter_mut().map(|p| &mut p.context));
    for context in contexts {
        context.iter_mut().for_each(|i| *i = remap[usize::from(*i)]);
    }
}

/// The indices in `stems` (sorted) of those of `words` it holds: a context into them.
fn indices_in<'w>(stems: &[String], words: impl IntoIterator<Item = &'w String>) -> Vec<u16> {
    words
        .into_iter()
        .filter_map(|s| stems.binary_search(s).ok())
        .filter_map(|i| u16::try_from(i).ok())
        .collect()
}

/// Merges `more` (sorted, unique) into `words` (sorted, unique), keeping them so; returns, for
/// each former index into `words`, its new index (a mention's context points into them).
fn merge_sorted(words: &mut Vec<String>, more: &[String]) -> Vec<u16> {
    let mut merged: Vec<String> = Vec::with_capacity(words.len() + more.len());
    let mut remap = Vec::with_capacity(words.len());
    let mut more = more.iter().peekable();
    for w in words.drain(..) {
        while let Some(m) = more.next_if(|m| **m < w) {
            merged.push(m.clone());
        }
        more.next_if(|m| **m == w);
        remap.push(u16::try_from(merged.len()).unwrap_or(u16::MAX));
        merged.push(w);
    }
    merged.extend(more.cloned());
    *words = merged;
    remap
}
