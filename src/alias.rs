//! Aliases: terms a reader takes for one another (`KMar` / `Koninklijke Marechaussee`,
//! `return hub` / `terugkeerhub`, `GL-PvdA` / `GroenLinks-PvdA`), read from
//! `index-schema/aliases.toml` and the party table `index-schema/fracties.toml`.

use crate::analyze;
use serde::Deserialize;
use std::collections::HashMap;
use std::sync::LazyLock;

/// The alias table as shipped.
pub const ALIASES_TOML: &str = include_str!("../index-schema/aliases.toml");

#[derive(Deserialize)]
struct Table {
    alias: Vec<Group>,
    /// Names whose last word alone names another place (see [`QUALIFIED`]).
    #[serde(default)]
    qualified: Vec<String>,
}

#[derive(Deserialize)]
struct Group {
    terms: Vec<String>,
    /// Terms the group's terms find but that do not find them: the members of a kind
    /// (`VN-organisaties` finds `UNHCR`; `UNHCR` does not find every UN body).
    #[serde(default)]
    narrower: Vec<String>,
    #[serde(default = "default_weight")]
    weight: f32,
}

fn default_weight() -> f32 {
    SAME_NAME
}

/// The weight of a group without a weight of its own, and the least weight of a group
/// whose terms are one name written otherwise (an abbreviation and its full name, the
/// Dutch and English name of one instrument): what a quoted phrase may also be found by
/// (`"search and rescue"` → `opsporings- en reddingsoperaties`). Near-synonyms are
/// weighted below it in `aliases.toml`.
pub const SAME_NAME: f32 = 0.8;

/// One group of equivalent terms, each as its folded (unstemmed) tokens.
#[derive(Debug, Clone)]
pub struct AliasGroup {
    /// The terms, each as folded tokens (`["koninklijke", "marechaussee"]`).
    pub terms: Vec<Vec<String>>,
    /// The members of the kind the terms name, which a query for a term also finds but
    /// which do not find the terms, as folded tokens.
    pub narrower: Vec<Vec<String>>,
    /// How much an alias counts against the term as typed (0–1).
    pub weight: f32,
}

/// All alias groups: those of `aliases.toml` and one per party of `fracties.toml`.
pub static GROUPS: LazyLock<Vec<AliasGroup>> = LazyLock::new(|| {
    let mut exact = analyze::exact_analyzer();
    let mut fold = |t: &str| analyze::tokens(&mut exact, t);
    let table: Table = toml::from_str(ALIASES_TOML).expect("index-schema/aliases.toml is valid");
    let mut groups: Vec<AliasGroup> = table
        .alias
        .iter()
        .map(|g| AliasGroup {
            terms: g.terms.iter().map(|t| fold(t)).collect(),
            narrower: g.narrower.iter().map(|t| fold(t)).collect(),
            weight: g.weight,
        })
        .collect();
    for p in crate::fractie::PARTIES
        .iter()
        .filter(|p| !p.aliases.is_empty())
    {
        let mut terms = vec![fold(&p.name)];
        terms.extend(p.aliases.iter().map(|a| fold(a)));
        groups.push(AliasGroup {
            terms,
            narrower: Vec::new(),
            weight: 0.9,
        });
    }
    for g in &mut groups {
        g.terms.retain(|t| !t.is_empty());
        g.terms.dedup();
        g.narrower.retain(|t| !t.is_empty());
    }
    groups
});

/// Names whose last word, standing alone, names another country, people or region
/// (`Wit-Rusland`, `Noord-Ierland`, `Nieuw-Zeeland`), as folded tokens: the `qualified`
/// list of `aliases.toml`. A passage that holds a query's word only as the last word of
/// such a name holds it only in part, as it would a part of a compound
/// (`crate::search`'s second stage): `Rusland` ranks the passages on Russia above those
/// on Belarus.
pub static QUALIFIED: LazyLock<Vec<Vec<String>>> = LazyLock::new(|| {
    let mut exact = analyze::exact_analyzer();
    let table: Table = toml::from_str(ALIASES_TOML).expect("index-schema/aliases.toml is valid");
    (table.qualified.iter())
        .map(|name| analyze::tokens(&mut exact, name))
        .filter(|tokens| tokens.len() > 1)
        .collect()
});

/// Where each term of [`GROUPS`] is, by its first token: (group, term) indexes. A query
/// looks its tokens up here rather than comparing them with the thousands of terms.
static BY_FIRST_TOKEN: LazyLock<HashMap<&'static str, Vec<(usize, usize)>>> = LazyLock::new(|| {
    let mut map: HashMap<&'static str, Vec<(usize, usize)>> = HashMap::new();
    for (g, group) in GROUPS.iter().enumerate() {
        for (k, term) in group.terms.iter().enumerate() {
            map.entry(term[0].as_str()).or_default().push((g, k));
        }
    }
    map
});

/// A span of query tokens that is a term of an alias group.
#[derive(Debug, Clone, PartialEq)]
pub struct AliasMatch {
    /// First token of the span.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// The group's other terms, as folded tokens, with the group's weight.
    pub alternatives: Vec<Vec<String>>,
    /// Weight of the alternatives.
    pub weight: f32,
    /// The members of the kind the term names ([`AliasGroup::narrower`]), weighted
    /// [`NARROWER`] of `weight`.
    pub narrower: Vec<Vec<String>>,
}

/// What a member of a kind counts for, against the group's weight, when the kind is asked
/// for: a passage naming `UNHCR` is about one UN body, not about the UN bodies.
pub const NARROWER: f32 = 0.75;

