//! Vocabulary as data: reporting verbs, attribution phrases, negators, antonym pairs, concepts,
//! actors, number bounds, boilerplate markers and the grammar's closed word classes.
//!
//! The defaults are JSON files embedded in the library (`src/lexicon/data/`). A user adds entries
//! from their own JSON file, in the same format, without recompiling: any subset of the sections
//! may appear in one file. All surface forms are folded with the same normaliser as the text and
//! compiled into one Aho-Corasick automaton, so matching cost does not grow with the lexicon.
//! (`LexiconBuilder` shows a user's file added.)

mod background;
mod grammar;
mod matcher;
mod verb_objects;

pub(crate) use background::Background;
pub use background::BackgroundEntry;

pub use grammar::{Grammar, GrammarFile};

pub use matcher::{Hit, Target};

use crate::error::Error;
use crate::text::boilerplate::{Extent, Marker, MarkerMatch, Markers};
use crate::text::normalize::normalize_str;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// Grammatical gender (and number) that a verb agrees with; used to resolve continuations such as
/// وأضافت (she added) to the last female speaker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum Gender {
    /// Masculine singular.
    M,
    /// Feminine singular.
    F,
    /// Dual (أكدا).
    Dual,
    /// Plural.
    Pl,
    /// Unmarked (English verbs).
    Any,
}

/// What a reporting verb does.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum VerbKind {
    /// A plain reporting verb: said, stressed, announced.
    Say,
    /// A continuation: added, went on. Its content goes with what came before it.
    Add,
    /// The speaker rejects the content: denied, refused.
    Deny,
}

/// A group of reporting-verb forms sharing gender and kind.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VerbEntry {
    /// Gender the forms agree with.
    pub gender: Gender,
    /// What the verb does.
    pub kind: VerbKind,
    /// True when a form is also a common other word (بين = between): it counts only with a known
    /// speaker after it.
    #[serde(default)]
    pub needs_speaker: bool,
    /// Surface forms; a trailing `*` matches any word beginning with the form.
    pub forms: Vec<String>,
}

/// Attribution phrases such as بحسب / according to.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttributionEntry {
    /// Surface forms.
    pub forms: Vec<String>,
}

/// What a negation cue does to what follows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum NegationKind {
    /// Not, no, never.
    Negation,
    /// The speaker says the content is false.
    Denial,
    /// The speaker refuses the content.
    Refusal,
}

/// A group of negation cues.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NegatorEntry {
    /// What the cue does.
    pub kind: NegationKind,
    /// How many following words it governs (never across a clause mark).
    pub scope: usize,
    /// Surface forms.
    pub forms: Vec<String>,
    /// Words that cancel the cue when they follow it directly (غير أن = however).
    #[serde(default)]
    pub exceptions: Vec<String>,
    /// A predicate that says what comes before it is false («… عار عن الصحة», "… is
    /// baseless"): standing at the end of its clause, it governs the words before it in its
    /// sentence instead of those after.
    #[serde(default)]
    pub looks_back: bool,
}

/// A pair of opposite poles (end / keep, rise / fall) on a topic.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AntonymEntry {
    /// A readable name, used in explanations.
    pub name: String,
    /// A pole counts only within this many words of a topic concept.
    #[serde(default = "default_window")]
    pub window: usize,
    /// Forms of one pole that precede their topic (verbs, verbal nouns: إنهاء المهمة).
    pub a: Vec<String>,
    /// Forms of the other pole that precede their topic.
    pub b: Vec<String>,
    /// Forms of pole a that follow their topic (adjectives).
    #[serde(default)]
    pub a_after: Vec<String>,
    /// Forms of pole b that follow their topic (adjectives: شراكة دائمة).
    #[serde(default)]
    pub b_after: Vec<String>,
    /// Concept ids a pole must stand near; empty means any.
    #[serde(default)]
    pub topic: Vec<String>,
    /// A state of a holder (held / released, closed / open, dead / alive): the two poles
    /// oppose when the words around them name the same holder (a person, a place), whatever
    /// else the two claims say.
    #[serde(default)]
    pub holder: bool,
}

fn default_window() -> usize {
    3
}

/// Which side of an antonym pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PoleSide {
    /// Side a.
    A,
    /// Side b.
    B,
}

