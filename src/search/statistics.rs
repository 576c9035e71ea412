//! The corpus statistics that rank: those of the passages that ask, answer or speak.
//!
//! BM25 weighs a word by how few passages hold it (its inverse document frequency) and
//! a passage's length against the average. The text around a written consultation's
//! questions ([`Passage::is_cover`](crate::passage::Passage::is_cover): the report's
//! opening, a reminder letter, an answer letter's covering text) names the letters and
//! subjects of the whole report in passing. Counted in, it would make the subject words
//! of a report look common, and shift the ranking of every question on them by a text
//! that answers none. So those passages are searchable, but the statistics every score
//! is computed with leave them out: the words and count of the other passages are what
//! they would be without them, and so is their average length, to within the precision
//! tantivy keeps a long passage's length in (one byte; 0.16% at most on a score, over
//! 400 queries of the benchmark corpus). A cover passage is scored against them.

use rustc_hash::FxHashMap;
use std::sync::{Arc, Mutex};
use tantivy::SegmentReader;
use tantivy::index::SegmentId;
use tantivy::query::Bm25StatisticsProvider;
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::{BitSet, DocId, DocSet, Searcher, TERMINATED, Term};

/// At most this many document frequencies are kept (a few MB); then the cache starts over.
const KNOWN_MAX: usize = 100_000;

/// The passages set aside in one generation of an index's searcher, and the statistics
/// already counted without them. Shared by every search of that generation: a batch of
/// queries asks for the same common words again and again.
#[derive(Debug)]
pub struct Aside {
    generation: u64,
    /// The segments, in the searcher's order.
    segments: Vec<SegmentId>,
    /// Per segment, the documents set aside, in order; deleted ones too, as the term
    /// dictionary still counts them.
    docs: Vec<Vec<DocId>>,
    /// The same documents, per segment, for a lookup by document.
    members: Vec<BitSet>,
    /// How many of them are not deleted.
    alive: u64,
    /// The document frequencies counted so far, without them.
    doc_freqs: Mutex<FxHashMap<Term, u64>>,
    /// Each field's number of tokens counted so far, without them.
    tokens: Mutex<FxHashMap<Field, u64>>,
}

impl Aside {
    /// The passages of `searcher` that hold `term` (a term of a keyword field, as
    /// `procedural:cover`).
    pub fn new(searcher: &Searcher, term: &Term) -> tantivy::Result<Aside> {
        let segments = searcher.segment_readers();
        let mut docs = Vec::with_capacity(segments.len());
        let mut members = Vec::with_capacity(segments.len());
        let mut alive = 0;
        for segment in segments {
            let mut these = Vec::new();
            let mut bits = BitSet::with_max_value(segment.max_doc());
            let inverted = segment.inverted_index(term.field())?;
            if let Some(mut postings) = inverted.read_postings(term, IndexRecordOption::Basic)? {
                while postings.doc() != TERMINATED {
                    let doc = postings.doc();
                    if segment.alive_bitset().is_none_or(|a| a.is_alive(doc)) {
                        alive += 1;
                    }
                    these.push(doc);
                    bits.insert(doc);
                    postings.advance();
                }
            }
            docs.push(these);
            members.push(bits);
        }
        Ok(Aside {
            generation: searcher.generation().generation_id(),
            segments: segments.iter().map(|s| s.segment_id()).collect(),
            docs,
            members,
            alive,
            doc_freqs: Mutex::default(),
            tokens: Mutex::default(),
        })
    }

    /// The generation of the searcher these passages are of.
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// The documents of `segment` set aside, less those holding a term of `lifted`; `None`
    /// when the segment has none.
    pub fn ranked_down(&self, segment: &SegmentReader, lifted: &[Term]) -> Option<BitSet> {
        let i = (self.segments.iter()).position(|&s| s == segment.segment_id())?;
        if self.docs[i].is_empty() {
            return None;
        }
        let mut down = self.members[i].clone();
        for term in lifted {
            let Ok(inverted) = segment.inverted_index(term.field()) else {
                continue;
            };
            if let Ok(Some(mut postings)) = inverted.read_postings(term, IndexRecordOption::Basic) {
                while postings.doc() != TERMINATED {
                    down.remove(postings.doc());
                    postings.advance();
                }
            }
        }
        Some(down)
    }

