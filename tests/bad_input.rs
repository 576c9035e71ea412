//! `zoek index` on a folder of everything that goes wrong in years of downloads: each
//! bad file gets one line naming it and the reason, the batch goes on, and the exit
//! status says "completed with failures".

mod support;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};
use support::pdf;

fn zoek() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_zoek"));
    c.env_remove("ZOEK_INDEX").env("NO_COLOR", "1");
    c
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Windows-1252: ï = 0xEF, ë = 0xEB, ö = 0xF6.
const CP1252: &[u8] =
    b"De re\xefntegratie van asielzoekers in Itali\xeb vraagt co\xf6rdinatie tussen de \
gemeenten en het Centraal Orgaan opvang asielzoekers. De minister schrijft dat de \
re\xefntegratie van statushouders voorrang krijgt boven andere trajecten.\n";

fn utf16(text: &str, big_endian: bool) -> Vec<u8> {
    let mut bytes = if big_endian {
        vec![0xFE, 0xFF]
    } else {
        vec![0xFF, 0xFE]
    };
    for u in text.encode_utf16() {
        bytes.extend_from_slice(&if big_endian {
            u.to_be_bytes()
        } else {
            u.to_le_bytes()
        });
    }
    bytes
}

/// Everything that can go wrong, and a few files that must still be indexed.
struct BadFolder {
    _dir: tempfile::TempDir,
    docs: PathBuf,
    index: PathBuf,
    /// Whether this process may read what it cannot (root): then "unreadable" files
    /// and folders are readable to zoek too.
    privileged: bool,
}

