//! Sentences and quotations of folded text.
//!
//! A line break always ends a sentence, so a quotation that never closes can swallow at most the
//! rest of its paragraph. Inside a paragraph a sentence ends at `. ! ? ؟ ۔` followed by space or a
//! closing quote, unless the stop sits inside a quotation, ends an abbreviation (`د.`, `Dr.`) or
//! belongs to a number (`3.5`). Every step is a single left-to-right pass: linear in the text.

use std::ops::Range;

/// A sentence of folded text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the folded text, trimmed of surrounding white space.
    pub range: Range<usize>,
    /// Index of the paragraph (line) it belongs to.
    pub paragraph: usize,
}

/// Words that end with a full stop without ending a sentence (folded forms).
const ABBREVIATIONS: &[&str] = &[
    "د", "م", "ا", "ص", "ق", "ج", "dr", "mr", "mrs", "ms", "prof", "gen", "col", "lt", "sen",
    "rep", "st", "no", "vs", "jr", "sr", "u.s", "u.n", "inc", "co",
];

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
        '"' => Some(if next.is_some_and(|n| n.is_alphanumeric()) {
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

/// Paragraphs: the lines of the text, as byte ranges (without the line break).
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for (at, _) in text.match_indices('\n') {
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

fn ends_with_abbreviation(before: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map(|(i, c)| i + c.len_utf8())
        .unwrap_or(0);
    let word = &before[word_start..];
    ABBREVIATIONS.contains(&word)
}

/// Splits folded text into sentences.
pub fn sentences(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    for (p, para) in paragraphs(text).into_iter().enumerate() {
        let quotes = quotations(text, para.clone());
        let mut quote_iter = quotes.iter().peekable();
        let mut start = para.start;
        let slice = &text[para.clone()];
        let mut chars = slice.char_indices().peekable();
        while let Some((rel, c)) = chars.next() {
            let at = para.start + rel;
            if !matches!(c, '.' | '!' | '?' | '؟' | '۔') {
                continue;
            }
            while quote_iter.peek().is_some_and(|q| q.end <= at) {
                quote_iter.next();
            }
            if quote_iter
                .peek()
                .is_some_and(|q| q.start <= at && at < q.end)
            {
                continue;
            }
            let next = chars.peek().map(|&(_, n)| n);
            let boundary_after = match next {
                None => true,
                Some(n) => n.is_whitespace() || matches!(n, '"' | '»' | '”' | ')'),
            };
            if !boundary_after {
                continue;
            }
            if c == '.' && ends_with_abbreviation(&text[start..at]) {
                continue;
            }
            // Keep trailing stops and a closing quote with this sentence.
            let mut end = at + c.len_utf8();
            while let Some(&(r, n)) = chars.peek() {
                if matches!(n, '.' | '!' | '?' | '؟' | '"' | '»' | '”' | ')') {
                    end = para.start + r + n.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            let r = trim_range(text, start..end);
            if !r.is_empty() {
                out.push(Sentence {
                    range: r,
                    paragraph: p,
                });
            }
            start = end;
        }
        let r = trim_range(text, start..para.end);
        if !r.is_empty() {
            out.push(Sentence {
                range: r,
                paragraph: p,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        sentences(t).into_iter().map(|s| &t[s.range]).collect()
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
    fn finds_outer_quotations_by_direction() {
        let t = "ل\"العربي الجديد\"، وقال إن \"الامر «واضح» تماما\" ثم.";
        let q: Vec<&str> = quotations(t, 0..t.len())
            .into_iter()
            .map(|r| &t[r])
            .collect();
        assert_eq!(q, ["العربي الجديد", "الامر «واضح» تماما"]);
    }
}
