//! zoek's benchmark: index build, query latency and throughput, and PDF extraction,
//! each against a baseline measured in the same run (SQLite FTS5 over the same
//! passages; poppler's `pdftotext` for PDFs). See `BENCHMARKS.md` for how to run it
//! and what it found.
//!
//! Not a criterion benchmark: what is asked (build throughput of a whole corpus, peak
//! memory, latency percentiles over a query set, queries/s through a pipe) are
//! end-to-end figures of one long run each, not a statistic over many short
//! iterations. So this is a `harness = false` program:
//!
//! ```sh
//! cargo bench --bench zoek_bench -- --passages 10000,100000
//! ```
//!
//! Builds run in child processes (this program run again with `--child`), so each
//! build's peak memory (`VmHWM`) is its own and not the generator's or the other
//! engine's.

#[path = "zoek_bench/corpus.rs"]
mod corpus;
#[path = "zoek_bench/fts.rs"]
mod fts;
#[path = "zoek_bench/pdf.rs"]
mod pdf;

use serde::{Deserialize, Serialize};
use std::io::{BufRead, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::Instant;
use zoek::index::{IndexOptions, Progress};
use zoek::{SearchRequest, ZoekIndex};

/// The columns FTS5 searches, as zoek searches question, answer, topic and title.
const FTS_COLUMNS: &str = "{question answer topic title}";
/// Fracties used in filtered queries (canonical spellings, as both indexes store them).
const FILTER_FRACTIES: &[&str] = &["VVD", "PVV", "CDA", "D66", "SP", "GroenLinks-PvdA"];
/// Marks around the generated part of `BENCHMARKS.md`.
const MD_START: &str = "<!-- zoek-bench:results:start -->";
const MD_END: &str = "<!-- zoek-bench:results:end -->";

#[derive(Debug)]
struct Args {
    passages: Vec<usize>,
    queries: usize,
    batch_reps: usize,
    build_reps: usize,
    query_passes: usize,
    seed: u64,
    out: PathBuf,
    fts: bool,
    pdf: bool,
    prototype: bool,
    update_md: bool,
    keep: bool,
}

fn usage() -> ! {
    eprintln!(
        "usage: cargo bench --bench zoek_bench -- [--passages N[,N…]] [--queries N] [--batch-reps N]
       [--build-reps N] [--query-passes N] [--seed N] [--out DIR] [--no-fts] [--no-pdf] [--prototype] [--update-md] [--keep]

  --passages    corpus sizes, in passages (default 10000,100000)
  --queries     queries of each kind (1-word, 3-word, phrase, filtered; default 200)
  --batch-reps  times the query list is piped through `zoek search --stdin` in one run
                (default 3; three runs are made, engines taking turns, and the median kept)
  --build-reps  builds of each engine, taking turns; the median is kept (default 3)
  --query-passes  timed passes over the queries, engines taking turns; each query's
                median is kept (default 3)
  --seed        generator seed (default 6)
  --out DIR     work folder (default $CARGO_TARGET_DIR/zoek-bench or target/zoek-bench)
  --no-fts      skip the SQLite FTS5 baseline
  --no-pdf      skip the PDF extraction benchmark
  --prototype   also build with the earlier prototype, from zoek's public API: documents
                streamed to a writer given the whole default budget (256 MB) with no
                bound on the rest of the process, then one merged segment
  --update-md   write the results into BENCHMARKS.md between its result marks
  --keep        keep the indexes after the run (corpora are always kept, for reuse)"
    );
    std::process::exit(2)
}

fn parse_args(raw: &[String]) -> Args {
    let target = std::env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("target"));
    let mut a = Args {
        passages: vec![10_000, 100_000],
        queries: 200,
        batch_reps: 3,
        build_reps: 3,
        query_passes: 3,
        seed: 6,
        out: target.join("zoek-bench"),
        fts: true,
        pdf: true,
        prototype: false,
        update_md: false,
        keep: false,
    };
    let mut it = raw.iter();
    let num = |v: Option<&String>| -> usize {
        v.and_then(|s| s.replace('_', "").parse().ok())
            .unwrap_or_else(|| usage())
    };
    while let Some(arg) = it.next() {
        match arg.as_str() {
            "--passages" => {
                a.passages = it
                    .next()
                    .unwrap_or_else(|| usage())
                    .split(',')
                    .map(|s| {
                        let s = s.trim().to_lowercase().replace('_', "");
                        match s.strip_suffix('k').or(s.strip_suffix('m')) {
                            Some(n) if s.ends_with('k') => {
                                n.parse::<usize>().ok().map(|n| n * 1000)
                            }
                            Some(n) => n.parse::<usize>().ok().map(|n| n * 1_000_000),
                            None => s.parse().ok(),
                        }
                        .unwrap_or_else(|| usage())
                    })
                    .collect()
            }
            "--queries" => a.queries = num(it.next()),
            "--batch-reps" => a.batch_reps = num(it.next()).max(1),
            "--build-reps" => a.build_reps = num(it.next()).max(1),
            "--query-passes" => a.query_passes = num(it.next()).max(1),
            "--seed" => a.seed = num(it.next()) as u64,
            "--out" => a.out = PathBuf::from(it.next().unwrap_or_else(|| usage())),
            "--no-fts" => a.fts = false,
            "--no-pdf" => a.pdf = false,
            "--prototype" => a.prototype = true,
            "--update-md" => a.update_md = true,
            "--keep" => a.keep = true,
            // cargo passes --bench to bench targets; ignore it and libtest's filters.
            "--bench" => {}
            "-h" | "--help" => usage(),
            other if other.starts_with('-') => usage(),
            _ => {}
        }
    }
    a
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn main() {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    if raw.first().map(String::as_str) == Some("--child") {
        child(&raw[1..]);
        return;
    }
    let args = parse_args(&raw);
    std::fs::create_dir_all(args.out.join("results")).expect("create the work folder");
    let machine = machine();
    println!("{machine}");
    std::fs::write(args.out.join("results/machine.md"), &machine).expect("write results");
    let vocab = corpus::Vocabulary::load(&repo());
    for &n in &args.passages {
        let section = run_size(&args, &vocab, n);
        println!("{section}");
        std::fs::write(args.out.join(format!("results/{n:08}.md")), &section)
            .expect("write results");
    }
    if args.pdf {
        match pdf::poppler_version() {
            None => println!(
                "PDF: pdftotext not found, skipped (install poppler-utils: apt-get install -y poppler-utils)"
            ),
            Some(v) => {
                let rows = pdf::measure(&repo(), 5);
                let section = pdf::report(&rows, &v);
                println!("{section}");
                std::fs::write(args.out.join("results/pdf.md"), &section).expect("write results");
            }
        }
    }
    if args.update_md {
        update_md(&args.out.join("results"));
    }
}

// ---------------------------------------------------------------------------------------
// One corpus size.

/// What the generator wrote, kept next to the corpus so a later run can reuse it.
#[derive(Serialize, Deserialize)]
struct Stamp {
    generator: u32,
    seed: u64,
    passages: usize,
    files: usize,
    bytes: u64,
    distinct_tail_words: usize,
    phrases: Vec<String>,
}

fn corpus_for(args: &Args, vocab: &corpus::Vocabulary, n: usize) -> (PathBuf, Stamp) {
    let dir = args.out.join(format!("corpus-{n}"));
    let stamp_path = args.out.join(format!("corpus-{n}.json"));
    if let Ok(s) = std::fs::read_to_string(&stamp_path)
        && let Ok(stamp) = serde_json::from_str::<Stamp>(&s)
        && stamp.generator == corpus::GENERATOR_VERSION
        && stamp.seed == args.seed
        && dir.is_dir()
    {
        eprintln!("[{n}] reusing corpus {}", dir.display());
        return (dir, stamp);
    }
    let _ = std::fs::remove_dir_all(&dir);
    let t = Instant::now();
    let stats = corpus::generate(vocab, args.seed, n, &dir);
    eprintln!(
        "[{n}] generated {} files, {:.1} MB in {:.1} s",
        stats.files,
        stats.bytes as f64 / 1e6,
        t.elapsed().as_secs_f64()
    );
    let stamp = Stamp {
        generator: corpus::GENERATOR_VERSION,
        seed: args.seed,
        passages: stats.planned_passages,
        files: stats.files,
        bytes: stats.bytes,
        distinct_tail_words: stats.distinct_tail_words,
        phrases: stats.phrases,
    };
    std::fs::write(&stamp_path, serde_json::to_string(&stamp).expect("json")).expect("stamp");
    (dir, stamp)
}

/// A build as a child process reports it.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Build {
    secs: f64,
    /// Reading and splitting (zoek: until the last file is split).
    split_secs: f64,
    /// zoek: adding documents to the writer; FTS5: inserting rows.
    add_secs: f64,
    /// Commit, and for zoek waiting for merges.
    commit_secs: f64,
    files: usize,
    passages: usize,
    failed: usize,
    peak_rss_kb: u64,
    /// Peak anonymous resident memory (heap), sampled every 20 ms.
    #[serde(default)]
    peak_anon_kb: u64,
    /// CPU time of the build process, user + system, all threads: less sensitive than
    /// wall time to other load on the machine.
    #[serde(default)]
    cpu_secs: f64,
    segments: usize,
    note: String,
    /// The times of all repetitions (filled in by the parent).
    #[serde(default)]
    runs: String,
}

