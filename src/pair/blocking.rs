//! Blocking: candidate pairs from an inverted index, never all pairs.
//!
//! Each claim emits keys for what the judge can compare:
//! - `Frame`: a frame it mentions (`timetable`) — a negation conflict needs the same frame on both
//!   sides;
//! - `Quantity`: a unit counted at a place (`soldiers@iraq`) — a numeric conflict needs both;
//! - `Antonym`: an antonym pair it takes a side in;
//! - `Count`: what a figure counts (`killed~people`), which pairs figures within a story only;
//! - `Stem`: its rarest content stems (by document frequency over the claims given), which is
//!   where near-duplicates — corroborations — meet. Only the rarest few are keys, so a common
//!   word never forms a block at all.
//!
//! Frame and antonym keys are two-sided: in a block too large to join whole, an asserted mention
//! meets only negated ones, pole a only pole b, since two claims on the same side cannot conflict
//! through that key (a frame mentioned by half an archive, all asserted, makes no pairs at all).
//! Claims sharing a quantity key are candidates; claims sharing stem keys are candidates when they
//! share at least `min_shared_stems` of them.
//!
//! A frame, quantity or antonym block of more than `split_block` claims is split by publication
//! month (each claim joins its own month and the one after, so neighbours still meet): what an
//! archive says of one thing in March and in October is a change over time more often than a
//! contradiction. A quantity part still that large is split again by event (the claims' two
//! rarest words, since the same unit counted at the same place is many events). A part over the
//! cap (`max_block`) is dropped and reported in [`Blocking::dropped_keys`], never silently.
//!
//! [`blocking_keys`] exposes the `(key, claim)` rows, so the join can run on a distributed engine
//! when one machine is not enough.

use crate::analysis::{leading_bytes, name_key, stem_key};
use crate::claim::Claim;
use crate::lexicon::{ConceptClass, Lexicon};
use crate::text::translit::{skeleton, skeleton_into};
use rayon::prelude::*;
use rustc_hash::FxHashMap as HashMap;

/// Settings of the blocking stage.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct BlockingConfig {
    /// Frame, quantity and antonym blocks of more claims than this are split by month (and
    /// quantity blocks then by event); a corpus with fewer claims per key is joined whole.
    pub split_block: usize,
    /// Largest block kept for frame, quantity and antonym keys (after splitting).
    pub max_block: usize,
    /// Largest block kept for stem keys.
    pub max_stem_block: usize,
    /// How many of a claim's rarest stems become keys.
    pub rare_stems: usize,
    /// Rare stems two claims must share to be paired on stems alone.
    pub min_shared_stems: usize,
    /// In a large corpus, how rare (inverse document frequency) a word must be to pair claims:
    /// figures by a word around them, claims by their rarest words. The judge asks the same of
    /// what they share (6 by default, as the judge: about one document in four hundred).
    pub rare_word_weight: f64,
}

impl BlockingConfig {
    /// The default settings.
    pub const DEFAULT: BlockingConfig = BlockingConfig {
        split_block: 300,
        max_block: 2000,
        max_stem_block: 200,
        rare_stems: 4,
        min_shared_stems: 2,
        rare_word_weight: crate::story::RARE_WORD_WEIGHT,
    };
}

impl Default for BlockingConfig {
    fn default() -> Self {
        BlockingConfig::DEFAULT
    }
}

/// The kind of a blocking key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum KeyKind {
    /// A frame concept.
    Frame,
    /// A counted unit at a place.
    Quantity,
    /// A side taken in an antonym pair.
    Antonym,
    /// A rare content stem.
    Stem,
    /// An act (a role concept: a killing, an arrest) with a word naming whom it befell.
    Act,
    /// A word a denial governs: a denial meets the claims that hold it.
    Denial,
    /// What a figure counts (`killed~people`): figures of one story meet on it, never across
    /// stories, where the same thing is counted in many events.
    Count,
}

/// Which side of a two-sided key a claim stands on. Frame keys pair asserted with negated
/// mentions only, antonym keys one pole with the other: two claims on the same side cannot
/// conflict through that key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Side {
    /// Asserted frame; pole a.
    First,
    /// Negated frame; pole b.
    Second,
}

