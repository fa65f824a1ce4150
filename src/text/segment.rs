//! Sentences and quotations of folded text.
//!
//! A line break always ends a sentence, so a quotation that never closes can swallow at most the
//! rest of its paragraph. Inside a paragraph a sentence ends at `. ! ? ؟ ۔` followed by space or a
//! closing quote, unless the stop sits inside a quotation, ends an abbreviation (`د.`, `Dr.`) or
//! belongs to a number (`3.5`, and `1 . 78` as tokenised corpora write it). A `|` ends one too:
//! scraped pages glue menus and headlines together with it. Every step is a single left-to-right
//! pass: linear in the text.

use super::tokens::is_word_char;
use super::words::WordSet;
use std::ops::Range;

/// A sentence of folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the folded text, trimmed of surrounding white space.
    pub range: Range<usize>,
    /// Index of the paragraph (line) it belongs to.
    pub paragraph: usize,
}

/// How a double-quote character acts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QuoteRole {
    Open,
    Close,
}

/// The role of a quote character, from its shape or, for the undirected `"`, from what follows
/// it: a quote followed by a word opens, anything else closes.
fn quote_role(c: char, next: Option<char>) -> Option<QuoteRole> {
    match c {
        '«' | '“' | '„' => Some(QuoteRole::Open),
        '»' | '”' => Some(QuoteRole::Close),
        '"' => Some(if next.is_some_and(is_word_char) {
            QuoteRole::Open
        } else {
            QuoteRole::Close
        }),
        _ => None,
    }
}

/// The outermost quotations of one paragraph, each as the byte range of its content (inside the
/// marks). Unclosed openers are ignored: they quote nothing.
pub fn quotations(text: &str, paragraph: Range<usize>) -> Vec<Range<usize>> {
    let slice = &text[paragraph.clone()];
    let mut out = Vec::new();
    // Most paragraphs quote nothing: every quote mark is `"` or starts with byte C2 or E2.
    if memchr::memchr3(b'"', 0xC2, 0xE2, slice.as_bytes()).is_none() {
        return out;
    }
    let mut depth_starts: Vec<usize> = Vec::new();
    // Only the characters opening with those bytes can be marks (C2 and E2 open a character,
    // never continue one), so the search jumps from one to the next.
    for at in memchr::memchr3_iter(b'"', 0xC2, 0xE2, slice.as_bytes()) {
        let mut rest = slice[at..].chars();
        let c = rest.next().expect("a mark's byte opens a character");
        let next = rest.next();
        match quote_role(c, next) {
            Some(QuoteRole::Open) => depth_starts.push(paragraph.start + at + c.len_utf8()),
            Some(QuoteRole::Close) => {
                if let Some(start) = depth_starts.pop()
                    && depth_starts.is_empty()
                {
                    out.push(start..paragraph.start + at);
                }
            }
            None => {}
        }
    }
    out
}

/// Paragraphs: the lines of the text, as byte ranges (without the line break).
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    // `memchr`'s vectorised search: `str::match_indices` took a tenth of the boilerplate stage.
    for at in memchr::memchr_iter(b'\n', text.as_bytes()) {
        out.push(start..at);
        start = at + 1;
    }
    out.push(start..text.len());
    out
}

fn trim_range(text: &str, r: Range<usize>) -> Range<usize> {
    let s = &text[r.clone()];
    let lead = s.len() - s.trim_start().len();
    let trail = s.len() - s.trim_end().len();
    (r.start + lead)..(r.end - trail).max(r.start + lead)
}

/// True when the full stop at `at` stands between two digits, with at most a space on either
/// side: a decimal point or a thousands separator as tokenised corpora write them («1 . 78»,
/// «10 . 000»), not the end of a sentence.
fn between_digits(bytes: &[u8], at: usize) -> bool {
    let before = bytes[..at].strip_suffix(b" ").unwrap_or(&bytes[..at]);
    let after = bytes[at + 1..]
        .strip_prefix(b" ")
        .unwrap_or(&bytes[at + 1..]);
    before.last().is_some_and(u8::is_ascii_digit) && after.first().is_some_and(u8::is_ascii_digit)
}

