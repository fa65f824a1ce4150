//! Numbers written in digits or in words, in folded Arabic or English text.
//!
//! Digits may carry thousands separators (`2,500`) or a decimal point (`3.5`); Arabic-Indic and
//! Persian digits arrive here already folded to ASCII. Number words are read with the usual
//! accumulator: units, tens and hundreds add up, and a scale word (ألف، آلاف، مليون، thousand)
//! multiplies what came before it. Dual forms stand alone: ألفي / ألفين = 2,000.

use super::tokens::{MAX_CLITIC_BYTES, Token, is_clitic_prefix};
use rustc_hash::FxHashMap;
use std::ops::Range;
use std::sync::OnceLock;

/// A number found in folded text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// Its value.
    pub value: f64,
    /// Byte range in the folded text (all its words).
    pub range: Range<usize>,
    /// Index of its first token.
    pub first_token: usize,
    /// Index just past its last token.
    pub end_token: usize,
    /// True when written in digits only (so `2008` may be a year).
    pub digits: bool,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Word {
    Unit(f64),
    Ten(f64),
    Hundred(f64),
    /// Multiplies what came before it (ألف، آلاف، مليون، thousand).
    Scale(f64),
    /// A dual that is a whole number by itself (ألفين = 2,000).
    Whole(f64),
}

