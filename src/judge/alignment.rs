//! Word alignment of two statements: which content stems of one find a counterpart in the other,
//! exactly or as a morphological variant, and which are left over.
//!
//! The light stemmer strips clitics and a few suffixes, but Arabic inflects inside the word:
//! «يرتفع» and «ارتفاع», «الصين» and «صينية», «انسحاب» and «إنسحابها» share a root and little else.
//! A paraphrase changes such forms; a contradiction swaps a word for another. So the words left
//! over once variants are matched are what a pair disagrees about, or merely adds.

/// Two statements' stems, aligned on first use and kept: a rule, the model's features and a
/// model verdict's explanation read one alignment instead of each making its own.
#[derive(Debug)]
pub(crate) struct LazyAlignment<'s> {
    a: &'s [String],
    b: &'s [String],
    aligned: std::cell::OnceCell<Alignment<'s>>,
}

impl<'s> LazyAlignment<'s> {
    /// The (not yet made) alignment of two sorted, unique stem lists.
    pub(crate) fn new(a: &'s [String], b: &'s [String]) -> Self {
        LazyAlignment {
            a,
            b,
            aligned: std::cell::OnceCell::new(),
        }
    }

    /// The alignment, made on the first call.
    pub(crate) fn get(&self) -> &Alignment<'s> {
        self.aligned.get_or_init(|| Alignment::new(self.a, self.b))
    }
}

/// How the stems of two statements align.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Alignment<'s> {
    /// Stems of the first statement matched exactly or as a variant in the second.
    pub matched_a: usize,
    /// Stems of the second statement matched exactly or as a variant in the first.
    pub matched_b: usize,
    /// Stems of the first statement with no counterpart in the second.
    pub unmatched_a: Vec<&'s str>,
    /// Stems of the second statement with no counterpart in the first.
    pub unmatched_b: Vec<&'s str>,
}

impl<'s> Alignment<'s> {
    /// Aligns two sorted, unique stem lists.
    pub fn new(a: &'s [String], b: &'s [String]) -> Self {
        let (wa, wb) = (Word::all(a), Word::all(b));
        let mut out = Alignment::default();
        for w in &wa {
            if has_counterpart(w, b, &wb) {
                out.matched_a += 1;
            } else {
                out.unmatched_a.push(w.text);
            }
        }
        for w in &wb {
            if has_counterpart(w, a, &wa) {
                out.matched_b += 1;
            } else {
                out.unmatched_b.push(w.text);
            }
        }
        out
    }

    /// Dice similarity counting variants as matches, in [0, 1].
    pub fn similarity(&self) -> f64 {
        let total =
            self.matched_a + self.matched_b + self.unmatched_a.len() + self.unmatched_b.len();
        if total == 0 {
            return 0.0;
        }
        (self.matched_a + self.matched_b) as f64 / total as f64
    }

    /// The share of the better-covered statement that the other covers: high when one statement
    /// is contained in the other, as a short hypothesis is in a long premise.
    pub fn coverage(&self) -> f64 {
        let cover = |m: usize, u: usize| {
            if m + u == 0 {
                0.0
            } else {
                m as f64 / (m + u) as f64
            }
        };
        cover(self.matched_a, self.unmatched_a.len())
            .max(cover(self.matched_b, self.unmatched_b.len()))
    }

    /// Both statements keep a word or two of their own around a shared frame: the shape of a
    /// swapped word (a place, a number, a verb of direction).
    pub fn is_substitution(&self) -> bool {
        (1..=2).contains(&self.unmatched_a.len())
            && (1..=2).contains(&self.unmatched_b.len())
            && self.matched_a.min(self.matched_b) >= 2
    }
}

/// A stem with what the variant test needs, computed once per statement.
struct Word<'s> {
    text: &'s str,
    chars: usize,
    skeleton: Vec<char>,
}

impl<'s> Word<'s> {
    fn new(text: &'s str) -> Self {
        Word {
            text,
            chars: text.chars().count(),
            skeleton: skeleton(text),
        }
    }

