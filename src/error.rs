//! The one error type of the zoek library.

use std::path::PathBuf;

/// Everything that can go wrong in zoek, each variant saying what to do about it.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A file could not be read from disk.
    #[error("{path}: cannot read file: {source}")]
    Io {
        /// The file that failed.
        path: PathBuf,
        /// The underlying I/O error.
        #[source]
        source: std::io::Error,
    },

    /// A document was read but its content cannot be turned into text.
    #[error("{path}: {reason}")]
    Document {
        /// The document that failed.
        path: PathBuf,
        /// Why, in words a user can act on.
        reason: String,
    },

    /// The file has an extension zoek does not read.
    #[error(
        "{path}: unsupported file type (zoek reads .txt, .md, .pdf, .html, .xml, .docx and .odt)"
    )]
    Unsupported {
        /// The skipped file.
        path: PathBuf,
    },

    /// No index exists at the given location.
    #[error("no zoek index at {path}: build one first with `zoek index FOLDER --index {path}`")]
    NoIndex {
        /// Where an index was expected.
        path: PathBuf,
    },

    /// The index was built by another schema version than this zoek.
    #[error(
        "the index at {path} was built with schema version {found}, this zoek uses version {expected}: \
         rebuild it with `zoek index FOLDER --full --index {path}`"
    )]
    SchemaVersion {
        /// The index directory.
        path: PathBuf,
        /// Version recorded in the index.
        found: String,
        /// Version this build of zoek uses.
        expected: String,
    },

    /// A query could not be understood.
    #[error("invalid query: {0}")]
    Query(String),

    /// A date given by the user is not a valid `YYYY-MM-DD` date.
    #[error("invalid date {0:?}: use the form YYYY-MM-DD, for example 2025-10-08")]
    Date(String),

    /// The schema description in `index-schema/` is malformed (a build defect).
    #[error("index schema definition is invalid: {0}")]
    Schema(String),

    /// Another process is writing to the index.
    #[error(
        "zoek index is already running on the index at {path} ({}); wait for it or use --wait",
        match pid { Some(pid) => format!("pid {pid}"), None => "process unknown".to_string() }
    )]
    Locked {
        /// The index directory.
        path: PathBuf,
        /// The process holding the index's writer, when it could be found.
        pid: Option<u32>,
    },

    /// The memory budget given for indexing is too small.
    #[error(
        "a memory budget of {budget_mb} MB is too small to index with: give at least \
         {min_mb} MB (--memory)"
    )]
    Memory {
        /// The budget given, in MB.
        budget_mb: usize,
        /// The least budget accepted, in MB.
        min_mb: usize,
    },

    /// An error from tantivy, the search library underneath.
    #[error("index error: {0}")]
    Tantivy(#[from] tantivy::TantivyError),

    /// An error in the index's bookkeeping files.
    #[error("{path}: {reason}")]
    Manifest {
        /// The file concerned.
        path: PathBuf,
        /// What is wrong with it.
        reason: String,
    },
}

/// Result type of the zoek library.
pub type Result<T> = std::result::Result<T, Error>;
