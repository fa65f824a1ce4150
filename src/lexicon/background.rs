//! How often words occur in news at large: the share of a background of news articles that
//! holds each content stem, per language. With it, how rare a word is can be told in a folder
//! of three articles as in an archive of thousands: a corpus's own counts are blended with the
//! background's, so nothing switches on or off at a corpus size.

use crate::text::fingerprint::stem_key;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The largest share of the background's articles a word may be found in and still be a name
/// ([`Background::may_be_name`]).
pub(crate) const MAX_NAME_SHARE: f32 = 0.03;

/// One language's background counts, as a lexicon file holds them (`background.json`).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct BackgroundEntry {
    /// Language of the articles counted (`ar`, `en`).
    pub language: String,
    /// Where the articles come from, and their licence.
    #[serde(default)]
    pub source: String,
    /// How many articles were counted.
    pub documents: u32,
    /// Each content stem (folded and light-stemmed, as the checker stems words) found in
    /// enough articles to be kept, with how many articles hold it. A stem left out counts as
    /// found in none.
    pub stems: BTreeMap<String, u32>,
}

/// The background compiled: for each stem, the share of its language's background articles
/// that hold it.
#[derive(Debug, Clone, Default)]
pub(crate) struct Background {
    shares: FxHashMap<u64, f32>,
}

impl Background {
    /// The counts of `entries` merged by language (documents and stem counts added up).
    pub(crate) fn compile(entries: &[BackgroundEntry]) -> Self {
        let mut languages: BTreeMap<&str, (u64, FxHashMap<&str, u64>)> = BTreeMap::new();
        for e in entries {
            let (documents, stems) = languages.entry(e.language.as_str()).or_default();
            *documents += u64::from(e.documents);
            for (stem, &n) in &e.stems {
                *stems.entry(stem.as_str()).or_default() += u64::from(n);
            }
        }
        let mut shares: FxHashMap<u64, f32> = FxHashMap::default();
        for (documents, stems) in languages.values() {
            let documents = (*documents).max(1) as f64;
            for (stem, &n) in stems {
                let share = ((n as f64) / documents).min(1.0) as f32;
                let slot = shares.entry(stem_key(stem)).or_default();
                *slot = slot.max(share);
            }
        }
        Background { shares }
    }

    /// The share of background articles holding the stem with key `key`: 0 for a stem the
    /// background does not hold.
    #[inline]
    pub(crate) fn share(&self, key: u64) -> f32 {
        self.shares.get(&key).copied().unwrap_or(0.0)
    }

    /// True when the stem with key `key` may be a name: names are rare in news at large
    /// (none of its articles for «الورتاني», "Ouertani"; 3 in 100 for a common first name such
    /// as «سمير»), the words of descriptions and of all news are not («مصدر»: 28 in 100;
    /// «الإعلام»: 42 in 100).
    #[inline]
    pub(crate) fn may_be_name(&self, key: u64) -> bool {
        self.share(key) <= MAX_NAME_SHARE
    }

    /// True when there is no background at all.
    pub(crate) fn is_empty(&self) -> bool {
        self.shares.is_empty()
    }
}
