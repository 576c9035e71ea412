//! PDF text extraction through `pdf-extract`, made safe for batches.
//!
//! `pdf-extract` (and `lopdf` underneath) trusts its input more than a batch of
//! downloaded files deserves: on malformed files it panics, on a form that draws
//! itself it recurses until the stack overflows (which aborts the whole process,
//! `catch_unwind` cannot stop that), and on some files it simply takes minutes. So
//! zoek offers two ways to run it:
//!
//! - [`extract`], in the calling process: panics are caught and reported, but a stack
//!   overflow still ends the process and a slow file cannot be stopped;
//! - [`extract_in_worker`], in a child process (a [`PdfWorker`], normally the `zoek`
//!   executable itself run as `zoek index --extract-pdf FILE`): a crash of any kind
//!   becomes a failure of that one file, and a file that takes longer than the time
//!   limit is stopped by killing its process, so it costs no CPU afterwards. Starting
//!   a process costs a few milliseconds, small next to reading a PDF.
//!
//! `zoek index` uses the worker; a library user chooses through
//! [`crate::index::IndexOptions::pdf_worker`].

use std::ffi::OsString;
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// Exit status of a PDF worker that read the file but could not extract its text;
/// the reason is on its standard error.
pub const WORKER_REFUSED: i32 = 2;

/// Extract the text layer of a PDF, in this process.
///
/// `pdf-extract` panics on some malformed files; the panic is caught and turned into
/// an error so one bad PDF never takes down a batch. Returns a reason (without the
/// file name) when the text cannot be extracted.
pub fn extract(bytes: &[u8]) -> Result<String, String> {
    if !bytes.starts_with(b"%PDF")
        && !bytes[..bytes.len().min(1024)]
            .windows(4)
            .any(|w| w == b"%PDF")
    {
        return Err("not a PDF file (no %PDF header)".into());
    }
    let result = std::panic::catch_unwind(|| text_with_pages(bytes));
    match result {
        Ok(Ok(text)) => Ok(text),
        // A PDF encrypted with only an owner password (print or copy restrictions)
        // opens with the empty password and is read above; one that needs a user
        // password fails, and says so.
        Ok(Err(_)) if is_encrypted(bytes) => Err(
            "PDF is encrypted with a password: decrypt it (for example with qpdf --decrypt) before indexing"
                .into(),
        ),
        Ok(Err(e)) => Err(format!("cannot read PDF (corrupt or truncated?): {e}")),
        Err(panic) => {
            let msg = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("unknown cause");
            Err(format!(
                "cannot read PDF: the PDF reader failed on it ({})",
                one_line(msg)
            ))
        }
    }
}

/// The end of a page in extracted text: a form feed, as `pdftotext` writes it. The
/// cleaner counts them to give each line its page ([`crate::text::clean_text`]).
pub const PAGE_END: char = '\u{000C}';

