//! The bundled seed articles end to end through the library API: load the folder with its
//! manifest, check it, and print each conflict with both claims, their speakers and the reason.
//!
//! ```text
//! cargo run --release --example seeds
//! ```

use crosscheck::{Checker, Claim, Corpus, LoadOptions};
use std::collections::HashMap;
use std::path::PathBuf;

fn main() -> Result<(), crosscheck::Error> {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let corpus = Corpus::load(&[seeds], &LoadOptions::default())?;
    let report = Checker::new().check(&corpus);

    println!(
        "{} documents, {} claims, {} conflicts, {} corroborations",
        report.documents.len(),
        report.claims.len(),
        report.conflicts.len(),
        report.corroborations.len()
    );
    let claims: HashMap<&str, &Claim> = report.claims.iter().map(|c| (c.id.as_str(), c)).collect();
    let who = |c: &Claim| {
        format!(
            "{} ({}), {} {}",
            c.speaker.name.as_deref().unwrap_or("?"),
            c.speaker.side.as_deref().unwrap_or("no side"),
            c.source.as_deref().unwrap_or(&c.doc),
            c.published.map(|d| d.to_string()).unwrap_or_default()
        )
    };
    for conflict in &report.conflicts {
        let (a, b) = (claims[conflict.a.as_str()], claims[conflict.b.as_str()]);
        println!(
            "\n{:?} {:.2}: {}",
            conflict.kind, conflict.score, conflict.explanation
        );
        println!("  {}\n    {}", who(a), a.text);
        println!("  {}\n    {}", who(b), b.text);
    }
    Ok(())
}
