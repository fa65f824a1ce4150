//! Arbitrary bytes as verify's batch of claims: its claims (each with an id), or an error naming
//! the file (and the line that does not parse); each claim read is verified without a panic.
#![no_main]

use crosscheck::verify::{Verifier, read_claims};
use crosscheck::{Checker, Corpus, Document, Statement};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn checker() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(Checker::new)
}

fn verifier() -> &'static Verifier<'static> {
    static VERIFIER: OnceLock<Verifier<'static>> = OnceLock::new();
    VERIFIER.get_or_init(|| {
        let mut corpus = Corpus::new();
        corpus.push(Document::new(
            "a",
            "قالت الشرطة إنها اعتقلت 14 متظاهرا في ساحة التحرير أمس.",
        ));
        corpus.push(Document::new(
            "b",
            "The ministry denied that 14 protesters had been arrested.",
        ));
        Verifier::new(checker(), &corpus)
    })
}

fuzz_target!(|data: &[u8]| {
    let path =
        std::env::temp_dir().join(format!("crosscheck-fuzz-claims-{}.txt", std::process::id()));
    std::fs::write(&path, data).expect("the fuzzed file");
    match read_claims(&path) {
        Ok(claims) => {
            for claim in claims {
                assert!(claim.id.is_some());
                let statement = Statement::new(&claim.text, checker().lexicon());
                let _ = verifier().verify(&statement);
            }
        }
        Err(e) => {
            let message = e.to_string();
            assert!(message.contains(&path.display().to_string()), "{message}");
        }
    }
});
