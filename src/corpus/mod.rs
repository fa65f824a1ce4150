//! Documents and the loaders that read them: a folder of `.txt` files with an optional
//! `manifest.json`, a JSON Lines file, or documents built in code.
//!
//! A document that cannot be read is recorded under [`Corpus::skipped`] with its reason; the
//! others go on. Documents read plus documents skipped always equal documents given.

use crate::error::Error;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

/// One news article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// Stable id: the file name without `.txt`, or the `id` of a JSON Lines record.
    pub id: String,
    /// The outlet that published it.
    pub source: Option<String>,
    /// Publication date, `YYYY-MM-DD`.
    pub published: Option<String>,
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

    /// Sets the publication date (`YYYY-MM-DD`).
    pub fn with_published(mut self, date: impl Into<String>) -> Self {
        self.published = Some(date.into());
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
pub struct Skipped {
    /// The file (and line, for JSON Lines) at fault.
    pub path: String,
    /// Why it was skipped.
    pub reason: String,
}

impl Skipped {
    fn from_error(path: &Path, err: &Error) -> Self {
        let reason = err.to_string();
        let prefix = format!("{}: ", path.display());
        Skipped {
            path: path.display().to_string(),
            reason: reason.strip_prefix(&prefix).unwrap_or(&reason).to_string(),
        }
    }
}

/// A document read in lossy mode, with the byte ranges of the original file that were not valid
/// UTF-8 and were replaced by U+FFFD.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Repaired {
    /// The file (and line, for JSON Lines).
    pub path: String,
    /// Replaced byte ranges of the original bytes, `[start, end)`.
    pub replaced: Vec<[usize; 2]>,
}

/// How documents are read.
#[derive(Debug, Clone)]
pub struct LoadOptions {
    /// Largest document accepted, in bytes.
    pub max_document_bytes: u64,
    /// Replace invalid UTF-8 with U+FFFD instead of skipping the document.
    pub lossy_utf8: bool,
}

impl Default for LoadOptions {
    fn default() -> Self {
        LoadOptions {
            max_document_bytes: 256 * 1024 * 1024,
            lossy_utf8: false,
        }
    }
}

/// Documents to check, and the inputs that could not be read.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// Documents, in the order given (folders in file-name order).
    pub documents: Vec<Document>,
    /// Inputs skipped, with their reasons.
    pub skipped: Vec<Skipped>,
    /// Documents whose invalid UTF-8 was replaced (lossy mode only).
    pub repaired: Vec<Repaired>,
    /// Problems that cost no document: a manifest that cannot be read (the files are read
    /// without its metadata), a malformed date (dropped).
    pub warnings: Vec<Skipped>,
}

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

/// One record of a JSON Lines corpus.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonLineRecord {
    id: String,
    text: String,
    #[serde(default)]
    source: Option<String>,
    #[serde(default)]
    published: Option<String>,
    #[serde(default)]
    language: Option<String>,
    #[serde(default)]
    url: Option<String>,
}

/// True for a plausible `YYYY-MM-DD` date.
pub fn is_valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u32> { s.get(r)?.parse().ok() };
    matches!((num(0..4), num(5..7), num(8..10)),
        (Some(y), Some(m), Some(d)) if (1800..=2200).contains(&y) && (1..=12).contains(&m) && (1..=31).contains(&d))
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
    let (text, replaced) = match String::from_utf8(bytes) {
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
    bytes.iter().position(|&b| b == 0)
}

/// No document may exceed this, whatever the options: offsets are kept as 32-bit numbers.
pub const HARD_LIMIT_BYTES: u64 = u32::MAX as u64 - 1;