/// The text of a PDF as `pdf_extract::extract_text_from_mem` gives it, with a
/// [`PAGE_END`] after each page, so a passage can say on which page it starts.
fn text_with_pages(bytes: &[u8]) -> Result<String, pdf_extract::OutputError> {
    use pdf_extract::{MediaBox, OutputDev, OutputError, PlainTextOutput, Transform};
    use std::cell::RefCell;

    /// The text written so far, shared by the plain-text output and the page marks.
    struct Sink<'a>(&'a RefCell<Vec<u8>>);
    impl Write for Sink<'_> {
        fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
            self.0.borrow_mut().extend_from_slice(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> std::io::Result<()> {
            Ok(())
        }
    }

    /// The plain-text output, and a page end after each page. Strokes and fills keep the
    /// trait's defaults, which do nothing, as the plain-text output's do.
    struct Paged<'a, 'b> {
        text: PlainTextOutput<&'b mut dyn Write>,
        written: &'a RefCell<Vec<u8>>,
    }
    impl OutputDev for Paged<'_, '_> {
        fn begin_page(
            &mut self,
            page_num: u32,
            media_box: &MediaBox,
            art_box: Option<(f64, f64, f64, f64)>,
        ) -> Result<(), OutputError> {
            self.text.begin_page(page_num, media_box, art_box)
        }
        fn end_page(&mut self) -> Result<(), OutputError> {
            self.text.end_page()?;
            let mut mark = [0u8; 4];
            (self.written.borrow_mut())
                .extend_from_slice(PAGE_END.encode_utf8(&mut mark).as_bytes());
            Ok(())
        }
        fn output_character(
            &mut self,
            trm: &Transform,
            width: f64,
            spacing: f64,
            font_size: f64,
            char: &str,
        ) -> Result<(), OutputError> {
            self.text
                .output_character(trm, width, spacing, font_size, char)
        }
        fn begin_word(&mut self) -> Result<(), OutputError> {
            self.text.begin_word()
        }
        fn end_word(&mut self) -> Result<(), OutputError> {
            self.text.end_word()
        }
        fn end_line(&mut self) -> Result<(), OutputError> {
            self.text.end_line()
        }
    }

    let mut doc = pdf_extract::Document::load_mem(bytes)?;
    // As `extract_text_from_mem` does: a PDF with only an owner password opens with
    // the empty one.
    if doc.is_encrypted() {
        doc.decrypt("")?;
    }
    let written = RefCell::new(Vec::new());
    {
        let mut sink = Sink(&written);
        let mut paged = Paged {
            text: PlainTextOutput::new(&mut sink as &mut dyn Write),
            written: &written,
        };
        pdf_extract::output_doc(&doc, &mut paged)?;
    }
    Ok(String::from_utf8_lossy(&written.into_inner()).into_owned())
}

/// An encrypted PDF names an `/Encrypt` dictionary in its trailer (or, from PDF 1.5,
/// in its cross-reference stream), so the name occurs somewhere in the file.
fn is_encrypted(bytes: &[u8]) -> bool {
    bytes.windows(8).any(|w| w == b"/Encrypt")
}

fn one_line(s: &str) -> String {
    let line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() > 160 {
        format!("{}…", line.chars().take(160).collect::<String>())
    } else {
        line
    }
}

/// A program that extracts the text of one PDF in a child process.
///
/// It is run as `program args… FILE --timeout SECONDS` and must write the text, UTF-8,
/// to standard output and exit 0; or write a one-line reason to standard error and exit
/// with [`WORKER_REFUSED`]. The `zoek` executable does this for `program = zoek`,
/// `args = ["index", "--extract-pdf"]`, through [`worker_main`].
#[derive(Debug, Clone)]
pub struct PdfWorker {
    /// The executable.
    pub program: PathBuf,
    /// Arguments before the file name.
    pub args: Vec<OsString>,
}

impl PdfWorker {
    /// The running executable as its own worker, run with `args` before the file name.
    pub fn current_exe(args: &[&str]) -> std::io::Result<PdfWorker> {
        Ok(PdfWorker {
            program: std::env::current_exe()?,
            args: args.iter().map(OsString::from).collect(),
        })
    }
}

/// Why a worker gave no text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum WorkerFailure {
    /// The worker read the file and refused it, or crashed on it: the reason.
    Failed(String),
    /// The worker ran past the time limit and was killed.
    TimedOut,
    /// The worker could not be started (a problem of the installation, not the file).
    Spawn(String),
}

