//! Hits as an RSS 2.0 feed (`zoek search --kamerstuk 32317 --rss`), so a reader follows a
//! dossier, a party's questions or a subject in any feed reader: each hit is an item,
//! linked to its document on zoek.officielebekendmakingen.nl where its identifier is known.

use super::SearchResults;
use crate::passage::Passage;
use crate::text::first_words;
use rss::{Category, Channel, Guid, Item};

/// Where the official publications are read: `{BASE}/kst-32317-974.html`.
pub const OFFICIAL_BASE: &str = "https://zoek.officielebekendmakingen.nl";

/// The address of a passage's document on zoek.officielebekendmakingen.nl: by its
/// official identifier (`ah-tk-20232024-1292`, `h-tk-20172018-70-8`), else by its
/// Kamerstuk number (`kst-32317-974`). `None` for a document that is not published there
/// under a number zoek knows (a committee debate's transcript, a concept, a decision
/// list).
pub fn official_url(p: &Passage) -> Option<String> {
    if p.status.as_deref() == Some("concept") {
        return None;
    }
    let official = (p.identifiers.iter()).find(|i| crate::meta::is_official_id(i));
    let id = match (official, &p.kamerstuk) {
        (Some(id), _) => id.clone(),
        // A number with its nr, not a dossier alone.
        (None, Some(k)) if k.contains('-') => format!("kst-{k}"),
        _ => return None,
    };
    Some(format!("{OFFICIAL_BASE}/{id}.html"))
}

/// The hits of a search as an RSS 2.0 document, titled `title`. Each item is a hit:
/// its title who asked or spoke and the first words, its description the passage's
/// text, its date the passage's, its categories its fracties and kinds, its guid the
/// passage's id and document (stable across reindexing).
pub fn rss(results: &SearchResults, title: &str) -> String {
    let items = results.hits.iter().map(|h| item(&h.passage)).collect();
    let channel = Channel {
        title: title.to_string(),
        // RSS requires a channel link; the feed has no page of its own.
        link: OFFICIAL_BASE.to_string(),
        description: format!(
            "{} of {} passages, newest first, from a zoek index",
            results.hits.len(),
            results.total
        ),
        language: Some("nl".to_string()),
        generator: Some(format!("zoek {}", env!("CARGO_PKG_VERSION"))),
        items,
        ..Channel::default()
    };
    channel.to_string()
}

fn item(p: &Passage) -> Item {
    // Who asked or spoke; for a minister's letter or notice, the minister.
    let who = match (p.fracties(), &p.speaker) {
        (f, _) if !f.is_empty() => f.join(", "),
        (_, Some(s)) => s.clone(),
        _ => (Some(p.minister_names().join(", ")).filter(|n| !n.is_empty()))
            .or_else(|| p.doctype.clone())
            .unwrap_or_else(|| p.kind.to_string()),
    };
    let first = p.question.as_deref().unwrap_or(&p.text);
    let mut description = p.text.clone();
    if let Some(t) = &p.title {
        description = format!("{t}\n\n{description}");
    }
    let categories = (p.fracties().into_iter())
        .chain(p.doctype.clone())
        .chain([p.kind.to_string()])
        .map(|name| Category { name, domain: None })
        .collect();
    Item {
        title: Some(format!("{who}: {}", first_words(first, 100))),
        link: official_url(p),
        description: Some(description),
        categories,
        guid: Some(Guid {
            value: format!("{}#{}", p.source, ordinal(&p.id)),
            permalink: false,
        }),
        // One known by its vergaderjaar only on the day its year opened, as in date order.
        pub_date: p.sort_day().and_then(|d| rfc2822(&d)),
        ..Item::default()
    }
}

/// The passage's ordinal in its document, from its id (`file.txt#3` → `3`).
fn ordinal(id: &str) -> &str {
    id.rsplit_once('#').map(|(_, n)| n).unwrap_or(id)
}

/// An ISO date as RFC 2822, the date format of RSS, at midnight UTC.
fn rfc2822(iso: &str) -> Option<String> {
    let mut parts = iso.splitn(3, '-').map(str::parse::<u16>);
    let (Some(Ok(y)), Some(Ok(m)), Some(Ok(d))) = (parts.next(), parts.next(), parts.next()) else {
        return None;
    };
    let month = time::Month::try_from(u8::try_from(m).ok()?).ok()?;
    let date = time::Date::from_calendar_date(i32::from(y), month, u8::try_from(d).ok()?).ok()?;
    date.midnight()
        .assume_utc()
        .format(&time::format_description::well_known::Rfc2822)
        .ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::passage::PassageKind;

    #[test]
    fn a_document_is_linked_by_its_official_identifier_or_kamerstuk() {
        let mut p = Passage::new(PassageKind::Qa, "x");
        assert_eq!(official_url(&p), None);
        p.kamerstuk = Some("32317".into());
        assert_eq!(official_url(&p), None, "a dossier alone is no document");
        p.kamerstuk = Some("32317-974".into());
        assert_eq!(
            official_url(&p).as_deref(),
            Some("https://zoek.officielebekendmakingen.nl/kst-32317-974.html")
        );
        p.identifiers = vec!["2023z14759".into(), "ah-tk-20232024-1292".into()];
        assert_eq!(
            official_url(&p).as_deref(),
            Some("https://zoek.officielebekendmakingen.nl/ah-tk-20232024-1292.html")
        );
        p.status = Some("concept".into());
        assert_eq!(official_url(&p), None, "a concept is not published");
    }

    #[test]
    fn dates_as_rss_writes_them() {
        assert_eq!(
            rfc2822("2025-10-08").as_deref(),
            Some("Wed, 08 Oct 2025 00:00:00 +0000")
        );
        assert_eq!(rfc2822("2025-13-01"), None);
    }
}
