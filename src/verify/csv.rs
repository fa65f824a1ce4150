//! Verifications as CSV, one row a document, for a spreadsheet: the desk's batch of claims
//! against an archive read as a table.

use super::{DocumentVerdict, Verification};
use crate::report::csv::cell;

/// The columns, in order.
const HEADER: [&str; 14] = [
    "claim_id",
    "claim",
    "document",
    "source",
    "published",
    "stance",
    "score",
    "by_model",
    "sentence",
    "start",
    "end",
    "speaker",
    "cues",
    "explanation",
];

/// Verifications as CSV (RFC 4180, a header row, then one row a document of each verification,
/// in its order: what contradicts the claim first): the claim's id and text, the document's id,
/// outlet and date, its stance and score, whether a stance model chose it, and the sentence that
/// decided it with its byte range in the document, its speaker, cue words (joined by ` | `) and
/// explanation. A cell that opens with a formula character (`=`, `+`, `-`, `@`) gets a leading
/// apostrophe, so that a spreadsheet keeps it as text. No byte-order mark.
///
/// ```
/// use crosscheck::{Checker, Corpus, Document, Statement};
/// use crosscheck::verify::{Verifier, to_csv};
///
/// let mut corpus = Corpus::new();
/// corpus.push(Document::new("a", "نفت وزارة الداخلية اعتقال الصحفي كريم الناصري في البصرة.").with_source("Example"));
/// let checker = Checker::new();
/// let claim = Statement::new("اعتقلت الشرطة الصحفي كريم الناصري في البصرة", checker.lexicon());
/// let csv = to_csv(&[Verifier::new(&checker, &corpus).verify(&claim)]);
/// assert!(csv.starts_with("claim_id,claim,document,source,"));
/// assert!(csv.lines().nth(1).unwrap().contains(",a,Example,,disagree,"));
/// ```
pub fn to_csv(verifications: &[Verification]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to memory cannot fail; a row that could not be written would be a bug here.
    let _ = w.write_record(HEADER);
    for v in verifications {
        for d in &v.documents {
            let row = row(v, d);
            let _ = w.write_record(row.iter().map(|c| cell(c).into_owned()));
        }
    }
    let bytes = w.into_inner().unwrap_or_default();
    String::from_utf8(bytes).unwrap_or_default()
}

/// One document's row.
fn row(v: &Verification, d: &DocumentVerdict) -> [String; 14] {
    let e = d.evidence.first();
    let of = |f: &dyn Fn(&super::Evidence) -> String| e.map(f).unwrap_or_default();
    [
        v.claim.id.clone().unwrap_or_default(),
        v.claim.text.clone(),
        d.id.clone(),
        d.source.clone().unwrap_or_default(),
        d.published.map(|p| p.to_string()).unwrap_or_default(),
        d.stance.name().to_string(),
        format!("{:.3}", d.score),
        d.by_model.to_string(),
        of(&|e| e.text.clone()),
        of(&|e| e.start.to_string()),
        of(&|e| e.end.to_string()),
        of(&|e| e.speaker.clone().unwrap_or_default()),
        of(&|e| e.cues.join(" | ")),
        of(&|e| e.explanation.clone()),
    ]
}

/// Writes verifications as CSV ([`to_csv`]) to `out`, after the UTF-8 byte-order mark a
/// spreadsheet needs to read Arabic, as [`crate::Report::write_csv`] writes the check report.
pub fn write_csv(
    verifications: &[Verification],
    mut out: impl std::io::Write,
) -> std::io::Result<()> {
    out.write_all(crate::report::csv::BOM.as_bytes())?;
    out.write_all(to_csv(verifications).as_bytes())
}
