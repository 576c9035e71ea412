fn main() {
    let p = std::env::args().nth(1).unwrap();
    let doc = zoek::read::read_document(p.as_ref()).unwrap();
    let c = match doc.format {
        zoek::read::Format::Pdf => zoek::text::clean_pdf(&doc.text),
        zoek::read::Format::Markdown => zoek::text::clean_markdown(&doc.text),
        _ => zoek::text::clean_text(&doc.text),
    };
    for (i, l) in c.lines.iter().enumerate() {
        println!("{i:5} {:?} {}", l.hint, l.text);
    }
}
