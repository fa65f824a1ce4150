//! Dates written in folded text: «27 كانون الأول / ديسمبر 2017», «الثلاثاء , 08 نوفمبر , 2016»,
//! «ديسمبر 28 , 2017», «27 . 12 . 2017», «2017 - 07 - 20», «14 / 11 / 2017», "October 17 , 2017".
//!
//! Month names are data (the lexicon's grammar section): Egyptian and Gulf names (يناير), Levantine
//! ones (كانون الثاني), Maghreb ones (جانفي) and English ones, each a one- or two-word form. A
//! date needs a month and a year; a day and a month with no year is kept too, for a claim's own
//! «في 12 نوفمبر». Hijri dates (years 1300–1500) are not read.

use super::tokens::Token;
use super::words::WordMap;
use jiff::civil::Date;
use rustc_hash::FxHashMap;
use std::ops::Range;

/// The names a first word begins: each with its second word when it has one, and its month.
type NamesFrom = Vec<(Option<Box<str>>, u8)>;

/// Month names, folded: each by its first word, with its second word when it has one.
#[derive(Debug, Clone, Default)]
pub struct Months {
    by_first: WordMap<NamesFrom>,
}

impl Months {
    /// The table of `(folded form, month number 1–12)`.
    pub fn new<'a>(entries: impl IntoIterator<Item = (&'a str, u8)>) -> Self {
        let mut by_first: FxHashMap<Box<str>, NamesFrom> = FxHashMap::default();
        for (form, month) in entries {
            let mut words = form.split_whitespace();
            let Some(first) = words.next() else {
                continue;
            };
            let second = words.next().map(Box::from);
            by_first
                .entry(first.into())
                .or_default()
                .push((second, month));
        }
        // Two-word forms first: «كانون الثاني» before «كانون».
        for forms in by_first.values_mut() {
            forms.sort_by_key(|(second, _)| second.is_none());
        }
        Months {
            by_first: by_first.into(),
        }
    }

    /// The month named at word `i`, and how many words name it.
    fn at(&self, text: &str, tokens: &[Token], i: usize) -> Option<(u8, usize)> {
        let word = |k: usize| tokens.get(k).map(|t| &text[t.range()]);
        let forms = self.by_first.get(word(i)?)?;
        forms.iter().find_map(|(second, month)| match second {
            Some(s) => (word(i + 1) == Some(s)).then_some((*month, 2)),
            None => Some((*month, 1)),
        })
    }
}

/// A date found in folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DateMention {
    /// Byte range in the folded text.
    pub range: Range<usize>,
    /// The year, when written.
    pub year: Option<i16>,
    /// The month.
    pub month: u8,
    /// The day, when written.
    pub day: Option<u8>,
}

impl DateMention {
    /// The date as `YYYY-MM-DD`, when it has a year and a day and is a real date.
    pub fn full(&self) -> Option<Date> {
        Date::new(self.year?, self.month as i8, self.day? as i8).ok()
    }
}

/// `text` as a calendar date when it is one written `YYYY-MM-DD` (`2024-02-31` is not).
pub fn calendar_date(text: &str) -> Option<Date> {
    (text.len() == 10).then(|| text.parse().ok()).flatten()
}

fn digits(word: &str) -> Option<u32> {
    (!word.is_empty() && word.len() <= 4 && word.bytes().all(|b| b.is_ascii_digit()))
        .then(|| word.parse().ok())
        .flatten()
}

/// The years a number written in four digits may name: news of this century and the last.
pub(crate) const YEARS: std::ops::RangeInclusive<u32> = 1900..=2100;

/// True when `value` lies within [`YEARS`].
pub(crate) fn in_years(value: f64) -> bool {
    (f64::from(*YEARS.start())..=f64::from(*YEARS.end())).contains(&value)
}

/// True when `value` is a whole number in [`YEARS`].
pub(crate) fn is_year_value(value: f64) -> bool {
    value.fract() == 0.0 && in_years(value)
}

fn year(word: &str) -> Option<i16> {
    let y = digits(word).filter(|_| word.len() == 4)?;
    YEARS.contains(&y).then_some(y as i16)
}

fn day(word: &str) -> Option<u8> {
    digits(word)
        .filter(|d| (1..=31).contains(d) && word.len() <= 2)
        .map(|d| d as u8)
}

/// True when `bytes` hold an ASCII digit. Read in blocks of 32 bytes with no early exit inside a
/// block, which the compiler turns into vector compares: this runs over every claim's sentence.
fn has_ascii_digit(bytes: &[u8]) -> bool {
    bytes.chunks(32).any(|block| {
        block
            .iter()
            .fold(false, |seen, b| seen | b.is_ascii_digit())
    })
}

