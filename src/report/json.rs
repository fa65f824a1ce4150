//! The report as pretty JSON, its claims rendered on every core.
//!
//! Why: an archive's claims are most of its report (48 of 63 MB on a real archive of 1,792
//! pages), and serialising them was one core's work at the very end of a run, with the other
//! core idle. Here they are rendered in chunks on every core, a wave at a time (so memory holds
//! a wave, not the report), and spliced into the rest of the report. The bytes are exactly
//! those of `serde_json::to_writer_pretty` on the whole report.

use super::{
    Claim, Conflict, Corroboration, DocumentSummary, PairStats, Provenance, Repaired, Report,
    Skipped, StorySummary, Update,
};
use rayon::prelude::*;
use serde::Serialize;
use std::io::{self, Write};

/// Claims rendered together by one task: enough to outweigh the task's cost.
const CHUNK: usize = 256;
/// Claims rendered before they are written out: bounds the memory the rendering holds.
const WAVE: usize = 16 * CHUNK;
/// How deep a claim stands: inside the report's object and its `claims` array.
const CLAIM_DEPTH: usize = 2;

/// The report's fields, with the claims left for [`write`] to splice in: the same names,
/// order and omissions as [`Report`]'s own serialisation (a test holds the two together).
#[derive(Serialize)]
struct Skeleton<'r> {
    documents: &'r [DocumentSummary],
    skipped: &'r [Skipped],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    warnings: &'r [Skipped],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    repaired: &'r [Repaired],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    unread: &'r [Skipped],
    claims: [(); 0],
    conflicts: &'r [Conflict],
    corroborations: &'r [Corroboration],
    updates: &'r [Update],
    stories: &'r [StorySummary],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    speakers: &'r [super::SpeakerEntry],
    pairs: &'r PairStats,
    provenance: &'r Provenance,
    min_score: f64,
    dismissed: usize,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    review_not_found: &'r [String],
}

/// Where the skeleton's empty claims array opens: a top-level key sits on its own line,
/// indented once, and no string holds a raw line break (JSON escapes it), so this occurs once.
const CLAIMS_KEY: &[u8] = b"\n  \"claims\": [";

/// Writes `report` as pretty JSON to `out`.
pub(super) fn write(report: &Report, mut out: impl Write) -> io::Result<()> {
    let skeleton = Skeleton {
        documents: &report.documents,
        skipped: &report.skipped,
        warnings: &report.warnings,
        repaired: &report.repaired,
        unread: &report.unread,
        claims: [],
        conflicts: &report.conflicts,
        corroborations: &report.corroborations,
        updates: &report.updates,
        stories: &report.stories,
        speakers: &report.speakers,
        pairs: &report.pairs,
        provenance: &report.provenance,
        min_score: report.min_score,
        dismissed: report.dismissed,
        review_not_found: &report.review_not_found,
    };
    let rest = serde_json::to_vec_pretty(&skeleton).map_err(io::Error::from)?;
    let at = rest
        .windows(CLAIMS_KEY.len())
        .position(|w| w == CLAIMS_KEY)
        .expect("the skeleton has a claims key")
        + CLAIMS_KEY.len();
    // `at` is just inside the empty array's `[`, before its `]`.
    out.write_all(&rest[..at])?;
    if !report.claims.is_empty() {
        for (w, wave) in report.claims.chunks(WAVE).enumerate() {
            let rendered: Vec<Vec<u8>> = wave
                .par_chunks(CHUNK)
                .enumerate()
                .map(|(c, chunk)| render(chunk, w == 0 && c == 0))
                .collect::<io::Result<_>>()?;
            for r in rendered {
                out.write_all(&r)?;
            }
        }
        // The array closes a level up, where its key stands.
        out.write_all(b"\n")?;
        Nested::at(CLAIM_DEPTH - 1).indent(&mut out)?;
    }
    out.write_all(&rest[at..])
}

/// The claims of one chunk as the elements of the report's `claims` array: each on a new line
/// at its depth, after a comma unless it is the array's first.
fn render(claims: &[Claim], first_of_array: bool) -> io::Result<Vec<u8>> {
    let mut out = Vec::with_capacity(claims.len() * 1024);
    for (i, claim) in claims.iter().enumerate() {
        Nested::at(CLAIM_DEPTH).item(&mut out, first_of_array && i == 0)?;
        let mut serializer =
            serde_json::Serializer::with_formatter(&mut out, Nested::at(CLAIM_DEPTH));
        claim.serialize(&mut serializer).map_err(io::Error::from)?;
    }
    Ok(out)
}

/// serde_json's pretty formatter (two spaces a level) started at a depth inside the report, so
/// that a claim is written where it stands without its lines being moved in afterwards.
struct Nested {
    depth: usize,
    has_value: bool,
}

impl Nested {
    fn at(depth: usize) -> Self {
        Nested {
            depth,
            has_value: false,
        }
    }

    fn indent<W: ?Sized + Write>(&self, writer: &mut W) -> io::Result<()> {
        (0..self.depth).try_for_each(|_| writer.write_all(b"  "))
    }

    fn open<W: ?Sized + Write>(&mut self, writer: &mut W, mark: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(mark)
    }

    fn close<W: ?Sized + Write>(&mut self, writer: &mut W, mark: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            writer.write_all(b"\n")?;
            self.indent(writer)?;
        }
        writer.write_all(mark)
    }

    fn item<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        writer.write_all(if first { b"\n" } else { b",\n" })?;
        self.indent(writer)
    }
}

impl serde_json::ser::Formatter for Nested {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
#[path = "json_tests.rs"]
mod tests;
