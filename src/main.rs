//! The `zoek` command: parses arguments, calls the library, prints.

use anyhow::{Context, Result, bail};
use clap::{Args, Parser, Subcommand};
use std::io::{BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use zoek::index::{IndexOptions, Progress};
use zoek::text::first_words;
use zoek::{Filters, Hit, PassageKind, Role, SearchRequest, ZoekIndex};

/// Passage-level search in Dutch parliamentary records.
///
/// `zoek QUERY` is short for `zoek search QUERY`.
#[derive(Parser)]
#[command(name = "zoek", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Index the documents (.txt, .md, .pdf) of a folder: only what changed since the last run.
    Index(IndexArgs),
    /// Search the index.
    Search(Box<SearchArgs>),
    /// Measure relevance on a graded query set: nDCG@10, MRR and recall@10 of zoek and of a
    /// plain baseline, feature by feature.
    Eval {
        /// The query set (JSON, like tests/relevance/queries.json).
        queries: PathBuf,
        /// The folder of documents the judgments refer to [default: the `corpus` the set
        /// names, else corpus-sample].
        #[arg(long)]
        corpus: Option<PathBuf>,
        /// Also print zoek's figures per query.
        #[arg(long, short)]
        verbose: bool,
        /// Print JSON instead of a table.
        #[arg(long)]
        json: bool,
        /// A second assessor's judgments of the same queries (same ids): also print the
        /// nDCG@10 they reach when scored against the set's, the ceiling two careful
        /// readers allow.
        #[arg(long, value_name = "SET")]
        assessor: Option<PathBuf>,
    },
    /// Show the passages of one document, without indexing it.
    Split {
        /// The document.
        file: PathBuf,
        /// Print JSON: {"source": …, "passages": [ … ]}.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Args)]
struct IndexArgs {
    /// The folder to index.
    #[arg(required_unless_present = "extract_pdf")]
    folder: Option<PathBuf>,
    #[command(flatten)]
    location: Location,
    /// Read every file again and rebuild the folder's part of the index (or the whole
    /// index, when another schema version built it).
    #[arg(long)]
    full: bool,
    /// Threads that read and split files [default: one per core].
    #[arg(long, value_name = "N")]
    threads: Option<usize>,
    /// Memory budget of the whole indexing run, in megabytes (at least 192): the
    /// writer gets what remains after zoek's own needs.
    #[arg(long, value_name = "MB", default_value_t = 256)]
    memory: usize,
    /// Refuse files larger than this many megabytes.
    #[arg(long, value_name = "MB", default_value_t = 200)]
    max_size: u64,
    /// Give up on a file that takes longer than this many seconds to read.
    #[arg(long, value_name = "SECONDS", default_value_t = 60.0)]
    timeout: f64,
    /// Make any failed file fatal: stop, change nothing, exit with status 1.
    #[arg(long)]
    strict: bool,
    /// When another zoek index runs on the same index, wait for it instead of failing.
    #[arg(long)]
    wait: bool,
    /// Print no progress.
    #[arg(long, short)]
    quiet: bool,
    /// Internal: extract the text of one PDF to standard output (zoek runs itself this
    /// way, so a PDF that crashes or hangs the reader cannot take the batch with it).
    #[arg(long, value_name = "FILE", hide = true, conflicts_with = "folder")]
    extract_pdf: Option<PathBuf>,
}

#[derive(Args)]
struct Location {
    /// Index directory [default: $ZOEK_INDEX, else the user's data directory].
    #[arg(long, env = "ZOEK_INDEX", value_name = "DIR")]
    index: Option<PathBuf>,
}

impl Location {
    fn path(&self) -> Result<PathBuf> {
        match &self.index {
            Some(p) => Ok(p.clone()),
            None => directories::ProjectDirs::from("nl", "zoek", "zoek")
                .map(|d| d.data_dir().join("index"))
                .context("cannot find the user's data directory: give the index location with --index DIR"),
        }
    }
}

#[derive(Args)]
struct SearchArgs {
    /// The query: words, "quoted phrases", -excluded words, field:value filters. May be
    /// left out when a filter option is given (`--fractie BBB --sort newest`).
    query: Vec<String>,
    #[command(flatten)]
    location: Location,
    /// Number of hits to show.
    #[arg(long, short = 'n', default_value_t = 10)]
    limit: usize,
    /// Print JSON: {"query": …, "total": N, "hits": [ … ]}.
    #[arg(long)]
    json: bool,
    /// Read one query per line from standard input; print one JSON line of results per query,
    /// in the order of the queries.
    #[arg(long)]
    stdin: bool,
    /// With --stdin: queries answered at once (default: the number of CPU cores).
    #[arg(long, requires = "stdin")]
    threads: Option<usize>,
    /// Only passages of this fractie (any spelling).
    #[arg(long)]
    fractie: Option<String>,
    /// Only passages answered by this minister (name or role words).
    #[arg(long)]
    minister: Option<String>,
    /// Only passages of this speaker.
    #[arg(long)]
    speaker: Option<String>,
    /// Only this Kamerstuk (32317-974) or dossier (32317).
    #[arg(long)]
    kamerstuk: Option<String>,
    /// Only passages of this kind.
    #[arg(long, value_parser = ["qa", "question", "speech", "toezegging", "motie", "section"])]
    kind: Option<String>,
    /// Only this kind of document: brief, besluitenlijst, motie, kamervragen, handelingen, …
    #[arg(long = "type", value_name = "TYPE")]
    doctype: Option<String>,
    /// Only this chamber: tk or ek.
    #[arg(long)]
    chamber: Option<String>,
    /// Only passages of this vergaderjaar: 2017-2018, 2017/18.
    #[arg(long, value_name = "YEARS")]
    vergaderjaar: Option<String>,
    /// Only passages dated on or after this date (YYYY-MM-DD). An undated passage
    /// matches when its whole vergaderjaar lies inside --from/--to.
    #[arg(long, value_name = "DATE")]
    from: Option<String>,
    /// Only passages dated on or before this date (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    to: Option<String>,
    /// Only questions that no passage of the index answers: none in their document or
    /// another, and no notice that a letter answered them.
    #[arg(long)]
    open: bool,
    /// Instead of hits, count the passages holding every word of the query (copies once)
    /// by fractie, speaker, minister, type, kind, vergaderjaar or dossier.
    #[arg(long, value_name = "FACET", value_parser = parse_facet, conflicts_with = "stdin")]
    count: Option<zoek::Facet>,
    /// Print the hits as an RSS 2.0 feed, newest first over every match: follow a dossier
    /// (`--kamerstuk 32317 --rss`), a party's questions or a subject in a feed reader.
    #[arg(long, conflicts_with_all = ["json", "count", "stdin", "explain"])]
    rss: bool,
    /// Show how each hit's score came about.
    #[arg(long)]
    explain: bool,
    /// Show near-duplicates (a concept and its final version, a PDF and its text) as
    /// hits of their own instead of folding them into one.
    #[arg(long)]
    all: bool,
    /// Only passages holding each "quoted phrase" as typed. Without it, when fewer
    /// passages than --limit do, passages holding every word of the phrase otherwise
    /// (apart, inflected, in compounds) follow them, marked as such.
    #[arg(long)]
    exact: bool,
    /// Only passages holding the query's words. Without it, when fewer passages than
    /// --limit do, the passages most like them follow (in a debate, the minister's reply to
    /// a member's turn found), marked as related.
    #[arg(long)]
    no_related: bool,
    /// The order of the hits: relevance (best first), or newest/oldest first over every
    /// passage holding each word of the query.
    #[arg(long, value_name = "ORDER", default_value = "relevance", value_parser = parse_sort)]
    sort: zoek::SortOrder,
}

fn parse_facet(s: &str) -> Result<zoek::Facet, String> {
    zoek::Facet::parse(s).ok_or_else(|| {
        format!("{s:?}: count by fractie, speaker, minister, type, kind, vergaderjaar or dossier")
    })
}

fn parse_sort(s: &str) -> Result<zoek::SortOrder, String> {
    zoek::SortOrder::parse(s).ok_or_else(|| format!("{s:?}: use relevance, newest or oldest"))
}

impl SearchArgs {
    fn request(&self, query: String, filters: Filters) -> SearchRequest {
        let mut req = SearchRequest::new(query);
        req.filters = filters;
        req.limit = self.limit;
        req.explain = self.explain;
        req.config.dedupe = !self.all;
        req.relax_phrases = !self.exact;
        req.sort = self.sort;
        req.config.related = !self.exact && !self.no_related;
        req
    }

    /// A feed's title: the query and the filter options, as typed.
    fn feed_title(&self) -> String {
        let mut parts: Vec<String> = self.query.clone();
        for (name, value) in self.filter_options() {
            if let Some(v) = value {
                parts.push(format!("{name}:{v}"));
            }
        }
        if self.open {
            parts.push("open".to_string());
        }
        format!("zoek: {}", parts.join(" "))
    }

    fn filter_options(&self) -> [(&'static str, &Option<String>); 10] {
        [
            ("fractie", &self.fractie),
            ("minister", &self.minister),
            ("speaker", &self.speaker),
            ("kamerstuk", &self.kamerstuk),
            ("kind", &self.kind),
            ("chamber", &self.chamber),
            ("type", &self.doctype),
            ("vergaderjaar", &self.vergaderjaar),
            ("from", &self.from),
            ("to", &self.to),
        ]
    }

    fn filters(&self) -> Result<Filters> {
        let mut f = Filters::default();
        for (name, value) in self.filter_options() {
            if let Some(v) = value {
                f.set(name, v).with_context(|| format!("--{name}"))?;
            }
        }
        f.open = self.open;
        Ok(f)
    }
}

const SUBCOMMANDS: &[&str] = &["index", "search", "split", "eval", "help"];

fn main() -> ExitCode {
    let mut args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    if let Some(first) = args.get(1).and_then(|a| a.to_str())
        && !SUBCOMMANDS.contains(&first)
        && !matches!(first, "-h" | "--help" | "-V" | "--version")
    {
        args.insert(1, "search".into());
    }
    let cli = Cli::parse_from(args);
    match run(cli) {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            let mut msg = format!("zoek: {e}");
            for cause in e.chain().skip(1) {
                msg.push_str(&format!(": {cause}"));
            }
            eprintln!("{msg}");
            ExitCode::from(1)
        }
    }
}

/// Output piped into a program that stopped reading (`zoek split FILE | head`) is no error.
fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn run(cli: Cli) -> Result<ExitCode> {
    // pdf-extract can panic on malformed files; the library turns that into an error
    // naming the file, so its panic message would only repeat it. Any other panic is a
    // bug of zoek and must not pass in silence.
    std::panic::set_hook(Box::new(|info| {
        let in_pdf_reader = info
            .location()
            .is_some_and(|l| l.file().contains("pdf-extract") || l.file().contains("lopdf"));
        if !in_pdf_reader {
            eprintln!("zoek: internal error, please report it: {info}");
        }
    }));
    match cli.command {
        Command::Index(args) => cmd_index(&args),
        Command::Search(args) => cmd_search(&args),
        Command::Split { file, json } => cmd_split(&file, json),
        Command::Eval {
            queries,
            corpus,
            verbose,
            json,
            assessor,
        } => cmd_eval(
            &queries,
            corpus.as_deref(),
            assessor.as_deref(),
            verbose,
            json,
        ),
    }
}

/// Exit status of `zoek index` when some files failed but the rest was indexed.
const EXIT_PARTIAL: u8 = 3;

/// How often `zoek index` prints a progress line when standard error is not a terminal.
const PLAIN_PROGRESS_EVERY: std::time::Duration = std::time::Duration::from_secs(5);

fn cmd_index(args: &IndexArgs) -> Result<ExitCode> {
    if !(args.timeout.is_finite() && args.timeout > 0.0) {
        bail!(
            "--timeout {}: give a number of seconds above 0",
            args.timeout
        );
    }
    let timeout = std::time::Duration::from_secs_f64(args.timeout);
    if let Some(file) = &args.extract_pdf {
        let code = zoek::read::pdf::worker_main(file, timeout);
        return Ok(ExitCode::from(u8::try_from(code).unwrap_or(1)));
    }
    let Some(folder) = &args.folder else {
        bail!("give the folder of documents to index");
    };
    // A panic while reading a file is caught and reported as that file's failure; any
    // other panic is a bug of zoek and must not pass in silence.
    std::panic::set_hook(Box::new(|info| {
        if std::thread::current().name() != Some(zoek::index::batch::FILE_THREAD) {
            eprintln!("zoek: internal error, please report it: {info}");
        }
    }));
    if !folder.is_dir() {
        bail!(
            "{}: not a folder (give the folder of documents to index)",
            folder.display()
        );
    }
    let started = std::time::Instant::now();
    let index_path = args.location.path()?;
    let mut index = match ZoekIndex::open_or_create(&index_path) {
        Err(zoek::Error::SchemaVersion {
            found, expected, ..
        }) if args.full => {
            eprintln!(
                "zoek: the index at {} was built with schema version {found}; rebuilding it with \
                 version {expected} from {} alone (index its other folders again)",
                index_path.display(),
                folder.display()
            );
            ZoekIndex::recreate(&index_path)?
        }
        other => other?,
    };
    let opts = IndexOptions {
        max_file_size: args.max_size.saturating_mul(1024 * 1024),
        writer_budget: args.memory.saturating_mul(1024 * 1024),
        threads: args.threads.unwrap_or(0),
        timeout,
        full: args.full,
        strict: args.strict,
        wait: args.wait,
        pdf_worker: Some(
            zoek::read::PdfWorker::current_exe(&["index", "--extract-pdf"])
                .context("cannot find the zoek executable to read PDFs with")?,
        ),
    };
    let progress = Bar::new(args.quiet);
    let summary = index.index_folder(folder, &opts, &progress);
    progress.finish();
    let summary = summary?;
    let mut out = std::io::stdout().lock();
    // Which types, the most common first: a folder of downloads holds a dozen kinds.
    let mut types: Vec<(&String, &usize)> = summary.unsupported.iter().collect();
    types.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    let mut extensions = (types.iter().take(5))
        .map(|(e, _)| match e.as_str() {
            "" => "no extension".to_string(),
            e => format!(".{e}"),
        })
        .collect::<Vec<_>>()
        .join(", ");
    if types.len() > 5 {
        extensions.push_str(", …");
    }
    let mut other_types = match summary.unsupported.values().sum::<usize>() {
        0 => String::new(),
        1 => format!("; 1 file of another type skipped ({extensions})"),
        n => format!("; {n} files of other types skipped ({extensions})"),
    };
    match summary.metadata_records {
        0 => {}
        1 => other_types.push_str("; 1 metadata record (read with the document it describes)"),
        n => other_types.push_str(&format!(
            "; {n} metadata records (read with the documents they describe)"
        )),
    }
    writeln!(
        out,
        "{}: {} added, {} updated, {} removed, {} unchanged, {} failed{other_types}",
        summary.folder.display(),
        summary.added,
        summary.updated,
        summary.removed,
        summary.unchanged,
        summary.failed.len(),
    )?;
    for f in &summary.failed {
        writeln!(out, "failed: {}: {}", f.path.display(), f.reason)?;
    }
    // A document zoek cannot read is no failure, but its reader wants to know what to do.
    for (ext, &n) in &summary.unsupported {
        if zoek::read::Format::convertible(ext) {
            let them = if n == 1 { "it" } else { "them" };
            writeln!(
                out,
                "skipped: {}: zoek does not read .{ext}; save {them} as .docx, .odt or PDF \
                 to index {them}",
                plural(n, &format!(".{ext} file"))
            )?;
        }
    }
    if args.strict && !summary.failed.is_empty() {
        drop(out);
        bail!(
            "--strict: {} failed; the index was not changed",
            plural(summary.failed.len(), "file")
        );
    }
    let passages = if summary.committed {
        format!(
            "{} added, {} removed",
            plural(summary.passages_added as usize, "passage"),
            summary.passages_removed
        )
    } else {
        "nothing changed".to_string()
    };
    writeln!(
        out,
        "{passages}; {} in the index at {} ({:.1} s)",
        plural(index.num_passages() as usize, "passage"),
        index.path().display(),
        started.elapsed().as_secs_f64()
    )?;
    if !summary.answered.is_empty() {
        writeln!(
            out,
            "{} answered since the last run:",
            plural(summary.answered.len(), "open question")
        )?;
        for a in &summary.answered {
            let q = &a.question;
            let who = match (&q.speaker, q.fracties().join(", ")) {
                (Some(s), f) if !f.is_empty() => format!(" ({s}, {f})"),
                (Some(s), _) => format!(" ({s})"),
                _ => String::new(),
            };
            let answer = match &a.answer {
                Some(l) => format!(" → {}", l.id),
                None => String::new(),
            };
            writeln!(
                out,
                "  {}{who}: {}{answer}",
                q.id,
                first_words(q.question.as_deref().unwrap_or(&q.text), 100)
            )?;
        }
    }
    if summary.failed.is_empty() {
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "completed with {}",
        plural(summary.failed.len(), "failure")
    )?;
    Ok(ExitCode::from(EXIT_PARTIAL))
}

/// `, 4 more shown as copies`: how many of the matching passages the hits show as their
/// copies in other documents (`also in …`), which the count of passages includes. Without
/// it, a page holding all 8 passages as 4 hits with a copy each reads `4 of 8`, as if 4
/// were left out.
fn copies_shown<'a>(hits: impl Iterator<Item = &'a zoek::Hit>) -> String {
    match hits.map(|h| h.also_in.len()).sum::<usize>() {
        0 => String::new(),
        1 => ", 1 more shown as a copy".to_string(),
        n => format!(", {n} more shown as copies"),
    }
}

fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}