fn ends_with_abbreviation(before: &str, abbreviations: &WordSet) -> bool {
    // Abbreviations are short: look back a few characters only (no more than the longest has
    // bytes), so a long run of «a.a.a.» stays linear.
    let mut word_start = before.len();
    let mut bounded = false;
    for (i, c) in before
        .char_indices()
        .rev()
        .take(abbreviations.longest() + 1)
    {
        if !(is_word_char(c) || c == '.') {
            bounded = true;
            break;
        }
        word_start = i;
    }
    (bounded || word_start == 0) && abbreviations.contains(&before[word_start..])
}

/// Sentences longer than this are cut at a clause mark or a space, so that no stage downstream
/// ever sees an unbounded sentence (a scraped page with no punctuation, a runaway quotation).
pub const MAX_SENTENCE_BYTES: usize = 2048;

/// Cuts `range` into pieces of at most [`MAX_SENTENCE_BYTES`], preferring clause marks, then
/// spaces, then any character boundary.
fn cut_long(text: &str, range: Range<usize>, paragraph: usize, out: &mut Vec<Sentence>) {
    let mut start = range.start;
    while range.end - start > MAX_SENTENCE_BYTES {
        let mut limit = start + MAX_SENTENCE_BYTES;
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let window = &text[start..limit];
        let cut = window
            .rfind(['،', ',', ';', '؛'])
            .map(|i| i + window[i..].chars().next().map_or(1, char::len_utf8))
            .or_else(|| window.rfind(char::is_whitespace))
            .filter(|&i| i > MAX_SENTENCE_BYTES / 4)
            .map_or(limit, |i| start + i);
        let r = trim_range(text, start..cut);
        if !r.is_empty() {
            out.push(Sentence {
                range: r,
                paragraph,
            });
        }
        start = cut;
    }
    let r = trim_range(text, start..range.end);
    if !r.is_empty() {
        out.push(Sentence {
            range: r,
            paragraph,
        });
    }
}

/// Splits folded text into sentences; `abbreviations` end with a full stop without ending one.
#[cfg(any(test, feature = "lab"))]
pub fn sentences(text: &str, abbreviations: &WordSet) -> Vec<Sentence> {
    sentences_and_quotations(text, abbreviations).0
}

/// The next sentence stop in `bytes` from `from`: its position and length in bytes.
///
/// Stops are found by their bytes (all ASCII, or two-byte Arabic letters whose lead byte never
/// occurs inside another character), without decoding the text. Most paragraphs hold none of the
/// rare stops (`!`, `۔`), and there three needles suffice, so `memchr3` finds the candidates: `.`,
/// `?` and the second byte of `؟`; `rare_stops` says a paragraph needs the byte-by-byte scan.
fn next_stop(bytes: &[u8], from: usize, rare_stops: bool) -> Option<(usize, usize)> {
    let mut i = from;
    if !rare_stops {
        while let Some(j) = memchr::memchr3(b'.', b'?', 0x9F, &bytes[i..]) {
            let at = i + j;
            if bytes[at] != 0x9F {
                return Some((at, 1));
            }
            if at > 0 && bytes[at - 1] == 0xD8 {
                return Some((at - 1, 2)); // ؟
            }
            i = at + 1;
        }
        return None;
    }
    while i < bytes.len() {
        match bytes[i] {
            b'.' | b'!' | b'?' | b'|' => return Some((i, 1)),
            0xD8 if bytes.get(i + 1) == Some(&0x9F) => return Some((i, 2)), // ؟
            0xDB if bytes.get(i + 1) == Some(&0x94) => return Some((i, 2)), // ۔
            _ => i += 1,
        }
    }
    None
}

