//! A folder's `manifest.json`: the outlet, date, language and address of each file.

use crate::error::Error;
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

pub(super) fn check_date(path: &Path, what: &str, date: &Option<String>) -> Result<(), Error> {
    match date {
        Some(d) if !is_valid_date(d) => Err(Error::Manifest {
            path: path.to_path_buf(),
            message: format!("{what}: published `{d}` is not a calendar date (YYYY-MM-DD)"),
        }),
        _ => Ok(()),
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
