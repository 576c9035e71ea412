//! Indexing a folder: incremental, parallel, crash-safe, and robust to bad files.
//!
//! One run of [`ZoekIndex::index_folder`]:
//!
//! 1. takes the index's single writer ([`WriteSession`]), or says which process has it;
//! 2. reads the [`Records`] of the last commit and walks the folder, looking at each
//!    file's size and modification time only;
//! 3. skips unchanged files without opening them; reads new and changed ones in
//!    parallel (a rayon pool of `threads`), each under a time limit; a changed file whose
//!    content hash is the same as before (it was only touched) is not split again;
//! 4. feeds the passages to the one tantivy writer as they come, replacing the old
//!    passages of each file (`delete_term` on its `source`) and removing those of files
//!    that are gone;
//! 5. commits everything, passages and records together, in one atomic commit.
//!
//! Bad files never stop the batch: each is reported once in [`IndexSummary::failed`]
//! with its reason. A failure that lies in the file itself (corrupt, encrypted, no text
//! layer, too large, too slow) is remembered in its record and reported again, without
//! reading the file, until it changes; a failure that may pass (unreadable for now) is
//! retried on every run and leaves what the index held for the file as it was.
//!
//! **Time limit.** Each file is read and split on a thread of its own; the batch waits
//! for it at most [`IndexOptions::timeout`]. A PDF is read in a child process (when
//! [`IndexOptions::pdf_worker`] is set, as `zoek index` does) that is killed at the
//! limit. Work in this process cannot be cancelled: a text file (or a PDF read without
//! a worker) that runs past the limit is reported and its thread abandoned; it finishes
//! on its own, or ends with the process.

use super::lock::WriteSession;
use super::memory::{DocumentGate, MemoryPlan};
use super::records::{
    self, FailureRecord, FileRecord, LimitHit, RACY_WINDOW, Records, RootRecord, folder_prefix,
};
use super::{DEFAULT_WRITER_BUDGET, ZoekIndex};
use crate::error::{Error, Result};
use crate::passage::Passage;
use crate::read::{self, Format, PdfWorker, WorkerFailure};
use crate::split;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tantivy::Term;
use tantivy::collector::Count;
use tantivy::query::RegexQuery;

/// Default for [`IndexOptions::max_file_size`]: 200 MB.
pub const DEFAULT_MAX_FILE_SIZE: u64 = 200 * 1024 * 1024;

/// Default for [`IndexOptions::timeout`]: one minute per file.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// Name of the threads that read and split one file each (a panic on one of them is
/// that file's failure, reported in the summary).
pub const FILE_THREAD: &str = "zoek-file";

/// Stack of the threads that read files: deeply nested documents recurse deeply.
const READ_STACK: usize = 64 * 1024 * 1024;

/// Options for indexing a folder.
#[derive(Debug, Clone)]
pub struct IndexOptions {
    /// Files larger than this many bytes are refused (reported as failed).
    pub max_file_size: u64,
    /// Memory budget of the indexing run as a whole, in bytes: tantivy's writer gets
    /// what remains after zoek's own needs ([`super::memory::MemoryPlan`]). At least
    /// [`super::memory::MIN_BUDGET`].
    pub writer_budget: usize,
    /// Threads that read and split files; 0 means one per core.
    pub threads: usize,
    /// Time limit for reading and splitting one file.
    pub timeout: Duration,
    /// Read every file again and rebuild the folder's part of the index.
    pub full: bool,
    /// Any failure is fatal: stop, and commit nothing.
    pub strict: bool,
    /// When another process writes the index, wait for it instead of failing.
    pub wait: bool,
    /// Read PDFs in child processes run by this program (see [`crate::read::pdf`]);
    /// `None` reads them in this process.
    pub pdf_worker: Option<PdfWorker>,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions {
            max_file_size: DEFAULT_MAX_FILE_SIZE,
            writer_budget: DEFAULT_WRITER_BUDGET,
            threads: 0,
            timeout: DEFAULT_TIMEOUT,
            full: false,
            strict: false,
            wait: false,
            pdf_worker: None,
        }
    }
}

