//! Scoped negation: a negator governs the few words after it, up to a clause mark, so «ليس لدينا
//! جدول زمني» negates *timetable* but «لا يزال» (still) and «غير أن» (however) negate nothing, and a
//! bound on a number («لا يتجاوز», at most) is no negation at all.

use super::prepared::Prepared;
use crate::lexicon::{Hit, NegationKind, Target};
use crate::text::script::is_latin;
use std::ops::Range;

/// The marks that end a negator's reach: a clause mark or the end of a sentence. «لم يتحدد
/// الموعد، لكن الانسحاب سيتم» negates the date, not the withdrawal.
const NEGATION_SCOPE_ENDS: &[char] = &[',', '،', ';', '؛', ':', '.', '!', '?', '؟', '\n'];

/// The marks that end a denial's reach: the end of a sentence or of a clause set off by a
/// semicolon.
const DENIAL_SCOPE_ENDS: &[char] = &[';', '؛', '.', '!', '?', '؟', '\n'];

/// The commas that set off a relative clause.
const COMMAS: &[char] = &[',', '،'];

/// One negator's reach: words `first..=last`; its cue ends at word `cue_at`.
struct Scope {
    first: usize,
    last: usize,
    cue_at: usize,
    kind: NegationKind,
    cue: String,
    /// A denial of what was said before it: the sentence before («ونفت الوزارة ذلك») or the
    /// clause before it in its sentence («…، لكن الجارة تنفي ذلك»).
    refers_back: bool,
}

/// The most words a denial's speaker may take before what it denies.
const BACK_REFERENCE_REACH: usize = 5;
/// The most content words (its source: «ما أعلنه الجيش») that may follow a relative and its
/// reporting verb for them to be all that is denied. After a bare back-reference (ذلك، هذه
/// الأنباء, it) nothing may follow: "denied it had sent troops" says what it denies.
const BACK_REFERENCE_TAIL: usize = 2;

/// True when what a denial governs (words `first..=last`) is only a pointer to what was said
/// before: a back-reference (ذلك، هذه الأنباء) or a relative before a reporting verb (ما أعلنته),
/// within a few words of the cue, with no more than its source after it. Denials of a report
/// that goes on to tell the event («نفت الأنباء عن إصابة قائد الشرطة») say what they deny.
fn refers_back(p: &Prepared, hits: &[&Hit], first: usize, last: usize) -> bool {
    let grammar = p.lexicon().grammar();
    // A reporting verb, or one with its object pronoun on it (أعلنته، ذكرها: which it announced).
    let verb_at = |t: usize| {
        t <= last
            && (hits
                .iter()
                .any(|h| matches!(h.target, Target::Verb(_)) && p.token_at(h.start) == t)
                || ["ه", "ها", "هم"].iter().any(|suffix| {
                    p.word(t).strip_suffix(suffix).is_some_and(|verb| {
                        p.lexicon().scan(verb).iter().any(|h| {
                            matches!(h.target, Target::Verb(_))
                                && h.start == 0
                                && h.end == verb.len()
                        })
                    })
                }))
    };
    let content = |t: usize| !grammar.function_words.contains(p.word(t));
    (first..=last.min(first + BACK_REFERENCE_REACH)).any(|t| {
        let word = p.word(t);
        let (end, tail) = if grammar.back_references.contains(word) {
            match t + 1 {
                next if next <= last && grammar.report_nouns.contains(p.word(next)) => (next, 0),
                _ => (t, 0),
            }
        } else if grammar.relatives.contains(word) && verb_at(t + 1) {
            (t + 1, BACK_REFERENCE_TAIL)
        } else {
            return false;
        };
        (end + 1..=last).filter(|&i| content(i)).count() <= tail
    })
}

/// The negators of a range and the words each governs.
pub(super) struct Scopes(Vec<Scope>);

