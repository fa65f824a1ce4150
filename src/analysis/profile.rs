//! What a whole document is about, for grouping documents into stories: its content stems
//! weighted towards the headline and lead, and a sketch of its word sequence for finding
//! reprints of one text.

use super::prepared::{CLAUSE_STOPS, Prepared};
use super::{name_key, stem_key};
use crate::lexicon::{ConceptClass, Target};
use crate::text::dates::find_dates;
use crate::text::translit::{MIN_SKELETON, is_latin_article, short_skeleton, skeleton_into};
use std::ops::Range;

/// How many of the smallest shingle hashes a document keeps: the sketch two documents'
/// word-sequence overlap is estimated from.
pub const SKETCH_SIZE: usize = 64;
/// The most headline and lead stems a profile keeps as words.
const MAX_HEAD_WORDS: usize = 40;
/// Words per shingle of the reprint sketch.
const SHINGLE_WORDS: usize = 4;
/// The headline and the lead weigh this much more than the body: news clusterers weight the
/// title, and a scraped page's first sentences are its headline and lead.
const HEAD_WEIGHTS: [f32; 3] = [3.0, 2.0, 2.0];
/// Names of actors and places weigh this much more than other words.
const NAME_WEIGHT: f32 = 2.0;

/// A document's content stems (weighted) and its shingle sketch.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocumentProfile {
    /// `(stem key, weight)`, sorted by key: how often each content stem occurs, the headline's
    /// and lead's words counting more.
    pub terms: Vec<(u64, f32)>,
    /// The [`SKETCH_SIZE`] smallest hashes of its word 4-grams, ascending (fewer for a short
    /// document).
    pub sketch: Vec<u64>,
    /// The words of the headline and lead (the first sentences) as written, by their stem's key:
    /// the words a story can be titled with.
    pub head_words: Vec<(u64, String)>,
    /// Full dates near the top of the page (`YYYY-MM-DD`), in text order, each with `true` when
    /// a publication cue stands just before it (نشر، بتاريخ): what the page's own date is read
    /// from when no manifest gives it. Dates in a list (a column of teasers) are left out.
    pub page_dates: Vec<(jiff::civil::Date, bool)>,
    /// Its language: the manifest's, else detected from its text (`ar`, `en`, …).
    pub language: Option<String>,
    /// The consonant skeletons of its headline and lead words ([`crate::text::translit`]),
    /// each with the key of the stem it came from, sorted and unique: what lets a story told
    /// in Arabic and in English meet on the names both write.
    pub names: Vec<(u64, u64)>,
    /// The pairs of content words that stand side by side in a clause of its headline and
    /// lead, sorted and unique: a name of two common or short words («تل العرب», «رأس
    /// المدى», "Tal al-Arab") is rare as a pair though neither word is.
    pub pairs: Vec<WordPair>,
}

/// Two content words side by side in a clause of a document's headline or lead.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct WordPair {
    /// The pair's key ([`pair_key`] of its stems' keys): no single stem has it.
    pub key: u64,
    /// The stem keys of its first and second word: how common the pair is in news at large
    /// is estimated from theirs.
    pub stems: (u64, u64),
    /// The key of the two words' consonant skeletons joined ([`crate::text::translit`]), when
    /// together they keep enough consonants: an Arabic and a Latin spelling of a two-word name
    /// share it.
    pub skeleton: Option<u64>,
}

