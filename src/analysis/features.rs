//! What the analysis hands the judge and the blocking stage about one claim or statement.

use crate::lexicon::{Bound, NegationKind, PoleSide};
use serde::{Deserialize, Serialize};
use std::ops::Range;

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
    /// How many words stand between the negator and the mention, when negated: «لا يوجد جدول»
    /// is 0 («يوجد» is the negator's), «عدم تدخل دول أخرى في الحوار» is 4 and negates the
    /// interference, not the dialogue.
    #[serde(default)]
    pub negation_distance: u8,
    /// Object concepts the mention is about (frames only), with their broader concepts.
    pub objects: Vec<usize>,
    /// The surface words (folded).
    pub surface: String,
    /// The words around the mention, the proposition it sits in: indices into
    /// [`Features::stems`], ascending (so in stem order).
    pub context: Vec<u16>,
    /// True when the mention is only the subject of talk or study (talks *about* a withdrawal,
    /// *assessing* the threat), or an act demanded, made a condition or threatened («طالب
    /// بإلغاء»): it does not assert the thing exists or happened.
    pub topical: bool,
    /// True when it opens what is said or denied: the word before it (past function words) is
    /// a negator, a report noun, a topic preposition, a complementiser or a relative word
    /// («نفت الوزارة ما تردد عن اعتقال…»), not another noun it stands inside («سبب الخلاف
    /// اعتقال…»). Walked for acts (roles) only: the act rule alone reads it.
    #[serde(default)]
    pub headed: bool,
    /// True when it is the content of a report noun («خبر توقيف…», «أنباء عن إصابة…»): the
    /// sentence tells of a report of it, it does not assert it. Walked for acts only.
    #[serde(default)]
    pub reported: bool,
    /// For an act, the stem of the first content word after it in its clause, within a few
    /// words («إيقاف سالم القرقني» → «سالم»): whom or what it befell, when a noun of the act
    /// is followed by its object.
    #[serde(default)]
    pub patient: Option<String>,
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
    /// The words around it, which name whom or what the state is of: indices into
    /// [`Features::stems`], ascending.
    #[serde(default)]
    pub context: Vec<u16>,
}

