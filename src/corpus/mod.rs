//! Documents and the loaders that read them: a folder of `.txt` files with an optional
//! `manifest.json`, a JSON Lines file, or documents built in code.
//!
//! A document that cannot be read is recorded under [`Corpus::skipped`] with its reason; the
//! others go on. Documents read plus documents skipped always equal documents given.

pub(crate) mod decode;
mod document;
mod feed;
mod html;
pub(crate) mod manifest;
mod stream;
mod warc;

pub use decode::{HARD_LIMIT_BYTES, LoadOptions};
pub use document::{Document, Repaired, Skipped};
pub use manifest::ManifestEntry;
pub use stream::{DocumentStream, Input};

use crate::error::Error;
use std::io::BufRead;
use std::path::Path;

/// Documents to check, and the inputs that could not be read.
///
/// ```no_run
/// use crosscheck::{Corpus, LoadOptions};
/// // A folder of .txt files (with an optional manifest.json) or a JSON Lines file.
/// let corpus = Corpus::load(&["seeds"], &LoadOptions::default())?;
/// for s in &corpus.skipped {
///     eprintln!("skipped {}: {}", s.path, s.reason);
/// }
/// # Ok::<(), crosscheck::Error>(())
/// ```
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Documents, in the order given (folders in file-name order).
    pub documents: Vec<Document>,
    /// Inputs skipped, with their reasons.
    pub skipped: Vec<Skipped>,
    /// Documents whose bytes were not UTF-8 and were read anyway: in a legacy encoding, or with
    /// invalid UTF-8 replaced (lossy mode).
    pub repaired: Vec<Repaired>,
    /// Files in the folders given that are not of a kind the checker reads, left out.
    pub unread: Vec<Skipped>,
    /// Problems that cost no document: a manifest that cannot be read (the files are read
    /// without its metadata), a malformed date (dropped).
    pub warnings: Vec<Skipped>,
}

impl Corpus {
    /// An empty corpus.
    pub fn new() -> Self {
        Corpus::default()
    }

    /// Adds a document built in code.
    pub fn push(&mut self, document: Document) {
        self.documents.push(document);
    }

    /// Loads every path: folders of `.txt` (with an optional `manifest.json`), `.jsonl` files and
    /// single `.txt` files. A path that does not exist is an error; a file that cannot be read is
    /// recorded as skipped. To keep memory bounded by claims rather than by text, read a
    /// [`DocumentStream`] instead (the CLI does).
    pub fn load(paths: &[impl AsRef<Path>], opts: &LoadOptions) -> Result<Corpus, Error> {
        Corpus::collect(DocumentStream::open(paths, opts)?)
    }

    /// Gathers a stream of inputs into a corpus.
    pub fn collect(stream: impl Iterator<Item = Result<Input, Error>>) -> Result<Corpus, Error> {
        let mut corpus = Corpus::new();
        for input in stream {
            match input? {
                Input::Document(d) => corpus.documents.push(d),
                Input::Skipped(s) => corpus.skipped.push(s),
                Input::Warning(w) => corpus.warnings.push(w),
                Input::Repaired(r) => corpus.repaired.push(r),
                Input::Unread(u) => corpus.unread.push(u),
            }
        }
        Ok(corpus)
    }

    /// Loads a folder: each `.txt` file is a document (id = file name without `.txt`), in file-name
    /// order. A `manifest.json` beside them gives outlet, date, language and URL per file.
    pub fn from_dir(dir: &Path, opts: &LoadOptions) -> Result<Corpus, Error> {
        Corpus::load(&[dir.to_path_buf()], opts)
    }

    /// Loads a JSON Lines file: one document a line, with `id`, `text` and optionally `source`,
    /// `published`, `language`, `url`. A line that does not parse is skipped with its number.
    pub fn from_jsonl(path: &Path, opts: &LoadOptions) -> Result<Corpus, Error> {
        Corpus::load(&[path.to_path_buf()], opts)
    }

    /// Reads JSON Lines from any reader; `path` names it in skip reasons.
    pub fn from_jsonl_reader(
        reader: impl BufRead + Send + 'static,
        path: &Path,
        opts: &LoadOptions,
    ) -> Result<Corpus, Error> {
        Corpus::collect(DocumentStream::from_reader(reader, path, opts))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use decode::decode_text;
    use manifest::is_valid_date;

    #[test]
    fn validates_dates() {
        assert!(is_valid_date("2024-01-27"));
        assert!(!is_valid_date("2024-13-01"));
        assert!(!is_valid_date("27/01/2024"));
    }

    #[test]
    fn decode_names_the_fault() {
        let p = Path::new("x.txt");
        let o = LoadOptions::default();
        // UTF-8 damaged («é» then a stray byte) is refused, not guessed at.
        let e = decode_text(p, vec![0xc3, 0xa9, 0xff, b'b'], &o).unwrap_err();
        assert_eq!(e.to_string(), "x.txt: invalid UTF-8 at byte 2");
        let e = decode_text(p, vec![b'a', 0, b'b'], &o).unwrap_err();
        assert!(e.to_string().contains("binary"));
        let e = decode_text(p, b"  \n".to_vec(), &o).unwrap_err();
        assert!(e.to_string().contains("empty"));
        let lossy = LoadOptions {
            lossy_utf8: true,
            ..o
        };
        assert_eq!(
            decode_text(p, vec![0xc3, 0xa9, 0xff], &lossy).unwrap(),
            "é\u{FFFD}"
        );
    }

    /// An Arabic article saved in Windows-1256 (as many archives are) is read as Arabic, and
    /// the encoding it was read in is said; a file named to be in another encoding is read in
    /// it; a label that names none is an error naming the setting.
    #[test]
    fn a_legacy_arabic_file_is_detected_and_decoded() {
        let p = Path::new("x.txt");
        let text = "أعلنت وزارة الداخلية اعتقال خمسة مطلوبين في محافظة ديالى بعد اشتباك قصير.";
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1256.encode(text);
        assert!(!unmappable);
        assert!(std::str::from_utf8(&bytes).is_err());
        let d = decode::decode_bytes(p, bytes.to_vec(), &LoadOptions::default()).unwrap();
        assert_eq!(d.text, text);
        assert_eq!(d.encoding, Some("windows-1256"));
        assert!(d.replaced.is_empty());
        // Named: Latin-1 bytes read as such, even where a guess could differ.
        let forced = LoadOptions {
            encoding: Some("latin1".into()),
            ..LoadOptions::default()
        };
        let d = decode::decode_bytes(p, b"caf\xe9".to_vec(), &forced).unwrap();
        assert_eq!(d.text, "café");
        assert_eq!(d.encoding, Some("windows-1252"));
        let bad = LoadOptions {
            encoding: Some("klingon".into()),
            ..LoadOptions::default()
        };
        let e = decode::decode_bytes(p, b"abc".to_vec(), &bad).unwrap_err();
        assert!(e.to_string().contains("`encoding`"), "{e}");
    }
}
