//! The `crosscheck` command: a thin layer over the library.

use clap::{Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use crosscheck::corpus::DocumentStream;
use crosscheck::verify::{
    ClaimInput, DocumentStance, StanceModel, Verification, Verifier, bundled_stance_models,
    read_claims,
};
use crosscheck::{
    Checker, CheckerConfig, Corpus, Lexicon, LinearModel, LoadOptions, Progress, Statement,
};
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
    /// Write the report to this file instead of standard output (created, or replaced).
    #[arg(long, short = 'o', global = true, value_name = "FILE")]
    output: Option<PathBuf>,
}

/// Where reports are written: the file `--output` names, or standard output.
static OUTPUT: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();

/// What `check` writes.
#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum Format {
    Text,
    Json,
    /// One row a conflict.
    Csv,
    /// One self-contained page for a browser, grouped by story and dispute.
    Html,
}

/// What `verify` writes.
#[derive(Clone, Copy, PartialEq, ValueEnum)]
enum VerifyFormat {
    Text,
    /// One object; one a line for a batch of claims.
    Json,
    /// One row a document of each claim, with its outlet, date and deciding sentence.
    Csv,
    /// One self-contained page for a browser.
    Html,
}

#[derive(Subcommand)]
enum Command {
    /// Check folders of articles (.txt, saved .html pages, .rss/.atom feeds, .warc web
    /// archives; an optional manifest.json), .jsonl files or single files. Exit status: 0 when all input was read, 3
    /// when some was skipped or only partly read (see `skipped` and `warnings`), 1 on error.
    Check {
        #[command(flatten)]
        inputs: Inputs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Report only conflicts scoring at least this (a score in [0, 1]).
        #[arg(long, default_value_t = CheckerConfig::DEFAULT_MIN_SCORE, value_parser = score)]
        min_score: f64,
        /// No progress bar (it shows only on a terminal, for runs longer than a second).
        #[arg(long)]
        quiet: bool,
        /// List the stories (the documents grouped by event) instead of the conflicts, in text
        /// format; JSON output always holds them.
        #[arg(long)]
        stories: bool,
        /// An analyst's review (JSON Lines of {"id", "verdict": "confirmed"|"dismissed",
        /// "note"}): dismissed conflicts are hidden and counted, confirmed ones marked.
        #[arg(long)]
        review: Option<PathBuf>,
        /// Print how long each stage took (set-up, reading and extraction, stories, pairing,
        /// judging, writing) to standard error, after the report.
        #[arg(long)]
        timings: bool,
        /// CSV without the UTF-8 byte-order mark that spreadsheets need to read Arabic (for a
        /// program that does not expect one).
        #[arg(long)]
        no_bom: bool,
    },
    /// Verify a claim (or a batch of claims) against folders or files of articles: what each
    /// article does to it (agree, disagree, discuss, unrelated), with the sentences that say so.
    Verify {
        /// The claim to verify.
        #[arg(long, required_unless_present = "claims", conflicts_with = "claims")]
        claim: Option<String>,
        /// A batch of claims: JSON Lines ({"id", "text"}) or one claim a line; JSON output is
        /// then one object a line.
        #[arg(long)]
        claims: Option<PathBuf>,
        #[command(flatten)]
        inputs: Inputs,
        /// Output format.
        #[arg(long, value_enum, default_value_t = VerifyFormat::Text)]
        format: VerifyFormat,
        /// Accepted for scripts that pass it to both commands: `verify` shows no progress.
        #[arg(long)]
        quiet: bool,
        /// A document stance model (JSON, as `examples/train_stance.rs` writes it) to decide
        /// each article found on topic, for claims of any language; by default the bundled
        /// English model decides for English claims and the rules for Arabic ones.
        #[arg(long, conflicts_with = "rules_only")]
        stance_model: Option<PathBuf>,
        /// Let the rules alone decide each article's stance, from its strongest sentence.
        #[arg(long)]
        rules_only: bool,
        /// CSV without the UTF-8 byte-order mark that spreadsheets need to read Arabic (for a
        /// program that does not expect one).
        #[arg(long)]
        no_bom: bool,
    },
}

