//! What a stretch of folded text asserts, in the form the judge compares: concept mentions with
//! their polarity and objects, antonym poles, quantities and content stems.
//!
//! Negation is scoped: a negator governs the few words after it, up to a clause mark, so «ليس لدينا
//! جدول زمني» negates *timetable* but «لا يزال» (still) and «غير أن» (however) negate nothing.
//! The object of a frame is the object concepts that follow it (a timetable *for ending the
//! coalition mission*); an anaphoric object («جدولاً زمنياً لذلك», a timetable *for that*) takes the
//! objects of the whole sentence, so a timetable for unifying the Peshmerga never meets a timetable
//! for ending the coalition's mission.

pub use crate::lexicon::PoleSide;
use crate::lexicon::{Bound, ConceptClass, Hit, Lexicon, NegationKind, Target};
use crate::text::numbers::find_numbers;
use crate::text::tokens::{Token, is_stopword, light_stem};
use serde::{Deserialize, Serialize};
use std::ops::Range;

/// How many words either side of a mention make its local context.
const CONTEXT_WINDOW: usize = 6;
/// How many words after a frame are searched for its object.
const OBJECT_WINDOW: usize = 8;

/// Prepositions that make what follows them a topic of talk rather than a claim (talks *about*
/// ending the mission).
const ABOUT_WORDS: &[&str] = &["بشان", "حول", "عن", "بخصوص", "حيال", "about", "on", "for"];

/// Words after which a frame is a subject of talk or study rather than asserted.
const TOPICAL_WORDS: &[&str] = &[
    "بشان",
    "حول",
    "عن",
    "بخصوص",
    "حيال",
    "تقييم",
    "بحث",
    "مناقشه",
    "دراسه",
    "مراجعه",
    "about",
    "assess",
    "assessing",
    "discuss",
    "discussing",
    "review",
    "reviewing",
];

/// Words that point back to what the sentence already named (for that, for it).
const ANAPHORS: &[&str] = &[
    "ذلك", "لذلك", "بذلك", "ذاك", "لذاك", "له", "لها", "لهم", "that", "it", "this",
];

/// A concept found in a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ConceptMention {
    /// Index of the concept in the lexicon.
    pub concept: usize,
    /// Index of the first word of the mention.
    pub token: usize,
    /// Set when a negator governs the mention.
    pub negated: Option<NegationKind>,
    /// The negator's words (folded), when negated.
    pub negator: Option<String>,
    /// Object concepts the mention is about (frames only), with their broader concepts.
    pub objects: Vec<usize>,
    /// The surface words (folded).
    pub surface: String,
    /// The words around the mention, the proposition it sits in: indices into
    /// [`Features::stems`], ascending (so in stem order).
    pub context: Vec<u16>,
    /// True when the mention is only the subject of talk or study (talks *about* a withdrawal,
    /// *assessing* the threat): it does not assert the thing exists.
    pub topical: bool,
}

/// One pole of an antonym pair, asserted (not negated) near its topic.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pole {
    /// Index of the antonym pair in the lexicon.
    pub antonym: usize,
    /// Which side.
    pub side: PoleSide,
    /// The surface word with its clitics (folded).
    pub surface: String,
    /// True when the pole is the object of a purpose or topic preposition (لإنهاء = *for* ending,
    /// بشأن إنهاء = *about* ending): it names a goal or a subject of talk, asserting nothing.
    pub embedded: bool,
}

/// A number with what it counts, where and how it is bounded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuantityFeature {
    /// Its value.
    pub value: f64,
    /// How it is bounded.
    pub bound: Bound,
    /// What it counts: a unit concept id, or the stem of the noun after it.
    pub unit: Option<String>,
    /// The nearest place named in the sentence (a place concept id).
    pub place: Option<String>,
    /// Byte range of the number (and its bound) in the folded text.
    pub range: Range<usize>,
}

/// Everything the judge needs to know about one claim or statement.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Features {
    /// Frame and object concepts, in text order.
    pub mentions: Vec<ConceptMention>,
    /// Asserted antonym poles.
    pub poles: Vec<Pole>,
    /// Numbers that are not dates.
    pub quantities: Vec<QuantityFeature>,
    /// Years named (numbers in digits from 1900 to 2100 that count nothing), sorted and unique:
    /// two reports of one event that give it different years disagree about it.
    #[serde(default)]
    pub years: Vec<u16>,
    /// Light stems of the content words, sorted and unique.
    pub stems: Vec<String>,
    /// [`stem_key`] of each stem, sorted and unique: what similarity and blocking compare, since
    /// comparing integers across millions of pairs is far cheaper than comparing strings.
    pub stem_keys: Vec<u64>,
    /// Light stems of the content words in text order (for bigrams); filled for bare statements
    /// only ([`crate::pair::Statement`]), where the learned model reads it.
    pub ordered: Vec<String>,
    /// Negation cues that govern something (folded words).
    pub negators: Vec<String>,
    /// Place concepts named.
    pub places: Vec<usize>,
}