/// Progress of `zoek index`: a bar with files/s and an ETA on a terminal, a plain line
/// every few seconds otherwise, nothing with `--quiet`.
enum Bar {
    Quiet,
    Terminal(indicatif::ProgressBar),
    Plain(std::sync::Mutex<Plain>),
}

/// State of the plain progress lines.
struct Plain {
    started: std::time::Instant,
    last: std::time::Instant,
    done: usize,
    total: usize,
}

impl Bar {
    fn new(quiet: bool) -> Bar {
        if quiet {
            return Bar::Quiet;
        }
        if !std::io::stderr().is_terminal() {
            let now = std::time::Instant::now();
            return Bar::Plain(std::sync::Mutex::new(Plain {
                started: now,
                last: now,
                done: 0,
                total: 0,
            }));
        }
        let bar = indicatif::ProgressBar::new(0);
        bar.set_style(
            indicatif::ProgressStyle::with_template(
                "{bar:40} {pos}/{len} files  {rate} files/s  eta {eta}  {msg}",
            )
            .expect("valid template")
            .with_key(
                "rate",
                |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0}", state.per_sec());
                },
            ),
        );
        Bar::Terminal(bar)
    }

    fn finish(&self) {
        if let Bar::Terminal(b) = self {
            b.finish_and_clear();
        }
    }
}

