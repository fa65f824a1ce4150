//! The report as text for a terminal: each conflict with both claims side by side.

use super::{Conflict, Report, StorySummary, count, days_apart};
use crate::claim::Claim;
use std::collections::HashMap;
use std::fmt::Write as _;
use unicode_segmentation::UnicodeSegmentation;

/// The most grapheme clusters of a claim the text report shows.
const CLAIM_WINDOW: usize = 220;

/// At most `max` grapheme clusters of `text` around the words `cue` (folded, as the judge gives
/// them; after a «…» the words that carry the verdict): the window starts at the text's start
/// when the cue is near it, else a quarter of the window before the cue, so the words that
/// decide a conflict are never cut away.
pub(super) fn window(text: &str, cue: &str, max: usize) -> String {
    let one_line = text.replace('\n', " ");
    let graphemes: Vec<(usize, &str)> = one_line.grapheme_indices(true).collect();
    if graphemes.len() <= max {
        return one_line;
    }
    let words = cue.rsplit('…').next().unwrap_or("").trim();
    let norm = crate::text::Normalized::new(&one_line);
    let at = norm.find(words).map(|r| r.start);
    let first = match at {
        Some(byte) => {
            let g = graphemes.partition_point(|&(i, _)| i < byte);
            g.saturating_sub(max / 4).min(graphemes.len() - max)
        }
        None => 0,
    };
    let body: String = graphemes[first..first + max].iter().map(|g| g.1).collect();
    let lead = if first > 0 { "…" } else { "" };
    let tail = if first + max < graphemes.len() {
        "…"
    } else {
        ""
    };
    format!("{lead}{body}{tail}")
}