/// One row of the blocking relation: a key and a claim (by index) that holds it.
#[cfg(feature = "lab")]
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyRow {
    /// What kind of key.
    pub kind: KeyKind,
    /// The key.
    pub key: String,
    /// The side, for two-sided keys: join only rows of opposite sides.
    pub side: Option<Side>,
    /// Index of the claim in the slice given.
    pub claim: u32,
}

/// The words the corpus's denials govern, rare enough to name something: a claim that holds
/// one meets the denial on it. Gathered first, so that a claim emits keys only for the words a
/// denial may meet it on, not for every rare word it holds.
#[derive(Debug, Clone, Default)]
pub(crate) struct DeniedWords {
    stems: rustc_hash::FxHashSet<u64>,
    /// The skeletons of those words, when the corpus holds claims in two scripts.
    skeletons: rustc_hash::FxHashSet<u64>,
}

impl DeniedWords {
    fn of(claims: &[Claim], config: &BlockingConfig) -> Self {
        let two_scripts =
            claims.iter().any(|c| c.features.latin) && claims.iter().any(|c| !c.features.latin);
        let mut out = DeniedWords::default();
        for c in claims.iter().filter(|c| c.features.denial) {
            for s in denial_words(c, config) {
                out.stems.insert(stem_key(s));
                if two_scripts && let Some(k) = skeleton(s) {
                    out.skeletons.insert(name_key(&k));
                }
            }
        }
        out
    }
}

/// Whether a stem's skeleton is a denied word's, by stem key: the words of an archive's claims
/// are mostly the same few thousand, and a skeleton costs more than looking it up.
type DeniedSkeletons = HashMap<u64, bool>;

/// The words of a denial claim that name something: those it governs, rare enough.
fn denial_words<'c>(c: &'c Claim, config: &BlockingConfig) -> impl Iterator<Item = &'c String> {
    let f = &c.features;
    f.negated.iter().filter(move |s| {
        f.rarity(s)
            .is_some_and(|w| f64::from(w) >= config.rare_word_weight / 4.0)
    })
}