impl Progress for Bar {
    fn waiting(&self, holder: Option<u32>) {
        if matches!(self, Bar::Quiet) {
            return;
        }
        let who = holder.map_or_else(String::new, |pid| format!(" (pid {pid})"));
        let msg = format!("waiting for the zoek index already running{who} to finish");
        match self {
            Bar::Terminal(b) => b.set_message(msg),
            _ => eprintln!("zoek: {msg}"),
        }
    }

    fn start(&self, files: usize) {
        match self {
            Bar::Terminal(b) => {
                b.set_message("");
                b.set_length(files as u64);
                b.reset_eta();
            }
            Bar::Plain(p) => {
                if let Ok(mut p) = p.lock() {
                    p.total = files;
                    p.started = std::time::Instant::now();
                    p.last = p.started;
                }
                if files > 0 {
                    eprintln!("zoek: {} to read", plural(files, "file"));
                }
            }
            Bar::Quiet => {}
        }
    }

    fn file_done(&self, _path: &Path) {
        match self {
            Bar::Terminal(b) => b.inc(1),
            Bar::Plain(p) => {
                let Ok(mut p) = p.lock() else { return };
                p.done += 1;
                if p.last.elapsed() < PLAIN_PROGRESS_EVERY {
                    return;
                }
                p.last = std::time::Instant::now();
                let secs = p.started.elapsed().as_secs_f64().max(1e-3);
                let rate = p.done as f64 / secs;
                let eta = (p.total.saturating_sub(p.done)) as f64 / rate.max(1e-3);
                eprintln!(
                    "zoek: {}/{} files read ({:.0} files/s, about {:.0} s left)",
                    p.done, p.total, rate, eta
                );
            }
            Bar::Quiet => {}
        }
    }

