//! Fractie (party group) names: one canonical spelling per party.
//!
//! The table lives in `index-schema/fracties.toml` as data. A name not in the table
//! is kept as written (tidied), so a new party is never lost, only not merged.

use serde::Deserialize;
use std::collections::HashMap;
use std::sync::LazyLock;

#[derive(Deserialize)]
struct Table {
    fractie: Vec<Entry>,
}

/// A party of the table: its canonical name and its other spellings.
#[derive(Deserialize)]
pub(crate) struct Entry {
    pub(crate) name: String,
    pub(crate) aliases: Vec<String>,
}

/// The party table as shipped in `index-schema/fracties.toml`.
pub const FRACTIES_TOML: &str = include_str!("../index-schema/fracties.toml");

/// The parties of [`FRACTIES_TOML`], read once for every use (names, spellings, aliases).
pub(crate) static PARTIES: LazyLock<Vec<Entry>> = LazyLock::new(|| {
    let table: Table = toml::from_str(FRACTIES_TOML).expect("index-schema/fracties.toml is valid");
    table.fractie
});

static CANONICAL: LazyLock<HashMap<String, String>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for entry in PARTIES.iter() {
        map.insert(key(&entry.name), entry.name.clone());
        for alias in &entry.aliases {
            map.insert(key(alias), entry.name.clone());
        }
    }
    map
});

/// Matching key: lowercase, without spaces, hyphens, slashes and a `fractie` suffix or prefix.
fn key(name: &str) -> String {
    let mut k: String = name
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '/' | '.' | '–'))
        .flat_map(char::to_lowercase)
        .collect();
    {
        let affix = "fractie";
        if let Some(rest) = k.strip_suffix(affix) {
            k = rest.to_string();
        }
        if let Some(rest) = k.strip_prefix(affix) {
            k = rest.to_string();
        }
    }
    k
}

/// Every spelling of a party the table knows, its canonical name first (`FVD`, `Forum voor
/// Democratie`, `FvD`); the name alone for a party the table does not know.
pub fn spellings(canonical: &str) -> Vec<String> {
    match PARTIES.iter().find(|e| e.name == canonical) {
        Some(e) => std::iter::once(&e.name)
            .chain(&e.aliases)
            .cloned()
            .collect(),
        None => vec![canonical.to_string()],
    }
}

/// Is this the name (in any spelling) of a party in the table?
pub fn is_known(raw: &str) -> bool {
    CANONICAL.contains_key(&key(raw.trim()))
}

/// The canonical name of a party of the table, named in any spelling (`GL-PvdA` →
/// `GroenLinks-PvdA`); `None` for a name the table does not know.
pub fn known(raw: &str) -> Option<String> {
    is_known(raw).then(|| normalize(raw)).flatten()
}

/// Normalize a fractie as written in a document or typed by a user to its canonical name.
///
/// Handles `GroenLinks/PvdA`, `GL-PvdA`, `GroenLinks-PvdA- fractie`, `de fractie van de BBB`,
/// `de BBB-fractie`, `fractie-Van de Sanden` (a one-member group: `Van de Sanden`).
/// Returns `None` for an empty name.
pub fn normalize(raw: &str) -> Option<String> {
    let mut s = raw
        .trim()
        .trim_end_matches([',', '.', ':', ';'])
        .trim()
        .to_string();
    for prefix in [
        "de leden van de ",
        "het lid van de ",
        "de fractie van de ",
        "fractie van de ",
        "de ",
        "het ",
    ] {
        if s.to_lowercase().starts_with(prefix) {
            s = s[prefix.len()..].to_string();
        }
    }
    // One-member groups: "fractie-Van de Sanden", "Fractie-Beukering".
    let lower = s.to_lowercase();
    if let Some(rest) = lower
        .strip_prefix("fractie-")
        .or_else(|| lower.strip_prefix("fractie "))
    {
        let start = s.len() - rest.len();
        let name = s[start..].trim();
        if !name.is_empty() && !CANONICAL.contains_key(&key(name)) {
            return Some(name.to_string());
        }
    }
    let k = key(&s);
    if k.is_empty() {
        return None;
    }
    if let Some(name) = CANONICAL.get(&k) {
        return Some(name.clone());
    }
    // Unknown party: keep it as written, without a "-fractie" suffix.
    let tidy = s
        .trim_end_matches("fractie")
        .trim_end_matches("Fractie")
        .trim_end_matches(['-', ' '])
        .to_string();
    Some(tidy).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::normalize;

    #[test]
    fn spellings_of_one_party_meet() {
        for s in [
            "GroenLinks/PvdA",
            "GL-PvdA",
            "GroenLinks-PvdA- fractie",
            "GroenLinks-PvdA-fractie",
            "gl/pvda",
        ] {
            assert_eq!(normalize(s).as_deref(), Some("GroenLinks-PvdA"), "{s}");
        }
        assert_eq!(normalize("de fractie van de BBB").as_deref(), Some("BBB"));
        assert_eq!(normalize("BBB-fractie").as_deref(), Some("BBB"));
        assert_eq!(normalize("Forum voor Democratie").as_deref(), Some("FVD"));
        assert_eq!(normalize("CU").as_deref(), Some("ChristenUnie"));
    }

    #[test]
    fn one_member_groups_keep_the_name() {
        assert_eq!(
            normalize("fractie-Van de Sanden").as_deref(),
            Some("Van de Sanden")
        );
        assert_eq!(normalize("Fractie-Beukering").as_deref(), Some("Beukering"));
    }

    #[test]
    fn unknown_party_is_kept() {
        assert_eq!(
            normalize("Nieuwe Partij-fractie").as_deref(),
            Some("Nieuwe Partij")
        );
        assert_eq!(normalize("  "), None);
    }
}