/// What both commands read: the articles and the lexicon files beside the built-in one.
#[derive(Args)]
struct Inputs {
    /// Folders or files to read.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Extra lexicon files (JSON, same format as the built-in ones); may be repeated.
    #[arg(long = "lexicon")]
    lexicons: Vec<PathBuf>,
    /// Largest document accepted, in bytes.
    #[arg(long, default_value_t = LoadOptions::DEFAULT_MAX_DOCUMENT_BYTES)]
    max_bytes: u64,
    /// Replace invalid UTF-8 instead of skipping the document.
    #[arg(long)]
    lossy: bool,
    /// Read every file in this encoding (a label: windows-1256, iso-8859-6, windows-1252,
    /// utf-8). Without it files are read as UTF-8, and the encoding of a file that is not is
    /// detected; the report lists each file read so.
    #[arg(long, value_name = "LABEL")]
    encoding: Option<String>,
    /// A learned judge model (JSON, as `examples/train_judge.rs` writes) to weigh in on every
    /// verdict; without one the judge is its rules.
    #[arg(long)]
    model: Option<PathBuf>,
}

impl Inputs {
    fn options(&self) -> LoadOptions {
        LoadOptions {
            max_document_bytes: self.max_bytes,
            lossy_utf8: self.lossy,
            encoding: self.encoding.clone(),
        }
    }

    /// The built-in lexicon with the user's files added.
    fn lexicon(&self) -> Result<Lexicon, crosscheck::Error> {
        let mut builder = Lexicon::builder();
        for l in &self.lexicons {
            builder.add_file(l)?;
        }
        builder.build()
    }

    /// A checker with the user's lexicon and model, and this least score.
    fn checker(&self, min_score: f64) -> Result<Checker, crosscheck::Error> {
        let mut builder = Checker::builder();
        builder.lexicon(self.lexicon()?).min_score(min_score);
        if let Some(path) = &self.model {
            builder.model(LinearModel::load(path)?);
        }
        builder.build()
    }
}

/// A score given on the command line: a number in [0, 1], as every score the tool reports is.
fn score(arg: &str) -> Result<f64, String> {
    let value: f64 = arg
        .parse()
        .map_err(|_| format!("`{arg}` is not a number"))?;
    if (0.0..=1.0).contains(&value) {
        Ok(value)
    } else {
        Err(format!("{value} is not a score: scores lie in [0, 1]"))
    }
}

fn run(cli: Cli) -> Result<ExitCode, crosscheck::Error> {
    match cli.command {
        Command::Check {
            inputs,
            format,
            min_score,
            quiet,
            stories,
            review,
            timings,
            no_bom,
        } => check(
            &inputs,
            &CheckOutput {
                format,
                quiet,
                stories,
                timings,
                no_bom,
            },
            min_score,
            review.as_deref(),
        ),
        Command::Verify {
            claim,
            claims,
            inputs,
            format,
            quiet: _,
            stance_model,
            rules_only,
            no_bom,
        } => {
            let models = match (stance_model, rules_only) {
                (_, true) => Vec::new(),
                (Some(path), false) => {
                    // A model given by name decides for every claim, whatever its language.
                    let mut model = StanceModel::load(&path)?;
                    model.language = "any".into();
                    vec![model]
                }
                (None, false) => bundled_stance_models().to_vec(),
            };
            verify(claim, claims, &inputs, (format, no_bom), models)
        }
    }
}

/// Writes the output through `write` to standard output, buffered; a reader that stops early
/// (`| head`) is not an error. False, after saying why, when it cannot be written.
fn write_out(write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>) -> bool {
    let Some(path) = OUTPUT.get() else {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
        return match write(&mut out).and_then(|()| out.flush()) {
            Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                eprintln!("crosscheck: cannot write the report: {e}");
                false
            }
            _ => true,
        };
    };
    let written = std::fs::File::create(path).and_then(|file| {
        let mut out = std::io::BufWriter::with_capacity(1 << 16, file);
        write(&mut out).and_then(|()| out.flush())
    });
    match written {
        Err(e) => {
            eprintln!(
                "crosscheck: cannot write the report to {}: {e}",
                path.display()
            );
            false
        }
        Ok(()) => true,
    }
}

/// Writes a rendered text to standard output (see [`write_out`]).
fn write_text(rendered: &str) -> bool {
    write_out(|out| out.write_all(rendered.as_bytes()))
}

