//! Measuring relevance: nDCG@10, MRR and recall@10 of zoek on a graded query set, and of a
//! plain baseline over the same passages, in one run.
//!
//! A query set (`tests/relevance/queries.json`) lists, per query, the passages a reader
//! wants, graded 2 (answers the question) or 1 (on topic), each named by its file and a
//! piece of its text. The baseline is what zoek improves on: the same passages, BM25 over
//! question and answer with plain lowercase tokens: no stemming, no folding, no compounds,
//! no aliases, no duplicate folding. zoek is measured with its features switched on one
//! at a time, so each feature's effect is visible.

use crate::error::{Error, Result};
use crate::index::{IndexOptions, NoProgress, ZoekIndex};
use crate::passage::Passage;
use crate::query::Filters;
use crate::search::{SearchConfig, SearchRequest};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, PhraseQuery, Query, QueryParser, TermQuery};
use tantivy::schema::{
    IndexRecordOption, STORED, STRING, Schema, TextFieldIndexing, TextOptions, Value,
};
use tantivy::tokenizer::{LowerCaser, SimpleTokenizer, TextAnalyzer};
use tantivy::{Index, TantivyDocument, Term};

/// A graded query set.
#[derive(Debug, Clone, Deserialize)]
pub struct QuerySet {
    /// How the set was made.
    #[serde(default)]
    pub description: String,
    /// The folder of documents the set was judged on, relative to the set's own file
    /// (`"../fixtures/real"`). `None`: the sample corpus, `corpus-sample/`. [`load`]
    /// resolves it, so it is a usable path once loaded.
    #[serde(default)]
    pub corpus: Option<PathBuf>,
    /// The queries.
    pub queries: Vec<EvalQuery>,
}

/// One query with its judgments.
#[derive(Debug, Clone, Deserialize)]
pub struct EvalQuery {
    /// Short id (`q01`).
    pub id: String,
    /// The query as a user types it.
    pub query: String,
    /// What kind of query it is (`compound`, `alias`, `phrase`, …).
    #[serde(rename = "type", default)]
    pub types: Vec<String>,
    /// Filters, as a user would give them.
    #[serde(default)]
    pub filters: HashMap<String, Option<String>>,
    /// The passages a reader wants.
    pub relevant: Vec<Judgment>,
}

/// A passage a reader wants for a query.
#[derive(Debug, Clone, Deserialize)]
pub struct Judgment {
    /// File name of its document.
    pub file: String,
    /// A piece of its text, unique in the file.
    #[serde(rename = "match")]
    pub text: String,
    /// 2: answers the query; 1: on topic.
    pub grade: u8,
}

/// Relevance figures over a query set.
#[derive(Debug, Clone, Copy, Default, Serialize)]
pub struct Metrics {
    /// Mean normalized discounted cumulative gain at 10.
    pub ndcg10: f64,
    /// Mean reciprocal rank of the first relevant hit.
    pub mrr: f64,
    /// Mean share of the wanted passages in the top 10.
    pub recall10: f64,
}

/// A result as the metrics see it: its document, its text, and the documents of the
/// duplicates folded into it.
#[derive(Debug, Clone)]
pub struct Ranked {
    /// File names of the documents holding this passage.
    pub files: Vec<String>,
    /// Its text (question and answer).
    pub text: String,
}

/// Load a query set. A corpus the set names is resolved against the set's folder, so a
/// set and the documents it was judged on can be run from anywhere.
pub fn load(path: &Path) -> Result<QuerySet> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    let mut set: QuerySet = serde_json::from_str(&text).map_err(|e| Error::Document {
        path: path.to_path_buf(),
        reason: format!("not a query set: {e}"),
    })?;
    // A filter zoek does not know (a kind `turn` for a debate's `speech`) is said before
    // any index is built, with the query it is in.
    for q in &set.queries {
        q.filters().map_err(|e| Error::Document {
            path: path.to_path_buf(),
            reason: format!("query {}: {e}", q.id),
        })?;
    }
    if let Some(corpus) = &set.corpus {
        let base = path.parent().unwrap_or(Path::new("."));
        set.corpus = Some(base.join(corpus));
    }
    Ok(set)
}