impl PoleSide {
    /// The other side.
    pub fn other(self) -> PoleSide {
        match self {
            PoleSide::A => PoleSide::B,
            PoleSide::B => PoleSide::A,
        }
    }
}

/// What a concept is in a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum ConceptClass {
    /// A predicate whose truth can be disputed (a timetable exists, a withdrawal happens).
    Frame,
    /// What a frame is about (the coalition, the Peshmerga).
    Object,
    /// A place a number holds for.
    Place,
    /// A month or year word: marks a date.
    Month,
    /// What a number counts.
    Unit,
    /// What happened to the people a number counts (killed, wounded, arrested): a verb or noun
    /// near a count of people or soldiers makes it a count of that unit, which the role
    /// concept's `broader` names («مقتل 7 مدنيين» counts the killed).
    Role,
    /// An act or state news reports and another outlet may deny (release, escape, vote,
    /// resign): a word of the glossary, one id for its synonyms in both languages.
    Event,
    /// A thing or person news is about (prison, crossing, protesters, cholera): a word of the
    /// glossary, one id for its names in both languages.
    Term,
}

/// One concept with its surface forms.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Concept {
    /// Stable id, used in reports.
    pub id: String,
    /// What it is.
    pub class: ConceptClass,
    /// A broader concept it is a kind of (US forces are forces).
    #[serde(default)]
    pub broader: Option<String>,
    /// For a unit: true when outlets reporting one event count it and can disagree on the
    /// count (the killed, the troops deployed); false for measures whose object a sentence
    /// rarely pins down (a percentage, a sum of dollars, a distance).
    #[serde(default)]
    pub checkable: bool,
    /// For a checkable unit: true when it is counted per incident (the killed, the wounded,
    /// the arrested), so that two figures are rivals only when the words around them name the
    /// same incident; false for a standing count (troops deployed), which a place pins down.
    #[serde(default)]
    pub incident: bool,
    /// Surface forms in any language.
    pub forms: Vec<String>,
    /// For an act told by a verb and its object with words between («أرسلت الحكومة لواء»,
    /// "sent an armoured brigade"): its verbs, one word each as written (a conjunction may
    /// lead it). The act is told where one of them has one of [`Concept::objects`] at most
    /// three words after it in its clause.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub verbs: Vec<String>,
    /// See [`Concept::verbs`]: the objects, one word each (the article or a preposition may
    /// lead it).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub objects: Vec<String>,
    /// For an act: the ids of the acts it entails (a killing is a death): a denial of one of
    /// them («نفت العائلة نبأ وفاته», "denied reports of his death") denies this act too.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub entails: Vec<String>,
}

/// What kind of speaker an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash)]
#[serde(rename_all = "lowercase")]
pub enum ActorKind {
    /// A named person.
    Person,
    /// A ministry, office, command, government.
    Body,
    /// An unnamed official: the name reported is the words used.
    Anonymous,
    /// A statement of two or more sides (side is null).
    Joint,
    /// A reference to "the statement": resolved to the last statement's issuer.
    Statement,
    /// A reference such as "the official": resolved to the last speaker of that gender.
    Anaphor,
}

/// A speaker in the news, with every name it goes by.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Stable id.
    pub id: String,
    /// What kind of speaker.
    pub kind: ActorKind,
    /// Canonical name, for persons and bodies.
    #[serde(default)]
    pub name: Option<String>,
    /// Role or title.
    #[serde(default)]
    pub role: Option<String>,
    /// Organisation the actor speaks for.
    #[serde(default)]
    pub affiliation: Option<String>,
    /// ISO 3166-1 alpha-2 code of the side the actor speaks for, or null.
    #[serde(default)]
    pub side: Option<String>,
    /// Grammatical gender verbs agree with.
    pub gender: Gender,
    /// Names, titles and aliases.
    pub names: Vec<String>,
    /// Titles of an office that name this person only while they hold it (رئيس الوزراء
    /// العراقي, Secretary of Defense): matched like names, but in a document dated outside
    /// [`Actor::from`]..=[`Actor::to`], or not dated, the speaker is the title alone, with the
    /// office's role and side and no person's name.
    #[serde(default)]
    pub titles: Vec<String>,
    /// The first day in office (`YYYY-MM-DD`), for [`Actor::titles`].
    #[serde(default)]
    pub from: Option<String>,
    /// The last day in office (`YYYY-MM-DD`), when the term has ended.
    #[serde(default)]
    pub to: Option<String>,
}

