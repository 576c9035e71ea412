//! Reindexing redoes only what changed: added, changed, deleted and renamed files,
//! several folders in one index, and files that are only touched.

mod support;

use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};
use support::corpus::{Generator, file_name};
use zoek::index::{IndexOptions, IndexSummary, NoProgress};
use zoek::{SearchRequest, ZoekIndex};

/// Passages per generated document.
const QUESTIONS: usize = 4;

/// Passages per generated document: its questions with their answers, and the opening of
/// the report (which letters it discussed), a `section` of its own.
const PASSAGES: u64 = QUESTIONS as u64 + 1;

struct Fixture {
    dir: tempfile::TempDir,
    index: ZoekIndex,
    generator: Generator,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let index = ZoekIndex::create(&dir.path().join("index")).unwrap();
        let generator =
            Generator::from_corpus(&Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus-sample"))
                .unwrap();
        Fixture {
            dir,
            index,
            generator,
        }
    }

    /// A folder holding documents `numbers`, last modified an hour ago.
    fn folder(&self, name: &str, numbers: std::ops::Range<usize>) -> PathBuf {
        let folder = self.dir.path().join(name);
        std::fs::create_dir_all(&folder).unwrap();
        for n in numbers {
            self.write(
                &folder.join(file_name(n)),
                &self.generator.document(n, QUESTIONS, 0),
            );
        }
        folder
    }

    /// Write a file as if it had been saved an hour ago (a file modified within the last
    /// seconds is always hashed again, which these tests do not want to depend on).
    fn write(&self, path: &Path, text: &str) {
        std::fs::write(path, text).unwrap();
        set_mtime(path, SystemTime::now() - Duration::from_secs(3600));
    }

    fn run(&mut self, folder: &Path, opts: &IndexOptions) -> IndexSummary {
        let summary = self.index.index_folder(folder, opts, &NoProgress).unwrap();
        assert!(summary.failed.is_empty(), "{:?}", summary.failed);
        summary
    }

    /// The file names of the passages that match `query`, one per passage.
    fn sources(&self, query: &str) -> Vec<String> {
        let mut req = SearchRequest::new(query);
        req.limit = 1000;
        let results = self.index.search(&req).unwrap();
        assert_eq!(results.total, results.hits.len());
        let mut names: Vec<String> = results
            .hits
            .iter()
            .map(|h| {
                Path::new(&h.passage.source)
                    .file_name()
                    .unwrap()
                    .to_string_lossy()
                    .into_owned()
            })
            .collect();
        names.sort();
        names
    }
}

fn set_mtime(path: &Path, t: SystemTime) {
    std::fs::File::options()
        .write(true)
        .open(path)
        .unwrap()
        .set_modified(t)
        .unwrap();
}

fn counts(s: &IndexSummary) -> (usize, usize, usize, usize) {
    (s.added, s.updated, s.removed, s.unchanged)
}

#[test]
fn add_change_delete_and_rename() {
    let mut fx = Fixture::new();
    let folder = fx.folder("docs", 0..5);
    let opts = IndexOptions::default();
    let first = fx.run(&folder, &opts);
    assert_eq!(counts(&first), (5, 0, 0, 0));
    assert_eq!(first.passages_added, 5 * PASSAGES);
    assert_eq!(fx.index.num_passages(), 5 * PASSAGES);

    // Add one.
    let path = folder.join(file_name(5));
    fx.write(&path, &fx.generator.document(5, QUESTIONS, 0));
    let s = fx.run(&folder, &opts);
    assert_eq!(counts(&s), (1, 0, 0, 5));
    assert_eq!(fx.sources("kenmerk5"), [file_name(5)]);
    assert_eq!(fx.index.num_passages(), 6 * PASSAGES);

    // Change one: its old passages go, its new ones come.
    let changed = fx
        .generator
        .document(2, QUESTIONS + 2, 1)
        .replace("kenmerk2", "zqxv2");
    fx.write(&folder.join(file_name(2)), &changed);
    let s = fx.run(&folder, &opts);
    assert_eq!(counts(&s), (0, 1, 0, 5));
    assert_eq!(
        (s.passages_removed, s.passages_added),
        (PASSAGES, PASSAGES + 2)
    );
    assert!(fx.sources("kenmerk2").is_empty());
    assert_eq!(fx.sources("zqxv2"), [file_name(2)]);
    assert_eq!(fx.index.num_passages(), 6 * PASSAGES + 2);

    // Delete one.
    std::fs::remove_file(folder.join(file_name(3))).unwrap();
    let s = fx.run(&folder, &opts);
    assert_eq!(counts(&s), (0, 0, 1, 5));
    assert_eq!(s.passages_removed, PASSAGES);
    assert!(fx.sources("kenmerk3").is_empty());
    assert_eq!(fx.index.num_passages(), 5 * PASSAGES + 2);

    // Rename one: removed under its old name, added under its new one.
    std::fs::rename(folder.join(file_name(4)), folder.join("hernoemd.txt")).unwrap();
    let s = fx.run(&folder, &opts);
    assert_eq!(counts(&s), (1, 0, 1, 4));
    assert_eq!(fx.sources("kenmerk4"), ["hernoemd.txt"]);
    assert_eq!(fx.index.num_passages(), 5 * PASSAGES + 2);

    // Nothing changed: nothing read, nothing committed.
    let s = fx.run(&folder, &opts);
    assert_eq!(counts(&s), (0, 0, 0, 5));
    assert!(!s.committed);
}