/// Find alias terms in a query's folded tokens; longest spans first, not overlapping; of
/// two groups holding one term, the first in the table.
pub fn find(tokens: &[String]) -> Vec<AliasMatch> {
    find_among(tokens, 0.0)
}

/// Find the terms of the groups of at least `weight` only, as [`find`] does: with
/// [`SAME_NAME`], the names written otherwise, even where a group of near-synonyms
/// holding the same term comes first (`Oeganda`: its people and adjective at 0.7, its
/// English name `Uganda` in a group of its own).
pub fn find_among(tokens: &[String], weight: f32) -> Vec<AliasMatch> {
    let mut found: Vec<AliasMatch> = Vec::new();
    let mut candidates: Vec<(usize, usize, usize, usize)> = Vec::new();
    for (start, first) in tokens.iter().enumerate() {
        for &(g, k) in BY_FIRST_TOKEN.get(first.as_str()).into_iter().flatten() {
            if GROUPS[g].weight < weight {
                continue;
            }
            let term = &GROUPS[g].terms[k];
            let end = start + term.len();
            if end <= tokens.len() && tokens[start..end] == term[..] {
                candidates.push((start, end, g, k));
            }
        }
    }
    // Longest first; then leftmost; then in the order of the table.
    candidates.sort_by_key(|&(s, e, g, k)| (std::cmp::Reverse(e - s), s, g, k));
    for (start, end, g, k) in candidates {
        let g = &GROUPS[g];
        if found.iter().any(|m| start < m.end && m.start < end) {
            continue;
        }
        let alternatives = g
            .terms
            .iter()
            .enumerate()
            .filter(|&(j, _)| j != k)
            .map(|(_, t)| t.clone())
            .collect();
        found.push(AliasMatch {
            start,
            end,
            alternatives,
            weight: g.weight,
            narrower: g.narrower.clone(),
        });
    }
    found.sort_by_key(|m| m.start);
    found
}

#[cfg(test)]
mod tests {
    use super::find;

    fn toks(s: &str) -> Vec<String> {
        s.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn abbreviations_and_full_names() {
        let m = find(&toks("inzet kmar grens"));
        assert_eq!((m[0].start, m[0].end), (1, 2));
        assert!(
            m[0].alternatives
                .contains(&toks("koninklijke marechaussee"))
        );
        let m = find(&toks("return hubs oeganda"));
        assert_eq!((m[0].start, m[0].end), (0, 2));
        assert!(m[0].alternatives.contains(&toks("terugkeerhubs")));
        // Oeganda has its English spelling and its people as aliases too.
        assert!(m[1].alternatives.contains(&toks("uganda")));
        assert!(m[1].alternatives.contains(&toks("oegandezen")));
    }

    #[test]
    fn a_kind_finds_its_members_and_not_the_other_way() {
        let m = find(&toks("vn organisaties"));
        assert!(
            m[0].narrower.contains(&toks("unicef")),
            "{:?}",
            m[0].narrower
        );
        assert!(m[0].narrower.contains(&toks("unhcr")));
        assert!(!m[0].alternatives.contains(&toks("unhcr")));
        let unhcr = find(&toks("unhcr"));
        assert!(unhcr.iter().all(|m| {
            !m.alternatives.contains(&toks("vn-organisaties"))
                && !m.alternatives.contains(&toks("unicef"))
        }));
        let m = find(&toks("frontline states"));
        assert!(m[0].narrower.contains(&toks("griekenland")));
    }

    #[test]
    fn qualified_names_are_read_as_their_words() {
        // `Wit-Rusland` is two words to the index, `wit` and `rusland`.
        assert!(super::QUALIFIED.contains(&toks("wit rusland")));
        assert!(super::QUALIFIED.contains(&toks("papoea nieuw guinea")));
        assert!(super::QUALIFIED.iter().all(|name| name.len() > 1));
    }

    #[test]
    fn countries_and_their_people() {
        let m = find(&toks("terugkeer syrie"));
        let syrie = m.iter().find(|x| x.start == 1).expect("syrie has aliases");
        assert_eq!(syrie.end, 2);
        for people in ["syriers", "syrische"] {
            assert!(syrie.alternatives.contains(&toks(people)), "{people}");
        }
        // `terugkeer` has its near-synonyms (how speakers say it).
        assert!(m[0].alternatives.contains(&toks("terugsturen")));
        // Ordinary words that are also short country forms are no aliases.
        assert!(find(&toks("solidariteit pool")).is_empty());
        assert!(find(&toks("let op")).is_empty());
    }

    #[test]
    fn a_country_is_its_name_written_otherwise_and_not_its_people() {
        // A query's words find the country's people and adjective too ...
        let m = find(&toks("oeganda"));
        assert!(m[0].alternatives.contains(&toks("uganda")));
        assert!(m[0].alternatives.contains(&toks("oegandezen")));
        assert!(m[0].weight < super::SAME_NAME);
        // ... a name written otherwise only its English name, from a group of its own.
        let m = super::find_among(&toks("oeganda"), super::SAME_NAME);
        assert_eq!(m[0].alternatives, vec![toks("uganda")]);
        assert!(m[0].weight >= super::SAME_NAME);
    }

    #[test]
    fn full_names_hold_function_words() {
        let m = find(&toks("europees verdrag voor de rechten van de mens"));
        assert_eq!((m[0].start, m[0].end), (0, 8));
        assert!(m[0].alternatives.contains(&toks("evrm")));
    }

    #[test]
    fn party_spellings_are_aliases() {
        let m = find(&toks("gl pvda"));
        assert!(
            m.iter()
                .any(|m| m.alternatives.contains(&toks("groenlinks pvda"))),
            "{m:?}"
        );
    }
}