impl Actor {
    /// True when the actor held the office its titles name on `date`: on or after
    /// [`Actor::from`] and not after [`Actor::to`] (a bound that is not a `YYYY-MM-DD` date
    /// bounds nothing).
    pub fn in_office_on(&self, date: jiff::civil::Date) -> bool {
        let bound = |b: &Option<String>| {
            b.as_deref()
                .and_then(|b| b.parse::<jiff::civil::Date>().ok())
        };
        bound(&self.from).is_none_or(|f| date >= f) && bound(&self.to).is_none_or(|t| date <= t)
    }
}

/// How a number is bounded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Hash)]
#[serde(rename_all = "snake_case")]
pub enum Bound {
    /// Exactly the number.
    Exact,
    /// About the number (نحو، زهاء، about).
    Approx,
    /// At most (لا يتجاوز، no more than).
    AtMost,
    /// At least (لا يقل عن، at least).
    AtLeast,
    /// More than (أكثر من، more than).
    Above,
    /// Less than (أقل من، less than).
    Below,
}

/// Bounding words of one kind.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoundEntry {
    /// The bound.
    pub bound: Bound,
    /// Surface forms, which bound the number they stand just before.
    pub forms: Vec<String>,
    /// Those of `forms` that bound a number when they follow it or its noun («30 شخصا على
    /// الأقل», "30 people at least"); the others («حتى», «دون») mean something else there.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub after: Vec<String>,
}

/// How strongly a claim is put: what the modality markers of the lexicon tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Stated as fact.
    Asserted,
    /// About the future (will, سـ، سوف).
    Future,
    /// Possible (may, قد، ربما).
    Possible,
    /// Demanded (must, يجب، طالب).
    Demand,
}

/// Words that mark how strongly a claim is put.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModalityEntry {
    /// The modality the forms mark.
    pub modality: Modality,
    /// Surface forms.
    pub forms: Vec<String>,
}

/// Boilerplate markers of one extent.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoilerplateEntry {
    /// How far a marker reaches.
    pub extent: Extent,
    /// True when a marker counts anywhere in a line, not only at its start.
    #[serde(default)]
    pub anywhere: bool,
    /// Surface forms.
    pub forms: Vec<String>,
}

/// The on-disk format: every section optional, unknown fields refused (a typo is an error, not a
/// silently ignored entry).
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LexiconFile {
    /// Free text describing the file.
    #[serde(default)]
    pub about: Option<String>,
    /// Reporting verbs.
    #[serde(default)]
    pub verbs: Vec<VerbEntry>,
    /// Attribution phrases.
    #[serde(default)]
    pub attributions: Vec<AttributionEntry>,
    /// Negation cues.
    #[serde(default)]
    pub negators: Vec<NegatorEntry>,
    /// Antonym pairs.
    #[serde(default)]
    pub antonyms: Vec<AntonymEntry>,
    /// Concepts.
    #[serde(default)]
    pub concepts: Vec<Concept>,
    /// Actors.
    #[serde(default)]
    pub actors: Vec<Actor>,
    /// Number bounds.
    #[serde(default)]
    pub bounds: Vec<BoundEntry>,
    /// Boilerplate markers.
    #[serde(default)]
    pub boilerplate: Vec<BoilerplateEntry>,
    /// Modality markers.
    #[serde(default)]
    pub modality: Vec<ModalityEntry>,
    /// Grammar word lists.
    #[serde(default)]
    pub grammar: GrammarFile,
    /// How often content stems occur in news at large, per language.
    #[serde(default)]
    pub background: Vec<BackgroundEntry>,
}

impl LexiconFile {
    fn merge(&mut self, other: LexiconFile) {
        self.verbs.extend(other.verbs);
        self.attributions.extend(other.attributions);
        self.negators.extend(other.negators);
        self.antonyms.extend(other.antonyms);
        self.concepts.extend(other.concepts);
        self.actors.extend(other.actors);
        self.bounds.extend(other.bounds);
        self.boilerplate.extend(other.boilerplate);
        self.modality.extend(other.modality);
        self.grammar.merge(other.grammar);
        self.background.extend(other.background);
    }
}