impl EvalQuery {
    /// The query's filters.
    pub fn filters(&self) -> Result<Filters> {
        let mut f = Filters::default();
        for (name, value) in &self.filters {
            if let Some(v) = value {
                f.set(name, v)?;
            }
        }
        Ok(f)
    }
}

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn file_name(source: &str) -> String {
    Path::new(source)
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// Score one ranking against a query's judgments.
pub fn score(q: &EvalQuery, ranking: &[Ranked]) -> Metrics {
    let mut used = vec![false; q.relevant.len()];
    let mut dcg = 0.0;
    let mut first: Option<usize> = None;
    let mut found = 0;
    for (r, hit) in ranking.iter().take(10).enumerate() {
        let text = norm(&hit.text);
        let best = q
            .relevant
            .iter()
            .enumerate()
            .filter(|(j, judgment)| {
                !used[*j]
                    && hit.files.contains(&judgment.file)
                    && text.contains(&norm(&judgment.text))
            })
            .max_by_key(|(_, j)| j.grade);
        if let Some((j, judgment)) = best {
            used[j] = true;
            dcg += (2f64.powi(judgment.grade as i32) - 1.0) / ((r + 2) as f64).log2();
            first.get_or_insert(r + 1);
            found += 1;
        }
    }
    let idcg = ideal_dcg(q);
    Metrics {
        ndcg10: if idcg > 0.0 { dcg / idcg } else { 0.0 },
        mrr: first.map_or(0.0, |r| 1.0 / r as f64),
        recall10: if q.relevant.is_empty() {
            0.0
        } else {
            found as f64 / q.relevant.len().min(10) as f64
        },
    }
}

/// The DCG@10 of a query's judgments in their best order: what nDCG divides by.
fn ideal_dcg(q: &EvalQuery) -> f64 {
    let mut grades: Vec<u8> = q.relevant.iter().map(|j| j.grade).collect();
    grades.sort_unstable_by(|a, b| b.cmp(a));
    grades
        .iter()
        .take(10)
        .enumerate()
        .map(|(r, &g)| (2f64.powi(g as i32) - 1.0) / ((r + 2) as f64).log2())
        .sum()
}

/// Mean of per-query figures.
pub fn mean(per_query: &[Metrics]) -> Metrics {
    let n = per_query.len().max(1) as f64;
    Metrics {
        ndcg10: per_query.iter().map(|m| m.ndcg10).sum::<f64>() / n,
        mrr: per_query.iter().map(|m| m.mrr).sum::<f64>() / n,
        recall10: per_query.iter().map(|m| m.recall10).sum::<f64>() / n,
    }
}

/// The configurations measured, from the baseline to zoek as shipped.
pub fn variants() -> Vec<(&'static str, Option<SearchConfig>)> {
    let off = SearchConfig {
        compounds: false,
        aliases: false,
        ranking: false,
        dedupe: false,
        feedback: false,
        spelling: false,
        related: false,
    };
    let dedupe = SearchConfig {
        dedupe: true,
        ..off
    };
    vec![
        ("baseline (plain BM25, no stemming)", None),
        ("+ folding and stemming", Some(off)),
        ("+ duplicate folding", Some(dedupe)),
        (
            "+ compounds",
            Some(SearchConfig {
                compounds: true,
                ..dedupe
            }),
        ),
        (
            "+ aliases",
            Some(SearchConfig {
                compounds: true,
                aliases: true,
                ..dedupe
            }),
        ),
        (
            "+ proximity, exact forms, coverage, priors",
            Some(SearchConfig {
                feedback: false,
                spelling: false,
                related: false,
                ..SearchConfig::default()
            }),
        ),
        (
            "+ feedback from the best hits",
            Some(SearchConfig {
                spelling: false,
                related: false,
                ..SearchConfig::default()
            }),
        ),
        (
            "+ spelling correction",
            Some(SearchConfig {
                related: false,
                ..SearchConfig::default()
            }),
        ),
        (
            "+ related passages on a short page (zoek)",
            Some(SearchConfig::default()),
        ),
    ]
}

/// The figures of one configuration: overall and per query.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    /// The configuration's name.
    pub name: String,
    /// Mean figures.
    pub metrics: Metrics,
    /// Figures per query id.
    pub per_query: Vec<(String, Metrics)>,
}

/// Evaluate every variant on a corpus.
pub fn evaluate(corpus: &Corpus, set: &QuerySet) -> Result<Vec<Report>> {
    let index = &corpus.index;
    let baseline = Baseline::build(&corpus.passages)?;
    let mut reports = Vec::new();
    for (name, config) in variants() {
        let mut per_query = Vec::new();
        for q in &set.queries {
            let ranking = match config {
                None => baseline.search(q)?,
                Some(config) => {
                    let req = SearchRequest {
                        query: q.query.clone(),
                        filters: q.filters()?,
                        limit: 10,
                        config,
                        ..SearchRequest::new(&q.query)
                    };
                    index
                        .search(&req)?
                        .hits
                        .into_iter()
                        .map(|h| {
                            let mut files = vec![file_name(&h.passage.source)];
                            files.extend(h.also_in.iter().map(|a| file_name(&a.source)));
                            Ranked {
                                files,
                                text: h.passage.text,
                            }
                        })
                        .collect()
                }
            };
            per_query.push((q.id.clone(), score(q, &ranking)));
        }
        let metrics = mean(&per_query.iter().map(|(_, m)| *m).collect::<Vec<_>>());
        reports.push(Report {
            name: name.to_string(),
            metrics,
            per_query,
        });
    }
    Ok(reports)
}

