//! The report as one self-contained HTML page for an analyst: stories, their disputes, each
//! conflict as two claims side by side with the words that carry it marked, a timeline of the
//! story's claims, corroborations beside them, and the inputs skipped. Written with maud, so
//! every text is escaped by the template, never by hand; no script or style is fetched.

use super::disputes::{Dispute, StoryConflicts};
use super::text::window;
use super::{Conflict, Corroboration, Report, StorySummary, count, days_apart};
use crate::claim::Claim;
use crate::judge::ConflictKind;
use maud::{DOCTYPE, Markup, PreEscaped, html};
use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

/// The page's style: two claims side by side, each in its own writing direction.
const STYLE: &str = include_str!("html/report.css");

/// A page's head: its title, the version that wrote it and the report's style with `extra`
/// rules after it; nothing fetched. The check report and verify's answer share it.
pub(crate) fn head(title: &str, version: &str, extra: &str) -> Markup {
    html! {
        head {
            meta charset="utf-8";
            meta name="viewport" content="width=device-width, initial-scale=1";
            meta name="generator" content=(format!("crosscheck {version}"));
            title { (title) }
            style { (PreEscaped(STYLE)) (PreEscaped(extra)) }
        }
    }
}

/// The page's one script: filters the conflicts by kind and score. The report reads whole
/// without it.
const SCRIPT: &str = include_str!("html/report.js");

/// How many grapheme clusters of a claim the timeline and corroborations show.
const SHORT_WINDOW: usize = 160;

/// What the page looks up while it is written.
struct Page<'r> {
    report: &'r Report,
    claims: HashMap<&'r str, &'r Claim>,
    /// Document id → language code.
    languages: HashMap<&'r str, &'r str>,
}

impl Report {
    /// The report as one self-contained HTML page (no network needed to read it): stories,
    /// then within each story its disputes ([`Report::disputes`]), each conflict as its two
    /// claims side by side with outlet, date and speaker and the cue words marked in the full
    /// claim; Arabic right to left and English left to right on one page; a timeline of each
    /// story's claims by date, its corroborations, the stories without conflicts, and the
    /// inputs skipped.
    ///
    /// ```
    /// use crosscheck::{Checker, Corpus, Document};
    ///
    /// let mut corpus = Corpus::new();
    /// corpus.push(Document::new("a", "وأعلن الجيش أن 12 جنديا قتلوا في الهجوم."));
    /// let page = Checker::new().check(&corpus).to_html();
    /// assert!(page.starts_with("<!DOCTYPE html>"));
    /// assert!(!page.contains("http"), "nothing is fetched");
    /// ```
    pub fn to_html(&self) -> String {
        let page = Page {
            report: self,
            claims: self.claims_by_id(),
            languages: self
                .documents
                .iter()
                .filter_map(|d| Some((d.id.as_str(), d.language.as_deref()?)))
                .collect(),
        };
        page.render().into_string()
    }
}

