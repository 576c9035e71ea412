//! Counting the matching passages by fractie, speaker, minister, kind of document, …:
//! `zoek search terugkeerhub --count fractie`.
//!
//! The count is over every passage holding each word of the query (in any of its forms)
//! and passing the filters, not over a page of hits; copies of one passage (a concept
//! and its final version, a PDF and its text) count once, as they show as one hit.

use super::{SearchRequest, merge_filters, plan, rank};
use crate::error::Result;
use crate::index::{ZoekIndex, dossier_of};
use crate::passage::{Passage, Role};
use crate::query;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap};
use tantivy::DocAddress;
use tantivy::collector::DocSetCollector;

/// What the matching passages are counted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Facet {
    /// The fractie that asked or spoke; a passage of several (Kamervragen of members of
    /// three parties, a motion submitted by four) counts for each.
    Fractie,
    /// The member or minister who spoke or asked; each asker of joint Kamervragen, each
    /// submitter of a motion.
    Speaker,
    /// The minister who answered, or spoke.
    Minister,
    /// The kind of document (`kamervragen`, `motie`, `handelingen`, …).
    Type,
    /// The kind of passage (`qa`, `question`, `speech`, …).
    Kind,
    /// The vergaderjaar.
    Vergaderjaar,
    /// The dossier (`32317`).
    Dossier,
}

impl Facet {
    /// The names a user types (`fractie`, `partij`, `spreker`, …).
    pub fn parse(s: &str) -> Option<Facet> {
        Some(match s.trim().to_lowercase().as_str() {
            "fractie" | "fracties" | "partij" | "party" => Facet::Fractie,
            "speaker" | "spreker" | "lid" | "member" => Facet::Speaker,
            "minister" | "bewindspersoon" => Facet::Minister,
            "type" | "doctype" | "document" => Facet::Type,
            "kind" | "soort" => Facet::Kind,
            "vergaderjaar" | "vj" | "year" => Facet::Vergaderjaar,
            "dossier" | "kamerstuk" => Facet::Dossier,
            _ => return None,
        })
    }

    /// The name shown in a count's header.
    pub fn as_str(self) -> &'static str {
        match self {
            Facet::Fractie => "fractie",
            Facet::Speaker => "speaker",
            Facet::Minister => "minister",
            Facet::Type => "type",
            Facet::Kind => "kind",
            Facet::Vergaderjaar => "vergaderjaar",
            Facet::Dossier => "dossier",
        }
    }

    /// The values of a passage under this facet; none when the record does not say.
    pub fn values(self, p: &Passage) -> Vec<String> {
        match self {
            Facet::Fractie => p.fracties(),
            Facet::Speaker => {
                let named: Vec<String> = (p.members.iter())
                    .map(|m| m.split(" (").next().unwrap_or(m).to_string())
                    .collect();
                match named.is_empty() {
                    true => p.speaker.iter().cloned().collect(),
                    false => named,
                }
            }
            Facet::Minister => match (p.role, &p.speaker) {
                (Some(Role::Minister), Some(s)) => vec![s.clone()],
                _ => p.minister_name().into_iter().collect(),
            },
            Facet::Type => p.doctype.iter().cloned().collect(),
            Facet::Kind => vec![p.kind.as_str().to_string()],
            Facet::Vergaderjaar => p.vergaderjaar.iter().cloned().collect(),
            Facet::Dossier => p.kamerstuk.iter().map(|k| dossier_of(k)).collect(),
        }
    }
}

/// One value of a facet and how many matching passages have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FacetCount {
    /// The value (`GroenLinks-PvdA`, `2024-2025`, …).
    pub value: String,
    /// How many passages have it.
    pub passages: usize,
}

/// The matching passages counted by a facet.
#[derive(Debug, Clone, Serialize)]
pub struct Counts {
    /// The query as typed.
    pub query: String,
    /// What the passages are counted by.
    pub by: Facet,
    /// How many passages match, copies counted once.
    pub passages: usize,
    /// How many copies were folded into those passages (not counted).
    pub copies: usize,
    /// Each value, most passages first (then by name). A passage of several values
    /// (Kamervragen of three parties) counts for each, so the counts can add up to more
    /// than `passages`.
    pub counts: Vec<FacetCount>,
    /// How many passages have no value (a debate's chair has no fractie).
    pub without: usize,
}

/// Bands of a signature for finding possible copies without comparing every pair: two
/// copies (trigram overlap 0.6 or more) share some band of three values with a
/// probability of 1 − (1 − 0.6³)¹⁶ ≈ 0.98.
const BAND: usize = 3;

