//! The root of an Arabic word, roughly: what lets a denial and a report name one act in two
//! derived forms («احتجاز» and «محتجز» and «يحتجزونه», «تصويت» and «صوّت», «إرسال» and «أرسل»).
//! The light stem keeps such forms apart; the root, three consonants that carry the meaning,
//! brings them together. It is found without a root dictionary, in the manner of the ISRI
//! stemmer (Taghva, Elkhoury and Coombs 2005): affixes off, then the derived patterns
//! (افتعل، استفعل، تفعيل، مفعول …) read off by the positions of their added letters.
//!
//! A root names a family of words, not a meaning: «كتب» is a book, a writer and an office. It
//! is for matching one act between two claims already tied by other words, never on its own.

/// Prefixes stripped first, longest first: conjunctions, prepositions, the article, and the
/// imperfect's person markers after a conjunction.
const PREFIXES: &[&str] = &[
    "وبال", "وكال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال", "وس", "وي", "وت", "ون", "فس",
    "و", "ف",
];

/// Suffixes stripped, longest first: pronouns, plural and dual endings, feminine endings.
const SUFFIXES: &[&str] = &[
    "هما", "كما", "تما", "ونه", "ونها", "وها", "تها", "تهم", "يين", "ات", "ان", "ون", "ين", "هم",
    "هن", "ها", "نا", "وا", "يه", "تم", "ه", "ي", "ا", "ت",
];

/// The letters of a word.
fn letters(w: &str) -> Vec<char> {
    w.chars().collect()
}

/// A weak middle letter (ا، و، ي) of a three-letter root is one letter written three ways: «قال»
/// and «يقيل» and «استقالة» share it.
fn hollow(mut root: Vec<char>) -> String {
    if root.len() == 3 && matches!(root[1], 'ا' | 'و' | 'ي') {
        root[1] = 'ا';
    }
    root.into_iter().collect()
}

/// The root of a folded Arabic word (a light stem will do), or its letters after affixes when no
/// pattern fits; `None` for a word of another script.
pub(crate) fn root(word: &str) -> Option<String> {
    let first = word.chars().next()?;
    if !('\u{0600}'..='\u{06FF}').contains(&first) {
        return None;
    }
    let mut w = word;
    for p in PREFIXES {
        if let Some(rest) = w.strip_prefix(p)
            && rest.chars().count() >= 3
        {
            w = rest;
            break;
        }
    }
    // Up to two suffixes of two letters or more: «اعتقالاتهم».
    for _ in 0..2 {
        if let Some(rest) = SUFFIXES
            .iter()
            .filter(|s| s.chars().count() >= 2)
            .find_map(|s| w.strip_suffix(s).filter(|r| r.chars().count() >= 3))
        {
            w = rest;
        }
    }
    let c = letters(w);
    if let Some(root) = pattern(&c) {
        return Some(hollow(root));
    }
    // A one-letter ending (a feminine ت or ة, a pronoun ه, a nisba ي, an accusative ا) is
    // stripped only when what is left fits a pattern: the letter may be the root's own.
    if c.len() > 3
        && matches!(c[c.len() - 1], 'ت' | 'ه' | 'ي' | 'ا' | 'ن')
        && let Some(root) = pattern(&c[..c.len() - 1])
    {
        return Some(hollow(root));
    }
    // No pattern: a four-letter root («سيطر») with a feminine ending («سيطرت»).
    if c.len() == 5 && matches!(c[4], 'ت' | 'ه') {
        return Some(c[..4].iter().collect());
    }
    Some(w.to_string())
}

/// The three root letters of a word read by its pattern, `None` when no pattern fits.
fn pattern(c: &[char]) -> Option<Vec<char>> {
    match c.len() {
        3 => Some(c.to_vec()),
        4 => four(c),
        5 => five(c),
        6 => six(c),
        _ => None,
    }
}

/// Four letters: a prefix or an infix of one letter.
fn four(c: &[char]) -> Option<Vec<char>> {
    Some(match (c[0], c[1], c[2]) {
        // مفعل، يفعل، تفعل، نفعل، أفعل (the imperfect and the causative)
        ('م' | 'ي' | 'ت' | 'ن' | 'ا', _, _) => c[1..].to_vec(),
        // فاعل، فوعل
        (_, 'ا' | 'و', _) => vec![c[0], c[2], c[3]],
        // فعال، فعول، فعيل
        (_, _, 'ا' | 'و' | 'ي') => vec![c[0], c[1], c[3]],
        _ => return None,
    })
}