    /// Whether any document is set aside.
    pub fn is_empty(&self) -> bool {
        self.docs.iter().all(Vec::is_empty)
    }
}

/// [`Bm25StatisticsProvider`] over a searcher's passages less those set aside.
pub struct Statistics<'a> {
    searcher: &'a Searcher,
    aside: Arc<Aside>,
}

impl<'a> Statistics<'a> {
    /// The statistics of `searcher`'s passages, less `aside`, which must be of the same
    /// generation of the searcher.
    pub fn new(searcher: &'a Searcher, aside: Arc<Aside>) -> Statistics<'a> {
        debug_assert_eq!(aside.generation, searcher.generation().generation_id());
        Statistics { searcher, aside }
    }

    /// The searcher these statistics are of.
    pub fn searcher(&self) -> &'a Searcher {
        self.searcher
    }

    /// The passages these statistics leave out.
    pub fn aside(&self) -> &Arc<Aside> {
        &self.aside
    }

    /// How many passages the statistics count.
    pub fn passages(&self) -> u64 {
        self.searcher.num_docs().saturating_sub(self.aside.alive)
    }

    /// How many of the counted passages hold `term`.
    pub fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        if let Some(&n) = lock(&self.aside.doc_freqs).get(term) {
            return Ok(n);
        }
        let mut n = 0;
        let segments = self.searcher.segment_readers();
        for ((segment, aside), members) in segments
            .iter()
            .zip(&self.aside.docs)
            .zip(&self.aside.members)
        {
            let inverted = segment.inverted_index(term.field())?;
            let Some(info) = inverted.get_term_info(term)? else {
                continue;
            };
            n += u64::from(info.doc_freq);
            if aside.is_empty() {
                continue;
            }
            let mut postings =
                inverted.read_postings_from_terminfo(&info, IndexRecordOption::Basic)?;
            // Walk the shorter list: the term's documents, or the ones set aside.
            let theirs = if (info.doc_freq as usize) <= aside.len() {
                let mut theirs = 0;
                while postings.doc() != TERMINATED {
                    theirs += u64::from(members.contains(postings.doc()));
                    postings.advance();
                }
                theirs
            } else {
                let mut theirs = 0;
                for &doc in aside {
                    if postings.doc() < doc && postings.seek(doc) == TERMINATED {
                        break;
                    }
                    theirs += u64::from(postings.doc() == doc);
                }
                theirs
            };
            n = n.saturating_sub(theirs);
        }
        let mut known = lock(&self.aside.doc_freqs);
        if known.len() >= KNOWN_MAX {
            known.clear();
        }
        known.insert(term.clone(), n);
        Ok(n)
    }
}

/// A lock on a cache, which a panic while it was held leaves whole: it holds only counts
/// that were complete when inserted.
fn lock<T>(m: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|e| e.into_inner())
}

