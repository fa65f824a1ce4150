//! Concept mentions: frames, objects and roles (acts: a killing, an arrest) with their negation, their local context and, for
//! frames, the objects they are about; and the places a text names.
//!
//! The object of a frame is the object concepts that follow it (a timetable *for ending the
//! coalition mission*); an anaphoric object («جدولاً زمنياً لذلك», a timetable *for that*) takes the
//! objects of the whole sentence, so a timetable for unifying the Peshmerga never meets a
//! timetable for ending the coalition's mission.

use super::features::ConceptMention;
use super::negation::Scopes;
use super::prepared::{CLAUSE_STOPS, Prepared};
use super::stems::RangeStems;
use crate::lexicon::{ConceptClass, Hit, NegationKind, Target};
use std::ops::Range;

/// How many words after a frame are searched for its object.
const OBJECT_WINDOW: usize = 8;

/// Keeps the longest of overlapping hits (hits arrive sorted by start, longest first); hits with
/// exactly the kept span are all kept.
pub(super) fn longest_non_overlapping<'a>(hits: impl Iterator<Item = &'a Hit>) -> Vec<&'a Hit> {
    let mut out: Vec<&Hit> = Vec::new();
    let mut last: Option<(usize, usize)> = None;
    for h in hits {
        match last {
            Some((s, e)) if h.start == s && h.end == e => out.push(h),
            Some((_, e)) if h.start < e => {}
            _ => {
                last = Some((h.start, h.end));
                out.push(h);
            }
        }
    }
    out
}

/// The frame and object mentions among `hits` (those of `range`), and the places named, sorted
/// and unique.
pub(super) fn concept_mentions(
    p: &Prepared,
    hits: &[&Hit],
    negation: &Scopes,
    denied: bool,
    range: &Range<usize>,
    stems: &RangeStems,
) -> (Vec<ConceptMention>, Vec<usize>) {
    let lex = p.lexicon();
    // The glossary's acts overlap the other concepts' forms at times: each set keeps its own
    // longest, so that an act never hides a frame, an object or a place.
    let in_glossary = |h: &Hit| match h.target {
        Target::Concept(c) => matches!(
            lex.concepts()[c].class,
            ConceptClass::Event | ConceptClass::Term
        ),
        _ => false,
    };
    let mut concept_hits = longest_non_overlapping(
        hits.iter()
            .copied()
            .filter(|h| matches!(h.target, Target::Concept(_)) && !in_glossary(h)),
    );
    concept_hits.extend(longest_non_overlapping(
        hits.iter().copied().filter(|h| in_glossary(h)),
    ));
    let mut mentions: Vec<ConceptMention> = Vec::new();
    let mut places = Vec::new();
    for h in &concept_hits {
        let Target::Concept(c) = h.target else {
            continue;
        };
        match lex.concepts()[c].class {
            // A role is an act that befalls someone (a killing, an arrest), and the glossary's
            // events are acts of any kind (a vote, a release, troops sent): what a denial of a
            // reported act denies.
            ConceptClass::Frame
            | ConceptClass::Object
            | ConceptClass::Role
            | ConceptClass::Event => {}
            ConceptClass::Place => {
                places.push(c);
                continue;
            }
            _ => continue,
        }
        let token = p.token_at(h.start);
        // Whether an act opens what is said, or is a report's content, matters to the act
        // rule alone: the words before the other mentions are not walked.
        let act = matches!(
            lex.concepts()[c].class,
            ConceptClass::Role | ConceptClass::Event
        );
        let mut negated = negation.at(token);
        if denied {
            negated = match negated {
                None => Some((NegationKind::Denial, super::DENIED_BY_CUE.into(), 0)),
                Some(n) => Some(n),
            };
        }
        mentions.push(ConceptMention {
            concept: c,
            token,
            negated: negated.as_ref().map(|n| n.0),
            negation_distance: negated.as_ref().map_or(0, |n| n.2.min(255) as u8),
            negator: negated.map(|n| n.1),
            objects: Vec::new(),
            surface: p.text()[h.start..h.end].to_string(),
            context: stems.context_of(p, token, range),
            topical: (token > 0 && lex.grammar().topical_words.contains(p.word(token - 1)))
                || demanded(p, token, range),
            headed: act && headed(p, hits, token, range),
            reported: act && reported(p, token, range),
            patient: act.then(|| patient(p, h, range)).flatten(),
        });
    }
    places.sort_unstable();
    places.dedup();
    (mentions, places)
}

/// How many words after an act its object may stand («إيقاف القيادي سالم»: the next one).
const PATIENT_WINDOW: usize = 2;