impl DocumentProfile {
    /// The profile of the `sentences` (folded ranges, in order) of a prepared text: the
    /// sentences boilerplate left.
    ///
    /// `original` is the text `prepared` was made from: the headline's and lead's words are kept
    /// as it writes them, to title a story with.
    pub fn new(prepared: &Prepared, original: &str, sentences: &[Range<usize>]) -> Self {
        let mut terms: Vec<(u64, f32)> = Vec::new();
        let mut shingle_hashes: Vec<u64> = Vec::new();
        let mut window: [u64; SHINGLE_WORDS] = [0; SHINGLE_WORDS];
        let mut seen = 0usize;
        let mut head_words: Vec<(u64, String)> = Vec::new();
        let mut names: Vec<(u64, u64)> = Vec::new();
        let mut pairs: Vec<WordPair> = Vec::new();
        let named = named_words(prepared);
        let concepts = prepared.lexicon().concepts();
        // Each concept's key made once a document: it is a formatted string hashed, and a
        // page names its few places and topics sentence after sentence.
        let mut concept_keys: Vec<(usize, u64)> = Vec::new();
        let mut skeleton = String::new();
        for (n, range) in sentences.iter().enumerate() {
            let weight = HEAD_WEIGHTS.get(n).copied().unwrap_or(1.0);
            let first = prepared.token_at(range.start);
            let last = prepared.token_at(range.end);
            // The content word just before, with its skeleton, when nothing but a space stands
            // between.
            let mut before: Option<(u64, Option<String>)> = None;
            for (i, &is_name) in named.iter().enumerate().take(last).skip(first) {
                let word = prepared.word(i);
                let word_hash = stem_key(word);
                window.rotate_left(1);
                window[SHINGLE_WORDS - 1] = word_hash;
                seen += 1;
                if seen >= SHINGLE_WORDS {
                    shingle_hashes.push(mix(&window));
                }
                let stem = prepared.content_stem(i);
                if n < HEAD_WEIGHTS.len() && !is_hyphened_article(prepared, i) {
                    let joined = before
                        .take()
                        .filter(|_| !prepared.mark_between(i, CLAUSE_STOPS));
                    before = pair_with(&mut pairs, joined, stem.map(|s| (stem_key(s), word)));
                }
                if let Some(stem) = stem
                    && stem.chars().nth(2).is_some()
                {
                    let weight = if is_name {
                        weight * NAME_WEIGHT
                    } else {
                        weight
                    };
                    let key = stem_key(stem);
                    terms.push((key, weight));
                    if n < HEAD_WEIGHTS.len() && head_words.len() < MAX_HEAD_WORDS {
                        head_words.push((key, surface(prepared, original, i)));
                        // A name's skeleton is of the word as written: the light stem cuts
                        // the endings of names («كردفان» is not a dual).
                        if skeleton_into(word, &mut skeleton)
                            || (skeleton.chars().count() == 2
                                && short_name(prepared, original, i, first))
                        {
                            names.push((name_key(&skeleton), key));
                        }
                    }
                }
            }
            // The places and topics the sentence names, one key each whatever the language or
            // the word («الأردن», «التركية», "Turkish"; «جدول زمني», "timetable"): what an
            // Arabic and an English report of one event share. The glossary's acts are not
            // keys: every bombing has them.
            for h in prepared.hits_starting_in(range) {
                if let Target::Concept(c) = h.target
                    && names_a_topic(&concepts[c])
                {
                    let key = match concept_keys.iter().find(|(known, _)| *known == c) {
                        Some(&(_, key)) => key,
                        None => {
                            let key = concept_key(&concepts[c]);
                            concept_keys.push((c, key));
                            key
                        }
                    };
                    terms.push((key, weight));
                }
            }
        }
        terms.sort_unstable_by_key(|t| t.0);
        let mut merged: Vec<(u64, f32)> = Vec::with_capacity(terms.len());
        for (key, w) in terms {
            match merged.last_mut() {
                Some(last) if last.0 == key => last.1 += w,
                _ => merged.push((key, w)),
            }
        }
        bottom_k(&mut shingle_hashes, SKETCH_SIZE);
        head_words.sort_unstable();
        head_words.dedup();
        names.sort_unstable();
        names.dedup();
        pairs.sort_unstable();
        pairs.dedup();
        DocumentProfile {
            terms: merged,
            sketch: shingle_hashes,
            head_words,
            page_dates: page_dates(prepared),
            language: None,
            names,
            pairs,
        }
    }

    /// The share of word 4-grams two documents have in common, estimated from their sketches
    /// (a bottom-k estimate of the Jaccard index), in [0, 1].
    pub fn overlap(&self, other: &DocumentProfile) -> f64 {
        let k = self.sketch.len().min(other.sketch.len());
        if k == 0 {
            return 0.0;
        }
        // The k smallest hashes of the union; those in both sketches are shared shingles.
        let (mut i, mut j, mut taken, mut shared) = (0, 0, 0, 0);
        while taken < k && (i < self.sketch.len() || j < other.sketch.len()) {
            let a = self.sketch.get(i).copied().unwrap_or(u64::MAX);
            let b = other.sketch.get(j).copied().unwrap_or(u64::MAX);
            if a == b {
                shared += 1;
                i += 1;
                j += 1;
            } else if a < b {
                i += 1;
            } else {
                j += 1;
            }
            taken += 1;
        }
        shared as f64 / k as f64
    }
}

/// How far into a page (folded bytes) its own date is looked for: the header and the byline.
const HEAD_BYTES: usize = 800;
/// How many full dates within [`LIST_BYTES`] make a list of dates (teasers, an archive column).
const LIST_DATES: usize = 3;
/// See [`LIST_DATES`].
const LIST_BYTES: usize = 250;
/// How many words before a date a publication cue may stand.
const CUE_WORDS: usize = 3;

