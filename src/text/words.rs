//! Sets of folded words: how the grammar's closed word classes (function words, connectives,
//! abbreviations…) are asked about, one hash lookup per word.

use super::normalize::normalize_str;
use rustc_hash::FxHashMap;

/// A set of words in folded form.
///
/// Words are folded as they are added ([`crate::text::normalize`]), so a list may be written
/// as the words appear in text; [`WordSet::contains`] takes a word of folded text.

#[derive(Debug, Clone, Default)]
pub struct WordSet {
    words: WordMap<()>,
    /// The longest word in bytes: a longer word is not looked up.
    longest: usize,
}

impl WordSet {
    /// An empty set.
    pub fn new() -> Self {
        WordSet::default()
    }

    /// Adds a word, folded; blank words are ignored.
    pub fn insert(&mut self, word: &str) {
        let folded = normalize_str(word.trim());
        if folded.is_empty() {
            return;
        }
        self.longest = self.longest.max(folded.len());
        self.words.insert(folded.into_boxed_str(), ());
    }

    /// True when `word` (folded) is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        word.len() <= self.longest && self.words.get(word).is_some()
    }

    /// True when `word` (folded), or it with a run of proclitics taken off («بمديرية»,
    /// «والقرية»), is in the set.
    pub(crate) fn contains_with_clitics(&self, word: &str) -> bool {
        use super::tokens::{CLITIC_LETTERS, PROCLITICS};
        // Most words open with no proclitic's letter and are turned away without trying each.
        self.contains(word)
            || word
                .chars()
                .next()
                .is_some_and(|c| CLITIC_LETTERS.contains(&c))
                && PROCLITICS.iter().any(|c| {
                    word.strip_prefix(c)
                        .is_some_and(|rest| rest.chars().count() >= 2 && self.contains(rest))
                })
    }

    /// The length of the longest word, in bytes.
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// The number of words.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when the set holds no word.
    #[cfg(test)]
    pub fn is_empty(&self) -> bool {
        self.words.len() == 0
    }
}

/// A table keyed by folded words, with a quick no in front for most words it does not hold.
///
/// Why: the closed word lists (function words, month names, number words) are asked about
/// nearly every word of a text, and most words are in none of them. Hashing a word and probing
/// the table cost more than the rest of reading it; a bit of [`WordFilter`] says no for most
/// words first. The filter is made from the keys as they are put in, so it never falls out of
/// step with them.
#[derive(Debug, Clone)]
pub(crate) struct WordMap<V> {
    // FxHash, not SipHash: the keys are our own lists, and this runs for every word of a claim.
    map: FxHashMap<Box<str>, V>,
    filter: WordFilter,
}

impl<V> Default for WordMap<V> {
    fn default() -> Self {
        WordMap {
            map: FxHashMap::default(),
            filter: WordFilter::default(),
        }
    }
}

impl<V> From<FxHashMap<Box<str>, V>> for WordMap<V> {
    fn from(map: FxHashMap<Box<str>, V>) -> Self {
        let mut filter = WordFilter::default();
        map.keys().for_each(|w| filter.insert(w));
        WordMap { map, filter }
    }
}

impl<V> WordMap<V> {
    /// Puts `word` in with `value`.
    pub(crate) fn insert(&mut self, word: Box<str>, value: V) {
        self.filter.insert(&word);
        self.map.insert(word, value);
    }

    /// The value of `word`, if it is held.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        if !self.filter.may_hold(word) {
            return None;
        }
        self.map.get(word)
    }

    /// The number of words held.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.map.len()
    }
}

/// Which pairs of (first letter, last byte) the words of a table have, 64 × 64 bits: false
/// from [`WordFilter::may_hold`] means the word is surely not held.
#[derive(Debug, Clone)]
struct WordFilter {
    bits: [u64; 64],
}

impl Default for WordFilter {
    fn default() -> Self {
        WordFilter { bits: [0; 64] }
    }
}

impl WordFilter {
    /// Where `word`'s bit is: from its first two bytes (an Arabic word's first letter; its first
    /// byte alone is one of two) and its last byte (its last letter's).
    #[inline]
    fn slot(word: &str) -> (usize, usize) {
        let b = word.as_bytes();
        let first = b.first().copied().unwrap_or(0) ^ b.get(1).copied().unwrap_or(0);
        let last = b.last().copied().unwrap_or(0);
        (usize::from(first) % 64, usize::from(last) % 64)
    }

    /// Notes `word` as held.
    fn insert(&mut self, word: &str) {
        let (row, column) = Self::slot(word);
        self.bits[row] |= 1 << column;
    }

    /// False when `word` is surely not held; true when it may be.
    #[inline]
    fn may_hold(&self, word: &str) -> bool {
        let (row, column) = Self::slot(word);
        self.bits[row] & (1 << column) != 0
    }
}

impl<'a> FromIterator<&'a str> for WordSet {
    fn from_iter<I: IntoIterator<Item = &'a str>>(iter: I) -> Self {
        let mut set = WordSet::new();
        iter.into_iter().for_each(|w| set.insert(w));
        set
    }
}

impl<'a> Extend<&'a str> for WordSet {
    fn extend<I: IntoIterator<Item = &'a str>>(&mut self, iter: I) {
        iter.into_iter().for_each(|w| self.insert(w));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_folded_as_they_are_added_and_matched_whole() {
        let words: WordSet = ["لكنّ", "however"].into_iter().collect();
        assert!(words.contains("لكن"));
        assert!(!words.contains("لكنها"));
    }

    #[test]
    fn the_filter_never_turns_away_a_word_it_holds_and_turns_away_most_others() {
        let held = ["في", "من", "على", "الى", "عن", "the", "a", "ان", "قد"];
        let mut filter = WordFilter::default();
        held.iter().for_each(|w| filter.insert(w));
        assert!(held.iter().all(|w| filter.may_hold(w)));
        let others = [
            "الحكومة",
            "المدارس",
            "هجوم",
            "قوات",
            "government",
            "بغداد",
            "صحفي",
        ];
        let passed = others.iter().filter(|w| filter.may_hold(w)).count();
        assert!(passed <= 2, "{passed} of {} passed", others.len());
        // A set folds its words as they are added, and is asked about folded words.
        let set: WordSet = held.iter().copied().collect();
        assert!(held.iter().all(|w| set.contains(&normalize_str(w))));
        assert!(!others.iter().any(|w| set.contains(&normalize_str(w))));
    }
}