impl Features {
    /// True when some mention or cue is negated.
    pub fn is_negative(&self) -> bool {
        !self.negators.is_empty()
    }
}

/// A 64-bit hash of a stem, the same on every run and machine (FxHash has no random seed). Two
/// distinct stems share a key with odds of about one in 10^19 a pair, far below any other error.
pub fn stem_key(stem: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    stem.hash(&mut h);
    h.finish()
}

/// True for words that carry content: not function words, not bare digits.
fn is_content_word(w: &str) -> bool {
    w.chars().nth(1).is_some() && !is_stopword(w) && !w.bytes().all(|b| b.is_ascii_digit())
}

/// True for a relative adjective (nisba: أمنية، العسكري، الأمريكيين), folded: the adjectives that
/// stand between a noun and a later adjective of the same noun.
fn looks_like_adjective(word: &str) -> bool {
    ["ي", "يه", "يين", "يات", "يون"]
        .iter()
        .any(|end| word.ends_with(end))
        && word.chars().count() >= 4
}

/// The index of the token containing or following byte `at`.
pub fn token_at(tokens: &[Token], at: usize) -> usize {
    tokens.partition_point(|t| t.end <= at)
}

/// True when a clause mark stands between token `i - 1` and token `i`.
fn clause_break_before(text: &str, tokens: &[Token], i: usize) -> bool {
    i > 0
        && i < tokens.len()
        && text[tokens[i - 1].end..tokens[i].start]
            .contains([',', '،', ';', '؛', ':', '.', '!', '?', '؟', '\n'])
}

fn within(hit: &Hit, range: &Range<usize>) -> bool {
    hit.start >= range.start && hit.end <= range.end
}

/// Keeps the longest of overlapping hits (hits arrive sorted by start, longest first); hits with
/// exactly the kept span are all kept.
fn longest_non_overlapping<'a>(hits: impl Iterator<Item = &'a Hit>) -> Vec<&'a Hit> {
    let mut out: Vec<&Hit> = Vec::new();
    let mut last: Option<(usize, usize)> = None;
    for h in hits {
        match last {
            Some((s, e)) if h.start == s && h.end == e => out.push(h),
            Some((_, e)) if h.start < e => {}
            _ => {
                last = Some((h.start, h.end));
                out.push(h);
            }
        }
    }
    out
}

/// The content stems of one range: sorted and unique, and which one each word of the range has.
///
/// Why: mention contexts name the stems around each mention. Looking each neighbour's stem up
/// again, by binary search over strings, was more work than finding every stem once.
struct RangeStems<'t> {
    /// Index of the range's first token.
    first: usize,
    /// The stems, sorted and unique.
    unique: Vec<&'t str>,
    /// For each token from `first` on, the index of its stem in `unique`, or `u32::MAX` for a
    /// function word.
    by_token: Vec<u32>,
}

impl<'t> RangeStems<'t> {
    const NONE: u32 = u32::MAX;

    /// The stems of `tokens` (of `text`), which start at token index `first`.
    fn new(text: &'t str, tokens: &[Token], first: usize) -> Self {
        let mut by_stem: Vec<(&'t str, u32)> = tokens
            .iter()
            .enumerate()
            .map(|(i, t)| (&text[t.range()], i as u32))
            .filter(|(w, _)| is_content_word(w))
            .map(|(w, i)| (light_stem(w), i))
            .collect();
        by_stem.sort_unstable();
        let mut unique: Vec<&'t str> = Vec::with_capacity(by_stem.len());
        let mut by_token = vec![Self::NONE; tokens.len()];
        for (stem, i) in by_stem {
            if unique.last() != Some(&stem) {
                unique.push(stem);
            }
            by_token[i as usize] = (unique.len() - 1) as u32;
        }
        RangeStems {
            first,
            unique,
            by_token,
        }
    }

    /// The index of token `i`'s stem, if it is a content word of the range.
    fn of_token(&self, i: usize) -> Option<u32> {
        let at = i.checked_sub(self.first)?;
        self.by_token.get(at).copied().filter(|&s| s != Self::NONE)
    }
}

/// Inputs shared by every claim of one document.
pub struct Context<'a> {
    /// The lexicon.
    pub lexicon: &'a Lexicon,
    /// Folded text of the document (or statement).
    pub text: &'a str,
    /// Its words.
    pub tokens: &'a [Token],
    /// Its lexicon hits, sorted by start.
    pub hits: &'a [Hit],
}

