//! Official-publications XML (officiele-publicaties): Handelingen with `agendapunt`,
//! `spreekbeurt`, `spreker` and `motie`; Kamervragen with `vraag` and `antwoord`; any
//! other document by its paragraphs. The Tweede Kamer's own meeting reports (VLOS) are
//! read by the `vlos` module beside this one.
//!
//! The XML's structure is used directly: it is written out as zoek's canonical text
//! (speaker lines `Mevrouw Kröger (GroenLinks):`, agenda items `9 Bouwregelgeving`,
//! `Motie` blocks, `Vraag 1` / `Antwoord 1`), which the splitter reads without guessing.

use roxmltree::{Document, Node};

/// Convert an official-publications XML document to canonical text.
pub fn to_text(xml: &str) -> Result<String, String> {
    let doc = Document::parse(xml).map_err(|e| format!("not well-formed XML: {e}"))?;
    let root = doc.root_element();
    let mut out = Writer::default();
    if root.tag_name().name() == "metadata_gegevens" {
        let id = super::record::MetadataRecord::parse(xml)
            .and_then(|r| r.identifier)
            .unwrap_or_else(|| "a publication".into());
        return Err(format!(
            "a metadata record (of {id}), not a document: zoek reads it with the document it \
             describes, when that lies beside it (X.metadata.xml, or metadata.xml in its folder)"
        ));
    }
    if super::vlos::is_vlos(root) {
        super::vlos::to_text(root, &mut out)?;
        return Ok(out.text);
    }
    // The identifier in the metadata names the chamber (`h-tk-20172018-70-9`).
    let ident = root
        .descendants()
        .filter_map(|n| n.attribute("content"))
        .find(|c| {
            c.contains("h-tk-") || c.contains("h-ek-") || c.contains("kst-") || c.contains("ah-tk-")
        });
    let id = ident.and_then(crate::meta::OfficialId::find);
    if let Some(ident) = ident {
        let chamber = if ident.contains("-ek-") {
            "Eerste Kamer"
        } else {
            "Tweede Kamer"
        };
        out.paragraph(&format!("{chamber} der Staten-Generaal"));
    }
    // The identifier and the year, as a printed cover gives them: the XML names them only
    // in the link to its metadata.
    if let Some(id) = &id {
        out.paragraph(&id.text);
        out.paragraph(&format!("Vergaderjaar {}–{}", id.year, id.year + 1));
    }
    if let Some(h) = root.descendants().find(|n| n.has_tag_name("handelingen")) {
        out.paragraph("Handelingen");
        // How the item is cited, with its title when the file is one agenda item.
        if let Some(id) = id.filter(|id| id.kind == "h") {
            let items: Vec<Node> = h
                .children()
                .filter(|c| c.has_tag_name("agendapunt"))
                .collect();
            let title = match items.as_slice() {
                [item] => child(*item, "item-titel").map(text_of),
                _ => None,
            };
            out.paragraph(&id.citation(title.as_deref()));
        }
        handelingen(h, &mut out);
    } else if root.descendants().any(|n| n.has_tag_name("vraag")) {
        kamervragen(root, &mut out);
    } else {
        generic(root, &mut out);
    }
    Ok(out.text)
}

/// Canonical text being written, paragraph by paragraph.
#[derive(Default)]
pub(super) struct Writer {
    pub(super) text: String,
}

impl Writer {
    /// A paragraph of its own, with an empty line before and after.
    pub(super) fn paragraph(&mut self, s: &str) {
        let s = squeeze(s);
        if s.is_empty() {
            return;
        }
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push_str(if self.text.ends_with('\n') {
                "\n"
            } else {
                "\n\n"
            });
        }
        self.text.push_str(&s);
        self.text.push_str("\n\n");
    }
}

/// All text below a node, spaces squeezed.
pub(super) fn text_of(n: Node) -> String {
    squeeze(
        &n.descendants()
            .filter(|d| d.is_text())
            .filter_map(|d| d.text())
            .collect::<Vec<_>>()
            .join(" "),
    )
}

