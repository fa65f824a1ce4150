//! The front door of analysis: a text folded, split into words and matched against the lexicon
//! once, for extraction and bare statements alike.

use super::word_stems::WordStems;
use crate::lexicon::{Hit, Lexicon, Target};
use crate::text::boilerplate::MarkerMatch;
use crate::text::normalize::Normalized;
use crate::text::tokens::{Token, tokenize};
use std::ops::Range;

/// A text prepared for analysis: its folded form with the map back to the original bytes, its
/// words, and its lexicon hits.
///
/// Extraction and bare statements both start here, so a text is prepared one way only.
#[derive(Debug)]
pub struct Prepared<'l> {
    lexicon: &'l Lexicon,
    norm: Normalized,
    tokens: Vec<Token>,
    hits: Vec<Hit>,
    markers: Vec<MarkerMatch>,
    /// Each word's content stem, found once: the document's profile and every claim's analysis
    /// read them.
    stems: WordStems,
    /// The page furniture's byte ranges, found when first asked for.
    boilerplate: std::sync::OnceLock<Vec<Range<usize>>>,
}

impl<'l> Prepared<'l> {
    /// Folds `text`, splits it into words and finds its lexicon hits (and the boilerplate
    /// markers that count anywhere, on the same walk).
    pub fn new(text: &str, lexicon: &'l Lexicon) -> Self {
        let norm = Normalized::new(text);
        let folded = norm.as_str();
        let tokens = tokenize(folded);
        let (mut hits, markers) = lexicon.scan_document(folded);
        hits.retain(|h| !qualifies_a_noun(folded, &tokens, h, lexicon));
        lexicon.add_verb_object_hits(folded, &tokens, &mut hits);
        let stems = WordStems::new(folded, &tokens, &lexicon.grammar().function_words);
        Prepared {
            lexicon,
            norm,
            tokens,
            hits,
            markers,
            stems,
            boilerplate: std::sync::OnceLock::new(),
        }
    }

    /// The lexicon it was matched against.
    pub fn lexicon(&self) -> &'l Lexicon {
        self.lexicon
    }

    /// The folded text.
    pub fn text(&self) -> &str {
        self.norm.as_str()
    }

    /// The folded text with its map back to the original.
    pub fn normalized(&self) -> &Normalized {
        &self.norm
    }

    /// The words of the folded text.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// The lexicon hits, sorted by start, longest first.
    pub fn hits(&self) -> &[Hit] {
        &self.hits
    }

    /// The byte ranges (folded) of page furniture: menus, bylines, "read also" lines. Found
    /// once, for the extractor and for a denial looking back alike.
    pub fn boilerplate(&self) -> &[Range<usize>] {
        self.boilerplate.get_or_init(|| {
            crate::text::boilerplate::boilerplate_regions_found(
                self.text(),
                self.lexicon.boilerplate(),
                &self.markers,
            )
        })
    }

    /// The light stem of word `i` (folded), `None` for a word that carries no content (a
    /// function word, a bare number, a single letter).
    #[inline]
    pub(crate) fn content_stem(&self, i: usize) -> Option<&str> {
        self.stems.of(self.text(), i)
    }

    /// Word `i` (folded).
    pub fn word(&self, i: usize) -> &str {
        &self.text()[self.tokens[i].range()]
    }

    /// The index of the word containing or following byte `at`.
    pub fn token_at(&self, at: usize) -> usize {
        token_at(&self.tokens, at)
    }

    /// The hits that start inside `range`.
    pub fn hits_starting_in(&self, range: &Range<usize>) -> &[Hit] {
        let from = self.hits.partition_point(|h| h.start < range.start);
        let to = self.hits.partition_point(|h| h.start < range.end);
        &self.hits[from..to]
    }

    /// The hits that lie wholly inside `range`.
    pub fn hits_within(&self, range: &Range<usize>) -> impl Iterator<Item = &Hit> {
        self.hits_starting_in(range)
            .iter()
            .filter(move |h| h.end <= range.end)
    }

    /// How many words lie wholly inside `range`.
    pub fn word_count_in(&self, range: &Range<usize>) -> usize {
        if range.is_empty() {
            return 0;
        }
        let first = self.token_at(range.start);
        self.tokens[first..]
            .iter()
            .take_while(|t| t.end <= range.end)
            .count()
    }

    /// The words of the sentence before word `first` (the first of a sentence): back to the
    /// sentence mark before it, at most eighty words (a sentence run on without marks is cut).
    /// Empty when that sentence is page furniture (a "read also" line, a menu).
    pub(crate) fn sentence_before(&self, first: usize) -> Range<usize> {
        // The segmenter's sentence ends, the headline bars of a ticker among them.
        const ENDS: &[char] = &['.', '!', '?', '؟', '\n', '|', '۔'];
        let mut start = first;
        while start > 0
            && first - start < SENTENCE_BEFORE_WORDS
            && !(start < first && self.mark_between(start, ENDS))
        {
            start -= 1;
        }
        if start == first {
            return first..first;
        }
        let bytes = self.tokens[start].start..self.tokens[first - 1].end;
        if self
            .boilerplate()
            .iter()
            .any(|r| r.start < bytes.end && bytes.start < r.end)
        {
            return first..first;
        }
        start..first
    }

    /// True when one of `marks` stands in the text between words `a` and `b` (in either order):
    /// whether two words are of one clause.
    pub(crate) fn mark_between_words(&self, a: usize, b: usize, marks: &[char]) -> bool {
        let (from, to) = (self.tokens[a.min(b)].end, self.tokens[a.max(b)].start);
        self.text()
            .get(from..to)
            .is_some_and(|gap| gap.contains(marks))
    }

    /// True when one of `marks` stands between word `i - 1` and word `i`.
    pub fn mark_between(&self, i: usize, marks: &[char]) -> bool {
        i > 0
            && i < self.tokens.len()
            && self.text()[self.tokens[i - 1].end..self.tokens[i].start].contains(marks)
    }
}

/// True for an actor's one-word name that stands as an adjective here: a definite word ending
/// in «ي», the form of a nisba («السوداني», «العراقي»), right after a definite noun it
/// qualifies («الجيش السوداني», the Sudanese army). A person named by such a word alone
/// («وقال السوداني») follows a verb or opens the sentence.
fn qualifies_a_noun(text: &str, tokens: &[Token], hit: &Hit, lexicon: &Lexicon) -> bool {
    if !matches!(hit.target, Target::Actor(_)) {
        return false;
    }
    let name = &text[hit.word_start..hit.end];
    if name.contains(' ') || !name.starts_with("ال") || !name.ends_with('ي') {
        return false;
    }
    let at = token_at(tokens, hit.word_start);
    let Some(before) = at.checked_sub(1).map(|i| tokens[i]) else {
        return false;
    };
    let gap = &text[before.end..hit.word_start];
    let word = &text[before.start..before.end];
    gap.trim().is_empty()
        && word.starts_with("ال")
        && !lexicon.grammar().function_words.contains(word)
}

/// The marks that end a clause: past one, a word belongs to another item of the sentence.
pub(crate) const CLAUSE_STOPS: &[char] = &[',', '،', ';', '؛', '.', ':'];

/// The most words [`Prepared::sentence_before`] reaches back.
const SENTENCE_BEFORE_WORDS: usize = 80;

/// The index of the token containing or following byte `at`.
pub(crate) fn token_at(tokens: &[Token], at: usize) -> usize {
    tokens.partition_point(|t| t.end <= at)
}
