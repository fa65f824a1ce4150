//! The glossary's words in a claim: the acts and things it names, each by one id whatever the
//! language or the synonym («اعتقال», «احتجاز», "detained" are one act). What lets a denial meet
//! a report in other words, and an Arabic report meet an English one.

use super::features::Term;
use super::negation::Scopes;
use super::prepared::Prepared;
use crate::lexicon::{ConceptClass, Hit, NegationKind, Target};

/// The glossary concepts among `hits` (those of the range read), each with the stem of the word
/// it was found in and whether a denial governs it (`denied`: the whole range is a denial's
/// content). Sorted by concept, then stem; one entry per concept and stem.
pub(super) fn terms(p: &Prepared, hits: &[&Hit], negation: &Scopes, denied: bool) -> Vec<Term> {
    let concepts = p.lexicon().concepts();
    let mut out: Vec<Term> = hits
        .iter()
        .filter_map(|h| {
            let Target::Concept(c) = h.target else {
                return None;
            };
            if !matches!(concepts[c].class, ConceptClass::Event | ConceptClass::Term) {
                return None;
            }
            let token = p.token_at(h.start);
            let stem = p.content_stem(token)?.to_string();
            let governed = negation.at(token).map(|(kind, _, _)| kind);
            let under_denial = denied || governed == Some(NegationKind::Denial);
            Some(Term {
                concept: c as u32,
                stem,
                denied: under_denial,
                negated: under_denial || governed.is_some(),
            })
        })
        .collect();
    out.sort_unstable_by(|a, b| (a.concept, &a.stem).cmp(&(b.concept, &b.stem)));
    out.dedup_by(|a, b| {
        a.concept == b.concept && a.stem == b.stem && {
            b.denied |= a.denied;
            b.negated |= a.negated;
            true
        }
    });
    out
}