/// The embedded default lexicon files, by name.
pub(crate) const DEFAULT_FILES: &[(&str, &str)] = &[
    ("verbs.json", include_str!("data/verbs.json")),
    ("negators.json", include_str!("data/negators.json")),
    ("antonyms.json", include_str!("data/antonyms.json")),
    ("concepts.json", include_str!("data/concepts.json")),
    ("actors.json", include_str!("data/actors.json")),
    ("bounds.json", include_str!("data/bounds.json")),
    ("boilerplate.json", include_str!("data/boilerplate.json")),
    ("modality.json", include_str!("data/modality.json")),
    ("grammar.json", include_str!("data/grammar.json")),
    ("glossary.json", include_str!("data/glossary.json")),
    ("background.json", include_str!("data/background.json")),
];

/// Builds a [`Lexicon`] from the defaults and any number of user files (JSON, in the format of
/// the built-in files under `src/lexicon/data/`).
///
/// ```
/// use crosscheck::{Checker, Document, Lexicon};
///
/// let extra = r#"{"actors": [{"id": "nw-mod", "kind": "body", "name": "وزارة دفاع نورلاند",
///     "role": "Ministry of Defence", "affiliation": "Nordland Ministry of Defence",
///     "side": "NL", "gender": "f", "names": ["وزارة دفاع نورلاند"]}]}"#;
/// let lexicon = Lexicon::builder().add_json("nordland.json", extra)?.build()?;
/// assert_ne!(lexicon.fingerprint(), Lexicon::default().fingerprint());
/// let checker = Checker::builder().lexicon(lexicon).build()?;
/// let doc = Document::new("d", "وقالت وزارة دفاع نورلاند إن القوات انسحبت من الحدود.");
/// assert_eq!(checker.extract(&doc)[0].speaker.side.as_deref(), Some("NL"));
/// # Ok::<(), crosscheck::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct LexiconBuilder {
    data: LexiconFile,
}

impl Default for LexiconBuilder {
    fn default() -> Self {
        Self::new()
    }
}

impl LexiconBuilder {
    /// A builder holding the embedded defaults.
    pub fn new() -> Self {
        let mut data = LexiconFile::default();
        for (name, json) in DEFAULT_FILES {
            let file: LexiconFile = serde_json::from_str(json)
                .unwrap_or_else(|e| panic!("embedded lexicon {name} is invalid: {e}"));
            data.merge(file);
        }
        LexiconBuilder { data }
    }

    /// A builder with no entries at all, for a lexicon made entirely of the user's own files.
    pub fn empty() -> Self {
        LexiconBuilder {
            data: LexiconFile::default(),
        }
    }

    /// Adds the entries of a JSON lexicon text; `name` is used in error messages.
    pub fn add_json(&mut self, name: &str, json: &str) -> Result<&mut Self, Error> {
        let file: LexiconFile = serde_json::from_str(json).map_err(|e| Error::Lexicon {
            path: name.into(),
            line: e.line(),
            message: e.to_string(),
        })?;
        self.data.merge(file);
        Ok(self)
    }

    /// Adds the entries of a JSON lexicon file.
    pub fn add_file(&mut self, path: impl AsRef<Path>) -> Result<&mut Self, Error> {
        let path = path.as_ref();
        let json = std::fs::read_to_string(path).map_err(|e| Error::Io {
            path: path.to_path_buf(),
            source: e,
        })?;
        self.add_json(&path.display().to_string(), &json)
    }

