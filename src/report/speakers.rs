//! One speaker under many names. «البغدادي», «أبو بكر البغدادي» and "al-Baghdadi" are one
//! person to a reader, and «سينغ» and «سنغ» one minister: the report gives each speaker one
//! stable id, so that a reader (and a program) can follow a person across outlets, spellings
//! and scripts.
//!
//! A speaker the lexicon knows is its actor (the actor data holds their aliases). A name it
//! does not know is compared by the consonant skeletons of its words
//! ([`crate::text::translit`]), which an Arabic name and its transliteration share, with
//! Jaro-Winkler similarity (`strsim`) for the spellings whose skeletons differ by a letter.
//! Descriptions are no names: «مصدر أمني» in two outlets are two sources, so a name's last
//! word must be rare in news at large ([`crate::lexicon::Background`]).

use crate::claim::Claim;
use crate::lexicon::Lexicon;
use crate::text::fingerprint::{fingerprint, stem_key};
use crate::text::tokens::light_stem;
use crate::text::translit::{is_latin_article, short_skeleton, skeleton};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// How alike two word skeletons must be (Jaro-Winkler) to be one name spelt two ways, when
/// both keep six consonant classes or more.
const SAME_NAME_SIMILARITY: f64 = 0.95;

/// One speaker of the report under all the names its claims give it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct SpeakerEntry {
    /// Its id (`S` and 8 hex digits): the same in every report of the same claims.
    pub id: String,
    /// The names its claims give it, as written, sorted.
    pub names: Vec<String>,
    /// The lexicon's actor, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub actor: Option<String>,
}

/// A name read for comparison: its words (folded, the article dropped) with their consonant
/// skeletons, particles and articles left out.
#[derive(Debug, Clone)]
struct NameForm {
    words: Vec<(String, String)>,
}

impl NameForm {
    /// The form of `name`, if it may be a person's or a body's name.
    fn of(name: &str, lexicon: &Lexicon) -> Option<Self> {
        let folded = crate::text::normalize_str(name);
        let particles = &lexicon.grammar().name_particles;
        let words: Vec<&str> = folded
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| !w.is_empty() && !is_latin_article(w) && !particles.contains(w))
            .collect();
        let (&last, rest) = words.split_last()?;
        // A description's last word is common; a name's is not (the words before it may be
        // a title or a first name, common either way: they are compared, not weighed).
        if !lexicon.background().may_be_name(stem_key(light_stem(last))) {
            return None;
        }
        let word = |w: &str, sk: Option<String>| {
            let bare = lexicon
                .grammar()
                .definite_prefixes
                .iter()
                .find_map(|p| {
                    w.strip_prefix(p.as_str())
                        .filter(|r| r.chars().count() >= 3)
                })
                .unwrap_or(w);
            Some((bare.to_string(), sk?))
        };
        let mut out: Vec<(String, String)> = rest
            .iter()
            .filter_map(|w| word(w, short_skeleton(w)))
            .collect();
        out.push(word(last, skeleton(last))?);
        Some(NameForm { words: out })
    }

    /// The first three consonant classes of its last word: names that may end alike share it.
    fn bucket(&self) -> String {
        self.words
            .last()
            .map(|(_, sk)| sk.chars().take(3).collect())
            .unwrap_or_default()
    }

    /// True when the words of `self` are the last words of `other`, each the same name, and
    /// surely so: written alike, or sharing consonants enough ([`MIN_NAME_CLASSES`]) that
    /// three common ones («بوتن» and «البطين», both `btn`) do not pass for a name.
    fn ends(&self, other: &NameForm) -> bool {
        if self.words.len() > other.words.len() {
            return false;
        }
        let mut written_alike = true;
        let mut classes = 0;
        for (a, b) in self.words.iter().rev().zip(other.words.iter().rev()) {
            if a.0 == b.0 {
                classes += a.1.chars().count();
                continue;
            }
            written_alike = false;
            if !same_skeleton(&a.1, &b.1) {
                return false;
            }
            classes += a.1.chars().count().min(b.1.chars().count());
        }
        written_alike || classes >= MIN_NAME_CLASSES
    }
}

