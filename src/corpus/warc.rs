//! Web archives (WARC, as crawlers such as Common Crawl write them, plain or gzipped): each HTML
//! response a saved page, read as [`super::html`] reads one.
//!
//! A record's document id is the file's id, `/`, and the response's number in the file from 1
//! (`crawl/12`); its URL is the record's target; its date the page's own, else the day it was
//! fetched. Responses that are not HTML (images, scripts) are passed over.

use super::decode::{LoadOptions, decode_bytes};
use super::document::{Document, Skipped};
use crate::error::Error;
use jiff::civil::Date;
use std::path::Path;

/// What one response of a web archive gave.
pub(crate) enum Item {
    /// A page read as a document, and the encoding it was read in when not UTF-8.
    Page(Document, Option<&'static str>),
    /// A page that could not be read, with why.
    Skipped(Skipped),
}

/// The HTML responses of the web archive at `path` (document ids `id/N`); an error when the
/// file cannot be opened or is no web archive at all.
pub(crate) fn read_warc(path: &Path, id: &str, opts: &LoadOptions) -> Result<Vec<Item>, Error> {
    let io = |e: std::io::Error| Error::Io {
        path: path.to_path_buf(),
        source: e,
    };
    let gzipped = path.to_string_lossy().ends_with(".gz");
    let records: Box<dyn Iterator<Item = Result<warc::Record<warc::BufferedBody>, warc::Error>>> =
        if gzipped {
            Box::new(
                warc::WarcReader::from_path_gzip(path)
                    .map_err(io)?
                    .iter_records(),
            )
        } else {
            // Opened here: the crate's `from_path` asks to create the file, which a read-only
            // archive refuses.
            let file = std::fs::File::open(path).map_err(io)?;
            Box::new(warc::WarcReader::new(std::io::BufReader::new(file)).iter_records())
        };
    let mut out = Vec::new();
    let mut responses = 0usize;
    for (n, record) in records.enumerate() {
        let record = match record {
            Ok(r) => r,
            // A file whose first record does not parse is no web archive; a later one that
            // does not is a damaged record, and the file's end for this reader.
            Err(e) if n == 0 => {
                return Err(Error::Warc {
                    path: path.to_path_buf(),
                    message: format!("record 1: {e}"),
                });
            }
            Err(e) => {
                out.push(Item::Skipped(Skipped {
                    path: format!("{}#{}", path.display(), n + 1),
                    reason: format!("web archive record: {e}"),
                }));
                break;
            }
        };
        if *record.warc_type() != warc::RecordType::Response {
            continue;
        }
        let fetched = record.date().date_naive().to_string().parse::<Date>().ok();
        // The headers as bytes: the crate's `header` panics on a value that is not UTF-8.
        let (headers, body) = record.into_raw_parts();
        let Some(html) = html_of(&body) else {
            continue;
        };
        responses += 1;
        let at = format!("{}#{}", path.display(), n + 1);
        let doc_id = format!("{id}/{responses}");
        let url = headers
            .as_ref()
            .get(&warc::WarcHeader::TargetURI)
            .map(|u| String::from_utf8_lossy(u).into_owned());
        let item = decode_bytes(Path::new(&at), html.to_vec(), opts).and_then(|decoded| {
            let page = super::html::read_page(Path::new(&at), &decoded.text)?;
            let mut doc = Document::new(doc_id, page.text);
            doc.source = page.site.or_else(|| url.as_deref().and_then(host));
            doc.published = page.published.or(fetched);
            doc.language = page.language;
            doc.url = url;
            Ok(Item::Page(doc, decoded.encoding))
        });
        out.push(item.unwrap_or_else(|e| Item::Skipped(Skipped::from_error(Path::new(&at), &e))));
    }
    Ok(out)
}

/// The HTML of an HTTP response (status line, headers, a blank line, the body), when its
/// content type says HTML.
fn html_of(response: &[u8]) -> Option<&[u8]> {
    let end = response.windows(4).position(|w| w == b"\r\n\r\n")?;
    let head = String::from_utf8_lossy(&response[..end]).to_ascii_lowercase();
    let html = head
        .lines()
        .any(|l| l.starts_with("content-type:") && l.contains("html"));
    html.then(|| &response[end + 4..])
}

/// The host of a URL ("https://www.example.org/a" → "www.example.org").
fn host(url: &str) -> Option<String> {
    let rest = url.split_once("://")?.1;
    let host = rest.split(['/', '?', '#']).next()?;
    (!host.is_empty()).then(|| host.to_string())
}