fn run_child(args: &[&str]) -> Build {
    let exe = std::env::current_exe().expect("own path");
    let out = Command::new(exe)
        .arg("--child")
        .args(args)
        .stderr(Stdio::inherit())
        .output()
        .expect("run child");
    assert!(out.status.success(), "child {args:?} failed");
    let line = String::from_utf8_lossy(&out.stdout);
    serde_json::from_str(line.trim()).unwrap_or_else(|e| panic!("child said {line:?}: {e}"))
}

struct Query {
    kind: &'static str,
    zoek: String,
    fts: fts::FtsQuery,
}

const KINDS: &[&str] = &["1-word", "3-word", "phrase", "filtered"];

/// The query set: the same for every corpus size (words present in the smallest).
fn queries(vocab: &corpus::Vocabulary, stamp: &Stamp, seed: u64, per_kind: usize) -> Vec<Query> {
    let mut rng = corpus::Rng::new(seed ^ 0x0051_7E55, 99);
    let word = |rng: &mut corpus::Rng| {
        if rng.f64() < 0.7 {
            vocab.query_word(rng)
        } else {
            vocab.query_tail_word(rng)
        }
    };
    let mut out = Vec::new();
    for &kind in KINDS {
        for _ in 0..per_kind {
            let q = match kind {
                "1-word" => {
                    let w = word(&mut rng);
                    Query {
                        kind,
                        fts: fts::FtsQuery {
                            expr: format!("{FTS_COLUMNS} : {}", fts::quote(&w)),
                            fractie: None,
                            from: None,
                        },
                        zoek: w,
                    }
                }
                "3-word" => {
                    let ws: Vec<String> = (0..3).map(|_| word(&mut rng)).collect();
                    let ors: Vec<String> = ws.iter().map(|w| fts::quote(w)).collect();
                    Query {
                        kind,
                        fts: fts::FtsQuery {
                            expr: format!("{FTS_COLUMNS} : ({})", ors.join(" OR ")),
                            fractie: None,
                            from: None,
                        },
                        zoek: ws.join(" "),
                    }
                }
                "phrase" => {
                    let p = rng.pick(&stamp.phrases).to_lowercase();
                    Query {
                        kind,
                        fts: fts::FtsQuery {
                            expr: format!("{FTS_COLUMNS} : {}", fts::quote(&p)),
                            fractie: None,
                            from: None,
                        },
                        zoek: format!("\"{p}\""),
                    }
                }
                _ => {
                    let w = word(&mut rng);
                    let f = *rng.pick(FILTER_FRACTIES);
                    let year = rng.range(1998, 2020);
                    Query {
                        kind,
                        fts: fts::FtsQuery {
                            expr: format!("{FTS_COLUMNS} : {}", fts::quote(&w)),
                            fractie: Some(f.to_string()),
                            from: Some(format!("{year}-01-01")),
                        },
                        zoek: format!("{w} fractie:{f} from:{year}-01-01"),
                    }
                }
            };
            out.push(q);
        }
    }
    out
}

