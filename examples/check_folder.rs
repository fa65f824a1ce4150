//! Checks a folder of your own articles with your own lexicon additions.
//!
//! ```text
//! cargo run --release --example check_folder -- path/to/articles examples/data/extra-lexicon.json
//! ```
//!
//! The folder holds `.txt` files and, optionally, a `manifest.json` naming each file's outlet and
//! date. The lexicon file uses the same JSON format as the built-in files (`src/lexicon/data/`);
//! any of its sections may be left out.

use crosscheck::{Checker, Corpus, Lexicon, LoadOptions};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let Some(folder) = args.next() else {
        eprintln!("usage: check_folder FOLDER [LEXICON.json]");
        return ExitCode::from(2);
    };
    let run = || -> Result<String, crosscheck::Error> {
        let mut lexicon = Lexicon::builder();
        if let Some(extra) = args.next() {
            lexicon.add_file(extra)?;
        }
        let checker = Checker::builder().lexicon(lexicon.build()?).build()?;
        let corpus = Corpus::load(&[PathBuf::from(folder)], &LoadOptions::default())?;
        Ok(checker.check(&corpus).to_text())
    };
    match run() {
        Ok(text) => {
            print!("{text}");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("check_folder: {e}");
            ExitCode::FAILURE
        }
    }
}