    /// Checks the entries and compiles the matcher.
    pub fn build(&self) -> Result<Lexicon, Error> {
        let d = &self.data;
        for a in &d.antonyms {
            for t in &a.topic {
                if !d.concepts.iter().any(|c| &c.id == t) {
                    return Err(Error::LexiconEntry {
                        entry: a.name.clone(),
                        message: format!("topic `{t}` is not a known concept id"),
                    });
                }
            }
        }
        for c in &d.concepts {
            if let Some(b) = &c.broader
                && !d.concepts.iter().any(|o| &o.id == b)
            {
                return Err(Error::LexiconEntry {
                    entry: c.id.clone(),
                    message: format!("broader concept `{b}` is not a known concept id"),
                });
            }
        }
        for a in &d.actors {
            for (field, date) in [("from", &a.from), ("to", &a.to)] {
                if let Some(date) = date
                    && crate::text::dates::calendar_date(date).is_none()
                {
                    return Err(Error::LexiconEntry {
                        entry: a.id.clone(),
                        message: format!("`{field}` {date:?} is not a calendar date (YYYY-MM-DD)"),
                    });
                }
            }
            if let Some(side) = &a.side
                && !(side.len() == 2 && side.bytes().all(|b| b.is_ascii_uppercase()))
            {
                return Err(Error::LexiconEntry {
                    entry: a.id.clone(),
                    message: format!("side `{side}` is not an ISO 3166-1 alpha-2 code"),
                });
            }
        }
        let boilerplate = Markers::new(
            d.boilerplate
                .iter()
                .flat_map(|e| {
                    e.forms.iter().map(|f| Marker {
                        text: normalize_str(f),
                        extent: e.extent,
                        anywhere: e.anywhere,
                    })
                })
                .collect(),
        );
        let matcher = matcher::Matcher::compile(d, &boilerplate.anywhere_texts())?;
        let exceptions = d
            .negators
            .iter()
            .map(|n| n.exceptions.iter().map(|e| normalize_str(e)).collect())
            .collect();
        let grammar = Grammar::compile(&d.grammar)?;
        let titles = d
            .actors
            .iter()
            .map(|a| a.titles.iter().map(|t| normalize_str(t.trim())).collect())
            .collect();
        let state_stems = d
            .antonyms
            .iter()
            .map(|a| {
                let mut stems: Vec<String> = [&a.a, &a.b, &a.a_after, &a.b_after]
                    .into_iter()
                    .flatten()
                    .flat_map(|f| {
                        normalize_str(f.trim().trim_end_matches('*'))
                            .split_whitespace()
                            .map(|w| crate::text::tokens::light_stem(w).to_string())
                            .collect::<Vec<_>>()
                    })
                    .collect();
                stems.sort_unstable();
                stems.dedup();
                stems
            })
            .collect();
        let verb_objects = verb_objects::VerbObjects::compile(&d.concepts);
        Ok(Lexicon {
            grammar,
            data: self.data.clone(),
            matcher,
            verb_objects,
            boilerplate,
            negator_exceptions: exceptions,
            titles,
            state_stems,
            background: std::sync::Arc::new(Background::compile(&d.background)),
        })
    }
}

/// A compiled lexicon. Cheap to share between threads.
///
/// ```
/// use crosscheck::{Checker, Lexicon};
///
/// let lexicon = Lexicon::default();
/// let checker = Checker::builder().lexicon(lexicon.clone()).build()?;
/// assert_eq!(checker.provenance().lexicon, lexicon.fingerprint());
/// # Ok::<(), crosscheck::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Lexicon {
    data: LexiconFile,
    grammar: Grammar,
    matcher: matcher::Matcher,
    /// The acts told by a verb and its object with words between.
    verb_objects: verb_objects::VerbObjects,
    boilerplate: Markers,
    negator_exceptions: Vec<Vec<String>>,
    /// Each actor's office titles, folded.
    titles: Vec<Vec<String>>,
    /// Each antonym pair's words, folded and light-stemmed, sorted: the state's own words.
    state_stems: Vec<Vec<String>>,
    /// How often words occur in news at large (shared: it is the largest part).
    background: std::sync::Arc<Background>,
}

impl Default for Lexicon {
    /// The embedded default lexicon.
    fn default() -> Self {
        LexiconBuilder::new()
            .build()
            .expect("the embedded lexicon compiles")
    }
}

impl Lexicon {
    /// Starts from the embedded defaults.
    pub fn builder() -> LexiconBuilder {
        LexiconBuilder::new()
    }

    /// A fingerprint of the lexicon's entries (built-in and added, merged): 16 hex digits of
    /// an FNV-1a hash of their JSON. Two reports made with different lexicons show different
    /// fingerprints.
    pub fn fingerprint(&self) -> String {
        let json = serde_json::to_string(&self.data).unwrap_or_default();
        crate::text::fingerprint::fingerprint(json.as_bytes())
    }

    /// How often words occur in news at large.
    pub(crate) fn background(&self) -> &Background {
        &self.background
    }

    /// The background, shared with an index that outlives this borrow.
    pub(crate) fn background_shared(&self) -> std::sync::Arc<Background> {
        std::sync::Arc::clone(&self.background)
    }