/// Latencies of one kind of query, in milliseconds.
#[derive(Default, Clone)]
struct Lat {
    p50: f64,
    p95: f64,
    p99: f64,
    mean_total: f64,
}

/// Nearest-rank percentiles of per-query times.
fn lat(mut ms: Vec<f64>, totals: &[usize]) -> Lat {
    ms.sort_by(f64::total_cmp);
    let at = |p: f64| ms[((p * ms.len() as f64).ceil() as usize).clamp(1, ms.len()) - 1];
    Lat {
        p50: at(0.50),
        p95: at(0.95),
        p99: at(0.99),
        mean_total: totals.iter().sum::<usize>() as f64 / totals.len().max(1) as f64,
    }
}

fn median(mut xs: Vec<f64>) -> f64 {
    xs.sort_by(f64::total_cmp);
    xs[xs.len() / 2]
}

/// An engine under test: runs one query and returns its total number of matches.
type Engine<'a> = Box<dyn FnMut(&Query) -> usize + 'a>;

/// Time every query on every engine, `passes` times, the engines taking turns within
/// each pass so that load from elsewhere on the machine falls on all of them alike.
/// Each query's time is the median of its passes; then percentiles per kind.
fn time_queries(qs: &[Query], engines: &mut [Engine<'_>], passes: usize) -> Vec<Vec<Lat>> {
    let mut times: Vec<Vec<Vec<f64>>> = vec![vec![Vec::new(); qs.len()]; engines.len()];
    let mut totals: Vec<Vec<usize>> = vec![vec![0; qs.len()]; engines.len()];
    for e in engines.iter_mut() {
        for q in qs {
            e(q); // warm-up: page cache, lazily opened files
        }
    }
    for pass in 0..passes {
        for k in 0..engines.len() {
            let k = if pass % 2 == 0 {
                k
            } else {
                engines.len() - 1 - k
            };
            for (i, q) in qs.iter().enumerate() {
                let t = Instant::now();
                totals[k][i] = engines[k](q);
                times[k][i].push(t.elapsed().as_secs_f64() * 1e3);
            }
        }
    }
    (0..engines.len())
        .map(|k| {
            KINDS
                .iter()
                .map(|kind| {
                    let idx: Vec<usize> = (0..qs.len()).filter(|&i| qs[i].kind == *kind).collect();
                    lat(
                        idx.iter().map(|&i| median(times[k][i].clone())).collect(),
                        &idx.iter().map(|&i| totals[k][i]).collect::<Vec<_>>(),
                    )
                })
                .collect()
        })
        .collect()
}

/// Pipe the queries `reps` times through `zoek search --stdin` (on `threads` threads, or
/// on all cores, its default); queries per second.
fn zoek_batch(index: &Path, qs: &[Query], reps: usize, threads: Option<usize>) -> (f64, usize) {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_zoek"));
    cmd.args(["search", "--stdin"]);
    if let Some(t) = threads {
        cmd.args(["--threads", &t.to_string()]);
    }
    let mut child = cmd
        .arg("--index")
        .arg(index)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("spawn zoek");
    let input: String = (0..reps)
        .flat_map(|_| qs.iter().map(|q| format!("{}\n", q.zoek)))
        .collect();
    let t = Instant::now();
    let mut stdin = child.stdin.take().expect("stdin");
    let feeder = std::thread::spawn(move || {
        stdin.write_all(input.as_bytes()).expect("write queries");
    });
    let stdout = child.stdout.take().expect("stdout");
    let mut lines = 0;
    let mut errors = 0;
    for line in std::io::BufReader::new(stdout).lines() {
        let line = line.expect("read results");
        if line.contains("\"error\"") && !line.contains("\"hits\"") {
            errors += 1;
        }
        lines += 1;
    }
    feeder.join().expect("feeder");
    assert!(child.wait().expect("zoek exits").success());
    let secs = t.elapsed().as_secs_f64();
    assert_eq!(lines, qs.len() * reps, "one result line per query");
    (lines as f64 / secs, errors)
}

/// The same queries through the baseline, in process, each result serialized to JSON.
fn fts_batch(conn: &rusqlite::Connection, qs: &[Query], reps: usize) -> f64 {
    let mut sink = BufWriter::new(std::io::sink());
    let t = Instant::now();
    for _ in 0..reps {
        for q in qs {
            let r = fts::search(conn, &q.fts, 10).expect("fts query");
            serde_json::to_writer(&mut sink, &r).expect("json");
            sink.write_all(b"\n").expect("sink");
        }
    }
    (qs.len() * reps) as f64 / t.elapsed().as_secs_f64()
}

fn dir_size(p: &Path) -> u64 {
    walkdir::WalkDir::new(p)
        .into_iter()
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

/// A row of the report: a metric and its value for zoek, the baseline and the prototype.
struct Row {
    metric: String,
    values: [Option<f64>; 3],
    /// Digits after the point.
    prec: usize,
    /// Higher is better (throughput) rather than lower (time, memory, size).
    higher: bool,
}

fn row(metric: impl Into<String>, values: [Option<f64>; 3], prec: usize, higher: bool) -> Row {
    Row {
        metric: metric.into(),
        values,
        prec,
        higher,
    }
}

/// The Markdown table: values, zoek ÷ FTS5, and how many times better zoek is.
fn table(rows: &[Row], proto: bool) -> String {
    let mut s = String::from("| metric | zoek | SQLite FTS5 | zoek ÷ FTS5 | zoek better by |");
    if proto {
        s.push_str(" prototype | prototype better by |");
    }
    s.push_str("\n| --- | ---: | ---: | ---: | ---: |");
    if proto {
        s.push_str(" ---: | ---: |");
    }
    s.push('\n');
    let f = |v: Option<f64>, p: usize| v.map_or("–".to_string(), |v| format!("{v:.p$}"));
    let better = |z: Option<f64>, b: Option<f64>, higher: bool| match (z, b) {
        (Some(z), Some(b)) if z > 0.0 && b > 0.0 => {
            format!("{:.2}×", if higher { z / b } else { b / z })
        }
        _ => "–".into(),
    };
    for r in rows {
        let [z, b, p] = r.values;
        let ratio = match (z, b) {
            (Some(z), Some(b)) if b > 0.0 => format!("{:.2}", z / b),
            _ => "–".into(),
        };
        s.push_str(&format!(
            "| {} | {} | {} | {ratio} | {} |",
            r.metric,
            f(z, r.prec),
            f(b, r.prec),
            better(z, b, r.higher)
        ));
        if proto {
            s.push_str(&format!(" {} | {} |", f(p, r.prec), better(p, b, r.higher)));
        }
        s.push('\n');
    }
    s
}

/// The build whose time is the median of its repetitions; the peak memory of all.
fn median_build(mut builds: Vec<Build>) -> Option<Build> {
    if builds.is_empty() {
        return None;
    }
    let peak = builds.iter().map(|b| b.peak_rss_kb).max().unwrap_or(0);
    let peak_anon = builds.iter().map(|b| b.peak_anon_kb).max().unwrap_or(0);
    let all: Vec<String> = builds.iter().map(|b| format!("{:.1}", b.secs)).collect();
    builds.sort_by(|a, b| a.secs.total_cmp(&b.secs));
    let mut m = builds.swap_remove(builds.len() / 2);
    m.peak_rss_kb = peak;
    m.peak_anon_kb = peak_anon;
    m.runs = all.join(", ");
    Some(m)
}

fn run_size(args: &Args, vocab: &corpus::Vocabulary, n: usize) -> String {
    let (corpus_dir, stamp) = corpus_for(args, vocab, n);
    let mb = stamp.bytes as f64 / 1e6;
    let zdir = args.out.join(format!("zoek-index-{n}"));
    let pdir = args.out.join(format!("zoek-proto-{n}"));
    let db = args.out.join(format!("fts5-{n}.sqlite"));
    let cs = corpus_dir.to_string_lossy().into_owned();

    // Builds, the engines taking turns (and the order reversed every other round).
    let mut engines = vec!["zoek"];
    if args.fts {
        engines.push("fts");
    }
    if args.prototype {
        engines.push("proto");
    }
    let (mut zbs, mut fbs, mut pbs) = (Vec::new(), Vec::new(), Vec::new());
    for rep in 0..args.build_reps {
        let mut order = engines.clone();
        if rep % 2 == 1 {
            order.reverse();
        }
        for e in order {
            eprintln!("[{n}] {e} build ({}/{})…", rep + 1, args.build_reps);
            let b = match e {
                "zoek" => run_child(&["zoek-build", &cs, &zdir.to_string_lossy()]),
                "fts" => run_child(&["fts-build", &cs, &db.to_string_lossy()]),
                _ => run_child(&["proto-build", &cs, &pdir.to_string_lossy()]),
            };
            eprintln!("[{n}] {e} build {:.1} s, {} passages", b.secs, b.passages);
            match e {
                "zoek" => zbs.push(b),
                "fts" => fbs.push(b),
                _ => pbs.push(b),
            }
        }
    }
    let zb = median_build(zbs).expect("zoek build");
    let fb = median_build(fbs);
    let pb = median_build(pbs);
    let zsize = Some(dir_size(&zdir) as f64 / 1e6);
    let fsize = fb
        .as_ref()
        .map(|_| std::fs::metadata(&db).map_or(0, |m| m.len()) as f64 / 1e6);
    let psize = pb.as_ref().map(|_| dir_size(&pdir) as f64 / 1e6);

    // Queries in process.
    let qs = queries(vocab, &stamp, args.seed, args.queries);
    // The query list, for running it by hand: zoek search --stdin --index DIR < FILE.
    let list: String = qs.iter().map(|q| format!("{}\n", q.zoek)).collect();
    std::fs::write(args.out.join(format!("queries-{n}.txt")), list).expect("write queries");
    eprintln!("[{n}] queries in process…");
    let zindex = ZoekIndex::open(&zdir).expect("open zoek index");
    let conn = fb
        .as_ref()
        .map(|_| rusqlite::Connection::open(&db).expect("open FTS5 db"));
    let pindex = pb
        .as_ref()
        .map(|_| ZoekIndex::open(&pdir).expect("open prototype index"));
    let zoek_engine = |index: &ZoekIndex, q: &Query| {
        index
            .search(&SearchRequest::new(q.zoek.clone()))
            .expect("zoek query")
            .total
    };
    let mut runs: Vec<Engine<'_>> = vec![Box::new(|q: &Query| zoek_engine(&zindex, q))];
    if let Some(c) = &conn {
        runs.push(Box::new(move |q: &Query| {
            fts::search(c, &q.fts, 10).expect("fts query").total
        }));
    }
    if let Some(p) = &pindex {
        runs.push(Box::new(move |q: &Query| zoek_engine(p, q)));
    }
    let mut lats = time_queries(&qs, &mut runs, args.query_passes).into_iter();
    drop(runs);
    let zlat = lats.next().expect("zoek latencies");
    let flat = conn.as_ref().and_then(|_| lats.next());
    let plat = pindex.as_ref().and_then(|_| lats.next());

    // Batch throughput, taking turns; the median of the rounds.
    eprintln!("[{n}] batch queries…");
    let (mut zq, mut zq1, mut fq, mut pq, mut zerr) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new(), 0);
    for round in 0..3 {
        let mut order = engines.clone();
        if round % 2 == 1 {
            order.reverse();
        }
        for e in order {
            match e {
                "zoek" => {
                    let (qps, err) = zoek_batch(&zdir, &qs, args.batch_reps, None);
                    zq.push(qps);
                    zerr += err;
                    // One thread, as the baseline's loop runs.
                    let (qps, err) = zoek_batch(&zdir, &qs, args.batch_reps, Some(1));
                    zq1.push(qps);
                    zerr += err;
                }
                "fts" => fq.push(fts_batch(
                    conn.as_ref().expect("baseline"),
                    &qs,
                    args.batch_reps,
                )),
                _ => pq.push(zoek_batch(&pdir, &qs, args.batch_reps, None).0),
            }
        }
    }
    let med = |v: Vec<f64>| (!v.is_empty()).then(|| median(v));

    let both = |z: f64, f: Option<f64>, p: Option<f64>| [Some(z), f, p];
    let of = |b: &Option<Build>, g: &dyn Fn(&Build) -> f64| b.as_ref().map(g);
    let mut rows = vec![
        row("corpus: text files", [Some(stamp.files as f64); 3], 0, true),
        row("corpus: MB of text", [Some(mb); 3], 1, true),
        row(
            "passages indexed (zoek's splitter)",
            both(
                zb.passages as f64,
                of(&fb, &|b| b.passages as f64),
                of(&pb, &|b| b.passages as f64),
            ),
            0,
            true,
        ),
        row(
            "build: total s (median)",
            both(zb.secs, of(&fb, &|b| b.secs), of(&pb, &|b| b.secs)),
            1,
            false,
        ),
        row(
            "build: MB/s of text",
            both(
                mb / zb.secs,
                of(&fb, &|b| mb / b.secs),
                of(&pb, &|b| mb / b.secs),
            ),
            2,
            true,
        ),
        row(
            "build: passages/s",
            both(
                zb.passages as f64 / zb.secs,
                of(&fb, &|b| b.passages as f64 / b.secs),
                of(&pb, &|b| b.passages as f64 / b.secs),
            ),
            0,
            true,
        ),
        row(
            "build: CPU s (user+sys, all threads)",
            both(
                zb.cpu_secs,
                of(&fb, &|b| b.cpu_secs),
                of(&pb, &|b| b.cpu_secs),
            ),
            1,
            false,
        ),
        row(
            "build: read+split s",
            both(
                zb.split_secs,
                of(&fb, &|b| b.split_secs),
                of(&pb, &|b| b.split_secs),
            ),
            1,
            false,
        ),
        row(
            "build: add/insert s",
            both(
                zb.add_secs,
                of(&fb, &|b| b.add_secs),
                of(&pb, &|b| b.add_secs),
            ),
            1,
            false,
        ),
        row(
            "build: commit (+merge) s",
            both(
                zb.commit_secs,
                of(&fb, &|b| b.commit_secs),
                of(&pb, &|b| b.commit_secs),
            ),
            1,
            false,
        ),
        row(
            "build: peak RSS MB (VmHWM, with mapped index files)",
            both(
                zb.peak_rss_kb as f64 / 1024.0,
                of(&fb, &|b| b.peak_rss_kb as f64 / 1024.0),
                of(&pb, &|b| b.peak_rss_kb as f64 / 1024.0),
            ),
            0,
            false,
        ),
        row(
            "build: peak heap MB (anonymous RSS, sampled)",
            both(
                zb.peak_anon_kb as f64 / 1024.0,
                of(&fb, &|b| b.peak_anon_kb as f64 / 1024.0),
                of(&pb, &|b| b.peak_anon_kb as f64 / 1024.0),
            ),
            0,
            false,
        ),
        row("index size on disk MB", [zsize, fsize, psize], 1, false),
        row(
            "index segments",
            both(zb.segments as f64, None, of(&pb, &|b| b.segments as f64)),
            0,
            false,
        ),
    ];
    for (i, k) in KINDS.iter().enumerate() {
        let pick = |l: &Option<Vec<Lat>>, g: &dyn Fn(&Lat) -> f64| l.as_ref().map(|l| g(&l[i]));
        let zl = Some(zlat.clone());
        for (name, g) in [
            ("p50 ms", &(|l: &Lat| l.p50) as &dyn Fn(&Lat) -> f64),
            ("p95 ms", &|l: &Lat| l.p95),
            ("p99 ms", &|l: &Lat| l.p99),
        ] {
            rows.push(row(
                format!("{k}: {name}"),
                [pick(&zl, g), pick(&flat, g), pick(&plat, g)],
                3,
                false,
            ));
        }
        rows.push(row(
            format!("{k}: mean matches"),
            [
                pick(&zl, &|l| l.mean_total),
                pick(&flat, &|l| l.mean_total),
                pick(&plat, &|l| l.mean_total),
            ],
            0,
            true,
        ));
    }
    rows.push(row(
        "batch: queries/s (zoek `search --stdin`, all cores; FTS5 loop in process, one thread)",
        [med(zq), med(fq.clone()), med(pq)],
        0,
        true,
    ));
    rows.push(row(
        "batch: queries/s (zoek `search --stdin --threads 1`; FTS5 loop in process)",
        [med(zq1), med(fq), None],
        0,
        true,
    ));

    let mut s = format!("### {n} passages\n\n{}\n", table(&rows, args.prototype));
    s.push_str(&format!(
        "Corpus: seed {}, {} files, {:.1} MB; {} distinct words past corpus-sample's {} (Dutch word list and compounds). \
         Builds: {} rounds, engines taking turns; zoek {} s, FTS5 {} s{}. \
         zoek memory budget {} MB (the whole process: `zoek index --memory`), merged into one segment after the build; {} files failed. \
         Queries: {} ({} of each kind), median of {} passes each; batch: the list × {} per run, median of 3 runs ({} errors).\n",
        args.seed,
        stamp.files,
        mb,
        stamp.distinct_tail_words,
        vocab.head_len(),
        args.build_reps,
        zb.runs,
        fb.as_ref().map_or("–".into(), |b| b.runs.clone()),
        pb.as_ref()
            .map_or(String::new(), |b| format!(", prototype {} s", b.runs)),
        zoek::index::DEFAULT_WRITER_BUDGET / (1024 * 1024),
        zb.failed,
        qs.len(),
        args.queries,
        args.query_passes,
        args.batch_reps,
        zerr,
    ));
    if let Some(p) = &pb {
        s.push_str(&format!("\nPrototype: {}.\n", p.note));
    }
    drop(zindex);
    drop(pindex);
    if !args.keep {
        let _ = std::fs::remove_dir_all(&zdir);
        let _ = std::fs::remove_dir_all(&pdir);
        let _ = std::fs::remove_file(&db);
    }
    s
}

// ---------------------------------------------------------------------------------------
// Children: one build each, reporting its own peak memory.

fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

/// CPU time of this process so far (user + system, all threads), from /proc/self/stat.
fn cpu_secs() -> f64 {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            // Fields after the command name (which is in parentheses and may hold spaces).
            let rest = &s[s.rfind(')')? + 2..];
            let f: Vec<&str> = rest.split(' ').collect();
            let utime: f64 = f.get(11)?.parse().ok()?;
            let stime: f64 = f.get(12)?.parse().ok()?;
            Some((utime + stime) / 100.0) // USER_HZ is 100 on Linux
        })
        .unwrap_or(0.0)
}