/// Sentences and the outermost quotations of every paragraph, in one pass over the paragraphs
/// (the extractor needs both; finding quotations twice cost a twentieth of extraction).
pub fn sentences_and_quotations(
    text: &str,
    abbreviations: &WordSet,
) -> (Vec<Sentence>, Vec<Range<usize>>) {
    let mut out = Vec::new();
    let mut all_quotes = Vec::new();
    for (p, para) in paragraphs(text).into_iter().enumerate() {
        let quotes = quotations(text, para.clone());
        let mut quote_iter = quotes.iter().peekable();
        let mut start = para.start;
        let slice = &text[para.clone()];
        let bytes = slice.as_bytes();
        let rare_stops = memchr::memchr3(b'!', 0x94, b'|', bytes).is_some();
        let mut i = 0;
        while let Some((found, len)) = next_stop(bytes, i, rare_stops) {
            i = found;
            let at = para.start + i;
            i += len;
            while quote_iter.peek().is_some_and(|q| q.end <= at) {
                quote_iter.next();
            }
            if quote_iter
                .peek()
                .is_some_and(|q| q.start <= at && at < q.end)
            {
                continue;
            }
            let boundary_after = match slice[i..].chars().next() {
                None => true,
                Some(n) => n.is_whitespace() || matches!(n, '"' | '»' | '”' | ')'),
            };
            if !boundary_after {
                continue;
            }
            if bytes[i - len] == b'.'
                && (ends_with_abbreviation(text[start..at].trim_end(), abbreviations)
                    || between_digits(bytes, i - len))
            {
                continue;
            }
            // Keep trailing stops and a closing quote with this sentence.
            while let Some(n) = slice[i..].chars().next() {
                if matches!(n, '.' | '!' | '?' | '؟' | '"' | '»' | '”' | ')') {
                    i += n.len_utf8();
                } else {
                    break;
                }
            }
            let end = para.start + i;
            cut_long(text, start..end, p, &mut out);
            start = end;
        }
        cut_long(text, start..para.end, p, &mut out);
        all_quotes.extend(quotes);
    }
    (out, all_quotes)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The quotations found by reading every character: what `quotations` must agree with.
    fn quotations_by_chars(text: &str, paragraph: Range<usize>) -> Vec<Range<usize>> {
        let slice = &text[paragraph.clone()];
        let mut out = Vec::new();
        let mut depth_starts: Vec<usize> = Vec::new();
        let mut chars = slice.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            match quote_role(c, next) {
                Some(QuoteRole::Open) => depth_starts.push(paragraph.start + at + c.len_utf8()),
                Some(QuoteRole::Close) => {
                    if let Some(start) = depth_starts.pop()
                        && depth_starts.is_empty()
                    {
                        out.push(start..paragraph.start + at);
                    }
                }
                None => {}
            }
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn quotations_agree_with_reading_every_character(
            t in "[\"«»“”‘’„‹›'a ب،.ـ\u{00A0}\u{2014}]{0,40}"
        ) {
            let whole = 0..t.len();
            proptest::prop_assert_eq!(quotations(&t, whole.clone()), quotations_by_chars(&t, whole));
        }
    }

    fn abbreviations() -> WordSet {
        crate::lexicon::Lexicon::default()
            .grammar()
            .abbreviations
            .clone()
    }

    /// Every stop, walking `bytes` with `next_stop`.
    fn stops(bytes: &[u8], rare_stops: bool) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while let Some((at, len)) = next_stop(bytes, i, rare_stops) {
            out.push((at, len));
            i = at + len;
        }
        out
    }

    proptest::proptest! {
        /// The memchr path finds what the byte-by-byte scan finds, in text without rare stops.
        #[test]
        fn the_fast_stop_search_agrees_with_the_byte_scan(t in "[\u{0600}-\u{06FF}a-z0-9 .?\n]{0,80}") {
            let bytes = t.as_bytes();
            proptest::prop_assume!(memchr::memchr3(b'!', 0x94, b'|', bytes).is_none());
            proptest::prop_assert_eq!(stops(bytes, false), stops(bytes, true));
        }
    }

    #[test]
    fn spaced_decimals_and_pipes_as_scraped_pages_write_them() {
        // A tokenised corpus spaces the decimal point: it ends no sentence.
        assert_eq!(
            texts("سجلت الهزة 5 . 7 درجات وقتل 3 اشخاص . وقال المسؤول"),
            ["سجلت الهزة 5 . 7 درجات وقتل 3 اشخاص .", "وقال المسؤول"]
        );
        // Menus and headlines glued with pipes are apart.
        assert_eq!(
            texts("الرئيسيه | اخبار | قتل 5 جنود في هجوم"),
            ["الرئيسيه |", "اخبار |", "قتل 5 جنود في هجوم"]
        );
        // A spaced abbreviation is still one.
        assert_eq!(
            texts("قال د . محمد ان الوضع مستقر."),
            ["قال د . محمد ان الوضع مستقر."]
        );
    }

    #[test]
    fn rare_stops_are_found_by_the_byte_scan() {
        let t = "جملة اولى! جملة ثانية۔ ثالثة؟ رابعة.";
        let found: Vec<&str> = stops(t.as_bytes(), true)
            .into_iter()
            .map(|(at, len)| &t[at..at + len])
            .collect();
        assert_eq!(found, ["!", "۔", "؟", "."]);
    }

    fn texts(t: &str) -> Vec<&str> {
        sentences(t, &abbreviations())
            .into_iter()
            .map(|s| &t[s.range])
            .collect()
    }

    #[test]
    fn splits_on_arabic_and_latin_stops_and_lines() {
        let t = "قال الوزير إن الوضع مستقر. واضاف ان القوات جاهزه؟ نعم\nسطر جديد";
        assert_eq!(
            texts(t),
            [
                "قال الوزير إن الوضع مستقر.",
                "واضاف ان القوات جاهزه؟",
                "نعم",
                "سطر جديد"
            ]
        );
    }

    #[test]
    fn keeps_abbreviations_numbers_and_quotes_together() {
        let t = "قال د. محمد إن النسبة 3.5 بالمئة. وقال: \"هذا جيد. وذاك ايضا\" ثم غادر.";
        assert_eq!(
            texts(t),
            [
                "قال د. محمد إن النسبة 3.5 بالمئة.",
                "وقال: \"هذا جيد. وذاك ايضا\" ثم غادر."
            ]
        );
    }

    #[test]
    fn unclosed_quote_does_not_swallow_the_next_line() {
        let t = "قال: \"هذا لا ينتهي. ابدا\nسطر ثان. وثالث.";
        // The unclosed quote quotes nothing: its stop ends a sentence, and the line break another.
        assert_eq!(
            texts(t),
            ["قال: \"هذا لا ينتهي.", "ابدا", "سطر ثان.", "وثالث."]
        );
    }

    #[test]
    fn long_sentences_are_cut_and_runs_of_stops_stay_linear() {
        let long = "كلمة ".repeat(2000);
        let parts = sentences(&long, &abbreviations());
        assert!(parts.len() > 1);
        assert!(parts.iter().all(|s| s.range.len() <= MAX_SENTENCE_BYTES));
        let dots = "a.".repeat(200_000);
        assert!(!sentences(&dots, &abbreviations()).is_empty());
    }

    #[test]
    fn finds_outer_quotations_by_direction() {
        let t = "ل\"العربي الجديد\"، وقال إن \"الامر «واضح» تماما\" ثم.";
        let q: Vec<&str> = quotations(t, 0..t.len())
            .into_iter()
            .map(|r| &t[r])
            .collect();
        assert_eq!(q, ["العربي الجديد", "الامر «واضح» تماما"]);
    }
}