    /// All lexicon hits in folded text, sorted by start then by length (longest first).
    pub(crate) fn scan(&self, folded: &str) -> Vec<Hit> {
        self.matcher.scan(folded)
    }

    /// [`Lexicon::scan`], and the boilerplate markers that count anywhere, found on the same walk
    /// over the text: give them to [`crate::text::boilerplate::boilerplate_regions_found`].
    pub(crate) fn scan_document(&self, folded: &str) -> (Vec<Hit>, Vec<MarkerMatch>) {
        self.matcher.scan_with_markers(folded)
    }

    /// Adds the acts told by a verb and its object with words between to `hits` (of `folded`,
    /// split into `tokens`), keeping them sorted.
    pub(crate) fn add_verb_object_hits(
        &self,
        folded: &str,
        tokens: &[crate::text::tokens::Token],
        hits: &mut Vec<Hit>,
    ) {
        let g = &self.grammar;
        // Articles go with the object ("sent a battalion"); other function words link to
        // something else.
        let links = |w: &str| g.function_words.contains(w) && !g.articles.contains(w);
        self.verb_objects.add_hits(folded, tokens, hits, links);
    }

    /// Reporting verbs.
    pub(crate) fn verbs(&self) -> &[VerbEntry] {
        &self.data.verbs
    }
    /// Negators.
    pub(crate) fn negators(&self) -> &[NegatorEntry] {
        &self.data.negators
    }
    /// True when `folded`, the words actor `actor` was matched by, are one of its office
    /// titles ([`Actor::titles`]; a proclitic may lead them: «ورئيس الوزراء»).
    pub(crate) fn is_title(&self, actor: usize, folded: &str) -> bool {
        let folded = folded.trim();
        self.titles[actor]
            .iter()
            .any(|t| folded.ends_with(t.as_str()))
    }

    /// Folded exception words of negator group `i`.
    pub(crate) fn negator_exceptions(&self, i: usize) -> &[String] {
        &self.negator_exceptions[i]
    }
    /// Antonym pairs.
    pub(crate) fn antonyms(&self) -> &[AntonymEntry] {
        &self.data.antonyms
    }
    /// The light stems of the words of antonym pair `i`'s forms, sorted and unique: words of
    /// the state itself, which name no holder of it.
    pub(crate) fn state_stems(&self, i: usize) -> &[String] {
        &self.state_stems[i]
    }
    /// Concepts.
    pub(crate) fn concepts(&self) -> &[Concept] {
        &self.data.concepts
    }
    /// Index of a concept id.
    pub(crate) fn concept_index(&self, id: &str) -> Option<usize> {
        self.data.concepts.iter().position(|c| c.id == id)
    }
    /// Actors.
    pub(crate) fn actors(&self) -> &[Actor] {
        &self.data.actors
    }
    /// Number bounds.
    pub(crate) fn bounds(&self) -> &[BoundEntry] {
        &self.data.bounds
    }
    /// Modality markers.
    pub(crate) fn modality(&self) -> &[ModalityEntry] {
        &self.data.modality
    }
    /// The grammar word lists, compiled.
    pub(crate) fn grammar(&self) -> &Grammar {
        &self.grammar
    }

    /// Boilerplate markers, folded.
    #[cfg(test)]
    pub(crate) fn boilerplate_markers(&self) -> &[Marker] {
        self.boilerplate.markers()
    }