fn read_file(path: &Path, opts: &LoadOptions) -> Result<(String, Vec<[usize; 2]>), Error> {
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

fn check_date(path: &Path, what: &str, date: &Option<String>) -> Result<(), Error> {
    match date {
        Some(d) if !is_valid_date(d) => Err(Error::Manifest {
            path: path.to_path_buf(),
            message: format!("{what}: published `{d}` is not a YYYY-MM-DD date"),
        }),
        _ => Ok(()),
    }
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
    pub fn load(paths: &[PathBuf], opts: &LoadOptions) -> Result<Corpus, Error> {
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

/// One thing read from the inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A document.
    Document(Document),
    /// An input that could not be read.
    Skipped(Skipped),
    /// A problem that cost no document.
    Warning(Skipped),
    /// A document whose invalid UTF-8 was replaced (lossy mode).
    Repaired(Repaired),
}

/// Where the stream reads next.
enum Source {
    /// A folder's `.txt` files, with the manifest's metadata.
    Dir {
        files: std::vec::IntoIter<PathBuf>,
        manifest: BTreeMap<String, ManifestEntry>,
    },
    /// JSON Lines, a line at a time.
    Lines {
        reader: Box<dyn BufRead + Send>,
        path: PathBuf,
        line: usize,
    },
    /// One text file.
    File(PathBuf),
}

/// The inputs read lazily, one document at a time: a folder is listed (and its manifest read) up
/// front, but each file's text is read only when the stream reaches it, and JSON Lines a line at
/// a time. Each document id is yielded once: a later document with an id already seen is
/// skipped, since claim ids are built on document ids.
pub struct DocumentStream {
    sources: std::collections::VecDeque<Source>,
    pending: std::collections::VecDeque<Input>,
    seen_ids: HashSet<String>,
    opts: LoadOptions,
}

impl DocumentStream {
    /// Opens every path; a path that does not exist, or a folder that cannot be listed, is an
    /// error before anything is read.
    pub fn open(paths: &[PathBuf], opts: &LoadOptions) -> Result<Self, Error> {
        let mut stream = DocumentStream {
            sources: Default::default(),
            pending: Default::default(),
            seen_ids: HashSet::new(),
            opts: opts.clone(),
        };
        for path in paths {
            if path.is_dir() {
                stream.open_dir(path)?;
            } else if path.is_file() {
                if path.extension().is_some_and(|e| e == "jsonl") {
                    let file = fs::File::open(path).map_err(|e| Error::Io {
                        path: path.clone(),
                        source: e,
                    })?;
                    stream.sources.push_back(Source::Lines {
                        reader: Box::new(BufReader::new(file)),
                        path: path.clone(),
                        line: 0,
                    });
                } else {
                    stream.sources.push_back(Source::File(path.clone()));
                }
            } else {
                return Err(Error::NotFound { path: path.clone() });
            }
        }
        Ok(stream)
    }

    /// A stream over JSON Lines from any reader; `path` names it in skip reasons.
    pub fn from_reader(
        reader: impl BufRead + Send + 'static,
        path: &Path,
        opts: &LoadOptions,
    ) -> Self {
        DocumentStream {
            sources: [Source::Lines {
                reader: Box::new(reader),
                path: path.to_path_buf(),
                line: 0,
            }]
            .into(),
            pending: Default::default(),
            seen_ids: HashSet::new(),
            opts: opts.clone(),
        }
    }

    fn open_dir(&mut self, dir: &Path) -> Result<(), Error> {
        let io = |e| Error::Io {
            path: dir.to_path_buf(),
            source: e,
        };
        let mut files: Vec<PathBuf> = fs::read_dir(dir)
            .map_err(io)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        let manifest_path = dir.join("manifest.json");
        let mut manifest: BTreeMap<String, ManifestEntry> = BTreeMap::new();
        if manifest_path.is_file() {
            match read_manifest(&manifest_path) {
                Ok(entries) => {
                    let present: HashSet<String> = files
                        .iter()
                        .filter_map(|p| p.file_name()?.to_str().map(str::to_string))
                        .collect();
                    for mut entry in entries {
                        if !present.contains(&entry.file) {
                            self.pending.push_back(Input::Skipped(Skipped {
                                path: dir.join(&entry.file).display().to_string(),
                                reason: "named in manifest.json but not found".into(),
                            }));
                            continue;
                        }
                        if let Err(e) = check_date(&manifest_path, &entry.file, &entry.published) {
                            // The document is still read; only the date is dropped.
                            self.pending
                                .push_back(Input::Warning(Skipped::from_error(&manifest_path, &e)));
                            entry.published = None;
                        }
                        manifest.insert(entry.file.clone(), entry);
                    }
                }
                // The documents are still read, without the manifest's metadata.
                Err(e) => self
                    .pending
                    .push_back(Input::Warning(Skipped::from_error(&manifest_path, &e))),
            }
        }
        self.sources.push_back(Source::Dir {
            files: files.into_iter(),
            manifest,
        });
        Ok(())
    }

    /// Yields a document unless its id was seen before.
    fn admit(&mut self, doc: Document, path: &str, replaced: Vec<[usize; 2]>) -> Input {
        if !self.seen_ids.insert(doc.id.clone()) {
            return Input::Skipped(Skipped {
                path: path.to_string(),
                reason: format!(
                    "duplicate document id `{}`: an earlier input has the same name",
                    doc.id
                ),
            });
        }
        if !replaced.is_empty() {
            self.pending.push_back(Input::Repaired(Repaired {
                path: path.to_string(),
                replaced,
            }));
        }
        Input::Document(doc)
    }

    fn read_text_file(&mut self, path: &Path, metadata: Option<ManifestEntry>) -> Input {
        match read_file(path, &self.opts) {
            Ok((text, replaced)) => {
                let mut doc = Document::new(file_id(path), text);
                if let Some(m) = metadata {
                    doc.source = m.source;
                    doc.published = m.published;
                    doc.language = m.language;
                    doc.url = m.url;
                }
                self.admit(doc, &path.display().to_string(), replaced)
            }
            Err(e) => Input::Skipped(Skipped::from_error(path, &e)),
        }
    }

    fn read_line(&mut self, bytes: Vec<u8>, path: &Path, line: usize) -> Input {
        let at = format!("{}:{line}", path.display());
        let skipped = |e: Error| {
            Input::Skipped(Skipped {
                path: at.clone(),
                reason: e
                    .to_string()
                    .trim_start_matches(&format!("{at}: "))
                    .to_string(),
            })
        };
        let (text, replaced) = match decode_text_with_repairs(Path::new(&at), bytes, &self.opts) {
            Ok(t) => t,
            Err(e) => return skipped(e),
        };
        let record = match serde_json::from_str::<JsonLineRecord>(&text) {
            Ok(r) => r,
            Err(e) => {
                return skipped(Error::JsonLine {
                    path: path.to_path_buf(),
                    line,
                    message: e.to_string(),
                });
            }
        };
        if record.text.trim().is_empty() {
            return skipped(Error::EmptyDocument {
                path: PathBuf::from(&at),
            });
        }
        if self.seen_ids.contains(&record.id) {
            return skipped(Error::JsonLine {
                path: path.to_path_buf(),
                line,
                message: format!("duplicate document id `{}`", record.id),
            });
        }
        if let Err(e) = check_date(Path::new(&at), &record.id, &record.published) {
            return skipped(e);
        }
        let doc = Document {
            id: record.id,
            source: record.source,
            published: record.published,
            language: record.language,
            url: record.url,
            text: record.text,
        };
        self.admit(doc, &at, replaced)
    }
}

impl Iterator for DocumentStream {
    type Item = Result<Input, Error>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(input) = self.pending.pop_front() {
                return Some(Ok(input));
            }
            let source = self.sources.front_mut()?;
            match source {
                Source::Dir { files, manifest } => match files.next() {
                    Some(path) => {
                        let name = path
                            .file_name()
                            .and_then(|n| n.to_str())
                            .unwrap_or_default()
                            .to_string();
                        let metadata = manifest.remove(&name);
                        return Some(Ok(self.read_text_file(&path, metadata)));
                    }
                    None => {
                        self.sources.pop_front();
                    }
                },
                Source::File(path) => {
                    let path = path.clone();
                    self.sources.pop_front();
                    return Some(Ok(self.read_text_file(&path, None)));
                }
                Source::Lines { reader, path, line } => {
                    let mut bytes = Vec::new();
                    match reader.read_until(b'\n', &mut bytes) {
                        Ok(0) => {
                            self.sources.pop_front();
                        }
                        Ok(_) => {
                            *line += 1;
                            if bytes.last() == Some(&b'\n') {
                                bytes.pop();
                            }
                            if bytes.iter().all(|b| b.is_ascii_whitespace()) {
                                continue;
                            }
                            let (path, line) = (path.clone(), *line);
                            return Some(Ok(self.read_line(bytes, &path, line)));
                        }
                        Err(e) => {
                            let path = path.clone();
                            self.sources.pop_front();
                            return Some(Err(Error::Io { path, source: e }));
                        }
                    }
                }
            }
        }
    }
}

fn read_manifest(path: &Path) -> Result<Vec<ManifestEntry>, Error> {
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

fn file_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let e = decode_text(p, vec![b'a', 0xff, b'b'], &o).unwrap_err();
        assert_eq!(e.to_string(), "x.txt: invalid UTF-8 at byte 1");
        let e = decode_text(p, vec![b'a', 0, b'b'], &o).unwrap_err();
        assert!(e.to_string().contains("binary"));
        let e = decode_text(p, b"  \n".to_vec(), &o).unwrap_err();
        assert!(e.to_string().contains("empty"));
        let lossy = LoadOptions {
            lossy_utf8: true,
            ..o
        };
        assert_eq!(
            decode_text(p, vec![b'a', 0xff], &lossy).unwrap(),
            "a\u{FFFD}"
        );
    }
}