/// The farthest, in words, a relative may stand before the denial verb it opens when its
/// subject comes first, as in English ("…, a claim that the tour and his agent vehemently deny").
const RELATIVE_SUBJECT_WORDS: usize = 8;
/// Marks that end a clause or open a quotation: none may stand between such a relative and its
/// verb, and one (or the range's end) must follow the verb.
const RELATIVE_CLAUSE_BREAKS: &[char] = &[
    ',', ';', '.', ':', '!', '?', '؟', '(', ')', '"', '«', '»', '“', '”', '،', '؛', '—', '–',
];

/// The scope of a denial that looks back: a relative word right before the verb («… خبر توقيف
/// المدرب في الملعب، وهو ما نفاه النادي») makes it deny what the sentence said before it, back to the
/// start of the range or a sentence mark; what follows it is only who denies. Where the subject
/// comes before the verb, as in English, the relative ("which", "what", or "that" after a report
/// noun: "a claim that") may stand a few words before it, with no mark, reporting verb or other
/// negator between, when the verb ends its clause: a denial with an object of its own ("a report
/// that the minister denied the charges") denies that object.
fn backward_scope(p: &Prepared, h: &Hit, range: &Range<usize>, hits: &[&Hit]) -> Option<Scope> {
    let cue = p.token_at(h.start);
    let grammar = p.lexicon().grammar();
    // An Arabic verb follows its relative (وهو ما نفاه); an English relative right before the
    // verb is its subject ("the statement which denied the reports").
    if cue > 0
        && p.tokens()[cue - 1].start >= range.start
        && !is_latin(p.word(cue - 1))
        && grammar.relatives.contains(p.word(cue - 1))
    {
        return scope_before(p, h, range, cue - 1);
    }
    // A relative at a distance only in English: «ما» a few words before an Arabic denial is as
    // often «ما زال ينفي» (still denies), which reaches forward. A complementiser opens a
    // relative only after a report noun ("a claim that", not "said that").
    let relative_like = |t: usize| {
        let w = p.word(t);
        is_latin(w) && (grammar.relatives.contains(w) || grammar.complementisers.contains(w))
    };
    let opens_relative = |t: usize| {
        grammar.relatives.contains(p.word(t))
            || (t > 0
                && grammar.report_nouns.contains(p.word(t - 1))
                && !p.mark_between(t, &[',', '،']))
    };
    // No clause mark, reporting verb or other negator between the relative and its verb.
    let between_clear = |t: usize| {
        let (from, to) = (p.tokens()[t].end, h.start);
        (t + 1..=cue).all(|i| !p.mark_between(i, RELATIVE_CLAUSE_BREAKS))
            && !hits.iter().any(|o| {
                o.start >= from
                    && o.end <= to
                    && matches!(o.target, Target::Verb(_) | Target::Negator(_))
            })
    };
    if !ends_at(p, h, range, RELATIVE_CLAUSE_BREAKS) {
        return None;
    }
    let relative = (2..=RELATIVE_SUBJECT_WORDS.min(cue))
        .map(|k| cue - k)
        .take_while(|&t| p.tokens()[t].start >= range.start)
        // The nearest relative-like word decides: a "that" that opens no relative ("which
        // means that his agent denied") stops the search.
        .find(|&t| relative_like(t))
        .filter(|&t| opens_relative(t) && between_clear(t))?;
    scope_before(p, h, range, relative)
}

/// The marks that close a statement a predicate ends (quotation marks do not: a quoted word
/// may go on into a relative clause).
const STATEMENT_ENDS: &[char] = &[',', '،', ';', '؛', ':', '.', '!', '?', '؟', ')', '\n'];

/// True when cue `h` ends what `marks` close: the range ends, or one of them follows it
/// ([`RELATIVE_CLAUSE_BREAKS`] for a clause, [`STATEMENT_ENDS`] for a statement).
fn ends_at(p: &Prepared, h: &Hit, range: &Range<usize>, marks: &[char]) -> bool {
    let next = p.token_at(h.end);
    h.end <= range.end
        && (next >= p.tokens().len()
            || p.tokens()[next].start >= range.end
            || p.mark_between(next, marks))
}