/// The keys of one claim, given the document frequency of stems.
fn claim_keys(
    c: &Claim,
    lexicon: &Lexicon,
    df: &HashMap<u64, u32>,
    denied: &DeniedWords,
    config: &BlockingConfig,
    seen: &mut DeniedSkeletons,
    mut push: impl FnMut(KeyKind, &str, Option<Side>),
) {
    let f = &c.features;
    // Each stem's key and rarity, found once: the keys below ask of each stem many times.
    let stem_keys: Vec<u64> = f.stems.iter().map(|s| stem_key(s)).collect();
    let rarity: Vec<Option<f32>> = stem_keys.iter().map(|&k| f.rarity_of_key(k)).collect();
    // Each key is written into one buffer and handed over: most keys are only hashed.
    let mut buf = String::new();
    macro_rules! push_parts {
        ($kind:expr, $side:expr, $($part:expr),+) => {{
            buf.clear();
            $(buf.push_str($part);)+
            push($kind, &buf, $side);
        }};
    }
    // A claim of a large corpus is held to sharing an event with another (its `event` words):
    // the judge sets no frame against its negation there unless the two speakers are on
    // opposite sides, nor poles with no topic unless one claim denies the other, so keys
    // beyond those would propose pairs judged in vain.
    let in_corpus = f.event.is_some();
    let names_something =
        |i: usize| rarity[i].is_some_and(|w| f64::from(w) >= config.rare_word_weight);
    for m in &f.mentions {
        let concept = &lexicon.concepts()[m.concept];
        if concept.class != ConceptClass::Frame || (in_corpus && c.speaker.side.is_none()) {
            continue;
        }
        // One key per frame: a mention with no stated object («we have no timetable») must meet
        // every mention of the frame, so objects cannot narrow the block. Its side is its
        // polarity: only an asserted and a negated mention can conflict.
        let side = if m.negated.is_some() {
            Side::Second
        } else {
            Side::First
        };
        push(KeyKind::Frame, &concept.id, Some(side));
    }
    for q in &f.quantities {
        let Some(u) = &q.unit else {
            continue;
        };
        let place = q.place.as_deref().unwrap_or("");
        if in_corpus {
            // Figures of a large corpus meet when the locality they were counted in, or a rare
            // word around them, is the same.
            if let Some(locality) = &q.locality {
                push_parts!(KeyKind::Quantity, None, u, "@", place, "@", locality);
            }
            for &i in &q.context {
                let stem = &f.stems[i as usize];
                if names_something(i as usize) {
                    push_parts!(KeyKind::Quantity, None, u, "@", place, "#", stem);
                }
            }
        }
        // In a corpus, a figure meets the figures of its story that count the same thing: the
        // story is the evidence of one event its words may not give.
        if in_corpus
            && !q.part
            && !f.anterior
            && let Some(counted) = &q.counted
        {
            push_parts!(KeyKind::Count, None, u, "~", counted);
        }
        // A standing count of a unit at a named place (the troops in a country) meets every
        // other count of it there, as does any figure in a corpus with no event words.
        if !in_corpus || q.place.is_some() {
            push_parts!(KeyKind::Quantity, None, u, "@", place);
        }
    }
    if in_corpus {
        // A reported act meets its denial on each word that may name whom it befell: the
        // words of the denial are often not those of the report, but the name is. A concept
        // mentioned twice on one side makes the same keys twice: once is enough.
        let mut acts: Vec<(usize, Side)> = Vec::new();
        for m in &f.mentions {
            let concept = &lexicon.concepts()[m.concept];
            if !matches!(concept.class, ConceptClass::Role | ConceptClass::Event) {
                continue;
            }
            let side = match m.negated {
                None if !m.topical => Side::First,
                Some(_) => Side::Second,
                _ => continue,
            };
            if acts.contains(&(m.concept, side)) {
                continue;
            }
            acts.push((m.concept, side));
            // Within its story, an act told meets every denial of it: the story is the evidence
            // of one event that names shared beside the act give elsewhere.
            push_parts!(KeyKind::Act, Some(side), &concept.id);
            if side == Side::First {
                for (stem, _) in f.stems.iter().zip(&rarity).filter(|(_, r)| r.is_some()) {
                    push_parts!(KeyKind::Act, Some(side), &concept.id, "#", stem);
                }
            } else {
                for stem in f.negated.iter().filter(|s| f.rarity(s).is_some()) {
                    push_parts!(KeyKind::Act, Some(side), &concept.id, "#", stem);
                }
            }
        }
    }
    // A denial meets the claims that hold a word it governs (or, in another script, a name's
    // skeleton): whatever it denies, the names and places it governs are in the report of it.
    let mut skeleton = String::new();
    if f.denial {
        for s in denial_words(c, config) {
            push(KeyKind::Denial, s, Some(Side::Second));
            if !denied.skeletons.is_empty() && skeleton_into(s, &mut skeleton) {
                push_parts!(KeyKind::Denial, Some(Side::Second), "~", &skeleton);
            }
        }
    } else if !denied.stems.is_empty() {
        for (s, key) in f.stems.iter().zip(&stem_keys) {
            if denied.stems.contains(key) {
                push(KeyKind::Denial, s, Some(Side::First));
            }
            let denied_name = !denied.skeletons.is_empty()
                && *seen.entry(*key).or_insert_with(|| {
                    skeleton_into(s, &mut skeleton)
                        && denied.skeletons.contains(&name_key(&skeleton))
                });
            if denied_name && skeleton_into(s, &mut skeleton) {
                push_parts!(KeyKind::Denial, Some(Side::First), "~", &skeleton);
            }
        }
    }
    for p in &f.poles {
        use std::fmt::Write as _;
        let side = match p.side {
            crate::lexicon::PoleSide::A => Side::First,
            crate::lexicon::PoleSide::B => Side::Second,
        };
        let entry = &lexicon.antonyms()[p.antonym];
        buf.clear();
        if in_corpus && entry.topic.is_empty() && !entry.holder {
            // In an archive a pole with no topic opposes only a denial holding the other
            // pole: a denial holding pole a meets a report of pole b on one key, and the
            // reverse on another.
            let (held, side) = match (f.denial, side) {
                (true, s) => (s, Side::First),
                (false, Side::First) => (Side::Second, Side::Second),
                (false, Side::Second) => (Side::First, Side::Second),
            };
            write!(buf, "{}~{held:?}", p.antonym).expect("writing to a String cannot fail");
            push(KeyKind::Antonym, &buf, Some(side));
            continue;
        }
        write!(buf, "{}", p.antonym).expect("writing to a String cannot fail");
        push(KeyKind::Antonym, &buf, Some(side));
    }
    // Two claims meet on stems when they share `min_shared_stems` of their rarest: one key per
    // combination of that many, so that a shared combination is a shared key (and a stem common
    // in one story makes no block of the whole story).
    let mut rare = rare_stem_indices(c, &stem_keys, df, config.rare_stems);
    rare.retain(|&i| !in_corpus || rarity[i].is_some());
    rare.sort_unstable_by(|&a, &b| f.stems[a].cmp(&f.stems[b]));
    for_each_combination(&rare, config.min_shared_stems.max(1), |combination| {
        // Only words that together name something pair claims: their rarities summed are
        // those of one rare word («لجنة فنية مشتركة» is no name, yet two outlets printing it
        // print one statement).
        let named: f64 = combination
            .iter()
            .map(|&i| rarity[i].map_or(0.0, f64::from))
            .sum();
        if in_corpus && named < config.rare_word_weight {
            return;
        }
        buf.clear();
        for (n, &i) in combination.iter().enumerate() {
            if n > 0 {
                buf.push('|');
            }
            buf.push_str(&f.stems[i]);
        }
        push(KeyKind::Stem, &buf, None);
    });
}

