//! Minimal PDF files written by hand, for tests of zoek's PDF reading.
//!
//! Each builder returns the bytes of a complete PDF: numbered objects, a
//! cross-reference table with exact byte offsets, and a trailer.

#![allow(dead_code)]

/// Assemble a PDF from its objects (object `i + 1` is `objects[i]`, without the
/// `N 0 obj` / `endobj` wrapper) and extra trailer entries.
pub fn assemble(objects: &[Vec<u8>], trailer_extra: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, body) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(body);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R {trailer_extra} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

fn stream(content: &[u8]) -> Vec<u8> {
    let mut s = format!("<< /Length {} >>\nstream\n", content.len()).into_bytes();
    s.extend_from_slice(content);
    s.extend_from_slice(b"\nendstream");
    s
}

fn one_page(font: &str, content: &[u8]) -> Vec<Vec<u8>> {
    vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>".to_vec(),
        font.as_bytes().to_vec(),
        stream(content),
    ]
}

const HELVETICA: &str =
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";

/// A one-page PDF whose text layer holds `lines` (ASCII), one per line.
pub fn text_pdf(lines: &[&str]) -> Vec<u8> {
    let mut content = String::from("BT /F1 11 Tf 14 TL 72 770 Td\n");
    for l in lines {
        let escaped = l
            .replace('\\', "\\\\")
            .replace('(', "\\(")
            .replace(')', "\\)");
        content.push_str(&format!("({escaped}) Tj T*\n"));
    }
    content.push_str("ET");
    assemble(&one_page(HELVETICA, content.as_bytes()), "")
}

/// A scanned page: a drawing and no text at all.
pub fn image_only_pdf() -> Vec<u8> {
    assemble(
        &one_page(
            HELVETICA,
            b"0.5 g 72 72 451 698 re f 0 G 2 w 72 72 m 523 770 l S",
        ),
        "",
    )
}

/// A PDF whose font names an encoding pdf-extract does not know: it panics on it.
pub fn panicking_pdf() -> Vec<u8> {
    assemble(
        &one_page(
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /NoSuchEncoding >>",
            b"BT /F1 11 Tf 72 770 Td (Dit laat de lezer vastlopen) Tj ET",
        ),
        "",
    )
}

/// A PDF encrypted with a user password (standard security handler, RC4 40-bit):
/// the empty password does not open it.
pub fn encrypted_pdf() -> Vec<u8> {
    let mut objects = one_page(HELVETICA, b"BT /F1 11 Tf 72 770 Td (geheim) Tj ET");
    objects.push(
        format!(
            "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <{}> /U <{}> >>",
            "7a".repeat(32),
            "c3".repeat(32)
        )
        .into_bytes(),
    );
    assemble(
        &objects,
        "/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>]",
    )
}

/// A small file that takes pdf-extract a long time: one page holding `ops` text
/// operators in a compressed stream (two million take seconds to read).
pub fn slow_pdf(ops: usize) -> Vec<u8> {
    use std::io::Write;
    let mut content = String::from("BT /F1 1 Tf\n");
    for i in 0..ops {
        content.push_str(&format!("{} {} Td (x) Tj\n", i % 7, i % 5));
    }
    content.push_str("ET");
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(content.as_bytes()).expect("compress in memory");
    let packed = z.finish().expect("compress in memory");
    let mut objects = one_page(HELVETICA, b"");
    let mut s = format!(
        "<< /Length {} /Filter /FlateDecode >>\nstream\n",
        packed.len()
    )
    .into_bytes();
    s.extend_from_slice(&packed);
    s.extend_from_slice(b"\nendstream");
    objects[4] = s;
    assemble(&objects, "")
}

/// A form XObject that draws itself: pdf-extract recurses until the stack overflows,
/// which aborts the process reading it.
pub fn self_drawing_pdf() -> Vec<u8> {
    let form = b"BT /F1 11 Tf 72 770 Td (nog eens) Tj ET /X1 Do";
    let mut x = format!("<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /X1 6 0 R >> >> /Length {} >>\nstream\n", form.len()).into_bytes();
    x.extend_from_slice(form);
    x.extend_from_slice(b"\nendstream");
    assemble(
        &[
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /X1 6 0 R >> >> /Contents 5 0 R >>".to_vec(),
            HELVETICA.as_bytes().to_vec(),
            stream(b"/X1 Do"),
            x,
        ],
        "",
    )
}