/// See [`ConceptMention::patient`]: the first content word after the act's words, in its
/// clause and the claim's range.
fn patient(p: &Prepared, h: &Hit, range: &Range<usize>) -> Option<String> {
    let last_word = p.token_at(h.end.saturating_sub(1));
    let end = p.token_at(range.end).min(p.tokens().len());
    (last_word + 1..(last_word + 1 + PATIENT_WINDOW).min(end))
        .take_while(|&t| !p.mark_between_words(last_word, t, CLAUSE_STOPS))
        .find_map(|t| p.content_stem(t))
        .map(str::to_string)
}

/// How many content words may name a denial verb's subject between it and the act it denies
/// («نفت وزارة الداخلية اعتقال …»).
const VSO_SUBJECT_WORDS: usize = 3;

/// See [`ConceptMention::headed`]: walking back past function words, an introducer comes
/// before any other content word.
fn headed(p: &Prepared, hits: &[&Hit], token: usize, range: &Range<usize>) -> bool {
    let grammar = p.lexicon().grammar();
    // An English clause puts its subject first: an act right after an auxiliary is the
    // clause's predicate («that 26 people were killed»), what a denial of it denies; so is an
    // Arabic act after the particle of a finished act («أن يكون الموظف قد اعتقل»).
    if token > 0
        && p.tokens()[token - 1].start >= range.start
        && grammar.auxiliaries.contains(p.word(token - 1))
    {
        return true;
    }
    // So is an act whose form opens on its auxiliary, a passive («that the base was hit by
    // drones»).
    if p.word(token).is_ascii() && grammar.auxiliaries.contains(p.word(token)) {
        return true;
    }
    let mut t = token;
    // Content words walked past: a denial verb's subject may stand between it and its object
    // (VSO: «نفت الشرطة احتجاز الصحفي», the police denied detaining him).
    let mut subject = 0;
    while t > 0 && p.tokens()[t - 1].start >= range.start {
        t -= 1;
        let w = p.word(t);
        let negator_ends_here = hits.iter().any(|h| {
            matches!(h.target, Target::Negator(_)) && p.token_at(h.end.saturating_sub(1)) == t
        });
        if subject > 0 {
            // Past a subject only a denial verb heads the act, within the clause.
            let denial_verb = hits.iter().any(|h| {
                matches!(h.target, Target::Negator(n)
                    if p.lexicon().negators()[n].kind == NegationKind::Denial)
                    && p.token_at(h.end.saturating_sub(1)) == t
            });
            if denial_verb {
                return opens_its_clause(p, t, range);
            }
            if p.mark_between_words(t, token, CLAUSE_STOPS) || subject >= VSO_SUBJECT_WORDS {
                return false;
            }
            if !grammar.function_words.contains(w) {
                subject += 1;
            }
            continue;
        }
        // A support word carries the act that follows it: «نفى قيام الشرطة بإجراء أي مداهمة»
        // denies the raid as «نفى أي مداهمة» would.
        let support = grammar.support_words.contains_with_clitics(w);
        if negator_ends_here
            || support
            || grammar.report_nouns.contains(w)
            || grammar.about_words.contains(w)
            || grammar.complementisers.contains(w)
            || grammar.relatives.contains(w)
        {
            return true;
        }
        if !grammar.function_words.contains(w) {
            subject = 1;
        }
    }
    subject == 0 // it opens the range
}

/// True when word `t` opens its clause within `range`: only function words stand between it
/// and the range's start or the clause mark before it. A denial verb so placed has its subject
/// after it («ونفت الشرطة …»); deeper in a sentence («طلب منها أن تنفي علنا الاتهام») the
/// words after it are as likely its object's.
fn opens_its_clause(p: &Prepared, t: usize, range: &Range<usize>) -> bool {
    let grammar = p.lexicon().grammar();
    let mut i = t;
    while i > 0 && p.tokens()[i - 1].start >= range.start {
        if p.mark_between_words(i - 1, i, CLAUSE_STOPS) {
            return true;
        }
        i -= 1;
        if !grammar.function_words.contains(p.word(i)) {
            return false;
        }
    }
    true
}

/// How many content words from an act a word of demanding may govern it («شرط المجلس البلدي
/// في الزيب إغلاق المصنع»: the condition, its holder, then the act).
const DEMAND_REACH: usize = 6;

/// True when a word of demanding, conditioning or threatening stands a few content words from
/// the act in its clause (`demand_words`), before it («طالبت بالإفراج عن», "demanded the
/// release of") or as what it is said to be («إلغاء النتائج ما زال شرطا»): the act is wanted,
/// not told.
fn demanded(p: &Prepared, token: usize, range: &Range<usize>) -> bool {
    let grammar = p.lexicon().grammar();
    let first = p.token_at(range.start);
    let end = p.token_at(range.end).min(p.tokens().len());
    // Whole words only: «الشرطة» (the police) is no «شرط» (a condition).
    let is_demand = |t: usize| grammar.demand_words.contains_with_clitics(p.word(t));
    // The words of the clause on one side, nearest first, up to the reach in content words.
    let within = |words: &mut dyn Iterator<Item = usize>| {
        let mut content = 0;
        for t in words {
            let (x, y) = (t.min(token), t.max(token));
            if p.mark_between_words(x, y, CLAUSE_STOPS) || content == DEMAND_REACH {
                return false;
            }
            if is_demand(t) {
                return true;
            }
            content += usize::from(!grammar.function_words.contains(p.word(t)));
        }
        false
    };
    within(&mut (first..token).rev()) || within(&mut (token + 1..end))
}