/// A number with what it counts, where and how it is bounded.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuantityFeature {
    /// Its value.
    pub value: f64,
    /// How it is bounded.
    pub bound: Bound,
    /// What it counts: a unit concept id, or the stem of the noun after it (of the noun before
    /// «one» or «two» written as a word: «مسعفين اثنين»).
    pub unit: Option<String>,
    /// The nearest place named in the sentence (a place concept id).
    pub place: Option<String>,
    /// Byte range of the number (and its bound) in the folded text.
    pub range: Range<usize>,
    /// True when it is a part of a whole told beside it («10 قتلى بينهم 7 مدنيين»): a subtotal
    /// is no rival of the total.
    #[serde(default)]
    pub part: bool,
    /// True when a word of presence or deployment stands beside it («يوجد نحو 2500 جندي»,
    /// "troops stationed in"): a standing count, which holds at its place until it changes.
    pub standing: bool,
    /// For a standing count, whose it is: the country (a place concept id) named right after
    /// its noun or nearest before it, other than its place.
    pub owner: Option<String>,
    /// The locality named nearest after it in its clause by a locality noun (grammar
    /// `locality_nouns`: «في بلدة الحصوية», "in Ashford district"), as the name's light stem:
    /// where it was counted, below the places the lexicon knows.
    #[serde(default)]
    pub locality: Option<String>,
    /// The region named the same way by a region noun (grammar `region_nouns`: «في محافظة
    /// حماة»): a count in another region is of another incident.
    #[serde(default)]
    pub region: Option<String>,
    /// The words around it, whose count it is: indices into [`Features::stems`], ascending.
    #[serde(default)]
    pub context: Vec<u16>,
    /// What it counts, finer than its unit when a role names the unit («مقتل 3 من حراسه»:
    /// unit `killed`, counted «حراس»): the unit concept its noun names (`people`, `families`,
    /// the same in every script), else the light stem of its noun or of the noun after «من».
    /// Two figures of one story count one thing only when this is the same.
    #[serde(default)]
    pub counted: Option<String>,
    /// True when it counts a part of a group named before it («ثلاثة من حراسه», three of his
    /// escorts): whose group it is, the sentence before says.
    #[serde(default)]
    pub of_group: bool,
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
    /// Light stems of the content words, sorted and unique; for a denial that points back
    /// («نفت الوزارة ذلك»), those of the sentence it denies too.
    pub stems: Vec<String>,
    /// [`stem_key`] of each stem, sorted and unique: what similarity and blocking compare, since
    /// comparing integers across millions of pairs is far cheaper than comparing strings.
    pub stem_keys: Vec<u64>,
    /// Light stems of the content words in text order (for bigrams); filled for bare statements
    /// only (a bare statement the judge reads), where the learned model reads it.
    pub ordered: Vec<String>,
    /// Negation cues that govern something (folded words).
    pub negators: Vec<String>,
    /// True when what it says is denied: a denial cue governs part of it (نفى، لا صحة) or it is
    /// the content of a denial verb.
    #[serde(default)]
    pub denial: bool,
    /// Place concepts named.
    pub places: Vec<usize>,
    /// True when it gives a count as an update of an earlier one («ارتفعت حصيلة»، «حصيلة
    /// سابقة»): a later toll supersedes an earlier one, it does not contradict it.
    #[serde(default)]
    pub update: bool,
    /// Its stems that may name one event rather than a topic, with how rare each is in the
    /// corpus (`(stem key, inverse document frequency)`, sorted by key): set by the checker
    /// from the whole corpus. `None` for a bare statement, which the judge then does not hold
    /// to sharing them.
    #[serde(default)]
    pub event: Option<Vec<(u64, f32)>>,
    /// The dates its sentence gives its event: written dates, and days counted from the day of
    /// publication («أمس», «اليوم»), in text order. The checker resolves them against the
    /// document's date into [`Features::event_day`].
    #[serde(default)]
    pub dates: Vec<EventDate>,
    /// True when its sentence tells an event earlier than its report's own, in the pluperfect
    /// («وكان قصف مماثل قد طال …»): background, whose figures are not the report's.
    #[serde(default)]
    pub anterior: bool,
    /// The day of its event (days from 2000-01-01), when its sentence dates it: set by the
    /// checker. Two claims whose events are days apart are about two events.
    #[serde(default)]
    pub event_day: Option<i64>,
    /// The stems a negation or denial governs, sorted and unique: what a negated statement
    /// says is not so.
    #[serde(default)]
    pub negated: Vec<String>,
    /// True when most of its words are in Latin script (English): two statements in two
    /// scripts share no word, and are compared by the concepts they name.
    #[serde(default)]
    pub latin: bool,
    /// The glossary's acts and things it names ([`Term`]), sorted by concept.
    #[serde(default)]
    pub terms: Vec<Term>,
}

/// A word of the glossary in a claim: its concept, the stem of the word it was found in, and
/// whether a denial governs it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    /// Index of the concept in the lexicon.
    pub concept: u32,
    /// The light stem of the word it was found in.
    pub stem: String,
    /// True when a denial governs it.
    pub denied: bool,
    /// True when any negation governs it (a denial or a plain «لم», "not").
    pub negated: bool,
}

impl Features {
    /// How rare stem `stem` is in the claim's corpus (its inverse document frequency), when the
    /// checker measured it and the stem may name an event; `None` for a common stem or a bare
    /// statement.
    pub fn rarity(&self, stem: &str) -> Option<f32> {
        self.rarity_of_key(stem_key(stem))
    }

    /// [`Features::rarity`] of the stem with this [`stem_key`]: for a caller that asks of one
    /// stem many times, its key made once.
    pub(crate) fn rarity_of_key(&self, key: u64) -> Option<f32> {
        let event = self.event.as_ref()?;
        event
            .binary_search_by_key(&key, |e| e.0)
            .ok()
            .map(|at| event[at].1)
    }

    /// True when some mention or cue is negated.
    pub fn is_negative(&self) -> bool {
        !self.negators.is_empty()
    }
}

/// A date a claim's sentence gives its event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum EventDate {
    /// A full date: year, month, day.
    Full(i16, u8, u8),
    /// A day of a month, the year left to the day of publication.
    DayOfMonth(u8, u8),
    /// Days from the day of publication («أمس» = -1).
    FromPublication(i8),
    /// A day of the week (1 = Monday … 7 = Sunday) and which of them: the latest on or before
    /// publication (0), the one before that day's week (-1, «الخميس الماضي») or the next after
    /// publication (1, «الثلاثاء المقبل»).
    Weekday(u8, i8),
}

/// The key of a name's consonant skeleton ([`crate::text::translit`]): a key apart from every
/// stem's, so that a skeleton never passes for a word.
pub fn name_key(skeleton: &str) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    '~'.hash(&mut h);
    skeleton.hash(&mut h);
    h.finish()
}

pub use crate::text::fingerprint::stem_key;