/// Calls `each` with every combination of `k` of `items`, in order, one buffer reused: a
/// vector for each combination cost more than the keys made of them.
fn for_each_combination<T: Copy>(items: &[T], k: usize, mut each: impl FnMut(&[T])) {
    if k == 0 {
        return each(&[]);
    }
    let n = items.len();
    if n < k {
        return;
    }
    let mut at: Vec<usize> = (0..k).collect();
    let mut combination: Vec<T> = Vec::with_capacity(k);
    loop {
        combination.clear();
        combination.extend(at.iter().map(|&i| items[i]));
        each(&combination);
        // The last position that can still move on moves on, those after it follow it.
        let Some(p) = (0..k).rev().find(|&p| at[p] < n - k + p) else {
            return;
        };
        at[p] += 1;
        for q in p + 1..k {
            at[q] = at[q - 1] + 1;
        }
    }
}

/// Every combination of `k` of `items`, in order: what `for_each_combination` is tested against.
#[cfg(test)]
fn combinations<T: Copy>(items: &[T], k: usize) -> Vec<Vec<T>> {
    if k == 0 {
        return vec![Vec::new()];
    }
    if items.len() < k {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (i, &first) in items.iter().enumerate() {
        for mut rest in combinations(&items[i + 1..], k - 1) {
            rest.insert(0, first);
            out.push(rest);
        }
    }
    out
}

/// A claim's `k` rarest content stems (of three letters or more), rarest first.
fn rare_stems<'a>(c: &'a Claim, df: &HashMap<u64, u32>, k: usize) -> Vec<&'a str> {
    let stems = &c.features.stems;
    let keys: Vec<u64> = stems.iter().map(|s| stem_key(s)).collect();
    rare_stem_indices(c, &keys, df, k)
        .into_iter()
        .map(|i| stems[i].as_str())
        .collect()
}

/// [`rare_stems`], as indices into the claim's stems, given each stem's key (`keys[i]`).
fn rare_stem_indices(c: &Claim, keys: &[u64], df: &HashMap<u64, u32>, k: usize) -> Vec<usize> {
    // Rarest first, then in the stems' order, told by their first eight bytes as a number before
    // the strings (the same order, compared more cheaply).
    let mut stems: Vec<(u32, u64, &str, usize)> = Vec::with_capacity(c.features.stems.len());
    stems.extend(
        c.features
            .stems
            .iter()
            .zip(keys)
            .enumerate()
            .filter(|(_, (s, _))| s.chars().nth(2).is_some())
            .map(|(i, (s, key))| {
                let count = df.get(key).copied().unwrap_or(0);
                (count, leading_bytes(s), s.as_str(), i)
            })
            // A stem no other claim holds makes no pair.
            .filter(|t| t.0 >= 2),
    );
    if stems.len() > k && k > 0 {
        stems.select_nth_unstable(k - 1);
        stems.truncate(k);
    }
    stems.sort_unstable();
    stems.into_iter().take(k).map(|(_, _, _, i)| i).collect()
}

fn document_frequency(claims: &[Claim]) -> HashMap<u64, u32> {
    let mut df: HashMap<u64, u32> = HashMap::default();
    for c in claims {
        for &s in &c.features.stem_keys {
            *df.entry(s).or_default() += 1;
        }
    }
    df
}

