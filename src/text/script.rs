//! Which script a word is written in: where Arabic and English are read differently (word
//! order, clitics, relatives, names), the readings ask this, one word at a time, instead of
//! each testing bytes its own way.

/// True for a word written in Latin letters, as the lexicon's English entries are. Today the
/// test is ASCII: an accented name ("Déby") is not yet read as Latin.
#[inline]
pub(crate) fn is_latin(word: &str) -> bool {
    word.is_ascii()
}

/// True when most of `words` are Latin: a statement in English.
pub(crate) fn mostly_latin<'w>(words: impl ExactSizeIterator<Item = &'w str>) -> bool {
    let n = words.len();
    2 * words.filter(|w| is_latin(w)).count() > n
}