impl IndexOptions {
    /// The number of reading threads to use.
    pub fn threads(&self) -> usize {
        if self.threads > 0 {
            self.threads
        } else {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        }
    }
}

/// A file (or folder) that could not be indexed, and why.
#[derive(Debug, Clone, Serialize)]
pub struct FileFailure {
    /// The file or folder.
    pub path: PathBuf,
    /// Why, in words a user can act on.
    pub reason: String,
}

/// What indexing a folder did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IndexSummary {
    /// The folder indexed (canonical path).
    pub folder: PathBuf,
    /// Files indexed for the first time.
    pub added: usize,
    /// Files whose content changed, split again and their passages replaced.
    pub updated: usize,
    /// Files gone from the folder, their passages removed.
    pub removed: usize,
    /// Files unchanged since the last run, skipped.
    pub unchanged: usize,
    /// Files that failed, and folders that could not be read, each with its reason.
    pub failed: Vec<FileFailure>,
    /// Files skipped because zoek does not read their type, counted by extension
    /// (lowercased, without the dot; empty for a file without one), so a reader learns
    /// which kinds of file were passed over.
    pub unsupported: BTreeMap<String, usize>,
    /// Metadata records (`metadata.xml`) found: read with the documents they describe,
    /// not indexed as documents themselves.
    pub metadata_records: usize,
    /// Passages added to the index.
    pub passages_added: u64,
    /// Passages removed from the index (of updated and removed files).
    pub passages_removed: u64,
    /// Whether the run committed changes (false when nothing changed, and when
    /// `strict` stopped it).
    pub committed: bool,
    /// The questions this run answered: open before it ([`ZoekIndex::open_questions`]),
    /// answered after it, by a document it added or updated. What a reader waiting for
    /// an answer to Kamervragen wants to hear of.
    pub answered: Vec<Answered>,
}

/// A question that an indexing run answered.
#[derive(Debug, Clone, Serialize)]
pub struct Answered {
    /// The question, as the index now holds it.
    pub question: crate::Passage,
    /// The passage of another document that answers it; `None` when its own document
    /// now does (its answers were added to it), or a notice says a letter did.
    pub answer: Option<crate::Linked>,
}

impl IndexSummary {
    /// Files read and indexed in this run (added and updated).
    pub fn files_indexed(&self) -> usize {
        self.added + self.updated
    }
}

/// Progress events while indexing, for a progress bar.
pub trait Progress: Sync {
    /// Another process writes the index (its pid, when known) and this run waits.
    fn waiting(&self, _holder: Option<u32>) {}
    /// The folder is walked: `files` files will be read (the others are unchanged).
    fn start(&self, _files: usize) {}
    /// One file has been read and split (or has failed).
    fn file_done(&self, _path: &Path) {}
    /// All files are read; the index is being committed.
    fn committing(&self) {}
}

/// A [`Progress`] that shows nothing.
pub struct NoProgress;
impl Progress for NoProgress {}

/// A supported file found in the folder.
#[derive(Debug, Clone)]
struct Found {
    path: PathBuf,
    key: String,
    format: Format,
    /// The file's own size (what `--max-size` limits).
    size: u64,
    /// The file's modification time.
    mtime_ns: i64,
    /// The metadata records in the places its record may be ([`read::record::candidates`]),
    /// most specific first: the first that describes it is read with it.
    records: Vec<FoundRecord>,
}

/// A metadata record found in the folder.
#[derive(Debug, Clone)]
struct FoundRecord {
    path: PathBuf,
    size: u64,
    mtime_ns: i64,
}

impl Found {
    /// What tells a change since the last run: the size and modification time of the file
    /// and of the metadata records beside it together, so that a record added, changed or
    /// removed splits the document again.
    fn stamp(&self) -> (u64, i64) {
        (self.records.iter()).fold((self.size, self.mtime_ns), |(size, mtime), r| {
            (size + r.size, mtime.max(r.mtime_ns))
        })
    }
}

