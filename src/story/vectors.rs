//! Documents as weighted term vectors: TF-IDF over their content stems, common stems left out,
//! each vector cut to its strongest terms and of unit length.

use super::{DatedProfile, StoryConfig};
use crate::analysis::stem_key;
use crate::lexicon::Background;
use rayon::prelude::*;
use rustc_hash::{FxHashMap, FxHashSet};

/// How rare a word must be (its inverse document frequency in the corpus) to name one incident:
/// a village, a person, a named attack (about one document in four hundred). The judge asks it
/// of what two figures or a denial and its assertion share; blocking pairs claims by such words.
pub const RARE_WORD_WEIGHT: f64 = 6.0;

/// A unit-length sparse vector, `(stem key, weight)` sorted by key.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct TermVector {
    pub(crate) terms: Vec<(u64, f32)>,
}

/// How much each stem weighs when documents are compared: its inverse document frequency. A
/// stem in more than [`StoryConfig::max_document_share`] of the documents names no event and
/// has no weight.
#[derive(Debug, Clone, Default)]
pub(crate) struct Rarity {
    idf: FxHashMap<u64, f32>,
    /// The words of each site's page template, as `(stem key, site key)`: left out of that
    /// site's documents only, since another site may use the word in its news.
    site_template: FxHashSet<(u64, u64)>,
    /// The weighted stems that only one document of the corpus holds: they make no document
    /// like another, so likeness is measured without them.
    lone: FxHashSet<u64>,
    /// The weight of each word pair of the documents' headlines and leads
    /// ([`crate::analysis::WordPair`]), measured as a stem's is.
    pair_idf: FxHashMap<u64, f32>,
}

impl Rarity {
    /// The rarity of the words of `documents`, their own counts blended with `background`'s:
    /// the background counts for [`StoryConfig::background_documents`] documents beside an
    /// empty corpus and for fewer as the corpus grows ([`StoryConfig::background_fade`]), so
    /// that in five articles about one story a story's names are rare and the words of all
    /// news are not, and in an archive its own counts decide.
    pub(crate) fn new(
        documents: &[DatedProfile],
        config: &StoryConfig,
        background: &Background,
    ) -> Self {
        let df = document_frequencies(documents.par_iter().map(|d| &d.profile.terms[..]));
        let (template, site_template) = template_words(documents, &df);
        let n = documents.len() as f64;
        // The background counts for fewer documents as the corpus's own evidence grows: at
        // its full weight beside an empty corpus, a fifth of it beside thirty documents, as
        // little as the corpus itself beside sixty, next to nothing beside an archive of
        // hundreds, whose own counts decide.
        let w = config.background_documents.max(0.0);
        let b = if background.is_empty() {
            0.0
        } else {
            w * (-n / config.background_fade).exp()
        };
        let total = (n + b).max(1.0);
        let common = (config.max_document_share * total)
            .ceil()
            .max(config.min_common_documents as f64);
        let lone = df
            .iter()
            .filter(|&(_, &f)| f == 1)
            .map(|(&k, _)| k)
            .collect();
        let idf = df
            .iter()
            .map(|(&key, &f)| (key, f64::from(f) + b * f64::from(background.share(key))))
            .filter(|&(key, f)| f <= common && !template.contains(&key))
            .map(|(key, f)| (key, (total / f).ln() as f32))
            .collect();
        let pair_idf = pair_weights(documents, background, b, total);
        Rarity {
            idf,
            site_template,
            lone,
            pair_idf,
        }
    }

    /// True when `key` is a word of the page template of the site whose [`stem_key`] is `site`.
    pub(crate) fn is_site_template(&self, key: u64, site: Option<u64>) -> bool {
        site.is_some_and(|site| self.site_template.contains(&(key, site)))
    }

    /// The weight of a stem, `None` for a common one, one of a site's page template, or one no
    /// document holds: a stem with a weight may name an event.
    pub(crate) fn idf(&self, key: u64) -> Option<f32> {
        self.idf.get(&key).copied()
    }

