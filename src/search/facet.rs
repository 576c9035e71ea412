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
use std::collections::HashMap;
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
                    .map(|m| crate::passage::split_member(m).0.to_string())
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
        let groups = match req.config.dedupe {
            true => self.copies(&searcher, &addrs)?,
            false => (0..addrs.len()).collect(),
        };
        // Each group counts once, by the version that would be shown. Each passage is read
        // once and only its preference and values are kept, so a count of a million
        // passages holds no million passages.
        let mut shown: HashMap<usize, (rank::Preference, Vec<String>)> = HashMap::new();
        for (i, &addr) in addrs.iter().enumerate() {
            let p = self.to_passage(&searcher.doc(addr)?);
            let preference = rank::preference(&p);
            match shown.get(&groups[i]) {
                Some((best, _)) if *best >= preference => {}
                _ => {
                    shown.insert(groups[i], (preference, by.values(&p)));
                }
            }
        }
        let mut tally: HashMap<String, usize> = HashMap::new();
        let mut without = 0;
        for (_, values) in shown.values() {
            if values.is_empty() {
                without += 1;
            }
            for v in values {
                *tally.entry(v.clone()).or_default() += 1;
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
            copies: addrs.len() - shown.len(),
            counts,
            without,
        })
    }

    /// For each passage, the number of its group of copies (the least index in it).
    ///
    /// Possible copies are found band by band ([`BAND`]): the passages are sorted by the
    /// values of one band of their signatures, and those with equal values are compared,
    /// each with a few before it ([`BUCKET_PEERS`]); a pair whose signatures are near is
    /// read from the store and compared by its word trigrams. Memory is a few bytes a
    /// passage, whatever the number of matches.
    fn copies(&self, searcher: &tantivy::Searcher, addrs: &[DocAddress]) -> Result<Vec<usize>> {
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
        let mut group: Vec<usize> = (0..addrs.len()).collect();
        fn root(group: &mut [usize], mut i: usize) -> usize {
            while group[i] != i {
                group[i] = group[group[i]];
                i = group[i];
            }
            i
        }
        let text =
            |i: usize| -> Result<String> { Ok(self.to_passage(&searcher.doc(addrs[i])?).text) };
        let bands = rank::SIGNATURE_HASHES as usize / BAND;
        let mut keyed: Vec<(u64, usize)> = Vec::with_capacity(addrs.len());
        for band in 0..bands {
            keyed.clear();
            for (i, s) in signatures.iter().enumerate() {
                let Some(s) = s else { continue };
                let values = &s[band * BAND..(band + 1) * BAND];
                if !values.contains(&u16::MAX) {
                    let key = values.iter().fold(0u64, |k, &v| (k << 16) | u64::from(v));
                    keyed.push((key, i));
                }
            }
            keyed.sort_unstable();
            for run in keyed.chunk_by(|a, b| a.0 == b.0) {
                for (at, &(_, i)) in run.iter().enumerate() {
                    for &(_, j) in &run[at.saturating_sub(BUCKET_PEERS)..at] {
                        let (a, b) = (root(&mut group, i), root(&mut group, j));
                        let near = match (&signatures[i], &signatures[j]) {
                            (Some(x), Some(y)) => rank::may_be_copies(x, y),
                            _ => false,
                        };
                        if a != b
                            && near
                            && rank::near_duplicates(
                                &rank::shingles(&text(i)?),
                                &rank::shingles(&text(j)?),
                            )
                        {
                            group[a.max(b)] = a.min(b);
                        }
                    }
                }
            }
        }
        Ok((0..addrs.len()).map(|i| root(&mut group, i)).collect())
    }
}
