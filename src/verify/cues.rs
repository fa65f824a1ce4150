//! How a text talks about what it reports: the words that call it false, hold it at arm's length,
//! or vouch for it (the lexicon's refuting, hedging and confirming words), counted.
//!
//! Why: whether an article agrees with a claim or only discusses it is seldom one sentence's
//! verdict. On FNC-1's articles, the articles that discuss a claim hedge ("reportedly",
//! "allegedly"), the ones that agree vouch for it, and the ones that disagree call it a hoax:
//! these counts are what the document stance model weighs.

use crate::lexicon::Lexicon;
use crate::text::WordSet;
use crate::text::tokens::light_stem;

/// Counts of the lexicon's cue words in a text.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct TextCues {
    /// Words in the text.
    pub words: u32,
    /// Words calling something false (hoax, fake, «مفبرك»).
    pub refuting: u32,
    /// Words holding a report at arm's length (reportedly, «يزعم»).
    pub hedging: u32,
    /// Words vouching for a report (confirmed, «أكد»).
    pub confirming: u32,
}

impl TextCues {
    /// Counts the cue words of `text`.
    pub fn of(text: &str, lexicon: &Lexicon) -> Self {
        let mut cues = TextCues::default();
        cues.add(text, lexicon);
        cues
    }

    /// Adds the cue words of `text` to the counts.
    pub fn add(&mut self, text: &str, lexicon: &Lexicon) {
        let grammar = lexicon.grammar();
        for w in words_of(&crate::text::normalize_str(text)) {
            self.words += 1;
            self.refuting += u32::from(listed(&grammar.refuting_words, w));
            self.hedging += u32::from(listed(&grammar.hedging_words, w));
            self.confirming += u32::from(listed(&grammar.confirming_words, w));
        }
    }

    /// Whether any word calls something false.
    pub fn refutes(&self) -> bool {
        self.refuting > 0
    }

    /// Whether any word hedges.
    pub fn hedges(&self) -> bool {
        self.hedging > 0
    }

    /// `count` per hundred words.
    pub(crate) fn rate(&self, count: u32) -> f64 {
        100.0 * f64::from(count) / f64::from(self.words.max(1))
    }
}

/// The words of a folded text.
pub(super) fn words_of(folded: &str) -> impl Iterator<Item = &str> {
    folded
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
}

/// Whether a folded word is in a cue list, as written or by its light stem (the lists hold
/// each word and its stem, so «الشائعات» meets «شائعات»).
pub(super) fn listed(list: &WordSet, word: &str) -> bool {
    list.contains(word) || list.contains(light_stem(word))
}
