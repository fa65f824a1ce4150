//! Arbitrary bytes as a manifest and as a JSON Lines corpus: errors, never panics, and every
//! line is either a document or a skip.
#![no_main]

use crosscheck::Corpus;
use crosscheck::LoadOptions;
use crosscheck::lab::corpus::parse_manifest;
use libfuzzer_sys::fuzz_target;
use std::path::Path;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = parse_manifest(Path::new("manifest.json"), text);
    }
    let reader = std::io::Cursor::new(data.to_vec());
    let corpus = Corpus::from_jsonl_reader(reader, Path::new("f.jsonl"), &LoadOptions::default())
        .expect("reading from memory cannot fail");
    let lines = data
        .split(|&b| b == b'\n')
        .filter(|l| !l.iter().all(|b| b.is_ascii_whitespace()))
        .count();
    assert_eq!(corpus.documents.len() + corpus.skipped.len(), lines);
});
