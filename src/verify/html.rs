//! Verifications as one self-contained HTML page, in the check report's style: each claim, then
//! the documents that contradict it, agree with it and discuss it, each with its outlet, date,
//! score and the sentence that decided it. Written with maud, so every text is escaped by the
//! template; nothing is fetched.

use super::{DocumentStance, DocumentVerdict, Verification};
use crate::report::html::head;
use maud::{DOCTYPE, Markup, html};

/// The page's own additions to the report's style: a verdict's stance as a coloured label.
const VERIFY_STYLE: &str = "
.verdict { background: #fff; border: 1px solid var(--line); border-radius: 6px;
           padding: 0.6rem 0.9rem; margin-bottom: 0.9rem; }
.stance { text-transform: uppercase; letter-spacing: 0.04em; font-weight: 600; }
.stance.disagree { color: var(--accent); }
.stance.agree { color: var(--ok); }
.stance.discuss { color: var(--muted); }
.claim-text { font-size: 1.1rem; margin: 0.4rem 0 1rem; }
";

/// Verifications as one HTML page, readable without a network: for each claim its documents
/// that take a side or discuss it, in the verification's order (what contradicts it first),
/// each with outlet, date, stance, score, the deciding sentence with its speaker and the
/// judge's explanation; Arabic right to left and English left to right, each text in its own
/// direction; the unrelated documents counted.
///
/// ```
/// use crosscheck::{Checker, Corpus, Document, Statement};
/// use crosscheck::verify::{Verifier, to_html};
///
/// let mut corpus = Corpus::new();
/// corpus.push(Document::new("a", "نفت وزارة الداخلية اعتقال الصحفي كريم الناصري في البصرة."));
/// let checker = Checker::new();
/// let claim = Statement::new("اعتقلت الشرطة الصحفي كريم الناصري في البصرة", checker.lexicon());
/// let page = to_html(&[Verifier::new(&checker, &corpus).verify(&claim)]);
/// assert!(page.starts_with("<!DOCTYPE html>"));
/// assert!(page.contains("disagree"));
/// assert!(!page.contains("http"), "nothing is fetched");
/// ```
pub fn to_html(verifications: &[Verification]) -> String {
    html! {
        (DOCTYPE)
        html lang="en" {
            (head("crosscheck verification", env!("CARGO_PKG_VERSION"), VERIFY_STYLE))
            body {
                header {
                    h1 { "Verification" }
                    p.counts { (crate::report::count(verifications.len(), "claim")) " checked against "
                        (crate::report::count(verifications.first().map_or(0, |v| v.documents.len()), "document")) }
                }
                main {
                    @for v in verifications { (claim_section(v)) }
                }
            }
        }
    }
    .into_string()
}

/// One claim and what the documents do to it.
fn claim_section(v: &Verification) -> Markup {
    let shown: Vec<&DocumentVerdict> = v
        .documents
        .iter()
        .filter(|d| d.stance != DocumentStance::Unrelated)
        .collect();
    let unrelated = v.documents.len() - shown.len();
    let tally = |s: DocumentStance| v.with_stance(s).count();
    html! {
        section.story {
            h2 {
                "Claim"
                @if let Some(id) = &v.claim.id { " " span.story-id { (id) } }
            }
            blockquote.claim-text dir="auto" { (v.claim.text) }
            p.facts {
                (tally(DocumentStance::Disagree)) " disagree · " (tally(DocumentStance::Agree)) " agree · "
                (tally(DocumentStance::Discuss)) " discuss · " (unrelated) " unrelated"
            }
            @for d in shown { (verdict(d)) }
        }
    }
}

/// One document's verdict with its deciding sentence.
fn verdict(d: &DocumentVerdict) -> Markup {
    let stance = d.stance.name();
    html! {
        div.verdict {
            p.meta {
                span class=(format!("stance {stance}")) { (stance) } " "
                span.score { (format!("{:.2}", d.score)) }
                @if d.by_model { " (stance model, from the whole article)" }
                " · " strong { (d.source.as_deref().unwrap_or(&d.id)) }
                @if let Some(p) = d.published { " · " span.date { (p.to_string()) } }
                " · " code { (d.id) }
                @if let Some(url) = &d.url { " · " code { (url) } }
            }
            @if let Some(e) = d.evidence.first() {
                @if let Some(who) = &e.speaker { p.who dir="auto" { (who) } }
                blockquote dir="auto" { (e.text) }
                p.cite { "bytes " (e.start) "–" (e.end) }
                @if !e.explanation.is_empty() { p.why dir="auto" { (e.explanation) } }
            }
        }
    }
}