/// The fewest consonant classes the words of two names must share, when they are not written
/// alike, to be one name: «شيفتشنكو» and «شيفتشينكو» (six), "Abu Bakr al-Zaidani" and «أبو
/// بكر الزيداني» (three and three), not «القديس» and «قدوسي» (three).
const MIN_NAME_CLASSES: usize = 5;

/// Two word skeletons of one name: equal, or alike enough when both are long (a letter
/// transliterated two ways).
fn same_skeleton(a: &str, b: &str) -> bool {
    a == b
        || (a.chars().count() >= 6
            && b.chars().count() >= 6
            && strsim::jaro_winkler(a, b) >= SAME_NAME_SIMILARITY)
}

/// Gives each claim's speaker (other than an outlet's own voice) its id, and lists the
/// speakers. Names are joined when one is the other's last words, each the same name (a full
/// name and its family name or nisba; one name in two scripts or spellings); a short name that
/// ends two different full names stays apart, since it could be either.
pub(crate) fn identify(claims: &mut [Claim], lexicon: &Lexicon) -> Vec<SpeakerEntry> {
    // Each speaker key (an actor, or a name the lexicon does not know) with its names.
    let mut actors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut names: BTreeMap<String, Option<NameForm>> = BTreeMap::new();
    for c in claims.iter() {
        if c.speaker.is_outlet() {
            continue;
        }
        let Some(name) = c.speaker.name.clone() else {
            continue;
        };
        match &c.speaker.actor {
            Some(actor) => actors.entry(actor.clone()).or_default().push(name),
            None => {
                names.entry(name).or_insert(None);
            }
        }
    }
    for (name, form) in names.iter_mut() {
        *form = NameForm::of(name, lexicon);
    }
    // The full names first, longest first: each shorter name joins the one group whose
    // full names it ends.
    let mut order: Vec<(&String, &NameForm)> = names
        .iter()
        .filter_map(|(n, f)| Some((n, f.as_ref()?)))
        .collect();
    order.sort_by(|a, b| b.1.words.len().cmp(&a.1.words.len()).then(a.0.cmp(b.0)));
    let mut groups: Vec<(Vec<&NameForm>, Vec<String>)> = Vec::new();
    // The groups by the first consonants of their names' last word: only those can hold a
    // name ending alike (an archive holds thousands of names).
    let mut by_bucket: rustc_hash::FxHashMap<String, Vec<usize>> = Default::default();
    for (name, form) in order {
        let bucket = form.bucket();
        let candidates = by_bucket.get(&bucket).map_or(&[][..], Vec::as_slice);
        let matches: Vec<usize> = candidates
            .iter()
            .copied()
            .filter(|&g| groups[g].0.iter().any(|f| form.ends(f)))
            .collect();
        let g = match matches.as_slice() {
            [one] => *one,
            _ => {
                groups.push((Vec::new(), Vec::new()));
                by_bucket.entry(bucket).or_default().push(groups.len() - 1);
                groups.len() - 1
            }
        };
        groups[g].0.push(form);
        groups[g].1.push(name.clone());
    }
    let id = |key: &str| format!("S{}", &fingerprint(key.as_bytes())[..8]);
    let mut entries: Vec<SpeakerEntry> = Vec::new();
    let mut id_of_name: BTreeMap<String, String> = BTreeMap::new();
    for (_, members) in &groups {
        let mut members = members.clone();
        members.sort();
        let entry_id = id(&format!("name:{}", members[0]));
        for m in &members {
            id_of_name.insert(m.clone(), entry_id.clone());
        }
        entries.push(SpeakerEntry {
            id: entry_id,
            names: members,
            actor: None,
        });
    }
    // A name that is no name (a description) is a speaker of its own.
    for (name, form) in &names {
        if form.is_none() {
            let entry_id = id(&format!("name:{name}"));
            id_of_name.insert(name.clone(), entry_id.clone());
            entries.push(SpeakerEntry {
                id: entry_id,
                names: vec![name.clone()],
                actor: None,
            });
        }
    }
    let mut id_of_actor: BTreeMap<String, String> = BTreeMap::new();
    for (actor, mut written) in actors {
        written.sort();
        written.dedup();
        let entry_id = id(&format!("actor:{actor}"));
        id_of_actor.insert(actor.clone(), entry_id.clone());
        entries.push(SpeakerEntry {
            id: entry_id,
            names: written,
            actor: Some(actor),
        });
    }
    for c in claims.iter_mut() {
        if c.speaker.is_outlet() {
            continue;
        }
        c.speaker_id = match (&c.speaker.actor, &c.speaker.name) {
            (Some(actor), _) => id_of_actor.get(actor).cloned(),
            (None, Some(name)) => id_of_name.get(name).cloned(),
            _ => None,
        };
    }
    entries.sort_by(|a, b| a.id.cmp(&b.id));
    entries
}

