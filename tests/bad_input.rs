//! A folder of nasty files, built by the test itself, checked end to end through the CLI: the
//! exit status, the `skipped` and `warnings` entries, and that the good documents' claims do not
//! change because of the bad ones beside them.

use serde_json::Value;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Two articles of one story that conflict (an arrest reported, and denied), for the good
/// documents beside the bad ones.
const GOOD_A: &str = "قالت وزارة الداخلية إن الشرطة اعتقلت الصحفي رامز العبيدي في مدينة العمارة مساء الاثنين.\n\
وأضافت الوزارة أن التحقيق معه يجري بتهمة نشر وثائق سرية.";
const GOOD_B: &str = "ونفت قيادة شرطة ميسان أن تكون قد اعتقلت الصحفي رامز العبيدي في العمارة.\n\
وأوضحت القيادة أن العبيدي حضر طوعا للإدلاء بإفادته ثم غادر.";

struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> Self {
        let dir = std::env::temp_dir().join(format!("crosscheck-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
    fn write(&self, name: &str, bytes: impl AsRef<[u8]>) {
        fs::write(self.0.join(name), bytes).unwrap();
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

fn check(paths: &[&Path], extra: &[&str]) -> (Option<i32>, Value) {
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .arg("check")
        .args(paths)
        .args(["--format", "json"])
        .args(extra)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    let report = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| panic!("{e}: {stderr}"));
    (out.status.code(), report)
}

fn claims_of(report: &Value, doc: &str) -> Vec<(u64, u64, String)> {
    report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["doc"] == doc)
        .map(|c| {
            (
                c["start"].as_u64().unwrap(),
                c["end"].as_u64().unwrap(),
                c["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

fn reasons(report: &Value, list: &str) -> Vec<String> {
    report[list]
        .as_array()
        .map(|a| {
            a.iter()
                .map(|s| {
                    format!(
                        "{}: {}",
                        s["path"].as_str().unwrap(),
                        s["reason"].as_str().unwrap()
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn nasty_files_are_skipped_with_reasons_and_lose_no_good_document() {
    let clean = TempDir::new("clean");
    clean.write("good_a.txt", GOOD_A);
    clean.write("good_b.txt", GOOD_B);
    let (status, baseline) = check(&[&clean.0], &[]);
    assert_eq!(status, Some(0));

    let nasty = TempDir::new("nasty");
    nasty.write("good_a.txt", GOOD_A);
    nasty.write("good_b.txt", GOOD_B);
    let mut bad_utf8 = "وقال الوزير ".as_bytes().to_vec();
    bad_utf8.extend([0xff, 0xfe]);
    nasty.write("bad_utf8.txt", &bad_utf8);
    nasty.write("empty.txt", "");
    nasty.write("blank.txt", " \n\t\n");
    nasty.write("binary.txt", [0x7f, b'E', b'L', b'F', 0, 0, 1, 2]);
    nasty.write("huge.txt", "كلمة ".repeat(30_000));
    nasty.write(
        "html.txt",
        "<html><body><p>قال الوزير إن \"المحادثات <b>مستمرة</b></p><script>x()</script>",
    );
    nasty.write(
        "unclosed.txt",
        format!("قال الوزير: \"{}", "بلا نهاية. ".repeat(2_000)),
    );
    nasty.write(
        "bidi.txt",
        "\u{202B}قال\u{200F} الوزير\u{200D} إن ٣ جنود\u{202C} قتلوا.",
    );
    nasty.write("punctuation.txt", "!!!???...،،،«««»»»\"\"\"".repeat(500));
    nasty.write(
        "manifest.json",
        r#"[{"file": "good_a.txt", "source": "A", "published": "2024-01-27"},
            {"file": "good_b.txt", "source": "B", "published": "27/01/2024"},
            {"file": "missing.txt", "source": "C"}]"#,
    );
    let (status, report) = check(&[&nasty.0], &["--max-bytes", "100000"]);
    assert_eq!(status, Some(3), "something was skipped");

    let skipped = reasons(&report, "skipped");
    let expect = [
        ("bad_utf8.txt", "invalid UTF-8 at byte 22"),
        ("empty.txt", "empty document"),
        ("blank.txt", "empty document"),
        ("binary.txt", "binary data (NUL byte at 4)"),
        ("huge.txt", "over the limit of 100000 bytes"),
        ("missing.txt", "named in manifest.json but not found"),
    ];
    for (file, reason) in expect {
        assert!(
            skipped
                .iter()
                .any(|s| s.contains(file) && s.contains(reason)),
            "no skip for {file} ({reason}) in {skipped:#?}"
        );
    }
    let warnings = reasons(&report, "warnings");
    assert!(
        warnings.iter().any(|w| w.contains("27/01/2024")),
        "{warnings:#?}"
    );

    // Nothing is silently dropped: 11 text files plus one missing file named in the manifest.
    let read = report["documents"].as_array().unwrap().len();
    assert_eq!(
        read + skipped.len(),
        12,
        "read {read}, skipped {skipped:#?}"
    );

    // The good documents' claims are unchanged by their neighbours.
    for doc in ["good_a", "good_b"] {
        assert_eq!(claims_of(&report, doc), claims_of(&baseline, doc), "{doc}");
        assert!(!claims_of(&report, doc).is_empty());
    }
    // The same conflicts between good documents are found.
    let conflicts = |r: &Value| r["conflicts"].as_array().unwrap().len();
    assert!(conflicts(&baseline) >= 1, "{baseline}");
    assert!(conflicts(&report) >= conflicts(&baseline));
}

#[test]
fn lossy_mode_reads_bad_utf8_and_records_the_ranges() {
    let dir = TempDir::new("lossy");
    let mut bytes = "قال الوزير إن ".as_bytes().to_vec();
    let at = bytes.len();
    bytes.extend([0xff, 0xfe]);
    bytes.extend("نحو 2500 جندي في العراق.".as_bytes());
    dir.write("a.txt", &bytes);
    let (status, report) = check(&[&dir.0], &["--lossy"]);
    assert_eq!(status, Some(0));
    assert_eq!(report["documents"].as_array().unwrap().len(), 1);
    let replaced = &report["repaired"][0]["replaced"];
    assert_eq!(replaced[0], serde_json::json!([at, at + 1]), "{report}");
}

#[test]
fn a_broken_manifest_is_a_warning_and_the_files_are_still_read() {
    let dir = TempDir::new("manifest");
    dir.write("a.txt", GOOD_A);
    dir.write("manifest.json", r#"[{"file": "a.txt", "sorce": "typo"}]"#);
    let (status, report) = check(&[&dir.0], &[]);
    assert_eq!(status, Some(3));
    assert_eq!(report["documents"].as_array().unwrap().len(), 1);
    let warnings = reasons(&report, "warnings");
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("sorce") && w.contains("line 1")),
        "{warnings:#?}"
    );
}

#[test]
fn json_lines_with_bad_lines_keep_the_good_ones() {
    let dir = TempDir::new("jsonl");
    let lines = [
        serde_json::json!({"id": "x", "text": GOOD_A, "source": "X"}).to_string(),
        "{not json".to_string(),
        serde_json::json!({"id": "y", "text": ""}).to_string(),
        serde_json::json!({"id": "x", "text": GOOD_B}).to_string(),
        serde_json::json!({"id": "z", "text": GOOD_B, "publishd": "2024-01-01"}).to_string(),
        serde_json::json!({"id": "w", "text": GOOD_B, "published": "yesterday"}).to_string(),
        serde_json::json!({"id": "v", "text": GOOD_B}).to_string(),
    ];
    dir.write("c.jsonl", lines.join("\n"));
    let (status, report) = check(&[&dir.0.join("c.jsonl")], &[]);
    assert_eq!(status, Some(3));
    let ids: Vec<&str> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["v", "x"]);
    let skipped = reasons(&report, "skipped");
    for line in [":2", ":3", ":4", ":5", ":6"] {
        assert!(
            skipped
                .iter()
                .any(|s| s.contains(&format!("c.jsonl{line}"))),
            "{line}: {skipped:#?}"
        );
    }
    assert!(skipped.iter().any(|s| s.contains("duplicate document id")));
    assert!(skipped.iter().any(|s| s.contains("publishd")));
}

#[test]
fn a_missing_path_is_an_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .args(["check", "/no/such/folder"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/no/such/folder"));
}

/// The exit status and standard error of `crosscheck check PATH`.
fn check_error(path: &Path) -> (Option<i32>, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .arg("check")
        .arg(path)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn an_empty_folder_is_an_error_that_names_it() {
    let dir = TempDir::new("empty");
    let (code, stderr) = check_error(&dir.0);
    assert_eq!(code, Some(1));
    assert!(stderr.contains(&dir.0.display().to_string()), "{stderr}");
    assert!(stderr.contains("no articles (.txt, .html)"), "{stderr}");
}

#[test]
fn a_manifest_given_as_an_article_is_an_error() {
    let dir = TempDir::new("manifest-arg");
    dir.write("a.txt", GOOD_A);
    dir.write(
        "manifest.json",
        r#"[{"file": "a.txt", "source": "Outlet A"}]"#,
    );
    let (code, stderr) = check_error(&dir.0.join("manifest.json"));
    assert_eq!(code, Some(1));
    assert!(stderr.contains("give the folder instead"), "{stderr}");
}

#[test]
fn folders_are_walked_and_ids_come_from_the_relative_path() {
    let dir = TempDir::new("outlets");
    fs::create_dir_all(dir.0.join("outlet-a")).unwrap();
    fs::create_dir_all(dir.0.join("outlet-b")).unwrap();
    dir.write("outlet-a/1.txt", GOOD_A);
    dir.write("outlet-b/1.txt", GOOD_B);
    dir.write(
        "outlet-b/manifest.json",
        r#"[{"file": "1.txt", "source": "Outlet B"}]"#,
    );
    dir.write("outlet-b/scan.pdf", "%PDF-1.4");
    let (code, report) = check(&[&dir.0], &[]);
    // A file of a kind the checker does not read is listed, no fault of the input: exit 0.
    assert_eq!(code, Some(0));
    let ids: Vec<&str> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["outlet-a/1", "outlet-b/1"]);
    assert_eq!(report["documents"][1]["source"], "Outlet B");
    let unread = reasons(&report, "unread");
    assert!(
        unread
            .iter()
            .any(|w| w.contains("scan.pdf") && w.contains("not a kind of file")),
        "{unread:?}"
    );
}

/// An Arabic article saved in Windows-1256 beside one in UTF-8: both read, the first recorded
/// as read in the encoding detected; one named encoding read as given.
#[test]
fn a_windows_1256_article_is_read_and_its_encoding_recorded() {
    let dir = TempDir::new("cp1256");
    let text = "بغداد - أعلنت وزارة الداخلية العراقية اعتقال خمسة مطلوبين في محافظة ديالى.\n";
    let (bytes, _, _) = encoding_rs::WINDOWS_1256.encode(text);
    dir.write("a.txt", &bytes);
    dir.write("b.txt", GOOD_B);
    let (code, report) = check(&[&dir.0], &[]);
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(report["documents"].as_array().unwrap().len(), 2);
    assert_eq!(
        report["repaired"][0]["encoding"], "windows-1256",
        "{report}"
    );
    let claim = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["id"].as_str().unwrap().starts_with("a#"))
        .expect("a claim of the Windows-1256 article");
    assert!(
        claim["text"].as_str().unwrap().contains("الداخلية"),
        "{claim}"
    );
    let (code, report) = check(&[&dir.0.join("a.txt")], &["--encoding", "windows-1256"]);
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(report["repaired"][0]["encoding"], "windows-1256");
}

#[test]
fn a_date_that_is_no_calendar_date_is_dropped_with_a_warning() {
    let dir = TempDir::new("bad-date");
    dir.write("a.txt", GOOD_A);
    dir.write(
        "manifest.json",
        r#"[{"file": "a.txt", "published": "2024-02-31"}]"#,
    );
    let (code, report) = check(&[&dir.0], &[]);
    assert_eq!(code, Some(3));
    assert!(report["documents"][0]["published"].is_null());
    let warnings = reasons(&report, "warnings");
    assert!(
        warnings
            .iter()
            .any(|w| w.contains("2024-02-31") && w.contains("calendar date")),
        "{warnings:?}"
    );
}

/// A saved web page beside a text article: the page's article is read (its menu and footer
/// left out), dated and named from the page where the manifest says nothing; a page with no
/// article is skipped with its reason.
#[test]
fn a_saved_web_page_is_read_as_its_article() {
    let dir = TempDir::new("html");
    dir.write("a.txt", GOOD_A);
    dir.write(
        "page.html",
        r#"<html lang="en"><head><title>Police arrest 14 protesters in Harbour Square</title>
<meta property="og:site_name" content="The Harbour Post">
<meta property="article:published_time" content="2024-05-02T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/sport">Sport</a> <a href="/weather">Weather</a></nav>
<article><h1>Police arrest 14 protesters in Harbour Square</h1>
<p>Police arrested 14 protesters in Harbour Square on Wednesday after a march against the new port fees turned violent, a police spokesman told reporters.</p>
<p>The spokesman said two officers were lightly hurt and that the square had been cleared by the evening. Organisers said the march would go on next week.</p>
<p>The port authority did not respond to a request for comment on the fees, which rise by a third next month.</p></article>
<footer>Copyright The Harbour Post. Subscribe to our newsletter.</footer></body></html>"#,
    );
    dir.write(
        "empty.htm",
        "<html><head></head><body><div></div></body></html>",
    );
    let (code, report) = check(&[&dir.0], &[]);
    assert_eq!(code, Some(3), "{report}");
    let page = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["id"] == "page")
        .expect("the page is a document");
    assert_eq!(page["source"], "The Harbour Post");
    assert_eq!(page["published"], "2024-05-02");
    let texts: Vec<&str> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["doc"] == "page")
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("14 protesters")),
        "{texts:?}"
    );
    assert!(
        !texts
            .iter()
            .any(|t| t.contains("newsletter") || t.contains("Sport")),
        "{texts:?}"
    );
    let skipped = reasons(&report, "skipped");
    assert!(
        skipped
            .iter()
            .any(|s| s.contains("empty.htm") && s.contains("saved page")),
        "{skipped:?}"
    );
}

/// An RSS file in a folder: each item a document of the feed's outlet, dated; an `.xml` file that
/// is no feed is listed as unread.
#[test]
fn each_item_of_a_saved_feed_is_a_document() {
    let dir = TempDir::new("feed");
    dir.write("a.txt", GOOD_A);
    dir.write(
        "news.rss",
        r#"<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Harbour Post</title>
<link>https://example.org/</link><description>News</description>
<item><title>Police arrest 14 protesters</title><description>Police arrested 14 protesters in Harbour Square on Wednesday, a police spokesman said.</description><pubDate>Thu, 02 May 2024 08:00:00 GMT</pubDate></item>
<item><title>Port fees to rise</title><description>The port authority said on Friday that its fees will rise by a third next month.</description><pubDate>Fri, 03 May 2024 08:00:00 GMT</pubDate></item>
</channel></rss>"#,
    );
    dir.write(
        "sitemap.xml",
        "<urlset><url><loc>https://example.org/</loc></url></urlset>",
    );
    let (code, report) = check(&[&dir.0], &[]);
    assert_eq!(code, Some(0), "{report}");
    let docs: Vec<(&str, &str, &str)> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["id"].as_str().unwrap().starts_with("news/"))
        .map(|d| {
            (
                d["id"].as_str().unwrap(),
                d["source"].as_str().unwrap(),
                d["published"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        docs,
        [
            ("news/1", "Harbour Post", "2024-05-02"),
            ("news/2", "Harbour Post", "2024-05-03")
        ]
    );
    let unread = reasons(&report, "unread");
    assert!(
        unread.iter().any(|u| u.contains("sitemap.xml")),
        "{unread:?}"
    );
}

/// One WARC record of `kind` with `headers` and `block`, its length counted.
fn warc_record(kind: &str, headers: &str, block: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:{:08x}-0000-4000-8000-000000000000>\r\n\
         WARC-Date: 2024-05-02T10:00:00Z\r\n{headers}Content-Length: {}\r\n\r\n",
        block.len() as u32 ^ kind.len() as u32,
        block.len()
    )
    .into_bytes();
    out.extend_from_slice(block);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

/// A web archive of a crawl: its HTML responses are read as saved pages, each a document with
/// its URL, named from the page's site or the URL's host and dated; an image and the archive's
/// own record are passed over.
#[test]
fn a_web_archive_gives_its_html_pages() {
    let dir = TempDir::new("warc");
    let page = |title: &str, body: &str| {
        format!(
            "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
             <html lang=\"en\"><head><title>{title}</title></head><body>\
             <nav><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav>\
             <article><h1>{title}</h1><p>{body}</p><p>Organisers said the march would go on next week, whatever the weather.</p></article>\
             <footer>Copyright, all rights reserved.</footer></body></html>"
        )
    };
    let mut warc = warc_record("warcinfo", "", b"software: test\r\n");
    warc.extend(warc_record(
        "response",
        "WARC-Target-URI: https://news.example.org/a\r\n",
        page(
            "Police arrest 14 protesters",
            "The interior ministry said that police arrested 14 protesters in Harbour Square on Wednesday after a march against the new port fees.",
        )
        .as_bytes(),
    ));
    warc.extend(warc_record(
        "response",
        "WARC-Target-URI: https://news.example.org/logo.png\r\n",
        b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG",
    ));
    warc.extend(warc_record(
        "response",
        "WARC-Target-URI: https://other.example.net/b\r\n",
        page(
            "Port fees to rise by a third",
            "The port authority said on Thursday that its fees will rise by a third next month, and traders said they would protest again.",
        )
        .as_bytes(),
    ));
    dir.write("crawl.warc", &warc);
    let (code, report) = check(&[&dir.0], &[]);
    assert_eq!(code, Some(0), "{report}");
    let docs: Vec<(&str, &str, &str)> = report["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap(),
                d["source"].as_str().unwrap(),
                d["published"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        docs,
        [
            ("crawl/1", "news.example.org", "2024-05-02"),
            ("crawl/2", "other.example.net", "2024-05-02")
        ]
    );
    let texts: Vec<&str> = report["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["text"].as_str().unwrap())
        .collect();
    assert!(
        texts.iter().any(|t| t.contains("14 protesters")),
        "{texts:?}"
    );
    assert!(!texts.iter().any(|t| t.contains("Copyright")), "{texts:?}");
}

/// A feed cut off in the middle of an item and web archives whose records break: each skipped
/// with a reason that names the file and where it broke (the feed's line, the archive's
/// record), and the article beside them still read.
#[test]
fn a_broken_feed_or_web_archive_names_where_it_breaks_and_loses_nothing_else() {
    let dir = TempDir::new("broken-inputs");
    dir.write("a.txt", GOOD_A);
    dir.write(
        "cut.rss",
        "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Post</title>\n\
         <item><title>Fees</title>\n<description>The port authority said fees will rise</descr",
    );
    dir.write(
        "cut.warc",
        "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html>",
    );
    let mut second_breaks = warc_record("warcinfo", "", b"software: test\r\n");
    second_breaks
        .extend_from_slice(b"WARC/1.0\r\nWARC-Type: response\r\nnot a header line\r\n\r\n");
    dir.write("late.warc", &second_breaks);
    let (code, report) = check(&[&dir.0], &[]);
    assert_eq!(code, Some(3), "{report}");
    assert_eq!(report["documents"].as_array().unwrap().len(), 1, "{report}");
    assert_eq!(report["documents"][0]["id"], "a");
    let skipped = reasons(&report, "skipped");
    let named = |file: &str, place: &str| {
        skipped
            .iter()
            .any(|s| s.contains(file) && s.contains(place))
    };
    assert!(named("cut.rss", "line 4"), "{skipped:?}");
    assert!(named("cut.warc", "record 1"), "{skipped:?}");
    assert!(named("late.warc", "#2"), "{skipped:?}");
}

/// Verify's batch of claims with a line that opens as JSON and is not a claim: an error that
/// names the file and the line, exit status 1, no answer written.
#[test]
fn a_claims_file_with_a_bad_line_is_an_error_naming_it() {
    let dir = TempDir::new("bad-claims");
    dir.write("a.txt", GOOD_A);
    dir.write(
        "claims.jsonl",
        "Police arrested 14 protesters\n{\"id\": 3}\n",
    );
    let out = Command::new(env!("CARGO_BIN_EXE_crosscheck"))
        .arg("verify")
        .arg("--claims")
        .arg(dir.0.join("claims.jsonl"))
        .arg(&dir.0)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(out.stdout.is_empty());
    assert!(stderr.contains("claims.jsonl:2:"), "{stderr}");
}

/// A web archive record whose target URL holds bytes that are not UTF-8 (found by fuzzing: the
/// WARC crate's header lookup panics on it): the page is read, its URL with the bad bytes
/// replaced.
#[test]
fn a_web_archive_url_that_is_not_utf8_is_read_not_a_crash() {
    let dir = TempDir::new("warc-bytes");
    let page = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html><body><article>\
                <p>The port authority said on Thursday that its fees will rise by a third next \
                month, and traders said they would protest again.</p></article></body></html>";
    let mut warc = b"WARC/1.0\r\nWARC-Type: response\r\n\
        WARC-Record-ID: <urn:uuid:00000002-0000-4000-8000-000000000000>\r\n\
        WARC-Date: 2024-05-02T10:00:00Z\r\nWARC-Target-URI: https://news.example.org/\xff\xfc\r\n"
        .to_vec();
    warc.extend(format!("Content-Length: {}\r\n\r\n{page}\r\n\r\n", page.len()).bytes());
    dir.write("crawl.warc", &warc);
    let (code, report) = check(&[&dir.0], &[]);
    assert_eq!(code, Some(0), "{report}");
    assert_eq!(report["documents"][0]["id"], "crawl/1", "{report}");
    assert_eq!(report["documents"][0]["source"], "news.example.org");
}
