//! Training data for the judge's model, from labelled pairs of bare statements: each pair
//! analysed, pairs numbered by the story they tell, and copies with extra context.
//!
//! [`LinearModel::fit`] takes analysed pairs; a [`TrainingSet`] makes them from text the way the
//! embedded model was made (`examples/train_judge.rs`), so that a user who trains a model on
//! their own pairs gets the same treatment:
//!
//! ```
//! use crosscheck::lab::judge::{LabelledPair, TrainConfig, TrainingSet};
//! use crosscheck::lab::features_of;
//! use crosscheck::{Document, Checker, Lexicon, Stance};
//!
//! let lexicon = Lexicon::default();
//! let pairs = vec![
//!     LabelledPair::new("الذهب يرتفع في التعاملات المبكرة", "تراجع الذهب في التعاملات المبكرة", Stance::Contradict),
//!     LabelledPair::new("الذهب يرتفع في التعاملات المبكرة", "صعود الذهب في التعاملات المبكرة", Stance::Agree),
//!     LabelledPair::new("افتتاح معرض الكتاب في القاهرة", "المنتخب يفوز بالبطولة العربية", Stance::Unrelated),
//! ];
//! let set = TrainingSet::new(pairs, &lexicon);
//! // The two gold pairs share their first statement: one story.
//! assert_eq!(set.story(0), set.story(1));
//! assert_ne!(set.story(0), set.story(2));
//! let model = set.fit(&lexicon, &TrainConfig::default(), "three pairs");
//! let checker = Checker::new();
//! let claim = |text: &str| checker.extract(&Document::new("d", text)).remove(0);
//! let a = claim("وقال التاجر إن النفط يرتفع في الأسواق العالمية اليوم.");
//! let b = claim("وقال المحلل إن النفط تراجع في الأسواق العالمية اليوم.");
//! let p = model.predict(features_of(&a), features_of(&b), Default::default());
//! assert!((p.iter().sum::<f64>() - 1.0).abs() < 1e-9);
//! ```

use super::features::RuleSignals;
use super::fit::{TrainConfig, TrainingPair};
use super::linear::LinearModel;
use crate::judge::alignment::LazyAlignment;
use crate::judge::config::JudgeConfig;
use crate::judge::rules::Rules;
use crate::judge::statement::Statement;
use crate::judge::verdict::Stance;
use crate::lexicon::Lexicon;
use std::collections::HashMap;

/// A word found in at most this many statements of a training set is a story's own word: a
/// name, a place, the event (see [`TrainingSet::new`]).
pub const RARE_WORD_STATEMENTS: usize = 10;

/// The share of training pairs [`TrainingSet::fit`] adds as copies with extra context, unless
/// [`TrainingSet::with_extra_context_share`] says otherwise.
pub const EXTRA_CONTEXT_SHARE: f64 = 0.25;

/// A labelled pair of bare statements.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelledPair {
    /// The first statement.
    pub first: String,
    /// The second statement.
    pub second: String,
    /// The gold stance.
    pub stance: Stance,
}

impl LabelledPair {
    /// A pair with its gold stance.
    pub fn new(first: &str, second: &str, stance: Stance) -> Self {
        LabelledPair {
            first: first.to_string(),
            second: second.to_string(),
            stance,
        }
    }
}

/// Labelled pairs, analysed and numbered by story.
#[derive(Debug, Clone)]
pub struct TrainingSet {
    labelled: Vec<LabelledPair>,
    analysed: Vec<TrainingPair>,
    extra_context_share: f64,
}

impl TrainingSet {
    /// Analyses the pairs and numbers their stories: pairs that share their first statement,
    /// or whose statements share two rare words (found in at most [`RARE_WORD_STATEMENTS`]
    /// statements of the set), tell one story, transitively. Stories are numbered in order of
    /// first appearance.
    ///
    /// Headline sets hold several stories on one event (a currency's fall, one trial), and their
    /// pairs share names and places. Held out by first statement alone, a fold would still meet
    /// its story's words in training, and cross-validation would reward memorising them: on ANS
    /// train, learned word weights gained 0.016 disagree F1 folded by first statement and 0.002
    /// folded by story.
    pub fn new(labelled: Vec<LabelledPair>, lexicon: &Lexicon) -> Self {
        Self::with_rare_word_limit(labelled, lexicon, RARE_WORD_STATEMENTS)
    }

    /// As [`TrainingSet::new`], a word being rare when found in at most `rare` statements.
    pub fn with_rare_word_limit(
        labelled: Vec<LabelledPair>,
        lexicon: &Lexicon,
        rare: usize,
    ) -> Self {
        let mut by_first: HashMap<&str, usize> = HashMap::new();
        let stories: Vec<usize> = labelled
            .iter()
            .map(|p| {
                let next = by_first.len();
                *by_first.entry(p.first.as_str()).or_insert(next)
            })
            .collect();
        let mut analysed = analyse(&labelled, &stories, lexicon);
        join_stories(&mut analysed, rare);
        TrainingSet {
            labelled,
            analysed,
            extra_context_share: EXTRA_CONTEXT_SHARE,
        }
    }

