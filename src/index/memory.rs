//! The memory budget of an indexing run, and the documents on their way to the writer.
//!
//! `zoek index --memory MB` bounds the whole process, not only tantivy's writer. Of the
//! budget, [`FIXED_COSTS`] goes to what the process holds whatever the corpus (the word
//! list, the analysis caches, the regular expressions' caches, the files being read,
//! the allocator's slack), a sixteenth of the rest to documents made but not yet
//! indexed ([`DocumentGate`]), and what remains, less a margin, to tantivy's writer
//! ([`MemoryPlan::for_budget`]). The shares were measured (BENCHMARKS.md).

use crate::error::{Error, Result};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};
use tantivy::TantivyDocument;
use tantivy::schema::document::Document;

const MB: usize = 1024 * 1024;

/// What the process holds while indexing beyond tantivy's writer, whatever the corpus:
/// the word list (9 MB), the analysis caches (up to about 25 MB), the regular
/// expressions' caches of the reading threads, the files being read and split, tantivy's
/// buffers while it writes a segment out, the documents on their way to the writer
/// (bounded apart), and the allocator's slack between its per-thread arenas. Measured:
/// peak heap = 149 MB + 0.93 × the writer's budget at 100k passages (BENCHMARKS.md).
pub const FIXED_COSTS: usize = 144 * MB;

/// The least memory tantivy accepts for one indexing thread.
pub const MIN_WRITER_PER_THREAD: usize = 15_000_000;

/// The smallest budget an indexing run accepts.
pub const MIN_BUDGET: usize = 192 * MB;

/// Limit glibc's allocator to a few arenas for the rest of the process.
///
/// glibc gives threads that contend for the heap arenas of their own, up to eight per
/// core, and the free memory of one arena serves no other: the reading threads make the
/// documents that tantivy's threads free, and at a million passages the heap of `zoek
/// index` grew to 391 MB for a 256 MB budget. Two arenas per indexing thread (one for
/// its reader, one for its writer; at least four) with [`release_free_memory`] kept it
/// at 251 MB, and at 100k passages used less CPU than glibc's default, where two arenas
/// in all cost 15–25% more from contention (BENCHMARKS.md). Called by
/// [`crate::ZoekIndex::index_folder`]; the setting holds for the whole process and is
/// made once. Other platforms and allocators: nothing to do.
pub fn limit_allocator_arenas(threads: usize) {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            let arenas = (2 * threads).clamp(4, 16) as libc::c_int;
            // SAFETY: mallopt only changes a tunable of glibc's allocator; M_ARENA_MAX
            // takes effect for arenas created from now on.
            unsafe {
                libc::mallopt(libc::M_ARENA_MAX, arenas);
            }
        });
    }
    #[cfg(not(all(target_os = "linux", target_env = "gnu")))]
    let _ = threads;
}

/// How often [`release_free_memory`] runs while a folder is indexed.
pub const TRIM_EVERY: Duration = Duration::from_secs(1);

/// Give the memory freed since the last call back to the system.
///
/// Even with few arenas, glibc keeps the pages of freed memory between live
/// allocations: at a million passages, with two arenas, the heap of `zoek index` still
/// grew from 222 to 268 MB over the run; with this called once a second (it takes
/// milliseconds) it stayed at 215–231 MB (BENCHMARKS.md). Other platforms and
/// allocators: nothing to do.
pub fn release_free_memory() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only returns free memory of glibc's allocator to the system.
    unsafe {
        libc::malloc_trim(0);
    }
}

/// How a memory budget is shared out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MemoryPlan {
    /// tantivy's writer, all its threads together.
    pub writer: usize,
    /// The writer's threads.
    pub threads: usize,
    /// Documents made and not yet indexed.
    pub documents: usize,
}

impl MemoryPlan {
    /// Share out `budget` bytes for a run with up to `threads` indexing threads, or say
    /// why it is too small. A thread is dropped while the writer's part would leave it
    /// less than tantivy's minimum.
    pub fn for_budget(budget: usize, threads: usize) -> Result<MemoryPlan> {
        if budget < MIN_BUDGET {
            return Err(Error::Memory {
                budget_mb: budget / MB,
                min_mb: MIN_BUDGET / MB,
            });
        }
        let rest = budget - FIXED_COSTS;
        let documents = rest / 16;
        let writer = rest - documents * 3;
        let threads = threads
            .clamp(1, 8)
            .min(writer / MIN_WRITER_PER_THREAD)
            .max(1);
        Ok(MemoryPlan {
            writer,
            threads,
            documents,
        })
    }
}

