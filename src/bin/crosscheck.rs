//! The `crosscheck` command: a thin layer over the library.

use clap::{Parser, Subcommand, ValueEnum};
use crosscheck::corpus::DocumentStream;
use crosscheck::{Checker, CheckerConfig, Lexicon, LoadOptions, Progress};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use std::io::IsTerminal;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::{Duration, Instant};

/// See the `mimalloc` feature in Cargo.toml: less resident memory and faster pairing at scale.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "crosscheck",
    version,
    about = "Find contradicting claims across news outlets"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// Check folders of .txt articles (with an optional manifest.json), .jsonl files or single
    /// .txt files. Exit status: 0 when all input was read, 3 when some was skipped or only partly
    /// read (see `skipped` and `warnings`), 1 on error.
    Check {
        /// Folders or files to read.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Report only conflicts scoring at least this.
        #[arg(long, default_value_t = CheckerConfig::DEFAULT_MIN_SCORE)]
        min_score: f64,
        /// Extra lexicon files (JSON, same format as the built-in ones); may be repeated.
        #[arg(long = "lexicon")]
        lexicons: Vec<PathBuf>,
        /// Largest document accepted, in bytes.
        #[arg(long, default_value_t = 256 * 1024 * 1024)]
        max_bytes: u64,
        /// Replace invalid UTF-8 instead of skipping the document.
        #[arg(long)]
        lossy: bool,
        /// No progress bar (it shows only on a terminal, for runs longer than a second).
        #[arg(long)]
        quiet: bool,
        /// List the stories (the documents grouped by event) instead of the conflicts, in text
        /// format; JSON output always holds them.
        #[arg(long)]
        stories: bool,
    },
}

fn run(cli: Cli) -> Result<ExitCode, crosscheck::Error> {
    let Command::Check {
        paths,
        format,
        min_score,
        lexicons,
        max_bytes,
        lossy,
        quiet,
        stories,
    } = cli.command;
    let mut builder = Lexicon::builder();
    for l in &lexicons {
        builder.add_file(l)?;
    }
    let checker = Checker::builder()
        .lexicon(builder.build()?)
        .min_score(min_score)
        .build()?;
    let options = LoadOptions {
        max_document_bytes: max_bytes,
        lossy_utf8: lossy,
    };
    let stream = DocumentStream::open(&paths, &options)?;
    let bar = ProgressBar::hidden();
    let show = !quiet && std::io::stderr().is_terminal();
    let started = Instant::now();
    let report = checker.check_stream(stream, &|p| {
        // Appear only for runs long enough to wonder about.
        if show && bar.is_hidden() && started.elapsed() > Duration::from_secs(1) {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            bar.set_style(
                ProgressStyle::with_template("{spinner} {msg}: {pos} documents, {elapsed}")
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
        }
        match p {
            Progress::Extracted { done, total } => {
                if total > 0 {
                    bar.set_length(total as u64);
                }
                bar.set_position(done as u64);
                bar.set_message("reading claims");
            }
            Progress::Pairing { claims } => {
                bar.set_message(format!("pairing {claims} claims"));
                bar.enable_steady_tick(Duration::from_millis(120));
            }
            Progress::Done => bar.finish_and_clear(),
        }
    })?;
    let rendered = match format {
        Format::Json => report.to_json() + "\n",
        Format::Text if stories => report.stories_text(),
        Format::Text => report.to_text(),
    };
    // A reader that stops early (`| head`) is not an error worth a panic.
    let mut stdout = std::io::stdout().lock();
    if let Err(e) = stdout
        .write_all(rendered.as_bytes())
        .and_then(|()| stdout.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        eprintln!("crosscheck: cannot write the report: {e}");
        return Ok(ExitCode::from(1));
    }
    Ok(if report.skipped.is_empty() && report.warnings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(3)
    })
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("crosscheck: {e}");
            ExitCode::from(1)
        }
    }
}