/// The full dates near the top of a page, with whether a publication cue precedes each.
fn page_dates(prepared: &Prepared) -> Vec<(jiff::civil::Date, bool)> {
    let grammar = prepared.lexicon().grammar();
    let tokens = prepared.tokens();
    let head = tokens.partition_point(|t| t.end <= HEAD_BYTES);
    let found: Vec<_> = find_dates(prepared.text(), &tokens[..head], &grammar.months)
        .into_iter()
        .filter_map(|d| Some((d.full()?, d.range)))
        .collect();
    found
        .iter()
        .filter(|(_, r)| {
            let near = found
                .iter()
                .filter(|(_, o)| o.start.abs_diff(r.start) <= LIST_BYTES)
                .count();
            near < LIST_DATES
        })
        .map(|(date, r)| {
            let first = prepared.token_at(r.start);
            let cued = (first.saturating_sub(CUE_WORDS)..first)
                .any(|i| grammar.publication_cues.contains(prepared.word(i)));
            (*date, cued)
        })
        .collect()
}

/// Word `i` of `prepared` as `original` writes it, without the conjunctions and prepositions
/// written onto it («والأمريكية» gives «الأمريكية», «للديوانة» «الديوانة»): a word to title a
/// story with.
/// True when word `i` (its sentence opening at word `first`) may be a name of two consonants
/// («الزيب», "Zeib"; «الكوم», "Kum"): two classes name too many words to be a key, unless
/// the English side writes the word as a name, capitalised inside its sentence. An Arabic word
/// qualifies as such, since Arabic has no capitals: it meets only capitalised English words,
/// and its rarity weighs what it shares.
fn short_name(prepared: &Prepared, original: &str, i: usize, first: usize) -> bool {
    let word = prepared.word(i);
    if !word.is_ascii() {
        return true;
    }
    let token = prepared.tokens()[i];
    let range = prepared.normalized().original_range(token.start..token.end);
    i > first
        && original
            .get(range)
            .and_then(|w| w.chars().next())
            .is_some_and(|c| c.is_ascii_uppercase())
}

fn surface(prepared: &Prepared, original: &str, i: usize) -> String {
    let token = prepared.tokens()[i];
    let range = prepared.normalized().original_range(token.start..token.end);
    let mut word = original.get(range).unwrap_or(prepared.word(i));
    let stem = prepared.content_stem(i).unwrap_or_default();
    for _ in 0..2 {
        let Some(c) = word
            .chars()
            .next()
            .filter(|c| PROCLITIC_LETTERS.contains(c))
        else {
            break;
        };
        let rest = &word[c.len_utf8()..];
        if stem.starts_with(c) || rest.chars().count() < 3 {
            break;
        }
        // «لل» is «ل» and the article, its alif dropped: «للديوانة» is «ل» + «الديوانة».
        if c == 'ل' && rest.starts_with('ل') && !stem.starts_with('ل') {
            return format!("ا{rest}");
        }
        word = rest;
    }
    word.to_string()
}

/// The one-letter conjunctions and prepositions written onto the word after them.
const PROCLITIC_LETTERS: &[char] = &['و', 'ف', 'ب', 'ل', 'ك'];

/// True for a Latin article written onto the name after it ("al-" of "Tal al-Arab"): the
/// name's words stand side by side across it.
fn is_hyphened_article(prepared: &Prepared, i: usize) -> bool {
    let token = prepared.tokens()[i];
    prepared.text()[token.end..].starts_with('-') && is_latin_article(prepared.word(i))
}

/// Records the pair of the word `before` (its stem key and skeleton) and the word `this` (its
/// stem key and its text as written), if both are content words; returns what `before` is for
/// the next word.
fn pair_with(
    pairs: &mut Vec<WordPair>,
    before: Option<(u64, Option<String>)>,
    this: Option<(u64, &str)>,
) -> Option<(u64, Option<String>)> {
    let (key, word) = this?;
    let skeleton = short_skeleton(word);
    if let Some((first, first_skeleton)) = before {
        let joined = match (&first_skeleton, &skeleton) {
            (Some(a), Some(b)) if a.len() + b.len() >= MIN_SKELETON => {
                Some(name_key(&format!("{a}|{b}")))
            }
            _ => None,
        };
        pairs.push(WordPair {
            key: pair_key(first, key),
            stems: (first, key),
            skeleton: joined,
        });
    }
    Some((key, skeleton))
}

/// The key of two words side by side: a key no single stem has.
fn pair_key(first: u64, second: u64) -> u64 {
    let h = (first.rotate_left(23) ^ second).wrapping_mul(0x9E37_79B9_7F4A_7C15);
    h ^ (h >> 31)
}

/// The key of a concept among a document's terms: one key for a place and the glossary's words
/// for it and its people (their broader concept), a key no stem has.
pub(crate) fn concept_key(concept: &crate::lexicon::Concept) -> u64 {
    stem_key(&concept_word(concept_id(concept)))
}

/// True for a concept that tells one story from another in any language: a place of the
/// lexicon (and a glossary word for one: a country's people), a frame (a timetable, a
/// withdrawal) or what one is about (the coalition). The glossary's acts and things (a
/// bombing, a bus) are in every story of their kind.
pub(crate) fn names_a_topic(concept: &crate::lexicon::Concept) -> bool {
    match concept.class {
        ConceptClass::Place | ConceptClass::Frame | ConceptClass::Object => true,
        ConceptClass::Term => concept.broader.is_some(),
        _ => false,
    }
}