fn verify(
    claim: Option<String>,
    claims: Option<PathBuf>,
    inputs: &Inputs,
    (format, no_bom): (VerifyFormat, bool),
    models: Vec<StanceModel>,
) -> Result<ExitCode, crosscheck::Error> {
    let checker = inputs.checker(CheckerConfig::DEFAULT_MIN_SCORE)?;
    let batch = claims.is_some();
    let to_verify = match (claim, claims) {
        (_, Some(file)) => read_claims(&file)?,
        (Some(text), None) => vec![ClaimInput { id: None, text }],
        (None, None) => Vec::new(),
    };
    let corpus = Corpus::load(&inputs.paths, &inputs.options())?;
    let verifier = Verifier::new(&checker, &corpus).stance_models(models);
    let mut verifications = Vec::with_capacity(to_verify.len());
    for input in to_verify {
        let statement = Statement::new(&input.text, checker.lexicon());
        let mut v = verifier.verify(&statement);
        v.claim.id = input.id;
        verifications.push(v);
    }
    let mut rendered = String::new();
    let written = match format {
        VerifyFormat::Json if batch => {
            for v in &verifications {
                rendered += &serde_json::to_string(v).unwrap_or_default();
                rendered.push('\n');
            }
            write_text(&rendered)
        }
        VerifyFormat::Json => {
            for v in &verifications {
                rendered += &serde_json::to_string_pretty(v).unwrap_or_default();
                rendered.push('\n');
            }
            write_text(&rendered)
        }
        VerifyFormat::Text => {
            for v in &verifications {
                rendered += &verification_text(v);
            }
            write_text(&rendered)
        }
        VerifyFormat::Csv if no_bom => write_text(&crosscheck::verify::to_csv(&verifications)),
        VerifyFormat::Csv => write_out(|out| crosscheck::verify::write_csv(&verifications, out)),
        VerifyFormat::Html => write_text(&crosscheck::verify::to_html(&verifications)),
    };
    if !written {
        return Ok(ExitCode::from(1));
    }
    Ok(if corpus.skipped.is_empty() && corpus.warnings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(3)
    })
}

/// A verification for a reader: the documents that take a side or discuss the claim, each with
/// its deciding sentence.
fn verification_text(v: &Verification) -> String {
    let mut out = format!("claim: {}\n", v.claim.text);
    let mut shown = 0;
    for stance in [
        DocumentStance::Disagree,
        DocumentStance::Agree,
        DocumentStance::Discuss,
    ] {
        for d in v.with_stance(stance) {
            shown += 1;
            let stance = format!("{:?}", d.stance).to_lowercase();
            // The model weighs the whole article: its deciding sentence is evidence, not the
            // verdict's sole reason.
            let by = if d.by_model {
                "  (stance model, from the whole article)"
            } else {
                ""
            };
            // Where it comes from: the outlet and day when known, then the document.
            let from: Vec<String> = [d.source.clone(), d.published.map(|p| p.to_string())]
                .into_iter()
                .flatten()
                .chain([d.id.clone()])
                .collect();
            out += &format!("  {stance} {:.2} {}{by}\n", d.score, from.join(", "));
            if let Some(e) = d.evidence.first() {
                let who = e
                    .speaker
                    .as_deref()
                    .map(|s| format!(" ({s})"))
                    .unwrap_or_default();
                out += &format!("    «{}»{who}\n", e.text);
                if !e.explanation.is_empty() {
                    out += &format!("    {}\n", e.explanation);
                }
            }
        }
    }
    let unrelated = v.documents.len() - shown;
    out += &format!("  {unrelated} documents unrelated\n");
    out
}

/// What `check` writes, and where.
struct CheckOutput {
    format: Format,
    quiet: bool,
    stories: bool,
    timings: bool,
    no_bom: bool,
}

/// When each stage of a check began, for `--timings`.
#[derive(Default)]
struct StageClock {
    marks: std::sync::Mutex<Vec<(&'static str, Instant)>>,
}

impl StageClock {
    /// Notes that stage `name` begins now.
    fn mark(&self, name: &'static str) {
        let mut marks = self.marks.lock().unwrap_or_else(|e| e.into_inner());
        marks.push((name, Instant::now()));
    }

