//! Each word's light stem, found once for a text: what a prepared text hands every reading of
//! its words.

use crate::text::WordSet;
use crate::text::tokens::{Token, light_stem};

/// True for words that carry content: not function words, not bare digits.
#[inline]
fn is_content_word(w: &str, function_words: &WordSet) -> bool {
    w.chars().nth(1).is_some()
        && !function_words.contains(w)
        && !w.bytes().all(|b| b.is_ascii_digit())
}

/// Each word's light stem, or none for a word that carries no content: found once for a text.
///
/// Why: the document's profile and every claim's analysis read the same words, and each looked
/// every word up in the function words and stemmed it again.
#[derive(Debug)]
pub(crate) struct WordStems {
    /// For each word: its stem's byte range in the folded text (a stem is a slice of its
    /// word), empty for a word with no content.
    ranges: Vec<(u32, u32)>,
}

impl WordStems {
    pub(crate) fn new(text: &str, tokens: &[Token], function_words: &WordSet) -> Self {
        let ranges = tokens
            .iter()
            .map(|t| {
                let word = &text[t.range()];
                if !is_content_word(word, function_words) {
                    return (0, 0);
                }
                let stem = light_stem(word);
                let start = t.start + (stem.as_ptr() as usize - word.as_ptr() as usize);
                (start as u32, (start + stem.len()) as u32)
            })
            .collect();
        WordStems { ranges }
    }

    /// The stem of word `i` of `text` (the text the stems were found in).
    #[inline]
    pub(crate) fn of<'t>(&self, text: &'t str, i: usize) -> Option<&'t str> {
        let (start, end) = self.ranges[i];
        (end > start).then(|| &text[start as usize..end as usize])
    }
}