fn squeeze(s: &str) -> String {
    let joined = s.split_whitespace().collect::<Vec<_>>().join(" ");
    // Punctuation that the XML's line breaks separated from its word.
    let mut out = String::with_capacity(joined.len());
    let chars: Vec<char> = joined.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let next = chars.get(i + 1).copied();
        let after = chars.get(i + 2).copied();
        // Drop a space before punctuation (but keep it before an ellipsis) and after `(`.
        if c == ' ' && matches!(next, Some(',' | ';' | ':' | ')')) {
            continue;
        }
        if c == ' ' && next == Some('.') && after != Some('.') {
            continue;
        }
        if c == ' ' && out.ends_with('(') {
            continue;
        }
        out.push(c);
    }
    out
}

fn child<'a, 'i>(n: Node<'a, 'i>, tag: &str) -> Option<Node<'a, 'i>> {
    n.children().find(|c| c.has_tag_name(tag))
}

/// `Mevrouw Kröger (GroenLinks):`, `Minister Ollongren:`, `De voorzitter:`.
fn speaker_line(spreker: Node) -> String {
    let prefix = child(spreker, "voorvoegsels")
        .map(text_of)
        .unwrap_or_default();
    let naam = child(spreker, "naam");
    let first = naam
        .and_then(|n| child(n, "voornaam"))
        .map(text_of)
        .unwrap_or_default();
    let last = naam
        .and_then(|n| child(n, "achternaam"))
        .map(text_of)
        .unwrap_or_default();
    let party = child(spreker, "politiek").map(text_of);
    if last.eq_ignore_ascii_case("voorzitter") {
        return "De voorzitter:".into();
    }
    let name = [first.as_str(), last.as_str()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let name = crate::text::surname_case(&name);
    match party {
        Some(p) if !p.is_empty() => format!("{prefix} {name} ({p}):"),
        _ => format!("{prefix} {name}:"),
    }
    .trim()
    .to_string()
}

fn handelingen(h: Node, out: &mut Writer) {
    for item in h.children().filter(|c| c.is_element()) {
        match item.tag_name().name() {
            "agendapunt" => agendapunt(item, out),
            "spreekbeurt" => spreekbeurt(item, out),
            "tekst" => loose_text(item, out),
            _ => {}
        }
    }
}

fn agendapunt(a: Node, out: &mut Writer) {
    let nr = child(a, "nr").map(text_of).unwrap_or_default();
    let title = child(a, "item-titel").map(text_of).unwrap_or_default();
    if !title.is_empty() {
        out.paragraph(&format!("{nr} {title}"));
    }
    for c in a.children().filter(|c| c.is_element()) {
        match c.tag_name().name() {
            "spreekbeurt" => spreekbeurt(c, out),
            "tekst" => loose_text(c, out),
            "agendapunt" => agendapunt(c, out),
            _ => {}
        }
    }
}

fn spreekbeurt(s: Node, out: &mut Writer) {
    if let Some(sp) = child(s, "spreker") {
        out.paragraph(&speaker_line(sp));
    }
    for t in s.children().filter(|c| c.has_tag_name("tekst")) {
        tekst(t, out);
    }
}

/// Words of the chair outside any turn continue the chair's turn.
fn loose_text(t: Node, out: &mut Writer) {
    let procedural = text_of(t);
    if procedural.starts_with("De vergadering wordt")
        || procedural.starts_with("De beraadslaging wordt")
    {
        out.paragraph(&procedural);
        return;
    }
    out.paragraph("De voorzitter:");
    tekst(t, out);
}

fn tekst(t: Node, out: &mut Writer) {
    for c in t.children().filter(|c| c.is_element()) {
        match c.tag_name().name() {
            "al-groep" => {
                for al in c.children().filter(|a| a.is_element()) {
                    out.paragraph(&text_of(al));
                }
            }
            "al" => out.paragraph(&text_of(c)),
            "motie" => motie(c, out),
            _ => out.paragraph(&text_of(c)),
        }
    }
}

fn motie(m: Node, out: &mut Writer) {
    out.paragraph("Motie");
    let body: Vec<String> = m
        .children()
        .filter(|c| c.has_tag_name("al"))
        .map(text_of)
        .collect();
    out.paragraph(&body.join(" "));
    if let Some(info) = child(m, "motie-info") {
        for al in info.children().filter(|c| c.has_tag_name("al")) {
            out.paragraph(&text_of(al));
        }
    }
}

fn kamervragen(root: Node, out: &mut Writer) {
    for n in root.descendants().filter(|n| n.is_element()) {
        match n.tag_name().name() {
            "titel"
                if n.ancestors()
                    .all(|a| !a.has_tag_name("vraag") && !a.has_tag_name("antwoord")) =>
            {
                out.paragraph(&text_of(n));
            }
            "vraag" | "antwoord" => {
                let label = if n.has_tag_name("vraag") {
                    "Vraag"
                } else {
                    "Antwoord"
                };
                let nr = n
                    .attribute("nummer")
                    .map(str::to_string)
                    .or_else(|| {
                        child(n, "nr")
                            .map(text_of)
                            .map(|s| s.trim_start_matches(label).trim().to_string())
                    })
                    .unwrap_or_default();
                out.paragraph(&format!("{label} {nr}"));
                for al in n.descendants().filter(|d| d.has_tag_name("al")) {
                    out.paragraph(&text_of(al));
                }
            }
            _ => {}
        }
    }
}

fn generic(root: Node, out: &mut Writer) {
    for n in root.descendants().filter(|n| n.is_element()) {
        match n.tag_name().name() {
            "titel" | "kop" | "al" | "tussenkop" | "item-titel"
                if n.ancestors()
                    .skip(1)
                    .all(|a| !matches!(a.tag_name().name(), "al" | "titel" | "kop")) =>
            {
                out.paragraph(&text_of(n));
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::to_text;

    #[test]
    fn handelingen_turns_and_motions() {
        let xml = r#"<officiele-publicatie><handelingen><agendapunt><nr>9</nr><item-titel>Bouw</item-titel>
          <spreekbeurt><spreker><voorvoegsels>Mevrouw</voorvoegsels><naam><achternaam>Kröger</achternaam></naam>(<politiek>GroenLinks</politiek>):</spreker>
          <tekst><al-groep><al>Voorzitter. Twee moties.</al></al-groep>
          <motie><kop><titel>Motie</titel></kop><al>De Kamer,</al><al>gehoord de beraadslaging,</al><al>verzoekt de regering iets,</al><al>en gaat over tot de orde van de dag.</al>
          <motie-info><spreker><voorvoegsels>De</voorvoegsels><naam><achternaam>voorzitter</achternaam></naam>:</spreker><al>Zij krijgt nr. <extref>346</extref> (<extref>32847</extref>).</al></motie-info></motie></tekst></spreekbeurt>
          <spreekbeurt><spreker><voorvoegsels>Minister</voorvoegsels><naam><achternaam>Ollongren</achternaam></naam>:</spreker><tekst><al-groep><al>Dank u.</al></al-groep></tekst></spreekbeurt>
          </agendapunt></handelingen></officiele-publicatie>"#;
        let text = to_text(xml).unwrap();
        assert_eq!(
            text,
            "Handelingen\n\n9 Bouw\n\nMevrouw Kröger (GroenLinks):\n\nVoorzitter. Twee moties.\n\nMotie\n\nDe Kamer, gehoord de beraadslaging, verzoekt de regering iets, en gaat over tot de orde van de dag.\n\nZij krijgt nr. 346 (32847).\n\nMinister Ollongren:\n\nDank u.\n\n"
        );
    }

    #[test]
    fn malformed_xml_is_an_error() {
        assert!(to_text("<a><b></a>").is_err());
    }

    /// `zoek split metadata.xml` says what the file is, not that it holds no text.
    #[test]
    fn a_metadata_record_is_no_document() {
        let err = to_text(
            r#"<metadata_gegevens><metadata name="DC.identifier" content="h-tk-20172018-70-8"/></metadata_gegevens>"#,
        )
        .unwrap_err();
        assert!(
            err.contains("metadata record (of h-tk-20172018-70-8), not a document"),
            "{err}"
        );
    }
}
