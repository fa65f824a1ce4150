//! Normalisation for matching, with a map back to the original bytes.
//!
//! Matching runs on a folded copy of the text: Arabic diacritics and tatweel removed, letter
//! variants unified, Persian letters and digits mapped to their Arabic and ASCII forms, invisible
//! controls dropped, Latin case-folded. Every byte of the folded text remembers the byte offset of
//! the original character it came from, so any span found in the folded text maps back to a span of
//! the original that a user can highlight.
//!
//! The folds are small composable functions, one per script concern, applied in order by
//! [`fold_char`]; NFKC runs first on presentation forms only (it folds the lam-alef ligature and
//! the isolated/final glyph forms, but none of the letters below).

use std::ops::Range;

/// What one original character becomes in the folded text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fold {
    /// Keep this character (possibly replaced).
    Char(char),
    /// Drop it: it carries no meaning for matching.
    Drop,
}

/// Arabic diacritics (harakat, tanween, shadda, sukun, dagger alef, Quranic marks) and tatweel.
fn fold_arabic_marks(c: char) -> Option<Fold> {
    match c {
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06ED}' => Some(Fold::Drop),
        '\u{0640}' => Some(Fold::Drop), // tatweel
        _ => None,
    }
}

/// Arabic letter variants that writers use interchangeably.
fn fold_arabic_letters(c: char) -> Option<Fold> {
    let to = match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | 'ٲ' | 'ٳ' => 'ا',
        'ى' => 'ي',
        'ة' => 'ه',
        _ => return None,
    };
    Some(Fold::Char(to))
}

/// Persian and Urdu letters that appear inside Arabic words in scraped news.
fn fold_persian_letters(c: char) -> Option<Fold> {
    let to = match c {
        'ی' | 'ې' | 'ۍ' => 'ي',
        'ک' | 'ڪ' => 'ك',
        'ھ' | 'ہ' | 'ۀ' | 'ە' => 'ه',
        'ۂ' => 'ه',
        _ => return None,
    };
    Some(Fold::Char(to))
}

/// Arabic-Indic and Persian digits to ASCII; Arabic decimal and thousands marks to ASCII.
fn fold_digits(c: char) -> Option<Fold> {
    let to = match c {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
        '\u{066B}' => '.', // Arabic decimal separator
        '\u{066C}' => ',', // Arabic thousands separator
        _ => return None,
    };
    Some(Fold::Char(to))
}

/// Zero-width characters, bidi controls and the byte-order mark: invisible, so dropped.
/// Exotic spaces become a plain space; carriage returns are dropped so CRLF reads as LF.
fn fold_invisibles(c: char) -> Option<Fold> {
    match c {
        '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}' => Some(Fold::Drop),
        '\u{061C}' | '\u{00AD}' | '\r' => Some(Fold::Drop),
        '\u{00A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\t' => {
            Some(Fold::Char(' '))
        }
        _ => None,
    }
}

/// Typographic apostrophes fold to the ASCII one: English news writes isn’t and isn't alike
/// (about half and half on FNC-1's bodies), and the lexicon lists one spelling.
fn fold_apostrophes(c: char) -> Option<Fold> {
    matches!(c, '\u{2019}' | '\u{2018}' | '\u{02BC}').then_some(Fold::Char('\''))
}

/// Latin case folding (ASCII fast path; other scripts with case use their simple lowercase).
fn fold_case(c: char) -> Option<Fold> {
    if c.is_ascii_uppercase() {
        return Some(Fold::Char(c.to_ascii_lowercase()));
    }
    if !c.is_ascii() && c.is_uppercase() {
        let mut lower = c.to_lowercase();
        if let (Some(l), None) = (lower.next(), lower.next()) {
            return Some(Fold::Char(l));
        }
    }
    None
}

/// The fold of one character, after any compatibility decomposition.
fn fold_single(c: char) -> Fold {
    // Most characters of Arabic text are plain letters that no fold touches.
    if matches!(c, '\u{0621}' | '\u{0624}' | '\u{0626}'..='\u{0628}' | '\u{062A}'..='\u{063A}' | '\u{0641}'..='\u{0648}' | '\u{064A}')
    {
        return Fold::Char(c);
    }
    fold_arabic_marks(c)
        .or_else(|| fold_arabic_letters(c))
        .or_else(|| fold_persian_letters(c))
        .or_else(|| fold_digits(c))
        .or_else(|| fold_invisibles(c))
        .or_else(|| fold_apostrophes(c))
        .or_else(|| fold_case(c))
        .unwrap_or(Fold::Char(c))
}

