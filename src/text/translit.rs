//! Names across scripts: the consonant skeleton of a word, which an Arabic name and its Latin
//! transliteration share («البوكمال» and "Albukamal" both give `bkml`, «كردفان» and "Kordofan"
//! `krdfn`). Transliterations disagree on vowels, on the letters Latin lacks (ع, ح, the emphatic
//! consonants) and on doubled letters, so the skeleton keeps one class per consonant sound,
//! drops vowels, semivowels, ع and hamza, and collapses doubles. It is a key, not a reading: two
//! words that share one are the same name only as surely as the key is rare.

use super::tokens::PROCLITICS;

/// The fewest consonant classes a skeleton keeps: two consonants name too many words.
pub(crate) const MIN_SKELETON: usize = 3;

/// The class of an Arabic letter, `None` for one a transliteration leaves out (vowels,
/// semivowels, ع, hamza, ta marbuta).
fn arabic_class(c: char) -> Option<char> {
    Some(match c {
        'ب' | 'پ' => 'b',
        'ت' | 'ث' | 'ط' => 't',
        'ج' => 'j',
        'ح' | 'ه' => 'h',
        'خ' => 'x',
        'د' | 'ذ' | 'ض' => 'd',
        'ر' => 'r',
        'ز' | 'ظ' => 'z',
        'س' | 'ش' | 'ص' => 's',
        'غ' => 'g',
        'ف' | 'ڤ' => 'f',
        'ق' | 'ك' | 'گ' => 'k',
        'ل' => 'l',
        'م' => 'm',
        'ن' => 'n',
        _ => return None,
    })
}

/// The proclitic runs that hold the article, in the text stage's order: chosen once, since
/// every word's skeleton asks for them.
static ARTICLES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
    PROCLITICS
        .iter()
        .copied()
        .filter(|a| holds_article(a))
        .collect()
});

/// True for a proclitic run that holds the Arabic article («ال», «بال», «لل»), which
/// transliterations drop or write apart ("al-").
fn holds_article(clitic: &str) -> bool {
    clitic.ends_with("ال") || clitic.ends_with("لل")
}

/// The article as Latin transliterations write it, joined by a hyphen ("al-Khuwei",
/// "ash-Sham") or not ("Albukamal").
const LATIN_ARTICLES: &[&str] = &[
    "al-", "el-", "ad-", "ar-", "as-", "ash-", "at-", "az-", "an-", "al ", "el ",
];

/// True for the article of a Latin transliteration written apart from its name ("al" of
/// "al-Asad" once the hyphen splits the words).
pub(crate) fn is_latin_article(word: &str) -> bool {
    LATIN_ARTICLES
        .iter()
        .any(|a| a.strip_suffix(['-', ' ']) == Some(word))
}

/// The skeleton of a folded Arabic word, `None` when it keeps fewer than [`MIN_SKELETON`]
/// classes.
#[cfg(test)]
pub(crate) fn arabic_skeleton(word: &str) -> Option<String> {
    let mut out = String::new();
    arabic_skeleton_into(word, &mut out).then_some(out)
}

/// [`arabic_skeleton`] written into `out`: true when it is one.
fn arabic_skeleton_into(word: &str, out: &mut String) -> bool {
    let bare = ARTICLES
        .iter()
        .find_map(|a| {
            word.strip_prefix(a)
                .filter(|rest| rest.chars().count() >= 3)
        })
        .unwrap_or(word);
    // A final ه is most often a folded ta marbuta (Basra, Diwaniya), written as a vowel.
    let bare = bare.strip_suffix('ه').unwrap_or(bare);
    out.clear();
    for c in bare.chars().filter_map(arabic_class) {
        collapse_push(out, c);
    }
    out.len() >= MIN_SKELETON
}

/// The skeleton of a lower-cased Latin word, `None` when it keeps fewer than [`MIN_SKELETON`]
/// classes or holds a character that is not a Latin letter, hyphen or apostrophe.
#[cfg(test)]
pub(crate) fn latin_skeleton(word: &str) -> Option<String> {
    let mut out = String::new();
    latin_skeleton_into(word, &mut out).then_some(out)
}

