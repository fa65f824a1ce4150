//! Arbitrary bytes as a web archive in a folder: read or skipped under its name, never a panic,
//! and the article beside it still read.
#![no_main]

#[path = "inputs.rs"]
mod inputs;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| inputs::read_as("warc", "crawl.warc", data));