/// What walking the folder found.
#[derive(Default)]
struct Walk {
    files: Vec<Found>,
    /// Metadata records: not documents, read with the documents they describe.
    records: Vec<FoundRecord>,
    failures: Vec<FileFailure>,
    /// Files of types zoek does not read, by extension.
    unsupported: BTreeMap<String, usize>,
    /// Folders that could not be read: what the index holds from them is kept.
    unreadable: Vec<String>,
}

impl Walk {
    /// Count a file of a type zoek does not read under its extension.
    fn skip_unsupported(&mut self, path: &Path) {
        let ext = (path.extension().and_then(|e| e.to_str()))
            .unwrap_or_default()
            .to_ascii_lowercase();
        *self.unsupported.entry(ext).or_insert(0) += 1;
    }
}

/// One file to read.
#[derive(Debug, Clone)]
struct Job {
    found: Found,
    /// The file's last record (none for a new file, or when rebuilding).
    previous: Option<FileRecord>,
    /// The file was indexed before (also when rebuilding).
    known: bool,
}

/// What reading one file gave.
enum Outcome {
    /// Its passages, and the content hash.
    Passages {
        hash: String,
        passages: Vec<Passage>,
    },
    /// The content is the same as recorded (the file was only touched).
    Same,
    /// It failed.
    Failed {
        reason: String,
        /// The failure lies in the file: remember it until the file changes.
        remember: bool,
        limit: Option<LimitHit>,
        hash: String,
    },
}

impl Outcome {
    fn transient(reason: String) -> Outcome {
        Outcome::Failed {
            reason,
            remember: false,
            limit: None,
            hash: String::new(),
        }
    }
    fn of_file(reason: String, hash: String) -> Outcome {
        Outcome::Failed {
            reason,
            remember: true,
            limit: None,
            hash,
        }
    }
    fn timed_out(limit: Duration, hash: String) -> Outcome {
        Outcome::Failed {
            reason: format!(
                "took longer than {} s to read (raise --timeout to allow more)",
                secs(limit)
            ),
            remember: true,
            limit: Some(LimitHit::TimeoutMs(limit.as_millis() as u64)),
            hash,
        }
    }
}

impl ZoekIndex {
    /// Index every supported document under `folder`, redoing only what changed since
    /// the folder was last indexed (see the [module docs](self)).
    ///
    /// Bad files are reported in the summary and never stop the batch, unless
    /// `opts.strict`: then the first failure stops it and nothing is committed
    /// (`committed` is false and `failed` says why). All changes become visible in one
    /// commit. Errors are reserved for what stops the whole run: the folder or the index
    /// cannot be read, or another process writes the index.
    pub fn index_folder(
        &mut self,
        folder: &Path,
        opts: &IndexOptions,
        progress: &dyn Progress,
    ) -> Result<IndexSummary> {
        let mut summary = self.update_folder(folder, opts, progress)?;
        summary.failed.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(summary)
    }

    /// Of the questions open before a run, those answered now; not those whose
    /// document the run removed or changed.
    fn answered_since(&self, before: Vec<crate::Passage>) -> Result<Vec<Answered>> {
        let mut answered = Vec::new();
        for q in before {
            // The same question still (its document may have been updated with answers).
            let Some(now) = self.passage_by_id(&q.id, Some(&q.source))? else {
                continue;
            };
            if now.question != q.question {
                continue;
            }
            let answer = match self.answering(&now)? {
                crate::search::Answering::Open => continue,
                crate::search::Answering::Settled => None,
                crate::search::Answering::Elsewhere(linked) => Some(linked),
            };
            answered.push(Answered {
                question: now,
                answer,
            });
        }
        Ok(answered)
    }

