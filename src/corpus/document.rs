//! One news article, and the records of inputs that were skipped or repaired.

use crate::error::Error;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::path::Path;

/// One news article.
///
/// ```
/// use crosscheck::{Document, date};
///
/// let d = Document::new("a1", "قال الوزير إن المحادثات مستمرة.")
///     .with_source("Outlet A")
///     .with_published(date(2024, 1, 27));
/// assert_eq!(d.source.as_deref(), Some("Outlet A"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Document {
    /// Stable id: the file name without `.txt`, or the `id` of a JSON Lines record.
    pub id: String,
    /// The outlet that published it.
    pub source: Option<String>,
    /// Publication date.
    pub published: Option<Date>,
    /// Language code (`ar`, `en`).
    pub language: Option<String>,
    /// Where it was found.
    pub url: Option<String>,
    /// The original text. Claim offsets are byte offsets into it.
    pub text: String,
}

impl Document {
    /// A document with only an id and a text.
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            source: None,
            published: None,
            language: None,
            url: None,
            text: text.into(),
        }
    }

    /// Sets the outlet.
    pub fn with_source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// Sets the publication date.
    pub fn with_published(mut self, date: Date) -> Self {
        self.published = Some(date);
        self
    }

    /// Sets the language code.
    pub fn with_language(mut self, language: impl Into<String>) -> Self {
        self.language = Some(language.into());
        self
    }
}

/// An input that was not turned into a document, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Skipped {
    /// The file (and line, for JSON Lines) at fault.
    pub path: String,
    /// Why it was skipped.
    pub reason: String,
}

impl Skipped {
    pub(super) fn from_error(path: &Path, err: &Error) -> Self {
        let reason = err.to_string();
        let prefix = format!("{}: ", path.display());
        Skipped {
            path: path.display().to_string(),
            reason: reason.strip_prefix(&prefix).unwrap_or(&reason).to_string(),
        }
    }
}

/// A document whose bytes were not UTF-8 and were read anyway: in a legacy encoding (detected,
/// or named by [`crate::LoadOptions::encoding`]), or in lossy mode with the byte ranges that
/// were not valid UTF-8 replaced by U+FFFD.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Repaired {
    /// The file (and line, for JSON Lines).
    pub path: String,
    /// Replaced byte ranges of the original bytes, `[start, end)`.
    pub replaced: Vec<[usize; 2]>,
    /// The encoding the file was read in, when it was not UTF-8 ("windows-1256"): the
    /// document's spans are byte ranges into the text decoded from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub encoding: Option<String>,
}

/// The primary subtag of a language tag, lower-cased ("ar-IQ" gives "ar"), as documents name
/// their language; `None` for an empty tag.
pub(crate) fn primary_language(tag: &str) -> Option<String> {
    let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
    (!primary.is_empty()).then_some(primary)
}