/// How well a second assessor's judgments of the same queries score against the first's:
/// the nDCG@10 of a system that returned exactly the passages the second assessor judged
/// relevant, those graded 2 first. It is the ceiling two careful readers allow, the
/// figure a search engine can be expected to reach on the set (Voorhees 2000).
///
/// Within a grade the second assessor gives no order, so the figure is the expectation
/// over every order: each passage of a grade is equally likely at each of its places.
/// Queries the second set does not hold are left out. Per query, in the first set's order.
pub fn agreement(
    corpus: &Corpus,
    first: &QuerySet,
    second: &QuerySet,
) -> Result<Vec<(String, f64)>> {
    let holding = |j: &Judgment| corpus.holders(j).first().copied();
    let mut out = Vec::new();
    for q in &first.queries {
        let Some(other) = second.queries.iter().find(|o| o.id == q.id) else {
            continue;
        };
        // The first assessor's gain of each passage.
        let mut gain: HashMap<usize, f64> = HashMap::new();
        for j in &q.relevant {
            if let Some(p) = holding(j) {
                let g = 2f64.powi(j.grade as i32) - 1.0;
                let e = gain.entry(p).or_insert(0.0);
                *e = e.max(g);
            }
        }
        // The second assessor's passages, by grade.
        let mut tiers: [Vec<usize>; 2] = [Vec::new(), Vec::new()];
        let mut graded: HashMap<usize, u8> = HashMap::new();
        for j in &other.relevant {
            if let Some(p) = holding(j) {
                let e = graded.entry(p).or_insert(0);
                *e = (*e).max(j.grade);
            }
        }
        for (&p, &g) in &graded {
            tiers[if g >= 2 { 0 } else { 1 }].push(p);
        }
        let mut dcg = 0.0;
        let mut start = 0;
        for tier in &tiers {
            let end = start + tier.len();
            let discount: f64 = (start..end.min(10))
                .map(|r| 1.0 / ((r + 2) as f64).log2())
                .sum();
            if !tier.is_empty() {
                let mean_gain = tier
                    .iter()
                    .map(|p| gain.get(p).copied().unwrap_or(0.0))
                    .sum::<f64>()
                    / tier.len() as f64;
                dcg += mean_gain * discount;
            }
            start = end;
        }
        let idcg = ideal_dcg(q);
        out.push((q.id.clone(), if idcg > 0.0 { dcg / idcg } else { 0.0 }));
    }
    Ok(out)
}

/// The judgments of a set that cannot be scored as meant: a piece of text found in no
/// passage of the corpus (a footnote, a label the splitter strips, a line-end hyphen the
/// text does not keep), or a second judgment of one query naming the same passage as
/// another (a reader cannot be shown one passage twice, so the query could never reach
/// 1). A piece found in several passages is not one: those passages hold the same
/// words, and either counts. Each is described as `id: file: "text" (why)`.
pub fn misplaced_judgments(corpus: &Corpus, set: &QuerySet) -> Vec<String> {
    let mut out = Vec::new();
    for q in &set.queries {
        let mut named: HashMap<usize, &str> = HashMap::new();
        for j in &q.relevant {
            match corpus.holders(j).as_slice() {
                [] => out.push(format!(
                    "{}: {}: {:?} (in no passage)",
                    q.id, j.file, j.text
                )),
                [one] => {
                    if let Some(other) = named.insert(*one, &j.text) {
                        out.push(format!(
                            "{}: {}: {:?} (the passage of {other:?})",
                            q.id, j.file, j.text
                        ));
                    }
                }
                _ => {}
            }
        }
    }
    out
}

/// A corpus folder indexed once in a temporary directory (removed when it is dropped),
/// for the measures of one or more query sets: [`evaluate`], [`agreement`],
/// [`misplaced_judgments`].
pub struct Corpus {
    _dir: tempfile::TempDir,
    index: ZoekIndex,
    /// Its passages in a fixed order, as documents are indexed in parallel and ties must
    /// rank the same every run.
    passages: Vec<Passage>,
    /// Each passage's file name and whitespace-normalized text, as judgments are matched.
    texts: Vec<(String, String)>,
}