/// Extract the text of the PDF at `path` in a child process, killing it after `limit`.
pub fn extract_in_worker(
    worker: &PdfWorker,
    path: &Path,
    limit: Duration,
) -> Result<String, WorkerFailure> {
    let start = Instant::now();
    let mut child = Command::new(&worker.program)
        .args(&worker.args)
        .arg(path)
        .arg("--timeout")
        .arg(format!("{:.3}", limit.as_secs_f64()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| {
            WorkerFailure::Spawn(format!(
                "cannot start the PDF reader {}: {e}",
                worker.program.display()
            ))
        })?;
    // Drain both pipes on their own threads so a large text never blocks the child.
    let drain = |pipe: Option<Box<dyn Read + Send>>| {
        std::thread::spawn(move || {
            let mut buf = Vec::new();
            if let Some(mut p) = pipe {
                let _ = p.read_to_end(&mut buf);
            }
            buf
        })
    };
    let out = drain(
        child
            .stdout
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let err = drain(
        child
            .stderr
            .take()
            .map(|p| Box::new(p) as Box<dyn Read + Send>),
    );
    let mut pause = Duration::from_millis(1);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() >= limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(WorkerFailure::TimedOut);
            }
            Ok(None) => {
                std::thread::sleep(pause.min(limit.saturating_sub(start.elapsed())));
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(e) => {
                let _ = child.kill();
                return Err(WorkerFailure::Spawn(format!(
                    "lost the PDF reader process: {e}"
                )));
            }
        }
    };
    let stdout = out.join().unwrap_or_default();
    let stderr = err.join().unwrap_or_default();
    if status.success() {
        return String::from_utf8(stdout)
            .map_err(|_| WorkerFailure::Failed("the PDF reader returned invalid text".into()));
    }
    let said = one_line(&String::from_utf8_lossy(&stderr));
    if status.code() == Some(WORKER_REFUSED) && !said.is_empty() {
        return Err(WorkerFailure::Failed(said));
    }
    if said.contains("overflowed its stack") {
        return Err(WorkerFailure::Failed(
            "cannot read PDF: the PDF reader crashed on it (stack overflow: its content is \
             nested too deeply, or refers to itself)"
                .into(),
        ));
    }
    Err(WorkerFailure::Failed(format!(
        "cannot read PDF: the PDF reader crashed on it ({}{})",
        describe_exit(&status),
        if said.is_empty() {
            String::new()
        } else {
            format!(": {said}")
        }
    )))
}

#[cfg(unix)]
fn describe_exit(status: &std::process::ExitStatus) -> String {
    use std::os::unix::process::ExitStatusExt;
    match status.signal() {
        Some(6) => "aborted".into(),
        Some(9) => "killed, perhaps out of memory".into(),
        Some(11) => "segmentation fault".into(),
        Some(sig) => format!("killed by signal {sig}"),
        None => format!("exit status {}", status.code().unwrap_or(-1)),
    }
}

#[cfg(not(unix))]
fn describe_exit(status: &std::process::ExitStatus) -> String {
    format!("exit status {}", status.code().unwrap_or(-1))
}

/// The worker's side of [`extract_in_worker`]: read the PDF at `path`, write its text to
/// standard output and return the process exit status (0, or [`WORKER_REFUSED`] with the
/// reason on standard error).
///
/// A watchdog ends the process after `limit` (plus a second), so a worker orphaned by a
/// killed `zoek index` never runs on.
pub fn worker_main(path: &Path, limit: Duration) -> i32 {
    std::thread::spawn(move || {
        std::thread::sleep(limit + Duration::from_secs(1));
        let _ = writeln!(
            std::io::stderr(),
            "took longer than {} s",
            limit.as_secs_f64()
        );
        std::process::exit(WORKER_REFUSED);
    });
    let text = std::fs::read(path)
        .map_err(|e| format!("cannot read file: {e}"))
        .and_then(|bytes| extract(&bytes));
    match text {
        Ok(text) => {
            let mut out = std::io::stdout().lock();
            match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
                Ok(()) => 0,
                Err(_) => WORKER_REFUSED,
            }
        }
        Err(reason) => {
            let _ = writeln!(std::io::stderr(), "{reason}");
            WORKER_REFUSED
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn junk_after_a_pdf_header_is_corrupt() {
        let mut junk = b"%PDF-1.7\n".to_vec();
        junk.extend((0..5000u32).map(|i| (i * 7919 % 251) as u8));
        let reason = extract(&junk).unwrap_err();
        assert!(reason.contains("corrupt or truncated"), "{reason}");
    }

    #[test]
    fn no_header_is_not_a_pdf() {
        assert_eq!(
            extract(b"hello").unwrap_err(),
            "not a PDF file (no %PDF header)"
        );
    }
}