    fn committing(&self) {
        match self {
            Bar::Terminal(b) => b.set_message("committing"),
            Bar::Plain(p) => {
                if p.lock()
                    .is_ok_and(|p| p.started.elapsed() >= PLAIN_PROGRESS_EVERY)
                {
                    eprintln!("zoek: committing");
                }
            }
            Bar::Quiet => {}
        }
    }
}

/// One JSON line of results (or of the error) for one query.
fn answer(index: &ZoekIndex, args: &SearchArgs, filters: &Filters, line: &str) -> String {
    let req = args.request(line.to_string(), filters.clone());
    match index.search(&req) {
        Ok(results) => serde_json::to_string(&results).unwrap_or_else(|e| {
            serde_json::json!({"query": line, "error": e.to_string()}).to_string()
        }),
        Err(e) => serde_json::json!({"query": line, "error": e.to_string()}).to_string(),
    }
}

/// `search --stdin`: queries are answered by `threads` workers at once and printed in
/// their order, each as soon as it and those before it are done, so a script that writes
/// one query and waits for its answer is served too.
fn search_stdin(
    index: &ZoekIndex,
    args: &SearchArgs,
    filters: &Filters,
    threads: usize,
) -> Result<()> {
    use std::collections::BTreeMap;
    use std::sync::{Mutex, mpsc};
    let (line_tx, line_rx) = mpsc::sync_channel::<(usize, String)>(threads * 4);
    let line_rx = Mutex::new(line_rx);
    let (out_tx, out_rx) = mpsc::channel::<(usize, String)>();
    std::thread::scope(|scope| -> Result<()> {
        for _ in 0..threads {
            let out_tx = out_tx.clone();
            let line_rx = &line_rx;
            scope.spawn(move || {
                loop {
                    let next = line_rx.lock().map(|rx| rx.recv());
                    let Ok(Ok((seq, line))) = next else { break };
                    if out_tx
                        .send((seq, answer(index, args, filters, &line)))
                        .is_err()
                    {
                        break;
                    }
                }
            });
        }
        drop(out_tx);
        // The writer: prints answers in query order.
        let writer = scope.spawn(move || -> Result<()> {
            let mut out = std::io::stdout().lock();
            let mut pending: BTreeMap<usize, String> = BTreeMap::new();
            let mut next = 0;
            for (seq, json) in out_rx {
                pending.insert(seq, json);
                while let Some(json) = pending.remove(&next) {
                    writeln!(out, "{json}")?;
                    next += 1;
                }
                out.flush()?;
            }
            Ok(())
        });
        let mut seq = 0;
        for line in std::io::stdin().lock().lines() {
            let line = line.context("reading queries from standard input")?;
            if line.trim().is_empty() {
                continue;
            }
            if line_tx.send((seq, line)).is_err() {
                break;
            }
            seq += 1;
        }
        drop(line_tx);
        writer.join().expect("the writer thread does not panic")
    })
}

