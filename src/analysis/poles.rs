//! Antonym poles (end / keep, rise / fall), asserted and bound to their topic.
//!
//! A pole binds to its topic on one side: a verbal noun to what follows it (إنهاء المهمة), an
//! adjective to what precedes it (شراكة … دائمة). A negated pole asserts nothing; a pole that is
//! the object of a purpose or topic preposition (لإنهاء، بشأن إنهاء) only names a goal.

use super::features::{ConceptMention, Pole};
use super::negation::Scopes;
use super::prepared::Prepared;
use super::stems::{HOLDER_WINDOW, RangeStems};
use crate::lexicon::{Hit, PoleSide, Target};
use std::ops::Range;

/// How many words before a pole a condition's opening word may stand («إذا تأكد مقتله»).
const CONDITION_WINDOW: usize = 3;

/// True for a relative adjective (nisba: أمنية، العسكري، الأمريكيين), folded: the adjectives that
/// stand between a noun and a later adjective of the same noun.
fn looks_like_adjective(word: &str) -> bool {
    ["ي", "يه", "يين", "يات", "يون"]
        .iter()
        .any(|end| word.ends_with(end))
        && word.chars().count() >= 4
}

/// The poles among `hits` asserted near their topic (one of `mentions`).
pub(super) fn asserted_poles(
    p: &Prepared,
    hits: &[&Hit],
    negation: &Scopes,
    denied: bool,
    mentions: &[ConceptMention],
    (stems, range): (&RangeStems, &Range<usize>),
) -> Vec<Pole> {
    let lex = p.lexicon();
    let text = p.text();
    let mut raw_poles: Vec<(usize, PoleSide, usize, String, bool)> = Vec::new();
    for h in hits {
        let Target::Pole(antonym, side, follows) = h.target else {
            continue;
        };
        let token = p.token_at(h.start);
        if negation.covers(token) || denied {
            continue;
        }
        let entry = &lex.antonyms()[antonym];
        let binds = |m: &ConceptMention| {
            if follows {
                // An adjective follows its noun, after that noun's other adjectives only
                // (علاقة تجارية ثنائية دائمة): any other word between makes it another noun's
                // (الوجود لسلام دائم: the peace is lasting, not the presence).
                let last = m.token + m.surface.split_whitespace().count().max(1) - 1;
                m.token < token
                    && token - m.token <= entry.window
                    && (last + 1..token).all(|t| looks_like_adjective(p.word(t)))
            } else {
                m.token >= token && m.token - token <= entry.window
            }
        };
        let near_topic = entry.topic.is_empty()
            || mentions.iter().any(|m| {
                binds(m)
                    && entry
                        .topic
                        .iter()
                        .any(|t| *t == lex.concepts()[m.concept].id)
            });
        if near_topic {
            // A pole shortly after a condition's opening word is supposed, not asserted.
            let supposed = (token.saturating_sub(CONDITION_WINDOW)..token)
                .any(|t| lex.grammar().condition_words.contains(p.word(t)));
            let embedded = text[h.word_start..h.start].ends_with('ل')
                || (token > 0 && lex.grammar().about_words.contains(p.word(token - 1)))
                || supposed;
            raw_poles.push((
                antonym,
                side,
                token,
                text[h.start..h.end].to_string(),
                embedded,
            ));
        }
    }
    // A pole governed by the opposite pole just before it is that pole's object
    // (إنهاء الوجود = ending the presence): it asserts nothing by itself.
    raw_poles
        .iter()
        .filter(|(a, s, t, _, _)| {
            !raw_poles
                .iter()
                .any(|(a2, s2, t2, _, _)| a2 == a && s2 != s && *t2 < *t && t - t2 <= 2)
        })
        .map(|(a, s, t, w, embedded)| Pole {
            antonym: *a,
            side: *s,
            surface: w.clone(),
            embedded: *embedded,
            context: if lex.antonyms()[*a].holder {
                stems.context_around(p, *t, range, HOLDER_WINDOW)
            } else {
                stems.context_of(p, *t, range)
            },
        })
        .collect()
}