/// True for Arabic presentation forms, which NFKC maps to base letters.
fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// Folds one original character, calling `emit` for each character of its folded form.
pub fn fold_char(c: char, mut emit: impl FnMut(char)) {
    if c.is_ascii() {
        // Fast path: ASCII only needs case folding and the CR/TAB rules.
        match c {
            '\r' => {}
            '\t' => emit(' '),
            _ => emit(c.to_ascii_lowercase()),
        }
        return;
    }
    if is_presentation_form(c) {
        unicode_normalization::char::decompose_compatible(c, |d| {
            if let Fold::Char(f) = fold_single(d) {
                emit(f)
            }
        });
        return;
    }
    if let Fold::Char(f) = fold_single(c) {
        emit(f)
    }
}

/// Folds a short string (a lexicon entry, a query) without keeping offsets.
pub fn normalize_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        fold_char(c, |f| out.push(f));
    }
    out
}

/// How many bytes at `i` (a character boundary) start a character that folds to itself: an ASCII
/// byte other than a capital, CR or TAB, or one of the plain Arabic letters of [`fold_single`]'s
/// fast path; 0 when the character needs folding. Every character of every text passes here, so
/// the answer is read from bit masks rather than worked out by comparisons. The masks index the
/// second byte by its low six bits: at a character boundary of a `str`, a byte after D8 or D9
/// is a continuation byte.
#[inline]
fn plain_bytes(bytes: &[u8], i: usize) -> usize {
    /// Bit `b` set for the ASCII bytes `b` that fold to themselves (not A–Z, CR or TAB).
    const PLAIN_ASCII: u128 = {
        let mut mask = !0u128;
        let mut b = b'A';
        while b <= b'Z' {
            mask &= !(1 << b);
            b += 1;
        }
        mask & !(1 << b'\r') & !(1 << b'\t')
    };
    /// Bit `n & 0x3F` set for the second bytes `n` after D8 of U+0621, U+0624, U+0626–0628 and
    /// U+062A–063A.
    const PLAIN_AFTER_D8: u64 = {
        let mut mask = 0u64;
        let mut n = 0xA1u8;
        while n <= 0xBA {
            if !matches!(n, 0xA2 | 0xA3 | 0xA5 | 0xA9) {
                mask |= 1 << (n & 0x3F);
            }
            n += 1;
        }
        mask
    };
    /// The same after D9: U+0641–0648 and U+064A.
    const PLAIN_AFTER_D9: u64 = {
        let mut mask = 1u64 << (0x8A & 0x3F);
        let mut n = 0x81u8;
        while n <= 0x88 {
            mask |= 1 << (n & 0x3F);
            n += 1;
        }
        mask
    };
    let b = bytes[i];
    if b < 0x80 {
        return ((PLAIN_ASCII >> b) & 1) as usize;
    }
    let mask = match b {
        0xD8 => PLAIN_AFTER_D8,
        0xD9 => PLAIN_AFTER_D9,
        _ => return 0,
    };
    match bytes.get(i + 1) {
        Some(&n) if (mask >> (n & 0x3F)) & 1 == 1 => 2,
        _ => 0,
    }
}

/// Where `words` stand as words in `folded`: the first occurrence that starts and ends a word
/// wins, then one behind a proclitic (و، ف، ب، ل، ك، ال: «وانسحاب» for «انسحاب»), then any, so
/// «لم» is not marked inside «الماليزية» when it stands alone further on.
pub fn best_match(folded: &str, words: &str) -> Option<usize> {
    let is_letter = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let rank = |at: usize| {
        let before = &folded[..at];
        let word_start = before.rfind(|c: char| !c.is_alphanumeric()).map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
        let prefix = &before[word_start..];
        let ends = !is_letter(folded[at + words.len()..].chars().next());
        let proclitic = prefix.chars().count() <= 3
            && prefix.chars().all(|c| "وفبلكا".contains(c))
            && (prefix.len() < 2 || !prefix.ends_with('ا'));
        match (prefix.is_empty(), ends, proclitic) {
            (true, true, _) => 0,
            (false, true, true) => 1,
            _ => 2,
        }
    };
    folded
        .match_indices(words)
        .map(|(at, _)| (rank(at), at))
        .min()
        .map(|(_, at)| at)
}

