//! Raw bytes to text: UTF-8 checked (or repaired in lossy mode), binary and oversized inputs
//! refused with their reason.

use crate::error::Error;
use std::fs;
use std::path::Path;

/// How documents are read.
///
/// ```
/// use crosscheck::{Corpus, LoadOptions};
///
/// // Read files with broken UTF-8 anyway, replacing the bad bytes (recorded as repaired).
/// let options = LoadOptions { lossy_utf8: true, ..LoadOptions::default() };
/// let corpus = Corpus::load(&["seeds"], &options)?;
/// assert!(corpus.repaired.is_empty());
/// # Ok::<(), crosscheck::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Largest document accepted, in bytes.
    pub max_document_bytes: u64,
    /// Replace invalid UTF-8 with U+FFFD instead of skipping the document.
    pub lossy_utf8: bool,
}

impl LoadOptions {
    /// The default largest document: 256 MiB, far above any article, below what would exhaust
    /// memory on a typo'd path to a disk image.
    pub const DEFAULT_MAX_DOCUMENT_BYTES: u64 = 256 * 1024 * 1024;
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_document_bytes: Self::DEFAULT_MAX_DOCUMENT_BYTES,
            lossy_utf8: false,
        }
    }
}

/// The byte ranges of `bytes` that are not valid UTF-8.
pub fn invalid_utf8_ranges(bytes: &[u8]) -> Vec<[usize; 2]> {
    let mut out = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        match std::str::from_utf8(&bytes[at..]) {
            Ok(_) => break,
            Err(e) => {
                let start = at + e.valid_up_to();
                let len = e.error_len().unwrap_or(bytes.len() - start);
                out.push([start, start + len]);
                at = start + len;
            }
        }
    }
    out
}

/// Checks raw bytes and turns them into text, or says why not.
#[cfg(any(test, feature = "lab"))]
pub fn decode_text(path: &Path, bytes: Vec<u8>, opts: &LoadOptions) -> Result<String, Error> {
    decode_text_with_repairs(path, bytes, opts).map(|(text, _)| text)
}

/// Like [`decode_text`], also returning the byte ranges replaced in lossy mode.
pub fn decode_text_with_repairs(
    path: &Path,
    bytes: Vec<u8>,
    opts: &LoadOptions,
) -> Result<(String, Vec<[usize; 2]>), Error> {
    let path_buf = || path.to_path_buf();
    let limit = opts.max_document_bytes.min(HARD_LIMIT_BYTES);
    if bytes.len() as u64 > limit {
        return Err(Error::TooLarge {
            path: path_buf(),
            size: bytes.len() as u64,
            limit,
        });
    }
    if let Some(byte) = memchr_nul(&bytes) {
        return Err(Error::Binary {
            path: path_buf(),
            byte,
        });
    }
    // A vectorised check first: the standard one reads Arabic, all of it above ASCII, at about a
    // tenth of the speed, and was 2.4 % of a whole check's instructions. Copying the checked
    // text is cheaper than checking it. An invalid text is checked again for where it fails.
    let (text, replaced) = match simdutf8::basic::from_utf8(&bytes)
        .map(str::to_owned)
        .or_else(|_| String::from_utf8(bytes))
    {
        Ok(t) => (t, Vec::new()),
        Err(e) if opts.lossy_utf8 => {
            let replaced = invalid_utf8_ranges(e.as_bytes());
            (String::from_utf8_lossy(e.as_bytes()).into_owned(), replaced)
        }
        Err(e) => {
            return Err(Error::InvalidUtf8 {
                path: path_buf(),
                byte: e.utf8_error().valid_up_to(),
            });
        }
    };
    if text.trim().is_empty() {
        return Err(Error::EmptyDocument { path: path_buf() });
    }
    Ok((text, replaced))
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(0, bytes)
}

/// No document may exceed this, whatever the options: offsets are kept as 32-bit numbers.
pub const HARD_LIMIT_BYTES: u64 = u32::MAX as u64 - 1;

pub(super) fn read_file(
    path: &Path,
    opts: &LoadOptions,
) -> Result<(String, Vec<[usize; 2]>), Error> {
    let io = |e| Error::Io {
        path: path.to_path_buf(),
        source: e,
    };
    let size = fs::metadata(path).map_err(io)?.len();
    if size > opts.max_document_bytes {
        return Err(Error::TooLarge {
            path: path.to_path_buf(),
            size,
            limit: opts.max_document_bytes,
        });
    }
    let bytes = fs::read(path).map_err(io)?;
    decode_text_with_repairs(path, bytes, opts)
}