/// [`latin_skeleton`] written into `out`: true when it is one.
fn latin_skeleton_into(word: &str, out: &mut String) -> bool {
    let word = LATIN_ARTICLES
        .iter()
        .find_map(|a| word.strip_prefix(a))
        .or_else(|| {
            // "Albukamal": an article written together, when a name of its own follows.
            word.strip_prefix("al").filter(|rest| rest.len() >= 5)
        })
        .unwrap_or(word);
    let word = word.strip_suffix('h').unwrap_or(word);
    let bytes = word.as_bytes();
    out.clear();
    let mut i = 0;
    while i < bytes.len() {
        let next = bytes.get(i + 1).copied();
        let (class, step) = match (bytes[i], next) {
            (b'k', Some(b'h')) => (Some('x'), 2),
            (b's' | b'c', Some(b'h')) => (Some('s'), 2),
            (b't', Some(b'h')) => (Some('t'), 2),
            (b'd', Some(b'h')) => (Some('d'), 2),
            (b'g', Some(b'h')) => (Some('g'), 2),
            (b'p', Some(b'h')) => (Some('f'), 2),
            (b'c', Some(b'k')) => (Some('k'), 2),
            (b'x', _) => {
                collapse_push(out, 'k');
                (Some('s'), 1)
            }
            (b, _) => (
                match b {
                    b'b' | b'p' => Some('b'),
                    b't' => Some('t'),
                    b'j' => Some('j'),
                    b'h' => Some('h'),
                    b'd' => Some('d'),
                    b'r' => Some('r'),
                    b'z' => Some('z'),
                    b's' => Some('s'),
                    b'g' => Some('g'),
                    b'f' | b'v' => Some('f'),
                    b'k' | b'q' | b'c' => Some('k'),
                    b'l' => Some('l'),
                    b'm' => Some('m'),
                    b'n' => Some('n'),
                    b'a' | b'e' | b'i' | b'o' | b'u' | b'w' | b'y' | b'-' | b'\'' => None,
                    _ => return false,
                },
                1,
            ),
        };
        if let Some(class) = class {
            collapse_push(out, class);
        }
        i += step;
    }
    out.len() >= MIN_SKELETON
}

/// Adds a class to a skeleton: a doubled one is kept once.
fn collapse_push(out: &mut String, c: char) {
    if !out.ends_with(c) {
        out.push(c);
    }
}

/// The skeleton of a folded word of either script: Arabic letters read as Arabic, anything else
/// as Latin.
pub(crate) fn skeleton(word: &str) -> Option<String> {
    let mut out = String::new();
    skeleton_into(word, &mut out).then_some(out)
}

/// The skeleton of a word as part of a longer name: one consonant class is enough («تل» and
/// "Tal" give `tl`, «يم» and "Yam" `m`), as the name's words are keyed together. `None` for a word that keeps none.
pub(crate) fn short_skeleton(word: &str) -> Option<String> {
    let arabic = word.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let latin = word
        .chars()
        .all(|c| c.is_ascii_lowercase() || c == '-' || c == '\'');
    let mut out = String::new();
    if arabic || latin {
        skeleton_into(word, &mut out);
    }
    (!out.is_empty()).then_some(out)
}

/// [`skeleton`] written into `out`, a buffer used again word after word: true when the word has
/// one. Blocking asks it of every word of an archive's claims.
pub(crate) fn skeleton_into(word: &str, out: &mut String) -> bool {
    if word.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
        arabic_skeleton_into(word, out)
    } else {
        latin_skeleton_into(word, out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::normalize_str;

    fn same(arabic: &str, latin: &str) -> bool {
        let a = arabic_skeleton(&normalize_str(arabic));
        a.is_some() && a == latin_skeleton(&normalize_str(latin))
    }

    #[test]
    fn place_and_person_names_meet_across_scripts() {
        for (arabic, latin) in [
            ("تكريت", "Tikrit"),
            ("سامراء", "Samarra"),
            ("زليتن", "Zliten"),
            ("إدلب", "Idlib"),
            ("البصرة", "Basra"),
            ("البصرة", "Basrah"),
            ("سركيس", "Sarkis"),
            ("الدرسي", "al-Dersi"),
            ("مأرب", "Marib"),
            ("محمد", "Mohammed"),
            ("محمد", "Muhammad"),
            ("الفلوجة", "Fallujah"),
            ("الزيتون", "Zeitoun"),
            ("كربلاء", "Karbala"),
            ("أربيل", "Erbil"),
        ] {
            assert!(same(arabic, latin), "{arabic} / {latin}");
        }
    }

    #[test]
    fn different_names_and_short_ones_do_not() {
        assert!(!same("كركوك", "Samarra"));
        assert!(!same("الموصل", "Basra"));
        // Two consonants name too many words to be a key.
        assert_eq!(arabic_skeleton(&normalize_str("إب")), None);
        assert_eq!(latin_skeleton("ibb"), None);
        assert_eq!(latin_skeleton("iraq"), None);
        // Not a Latin word.
        assert_eq!(latin_skeleton("2024"), None);
    }
}