/// A folded copy of a text and the map from its bytes back to the original.
#[derive(Debug, Clone)]
pub struct Normalized {
    text: String,
    /// Where the map from folded to original offsets changes, in folded order; the last one is
    /// the end of both texts. Most characters fold to one of the same length (an Arabic letter to
    /// an Arabic letter), so runs of them need no entry: a byte per byte map cost four bytes of
    /// memory, and the time to write them, for every byte of every document.
    anchors: Vec<Anchor>,
}

/// One entry of the offset map.
#[derive(Debug, Clone, Copy)]
struct Anchor {
    /// Folded byte offset where this entry starts.
    folded: u32,
    /// Original byte offset of the character there.
    original: u32,
    /// True when the bytes from here on map one to one (until the next entry); false when they
    /// all belong to the one original character at `original` (a letter that folded to text of
    /// another length).
    linear: bool,
}

impl Normalized {
    /// Folds `original`. Texts longer than `u32::MAX` bytes are refused earlier, by the corpus
    /// loader's size limit.
    pub fn new(original: &str) -> Self {
        assert!(
            original.len() < u32::MAX as usize,
            "text too large to normalise"
        );
        let mut text = String::with_capacity(original.len());
        let mut anchors: Vec<Anchor> = Vec::new();
        // Notes that folded bytes from `folded` on come from original bytes from `at` on.
        let note = |anchors: &mut Vec<Anchor>, folded: usize, at: usize, linear: bool| {
            let predicted = anchors.last().is_some_and(|a| {
                a.linear && a.original as usize + (folded - a.folded as usize) == at
            });
            if !(linear && predicted) {
                anchors.push(Anchor {
                    folded: folded as u32,
                    original: at as u32,
                    linear,
                });
            }
        };
        let bytes = original.as_bytes();
        let (mut i, mut run) = (0, 0);
        while i < bytes.len() {
            let plain = plain_bytes(bytes, i);
            if plain > 0 {
                i += plain;
                continue;
            }
            // Copy the run of bytes no fold touches in one go, then fold one character.
            if run < i {
                note(&mut anchors, text.len(), run, true);
                text.push_str(&original[run..i]);
            }
            let c = original[i..]
                .chars()
                .next()
                .expect("i is a character boundary");
            let before = text.len();
            fold_char(c, |f| text.push(f));
            let added = text.len() - before;
            if added > 0 {
                note(&mut anchors, before, i, added == c.len_utf8());
            }
            i += c.len_utf8();
            run = i;
        }
        if run < bytes.len() {
            note(&mut anchors, text.len(), run, true);
            text.push_str(&original[run..]);
        }
        anchors.push(Anchor {
            folded: text.len() as u32,
            original: original.len() as u32,
            linear: false,
        });
        Normalized { text, anchors }
    }

    /// The folded text.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Maps a byte range of the folded text to the byte range of the original that produced it.
    /// Marks dropped between two kept characters (a shadda, a zero-width joiner) go with the
    /// character before them, so the original range always lies on character boundaries.
    pub fn original_range(&self, folded: Range<usize>) -> Range<usize> {
        let start = self.original_offset(folded.start);
        let end = self.original_offset(folded.end);
        start..end.max(start)
    }

    /// Where the folded `words` stand in the original text ([`best_match`]'s choice), as a
    /// byte range of the original: a cue the rules read folded («دائمه») found as its text
    /// writes it («دائمة»).
    pub fn find(&self, words: &str) -> Option<Range<usize>> {
        if words.is_empty() {
            return None;
        }
        let at = best_match(&self.text, words)?;
        Some(self.original_range(at..at + words.len()))
    }

