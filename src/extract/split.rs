//! Sentences that end inside a quotation: `"… nothing less than that." The valley was …`.
//!
//! Why: the sentence splitter never cuts inside a quotation, so a quoted sentence whose stop
//! stands before the closing mark ran on into the next sentence, and the two became one
//! claim with one speaker. Here such a sentence is cut after the closing mark, when more words
//! follow it.

use std::ops::Range;

/// The marks that end a quoted sentence just before its closing quotation mark.
const QUOTED_STOPS: &[char] = &['.', '!', '?', '؟'];

/// `sentence` cut after every quotation in it whose words end on a stop and after which more
/// words follow (`quotes` sorted, their ranges inside the marks).
pub(super) fn after_quoted_stops(
    text: &str,
    quotes: &[Range<usize>],
    sentence: Range<usize>,
) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = sentence.start;
    let first = quotes.partition_point(|q| q.end <= sentence.start);
    for q in quotes[first..].iter().take_while(|q| q.end < sentence.end) {
        if q.start < start || !text[q.clone()].trim_end().ends_with(QUOTED_STOPS) {
            continue;
        }
        // Past the closing mark (and any stop after it), to the next word.
        let rest = &text[q.end..sentence.end];
        let Some(mark) = rest.chars().next() else {
            continue;
        };
        let cut = q.end + mark.len_utf8();
        let next = text[cut..sentence.end].trim_start();
        // (The text is folded: Latin is lower case, so a capital cannot say more.)
        let starts_sentence = next
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || matches!(c, '"' | '«' | '“'));
        if starts_sentence {
            out.push(start..cut);
            start = sentence.end - next.len();
        }
    }
    out.push(start..sentence.end);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pieces of `t` with its one quotation at `quote`.
    fn pieces(t: &str, quote: Range<usize>) -> Vec<&str> {
        after_quoted_stops(t, std::slice::from_ref(&quote), 0..t.len())
            .into_iter()
            .map(|r| &t[r])
            .collect()
    }

    #[test]
    fn cuts_after_a_quoted_stop_before_a_new_sentence_only() {
        let t = "\"They deserve it.\" The valley flooded.";
        assert_eq!(
            pieces(t, 1..17),
            ["\"They deserve it.\"", "The valley flooded."]
        );
        // A quotation that ends on a comma goes on with its speaker: no cut.
        let t = "\"They deserve it,\" she said.";
        assert_eq!(pieces(t, 1..17), [t]);
        // A quotation that ends the sentence leaves nothing to cut.
        let t = "She said: \"They deserve it.\"";
        assert_eq!(pieces(t, 11..27), [t]);
    }
}
