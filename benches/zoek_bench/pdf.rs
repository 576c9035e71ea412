//! PDF extraction: pages per second through pdf-extract (zoek's reader) against
//! poppler's `pdftotext` on the same files.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The outcome for one file.
pub struct PdfRow {
    /// File, relative to the repository.
    pub file: String,
    /// Pages, as `pdfinfo` counts them.
    pub pages: u32,
    /// Mean time of zoek's reader (pdf-extract, in process).
    pub zoek: Duration,
    /// Mean time of `pdftotext` (a process per file, as a tool would run it).
    pub poppler: Duration,
    /// Characters of text each extracted.
    pub zoek_chars: usize,
    /// Characters `pdftotext` extracted.
    pub poppler_chars: usize,
}

/// The PDFs of `corpus-sample/` and `tests/fixtures/`, sorted.
pub fn files(repo: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for dir in ["corpus-sample", "tests/fixtures"] {
        for e in walkdir::WalkDir::new(repo.join(dir))
            .sort_by_file_name()
            .into_iter()
            .flatten()
        {
            if e.path()
                .extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("pdf"))
            {
                out.push(e.into_path());
            }
        }
    }
    out
}

/// `pdftotext`'s version line, or `None` when poppler-utils is not installed.
pub fn poppler_version() -> Option<String> {
    let out = Command::new("pdftotext").arg("-v").output().ok()?;
    let text =
        String::from_utf8_lossy(&out.stderr).into_owned() + &String::from_utf8_lossy(&out.stdout);
    text.lines().next().map(str::to_string)
}

fn pages(path: &Path) -> u32 {
    Command::new("pdfinfo")
        .arg(path)
        .output()
        .ok()
        .and_then(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().parse().ok()))
                .flatten()
        })
        .unwrap_or(0)
}

/// Time both extractors on every file, `reps` times each (after one warm-up).
pub fn measure(repo: &Path, reps: u32) -> Vec<PdfRow> {
    let mut rows = Vec::new();
    for path in files(repo) {
        let pages = pages(&path);
        let zoek_once = || {
            zoek::read::read_document(&path)
                .map(|d| d.text.chars().count())
                .unwrap_or(0)
        };
        let poppler_once = || {
            Command::new("pdftotext")
                .args(["-enc", "UTF-8"])
                .arg(&path)
                .arg("-")
                .stderr(Stdio::null())
                .output()
                .map(|o| String::from_utf8_lossy(&o.stdout).chars().count())
                .unwrap_or(0)
        };
        let zoek_chars = zoek_once();
        let poppler_chars = poppler_once();
        let t = Instant::now();
        for _ in 0..reps {
            std::hint::black_box(zoek_once());
        }
        let zoek = t.elapsed() / reps;
        let t = Instant::now();
        for _ in 0..reps {
            std::hint::black_box(poppler_once());
        }
        let poppler = t.elapsed() / reps;
        rows.push(PdfRow {
            file: path
                .strip_prefix(repo)
                .unwrap_or(&path)
                .display()
                .to_string(),
            pages,
            zoek,
            poppler,
            zoek_chars,
            poppler_chars,
        });
    }
    rows
}

/// The PDF section of the report.
pub fn report(rows: &[PdfRow], version: &str) -> String {
    let mut s = String::new();
    s.push_str(&format!(
        "### PDF extraction (one thread, per file; {version})\n\n"
    ));
    s.push_str(
        "| file | pages | pdf-extract ms | pdftotext ms | pdf-extract chars | pdftotext chars |\n",
    );
    s.push_str("| --- | ---: | ---: | ---: | ---: | ---: |\n");
    let (mut pages, mut z, mut p) = (0u32, Duration::ZERO, Duration::ZERO);
    for r in rows {
        s.push_str(&format!(
            "| {} | {} | {:.1} | {:.1} | {} | {} |\n",
            r.file,
            r.pages,
            r.zoek.as_secs_f64() * 1e3,
            r.poppler.as_secs_f64() * 1e3,
            r.zoek_chars,
            r.poppler_chars
        ));
        pages += r.pages;
        z += r.zoek;
        p += r.poppler;
    }
    let zps = pages as f64 / z.as_secs_f64();
    let pps = pages as f64 / p.as_secs_f64();
    s.push_str(&format!(
        "\n| all {} files | pages | pages/s | \n| --- | ---: | ---: |\n| pdf-extract (zoek) | {pages} | {zps:.1} |\n| pdftotext (poppler) | {pages} | {pps:.1} |\n| zoek ÷ pdftotext | | **{:.2}** |\n",
        rows.len(),
        zps / pps
    ));
    s
}