    /// The weight of the word pair `key` ([`crate::analysis::WordPair::key`]), `None` for one
    /// no headline or lead holds.
    pub(crate) fn pair_idf(&self, key: u64) -> Option<f32> {
        self.pair_idf.get(&key).copied()
    }

    /// True when only one document of the corpus holds the stem `key`.
    pub(crate) fn is_lone(&self, key: u64) -> bool {
        self.lone.contains(&key)
    }

    /// The keys among `stems` (sorted) that have a weight, with it, in order.
    pub(crate) fn weighted_words(&self, stems: &[u64]) -> Vec<(u64, f32)> {
        stems
            .iter()
            .filter_map(|&k| Some((k, self.idf(k)?)))
            .collect()
    }
}

/// The weight of each word pair of the documents' headlines and leads: its inverse document
/// frequency, its count in news at large (`b` documents of `background`, beside `total`)
/// estimated as its two words meeting by chance. A name of two common words is rare, a phrase
/// of them («مصدر أمني») is rarer than it is, but not by much where its words are common.
fn pair_weights(
    documents: &[DatedProfile],
    background: &Background,
    b: f64,
    total: f64,
) -> FxHashMap<u64, f32> {
    let mut df: FxHashMap<u64, (u32, (u64, u64))> = FxHashMap::default();
    for d in documents {
        for p in &d.profile.pairs {
            df.entry(p.key).or_insert((0, p.stems)).0 += 1;
        }
    }
    df.into_iter()
        .map(|(key, (f, (x, y)))| {
            let chance = f64::from(background.share(x)) * f64::from(background.share(y));
            (key, (total / (f64::from(f) + b * chance)).ln() as f32)
        })
        .collect()
}

/// The words of sites' page templates. A word found in most pages of one source and mostly
/// there (a site's name, its menu, its login box) is a template word everywhere. A word found in
/// nearly every page of a source with enough pages ([`SITE_TEMPLATE_PAGES`], [`SITE_TEMPLATE_SHARE`])
/// is one of that site's template, whatever other sites do with it: a newsletter box («تم
/// تسجيلك بنجاح») or a date bar that several sites carry, each in its own words. Scraped pages carry
/// them in their first lines, where they would pass for the headline's words and make one story
/// of all a site's pages. Returns the words left out everywhere, and the `(word, site key)` pairs
/// left out of one site's pages.
fn template_words(
    documents: &[DatedProfile],
    df: &FxHashMap<u64, u32>,
) -> (FxHashSet<u64>, FxHashSet<(u64, u64)>) {
    // Each source by number, and its pages.
    let mut number: FxHashMap<&str, u32> = FxHashMap::default();
    let mut sources: Vec<(&str, u32)> = Vec::new();
    let source_of: Vec<Option<u32>> = documents
        .iter()
        .map(|d| {
            let s = d.source?;
            let n = *number.entry(s).or_insert_with(|| {
                sources.push((s, 0));
                (sources.len() - 1) as u32
            });
            sources[n as usize].1 += 1;
            Some(n)
        })
        .collect();
    // How many of its source's pages hold each word, for the sources with enough pages.
    let by_source: FxHashMap<(u64, u32), u32> = documents
        .par_iter()
        .zip(&source_of)
        .filter_map(|(d, s)| {
            s.filter(|&s| sources[s as usize].1 >= MIN_TEMPLATE_PAGES)
                .map(|s| (d, s))
        })
        .fold(
            FxHashMap::default,
            |mut counts: FxHashMap<(u64, u32), u32>, (d, s)| {
                for &(key, _) in &d.profile.terms {
                    *counts.entry((key, s)).or_default() += 1;
                }
                counts
            },
        )
        .reduce(FxHashMap::default, merge_counts);
    let mut everywhere = FxHashSet::default();
    let mut on_site = FxHashSet::default();
    for ((key, source), n) in by_source {
        let (source, of_site) = sources[source as usize];
        if n >= MIN_TEMPLATE_PAGES && 2 * n >= of_site && 2 * n >= df[&key] {
            everywhere.insert(key);
        } else if of_site >= SITE_TEMPLATE_PAGES
            && f64::from(n) >= SITE_TEMPLATE_SHARE * f64::from(of_site)
        {
            on_site.insert((key, stem_key(source)));
        }
    }
    (everywhere, on_site)
}

