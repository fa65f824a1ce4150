//! The conflicts as CSV, one row a conflict with both claims, for a spreadsheet.

use super::Report;
use crate::claim::Claim;
use std::borrow::Cow;

/// The UTF-8 byte-order mark: without it a spreadsheet reads a CSV file in the machine's legacy
/// code page, and Arabic comes out as mojibake.
pub(crate) const BOM: &str = "\u{feff}";

/// A cell as a spreadsheet must see it: one that opens with a formula character (`=`, `+`, `-`,
/// `@`, a tab or a carriage return) would be run as a formula when the file is opened, so it
/// gets a leading apostrophe and stays text (the OWASP advice against CSV injection).
pub(crate) fn cell(text: &str) -> Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        Cow::Owned(format!("'{text}"))
    } else {
        Cow::Borrowed(text)
    }
}

/// The columns, in order.
const HEADER: [&str; 24] = [
    "id",
    "story",
    "kind",
    "score",
    "topic",
    "explanation",
    "a_id",
    "a_doc",
    "a_source",
    "a_published",
    "a_speaker",
    "a_side",
    "a_text",
    "b_id",
    "b_doc",
    "b_source",
    "b_published",
    "b_speaker",
    "b_side",
    "b_text",
    "a_cue",
    "b_cue",
    "verdict",
    "note",
];

impl Report {
    /// The conflicts as CSV (RFC 4180, a header row, one row a conflict in report order):
    /// the conflict's stable id, story, kind, score, topic, explanation, then each claim's id, document, outlet, date,
    /// speaker, side and text, the cue words of each, and the analyst's verdict and note when a
    /// review was applied ([`Report::apply_review`]). A cell that opens with a formula
    /// character (`=`, `+`, `-`, `@`) gets a leading apostrophe, so that a spreadsheet keeps it
    /// as text. No byte-order mark: [`Report::write_csv`] writes one, for spreadsheets.
    ///
    /// ```
    /// use crosscheck::{Checker, Corpus, Document};
    ///
    /// let mut corpus = Corpus::new();
    /// corpus.push(Document::new("a", "وتنتشر في النيجر قرابة 3000 جندي فرنسي ضمن المهمة."));
    /// corpus.push(Document::new("b", "وقال مسؤول فرنسي إن عدد الجنود الفرنسيين في النيجر لا يتجاوز ألف جندي."));
    /// let csv = Checker::new().check(&corpus).to_csv();
    /// assert!(csv.starts_with("id,story,kind,score,"));
    /// assert_eq!(csv.lines().count(), 2);
    /// ```
    pub fn to_csv(&self) -> String {
        let mut w = csv::Writer::from_writer(Vec::new());
        // Writing to memory cannot fail; a row that could not be written would be a bug here.
        let _ = w.write_record(HEADER);
        let by_id = self.claims_by_id();
        for c in &self.conflicts {
            let (Some(a), Some(b)) = (by_id.get(c.a.as_str()), by_id.get(c.b.as_str())) else {
                continue;
            };
            let mut row: Vec<String> = vec![
                c.id.clone(),
                c.story.clone().unwrap_or_default(),
                c.kind.name().to_string(),
                format!("{:.3}", c.score),
                c.topic.clone(),
                c.explanation.clone(),
            ];
            row.extend(claim_columns(a));
            row.extend(claim_columns(b));
            row.extend(c.cues.iter().cloned());
            // An analyst's verdict from the review file, empty when not reviewed.
            let (verdict, note) = match &c.review {
                Some(r) => (
                    match r.verdict {
                        super::ReviewVerdict::Confirmed => "confirmed",
                        super::ReviewVerdict::Dismissed => "dismissed",
                    }
                    .to_string(),
                    r.note.clone().unwrap_or_default(),
                ),
                None => (String::new(), String::new()),
            };
            row.push(verdict);
            row.push(note);
            let _ = w.write_record(row.iter().map(|c| cell(c).into_owned()));
        }
        let bytes = w.into_inner().unwrap_or_default();
        String::from_utf8(bytes).unwrap_or_default()
    }
}

fn claim_columns(c: &Claim) -> [String; 7] {
    [
        c.id.clone(),
        c.doc.clone(),
        c.source.clone().unwrap_or_default(),
        c.published.map(|d| d.to_string()).unwrap_or_default(),
        c.speaker.name.clone().unwrap_or_default(),
        c.speaker.side.clone().unwrap_or_default(),
        c.text.clone(),
    ]
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn a_cell_opening_with_a_formula_character_stays_text() {
        for text in ["=SUM(A1:A9)", "+971 50", "-1", "@cmd", "\tx"] {
            assert_eq!(cell(text), format!("'{text}"));
        }
        for text in ["نفت الوزارة", "12 killed", "S1", ""] {
            assert_eq!(cell(text), text);
        }
    }
}