    /// [`ZoekIndex::index_folder`], failures in the order they came.
    fn update_folder(
        &mut self,
        folder: &Path,
        opts: &IndexOptions,
        progress: &dyn Progress,
    ) -> Result<IndexSummary> {
        let root = check_folder(folder)?;
        let root_key = root
            .to_str()
            .ok_or_else(|| Error::Document {
                path: root.clone(),
                reason: "the folder's name is not valid UTF-8: rename it to index it".into(),
            })?
            .to_string();
        let threads = opts.threads();
        let plan = MemoryPlan::for_budget(opts.writer_budget, threads)?;
        super::memory::limit_allocator_arenas(threads);
        let session = WriteSession::acquire(
            &self.index,
            &self.path,
            plan.threads,
            plan.writer,
            opts.wait,
            &|pid| progress.waiting(pid),
        )?;
        let gate = DocumentGate::new(plan.documents);
        // Holding the writer, nothing can commit behind our back from here on.
        self.reader.reload()?;
        let mut records = Records::from_payload(self.index.load_metas()?.payload.as_deref());
        let started = SystemTime::now();

        let walk = walk(&root)?;
        let mut summary = IndexSummary {
            folder: root.clone(),
            unsupported: walk.unsupported,
            metadata_records: walk.records.len(),
            failed: walk.failures,
            ..IndexSummary::default()
        };
        if opts.strict && !summary.failed.is_empty() {
            return Ok(summary);
        }

        let source = self.fields.get("source");
        let writer = session.writer();
        let mut dirty = false;
        // Whether the run adds answers (or a notice that a letter answered), which alone
        // can answer a question that was open.
        let mut answers_added = false;
        // Rebuild the folder's part when asked, and when the records do not cover it
        // (first run on this folder, or an index built before zoek kept records).
        let rebuild = opts.full || !records.roots.contains_key(&root_key);
        // A bulk build: the folder is rebuilt and the index holds nothing else. Its
        // segments are merged into one at the end, which makes queries faster
        // (BENCHMARKS.md), and not merged while they are made.
        let bulk = rebuild && records.roots.keys().all(|r| *r == root_key);
        if bulk {
            session.bulk();
        }
        let previous: BTreeMap<String, FileRecord> = records
            .under(&root_key)
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        if rebuild {
            let query = RegexQuery::from_pattern(
                &format!("{}.*", regex_escape(&folder_prefix(&root_key))),
                source,
            )?;
            summary.passages_removed += self.reader.searcher().search(&query, &Count)? as u64;
            writer.delete_query(Box::new(query))?;
            for key in previous.keys() {
                records.files.remove(key);
            }
            dirty = true;
        }

        let found: HashSet<&str> = walk.files.iter().map(|f| f.key.as_str()).collect();
        let unreadable: Vec<String> = walk.unreadable.iter().map(|d| folder_prefix(d)).collect();
        for (key, rec) in &previous {
            if found.contains(key.as_str()) || unreadable.iter().any(|d| key.starts_with(d)) {
                continue;
            }
            if rec.failure.is_none() {
                summary.removed += 1;
            }
            if !rebuild {
                writer.delete_term(Term::from_field_text(source, key));
                summary.passages_removed += rec.passages;
                records.files.remove(key);
            }
            dirty = true;
        }

        let mut jobs = Vec::new();
        for f in walk.files {
            let known = previous
                .get(&f.key)
                .is_some_and(|rec| rec.failure.is_none());
            let previous = if rebuild {
                None
            } else {
                previous.get(&f.key).cloned()
            };
            match previous {
                Some(rec) if (rec.size, rec.mtime_ns) == f.stamp() && !rec.racy => {
                    match &rec.failure {
                        None => summary.unchanged += 1,
                        Some(failure) if !retry(failure, opts) => {
                            summary.failed.push(FileFailure {
                                path: f.path,
                                reason: failure.reason.clone(),
                            });
                            if opts.strict {
                                return Ok(summary);
                            }
                        }
                        Some(_) => jobs.push(Job {
                            found: f,
                            previous: Some(rec),
                            known,
                        }),
                    }
                }
                previous => jobs.push(Job {
                    found: f,
                    previous,
                    known,
                }),
            }
        }

        progress.start(jobs.len());
        let cancel = AtomicBool::new(false);
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .thread_name(|i| format!("zoek-read-{i}"))
            .build()
            .map_err(|e| Error::Document {
                path: root.clone(),
                reason: format!("cannot start reading threads: {e}"),
            })?;
        std::thread::scope(|scope| -> Result<()> {
            let (tx, rx) = mpsc::sync_channel::<(usize, Outcome)>(threads * 4);
            let jobs = &jobs;
            let cancel = &cancel;
            let pool = &pool;
            scope.spawn(move || {
                pool.install(|| {
                    jobs.par_iter()
                        .enumerate()
                        .for_each_with(tx, |tx, (i, job)| {
                            if cancel.load(Ordering::Relaxed) {
                                return;
                            }
                            let outcome = process(job, opts);
                            let _ = tx.send((i, outcome));
                        })
                })
            });
            let cancel_on_error = |e: Error| {
                cancel.store(true, Ordering::Relaxed);
                e
            };
            let mut last_trim = Instant::now();
            for (i, outcome) in rx {
                let job = &jobs[i];
                let f = &job.found;
                let (stamp_size, stamp_mtime) = f.stamp();
                let racy = nanos_since(stamp_mtime, started) < RACY_WINDOW;
                let old_passages = job.previous.as_ref().map_or(0, |p| p.passages);
                match outcome {
                    Outcome::Passages { hash, passages } => {
                        // A rebuild deleted the folder's passages at the start; a delete
                        // per file would only lengthen tantivy's delete queue, which every
                        // segment made during the run keeps and applies.
                        if !rebuild {
                            writer.delete_term(Term::from_field_text(source, &f.key));
                        }
                        summary.passages_removed += old_passages;
                        for doc in passages.iter().flat_map(|p| self.to_documents(p)) {
                            writer
                                .add_document(gate.admit(doc))
                                .map_err(|e| cancel_on_error(e.into()))?;
                        }
                        summary.passages_added += passages.len() as u64;
                        answers_added |= (passages.iter())
                            .any(|p| p.kind == crate::PassageKind::Qa || p.is_notice());
                        if job.known {
                            summary.updated += 1;
                        } else {
                            summary.added += 1;
                        }
                        records.files.insert(
                            f.key.clone(),
                            FileRecord {
                                size: stamp_size,
                                mtime_ns: stamp_mtime,
                                hash,
                                passages: passages.len() as u64,
                                racy,
                                failure: None,
                            },
                        );
                        dirty = true;
                    }
                    Outcome::Same => {
                        summary.unchanged += 1;
                        if let Some(rec) = records.files.get_mut(&f.key) {
                            rec.size = stamp_size;
                            rec.mtime_ns = stamp_mtime;
                            rec.racy = racy;
                            dirty = true;
                        }
                    }
                    Outcome::Failed {
                        reason,
                        remember,
                        limit,
                        hash,
                    } => {
                        summary.failed.push(FileFailure {
                            path: f.path.clone(),
                            reason: reason.clone(),
                        });
                        if opts.strict {
                            cancel.store(true, Ordering::Relaxed);
                        }
                        if remember {
                            if old_passages > 0 {
                                writer.delete_term(Term::from_field_text(source, &f.key));
                                summary.passages_removed += old_passages;
                            }
                            records.files.insert(
                                f.key.clone(),
                                FileRecord {
                                    size: stamp_size,
                                    mtime_ns: stamp_mtime,
                                    hash,
                                    passages: 0,
                                    racy,
                                    failure: Some(FailureRecord { reason, limit }),
                                },
                            );
                            dirty = true;
                        }
                    }
                }
                progress.file_done(&f.path);
                if last_trim.elapsed() >= super::memory::TRIM_EVERY {
                    super::memory::release_free_memory();
                    last_trim = Instant::now();
                }
            }
            Ok(())
        })?;

        if opts.strict && !summary.failed.is_empty() {
            // Dropping the session discards every change.
            return Ok(summary);
        }
        if dirty {
            records.roots.insert(
                root_key,
                RootRecord {
                    indexed_at: started
                        .duration_since(UNIX_EPOCH)
                        .map_or(0, |d| d.as_secs()),
                },
            );
            // The questions open before this run, read before its commit shows: those
            // it answers are named after it. Nothing to read when it adds no answers.
            let before = match answers_added && self.num_passages() > 0 {
                true => self.open_questions()?,
                false => Vec::new(),
            };
            progress.committing();
            session.commit(&records.to_payload(), bulk)?;
            summary.committed = true;
            self.reader.reload()?;
            summary.answered = self.answered_since(before)?;
        }
        Ok(summary)
    }
}

