//! Word (`.docx`) and OpenDocument (`.odt`) files: a zip of XML, read with `zip` and
//! `roxmltree`. Paragraphs become paragraphs, headings Markdown headings (so the splitter
//! sees structure), bold runs `**bold**`, and footnotes `<sup>N</sup>` references with
//! their texts at the end, as the Markdown reader expects.
//!
//! Page breaks become [`PAGE_END`] lines, as the PDF reader writes them, so a passage of
//! an answer letter in Word can say on which page it starts. A file holds no pages, only
//! the breaks its word processor saw when it last laid the file out: Word's
//! `w:lastRenderedPageBreak` and OpenDocument's `text:soft-page-break`. A file written by
//! a program that lays nothing out has none; its explicit breaks (`w:br w:type="page"`,
//! `w:pageBreakBefore`) are then taken, which are the only ones Word would surely make.

use super::pdf::PAGE_END;
use roxmltree::{Document, Node};
use std::io::{Cursor, Read};

const W: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const TEXT: &str = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";

fn entry(bytes: &[u8], name: &str) -> Result<Option<String>, String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes))
        .map_err(|e| format!("not a valid Office file (zip archive unreadable: {e})"))?;
    let result = match archive.by_name(name) {
        Ok(mut f) => {
            let mut s = String::new();
            f.read_to_string(&mut s)
                .map_err(|e| format!("cannot read {name}: {e}"))?;
            Some(s)
        }
        Err(zip::result::ZipError::FileNotFound) => None,
        Err(e) => return Err(format!("cannot read {name}: {e}")),
    };
    Ok(result)
}

/// The text of a `.docx` file, as Markdown-like text.
pub fn docx_to_text(bytes: &[u8]) -> Result<String, String> {
    let xml =
        entry(bytes, "word/document.xml")?.ok_or("not a Word document (no word/document.xml)")?;
    let doc =
        Document::parse(&xml).map_err(|e| format!("word/document.xml is not well-formed: {e}"))?;
    let mut out = String::new();
    let body = doc.descendants().find(|n| n.has_tag_name((W, "body")));
    let breaks = if doc
        .descendants()
        .any(|n| n.has_tag_name((W, "lastRenderedPageBreak")))
    {
        PageBreaks::Rendered
    } else {
        PageBreaks::Explicit
    };
    for p in body
        .iter()
        .flat_map(|b| b.descendants())
        .filter(|n| n.has_tag_name((W, "p")))
    {
        // Paragraphs inside tables are read as paragraphs too, in order.
        let style = p
            .descendants()
            .find(|n| n.has_tag_name((W, "pStyle")))
            .and_then(|n| n.attribute((W, "val")))
            .unwrap_or("")
            .to_lowercase();
        let text = word_runs(p);
        // An empty paragraph still holds its breaks (Word puts an explicit one alone).
        let (before, after) = breaks.of(p);
        push_page_ends(&mut out, before);
        if !text.trim().is_empty() {
            let level = heading_level(&style);
            if level > 0 {
                out.push_str(&"#".repeat(level));
                out.push(' ');
            }
            out.push_str(text.trim());
            out.push_str("\n\n");
        }
        push_page_ends(&mut out, after);
    }
    if let Some(notes) = entry(bytes, "word/footnotes.xml")? {
        let doc = Document::parse(&notes)
            .map_err(|e| format!("word/footnotes.xml is not well-formed: {e}"))?;
        let mut first = true;
        for note in doc
            .descendants()
            .filter(|n| n.has_tag_name((W, "footnote")))
        {
            let Some(id) = note
                .attribute((W, "id"))
                .and_then(|i| i.parse::<i32>().ok())
                .filter(|&i| i > 0)
            else {
                continue;
            };
            let text: String = note
                .descendants()
                .filter(|n| n.has_tag_name((W, "p")))
                .map(word_runs)
                .collect::<Vec<_>>()
                .join(" ");
            if first {
                out.push_str("---\n\n");
                first = false;
            }
            out.push_str(&format!("<sup>{id}</sup> {}\n\n", text.trim()));
        }
    }
    Ok(out)
}

/// Which page breaks of a Word file are counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PageBreaks {
    /// Word's record of where its last layout broke the pages: every break, natural or
    /// explicit (Word records one after each explicit break too, so these alone count).
    Rendered,
    /// A file that was never laid out: its explicit page breaks.
    Explicit,
}