fn cmd_search(args: &SearchArgs) -> Result<ExitCode> {
    let filters = args.filters()?;
    let index = ZoekIndex::open(&args.location.path()?)?;
    if args.stdin {
        let threads = args
            .threads
            .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()))
            .max(1);
        search_stdin(&index, args, &filters, threads)?;
        return Ok(ExitCode::SUCCESS);
    }
    if args.query.is_empty() && filters == Filters::default() && args.count.is_none() {
        anyhow::bail!(
            "give a query, a filter option, or both: zoek search \"terugkeerhub Oeganda\", \
             zoek search --fractie BBB --sort newest"
        );
    }
    let mut req = args.request(args.query.join(" "), filters);
    if let Some(by) = args.count {
        return print_counts(&index.count(&req, by)?, args.json);
    }
    if args.rss {
        req.sort = zoek::SortOrder::Newest;
        let results = index.search(&req)?;
        let feed = zoek::search::feed::rss(&results, &args.feed_title());
        writeln!(std::io::stdout().lock(), "{feed}")?;
        return Ok(ExitCode::SUCCESS);
    }
    let results = index.search(&req)?;
    let mut out = std::io::stdout().lock();
    if args.json {
        writeln!(out, "{}", serde_json::to_string_pretty(&results)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let style = Style::detect();
    for c in &results.corrections {
        writeln!(
            out,
            "{}-- no passage holds {:?}: searched {:?} instead{}",
            style.dim, c.typed, c.searched, style.reset
        )?;
    }
    let unmatched = quoted_list(&results.unmatched);
    if results.hits.is_empty() {
        match (results.query.trim().is_empty(), unmatched.is_empty()) {
            (true, _) => writeln!(out, "no passages pass the filters")?,
            (false, true) => writeln!(out, "no passages match {:?}", results.query)?,
            (false, false) => writeln!(
                out,
                "no passages match {:?}: none holds {unmatched}",
                results.query
            )?,
        }
        return Ok(ExitCode::SUCCESS);
    }
    if !unmatched.is_empty() {
        writeln!(
            out,
            "{}-- no passage holds {unmatched} in any form: the hits hold the rest of the query{}",
            style.dim, style.reset
        )?;
    }
    let exact = (results.hits.iter())
        .filter(|h| !h.relaxed && !h.related)
        .count();
    let words = results
        .hits
        .iter()
        .filter(|h| h.relaxed && !h.partial)
        .count();
    let some = results.hits.iter().filter(|h| h.partial).count();
    let related = results.hits.iter().filter(|h| h.related).count();
    for hit in &results.hits {
        if hit.related && hit.rank == results.hits.len() - related + 1 {
            writeln!(
                out,
                "{}-- related: like the passages above, without the query's words (--no-related leaves these out):{}",
                style.dim, style.reset
            )?;
        }
        if hit.relaxed && !hit.partial && hit.rank == exact + 1 {
            writeln!(
                out,
                "{}-- not the quoted phrase as typed, but its words or its name written otherwise (--exact leaves these out):{}",
                style.dim, style.reset
            )?;
        }
        if hit.partial && hit.rank == exact + words + 1 {
            writeln!(
                out,
                "{}-- only some words of the quoted phrase (--exact leaves these out):{}",
                style.dim, style.reset
            )?;
        }
        print_hit(&mut out, hit, &results.unmatched, &style)?;
    }
    let hits_of = |tier: fn(&zoek::Hit) -> bool| results.hits.iter().filter(move |h| tier(h));
    if results.relaxed_total > 0 || results.partial_total > 0 {
        let mut counts = vec![match results.total {
            0 => "no passage holding the phrase".to_string(),
            total => format!(
                "{exact} of {} holding the phrase{}",
                plural(total, "passage"),
                copies_shown(hits_of(|h| !h.relaxed && !h.related))
            ),
        }];
        if results.relaxed_total > 0 {
            counts.push(format!(
                "{words} of {} holding its words or name{}",
                results.relaxed_total,
                copies_shown(hits_of(|h| h.relaxed && !h.partial))
            ));
        }
        if results.partial_total > 0 {
            counts.push(format!(
                "{some} of {} holding some of its words{}",
                results.partial_total,
                copies_shown(hits_of(|h| h.partial))
            ));
        }
        if related > 0 {
            counts.push(format!("{related} related"));
        }
        writeln!(out, "{}", counts.join(", "))?;
    } else if results.sort != zoek::SortOrder::Relevance {
        writeln!(
            out,
            "{} of {}{}, {} first{}",
            results.hits.len(),
            plural(results.total, "passage"),
            match args.query.is_empty() {
                true => "",
                false => " holding every word",
            },
            match results.sort {
                zoek::SortOrder::Oldest => "oldest",
                _ => "newest",
            },
            copies_shown(results.hits.iter()),
        )?;
    } else {
        writeln!(
            out,
            "{} of {}{}{}",
            results.hits.len() - related,
            plural(results.total, "matching passage"),
            copies_shown(hits_of(|h| !h.related)),
            match related {
                0 => String::new(),
                n => format!(", and {n} related"),
            }
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// How to highlight: ANSI colour on a terminal (unless NO_COLOR), brackets otherwise.
struct Style {
    open: &'static str,
    close: &'static str,
    dim: &'static str,
    reset: &'static str,
}

impl Style {
    fn detect() -> Style {
        let colour = std::io::stdout().is_terminal()
            && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        if colour {
            Style {
                open: "\x1b[1;31m",
                close: "\x1b[0m",
                dim: "\x1b[2m",
                reset: "\x1b[0m",
            }
        } else {
            Style {
                open: "[",
                close: "]",
                dim: "",
                reset: "",
            }
        }
    }
}

/// A count by a facet: a table, most passages first.
fn print_counts(counts: &zoek::Counts, json: bool) -> Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    if json {
        writeln!(out, "{}", serde_json::to_string_pretty(counts)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let by = counts.by.as_str();
    let width = (counts.counts.iter())
        .map(|c| c.value.chars().count())
        .chain([by.len(), "(none)".len()])
        .max()
        .unwrap_or(0);
    writeln!(out, "{by:<width$}  passages")?;
    for c in &counts.counts {
        writeln!(out, "{:<width$}  {:>8}", c.value, c.passages)?;
    }
    if counts.without > 0 {
        writeln!(out, "{:<width$}  {:>8}", "(none)", counts.without)?;
    }
    let what = match counts.query.trim().is_empty() {
        true => plural(counts.passages, "passage"),
        false => format!(
            "{} holding every word of {:?}",
            plural(counts.passages, "passage"),
            counts.query
        ),
    };
    let copies = match counts.copies {
        0 => String::new(),
        1 => ", 1 copy counted with its passage".to_string(),
        n => format!(", {n} copies counted with their passages"),
    };
    let several = match counts.by {
        zoek::Facet::Fractie | zoek::Facet::Speaker if counts.passages > 0 => {
            "; a passage of several (joint Kamervragen, a motion) counts for each"
        }
        _ => "",
    };
    let unmatched = match counts.unmatched.is_empty() {
        true => String::new(),
        false => format!(": none holds {}", quoted_list(&counts.unmatched)),
    };
    writeln!(out, "{what}{unmatched}{copies}{several}")?;
    Ok(ExitCode::SUCCESS)
}

/// Words as the reader typed them, quoted and listed: `"leges"`, `"leges" and "Oeganda"`.
fn quoted_list(words: &[String]) -> String {
    let quoted: Vec<String> = words.iter().map(|w| format!("{w:?}")).collect();
    match quoted.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// Print one hit. `unmatched` are the query's words no passage holds, said once above
/// the hits, not under each.
fn print_hit(
    out: &mut impl Write,
    hit: &Hit,
    unmatched: &[String],
    style: &Style,
) -> std::io::Result<()> {
    let p = &hit.passage;
    // Who speaks or asks, and the minister who answers; a minister's or the chair's own
    // turn answers nobody (`Van den Brink, minister van …`, `Boomsma (voorzitter)`), but
    // the chair asking a question for their fractie is answered.
    let minister = p.minister.as_deref();
    let (who, answerer) = match (p.kind, &p.fractie, &p.speaker) {
        (PassageKind::Speech, f, Some(s)) if p.role == Some(Role::Chair) => match f {
            Some(f) => (format!("{s} ({f}, voorzitter)"), minister),
            None => (format!("{s} (voorzitter)"), None),
        },
        (PassageKind::Speech, _, Some(s)) if p.role == Some(Role::Minister) => {
            match minister.filter(|m| m.starts_with(s.as_str())) {
                Some(m) => (m.to_string(), None),
                None => (s.clone(), None),
            }
        }
        (PassageKind::Speech, f, Some(s)) => match f {
            Some(f) => (format!("{s} ({f})"), minister),
            None => (s.clone(), minister),
        },
        // A part of a minister's letter, or the notice in place of Kamervragen's
        // answers: the minister's own words.
        (PassageKind::Section, None, None) if minister.is_some() => {
            (minister.map(str::to_string).unwrap_or_default(), None)
        }
        // Kamervragen or a motion of several parties: each of them.
        (_, Some(_), _) => (p.fracties().join(", "), minister),
        (_, None, Some(s)) => (s.clone(), minister),
        _ => ("-".into(), minister),
    };
    let minister = answerer.map(|m| format!(" → {m}")).unwrap_or_default();
    writeln!(
        out,
        "{}. {}  {}  {}{}  {}",
        hit.rank,
        // An undated passage is placed by its vergaderjaar where it is known.
        p.date
            .as_deref()
            .or(p.vergaderjaar.as_deref())
            .unwrap_or("----------"),
        p.kind,
        who,
        minister,
        p.kamerstuk
            .as_deref()
            .map(|k| format!("Kamerstuk {k}"))
            .unwrap_or_default()
    )?;
    let source = match p.page {
        Some(page) => format!("{}, p. {page}", relative(&p.source)),
        None => relative(&p.source),
    };
    let topic = p
        .topic
        .as_deref()
        .map(|t| format!("  [{t}]"))
        .unwrap_or_default();
    let termijn = p
        .termijn
        .as_deref()
        .map(|t| format!("  ({t})"))
        .unwrap_or_default();
    // Text a reader should not quote as final says so.
    let status = p
        .status
        .as_deref()
        .map(|s| format!("  {s}"))
        .unwrap_or_default();
    writeln!(
        out,
        "   {}{}{}{}{}{}",
        style.dim, source, topic, termijn, status, style.reset
    )?;
    writeln!(out, "   {}", hit.snippet.marked(style.open, style.close))?;
    // What the passage lacks of the query, so a hit found on its other words is not
    // taken for one on all of them.
    let missing: Vec<String> = (hit.missing.iter())
        .filter(|w| !unmatched.contains(w))
        .cloned()
        .collect();
    if !missing.is_empty() {
        writeln!(
            out,
            "   {}without {}{}",
            style.dim,
            quoted_list(&missing),
            style.reset
        )?;
    }
    for dup in &hit.also_in {
        let page = dup.page.map(|n| format!(", p. {n}")).unwrap_or_default();
        writeln!(
            out,
            "   {}also in {}{page}{}",
            style.dim,
            relative(&dup.source),
            style.reset
        )?;
    }
    if let Some(e) = hit.explanation.as_ref().filter(|_| hit.related) {
        writeln!(
            out,
            "   {}score {:.3}: below the matches, in the order of the BM25 of the words that mark the best hits, none of the query's: {}{}",
            style.dim,
            hit.score,
            e.related_words.join(", "),
            style.reset
        )?;
    } else if let Some(e) = &hit.explanation {
        // With the feedback rerank: part of the score is the likeness to the best hits.
        let feedback = e
            .feedback
            .as_ref()
            .map(|f| {
                format!(
                    " (×{:.2}) + likeness {:.2} × top {:.3} (×{:.2})",
                    1.0 - f.weight,
                    f.likeness,
                    f.top_score,
                    f.weight
                )
            })
            .unwrap_or_default();
        let prior = if e.prior == 1.0 {
            String::new()
        } else {
            format!(" × prior {:.2}", e.prior)
        };
        let bm25 = match e.smoothing {
            0.0 => format!("bm25 {:.3}", e.bm25),
            s => format!("(bm25 {:.3} + {s:.2})", e.bm25),
        };
        writeln!(
            out,
            "   {}score {:.3} = {} × coverage {:.2}{}{}; {}{}",
            style.dim,
            hit.score,
            bm25,
            e.coverage_factor,
            prior,
            feedback,
            e.concepts
                .iter()
                .map(|c| {
                    // Held in part: how much of it, before the weight.
                    let (held, share) = match c.held {
                        h if h >= 1.0 => ("held", String::new()),
                        h if h > 0.0 => ("held in part", format!("{h:.2} of it, ")),
                        _ => ("lacking", String::new()),
                    };
                    let everyday = (c.everyday)
                        .map(|f| format!(", everyday word ×{f:.2}"))
                        .unwrap_or_default();
                    format!(
                        "{} {held} ({share}weight {:.2}{everyday})",
                        c.concept, c.weight
                    )
                })
                .collect::<Vec<_>>()
                .join(", "),
            style.reset
        )?;
        if let Some(piece) = &e.piece {
            writeln!(
                out,
                "   {}a long turn, scored by its best piece: {}{}",
                style.dim,
                zoek::text::first_words(piece, 80),
                style.reset
            )?;
        }
        writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&e.bm25_detail).unwrap_or_default()
        )?;
    }
    if let Some(l) = &hit.linked {
        let (label, text) = match l.relation {
            "answered_by" => ("answered in", l.answer.as_deref().unwrap_or("")),
            _ => ("answers", l.question.as_deref().unwrap_or("")),
        };
        writeln!(
            out,
            "   {}↳ {label} {}:{} {}",
            style.dim,
            relative(&l.source),
            style.reset,
            first_words(text, 300)
        )?;
    }
    if let Some(r) = &hit.request {
        let who = match (&r.speaker, &r.fractie) {
            (Some(s), Some(f)) => format!("{s} ({f})"),
            (Some(s), None) => s.clone(),
            _ => r.id.clone(),
        };
        writeln!(
            out,
            "   {}↳ reacting to the request of {who}:{} {}",
            style.dim,
            style.reset,
            first_words(&r.text, 200)
        )?;
    }
    if let Some(r) = &hit.exchange {
        let who = match (&r.speaker, &r.fractie) {
            (Some(s), Some(f)) => format!("{s} ({f})"),
            (Some(s), None) => s.clone(),
            _ => r.id.clone(),
        };
        let relation = match r.relation {
            "replies_to" => "replying to",
            _ => "following up on the question of",
        };
        writeln!(
            out,
            "   {}↳ {relation} {who}:{} {}",
            style.dim,
            style.reset,
            r.snippet.marked(style.open, style.close)
        )?;
    }
    if let Some(r) = &hit.referenced {
        let answer = r.answer.as_deref().unwrap_or("");
        writeln!(
            out,
            "   {}↳ {}:{} {}",
            style.dim,
            r.id,
            style.reset,
            first_words(answer, 300)
        )?;
    }
    writeln!(out)
}

/// Show a path relative to the working directory when it lies below it.
fn relative(source: &str) -> String {
    let path = Path::new(source);
    std::env::current_dir()
        .ok()
        .and_then(|cwd| {
            path.strip_prefix(&cwd)
                .ok()
                .map(|p| p.display().to_string())
        })
        .unwrap_or_else(|| source.to_string())
}

fn cmd_eval(
    queries: &Path,
    corpus: Option<&Path>,
    assessor: Option<&Path>,
    verbose: bool,
    json: bool,
) -> Result<ExitCode> {
    let set = zoek::eval::load(queries)?;
    let corpus = corpus
        .or(set.corpus.as_deref())
        .unwrap_or(Path::new("corpus-sample"));
    if !corpus.is_dir() {
        let named_by = match set.corpus {
            Some(_) => format!("named by {}", queries.display()),
            None => "the default".to_string(),
        };
        bail!(
            "{}: no such folder ({named_by}): give the folder the set was judged on with --corpus DIR",
            corpus.display()
        );
    }
    let corpus_index = zoek::eval::Corpus::index(corpus)?;
    let reports = zoek::eval::evaluate(&corpus_index, &set)?;
    let agreement = match assessor {
        Some(path) => {
            let second = zoek::eval::load(path)?;
            let per_query = zoek::eval::agreement(&corpus_index, &set, &second)?;
            if per_query.is_empty() {
                bail!(
                    "{}: none of its queries has the id of a query of {}: a second assessor \
                     judges the same queries, under the same ids",
                    path.display(),
                    queries.display()
                );
            }
            let mean = per_query.iter().map(|(_, s)| s).sum::<f64>() / per_query.len() as f64;
            Some((per_query, mean))
        }
        None => None,
    };
    let mut out = std::io::stdout().lock();
    if json {
        let v = match &agreement {
            Some((per_query, mean)) => serde_json::json!({
                "reports": reports,
                "assessor": {"ndcg10": mean, "per_query": per_query},
            }),
            None => serde_json::to_value(&reports)?,
        };
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "{} queries, corpus {}\n",
        set.queries.len(),
        corpus.display()
    )?;
    writeln!(out, "| configuration | nDCG@10 | MRR | recall@10 |")?;
    writeln!(out, "| --- | ---: | ---: | ---: |")?;
    for r in &reports {
        let m = r.metrics;
        writeln!(
            out,
            "| {} | {:.3} | {:.3} | {:.3} |",
            r.name, m.ndcg10, m.mrr, m.recall10
        )?;
    }
    if let Some((per_query, mean)) = &agreement {
        writeln!(
            out,
            "| second assessor's judgments ({} queries) | {mean:.3} | | |",
            per_query.len()
        )?;
    }
    if verbose && let Some(zoek) = reports.last() {
        writeln!(out)?;
        for ((id, m), q) in zoek.per_query.iter().zip(&set.queries) {
            writeln!(
                out,
                "{id} {:.3} {:.3} {:.3}  {}",
                m.ndcg10, m.mrr, m.recall10, q.query
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn cmd_split(file: &Path, json: bool) -> Result<ExitCode> {
    let doc = zoek::read::read_document(file)?;
    let passages = zoek::split::split_document(&doc);
    let mut out = std::io::stdout().lock();
    if json {
        let v = serde_json::json!({"source": file.display().to_string(), "passages": passages});
        writeln!(out, "{}", serde_json::to_string_pretty(&v)?)?;
        return Ok(ExitCode::SUCCESS);
    }
    let first = passages.first();
    writeln!(
        out,
        "{}: {}",
        file.display(),
        plural(passages.len(), "passage")
    )?;
    if let Some(p) = first {
        writeln!(
            out,
            "title: {}\ndate: {}  vergaderjaar: {}  chamber: {}  kamerstuk: {}  status: {}\nminister: {}\n",
            p.title.as_deref().unwrap_or("-"),
            p.date.as_deref().unwrap_or("-"),
            p.vergaderjaar.as_deref().unwrap_or("-"),
            p.chamber.as_deref().unwrap_or("-"),
            p.kamerstuk.as_deref().unwrap_or("-"),
            p.status.as_deref().unwrap_or("-"),
            p.minister.as_deref().unwrap_or("-")
        )?;
    }
    for p in &passages {
        let who = [
            p.fractie.as_deref(),
            p.speaker.as_deref(),
            p.role.map(|r| r.as_str()),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ");
        // The minister's notice in place of Kamervragen's answers is the minister's.
        let names = Some(p.minister_names().join(", ")).filter(|n| !n.is_empty());
        let who = match (who.is_empty(), p.is_notice(), names) {
            (true, true, Some(m)) => m,
            _ => who,
        };
        let page = p.page.map(|n| format!("  p. {n}")).unwrap_or_default();
        writeln!(out, "{}  {}  {}{page}", p.id, p.kind, who)?;
        if p.members.len() > 1 {
            writeln!(out, "   members: {}", p.members.join(", "))?;
        }
        if let Some(t) = &p.topic {
            writeln!(out, "   topic: {t}")?;
        }
        if let Some(t) = &p.termijn {
            writeln!(out, "   {t}")?;
        }
        if let Some(q) = &p.question {
            writeln!(out, "   Q: {}", first_words(q, 110))?;
        }
        if let Some(a) = &p.answer {
            let label = if p.kind == PassageKind::Qa { "A" } else { ">" };
            writeln!(out, "   {label}: {}", first_words(a, 110))?;
        }
        for n in &p.notes {
            writeln!(out, "   note: {}", first_words(n, 100))?;
        }
        for (label, v) in [
            ("refers to", &p.refers_to),
            ("reply to", &p.reply_to),
            ("answered by", &p.answered_by),
            ("reacts to", &p.reacts_to),
        ] {
            if let Some(v) = v {
                writeln!(out, "   {label}: {v}")?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
