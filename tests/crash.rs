//! Killing `zoek index` at any moment (SIGKILL, as a power cut would) leaves the
//! previous index searchable with its previous answers, and the next run completes.

mod support;

use serde_json::Value;
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};
use support::corpus::{Generator, file_name};

/// Documents in the folder, passages per document.
const FILES: usize = 3000;
const QUESTIONS: usize = 6;

/// A word of corpus-sample that the generated documents use now and then.
const QUERY: &str = "terugkeerhub";

fn zoek() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_zoek"));
    c.env_remove("ZOEK_INDEX").env("NO_COLOR", "1");
    c
}

fn search(index: &Path, query: &str) -> Value {
    let out = zoek()
        .args(["search", query, "--json", "--limit", "100000", "--index"])
        .arg(index)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "the index no longer answers: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The passages an answer found, in id order: what a search of the same content finds,
/// however the index's segments happen to be laid out.
fn found(v: &Value) -> (u64, Vec<String>) {
    let mut ids: Vec<String> = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| h["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    (v["total"].as_u64().unwrap(), ids)
}

fn index_command(docs: &Path, index: &Path) -> Command {
    let mut c = zoek();
    c.arg("index")
        .arg(docs)
        .arg("--index")
        .arg(index)
        .arg("--quiet");
    c
}

#[test]
fn sigkill_at_any_moment_leaves_the_previous_index_answering() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    let index = dir.path().join("index");
    let generator =
        Generator::from_corpus(&Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus-sample"))
            .unwrap();
    generator.write_folder(&docs, FILES, QUESTIONS).unwrap();

    let started = Instant::now();
    let out = index_command(&docs, &index).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let build = started.elapsed();
    let old = search(&index, QUERY);
    assert!(
        found(&old).0 > 20,
        "the query should find a good number: {old}"
    );

    // A day's changes: a third of the files rewritten, 100 deleted, 300 new.
    for n in 0..1000 {
        std::fs::write(docs.join(file_name(n)), generator.document(n, QUESTIONS, 1)).unwrap();
    }
    for n in FILES - 100..FILES {
        std::fs::remove_file(docs.join(file_name(n))).unwrap();
    }
    for n in FILES..FILES + 300 {
        std::fs::write(docs.join(file_name(n)), generator.document(n, QUESTIONS, 0)).unwrap();
    }

    // Kill reindexing runs at several moments: early, while reading, near the commit.
    let mut delays: Vec<Duration> = [50, 200, 500, 1000]
        .into_iter()
        .map(Duration::from_millis)
        .collect();
    delays.extend([build / 2, build * 9 / 10, build]);
    let mut after_kills = Vec::new();
    for (i, delay) in delays.iter().enumerate() {
        let mut child = index_command(&docs, &index)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(*delay);
        if i == 2 {
            // Searches keep answering while a reindex runs, from the last commit.
            after_kills.push(("during a run".to_string(), search(&index, QUERY)));
        }
        let running = child.try_wait().unwrap().is_none();
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        if i == 0 {
            assert!(running, "the first kill must find zoek index still running");
        }
        after_kills.push((
            format!("killed after {delay:?} (running: {running})"),
            search(&index, QUERY),
        ));
    }

    // The next run completes normally, with every change.
    let out = index_command(&docs, &index).output().unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{:?}\n{stdout}\n{}",
        out.status,
        String::from_utf8_lossy(&out.stderr)
    );
    let new = search(&index, QUERY);
    assert_ne!(
        found(&new),
        found(&old),
        "the changes should change the answer"
    );
    if after_kills.iter().all(|(_, v)| *v == old) {
        // No killed run got as far as its commit: this run did all the work.
        assert!(
            stdout.contains(": 300 added, 1000 updated, 100 removed, 1900 unchanged, 0 failed"),
            "{stdout}"
        );
    }
    let total = |q: &str| search(&index, q)["total"].as_u64().unwrap();
    assert_eq!(total(&format!("kenmerk{}", FILES - 1)), 0, "deleted file");
    assert_eq!(total(&format!("kenmerk{}", FILES + 299)), 1, "new file");
    assert_eq!(total("kenmerk0"), 1, "rewritten file");

    // Every answer after a kill was the old one, exactly, or (when the commit had
    // landed) the new one: never anything else.
    for (when, answer) in &after_kills {
        assert!(
            *answer == old || found(answer) == found(&new),
            "{when}: the index answered neither as before nor as after the changes"
        );
    }
}

#[test]
fn a_second_zoek_index_is_refused_while_one_runs() {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    let index = dir.path().join("index");
    let generator =
        Generator::from_corpus(&Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus-sample"))
            .unwrap();
    generator.write_folder(&docs, 1500, QUESTIONS).unwrap();
    let mut first = index_command(&docs, &index)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // The first run names itself once it holds the index.
    let pid_file = index.join("zoek-writer.pid");
    let deadline = Instant::now() + Duration::from_secs(20);
    while std::fs::read_to_string(&pid_file).map_or(true, |s| s.trim() != first.id().to_string()) {
        assert!(Instant::now() < deadline, "zoek index never took the index");
        std::thread::sleep(Duration::from_millis(5));
    }
    let second = index_command(&docs, &index).output().unwrap();
    let err = String::from_utf8_lossy(&second.stderr);
    assert_eq!(second.status.code(), Some(1), "{err}");
    assert!(
        err.contains("zoek index is already running")
            && err.contains(&format!("(pid {})", first.id()))
            && err.contains("--wait"),
        "{err}"
    );
    assert!(first.wait().unwrap().success());
}