impl PageBreaks {
    /// The page breaks of a paragraph before its first text (it starts on a new page) and
    /// after it (what follows it does).
    fn of(self, p: Node) -> (usize, usize) {
        let is_break = |n: &Node| match self {
            PageBreaks::Rendered => n.has_tag_name((W, "lastRenderedPageBreak")),
            PageBreaks::Explicit => {
                n.has_tag_name((W, "br")) && n.attribute((W, "type")) == Some("page")
            }
        };
        let is_text =
            |n: &Node| n.has_tag_name((W, "t")) && n.text().is_some_and(|t| !t.trim().is_empty());
        let (mut before, after) = breaks_around_text(p.descendants(), is_break, is_text);
        if self == PageBreaks::Explicit
            && p.children()
                .filter(|c| c.has_tag_name((W, "pPr")))
                .flat_map(|pr| pr.children())
                .any(|c| {
                    c.has_tag_name((W, "pageBreakBefore"))
                        && c.attribute((W, "val"))
                            .is_none_or(|v| v != "0" && v != "false")
                })
        {
            before += 1;
        }
        (before, after)
    }
}

/// The page breaks among a paragraph's `nodes` before its first text and after it: a
/// paragraph after a break before its text starts on the new page; one after a break
/// after its text, the paragraph that follows does.
fn breaks_around_text<'a, 'i: 'a>(
    nodes: impl Iterator<Item = Node<'a, 'i>>,
    is_break: impl Fn(&Node) -> bool,
    is_text: impl Fn(&Node) -> bool,
) -> (usize, usize) {
    let (mut before, mut after) = (0, 0);
    let mut seen_text = false;
    for n in nodes {
        if is_break(&n) {
            if seen_text {
                after += 1;
            } else {
                before += 1;
            }
        } else if is_text(&n) {
            seen_text = true;
        }
    }
    (before, after)
}

/// `n` lines that each end a page.
fn push_page_ends(out: &mut String, n: usize) {
    for _ in 0..n {
        out.push(PAGE_END);
        out.push('\n');
    }
}

/// `Heading1`, `Kop1`, `heading 2` → 1, 2; other styles → 0.
fn heading_level(style: &str) -> usize {
    for prefix in ["heading", "kop"] {
        if let Some(rest) = style.strip_prefix(prefix)
            && let Ok(n) = rest.trim().parse::<usize>()
        {
            return n.clamp(1, 6);
        }
    }
    if style == "title" || style == "titel" {
        1
    } else {
        0
    }
}

/// The text of a Word paragraph: runs, tabs, breaks, footnote references, bold.
///
/// Adjacent runs of the same weight are merged first: Word splits text into runs at
/// every spell-check mark, and a bold phrase must stay one `**…**`.
fn word_runs(p: Node) -> String {
    let mut segments: Vec<(String, bool)> = Vec::new();
    for r in p.descendants().filter(|n| n.has_tag_name((W, "r"))) {
        let bold = r
            .children()
            .find(|c| c.has_tag_name((W, "rPr")))
            .and_then(|pr| pr.children().find(|c| c.has_tag_name((W, "b"))))
            .is_some_and(|b| {
                b.attribute((W, "val"))
                    .is_none_or(|v| v != "0" && v != "false")
            });
        let mut run = String::new();
        for c in r.children() {
            match c.tag_name().name() {
                "t" => run.push_str(c.text().unwrap_or("")),
                "tab" | "br" | "cr" => run.push(' '),
                "footnoteReference" => {
                    if let Some(id) = c.attribute((W, "id")) {
                        run.push_str(&format!("<sup>{id}</sup>"));
                    }
                }
                _ => {}
            }
        }
        match segments.last_mut() {
            Some((text, b)) if *b == bold => text.push_str(&run),
            _ => segments.push((run, bold)),
        }
    }
    let mut out = String::new();
    for (text, bold) in segments {
        let core = text.trim();
        if !bold || core.is_empty() {
            out.push_str(&text);
            continue;
        }
        // Spaces stay outside the markers, so words do not run together.
        if text.starts_with(char::is_whitespace) {
            out.push(' ');
        }
        out.push_str("**");
        out.push_str(core);
        out.push_str("**");
        if text.ends_with(char::is_whitespace) {
            out.push(' ');
        }
    }
    out
}