/// The canonical path of a folder to index, or why it cannot be indexed.
fn check_folder(folder: &Path) -> Result<PathBuf> {
    let meta = std::fs::metadata(folder).map_err(|source| Error::Io {
        path: folder.to_path_buf(),
        source,
    })?;
    if !meta.is_dir() {
        return Err(Error::Document {
            path: folder.to_path_buf(),
            reason: "not a folder (give the folder of documents to index)".into(),
        });
    }
    folder.canonicalize().map_err(|source| Error::Io {
        path: folder.to_path_buf(),
        source,
    })
}

/// Walk the folder, following symbolic links, and look at every file's size and time.
fn walk(root: &Path) -> Result<Walk> {
    let mut w = Walk::default();
    for entry in walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
    {
        let entry = match entry {
            Ok(e) => e,
            Err(err) => {
                if err.depth() == 0 {
                    let reason = err.to_string();
                    return Err(match err.into_io_error() {
                        Some(source) => Error::Io {
                            path: root.to_path_buf(),
                            source,
                        },
                        None => Error::Document {
                            path: root.to_path_buf(),
                            reason,
                        },
                    });
                }
                walk_error(&mut w, err);
                continue;
            }
        };
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let Some(format) = Format::of(path) else {
            w.skip_unsupported(path);
            continue;
        };
        let Some(key) = path.to_str() else {
            w.failures.push(FileFailure {
                path: path.to_path_buf(),
                reason: "file name is not valid UTF-8: rename the file to index it".into(),
            });
            continue;
        };
        match entry.metadata() {
            Ok(m) if format == Format::Xml && is_metadata_record(path) => {
                w.records.push(FoundRecord {
                    path: path.to_path_buf(),
                    size: m.len(),
                    mtime_ns: m.modified().map_or(0, records::nanos),
                })
            }
            Ok(m) => w.files.push(Found {
                path: path.to_path_buf(),
                key: key.to_string(),
                format,
                size: m.len(),
                mtime_ns: m.modified().map_or(0, records::nanos),
                records: Vec::new(),
            }),
            Err(e) => w.failures.push(FileFailure {
                path: path.to_path_buf(),
                reason: format!("cannot read file: {e}"),
            }),
        }
    }
    // Each document's records: those in the places its record may be.
    if w.records.is_empty() {
        return Ok(w);
    }
    let by_path: HashMap<&Path, &FoundRecord> =
        w.records.iter().map(|r| (r.path.as_path(), r)).collect();
    let found: Vec<Vec<FoundRecord>> = (w.files.iter())
        .map(|f| {
            (read::record::candidates(&f.path).iter())
                .filter_map(|c| by_path.get(c.as_path()).map(|r| (*r).clone()))
                .collect()
        })
        .collect();
    for (f, r) in w.files.iter_mut().zip(found) {
        f.records = r;
    }
    Ok(w)
}

