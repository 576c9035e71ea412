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
    /// Every facet, in the order `--count` names them.
    pub const ALL: [Facet; 7] = [
        Facet::Fractie,
        Facet::Speaker,
        Facet::Minister,
        Facet::Type,
        Facet::Kind,
        Facet::Vergaderjaar,
        Facet::Dossier,
    ];

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
                _ => p.minister_names(),
            },
            Facet::Type => p.doctype.iter().cloned().collect(),
            Facet::Kind => vec![p.kind.as_str().to_string()],
            Facet::Vergaderjaar => p.vergaderjaar.iter().cloned().collect(),
            Facet::Dossier => p.kamerstuk.iter().map(|k| dossier_of(k)).collect(),
        }
    }

    /// A passage's values under this facet as the index's `facets` column holds them
    /// (`fractie=GroenLinks-PvdA`), each once: what a count reads instead of the passage.
    pub fn column_values(self, p: &Passage) -> Vec<String> {
        let mut values = self.values(p);
        let mut seen = std::collections::HashSet::new();
        values.retain(|v| seen.insert(v.clone()));
        let prefix = self.column_prefix();
        values.into_iter().map(|v| format!("{prefix}{v}")).collect()
    }

    /// The start of this facet's values in the index's `facets` column: `fractie=`.
    fn column_prefix(self) -> String {
        format!("{}=", self.as_str())
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
    /// The words of a query of several that no passage passing its filters holds in any
    /// form, when none is counted for want of them ([`super::SearchResults::unmatched`]).
    pub unmatched: Vec<String>,
}

/// What a count reads of one segment: its `facets` and `preference` columns, and the
/// names of the column's values of the facet counted by, by ordinal.
struct SegmentColumns {
    facets: Option<tantivy::columnar::StrColumn>,
    preference: tantivy::columnar::Column<u64>,
    /// The day date order places a passage on (`sort_date`).
    day: tantivy::columnar::Column<u64>,
    names: HashMap<u64, String>,
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
        // No passage is read for its values: each segment's columns give which copy would
        // be shown and its values under the facet (the ordinals of the column's values
        // that start with the facet's name, resolved once per segment).
        let prefix = by.column_prefix();
        let columns = (searcher.segment_readers().iter())
            .map(|segment| -> Result<SegmentColumns> {
                let fast = segment.fast_fields();
                let facets = fast.str("facets")?;
                let mut names = HashMap::new();
                if let Some(column) = &facets {
                    let mut stream = (column.dictionary().prefix_range(&prefix))
                        .into_stream()
                        .map_err(tantivy::TantivyError::from)?;
                    while stream.advance() {
                        let name = String::from_utf8_lossy(&stream.key()[prefix.len()..]);
                        names.insert(stream.term_ord(), name.into_owned());
                    }
                }
                Ok(SegmentColumns {
                    facets,
                    preference: fast.u64("preference")?,
                    day: fast.u64("sort_date")?,
                    names,
                })
            })
            .collect::<Result<Vec<_>>>()?;
        // Each group counts once, by the version that would be shown; of two as good, the
        // later, then the one of the lesser id (read only for such a tie), so the count
        // does not depend on the order the passages were indexed in.
        let id_field = self.fields().get("id");
        let id_of = |addr: DocAddress| -> Result<String> {
            let doc: tantivy::TantivyDocument = searcher.doc(addr)?;
            Ok(doc
                .get_first(id_field)
                .and_then(|v| tantivy::schema::Value::as_str(&v).map(str::to_string))
                .unwrap_or_default())
        };
        let mut shown: HashMap<usize, ((u64, u64), DocAddress)> = HashMap::new();
        for (i, &addr) in addrs.iter().enumerate() {
            let segment = &columns[addr.segment_ord as usize];
            let preference = (
                segment.preference.first(addr.doc_id).unwrap_or(0),
                segment.day.first(addr.doc_id).unwrap_or(0),
            );
            let better = match shown.get(&groups[i]) {
                None => true,
                Some((best, _)) if *best != preference => preference > *best,
                Some((_, other)) => id_of(addr)? < id_of(*other)?,
            };
            if better {
                shown.insert(groups[i], (preference, addr));
            }
        }
        let mut tally: HashMap<String, usize> = HashMap::new();
        let mut without = 0;
        for (_, addr) in shown.values() {
            let segment = &columns[addr.segment_ord as usize];
            let mut any = false;
            if let Some(column) = &segment.facets {
                for ord in column.term_ords(addr.doc_id) {
                    if let Some(name) = segment.names.get(&ord) {
                        *tally.entry(name.clone()).or_default() += 1;
                        any = true;
                    }
                }
            }
            if !any {
                without += 1;
            }
        }
        let mut counts: Vec<FacetCount> = (tally.into_iter())
            .map(|(value, passages)| FacetCount { value, passages })
            .collect();
        counts.sort_by(|a, b| b.passages.cmp(&a.passages).then(a.value.cmp(&b.value)));
        // Nothing counted: say which word no passage holds, if that is why.
        let unmatched = match shown.is_empty() {
            true => self.unmatched(&searcher, &parsed, &plan, &[])?,
            false => Vec::new(),
        };
        Ok(Counts {
            unmatched,
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
    /// passage, and a few hundred for each passage compared ([`rank::compact`]): on the
    /// benchmark's 150,000 generated passages, built from a few thousand sentences, a
    /// count of all of them compares 83,000 (BENCHMARKS.md).
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
        // A passage compared is read once however many pairs it is in (passages of one
        // template meet in many buckets), and only its question, answer and document;
        // what is kept of it is its compact fingerprint, a few hundred bytes, and a hash
        // of its document's path. Two passages of one document are never copies (two
        // members who each say `Steun voor het verzoek.`), as in a search.
        let fields = self.fields();
        let (question, answer, source) = (
            fields.get("question"),
            fields.get("answer"),
            fields.get("source"),
        );
        let mut prints: HashMap<usize, (Vec<u32>, u64)> = HashMap::new();
        let mut compared = |i: usize, j: usize| -> Result<bool> {
            for k in [i, j] {
                if let std::collections::hash_map::Entry::Vacant(slot) = prints.entry(k) {
                    let doc: tantivy::TantivyDocument = searcher.doc(addrs[k])?;
                    let field = |f| {
                        doc.get_first(f)
                            .and_then(|v| tantivy::schema::Value::as_str(&v))
                    };
                    let text = Passage::text_of(field(question), field(answer));
                    let document = {
                        use std::hash::{Hash, Hasher};
                        let mut h = rustc_hash::FxHasher::default();
                        field(source).hash(&mut h);
                        h.finish()
                    };
                    slot.insert((rank::compact(&rank::shingles(&text)), document));
                }
            }
            let ((a, a_document), (b, b_document)) = (&prints[&i], &prints[&j]);
            Ok(a_document != b_document && rank::near_duplicates_compact(a, b))
        };
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
                        if a != b && near && compared(i, j)? {
                            group[a.max(b)] = a.min(b);
                        }
                    }
                }
            }
        }
        Ok((0..addrs.len()).map(|i| root(&mut group, i)).collect())
    }
}
