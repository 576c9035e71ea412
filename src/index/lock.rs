//! The single writer of an index, and who holds it.
//!
//! tantivy allows one `IndexWriter` per index, enforced by an OS file lock on
//! `.tantivy-writer.lock` that the kernel releases when the process ends, however it
//! ends: a `kill -9` never leaves a stale lock. zoek adds [`PID_FILE`], written just
//! after the lock is taken, so a second `zoek index` can name the process it waits
//! for. The pid file is only advice: the lock decides. A stale pid file left by a killed
//! run is overwritten by the next writer and never read while the lock is free.

use super::memory::{IndexDoc, MIN_WRITER_PER_THREAD};
use crate::error::{Error, Result};
use std::path::{Path, PathBuf};
use std::time::Duration;
use tantivy::directory::error::LockError;
use tantivy::{Index, IndexWriter, TantivyError};

/// File in the index directory naming the process that writes the index.
pub const PID_FILE: &str = "zoek-writer.pid";

/// How long `--wait` sleeps between attempts to take the writer.
pub const WAIT_POLL: Duration = Duration::from_millis(200);

/// The index's writer, held for one batch of changes; while it lives no other process
/// can write the index. Dropping it without [`WriteSession::commit`] discards every
/// change made through it.
pub struct WriteSession {
    writer: Option<IndexWriter<IndexDoc>>,
    /// The writer's indexing threads.
    threads: usize,
    pid_file: PathBuf,
}

impl WriteSession {
    /// Take the writer of `index` (stored at `dir`), with `threads` indexing threads
    /// sharing `budget` bytes. When another process holds it: fail with
    /// [`Error::Locked`] naming that process, or, with `wait`, try again every
    /// [`WAIT_POLL`], calling `waiting` with the holder's pid each time it changes.
    pub fn acquire(
        index: &Index,
        dir: &Path,
        threads: usize,
        budget: usize,
        wait: bool,
        waiting: &dyn Fn(Option<u32>),
    ) -> Result<WriteSession> {
        let threads = threads
            .clamp(1, 8)
            .min(budget / MIN_WRITER_PER_THREAD)
            .max(1);
        let budget = budget.max(threads * MIN_WRITER_PER_THREAD);
        let mut last_reported: Option<Option<u32>> = None;
        loop {
            match index.writer_with_num_threads(threads, budget) {
                Ok(writer) => {
                    let pid_file = dir.join(PID_FILE);
                    // Advice only (see the module docs): failing to write it is no error.
                    let _ = std::fs::write(&pid_file, format!("{}\n", std::process::id()));
                    return Ok(WriteSession {
                        writer: Some(writer),
                        threads,
                        pid_file,
                    });
                }
                Err(TantivyError::LockFailure(LockError::LockBusy, _)) => {
                    let holder = lock_holder(dir);
                    if !wait {
                        return Err(Error::Locked {
                            path: dir.to_path_buf(),
                            pid: holder,
                        });
                    }
                    if last_reported != Some(holder) {
                        waiting(holder);
                        last_reported = Some(holder);
                    }
                    std::thread::sleep(WAIT_POLL);
                }
                Err(e) => return Err(e.into()),
            }
        }
    }

    /// The writer.
    pub fn writer(&self) -> &IndexWriter<IndexDoc> {
        self.writer
            .as_ref()
            .expect("writer lives until the session ends")
    }

    /// Commit every change made through the writer, with `payload` stored in the
    /// commit, in one atomic step; wait for the merges it starts; release the writer.
    /// With `merge_all`, merge the index after the commit into one segment per
    /// indexing thread (see [`WriteSession::bulk`]).
    pub fn commit(mut self, payload: &str, merge_all: bool) -> Result<()> {
        let mut writer = self
            .writer
            .take()
            .expect("writer lives until the session ends");
        let mut prepared = writer.prepare_commit()?;
        prepared.set_payload(payload);
        prepared.commit()?;
        if merge_all {
            // Published atomically too: a kill meanwhile leaves the commit above.
            let merges: Vec<_> =
                merge_groups(&writer.index().searchable_segment_metas()?, self.threads)
                    .iter()
                    .map(|group| writer.merge(group))
                    .collect();
            for merge in merges {
                merge.wait()?;
            }
        }
        // Merges run after the commit, in the background. Waiting keeps the number of
        // segments small run after run; a kill meanwhile loses nothing (merges publish
        // atomically too).
        writer.wait_merging_threads()?;
        // tantivy renames meta.json into place; make the rename itself durable.
        if let Some(dir) = self.pid_file.parent() {
            sync_dir(dir);
        }
        Ok(())
    }

    /// Prepare for a bulk build, to be committed with `merge_all`: merging segments
    /// while they are made is wasted when they are all merged at the end.
    pub fn bulk(&self) {
        self.writer()
            .set_merge_policy(Box::new(tantivy::indexer::NoMergePolicy));
    }
}

/// The segments to merge after a bulk build, in up to `threads` groups of about as many
/// documents each. A merge runs on one thread: merging into one segment per thread
/// takes all the cores (on two cores, half the time of merging into one), and queries
/// over two segments are nearly as fast as over one (BENCHMARKS.md).
fn merge_groups(
    segments: &[tantivy::index::SegmentMeta],
    threads: usize,
) -> Vec<Vec<tantivy::index::SegmentId>> {
    let mut by_size: Vec<_> = segments.iter().collect();
    by_size.sort_by_key(|s| std::cmp::Reverse(s.num_docs()));
    let mut groups: Vec<(u64, Vec<tantivy::index::SegmentId>)> =
        vec![(0, Vec::new()); threads.max(1)];
    for s in by_size {
        let lightest = groups
            .iter_mut()
            .min_by_key(|(docs, _)| *docs)
            .expect("at least one group");
        lightest.0 += u64::from(s.num_docs());
        lightest.1.push(s.id());
    }
    groups
        .into_iter()
        .map(|(_, ids)| ids)
        .filter(|ids| ids.len() > 1)
        .collect()
}

impl Drop for WriteSession {
    fn drop(&mut self) {
        // Remove the pid file while the lock is still held, so it can never name a
        // process that no longer holds it; then release the lock.
        let _ = std::fs::remove_file(&self.pid_file);
        drop(self.writer.take());
    }
}

/// The pid of the process writing the index at `dir`, if it says and is alive.
pub fn lock_holder(dir: &Path) -> Option<u32> {
    let pid: u32 = std::fs::read_to_string(dir.join(PID_FILE))
        .ok()?
        .trim()
        .parse()
        .ok()?;
    if cfg!(target_os = "linux") && Path::new("/proc/self").exists() {
        // A pid file can outlive its process by a moment (or after a kill -9).
        Path::new(&format!("/proc/{pid}")).exists().then_some(pid)
    } else {
        Some(pid)
    }
}

#[cfg(unix)]
fn sync_dir(dir: &Path) {
    if let Ok(f) = std::fs::File::open(dir) {
        let _ = f.sync_all();
    }
}

#[cfg(not(unix))]
fn sync_dir(_dir: &Path) {}
