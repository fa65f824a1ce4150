//! The frame of a saying: what stands right after a reporting verb without being what was said
//! or who said it: whom it was told to and when, where or how (`told reporters on Monday`,
//! `said in a statement`, `said Thursday`).
//!
//! Why: wire copy ends its sentences on the frame (`…, two security sources told Reuters.`)
//! and puts it between the verb and the complementiser (`said on Monday that …`). Read as
//! content, the frame becomes a claim («reporters on Monday») and hides that the content
//! stood before the verb; read as the speaker («UN envoy Maria Lopez on Monday»), it names no
//! one.

use super::DocumentText;
use super::orders::after_initial;
use super::{SUBJECT_ENDS, Token};
use std::ops::Range;

/// The most words an addressee may have (`told the Associated Press news agency`).
const MAX_ADDRESSEE_WORDS: usize = 6;

impl DocumentText<'_> {
    /// True when a clause mark stands before word `i`, not the full stop of an initial.
    pub(super) fn clause_break(&self, i: usize) -> bool {
        self.break_before(i) && !after_initial(self, i)
    }

    /// The first word after verb word `vt`, before word `limit`, that is neither the verb's
    /// addressee nor a circumstance of the saying: `limit` itself when all of them are, or a
    /// clause mark comes first.
    ///
    /// The addressee (after a verb of telling only) is its first word and the words after it
    /// that are no function word, circumstance or complementiser: `told reporters the talks
    /// …` ends it at `the`. A run of circumstances opens on a circumstance word and may hold
    /// function words (`in a statement`), but never ends on one, and it must name something
    /// (`at least` is no circumstance).
    pub(super) fn after_frame(&self, vt: usize, limit: usize) -> usize {
        let g = self.grammar();
        let stop = |j: usize| j >= limit || j >= self.tokens.len() || self.clause_break(j);
        let circumstance = |j: usize| self.circumstance(j);
        let function = |j: usize| {
            g.function_words.contains(self.word(j)) && !g.complementisers.contains(self.word(j))
        };
        let mut j = vt + 1;
        if g.addressee_verbs.contains(self.word(vt))
            && !stop(j)
            && !circumstance(j)
            && !g.complementisers.contains(self.word(j))
        {
            let first = j;
            j += 1;
            while !stop(j)
                && j - first < MAX_ADDRESSEE_WORDS
                && !function(j)
                && !circumstance(j)
                && !g.complementisers.contains(self.word(j))
            {
                j += 1;
            }
        }
        let mut end = j;
        let mut k = j;
        let mut named = false;
        while !stop(k) && (circumstance(k) || (k > j && function(k))) {
            k += 1;
            if circumstance(k - 1) && !function(k - 1) {
                end = k;
                named = true;
            }
        }
        // A run of prepositions alone names no circumstance: `said at least five …`.
        if named { end.min(limit) } else { j.min(limit) }
    }

    /// The first word after the subject's last word `last`, before `limit`, that is no
    /// circumstance of the saying (`said the minister on Sunday.`).
    pub(super) fn after_frame_of_subject(&self, last: usize, limit: usize) -> usize {
        let g = self.grammar();
        let mut j = last + 1;
        while j < limit
            && j < self.tokens.len()
            && (self.circumstance(j) || g.function_words.contains(self.word(j)))
        {
            j += 1;
        }
        j
    }

    /// True when word `j` tells when, where or how something was said: a word of the
    /// grammar's `saying_circumstances`, or an English month or year (`told the paper in
    /// December`, `said in 2014`).
    fn circumstance(&self, j: usize) -> bool {
        let g = self.grammar();
        let w = self.word(j);
        g.saying_circumstances.contains(w)
            || (w.is_ascii() && g.calendar_stems.contains(w))
            || (w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit()) && w.starts_with(['1', '2']))
    }

    /// The word that ends the clause of verb word `vt`: the first after it with a clause
    /// mark before it, or the first past `sentence`.
    pub(super) fn clause_limit(&self, vt: usize, sentence: &Range<usize>) -> usize {
        let mut j = vt + 1;
        while j < self.tokens.len() && self.tokens[j].start < sentence.end && !self.clause_break(j)
        {
            j += 1;
        }
        j
    }

    /// Where word `j` starts, or `end` when it lies past it (or past the text).
    pub(super) fn start_of(&self, j: usize, end: usize) -> usize {
        self.tokens.get(j).map_or(end, |t: &Token| t.start).min(end)
    }

    /// The words after verb word `vt` that name its subject when it follows the verb (`"…,"
    /// said UN envoy Maria Lopez on Sunday`): up to a comma or bracket, a circumstance of the
    /// saying or a complementiser, and past `sentence` never.
    pub(super) fn subject_after(&self, vt: usize, sentence: &Range<usize>) -> Range<usize> {
        let g = self.grammar();
        let mut j = vt + 1;
        while j < self.tokens.len()
            && self.tokens[j].start < sentence.end
            && !(j > vt + 1 && self.p.mark_between(j, SUBJECT_ENDS))
            && !g.saying_circumstances.contains(self.word(j))
            && !g.complementisers.contains(self.word(j))
        {
            j += 1;
        }
        let end = if j > vt + 1 {
            self.tokens[j - 1].end
        } else {
            self.tokens[vt].end
        };
        self.tokens[vt].end..end.min(sentence.end)
    }
}
