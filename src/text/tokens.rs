//! Words of folded text, Arabic clitics and a light stemmer.
//!
//! A word is a maximal run of letters, digits and the apostrophe inside English contractions. The
//! scanner is hand-rolled over folded text: it is several times faster than UAX-29 word breaking
//! and folded Arabic needs none of UAX-29's special cases.

use std::ops::Range;

/// One word of folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset in the folded text.
    pub start: usize,
    /// Byte offset just past the word.
    pub end: usize,
}

impl Token {
    /// The word's byte range in the folded text.
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }
}

/// True for the characters words are made of: letters and digits of any script. The ASCII and
/// Arabic blocks are answered from their ranges; only other scripts ask the Unicode tables,
/// whose lookup is the slowest step of tokenising Arabic otherwise.
#[inline]
pub fn is_word_char(c: char) -> bool {
    match c {
        'a'..='z' | 'A'..='Z' | '0'..='9' => true,
        '\0'..='\u{7F}' => false,
        '\u{0660}'..='\u{0669}' => true,
        c if is_common_arabic_char(c) => true,
        '\u{0600}'..='\u{060F}'
        | '\u{061B}'..='\u{061F}'
        | '\u{066A}'..='\u{066D}'
        | '\u{06D4}' => false,
        _ => c.is_alphanumeric(),
    }
}

/// True for the Arabic letters of the common ranges, U+0621–063A and U+0641–064A: nearly every
/// letter of Arabic news, which the fast paths tell from their bytes.
#[inline]
pub(crate) fn is_common_arabic_char(c: char) -> bool {
    matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}')
}

/// True when `lead` and `next` are the two bytes of one of [`is_common_arabic_char`]'s letters,
/// which [`tokenize`] classifies from their bytes (`lead` at a character boundary).
#[inline]
fn is_common_arabic_letter(lead: u8, next: u8) -> bool {
    /// Bit `n & 0x3F` set for the second bytes `n` of U+0621–063A (after D8: A1–BA).
    const AFTER_D8: u64 = ((1u64 << (0xBA - 0x80 + 1)) - 1) & !((1u64 << (0xA1 - 0x80)) - 1);
    /// The same for U+0641–064A (after D9: 81–8A).
    const AFTER_D9: u64 = ((1u64 << (0x8A - 0x80 + 1)) - 1) & !((1u64 << (0x81 - 0x80)) - 1);
    let mask = match lead {
        0xD8 => AFTER_D8,
        0xD9 => AFTER_D9,
        _ => return false,
    };
    next & 0xC0 == 0x80 && (mask >> (next & 0x3F)) & 1 == 1
}

/// The words of `text` with their byte ranges.
///
/// A word is a run of [`is_word_char`] characters, except that an Arabic letter right after an
/// ASCII digit starts a new word: news text glues numbers to the noun they count (`16امرأة`,
/// `100عام`), and the number must stand alone to be read. ASCII and the common Arabic letters
/// and digits are classified from their bytes; only other characters are decoded.
pub fn tokenize(text: &str) -> Vec<Token> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 6);
    let mut start: Option<usize> = None;
    let mut i = 0;
    while i < bytes.len() {
        let (is_word, len) = match (bytes[i], bytes.get(i + 1).copied()) {
            (b, next) if b.is_ascii() => {
                let inner_apostrophe =
                    b == b'\'' && start.is_some() && next.is_some_and(|n| n.is_ascii_alphabetic());
                (b.is_ascii_alphanumeric() || inner_apostrophe, 1)
            }
            // U+0621–063A and U+0641–064A: the Arabic letters of is_word_char. One right after
            // an ASCII digit opens a new word: a number glued to what it counts (16امرأة).
            (0xD8, Some(0xA1..=0xBA)) | (0xD9, Some(0x81..=0x8A)) => {
                if i > 0
                    && bytes[i - 1].is_ascii_digit()
                    && let Some(s) = start.replace(i)
                {
                    out.push(Token { start: s, end: i });
                }
                start.get_or_insert(i);
                // The letters after it, to the end of the run, only extend the word: the byte
                // before each is an Arabic letter's, never a digit, so no glue rule applies. Most
                // of a text's bytes are such runs, so they are stepped over two bytes at a time.
                i += 2;
                i += 2 * bytes[i..]
                    .chunks_exact(2)
                    .take_while(|pair| is_common_arabic_letter(pair[0], pair[1]))
                    .count();
                continue;
            }
            // U+0660–0669: the Arabic-Indic digits.
            (0xD9, Some(0xA0..=0xA9)) => (true, 2),
            _ => {
                let c = text[i..].chars().next().expect("i is a character boundary");
                (is_word_char(c), c.len_utf8())
            }
        };
        if is_word {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push(Token { start: s, end: i });
        }
        i += len;
    }
    if let Some(s) = start {
        out.push(Token {
            start: s,
            end: text.len(),
        });
    }
    out
}