/// Whether a file is a metadata record rather than a document: named as one, and its
/// root element says so (a document named `metadata.xml` is still indexed).
fn is_metadata_record(path: &Path) -> bool {
    use std::io::Read;
    if !read::record::is_record_name(path) {
        return false;
    }
    let mut head = [0u8; 512];
    let n = std::fs::File::open(path)
        .and_then(|mut f| f.read(&mut head))
        .unwrap_or(0);
    read::record::looks_like_record(&head[..n])
}

/// Report what the walk could not enter or follow.
fn walk_error(w: &mut Walk, err: walkdir::Error) {
    let Some(path) = err.path().map(Path::to_path_buf) else {
        return;
    };
    if let Some(ancestor) = err.loop_ancestor() {
        w.failures.push(FileFailure {
            reason: format!(
                "symbolic link loop: it leads back to {}; not followed",
                ancestor.display()
            ),
            path,
        });
        return;
    }
    let is_link = std::fs::symlink_metadata(&path).is_ok_and(|m| m.file_type().is_symlink());
    if is_link && std::fs::metadata(&path).is_err() {
        if path.extension().is_some() && Format::of(&path).is_none() {
            w.skip_unsupported(&path);
        } else {
            w.failures.push(FileFailure {
                path,
                reason: "broken symbolic link: its target does not exist".into(),
            });
        }
        return;
    }
    let cause = err
        .io_error()
        .map_or_else(|| err.to_string(), |e| e.to_string());
    if std::fs::metadata(&path).is_ok_and(|m| m.is_dir()) {
        if let Some(key) = path.to_str() {
            w.unreadable.push(key.to_string());
        }
        w.failures.push(FileFailure {
            path,
            reason: format!(
                "cannot read folder: {cause}; what the index holds from it is kept as it was"
            ),
        });
    } else {
        w.failures.push(FileFailure {
            path,
            reason: format!("cannot read: {cause}"),
        });
    }
}

