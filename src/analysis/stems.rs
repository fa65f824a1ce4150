//! Content words and their light stems: what similarity, blocking and mention contexts compare.

use super::prepared::Prepared;
use std::ops::Range;

/// How many words either side of a mention make its local context.
const CONTEXT_WINDOW: usize = 6;
/// How many words after a holder's state (dead, held, resigned) its context reaches: the
/// holder, past a title.
pub(super) const HOLDER_WINDOW: usize = 12;

/// The content stems of one range of words: sorted and unique, and which one each word has.
///
/// Why: mention contexts name the stems around each mention. Looking each neighbour's stem up
/// again, by binary search over strings, was more work than finding every stem once.
pub(super) struct RangeStems<'t> {
    /// Index of the range's first token.
    first: usize,
    /// The stems, sorted and unique.
    unique: Vec<&'t str>,
    /// For each token from `first` on, the index of its stem in `unique`, or `u32::MAX` for a
    /// function word.
    by_token: Vec<u32>,
}

impl<'t> RangeStems<'t> {
    const NONE: u32 = u32::MAX;

    /// The stems of the words `words` of `prepared`.
    pub(super) fn new(prepared: &'t Prepared, words: Range<usize>) -> Self {
        // Sorted by their first eight bytes as a number first: most stems are told apart by
        // them, and comparing numbers is cheaper than comparing strings (the order is the same).
        let mut by_stem: Vec<(u64, &'t str, u32)> = Vec::with_capacity(words.len());
        by_stem.extend(words.clone().filter_map(|i| {
            let stem = prepared.content_stem(i)?;
            Some((leading_bytes(stem), stem, (i - words.start) as u32))
        }));
        by_stem.sort_unstable();
        let mut unique: Vec<&'t str> = Vec::with_capacity(by_stem.len());
        let mut by_token = vec![Self::NONE; words.len()];
        for (_, stem, i) in by_stem {
            if unique.last() != Some(&stem) {
                unique.push(stem);
            }
            by_token[i as usize] = (unique.len() - 1) as u32;
        }
        RangeStems {
            first: words.start,
            unique,
            by_token,
        }
    }

    /// The index of token `i`'s stem, if it is a content word of the range.
    fn of_token(&self, i: usize) -> Option<u32> {
        let at = i.checked_sub(self.first)?;
        self.by_token.get(at).copied().filter(|&s| s != Self::NONE)
    }

    /// The content words within [`CONTEXT_WINDOW`] words of token `at`, inside `range`, as
    /// indices into the sorted, unique stems.
    pub(super) fn context_of(
        &self,
        prepared: &Prepared,
        at: usize,
        range: &Range<usize>,
    ) -> Vec<u16> {
        self.context_around(prepared, at, range, CONTEXT_WINDOW)
    }

    /// The content words from [`CONTEXT_WINDOW`] words before token `at` to `after` words
    /// after it, inside `range`, as indices into the sorted, unique stems: whom a state is
    /// of may stand further off after it than before, past a title («مقتل قائد اللواء
    /// الخامس في الجبهة الشرقية العقيد سالم النوري»).
    pub(super) fn context_around(
        &self,
        prepared: &Prepared,
        at: usize,
        range: &Range<usize>,
        after: usize,
    ) -> Vec<u16> {
        let tokens = prepared.tokens();
        let from = at.saturating_sub(CONTEXT_WINDOW);
        let to = (at + after + 1).min(tokens.len());
        let mut out: Vec<u16> = (from..to)
            .filter(|&i| tokens[i].start >= range.start && tokens[i].end <= range.end)
            .filter_map(|i| self.of_token(i))
            .filter_map(|i| u16::try_from(i).ok())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The stems of words `words` (indices into the whole text), sorted and unique.
    pub(super) fn of_words(&self, words: impl IntoIterator<Item = usize>) -> Vec<String> {
        let mut ids: Vec<u32> = words.into_iter().filter_map(|i| self.of_token(i)).collect();
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter()
            .map(|i| self.unique[i as usize].to_string())
            .collect()
    }

    /// The stems, sorted and unique, as owned strings.
    pub(super) fn into_strings(self) -> Vec<String> {
        self.unique.iter().map(|s| s.to_string()).collect()
    }
}

/// The first eight bytes of `s` as a big-endian number (zeros after a shorter one): numbers in
/// the order of their strings' first eight bytes, as no word holds a zero byte.
pub(crate) fn leading_bytes(s: &str) -> u64 {
    let mut bytes = [0u8; 8];
    let n = s.len().min(8);
    bytes[..n].copy_from_slice(&s.as_bytes()[..n]);
    u64::from_be_bytes(bytes)
}

/// The content stems of `range` (folded bytes) in text order.
pub(super) fn ordered_stems(prepared: &Prepared, range: Range<usize>) -> Vec<String> {
    let first = prepared.token_at(range.start);
    let last = prepared.token_at(range.end);
    (first..last)
        .filter_map(|i| prepared.content_stem(i))
        .map(str::to_string)
        .collect()
}
