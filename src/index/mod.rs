//! The passage index on disk: create, open, and (re)index documents into it.
//!
//! Writes go through tantivy's commit model: a batch of deletions and additions
//! becomes visible, all at once, only at `commit`. A process killed before that
//! leaves the previous commit in place, searchable as it was.

use crate::analyze;
use crate::error::{Error, Result};
use crate::passage::{Passage, PassageKind};
use crate::read::{self, Format};
use crate::schema::{self, FieldType, Fields, SchemaDef};
use crate::split;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use tantivy::query::RegexQuery;
use tantivy::schema::Value;
use tantivy::{Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, Term};

/// File in the index directory that records which schema built the index.
pub const MANIFEST: &str = "zoek-index.json";

/// Memory budget of the index writer, in bytes, unless told otherwise.
pub const DEFAULT_WRITER_BUDGET: usize = 256 * 1024 * 1024;

/// What an index records about itself.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Manifest {
    schema_version: String,
    stemmer: String,
}

/// An open zoek index.
pub struct ZoekIndex {
    path: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
}

/// Options for indexing a folder.
#[derive(Debug, Clone)]
pub struct IndexOptions {
    /// Files larger than this many bytes are refused (reported as failed).
    pub max_file_size: u64,
    /// Memory budget of the index writer, in bytes.
    pub writer_budget: usize,
}

impl Default for IndexOptions {
    fn default() -> Self {
        IndexOptions {
            max_file_size: 200 * 1024 * 1024,
            writer_budget: DEFAULT_WRITER_BUDGET,
        }
    }
}

/// A file that could not be indexed, and why.
#[derive(Debug, Clone, Serialize)]
pub struct FileFailure {
    /// The file.
    pub path: PathBuf,
    /// Why, in words a user can act on.
    pub reason: String,
}

/// What indexing a folder did.
#[derive(Debug, Clone, Default, Serialize)]
pub struct IndexSummary {
    /// Documents read and split.
    pub files_read: usize,
    /// Passages added to the index.
    pub passages: usize,
    /// Files skipped because zoek does not read their type.
    pub unsupported: usize,
    /// Files that failed, each with its reason.
    pub failed: Vec<FileFailure>,
}

/// Progress events while indexing, for a progress bar.
pub trait Progress: Sync {
    /// The number of files to read is known.
    fn start(&self, _files: usize) {}
    /// One file has been read and split.
    fn file_done(&self, _path: &Path) {}
    /// All files are read; the index is being committed.
    fn committing(&self) {}
}

/// A [`Progress`] that shows nothing.
pub struct NoProgress;
impl Progress for NoProgress {}

impl ZoekIndex {
    /// Open an existing index. Fails with [`Error::NoIndex`] when there is none and with
    /// [`Error::SchemaVersion`] when it was built by another schema version.
    pub fn open(path: &Path) -> Result<ZoekIndex> {
        let def = SchemaDef::shipped()?;
        let manifest_path = path.join(MANIFEST);
        if !manifest_path.exists() {
            return Err(Error::NoIndex {
                path: path.to_path_buf(),
            });
        }
        let manifest: Manifest = std::fs::read_to_string(&manifest_path)
            .map_err(|e| e.to_string())
            .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
            .map_err(|reason| Error::Manifest {
                path: manifest_path.clone(),
                reason,
            })?;
        if manifest.schema_version != def.version || manifest.stemmer != def.stemmer {
            return Err(Error::SchemaVersion {
                path: path.to_path_buf(),
                found: manifest.schema_version,
                expected: def.version,
            });
        }
        let index = Index::open_in_dir(path)?;
        let (_, fields) = def.build();
        ZoekIndex::from_index(path, index, fields)
    }

    /// Open the index at `path`, creating an empty one if there is none.
    pub fn open_or_create(path: &Path) -> Result<ZoekIndex> {
        match ZoekIndex::open(path) {
            Err(Error::NoIndex { .. }) => ZoekIndex::create(path),
            other => other,
        }
    }