/// Whether a remembered failure of an unchanged file is worth another try: when the
/// user rebuilds, or raised the limit it ran into.
fn retry(failure: &FailureRecord, opts: &IndexOptions) -> bool {
    match failure.limit {
        Some(LimitHit::TimeoutMs(ms)) => opts.timeout.as_millis() > u128::from(ms),
        Some(LimitHit::MaxSize(bytes)) => opts.max_file_size > bytes,
        None => false,
    }
}

/// Read and split one file, within the time limit.
fn process(job: &Job, opts: &IndexOptions) -> Outcome {
    let f = &job.found;
    if f.size > opts.max_file_size {
        return too_large(f.size, opts.max_file_size);
    }
    let started = Instant::now();
    let job = job.clone();
    let worker = opts.pdf_worker.clone();
    let (limit, max_size) = (opts.timeout, opts.max_file_size);
    match run_with_time_limit(limit, move || {
        read_and_split(&job, worker.as_ref(), limit, max_size, started)
    }) {
        Ok(outcome) => outcome,
        Err(TimeLimit::Exceeded) => Outcome::timed_out(limit, String::new()),
        Err(TimeLimit::Panicked(msg)) => Outcome::of_file(
            format!("zoek failed on this file (internal error: {msg}); please report it"),
            String::new(),
        ),
        Err(TimeLimit::NoThread(e)) => {
            Outcome::transient(format!("cannot start a thread to read it: {e}"))
        }
    }
}

fn too_large(size: u64, max: u64) -> Outcome {
    Outcome::Failed {
        reason: format!(
            "file is {} MB, over the limit of {} MB (raise it with --max-size)",
            mb(size),
            mb(max)
        ),
        remember: true,
        limit: Some(LimitHit::MaxSize(max)),
        hash: String::new(),
    }
}

/// Read, check and split one file (on a thread of its own, see [`process`]).
fn read_and_split(
    job: &Job,
    worker: Option<&PdfWorker>,
    limit: Duration,
    max_size: u64,
    started: Instant,
) -> Outcome {
    let f = &job.found;
    let bytes = match std::fs::read(&f.path) {
        Ok(b) => b,
        Err(e) => return Outcome::transient(format!("cannot read file: {e}")),
    };
    if bytes.len() as u64 > max_size {
        return too_large(bytes.len() as u64, max_size);
    }
    // The records beside it are read with the document, and their content is part of
    // the document's.
    let record_xml: Vec<Vec<u8>> = (f.records.iter())
        .filter_map(|r| std::fs::read(&r.path).ok())
        .collect();
    let hash = match record_xml.is_empty() {
        true => records::content_hash(&bytes),
        false => {
            let mut all = bytes.clone();
            record_xml.iter().for_each(|x| all.extend_from_slice(x));
            records::content_hash(&all)
        }
    };
    if let Some(prev) = &job.previous
        && prev.failure.is_none()
        && prev.hash == hash
    {
        return Outcome::Same;
    }
    let doc = match (f.format, worker) {
        (Format::Pdf, Some(worker)) if !bytes.is_empty() => {
            drop(bytes);
            let left = limit.saturating_sub(started.elapsed());
            match read::pdf::extract_in_worker(worker, &f.path, left) {
                Ok(text) => read::document_from_text(&f.path, Format::Pdf, text),
                Err(WorkerFailure::Failed(reason)) => return Outcome::of_file(reason, hash),
                Err(WorkerFailure::TimedOut) => return Outcome::timed_out(limit, hash),
                Err(WorkerFailure::Spawn(reason)) => return Outcome::transient(reason),
            }
        }
        _ => read::read_bytes(&f.path, f.format, &bytes),
    };
    match doc {
        Ok(mut doc) => Outcome::Passages {
            passages: {
                doc.record = read::record::first_describing(&f.path, &doc.text, &record_xml);
                split::split_document(&doc)
            },
            hash,
        },
        Err(Error::Document { reason, .. }) => Outcome::of_file(reason, hash),
        Err(e) => Outcome::of_file(e.to_string(), hash),
    }
}

