//! The report as text for a terminal: each conflict with both claims side by side.

use super::Report;
use crate::claim::Claim;
use std::collections::HashMap;
use std::fmt::Write as _;
use unicode_segmentation::UnicodeSegmentation;

/// Cuts a text to at most `max` grapheme clusters, on a cluster boundary.
fn clip(text: &str, max: usize) -> String {
    let one_line = text.replace('\n', " ");
    let mut g = one_line.graphemes(true);
    let head: String = g.by_ref().take(max).collect();
    if g.next().is_some() {
        format!("{head}…")
    } else {
        head
    }
}

impl Report {
    /// The report as text for a terminal: each conflict with both claims side by side.
    pub fn to_text(&self) -> String {
        let by_id: HashMap<&str, &Claim> = self.claims.iter().map(|c| (c.id.as_str(), c)).collect();
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{} documents, {} skipped, {} claims, {} conflicts, {} corroborations\n",
            self.documents.len(),
            self.skipped.len(),
            self.claims.len(),
            self.conflicts.len(),
            self.corroborations.len()
        );
        let side = |c: &Claim| {
            let s = &c.speaker;
            format!(
                "{} [{}] — {}{}",
                s.name.as_deref().unwrap_or("?"),
                s.side.as_deref().unwrap_or("-"),
                c.source.as_deref().unwrap_or(&c.doc),
                c.published
                    .as_deref()
                    .map(|d| format!(", {d}"))
                    .unwrap_or_default()
            )
        };
        let line = |out: &mut String, label: &str, c: &Claim| {
            let _ = writeln!(out, "  {label} {}  ({})", side(c), c.id);
            if let Some(cue) = &c.cue {
                let _ = writeln!(out, "     cue: {cue}");
            }
            let _ = writeln!(out, "     «{}»", clip(&c.text, 220));
        };
        for (n, x) in self.conflicts.iter().enumerate() {
            let (Some(a), Some(b)) = (by_id.get(x.a.as_str()), by_id.get(x.b.as_str())) else {
                continue;
            };
            let _ = writeln!(
                out,
                "#{} {:?} conflict, score {:.2}",
                n + 1,
                x.kind,
                x.score
            );
            line(&mut out, "A", a);
            line(&mut out, "B", b);
            let _ = writeln!(out, "  cues: «{}» / «{}»", x.cues[0], x.cues[1]);
            let _ = writeln!(out, "  why: {}", x.explanation);
            if !x.also.is_empty() {
                let _ = writeln!(out, "  also: {} more pairs repeating it", x.also.len());
            }
            let _ = writeln!(out);
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
        out
    }
}