/// How many documents hold each term, counted on all threads.
fn document_frequencies<'d>(
    terms: impl ParallelIterator<Item = &'d [(u64, f32)]>,
) -> FxHashMap<u64, u32> {
    terms
        .fold(FxHashMap::default, |mut df: FxHashMap<u64, u32>, terms| {
            for &(key, _) in terms {
                *df.entry(key).or_default() += 1;
            }
            df
        })
        .reduce(FxHashMap::default, merge_counts)
}

/// The sum of two tallies, the smaller poured into the larger.
fn merge_counts<K: std::hash::Hash + Eq>(
    a: FxHashMap<K, u32>,
    b: FxHashMap<K, u32>,
) -> FxHashMap<K, u32> {
    let (mut into, from) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    for (k, n) in from {
        *into.entry(k).or_default() += n;
    }
    into
}

/// The fewest pages of a source for a word in nearly all of them to be its template alone.
const SITE_TEMPLATE_PAGES: u32 = 5;
/// The least share of a source's pages a word of its template alone is found in.
const SITE_TEMPLATE_SHARE: f64 = 0.8;

/// The fewest pages of one source that show a template.
const MIN_TEMPLATE_PAGES: u32 = 3;

/// The vector of each document: TF-IDF over its stems, of unit length. A stem of one document
/// only links it to nothing, but it stays, so that what a document says on its own counts
/// against its likeness to others.
pub(crate) fn document_vectors(documents: &[DatedProfile], rarity: &Rarity) -> Vec<TermVector> {
    documents
        .par_iter()
        .map(|d| {
            let site = d.source.map(stem_key);
            let mut terms: Vec<(u64, f32)> = d
                .profile
                .terms
                .iter()
                .filter(|&&(key, _)| !rarity.is_site_template(key, site))
                .filter_map(|&(key, tf)| {
                    let idf = rarity.idf(key)?;
                    Some((key, (1.0 + tf.ln()) * idf))
                })
                .collect();
            let norm = terms
                .iter()
                .map(|t| f64::from(t.1).powi(2))
                .sum::<f64>()
                .sqrt();
            if norm > 0.0 {
                terms
                    .iter_mut()
                    .for_each(|t| t.1 = (f64::from(t.1) / norm) as f32);
            }
            TermVector { terms }
        })
        .collect()
}

/// Up to `n` words that weigh most across `members`' vectors and that their headlines or leads
/// spell out.
pub(crate) fn label(
    documents: &[DatedProfile],
    vectors: &[TermVector],
    members: &[u32],
    n: usize,
) -> Vec<String> {
    let mut weight: FxHashMap<u64, f32> = FxHashMap::default();
    for &m in members {
        for &(key, w) in &vectors[m as usize].terms {
            *weight.entry(key).or_default() += w;
        }
    }
    let mut words: FxHashMap<u64, &str> = FxHashMap::default();
    for &m in members {
        for (key, word) in &documents[m as usize].profile.head_words {
            words.entry(*key).or_insert(word.as_str());
        }
    }
    let mut ranked: Vec<(u64, f32)> = weight
        .into_iter()
        .filter(|(key, _)| words.contains_key(key))
        .collect();
    ranked.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(words[&a.0].cmp(words[&b.0])));
    ranked
        .into_iter()
        .take(n)
        .map(|(key, _)| words[&key].to_string())
        .collect()
}