/// Every number word the reader knows, in folded form, with what it stands for.
const NUMBER_WORDS: &[(&str, Word)] = &[
    ("واحد", Word::Unit(1.0)),
    ("واحده", Word::Unit(1.0)),
    ("one", Word::Unit(1.0)),
    ("اثنان", Word::Unit(2.0)),
    ("اثنين", Word::Unit(2.0)),
    ("اثنتان", Word::Unit(2.0)),
    ("اثنتين", Word::Unit(2.0)),
    ("two", Word::Unit(2.0)),
    ("ثلاث", Word::Unit(3.0)),
    ("ثلاثه", Word::Unit(3.0)),
    ("three", Word::Unit(3.0)),
    ("اربع", Word::Unit(4.0)),
    ("اربعه", Word::Unit(4.0)),
    ("four", Word::Unit(4.0)),
    ("خمس", Word::Unit(5.0)),
    ("خمسه", Word::Unit(5.0)),
    ("five", Word::Unit(5.0)),
    ("ست", Word::Unit(6.0)),
    ("سته", Word::Unit(6.0)),
    ("six", Word::Unit(6.0)),
    ("سبع", Word::Unit(7.0)),
    ("سبعه", Word::Unit(7.0)),
    ("seven", Word::Unit(7.0)),
    ("ثماني", Word::Unit(8.0)),
    ("ثمانيه", Word::Unit(8.0)),
    ("ثمان", Word::Unit(8.0)),
    ("eight", Word::Unit(8.0)),
    ("تسع", Word::Unit(9.0)),
    ("تسعه", Word::Unit(9.0)),
    ("nine", Word::Unit(9.0)),
    ("عشر", Word::Unit(10.0)),
    ("عشره", Word::Unit(10.0)),
    ("ten", Word::Unit(10.0)),
    ("احد", Word::Unit(1.0)),
    ("احدي", Word::Unit(1.0)),
    ("اثنا", Word::Unit(2.0)),
    ("اثنتا", Word::Unit(2.0)),
    ("eleven", Word::Unit(11.0)),
    ("twelve", Word::Unit(12.0)),
    ("thirteen", Word::Unit(13.0)),
    ("fourteen", Word::Unit(14.0)),
    ("fifteen", Word::Unit(15.0)),
    ("sixteen", Word::Unit(16.0)),
    ("seventeen", Word::Unit(17.0)),
    ("eighteen", Word::Unit(18.0)),
    ("nineteen", Word::Unit(19.0)),
    ("عشرون", Word::Ten(20.0)),
    ("عشرين", Word::Ten(20.0)),
    ("twenty", Word::Ten(20.0)),
    ("ثلاثون", Word::Ten(30.0)),
    ("ثلاثين", Word::Ten(30.0)),
    ("thirty", Word::Ten(30.0)),
    ("اربعون", Word::Ten(40.0)),
    ("اربعين", Word::Ten(40.0)),
    ("forty", Word::Ten(40.0)),
    ("خمسون", Word::Ten(50.0)),
    ("خمسين", Word::Ten(50.0)),
    ("fifty", Word::Ten(50.0)),
    ("ستون", Word::Ten(60.0)),
    ("ستين", Word::Ten(60.0)),
    ("sixty", Word::Ten(60.0)),
    ("سبعون", Word::Ten(70.0)),
    ("سبعين", Word::Ten(70.0)),
    ("seventy", Word::Ten(70.0)),
    ("ثمانون", Word::Ten(80.0)),
    ("ثمانين", Word::Ten(80.0)),
    ("eighty", Word::Ten(80.0)),
    ("تسعون", Word::Ten(90.0)),
    ("تسعين", Word::Ten(90.0)),
    ("ninety", Word::Ten(90.0)),
    ("مئه", Word::Hundred(100.0)),
    ("مائه", Word::Hundred(100.0)),
    ("hundred", Word::Hundred(100.0)),
    ("مئتان", Word::Hundred(200.0)),
    ("مئتين", Word::Hundred(200.0)),
    ("مائتان", Word::Hundred(200.0)),
    ("مائتين", Word::Hundred(200.0)),
    ("مئتي", Word::Hundred(200.0)),
    ("مائتي", Word::Hundred(200.0)),
    ("ثلاثمئه", Word::Hundred(300.0)),
    ("ثلاثمائه", Word::Hundred(300.0)),
    ("اربعمئه", Word::Hundred(400.0)),
    ("اربعمائه", Word::Hundred(400.0)),
    ("خمسمئه", Word::Hundred(500.0)),
    ("خمسمائه", Word::Hundred(500.0)),
    ("ستمئه", Word::Hundred(600.0)),
    ("ستمائه", Word::Hundred(600.0)),
    ("سبعمئه", Word::Hundred(700.0)),
    ("سبعمائه", Word::Hundred(700.0)),
    ("ثمانمئه", Word::Hundred(800.0)),
    ("ثمانمائه", Word::Hundred(800.0)),
    ("ثمانيمئه", Word::Hundred(800.0)),
    ("ثمانيمائه", Word::Hundred(800.0)),
    ("تسعمئه", Word::Hundred(900.0)),
    ("تسعمائه", Word::Hundred(900.0)),
    ("الف", Word::Scale(1e3)),
    ("الفا", Word::Scale(1e3)),
    ("الاف", Word::Scale(1e3)),
    ("thousand", Word::Scale(1e3)),
    ("thousands", Word::Scale(1e3)),
    ("الفان", Word::Whole(2e3)),
    ("الفين", Word::Whole(2e3)),
    ("الفي", Word::Whole(2e3)),
    ("مليون", Word::Scale(1e6)),
    ("مليونا", Word::Scale(1e6)),
    ("ملايين", Word::Scale(1e6)),
    ("million", Word::Scale(1e6)),
    ("millions", Word::Scale(1e6)),
    ("مليونان", Word::Whole(2e6)),
    ("مليونين", Word::Whole(2e6)),
    ("مليوني", Word::Whole(2e6)),
    ("مليار", Word::Scale(1e9)),
    ("مليارا", Word::Scale(1e9)),
    ("مليارات", Word::Scale(1e9)),
    ("billion", Word::Scale(1e9)),
    ("billions", Word::Scale(1e9)),
    ("ملياران", Word::Whole(2e9)),
    ("مليارين", Word::Whole(2e9)),
    ("ملياري", Word::Whole(2e9)),
];

/// The clitic a form of a number word carries.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Clitic {
    None,
    /// The conjunction و (and), inside a compound number: ألفين وخمسمئة.
    And,
    /// The prepositions ب and ل, on the first word of a number only: بألفي.
    Preposition,
}

/// A number word as it may appear in text, clitic included.
#[derive(Debug, Clone, Copy)]
struct Form {
    word: Word,
    clitic: Clitic,
}