/// The `(key, claim)` rows of every claim, sorted.
#[cfg(feature = "lab")]
pub fn blocking_keys(claims: &[Claim], lexicon: &Lexicon, config: &BlockingConfig) -> Vec<KeyRow> {
    let df = document_frequency(claims);
    let denied = DeniedWords::of(claims, config);
    let mut rows = Vec::new();
    let mut seen = DeniedSkeletons::default();
    for (i, c) in claims.iter().enumerate() {
        claim_keys(
            c,
            lexicon,
            &df,
            &denied,
            config,
            &mut seen,
            |kind, key, side| {
                rows.push(KeyRow {
                    kind,
                    key: key.to_string(),
                    side,
                    claim: i as u32,
                })
            },
        );
    }
    rows.sort_unstable();
    rows.dedup();
    rows
}

/// Candidate pairs and what blocking left out.
#[derive(Debug, Clone, Default)]
pub struct Blocking {
    /// Pairs `(i, j)` with `i < j`, sorted, unique.
    pub pairs: Vec<(u32, u32)>,
    /// Keys whose blocks were over the cap even after splitting, with their sizes.
    pub dropped_keys: Vec<(String, usize)>,
    /// Pairs each kind of key proposed, before removing duplicates across keys.
    pub proposed_by_kind: Vec<(KeyKind, usize)>,
}

/// How many of a claim's rarest words name its event when a quantity block is split.
const EVENT_STEMS: usize = 2;

/// The month a claim's document was published in, as a number (year × 12 + month - 1), if known.
fn month(c: &Claim) -> Option<u32> {
    let d = c.published?;
    let year = u32::try_from(d.year()).ok()?;
    Some(year * 12 + d.month() as u32 - 1)
}

/// The claims holding one key: one list, or two sides to be joined across.
#[derive(Debug, Default)]
struct Postings {
    first: Vec<u32>,
    second: Vec<u32>,
    two_sided: bool,
    /// A claim holding the key, for naming the block if it is dropped.
    first_claim: u32,
}

impl Postings {
    fn push(&mut self, claim: u32, side: Option<Side>) {
        self.two_sided |= side.is_some();
        let list = match side {
            Some(Side::Second) => &mut self.second,
            _ => &mut self.first,
        };
        if list.last() != Some(&claim) {
            list.push(claim);
        }
    }

    /// How many pairs the block would make.
    fn pair_count(&self) -> usize {
        if self.two_sided {
            self.first.len() * self.second.len()
        } else {
            self.first.len() * self.first.len().saturating_sub(1) / 2
        }
    }

    fn emit(&self, out: &mut Vec<u64>) {
        let mut push = |a: u32, b: u32| {
            if a != b {
                let (i, j) = (a.min(b), a.max(b));
                out.push(((i as u64) << 32) | j as u64);
            }
        };
        if self.two_sided {
            for &a in &self.first {
                for &b in &self.second {
                    push(a, b);
                }
            }
        } else {
            for (x, &a) in self.first.iter().enumerate() {
                for &b in &self.first[x + 1..] {
                    push(a, b);
                }
            }
        }
    }
}

/// Pairs gathered from the blocks, and the blocks dropped.
#[derive(Default)]
struct BlockOutput {
    max_pairs: usize,
    split_pairs: usize,
    max_stem_pairs: usize,
    pairs: Vec<u64>,
    dropped: Vec<(String, usize)>,
}

impl BlockOutput {
    /// Emits a (sub-)block's pairs, or records it as dropped when it has more than `max` pairs.
    fn emit_or_drop(&mut self, block: &Postings, label: impl FnOnce() -> String, max: usize) {
        if block.pair_count() > max {
            self.dropped
                .push((label(), block.first.len() + block.second.len()));
        } else {
            block.emit(&mut self.pairs);
        }
    }