/// The denial scope of cue `h` over the words before `relative`, back to the start of `range`
/// or a sentence mark.
fn scope_before(p: &Prepared, h: &Hit, range: &Range<usize>, relative: usize) -> Option<Scope> {
    let cue = p.token_at(h.start);
    let last = relative.checked_sub(1)?;
    let mut first = last;
    while first > 0
        && p.tokens()[first - 1].start >= range.start
        && !p.mark_between(first, DENIAL_SCOPE_ENDS)
    {
        first -= 1;
    }
    (p.tokens()[last].start >= range.start).then(|| Scope {
        first,
        last,
        cue_at: cue,
        kind: NegationKind::Denial,
        cue: p.text()[h.start..h.end].to_string(),
        refers_back: false,
    })
}

impl Scopes {
    /// The scopes of the negator hits among `hits` (those of `range`); `bounds` are the number
    /// bounds among them, whose negation words negate nothing.
    pub(super) fn find(p: &Prepared, hits: &[&Hit], bounds: &[&Hit], range: &Range<usize>) -> Self {
        let lex = p.lexicon();
        let tokens = p.tokens();
        // Reporting verbs joined by «و» or «ف» («…، وأكدت أنه بصحة جيدة»): each opens a new
        // statement of its own, which a denial before it does not reach.
        let new_statements: Vec<usize> = hits
            .iter()
            .filter(|v| matches!(v.target, Target::Verb(_)))
            .filter_map(|v| {
                let t = p.token_at(v.start);
                matches!(&p.text()[tokens[t].start..v.start], "و" | "ف").then_some(t)
            })
            .collect();
        let mut scopes = Vec::new();
        for h in hits {
            let Target::Negator(g) = h.target else {
                continue;
            };
            // The longest cue is the one read: «ما لم» (unless) is not «لم» (not).
            if hits.iter().any(|o| {
                matches!(o.target, Target::Negator(_))
                    && o.start <= h.start
                    && h.end <= o.end
                    && (o.end - o.start) > (h.end - h.start)
            }) {
                continue;
            }
            // لا يتجاوز: a bound on a number, not a negation. A bound's word with no number
            // after it is one («دون وقوع إصابات», without casualties; «دون 18» is under 18).
            let bounds_a_number = |b: &Hit| {
                let after = p.token_at(b.end.saturating_sub(1)) + 1;
                (after..(after + 2).min(tokens.len())).any(|t| {
                    let w = p.word(t);
                    w.chars().any(|c| c.is_ascii_digit()) || lex.grammar().number_words.contains(w)
                })
            };
            if bounds
                .iter()
                .any(|b| b.start <= h.start && h.end <= b.end && bounds_a_number(b))
            {
                continue;
            }
            let last = p.token_at(h.end.saturating_sub(1));
            let next = last + 1;
            if next < tokens.len() {
                let w = p.word(next);
                if lex.negator_exceptions(g).iter().any(|e| e == w) {
                    continue;
                }
            }
            let entry = &lex.negators()[g];
            if entry.looks_back {
                // A predicate of falsity governs its clause's subject, a report before it
                // («ما تداولته المواقع عن …», "reports that …"), and only when it closes the
                // clause: «مزاعم عن …» opens a report instead, and «نفى ما أسماه "الشائعات"
                // التي …» quotes a word.
                let grammar = lex.grammar();
                if ends_at(p, h, range, STATEMENT_ENDS)
                    && let Some(scope) = scope_before(p, h, range, p.token_at(h.start))
                    && (scope.first..=scope.last).any(|t| grammar.report_nouns.contains(p.word(t)))
                {
                    scopes.push(scope);
                }
                continue;
            }
            if entry.kind == NegationKind::Denial
                && let Some(scope) = backward_scope(p, h, range, hits)
            {
                scopes.push(scope);
                continue;
            }
            // The words it reaches: up to its scope, inside the range, before a clause mark; a
            // denial reaches past commas, to what is denied after its speaker and the reports
            // («نفت مصادر أمنية الأنباء عن إصابة قائد الشرطة، العميد كريم الناصري»).
            let ends = if entry.kind == NegationKind::Denial {
                DENIAL_SCOPE_ENDS
            } else {
                NEGATION_SCOPE_ENDS
            };
            let within = (next..(next + entry.scope).min(tokens.len()))
                .take_while(|&i| tokens[i].start < range.end && !p.mark_between(i, ends))
                .count();
            let limit = next + within;
            // Nor does a denial reach into a relative clause set off by a comma that closes what
            // it says: «… بلدة كفرنبل، التي تعد أكبر بلدات الريف» describes the town, it is not
            // denied. A clause closed by another comma is read through (what is denied
            // follows it: «أن جنوده، الذين انتشروا …، أطلقوا النار»), and so is one that tells
            // what reports said («الأنباء، التي تحدثت عن …»).
            let grammar = lex.grammar();
            let describes = |i: usize| {
                let w = p.word(i);
                let relative = grammar.describing_relatives.contains(w)
                    || w.strip_prefix('و')
                        .is_some_and(|r| grammar.describing_relatives.contains(r));
                relative
                    && p.mark_between(i, COMMAS)
                    && !grammar.report_nouns.contains(p.word(i - 1))
                    && !(i + 1..limit).any(|j| p.mark_between(j, COMMAS))
            };
            let reach = (next..limit)
                .take_while(|&i| {
                    entry.kind != NegationKind::Denial
                        || !(new_statements.contains(&i) || describes(i))
                })
                .count();
            let end = last + reach;
            if end > last {
                scopes.push(Scope {
                    first: next,
                    last: end,
                    cue_at: last,
                    kind: entry.kind,
                    cue: p.text()[h.start..h.end].to_string(),
                    refers_back: entry.kind == NegationKind::Denial
                        && refers_back(p, hits, next, end),
                });
            }
        }
        // A denial that is itself negated is no denial: «لم يبادر إلى نفي معلومات مقتله» (has
        // not moved to deny the reports of his death) denies nothing, and the negation reaches
        // no further than the denial it negates: what was not denied is not negated either.
        let negated_denials: Vec<usize> = scopes
            .iter()
            .filter(|d| d.kind == NegationKind::Denial)
            .map(|d| d.cue_at)
            .filter(|&at| {
                scopes
                    .iter()
                    .any(|s| s.kind == NegationKind::Negation && (s.first..=s.last).contains(&at))
            })
            .collect();
        for s in scopes
            .iter_mut()
            .filter(|s| s.kind == NegationKind::Negation)
        {
            if let Some(&at) = negated_denials
                .iter()
                .find(|&&at| (s.first..=s.last).contains(&at))
            {
                s.last = at;
            }
        }
        scopes.retain(|s| s.kind != NegationKind::Denial || !negated_denials.contains(&s.cue_at));
        Scopes(scopes)
    }