/// Prefixes that attach to the front of an Arabic word (conjunctions, prepositions, the article),
/// in folded form, longest first. A lexicon entry may match after any of them.
pub(crate) const PROCLITICS: &[&str] = &[
    "وبال", "فبال", "وكال", "وال", "فال", "بال", "كال", "ولل", "فلل", "لل", "ال", "وب", "ول", "وك",
    "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك", "س", "وس",
];

/// The letters the entries of [`PROCLITICS`] open with.
pub(crate) const CLITIC_LETTERS: &[char] = &['و', 'ف', 'ب', 'ك', 'ل', 'س', 'ا'];

/// The length in bytes of the longest entry of [`PROCLITICS`].
pub(crate) const MAX_CLITIC_BYTES: usize = {
    let mut longest = 0;
    let mut i = 0;
    while i < PROCLITICS.len() {
        if PROCLITICS[i].len() > longest {
            longest = PROCLITICS[i].len();
        }
        i += 1;
    }
    longest
};

/// True when `prefix` (the letters of a word before a lexicon match) is a run of clitics.
pub(crate) fn is_clitic_prefix(prefix: &str) -> bool {
    prefix.is_empty() || PROCLITICS.contains(&prefix)
}

/// Strips Arabic clitics and common suffixes so that inflected forms share a key. This is a light
/// stemmer in the spirit of Larkey's light10: it never strips a word below three letters.
///
/// One prefix at most is stripped, the first that fits of وال، بال، كال، فال، لل، ال، و; then one
/// suffix at most, the first that fits of هما، كما، ات، ان، ون، ين، يه، ها، هم، نا، ه، ي، ا.
/// A word in another script is its own stem, but for an English possessive's «'s».
pub fn light_stem(word: &str) -> &str {
    let Some(first) = word.chars().next() else {
        return word;
    };
    if !('\u{0600}'..='\u{06FF}').contains(&first) {
        // An English possessive is its noun's stem: "Quimby's agent" is about Quimby.
        return match word.strip_suffix("'s").or_else(|| word.strip_suffix('\'')) {
            Some(noun) if noun.len() >= 3 => noun,
            _ => word,
        };
    }
    // Every affix below is Arabic letters of two bytes each, so counting letters once is enough:
    // stripping n affix letters leaves `len - n`. A word's letters are its bytes that open a
    // character (the standard count is made for long texts, and slower on a word). This runs
    // for every content word, so only the affixes that open with its first letter, or end with
    // its last, are tried, each a constant the compiler compares as a number.
    let len = word.bytes().filter(|&b| (b as i8) >= -0x40).count();
    if len <= 3 {
        return word;
    }
    let (mut w, mut left) = (word, len);
    // The first affix of a list that leaves three letters is stripped.
    macro_rules! first_of {
        (prefix $($affix:literal),+) => {
            'tried: {
                $(
                    if left - $affix.len() / 2 >= 3
                        && let Some(rest) = w.strip_prefix($affix)
                    {
                        w = rest;
                        left -= $affix.len() / 2;
                        break 'tried;
                    }
                )+
            }
        };
        (suffix $($affix:literal),+) => {
            'tried: {
                $(
                    if left - $affix.len() / 2 >= 3
                        && let Some(rest) = w.strip_suffix($affix)
                    {
                        w = rest;
                        break 'tried;
                    }
                )+
            }
        };
    }
    match first {
        'و' => first_of!(prefix "وال", "و"),
        'ب' => first_of!(prefix "بال"),
        'ك' => first_of!(prefix "كال"),
        'ف' => first_of!(prefix "فال"),
        'ل' => first_of!(prefix "لل"),
        'ا' => first_of!(prefix "ال"),
        _ => {}
    }
    match w.chars().next_back() {
        Some('ا') => first_of!(suffix "هما", "كما", "ها", "نا", "ا"),
        Some('ت') => first_of!(suffix "ات"),
        Some('ن') => first_of!(suffix "ان", "ون", "ين"),
        Some('ه') => first_of!(suffix "يه", "ه"),
        Some('م') => first_of!(suffix "هم"),
        Some('ي') => first_of!(suffix "ي"),
        _ => {}
    }
    w
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_proclitic_opens_with_a_clitic_letter() {
        for c in PROCLITICS {
            let first = c.chars().next().unwrap();
            assert!(CLITIC_LETTERS.contains(&first), "{c}");
        }
    }

    /// The words by decoding every character: what `tokenize` must agree with.
    fn tokenize_by_chars(text: &str) -> Vec<Token> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut chars = text.char_indices().peekable();
        let mut previous = ' ';
        while let Some((at, c)) = chars.next() {
            let inner_apostrophe = c == '\''
                && start.is_some()
                && chars.peek().is_some_and(|&(_, n)| n.is_ascii_alphabetic());
            let glued = previous.is_ascii_digit()
                && matches!(c, '\u{0621}'..='\u{063A}' | '\u{0641}'..='\u{064A}');
            previous = c;
            if glued && let Some(s) = start.replace(at) {
                out.push(Token { start: s, end: at });
            } else if is_word_char(c) || inner_apostrophe {
                start.get_or_insert(at);
            } else if let Some(s) = start.take() {
                out.push(Token { start: s, end: at });
            }
        }
        if let Some(s) = start {
            out.push(Token {
                start: s,
                end: text.len(),
            });
        }
        out
    }

    #[test]
    fn the_byte_scanner_agrees_with_decoding_every_character() {
        for t in [
            "قال: \"ليس لدينا\"، don't ٢٥٠٠ و2024؟ Ünïcödé ـ ۔ ؛ ٪ ﻻ x'",
            "العسكريه مهمه ل\"العربي\" واكد… «نحو 2,500 جندي» — it's ok'",
            "",
            "'",
            "a'",
            "ab'c",
            "۱۲۳ ۴ ٠",
            "\u{200B}كلمة\u{00A0}أخرى",
            "16امرأة و1000عام ب2024م x9ب ٣٠يوما",
        ] {
            assert_eq!(tokenize(t), tokenize_by_chars(t), "{t:?}");
        }
    }

    #[test]
    fn the_letter_mask_takes_exactly_the_common_arabic_letters() {
        // Checked for every character of two bytes, not a sample.
        for c in ('\u{80}'..='\u{7FF}').filter(|c| c.len_utf8() == 2) {
            let mut bytes = [0u8; 4];
            let b = c.encode_utf8(&mut bytes).as_bytes();
            assert_eq!(
                is_common_arabic_letter(b[0], b[1]),
                is_common_arabic_char(c),
                "{c:?}"
            );
        }
    }

    proptest::proptest! {
        #[test]
        fn the_byte_scanner_agrees_on_any_text(t in "\\PC{0,60}") {
            proptest::prop_assert_eq!(tokenize(&t), tokenize_by_chars(&t));
        }

        #[test]
        fn the_byte_scanner_agrees_on_arabic_like_text(t in "[\u{0600}-\u{06FF}a-zA-Z0-9' .،]{0,80}") {
            proptest::prop_assert_eq!(tokenize(&t), tokenize_by_chars(&t));
        }

        /// Few characters, so that every kind meets every other often: letters of both byte
        /// ranges, hamza and ta marbuta, Arabic punctuation (two bytes, like the letters), both
        /// kinds of digits, Latin letters, an apostrophe and spaces.
        #[test]
        fn the_byte_scanner_agrees_where_letters_meet_punctuation(t in "[كتبءةفقيى،؛؟٠٣0-9a' .]{0,40}") {
            proptest::prop_assert_eq!(tokenize(&t), tokenize_by_chars(&t));
        }
    }

    #[test]
    fn a_number_glued_to_its_noun_is_two_words() {
        let t = "تكريم 16امرأة في الحفل و2024";
        let words: Vec<&str> = tokenize(t).iter().map(|w| &t[w.range()]).collect();
        assert_eq!(words, ["تكريم", "16", "امرأة", "في", "الحفل", "و2024"]);
    }

    #[test]
    fn splits_on_punctuation_and_keeps_ranges() {
        let t = "قال: \"ليس لدينا\"، don't";
        let words: Vec<&str> = tokenize(t).iter().map(|w| &t[w.range()]).collect();
        assert_eq!(words, ["قال", "ليس", "لدينا", "don't"]);
    }

    /// The stemmer as its documentation reads, every affix tried in turn: what `light_stem`
    /// must agree with.
    fn light_stem_by_lists(word: &str) -> &str {
        if !word.starts_with(|c: char| ('\u{0600}'..='\u{06FF}').contains(&c)) {
            for possessive in ["'s", "'"] {
                if let Some(noun) = word.strip_suffix(possessive) {
                    return if noun.len() >= 3 { noun } else { word };
                }
            }
            return word;
        }
        let len = word.chars().count();
        if len <= 3 {
            return word;
        }
        let (mut w, mut left) = (word, len);
        for p in ["وال", "بال", "كال", "فال", "لل", "ال", "و"] {
            if left - p.len() / 2 >= 3
                && let Some(rest) = w.strip_prefix(p)
            {
                w = rest;
                left -= p.len() / 2;
                break;
            }
        }
        for s in [
            "هما", "كما", "ات", "ان", "ون", "ين", "يه", "ها", "هم", "نا", "ه", "ي", "ا",
        ] {
            if left - s.len() / 2 >= 3
                && let Some(rest) = w.strip_suffix(s)
            {
                return rest;
            }
        }
        w
    }

    proptest::proptest! {
        #[test]
        fn the_stemmer_agrees_with_trying_every_affix(w in "[وبكفلاتنيهمدس]{0,9}") {
            proptest::prop_assert_eq!(light_stem(&w), light_stem_by_lists(&w));
        }
    }

    #[test]
    fn stems_clitics_and_suffixes() {
        assert_eq!(light_stem("والقوات"), "قوات");
        assert_eq!(light_stem("المفاوضات"), "مفاوض");
        assert_eq!(light_stem("هجوما"), "هجوم");
        assert_eq!(light_stem("troops"), "troops");
        assert_eq!(light_stem("quimby's"), "quimby");
        assert_eq!(light_stem("agents'"), "agents");
        assert_eq!(light_stem("it's"), "it's");
    }

    #[test]
    fn knows_clitic_prefixes() {
        assert!(is_clitic_prefix("وال"));
        assert!(is_clitic_prefix(""));
        assert!(!is_clitic_prefix("ا"));
        assert!(!is_clitic_prefix("مت"));
    }
}