    fn all(stems: &'s [String]) -> Vec<Word<'s>> {
        stems.iter().map(|s| Word::new(s)).collect()
    }
}

fn has_counterpart(word: &Word, stems: &[String], others: &[Word]) -> bool {
    stems
        .binary_search_by(|o| o.as_str().cmp(word.text))
        .is_ok()
        || others.iter().any(|o| words_are_variants(word, o))
}

/// True when two distinct stems look like forms of one word: they share their consonant skeleton
/// (تغلق / اغلاق), one holds the other with at most two letters around it (يسحب / سحب), or they
/// differ in at most a quarter of their letters with no root consonant replaced (يتهم / متهم, but
/// not قطار / مطار). Words under three letters must match exactly: they leave no room for a
/// guess.
#[cfg(test)]
fn are_variants(a: &str, b: &str) -> bool {
    words_are_variants(&Word::new(a), &Word::new(b))
}

fn words_are_variants(a: &Word, b: &Word) -> bool {
    let (short, long) = (a.chars.min(b.chars), a.chars.max(b.chars));
    if short < 3 {
        return false;
    }
    if a.skeleton.len() >= 3 && a.skeleton == b.skeleton {
        return true;
    }
    if long - short <= 2 && (a.text.contains(b.text) || b.text.contains(a.text)) {
        return true;
    }
    // A normalised distance of 0.75 needs lengths within a quarter of the longer one.
    short >= 4 && 4 * (long - short) <= long && 4 * root_preserving_distance(a.text, b.text) <= long
}

/// Letters that inflection changes inside a word: the long vowels, hamza seats and the feminine
/// ending. Replacing one of them by another keeps the root (قائل / قايل); replacing any other
/// letter makes another word (قطار / مطار, منح / منع).
fn is_weak_letter(c: char) -> bool {
    matches!(
        c,
        'ا' | 'و' | 'ي' | 'ى' | 'ة' | 'ه' | 'ء' | 'ئ' | 'ؤ' | 'أ' | 'إ' | 'آ'
    )
}

/// Letters that open an inflected form or carry a clitic: one replaced by another at the start
/// of a word is the same word in another person or case (يتهم / متهم / بتهم).
fn is_prefix_letter(c: char) -> bool {
    matches!(
        c,
        'ي' | 'ت' | 'ن' | 'ا' | 'م' | 'ب' | 'ل' | 'ف' | 'و' | 'ك' | 'س'
    )
}

/// Edit distance in which letters are inserted or deleted at one step each (prefixes, suffixes,
/// long vowels), but one letter is replaced by another at one step only when both are weak, or
/// both are prefix letters at the start of the word: replacing a root consonant costs a deletion
/// and an insertion.
fn root_preserving_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for (i, x) in a.chars().enumerate() {
        current[0] = i + 1;
        for (j, &y) in b.iter().enumerate() {
            let replace = if x == y {
                0
            } else if is_weak_letter(x) && is_weak_letter(y)
                || i == 0 && j == 0 && is_prefix_letter(x) && is_prefix_letter(y)
            {
                1
            } else {
                2
            };
            current[j + 1] = (previous[j] + replace)
                .min(previous[j + 1] + 1)
                .min(current[j] + 1);
        }
        std::mem::swap(&mut previous, &mut current);
    }
    previous[b.len()]
}

/// The consonants of an Arabic word once a verb or noun prefix letter and the long vowels are
/// taken out: «تغلق» and «اغلاق» both give غلق, «تفرج» and «افراج» give فرج. Arabic derives its
/// forms by putting vowels and prefixes around a root, so forms of one root share this skeleton.
/// The consonant skeleton of a word as a string (see [`are_variants`]): the key under which forms
/// of one root are counted together.
pub fn skeleton_key(word: &str) -> String {
    skeleton(word).into_iter().collect()
}

fn skeleton(word: &str) -> Vec<char> {
    let mut chars: Vec<char> = word.chars().collect();
    if chars.len() >= 4 && matches!(chars[0], 'ي' | 'ت' | 'ن' | 'ا' | 'م') {
        chars.remove(0);
    }
    if chars.len() >= 4 && matches!(chars[chars.len() - 1], 'ه' | 'ة') {
        chars.pop();
    }
    let first = chars.first().copied();
    let mut out: Vec<char> = first.into_iter().collect();
    out.extend(
        chars
            .iter()
            .skip(1)
            .filter(|c| !matches!(c, 'ا' | 'و' | 'ي')),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems(words: &[&str]) -> Vec<String> {
        let mut v: Vec<String> = words.iter().map(|s| s.to_string()).collect();
        v.sort();
        v.dedup();
        v
    }

    #[test]
    fn inflected_forms_are_variants_and_antonyms_are_not() {
        assert!(are_variants("يسحب", "سحب"));
        assert!(are_variants("صيني", "صين"));
        assert!(are_variants("ارتفاع", "يرتفع"));
        assert!(are_variants("تغلق", "اغلاق"));
        assert!(are_variants("تفرج", "افراج"));
        assert!(!are_variants("ارتفاع", "انخفاض"));
        assert!(!are_variants("مصر", "ليبيا"));
        assert!(!are_variants("من", "منه"));
        // One consonant replaced makes another word, however long the rest.
        assert!(!are_variants("قطارات", "مطارات"));
        assert!(!are_variants("منحت", "منعت"));
        assert!(are_variants("يتهم", "متهم"));
    }

    #[test]
    fn a_swapped_word_is_left_over_on_both_sides() {
        let a = stems(&["سعر", "ذهب", "يرتفع", "سوق"]);
        let b = stems(&["سعر", "فضه", "ارتفاع", "سوق"]);
        let al = Alignment::new(&a, &b);
        assert_eq!(al.unmatched_a, vec!["ذهب"]);
        assert_eq!(al.unmatched_b, vec!["فضه"]);
        assert!(al.is_substitution());
        assert!((al.similarity() - 0.75).abs() < 1e-9);
    }

    #[test]
    fn a_contained_statement_is_covered() {
        let a = stems(&["وزير", "زار", "بغداد", "امس", "وفد", "كبير"]);
        let b = stems(&["وزير", "زار", "بغداد"]);
        let al = Alignment::new(&a, &b);
        assert_eq!(al.coverage(), 1.0);
        assert!(!al.is_substitution());
        assert!(al.similarity() < 1.0);
    }
}