/// The text of an `.odt` file, as Markdown-like text.
pub fn odt_to_text(bytes: &[u8]) -> Result<String, String> {
    let xml = entry(bytes, "content.xml")?.ok_or("not an OpenDocument text (no content.xml)")?;
    let doc = Document::parse(&xml).map_err(|e| format!("content.xml is not well-formed: {e}"))?;
    let mut out = String::new();
    let is_paragraph = |n: &Node| n.has_tag_name((TEXT, "h")) || n.has_tag_name((TEXT, "p"));
    for n in doc
        .descendants()
        .filter(|n| is_paragraph(n) || n.has_tag_name((TEXT, "soft-page-break")))
    {
        // Paragraphs nested in other paragraphs (notes) are read with their parent, and so
        // are the page breaks inside a paragraph.
        if n.ancestors().skip(1).any(|a| is_paragraph(&a)) {
            continue;
        }
        if !is_paragraph(&n) {
            // A break between paragraphs (or tables' rows).
            push_page_ends(&mut out, 1);
            continue;
        }
        let text = odt_text(n);
        let (before, after) = odt_page_breaks(n);
        push_page_ends(&mut out, before);
        if text.trim().is_empty() {
            push_page_ends(&mut out, after);
            continue;
        }
        if n.has_tag_name((TEXT, "h")) {
            let level: usize = n
                .attribute((TEXT, "outline-level"))
                .and_then(|l| l.parse().ok())
                .unwrap_or(1);
            out.push_str(&"#".repeat(level.clamp(1, 6)));
            out.push(' ');
        } else if n.ancestors().any(|a| a.has_tag_name((TEXT, "list-item"))) {
            out.push_str("- ");
        }
        out.push_str(text.trim());
        out.push_str("\n\n");
        push_page_ends(&mut out, after);
    }
    Ok(out)
}

/// The layout's page breaks (`text:soft-page-break`) inside an OpenDocument paragraph,
/// before its first text and after it, as [`PageBreaks::of`] counts Word's.
fn odt_page_breaks(p: Node) -> (usize, usize) {
    // A note's text and breaks are the note's, laid out at the foot of the page.
    let in_note = |n: &Node| n.ancestors().any(|a| a.has_tag_name((TEXT, "note")));
    breaks_around_text(
        p.descendants().filter(|n| !in_note(n)),
        |n| n.has_tag_name((TEXT, "soft-page-break")),
        |n| n.is_text() && n.text().is_some_and(|t| !t.trim().is_empty()),
    )
}

