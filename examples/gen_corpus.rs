//! Writes a synthetic Arabic news corpus with planted conflicts: `.txt` files, `manifest.json`,
//! and `planted.json` (the expected conflicting pairs, with the byte spans of their sentences).
//!
//! ```text
//! cargo run --release --features synth --example gen_corpus -- OUT_DIR [--docs N] [--seed S] [--filler FILE]
//! ```
//!
//! `--filler` takes real sentences to mix in, one a line; for a `.csv` or `.tsv` file (such as
//! `../shared/data/ans/train.csv` or `../shared/data/xnli_ar/dev.tsv`) the first two columns of
//! each row are taken.

use crosscheck::Lexicon;
use crosscheck::synth::{SynthConfig, generate};
use std::path::PathBuf;

fn read_filler(path: &str) -> std::io::Result<Vec<String>> {
    let text = std::fs::read_to_string(path)?;
    let columns = if path.ends_with(".tsv") {
        Some('\t')
    } else if path.ends_with(".csv") {
        Some(',')
    } else {
        None
    };
    let mut out = Vec::new();
    for line in text.lines().skip(usize::from(path.ends_with(".csv"))) {
        match columns {
            Some(sep) => out.extend(line.split(sep).take(2).map(|s| s.trim().to_string())),
            None => out.push(line.trim().to_string()),
        }
    }
    out.retain(|s| s.chars().count() > 10);
    Ok(out)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = PathBuf::from(
        args.next()
            .ok_or("usage: gen_corpus OUT_DIR [--docs N] [--seed S] [--filler FILE]")?,
    );
    let mut config = SynthConfig::default();
    while let Some(flag) = args.next() {
        let value = args.next().ok_or(format!("{flag} needs a value"))?;
        match flag.as_str() {
            "--docs" => config.documents = value.parse()?,
            "--seed" => config.seed = value.parse()?,
            "--filler" => config.filler = read_filler(&value)?,
            other => return Err(format!("unknown option {other}").into()),
        }
    }
    let (corpus, planted) = generate(&config, &Lexicon::default());
    std::fs::create_dir_all(&out)?;
    let mut manifest = Vec::new();
    for doc in &corpus.documents {
        let file = format!("{}.txt", doc.id);
        std::fs::write(out.join(&file), &doc.text)?;
        manifest.push(serde_json::json!({
            "file": file, "source": doc.source, "published": doc.published, "language": doc.language
        }));
    }
    std::fs::write(
        out.join("manifest.json"),
        serde_json::to_string_pretty(&manifest)?,
    )?;
    std::fs::write(
        out.join("planted.json"),
        serde_json::to_string_pretty(&planted)?,
    )?;
    let bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
    eprintln!(
        "{} documents, {:.1} MB, {} planted conflicts in {}",
        corpus.documents.len(),
        bytes as f64 / 1e6,
        planted.len(),
        out.display()
    );
    Ok(())
}
