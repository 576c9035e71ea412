//! Metadata records of the official publications (`metadata.xml`), read with the
//! document they describe.
//!
//! Some facts live only in the record: a plenary Handelingen item's XML names its
//! vergaderjaar but not the day of the sitting (`OVERHEIDop.datumVergadering`). Whoever
//! downloads a publication with its record — the repository's layout
//! (`h-tk-20172018-70-9/1/xml/h-tk-20172018-70-9.xml` beside `…/1/metadata/metadata.xml`),
//! or a record saved beside the file (`h-tk-20172018-70-9.metadata.xml`) — gets those facts
//! on every passage. A record only fills what the document's own text leaves open, and is
//! used only when its identifier (`DC.identifier`) is the document's: its file name, or an
//! identifier its text names. A record is not a document: `zoek index` does not index it.
//!
//! The record's form: `<metadata_gegevens>` with `<metadata name="…" content="…"/>` per
//! field (`DC.identifier`, `DC.creator`, `OVERHEIDop.vergaderjaar`,
//! `OVERHEIDop.dossiernummer`, `OVERHEIDop.ondernummer`, the dates).

use std::path::{Path, PathBuf};

/// What zoek takes from a publication's metadata record.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MetadataRecord {
    /// The publication's identifier, lowercase (`h-tk-20172018-70-9`, `kst-34851-4`).
    pub identifier: Option<String>,
    /// The day the publication is about (ISO): the sitting's for Handelingen
    /// (`OVERHEIDop.datumVergadering`), the answer's receipt for Kamervragen
    /// (`datumOntvangst`), the letter's (`datumBrief`), else the day it was issued.
    pub date: Option<String>,
    /// The vergaderjaar (`2017-2018`).
    pub vergaderjaar: Option<String>,
    /// `Tweede Kamer` or `Eerste Kamer`, from `DC.creator`.
    pub chamber: Option<String>,
    /// The Kamerstuk (`34851-4`) of a Kamerstuk: its dossier and ondernummer.
    pub kamerstuk: Option<String>,
    /// Its number in the other dossiers it belongs to (`33037;34532` → `34532-4`), so
    /// that it is found in each.
    pub other_kamerstukken: Vec<String>,
}

impl MetadataRecord {
    /// Read a metadata record; `None` when the XML is not one.
    pub fn parse(xml: &str) -> Option<MetadataRecord> {
        let doc = roxmltree::Document::parse(xml).ok()?;
        let root = doc.root_element();
        if root.tag_name().name() != "metadata_gegevens" {
            return None;
        }
        let field = |name: &str| {
            root.children()
                .filter(|n| n.is_element() && n.attribute("name") == Some(name))
                .filter_map(|n| n.attribute("content"))
                .map(str::trim)
                .find(|c| !c.is_empty())
                .map(str::to_string)
        };
        let date = [
            "OVERHEIDop.datumVergadering",
            "OVERHEIDop.datumOntvangst",
            "OVERHEIDop.datumBrief",
            "DCTERMS.issued",
        ]
        .iter()
        .find_map(|f| field(f).and_then(|d| iso_day(&d)));
        let chamber = field("DC.creator").and_then(|c| {
            let c = c.to_lowercase();
            if c.contains("tweede kamer") {
                Some("Tweede Kamer".to_string())
            } else if c.contains("eerste kamer") {
                Some("Eerste Kamer".to_string())
            } else {
                None
            }
        });
        let identifier = field("DC.identifier").map(|i| i.to_lowercase());
        // A Kamerstuk's own number: the first of its dossiers (`33037;34532`) and its
        // ondernummer. Other publications cite dossiers without being a Kamerstuk of them.
        let dossiers: Vec<String> = match &identifier {
            Some(id) if id.starts_with("kst-") => root
                .children()
                .filter(|n| n.attribute("name") == Some("OVERHEIDop.dossiernummer"))
                .filter_map(|n| n.attribute("content"))
                .flat_map(|c| c.split(';'))
                .map(|d| d.trim().to_string())
                .filter(|d| !d.is_empty())
                .collect(),
            _ => Vec::new(),
        };
        let nr = field("OVERHEIDop.ondernummer");
        let mut numbers =
            (dossiers.iter()).map(|d| crate::meta::normalize_kamerstuk(d, nr.as_deref()));
        // A record without its dossiers still names the Kamerstuk by its identifier
        // (`kst-21501-31-207`).
        let kamerstuk = numbers.next().or_else(|| {
            (identifier.as_deref())
                .filter(|id| id.starts_with("kst-"))
                .and_then(crate::meta::kamerstuk_number)
        });
        let other_kamerstukken = numbers.collect();
        Some(MetadataRecord {
            identifier,
            date,
            vergaderjaar: field("OVERHEIDop.vergaderjaar")
                .and_then(|v| crate::meta::vergaderjaar(&v)),
            chamber,
            kamerstuk,
            other_kamerstukken,
        })
    }