    /// Sets the share of pairs [`TrainingSet::fit`] copies with extra context (0 for none).
    pub fn with_extra_context_share(mut self, share: f64) -> Self {
        self.extra_context_share = share.max(0.0);
        self
    }

    /// The pairs as given.
    pub fn labelled(&self) -> &[LabelledPair] {
        &self.labelled
    }

    /// The pairs analysed, in the same order; [`TrainingPair::group`] is the story.
    pub fn analysed(&self) -> &[TrainingPair] {
        &self.analysed
    }

    /// The story of pair `i`.
    pub fn story(&self, i: usize) -> usize {
        self.analysed[i].group
    }

    /// The number of pairs.
    pub fn len(&self) -> usize {
        self.labelled.len()
    }

    /// True when the set holds no pair.
    pub fn is_empty(&self) -> bool {
        self.labelled.is_empty()
    }

    /// Analysed copies of a `share` of the pairs that `keep` accepts (by index), each with a
    /// statement of another kept story appended to one side, under the same label.
    ///
    /// Headline pairs are two short statements of one content, but claims in a corpus carry
    /// other clauses, and an appended clause changes neither a contradiction nor an agreement.
    /// Trained on the pairs alone, the model reads every word one side keeps to itself as
    /// disagreement: on ANS train, scored on held-out stories with another story's headline
    /// appended to the first statement, agree F1 fell from 0.69 to 0.25. With a quarter of such
    /// copies it holds at 0.60, and the pairs as they are lose nothing.
    pub fn extra_context_copies(
        &self,
        share: f64,
        keep: impl Fn(usize) -> bool,
        lexicon: &Lexicon,
    ) -> Vec<TrainingPair> {
        let kept: Vec<usize> = (0..self.len()).filter(|&i| keep(i)).collect();
        let n = kept.len();
        // A fixed stride walks the pairs in a spread-out order, the same on every run.
        const STRIDE: usize = 7919;
        let mut copies = Vec::new();
        let mut stories = Vec::new();
        for k in 0..(n as f64 * share) as usize {
            let at = kept[(k * STRIDE) % n];
            let Some(other) = (0..n)
                .map(|t| kept[(k * STRIDE + n / 3 + t) % n])
                .find(|&o| self.story(o) != self.story(at))
            else {
                break;
            };
            let (pair, other) = (&self.labelled[at], &self.labelled[other]);
            let extra = if k % 2 == 0 {
                &other.first
            } else {
                &other.second
            };
            let mut copy = pair.clone();
            if k % 3 == 0 {
                copy.second = format!("{}. {extra}", pair.second);
            } else {
                copy.first = format!("{}. {extra}", pair.first);
            }
            copies.push(copy);
            stories.push(self.story(at));
        }
        analyse(&copies, &stories, lexicon)
    }

    /// Fits a model on the pairs `keep` accepts (by index) and their copies with extra context;
    /// the model's `trained_on` is `trained_on` followed by how many of each it was fitted on.
    pub fn fit_on(
        &self,
        keep: impl Fn(usize) -> bool + Copy,
        lexicon: &Lexicon,
        config: &TrainConfig,
        trained_on: &str,
    ) -> LinearModel {
        let mut pairs: Vec<TrainingPair> = (0..self.len())
            .filter(|&i| keep(i))
            .map(|i| self.analysed[i].clone())
            .collect();
        let kept = pairs.len();
        pairs.extend(self.extra_context_copies(self.extra_context_share, keep, lexicon));
        let copies = pairs.len() - kept;
        let trained_on =
            format!("{trained_on}: {kept} pairs and {copies} copies with extra context");
        LinearModel::fit(&pairs, config, &trained_on)
    }

    /// Fits a model on every pair and its copies with extra context.
    pub fn fit(&self, lexicon: &Lexicon, config: &TrainConfig, trained_on: &str) -> LinearModel {
        self.fit_on(|_| true, lexicon, config, trained_on)
    }
}

/// Analyses labelled pairs for training, pair `i` in story `stories[i]`.
pub fn analyse(pairs: &[LabelledPair], stories: &[usize], lexicon: &Lexicon) -> Vec<TrainingPair> {
    let rules = Rules {
        lexicon,
        config: &JudgeConfig::DEFAULT,
    };
    pairs
        .iter()
        .zip(stories)
        .map(|(p, &story)| {
            let (a, b) = (
                Statement::new(&p.first, lexicon),
                Statement::new(&p.second, lexicon),
            );
            let verdict = {
                let alignment = LazyAlignment::new(&a.features.stems, &b.features.stems);
                rules.verdict(&a.features, &b.features, &alignment)
            };
            TrainingPair {
                rules: RuleSignals::from_verdict(&verdict),
                a: a.features,
                b: b.features,
                stance: p.stance,
                group: story,
            }
        })
        .collect()
}

