//! What a judgement says, in the language of the claim it is about: an Arabic reader of an
//! Arabic conflict reads why in Arabic, an English reader in English, with each cue quoted as
//! the claim gives it. Topics are named by the glossary's words in that language, never by
//! its keys.

use super::Rules;
use crate::analysis::{Features, QuantityFeature};
use crate::lexicon::Bound;

/// The language a judgement is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Tongue {
    /// English, and any claim in Latin script.
    English,
    /// Arabic.
    Arabic,
}

impl Tongue {
    /// The language of a judgement on a pair whose first claim is `a`: that claim's, so a
    /// report's reader meets its explanations in the language of the claims listed first.
    pub(crate) fn of(a: &Features) -> Tongue {
        if a.latin {
            Tongue::English
        } else {
            Tongue::Arabic
        }
    }
}

/// True when `word` is written in Arabic letters.
fn is_arabic(word: &str) -> bool {
    word.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

impl Rules<'_> {
    /// The name of concept `c` in `tongue`: its id in English (ids are English words), its
    /// first Arabic form in Arabic.
    pub(super) fn concept_name(&self, c: usize, tongue: Tongue) -> &str {
        let concept = &self.lexicon.concepts()[c];
        match tongue {
            Tongue::English => &concept.id,
            Tongue::Arabic => concept
                .forms
                .iter()
                .find(|f| is_arabic(f))
                .map_or(&concept.id, String::as_str),
        }
    }

    /// The name of the concept whose id is `id`, in `tongue` (the id itself when the lexicon
    /// has no such concept).
    pub(super) fn name_of_id<'a>(&'a self, id: &'a str, tongue: Tongue) -> &'a str {
        self.lexicon
            .concept_index(id)
            .map_or(id, |c| self.concept_name(c, tongue))
    }
}

/// A figure with its bound: "at most 2000", «لا يزيد على 2000».
pub(super) fn figure(q: &QuantityFeature, tongue: Tongue) -> String {
    let bound = match (tongue, q.bound) {
        (_, Bound::Exact) => "",
        (Tongue::English, Bound::Approx) => "about ",
        (Tongue::English, Bound::AtMost) => "at most ",
        (Tongue::English, Bound::AtLeast) => "at least ",
        (Tongue::English, Bound::Above) => "more than ",
        (Tongue::English, Bound::Below) => "less than ",
        (Tongue::Arabic, Bound::Approx) => "نحو ",
        (Tongue::Arabic, Bound::AtMost) => "لا يزيد على ",
        (Tongue::Arabic, Bound::AtLeast) => "لا يقل عن ",
        (Tongue::Arabic, Bound::Above) => "أكثر من ",
        (Tongue::Arabic, Bound::Below) => "أقل من ",
    };
    format!("{bound}{}", q.value)
}

/// Two figures of one counted thing (`what`, at `place`) whose ranges do not meet; `update`
/// when one is given as a later count.
pub(super) fn figures(
    tongue: Tongue,
    (what, place): (&str, Option<&str>),
    a: &str,
    b: &str,
    update: bool,
) -> String {
    match tongue {
        Tongue::English => {
            let place = place.map(|p| format!(" in {p}")).unwrap_or_default();
            if update {
                format!(
                    "{what}{place}: one says {a}, the other {b}; a count given as an update \
                     («ارتفعت حصيلة», «حصيلة سابقة») supersedes the earlier one"
                )
            } else {
                format!("{what}{place}: one says {a}, the other {b}; the two ranges do not overlap")
            }
        }
        Tongue::Arabic => {
            let place = place.map(|p| format!(" في {p}")).unwrap_or_default();
            if update {
                format!(
                    "{what}{place}: جهة تقول {a} والأخرى {b}؛ والعدد المعطى تحديثا («ارتفعت \
                     حصيلة»، «حصيلة سابقة») ينسخ الأقدم"
                )
            } else {
                format!("{what}{place}: جهة تقول {a} والأخرى {b}؛ والعددان لا يلتقيان")
            }
        }
    }
}

/// A concept (`topic`, about `about`) asserted on one side and negated on the other.
pub(super) fn negation(
    tongue: Tongue,
    (topic, about): (&str, &[&str]),
    asserted: &str,
    (negator, negated): (&str, &str),
) -> String {
    let (word, comma) = match tongue {
        Tongue::English => ("about", ", "),
        Tongue::Arabic => ("بشأن", "، "),
    };
    let about = if about.is_empty() {
        String::new()
    } else {
        format!(" ({word} {})", about.join(comma))
    };
    match tongue {
        Tongue::English => format!(
            "{topic}{about}: asserted as «{asserted}» on one side, negated by «{negator}» \
             («{negated}») on the other"
        ),
        Tongue::Arabic => format!(
            "{topic}{about}: مثبت في جهة بـ«{asserted}»، ومنفي في الأخرى بـ«{negator}» \
             («{negated}»)"
        ),
    }
}

/// Two opposite words (`name` in English) on the two sides.
pub(super) fn opposites(tongue: Tongue, name: &str, a: &str, b: &str) -> String {
    match tongue {
        Tongue::English => format!("{name}: «{a}» on one side, «{b}» on the other"),
        Tongue::Arabic => format!("«{a}» في جهة و«{b}» في الأخرى: قولان لا يجتمعان"),
    }
}

/// An act (`act`) told on one side as `told` and denied (or, when `denied` is false, negated)
/// by `negator` on the other, of the same people or place.
pub(super) fn act(tongue: Tongue, act: &str, told: &str, negator: &str, denied: bool) -> String {
    match tongue {
        Tongue::English => {
            let how = if denied { "denied" } else { "negated" };
            format!(
                "{act}: reported as «{told}» on one side, {how} by «{negator}» on the other, of \
                 the same people or place"
            )
        }
        // «منفي» says both: denied and negated.
        Tongue::Arabic => format!(
            "{act}: مروي في جهة بـ«{told}»، ومنفي في الأخرى بـ«{negator}»، عن الأشخاص أو \
             المكان أنفسهم"
        ),
    }
}

/// A statement negated as a whole by `negator` on one side and asserted on the other, `cover`
/// of its words found in the other.
pub(super) fn statement_negation(tongue: Tongue, negator: &str, cover: f32) -> String {
    let share = f64::from(cover) * 100.0;
    match tongue {
        Tongue::English => format!(
            "negated as a whole by «{negator}» on one side, asserted on the other; {share:.0} % \
             of the negated statement's words are in the other"
        ),
        Tongue::Arabic => format!(
            "منفي بجملته بـ«{negator}» في جهة ومثبت في الأخرى؛ و{share:.0} ٪ من كلمات المنفي \
             في الأخرى"
        ),
    }
}

/// Two claims that agree: `similarity` of their content shared, and whether they give the
/// same figure.
pub(super) fn agreement(tongue: Tongue, similarity: f64, same_number: bool) -> String {
    let sim = similarity * 100.0;
    match (tongue, same_number) {
        (Tongue::English, true) => format!("the same figure, with {sim:.0}% shared content"),
        (Tongue::English, false) => format!("{sim:.0}% shared content and no conflicting cue"),
        (Tongue::Arabic, true) => format!("العدد نفسه، و{sim:.0} ٪ من المضمون مشترك"),
        (Tongue::Arabic, false) => format!("{sim:.0} ٪ من المضمون مشترك، ولا شيء يتعارض"),
    }
}