    /// One line: each stage's seconds, from its mark to the next one.
    fn line(&self) -> String {
        let marks = self.marks.lock().unwrap_or_else(|e| e.into_inner());
        let mut parts: Vec<String> = marks
            .windows(2)
            .map(|w| format!("{} {:.2} s", w[0].0, (w[1].1 - w[0].1).as_secs_f64()))
            .collect();
        if let (Some(first), Some(last)) = (marks.first(), marks.last()) {
            parts.push(format!("total {:.2} s", (last.1 - first.1).as_secs_f64()));
        }
        format!("timings: {}", parts.join(", "))
    }
}

fn check(
    inputs: &Inputs,
    output: &CheckOutput,
    min_score: f64,
    review: Option<&std::path::Path>,
) -> Result<ExitCode, crosscheck::Error> {
    let clock = StageClock::default();
    clock.mark("set-up");
    // A review file that cannot be read is an error before any article is.
    let review = review.map(crosscheck::report::read_review).transpose()?;
    let checker = inputs.checker(min_score)?;
    let stream = DocumentStream::open(&inputs.paths, &inputs.options())?;
    // The files listed up front give the reading its length and an estimate of the time left.
    let listed = stream.files_listed() as u64;
    let bar = ProgressBar::hidden();
    let show = !output.quiet && std::io::stderr().is_terminal();
    let started = Instant::now();
    clock.mark("reading and extraction");
    let report = checker.check_stream(stream, &|p| {
        // Appear only for runs long enough to wonder about.
        if show && bar.is_hidden() && started.elapsed() > Duration::from_secs(1) {
            bar.set_draw_target(ProgressDrawTarget::stderr());
            let template = match p {
                Progress::Extracted { .. } if listed > 0 => {
                    "{msg}: {bar:30} {pos}/{len} documents, {elapsed} so far, about {eta} left"
                }
                Progress::Extracted { .. } => "{spinner} {msg}: {pos} documents, {elapsed}",
                _ => "{spinner} {msg}, {elapsed}",
            };
            bar.set_style(
                ProgressStyle::with_template(template)
                    .unwrap_or_else(|_| ProgressStyle::default_bar()),
            );
        }
        match p {
            Progress::Extracted { done, total } => {
                let length = if total > 0 { total as u64 } else { listed };
                bar.set_length(length.max(done as u64));
                bar.set_position(done as u64);
                bar.set_message("reading claims");
            }
            Progress::Grouping { documents } => {
                // Past reading the stages have no count to show: a spinner and the time.
                if !bar.is_hidden() {
                    bar.set_style(
                        ProgressStyle::with_template("{spinner} {msg}, {elapsed}")
                            .unwrap_or_else(|_| ProgressStyle::default_bar()),
                    );
                }
                clock.mark("stories");
                bar.set_message(format!("grouping {documents} documents into stories"));
            }
            Progress::Pairing { claims } => {
                clock.mark("pairing");
                bar.set_message(format!("pairing {claims} claims"));
                bar.enable_steady_tick(Duration::from_millis(120));
            }
            Progress::Judging { candidates } => {
                clock.mark("judging");
                bar.set_message(format!("judging {candidates} candidate pairs"));
            }
            Progress::Done => {
                clock.mark("writing");
                bar.finish_and_clear()
            }
            _ => {}
        }
    })?;
    let mut report = report;
    if let Some(review) = &review {
        report.apply_review(review);
    }
    let written = match output.format {
        // An archive's JSON runs to tens of megabytes: streamed, not built in memory first.
        Format::Json => write_out(|out| {
            report
                .write_json(&mut *out)
                .and_then(|()| out.write_all(b"\n"))
        }),
        Format::Csv if output.no_bom => write_text(&report.to_csv()),
        Format::Csv => write_out(|out| report.write_csv(&mut *out)),
        Format::Html => write_text(&report.to_html()),
        Format::Text if output.stories => write_text(&report.stories_text()),
        Format::Text => write_text(&report.to_text()),
    };
    if output.timings {
        clock.mark("end");
        // A closed or full stderr must not turn a written report into a failed run.
        let _ = writeln!(std::io::stderr(), "{}", clock.line());
    }
    let code = if !written {
        ExitCode::from(1)
    } else if report.skipped.is_empty() && report.warnings.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(3)
    };
    // The process ends now: freeing an archive's claims one by one would take a tenth of a
    // second for nothing.
    std::mem::forget(report);
    Ok(code)
}

fn main() -> ExitCode {
    // `--version` names what reports are made with, as the reports' `provenance` does (the
    // lexicon is compiled for it only when asked).
    let mut command = Cli::command();
    if std::env::args().any(|a| a == "--version" || a == "-V") {
        let p = Checker::new().provenance();
        let version: &'static str = Box::leak(
            format!("{} (lexicon {}, judge: {})", p.version, p.lexicon, p.judge).into_boxed_str(),
        );
        command = command.version(version);
    }
    let matches = command.get_matches();
    let cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(e) => e.exit(),
    };
    if let Some(path) = &cli.output {
        let _ = OUTPUT.set(path.clone());
    }
    match run(cli) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("crosscheck: {e}");
            ExitCode::from(1)
        }
    }
}