    /// Whether this record describes the document at `path` with this text: its
    /// identifier is the file's name (`h-tk-20172018-70-9.xml`) or one the text names.
    /// A record beside a document of another publication is not used for it.
    pub fn describes(&self, path: &Path, text: &str) -> bool {
        let Some(id) = &self.identifier else {
            return false;
        };
        let stem = path
            .file_stem()
            .and_then(|s| s.to_str())
            .map(str::to_lowercase)
            .unwrap_or_default();
        stem == *id || text.to_lowercase().contains(id.as_str())
    }
}

/// `2018-04-05` (also `2018-04-05T00:00:00`) as an ISO day.
fn iso_day(s: &str) -> Option<String> {
    let d = s.get(..10)?;
    let mut parts = d.split('-');
    let (y, m, day) = (parts.next()?, parts.next()?, parts.next()?);
    crate::meta::iso_date(y.parse().ok()?, m.parse().ok()?, day.parse().ok()?)
}

/// Whether a file is named as a metadata record: `metadata.xml`, or a document's name
/// with `.metadata.xml`, `-metadata.xml` or `_metadata.xml`.
pub fn is_record_name(path: &Path) -> bool {
    let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
        return false;
    };
    let name = name.to_lowercase();
    name == "metadata.xml"
        || [".metadata.xml", "-metadata.xml", "_metadata.xml"]
            .iter()
            .any(|s| name.ends_with(s))
}

/// Whether a file's first bytes are those of a metadata record (its root element).
pub fn looks_like_record(head: &[u8]) -> bool {
    String::from_utf8_lossy(head).contains("<metadata_gegevens")
}

/// Where a document's metadata record may be, most specific first: beside it under its
/// own name (`X.metadata.xml`, `X-metadata.xml`, `X_metadata.xml`), as `metadata.xml`
/// in its folder, and in the repository's layout (`…/1/xml/X.xml` →
/// `…/1/metadata/metadata.xml`). Paths only: whether they exist is the caller's to see.
pub fn candidates(path: &Path) -> Vec<PathBuf> {
    let (Some(dir), Some(stem)) = (path.parent(), path.file_stem().and_then(|s| s.to_str())) else {
        return Vec::new();
    };
    let mut out: Vec<PathBuf> = [".metadata.xml", "-metadata.xml", "_metadata.xml"]
        .iter()
        .map(|s| dir.join(format!("{stem}{s}")))
        .collect();
    out.push(dir.join("metadata.xml"));
    if let Some(up) = dir.parent() {
        out.push(up.join("metadata").join("metadata.xml"));
    }
    out.retain(|c| c != path);
    out
}

/// The metadata record of the document at `path` with this text, read from the first
/// candidate ([`candidates`]) that exists and describes it.
pub fn find(path: &Path, text: &str) -> Option<MetadataRecord> {
    let found: Vec<Vec<u8>> = (candidates(path).iter())
        .filter_map(|c| std::fs::read(c).ok())
        .collect();
    first_describing(path, text, &found)
}

