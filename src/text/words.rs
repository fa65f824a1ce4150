//! Sets of folded words: how the grammar's closed word classes (function words, connectives,
//! abbreviations…) are asked about, one hash lookup per word.

use super::normalize::normalize_str;
use rustc_hash::FxHashSet;

/// A set of words in folded form.
///
/// Words are folded as they are added ([`crate::text::normalize`]), so a list may be written
/// as the words appear in text; [`WordSet::contains`] takes a word of folded text.
///
/// ```
/// use crosscheck::text::WordSet;
///
/// let words: WordSet = ["لكنّ", "however"].into_iter().collect();
/// assert!(words.contains("لكن"));
/// assert!(!words.contains("لكنها"));
/// ```
#[derive(Debug, Clone, Default)]
pub struct WordSet {
    // FxHash, not SipHash: the keys are our own lists, and this runs for every word of a claim.
    words: FxHashSet<Box<str>>,
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
        self.words.insert(folded.into_boxed_str());
    }

    /// True when `word` (folded) is in the set.
    #[inline]
    pub fn contains(&self, word: &str) -> bool {
        word.len() <= self.longest && self.words.contains(word)
    }

    /// The length of the longest word, in bytes.
    pub fn longest(&self) -> usize {
        self.longest
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.words.len()
    }

    /// True when the set holds no word.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
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