    /// Boilerplate markers, compiled for [`crate::text::boilerplate::boilerplate_regions`].
    pub(crate) fn boilerplate(&self) -> &Markers {
        &self.boilerplate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_lexicon_compiles_and_covers_every_section() {
        let l = Lexicon::default();
        assert!(!l.verbs().is_empty());
        assert!(!l.negators().is_empty());
        assert!(!l.antonyms().is_empty());
        assert!(!l.concepts().is_empty());
        assert!(!l.actors().is_empty());
        assert!(!l.bounds().is_empty());
        assert!(!l.boilerplate_markers().is_empty());
    }

    #[test]
    fn markers_found_by_the_scan_mark_what_the_markers_own_search_marks() {
        use crate::text::boilerplate::{boilerplate_regions, boilerplate_regions_found};
        // A marker that is also a lexicon form shares its automaton pattern.
        let json = r#"{"boilerplate": [{"extent": "line", "anywhere": true,
            "forms": ["قال الوزير", "min read", "read"]}]}"#;
        let extended = Lexicon::builder()
            .add_json("extra", json)
            .and_then(|b| b.build())
            .expect("markers compile");
        let texts = [
            "time reading iconدقائق القراءة - 4\nنص المقال.\n3 min read\nالنص",
            "جميع الحقوق محفوظة جميع الحقوق محفوظة\n• all rights reserved  \n",
            "وقال الوزير إن المحادثات مستمرة.\nقال الوزير\nكلمات دلالية: العراق",
            "",
            "read",
        ];
        for lexicon in [Lexicon::default(), extended] {
            for text in texts {
                let folded = normalize_str(text);
                let (_, found) = lexicon.scan_document(&folded);
                assert_eq!(
                    boilerplate_regions_found(&folded, lexicon.boilerplate(), &found),
                    boilerplate_regions(&folded, lexicon.boilerplate()),
                    "{text}"
                );
            }
        }
    }

    #[test]
    fn the_default_grammar_is_written_in_folded_form() {
        // The lists are folded when compiled; written folded, what is read is what is written.
        let file: LexiconFile =
            serde_json::from_str(include_str!("data/grammar.json")).expect("valid grammar");
        let g = &file.grammar;
        for list in [
            &g.function_words,
            &g.complementisers,
            &g.connectives,
            &g.adverbials,
            &g.anaphors,
            &g.abbreviations,
        ] {
            for w in list {
                assert_eq!(&normalize_str(w), w);
            }
        }
        assert!(Lexicon::default().grammar().function_words.contains("في"));
    }

    #[test]
    fn a_user_file_extends_the_grammar() {
        use crate::analysis::Prepared;
        let json = r#"{"grammar": {"function_words": ["مصادر"],
            "number_words": [{"kind": "unit", "value": 12, "forms": ["dozen"]}]}}"#;
        let mut builder = Lexicon::builder();
        let extended = builder
            .add_json("mine.json", json)
            .unwrap()
            .build()
            .unwrap();
        let text = "قالت مصادر إن a dozen troops left";
        let plain = Prepared::new(text, &Lexicon::default()).analyse_statement();
        let mine = Prepared::new(text, &extended).analyse_statement();
        assert!(plain.stems.iter().any(|s| s == "مصادر"));
        assert!(!mine.stems.iter().any(|s| s == "مصادر"));
        assert!(plain.quantities.is_empty());
        assert_eq!(mine.quantities[0].value, 12.0);
        let bad =
            r#"{"grammar": {"number_words": [{"kind": "unit", "value": -1, "forms": ["x"]}]}}"#;
        let err = Lexicon::builder()
            .add_json("bad.json", bad)
            .unwrap()
            .build();
        assert!(err.is_err());
    }

    #[test]
    fn user_file_with_a_typo_is_refused_with_its_name_and_line() {
        let err = Lexicon::builder()
            .add_json("mine.json", "{\n\"actor\": []}")
            .unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("mine.json") && msg.contains("line 2"), "{msg}");
    }

    #[test]
    fn bad_side_code_is_refused() {
        let json = r#"{"actors": [{"id": "x", "kind": "body", "side": "usa", "gender": "m", "names": ["x"]}]}"#;
        let err = Lexicon::builder()
            .add_json("x.json", json)
            .unwrap()
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("ISO 3166"));
    }

    #[test]
    fn a_term_that_is_no_calendar_date_is_refused() {
        let json = r#"{"actors": [{"id": "x", "kind": "person", "gender": "m", "names": ["x"], "titles": ["y"], "from": "2024-02-31"}]}"#;
        let err = Lexicon::builder()
            .add_json("x.json", json)
            .unwrap()
            .build()
            .unwrap_err();
        assert!(err.to_string().contains("`from`"), "{err}");
        let a = Actor {
            from: Some("2021-01-20".into()),
            to: Some("2025-01-20".into()),
            ..Lexicon::default().actors()[0].clone()
        };
        assert!(a.in_office_on("2024-06-01".parse().unwrap()));
        assert!(!a.in_office_on("2016-06-01".parse().unwrap()));
        assert!(!a.in_office_on("2025-01-21".parse().unwrap()));
    }
}
