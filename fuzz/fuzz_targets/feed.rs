//! Arbitrary bytes as a saved RSS or Atom feed in a folder: read or skipped under its name, never a panic,
//! and the article beside it still read.
#![no_main]

#[path = "inputs.rs"]
mod inputs;

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| inputs::read_as("feed", "news.rss", data));