impl<'r> Page<'r> {
    fn render(&self) -> Markup {
        let r = self.report;
        let groups = r.disputes();
        let with_conflicts: BTreeSet<&str> = groups
            .iter()
            .filter_map(|g| g.story.map(|s| s.id.as_str()))
            .collect();
        let quiet: Vec<&StorySummary> = r
            .stories
            .iter()
            .filter(|s| !with_conflicts.contains(s.id.as_str()))
            .collect();
        let kinds: BTreeSet<&str> = r.conflicts.iter().map(|x| x.kind.name()).collect();
        html! {
            (DOCTYPE)
            html lang="en" {
                (head("crosscheck report", &r.provenance.version, ""))
                body {
                    header {
                        h1 { "Conflicting claims" }
                        p.counts {
                            (count(r.documents.len(), "document")) " · "
                            (count(r.stories.len(), "story")) " · "
                            (count(r.claims.len(), "claim")) " · "
                            strong { (count(r.conflicts.len(), "conflict")) } " · "
                            (count(r.corroborations.len(), "corroboration")) " · "
                            (count(r.updates.len(), "update")) " · " (r.skipped.len()) " skipped"
                        }
                        @if r.dismissed > 0 {
                            p.dismissed { (count(r.dismissed, "conflict")) " dismissed by review, not shown." }
                        }
                        @if !r.review_not_found.is_empty() {
                            p.dismissed { (count(r.review_not_found.len(), "reviewed conflict")) " not found in this run: " code { (r.review_not_found.join(", ")) } }
                        }
                        p.provenance {
                            "crosscheck " (r.provenance.version) ", lexicon " (r.provenance.lexicon)
                            ", judge " (r.provenance.judge)
                        }
                        @if !r.conflicts.is_empty() {
                            form #filters {
                                label { "Kind " select #kind {
                                    option value="" { "all" }
                                    @for k in &kinds { option value=(k) { (k) } }
                                } }
                                label { "Score at least " input #min-score type="number" min=(r.min_score) max="1" step="0.05" value=(r.min_score); }
                                label { input #show-dismissed type="checkbox"; " show dismissed" }
                                button #export type="button" { "Export review" }
                                output #shown {}
                                textarea #review-export hidden readonly {}
                            }
                        }
                    }
                    main {
                        @if r.conflicts.is_empty() {
                            p.empty { "No conflicts were found." }
                        }
                        @for g in &groups { (self.story(g)) }
                        @if !quiet.is_empty() {
                            details.quiet {
                                summary { (quiet.len()) " stories without conflicts" }
                                ul { @for s in &quiet { li { (story_heading(s)) } } }
                            }
                        }
                        @if !r.skipped.is_empty() || !r.warnings.is_empty() || !r.repaired.is_empty() || !r.unread.is_empty() {
                            section.inputs {
                                h2 { "Inputs skipped, warned about, decoded or not read" }
                                ul {
                                    @for s in &r.skipped { li { "skipped " code { (s.path) } ": " (s.reason) } }
                                    @for s in &r.warnings { li { "warning " code { (s.path) } ": " (s.reason) } }
                                    @for x in &r.repaired { li { (super::repaired_line(x)) } }
                                    @for u in &r.unread { li { "not read " code { (u.path) } ": " (u.reason) } }
                                }
                            }
                        }
                    }
                    script { (PreEscaped(SCRIPT)) }
                }
            }
        }
    }

    /// One story: its disputes, then its timeline and corroborations beside them.
    fn story(&self, g: &StoryConflicts<'r>) -> Markup {
        let corroborations: Vec<&Corroboration> = self
            .report
            .corroborations
            .iter()
            .filter(|c| c.story.as_deref() == g.story.map(|s| s.id.as_str()))
            .collect();
        // The claims of its conflicts and corroborations, each once: undated last, then by
        // date, document and position.
        let conflicts = g.disputes.iter().flat_map(|d| &d.conflicts);
        let mut timeline: Vec<&Claim> = conflicts
            .flat_map(|x| [&x.a, &x.b])
            .chain(corroborations.iter().flat_map(|c| [&c.a, &c.b]))
            .filter_map(|id| self.claims.get(id.as_str()).copied())
            .collect();
        timeline.sort_by(|a, b| {
            (a.published.is_none(), &a.published, &a.doc, a.start).cmp(&(
                b.published.is_none(),
                &b.published,
                &b.doc,
                b.start,
            ))
        });
        timeline.dedup_by(|a, b| a.id == b.id);
        html! {
            section.story id=[g.story.map(|s| s.id.as_str())] {
                h2 {
                    @match g.story {
                        Some(s) => { (story_heading(s)) },
                        None => { "Outside any story" },
                    }
                }
                div.story-body {
                    div.disputes { @for d in &g.disputes { (self.dispute(d)) } }
                    aside {
                        h3 { "Timeline" }
                        ol.timeline {
                            @for c in &timeline {
                                li {
                                    span.date { (c.published.map_or_else(|| "undated".to_string(), |d| d.to_string())) }
                                    " " (self.who(c))
                                    (self.quote(c, window(&c.text, "", SHORT_WINDOW)))
                                }
                            }
                        }
                        @if !corroborations.is_empty() {
                            h3 { "Corroborations" }
                            ul.corroborations {
                                @for x in &corroborations { (self.corroboration(x)) }
                            }
                        }
                    }
                }
            }
        }
    }