/// See [`ConceptMention::reported`]: walking back past function words and topic
/// prepositions, the first other word is a report noun, or the second is and the first
/// qualifies it («معلومات جديدة عن مقتل», «دليلاً حاسماً على تصفية»). A name or a place between
/// them is no qualifier: in «وزارة صحة غزة مقتل …» the ministry of Gaza's health announces the
/// killing.
fn reported(p: &Prepared, token: usize, range: &Range<usize>) -> bool {
    let grammar = p.lexicon().grammar();
    let lexicon = p.lexicon();
    let names_someone = |t: usize| {
        let word = p.tokens()[t].range();
        p.hits_starting_in(&word).iter().any(|h| match h.target {
            Target::Actor(_) => true,
            Target::Concept(c) => lexicon.concepts()[c].class == ConceptClass::Place,
            _ => false,
        })
    };
    let mut t = token;
    let mut content_words = 0;
    while t > 0 && p.tokens()[t - 1].start >= range.start {
        t -= 1;
        let w = p.word(t);
        if !(grammar.function_words.contains(w) || grammar.about_words.contains(w)) {
            if grammar.report_nouns.contains(w) {
                return true;
            }
            content_words += 1;
            if content_words == 2 || names_someone(t) {
                return in_a_reports_clause(p, token, range);
            }
        }
    }
    in_a_reports_clause(p, token, range)
}

/// How many words before an act a complementiser may open the clause it is told in.
const CLAUSE_REACH: usize = 8;

/// True when the act at word `token` is told in a clause that a report noun opens through a
/// complementiser a few words before it («تدقق في التقارير التي تشير إلى أن القائد قتل»,
/// "checking reports that he was killed"): what the reports say, not what the claim asserts.
fn in_a_reports_clause(p: &Prepared, token: usize, range: &Range<usize>) -> bool {
    let grammar = p.lexicon().grammar();
    let first = p.token_at(range.start);
    let Some(c) = (first.max(token.saturating_sub(CLAUSE_REACH))..token)
        .rev()
        .take_while(|&t| !p.mark_between(t + 1, CLAUSE_STOPS))
        .find(|&t| grammar.complementisers.contains(p.word(t)))
    else {
        return false;
    };
    (first.max(c.saturating_sub(4))..c)
        .any(|t| grammar.report_nouns.contains_with_clitics(p.word(t)))
}

/// Gives each frame mention the objects it is about: the object mentions in the words after it,
/// or, when an anaphor follows it, every object of the sentence; with their broader concepts.
pub(super) fn attach_objects(
    p: &Prepared,
    mentions: &mut [ConceptMention],
    sentence_hits: &[Hit],
    range: &Range<usize>,
) {
    let lex = p.lexicon();
    let tokens = p.tokens();
    let is_object = |c: usize| lex.concepts()[c].class == ConceptClass::Object;
    let sentence_objects: Vec<usize> = longest_non_overlapping(
        sentence_hits
            .iter()
            .filter(|h| matches!(h.target, Target::Concept(c) if is_object(c))),
    )
    .iter()
    .filter_map(|h| match h.target {
        Target::Concept(c) => Some(c),
        _ => None,
    })
    .collect();
    let frame_positions: Vec<(usize, usize)> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| lex.concepts()[m.concept].class == ConceptClass::Frame)
        .map(|(i, m)| (i, m.token))
        .collect();
    for (i, t) in frame_positions {
        let after = t + 1..(t + 1 + OBJECT_WINDOW).min(tokens.len());
        let anaphoric = (t + 1..(t + 4).min(tokens.len()))
            .take_while(|&j| tokens[j].start < range.end)
            .any(|j| lex.grammar().anaphors.contains(p.word(j)));
        let mut objects: Vec<usize> = if anaphoric {
            sentence_objects.clone()
        } else {
            mentions
                .iter()
                .filter(|m| is_object(m.concept) && after.contains(&m.token))
                .map(|m| m.concept)
                .collect()
        };
        let broader: Vec<usize> = objects
            .iter()
            .filter_map(|&o| lex.concepts()[o].broader.as_deref())
            .filter_map(|b| lex.concept_index(b))
            .collect();
        objects.extend(broader);
        objects.sort_unstable();
        objects.dedup();
        mentions[i].objects = objects;
    }
}
