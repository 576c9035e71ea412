//! Words of a query close together, scored the same however the index was built.
//!
//! tantivy's `PhraseQuery` with a slop above 0 gives results that depend on the index's
//! segments: its intersection orders the words' postings by how many passages of the
//! segment hold each (`Intersection::new` sorts by cost), and then measures the slop
//! between the words in that order rather than the phrase's. The same passage, in an
//! index of the same documents built by other threads or in other runs, matched `Frontex
//! … capaciteit … uit te breiden` in one build and not in the next (tantivy issues #1934,
//! #2580). [`ProximityQuery`] asks whether one window holds them all, which no order of
//! the postings changes.

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{Bm25Weight, EmptyScorer, EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, TantivyError, Term};

/// Passages holding every one of `terms` (of one field) within a window of `slop + n`
/// positions for `n` terms, that is with at most `slop` other words among them, in any
/// order. Scored as tantivy scores a phrase: BM25 over the sum of the terms' IDFs, with
/// the number of such places as the term frequency.
#[derive(Clone, Debug)]
pub struct ProximityQuery {
    terms: Vec<Term>,
    slop: u32,
}

impl ProximityQuery {
    /// The terms close together, at most `slop` other words among them. All terms must
    /// be of one field, indexed with positions.
    pub fn new(terms: Vec<Term>, slop: u32) -> ProximityQuery {
        ProximityQuery { terms, slop }
    }
}

impl Query for ProximityQuery {
    fn weight(&self, enable_scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let bm25 = match enable_scoring {
            EnableScoring::Enabled {
                statistics_provider,
                ..
            } => Some(Bm25Weight::for_terms(statistics_provider, &self.terms)?),
            EnableScoring::Disabled { .. } => None,
        };
        Ok(Box::new(ProximityWeight {
            terms: self.terms.clone(),
            slop: self.slop,
            bm25,
        }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for term in &self.terms {
            visitor(term, true);
        }
    }
}

struct ProximityWeight {
    terms: Vec<Term>,
    slop: u32,
    bm25: Option<Bm25Weight>,
}

impl ProximityWeight {
    fn scorer_of(
        &self,
        reader: &SegmentReader,
        boost: Score,
    ) -> tantivy::Result<Option<ProximityScorer>> {
        let Some(field) = self.terms.first().map(Term::field) else {
            return Ok(None);
        };
        let index = reader.inverted_index(field)?;
        let mut postings = Vec::with_capacity(self.terms.len());
        for term in &self.terms {
            match index.read_postings(term, IndexRecordOption::WithFreqsAndPositions)? {
                Some(p) => postings.push(p),
                None => return Ok(None),
            }
        }
        let fieldnorms = match reader.fieldnorms_readers().get_field(field)? {
            Some(norms) => norms,
            None => FieldNormReader::constant(reader.max_doc(), 1),
        };
        let bm25 = self.bm25.as_ref().map(|w| w.boost_by(boost));
        Ok(Some(ProximityScorer::new(
            postings, self.slop, fieldnorms, bm25,
        )))
    }
}

impl Weight for ProximityWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        Ok(match self.scorer_of(reader, boost)? {
            Some(scorer) => Box::new(scorer),
            None => Box::new(EmptyScorer),
        })
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let not_matching =
            || TantivyError::InvalidArgument(format!("Document #({doc}) does not match"));
        let mut scorer = self.scorer_of(reader, 1.0)?.ok_or_else(not_matching)?;
        if scorer.seek(doc) != doc {
            return Err(not_matching());
        }
        let mut explanation = Explanation::new("Proximity Scorer", scorer.score());
        if let Some(bm25) = &self.bm25 {
            let fieldnorm_id = scorer.fieldnorms.fieldnorm_id(doc);
            explanation.add_detail(bm25.explain(fieldnorm_id, scorer.count));
        }
        Ok(explanation)
    }
}

struct ProximityScorer {
    /// The terms' postings, in the query's order.
    postings: Vec<SegmentPostings>,
    slop: u32,
    /// Each term's positions in the current passage, less its place in the query, so
    /// that the words of the query written as typed share one position.
    aligned: Vec<Vec<u32>>,
    doc: DocId,
    /// How many places of the current passage hold the terms close together.
    count: u32,
    fieldnorms: FieldNormReader,
    bm25: Option<Bm25Weight>,
}

impl ProximityScorer {
    fn new(
        postings: Vec<SegmentPostings>,
        slop: u32,
        fieldnorms: FieldNormReader,
        bm25: Option<Bm25Weight>,
    ) -> ProximityScorer {
        let n = postings.len();
        let mut scorer = ProximityScorer {
            postings,
            slop,
            aligned: vec![Vec::new(); n],
            doc: 0,
            count: 0,
            fieldnorms,
            bm25,
        };
        scorer.settle();
        scorer
    }

    /// From where the postings stand, the first passage that holds every term close
    /// together (or `TERMINATED`).
    fn settle(&mut self) -> DocId {
        loop {
            let mut target = self.postings[0].doc();
            loop {
                let mut agreed = true;
                for p in &mut self.postings {
                    let doc = match p.doc() < target {
                        true => p.seek(target),
                        false => p.doc(),
                    };
                    if doc > target {
                        target = doc;
                        agreed = false;
                    }
                }
                if agreed || target == TERMINATED {
                    break;
                }
            }
            self.doc = target;
            if target == TERMINATED {
                self.count = 0;
                return TERMINATED;
            }
            self.count = self.close_count();
            if self.count > 0 {
                return target;
            }
            self.postings[0].advance();
        }
    }