/// Joins the groups of pairs whose statements share two rare words (found in at most `rare`
/// statements), transitively, and renumbers the groups in order of first appearance.
fn join_stories(pairs: &mut [TrainingPair], rare: usize) {
    let mut frequency: HashMap<&str, usize> = HashMap::new();
    for p in pairs.iter() {
        for s in p.a.stems.iter().chain(&p.b.stems) {
            *frequency.entry(s.as_str()).or_default() += 1;
        }
    }
    let mut parent: Vec<usize> = (0..pairs.len()).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    // Pairs that already share a group are one story.
    let mut first_of_group: HashMap<usize, usize> = HashMap::new();
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, p) in pairs.iter().enumerate() {
        let f = *first_of_group.entry(p.group).or_insert(i);
        let (x, y) = (root(&mut parent, i), root(&mut parent, f));
        parent[x] = y;
        let mut words: Vec<&str> =
            p.a.stems
                .iter()
                .chain(&p.b.stems)
                .map(String::as_str)
                .filter(|w| frequency[w] <= rare)
                .collect();
        words.sort_unstable();
        words.dedup();
        for w in words {
            by_word.entry(w).or_default().push(i);
        }
    }
    let mut shared: HashMap<(usize, usize), usize> = HashMap::new();
    for list in by_word.values() {
        for (k, &i) in list.iter().enumerate() {
            for &j in &list[k + 1..] {
                *shared.entry((i, j)).or_default() += 1;
            }
        }
    }
    for (&(i, j), &n) in &shared {
        if n >= 2 {
            let (x, y) = (root(&mut parent, i), root(&mut parent, j));
            parent[x] = y;
        }
    }
    let mut number: HashMap<usize, usize> = HashMap::new();
    for (i, pair) in pairs.iter_mut().enumerate() {
        let r = root(&mut parent, i);
        let next = number.len();
        pair.group = *number.entry(r).or_insert(next);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pair(a: &str, b: &str, stance: Stance) -> LabelledPair {
        LabelledPair::new(a, b, stance)
    }

    #[test]
    fn pairs_sharing_two_rare_words_are_one_story() {
        let lexicon = Lexicon::default();
        let set = TrainingSet::new(
            vec![
                pair(
                    "محكمة في نيروبي تبرئ الصحفي كاماو",
                    "الصحفي كاماو يخرج من السجن",
                    Stance::Agree,
                ),
                pair(
                    "الصحفي كاماو أمام محكمة نيروبي",
                    "تأجيل محاكمة كاماو في نيروبي",
                    Stance::Contradict,
                ),
                pair(
                    "افتتاح معرض الكتاب في القاهرة",
                    "معرض الكتاب يفتح أبوابه",
                    Stance::Agree,
                ),
            ],
            &lexicon,
        );
        // Different first statements, but the name and the city are rare and shared.
        assert_eq!(set.story(0), set.story(1));
        assert_ne!(set.story(0), set.story(2));
        // With no word rare enough, only first statements make stories.
        let strict = TrainingSet::with_rare_word_limit(set.labelled().to_vec(), &lexicon, 0);
        assert_ne!(strict.story(0), strict.story(1));
    }

    #[test]
    fn copies_carry_another_storys_statement_and_the_same_label() {
        let lexicon = Lexicon::default();
        let set = TrainingSet::new(
            vec![
                pair(
                    "الذهب يرتفع في التعاملات المبكرة",
                    "تراجع الذهب في التعاملات",
                    Stance::Contradict,
                ),
                pair(
                    "افتتاح معرض الكتاب في القاهرة",
                    "معرض الكتاب يفتح أبوابه",
                    Stance::Agree,
                ),
                pair(
                    "المنتخب يفوز بالبطولة العربية",
                    "خسارة المنتخب في النهائي",
                    Stance::Contradict,
                ),
                pair(
                    "الحكومة تعلن موازنة جديدة",
                    "إقرار موازنة جديدة للحكومة",
                    Stance::Agree,
                ),
            ],
            &lexicon,
        );
        let copies = set.extra_context_copies(1.0, |_| true, &lexicon);
        assert_eq!(copies.len(), 4);
        for c in &copies {
            let original = set
                .analysed()
                .iter()
                .find(|p| p.group == c.group)
                .expect("a copy keeps its story");
            assert_eq!(c.stance, original.stance);
            // One side grew by another story's words.
            assert!(
                c.a.stems.len() + c.b.stems.len() > original.a.stems.len() + original.b.stems.len()
            );
        }
        // Only kept pairs are copied, and the extra statement comes from a kept pair too.
        assert!(
            set.extra_context_copies(1.0, |i| i == 0, &lexicon)
                .is_empty()
        );
    }
}
