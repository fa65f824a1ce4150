//! Numbers written in digits or in words, in folded Arabic or English text.
//!
//! Digits may carry thousands separators (`2,500`) or a decimal point (`3.5`); Arabic-Indic and
//! Persian digits arrive here already folded to ASCII. Number words are read with the usual
//! accumulator: units, tens and hundreds add up, and a scale word (ألف، آلاف، مليون، thousand)
//! multiplies what came before it. Dual forms stand alone: ألفي / ألفين = 2,000.

use super::tokens::{Token, is_clitic_prefix};
use std::ops::Range;

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

fn number_word(w: &str) -> Option<Word> {
    use Word::*;
    Some(match w {
        "واحد" | "واحده" | "one" => Unit(1.0),
        "اثنان" | "اثنين" | "اثنتان" | "اثنتين" | "two" => Unit(2.0),
        "ثلاث" | "ثلاثه" | "three" => Unit(3.0),
        "اربع" | "اربعه" | "four" => Unit(4.0),
        "خمس" | "خمسه" | "five" => Unit(5.0),
        "ست" | "سته" | "six" => Unit(6.0),
        "سبع" | "سبعه" | "seven" => Unit(7.0),
        "ثماني" | "ثمانيه" | "ثمان" | "eight" => Unit(8.0),
        "تسع" | "تسعه" | "nine" => Unit(9.0),
        "عشر" | "عشره" | "ten" => Unit(10.0),
        "احد" | "احدي" => Unit(1.0),
        "اثنا" | "اثنتا" => Unit(2.0),
        "eleven" => Unit(11.0),
        "twelve" => Unit(12.0),
        "thirteen" => Unit(13.0),
        "fourteen" => Unit(14.0),
        "fifteen" => Unit(15.0),
        "sixteen" => Unit(16.0),
        "seventeen" => Unit(17.0),
        "eighteen" => Unit(18.0),
        "nineteen" => Unit(19.0),
        "عشرون" | "عشرين" | "twenty" => Ten(20.0),
        "ثلاثون" | "ثلاثين" | "thirty" => Ten(30.0),
        "اربعون" | "اربعين" | "forty" => Ten(40.0),
        "خمسون" | "خمسين" | "fifty" => Ten(50.0),
        "ستون" | "ستين" | "sixty" => Ten(60.0),
        "سبعون" | "سبعين" | "seventy" => Ten(70.0),
        "ثمانون" | "ثمانين" | "eighty" => Ten(80.0),
        "تسعون" | "تسعين" | "ninety" => Ten(90.0),
        "مئه" | "مائه" | "hundred" => Hundred(100.0),
        "مئتان" | "مئتين" | "مائتان" | "مائتين" | "مئتي" | "مائتي" => {
            Hundred(200.0)
        }
        "ثلاثمئه" | "ثلاثمائه" => Hundred(300.0),
        "اربعمئه" | "اربعمائه" => Hundred(400.0),
        "خمسمئه" | "خمسمائه" => Hundred(500.0),
        "ستمئه" | "ستمائه" => Hundred(600.0),
        "سبعمئه" | "سبعمائه" => Hundred(700.0),
        "ثمانمئه" | "ثمانمائه" | "ثمانيمئه" | "ثمانيمائه" => {
            Hundred(800.0)
        }
        "تسعمئه" | "تسعمائه" => Hundred(900.0),
        "الف" | "الفا" | "الاف" | "thousand" | "thousands" => Scale(1e3),
        "الفان" | "الفين" | "الفي" => Whole(2e3),
        "مليون" | "مليونا" | "ملايين" | "million" | "millions" => Scale(1e6),
        "مليونان" | "مليونين" | "مليوني" => Whole(2e6),
        "مليار" | "مليارا" | "مليارات" | "billion" | "billions" => Scale(1e9),
        "ملياران" | "مليارين" | "ملياري" => Whole(2e9),
        _ => return None,
    })
}

/// Reads a number word, allowing the conjunction و (and, inside a compound number) and, on the
/// first word, the prepositions ب and ل.
fn number_word_with_clitic(w: &str, first: bool) -> Option<Word> {
    if let Some(n) = number_word(w) {
        return Some(n);
    }
    let prefixes: &[&str] = if first { &["و", "ب", "ل"] } else { &["و"] };
    prefixes
        .iter()
        .find_map(|p| w.strip_prefix(p).and_then(number_word))
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
    // Digits are ASCII, so a byte search finds them without decoding the word.
    let at = s.bytes().position(|b| b.is_ascii_digit())?;
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
    fn reads_english_number_words() {
        assert_eq!(values("about two thousand troops"), [2000.0]);
        assert_eq!(values("2,500 US troops and 900 in Syria"), [2500.0, 900.0]);
    }
}
