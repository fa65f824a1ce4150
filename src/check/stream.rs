//! Checking a stream of inputs a batch of documents at a time, dropping each document's text
//! once its claims are out: memory follows the claims, not the corpus.

use super::{Checker, Progress, Read};
use crate::corpus::{Document, Input};
use crate::error::Error;
use crate::report::Report;
use rayon::prelude::*;

impl Checker {
    /// Checks a stream of inputs, extracting claims a batch of documents at a time and dropping
    /// each document's text once its claims are out: memory follows the claims, not the corpus.
    /// The report is the same as [`Checker::check`] on the same documents.
    ///
    /// The next batch is read while the last is extracted: reading and decoding files is one
    /// thread's work, and between batches the other cores used to wait for it.
    pub fn check_stream(
        &self,
        stream: impl Iterator<Item = Result<Input, Error>>,
        progress: &(dyn Fn(Progress) + Sync),
    ) -> Result<Report, Error> {
        // Batches grow to their full size from a small first one, so that extracting starts
        // soon after the first files are read.
        const FIRST_BATCH: usize = 16;
        const BATCH: usize = 256;
        let mut report = Report::default();
        let mut done: Vec<Read> = Vec::new();
        std::thread::scope(|scope| -> Result<(), Error> {
            let mut batch_size = FIRST_BATCH;
            let mut batch: Vec<Document> = Vec::with_capacity(batch_size);
            let mut extracting: Option<std::thread::ScopedJoinHandle<Vec<Read>>> = None;
            let collect = |extracting: Option<std::thread::ScopedJoinHandle<Vec<Read>>>,
                           done: &mut Vec<Read>| {
                if let Some(handle) = extracting {
                    let read = handle
                        .join()
                        .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
                    done.extend(read);
                    progress(Progress::Extracted {
                        done: done.len(),
                        total: 0,
                    });
                }
            };
            for input in stream {
                match input? {
                    Input::Document(d) => {
                        batch.push(d);
                        if batch.len() == batch_size {
                            batch_size = (2 * batch_size).min(BATCH);
                            let full =
                                std::mem::replace(&mut batch, Vec::with_capacity(batch_size));
                            collect(extracting.take(), &mut done);
                            extracting =
                                Some(scope.spawn(move || {
                                    full.par_iter().map(|d| self.read(d)).collect()
                                }));
                        }
                    }
                    Input::Skipped(s) => report.skipped.push(s),
                    Input::Warning(w) => report.warnings.push(w),
                    Input::Repaired(r) => report.repaired.push(r),
                    Input::Unread(u) => report.unread.push(u),
                }
            }
            collect(extracting.take(), &mut done);
            done.extend(batch.par_iter().map(|d| self.read(d)).collect::<Vec<_>>());
            progress(Progress::Extracted {
                done: done.len(),
                total: 0,
            });
            Ok(())
        })?;
        done.sort_by(|a, b| a.summary.id.cmp(&b.summary.id));
        report.skipped.sort_by(|a, b| a.path.cmp(&b.path));
        report.warnings.sort_by(|a, b| a.path.cmp(&b.path));
        report.repaired.sort_by(|a, b| a.path.cmp(&b.path));
        report.unread.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(self.assemble(report, done, progress))
    }
}
