//! HTML pages saved from the official publication site or the Tweede Kamer site, read
//! with a real HTML parser (`scraper`, on html5ever). Only the document's text block is
//! read, not the site's navigation; headings become Markdown headings, bold `**bold**`,
//! list items `- item`, and footnotes `<sup>N</sup>`, as the Markdown reader expects.

use scraper::{ElementRef, Html, Node, Selector};

/// Where the document's own text lives on the sites users save pages from, best first.
const CONTENT: &[&str] = &[
    "#broodtekst",
    "div.stuk",
    ".officiele-publicatie",
    "#content article",
    "article",
    "main",
    "#content",
    "body",
];

/// Elements that are never the document's text.
const SKIP: &[&str] = &[
    "script", "style", "nav", "header", "footer", "noscript", "form", "button", "aside", "svg",
];

/// The text of an HTML page, as Markdown-like text.
pub fn to_text(html: &str) -> Result<String, String> {
    let page = Html::parse_document(html);
    let root = CONTENT
        .iter()
        .filter_map(|s| Selector::parse(s).ok())
        .find_map(|sel| page.select(&sel).next())
        .ok_or("HTML page has no body")?;
    let mut out = String::new();
    block(root, &mut out);
    Ok(out)
}

fn block(el: ElementRef, out: &mut String) {
    for child in el.children() {
        match child.value() {
            Node::Element(e) => {
                let Some(c) = ElementRef::wrap(child) else {
                    continue;
                };
                let tag = e.name();
                if SKIP.contains(&tag)
                    || e.classes()
                        .any(|c| c == "noprint" || c == "breadcrumb" || c == "menu")
                {
                    continue;
                }
                match tag {
                    "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                        let level: usize = tag[1..].parse().unwrap_or(1);
                        paragraph(out, &format!("{} {}", "#".repeat(level), inline(c)));
                    }
                    "p" | "li" | "dd" | "dt" | "td" | "th" | "caption" | "blockquote" | "pre" => {
                        if c.children()
                            .any(|n| n.value().as_element().is_some_and(|e| is_block(e.name())))
                        {
                            block(c, out);
                        } else {
                            let prefix = if tag == "li" { "- " } else { "" };
                            paragraph(out, &format!("{prefix}{}", inline(c)));
                        }
                    }
                    "br" => out.push('\n'),
                    _ => block(c, out),
                }
            }
            Node::Text(t) => {
                let s = t.trim();
                if !s.is_empty() {
                    paragraph(out, s);
                }
            }
            _ => {}
        }
    }
}

fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "p" | "div"
            | "ul"
            | "ol"
            | "li"
            | "table"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "section"
    )
}

/// The text of an element with inline markup: bold and footnote references kept.
fn inline(el: ElementRef) -> String {
    let mut out = String::new();
    for child in el.children() {
        match child.value() {
            Node::Text(t) => out.push_str(t),
            Node::Element(e) => {
                let Some(c) = ElementRef::wrap(child) else {
                    continue;
                };
                if SKIP.contains(&e.name()) {
                    continue;
                }
                let inner = inline(c);
                match e.name() {
                    "b" | "strong" if !inner.trim().is_empty() => {
                        out.push_str(&format!("**{}**", inner.trim()))
                    }
                    // Footnote numbers: `<sup>1</sup>` in the text, `span.nootnum` in the notes.
                    "span" if e.classes().any(|c| c == "nootnum") => {
                        out.push_str(&format!("<sup>{}</sup>", inner.trim()))
                    }
                    "sup"
                        if inner.trim().chars().all(|ch| ch.is_ascii_digit())
                            && !inner.trim().is_empty() =>
                    {
                        out.push_str(&format!("<sup>{}</sup>", inner.trim()))
                    }
                    "br" => out.push(' '),
                    _ => out.push_str(&inner),
                }
            }
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn paragraph(out: &mut String, s: &str) {
    let s = s.trim();
    if s.is_empty() || s == "#" {
        return;
    }
    out.push_str(s);
    out.push_str("\n\n");
}

#[cfg(test)]
mod tests {
    use super::to_text;

    #[test]
    fn the_text_block_not_the_navigation() {
        let html = r#"<html><head><title>x</title><script>var a=1;</script></head><body>
            <nav><a href="/">Home</a> <a href="/zoeken">Zoeken</a></nav>
            <div id="broodtekst"><h1>Vragen van het lid Erkens (VVD)</h1>
            <div class="vraag"><h2>Vraag 1</h2><p>Kent u het <b>bericht</b><sup>1</sup>?</p></div>
            <div class="antwoord"><h2>Antwoord 1</h2><p>Ja.</p><ul><li>punt</li></ul></div></div>
            <footer>© overheid</footer></body></html>"#;
        assert_eq!(
            to_text(html).unwrap(),
            "# Vragen van het lid Erkens (VVD)\n\n## Vraag 1\n\nKent u het **bericht**<sup>1</sup>?\n\n## Antwoord 1\n\nJa.\n\n- punt\n\n"
        );
    }
}