/// The id a concept is counted under: a glossary word's broader concept when it has one (a
/// country's people are the country), else its own.
pub(crate) fn concept_id(concept: &crate::lexicon::Concept) -> &str {
    match concept.class {
        ConceptClass::Term => concept.broader.as_deref().unwrap_or(&concept.id),
        _ => &concept.id,
    }
}

/// The word a concept is counted as, in a document's terms and in the lexicon's background.
pub(crate) fn concept_word(id: &str) -> String {
    format!("§{id}")
}

/// For each word of the text: true when it names an actor or a place of the lexicon. Who and
/// where tell one event from another more than what happened does.
fn named_words(prepared: &Prepared) -> Vec<bool> {
    let mut named = vec![false; prepared.tokens().len()];
    let concepts = prepared.lexicon().concepts();
    for h in prepared.hits() {
        let is_name = match h.target {
            Target::Actor(_) => true,
            Target::Concept(c) => concepts[c].class == ConceptClass::Place,
            _ => false,
        };
        if is_name {
            let (first, last) = (prepared.token_at(h.start), prepared.token_at(h.end));
            let last = last.min(named.len());
            named[first..last].iter_mut().for_each(|n| *n = true);
        }
    }
    named
}

/// One hash of a shingle of word hashes (FxHash-style mixing: the same on every run).
fn mix(words: &[u64; SHINGLE_WORDS]) -> u64 {
    let mut h: u64 = 0x9E37_79B9_7F4A_7C15;
    for &w in words {
        h = (h.rotate_left(5) ^ w).wrapping_mul(0x51_7C_C1_B7_27_22_0A_95);
    }
    h ^ (h >> 29)
}

/// Leaves in `hashes` its `k` smallest distinct values, ascending. Selecting the `2k` smallest
/// first spares sorting a long page's every shingle; they hold the `k` smallest distinct
/// values unless the page repeats itself, when the whole list is sorted.
fn bottom_k(hashes: &mut Vec<u64>, k: usize) {
    if hashes.len() > 2 * k {
        hashes.select_nth_unstable(2 * k);
        let mut few = hashes[..2 * k].to_vec();
        few.sort_unstable();
        few.dedup();
        if few.len() >= k {
            few.truncate(k);
            *hashes = few;
            return;
        }
    }
    hashes.sort_unstable();
    hashes.dedup();
    hashes.truncate(k);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lexicon::Lexicon;

    #[test]
    fn bottom_k_keeps_the_k_smallest_distinct_hashes_in_order() {
        let naive = |v: &[u64], k: usize| {
            let mut v = v.to_vec();
            v.sort_unstable();
            v.dedup();
            v.truncate(k);
            v
        };
        // A long list, one with many repeats (the fallback), a short one.
        let long: Vec<u64> = (0..1000u64)
            .map(|i| i.wrapping_mul(0x9e37_79b9_7f4a_7c15))
            .collect();
        let repeats: Vec<u64> = (0..1000u64).map(|i| i % 7).collect();
        for (v, k) in [(long, 64), (repeats, 64), (vec![5, 3, 5, 1], 64)] {
            let mut got = v.clone();
            bottom_k(&mut got, k);
            assert_eq!(got, naive(&v, k));
        }
    }

    fn profile(text: &str, lexicon: &Lexicon) -> DocumentProfile {
        let p = Prepared::new(text, lexicon);
        let whole = 0..p.text().len();
        DocumentProfile::new(&p, text, &[whole])
    }

    #[test]
    fn a_reprint_overlaps_and_another_text_does_not() {
        let l = Lexicon::default();
        let wire = "اعلنت وزارة الصحة في البلاد ان حصيلة ضحايا الفيضانات التي ضربت المنطقة الشمالية \
                    ارتفعت الى اثني عشر شخصا فيما تواصل فرق الانقاذ البحث عن مفقودين في القرى المعزولة";
        let reprint = format!("{wire} بحسب ما نقلت وكالة الانباء الرسمية");
        let other = "افتتح وزير الثقافة معرض الكتاب الدولي في العاصمة بمشاركة مئات دور النشر العربية \
                     والاجنبية وسط اقبال كبير من الزوار في يومه الاول";
        let (a, b, c) = (profile(wire, &l), profile(&reprint, &l), profile(other, &l));
        assert!(a.overlap(&b) > 0.6, "{}", a.overlap(&b));
        assert!(a.overlap(&c) < 0.1, "{}", a.overlap(&c));
        assert!(a.terms.windows(2).all(|w| w[0].0 < w[1].0));
    }
}
