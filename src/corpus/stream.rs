//! Reading inputs lazily, one document at a time: folders (with their manifest), JSON Lines
//! files and single text files.

use super::decode::{Decoded, LoadOptions, decode_bytes, read_file};
use super::document::{Document, Repaired, Skipped};
use super::manifest::{ManifestEntry, parse_date, read_manifest};
use jiff::civil::Date;

/// A manifest entry with its date read.
type Entry = (ManifestEntry, Option<Date>);
use crate::error::Error;
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use std::fs;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};

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

/// One thing read from the inputs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A document.
    Document(Document),
    /// An input that could not be read.
    Skipped(Skipped),
    /// A problem that cost no document.
    Warning(Skipped),
    /// A document whose bytes were not UTF-8 and were read anyway (a legacy encoding, or lossy
    /// mode).
    Repaired(Repaired),
    /// A file in a folder that is not of a kind the checker reads (a `README.md`, an image): left
    /// out and listed, no fault of the input.
    Unread(Skipped),
}

/// Where the stream reads next.
enum Source {
    /// A folder's `.txt` files with their document ids, and the manifest's metadata.
    Dir {
        files: std::vec::IntoIter<(PathBuf, String)>,
        manifest: BTreeMap<String, Entry>,
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
    ///
    /// ```no_run
    /// use crosscheck::{Checker, LoadOptions};
    /// use crosscheck::corpus::DocumentStream;
    ///
    /// let stream = DocumentStream::open(&["archive/"], &LoadOptions::default())?;
    /// let report = Checker::new().check_stream(stream, &|_| {})?;
    /// println!("{} conflicts", report.conflicts.len());
    /// # Ok::<(), crosscheck::Error>(())
    /// ```
    pub fn open(paths: &[impl AsRef<Path>], opts: &LoadOptions) -> Result<Self, Error> {
        if let Some(label) = &opts.encoding {
            super::decode::encoding_of(label)?;
        }
        let mut stream = DocumentStream {
            sources: Default::default(),
            pending: Default::default(),
            seen_ids: HashSet::new(),
            opts: opts.clone(),
        };
        for path in paths {
            let path = &path.as_ref().to_path_buf();
            if path.is_dir() {
                if !stream.open_dir(path, path)? {
                    return Err(Error::EmptyInput { path: path.clone() });
                }
            } else if path.file_name().is_some_and(|n| n == "manifest.json") {
                return Err(Error::ManifestAsDocument { path: path.clone() });
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

    /// How many files the stream has listed and not yet read (folders are listed up front; a
    /// JSON Lines file counts as none, its lines unknown until read): an estimate of what is
    /// left, for a progress display. A feed or a web archive counts once, however many
    /// documents it holds.
    ///
    /// ```
    /// use crosscheck::corpus::DocumentStream;
    /// use crosscheck::LoadOptions;
    ///
    /// let mut stream = DocumentStream::open(&["seeds"], &LoadOptions::default())?;
    /// assert_eq!(stream.files_listed(), 5);
    /// stream.next();
    /// assert_eq!(stream.files_listed(), 4);
    /// # Ok::<(), crosscheck::Error>(())
    /// ```
    pub fn files_listed(&self) -> usize {
        self.sources
            .iter()
            .map(|s| match s {
                Source::Dir { files, .. } => files.len(),
                Source::File(_) => 1,
                Source::Lines { .. } => 0,
            })
            .sum()
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

    /// Lists folder `dir` of the tree given as `root`, then its subfolders (an archive kept as
    /// one folder per outlet): each `.txt` file is a document whose id is its path from `root`
    /// without the extension (`outlet-a/1`), so that files of one name in two folders do not
    /// collide. Other files are left out with a warning. True when the tree holds an article.
    fn open_dir(&mut self, root: &Path, dir: &Path) -> Result<bool, Error> {
        let io = |e| Error::Io {
            path: dir.to_path_buf(),
            source: e,
        };
        let mut entries: Vec<PathBuf> = fs::read_dir(dir)
            .map_err(io)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .collect();
        entries.sort();
        let is_hidden = |p: &Path| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with('.'))
        };
        let mut files: Vec<PathBuf> = Vec::new();
        let mut folders: Vec<PathBuf> = Vec::new();
        for p in entries {
            if is_hidden(&p) {
                continue;
            } else if p.is_dir() {
                folders.push(p);
            } else if is_article_file(&p) {
                files.push(p);
            } else if p.file_name().is_some_and(|n| n != "manifest.json") {
                self.pending.push_back(Input::Unread(Skipped {
                    path: p.display().to_string(),
                    reason: "not a kind of file the checker reads (.txt articles, .jsonl)".into(),
                }));
            }
        }
        let manifest_path = dir.join("manifest.json");
        let mut manifest: BTreeMap<String, Entry> = BTreeMap::new();
        if manifest_path.is_file() {
            match read_manifest(&manifest_path) {
                Ok(entries) => {
                    let present: HashSet<String> = files
                        .iter()
                        .filter_map(|p| p.file_name()?.to_str().map(str::to_string))
                        .collect();
                    for entry in entries {
                        if !present.contains(&entry.file) {
                            self.pending.push_back(Input::Skipped(Skipped {
                                path: dir.join(&entry.file).display().to_string(),
                                reason: "named in manifest.json but not found".into(),
                            }));
                            continue;
                        }
                        let published = match parse_date(
                            &manifest_path,
                            &entry.file,
                            entry.published.as_deref(),
                        ) {
                            Ok(date) => date,
                            Err(e) => {
                                // The document is still read; only the date is dropped.
                                self.pending.push_back(Input::Warning(Skipped::from_error(
                                    &manifest_path,
                                    &e,
                                )));
                                None
                            }
                        };
                        manifest.insert(entry.file.clone(), (entry, published));
                    }
                }
                // The documents are still read, without the manifest's metadata.
                Err(e) => self
                    .pending
                    .push_back(Input::Warning(Skipped::from_error(&manifest_path, &e))),
            }
        }
        let found = !files.is_empty();
        let files: Vec<(PathBuf, String)> = files
            .into_iter()
            .map(|p| {
                let id = document_id(root, &p);
                (p, id)
            })
            .collect();
        self.sources.push_back(Source::Dir {
            files: files.into_iter(),
            manifest,
        });
        let mut found_below = false;
        for folder in folders {
            found_below |= self.open_dir(root, &folder)?;
        }
        Ok(found || found_below)
    }

    /// Yields a document unless its id was seen before.
    fn admit(
        &mut self,
        doc: Document,
        path: &str,
        replaced: Vec<[usize; 2]>,
        encoding: Option<&'static str>,
    ) -> Input {
        if !self.seen_ids.insert(doc.id.clone()) {
            return Input::Skipped(Skipped {
                path: path.to_string(),
                reason: format!(
                    "duplicate document id `{}`: an earlier input has the same name",
                    doc.id
                ),
            });
        }
        if !replaced.is_empty() || encoding.is_some() {
            self.pending.push_back(Input::Repaired(Repaired {
                path: path.to_string(),
                replaced,
                encoding: encoding.map(str::to_string),
            }));
        }
        Input::Document(doc)
    }

    fn read_text_file(&mut self, path: &Path, id: String, metadata: Option<Entry>) -> Input {
        match read_file(path, &self.opts) {
            Ok(Decoded {
                text,
                replaced,
                encoding,
            }) => {
                // A saved page gives its article, and what it says of its site, date and
                // language where the manifest says nothing.
                let page = if is_page(path) {
                    match super::html::read_page(path, &text) {
                        Ok(page) => Some(page),
                        Err(e) => return Input::Skipped(Skipped::from_error(path, &e)),
                    }
                } else {
                    None
                };
                let mut doc = match &page {
                    Some(p) => Document::new(id, p.text.clone()),
                    None => Document::new(id, text),
                };
                if let Some((m, published)) = metadata {
                    doc.source = m.source;
                    doc.published = published;
                    doc.language = m.language;
                    doc.url = m.url;
                }
                if let Some(p) = page {
                    doc.source = doc.source.or(p.site);
                    doc.published = doc.published.or(p.published);
                    doc.language = doc.language.or(p.language);
                }
                self.admit(doc, &path.display().to_string(), replaced, encoding)
            }
            Err(e) => Input::Skipped(Skipped::from_error(path, &e)),
        }
    }

    /// Reads the file at `path` (document id `id`): an article or a page is returned; the
    /// documents of a feed or a web archive are queued, and `None` returned.
    fn read_path(&mut self, path: &Path, id: String, metadata: Option<Entry>) -> Option<Input> {
        if is_feed(path) {
            self.read_feed_file(path, &id, metadata);
            None
        } else if is_warc(path) {
            self.read_warc_file(path, id.trim_end_matches(".warc"));
            None
        } else {
            Some(self.read_text_file(path, id, metadata))
        }
    }

    /// Queues the items of the feed at `path` as documents (the manifest's source, if it
    /// names one, for all); a file that is not a feed is skipped, or left unread when its
    /// name (`.xml`) did not say it was one.
    fn read_feed_file(&mut self, path: &Path, id: &str, metadata: Option<Entry>) {
        let shown = path.display().to_string();
        let read = fs::read(path)
            .map_err(|e| Error::Io {
                path: path.to_path_buf(),
                source: e,
            })
            .and_then(|bytes| super::feed::read_feed(path, id, &bytes));
        match read {
            Ok(docs) => {
                for mut doc in docs {
                    if let Some((m, _)) = &metadata
                        && m.source.is_some()
                    {
                        doc.source = m.source.clone();
                    }
                    let input = self.admit(doc, &shown, Vec::new(), None);
                    self.pending.push_back(input);
                }
            }
            Err(Error::Feed { .. }) if path.extension().is_some_and(|e| e == "xml") => {
                self.pending.push_back(Input::Unread(Skipped {
                    path: shown,
                    reason: "not a news feed".into(),
                }));
            }
            Err(e) => self
                .pending
                .push_back(Input::Skipped(Skipped::from_error(path, &e))),
        }
    }

    /// Queues the HTML pages of the web archive at `path` as documents (ids `id/N`), and the
    /// pages that could not be read as skipped; a file that is no web archive is skipped.
    fn read_warc_file(&mut self, path: &Path, id: &str) {
        match super::warc::read_warc(path, id, &self.opts) {
            Ok(items) => {
                for item in items {
                    let input = match item {
                        super::warc::Item::Page(doc, encoding) => {
                            let at = format!("{}#{}", path.display(), doc.id);
                            self.admit(doc, &at, Vec::new(), encoding)
                        }
                        super::warc::Item::Skipped(s) => Input::Skipped(s),
                    };
                    self.pending.push_back(input);
                }
            }
            Err(e) => self
                .pending
                .push_back(Input::Skipped(Skipped::from_error(path, &e))),
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
        let Decoded {
            text,
            replaced,
            encoding,
        } = match decode_bytes(Path::new(&at), bytes, &self.opts) {
            Ok(d) => d,
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
        let published = match parse_date(Path::new(&at), &record.id, record.published.as_deref()) {
            Ok(date) => date,
            Err(e) => return skipped(e),
        };
        let doc = Document {
            id: record.id,
            source: record.source,
            published,
            language: record.language,
            url: record.url,
            text: record.text,
        };
        self.admit(doc, &at, replaced, encoding)
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
                    Some((path, id)) => {
                        let name = path
                            .file_name()
                            .and_then(|n| n.to_str())
                            .unwrap_or_default()
                            .to_string();
                        let metadata = manifest.remove(&name);
                        match self.read_path(&path, id, metadata) {
                            Some(input) => return Some(Ok(input)),
                            None => continue,
                        }
                    }
                    None => {
                        self.sources.pop_front();
                    }
                },
                Source::File(path) => {
                    let path = path.clone();
                    self.sources.pop_front();
                    let id = file_id(&path);
                    match self.read_path(&path, id, None) {
                        Some(input) => return Some(Ok(input)),
                        None => continue,
                    }
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

/// True for a file the checker reads in a folder: a `.txt` article, a saved web page (`.html`,
/// `.htm`) or a news feed.
fn is_article_file(path: &Path) -> bool {
    is_feed(path)
        || is_warc(path)
        || path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "txt" | "html" | "htm"))
}

/// True for a web archive (`.warc`, `.warc.gz`).
fn is_warc(path: &Path) -> bool {
    let name = path.to_string_lossy().to_ascii_lowercase();
    name.ends_with(".warc") || name.ends_with(".warc.gz")
}

/// True for a news feed saved to a file (`.rss`, `.atom`, `.xml`).
fn is_feed(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "rss" | "atom" | "xml"))
}

/// True for a saved web page.
fn is_page(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| matches!(e.to_ascii_lowercase().as_str(), "html" | "htm"))
}

fn file_id(path: &Path) -> String {
    path.file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// The id of a document at `path` in the tree given as `root`: its path from there without the
/// extension, `/` between folders.
fn document_id(root: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(root).unwrap_or(path).with_extension("");
    relative
        .components()
        .map(|c| c.as_os_str().to_string_lossy())
        .collect::<Vec<_>>()
        .join("/")
}
