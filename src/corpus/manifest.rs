//! A folder's `manifest.json`: the outlet, date, language and address of each file.

use crate::error::Error;
use jiff::civil::Date;
use serde::Deserialize;
use std::fs;
use std::path::Path;

/// One entry of a folder's `manifest.json`.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ManifestEntry {
    /// The file name in the folder.
    pub file: String,
    /// The outlet.
    #[serde(default)]
    pub source: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    #[serde(default)]
    pub published: Option<String>,
    /// Language code.
    #[serde(default)]
    pub language: Option<String>,
    /// Where it was found.
    #[serde(default)]
    pub url: Option<String>,
}

/// True for a plausible `YYYY-MM-DD` date.
pub fn is_valid_date(s: &str) -> bool {
    crate::text::dates::calendar_date(s).is_some_and(|d| (1800..=2200).contains(&d.year()))
}

/// The publication date written `date`, if any, as a date; a date that is not one is an error
/// naming `what` (a file or a record) in `path`.
pub(super) fn parse_date(
    path: &Path,
    what: &str,
    date: Option<&str>,
) -> Result<Option<Date>, Error> {
    let Some(d) = date else {
        return Ok(None);
    };
    match crate::text::dates::calendar_date(d) {
        Some(date) if is_valid_date(d) => Ok(Some(date)),
        _ => Err(Error::Manifest {
            path: path.to_path_buf(),
            message: format!("{what}: published `{d}` is not a calendar date (YYYY-MM-DD)"),
        }),
    }
}

pub(super) fn read_manifest(path: &Path) -> Result<Vec<ManifestEntry>, Error> {
    let text = fs::read_to_string(path).map_err(|e| Error::Io {
        path: path.to_path_buf(),
        source: e,
    })?;
    parse_manifest(path, &text)
}

/// Parses the text of a `manifest.json`; `path` names it in errors. Unknown fields are refused,
/// so a typo (`publised`) is reported rather than ignored.
pub fn parse_manifest(path: &Path, text: &str) -> Result<Vec<ManifestEntry>, Error> {
    serde_json::from_str(text).map_err(|e| Error::Manifest {
        path: path.to_path_buf(),
        message: format!("line {}: {e}", e.line()),
    })
}
