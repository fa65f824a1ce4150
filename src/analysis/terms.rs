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
    // Stems are borrowed until the entries are merged: a glossary word found again in one
    // claim cost a string of its own that the merge dropped.
    let mut found: Vec<(u32, &str, bool, bool)> = hits
        .iter()
        .filter_map(|h| {
            let Target::Concept(c) = h.target else {
                return None;
            };
            if !matches!(concepts[c].class, ConceptClass::Event | ConceptClass::Term) {
                return None;
            }
            let token = p.token_at(h.start);
            let stem = p.content_stem(token)?;
            let governed = negation.at(token).map(|(kind, _, _)| kind);
            let under_denial = denied || governed == Some(NegationKind::Denial);
            Some((
                c as u32,
                stem,
                under_denial,
                under_denial || governed.is_some(),
            ))
        })
        .collect();
    found.sort_unstable_by(|a, b| (a.0, a.1).cmp(&(b.0, b.1)));
    found.dedup_by(|a, b| {
        a.0 == b.0 && a.1 == b.1 && {
            b.2 |= a.2;
            b.3 |= a.3;
            true
        }
    });
    found
        .into_iter()
        .map(|(concept, stem, denied, negated)| Term {
            concept,
            stem: stem.to_string(),
            denied,
            negated,
        })
        .collect()
}