impl Corpus {
    /// Index the documents of a folder.
    pub fn index(folder: &Path) -> Result<Corpus> {
        let dir = tempfile::tempdir().map_err(|source| Error::Io {
            path: std::env::temp_dir(),
            source,
        })?;
        let mut index = ZoekIndex::create(&dir.path().join("zoek"))?;
        index.index_folder(folder, &IndexOptions::default(), &NoProgress)?;
        let mut passages = all_passages(&index)?;
        passages.sort_by(|a, b| (&a.source, &a.id).cmp(&(&b.source, &b.id)));
        let texts = passages
            .iter()
            .map(|p| (file_name(&p.source), norm(&p.text)))
            .collect();
        Ok(Corpus {
            _dir: dir,
            index,
            passages,
            texts,
        })
    }

    /// The passages (indexes into its passages) holding a judgment's text.
    fn holders(&self, j: &Judgment) -> Vec<usize> {
        let m = norm(&j.text);
        (self.texts.iter().enumerate())
            .filter(|(_, (f, t))| *f == j.file && t.contains(&m))
            .map(|(i, _)| i)
            .collect()
    }
}

/// Every passage of an index.
fn all_passages(index: &ZoekIndex) -> Result<Vec<Passage>> {
    let searcher = index.reader().searcher();
    let mut out = Vec::new();
    for segment in searcher.segment_readers() {
        let pieces = segment.fast_fields().u64("piece_of").ok();
        let store = segment
            .get_store_reader(64)
            .map_err(|e| Error::Tantivy(e.into()))?;
        for doc_id in 0..segment.max_doc() {
            if segment.is_deleted(doc_id) {
                continue;
            }
            // A piece of a long turn is no passage of its own.
            if pieces.as_ref().is_some_and(|c| c.first(doc_id).is_some()) {
                continue;
            }
            let doc: TantivyDocument = store.get(doc_id)?;
            out.push(index.to_passage(&doc));
        }
    }
    Ok(out)
}

/// The baseline: BM25 over question and answer, lowercase tokens, nothing else.
struct Baseline {
    index: Index,
    text: tantivy::schema::Field,
    source: tantivy::schema::Field,
    body: tantivy::schema::Field,
    fractie: tantivy::schema::Field,
    kind: tantivy::schema::Field,
}

impl Baseline {
    fn build(passages: &[Passage]) -> Result<Baseline> {
        let mut b = Schema::builder();
        let plain = TextOptions::default().set_indexing_options(
            TextFieldIndexing::default()
                .set_tokenizer("plain")
                .set_index_option(IndexRecordOption::WithFreqsAndPositions),
        );
        let text = b.add_text_field("text", plain);
        let source = b.add_text_field("source", STRING | STORED);
        let body = b.add_text_field("body", STORED);
        let fractie = b.add_text_field("fractie", STRING);
        let kind = b.add_text_field("kind", STRING);
        let date = b.add_text_field("date", STRING);
        let index = Index::create_in_ram(b.build());
        index.tokenizers().register(
            "plain",
            TextAnalyzer::builder(SimpleTokenizer::default())
                .filter(LowerCaser)
                .build(),
        );
        let mut writer: tantivy::IndexWriter = index.writer_with_num_threads(1, 50_000_000)?;
        for p in passages {
            let mut doc = TantivyDocument::new();
            doc.add_text(text, &p.text);
            doc.add_text(source, &p.source);
            doc.add_text(body, &p.text);
            if let Some(f) = &p.fractie {
                doc.add_text(fractie, f);
            }
            doc.add_text(kind, p.kind.as_str());
            if let Some(d) = &p.date {
                doc.add_text(date, d);
            }
            writer.add_document(doc)?;
        }
        writer.commit()?;
        Ok(Baseline {
            index,
            text,
            source,
            body,
            fractie,
            kind,
        })
    }