    fn dispute(&self, d: &Dispute<'r>) -> Markup {
        html! {
            section.dispute {
                h3 {
                    (super::topic_words(d.topic))
                    @if d.sides != ["?", "?"] { ": " (d.sides[0]) " vs " (d.sides[1]) }
                    span.n { " (" (count(d.conflicts.len(), "conflict")) ")" }
                }
                @for x in &d.conflicts { (self.conflict(x)) }
            }
        }
    }

    fn conflict(&self, x: &Conflict) -> Markup {
        let (Some(a), Some(b)) = (self.claims.get(x.a.as_str()), self.claims.get(x.b.as_str()))
        else {
            return html! {};
        };
        let days = days_apart(a, b);
        let confirmed = x.review.is_some();
        html! {
            article.conflict id=(format!("c-{}", x.id)) data-kind=(x.kind.name()) data-score=(format!("{:.2}", x.score)) {
                p.meta {
                    span.kind { (x.kind.name()) } " · score " strong { (format!("{:.2}", x.score)) }
                    @if let Some(days) = days {
                        " · " (count(usize::try_from(days).unwrap_or(0), "day")) " apart"
                    }
                    " · " code.id { (x.id) }
                    @if confirmed { " · " span.confirmed { "confirmed" } }
                }
                div.pair {
                    (self.claim(a, &x.cues[0], x.kind))
                    (self.claim(b, &x.cues[1], x.kind))
                }
                p.why dir="auto" { (isolated(&x.explanation)) }
                div.review {
                    button.confirm type="button" { "Confirm" }
                    button.dismiss type="button" { "Dismiss" }
                    input.note type="text" placeholder="Note" value=[x.review.as_ref().and_then(|r| r.note.as_deref())];
                }
                @if let Some(note) = x.review.as_ref().and_then(|r| r.note.as_deref()) {
                    p.note { "Review: " (note) }
                }
                @if !x.also.is_empty() {
                    p.also { (x.also.len()) " more pairs repeat it." }
                }
            }
        }
    }

    /// A claim in full, its cue words marked.
    fn claim(&self, c: &Claim, cue: &str, kind: ConflictKind) -> Markup {
        let marks = marks(c, cue, kind);
        let mut parts: Vec<(bool, &str)> = Vec::new();
        let mut at = 0;
        for m in &marks {
            parts.push((false, &c.text[at..m.start]));
            parts.push((true, &c.text[m.clone()]));
            at = m.end;
        }
        parts.push((false, &c.text[at..]));
        let (lang, dir) = self.language(c);
        html! {
            div.claim {
                p.who { (self.who(c)) }
                blockquote lang=[lang] dir=(dir) {
                    @for (marked, part) in &parts {
                        @if *marked { mark { (part) } } @else { (part) }
                    }
                }
                p.cite {
                    (c.source.as_deref().unwrap_or(&c.doc))
                    @if let Some(d) = &c.published { ", " (d) }
                    " · " code { (c.id) }
                }
            }
        }
    }

    fn corroboration(&self, x: &Corroboration) -> Markup {
        let (Some(a), Some(b)) = (self.claims.get(x.a.as_str()), self.claims.get(x.b.as_str()))
        else {
            return html! {};
        };
        html! {
            li {
                span.score { (format!("{:.2}", x.score)) } " "
                (self.who(a)) " ~ " (self.who(b))
                (self.quote(a, window(&a.text, "", SHORT_WINDOW)))
                (self.quote(b, window(&b.text, "", SHORT_WINDOW)))
            }
        }
    }