/// Timestamps of index_folder's phases, from its progress events.
struct Timeline {
    t0: Instant,
    last_file: Mutex<f64>,
    committing: Mutex<f64>,
}

impl Progress for Timeline {
    fn file_done(&self, _path: &Path) {
        let t = self.t0.elapsed().as_secs_f64();
        let mut l = self.last_file.lock().expect("lock");
        *l = l.max(t);
    }
    fn committing(&self) {
        *self.committing.lock().expect("lock") = self.t0.elapsed().as_secs_f64();
    }
}

/// Resident anonymous memory (heap, not mapped index files) of this process, in kB.
fn rss_anon_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("RssAnon:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        })
        .unwrap_or(0)
}

fn child(args: &[String]) {
    // VmHWM counts the index files tantivy maps into memory as well as the heap; a
    // sampler keeps the peak of the heap alone (anonymous memory), which is what the
    // writer's memory budget is about.
    let peak_anon = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0));
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let sampler = {
        let (peak_anon, done) = (peak_anon.clone(), done.clone());
        std::thread::spawn(move || {
            use std::sync::atomic::Ordering;
            while !done.load(Ordering::Relaxed) {
                peak_anon.fetch_max(rss_anon_kb(), Ordering::Relaxed);
                std::thread::sleep(std::time::Duration::from_millis(20));
            }
        })
    };
    let mut build = match args {
        [kind, corpus, target] if kind == "zoek-build" => {
            zoek_build(Path::new(corpus), Path::new(target))
        }
        [kind, corpus, target] if kind == "fts-build" => {
            fts_build(Path::new(corpus), Path::new(target))
        }
        [kind, corpus, target] if kind == "proto-build" => {
            proto_build(Path::new(corpus), Path::new(target))
        }
        _ => usage(),
    };
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    sampler.join().expect("sampler");
    build.peak_anon_kb = peak_anon
        .load(std::sync::atomic::Ordering::Relaxed)
        .max(rss_anon_kb());
    println!("{}", serde_json::to_string(&build).expect("json"));
}