fn bad_folder() -> BadFolder {
    use std::os::unix::ffi::OsStrExt;
    use std::os::unix::fs::{PermissionsExt, symlink};
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    let sub = docs.join("sub");
    std::fs::create_dir_all(&sub).unwrap();
    let w = |name: &str, bytes: &[u8]| std::fs::write(docs.join(name), bytes).unwrap();

    // Good files: a real consultation, legacy encodings, a PDF with a text layer.
    std::fs::copy(
        root().join("corpus-sample/tk-32317-974-verslag-schriftelijk-overleg.txt"),
        docs.join("good.txt"),
    )
    .unwrap();
    w("windows-1252.txt", CP1252);
    w(
        "utf16-le.txt",
        &utf16(
            "Het reïntegratietraject van de gemeente Zaanstad loopt tot 2026.\n",
            false,
        ),
    );
    w(
        "utf16-be.md",
        &utf16(
            "# Brief\n\nDe opvangcoördinatie in Ter Apel verbetert.\n",
            true,
        ),
    );
    w(
        "text-layer.pdf",
        &pdf::text_pdf(&["Beantwoording over de kustwachtvliegtuigen", "van Defensie"]),
    );

    // Broken PDFs.
    let real =
        std::fs::read(root().join("corpus-sample/tk-32317-974-verslag-schriftelijk-overleg.pdf"))
            .unwrap();
    w("truncated.pdf", &real[..real.len() / 2]);
    let mut junk = b"%PDF-1.7\n".to_vec();
    junk.extend((0..5000u32).map(|i| (i * 7919 % 251) as u8));
    w("corrupt.pdf", &junk);
    w("panics.pdf", &pdf::panicking_pdf());
    w("crashes.pdf", &pdf::self_drawing_pdf());
    w("encrypted.pdf", &pdf::encrypted_pdf());
    w("scanned.pdf", &pdf::image_only_pdf());
    w("slow.pdf", &pdf::slow_pdf(1_500_000));

    // Text files that are not text, or too much of it.
    let mut elf = b"\x7fELF\x02\x01\x01\0\0\0\0\0\0\0\0\0".to_vec();
    elf.extend((0..4096u32).map(|i| (i * 31 % 256) as u8));
    w("binary.txt", &elf);
    w("empty.txt", b"");
    w(
        "huge.txt",
        &"Dit is een lange regel tekst. ".repeat(50_000).into_bytes(),
    );

    // The file system's ways to fail.
    w(
        "unreadable.txt",
        b"Een geheim verslag over de onleesbaarheid.\n",
    );
    let locked = docs.join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::write(
        locked.join("inside.txt"),
        b"Verborgen verslag over de dichte map.\n",
    )
    .unwrap();
    // Modified an hour ago, like files downloaded earlier (a file modified within the
    // last seconds is always hashed again, for safety).
    for entry in walkdir::WalkDir::new(&docs) {
        let entry = entry.unwrap();
        if entry.file_type().is_file() {
            std::fs::File::options()
                .write(true)
                .open(entry.path())
                .unwrap()
                .set_modified(std::time::SystemTime::now() - Duration::from_secs(3600))
                .unwrap();
        }
    }
    std::fs::set_permissions(
        docs.join("unreadable.txt"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    symlink(docs.join("nowhere.txt"), docs.join("broken-link.txt")).unwrap();
    symlink(&docs, sub.join("loop")).unwrap();
    std::fs::write(
        docs.join(std::ffi::OsStr::from_bytes(b"caf\xe9-verslag.txt")),
        b"Een verslag met een Latin-1 bestandsnaam.\n",
    )
    .unwrap();

    // Types zoek does not read: skipped, counted, not failures.
    w("photo.jpg", b"\xff\xd8\xff\xe0 not really a jpeg");
    w("notes.xlsx", b"PK\x03\x04 a spreadsheet");
    // A Word file that is not a zip archive is a file zoek reads, and fails.
    w("broken.docx", b"PK\x03\x04 not really a docx");
    // A meeting report of the Kamer's open data published before its text: the skeleton
    // (status Casco) names the speakers, but nobody has said anything yet.
    w(
        "casco-vlos.xml",
        br#"<vlosCoreDocument soort="Voorpublicatie" status="Casco" xmlns="http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0">
<vergadering soort="Commissie" kamer="Tweede Kamer"><titel>Klimaat</titel><datum>2024-04-09T00:00:00</datum>
<activiteit soort="Commissiedebat"><activiteithoofd><activiteitdeel soort="Spreekbeurt"><activiteititem soort="Woordvoerder">
<woordvoerder><spreker soort="Tweede Kamerlid"><fractie>D66</fractie><verslagnaam>Paternotte</verslagnaam></spreker>
<isvoorzitter>true</isvoorzitter><tekst /></woordvoerder></activiteititem></activiteitdeel></activiteithoofd></activiteit>
</vergadering></vlosCoreDocument>"#,
    );

    let privileged = std::fs::read(docs.join("unreadable.txt")).is_ok();
    BadFolder {
        index: dir.path().join("index"),
        docs,
        _dir: dir,
        privileged,
    }
}

impl Drop for BadFolder {
    fn drop(&mut self) {
        use std::os::unix::fs::PermissionsExt;
        // Let the temporary directory be removed.
        let _ = std::fs::set_permissions(
            self.docs.join("locked"),
            std::fs::Permissions::from_mode(0o755),
        );
    }
}

/// `zoek index` with a limit of 1 MB and 1 s per file, and `extra` arguments.
fn index(folder: &BadFolder, extra: &[&str]) -> Output {
    index_max_size(folder, 1, extra)
}

fn index_max_size(folder: &BadFolder, max_size_mb: u64, extra: &[&str]) -> Output {
    zoek()
        .arg("index")
        .arg(&folder.docs)
        .arg("--index")
        .arg(&folder.index)
        .args(["--max-size", &max_size_mb.to_string(), "--timeout", "1"])
        .args(extra)
        .output()
        .unwrap()
}

fn search(folder: &BadFolder, query: &str) -> Value {
    let out = zoek()
        .args(["search", query, "--json", "--limit", "50", "--index"])
        .arg(&folder.index)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

fn sources(v: &Value) -> Vec<String> {
    v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            Path::new(h["source"].as_str().unwrap())
                .file_name()
                .unwrap()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

/// The line of the summary that reports `name`, if any.
fn failure_line<'a>(stdout: &'a str, name: &str) -> Option<&'a str> {
    stdout
        .lines()
        .find(|l| l.starts_with("failed: ") && l.contains(name))
}

#[test]
fn every_bad_file_is_named_with_its_reason_and_the_batch_goes_on() {
    let folder = bad_folder();
    let started = Instant::now();
    let out = index(&folder, &[]);
    let took = started.elapsed();
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(
        out.status.code(),
        Some(3),
        "completed with failures is exit status 3\n{stdout}\n{stderr}"
    );
    assert!(
        !stderr.contains("panicked"),
        "a panic reached the user: {stderr}"
    );
    assert!(stdout.contains("completed with "), "{stdout}");

    let expect = |name: &str, reason: &[&str]| {
        let line = failure_line(&stdout, name)
            .unwrap_or_else(|| panic!("no failure line for {name}:\n{stdout}"));
        for r in reason {
            assert!(line.contains(r), "{name}: expected {r:?} in {line:?}");
        }
        assert_eq!(
            stdout.lines().filter(|l| l.contains(name)).count(),
            1,
            "{name} reported once:\n{stdout}"
        );
    };
    expect(
        "truncated.pdf",
        &["cannot read PDF", "corrupt or truncated"],
    );
    expect("corrupt.pdf", &["cannot read PDF", "corrupt or truncated"]);
    expect("panics.pdf", &["PDF reader failed", "NoSuchEncoding"]);
    expect("crashes.pdf", &["PDF reader crashed", "stack overflow"]);
    expect("encrypted.pdf", &["encrypted", "decrypt"]);
    expect("scanned.pdf", &["no text layer", "OCR"]);
    expect("slow.pdf", &["took longer than 1 s", "--timeout"]);
    expect("binary.txt", &["binary content"]);
    expect("empty.txt", &["empty file"]);
    expect("huge.txt", &["over the limit of 1 MB", "--max-size"]);
    expect("broken-link.txt", &["broken symbolic link"]);
    expect("loop", &["symbolic link loop"]);
    expect("caf", &["not valid UTF-8", "rename"]);
    if folder.privileged {
        // Running as root: nothing is unreadable, and zoek reads these like any file.
        assert!(
            failure_line(&stdout, "unreadable.txt").is_none(),
            "{stdout}"
        );
        assert!(failure_line(&stdout, "locked").is_none(), "{stdout}");
    } else {
        expect("unreadable.txt", &["cannot read file", "ermission denied"]);
        expect("locked", &["cannot read folder", "ermission denied"]);
    }
    assert!(
        stdout.contains("; 2 files of other types skipped (.jpg, .xlsx)"),
        "jpg and xlsx are counted, not failed:\n{stdout}"
    );
    assert!(!stdout.contains("photo.jpg") && !stdout.contains("notes.xlsx"));
    expect("broken.docx", &["not a valid Office file"]);
    expect(
        "casco-vlos.xml",
        &["status Casco", "no spoken text", "Eindpublicatie"],
    );
    // The slow PDF was stopped at its time limit, not read to the end (it takes seconds).
    assert!(took < Duration::from_secs(20), "took {took:?}");

    // The good files are in the index.
    let summary = stdout.lines().next().unwrap();
    let added = if folder.privileged { 7 } else { 5 };
    assert!(
        summary.contains(&format!(
            ": {added} added, 0 updated, 0 removed, 0 unchanged, "
        )),
        "{summary}"
    );
    assert!(sources(&search(&folder, "terugkeerhub Oeganda")).contains(&"good.txt".to_string()));
    assert!(
        sources(&search(&folder, "kustwachtvliegtuigen")).contains(&"text-layer.pdf".to_string())
    );
    // Legacy encodings decode right: the words are whole, and found without diacritics.
    // (A search may also find other passages, a compound holding the word for one: each
    // document must come first for its own word.)
    let first = |query: &str| {
        let v = search(&folder, query);
        let hit = v["hits"][0].clone();
        (sources(&v).first().cloned().unwrap_or_default(), hit)
    };
    let (source, hit) = first("reintegratie");
    assert_eq!(source, "windows-1252.txt", "{hit}");
    assert!(
        hit["text"]
            .as_str()
            .unwrap()
            .contains("De reïntegratie van asielzoekers in Italië vraagt coördinatie"),
        "{hit}"
    );
    let (source, hit) = first("reintegratietraject");
    assert_eq!(source, "utf16-le.txt", "{hit}");
    assert!(
        hit["text"]
            .as_str()
            .unwrap()
            .contains("Het reïntegratietraject van de gemeente Zaanstad")
    );
    let (source, hit) = first("opvangcoordinatie");
    assert_eq!(source, "utf16-be.md", "{hit}");
    assert!(
        hit["text"]
            .as_str()
            .unwrap()
            .contains("De opvangcoördinatie in Ter Apel")
    );
}

#[test]
fn failures_are_remembered_until_the_file_changes() {
    let folder = bad_folder();
    let first = index(&folder, &[]);
    assert_eq!(first.status.code(), Some(3));
    let first_failures: Vec<String> = String::from_utf8_lossy(&first.stdout)
        .lines()
        .filter(|l| l.starts_with("failed: "))
        .map(String::from)
        .collect();

    // Unchanged: every failure is reported again, and none is read again (the slow PDF
    // would take its full second).
    let started = Instant::now();
    let again = index(&folder, &[]);
    let stdout = String::from_utf8_lossy(&again.stdout).to_string();
    assert_eq!(again.status.code(), Some(3), "{stdout}");
    let failures: Vec<String> = stdout
        .lines()
        .filter(|l| l.starts_with("failed: "))
        .map(String::from)
        .collect();
    assert_eq!(failures, first_failures);
    assert!(
        stdout.contains(": 0 added, 0 updated, 0 removed, "),
        "{stdout}"
    );
    assert!(
        started.elapsed() < Duration::from_millis(900),
        "{:?}",
        started.elapsed()
    );

    // Fixed: the empty file gets content, and is indexed.
    std::fs::write(
        folder.docs.join("empty.txt"),
        b"Nu staat er een verslag over de zeehondencreche in.\n",
    )
    .unwrap();
    let fixed = index(&folder, &[]);
    let stdout = String::from_utf8_lossy(&fixed.stdout).to_string();
    assert!(failure_line(&stdout, "empty.txt").is_none(), "{stdout}");
    assert!(
        stdout.contains(": 1 added, 0 updated, 0 removed, "),
        "{stdout}"
    );
    assert_eq!(sources(&search(&folder, "zeehondencreche")), ["empty.txt"]);

    // A higher limit retries what ran into the lower one.
    let bigger = index_max_size(&folder, 5, &[]);
    let stdout = String::from_utf8_lossy(&bigger.stdout).to_string();
    assert!(failure_line(&stdout, "huge.txt").is_none(), "{stdout}");
    assert!(stdout.contains(": 1 added, "), "{stdout}");
}

#[test]
fn strict_makes_any_failure_fatal_and_changes_nothing() {
    let folder = bad_folder();
    // A first, clean index of the good file alone.
    let clean = tempfile::tempdir().unwrap();
    std::fs::copy(folder.docs.join("good.txt"), clean.path().join("good.txt")).unwrap();
    let out = zoek()
        .arg("index")
        .arg(clean.path())
        .arg("--index")
        .arg(&folder.index)
        .arg("--strict")
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let before = search(&folder, "terugkeerhub Oeganda");

    let out = index(&folder, &["--strict"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("--strict") && stderr.contains("not changed"),
        "{stderr}"
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("failed: "));
    assert_eq!(search(&folder, "terugkeerhub Oeganda"), before);
    // Nothing of the rejected batch is searchable: `Zaanstad` is only in utf16-le.txt
    // (`reintegratie` also finds the consultation's `herintegratie`, an alias).
    assert!(sources(&search(&folder, "Zaanstad")).is_empty());
    assert!(
        !sources(&search(&folder, "reintegratie"))
            .iter()
            .any(|s| s == "utf16-le.txt")
    );
}

/// `zoek` as a user to whom permissions apply: the user running the tests, or, when
/// that is root (who may read anything), the unprivileged user `nobody` through
/// `setpriv`. `None` when running as root without `setpriv`.
fn unprivileged_zoek(privileged: bool) -> Option<Command> {
    if !privileged {
        return Some(zoek());
    }
    let setpriv = ["/usr/bin/setpriv", "/bin/setpriv"]
        .into_iter()
        .find(|p| Path::new(p).exists())?;
    let command = || {
        let mut c = Command::new(setpriv);
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups"])
            .arg(env!("CARGO_BIN_EXE_zoek"))
            .env_remove("ZOEK_INDEX")
            .env("NO_COLOR", "1");
        c
    };
    // The executable must be reachable for that user too.
    let works = command().arg("--version").output().ok()?.status.success();
    works.then(command)
}

#[test]
fn unreadable_files_and_folders_are_reported_and_what_they_gave_is_kept() {
    use std::os::unix::fs::PermissionsExt;
    let mode =
        |p: &Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
    let dir = tempfile::tempdir().unwrap();
    mode(dir.path(), 0o777);
    let docs = dir.path().join("docs");
    let locked = docs.join("locked");
    std::fs::create_dir_all(&locked).unwrap();
    let good = docs.join("good.txt");
    std::fs::copy(root().join("corpus-sample/tk-32317-974-concept.txt"), &good).unwrap();
    let inside = locked.join("inside.txt");
    std::fs::write(&inside, b"Een verslag over de zandmotor.\n").unwrap();
    for file in [&good, &inside] {
        std::fs::File::options()
            .write(true)
            .open(file)
            .unwrap()
            .set_modified(std::time::SystemTime::now() - Duration::from_secs(3600))
            .unwrap();
    }
    let probe = docs.join("probe");
    std::fs::write(&probe, b"").unwrap();
    mode(&probe, 0o000);
    let privileged = std::fs::read(&probe).is_ok();
    std::fs::remove_file(&probe).unwrap();
    assert!(
        unprivileged_zoek(privileged).is_some(),
        "running as root without setpriv: cannot run zoek as a user without privileges"
    );
    let index = dir.path().join("index");
    let run = |args: &[&str]| {
        unprivileged_zoek(privileged)
            .unwrap()
            .args(args)
            .arg("--index")
            .arg(&index)
            .output()
            .unwrap()
    };
    let docs_arg = docs.to_str().unwrap();
    let out = run(&["index", docs_arg]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // A new file zoek may not read, and a folder it could read before and now cannot.
    std::fs::write(
        docs.join("unreadable.txt"),
        b"Een verslag over de ijsbreker.\n",
    )
    .unwrap();
    mode(&docs.join("unreadable.txt"), 0o000);
    mode(&locked, 0o000);
    let out = run(&["index", docs_arg]);
    mode(&locked, 0o755);
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    assert_eq!(out.status.code(), Some(3), "{stdout}");
    let line = failure_line(&stdout, "unreadable.txt").unwrap_or_else(|| panic!("{stdout}"));
    assert!(
        line.contains("cannot read file: Permission denied"),
        "{line}"
    );
    let line = failure_line(&stdout, "locked").unwrap_or_else(|| panic!("{stdout}"));
    assert!(
        line.contains("cannot read folder: Permission denied"),
        "{line}"
    );
    assert!(
        stdout.contains(": 0 added, 0 updated, 0 removed, 1 unchanged, 2 failed"),
        "{stdout}"
    );
    // Unreadable for now is not gone: what the index held from the folder is kept.
    let total = |word: &str| {
        let out = run(&["search", word, "--json"]);
        let v: Value = serde_json::from_slice(&out.stdout).unwrap();
        v["total"].as_u64().unwrap()
    };
    assert_eq!(total("zandmotor"), 1);
    assert_eq!(total("ijsbreker"), 0);
}