#[test]
fn unchanged_files_are_not_read_again_until_full() {
    let mut fx = Fixture::new();
    let folder = fx.folder("docs", 10..13);
    let opts = IndexOptions::default();
    fx.run(&folder, &opts);

    // Change a file behind zoek's back: same size, same modification time. Only reading
    // it would tell, so an incremental run that says "unchanged" has not read it.
    let path = folder.join(file_name(11));
    let mtime = std::fs::metadata(&path).unwrap().modified().unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("kenmerk11", "zqxwvbn11")).unwrap();
    set_mtime(&path, mtime);
    let s = fx.run(&folder, &opts);
    assert_eq!(counts(&s), (0, 0, 0, 3));
    assert_eq!(fx.sources("kenmerk11"), [file_name(11)]);
    assert!(fx.sources("zqxwvbn11").is_empty());

    // --full reads everything again.
    let full = IndexOptions {
        full: true,
        ..IndexOptions::default()
    };
    let s = fx.run(&folder, &full);
    assert_eq!(counts(&s), (0, 3, 0, 0));
    assert_eq!(
        (s.passages_removed, s.passages_added),
        (3 * PASSAGES, 3 * PASSAGES)
    );
    assert!(fx.sources("kenmerk11").is_empty());
    assert_eq!(fx.sources("zqxwvbn11"), [file_name(11)]);
    assert_eq!(fx.index.num_passages(), 3 * PASSAGES);
}

#[test]
fn a_touched_file_is_hashed_not_split_again() {
    let mut fx = Fixture::new();
    let folder = fx.folder("docs", 20..22);
    let opts = IndexOptions::default();
    fx.run(&folder, &opts);
    set_mtime(
        &folder.join(file_name(20)),
        SystemTime::now() - Duration::from_secs(60),
    );
    let s = fx.run(&folder, &opts);
    assert_eq!(counts(&s), (0, 0, 0, 2));
    assert_eq!((s.passages_removed, s.passages_added), (0, 0));
    // The new time is recorded: the next run does not even hash it.
    assert!(s.committed);
    let s = fx.run(&folder, &opts);
    assert!(!s.committed);
}

#[test]
fn several_folders_share_one_index_and_removal_stays_in_its_folder() {
    let mut fx = Fixture::new();
    let a = fx.folder("a", 30..33);
    let b = fx.folder("b", 40..42);
    let opts = IndexOptions::default();
    assert_eq!(counts(&fx.run(&a, &opts)), (3, 0, 0, 0));
    assert_eq!(counts(&fx.run(&b, &opts)), (2, 0, 0, 0));
    assert_eq!(fx.index.num_passages(), 5 * PASSAGES);

    std::fs::remove_file(a.join(file_name(31))).unwrap();
    assert_eq!(counts(&fx.run(&a, &opts)), (0, 0, 1, 2));
    assert!(fx.sources("kenmerk31").is_empty());
    assert_eq!(fx.sources("kenmerk40"), [file_name(40)]);
    assert_eq!(fx.sources("kenmerk41"), [file_name(41)]);
    assert_eq!(counts(&fx.run(&b, &opts)), (0, 0, 0, 2));
    assert_eq!(fx.index.num_passages(), 4 * PASSAGES);

    // A folder emptied of documents keeps nothing in the index; the other stays whole.
    for n in [30, 32] {
        std::fs::remove_file(a.join(file_name(n))).unwrap();
    }
    assert_eq!(counts(&fx.run(&a, &opts)), (0, 0, 2, 0));
    assert_eq!(fx.index.num_passages(), 2 * PASSAGES);
    assert_eq!(fx.sources("kenmerk40"), [file_name(40)]);
}