/// Bounds the bytes of documents made but not yet indexed. tantivy queues up to 10,000
/// documents in front of its indexing threads, and reading is faster than indexing, so
/// without a bound that queue stays full: 43 MB at 100k passages.
#[derive(Debug)]
pub struct DocumentGate {
    bytes: Mutex<usize>,
    freed: Condvar,
    limit: usize,
}

/// How long [`DocumentGate::admit`] waits for room at most: if the writer stops
/// taking documents (it failed), adding one reports why instead of waiting forever.
const GATE_PATIENCE: Duration = Duration::from_secs(30);

impl DocumentGate {
    /// A gate that lets `limit` bytes of documents through at a time.
    pub fn new(limit: usize) -> Arc<DocumentGate> {
        Arc::new(DocumentGate {
            bytes: Mutex::new(0),
            freed: Condvar::new(),
            limit,
        })
    }

    /// Wait for room for `doc` and count it until tantivy has indexed it (and dropped
    /// it). A document larger than the limit goes through alone.
    pub fn admit(self: &Arc<Self>, doc: TantivyDocument) -> IndexDoc {
        let size = doc_bytes(&doc);
        let started = Instant::now();
        let mut bytes = self.bytes.lock().unwrap_or_else(|e| e.into_inner());
        if *bytes > 0 && *bytes + size > self.limit {
            // Full: wait until it is half empty, not for each document indexed, so
            // this thread and tantivy's do not take turns document by document.
            while *bytes > self.limit / 2 && started.elapsed() < GATE_PATIENCE {
                bytes = self
                    .freed
                    .wait_timeout(bytes, Duration::from_millis(100))
                    .unwrap_or_else(|e| e.into_inner())
                    .0;
            }
        }
        *bytes += size;
        IndexDoc {
            doc,
            counted: Some((self.clone(), size)),
        }
    }
}

/// Heap bytes of a document, about: its text and a little for each value.
fn doc_bytes(doc: &TantivyDocument) -> usize {
    use tantivy::schema::Value;
    doc.field_values()
        .map(|(_, v)| 48 + v.as_str().map_or(0, str::len))
        .sum::<usize>()
        + 64
}

/// A document for the index writer, counted by a [`DocumentGate`] until it is dropped.
#[derive(Debug)]
pub struct IndexDoc {
    doc: TantivyDocument,
    counted: Option<(Arc<DocumentGate>, usize)>,
}

impl From<TantivyDocument> for IndexDoc {
    /// A document not counted by any gate.
    fn from(doc: TantivyDocument) -> IndexDoc {
        IndexDoc { doc, counted: None }
    }
}

impl Drop for IndexDoc {
    fn drop(&mut self) {
        if let Some((gate, size)) = self.counted.take() {
            let mut bytes = gate.bytes.lock().unwrap_or_else(|e| e.into_inner());
            let was = *bytes;
            *bytes = bytes.saturating_sub(size);
            if was > gate.limit / 2 && *bytes <= gate.limit / 2 {
                gate.freed.notify_all();
            }
        }
    }
}

impl Document for IndexDoc {
    type Value<'a> = <TantivyDocument as Document>::Value<'a>;
    type FieldsValuesIter<'a> = <TantivyDocument as Document>::FieldsValuesIter<'a>;

    fn iter_fields_and_values(&self) -> Self::FieldsValuesIter<'_> {
        self.doc.iter_fields_and_values()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::schema::Field;

    #[test]
    fn budgets_are_shared_out_or_refused() {
        let plan = MemoryPlan::for_budget(256 * MB, 2).unwrap();
        assert_eq!(plan.writer, 91 * MB);
        assert_eq!(plan.threads, 2);
        assert!(plan.writer + plan.documents + FIXED_COSTS <= 256 * MB);
        assert!(plan.writer >= 2 * MIN_WRITER_PER_THREAD);
        let small = MemoryPlan::for_budget(MIN_BUDGET, 8).unwrap();
        assert!(small.writer / small.threads >= MIN_WRITER_PER_THREAD);
        assert!(matches!(
            MemoryPlan::for_budget(128 * MB, 2),
            Err(Error::Memory { .. })
        ));
    }

    #[test]
    fn the_gate_counts_documents_until_dropped() {
        let gate = DocumentGate::new(1_000);
        let mut doc = TantivyDocument::new();
        doc.add_text(Field::from_field_id(0), "x".repeat(500));
        let a = gate.admit(doc.clone());
        assert!(*gate.bytes.lock().unwrap() >= 500);
        drop(a);
        assert_eq!(*gate.bytes.lock().unwrap(), 0);
        // A document larger than the limit goes through alone.
        let big = gate.admit(doc.clone());
        drop(big);
    }
}
