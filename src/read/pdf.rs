//! PDF text extraction through `pdf-extract`, made safe for batches.

/// Extract the text layer of a PDF.
///
/// `pdf-extract` panics on some malformed files; the panic is caught and turned
/// into an error so one bad PDF never takes down a batch.
pub fn extract(bytes: &[u8]) -> Result<String, String> {
    if !bytes.starts_with(b"%PDF")
        && !bytes[..bytes.len().min(1024)]
            .windows(4)
            .any(|w| w == b"%PDF")
    {
        return Err("not a PDF file (no %PDF header)".into());
    }
    if is_encrypted(bytes) {
        return Err(
            "PDF is encrypted: decrypt it (for example with qpdf --decrypt) before indexing".into(),
        );
    }
    let result = std::panic::catch_unwind(|| pdf_extract::extract_text_from_mem(bytes));
    match result {
        Ok(Ok(text)) => Ok(text),
        Ok(Err(e)) => Err(format!("cannot read PDF (corrupt or truncated?): {e}")),
        Err(panic) => {
            let msg = panic
                .downcast_ref::<String>()
                .map(String::as_str)
                .or_else(|| panic.downcast_ref::<&str>().copied())
                .unwrap_or("unknown cause");
            Err(format!("cannot read PDF: the PDF reader failed ({msg})"))
        }
    }
}

/// An encrypted PDF names an `/Encrypt` dictionary in its trailer.
fn is_encrypted(bytes: &[u8]) -> bool {
    let tail = &bytes[bytes.len().saturating_sub(4096)..];
    tail.windows(8).any(|w| w == b"/Encrypt")
}