/// The dates among `tokens` of folded `text`, in order.
pub fn find_dates(text: &str, tokens: &[Token], months: &Months) -> Vec<DateMention> {
    // Every date below has its day or its year in digits: words with no digit hold none, and
    // most of a claim's sentences have none (this runs for each).
    let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
        return Vec::new();
    };
    if !has_ascii_digit(&text.as_bytes()[first.start..last.end]) {
        return Vec::new();
    }
    let word = |k: usize| tokens.get(k).map_or("", |t| &text[t.range()]);
    // The marks between word k - 1 and word k, spaces left out.
    let gap = |k: usize| -> &str {
        if k == 0 || k >= tokens.len() {
            return "";
        }
        text[tokens[k - 1].end..tokens[k].start].trim()
    };
    let span = |a: usize, b: usize| tokens[a].start..tokens[b].end;
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // 27 . 12 . 2017, 14 / 11 / 2017, 2017 - 07 - 20
        if i + 2 < tokens.len()
            && digits(word(i)).is_some()
            && digits(word(i + 1)).is_some()
            && digits(word(i + 2)).is_some()
            && matches!(gap(i + 1), "/" | "-" | ".")
            && gap(i + 1) == gap(i + 2)
        {
            let (a, b, c) = (word(i), word(i + 1), word(i + 2));
            let found = if let Some(y) = year(a) {
                Some((y, b, c))
            } else {
                year(c).map(|y| (y, b, a))
            };
            if let Some((y, m, d)) = found
                && let (Some(m), Some(d)) = (day(m).filter(|m| *m <= 12), day(d))
            {
                let mention = DateMention {
                    range: span(i, i + 2),
                    year: Some(y),
                    month: m,
                    day: Some(d),
                };
                if mention.full().is_some() {
                    out.push(mention);
                    i += 3;
                    continue;
                }
            }
        }
        // 27 ديسمبر 2017, 27 كانون الأول / ديسمبر 2017, 08 نوفمبر , 2016, 12 نوفمبر
        if let Some(d) = day(word(i))
            && let Some((m, n)) = months.at(text, tokens, i + 1)
        {
            let mut last = i + n;
            // A second name of the same month: «/ ديسمبر» or «( يناير )».
            if matches!(gap(last + 1), "/" | "(")
                && let Some((_, n2)) = months.at(text, tokens, last + 1)
            {
                last += n2;
            }
            let y = year(word(last + 1)).filter(|_| matches!(gap(last + 1), "" | "," | ")" | "،"));
            if y.is_some() {
                last += 1;
            }
            out.push(DateMention {
                range: span(i, last),
                year: y,
                month: m,
                day: Some(d),
            });
            i = last + 1;
            continue;
        }
        // ديسمبر 28 , 2017, October 17 , 2017, نوفمبر 2017
        if let Some((m, n)) = months.at(text, tokens, i) {
            let next = i + n;
            if let Some(d) = day(word(next))
                && let Some(y) = year(word(next + 1))
            {
                out.push(DateMention {
                    range: span(i, next + 1),
                    year: Some(y),
                    month: m,
                    day: Some(d),
                });
                i = next + 2;
                continue;
            }
            if let Some(y) = year(word(next)) {
                out.push(DateMention {
                    range: span(i, next),
                    year: Some(y),
                    month: m,
                    day: None,
                });
                i = next + 1;
                continue;
            }
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

    #[test]
    fn a_digit_is_found_wherever_it_falls_in_the_blocks() {
        // Arabic letters are two bytes, none of them an ASCII digit; one digit is put at every
        // position, block edges included, and none in the text of letters alone.
        let letters = "نص".repeat(40);
        assert!(!has_ascii_digit(letters.as_bytes()));
        assert!(!has_ascii_digit(b""));
        for at in 0..=letters.len() {
            let mut bytes = letters.as_bytes().to_vec();
            bytes.insert(at, b'7');
            assert!(has_ascii_digit(&bytes), "digit at {at} missed");
        }
    }

    fn dates(s: &str) -> Vec<(Option<i16>, u8, Option<u8>)> {
        let t = normalize_str(s);
        let lexicon = crate::lexicon::Lexicon::default();
        find_dates(&t, &tokenize(&t), &lexicon.grammar().months)
            .into_iter()
            .map(|d| (d.year, d.month, d.day))
            .collect()
    }

    #[test]
    fn reads_the_dates_scraped_pages_write() {
        assert_eq!(
            dates("الثلاثاء , 08 نوفمبر , 2016"),
            [(Some(2016), 11, Some(8))]
        );
        assert_eq!(
            dates("27 كانون الأول / ديسمبر 2017"),
            [(Some(2017), 12, Some(27))]
        );
        assert_eq!(
            dates("21 كانون الثاني ( يناير ) 2018"),
            [(Some(2018), 1, Some(21))]
        );
        assert_eq!(
            dates("ديسمبر 28 , 2017 05 : 35 مساء"),
            [(Some(2017), 12, Some(28))]
        );
        assert_eq!(dates("تاريخ 27 . 12 . 2017"), [(Some(2017), 12, Some(27))]);
        assert_eq!(dates("2017 - 07 - 20"), [(Some(2017), 7, Some(20))]);
        assert_eq!(
            dates("14 / 11 / 2017 - 15 : 18"),
            [(Some(2017), 11, Some(14))]
        );
        assert_eq!(
            dates("published October 17 , 2017"),
            [(Some(2017), 10, Some(17))]
        );
        assert_eq!(dates("الأحد , 21 جانفي 2018"), [(Some(2018), 1, Some(21))]);
    }

    #[test]
    fn a_day_and_month_without_a_year_is_kept_and_hijri_is_not_read() {
        assert_eq!(dates("أعلن في 12 نوفمبر نتائج"), [(None, 11, Some(12))]);
        assert!(dates("1438 / 11 / 24 ه").is_empty());
        // Numbers that are no date: a toll and a year.
        assert!(dates("قتل 31 شخصا عام 2017").is_empty());
        // A month named with no day or year in digits is no date.
        assert!(dates("في نوفمبر الماضي وفي كانون الثاني").is_empty());
    }
}