/// zoek's build as users run it: `index_folder` with the default options.
fn zoek_build(corpus: &Path, target: &Path) -> Build {
    let _ = std::fs::remove_dir_all(target);
    let t0 = Instant::now();
    let tl = Timeline {
        t0,
        last_file: Mutex::new(0.0),
        committing: Mutex::new(0.0),
    };
    let mut index = ZoekIndex::open_or_create(target).expect("create index");
    let summary = index
        .index_folder(corpus, &IndexOptions::default(), &tl)
        .expect("index folder");
    let secs = t0.elapsed().as_secs_f64();
    let split = *tl.last_file.lock().expect("lock");
    let committing = *tl.committing.lock().expect("lock");
    Build {
        secs,
        split_secs: split,
        add_secs: committing - split,
        commit_secs: secs - committing,
        files: summary.files_indexed(),
        passages: summary.passages_added as usize,
        failed: summary.failed.len(),
        peak_rss_kb: peak_rss_kb(),
        peak_anon_kb: 0,
        cpu_secs: cpu_secs(),
        segments: index.reader().searcher().segment_readers().len(),
        note: String::new(),
        runs: String::new(),
    }
}

fn corpus_files(corpus: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(corpus)
        .sort_by_file_name()
        .into_iter()
        .flatten()
        .filter(|e| e.file_type().is_file() && zoek::read::Format::of(e.path()).is_some())
        .map(|e| e.into_path())
        .collect();
    files.sort();
    files
}

