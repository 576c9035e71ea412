//! One writer at a time: a second `zoek index` is told which process writes the index
//! (or waits for it with `--wait`), and searches go on answering meanwhile.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;
use zoek::ZoekIndex;
use zoek::index::WriteSession;

fn zoek() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_zoek"));
    c.env_remove("ZOEK_INDEX").env("NO_COLOR", "1");
    c
}

fn corpus() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus-sample")
}

fn index_command(index: &Path) -> Command {
    let mut c = zoek();
    c.arg("index").arg(corpus()).arg("--index").arg(index);
    c
}

#[test]
fn a_held_index_is_refused_naming_the_holder_and_wait_waits_for_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index");
    assert!(index_command(&path).output().unwrap().status.success());

    // This test process takes the writer, as a running `zoek index` would.
    let index = ZoekIndex::open(&path).unwrap();
    let session =
        WriteSession::acquire(index.tantivy(), &path, 1, 50_000_000, false, &|_| {}).unwrap();

    let out = index_command(&path).output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert_eq!(
        err.trim(),
        format!(
            "zoek: zoek index is already running on the index at {} (pid {}); wait for it or use --wait",
            path.display(),
            std::process::id()
        )
    );

    // Searching needs no writer.
    let out = zoek()
        .args(["search", "terugkeerhub Oeganda", "--json", "--index"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(v["total"].as_u64().unwrap() > 0);

    // --wait waits until the writer is free, then does its work.
    let mut waiting = index_command(&path)
        .arg("--wait")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(Duration::from_millis(1000));
    assert!(
        waiting.try_wait().unwrap().is_none(),
        "zoek index --wait should still be waiting"
    );
    drop(session);
    let out = waiting.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(
        err.contains(&format!(
            "waiting for the zoek index already running (pid {}) to finish",
            std::process::id()
        )),
        "{err}"
    );
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("11 unchanged"),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );
}

#[test]
fn the_pid_file_goes_with_the_writer() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index");
    let index = ZoekIndex::create(&path).unwrap();
    let pid_file = path.join(zoek::index::lock::PID_FILE);
    let session =
        WriteSession::acquire(index.tantivy(), &path, 1, 50_000_000, false, &|_| {}).unwrap();
    assert_eq!(
        std::fs::read_to_string(&pid_file).unwrap().trim(),
        std::process::id().to_string()
    );
    let refused = WriteSession::acquire(index.tantivy(), &path, 1, 50_000_000, false, &|_| {});
    assert!(
        matches!(refused, Err(zoek::Error::Locked { pid: Some(pid), .. }) if pid == std::process::id())
    );
    drop(session);
    assert!(!pid_file.exists());
    assert!(WriteSession::acquire(index.tantivy(), &path, 1, 50_000_000, false, &|_| {}).is_ok());
}