/// Five letters: the derived verb forms and their nouns.
fn five(c: &[char]) -> Option<Vec<char>> {
    Some(match (c[0], c[1], c[2], c[3]) {
        // افتعل with ت, or with its ط / د after an emphatic or a dental: اصطدم، ازدحم
        ('ا', _, 'ت' | 'ط' | 'د', _) => vec![c[1], c[3], c[4]],
        // انفعل
        ('ا', 'ن', _, _) => vec![c[2], c[3], c[4]],
        // تفعيل
        ('ت', _, _, 'ي') => vec![c[1], c[2], c[4]],
        // تفاعل
        ('ت', _, 'ا', _) => vec![c[1], c[3], c[4]],
        // مفعول، مفعال
        ('م', _, _, 'و' | 'ا') => vec![c[1], c[2], c[4]],
        // مفاعل
        ('م', _, 'ا', _) => vec![c[1], c[3], c[4]],
        // مفتعل، يفتعل، تفتعل، نفتعل
        ('م' | 'ي' | 'ت' | 'ن', _, 'ت' | 'ط', _) => vec![c[1], c[3], c[4]],
        // يتفعل، نتفعل
        ('ي' | 'ن', 'ت', _, _) => vec![c[2], c[3], c[4]],
        // إفعال
        ('ا', _, _, 'ا') => vec![c[1], c[2], c[4]],
        // فعائل، فعالل
        (_, _, 'ا', _) => vec![c[0], c[1], c[3]],
        // the imperfect of a four-letter form: ينفعل، يفاعل
        ('م' | 'ي' | 'ت' | 'ن', _, _, _) => return four(&c[1..]),
        _ => return None,
    })
}

/// Six letters: استفعل and the nouns of the derived forms.
fn six(c: &[char]) -> Option<Vec<char>> {
    Some(match (c[0], c[1], c[2]) {
        // استفعل
        ('ا', 'س', 'ت') => vec![c[3], c[4], c[5]],
        // مستفعل، يستفعل، تستفعل
        ('م' | 'ي' | 'ت', 'س', 'ت') => vec![c[3], c[4], c[5]],
        // افتعال
        ('ا', _, 'ت' | 'ط' | 'د') if c[4] == 'ا' => vec![c[1], c[3], c[5]],
        // انفعال
        ('ا', 'ن', _) if c[4] == 'ا' => vec![c[2], c[3], c[5]],
        // متفاعل، متفعّل
        ('م', 'ت', _) => return five(&c[1..]).or_else(|| Some(vec![c[2], c[4], c[5]])),
        // يتفاعل
        ('ي' | 'ت' | 'ن', 'ت', _) if c[3] == 'ا' => vec![c[2], c[4], c[5]],
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::root;
    use crate::text::normalize_str;

    fn r(w: &str) -> String {
        root(&normalize_str(w)).unwrap()
    }

    #[test]
    fn derived_forms_of_one_act_share_a_root() {
        for family in [
            &["احتجاز", "محتجز", "احتجز", "يحتجز", "محتجزا", "احتجزت"][..],
            &["اعتقال", "معتقل", "اعتقلت", "يعتقل", "اعتقالات"][..],
            &["تصويت", "صوت", "يصوت", "صوتوا"][..],
            &["إرسال", "أرسل", "يرسل", "أرسلت"][..],
            &["اصطدم", "اصطدام", "يصطدم"][..],
            &["استقالة", "استقال", "يستقيل"][..],
            &["انسحاب", "انسحب", "ينسحب"][..],
            &["تورط", "تورطت"][..],
            &["سيطرة", "سيطر", "سيطرتها", "سيطرت"][..],
        ] {
            let roots: Vec<String> = family.iter().map(|w| r(w)).collect();
            assert!(
                roots.iter().all(|x| x == &roots[0]),
                "{family:?}: {roots:?}"
            );
        }
    }

    #[test]
    fn different_acts_do_not() {
        assert_ne!(r("اعتقال"), r("احتجاز"));
        assert_ne!(r("تصويت"), r("إرسال"));
        assert_eq!(root("vote"), None);
    }
}