/// Why work run under a time limit gave no result.
enum TimeLimit {
    Exceeded,
    Panicked(String),
    NoThread(String),
}

/// Run `work` on a thread of its own and wait for it at most `limit`. Past the limit
/// the thread is abandoned: it cannot be stopped, it finishes on its own or ends with
/// the process.
fn run_with_time_limit<T: Send + 'static>(
    limit: Duration,
    work: impl FnOnce() -> T + Send + 'static,
) -> std::result::Result<T, TimeLimit> {
    let (tx, rx) = mpsc::sync_channel(1);
    std::thread::Builder::new()
        .name(FILE_THREAD.into())
        .stack_size(READ_STACK)
        .spawn(move || {
            let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work));
            let _ = tx.send(result);
        })
        .map_err(|e| TimeLimit::NoThread(e.to_string()))?;
    match rx.recv_timeout(limit) {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(panic)) => Err(TimeLimit::Panicked(
            panic
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_else(|| "unknown cause".into()),
        )),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(TimeLimit::Exceeded),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            Err(TimeLimit::Panicked("the reading thread ended early".into()))
        }
    }
}

/// How long before `started` a file was modified (zero if after).
fn nanos_since(mtime_ns: i64, started: SystemTime) -> Duration {
    let started = records::nanos(started);
    Duration::from_nanos(started.saturating_sub(mtime_ns).max(0) as u64)
}

fn secs(d: Duration) -> String {
    let s = d.as_secs_f64();
    if s.fract() == 0.0 {
        format!("{s:.0}")
    } else {
        format!("{s}")
    }
}

fn mb(bytes: u64) -> String {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    if mb >= 10.0 || mb.fract() == 0.0 {
        format!("{mb:.0}")
    } else {
        format!("{mb:.1}")
    }
}

/// Escape a literal for tantivy's regular expressions.
fn regex_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_alphanumeric() || c == '/' || c == '_' || c == ' ' {
            out.push(c);
        } else {
            out.push('\\');
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn time_limit_gives_up_on_slow_work_and_reports_panics() {
        let quick = run_with_time_limit(Duration::from_secs(5), || 7);
        assert!(matches!(quick, Ok(7)));
        let slow = run_with_time_limit(Duration::from_millis(50), || {
            std::thread::sleep(Duration::from_secs(2));
        });
        assert!(matches!(slow, Err(TimeLimit::Exceeded)));
        let panics = run_with_time_limit(Duration::from_secs(5), || -> u8 { panic!("boom") });
        assert!(matches!(panics, Err(TimeLimit::Panicked(m)) if m == "boom"));
    }

    #[test]
    fn sizes_and_times_read_well() {
        assert_eq!(mb(200 * 1024 * 1024), "200");
        assert_eq!(mb(1536 * 1024), "1.5");
        assert_eq!(secs(Duration::from_secs(60)), "60");
        assert_eq!(secs(Duration::from_millis(500)), "0.5");
    }
}