#[test]
fn records_survive_reopening_the_index() {
    let mut fx = Fixture::new();
    let folder = fx.folder("docs", 50..53);
    fx.run(&folder, &IndexOptions::default());
    let path = fx.index.path().to_path_buf();
    let mut reopened = ZoekIndex::open(&path).unwrap();
    let s = reopened
        .index_folder(&folder, &IndexOptions::default(), &NoProgress)
        .unwrap();
    assert_eq!(counts(&s), (0, 0, 0, 3));
    assert!(!s.committed);
}

#[test]
fn a_folder_inside_an_indexed_folder_shares_its_files() {
    let mut fx = Fixture::new();
    let top = fx.folder("top", 60..62);
    let sub = top.join("sub");
    std::fs::create_dir(&sub).unwrap();
    for n in 62..64 {
        fx.write(
            &sub.join(file_name(n)),
            &fx.generator.document(n, QUESTIONS, 0),
        );
    }
    let opts = IndexOptions::default();
    assert_eq!(counts(&fx.run(&top, &opts)), (4, 0, 0, 0));
    // First run on the inner folder: its part is rebuilt, nothing doubles.
    assert_eq!(counts(&fx.run(&sub, &opts)), (0, 2, 0, 0));
    assert_eq!(fx.index.num_passages(), 4 * PASSAGES);
    assert_eq!(fx.sources("kenmerk62"), [file_name(62)]);
    // Either folder sees the other's work as its own.
    std::fs::remove_file(sub.join(file_name(63))).unwrap();
    assert_eq!(counts(&fx.run(&sub, &opts)), (0, 0, 1, 1));
    assert_eq!(counts(&fx.run(&top, &opts)), (0, 0, 0, 3));
    assert_eq!(fx.index.num_passages(), 3 * PASSAGES);
}

#[test]
fn an_index_built_before_records_were_kept_is_rebuilt_without_doubles() {
    let mut fx = Fixture::new();
    let folder = fx.folder("docs", 70..73);
    let canonical = folder.canonicalize().unwrap();
    // What an older zoek left: the passages of the folder, and no records (no payload),
    // including a file that has since been deleted.
    {
        let mut writer: tantivy::IndexWriter = fx.index.tantivy().writer(50_000_000).unwrap();
        for n in 70..74 {
            let path = canonical.join(file_name(n));
            let text = fx.generator.document(n, QUESTIONS, 0);
            for p in zoek::split::split_text(&path, zoek::read::Format::Text, &text) {
                writer.add_document(fx.index.to_document(&p)).unwrap();
            }
        }
        writer.commit().unwrap();
        fx.index.reader().reload().unwrap();
    }
    assert_eq!(fx.index.num_passages(), 4 * PASSAGES);
    let s = fx.run(&folder, &IndexOptions::default());
    assert_eq!(
        (s.added, s.passages_removed, s.passages_added),
        (3, 4 * PASSAGES, 3 * PASSAGES)
    );
    assert_eq!(fx.index.num_passages(), 3 * PASSAGES);
    assert!(fx.sources("kenmerk73").is_empty());
    assert_eq!(fx.sources("kenmerk70"), [file_name(70)]);
}

#[test]
fn a_reindex_leaves_no_stale_figures_in_the_ranking() {
    // The feedback rerank keeps the IDFs it looked up across queries; after a commit the
    // index holds other passages, and the ranking must be that of a freshly opened index.
    let ranking = |index: &ZoekIndex| {
        let mut req = SearchRequest::new("terugkeer migratie");
        req.limit = 30;
        req.explain = true;
        let hits = index.search(&req).unwrap().hits;
        assert!(
            hits.iter()
                .any(|h| h.explanation.as_ref().unwrap().feedback.is_some())
        );
        hits.into_iter()
            .map(|h| (h.passage.id, h.score))
            .collect::<Vec<_>>()
    };
    let mut f = Fixture::new();
    let folder = f.folder("docs", 0..20);
    f.run(&folder, &IndexOptions::default());
    let before = ranking(&f.index);
    assert_eq!(
        before,
        ranking(&f.index),
        "the same query twice, from the cache"
    );
    for n in 20..60 {
        f.write(
            &folder.join(file_name(n)),
            &f.generator.document(n, QUESTIONS, 0),
        );
    }
    f.run(&folder, &IndexOptions::default());
    let after = ranking(&f.index);
    assert_ne!(before, after);
    let fresh = ZoekIndex::open(&f.dir.path().join("index")).unwrap();
    assert_eq!(after, ranking(&fresh));
}
