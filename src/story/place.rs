//! Where each document and claim sits: the documents dated from their pages when nothing else
//! dates them, each claim's day and weighted words, and the stories each claim is about. What
//! the pairing and the report read; the stories themselves are told in [`super::group`].

use super::{DatedProfile, Page, Rarity, Stories, StoryConfig};
use crate::analysis::DocumentProfile;
use crate::claim::Claim;
use jiff::civil::Date;
use rayon::prelude::*;

/// The documents' dates read from their pages.
#[derive(Debug, Clone)]
pub(crate) struct PageDates {
    /// The day the archive was gathered, if its pages show one ([`super::gathering_day`]).
    pub gathered: Option<i64>,
    /// For each document given no date, the one its page shows, if any; `None` for the rest.
    pub published: Vec<Option<Date>>,
}

/// The publication dates of the documents given none (`published[d]` is `None`), read from
/// their pages; `profiles[d]` and `sources[d]` are document `d`'s.
pub(crate) fn date_pages(
    profiles: &[DocumentProfile],
    sources: &[Option<&str>],
    published: &[Option<Date>],
) -> PageDates {
    let pages: Vec<Page> = profiles
        .iter()
        .zip(sources)
        .map(|(p, &s)| (p.page_dates.as_slice(), s))
        .collect();
    let gathered = super::gathering_day(&pages);
    let from_pages = super::page_publication_dates(&pages, gathered);
    let published = from_pages
        .into_iter()
        .zip(published)
        .map(|(page, given)| if given.is_none() { page } else { None })
        .collect();
    PageDates {
        gathered,
        published,
    }
}

/// Dates each claim of a document dated from its page (`page[d]`, for the claims of
/// document `d`, as `claims_of[d]` counts them).
pub(crate) fn date_claims_from_pages(
    claims: &mut [Claim],
    claims_of: &[usize],
    page: &[Option<Date>],
) {
    let mut start = 0;
    for (n, date) in claims_of.iter().zip(page) {
        if let Some(date) = date {
            for c in &mut claims[start..start + n] {
                c.published = Some(*date);
            }
        }
        start += n;
    }
}

/// Sets the day each claim's own words date what it tells, if they do (what it is measured
/// against in time, as a passage of a story and as an event), and its words that have a weight
/// in the corpus, what places it among stories and may name its event
/// ([`crate::analysis::Features::event`]). A date word (`calendar`, sorted keys) names no
/// event: two claims' days are compared as days, not as words they share.
pub(crate) fn place_claims_in_time(
    claims: &mut [Claim],
    gathered: Option<i64>,
    rarity: &Rarity,
    calendar: &[u64],
) {
    for claim in claims.iter_mut() {
        claim.features.event_day =
            super::event_day(&claim.features.dates, claim.published, gathered);
        claim.event_date = claim.features.event_day.and_then(super::date_of);
    }
    claims.par_iter_mut().for_each(|c| {
        let mut event = rarity.weighted_words(&c.features.stem_keys);
        event.retain(|(k, _)| calendar.binary_search(k).is_err());
        c.features.event = Some(event);
    });
}

/// Where each claim stands among the stories: its report (reprints of one text are one
/// report), and the stories it is in.
#[derive(Debug, Clone)]
pub(crate) struct ClaimPlaces {
    /// Each claim's report: its document, or the first of the documents reprinting its text.
    pub report: Vec<u32>,
    /// Each claim's stories: its document's first, then those its own words are about (a
    /// digest's item, a ticker's headline).
    pub stories: Vec<Vec<u32>>,
}

impl ClaimPlaces {
    /// The places of `claims`, the claims of document `d` being `claims_of[d]` in a row.
    pub(crate) fn of(
        stories: &Stories,
        claims: &[Claim],
        claims_of: &[usize],
        config: &StoryConfig,
    ) -> Self {
        let mut doc: Vec<u32> = Vec::with_capacity(claims.len());
        let mut report: Vec<u32> = Vec::with_capacity(claims.len());
        for (d, &n) in claims_of.iter().enumerate() {
            doc.extend(std::iter::repeat_n(d as u32, n));
            report.extend(std::iter::repeat_n(stories.reprint_of[d], n));
        }
        let in_stories = claims
            .par_iter()
            .zip(&doc)
            .map(|(c, &d)| {
                let f = &c.features;
                let words = f.event.as_deref().unwrap_or_default();
                let mut all = vec![stories.of_document[d as usize]];
                all.extend(stories.passage_stories_of_words(d, words, f.event_day, config));
                all
            })
            .collect();
        ClaimPlaces {
            report,
            stories: in_stories,
        }
    }

    /// Writes each claim's stories, by id, into it.
    pub(crate) fn name_stories(&self, claims: &mut [Claim], stories: &Stories) {
        for (claim, all) in claims.iter_mut().zip(&self.stories) {
            claim.stories = all
                .iter()
                .map(|&s| stories.stories[s as usize].id.clone())
                .collect();
        }
    }

    /// The groups of claims paired among themselves: the claims of each story, whatever the
    /// corpus's size. Claims of two stories are of two events.
    pub(crate) fn pairing_groups(&self, stories: &Stories) -> Vec<Vec<u32>> {
        let mut groups = vec![Vec::new(); stories.stories.len()];
        for (c, all) in self.stories.iter().enumerate() {
            for &s in all {
                groups[s as usize].push(c as u32);
            }
        }
        groups
    }
}

/// The documents' profiles with their dates and sources, as the story stage reads them.
pub(crate) fn dated<'p>(
    profiles: &'p [DocumentProfile],
    published: &[Option<Date>],
    sources: &[Option<&'p str>],
) -> Vec<DatedProfile<'p>> {
    profiles
        .iter()
        .zip(published)
        .zip(sources)
        .map(|((profile, &published), &source)| DatedProfile {
            profile,
            published,
            source,
        })
        .collect()
}
