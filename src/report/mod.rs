//! The report: documents, skipped inputs, claims, conflicts and corroborations, rendered as JSON
//! (the contract in the README) or as text for a terminal (`text`).

pub(crate) mod build;
pub(crate) mod csv;
mod disputes;
pub(crate) mod html;
mod json;
mod review;
mod speakers;
mod text;

pub use build::Judged;
pub use disputes::{Dispute, StoryConflicts};

pub use review::{ReviewEntry, ReviewVerdict, read_review};
pub use speakers::SpeakerEntry;
pub(crate) use speakers::identify as identify_speakers;

use crate::claim::Claim;
use crate::corpus::{Repaired, Skipped};
use crate::judge::ConflictKind;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};

/// One document of the run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DocumentSummary {
    /// Document id.
    pub id: String,
    /// Outlet.
    pub source: Option<String>,
    /// Publication date.
    pub published: Option<Date>,
    /// Language code.
    pub language: Option<String>,
    /// How many claims were extracted.
    pub claims: usize,
    /// True when `published` was read from the page rather than given (by the manifest, a
    /// JSON Lines record or the caller).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub published_from_page: bool,
    /// The story it belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story: Option<String>,
}

impl DocumentSummary {
    /// The summary of document `d`, from which `claims` claims were read.
    pub(crate) fn of(d: &crate::corpus::Document, claims: usize) -> Self {
        DocumentSummary {
            id: d.id.clone(),
            source: d.source.clone(),
            published: d.published,
            language: d.language.clone(),
            claims,
            published_from_page: false,
            story: None,
        }
    }

    /// Dates the document from its page, when that gave a date.
    pub(crate) fn date_from_page(&mut self, date: Option<Date>) {
        if let Some(date) = date {
            self.published = Some(date);
            self.published_from_page = true;
        }
    }
}

/// One story of the run: the documents that report one event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct StorySummary {
    /// Story id (`S1`, `S2`…, numbered in order of their first document id).
    pub id: String,
    /// The words that weigh most in its documents' headlines and leads.
    pub label: Vec<String>,
    /// Its documents, by id.
    pub documents: Vec<String>,
    /// Earliest publication date of its documents, when any is known.
    pub first_published: Option<Date>,
    /// Latest publication date of its documents, when any is known.
    pub last_published: Option<Date>,
    /// Groups of its documents that carry one text (a wire story run twice, a page scraped
    /// twice): each group is one report, not several witnesses.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reprints: Vec<Vec<String>>,
    /// How many conflicts it holds.
    pub conflicts: usize,
}

/// Two claims that contradict each other.
///
/// ```
/// use crosscheck::{Checker, ConflictKind, Corpus, Document};
///
/// let mut corpus = Corpus::new();
/// corpus.push(Document::new("a", "وقال المتحدث باسم الجيش إن 12 جنديا قتلوا في الهجوم على الحاجز.")
///     .with_source("Outlet A"));
/// corpus.push(Document::new("b", "وقال مصدر أمني إن 30 جنديا قتلوا في الهجوم على الحاجز.")
///     .with_source("Outlet B"));
/// let report = Checker::new().check(&corpus);
/// let c = &report.conflicts[0];
/// assert_eq!(c.kind, ConflictKind::Numeric);
/// let (a, b) = (report.claim(&c.a).unwrap(), report.claim(&c.b).unwrap());
/// assert_ne!(a.doc, b.doc);
/// println!("{} ({:.2}): «{}» / «{}» — {}", c.id, c.score, a.text, b.text, c.explanation);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Conflict {
    /// A stable id: 16 hex digits hashed from the two claims' documents and folded texts, not
    /// their positions, so that it survives re-runs and new documents (what a review file
    /// refers to).
    #[serde(default)]
    pub id: String,
    /// Id of the first claim (the earlier in the report's claim order).
    pub a: String,
    /// Id of the second claim.
    pub b: String,
    /// The kind of conflict.
    pub kind: ConflictKind,
    /// Confidence in [0, 1].
    pub score: f64,
    /// The cues and words that decided it.
    pub explanation: String,
    /// What they disagree about: a concept id, an antonym pair, a unit counted.
    pub topic: String,
    /// The story both claims belong to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story: Option<String>,
    /// Content similarity of the two claims (Dice over stems).
    pub similarity: f64,
    /// The words that carry the conflict in claim a and in claim b (folded).
    pub cues: [String; 2],
    /// Weaker pairs that repeat this conflict (a speaker restating the same words in the same
    /// article), folded here to keep the list readable.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<FoldedPair>,
    /// The analyst's review of it, when a review file confirmed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review: Option<ReviewEntry>,
}

