//! Stories: an archive's documents grouped by the event they report, so that claims are paired
//! only with claims about the same event.
//!
//! A story is found the way news clusterers find one: documents that share their rare words and
//! names (TF-IDF cosine over content stems, the headline and lead weighted up), published within
//! days of each other (the similarity decays with the days between them). Documents are taken in
//! order of publication and each joins the story whose centroid it is most like, or starts a new
//! one; a centroid, unlike a chain of pairwise links, does not let two events drift into one.
//! Reprints of one text (near-identical word sequences) are found inside each story and named:
//! they are one report, not two witnesses.

mod attach;
mod cluster;
mod dates;
mod link;
mod place;
mod reprints;
mod vectors;

use crate::analysis::DocumentProfile;
use jiff::civil::Date;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::sync::Arc;

pub(crate) use dates::day_number;
pub use dates::{Page, date_of, days_between, event_day, gathering_day, page_publication_dates};
pub(crate) use place::{
    ClaimPlaces, date_claims_from_pages, date_pages, dated, place_claims_in_time,
};
pub use vectors::RARE_WORD_WEIGHT;
pub(crate) use vectors::Rarity;

/// Settings of the story stage.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct StoryConfig {
    /// Least similarity (cosine, after the time decay) for a document to join a story.
    pub join_similarity: f64,
    /// Days from a story's date span within which a document counts in full.
    pub window_days: f64,
    /// Beyond the window, the days over which the similarity to a story halves.
    pub half_life_days: f64,
    /// The least the time decay leaves of a similarity: a story told over months (talks that
    /// go on, a war) is still one story when its documents share enough.
    pub min_decay: f64,
    /// Least share of a passage's word weight that another story's core words must carry for
    /// the passage to be about that story too.
    pub attach_coverage: f64,
    /// Least estimated word-sequence overlap for two documents to be reprints of one text.
    pub reprint_overlap: f64,
    /// A stem found in more than this share of the documents names no event.
    pub max_document_share: f64,
    /// A stem found in fewer documents than this is counted common by no rule: it is common
    /// only by share, so a small corpus keeps its shared words.
    pub min_common_documents: usize,
    /// How many documents the lexicon's background of news counts for beside an empty corpus,
    /// when word rarity is measured.
    pub background_documents: f64,
    /// The corpus size over which the background's weight falls by a factor e: the corpus's
    /// own counts take over as they grow.
    pub background_fade: f64,
    /// How much rarity the names of their headlines and leads must share for a story told in
    /// one script and one told in another to be one (about two rare names).
    pub link_name_weight: f64,
}

impl StoryConfig {
    /// The default settings.
    pub const DEFAULT: StoryConfig = StoryConfig {
        join_similarity: 0.15,
        window_days: 3.0,
        half_life_days: 14.0,
        min_decay: 0.7,
        attach_coverage: 0.3,
        reprint_overlap: 0.6,
        max_document_share: 0.2,
        min_common_documents: 10,
        background_documents: 1500.0,
        background_fade: 20.0,
        link_name_weight: 4.5,
    };
}

impl StoryConfig {
    /// What is left of a similarity to a story `days` from its date span.
    pub fn decay(&self, days: i64) -> f64 {
        let beyond = (days as f64 - self.window_days).max(0.0);
        (1.0 / (1.0 + beyond / self.half_life_days)).max(self.min_decay)
    }
}

impl Default for StoryConfig {
    fn default() -> Self {
        StoryConfig::DEFAULT
    }
}

/// A document's profile with its publication date, as the story stage reads it.
#[derive(Debug, Clone, Copy)]
pub struct DatedProfile<'p> {
    /// What the document is about.
    pub profile: &'p DocumentProfile,
    /// Its publication date, when known.
    pub published: Option<Date>,
    /// The outlet (a site), when known: the words of a site's page template are not a story's.
    pub source: Option<&'p str>,
}

/// One story: the documents that report one event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    /// Stable within a run: `S` and the story's number, stories numbered in order of their
    /// first document.
    pub id: String,
    /// The words that weigh most in the story's documents' headlines and leads.
    pub label: Vec<String>,
    /// Its documents, by index in the order given.
    #[serde(skip)]
    pub members: Vec<u32>,
    /// Earliest publication date of its documents, when any is known.
    pub first_published: Option<Date>,
    /// Latest publication date of its documents, when any is known.
    pub last_published: Option<Date>,
    /// Groups of its documents that reprint one text (by index), each group one report.
    #[serde(skip)]
    pub reprint_groups: Vec<Vec<u32>>,
}