    /// The pairs of one key's block, split when it is too large.
    fn block(
        &mut self,
        kind: KeyKind,
        key: &dyn Fn() -> String,
        block: &Postings,
        claims: &[Claim],
        df: &HashMap<u64, u32>,
    ) {
        let (count, max, split) = (block.pair_count(), self.max_pairs, self.split_pairs);
        let label = || format!("{kind:?}:{}", key());
        if count == 0 {
            return;
        }
        if kind == KeyKind::Stem {
            return self.emit_or_drop(block, label, self.max_stem_pairs);
        }
        // A small two-sided block is joined whole: claims on the same side may still agree, and
        // corroborations are cheap to find there. Only a large one is restricted to its sides.
        let all = block.first.len() + block.second.len();
        if block.two_sided && all * all.saturating_sub(1) / 2 <= split {
            let mut union: Vec<u32> = block.first.iter().chain(&block.second).copied().collect();
            union.sort_unstable();
            union.dedup();
            let whole = Postings {
                first: union,
                ..Postings::default()
            };
            return self.emit_or_drop(&whole, label, max);
        }
        if count <= split {
            return self.emit_or_drop(block, label, max);
        }
        // Split by publication month, each claim also joining the month after its own, so that
        // neighbours still meet.
        let mut by_month: HashMap<Option<u32>, Postings> = HashMap::default();
        let sides = [(&block.first, Side::First), (&block.second, Side::Second)];
        for (list, side) in sides {
            let side = block.two_sided.then_some(side);
            for &c in list {
                let m = month(&claims[c as usize]);
                by_month.entry(m).or_default().push(c, side);
                if let Some(m) = m {
                    by_month.entry(Some(m + 1)).or_default().push(c, side);
                }
            }
        }
        let mut months: Vec<_> = by_month.into_iter().collect();
        months.sort_unstable_by_key(|(m, _)| *m);
        for (m, sub) in months {
            let when = m.map_or("undated".to_string(), |m| {
                format!("{}-{:02}", m / 12, m % 12 + 1)
            });
            // Named only if dropped: writing a key again costs a claim's keys.
            let label = || format!("{}@{when}", label());
            if kind == KeyKind::Quantity && sub.pair_count() > split {
                self.split_by_event(&sub, &label, claims, df);
            } else {
                self.emit_or_drop(&sub, label, max);
            }
        }
    }

    /// Splits a quantity block by event: the same unit counted at the same place in one month is
    /// still many events, told apart by the claims' rarest words.
    fn split_by_event(
        &mut self,
        block: &Postings,
        label: &dyn Fn() -> String,
        claims: &[Claim],
        df: &HashMap<u64, u32>,
    ) {
        let mut by_event: HashMap<&str, Postings> = HashMap::default();
        for &c in &block.first {
            for s in rare_stems(&claims[c as usize], df, EVENT_STEMS) {
                by_event.entry(s).or_default().push(c, None);
            }
        }
        let mut events: Vec<_> = by_event.into_iter().collect();
        events.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for (event, sub) in events {
            self.emit_or_drop(&sub, || format!("{}#{event}", label()), self.max_pairs);
        }
    }
}

/// One key of a claim: its kind, its hash and the side it stands on. Its text is written again
/// only to name a block that is dropped ([`key_text`]).
type ClaimKey = (KeyKind, u64, Option<Side>);

/// The text of the key of `claim` with this kind and hash.
fn key_text(
    claim: &Claim,
    lexicon: &Lexicon,
    (df, denied): (&HashMap<u64, u32>, &DeniedWords),
    config: &BlockingConfig,
    (kind, hash): (KeyKind, u64),
) -> String {
    let mut text = String::new();
    let mut seen = DeniedSkeletons::default();
    claim_keys(
        claim,
        lexicon,
        df,
        denied,
        config,
        &mut seen,
        |k, key, _| {
            if text.is_empty() && k == kind && stem_key(key) == hash {
                text = key.to_string();
            }
        },
    );
    text
}

/// Candidate pairs of `claims` under `config`.
pub fn candidate_pairs(claims: &[Claim], lexicon: &Lexicon, config: &BlockingConfig) -> Blocking {
    let all: Vec<u32> = (0..claims.len() as u32).collect();
    candidate_pairs_within(claims, &[all], lexicon, config)
}

/// Candidate pairs of `claims` under `config`, each group of claims (indices into `claims`, a
/// story's) blocked on its own: two claims are paired only when some group holds both. Which
/// stems are rare is judged over all the claims.
pub fn candidate_pairs_within(
    claims: &[Claim],
    groups: &[Vec<u32>],
    lexicon: &Lexicon,
    config: &BlockingConfig,
) -> Blocking {
    ClaimKeys::of(claims, lexicon, config).pairs_within(claims, groups, lexicon, config)
}

