//! Acts told by a verb and its object with words between them: "had sent an armoured
//! brigade", «أرسلت الحكومة المركزية لواء». A form of the glossary is a run of words, so
//! "sent a brigade" misses "sent an armoured brigade", and an Arabic verb has its subject
//! between it and its object. A concept's `verbs` and `objects` tell it wherever one of its
//! verbs has one of its objects at most [`MAX_WORDS_BETWEEN`] words after it in its clause.

use super::{Concept, Hit, Target};
use crate::text::normalize::normalize_str;
use crate::text::tokens::Token;
use rustc_hash::FxHashMap;

/// How many words may stand between a verb and its object: a determiner and a modifier ("an
/// armoured brigade"), or an Arabic subject of two or three words («الحكومة المركزية»).
pub(crate) const MAX_WORDS_BETWEEN: usize = 3;

/// The conjunctions and the future particle a verb may carry («وأرسلت», «فأرسل»).
const VERB_CLITICS: &[&str] = &["", "و", "ف", "وس", "س"];

/// The conjunctions, prepositions and article an object may carry («بقوات», «القوات»).
const OBJECT_CLITICS: &[&str] = &["", "ال", "و", "وال", "ب", "بال", "ل", "لل", "وب", "وبال"];

/// The marks that end a clause: a verb's object is not past them.
const CLAUSE_MARKS: &[char] = &[
    ',', '،', '.', ';', '؛', ':', '"', '«', '»', '(', ')', '\n', '!', '?', '؟',
];

/// The concepts' verbs and objects, folded, each word with the concepts it tells.
#[derive(Debug, Clone, Default)]
pub(crate) struct VerbObjects {
    verbs: FxHashMap<String, Vec<usize>>,
    objects: FxHashMap<String, Vec<usize>>,
}

impl VerbObjects {
    /// The verbs and objects of `concepts`, by concept index.
    pub(crate) fn compile(concepts: &[Concept]) -> Self {
        let mut out = VerbObjects::default();
        for (i, c) in concepts.iter().enumerate() {
            if c.verbs.is_empty() || c.objects.is_empty() {
                continue;
            }
            for (words, map) in [(&c.verbs, &mut out.verbs), (&c.objects, &mut out.objects)] {
                for w in words {
                    let folded = normalize_str(w.trim());
                    if folded.is_empty() || folded.contains(' ') {
                        continue;
                    }
                    let slot = map.entry(folded).or_default();
                    if !slot.contains(&i) {
                        slot.push(i);
                    }
                }
            }
        }
        out
    }

    /// True when no concept has verbs and objects.
    pub(crate) fn is_empty(&self) -> bool {
        self.verbs.is_empty()
    }

    /// The concepts word `w` (folded) is a verb of, with the length of the clitic before it.
    fn verb(&self, w: &str) -> Option<(&[usize], usize)> {
        VERB_CLITICS.iter().find_map(|c| {
            let rest = w.strip_prefix(c)?;
            Some((self.verbs.get(rest)?.as_slice(), c.len()))
        })
    }

    /// True when word `w` (folded) is an object of concept `c`.
    fn is_object(&self, w: &str, c: usize) -> bool {
        OBJECT_CLITICS.iter().any(|p| {
            w.strip_prefix(p)
                .and_then(|rest| self.objects.get(rest))
                .is_some_and(|cs| cs.contains(&c))
        })
    }

    /// Adds to `hits` (sorted by start, longest first, and kept so) a hit of each concept told
    /// by a verb and an object of it in `folded` (split into `tokens`), from the verb to the
    /// object, where no hit of the concept starts in the verb's word already. A word between
    /// them that `links` (a preposition, "to": "took steps to control", «أرسلت إلى») says the
    /// object is another verb's or a place's, not this one's.
    pub(crate) fn add_hits(
        &self,
        folded: &str,
        tokens: &[Token],
        hits: &mut Vec<Hit>,
        links: impl Fn(&str) -> bool,
    ) {
        if self.is_empty() {
            return;
        }
        let mut found: Vec<Hit> = Vec::new();
        for (i, t) in tokens.iter().enumerate() {
            let Some((concepts, clitic)) = self.verb(&folded[t.range()]) else {
                continue;
            };
            for &c in concepts {
                let told = hits.iter().any(|h| {
                    h.target == Target::Concept(c) && h.word_start <= t.start && t.start < h.end
                });
                if told {
                    continue;
                }
                let object = tokens[i + 1..]
                    .iter()
                    .take(MAX_WORDS_BETWEEN + 1)
                    .scan(t.end, |end, o| {
                        let gap = &folded[*end..o.start];
                        *end = o.end;
                        (!gap.contains(CLAUSE_MARKS)).then_some(o)
                    })
                    .take_while(|o| {
                        let w = &folded[o.range()];
                        self.is_object(w, c) || !links(w)
                    })
                    .find(|o| self.is_object(&folded[o.range()], c));
                if let Some(o) = object {
                    found.push(Hit {
                        start: t.start + clitic,
                        end: o.end,
                        word_start: t.start,
                        target: Target::Concept(c),
                    });
                }
            }
        }
        if found.is_empty() {
            return;
        }
        hits.extend(found);
        hits.sort_by(|a, b| {
            a.start
                .cmp(&b.start)
                .then((b.end - b.start).cmp(&(a.end - a.start)))
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::analysis::Prepared;
    use crate::lexicon::{Lexicon, Target};

    /// The ids of the concepts whose hits span more than one word in `text`.
    fn told(text: &str) -> Vec<String> {
        let lexicon = Lexicon::default();
        let p = Prepared::new(text, &lexicon);
        p.hits()
            .iter()
            .filter_map(|h| match h.target {
                Target::Concept(c) => Some(lexicon.concepts()[c].id.clone()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn a_verb_and_its_object_tell_an_act_with_words_between() {
        // A determiner and a modifier, or an Arabic subject, between the verb and its object.
        for text in [
            "The ministry denied that it had sent an armoured brigade to Zeib.",
            "وأرسلت الحكومة المركزية لواء إلى بلدة الزيب.",
            "The militia fired two more rockets at the base.",
            "The rebels took full control of Kum's airport on Friday.",
        ] {
            let ids = told(text);
            assert!(
                ids.iter().any(
                    |id| ["send-troops", "fire-missile", "take-control"].contains(&id.as_str())
                ),
                "{text}: {ids:?}"
            );
        }
        // A preposition between links the verb to something else; a clause mark ends it.
        for text in [
            "The council took steps to control the spread of the fever in Kum.",
            "أرسلت الوزارة رسالة إلى قوات الأمن في الزيب.",
            "The envoy sent, in a letter, his regards to the troops.",
        ] {
            let ids = told(text);
            assert!(
                !ids.iter()
                    .any(|id| ["send-troops", "take-control"].contains(&id.as_str())),
                "{text}: {ids:?}"
            );
        }
    }
}