impl Context<'_> {
    fn hits_in(&self, range: &Range<usize>) -> &[Hit] {
        let from = self.hits.partition_point(|h| h.start < range.start);
        let to = self.hits.partition_point(|h| h.start < range.end);
        &self.hits[from..to]
    }

    fn word(&self, i: usize) -> &str {
        &self.text[self.tokens[i].range()]
    }

    /// The content words within [`CONTEXT_WINDOW`] words of token `at`, inside `range`, as
    /// indices into the sorted, unique stems of the same range.
    fn context_indices(&self, at: usize, range: &Range<usize>, stems: &RangeStems) -> Vec<u16> {
        let from = at.saturating_sub(CONTEXT_WINDOW);
        let to = (at + CONTEXT_WINDOW + 1).min(self.tokens.len());
        let mut out: Vec<u16> = (from..to)
            .filter(|&i| self.tokens[i].start >= range.start && self.tokens[i].end <= range.end)
            .filter_map(|i| stems.of_token(i))
            .filter_map(|i| u16::try_from(i).ok())
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// The content stems of `range` in text order.
    pub fn ordered_stems(&self, range: Range<usize>) -> Vec<String> {
        let first = token_at(self.tokens, range.start);
        let last = token_at(self.tokens, range.end);
        self.tokens[first..last]
            .iter()
            .map(|t| &self.text[t.range()])
            .filter(|w| is_content_word(w))
            .map(|w| light_stem(w).to_string())
            .collect()
    }

    /// Analyses `range` of the folded text; `sentence` is the enclosing sentence, used for the
    /// place of a number and for anaphoric objects. `denied` marks content under a denial verb.
    pub fn analyse(&self, range: Range<usize>, sentence: Range<usize>, denied: bool) -> Features {
        let lex = self.lexicon;
        let hits: Vec<&Hit> = self
            .hits_in(&range)
            .iter()
            .filter(|h| within(h, &range))
            .collect();
        let sentence_hits = self.hits_in(&sentence);

        // Negation windows: (first token, last token, kind, cue).
        let bounds: Vec<&Hit> = hits
            .iter()
            .copied()
            .filter(|h| matches!(h.target, Target::Bound(_)))
            .collect();
        let mut windows: Vec<(usize, usize, NegationKind, String)> = Vec::new();
        for h in hits
            .iter()
            .filter(|h| matches!(h.target, Target::Negator(_)))
        {
            let Target::Negator(g) = h.target else {
                continue;
            };
            if bounds.iter().any(|b| b.start <= h.start && h.end <= b.end) {
                continue; // لا يتجاوز: a bound on a number, not a negation
            }
            let last = token_at(self.tokens, h.end.saturating_sub(1));
            let next = last + 1;
            if next < self.tokens.len() {
                let w = self.word(next);
                if lex.negator_exceptions(g).iter().any(|e| e == w) {
                    continue;
                }
            }
            let entry = &lex.negators()[g];
            let mut end = last;
            for i in next..(next + entry.scope).min(self.tokens.len()) {
                if self.tokens[i].start >= range.end
                    || clause_break_before(self.text, self.tokens, i)
                {
                    break;
                }
                end = i;
            }
            if end > last {
                windows.push((next, end, entry.kind, self.text[h.start..h.end].to_string()));
            }
        }
        let negation_at = |t: usize| {
            windows
                .iter()
                .find(|(s, e, _, _)| (*s..=*e).contains(&t))
                .map(|(_, _, k, cue)| (*k, cue.clone()))
        };

        // Stems, first: mention contexts point into them.
        let first = token_at(self.tokens, range.start);
        let last = token_at(self.tokens, range.end);
        let tokens = &self.tokens[first..last];
        let range_stems = RangeStems::new(self.text, tokens, first);

        // Concept mentions.
        let concept_hits = longest_non_overlapping(
            hits.iter()
                .copied()
                .filter(|h| matches!(h.target, Target::Concept(_))),
        );
        let mut mentions: Vec<ConceptMention> = Vec::new();
        let mut places = Vec::new();
        for h in &concept_hits {
            let Target::Concept(c) = h.target else {
                continue;
            };
            match lex.concepts()[c].class {
                ConceptClass::Frame | ConceptClass::Object => {}
                ConceptClass::Place => {
                    places.push(c);
                    continue;
                }
                _ => continue,
            }
            let token = token_at(self.tokens, h.start);
            let mut negated = negation_at(token);
            if denied {
                negated = match negated {
                    None => Some((NegationKind::Denial, "denied".into())),
                    Some(n) => Some(n),
                };
            }
            mentions.push(ConceptMention {
                concept: c,
                token,
                negated: negated.as_ref().map(|n| n.0),
                negator: negated.map(|n| n.1),
                objects: Vec::new(),
                surface: self.text[h.start..h.end].to_string(),
                context: self.context_indices(token, &range, &range_stems),
                topical: token > 0 && TOPICAL_WORDS.contains(&self.word(token - 1)),
            });
        }
        places.sort_unstable();
        places.dedup();

        // Objects of frames.
        let is_object = |c: usize| lex.concepts()[c].class == ConceptClass::Object;
        let sentence_objects: Vec<usize> = longest_non_overlapping(
            sentence_hits
                .iter()
                .filter(|h| matches!(h.target, Target::Concept(c) if is_object(c))),
        )
        .iter()
        .filter_map(|h| match h.target {
            Target::Concept(c) => Some(c),
            _ => None,
        })
        .collect();
        let frame_positions: Vec<(usize, usize)> = mentions
            .iter()
            .enumerate()
            .filter(|(_, m)| lex.concepts()[m.concept].class == ConceptClass::Frame)
            .map(|(i, m)| (i, m.token))
            .collect();
        for (i, t) in frame_positions {
            let after = t + 1..(t + 1 + OBJECT_WINDOW).min(self.tokens.len());
            let anaphoric = (t + 1..(t + 4).min(self.tokens.len()))
                .take_while(|&j| self.tokens[j].start < range.end)
                .any(|j| ANAPHORS.contains(&self.word(j)));
            let mut objects: Vec<usize> = if anaphoric {
                sentence_objects.clone()
            } else {
                mentions
                    .iter()
                    .filter(|m| is_object(m.concept) && after.contains(&m.token))
                    .map(|m| m.concept)
                    .collect()
            };
            let broader: Vec<usize> = objects
                .iter()
                .filter_map(|&o| lex.concepts()[o].broader.as_deref())
                .filter_map(|b| lex.concept_index(b))
                .collect();
            objects.extend(broader);
            objects.sort_unstable();
            objects.dedup();
            mentions[i].objects = objects;
        }

        // Antonym poles, asserted near their topic.
        let mut raw_poles: Vec<(usize, PoleSide, usize, String, bool)> = Vec::new();
        for h in &hits {
            let Target::Pole(antonym, side, follows) = h.target else {
                continue;
            };
            let token = token_at(self.tokens, h.start);
            if negation_at(token).is_some() || denied {
                continue;
            }
            let entry = &lex.antonyms()[antonym];
            // A pole binds to its topic on one side: a verbal noun to what follows it (إنهاء
            // المهمة), an adjective to what precedes it (شراكة … دائمة).
            let binds = |m: &ConceptMention| {
                if follows {
                    // An adjective follows its noun, after that noun's other adjectives only
                    // (علاقة تجارية ثنائية دائمة): any other word between makes it another noun's
                    // (الوجود لسلام دائم: the peace is lasting, not the presence).
                    let last = m.token + m.surface.split_whitespace().count().max(1) - 1;
                    m.token < token
                        && token - m.token <= entry.window
                        && (last + 1..token).all(|t| looks_like_adjective(self.word(t)))
                } else {
                    m.token >= token && m.token - token <= entry.window
                }
            };
            let near_topic = entry.topic.is_empty()
                || mentions.iter().any(|m| {
                    binds(m)
                        && entry
                            .topic
                            .iter()
                            .any(|t| *t == lex.concepts()[m.concept].id)
                });
            if near_topic {
                let embedded = self.text[h.word_start..h.start].ends_with('ل')
                    || (token > 0 && ABOUT_WORDS.contains(&self.word(token - 1)));
                raw_poles.push((
                    antonym,
                    side,
                    token,
                    self.text[h.start..h.end].to_string(),
                    embedded,
                ));
            }
        }
        // A pole governed by the opposite pole just before it is that pole's object
        // (إنهاء الوجود = ending the presence): it asserts nothing by itself.
        let poles = raw_poles
            .iter()
            .filter(|(a, s, t, _, _)| {
                !raw_poles
                    .iter()
                    .any(|(a2, s2, t2, _, _)| a2 == a && s2 != s && *t2 < *t && t - t2 <= 2)
            })
            .map(|(a, s, _, w, embedded)| Pole {
                antonym: *a,
                side: *s,
                surface: w.clone(),
                embedded: *embedded,
            })
            .collect();

        // Quantities.
        let numbers = find_numbers(self.text, tokens);
        let mut quantities = Vec::new();
        let mut years = Vec::new();
        for n in numbers {
            let (nf, ne) = (first + n.first_token, first + n.end_token);
            let near = |h: &Hit, class: ConceptClass| matches!(h.target, Target::Concept(c) if lex.concepts()[c].class == class);
            let is_date = hits.iter().any(|h| {
                near(h, ConceptClass::Month) && {
                    let t = token_at(self.tokens, h.start);
                    (t + 2 >= nf && t < nf) || (t >= ne && t <= ne + 1)
                }
            });
            let unit_hit = hits.iter().find(|h| {
                near(h, ConceptClass::Unit) && {
                    let t = token_at(self.tokens, h.start);
                    t == ne || (t == ne + 1 && ne < self.tokens.len() && self.word(ne) == "من")
                }
            });
            let unit = match unit_hit {
                Some(h) => match h.target {
                    Target::Concept(c) => Some(lex.concepts()[c].id.clone()),
                    _ => None,
                },
                None if ne < last => {
                    let w = self.word(ne);
                    (w.chars().all(char::is_alphabetic) && !is_stopword(w))
                        .then(|| light_stem(w).to_string())
                }
                None => None,
            };
            let is_year = n.digits && (1900.0..=2100.0).contains(&n.value) && unit_hit.is_none();
            if is_year && n.value.fract() == 0.0 {
                years.push(n.value as u16);
            }
            if is_date || is_year {
                continue;
            }
            let bound_hit = bounds.iter().find(|b| {
                let bt = token_at(self.tokens, b.end.saturating_sub(1));
                bt + 1 == nf || bt + 2 == nf && self.word(bt + 1) == "من"
            });
            let bound = bound_hit
                .and_then(|b| match b.target {
                    Target::Bound(i) => Some(lex.bounds()[i].bound),
                    _ => None,
                })
                .unwrap_or(Bound::Exact);
            let at = n.range.start;
            let place = sentence_hits
                .iter()
                .filter(|h| near(h, ConceptClass::Place))
                .min_by_key(|h| {
                    if h.end <= at {
                        at - h.end
                    } else {
                        h.start.saturating_sub(n.range.end)
                    }
                })
                .and_then(|h| match h.target {
                    Target::Concept(c) => Some(lex.concepts()[c].id.clone()),
                    _ => None,
                });
            let start = bound_hit.map_or(n.range.start, |b| b.start.min(n.range.start));
            quantities.push(QuantityFeature {
                value: n.value,
                bound,
                unit,
                place,
                range: start..n.range.end,
            });
        }

        let mut negators: Vec<String> = windows.into_iter().map(|w| w.3).collect();
        if denied {
            negators.push("denied".into());
        }
        let stems: Vec<String> = range_stems.unique.iter().map(|s| s.to_string()).collect();
        let mut stem_keys: Vec<u64> = stems.iter().map(|s| stem_key(s)).collect();
        stem_keys.sort_unstable();
        stem_keys.dedup();
        Features {
            mentions,
            poles,
            quantities,
            stems,
            stem_keys,
            ordered: Vec::new(),
            negators,
            places,
            years: {
                years.sort_unstable();
                years.dedup();
                years
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::lexicon::{Bound, Lexicon, NegationKind};
    use crate::pair::Statement;

    fn features(text: &str) -> super::Features {
        Statement::new(text, &Lexicon::default()).features
    }

    #[test]
    fn an_adjective_pole_binds_to_its_noun_through_other_adjectives_only() {
        let poles = |text: &str| {
            let f = features(text);
            f.poles
                .iter()
                .filter(|p| p.surface.starts_with("دائم"))
                .count()
        };
        // «دائمة» describes the partnership, after two other adjectives of it.
        assert_eq!(poles("تسعى الحكومتان إلى شراكة اقتصادية ثنائية دائمة"), 1);
        // Here it describes the peace, not the presence two words before it.
        assert_eq!(poles("البرلمان يدعم الوجود لسلام دائم"), 0);
    }

    #[test]
    fn years_are_kept_apart_from_quantities() {
        let f = features("افتتاح المعرض عام 2018 بحضور 300 زائر");
        assert_eq!(f.years, vec![2018]);
        assert_eq!(f.quantities.len(), 1);
        // A number of troops in the years' range counts troops.
        let f = features("نشر 2000 جندي في المنطقة");
        assert!(f.years.is_empty());
        assert_eq!(f.quantities[0].value, 2000.0);
    }

    #[test]
    fn reads_bounds_before_numbers() {
        let bound = |t: &str| features(t).quantities[0].bound;
        assert_eq!(bound("ويوجد نحو 2500 جندي في العراق"), Bound::Approx);
        assert_eq!(bound("بعدد لا يتجاوز ألفي موظف"), Bound::AtMost);
        assert_eq!(bound("شنت أكثر من 150 هجوماً"), Bound::Above);
        assert_eq!(bound("ما لا يقل عن 30 قتيلا"), Bound::AtLeast);
        assert_eq!(bound("أقل من 10 جنود"), Bound::Below);
        assert_eq!(bound("no more than 2,000 troops"), Bound::AtMost);
        assert_eq!(bound("قتل 12 شخصا"), Bound::Exact);
    }

    #[test]
    fn a_bound_is_not_a_negation() {
        assert!(!features("بعدد لا يتجاوز ثلاثة آلاف زائر").is_negative());
    }

    #[test]
    fn dates_and_years_are_not_quantities() {
        assert!(
            features("في 31 ديسمبر 2021 أعلن العراق")
                .quantities
                .is_empty()
        );
        assert!(
            features("البرنامج الذي أطلقته الوزارة عام 2016")
                .quantities
                .is_empty()
        );
    }

    #[test]
    fn quantities_know_their_unit_and_place() {
        let f = features("ويوجد في الأردن نحو 1800 جندي بينما ينتشر في لبنان زهاء 600 جندي");
        let q: Vec<(f64, Option<&str>, Option<&str>)> = f
            .quantities
            .iter()
            .map(|q| (q.value, q.unit.as_deref(), q.place.as_deref()))
            .collect();
        assert_eq!(
            q,
            [
                (1800.0, Some("soldiers"), Some("jordan")),
                (600.0, Some("soldiers"), Some("lebanon"))
            ]
        );
    }

    #[test]
    fn negation_is_scoped_and_has_exceptions() {
        let negated = |t: &str, id: &str| {
            let l = Lexicon::default();
            let f = Statement::new(t, &l).features;
            f.mentions
                .iter()
                .find(|m| l.concepts()[m.concept].id == id)
                .map(|m| m.negated)
        };
        assert_eq!(
            negated("ليس لدى الوزارة جدول زمني واضح", "timetable"),
            Some(Some(NegationKind::Negation))
        );
        assert_eq!(
            negated("لا تزال المفاوضات مستمرة", "negotiation"),
            Some(None)
        );
        assert_eq!(
            negated("غير أن المفاوضات مستمرة", "negotiation"),
            Some(None)
        );
        // the clause mark ends the negator's reach
        assert_eq!(
            negated("لم يتحدد الموعد، لكن الانسحاب سيتم", "withdrawal"),
            Some(None)
        );
        assert_eq!(
            negated("رافضاً وضع جدول زمني لذلك", "timetable"),
            Some(Some(NegationKind::Refusal))
        );
    }

    #[test]
    fn objects_follow_their_frame_and_anaphors_take_the_sentence() {
        let l = Lexicon::default();
        let objects = |t: &str| {
            let f = Statement::new(t, &l).features;
            let m = f
                .mentions
                .iter()
                .find(|m| l.concepts()[m.concept].id == "timetable")
                .unwrap();
            m.objects
                .iter()
                .map(|&o| l.concepts()[o].id.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(
            objects("جدول زمني لسحب قوات التحالف"),
            ["coalition", "forces"]
        );
        assert_eq!(
            objects("دمج البيشمركة في الجيش رافضاً وضع جدول زمني لذلك"),
            ["peshmerga"]
        );
        assert!(objects("ليس لدى الوزارة جدول زمني واضح").is_empty());
    }
}