/// The baseline's build: zoek's reader and splitter in parallel (chunks of files, so
/// memory stays flat), the passages inserted into FTS5 in one transaction.
fn fts_build(corpus: &Path, db: &Path) -> Build {
    use rayon::prelude::*;
    let t0 = Instant::now();
    let mut conn = fts::create(db).expect("create FTS5 table");
    let tx = conn.transaction().expect("begin");
    let files = corpus_files(corpus);
    let (mut split, mut add, mut passages, mut failed) = (0.0, 0.0, 0, 0);
    for chunk in files.chunks(256) {
        let t = Instant::now();
        let parts: Vec<zoek::Result<Vec<zoek::Passage>>> = chunk
            .par_iter()
            .map(|p| read_and_split(&p.canonicalize().expect("path")))
            .collect();
        split += t.elapsed().as_secs_f64();
        let t = Instant::now();
        for part in parts {
            match part {
                Ok(ps) => {
                    passages += ps.len();
                    fts::insert(&tx, &ps).expect("insert");
                }
                Err(_) => failed += 1,
            }
        }
        add += t.elapsed().as_secs_f64();
    }
    let t = Instant::now();
    tx.commit().expect("commit");
    drop(conn);
    let commit = t.elapsed().as_secs_f64();
    Build {
        secs: t0.elapsed().as_secs_f64(),
        split_secs: split,
        add_secs: add,
        commit_secs: commit,
        files: files.len(),
        passages,
        failed,
        peak_rss_kb: peak_rss_kb(),
        peak_anon_kb: 0,
        cpu_secs: cpu_secs(),
        segments: 0,
        note: String::new(),
        runs: String::new(),
    }
}