/// Each claim's blocking keys, with the counts of stems over all the claims that chose them:
/// what blocking needs before it knows the groups the claims are blocked in. Made on its own
/// so that the checker makes it while the stories are told.
pub(crate) struct ClaimKeys {
    df: HashMap<u64, u32>,
    denied: DeniedWords,
    keys: Vec<Vec<ClaimKey>>,
}

impl ClaimKeys {
    /// The keys of `claims`: each claim's once (a claim may be in several groups), in parallel.
    pub(crate) fn of(claims: &[Claim], lexicon: &Lexicon, config: &BlockingConfig) -> Self {
        let df = document_frequency(claims);
        let denied = DeniedWords::of(claims, config);
        let keys = claims
            .par_iter()
            .map_init(DeniedSkeletons::default, |seen, c| {
                let mut keys = Vec::new();
                claim_keys(c, lexicon, &df, &denied, config, seen, |kind, key, side| {
                    keys.push((kind, stem_key(key), side));
                });
                keys
            })
            .collect();
        ClaimKeys { df, denied, keys }
    }

    /// [`candidate_pairs_within`] the `groups` of the same `claims`.
    pub(crate) fn pairs_within(
        &self,
        claims: &[Claim],
        groups: &[Vec<u32>],
        lexicon: &Lexicon,
        config: &BlockingConfig,
    ) -> Blocking {
        // A disputed frame and a count of one thing at one place are propositions of their
        // own, whatever story tells them: an outlet's count of the troops in a country months
        // later is a rival of the first, and a statement and its denial in two languages may
        // be told as two stories. Their keys pair claims across the corpus, in one more group
        // after the stories'.
        let everywhere: Vec<u32> = (0..claims.len() as u32).collect();
        let all_groups = groups.len() + 1;
        // Each group is blocked on its own, in parallel: a group's rows are few, and sorting
        // them apart costs less than sorting one relation of every group's.
        let outputs: Vec<GroupOutput> = (0..all_groups)
            .into_par_iter()
            .map(|g| {
                let (members, only_propositions) = match groups.get(g) {
                    Some(members) => (members.as_slice(), false),
                    None => (everywhere.as_slice(), true),
                };
                self.group_pairs(claims, members, only_propositions, lexicon, config)
            })
            .collect();

        let mut proposed: [Option<usize>; KINDS.len()] = [None; KINDS.len()];
        let mut dropped: Vec<(BlockAt, (String, usize))> = Vec::new();
        let mut pairs: Vec<u64> = Vec::with_capacity(outputs.iter().map(|o| o.pairs.len()).sum());
        for (g, output) in outputs.into_iter().enumerate() {
            for (total, count) in proposed.iter_mut().zip(output.proposed) {
                if let Some(count) = count {
                    *total = Some(total.unwrap_or(0) + count);
                }
            }
            dropped.extend(
                output
                    .dropped
                    .into_iter()
                    .map(|(kind, hash, block)| ((kind, g, hash), block)),
            );
            pairs.extend(output.pairs);
        }
        // Dropped blocks in the order of their keys, as one sorted relation of every group's
        // rows would give them (stable: a key's parts keep their order).
        dropped.sort_by_key(|(at, _)| *at);
        pairs.par_sort_unstable();
        pairs.dedup();
        pairs.shrink_to_fit();
        Blocking {
            pairs: pairs
                .into_iter()
                .map(|p| ((p >> 32) as u32, p as u32))
                .collect(),
            dropped_keys: dropped.into_iter().map(|(_, block)| block).collect(),
            proposed_by_kind: KINDS
                .iter()
                .zip(proposed)
                .filter_map(|(&kind, count)| Some((kind, count?)))
                .collect(),
        }
    }