/// A claim pair folded into a stronger conflict that it repeats.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct FoldedPair {
    /// Id of the first claim.
    pub a: String,
    /// Id of the second claim.
    pub b: String,
    /// Its own score.
    pub score: f64,
}

/// Two claims from different documents that say the same thing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Corroboration {
    /// Id of the first claim.
    pub a: String,
    /// Id of the second claim.
    pub b: String,
    /// Confidence in [0, 1].
    pub score: f64,
    /// Why they agree.
    pub explanation: String,
    /// The story both claims belong to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story: Option<String>,
}

/// A later count of one thing that supersedes an earlier one («ارتفعت حصيلة القتلى إلى…»,
/// "the toll rose to"): never a conflict.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Update {
    /// Id of the claim with the later count: the larger figure, as tolls grow.
    pub newer: String,
    /// Id of the claim with the earlier count.
    pub older: String,
    /// What is counted (a unit, and a place when named).
    pub topic: String,
    /// The two figures and the update cue.
    pub explanation: String,
    /// The story both claims belong to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub story: Option<String>,
}

/// Figures about the pairing stage.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct PairStats {
    /// Candidate pairs judged.
    pub candidates: usize,
    /// All pairs of claims: what blocking saved.
    pub all_pairs: u64,
    /// Blocking keys dropped for being too common, with their block sizes.
    pub dropped_keys: Vec<(String, usize)>,
    /// Verdicts left out because their claims already had enough stronger ones.
    #[serde(default)]
    pub capped: usize,
    /// Pairs each kind of blocking key proposed, before duplicates across keys were removed.
    #[serde(default)]
    pub proposed_by_kind: Vec<(String, usize)>,
}

/// Everything a run found: documents, claims, conflicts and corroborations, serialisable with
/// serde and rendered as JSON ([`Report::to_json`], the contract in the README) or text.
///
/// ```
/// use crosscheck::{Checker, Corpus, Document};
///
/// let mut corpus = Corpus::new();
/// corpus.push(Document::new("a", "وأعلن الجيش أن 12 جنديا قتلوا في الهجوم."));
/// let report = Checker::new().check(&corpus);
/// assert_eq!(report.documents[0].claims, report.claims.len());
/// let json: serde_json::Value = serde_json::from_str(&report.to_json()).unwrap();
/// assert!(json["conflicts"].is_array());
/// ```
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Report {
    /// Documents read.
    pub documents: Vec<DocumentSummary>,
    /// Inputs skipped, with reasons.
    pub skipped: Vec<Skipped>,
    /// Problems that cost no document (a manifest that cannot be read, a malformed date).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<Skipped>,
    /// Documents whose bytes were not UTF-8 and were read anyway: in a legacy encoding, or in
    /// lossy mode with their invalid UTF-8 replaced.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub repaired: Vec<Repaired>,
    /// Files in the folders given that are not of a kind the checker reads, left out.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unread: Vec<Skipped>,
    /// Claims, by document then position.
    pub claims: Vec<Claim>,
    /// Conflicts, highest score first.
    pub conflicts: Vec<Conflict>,
    /// Corroborations, highest score first.
    pub corroborations: Vec<Corroboration>,
    /// Counts that supersede earlier counts of the same thing (relation `supersedes`).
    #[serde(default)]
    pub updates: Vec<Update>,
    /// Stories: the documents grouped by the event they report; claims are paired only inside
    /// a story.
    #[serde(default)]
    pub stories: Vec<StorySummary>,
    /// The speakers of the claims, each under all the names its claims give it; a claim's
    /// `speaker_id` is one of their ids.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub speakers: Vec<SpeakerEntry>,
    /// Pairing figures.
    pub pairs: PairStats,
    /// What made the report, so that two reports can be compared.
    #[serde(default)]
    pub provenance: Provenance,
    /// The least score of the conflicts reported (the run's cut-off): the page's score filter
    /// starts there.
    #[serde(default)]
    pub min_score: f64,
    /// How many conflicts an analyst's review dismissed ([`Report::apply_review`]).
    #[serde(default)]
    pub dismissed: usize,
    /// The ids of the review file that name no conflict of this run (sorted): a conflict the
    /// checker no longer finds, or finds below the cut-off; a typo.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub review_not_found: Vec<String>,
}