impl Bm25StatisticsProvider for Statistics<'_> {
    fn total_num_tokens(&self, field: Field) -> tantivy::Result<u64> {
        if let Some(&n) = lock(&self.aside.tokens).get(&field) {
            return Ok(n);
        }
        let mut total = self.searcher.total_num_tokens(field)?;
        let segments = self.searcher.segment_readers();
        for (segment, aside) in segments.iter().zip(&self.aside.docs) {
            if aside.is_empty() {
                continue;
            }
            // A field that keeps no lengths (a keyword) has none to take away.
            let Ok(norms) = segment.get_fieldnorms_reader(field) else {
                continue;
            };
            let theirs: u64 = aside.iter().map(|&d| u64::from(norms.fieldnorm(d))).sum();
            total = total.saturating_sub(theirs);
        }
        lock(&self.aside.tokens).insert(field, total);
        Ok(total)
    }

    fn total_num_docs(&self) -> tantivy::Result<u64> {
        Ok(self.passages().max(1))
    }

    fn doc_freq(&self, term: &Term) -> tantivy::Result<u64> {
        Statistics::doc_freq(self, term)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeMap;
    use tantivy::collector::TopDocs;
    use tantivy::query::TermQuery;
    use tantivy::schema::{STORED, STRING, Schema, TEXT, Value};
    use tantivy::{Index, IndexWriter, TantivyDocument, doc};

    const ANSWERS: [&str; 3] = [
        "de minister antwoordt over de terugkeerhub",
        "de leden vragen naar de terugkeerhub in oeganda",
        "de minister antwoordt",
    ];
    const COVERS: [&str; 2] = [
        "de commissie stuurt een rappelbrief over de terugkeerhub en de minister",
        "de commissie verzoekt de minister de vragen te beantwoorden",
    ];

    /// An index of `segments`, each committed apart: (text, whether set aside).
    fn index(segments: &[Vec<(&str, bool)>]) -> (Index, Field, Field) {
        let mut schema = Schema::builder();
        let text = schema.add_text_field("text", TEXT | STORED);
        let kind = schema.add_text_field("kind", STRING);
        let index = Index::create_in_ram(schema.build());
        let mut writer: IndexWriter = index.writer(15_000_000).unwrap();
        for segment in segments {
            for &(t, aside) in segment {
                let k = if aside { "cover" } else { "qa" };
                writer.add_document(doc!(text => t, kind => k)).unwrap();
            }
            writer.commit().unwrap();
        }
        (index, text, kind)
    }

    /// Each document's score for `word`, by its text.
    fn scores(
        searcher: &Searcher,
        provider: &dyn Bm25StatisticsProvider,
        field: Field,
        word: &str,
    ) -> BTreeMap<String, f32> {
        let query = TermQuery::new(
            Term::from_field_text(field, word),
            IndexRecordOption::WithFreqs,
        );
        let top = searcher
            .search_with_statistics_provider(
                &query,
                &TopDocs::with_limit(10).order_by_score(),
                provider,
            )
            .unwrap();
        top.into_iter()
            .map(|(score, addr)| {
                let doc: TantivyDocument = searcher.doc(addr).unwrap();
                let t = doc.get_first(field).and_then(|v| v.as_str()).unwrap();
                (t.to_string(), score)
            })
            .collect()
    }

    #[test]
    fn passages_set_aside_change_no_score_of_the_others() {
        // The covering texts sit between the answers, in both segments.
        let (with, text, kind) = index(&[
            vec![(ANSWERS[0], false), (COVERS[0], true), (ANSWERS[1], false)],
            vec![(COVERS[1], true), (ANSWERS[2], false)],
        ]);
        let (without, ..) = index(&[
            vec![(ANSWERS[0], false), (ANSWERS[1], false)],
            vec![(ANSWERS[2], false)],
        ]);
        let (with, without) = (with.reader().unwrap(), without.reader().unwrap());
        let (with, without) = (with.searcher(), without.searcher());
        let aside = Aside::new(&with, &Term::from_field_text(kind, "cover")).unwrap();
        let statistics = Statistics::new(&with, Arc::new(aside));

        assert_eq!(statistics.passages(), 3);
        assert_eq!(statistics.total_num_docs().unwrap(), 3);
        assert_eq!(
            statistics.total_num_tokens(text).unwrap(),
            without.total_num_tokens(text).unwrap()
        );
        for word in ["de", "minister", "terugkeerhub", "oeganda", "rappelbrief"] {
            let term = Term::from_field_text(text, word);
            assert_eq!(
                Statistics::doc_freq(&statistics, &term).unwrap(),
                without.doc_freq(&term).unwrap(),
                "{word}"
            );
        }
        // Every answer scores as it would in an index without the covering texts; the
        // searcher's own statistics would count them.
        for word in ["minister", "terugkeerhub", "antwoordt"] {
            let mut set_aside = scores(&with, &statistics, text, word);
            set_aside.retain(|t, _| ANSWERS.contains(&t.as_str()));
            assert_eq!(set_aside, scores(&without, &without, text, word), "{word}");
            let mut counted = scores(&with, &with, text, word);
            counted.retain(|t, _| ANSWERS.contains(&t.as_str()));
            assert_ne!(counted, set_aside, "{word}");
        }
        // A covering text is found by what only it says.
        let found = scores(&with, &statistics, text, "rappelbrief");
        assert_eq!(found.keys().collect::<Vec<_>>(), vec![COVERS[0]]);
    }
}