fn odt_text(n: Node) -> String {
    let mut out = String::new();
    for c in n.children() {
        if c.is_text() {
            out.push_str(c.text().unwrap_or(""));
        } else if c.has_tag_name((TEXT, "s"))
            || c.has_tag_name((TEXT, "tab"))
            || c.has_tag_name((TEXT, "line-break"))
        {
            out.push(' ');
        } else if c.has_tag_name((TEXT, "note")) {
            let citation = c
                .descendants()
                .find(|d| d.has_tag_name((TEXT, "note-citation")))
                .map(odt_text)
                .unwrap_or_default();
            out.push_str(&format!("<sup>{}</sup>", citation.trim()));
        } else if c.is_element() {
            out.push_str(&odt_text(c));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    fn zip_of(files: &[(&str, &str)]) -> Vec<u8> {
        let mut buf = Cursor::new(Vec::new());
        {
            let mut z = zip::ZipWriter::new(&mut buf);
            for (name, content) in files {
                z.start_file(*name, zip::write::SimpleFileOptions::default())
                    .unwrap();
                z.write_all(content.as_bytes()).unwrap();
            }
            z.finish().unwrap();
        }
        buf.into_inner()
    }

    #[test]
    fn docx_headings_bold_and_footnotes() {
        let doc = format!(
            r#"<w:document xmlns:w="{W}"><w:body>
            <w:p><w:pPr><w:pStyle w:val="Kop1"/></w:pPr><w:r><w:t>Vraag 1</w:t></w:r></w:p>
            <w:p><w:r><w:t xml:space="preserve">Kent u het bericht</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>?</w:t></w:r></w:p>
            <w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Antwoord</w:t></w:r></w:p>
            </w:body></w:document>"#
        );
        let notes = format!(
            r#"<w:footnotes xmlns:w="{W}"><w:footnote w:id="1"><w:p><w:r><w:t>NOS, 1 maart 2024.</w:t></w:r></w:p></w:footnote></w:footnotes>"#
        );
        let bytes = zip_of(&[("word/document.xml", &doc), ("word/footnotes.xml", &notes)]);
        let text = docx_to_text(&bytes).unwrap();
        assert_eq!(
            text,
            "# Vraag 1\n\nKent u het bericht<sup>1</sup>?\n\n**Antwoord**\n\n---\n\n<sup>1</sup> NOS, 1 maart 2024.\n\n"
        );
    }

    #[test]
    fn odt_headings_and_lists() {
        let content = format!(
            r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="{TEXT}"><office:body><office:text>
            <text:h text:outline-level="2">Besluitenlijst</text:h><text:p>Agendapunt 1<text:s/>Opening</text:p>
            <text:list><text:list-item><text:p>Besluit: akkoord</text:p></text:list-item></text:list>
            </office:text></office:body></office:document-content>"#
        );
        let text = odt_to_text(&zip_of(&[("content.xml", &content)])).unwrap();
        assert_eq!(
            text,
            "## Besluitenlijst\n\nAgendapunt 1 Opening\n\n- Besluit: akkoord\n\n"
        );
    }

    /// The pages of the paragraphs of a converted file: what `clean_markdown` will count.
    /// The text without the cleaner's note marks (private-use characters).
    fn pages(text: &str) -> Vec<(String, u32)> {
        let clean = crate::text::clean_markdown(text);
        (clean.lines.into_iter())
            .filter(|l| !l.is_blank())
            .map(|l| {
                let text = (l.text.chars())
                    .filter(|c| !('\u{e000}'..='\u{f8ff}').contains(c))
                    .collect();
                (text, l.page)
            })
            .collect()
    }

    fn docx_of(body: &str) -> Vec<u8> {
        let doc = format!(r#"<w:document xmlns:w="{W}"><w:body>{body}</w:body></w:document>"#);
        zip_of(&[("word/document.xml", &doc)])
    }

    #[test]
    fn docx_pages_from_the_last_layout() {
        // An explicit break alone in a paragraph, and Word's record of it at the start of
        // the next: one break. Then a page that breaks inside a paragraph: the paragraph
        // starts on page 2, the next is on page 3.
        let bytes = docx_of(
            r#"<w:p><w:r><w:t>Brief</w:t></w:r></w:p>
            <w:p><w:r><w:br w:type="page"/></w:r></w:p>
            <w:p><w:r><w:lastRenderedPageBreak/><w:t>Vraag 1</w:t></w:r></w:p>
            <w:p><w:r><w:t>Een lang antwoord</w:t></w:r><w:r><w:lastRenderedPageBreak/><w:t> dat verder gaat.</w:t></w:r></w:p>
            <w:p><w:r><w:t>Vraag 2</w:t></w:r></w:p>"#,
        );
        let text = docx_to_text(&bytes).unwrap();
        assert_eq!(
            pages(&text),
            [
                ("Brief".to_string(), 1),
                ("Vraag 1".to_string(), 2),
                ("Een lang antwoord dat verder gaat.".to_string(), 2),
                ("Vraag 2".to_string(), 3),
            ]
        );
    }

    #[test]
    fn docx_never_laid_out_counts_its_explicit_breaks() {
        let bytes = docx_of(
            r#"<w:p><w:r><w:t>Brief</w:t><w:br w:type="page"/></w:r></w:p>
            <w:p><w:r><w:t>Vraag 1</w:t><w:br/></w:r></w:p>
            <w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>Vraag 2</w:t></w:r></w:p>
            <w:p><w:pPr><w:pageBreakBefore w:val="0"/></w:pPr><w:r><w:t>Antwoord 2</w:t></w:r></w:p>"#,
        );
        let text = docx_to_text(&bytes).unwrap();
        assert_eq!(
            pages(&text),
            [
                ("Brief".to_string(), 1),
                ("Vraag 1".to_string(), 2),
                ("Vraag 2".to_string(), 3),
                ("Antwoord 2".to_string(), 3),
            ]
        );
    }

    #[test]
    fn docx_without_breaks_has_no_pages() {
        let text = docx_to_text(&docx_of(r#"<w:p><w:r><w:t>Brief</w:t></w:r></w:p>"#)).unwrap();
        assert_eq!(pages(&text), [("Brief".to_string(), 0)]);
    }

    #[test]
    fn odt_pages_from_soft_page_breaks() {
        let content = format!(
            r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="{TEXT}"><office:body><office:text>
            <text:p>Brief</text:p><text:soft-page-break/>
            <text:p>Vraag 1</text:p>
            <text:p>Een lang<text:soft-page-break/> antwoord</text:p>
            <text:p><text:soft-page-break/>Vraag 2</text:p>
            <text:p>Antwoord<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Een noot<text:soft-page-break/> die doorloopt</text:p></text:note-body></text:note> 2</text:p>
            <text:p>Vraag 3</text:p>
            </office:text></office:body></office:document-content>"#
        );
        let text = odt_to_text(&zip_of(&[("content.xml", &content)])).unwrap();
        assert_eq!(
            pages(&text),
            [
                ("Brief".to_string(), 1),
                ("Vraag 1".to_string(), 2),
                ("Een lang antwoord".to_string(), 2),
                ("Vraag 2".to_string(), 4),
                // A note's own page break is at the foot of the page: the text goes on.
                ("Antwoord1 2".to_string(), 4),
                ("Vraag 3".to_string(), 4),
            ]
        );
    }

    #[test]
    fn not_a_zip_is_an_error() {
        assert!(
            docx_to_text(b"plain text")
                .unwrap_err()
                .contains("not a valid Office file")
        );
    }
}
