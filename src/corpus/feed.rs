//! News feeds saved to files (RSS, Atom, JSON Feed): each item a document, its text the item's
//! title, a blank line and its content or summary with the markup taken out.
//!
//! Spans are byte ranges into that text. An item's id is the feed file's id, `/`, and the
//! item's number in the feed from 1 (`feed/3`): stable while the file is.

use super::document::Document;
use crate::error::Error;
use jiff::civil::Date;
use std::path::Path;

/// The items of the feed `bytes` read from `path` whose id is `id`, as documents: the feed's
/// title is their source, its language theirs unless an item says otherwise. An item with no
/// text is left out. An error names the file when it is not a feed, and the line where its XML
/// breaks when it does.
pub(crate) fn read_feed(path: &Path, id: &str, bytes: &[u8]) -> Result<Vec<Document>, Error> {
    let feed = feed_rs::parser::parse(bytes).map_err(|e| Error::Feed {
        path: path.to_path_buf(),
        message: match xml_error_line(bytes) {
            Some(line) => format!("line {line}: {e}"),
            None => e.to_string(),
        },
    })?;
    let source = feed
        .title
        .as_ref()
        .map(|t| plain(&t.content))
        .filter(|t| !t.is_empty());
    let mut out = Vec::new();
    for (n, entry) in feed.entries.iter().enumerate() {
        let title = entry
            .title
            .as_ref()
            .map(|t| plain(&t.content))
            .unwrap_or_default();
        let body = entry
            .content
            .as_ref()
            .and_then(|c| c.body.as_deref())
            .or(entry.summary.as_ref().map(|s| s.content.as_str()))
            .map(plain)
            .unwrap_or_default();
        let text = match (title.is_empty(), body.is_empty()) {
            (true, true) => continue,
            (false, true) => title,
            (true, false) => body,
            (false, false) => format!("{title}\n\n{body}"),
        };
        let mut doc = Document::new(format!("{id}/{}", n + 1), text);
        doc.source = source.clone();
        doc.published = entry
            .published
            .or(entry.updated)
            .and_then(|t| t.date_naive().to_string().parse::<Date>().ok());
        doc.language = entry
            .language
            .clone()
            .or_else(|| feed.language.clone())
            .and_then(|l| super::document::primary_language(&l));
        doc.url = entry.links.first().map(|l| l.href.clone());
        out.push(doc);
    }
    Ok(out)
}

/// The line where the XML of `bytes` first breaks, if it does: the feed parser says what is
/// wrong but not where, and a person mending a feed by hand needs the line.
fn xml_error_line(bytes: &[u8]) -> Option<usize> {
    let mut reader = quick_xml::Reader::from_reader(bytes);
    let mut buf = Vec::new();
    loop {
        match reader.read_event_into(&mut buf) {
            Ok(quick_xml::events::Event::Eof) => return None,
            Ok(_) => buf.clear(),
            Err(_) => {
                let at = usize::try_from(reader.error_position())
                    .map_or(bytes.len(), |p| p.min(bytes.len()));
                return Some(1 + memchr::memchr_iter(b'\n', &bytes[..at]).count());
            }
        }
    }
}

/// Text with its markup taken out: tags dropped (a paragraph or line break becomes a line
/// break), the common character references decoded, runs of spaces made one.
fn plain(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let Some(gt) = rest[lt..].find('>') else {
            rest = "";
            break;
        };
        let tag = rest[lt + 1..lt + gt]
            .trim_start_matches('/')
            .to_ascii_lowercase();
        if ["p", "br", "div", "li", "h1", "h2", "h3"].iter().any(|t| {
            tag == *t || tag.starts_with(&format!("{t} ")) || tag.starts_with(&format!("{t}/"))
        }) {
            out.push('\n');
        }
        rest = &rest[lt + gt + 1..];
    }
    out.push_str(rest);
    let decoded = decode_references(&out);
    let mut lines: Vec<String> = decoded
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect();
    lines.dedup();
    lines.join("\n")
}

/// The character references feeds use: the five of XML, `&nbsp;` and numeric ones.
fn decode_references(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let Some(semi) = after.find(';').filter(|&s| s <= 10) else {
            out.push('&');
            rest = after;
            continue;
        };
        let name = &after[..semi];
        let c = match name {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some(' '),
            _ => name
                .strip_prefix("#x")
                .or_else(|| name.strip_prefix("#X"))
                .and_then(|h| u32::from_str_radix(h, 16).ok())
                .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                .and_then(char::from_u32),
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &after[semi + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An RSS file of two items: each a document with its title and its text without markup,
    /// dated, from the feed's outlet, in its language; an item with nothing in it is left out.
    #[test]
    fn each_item_of_a_feed_is_a_document() {
        let rss = r#"<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Harbour Post</title><language>en-gb</language>
<link>https://example.org/</link><description>News</description>
<item><title>Police arrest 14 protesters</title><link>https://example.org/a</link>
<description>&lt;p&gt;Police arrested 14 protesters in Harbour Square on Wednesday, a spokesman said.&lt;/p&gt;&lt;p&gt;Two officers were hurt.&lt;/p&gt;</description>
<pubDate>Thu, 02 May 2024 08:00:00 GMT</pubDate></item>
<item><title>Port fees rise by a third</title><description>The port authority said fees rise next month &amp; traders object.</description>
<pubDate>Fri, 03 May 2024 10:00:00 GMT</pubDate></item>
<item></item>
</channel></rss>"#;
        let docs = read_feed(Path::new("news.rss"), "news", rss.as_bytes()).unwrap();
        assert_eq!(docs.len(), 2);
        assert_eq!(docs[0].id, "news/1");
        assert_eq!(
            docs[0].text,
            "Police arrest 14 protesters\n\nPolice arrested 14 protesters in Harbour Square on \
             Wednesday, a spokesman said.\nTwo officers were hurt."
        );
        assert_eq!(docs[0].source.as_deref(), Some("Harbour Post"));
        assert_eq!(docs[0].published, Some("2024-05-02".parse().unwrap()));
        assert_eq!(docs[0].language.as_deref(), Some("en"));
        assert_eq!(docs[0].url.as_deref(), Some("https://example.org/a"));
        assert!(
            docs[1]
                .text
                .ends_with("fees rise next month & traders object.")
        );
        let e = read_feed(Path::new("notes.xml"), "notes", b"<notes>hi</notes>").unwrap_err();
        assert!(e.to_string().contains("notes.xml"), "{e}");
    }
}