    /// Speaker, side and outlet of a claim, in one line.
    fn who(&self, c: &Claim) -> Markup {
        let s = &c.speaker;
        html! {
            span.speaker {
                bdi { (s.name.as_deref().unwrap_or("unnamed")) }
                @if let Some(role) = &s.role { " (" (role) ")" }
                @if let Some(side) = &s.side { " " span.side { (side) } }
            }
            " — " span.outlet { bdi { (c.source.as_deref().unwrap_or(&c.doc)) } }
        }
    }

    /// Part of a claim's text, in its own language and direction.
    fn quote(&self, c: &Claim, text: String) -> Markup {
        let (lang, dir) = self.language(c);
        html! { q lang=[lang] dir=(dir) { (text) } }
    }

    /// A claim's language code and writing direction, from its document's language; with no
    /// language known, the browser picks the direction from the first strong letter.
    fn language(&self, c: &Claim) -> (Option<&'r str>, &'static str) {
        match self.languages.get(c.doc.as_str()).copied() {
            Some(lang @ ("ar" | "fa" | "ur" | "he")) => (Some(lang), "rtl"),
            Some(lang) => (Some(lang), "ltr"),
            None => (None, "auto"),
        }
    }
}

/// A story's heading: its id, label words, documents, date span and reprints.
fn story_heading(s: &StorySummary) -> Markup {
    html! {
        span.story-id { (s.id) } " "
        bdi.label { (s.label.join(" ")) }
        span.facts {
            " — " (count(s.documents.len(), "document"))
            @match (&s.first_published, &s.last_published) {
                (Some(a), Some(b)) if a == b => { ", " (a) },
                (Some(a), Some(b)) => { ", " (a) " to " (b) },
                _ => {},
            }
            ", " (count(s.conflicts, "conflict"))
            @if !s.reprints.is_empty() {
                ", " (s.reprints.iter().map(Vec::len).sum::<usize>()) " reprinted"
            }
        }
    }
}

/// Byte ranges of a claim's text to mark for a conflict: each part of the judge's cue (words,
/// parts joined by «…») where it first occurs, and for a numeric conflict the claim's
/// numbers. Sorted, and overlapping ranges merged.
fn marks(c: &Claim, cue: &str, kind: ConflictKind) -> Vec<Range<usize>> {
    let norm = crate::text::Normalized::new(&c.text);
    let mut ranges: Vec<Range<usize>> = cue
        .split('…')
        .map(str::trim)
        .filter(|p| !p.is_empty())
        // Cues are quoted as written; they are found in the folded text by their folded form.
        .filter_map(|p| norm.find(&crate::text::normalize_str(p)))
        .collect();
    if kind == ConflictKind::Numeric {
        ranges.extend(
            c.quantities
                .iter()
                .filter(|q| q.start >= c.start && q.end <= c.end)
                .map(|q| q.start - c.start..q.end - c.start),
        );
    }
    ranges.retain(|r| r.start < r.end && c.text.is_char_boundary(r.start));
    ranges.sort_by_key(|r| r.start);
    let mut merged: Vec<Range<usize>> = Vec::new();
    for r in ranges {
        match merged.last_mut() {
            Some(last) if r.start <= last.end => last.end = last.end.max(r.end),
            _ => merged.push(r),
        }
    }
    merged
}

#[cfg(test)]
#[path = "html_tests.rs"]
mod tests;

/// An explanation with each quoted word («…») isolated in its own direction: Arabic cue words
/// inside an English sentence would otherwise reorder the line around them.
fn isolated(explanation: &str) -> Markup {
    let mut parts: Vec<(bool, &str)> = Vec::new();
    let mut rest = explanation;
    while let Some(open) = rest.find('«') {
        let Some(close) = rest[open..].find('»').map(|c| open + c) else {
            break;
        };
        parts.push((false, &rest[..open]));
        parts.push((true, &rest[open + '«'.len_utf8()..close]));
        rest = &rest[close + '»'.len_utf8()..];
    }
    parts.push((false, rest));
    html! {
        @for (quoted, text) in parts {
            @if quoted { "«" bdi dir="auto" { (text) } "»" } @else { (text) }
        }
    }
}