/// Every form of every number word, clitics included, for one hash lookup per token.
///
/// Why a table: most tokens are not number words, and a `match` over some 120 strings, tried
/// bare and with each clitic, compared a token hundreds of times before saying so.
fn forms() -> &'static FxHashMap<Box<str>, Form> {
    static FORMS: OnceLock<FxHashMap<Box<str>, Form>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut map = FxHashMap::default();
        let clitics = [
            ("و", Clitic::And),
            ("ب", Clitic::Preposition),
            ("ل", Clitic::Preposition),
        ];
        // Bare forms first: a clitic form never shadows a word that is a number by itself.
        for &(w, word) in NUMBER_WORDS {
            map.insert(
                w.into(),
                Form {
                    word,
                    clitic: Clitic::None,
                },
            );
        }
        for (prefix, clitic) in clitics {
            for &(w, word) in NUMBER_WORDS {
                map.entry(format!("{prefix}{w}").into_boxed_str())
                    .or_insert(Form { word, clitic });
            }
        }
        map
    })
}

/// Reads a bare number word.
fn number_word(w: &str) -> Option<Word> {
    forms()
        .get(w)
        .filter(|f| f.clitic == Clitic::None)
        .map(|f| f.word)
}

/// Reads a number word, allowing the conjunction و (and, inside a compound number) and, on the
/// first word, the prepositions ب and ل.
fn number_word_with_clitic(w: &str, first: bool) -> Option<Word> {
    let form = forms().get(w)?;
    (first || form.clitic != Clitic::Preposition).then_some(form.word)
}

/// Accumulates a run of number words into a value.
#[derive(Default)]
struct Accumulator {
    total: f64,
    current: f64,
    last_unit: bool,
}

impl Accumulator {
    fn push(&mut self, word: Word) {
        match word {
            Word::Unit(v) => {
                if v == 10.0 && self.last_unit && self.current > 0.0 && self.current < 10.0 {
                    self.current += 10.0; // ثلاثة عشر = 13
                } else {
                    self.current += v;
                }
            }
            Word::Ten(v) => self.current += v,
            Word::Hundred(v) => {
                if v == 100.0 && self.current > 0.0 && self.current < 10.0 {
                    self.current *= 100.0;
                } else {
                    self.current += v;
                }
            }
            Word::Scale(m) => {
                self.total += self.current.max(1.0) * m;
                self.current = 0.0;
            }
            Word::Whole(v) => self.total += v,
        }
        self.last_unit = matches!(word, Word::Unit(_));
    }

    fn value(&self) -> f64 {
        self.total + self.current
    }
}

fn parse_digits(s: &str) -> Option<f64> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

/// Digits after Arabic clitics glued to them, as «الـ60» or «بـ2024» fold to «ال60», «ب2024»:
/// the byte offset where the digits start, and their value.
fn parse_clitic_digits(s: &str) -> Option<(usize, f64)> {
    // Digits are ASCII, so a byte search finds them without decoding the word; only the first
    // bytes need searching, as digits after more than a run of clitics belong to a word (اف16).
    let at = s
        .bytes()
        .take(MAX_CLITIC_BYTES + 1)
        .position(|b| b.is_ascii_digit())?;
    if !is_clitic_prefix(&s[..at]) {
        return None;
    }
    Some((at, parse_digits(&s[at..])?))
}