/// The recommended `index_folder`, from the public API: the Dutch analyzer with a
/// stem cache; files read, split and turned into documents on rayon's threads and
/// streamed through a bounded channel into the writer (so splitting overlaps indexing
/// and memory stays bounded by the writer budget plus the channel); then the segments
/// merged into one.
fn proto_build(corpus: &Path, target: &Path) -> Build {
    use rayon::prelude::*;
    let _ = std::fs::remove_dir_all(target);
    let t0 = Instant::now();
    let index = ZoekIndex::open_or_create(target).expect("create index");
    let threads = std::thread::available_parallelism().map_or(2, |n| n.get());
    let budget = zoek::index::DEFAULT_WRITER_BUDGET;
    let mut writer: tantivy::IndexWriter = index
        .tantivy()
        .writer_with_num_threads(threads, budget)
        .expect("writer");
    let files = corpus_files(corpus);
    let (tx, rx) = std::sync::mpsc::sync_channel::<Vec<tantivy::TantivyDocument>>(64);
    let nfiles = files.len();
    let (passages, failed) = std::thread::scope(|s| {
        let index = &index;
        let producer = s.spawn(move || {
            files
                .par_iter()
                .map(|p| match read_and_split(&p.canonicalize().expect("path")) {
                    Ok(ps) => {
                        let docs: Vec<_> = ps.iter().map(|p| index.to_document(p)).collect();
                        let n = docs.len();
                        tx.send(docs).expect("send");
                        (n, 0)
                    }
                    Err(_) => (0, 1),
                })
                .reduce(|| (0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
        });
        for docs in rx {
            for d in docs {
                writer.add_document(d).expect("add");
            }
        }
        producer.join().expect("producer")
    });
    let added = t0.elapsed().as_secs_f64();
    writer.commit().expect("commit");
    let committed = t0.elapsed().as_secs_f64();
    let ids = index.tantivy().searchable_segment_ids().expect("segments");
    if ids.len() > 1 {
        writer.merge(&ids).wait().expect("merge");
    }
    writer.wait_merging_threads().expect("merge threads");
    let secs = t0.elapsed().as_secs_f64();
    index.reader().reload().expect("reload");
    Build {
        secs,
        split_secs: added,
        add_secs: committed - added,
        commit_secs: secs - committed,
        files: nfiles,
        passages,
        failed,
        peak_rss_kb: peak_rss_kb(),
        peak_anon_kb: 0,
        cpu_secs: cpu_secs(),
        segments: index.reader().searcher().segment_readers().len(),
        note: format!(
            "zoek's public API with one change (the stem cache it recommended is in the library now): files read, split and turned into documents on rayon's threads and streamed through a bounded channel (64 files' passages) into the writer \
             ({threads} writer threads, {} MB budget) instead of all passages collected first; then the segments merged into one. \
             Its queries go through the unchanged library",
            budget / (1024 * 1024)
        ),
        runs: String::new(),
    }
}

// ---------------------------------------------------------------------------------------
// The machine and BENCHMARKS.md.

fn machine() -> String {
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let cpu = cpuinfo
        .lines()
        .find_map(|l| {
            l.strip_prefix("model name")
                .map(|v| v.trim_start_matches([' ', '\t', ':']).to_string())
        })
        .unwrap_or_else(|| "unknown".into());
    let mem = std::fs::read_to_string("/proc/meminfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find_map(|l| l.strip_prefix("MemTotal:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<f64>().ok())
        })
        .map_or("unknown".into(), |kb| {
            format!("{:.1} GiB", kb / 1024.0 / 1024.0)
        });
    let kernel = std::fs::read_to_string("/proc/sys/kernel/osrelease").unwrap_or_default();
    let rustc = Command::new("rustc")
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    format!(
        "Machine: {} cores ({cpu}), {mem} memory, Linux {}, {rustc}, SQLite {} (bundled, FTS5), {}.\n",
        std::thread::available_parallelism().map_or(0, |n| n.get()),
        kernel.trim(),
        rusqlite::version(),
        pdf::poppler_version().unwrap_or_else(|| "no pdftotext".into()),
    )
}

