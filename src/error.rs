//! Errors, each naming the file, line or field at fault.

use std::path::PathBuf;

/// Everything that can go wrong in crosscheck.
///
/// ```
/// use crosscheck::{Corpus, Error, LoadOptions};
///
/// let err = Corpus::load(&["no/such/folder"], &LoadOptions::default()).unwrap_err();
/// assert!(matches!(err, Error::NotFound { .. }));
/// assert!(err.to_string().contains("no/such/folder"));
/// ```
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A setting is out of its range.
    #[error("setting `{field}`: {message}")]
    Config {
        /// The setting.
        field: &'static str,
        /// What is wrong with it.
        message: String,
    },
    /// A file could not be read.
    #[error("{path}: cannot read: {source}")]
    Io {
        /// The file.
        path: PathBuf,
        /// What the system said.
        source: std::io::Error,
    },
    /// A document is not valid UTF-8.
    #[error("{path}: invalid UTF-8 at byte {byte}")]
    InvalidUtf8 {
        /// The file.
        path: PathBuf,
        /// Offset of the first bad byte.
        byte: usize,
    },
    /// A document is not valid in the encoding it was read in.
    #[error("{path}: not valid {encoding} at byte {byte}")]
    InvalidEncoding {
        /// The file.
        path: PathBuf,
        /// The encoding it was read in.
        encoding: &'static str,
        /// Offset of the first byte that encoding cannot decode.
        byte: usize,
    },
    /// A saved web page holds no article that can be read.
    #[error("{path}: saved page: {message}")]
    Page {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// A file given as a news feed is not one.
    #[error("{path}: feed: {message}")]
    Feed {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// A file given as a web archive is not one.
    #[error("{path}: web archive: {message}")]
    Warc {
        /// The file.
        path: PathBuf,
        /// What went wrong.
        message: String,
    },
    /// A document has no text.
    #[error("{path}: empty document")]
    EmptyDocument {
        /// The file or document id.
        path: PathBuf,
    },
    /// A document looks like binary data (it holds NUL bytes).
    #[error("{path}: binary data (NUL byte at {byte}), not text")]
    Binary {
        /// The file.
        path: PathBuf,
        /// Offset of the first NUL byte.
        byte: usize,
    },
    /// A document is larger than the configured limit.
    #[error("{path}: {size} bytes is over the limit of {limit} bytes")]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// A manifest is not what it should be.
    #[error("{path}: manifest: {message}")]
    Manifest {
        /// The manifest file.
        path: PathBuf,
        /// What is wrong, with the entry or field at fault.
        message: String,
    },
    /// A JSON Lines record could not be read.
    #[error("{path}:{line}: {message}")]
    JsonLine {
        /// The file.
        path: PathBuf,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A lexicon file could not be parsed.
    #[error("lexicon {path}, line {line}: {message}")]
    Lexicon {
        /// The lexicon file name.
        path: PathBuf,
        /// 1-based line.
        line: usize,
        /// What the parser said.
        message: String,
    },
    /// A lexicon entry is inconsistent.
    #[error("lexicon entry `{entry}`: {message}")]
    LexiconEntry {
        /// The entry's id or name.
        entry: String,
        /// What is wrong.
        message: String,
    },
    /// A path given to the checker does not exist.
    #[error("{path}: no such file or folder")]
    NotFound {
        /// The path.
        path: PathBuf,
    },
    /// A folder given to the checker holds no `.txt` article, in it or in its subfolders.
    #[error("{path}: no articles (.txt, .html) in this folder or its subfolders")]
    EmptyInput {
        /// The folder.
        path: PathBuf,
    },
    /// A folder's `manifest.json` was given as if it were an article.
    #[error("{path}: a manifest describes the articles of its folder; give the folder instead")]
    ManifestAsDocument {
        /// The manifest.
        path: PathBuf,
    },
    /// A judge or stance model file that cannot be used (not JSON, or made for other features).
    #[error("model {path}: {message}")]
    Model {
        /// The model file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
}
