//! Claims: who said what, where, with the words that carry it.

use crate::analysis::Features;
use crate::lexicon::Bound;
pub use crate::lexicon::Modality;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// Who a claim is attributed to.
///
/// ```
/// use crosscheck::{Checker, Document};
///
/// let doc = Document::new(
///     "d",
///     "وقالت وزارة الخارجية الأميركية إن المحادثات مع الحكومة العراقية مستمرة حتى نهاية الشهر.",
/// );
/// let claim = &Checker::new().extract(&doc)[0];
/// assert_eq!(claim.speaker.side.as_deref(), Some("US"));
/// assert!(!claim.speaker.is_outlet());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Speaker {
    /// Name as reported: a person's or body's canonical name, the words naming an anonymous
    /// official, or the outlet for its own statements of fact.
    pub name: Option<String>,
    /// Role or title.
    pub role: Option<String>,
    /// The organisation the speaker speaks for.
    pub affiliation: Option<String>,
    /// ISO 3166-1 alpha-2 code of the speaker's side; null for joint statements, outlets and
    /// unknown speakers.
    pub side: Option<String>,
    /// Lexicon id of the actor, when known.
    #[serde(skip_serializing_if = "Option::is_none", default)]
    pub actor: Option<String>,
}

impl Speaker {
    /// The outlet itself, for unattributed statements of fact.
    pub fn outlet(source: Option<&str>) -> Self {
        Speaker {
            name: source.map(str::to_string),
            role: Some("outlet".into()),
            affiliation: source.map(str::to_string),
            side: None,
            actor: None,
        }
    }

    /// A speaker the lexicon does not know, named by the words the article uses.
    pub fn unnamed(words: &str) -> Self {
        Speaker {
            name: Some(
                words
                    .trim_matches(|c: char| c.is_whitespace() || c == '،' || c == ',')
                    .to_string(),
            ),
            role: None,
            affiliation: None,
            side: None,
            actor: None,
        }
    }

    /// True for the outlet's own voice.
    pub fn is_outlet(&self) -> bool {
        self.role.as_deref() == Some("outlet") && self.actor.is_none()
    }

    /// A key identifying the same speaker across claims.
    pub fn identity(&self) -> String {
        self.identity_str().to_string()
    }

    /// [`Speaker::identity`] without a copy: what the judge compares for every pair of one
    /// document.
    pub(crate) fn identity_str(&self) -> &str {
        self.actor
            .as_deref()
            .or(self.affiliation.as_deref())
            .or(self.name.as_deref())
            .unwrap_or_default()
    }
}

/// Whether a claim asserts or negates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Polarity {
    /// Asserted.
    Positive,
    /// Negated, denied or refused.
    Negative,
}

/// A number in a claim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Quantity {
    /// Its value.
    pub value: f64,
    /// How it is bounded (about, at most…).
    pub bound: Bound,
    /// What it counts (a unit concept id or a stem), when known.
    pub unit: Option<String>,
    /// The place it holds for (a place concept id), when named.
    pub place: Option<String>,
    /// What it counts when a role names the unit («مقتل 3 من حراسه»: unit `killed`, counted
    /// «حراس»): the unit concept its noun names, else the noun's light stem.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub counted: Option<String>,
    /// Byte offset of the number in the original text.
    pub start: usize,
    /// Byte offset just past it.
    pub end: usize,
}

/// One attributed claim: who said what, in which outlet, on which date, with the byte range
/// of the words in the document's original text.
///
/// ```
/// use crosscheck::{Checker, Document, Polarity};
///
/// let text = "وقال المتحدث باسم البنتاغون إنه لا يوجد جدول زمني للانسحاب.";
/// let doc = Document::new("d", text).with_source("Outlet");
/// let claims = Checker::new().extract(&doc);
/// let claim = &claims[0];
/// assert_eq!(&text[claim.start..claim.end], claim.text);
/// assert_eq!(claim.polarity, Polarity::Negative);
/// assert_eq!(claim.speaker.side.as_deref(), Some("US"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Claim {
    /// Stable id: `DOC#N`, N counting claims in text order.
    pub id: String,
    /// Document id.
    pub doc: String,
    /// Byte offset of the claim in the document's original text.
    pub start: usize,
    /// Byte offset just past the claim.
    pub end: usize,
    /// [`Claim::start`] counted in code points (what Python and most languages slice strings
    /// by).
    #[serde(default)]
    pub char_start: usize,
    /// [`Claim::end`] counted in code points.
    #[serde(default)]
    pub char_end: usize,
    /// The original text of the claim.
    pub text: String,
    /// Who said it.
    pub speaker: Speaker,
    /// Byte offset, in the document's original text, of the words that name the speaker: in
    /// the claim's sentence, or in an earlier one for a speaker carried over («وأضاف», "she
    /// added"). None for the outlet's own statements. Why: the speaker's name is the
    /// lexicon's, not the text's, so only the span says which words were read as the speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_start: Option<usize>,
    /// Byte offset just past the words that name the speaker.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_end: Option<usize>,
    /// The reporting verb or attribution phrase, in original spelling; null for the outlet's own
    /// statements.
    pub cue: Option<String>,
    /// Asserted or negated.
    pub polarity: Polarity,
    /// How strongly it is put.
    pub modality: Modality,
    /// Concept ids it mentions (frames and objects), sorted.
    pub concepts: Vec<String>,
    /// Numbers it states.
    pub quantities: Vec<Quantity>,
    /// The outlet that published it.
    pub source: Option<String>,
    /// Publication date of the document.
    pub published: Option<Date>,
    /// The day of the event it reports, when its sentence dates it (a written date, «أمس»
    /// counted from the day of publication).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub event_date: Option<Date>,
    /// The stories it is paired in: its document's first, then any other its own words are
    /// about (set by the checker; empty for a claim extracted alone).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stories: Vec<String>,
    /// The id of its speaker among the report's speakers (one person under all the names the
    /// outlets give them: [`crate::report::SpeakerEntry`]); none for the outlet's own voice
    /// or a claim extracted alone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub speaker_id: Option<String>,
    /// What the judge compares (not serialised).
    #[serde(skip)]
    pub(crate) features: Features,
}

impl Claim {
    /// The claim's place among its document's claims, counted from 0 (the `N` of its id
    /// `DOC#N`).
    pub(crate) fn ordinal(&self) -> Option<usize> {
        self.id.rsplit_once('#')?.1.parse().ok()
    }
}
