//! Numbers written in digits or in words, in folded Arabic or English text.
//!
//! Digits may carry thousands separators (`2,500`) or a decimal point (`3.5`); Arabic-Indic and
//! Persian digits arrive here already folded to ASCII. Number words are read with the usual
//! accumulator: units, tens and hundreds add up, and a scale word (ألف، آلاف، مليون، thousand)
//! multiplies what came before it. Dual forms stand alone: ألفي / ألفين = 2,000.

use super::tokens::{MAX_CLITIC_BYTES, Token, is_clitic_prefix};
use super::words::WordMap;
use rustc_hash::FxHashMap;
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

/// What a number word stands for in the accumulator that reads a run of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "lowercase")]
#[non_exhaustive]
pub enum NumberWordKind {
    /// One to nineteen: adds up (ثلاثة عشر = 13).
    Unit,
    /// Twenty to ninety: adds up.
    Ten,
    /// A hundred or hundreds: multiplies a unit before it (ثلاث مئة = 300), else adds up.
    Hundred,
    /// Multiplies what came before it (ألف، آلاف، مليون، thousand).
    Scale,
    /// A dual that is a whole number by itself (ألفين = 2,000).
    Whole,
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

impl Word {
    fn new(kind: NumberWordKind, value: f64) -> Self {
        match kind {
            NumberWordKind::Unit => Word::Unit(value),
            NumberWordKind::Ten => Word::Ten(value),
            NumberWordKind::Hundred => Word::Hundred(value),
            NumberWordKind::Scale => Word::Scale(value),
            NumberWordKind::Whole => Word::Whole(value),
        }
    }
}

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

/// The number words the reader knows: every form of every word, clitics included, for one hash
/// lookup per token. The words are data (the lexicon's grammar section); this is their table.
///
/// Why a table: most tokens are not number words, and a `match` over some 120 strings, tried
/// bare and with each clitic, compared a token hundreds of times before saying so.
#[derive(Debug, Clone, Default)]
pub struct NumberWords {
    forms: WordMap<Form>,
}

impl NumberWords {
    /// The table of `(folded form, kind, value)` entries. A bare form never gives way to a
    /// clitic form of another word (و + احد is واحد, one).
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a str, NumberWordKind, f64)>) -> Self {
        let entries: Vec<(&str, Word)> = entries
            .into_iter()
            .map(|(form, kind, value)| (form, Word::new(kind, value)))
            .collect();
        let mut forms = FxHashMap::default();
        for &(w, word) in &entries {
            let clitic = Clitic::None;
            forms.insert(w.into(), Form { word, clitic });
        }
        let clitics = [
            ("و", Clitic::And),
            ("ب", Clitic::Preposition),
            ("ل", Clitic::Preposition),
        ];
        for (prefix, clitic) in clitics {
            for &(w, word) in &entries {
                forms
                    .entry(format!("{prefix}{w}").into_boxed_str())
                    .or_insert(Form { word, clitic });
            }
        }
        NumberWords {
            forms: forms.into(),
        }
    }

    /// True when `w` is a number word, with or without a clitic (وخمسة).
    pub fn contains(&self, w: &str) -> bool {
        self.forms.get(w).is_some()
    }

    /// Reads a bare number word.
    fn bare(&self, w: &str) -> Option<Word> {
        self.forms
            .get(w)
            .filter(|f| f.clitic == Clitic::None)
            .map(|f| f.word)
    }

    /// Reads a number word, allowing the conjunction و (and, inside a compound number) and, on
    /// the first word, the prepositions ب and ل.
    fn with_clitic(&self, w: &str, first: bool) -> Option<Word> {
        let form = self.forms.get(w)?;
        (first || form.clitic != Clitic::Preposition).then_some(form.word)
    }
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
            // A teen's ten adds to its unit (ثلاثة عشر = 13): `takes` says when a unit may
            // follow a unit at all.
            Word::Unit(v) | Word::Ten(v) => self.current += v,
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

    /// Whether `word` goes on the number read so far. A unit never follows a unit but as the
    /// ten of a teen (ثلاثة عشر): «مسعفين اثنين وخمسة جنود» is two medics and five soldiers,
    /// two counts, not seven.
    fn takes(&self, word: Word) -> bool {
        match word {
            Word::Unit(v) if self.last_unit => {
                // The teen's unit is the last digit: «مئة وخمسة عشر» is 115.
                let unit = self.current % 100.0;
                v == 10.0 && unit > 0.0 && unit < 10.0
            }
            _ => true,
        }
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

/// The separator a gap between two digit runs holds: `,` or `.`, alone or with one space on
/// either side; `None` for anything else.
fn separator(gap: &str) -> Option<char> {
    let mark = gap.strip_prefix(' ').unwrap_or(gap);
    let mark = mark.strip_suffix(' ').unwrap_or(mark);
    match mark {
        "," | "٬" => Some(','),
        "." | "٫" => Some('.'),
        _ => None,
    }
}

/// True when `value`, read from `groups` digit runs so far, is a bare year: a spaced full stop
/// after it ends a sentence.
fn is_year(value: f64, groups: usize) -> bool {
    groups == 1 && super::dates::is_year_value(value)
}

/// True when digit run `i` is followed by another separator and digit run, as in a date written
/// with dots or slashes («27 . 12 . 2017», «14 / 11 / 2017»).
fn chained(text: &str, tokens: &[Token], i: usize) -> bool {
    i + 1 < tokens.len()
        && matches!(
            text[tokens[i].end..tokens[i + 1].start].trim(),
            "." | "/" | "-"
        )
        && parse_digits(&text[tokens[i + 1].range()]).is_some()
}

/// When digit run `i` opens a clock time (hours, a colon, minutes of two digits), the index of
/// the token after it.
fn clock_time_end(text: &str, tokens: &[Token], i: usize) -> Option<usize> {
    let hours = &text[tokens[i].range()];
    let next = tokens.get(i + 1)?;
    let minutes = &text[next.range()];
    let is_time = hours.len() <= 2
        && hours.bytes().all(|b| b.is_ascii_digit())
        && minutes.len() == 2
        && minutes.bytes().all(|b| b.is_ascii_digit())
        && text[tokens[i].end..next.start].trim() == ":";
    is_time.then_some(i + 2)
}

/// Finds the numbers among `tokens` of folded `text`, number words read from `words`.
pub fn find_numbers(text: &str, tokens: &[Token], words: &NumberWords) -> Vec<NumberMention> {
    let word = |i: usize| &text[tokens[i].range()];
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if let Some((skip, mut value)) = parse_clitic_digits(word(i)) {
            // A clock time («09 : 46», «17:00») counts nothing.
            if let Some(after) = clock_time_end(text, tokens, i) {
                i = after;
                continue;
            }
            let first = i;
            let start = tokens[i].start + skip;
            let mut end = tokens[i].end;
            let mut decimal = false;
            // Thousands groups (2,500 / 1,250,000) and a decimal part (3.5), written bare or
            // spaced as tokenised corpora write them («3 , 000», «1 . 78»).
            while i + 1 < tokens.len() {
                let sep = &text[end..tokens[i + 1].start];
                let next = word(i + 1);
                let Some(next_value) = parse_digits(next) else {
                    break;
                };
                let spaced = sep.len() > 1;
                let mark = separator(sep);
                let scale_follows =
                    i + 2 < tokens.len() && matches!(words.bare(word(i + 2)), Some(Word::Scale(_)));
                if mark == Some(',') && next.len() == 3 && !decimal {
                    value = value * 1000.0 + next_value;
                } else if mark == Some('.') && !spaced && !decimal {
                    value += next_value / 10f64.powi(next.len() as i32);
                    decimal = true;
                } else if mark == Some('.') && spaced && !decimal {
                    let in_chain = first > 0 && chained(text, tokens, first - 1);
                    if is_year(value, i + 1 - first) || in_chain || chained(text, tokens, i + 1) {
                        break; // «في 2015 . 45 آخرون», «27 . 12 . 2017»
                    }
                    if next.len() == 3 && !scale_follows {
                        value = value * 1000.0 + next_value; // «10 . 000 شخص»
                    } else {
                        value += next_value / 10f64.powi(next.len() as i32);
                        decimal = true;
                    }
                } else {
                    break;
                }
                i += 1;
                end = tokens[i].end;
            }
            let mut digits = true;
            if i + 1 < tokens.len()
                && let Some(Word::Scale(m)) = words.bare(word(i + 1))
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
        if let Some(w) = words.with_clitic(word(i), true) {
            let first = i;
            let mut acc = Accumulator::default();
            acc.push(w);
            let mut last = i;
            let mut j = i + 1;
            while j < tokens.len() {
                // A separate و between two number words (ألفين و خمسمئة).
                if word(j) == "و" && j + 1 < tokens.len() {
                    if let Some(w) = words.bare(word(j + 1))
                        && acc.takes(w)
                    {
                        acc.push(w);
                        last = j + 1;
                        j += 2;
                        continue;
                    }
                    break;
                }
                match words.with_clitic(word(j), false) {
                    Some(w) if acc.takes(w) => {
                        acc.push(w);
                        last = j;
                        j += 1;
                    }
                    _ => break,
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
        let lexicon = crate::lexicon::Lexicon::default();
        find_numbers(&t, &tokenize(&t), &lexicon.grammar().number_words)
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
        assert_eq!(values("لا يتجاوز ألفي شرطي"), [2000.0]);
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
        // A unit after a unit opens the next count: two medics and five soldiers.
        assert_eq!(values("مسعفين اثنين وخمسة جنود"), [2.0, 5.0]);
        assert_eq!(values("اثنين و خمسة"), [2.0, 5.0]);
        // A teen ends a number of hundreds or thousands.
        assert_eq!(values("مئة وخمسة عشر"), [115.0]);
        assert_eq!(values("ثلاثمئة وخمسة عشر"), [315.0]);
        assert_eq!(values("ألفين ومئتين وخمسة عشر"), [2215.0]);
    }

    #[test]
    fn reads_spaced_separators_as_tokenised_corpora_write_them() {
        assert_eq!(values("نمو بنسبة 1 . 78 في المئة"), [1.78]);
        assert_eq!(values("نحو 3 , 000 شرطي"), [3000.0]);
        assert_eq!(values("تجمع 10 . 000 شخص"), [10000.0]);
        assert_eq!(values("نزوح 2 . 5 مليون شخص"), [2_500_000.0]);
        // A year before a spaced stop ends a sentence; dotted dates are not one number.
        assert_eq!(values("في عام 2015 . 45 منهم"), [2015.0, 45.0]);
        assert_eq!(values("بتاريخ 27 . 12 . 2017"), [27.0, 12.0, 2017.0]);
        // Clock times count nothing.
        assert_eq!(values("الأحد 09 : 46 ص قتل 5 جنود"), [5.0]);
        assert!(values("17:30").is_empty());
    }

    #[test]
    fn reads_english_number_words() {
        assert_eq!(values("about two thousand troops"), [2000.0]);
        assert_eq!(
            values("2,500 French troops and 900 in Mali"),
            [2500.0, 900.0]
        );
    }
}
