//! Disputes: a story's conflicts that share a topic and the two sides in it. Thirty conflicts
//! between the claims of one quarrel («a timetable exists» against «there is none», restated by
//! each outlet) read as the one quarrel they are, so the reports group by them.

use super::{Conflict, Report, StorySummary};
use crate::claim::Claim;
use std::collections::HashMap;

/// The conflicts of one story, grouped into disputes.
#[derive(Debug, Clone)]
pub struct StoryConflicts<'r> {
    /// The story, or `None` for conflicts outside any story.
    pub story: Option<&'r StorySummary>,
    /// Its disputes, the one with the strongest conflict first.
    pub disputes: Vec<Dispute<'r>>,
}

/// Conflicts of one story about one topic between the same two sides.
#[derive(Debug, Clone)]
pub struct Dispute<'r> {
    /// What they disagree about (the conflicts' [`Conflict::topic`]).
    pub topic: &'r str,
    /// The two sides, in name order (`?` for a speaker of no known side).
    pub sides: [&'r str; 2],
    /// Its conflicts, strongest first.
    pub conflicts: Vec<&'r Conflict>,
}

/// The side a claim's speaker is on, or `?`.
fn side_of<'r>(claim: Option<&&'r Claim>) -> &'r str {
    claim.and_then(|c| c.speaker.side.as_deref()).unwrap_or("?")
}

impl Report {
    /// The conflicts grouped by story, then by dispute (same topic, same two sides). Stories
    /// come in the order of their strongest conflict, as do the disputes inside each, so the
    /// first group is the one to read first.
    ///
    /// ```
    /// use crosscheck::{Checker, Corpus, Document};
    ///
    /// let mut corpus = Corpus::new();
    /// corpus.push(
    ///     Document::new("a", "وقال المتحدث باسم البنتاغون إنه لا يوجد جدول زمني للانسحاب.")
    ///         .with_source("Outlet A"),
    /// );
    /// corpus.push(
    ///     Document::new("b", "وأعلن مكتب رئيس الوزراء العراقي أنه سيتم وضع جدول زمني للانسحاب.")
    ///         .with_source("Outlet B"),
    /// );
    /// let report = Checker::new().check(&corpus);
    /// let groups = report.disputes();
    /// let conflicts: usize = groups
    ///     .iter()
    ///     .flat_map(|g| &g.disputes)
    ///     .map(|d| d.conflicts.len())
    ///     .sum();
    /// assert_eq!(conflicts, report.conflicts.len());
    /// ```
    pub fn disputes(&self) -> Vec<StoryConflicts<'_>> {
        let by_id = self.claims_by_id();
        let stories: HashMap<&str, &StorySummary> =
            self.stories.iter().map(|s| (s.id.as_str(), s)).collect();
        let mut groups: Vec<StoryConflicts<'_>> = Vec::new();
        let mut group_of: HashMap<&str, usize> = HashMap::new();
        for x in &self.conflicts {
            let story = x.story.as_deref().unwrap_or("");
            let g = *group_of.entry(story).or_insert_with(|| {
                groups.push(StoryConflicts {
                    story: stories.get(story).copied(),
                    disputes: Vec::new(),
                });
                groups.len() - 1
            });
            let mut sides = [
                side_of(by_id.get(x.a.as_str())),
                side_of(by_id.get(x.b.as_str())),
            ];
            sides.sort_unstable();
            let disputes = &mut groups[g].disputes;
            match disputes
                .iter_mut()
                .find(|d| d.topic == x.topic && d.sides == sides)
            {
                Some(d) => d.conflicts.push(x),
                None => disputes.push(Dispute {
                    topic: &x.topic,
                    sides,
                    conflicts: vec![x],
                }),
            }
        }
        groups
    }
}