/// What made a report: the tool's version, the lexicon it read and the judge it used.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Provenance {
    /// The crate's version.
    pub version: String,
    /// A fingerprint of the lexicon, built-in and user files merged ([`crate::lexicon::Lexicon::fingerprint`]).
    pub lexicon: String,
    /// The judge: `rules`, or `rules+model:FINGERPRINT` when a learned model weighs in.
    pub judge: String,
}

/// How many days apart two claims were published, when both dates are known.
pub(super) fn days_apart(a: &Claim, b: &Claim) -> Option<i64> {
    let (a, b) = (a.published?, b.published?);
    crate::story::days_between(a, b).map(i64::abs)
}

/// `n` things, the noun in the plural unless `n` is one («1 story», «2 stories»).
pub(crate) fn count(n: usize, noun: &str) -> String {
    // A consonant's «y» turns to «ies» (stories); a vowel's stays (days).
    let consonant_y = noun
        .strip_suffix('y')
        .filter(|stem| !stem.ends_with(['a', 'e', 'o', 'u']));
    match (n, consonant_y) {
        (1, _) => format!("1 {noun}"),
        (_, Some(stem)) => format!("{n} {stem}ies"),
        _ => format!("{n} {noun}s"),
    }
}

impl Report {
    /// The report's claims by id: what the writers look a conflict's two claims up in.
    fn claims_by_id(&self) -> std::collections::HashMap<&str, &Claim> {
        self.claims.iter().map(|c| (c.id.as_str(), c)).collect()
    }

    /// The claim with id `id`, if the report holds it: what a conflict's `a` and `b` name.
    pub fn claim(&self, id: &str) -> Option<&Claim> {
        // Claims are in document then position order, and ids are `DOC#N`: look among the
        // document's claims only.
        let doc = id.rsplit_once('#').map_or(id, |(doc, _)| doc);
        let from = self.claims.partition_point(|c| c.doc.as_str() < doc);
        self.claims[from..]
            .iter()
            .take_while(|c| c.doc == doc)
            .find(|c| c.id == id)
            .or_else(|| self.claims.iter().find(|c| c.id == id))
    }

    /// The report as pretty JSON.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a report always serialises")
    }

    /// Writes the report as pretty JSON (what [`Report::to_json`] returns) to `out`, without
    /// holding it all in memory first: an archive's report runs to tens of megabytes. The claims,
    /// most of it, are rendered on every core a few thousand at a time. Give it a buffered
    /// writer.
    pub fn write_json(&self, out: impl std::io::Write) -> std::io::Result<()> {
        json::write(self, out)
    }

    /// Writes the report as CSV, one row a conflict ([`Report::to_csv`]), to `out`, after a
    /// UTF-8 byte-order mark: the mark is what makes a spreadsheet read the file as UTF-8
    /// rather than in a legacy code page, where Arabic is mojibake.
    pub fn write_csv(&self, mut out: impl std::io::Write) -> std::io::Result<()> {
        out.write_all(csv::BOM.as_bytes())?;
        out.write_all(self.to_csv().as_bytes())
    }

    /// Writes the report as one self-contained HTML page ([`Report::to_html`]) to `out`.
    pub fn write_html(&self, mut out: impl std::io::Write) -> std::io::Result<()> {
        out.write_all(self.to_html().as_bytes())
    }

    /// Writes the report as text for a terminal ([`Report::to_text`]) to `out`.
    pub fn write_text(&self, mut out: impl std::io::Write) -> std::io::Result<()> {
        out.write_all(self.to_text().as_bytes())
    }
}

/// How a document whose bytes were not UTF-8 was read, in one line: the encoding it was read
/// in, or how many of its byte ranges were replaced.
fn repaired_line(r: &Repaired) -> String {
    match &r.encoding {
        Some(encoding) => format!("read {} as {encoding} (not UTF-8)", r.path),
        None => format!(
            "repaired {}: {} invalid UTF-8 byte range{} replaced",
            r.path,
            r.replaced.len(),
            if r.replaced.len() == 1 { "" } else { "s" }
        ),
    }
}

/// A topic key in words: a lexicon id's hyphens as spaces and its «role-» prefix dropped
/// (`role-killed` is "killed"), a unit's place after "in" (`soldiers@syria`, "soldiers in
/// syria").
pub(super) fn topic_words(topic: &str) -> String {
    let topic = topic.strip_prefix("role-").unwrap_or(topic);
    match topic.split_once('@') {
        Some((what, "")) => what.replace('-', " "),
        Some((what, place)) => format!("{} in {}", what.replace('-', " "), place.replace('-', " ")),
        None => topic.replace('-', " "),
    }
}