    /// The pairs of one group of claims (`members`, indices into `claims`): of every key, or
    /// of frame and quantity keys only (`only_propositions`).
    fn group_pairs(
        &self,
        claims: &[Claim],
        members: &[u32],
        only_propositions: bool,
        lexicon: &Lexicon,
        config: &BlockingConfig,
    ) -> GroupOutput {
        let (df, keys, denied) = (&self.df, &self.keys, &self.denied);
        // One row per key and claim, sorted: keys are compared as hashes, and only a dropped
        // block is ever named.
        let mut rows: Vec<u128> =
            Vec::with_capacity(members.iter().map(|&i| keys[i as usize].len()).sum());
        for &i in members {
            for &(kind, hash, side) in &keys[i as usize] {
                if !only_propositions || matches!(kind, KeyKind::Frame | KeyKind::Quantity) {
                    rows.push(pack_row(kind, hash, i, side));
                }
            }
        }
        rows.sort_unstable();
        rows.dedup();

        let mut out = BlockOutput {
            max_pairs: config.max_block * config.max_block.saturating_sub(1) / 2,
            split_pairs: config.split_block * config.split_block.saturating_sub(1) / 2,
            max_stem_pairs: config.max_stem_block * config.max_stem_block.saturating_sub(1) / 2,
            ..BlockOutput::default()
        };
        let mut proposed: [Option<usize>; KINDS.len()] = [None; KINDS.len()];
        let mut dropped = Vec::new();
        // Blocks overlap (two claims sharing a frame often share a quantity too), so the pairs are
        // deduplicated whenever they double, keeping memory near the number of distinct pairs.
        let mut compact_at = 1 << 24;
        for run in rows.chunk_by(|a, b| row_key(*a) == row_key(*b)) {
            if run.len() < 2 {
                continue; // one claim holds the key: no pair, nothing to name (most keys)
            }
            let (kind, hash, first, _) = unpack_row(run[0]);
            let mut block = Postings {
                first_claim: first,
                ..Postings::default()
            };
            for &row in run {
                let (_, _, claim, side) = unpack_row(row);
                block.push(claim, side);
            }
            let before = (out.pairs.len(), out.dropped.len());
            let key = || {
                let claim = &claims[block.first_claim as usize];
                key_text(claim, lexicon, (df, denied), config, (kind, hash))
            };
            out.block(kind, &key, &block, claims, df);
            let count = &mut proposed[kind as usize];
            *count = Some(count.unwrap_or(0) + out.pairs.len() - before.0);
            dropped.extend(out.dropped.drain(before.1..).map(|d| (kind, hash, d)));
            if out.pairs.len() >= compact_at {
                out.pairs.sort_unstable();
                out.pairs.dedup();
                compact_at = compact_at.max(2 * out.pairs.len());
            }
        }
        GroupOutput {
            pairs: out.pairs,
            dropped,
            proposed,
        }
    }
}

/// The kinds of key, in their order.
const KINDS: [KeyKind; 7] = [
    KeyKind::Frame,
    KeyKind::Quantity,
    KeyKind::Antonym,
    KeyKind::Stem,
    KeyKind::Act,
    KeyKind::Denial,
    KeyKind::Count,
];

/// Where a block stands in the order blocks are named in: its key's kind, its group, its key.
type BlockAt = (KeyKind, usize, u64);

/// What blocking one group of claims gave.
struct GroupOutput {
    /// Its pairs, packed (`i << 32 | j`), perhaps repeated.
    pairs: Vec<u64>,
    /// Its blocks dropped, each with its key's kind and hash.
    dropped: Vec<(KeyKind, u64, (String, usize))>,
    /// Pairs each kind of key proposed, for the kinds that made a block.
    proposed: [Option<usize>; KINDS.len()],
}

/// A row of a group's blocking relation — a key's kind and hash, a claim and its side — as one
/// integer that sorts as the tuple would.
fn pack_row(kind: KeyKind, hash: u64, claim: u32, side: Option<Side>) -> u128 {
    let side = match side {
        None => 0,
        Some(Side::First) => 1,
        Some(Side::Second) => 2,
    };
    ((kind as u128) << 98) | (u128::from(hash) << 34) | (u128::from(claim) << 2) | side
}

/// The key of a packed row: its kind and hash.
fn row_key(row: u128) -> u128 {
    row >> 34
}

/// A packed row's kind, hash, claim and side.
fn unpack_row(row: u128) -> (KeyKind, u64, u32, Option<Side>) {
    let side = match row & 3 {
        0 => None,
        1 => Some(Side::First),
        _ => Some(Side::Second),
    };
    let kind = KINDS[(row >> 98) as usize % KINDS.len()];
    (kind, (row >> 34) as u64, (row >> 2) as u32, side)
}

/// Every pair: the baseline blocking is measured against.
#[cfg(any(test, feature = "lab"))]
pub fn all_pairs(n: usize) -> Vec<(u32, u32)> {
    let n = n as u32;
    (0..n)
        .flat_map(|i| (i + 1..n).map(move |j| (i, j)))
        .collect()
}

#[cfg(test)]
#[path = "blocking_tests.rs"]
mod tests;