#[cfg(test)]
mod tests {
    use crate::{Checker, Corpus, Document};

    /// The report on one article a text, the documents named a, b, c …
    fn checked(texts: &[&str]) -> crate::Report {
        let mut corpus = Corpus::new();
        for (i, text) in texts.iter().enumerate() {
            corpus.push(Document::new(((b'a' + i as u8) as char).to_string(), *text));
        }
        Checker::new().check(&corpus)
    }

    /// The id the report gives the speaker of the claim that holds `words`.
    fn speaker_of(report: &crate::Report, words: &str) -> Option<String> {
        report
            .claims
            .iter()
            .find(|c| c.text.contains(words))
            .and_then(|c| c.speaker_id.clone())
    }

    #[test]
    fn one_speaker_under_a_full_name_a_nisba_and_a_transliteration_has_one_id() {
        let report = checked(&[
            "وقال أبو بكر الزيداني إن التنظيم سيواصل القتال في المدينة.",
            "وقال الزيداني إن مقاتليه انسحبوا من الأحياء الشرقية.",
            "Abu Bakr al-Zaidani said his fighters would hold the eastern districts.",
            "وقال محمد الحلفاوي إن الطريق إلى المطار أعيد فتحه.",
        ]);
        let full = speaker_of(&report, "سيواصل القتال");
        assert!(full.is_some(), "{:#?}", report.claims);
        assert_eq!(
            full,
            speaker_of(&report, "انسحبوا"),
            "{:#?}",
            report.speakers
        );
        assert_eq!(
            full,
            speaker_of(&report, "hold the eastern"),
            "{:#?}",
            report.speakers
        );
        assert_ne!(full, speaker_of(&report, "المطار"));
        let entry = report
            .speakers
            .iter()
            .find(|s| Some(&s.id) == full.as_ref())
            .unwrap();
        assert_eq!(entry.names.len(), 3, "{entry:?}");
    }

    #[test]
    fn two_spellings_of_a_name_are_one_speaker_and_a_description_is_no_name() {
        let report = checked(&[
            "وقال وزير الخارجية الهندي سوبراهمانيام جايشانكار إن المحادثات كانت مثمرة.",
            "وقال وزير الخارجية الهندي سوبراهمانيام جيشانكار إن الجولة المقبلة ستعقد في نيودلهي.",
            "وقال مصدر أمني لوكالة الأنباء إن الطريق إلى المطار مغلق منذ الصباح.",
            "وقال مصدر أمني آخر إن جسر المدينة القديم مفتوح أمام السيارات.",
        ]);
        let a = speaker_of(&report, "مثمرة");
        assert!(a.is_some());
        assert_eq!(
            a,
            speaker_of(&report, "الجولة المقبلة"),
            "{:#?}",
            report.speakers
        );
        // The same description in two outlets: one key, as before, but never joined to a name.
        let source = speaker_of(&report, "المطار مغلق");
        assert!(source.is_some(), "{:#?}", report.claims);
        assert_ne!(source, a);
        let entry = report
            .speakers
            .iter()
            .find(|s| Some(&s.id) == source.as_ref());
        assert!(
            entry.is_some_and(|e| e.names.len() == 1),
            "{:#?}",
            report.speakers
        );
    }
}