    /// The places of the current passage where every term stands within a window of
    /// `slop` aligned positions: the first term's positions that such a window holds
    /// together with a position of every other term.
    fn close_count(&mut self) -> u32 {
        let n = self.postings.len() as u32;
        for (i, (p, out)) in self.postings.iter_mut().zip(&mut self.aligned).enumerate() {
            // Shifted by their distance from the last term's place in the query: no
            // position goes below zero.
            p.positions_with_offset(n - 1 - i as u32, out);
        }
        let slop = self.slop;
        let (first, others) = self.aligned.split_first().expect("at least one term");
        let holds = |list: &[u32], from: u32| {
            let k = list.partition_point(|&x| x < from);
            list.get(k).is_some_and(|&x| x <= from + slop)
        };
        let mut count = 0;
        for &p in first {
            let close =
                (p.saturating_sub(slop)..=p).any(|from| others.iter().all(|l| holds(l, from)));
            count += u32::from(close);
        }
        count
    }
}

impl DocSet for ProximityScorer {
    fn advance(&mut self) -> DocId {
        if self.doc == TERMINATED {
            return TERMINATED;
        }
        self.postings[0].advance();
        self.settle()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc >= target {
            return self.doc;
        }
        self.postings[0].seek(target);
        self.settle()
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        (self.postings.iter())
            .map(|p| p.size_hint())
            .min()
            .unwrap_or(0)
    }
}

impl Scorer for ProximityScorer {
    fn score(&mut self) -> Score {
        match &self.bm25 {
            Some(bm25) => bm25.score(self.fieldnorms.fieldnorm_id(self.doc), self.count),
            None => 1.0,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::ProximityQuery;
    use tantivy::collector::TopDocs;
    use tantivy::query::Query;
    use tantivy::schema::{Schema, TEXT};
    use tantivy::{Index, Term, doc};

    /// An index of one segment: `texts`, each a passage of words split at spaces.
    fn index_of(texts: &[String]) -> (Index, tantivy::schema::Field) {
        let mut schema = Schema::builder();
        let text = schema.add_text_field("text", TEXT);
        let index = Index::create_in_ram(schema.build());
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for t in texts {
            writer.add_document(doc!(text => t.as_str())).unwrap();
        }
        writer.commit().unwrap();
        (index, text)
    }

    /// How many passages match, scored as zoek scores them.
    fn matches(index: &Index, query: &dyn Query) -> usize {
        let searcher = index.reader().unwrap().searcher();
        let top = TopDocs::with_limit(100).order_by_score();
        searcher.search(query, &top).unwrap().len()
    }

    /// The words of `query` at `positions` in a passage of `len` words.
    fn passage(len: usize, words: &[(&str, usize)]) -> String {
        let mut out = vec!["w"; len];
        for &(word, at) in words {
            out[at] = word;
        }
        out.join(" ")
    }

    #[test]
    fn words_close_together_match_in_any_order_and_far_apart_do_not() {
        let texts = [
            passage(10, &[("a", 0), ("b", 1), ("c", 2)]),
            passage(10, &[("c", 0), ("a", 2), ("b", 3)]),
            passage(10, &[("a", 0), ("b", 4), ("c", 9)]),
            passage(10, &[("a", 0), ("b", 1)]),
        ];
        let (index, field) = index_of(&texts);
        let terms: Vec<Term> = ["a", "b", "c"]
            .iter()
            .map(|t| Term::from_field_text(field, t))
            .collect();
        let searcher = index.reader().unwrap().searcher();
        let top = searcher
            .search(
                &ProximityQuery::new(terms.clone(), 4),
                &TopDocs::with_limit(10).order_by_score(),
            )
            .unwrap();
        let docs: Vec<u32> = top.iter().map(|(_, a)| a.doc_id).collect();
        // Written as typed, and with `c` moved before the others; not spread over ten
        // words, nor without `c`.
        assert_eq!(docs.len(), 2, "{docs:?}");
        assert!(docs.contains(&0) && docs.contains(&1), "{docs:?}");
        // As typed is closest: it scores highest.
        assert_eq!(docs[0], 0);
        // With no slop, only as typed.
        assert_eq!(matches(&index, &ProximityQuery::new(terms, 0)), 1);
    }

    #[test]
    fn a_passage_matches_however_its_segment_counts_the_words() {
        // The words as `Frontex … capaciteit … uit te breiden` stand in a passage of the
        // Eerste Kamer's questions: `capaciteit` at 11, `frontex` at 13 and 21,
        // `uitbreiden` at 16, 28 and 38.
        let target = passage(
            40,
            &[
                ("capaciteit", 11),
                ("frontex", 13),
                ("uitbreid", 16),
                ("frontex", 21),
                ("uitbreid", 28),
                ("uitbreid", 38),
            ],
        );
        let query = |field| {
            let terms = ["frontex", "capaciteit", "uitbreid"]
                .iter()
                .map(|t| Term::from_field_text(field, t))
                .collect();
            ProximityQuery::new(terms, 4)
        };
        // Beside it, passages that make each word the rarest of its segment in turn:
        // tantivy's phrase measures the slop in the order of their rarity, and so
        // matched this passage in some segments and not in others.
        for fillers in [
            ["capaciteit", "uitbreid uitbreid", "frontex frontex frontex"],
            [
                "frontex",
                "capaciteit capaciteit",
                "uitbreid uitbreid uitbreid",
            ],
            [
                "uitbreid",
                "frontex frontex",
                "capaciteit capaciteit capaciteit",
            ],
        ] {
            let mut texts = vec![target.clone()];
            for (n, words) in fillers.iter().enumerate() {
                for word in words.split(' ') {
                    texts.push(format!("{word} {}", "x ".repeat(n + 20)));
                }
            }
            let (index, field) = index_of(&texts);
            assert_eq!(matches(&index, &query(field)), 1, "{fillers:?}");
        }
    }
}
