//! What the index knows about the files it was built from.
//!
//! To redo only what changed, zoek keeps one record per source file: its size,
//! modification time, content hash and passage count (or why it failed). The records
//! live in the payload of tantivy's commit (`meta.json`), written in the same atomic
//! step that publishes the passages: after a crash the records and the passages are
//! both those of the last commit, never one newer than the other. No side file can
//! disagree with the index.
//!
//! The payload is JSON with short keys, because it is read each time the index opens
//! and holds one entry per file:
//!
//! ```json
//! {"zoek_records": 1,
//!  "roots": {"/abs/folder": {"indexed_at": 1767225600}},
//!  "files": {"/abs/folder/a.txt": {"s": 23148, "m": 1767225590123456789,
//!                                  "h": "9f…", "p": 23}}}
//! ```
//!
//! `s` size in bytes, `m` modification time in nanoseconds since the Unix epoch, `h`
//! the xxh3-128 hash of the content (hex), `p` the passages it gave, `r` true when the
//! file changed less than [`RACY_WINDOW`] before it was read (so size and time alone
//! cannot vouch for it next time), `e` a failure that repeats while the file is
//! unchanged.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Version of the record format in the payload.
pub const RECORDS_VERSION: u32 = 1;

/// A file modified this shortly before it was read may have been modified again within
/// the resolution of the file system's clock without its size or time changing; its
/// record is marked racy and the file is hashed again on the next run.
pub const RACY_WINDOW: Duration = Duration::from_secs(2);

/// The records of an index: the folders indexed and every file read from them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Records {
    /// Format version ([`RECORDS_VERSION`]).
    #[serde(rename = "zoek_records")]
    pub version: u32,
    /// Folders indexed, by canonical path.
    pub roots: BTreeMap<String, RootRecord>,
    /// Files by absolute path (the passages' `source`).
    pub files: BTreeMap<String, FileRecord>,
}

/// A folder that has been indexed.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct RootRecord {
    /// When it was last indexed, in seconds since the Unix epoch.
    pub indexed_at: u64,
}

/// One source file as last read.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FileRecord {
    /// Size in bytes.
    #[serde(rename = "s")]
    pub size: u64,
    /// Modification time, nanoseconds since the Unix epoch.
    #[serde(rename = "m")]
    pub mtime_ns: i64,
    /// xxh3-128 hash of the content, hex; empty when the file was never read whole.
    #[serde(rename = "h", default, skip_serializing_if = "String::is_empty")]
    pub hash: String,
    /// Number of passages the file gave.
    #[serde(rename = "p", default)]
    pub passages: u64,
    /// The file changed within [`RACY_WINDOW`] before it was read.
    #[serde(rename = "r", default, skip_serializing_if = "is_false")]
    pub racy: bool,
    /// Why the file failed, when it did in a way that repeats while it is unchanged.
    #[serde(rename = "e", default, skip_serializing_if = "Option::is_none")]
    pub failure: Option<FailureRecord>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A failure remembered for an unchanged file, so it is reported without reading the
/// file again.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FailureRecord {
    /// The reason, as reported.
    pub reason: String,
    /// What kind of limit caused it, if one did: raising that limit retries the file.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub limit: Option<LimitHit>,
}

/// A limit a file ran into.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum LimitHit {
    /// It took longer than this many milliseconds.
    TimeoutMs(u64),
    /// It was larger than this many bytes.
    MaxSize(u64),
}

impl Records {
    /// Read the records from a commit payload. An index without a payload (new, or
    /// built before zoek kept records) or with one zoek does not understand has none,
    /// and is rebuilt folder by folder as they are indexed.
    pub fn from_payload(payload: Option<&str>) -> Records {
        payload
            .and_then(|p| serde_json::from_str::<Records>(p).ok())
            .filter(|r| r.version == RECORDS_VERSION)
            .unwrap_or_else(|| Records {
                version: RECORDS_VERSION,
                ..Records::default()
            })
    }

    /// The payload to commit.
    pub fn to_payload(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The records of files under `root` (a canonical folder path), in path order.
    pub fn under<'a>(
        &'a self,
        root: &str,
    ) -> impl Iterator<Item = (&'a String, &'a FileRecord)> + 'a {
        let prefix = folder_prefix(root);
        self.files
            .range(prefix.clone()..)
            .take_while(move |(k, _)| k.starts_with(&prefix))
    }
}

/// `root` with a trailing separator, so `/a/b` does not claim `/a/bc/x.txt`.
pub fn folder_prefix(root: &str) -> String {
    if root.ends_with(std::path::MAIN_SEPARATOR) {
        root.to_string()
    } else {
        format!("{root}{}", std::path::MAIN_SEPARATOR)
    }
}

/// A time as nanoseconds since the Unix epoch (negative before it).
/// (Saturates outside the years 1678–2262.)
pub fn nanos(t: SystemTime) -> i64 {
    match t.duration_since(UNIX_EPOCH) {
        Ok(d) => i64::try_from(d.as_nanos()).unwrap_or(i64::MAX),
        Err(e) => i64::try_from(e.duration().as_nanos()).map_or(i64::MIN, |n| -n),
    }
}

/// The xxh3-128 hash of some bytes, hex.
pub fn content_hash(bytes: &[u8]) -> String {
    format!("{:032x}", xxhash_rust::xxh3::xxh3_128(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rec(p: u64) -> FileRecord {
        FileRecord {
            size: 1,
            mtime_ns: 2,
            hash: "ab".into(),
            passages: p,
            racy: false,
            failure: None,
        }
    }

    #[test]
    fn payload_round_trip_and_scoping() {
        let mut r = Records::from_payload(None);
        r.files.insert("/a/b/x.txt".into(), rec(1));
        r.files.insert("/a/bc/y.txt".into(), rec(2));
        r.files.insert("/a/b/sub/z.txt".into(), rec(3));
        let back = Records::from_payload(Some(&r.to_payload()));
        assert_eq!(back, r);
        let under: Vec<&String> = back.under("/a/b").map(|(k, _)| k).collect();
        assert_eq!(under, ["/a/b/sub/z.txt", "/a/b/x.txt"]);
    }

    #[test]
    fn unknown_payload_means_no_records() {
        assert!(Records::from_payload(Some("not json")).files.is_empty());
        assert!(
            Records::from_payload(Some(r#"{"zoek_records": 99, "roots": {}, "files": {}}"#))
                .roots
                .is_empty()
        );
    }
}
