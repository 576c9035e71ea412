//! Searching the index: from a parsed query to ranked hits with snippets.

use crate::analyze;
use crate::error::Result;
use crate::fractie;
use crate::index::ZoekIndex;
use crate::passage::Passage;
use crate::query::{self, Filters, ParsedQuery};
use crate::schema;
use serde::Serialize;
use std::collections::HashSet;
use std::ops::Bound;
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, RangeQuery, TermQuery,
};
use tantivy::schema::IndexRecordOption;
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{DocAddress, Term};

/// Full-text fields searched, with their weights: the question and the answer are the
/// passage; the topic heading and title say what it is about but are shared by many
/// passages, so they count less.
pub const SEARCH_FIELDS: &[(&str, f32)] = &[
    ("question", 1.0),
    ("answer", 1.0),
    ("topic", 0.6),
    ("title", 0.2),
];

/// A search request: query text, extra filters, and how many hits.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// The query as typed (words, phrases, exclusions, `field:value` filters).
    pub query: String,
    /// Filters in addition to those in the query text (command-line flags).
    pub filters: Filters,
    /// Number of hits to return.
    pub limit: usize,
}

impl SearchRequest {
    /// A request for the top 10 hits of a query, without extra filters.
    pub fn new(query: impl Into<String>) -> SearchRequest {
        SearchRequest {
            query: query.into(),
            filters: Filters::default(),
            limit: 10,
        }
    }
}

/// A highlighted extract of a passage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Snippet {
    /// The extract, as plain text (`…` marks a cut).
    pub text: String,
    /// Byte ranges of `text` to highlight: the words that matched the query.
    pub highlights: Vec<(usize, usize)>,
}

impl Snippet {
    /// The snippet with each highlight wrapped in `open` … `close`.
    pub fn marked(&self, open: &str, close: &str) -> String {
        let mut out = String::with_capacity(self.text.len() + self.highlights.len() * 8);
        let mut last = 0;
        for &(s, e) in &self.highlights {
            out.push_str(&self.text[last..s]);
            out.push_str(open);
            out.push_str(&self.text[s..e]);
            out.push_str(close);
            last = e;
        }
        out.push_str(&self.text[last..]);
        out
    }
}

/// One hit: the passage, its rank and score, and a snippet.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// 1-based rank.
    pub rank: usize,
    /// Relevance score (BM25, summed over fields).
    pub score: f32,
    /// The best window of the passage with the matched words highlighted.
    pub snippet: Snippet,
    /// The passage and all its fields.
    #[serde(flatten)]
    pub passage: Passage,
    /// When the answer points to another answer (`Zie antwoord op de vorige vraag`), that
    /// answer, so the reader need not look it up.
    pub referenced: Option<Referenced>,
}

/// The answer another passage's answer refers to.
#[derive(Debug, Clone, Serialize)]
pub struct Referenced {
    /// Id of the referenced passage.
    pub id: String,
    /// Its question.
    pub question: Option<String>,
    /// Its answer.
    pub answer: Option<String>,
}

/// The hits of one query.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    /// The query as given.
    pub query: String,
    /// Number of passages that match (all of them, not only those returned).
    pub total: usize,
    /// The top hits, best first.
    pub hits: Vec<Hit>,
}