    /// The original byte offset of a folded byte offset (a character boundary of the folded
    /// text).
    pub fn original_offset(&self, folded: usize) -> usize {
        let f = folded.min(self.text.len()) as u32;
        let i = self.anchors.partition_point(|a| a.folded <= f).max(1) - 1;
        let a = self.anchors[i];
        if a.linear {
            (a.original + (f - a.folded)) as usize
        } else {
            a.original as usize
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folded_cue_is_found_as_written_and_as_a_whole_word_first() {
        let written_as = |original: &str, folded: &str| -> Option<String> {
            Normalized::new(original)
                .find(folded)
                .map(|r| original[r].to_string())
        };
        let text = "سعت الحكومة لإخراج القوات، لا إلى انسحابها";
        assert_eq!(written_as(text, "لا").as_deref(), Some("لا"));
        assert_eq!(written_as(text, "اخراج").as_deref(), Some("إخراج"));
        assert_eq!(
            written_as("قالت إنها ستكون دائمة.", "دائمه").as_deref(),
            Some("دائمة")
        );
        assert_eq!(
            written_as("Officials Denied it", "denied").as_deref(),
            Some("Denied")
        );
        assert_eq!(written_as("نص آخر", "دائمه"), None);
    }

    #[test]
    fn a_character_taken_as_plain_folds_to_itself() {
        // Every character whose bytes the fast path takes as plain must be one `fold_char`
        // leaves alone: checked for all of them, not a sample.
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            let mut bytes = [0u8; 4];
            let encoded = c.encode_utf8(&mut bytes).as_bytes();
            if plain_bytes(encoded, 0) > 0 {
                assert_eq!(plain_bytes(encoded, 0), c.len_utf8(), "{c:?}");
                let mut folded = Vec::new();
                fold_char(c, |f| folded.push(f));
                assert_eq!(folded, [c], "{c:?} is taken as plain but folds");
            }
        }
    }

    #[test]
    fn folds_persian_letters_diacritics_and_tatweel() {
        let original = "العسكریة مھمة لـ\"العربي\" وأكّد";
        let n = Normalized::new(original);
        assert_eq!(n.as_str(), "العسكريه مهمه ل\"العربي\" واكد");
    }

    #[test]
    fn folds_digits_and_alef_forms() {
        assert_eq!(normalize_str("٢٥٠٠ و۲۰۲۴ إلى آخر"), "2500 و2024 الي اخر");
    }

    #[test]
    fn drops_invisible_controls_and_folds_case() {
        assert_eq!(normalize_str("A\u{200F}b\u{FEFF}C\u{00A0}d"), "abc d");
    }

    #[test]
    fn folds_typographic_apostrophes_and_keeps_offsets() {
        assert_eq!(
            normalize_str("Isn\u{2019}t \u{2018}it\u{2019}"),
            "isn't 'it'"
        );
        assert_eq!(normalize_str("isn\u{02BC}t"), "isn't");
        // The folded apostrophe (one byte) maps back to the original's three.
        let n = Normalized::new("hasn\u{2019}t denied");
        assert_eq!(n.as_str(), "hasn't denied");
        let at = n.as_str().find("denied").unwrap();
        assert_eq!(
            &"hasn\u{2019}t denied"[n.original_range(at..at + 6)],
            "denied"
        );
    }

    #[test]
    fn folds_presentation_forms_through_nfkc() {
        // lam-alef ligature and an isolated beh
        assert_eq!(normalize_str("\u{FEFB}\u{FE8F}"), "لاب");
    }

    #[test]
    fn maps_folded_ranges_back_to_original_bytes() {
        let original = "قال: مھمّة ٢٥٠٠";
        let n = Normalized::new(original);
        let folded = n.as_str();
        let at = folded.find("مهمه").unwrap();
        let r = n.original_range(at..at + "مهمه".len());
        assert_eq!(&original[r], "مھمّة");
        let at = folded.find("2500").unwrap();
        let r = n.original_range(at..at + 4);
        assert_eq!(&original[r], "٢٥٠٠");
    }

    #[test]
    fn every_folded_character_maps_to_the_original_character_that_made_it() {
        // Plain runs, dropped marks and tatweel, letters of other lengths (digits, a ligature),
        // capitals, CR and TAB: each kind of anchor in the offset map.
        let original = "Xقالـــ:\tمھمّة ٢٥٠٠ \u{FEFB}ab\r\nCD";
        let n = Normalized::new(original);
        for (at, c) in n.as_str().char_indices() {
            let r = n.original_range(at..at + c.len_utf8());
            assert!(original.is_char_boundary(r.start) && original.is_char_boundary(r.end));
            // One letter of a ligature's expansion maps to an empty range at the ligature; the
            // whole expansion maps to the ligature (checked below through the full range).
            if !r.is_empty() {
                let piece = normalize_str(&original[r.clone()]);
                assert!(piece.contains(c), "{c:?} from {:?}", &original[r]);
            }
        }
        let at = n.as_str().find("لاab").unwrap();
        assert_eq!(&original[n.original_range(at..at + "لا".len())], "\u{FEFB}");
        assert_eq!(n.original_range(0..n.as_str().len()), 0..original.len());
        assert_eq!(n.original_offset(n.as_str().len()), original.len());
    }

    #[test]
    fn normalisation_is_idempotent() {
        let s = "سیُصار إلى صیاغة جدولٍ زمنيٍّ ﻻ ٣";
        let once = normalize_str(s);
        assert_eq!(normalize_str(&once), once);
    }
}