/// Replace the generated part of `BENCHMARKS.md` with the result files.
fn update_md(results: &Path) {
    let md = repo().join("BENCHMARKS.md");
    let text = std::fs::read_to_string(&md)
        .unwrap_or_else(|_| format!("# Benchmarks\n\n{MD_START}\n{MD_END}\n"));
    let (Some(a), Some(b)) = (text.find(MD_START), text.find(MD_END)) else {
        eprintln!("BENCHMARKS.md has no {MD_START} … {MD_END} marks: not updated");
        return;
    };
    let mut files: Vec<PathBuf> = std::fs::read_dir(results)
        .expect("results")
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    let mut body = String::new();
    let order = |p: &PathBuf| match p.file_stem().and_then(|s| s.to_str()) {
        Some("machine") => 0,
        Some("pdf") => 2,
        _ => 1,
    };
    files.sort_by_key(|p| (order(p), p.clone()));
    for f in files {
        body.push_str(&std::fs::read_to_string(&f).unwrap_or_default());
        body.push('\n');
    }
    let new = format!("{}{MD_START}\n\n{body}{}", &text[..a], &text[b..]);
    std::fs::write(&md, new).expect("write BENCHMARKS.md");
    eprintln!("updated {}", md.display());
}

/// Read and split one document, as `zoek index` does for each file.
fn read_and_split(path: &std::path::Path) -> zoek::Result<Vec<zoek::Passage>> {
    zoek::read::read_document(path).map(|d| zoek::split::split_document(&d))
}