impl ZoekIndex {
    /// Search the index.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResults> {
        let mut parsed = query::parse(&req.query)?;
        merge_filters(&mut parsed.filters, &req.filters);
        let (query, stems) = self.build_query(&parsed);
        let searcher = self.reader().searcher();
        let limit = req.limit.max(1);
        let (top, total): (Vec<(f32, DocAddress)>, usize) = searcher.search(
            &query,
            &(TopDocs::with_limit(limit).order_by_score(), Count),
        )?;
        let mut analyzer = analyze::dutch_analyzer();
        let mut hits = Vec::with_capacity(top.len());
        for (rank, (score, addr)) in top.into_iter().enumerate() {
            let doc = searcher.doc(addr)?;
            let passage = self.to_passage(&doc);
            let snippet = make_snippet(&mut analyzer, &passage.text, &stems, 240);
            let referenced = match &passage.refers_to {
                Some(id) => self
                    .passage_by_id(id, Some(&passage.source))?
                    .map(|p| Referenced {
                        id: p.id,
                        question: p.question,
                        answer: p.answer,
                    }),
                None => None,
            };
            hits.push(Hit {
                rank: rank + 1,
                score,
                snippet,
                passage,
                referenced,
            });
        }
        Ok(SearchResults {
            query: req.query.clone(),
            total,
            hits,
        })
    }

    /// The passage with the given id, if the index holds it. Ids are unique per
    /// document; give the `source` to tell apart documents of the same file name.
    pub fn passage_by_id(&self, id: &str, source: Option<&str>) -> Result<Option<Passage>> {
        let searcher = self.reader().searcher();
        let term = |field: &str, value: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(self.fields().get(field), value),
                IndexRecordOption::Basic,
            ))
        };
        let mut clauses = vec![(Occur::Must, term("id", id))];
        if let Some(source) = source {
            clauses.push((Occur::Must, term("source", source)));
        }
        let query = BooleanQuery::new(clauses);
        let top = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
        match top.first() {
            Some((_, addr)) => Ok(Some(self.to_passage(&searcher.doc(*addr)?))),
            None => Ok(None),
        }
    }

    /// Build the tantivy query and the set of stems to highlight.
    fn build_query(&self, q: &ParsedQuery) -> (Box<dyn Query>, HashSet<String>) {
        let f = self.fields();
        let mut analyzer = analyze::dutch_analyzer();
        let mut stems = HashSet::new();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();

        // Words: each word may match in any field; more matched words rank higher.
        let mut word_clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for word in &q.words {
            let tokens = analyze::tokens(&mut analyzer, word);
            if tokens.is_empty() {
                continue;
            }
            stems.extend(tokens.iter().cloned());
            word_clauses.push((Occur::Should, self.text_query(&tokens)));
        }
        for phrase in &q.phrases {
            let tokens = analyze::tokens(&mut analyzer, phrase);
            if tokens.is_empty() {
                continue;
            }
            stems.extend(tokens.iter().cloned());
            clauses.push((Occur::Must, self.text_query(&tokens)));
        }
        if !word_clauses.is_empty() {
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(word_clauses))));
        }
        for ex in &q.excluded {
            let tokens = analyze::tokens(&mut analyzer, ex);
            if !tokens.is_empty() {
                clauses.push((Occur::MustNot, self.text_query(&tokens)));
            }
        }
        // Filters.
        let filters = &q.filters;
        if let Some(fr) = &filters.fractie {
            let canonical = fractie::normalize(fr).unwrap_or_else(|| fr.clone());
            clauses.push((Occur::Must, keyword_query(f.get("fractie"), &canonical)));
        }
        if let Some(kind) = filters.kind {
            clauses.push((Occur::Must, keyword_query(f.get("kind"), kind.as_str())));
        }
        if let Some(ch) = &filters.chamber {
            clauses.push((Occur::Must, keyword_query(f.get("chamber"), ch)));
        }
        if let Some(k) = &filters.kamerstuk {
            let either: Vec<(Occur, Box<dyn Query>)> = vec![
                (Occur::Should, keyword_query(f.get("kamerstuk"), k)),
                (Occur::Should, keyword_query(f.get("dossier"), k)),
            ];
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(either))));
        }
        for (name, value) in [
            ("minister", &filters.minister),
            ("speaker", &filters.speaker),
        ] {
            if let Some(v) = value {
                let field = f.get(name);
                let words = analyze::tokens(&mut analyze::name_analyzer(), v);
                let all: Vec<(Occur, Box<dyn Query>)> = words
                    .iter()
                    .map(|w| {
                        let q: Box<dyn Query> = Box::new(TermQuery::new(
                            Term::from_field_text(field, w),
                            IndexRecordOption::Basic,
                        ));
                        (Occur::Must, q)
                    })
                    .collect();
                if !all.is_empty() {
                    clauses.push((Occur::Must, Box::new(BooleanQuery::new(all))));
                }
            }
        }
        if filters.from.is_some() || filters.to.is_some() {
            let date = f.get("date");
            let bound = |d: &Option<String>| match d.as_deref().and_then(schema::date_to_u64) {
                Some(n) => Bound::Included(Term::from_field_u64(date, n)),
                None => Bound::Unbounded,
            };
            clauses.push((
                Occur::Must,
                Box::new(RangeQuery::new(bound(&filters.from), bound(&filters.to))),
            ));
        }
        let positive = clauses.iter().any(|(o, _)| *o == Occur::Must);
        if !positive {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        }
        (Box::new(BooleanQuery::new(clauses)), stems)
    }

    /// A query for analyzed tokens in any full-text field: one token is a term query,
    /// several (a word that analyzes to several tokens, or a phrase) a phrase query.
    fn text_query(&self, tokens: &[String]) -> Box<dyn Query> {
        let per_field: Vec<(Occur, Box<dyn Query>)> = SEARCH_FIELDS
            .iter()
            .map(|(name, weight)| {
                let field = self.fields().get(name);
                let q: Box<dyn Query> = if tokens.len() == 1 {
                    Box::new(TermQuery::new(
                        Term::from_field_text(field, &tokens[0]),
                        IndexRecordOption::WithFreqsAndPositions,
                    ))
                } else {
                    Box::new(PhraseQuery::new(
                        tokens
                            .iter()
                            .map(|t| Term::from_field_text(field, t))
                            .collect(),
                    ))
                };
                let boosted: Box<dyn Query> = Box::new(BoostQuery::new(q, *weight));
                (Occur::Should, boosted)
            })
            .collect();
        Box::new(BooleanQuery::new(per_field))
    }
}