    /// The negation governing word `t`, with its cue and how many words stand between them.
    pub(super) fn at(&self, t: usize) -> Option<(NegationKind, String, usize)> {
        self.0
            .iter()
            .find(|s| (s.first..=s.last).contains(&t))
            .map(|s| (s.kind, s.cue.clone(), t - s.first))
    }

    /// True when a negator governs word `t`.
    pub(super) fn covers(&self, t: usize) -> bool {
        self.0.iter().any(|s| (s.first..=s.last).contains(&t))
    }

    /// The words the negators govern, ascending, each once.
    pub(super) fn governed(&self) -> Vec<usize> {
        let mut words: Vec<usize> = self.0.iter().flat_map(|s| s.first..=s.last).collect();
        words.sort_unstable();
        words.dedup();
        words
    }

    /// Where the first denial that points back at what was said before («نفت الوزارة ذلك») has
    /// its cue (the cue's last word), if any does.
    pub(super) fn back_reference_cue(&self) -> Option<usize> {
        self.0.iter().find(|s| s.refers_back).map(|s| s.cue_at)
    }

    /// True when a denial cue governs something.
    pub(super) fn has_denial(&self) -> bool {
        self.0.iter().any(|s| s.kind == NegationKind::Denial)
    }

    /// The cues of the negators that govern something, in text order.
    pub(super) fn into_cues(self) -> Vec<String> {
        self.0.into_iter().map(|s| s.cue).collect()
    }
}
