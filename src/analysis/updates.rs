//! Counts given as updates of earlier counts: «ارتفعت حصيلة القتلى إلى…», «وكانت حصيلة سابقة…»,
//! «آخر حصيلة», "the toll rose to". A later toll supersedes an earlier one; the judge must not
//! read the two as a contradiction.

use super::prepared::Prepared;

/// How far from a toll word its rise word or update word may stand.
const REACH: usize = 2;

/// True when words `words` of `p` give a count as an update: a toll word with a rise word just
/// before it or an update word just before or after it.
pub(super) fn is_update(p: &Prepared, words: std::ops::Range<usize>) -> bool {
    let g = p.lexicon().grammar();
    words.clone().any(|i| {
        g.toll_words.contains(p.word(i)) && {
            let before = i.saturating_sub(REACH).max(words.start)..i;
            let after = i + 1..(i + 1 + REACH).min(words.end);
            before
                .clone()
                .any(|j| g.rise_words.contains(p.word(j)) || g.update_words.contains(p.word(j)))
                || after
                    .into_iter()
                    .any(|j| g.update_words.contains(p.word(j)))
        }
    })
}