/// The stories of a corpus.
#[derive(Debug, Clone, Default)]
pub struct Stories {
    /// The stories, numbered in order of their first document.
    pub stories: Vec<Story>,
    /// The story of each document (index into `stories`).
    pub of_document: Vec<u32>,
    /// For each document, the first document of its reprint group (itself when it has none):
    /// two documents with the same value carry one text.
    pub reprint_of: Vec<u32>,
    /// What attaching a passage to a story reads: each story's core terms, its date span, and
    /// the stems' weights.
    attach: attach::Index,
}

impl Stories {
    /// The stories, other than its document's, that a passage of document `doc` is about, from
    /// its words that have a weight in the corpus: a page that carries several stories (a
    /// digest, a ticker of headlines, an article with a sidebar) speaks of each in its own
    /// passages. A passage is about a story when the story's core words carry most of the
    /// passage's weight ([`StoryConfig::attach_coverage`]), through at least two rare words. Its
    /// distance in time to a story counts from `event_day` (days from 2000-01-01, see
    /// [`event_day`]) when its own words date what it tells, else from its page's publication:
    /// a digest of December recalls what happened in March.
    pub(crate) fn passage_stories_of_words(
        &self,
        doc: u32,
        words: &[(u64, f32)],
        event_day: Option<i64>,
        config: &StoryConfig,
    ) -> Vec<u32> {
        self.attach.stories_of(
            self.of_document[doc as usize],
            words,
            event_day.or_else(|| self.attach.day(doc)),
            config,
        )
    }
}

/// Groups documents into stories, word rarity measured against `background`.
#[cfg(test)]
pub fn group(
    documents: &[DatedProfile],
    config: &StoryConfig,
    background: &crate::lexicon::Background,
) -> Stories {
    let rarity = Arc::new(Rarity::new(documents, config, background));
    group_by_rarity(documents, config, rarity)
}

/// [`group`], with the rarity of words measured on the same documents already (shared: the
/// checker reads it while the stories are told).
pub(crate) fn group_by_rarity(
    documents: &[DatedProfile],
    config: &StoryConfig,
    rarity: Arc<Rarity>,
) -> Stories {
    let vectors = vectors::document_vectors(documents, &rarity);
    let clusters = cluster::online(&vectors, documents, config, &rarity);
    let clusters = link::across_scripts(clusters, documents, &rarity, config);
    let members: Vec<Vec<u32>> = clusters.iter().map(|c| c.members.clone()).collect();
    let reprint_of = reprints::find(documents, &members, config.reprint_overlap);
    let (stories, order) = describe(documents, &vectors, &members, &reprint_of);
    let mut of_document = vec![0u32; documents.len()];
    for (s, story) in stories.iter().enumerate() {
        for &d in &story.members {
            of_document[d as usize] = s as u32;
        }
    }
    let attach = attach::Index::new(&clusters, &order, documents);
    Stories {
        stories,
        of_document,
        reprint_of,
        attach,
    }
}

/// The clusters as stories: numbered in order of their first document, labelled, dated; and
/// for each story, the cluster it came from.
fn describe(
    documents: &[DatedProfile],
    vectors: &[vectors::TermVector],
    clusters: &[Vec<u32>],
    reprint_of: &[u32],
) -> (Vec<Story>, Vec<usize>) {
    let mut order: Vec<usize> = (0..clusters.len()).collect();
    order.sort_unstable_by_key(|&c| clusters[c].iter().min().copied());
    let stories = order
        .par_iter()
        .enumerate()
        .map(|(n, &c)| {
            let mut members = clusters[c].clone();
            members.sort_unstable();
            let dates: Vec<Date> = members
                .iter()
                .filter_map(|&d| documents[d as usize].published)
                .collect();
            let mut groups: Vec<Vec<u32>> = Vec::new();
            for &d in &members {
                let root = reprint_of[d as usize];
                if root != d {
                    match groups.iter_mut().find(|g| g[0] == root) {
                        Some(g) => g.push(d),
                        None => groups.push(vec![root, d]),
                    }
                }
            }
            Story {
                id: format!("S{}", n + 1),
                label: vectors::label(documents, vectors, &members, 5),
                first_published: dates.iter().min().copied(),
                last_published: dates.iter().max().copied(),
                members,
                reprint_groups: groups,
            }
        })
        .collect();
    (stories, order)
}

#[cfg(test)]
mod tests;