/// How many earlier members of a band's bucket a passage is compared with: a bucket of
/// boilerplate (the same closing line in a thousand letters) must not cost a thousand².
const BUCKET_PEERS: usize = 8;

impl ZoekIndex {
    /// Count the passages that hold every word of the request's query (in any of their
    /// forms) and pass its filters, by a facet; copies of one passage count once. An empty
    /// query with no filters counts every passage.
    pub fn count(&self, req: &SearchRequest, by: Facet) -> Result<Counts> {
        let mut parsed = query::parse(&req.query)?;
        merge_filters(&mut parsed.filters, &req.filters);
        self.resolve_open(&mut parsed)?;
        let searcher = self.reader().searcher();
        let plan = self.plan(&parsed, &req.config, plan::Matching::Every);
        let mut addrs: Vec<DocAddress> = searcher
            .search(plan.query.as_ref(), &DocSetCollector)?
            .into_iter()
            .collect();
        addrs.sort();
        let passages: Vec<Passage> = (addrs.iter())
            .map(|&a| Ok(self.to_passage(&searcher.doc(a)?)))
            .collect::<Result<_>>()?;
        let groups = match req.config.dedupe {
            true => self.copies(&searcher, &addrs, &passages)?,
            false => (0..passages.len()).collect(),
        };
        // Each group counts once, by the version that would be shown.
        let mut shown: BTreeMap<usize, usize> = BTreeMap::new();
        for (i, &g) in groups.iter().enumerate() {
            let best = shown.entry(g).or_insert(i);
            if rank::preferred(&passages[i], &passages[*best]) {
                *best = i;
            }
        }
        let mut tally: HashMap<String, usize> = HashMap::new();
        let mut without = 0;
        for &i in shown.values() {
            let values = by.values(&passages[i]);
            if values.is_empty() {
                without += 1;
            }
            for v in values {
                *tally.entry(v).or_default() += 1;
            }
        }
        let mut counts: Vec<FacetCount> = (tally.into_iter())
            .map(|(value, passages)| FacetCount { value, passages })
            .collect();
        counts.sort_by(|a, b| b.passages.cmp(&a.passages).then(a.value.cmp(&b.value)));
        Ok(Counts {
            query: req.query.clone(),
            by,
            passages: shown.len(),
            copies: passages.len() - shown.len(),
            counts,
            without,
        })
    }

    /// For each passage, the number of its group of copies (the least index in it).
    fn copies(
        &self,
        searcher: &tantivy::Searcher,
        addrs: &[DocAddress],
        passages: &[Passage],
    ) -> Result<Vec<usize>> {
        let columns = (searcher.segment_readers().iter())
            .map(|r| r.fast_fields().u64("signature"))
            .collect::<std::result::Result<Vec<_>, _>>()?;
        let mut buf = Vec::new();
        let signatures: Vec<Option<rank::Signature>> = (addrs.iter())
            .map(|a| {
                let column = columns.get(a.segment_ord as usize)?;
                rank::read_signature(column, a.doc_id, &mut buf)
            })
            .collect();
        let mut group: Vec<usize> = (0..passages.len()).collect();
        fn root(group: &mut [usize], mut i: usize) -> usize {
            while group[i] != i {
                group[i] = group[group[i]];
                i = group[i];
            }
            i
        }
        let mut fingerprints: HashMap<usize, rank::Fingerprint> = HashMap::new();
        let mut buckets: HashMap<(usize, [u16; BAND]), Vec<usize>> = HashMap::new();
        for (i, s) in signatures.iter().enumerate() {
            let Some(s) = s else { continue };
            for (band, values) in s.chunks_exact(BAND).enumerate() {
                if values.contains(&u16::MAX) {
                    continue;
                }
                let key = (band, [values[0], values[1], values[2]]);
                let peers = buckets.entry(key).or_default();
                for &j in peers.iter().rev().take(BUCKET_PEERS) {
                    let (a, b) = (root(&mut group, i), root(&mut group, j));
                    if a == b
                        || !signatures[j]
                            .as_ref()
                            .is_some_and(|t| rank::may_be_copies(s, t))
                    {
                        continue;
                    }
                    for k in [i, j] {
                        (fingerprints.entry(k))
                            .or_insert_with(|| rank::shingles(&passages[k].text));
                    }
                    if rank::near_duplicates(&fingerprints[&i], &fingerprints[&j]) {
                        group[a.max(b)] = a.min(b);
                    }
                }
                peers.push(i);
            }
        }
        Ok((0..passages.len()).map(|i| root(&mut group, i)).collect())
    }
}
