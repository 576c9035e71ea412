//! Measure a full build and a rerun on the unchanged folder, in one run.
//!
//! `cargo run --release --example bench_index -- [FILES] [QUESTIONS]` generates `FILES`
//! written consultations of `QUESTIONS` passages each (5000 × 12 = 60,000 passages by
//! default, from corpus-sample's sentences, dated an hour ago like files downloaded
//! earlier) in a temporary folder, indexes them from scratch, indexes them again
//! unchanged, and prints both times with the machine they ran on.

#[path = "../tests/support/corpus.rs"]
mod corpus;

use std::path::Path;
use std::time::{Duration, Instant, SystemTime};
use zoek::ZoekIndex;
use zoek::index::{IndexOptions, NoProgress};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let files: usize = args.next().map_or(Ok(5000), |a| a.parse())?;
    let questions: usize = args.next().map_or(Ok(12), |a| a.parse())?;

    let dir = tempfile::tempdir()?;
    let docs = dir.path().join("docs");
    let generator = corpus::Generator::from_corpus(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus-sample"),
    )?;
    let an_hour_ago = SystemTime::now() - Duration::from_secs(3600);
    for path in generator.write_folder(&docs, files, questions)? {
        std::fs::File::options()
            .write(true)
            .open(&path)?
            .set_modified(an_hour_ago)?;
    }

    let opts = IndexOptions::default();
    let mut index = ZoekIndex::create(&dir.path().join("index"))?;
    let started = Instant::now();
    let full = index.index_folder(&docs, &opts, &NoProgress)?;
    let full_time = started.elapsed();
    let started = Instant::now();
    let rerun = index.index_folder(&docs, &opts, &NoProgress)?;
    let rerun_time = started.elapsed();

    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    println!(
        "machine: {} cores ({}), {} reading threads",
        std::thread::available_parallelism().map_or(1, |n| n.get()),
        cpu,
        opts.threads()
    );
    println!(
        "full build: {} files, {} passages in {:.2} s",
        full.added,
        full.passages_added,
        full_time.as_secs_f64()
    );
    println!(
        "rerun, unchanged folder: {} unchanged, {} read, in {:.3} s ({:.1}% of the full build)",
        rerun.unchanged,
        rerun.files_indexed(),
        rerun_time.as_secs_f64(),
        100.0 * rerun_time.as_secs_f64() / full_time.as_secs_f64()
    );
    Ok(())
}
