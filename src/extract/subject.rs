//! The subject of an Arabic reporting verb whose content is a noun, not a clause: «نفت الوزارة
//! اعتقال الصحفي» (denied the arrest of the journalist), «أعلن الجيش تحرير المدينة».
//!
//! Why: with no complementiser to end it, the subject ran on into the object («وزارة الصحة
//! اعتقال …»), or no speaker was read at all and the sentence went to the outlet. In the verb
//! -subject-object order the subject is a noun phrase that closes on its definite words (the
//! article ال, with its clitics): a head and its genitives («وزارة الداخلية»), then adjectives
//! that agree in definiteness («العراقية»). The first word after them that is not definite,
//! not a link inside the phrase («المتحدث باسم الشركة») and not a time word opens the object.
//! A report noun, a back-reference or a relative opens it too. A known person's name after a
//! title stays in the subject («وزير الخارجية فؤاد حسين»); an unknown one cannot be told
//! from the object and ends it.

use super::{CueSpeaker, DocumentText, Extractor, MAX_UNNAMED_WORDS, SUBJECT_ENDS};
use crate::lexicon::{ActorKind, ConceptClass, Grammar, Target};
use crate::text::script::is_latin;
use std::ops::Range;

impl Extractor<'_> {
    /// The subject after Arabic verb word `vt` and where its nominal object opens, when the
    /// subject is a definite noun phrase with an object after it in `sentence`.
    pub(super) fn nominal_subject(
        &self,
        dt: &DocumentText,
        vt: usize,
        sentence: &Range<usize>,
    ) -> Option<(CueSpeaker, usize)> {
        let g = dt.grammar();
        let definite = |w: &str| is_definite(g, w);
        let names_a_person = |j: usize| {
            dt.p.hits_starting_in(&dt.tokens[j].range())
                .iter()
                .any(|h| matches!(h.target, Target::Actor(a) if self.lexicon.actors()[a].kind == ActorKind::Person))
        };
        let in_sentence = |j: usize| j < dt.tokens.len() && dt.tokens[j].start < sentence.end;
        let mut j = vt + 1;
        // Time words before the subject («نفت أمس الوزارة …») name no one.
        while in_sentence(j) && g.adverbials.contains(dt.word(j)) {
            j += 1;
        }
        let first = j;
        // An act the lexicon knows («اعتقال», «تحرير») opens the object: a subject that
        // names its body by annexation alone, with no article («قيادة شرطة ميسان»), ends
        // before it.
        let opens_act = |j: usize| {
            dt.p.hits_starting_in(&dt.tokens[j].range()).iter().any(|h| {
                matches!(h.target, Target::Concept(c) if self.lexicon.concepts()[c].class == ConceptClass::Role)
            })
        };
        let mut seen_definite = false;
        let mut before_act = false;
        let mut last = None;
        while in_sentence(j) && j - first < MAX_UNNAMED_WORDS {
            let w = dt.word(j);
            if j > first && opens_act(j) {
                before_act = true;
                break;
            }
            if is_latin(w)
                || (j > first && dt.p.mark_between(j, SUBJECT_ENDS))
                || g.report_nouns.contains(w)
                || g.back_references.contains(w)
                || g.relatives.contains(w)
                || g.complementisers.contains(w)
                || g.function_words.contains(w)
            {
                break;
            }
            if definite(w) {
                seen_definite = true;
            } else if seen_definite && !g.subject_links.contains(w) && !names_a_person(j) {
                break;
            }
            last = Some(j);
            j += 1;
        }
        let last = last.filter(|_| seen_definite || before_act)?;
        // The object opens after any time words that follow the subject («نفت الوزارة أمس …»),
        // set off by commas or not («أعلنت الشرطة، الأحد، اعتقال …»).
        let mut object = last + 1;
        let set_off = in_sentence(object) && dt.p.mark_between(object, SUBJECT_ENDS);
        while in_sentence(object)
            && (g.adverbials.contains(dt.word(object))
                || g.calendar_stems.contains(dt.word(object)))
            && (object == last + 1 || !dt.p.mark_between(object, SUBJECT_ENDS))
        {
            object += 1;
        }
        let time_set_off = set_off && object > last + 1;
        // An object is a noun, or what a relative or a back-reference stands for («نفى المكتب
        // ما راج»): a preposition there says the words were no verb and subject («نفي سيطرة
        // النظام على …»: the denial, a noun, of the regime's control over …).
        if !in_sentence(object)
            || (dt.p.mark_between(object, SUBJECT_ENDS) && !time_set_off)
            || (g.function_words.contains(dt.word(object))
                && !g.relatives.contains(dt.word(object))
                && !g.back_references.contains(dt.word(object)))
        {
            return None;
        }
        let words = dt.tokens[first].start..dt.tokens[last].end;
        Some((CueSpeaker::Unnamed(words), dt.tokens[object].start))
    }
}

impl Extractor<'_> {
    /// True when the nominal object opening at `object` points to what was said («ما راج»,
    /// «الأنباء التي …», «ذلك»): the judge then reads it with its verb and subject, which name
    /// whom the report was about, as it reads any denial of a report. An object that is the
    /// act itself («نفت الحركة إصابة القائد») is read alone, the act heading what is denied.
    pub(super) fn reads_with_verb(&self, dt: &DocumentText, object: usize) -> bool {
        let g = dt.grammar();
        let Some(t) = dt.tokens.get(crate::analysis::token_at(dt.tokens, object)) else {
            return false;
        };
        let w = &dt.text[t.range()];
        g.relatives.contains(w) || g.back_references.contains(w) || g.report_nouns.contains(w)
    }
}

/// True when Arabic word `w` carries the article (with its clitics), and is no function word.
pub(super) fn is_definite(g: &Grammar, w: &str) -> bool {
    !g.function_words.contains(w)
        && g.definite_prefixes.iter().any(|p| {
            w.strip_prefix(p.as_str())
                .is_some_and(|rest| rest.chars().count() >= 2)
        })
}