fn keyword_query(field: tantivy::schema::Field, value: &str) -> Box<dyn Query> {
    let token = analyze::tokens(&mut analyze::keyword_analyzer(), value)
        .into_iter()
        .next()
        .unwrap_or_default();
    Box::new(TermQuery::new(
        Term::from_field_text(field, &token),
        IndexRecordOption::Basic,
    ))
}

fn merge_filters(into: &mut Filters, extra: &Filters) {
    macro_rules! take {
        ($($f:ident),*) => { $( if extra.$f.is_some() { into.$f = extra.$f.clone(); } )* };
    }
    take!(
        fractie, minister, speaker, kamerstuk, kind, chamber, from, to
    );
}

/// The best window of `text` (about `width` bytes) for the given stems: the one that
/// holds the most distinct matched stems, then the most matches; the matched words in
/// it are highlighted, whatever their inflection.
pub fn make_snippet(
    analyzer: &mut TextAnalyzer,
    text: &str,
    stems: &HashSet<String>,
    width: usize,
) -> Snippet {
    let mut matches: Vec<(usize, usize, String)> = Vec::new();
    {
        let mut stream = analyzer.token_stream(text);
        while tantivy::tokenizer::TokenStream::advance(&mut stream) {
            let t = tantivy::tokenizer::TokenStream::token(&stream);
            if stems.contains(&t.text) {
                matches.push((t.offset_from, t.offset_to, t.text.clone()));
            }
        }
    }
    if text.len() <= width {
        return Snippet {
            text: text.replace('\n', " "),
            highlights: matches.iter().map(|m| (m.0, m.1)).collect(),
        };
    }
    // Pick the window start among match positions.
    let mut best = (0usize, 0usize, 0usize); // (distinct, count, start)
    for (i, m) in matches.iter().enumerate() {
        let start = m.0.saturating_sub(width / 4);
        let end = start + width;
        let in_window: Vec<&(usize, usize, String)> = matches[i..]
            .iter()
            .filter(|x| x.1 <= end)
            .collect::<Vec<_>>();
        let distinct = in_window.iter().map(|x| &x.2).collect::<HashSet<_>>().len();
        let key = (distinct, in_window.len());
        if key > (best.0, best.1) {
            best = (distinct, in_window.len(), start);
        }
    }
    let mut start = floor_char(text, best.2);
    // Start at a word boundary.
    if start > 0
        && let Some(sp) = text[..start].rfind(char::is_whitespace)
    {
        start = sp + 1;
    }
    let mut end = floor_char(text, (start + width).min(text.len()));
    if end < text.len()
        && let Some(sp) = text[..end].rfind(char::is_whitespace)
        && sp > start
    {
        end = sp;
    }
    let mut out = String::new();
    let prefix = if start > 0 { "… " } else { "" };
    out.push_str(prefix);
    out.push_str(&text[start..end].replace('\n', " "));
    let highlights = matches
        .iter()
        .filter(|m| m.0 >= start && m.1 <= end)
        .map(|m| (m.0 - start + prefix.len(), m.1 - start + prefix.len()))
        .collect();
    if end < text.len() {
        out.push_str(" …");
    }
    Snippet {
        text: out,
        highlights,
    }
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}
