//! An analyst's review of a report's conflicts, kept between runs: a conflict dismissed is
//! hidden from the next report (and counted), one confirmed is kept and marked. Conflicts are
//! named by their stable ids, so a review file written today still applies tomorrow.

use super::Report;
use crate::error::Error;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// What an analyst decided about one conflict.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ReviewVerdict {
    /// A real conflict: kept, and marked.
    Confirmed,
    /// Not a conflict: hidden from later reports.
    Dismissed,
}

/// One line of a review file: `{"id": …, "verdict": "confirmed" | "dismissed", "note": …}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReviewEntry {
    /// The conflict's stable id.
    pub id: String,
    /// The decision.
    pub verdict: ReviewVerdict,
    /// Why, in the analyst's words.
    #[serde(default)]
    pub note: Option<String>,
}

/// Reads a review file (JSON Lines; blank lines are allowed). A line that does not parse is an
/// error naming the file and the line.
pub fn read_review(path: &Path) -> Result<Vec<ReviewEntry>, Error> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, l)| {
            serde_json::from_str(l).map_err(|e| Error::JsonLine {
                path: path.to_path_buf(),
                line: n + 1,
                message: e.to_string(),
            })
        })
        .collect()
}

impl Report {
    /// Applies an analyst's review: conflicts dismissed are removed (and counted in
    /// [`Report::dismissed`]), conflicts confirmed are marked with the entry. The last entry
    /// for an id wins, so a review file can be appended to. Ids that name no conflict of the
    /// report are listed in [`Report::review_not_found`].
    pub fn apply_review(&mut self, review: &[ReviewEntry]) {
        let latest: std::collections::HashMap<&str, &ReviewEntry> =
            review.iter().map(|e| (e.id.as_str(), e)).collect();
        let found: std::collections::HashSet<&str> =
            self.conflicts.iter().map(|c| c.id.as_str()).collect();
        let mut missing: Vec<String> = latest
            .keys()
            .filter(|id| !found.contains(**id))
            .map(|id| id.to_string())
            .collect();
        missing.sort_unstable();
        self.review_not_found = missing;
        let before = self.conflicts.len();
        self.conflicts.retain(|c| {
            latest
                .get(c.id.as_str())
                .is_none_or(|e| e.verdict != ReviewVerdict::Dismissed)
        });
        self.dismissed += before - self.conflicts.len();
        for c in &mut self.conflicts {
            c.review = latest.get(c.id.as_str()).map(|e| (*e).clone());
        }
    }
}