    fn search(&self, q: &EvalQuery) -> Result<Vec<Ranked>> {
        let parsed = crate::query::parse(&q.query)?;
        let mut analyzer = self.index.tokenizers().get("plain").expect("registered");
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        let mut words: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        for w in &parsed.words {
            for t in crate::analyze::tokens(&mut analyzer, w) {
                words.push((
                    Occur::Should,
                    Box::new(TermQuery::new(
                        Term::from_field_text(self.text, &t),
                        IndexRecordOption::WithFreqs,
                    )),
                ));
            }
        }
        if !words.is_empty() {
            clauses.push((Occur::Must, Box::new(BooleanQuery::new(words))));
        }
        for phrase in &parsed.phrases {
            let terms: Vec<Term> = crate::analyze::tokens(&mut analyzer, phrase)
                .iter()
                .map(|t| Term::from_field_text(self.text, t))
                .collect();
            match terms.len() {
                0 => {}
                1 => clauses.push((
                    Occur::Must,
                    Box::new(TermQuery::new(
                        terms[0].clone(),
                        IndexRecordOption::WithFreqs,
                    )),
                )),
                _ => clauses.push((Occur::Must, Box::new(PhraseQuery::new(terms)))),
            }
        }
        // Filters as exact values: the baseline knows no party spellings.
        let filters = q.filters()?;
        let exact = |field, v: &str| -> Box<dyn Query> {
            Box::new(TermQuery::new(
                Term::from_field_text(field, v),
                IndexRecordOption::Basic,
            ))
        };
        if let Some(f) = q.filters.get("fractie").cloned().flatten() {
            clauses.push((Occur::Must, exact(self.fractie, &f)));
        }
        if let Some(k) = filters.kind {
            clauses.push((Occur::Must, exact(self.kind, k.as_str())));
        }
        let query: Box<dyn Query> = if filters.from.is_some() || filters.to.is_some() {
            let from = filters.from.clone().unwrap_or_else(|| "0000-00-00".into());
            let to = filters.to.clone().unwrap_or_else(|| "9999-99-99".into());
            let parser = QueryParser::for_index(&self.index, vec![]);
            let range = parser
                .parse_query(&format!("date:[{from} TO {to}]"))
                .map_err(|e| Error::Query(e.to_string()))?;
            clauses.push((Occur::Must, range));
            Box::new(BooleanQuery::new(clauses))
        } else {
            Box::new(BooleanQuery::new(clauses))
        };
        let searcher = self.index.reader()?.searcher();
        let top = searcher.search(&query, &TopDocs::with_limit(10).order_by_score())?;
        let mut out = Vec::new();
        for (_, addr) in top {
            let doc: TantivyDocument = searcher.doc(addr)?;
            let get = |f| {
                doc.get_first(f)
                    .and_then(|v| v.as_str())
                    .unwrap_or("")
                    .to_string()
            };
            out.push(Ranked {
                files: vec![file_name(&get(self.source))],
                text: get(self.body),
            });
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn q(relevant: Vec<(&str, &str, u8)>) -> EvalQuery {
        EvalQuery {
            id: "t".into(),
            query: "x".into(),
            types: vec![],
            filters: HashMap::new(),
            relevant: relevant
                .into_iter()
                .map(|(f, t, g)| Judgment {
                    file: f.into(),
                    text: t.into(),
                    grade: g,
                })
                .collect(),
        }
    }

    fn hit(file: &str, text: &str) -> Ranked {
        Ranked {
            files: vec![file.into()],
            text: text.into(),
        }
    }

    #[test]
    fn a_set_with_an_unknown_filter_is_refused_naming_the_query() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("set.json");
        let set = r#"{"queries": [{"id": "h01", "query": "x", "type": [],
            "filters": {"kind": "turn"}, "relevant": []}]}"#;
        std::fs::write(&path, set).unwrap();
        let e = load(&path).unwrap_err().to_string();
        assert!(
            e.contains("set.json") && e.contains("query h01") && e.contains("turn"),
            "{e}"
        );
    }

    #[test]
    fn perfect_ranking_scores_one() {
        let query = q(vec![("a.txt", "alpha", 2), ("b.txt", "beta", 1)]);
        let m = score(&query, &[hit("a.txt", "x alpha y"), hit("b.txt", "beta")]);
        assert!((m.ndcg10 - 1.0).abs() < 1e-9 && m.mrr == 1.0 && m.recall10 == 1.0);
    }

    #[test]
    fn order_and_misses_count() {
        let query = q(vec![("a.txt", "alpha", 2), ("b.txt", "beta", 1)]);
        let swapped = score(&query, &[hit("b.txt", "beta"), hit("a.txt", "alpha")]);
        assert!(swapped.ndcg10 < 1.0 && swapped.mrr == 1.0);
        let none = score(&query, &[hit("c.txt", "alpha")]);
        assert_eq!((none.ndcg10, none.mrr, none.recall10), (0.0, 0.0, 0.0));
        // A passage counts once, however often it is returned.
        let twice = score(&query, &[hit("a.txt", "alpha"), hit("a.txt", "alpha")]);
        assert_eq!(twice.recall10, 0.5);
    }
}
