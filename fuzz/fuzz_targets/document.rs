//! Arbitrary bytes through the document pipeline: decode (strict, then lossy), extract, and
//! check that every claim span is an original slice.
#![no_main]

use crosscheck::LoadOptions;
use crosscheck::lab::corpus::decode_text;
use crosscheck::{Checker, Corpus, Document};
use libfuzzer_sys::fuzz_target;
use std::path::Path;
use std::sync::OnceLock;

fn checker() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(Checker::new)
}

fuzz_target!(|data: &[u8]| {
    let lossy = LoadOptions {
        lossy_utf8: true,
        ..LoadOptions::default()
    };
    let _ = decode_text(Path::new("f"), data.to_vec(), &LoadOptions::default());
    let Ok(text) = decode_text(Path::new("f"), data.to_vec(), &lossy) else {
        return;
    };
    let doc = Document::new("f", text.clone());
    for claim in checker().extract(&doc) {
        assert_eq!(&text[claim.start..claim.end], claim.text);
    }
    // Two halves as two documents exercise pairing and judging too.
    let mid = (0..=text.len() / 2)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0);
    let mut corpus = Corpus::new();
    corpus.push(Document::new("a", &text[..mid]));
    corpus.push(Document::new("b", &text[mid..]));
    let _ = checker().check(&corpus).to_json();
});
