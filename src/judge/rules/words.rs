//! One name in two claims: the same stem; the same name spelt another way (one consonant
//! skeleton, for words rare enough to be names: «تل ابيض» and «تل أبيض»); or, across
//! scripts, the name written in the other («وادي السلام» and "Wadi al-Salam") or a word of one
//! glossary concept («الأردنية» and "Jordanian", «معبر» and "crossing"). Whom an act befell and
//! who holds a state are named so across outlets and languages. Within one script a concept
//! is no name: «الحكومة» and «حكومي» name every government.

use super::Rules;
use crate::analysis::Features;
use crate::text::tokens::PROCLITICS;
use crate::text::translit::skeleton;

impl Rules<'_> {
    /// The concept a glossary term of `f` in stem `stem` is a word of, as its broader concept:
    /// a country's people name the country.
    fn concept_of<'l>(&'l self, f: &Features, stem: &str) -> Option<&'l str> {
        let concepts = self.lexicon.concepts();
        let t = f.terms.iter().find(|t| t.stem == stem)?;
        let c = &concepts[t.concept as usize];
        Some(c.broader.as_deref().unwrap_or(&c.id))
    }

    /// True for a word of a closed class (a function word or a number word), with or without
    /// its proclitics («بإحدى», in one of): no name, however rare its written form.
    fn is_closed_word(&self, stem: &str) -> bool {
        let grammar = self.lexicon.grammar();
        let closed =
            |w: &str| grammar.function_words.contains(w) || grammar.number_words.contains(w);
        closed(stem)
            || PROCLITICS
                .iter()
                .filter_map(|p| stem.strip_prefix(p))
                .any(|rest| rest.chars().count() >= 2 && closed(rest))
    }

    /// The index, among `among` (indices into `b.stems`), of a stem of `b` that names what
    /// stem `s` of `a` names; none for a closed-class word.
    pub(super) fn same_word(
        &self,
        a: &Features,
        s: &str,
        b: &Features,
        among: impl Iterator<Item = usize> + Clone,
    ) -> Option<usize> {
        if self.is_closed_word(s) {
            return None;
        }
        let mut among = among;
        if a.latin == b.latin {
            if let Some(j) = among
                .clone()
                .find(|&j| b.stems[j] == s || prefixed(&b.stems[j], s))
            {
                return Some(j);
            }
            // Two spellings of a name: both words rare, one skeleton.
            let least = (self.config.rare_word_weight / 2.0) as f32;
            let named = |f: &Features, w: &str| f.rarity(w).is_some_and(|r| r >= least);
            let key = skeleton(s).filter(|_| named(a, s))?;
            return among.find(|&j| {
                let o = &b.stems[j];
                named(b, o) && skeleton(o).as_deref() == Some(key.as_str())
            });
        }
        if let Some(key) = skeleton(s)
            && let Some(j) = among
                .clone()
                .find(|&j| skeleton(&b.stems[j]).as_deref() == Some(key.as_str()))
        {
            return Some(j);
        }
        let concept = self.concept_of(a, s)?;
        among.find(|&j| self.concept_of(b, &b.stems[j]) == Some(concept))
    }
}

/// The prepositions written as one letter on the word they govern («بمنح», by granting;
/// «لحزب», of the party), which a light stem keeps: a word so prefixed names what the word
/// does.
const PREPOSITION_LETTERS: &[char] = &['ب', 'ل'];

/// True when `a` is `b` with a preposition letter before it, or `b` is `a` with one, the word
/// itself of three letters at least (shorter, a letter and a word are often another word).
fn prefixed(a: &str, b: &str) -> bool {
    let strip = |long: &str, short: &str| {
        long.strip_prefix(PREPOSITION_LETTERS)
            .is_some_and(|rest| rest == short && rest.chars().nth(2).is_some())
    };
    strip(a, b) || strip(b, a)
}

#[cfg(test)]
mod tests {
    use super::prefixed;

    #[test]
    fn a_preposition_letter_before_a_word_of_three_letters_is_taken_off() {
        assert!(prefixed("لحزب", "حزب"));
        assert!(prefixed("منح", "بمنح"));
        // Other letters stay: «فرقة» (a unit) is no «رقة».
        assert!(!prefixed("فرقة", "رقة"));
        // A letter before two is often a word of its own («بحر», «لبن»).
        assert!(!prefixed("بحر", "حر"));
        assert!(!prefixed("حزب", "حزب"));
    }
}