    /// Create a new, empty index at `path` (the directory may exist but must not hold an index).
    pub fn create(path: &Path) -> Result<ZoekIndex> {
        let def = SchemaDef::shipped()?;
        std::fs::create_dir_all(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let (schema, fields) = def.build();
        let index = Index::create_in_dir(path, schema)?;
        let manifest = Manifest {
            schema_version: def.version.clone(),
            stemmer: def.stemmer.clone(),
        };
        write_atomically(
            &path.join(MANIFEST),
            &serde_json::to_vec_pretty(&manifest).expect("manifest serializes"),
        )?;
        ZoekIndex::from_index(path, index, fields)
    }

    fn from_index(path: &Path, index: Index, fields: Fields) -> Result<ZoekIndex> {
        analyze::register(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(ZoekIndex {
            path: path.to_path_buf(),
            index,
            reader,
            fields,
        })
    }

    /// Where the index lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The tantivy index underneath.
    pub fn tantivy(&self) -> &Index {
        &self.index
    }

    /// The index's reader (reloaded after each commit made through this handle).
    pub fn reader(&self) -> &IndexReader {
        &self.reader
    }

    /// The index's fields by name.
    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    /// Number of passages in the index.
    pub fn num_passages(&self) -> u64 {
        self.reader.searcher().num_docs()
    }

    /// Take the index's single writer. Another process writing gives [`Error::Locked`].
    pub fn writer(&self, budget: usize) -> Result<IndexWriter> {
        self.index
            .writer(budget.max(15_000_000))
            .map_err(|e| match e {
                tantivy::TantivyError::LockFailure(..) => Error::Locked {
                    path: self.path.clone(),
                },
                other => Error::Tantivy(other),
            })
    }

    /// Index every supported document under `folder`, replacing what the index held for it.
    ///
    /// Files are read and split in parallel. Bad files are reported in the summary and
    /// never stop the batch. All changes become visible in one commit.
    pub fn index_folder(
        &mut self,
        folder: &Path,
        opts: &IndexOptions,
        progress: &dyn Progress,
    ) -> Result<IndexSummary> {
        let meta = std::fs::metadata(folder).map_err(|source| Error::Io {
            path: folder.to_path_buf(),
            source,
        })?;
        if !meta.is_dir() {
            return Err(Error::Document {
                path: folder.to_path_buf(),
                reason: "not a folder".into(),
            });
        }
        let root = folder.canonicalize().map_err(|source| Error::Io {
            path: folder.to_path_buf(),
            source,
        })?;
        let mut summary = IndexSummary::default();
        let mut files = Vec::new();
        for entry in walkdir::WalkDir::new(&root)
            .follow_links(false)
            .sort_by_file_name()
        {
            match entry {
                Ok(e) if e.file_type().is_file() => {
                    if Format::of(e.path()).is_some() {
                        files.push(e.into_path());
                    } else {
                        summary.unsupported += 1;
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    let path = e
                        .path()
                        .map(Path::to_path_buf)
                        .unwrap_or_else(|| root.clone());
                    summary.failed.push(FileFailure {
                        path,
                        reason: e.to_string(),
                    });
                }
            }
        }
        progress.start(files.len());
        let results: Vec<(PathBuf, Result<Vec<Passage>>)> = files
            .par_iter()
            .map(|path| {
                let r = read_and_split(path, opts.max_file_size);
                progress.file_done(path);
                (path.clone(), r)
            })
            .collect();
        let mut writer = self.writer(opts.writer_budget)?;
        // Replace everything this folder contributed before.
        let prefix = format!(
            "{}{}",
            regex_escape(&root.to_string_lossy()),
            regex_escape(std::path::MAIN_SEPARATOR_STR)
        );
        writer.delete_query(Box::new(RegexQuery::from_pattern(
            &format!("{prefix}.*"),
            self.fields.get("source"),
        )?))?;
        for (path, result) in results {
            match result {
                Ok(passages) => {
                    summary.files_read += 1;
                    summary.passages += passages.len();
                    for p in &passages {
                        writer.add_document(self.to_document(p))?;
                    }
                }
                Err(e) => summary.failed.push(FileFailure {
                    path,
                    reason: failure_reason(&e),
                }),
            }
        }
        progress.committing();
        writer.commit()?;
        writer.wait_merging_threads()?;
        self.reader.reload()?;
        Ok(summary)
    }

    /// Add the passages of one document, replacing what the index held for its source.
    pub fn index_passages(&mut self, source: &str, passages: &[Passage]) -> Result<()> {
        let mut writer = self.writer(DEFAULT_WRITER_BUDGET)?;
        writer.delete_term(Term::from_field_text(self.fields.get("source"), source));
        for p in passages {
            writer.add_document(self.to_document(p))?;
        }
        writer.commit()?;
        self.reader.reload()?;
        Ok(())
    }

    /// Index one document file, replacing its previous passages. Returns the passage count.
    pub fn index_file(&mut self, path: &Path) -> Result<usize> {
        let canonical = path.canonicalize().map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let passages = read_and_split(&canonical, IndexOptions::default().max_file_size)?;
        self.index_passages(&canonical.to_string_lossy(), &passages)?;
        Ok(passages.len())
    }

    /// Turn a passage into a tantivy document, field by field as the schema says.
    pub fn to_document(&self, p: &Passage) -> TantivyDocument {
        let value = serde_json::to_value(p).expect("passages serialize");
        let mut doc = TantivyDocument::new();
        for def in self.fields.defs() {
            let field = self.fields.get(&def.name);
            let values: Vec<String> = match (def.name.as_str(), value.get(&def.name)) {
                ("dossier", _) => p.kamerstuk.iter().map(|k| dossier_of(k)).collect(),
                (_, Some(serde_json::Value::String(s))) => vec![s.clone()],
                (_, Some(serde_json::Value::Array(a))) => a
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
                _ => Vec::new(),
            };
            for v in values {
                match def.kind {
                    FieldType::Date => {
                        if let Some(n) = schema::date_to_u64(&v) {
                            doc.add_u64(field, n);
                        }
                    }
                    _ => doc.add_text(field, &v),
                }
            }
        }
        doc
    }

    /// Read a passage back from a stored tantivy document.
    pub fn to_passage(&self, doc: &TantivyDocument) -> Passage {
        let mut map = serde_json::Map::new();
        for def in self.fields.defs().iter().filter(|d| d.stored) {
            let field = self.fields.get(&def.name);
            let values: Vec<serde_json::Value> = doc
                .get_all(field)
                .filter_map(|v| match def.kind {
                    FieldType::Date => v
                        .as_u64()
                        .map(|n| serde_json::Value::String(schema::u64_to_date(n))),
                    _ => v.as_str().map(|s| serde_json::Value::String(s.to_string())),
                })
                .collect();
            let value = if def.multi {
                serde_json::Value::Array(values)
            } else {
                values.into_iter().next().unwrap_or(serde_json::Value::Null)
            };
            map.insert(def.name.clone(), value);
        }
        let question = map
            .get("question")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string();
        let answer = map
            .get("answer")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string();
        let text = [question, answer]
            .into_iter()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n");
        map.insert("text".into(), serde_json::Value::String(text));
        serde_json::from_value(serde_json::Value::Object(map))
            .unwrap_or_else(|_| Passage::new(PassageKind::Section, ""))
    }
}

/// The dossier part of a Kamerstuk number: `32317-974` → `32317`, `21501-31-207` → `21501-31`.
pub fn dossier_of(kamerstuk: &str) -> String {
    match kamerstuk.rsplit_once('-') {
        Some((d, _)) if kamerstuk.matches('-').count() >= 1 && d.len() >= 5 => d.to_string(),
        _ => kamerstuk.to_string(),
    }
}

/// Read, check and split one file.
pub fn read_and_split(path: &Path, max_size: u64) -> Result<Vec<Passage>> {
    let meta = std::fs::metadata(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    if meta.len() > max_size {
        return Err(Error::Document {
            path: path.to_path_buf(),
            reason: format!(
                "file is {} bytes, over the limit of {max_size} (raise it with --max-size)",
                meta.len()
            ),
        });
    }
    let doc = read::read_document(path)?;
    Ok(split::split_document(&doc))
}

fn failure_reason(e: &Error) -> String {
    match e {
        Error::Io { source, .. } => format!("cannot read file: {source}"),
        Error::Document { reason, .. } => reason.clone(),
        other => other.to_string(),
    }
}

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

/// Write a file so that readers see either the old or the new content, never a part.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, bytes).map_err(|source| Error::Io {
        path: tmp.clone(),
        source,
    })?;
    std::fs::rename(&tmp, path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}
