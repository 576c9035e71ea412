//! Reading documents: from a file on disk to plain Unicode text.
//!
//! Each supported format has one job here: produce the document's text as faithfully
//! as the format allows. Structure is recovered later, by [`crate::text`] and
//! [`crate::split`].

use crate::error::{Error, Result};
use std::path::Path;

mod decode;
pub mod html;
pub mod office;
pub mod pdf;
pub mod record;
mod vlos;
pub mod xml;

pub use decode::decode_text;
pub use pdf::{PdfWorker, WorkerFailure};

/// The document formats zoek reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// Plain text (`.txt`), in any common encoding.
    Text,
    /// Markdown (`.md`, `.markdown`).
    Markdown,
    /// PDF with a text layer (`.pdf`).
    Pdf,
    /// An HTML page saved from the official sites (`.html`, `.htm`).
    Html,
    /// XML (`.xml`): official publications (Handelingen, Kamervragen, Kamerstukken) and
    /// the Tweede Kamer's meeting reports of its open data (VLOS).
    Xml,
    /// Word (`.docx`).
    Docx,
    /// OpenDocument text (`.odt`).
    Odt,
}

impl Format {
    /// The format of a file, judged by its extension; `None` for files zoek does not read.
    pub fn of(path: &Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "txt" | "text" => Some(Format::Text),
            "md" | "markdown" => Some(Format::Markdown),
            "pdf" => Some(Format::Pdf),
            "html" | "htm" | "xhtml" => Some(Format::Html),
            "xml" => Some(Format::Xml),
            "docx" => Some(Format::Docx),
            "odt" => Some(Format::Odt),
            _ => None,
        }
    }

    /// Whether a file extension zoek does not read names a document a word processor
    /// wrote (`doc`, `rtf`, …): zoek reads it once it is saved as `.docx`, `.odt` or PDF,
    /// which its reader should be told. Other types (images, spreadsheets) hold no
    /// parliamentary text to miss.
    pub fn convertible(extension: &str) -> bool {
        matches!(
            extension.to_ascii_lowercase().as_str(),
            "doc" | "dot" | "docm" | "rtf" | "wpd" | "wps" | "pages"
        )
    }
}

/// A document read from disk: its path, format and text.
#[derive(Debug, Clone)]
pub struct RawDocument {
    /// Where the document was read from.
    pub path: std::path::PathBuf,
    /// The format it was read as.
    pub format: Format,
    /// Its full text, decoded to Unicode.
    pub text: String,
    /// The publication's metadata record, when one lies beside it ([`record`]): what it
    /// says fills what the text leaves open (a plenary item's day).
    pub record: Option<record::MetadataRecord>,
}

/// Read one document from disk.
///
/// Errors name the file and the reason: unsupported type, unreadable, empty,
/// binary content, or a PDF that cannot be read (corrupt, encrypted, no text layer).
pub fn read_document(path: &Path) -> Result<RawDocument> {
    let format = Format::of(path).ok_or_else(|| Error::Unsupported {
        path: path.to_path_buf(),
    })?;
    let bytes = std::fs::read(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut doc = read_bytes(path, format, &bytes)?;
    doc.record = record::find(path, &doc.text);
    Ok(doc)
}

/// Read a document from bytes already in memory, as if it were the file at `path`.
pub fn read_bytes(path: &Path, format: Format, bytes: &[u8]) -> Result<RawDocument> {
    let fail = |reason: String| Error::Document {
        path: path.to_path_buf(),
        reason,
    };
    if bytes.is_empty() {
        return Err(fail("empty file".into()));
    }
    let text = match format {
        Format::Text | Format::Markdown => decode_text(bytes).map_err(fail)?,
        Format::Pdf => pdf::extract(bytes).map_err(fail)?,
        Format::Html => html::to_text(&decode_text(bytes).map_err(fail)?).map_err(fail)?,
        Format::Xml => xml::to_text(&decode_text(bytes).map_err(fail)?).map_err(fail)?,
        Format::Docx => office::docx_to_text(bytes).map_err(fail)?,
        Format::Odt => office::odt_to_text(bytes).map_err(fail)?,
    };
    document_from_text(path, format, text)
}

/// A document from text already extracted (by a PDF worker process, for instance):
/// refused when there is no text at all.
pub fn document_from_text(path: &Path, format: Format, text: String) -> Result<RawDocument> {
    if text.trim().is_empty() {
        return Err(Error::Document {
            path: path.to_path_buf(),
            reason: match format {
                Format::Pdf => {
                    "PDF has no text layer (scanned?): it needs OCR before zoek can index it".into()
                }
                _ => "file contains no text".into(),
            },
        });
    }
    Ok(RawDocument {
        path: path.to_path_buf(),
        format,
        text,
        record: None,
    })
}