/// Finds the numbers among `tokens` of folded `text`.
pub fn find_numbers(text: &str, tokens: &[Token]) -> Vec<NumberMention> {
    let word = |i: usize| &text[tokens[i].range()];
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((skip, mut value)) = parse_clitic_digits(word(i)) {
            let first = i;
            let start = tokens[i].start + skip;
            let mut end = tokens[i].end;
            // Thousands groups (2,500 / 1,250,000) and a decimal part (3.5).
            while i + 1 < tokens.len() {
                let sep = &text[end..tokens[i + 1].start];
                let next = word(i + 1);
                let Some(next_value) = parse_digits(next) else {
                    break;
                };
                if sep == "," && next.len() == 3 {
                    value = value * 1000.0 + next_value;
                } else if sep == "." {
                    value += next_value / 10f64.powi(next.len() as i32);
                } else {
                    break;
                }
                i += 1;
                end = tokens[i].end;
            }
            let mut digits = true;
            if i + 1 < tokens.len()
                && let Some(Word::Scale(m)) = number_word(word(i + 1))
            {
                value *= m;
                i += 1;
                end = tokens[i].end;
                digits = false;
            }
            out.push(NumberMention {
                value,
                range: start..end,
                first_token: first,
                end_token: i + 1,
                digits,
            });
            i += 1;
            continue;
        }
        if let Some(w) = number_word_with_clitic(word(i), true) {
            let first = i;
            let mut acc = Accumulator::default();
            acc.push(w);
            let mut last = i;
            let mut j = i + 1;
            while j < tokens.len() {
                // A separate و between two number words (ألفين و خمسمئة).
                if word(j) == "و" && j + 1 < tokens.len() {
                    if let Some(w) = number_word(word(j + 1)) {
                        acc.push(w);
                        last = j + 1;
                        j += 2;
                        continue;
                    }
                    break;
                }
                match number_word_with_clitic(word(j), false) {
                    Some(w) => {
                        acc.push(w);
                        last = j;
                        j += 1;
                    }
                    None => break,
                }
            }
            out.push(NumberMention {
                value: acc.value(),
                range: tokens[first].start..tokens[last].end,
                first_token: first,
                end_token: last + 1,
                digits: false,
            });
            i = last + 1;
            continue;
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize::normalize_str;
    use crate::text::tokens::tokenize;

    fn values(s: &str) -> Vec<f64> {
        let t = normalize_str(s);
        find_numbers(&t, &tokenize(&t))
            .into_iter()
            .map(|n| n.value)
            .collect()
    }

    #[test]
    fn reads_digits_with_separators_in_every_script() {
        assert_eq!(values("نحو 2,500 جندي"), [2500.0]);
        assert_eq!(values("نحو ٢٥٠٠ جندي"), [2500.0]);
        assert_eq!(values("نحو ۲۵۰۰ جندي"), [2500.0]);
        assert_eq!(values("نسبة 3.5 بالمئة"), [3.5]);
        assert_eq!(values("٢٫٥ مليون دولار"), [2_500_000.0]);
    }

    #[test]
    fn reads_digits_glued_to_clitics_but_not_to_words() {
        assert_eq!(values("تجاوز حاجز الـ60 دولارا"), [60.0]);
        assert_eq!(values("مقارنة بـ2024"), [2024.0]);
        assert_eq!(values("طائرة اف16 جديدة"), Vec::<f64>::new());
    }

    #[test]
    fn reads_arabic_number_words_duals_and_plurals() {
        assert_eq!(values("لا يتجاوز ألفي عسكري"), [2000.0]);
        assert_eq!(values("ألفين وخمسمئة جندي"), [2500.0]);
        assert_eq!(values("ثلاثة آلاف مقاتل"), [3000.0]);
        assert_eq!(values("خمسمئة جندي"), [500.0]);
        assert_eq!(values("ثلاث مئة جندي"), [300.0]);
        assert_eq!(values("ثلاثة عشر قتيلا"), [13.0]);
        assert_eq!(values("خمسة وعشرين ألفا"), [25000.0]);
        assert_eq!(values("مليونين"), [2_000_000.0]);
    }

    #[test]
    fn prepositions_open_a_number_and_the_conjunction_continues_one() {
        assert_eq!(values("زيادة بألفي جندي"), [2000.0]);
        assert_eq!(values("ألفين وخمسمئة"), [2500.0]);
        // ب cannot join a compound number: it opens the next one.
        assert_eq!(values("ألفين بخمسمئة"), [2000.0, 500.0]);
    }

    #[test]
    fn reads_english_number_words() {
        assert_eq!(values("about two thousand troops"), [2000.0]);
        assert_eq!(values("2,500 US troops and 900 in Syria"), [2500.0, 900.0]);
    }
}