impl Report {
    /// The report as text for a terminal: each conflict with both claims side by side.
    pub fn to_text(&self) -> String {
        let by_id = self.claims_by_id();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{}, {} skipped{}, {}, {}, {}, {}, {}\n",
            count(self.documents.len(), "document"),
            self.skipped.len(),
            match self.warnings.len() {
                0 => String::new(),
                n => format!(" ({})", count(n, "warning")),
            },
            count(self.stories.len(), "story"),
            count(self.claims.len(), "claim"),
            count(self.conflicts.len(), "conflict"),
            count(self.corroborations.len(), "corroboration"),
            count(self.updates.len(), "update"),
        );
        if self.dismissed > 0 {
            let _ = writeln!(
                out,
                "{} dismissed by review, not shown\n",
                count(self.dismissed, "conflict")
            );
        }
        if !self.review_not_found.is_empty() {
            let _ = writeln!(
                out,
                "{} not found in this run: {}\n",
                count(self.review_not_found.len(), "reviewed conflict"),
                self.review_not_found.join(", ")
            );
        }
        let side = |c: &Claim| {
            let s = &c.speaker;
            format!(
                "{} [{}] — {}{}",
                s.name.as_deref().unwrap_or("?"),
                s.side.as_deref().unwrap_or("-"),
                c.source.as_deref().unwrap_or(&c.doc),
                c.published.map(|d| format!(", {d}")).unwrap_or_default()
            )
        };
        let line = |out: &mut String, label: &str, c: &Claim, words: &str| {
            let _ = writeln!(out, "  {label} {}  ({})", side(c), c.id);
            if let Some(cue) = &c.cue {
                let _ = writeln!(out, "     cue: {cue}");
            }
            let _ = writeln!(out, "     «{}»", window(&c.text, words, CLAIM_WINDOW));
        };
        // Conflicts grouped by story, then by dispute (same topic, same two sides), the
        // strongest first at each level.
        let mut n = 0;
        for group in self.disputes() {
            match group.story {
                Some(s) => {
                    let _ = writeln!(out, "== Story {}: {}", s.id, story_line(s));
                }
                None => {
                    let _ = writeln!(out, "== Outside any story");
                }
            }
            for d in &group.disputes {
                let sides = if d.sides == ["?", "?"] {
                    String::new()
                } else {
                    format!(", {} vs {}", d.sides[0], d.sides[1])
                };
                let _ = writeln!(
                    out,
                    "-- Dispute: {}{sides} ({})\n",
                    super::topic_words(d.topic),
                    count(d.conflicts.len(), "conflict")
                );
                for x in &d.conflicts {
                    n += 1;
                    self.write_conflict(&mut out, n, x, &by_id, &line);
                }
            }
        }
        if !self.corroborations.is_empty() {
            let _ = writeln!(out, "Corroborations:");
            for x in &self.corroborations {
                let (Some(a), Some(b)) = (by_id.get(x.a.as_str()), by_id.get(x.b.as_str())) else {
                    continue;
                };
                let _ = writeln!(
                    out,
                    "  {:.2}  {} ~ {}  ({})",
                    x.score,
                    side(a),
                    side(b),
                    x.explanation
                );
            }
        }
        for s in &self.skipped {
            let _ = writeln!(out, "skipped {}: {}", s.path, s.reason);
        }
        for s in &self.warnings {
            let _ = writeln!(out, "warning {}: {}", s.path, s.reason);
        }
        for u in &self.unread {
            let _ = writeln!(out, "not read {}: {}", u.path, u.reason);
        }
        for r in &self.repaired {
            let _ = writeln!(out, "{}", super::repaired_line(r));
        }
        out
    }

    /// One conflict, numbered `n`, with both claims written by `line`.
    fn write_conflict(
        &self,
        out: &mut String,
        n: usize,
        x: &Conflict,
        by_id: &HashMap<&str, &Claim>,
        line: &dyn Fn(&mut String, &str, &Claim, &str),
    ) {
        let (Some(a), Some(b)) = (by_id.get(x.a.as_str()), by_id.get(x.b.as_str())) else {
            return;
        };
        let _ = writeln!(
            out,
            "#{n} {:?} conflict, score {:.2}  [{}]",
            x.kind, x.score, x.id
        );
        line(out, "A", a, &x.cues[0]);
        line(out, "B", b, &x.cues[1]);
        if let Some(days) = days_apart(a, b) {
            let _ = writeln!(out, "  days apart: {days}");
        }
        let _ = writeln!(out, "  cues: «{}» / «{}»", x.cues[0], x.cues[1]);
        let _ = writeln!(out, "  why: {}", x.explanation);
        if let Some(r) = &x.review {
            let note = r
                .note
                .as_deref()
                .map(|n| format!(" — {n}"))
                .unwrap_or_default();
            let _ = writeln!(out, "  review: {:?}{note}", r.verdict);
        }
        if !x.also.is_empty() {
            let _ = writeln!(out, "  also: {} more pairs repeating it", x.also.len());
        }
        let _ = writeln!(out);
    }

    /// The stories as text: one line each, the ones with most conflicts first.
    pub fn stories_text(&self) -> String {
        let mut stories: Vec<&StorySummary> = self.stories.iter().collect();
        stories.sort_by(|a, b| {
            (b.conflicts, b.documents.len())
                .cmp(&(a.conflicts, a.documents.len()))
                .then(a.id.cmp(&b.id))
        });
        let mut out = format!("{}\n", count(stories.len(), "story"));
        for s in stories {
            let _ = writeln!(out, "{:>6}  {}", s.id, story_line(s));
        }
        out
    }
}

/// A story in one line: its label words, documents, dates, conflicts and reprints.
fn story_line(s: &StorySummary) -> String {
    let dates = match (&s.first_published, &s.last_published) {
        (Some(a), Some(b)) if a == b => format!(", {a}"),
        (Some(a), Some(b)) => format!(", {a} to {b}"),
        _ => String::new(),
    };
    let reprints = if s.reprints.is_empty() {
        String::new()
    } else {
        format!(
            ", {} reprinted",
            s.reprints.iter().map(Vec::len).sum::<usize>()
        )
    };
    format!(
        "{} ({}{dates}, {}{reprints})",
        s.label.join(" "),
        count(s.documents.len(), "document"),
        count(s.conflicts, "conflict")
    )
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn the_window_keeps_the_words_that_decide_a_conflict() {
        let padding = "وقال المتحدث إن الاجتماعات مستمرة بين الجانبين منذ أشهر طويلة. ".repeat(6);
        let text = format!("{padding}وأكد أنه لا يوجد برنامج معلن لإغلاق القاعدة الجوية.");
        let shown = window(&text, "لا يوجد … برنامج", 120);
        assert!(shown.contains("برنامج"), "{shown}");
        assert!(shown.starts_with('…'), "{shown}");
        // A short claim is shown whole; with no cue found, from its start.
        assert_eq!(window("قصير", "جدول", 120), "قصير");
        assert!(window(&text, "", 120).starts_with("وقال"));
    }
}