/// Of the records read from a document's candidate places (most specific first), the
/// first that is a record and describes the document at `path` with this text.
pub fn first_describing(path: &Path, text: &str, found: &[Vec<u8>]) -> Option<MetadataRecord> {
    found.iter().find_map(|xml| {
        MetadataRecord::parse(&String::from_utf8_lossy(xml)).filter(|r| r.describes(path, text))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const HANDELINGEN: &str = r#"<?xml version="1.0" encoding="utf-8"?>
<metadata_gegevens>
<metadata name="DC.title" scheme="" content="Regeling van werkzaamheden"/>
<metadata name="DC.type" scheme="OVERHEIDop.Parlementair" content="Handelingen"/>
<metadata name="OVERHEIDop.vergaderjaar" scheme="" content="2017-2018"/>
<metadata name="OVERHEIDop.datumVergadering" scheme="" content="2018-04-05"/>
<metadata name="DCTERMS.issued" scheme="DCTERMS.W3CDTF" content="2018-04-19"/>
<metadata name="DC.creator" scheme="OVERHEID.StatenGeneraal" content="Tweede Kamer der Staten-Generaal"/>
<metadata name="DC.identifier" scheme="OVERHEIDop.ParlID" content="h-tk-20172018-70-8"/>
</metadata_gegevens>"#;

    #[test]
    fn a_handelingen_record_gives_the_day_of_the_sitting() {
        let r = MetadataRecord::parse(HANDELINGEN).unwrap();
        assert_eq!(r.identifier.as_deref(), Some("h-tk-20172018-70-8"));
        assert_eq!(
            r.date.as_deref(),
            Some("2018-04-05"),
            "the sitting, not the issue"
        );
        assert_eq!(r.vergaderjaar.as_deref(), Some("2017-2018"));
        assert_eq!(r.chamber.as_deref(), Some("Tweede Kamer"));
        assert_eq!(r.kamerstuk, None);
        assert!(r.describes(Path::new("x/h-tk-20172018-70-8.xml"), ""));
        assert!(r.describes(
            Path::new("x/item.xml"),
            "… h-tk-20172018-70-8/metadata.xml …"
        ));
        assert!(!r.describes(Path::new("x/h-tk-20172018-70-9.xml"), "h-tk-20172018-70-9"));
    }

    #[test]
    fn a_kamerstuk_record_gives_its_number_and_a_document_is_no_record() {
        let xml = r#"<metadata_gegevens>
<metadata name="OVERHEIDop.dossiernummer" scheme="" content="33037;34532"/>
<metadata name="OVERHEIDop.ondernummer" scheme="" content="4"/>
<metadata name="DCTERMS.issued" scheme="DCTERMS.W3CDTF" content="2017-12-12"/>
<metadata name="DC.identifier" scheme="OVERHEIDop.ParlID" content="kst-33037-4"/>
</metadata_gegevens>"#;
        let r = MetadataRecord::parse(xml).unwrap();
        assert_eq!(r.kamerstuk.as_deref(), Some("33037-4"));
        assert_eq!(r.other_kamerstukken, ["34532-4"]);
        assert_eq!(r.date.as_deref(), Some("2017-12-12"));
        assert_eq!(MetadataRecord::parse("<officiele-publicatie/>"), None);
        assert!(looks_like_record(xml.as_bytes()));
        assert!(!looks_like_record(b"<officiele-publicatie>"));
    }

    #[test]
    fn a_kamerstuk_record_without_its_dossiers_is_numbered_by_its_identifier() {
        for (id, kamerstuk) in [
            ("kst-32317-974", "32317-974"),
            ("kst-21501-31-207", "21501-31-207"),
            ("kst-34000-XV-5", "34000-XV-5"),
        ] {
            let xml = format!(
                r#"<metadata_gegevens>
<metadata name="DC.identifier" scheme="OVERHEIDop.ParlID" content="{id}"/>
</metadata_gegevens>"#
            );
            let r = MetadataRecord::parse(&xml).unwrap();
            assert_eq!(r.kamerstuk.as_deref(), Some(kamerstuk), "{id}");
        }
    }

    #[test]
    fn records_are_looked_for_beside_the_document_and_in_the_repository_layout() {
        assert!(is_record_name(Path::new("a/metadata.xml")));
        assert!(is_record_name(Path::new(
            "a/h-tk-20172018-70-8.metadata.xml"
        )));
        assert!(is_record_name(Path::new("a/kst-34851-4_metadata.xml")));
        assert!(!is_record_name(Path::new("a/h-tk-20172018-70-8.xml")));
        let c = candidates(Path::new(
            "r/h-tk-20172018-70-8/1/xml/h-tk-20172018-70-8.xml",
        ));
        assert_eq!(
            c.last().unwrap(),
            Path::new("r/h-tk-20172018-70-8/1/metadata/metadata.xml")
        );
        assert!(c.contains(&PathBuf::from(
            "r/h-tk-20172018-70-8/1/xml/h-tk-20172018-70-8.metadata.xml"
        )));
    }
}
