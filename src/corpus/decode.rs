//! Raw bytes to text: UTF-8 checked, a legacy encoding (Windows-1256 Arabic, Latin-1) detected
//! and decoded, damaged UTF-8 repaired in lossy mode; binary and oversized inputs refused with
//! their reason.

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
    /// The encoding every file is read in, as a WHATWG label ("windows-1256", "iso-8859-6",
    /// "utf-8"); `None` reads UTF-8 and detects the encoding of a file that is not.
    pub encoding: Option<String>,
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
            encoding: None,
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

/// Text decoded from a file's bytes, with what was done to read it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    /// The text: every span the checker reports is a byte range into it.
    pub text: String,
    /// The byte ranges of the original bytes that were not valid UTF-8 and were replaced by
    /// U+FFFD (lossy mode only).
    pub replaced: Vec<[usize; 2]>,
    /// The encoding the bytes were read in, when not UTF-8 (detected, or forced by
    /// [`LoadOptions::encoding`]).
    pub encoding: Option<&'static str>,
}

/// Checks raw bytes and turns them into text, or says why not.
#[cfg(any(test, feature = "lab"))]
pub fn decode_text(path: &Path, bytes: Vec<u8>, opts: &LoadOptions) -> Result<String, Error> {
    decode_bytes(path, bytes, opts).map(|d| d.text)
}

/// Checks raw bytes and turns them into text, saying how, or says why not. UTF-8 is read as it
/// is. Bytes that are not UTF-8 and hold no UTF-8 sequence beyond ASCII are a file in a legacy
/// encoding: it is detected ([`chardetng`]) and decoded ([`encoding_rs`]). Bytes that are
/// mostly UTF-8 with some damage are an error, or repaired in lossy mode.
pub fn decode_bytes(path: &Path, bytes: Vec<u8>, opts: &LoadOptions) -> Result<Decoded, Error> {
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
    let forced = match opts.encoding.as_deref() {
        Some(label) => Some(encoding_of(label)?),
        None => None,
    };
    let decoded = match forced {
        Some(encoding) if encoding != encoding_rs::UTF_8 => decode_legacy(path, &bytes, encoding)?,
        _ => decode_utf8(path, bytes, opts)?,
    };
    if decoded.text.trim().is_empty() {
        return Err(Error::EmptyDocument { path: path_buf() });
    }
    Ok(decoded)
}

/// The encoding a WHATWG label names ("windows-1256", "cp1256", "latin1"), or an error naming
/// the setting.
pub(crate) fn encoding_of(label: &str) -> Result<&'static encoding_rs::Encoding, Error> {
    encoding_rs::Encoding::for_label(label.trim().as_bytes()).ok_or_else(|| Error::Config {
        field: "encoding",
        message: format!(
            "`{label}` names no encoding (try utf-8, windows-1256, iso-8859-6, windows-1252)"
        ),
    })
}

/// UTF-8 read as it is; bytes that are not, read in the legacy encoding they are in, or
/// repaired, or refused.
fn decode_utf8(path: &Path, bytes: Vec<u8>, opts: &LoadOptions) -> Result<Decoded, Error> {
    // A vectorised check first: the standard one reads Arabic, all of it above ASCII, at about a
    // tenth of the speed, and was 2.4 % of a whole check's instructions. Copying the checked
    // text is cheaper than checking it. An invalid text is checked again for where it fails.
    match simdutf8::basic::from_utf8(&bytes)
        .map(str::to_owned)
        .or_else(|_| String::from_utf8(bytes))
    {
        Ok(text) => Ok(Decoded {
            text,
            replaced: Vec::new(),
            encoding: None,
        }),
        Err(e) if !holds_utf8_beyond_ascii(e.as_bytes()) => {
            let bytes = e.as_bytes();
            let mut detector =
                chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
            detector.feed(bytes, true);
            decode_legacy(
                path,
                bytes,
                detector.guess(None, chardetng::Utf8Detection::Deny),
            )
        }
        Err(e) if opts.lossy_utf8 => {
            let replaced = invalid_utf8_ranges(e.as_bytes());
            Ok(Decoded {
                text: String::from_utf8_lossy(e.as_bytes()).into_owned(),
                replaced,
                encoding: None,
            })
        }
        Err(e) => Err(Error::InvalidUtf8 {
            path: path.to_path_buf(),
            byte: e.utf8_error().valid_up_to(),
        }),
    }
}

/// Bytes read in a legacy encoding; an error naming the first byte it cannot decode.
fn decode_legacy(
    path: &Path,
    bytes: &[u8],
    encoding: &'static encoding_rs::Encoding,
) -> Result<Decoded, Error> {
    let (text, malformed) = encoding.decode_without_bom_handling(bytes);
    if malformed {
        let mut decoder = encoding.new_decoder_without_bom_handling();
        let mut out = String::with_capacity(bytes.len() * 2);
        let (_, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, true);
        return Err(Error::InvalidEncoding {
            path: path.to_path_buf(),
            encoding: encoding.name(),
            byte: read.saturating_sub(1),
        });
    }
    Ok(Decoded {
        text: text.into_owned(),
        replaced: Vec::new(),
        encoding: Some(encoding.name()),
    })
}

/// True when the bytes hold a valid UTF-8 sequence of more than one byte: text written in
/// UTF-8 and damaged, not text in a legacy encoding (where such sequences are rare).
fn holds_utf8_beyond_ascii(bytes: &[u8]) -> bool {
    // The valid stretches are those between the invalid ranges.
    let mut from = 0;
    for [start, end] in invalid_utf8_ranges(bytes)
        .into_iter()
        .chain([[bytes.len(); 2]])
    {
        if !bytes[from..start].is_ascii() {
            return true;
        }
        from = end;
    }
    false
}

fn memchr_nul(bytes: &[u8]) -> Option<usize> {
    memchr::memchr(0, bytes)
}

/// No document may exceed this, whatever the options: offsets are kept as 32-bit numbers.
pub const HARD_LIMIT_BYTES: u64 = u32::MAX as u64 - 1;

pub(super) fn read_file(path: &Path, opts: &LoadOptions) -> Result<Decoded, Error> {
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
    decode_bytes(path, bytes, opts)
}
