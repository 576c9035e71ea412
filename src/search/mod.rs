//! Searching the index: from a query to ranked hits with snippets.
//!
//! Before them, a typed word that no passage holds in any form and that is no Dutch word
//! is replaced by the nearest word of the index ([`spell`]). Three stages. tantivy ranks
//! every matching passage by BM25 over the query's concepts and their alternatives
//! ([`plan`]); then the top candidates are reranked by how many of
//! the query's concepts each holds, and near-duplicates (a concept and its final version,
//! a PDF and its text) are folded into one hit ([`rank`]); last, the top of the page is
//! reranked by each hit's likeness to the best hits ([`feedback`]). Filters are part of
//! the query, so no match is lost to a top-N cut.

pub mod facet;
pub mod feed;
pub mod feedback;
pub mod plan;
pub mod proximity;
pub mod rank;
pub mod related;
pub mod snippet;
pub mod spell;
pub mod statistics;

use crate::analyze;
use crate::error::Result;
use crate::fractie;
use crate::index::ZoekIndex;
use crate::passage::{Passage, Role};
use crate::query::{self, Filters};
use serde::Serialize;
use std::collections::{HashMap, HashSet};
use tantivy::collector::{Count, TopDocs};
use tantivy::query::{BooleanQuery, BoostQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocAddress, Term};

pub use snippet::{Highlighter, Snippet, StemWorth, make_snippet};

/// Which features of zoek's ranking are on. All are on by default; the evaluation
/// (`zoek eval`) turns them off one by one to show what each adds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct SearchConfig {
    /// Compound parts, compounds written apart, adjacent words as one compound; the
    /// longer derivations and the verb family of a typed word that the index holds.
    pub compounds: bool,
    /// Aliases and synonyms from `index-schema/aliases.toml` and the party table.
    pub aliases: bool,
    /// Exact-form and proximity boosts, and the coverage rerank.
    pub ranking: bool,
    /// Fold near-duplicate passages into one hit (`also_in`).
    pub dedupe: bool,
    /// Rerank the top of the page by likeness to its best hits ([`feedback`]); only with
    /// `ranking`.
    pub feedback: bool,
    /// Search a typed word that no passage holds in any form, and that is no Dutch
    /// word, as the nearest word of the index ([`spell`]).
    pub spelling: bool,
    /// Fill a page that the query's words cannot fill with the passages most like its
    /// best hits ([`related`]); only with `ranking`.
    pub related: bool,
}

impl Default for SearchConfig {
    fn default() -> Self {
        SearchConfig {
            compounds: true,
            aliases: true,
            ranking: true,
            dedupe: true,
            feedback: true,
            spelling: true,
            related: true,
        }
    }
}

/// The order of a page of hits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SortOrder {
    /// Best first: the passages holding more of the query's words, and holding them
    /// better, first.
    #[default]
    Relevance,
    /// Newest first, over every passage holding each word of the query (in any of its
    /// forms), not only the best ranked: what is new on a subject.
    Newest,
    /// Oldest first, over the same passages: how a subject began.
    Oldest,
}

impl SortOrder {
    /// `relevance`, `newest` or `oldest` (also `nieuwste`, `oudste`, `date`/`datum` for newest).
    pub fn parse(s: &str) -> Option<SortOrder> {
        match s.trim().to_lowercase().as_str() {
            "relevance" | "relevantie" | "score" => Some(SortOrder::Relevance),
            "newest" | "nieuwste" | "date" | "datum" | "new" => Some(SortOrder::Newest),
            "oldest" | "oudste" | "old" => Some(SortOrder::Oldest),
            _ => None,
        }
    }
}

/// A search request: query text, extra filters, and how many hits.
#[derive(Debug, Clone)]
pub struct SearchRequest {
    /// The query as typed (words, phrases, exclusions, `field:value` filters).
    pub query: String,
    /// Filters in addition to those in the query text (command-line flags).
    pub filters: Filters,
    /// Number of hits to return.
    pub limit: usize,
    /// Ranking features.
    pub config: SearchConfig,
    /// Attach to every hit how its score came about.
    pub explain: bool,
    /// When fewer passages than `limit` hold a quoted phrase as typed, fill the page with
    /// passages holding every word of it otherwise, after them and marked [`Hit::relaxed`];
    /// when still too few, with passages holding some of its words, after those and marked
    /// [`Hit::partial`] too.
    pub relax_phrases: bool,
    /// The order of the page: by relevance, or by date over every passage holding each
    /// word of the query.
    pub sort: SortOrder,
}

impl SearchRequest {
    /// A request for the top 10 hits of a query, without extra filters.
    pub fn new(query: impl Into<String>) -> SearchRequest {
        SearchRequest {
            query: query.into(),
            filters: Filters::default(),
            limit: 10,
            config: SearchConfig::default(),
            explain: false,
            relax_phrases: true,
            sort: SortOrder::Relevance,
        }
    }
}

/// One hit: the passage, its rank and score, and a snippet.
#[derive(Debug, Clone, Serialize)]
pub struct Hit {
    /// 1-based rank.
    pub rank: usize,
    /// The query has a quoted phrase this passage does not hold as typed, only every word of it
    /// (apart, inflected, in compounds) or, when also [`Hit::partial`], some of them: shown
    /// after every passage that holds it.
    pub relaxed: bool,
    /// The passage holds only some words of the query's quoted phrase: shown after every
    /// passage that holds all of them, to fill a page the phrase could not fill.
    pub partial: bool,
    /// The passage holds none of the query's words: it is like the best hits, shown after
    /// every passage that holds them, on a page they could not fill ([`related`]).
    pub related: bool,
    /// Relevance score (BM25 over the query's concepts, times the coverage factor).
    pub score: f32,
    /// The best window of the passage with the matched words highlighted.
    pub snippet: Snippet,
    /// The passage and all its fields.
    #[serde(flatten)]
    pub passage: Passage,
    /// When the answer points to another answer (`Zie antwoord op de vorige vraag`), that
    /// answer, so the reader need not look it up.
    pub referenced: Option<Referenced>,
    /// For a member's reaction in the Regeling van werkzaamheden (`Steun, voorzitter.`):
    /// the request it reacts to, which says what the reaction is about.
    pub request: Option<Request>,
    /// For a debate turn that holds none of the query's words itself and was found by the
    /// exchange it belongs to: the turn that holds them, its snippet highlighting them, so
    /// the reader sees why the turn is a hit. For a minister's reply (`Ik beschouw dit als
    /// een aanmoediging; dit punt wil ik zeker meenemen.`), the question it answers (on
    /// `overlast bij Ter Apel`); for a member's follow-up, the question the exchange
    /// started with.
    pub exchange: Option<Exchange>,
    /// The same passage in other documents (a concept and its final version, a PDF and
    /// its text), folded into this hit.
    pub also_in: Vec<AlsoIn>,
    /// For a question answered in another document (a voorlopig verslag and its memorie
    /// van antwoord, Kamervragen and the answer to them): the passage that answers it; for
    /// an answer, the question it answers.
    pub linked: Option<Linked>,
    /// The words of the query this passage holds in no form (not stemmed, not in a
    /// compound, not through an alias), as typed: what a reader checks before trusting a
    /// hit that ranks high on the query's other words. Empty for a related passage,
    /// which holds none of them by definition ([`Hit::related`]).
    pub missing: Vec<String>,
    /// How the score came about (with `--explain`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<Explanation>,
}

/// A near-duplicate of a hit in another document.
#[derive(Debug, Clone, Serialize)]
pub struct AlsoIn {
    /// The duplicate passage's id.
    pub id: String,
    /// Its document.
    pub source: String,
    /// The page of that document it starts on, when the document has pages (a PDF, a
    /// Word or OpenDocument file).
    pub page: Option<u32>,
}

/// A passage in another document that answers this question, or that this answers.
#[derive(Debug, Clone, Serialize)]
pub struct Linked {
    /// `answered_by` (this hit is the question) or `answers` (this hit is the answer).
    pub relation: &'static str,
    /// The linked passage's id.
    pub id: String,
    /// Its document.
    pub source: String,
    /// Its question.
    pub question: Option<String>,
    /// Its answer.
    pub answer: Option<String>,
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

/// The request in the Regeling van werkzaamheden a member's turn reacts to.
#[derive(Debug, Clone, Serialize)]
pub struct Request {
    /// Id of the request's (first) turn.
    pub id: String,
    /// The member who asked.
    pub speaker: Option<String>,
    /// Their fractie.
    pub fractie: Option<String>,
    /// What they asked.
    pub text: String,
}

/// How many turns back [`ZoekIndex::exchange_of`] looks for an exchange's question.
const EXCHANGE_REACH: usize = 4;

/// The turn of a debate hit's exchange that holds the query's words, shown where the
/// hit's own words hold none of them ([`Hit::exchange`]).
#[derive(Debug, Clone, Serialize)]
pub struct Exchange {
    /// `replies_to` (the hit answers this turn) or `follows_up` (the hit is a follow-up
    /// question to this one, of the same member).
    pub relation: &'static str,
    /// Id of the turn.
    pub id: String,
    /// Who spoke it.
    pub speaker: Option<String>,
    /// Their fractie.
    pub fractie: Option<String>,
    /// The best window of it with the query's words highlighted.
    pub snippet: Snippet,
}

/// How a hit's score came about.
#[derive(Debug, Clone, Serialize)]
pub struct Explanation {
    /// tantivy's BM25 score of the passage for the query.
    pub bm25: f32,
    /// The query's concepts the passage holds.
    pub concepts_held: Vec<String>,
    /// The query's concepts it lacks.
    pub concepts_missing: Vec<String>,
    /// Each of the query's concepts: how much of it the passage holds and how much it
    /// weighs in the coverage (its IDF).
    pub concepts: Vec<ConceptCoverage>,
    /// The factor the coverage rerank applied: how much of the query the passage holds.
    pub coverage_factor: f32,
    /// The product of the priors that applied: what the passage is counting for or
    /// against it (a minister's turn holding every word 1.3, a chair's turn keeping
    /// order 0.3, the speaker's own turn when the query is their name 20).
    pub prior: f32,
    /// Added to `bm25` before the coverage and the priors multiply it
    /// ([`rank::BM25_SMOOTHING`]; 0 for a related passage and in date order).
    pub smoothing: f32,
    /// The score before the feedback rerank: `(bm25 + smoothing) × coverage_factor × prior`.
    pub coverage_score: f32,
    /// How the feedback rerank changed the score, when it measured this hit.
    pub feedback: Option<FeedbackExplanation>,
    /// tantivy's explanation of the BM25 score, per field and term.
    pub bm25_detail: serde_json::Value,
    /// For a related passage ([`Hit::related`]): the words of the best hits that found it,
    /// whose BM25 is its score.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub related_words: Vec<String>,
    /// For a long debate turn, the piece of it the score is of: a long turn is ranked by
    /// its best piece of a few paragraphs ([`crate::index::pieces_of`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub piece: Option<String>,
}

/// How the feedback rerank scored a hit: `score = (1 − weight) × coverage_score + weight ×
/// likeness × top_score` ([`feedback::rescore`]).
#[derive(Debug, Clone, Serialize)]
pub struct FeedbackExplanation {
    /// The hit's likeness to the best hits, 0 to 1.
    pub likeness: f32,
    /// The first hit's score before the rerank, which the likeness is scaled to.
    pub top_score: f32,
    /// The share of the score that comes from the likeness.
    pub weight: f32,
}

/// How a passage covers one concept of the query (with `--explain`).
#[derive(Debug, Clone, Serialize)]
pub struct ConceptCoverage {
    /// The words as typed.
    pub concept: String,
    /// 1 when held, 0.5 when held only through a part of a typed compound, 0 when not.
    pub held: f32,
    /// Its weight in the coverage: the inverse document frequency of the word as typed,
    /// times `everyday`.
    pub weight: f32,
    /// The factor a word of everyday Dutch counts by (`rol` 0.74), when it was weighed
    /// down; its BM25 weight was multiplied by it too.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub everyday: Option<f32>,
}

/// The hits of one query.
#[derive(Debug, Clone, Serialize)]
pub struct SearchResults {
    /// The query as given.
    pub query: String,
    /// Number of passages that match (all of them, not only those returned). In date
    /// order, the passages holding every word of the query.
    pub total: usize,
    /// The order of the hits.
    pub sort: SortOrder,
    /// When the page was filled after the passages holding a quoted phrase: the number of
    /// passages holding every word of the phrases otherwise ([`Hit::relaxed`]); else 0.
    pub relaxed_total: usize,
    /// When the page was filled after those too: the number of passages holding some words
    /// of the phrases ([`Hit::partial`]); else 0.
    pub partial_total: usize,
    /// The top hits, best first.
    pub hits: Vec<Hit>,
    /// The typed words no passage holds in any form, searched as the nearest word of
    /// the index instead (`Oganda` → `oeganda`).
    pub corrections: Vec<spell::Correction>,
    /// The words of a query of several that no passage passing its filters holds in any
    /// form, nor anything near enough to correct them to (`leges` in `wat antwoordde de
    /// minister over leges`): the hits hold only the rest of the query, and the reader
    /// should know before reading them.
    pub unmatched: Vec<String>,
}

/// A candidate of the second stage: its score, tantivy's BM25 score, and how much of
/// each concept of the query it holds.
struct Scored {
    score: f32,
    /// The factor of the coverage rerank (1 where none applied).
    coverage: f32,
    bm25: f32,
    /// The product of the priors that applied.
    prior: f32,
    addr: DocAddress,
    /// For a piece of a long turn, the turn it is read as ([`Turns`]).
    turn: Option<DocAddress>,
    held: Vec<f32>,
}

/// A candidate read from the store for the page.
struct Candidate {
    /// BM25 (plus [`rank::BM25_SMOOTHING`]) times the coverage factor and the priors.
    score: f32,
    /// The factor of the coverage rerank.
    coverage: f32,
    /// The score the page is ordered by: `score`, or after the feedback rerank its own.
    ranked: f32,
    /// The likeness to the best hits and the first hit's score, when the feedback rerank
    /// measured it.
    feedback: Option<(f32, f32)>,
    bm25: f32,
    /// The product of the priors that applied.
    prior: f32,
    /// The passage shown: the preferred version of the copies of what was found.
    addr: DocAddress,
    /// The passage the score was computed for, which the explanation explains: a copy
    /// shown in its place may not match the query (a word split across a PDF's lines).
    scored: DocAddress,
    passage: Passage,
    /// For a long turn found by one of its pieces ([`crate::index::pieces_of`]), the
    /// piece's words: what the page's best hits are compared by.
    piece: Option<String>,
    held: Vec<f32>,
    /// Which query found it.
    tier: Tier,
}

impl Candidate {
    /// The words it was found by: its piece, or the whole passage.
    fn words(&self) -> &str {
        self.piece.as_deref().unwrap_or(&self.passage.text)
    }
}

/// The turns of the pieces of long debate turns ([`crate::index::pieces_of`]) among a
/// search's candidates: a piece holds its turn's number in `piece_of`, the turn in
/// `turn`.
pub(crate) struct Turns {
    /// Per segment, the `piece_of` column, read once.
    columns: Vec<Option<tantivy::columnar::Column<u64>>>,
    /// The turn's field, to find a turn by its number.
    turn: tantivy::schema::Field,
    /// The turns found so far, by number.
    found: HashMap<u64, Option<DocAddress>>,
}

impl Turns {
    pub(crate) fn new(index: &ZoekIndex, searcher: &tantivy::Searcher) -> Turns {
        Turns {
            columns: (searcher.segment_readers().iter())
                .map(|r| r.fast_fields().u64("piece_of").ok())
                .collect(),
            turn: index.fields().get("turn"),
            found: HashMap::new(),
        }
    }

    /// The turn of the document at `addr`, when it is a piece of one.
    pub(crate) fn turn_of(
        &mut self,
        searcher: &tantivy::Searcher,
        addr: DocAddress,
    ) -> Result<Option<DocAddress>> {
        let Some(key) = (self.columns.get(addr.segment_ord as usize))
            .and_then(|c| c.as_ref()?.first(addr.doc_id))
        else {
            return Ok(None);
        };
        if let Some(found) = self.found.get(&key) {
            return Ok(*found);
        }
        let query = TermQuery::new(
            Term::from_field_u64(self.turn, key),
            IndexRecordOption::Basic,
        );
        let top = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
        let found = top.first().map(|(_, a)| *a);
        self.found.insert(key, found);
        Ok(found)
    }
}

/// Counts the passages a query matches: the pieces of a long turn
/// ([`crate::index::pieces_of`]) count as the one turn they are.
struct PassageCount;

/// What [`PassageCount`] counts in one segment, and all of them: the documents that are
/// no piece, and the turns of the pieces (by their number in the `piece_of` field).
#[derive(Default)]
struct Counted {
    others: usize,
    turns: rustc_hash::FxHashSet<u64>,
}

impl Counted {
    fn passages(&self) -> usize {
        self.others + self.turns.len()
    }
}

struct SegmentPassageCount {
    turn: Option<tantivy::columnar::Column<u64>>,
    counted: Counted,
}

impl tantivy::collector::Collector for PassageCount {
    type Fruit = Counted;
    type Child = SegmentPassageCount;

    fn for_segment(
        &self,
        _: tantivy::SegmentOrdinal,
        segment: &tantivy::SegmentReader,
    ) -> tantivy::Result<SegmentPassageCount> {
        Ok(SegmentPassageCount {
            turn: segment.fast_fields().u64("piece_of").ok(),
            counted: Counted::default(),
        })
    }

    fn requires_scoring(&self) -> bool {
        false
    }

    fn merge_fruits(&self, fruits: Vec<Counted>) -> tantivy::Result<Counted> {
        let mut all = Counted::default();
        for c in fruits {
            all.others += c.others;
            all.turns.extend(c.turns);
        }
        Ok(all)
    }
}

impl tantivy::collector::SegmentCollector for SegmentPassageCount {
    type Fruit = Counted;

    fn collect(&mut self, doc: tantivy::DocId, _: tantivy::Score) {
        match self.turn.as_ref().and_then(|c| c.first(doc)) {
            Some(turn) => {
                self.counted.turns.insert(turn);
            }
            None => self.counted.others += 1,
        }
    }

    fn harvest(self) -> Counted {
        self.counted
    }
}

/// The queries a page with a quoted phrase is filled by, in turn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tier {
    /// The query as typed: its phrases as typed.
    Phrase,
    /// Every word of the phrases, in any form.
    Words,
    /// Some words of the phrases.
    Some,
    /// None of the query's words: like the best hits ([`related`]).
    Related,
    /// Every word of the query, on a page in date order: kept in the order given.
    Dated,
}

/// The hits of a page as they are read: each candidate with the copies folded into it
/// and what later candidates are compared with to be found its copies.
type Page = Vec<(Candidate, Vec<AlsoIn>, Likeness)>;

/// What the copies of a hit on the page are recognized by ([`ZoekIndex::fold`]).
struct Likeness {
    /// Its signature, read from the index; `None` for a passage without words, or
    /// without deduplication.
    signature: Option<rank::Signature>,
    /// Its word trigrams, made only once a candidate's signature comes near: comparing
    /// the trigrams of every candidate with those of every hit was most of the time
    /// of a page of 30 (the feedback rerank's pool).
    fingerprint: Option<rank::Fingerprint>,
}

/// The weight, in the query for related passages, of a minister's turn in a debate that
/// names a member whose turn is among the best hits and shares a word with them
/// ([`related`]): the reply ranks first among the related passages. Measured at 2, 5 and
/// 10: +0.004, +0.005 and +0.005 nDCG@10 on the mean of the read sets.
const W_REPLY: f32 = 5.0;

/// What a word of the query counts for in the coverage of a long turn's piece that lacks
/// it, when another paragraph of the turn holds it ([`crate::index::pieces_of`]). Counted
/// wholly (1.0), a member's paragraph on one word of the query ranked as if it held the
/// others, which the turn says in passing elsewhere (held-out mean 0.8736); not at all, a
/// turn holding every word in different paragraphs ranked as one holding some (`stikstof
/// Frontex`; 0.8724). At 0.5 and 0.75: 0.8741 and 0.8744 (session 36).
const TURN_SHARE: f32 = 0.75;

/// How many candidates the query for related passages reads for each place it may fill:
/// enough for a passage's copies (a meeting's report, its text and its PDF) to come with it
/// and be folded into it, not shown as related passages of their own.
const RELATED_COPIES: usize = 4;

/// The first related passage's score as a share of the last match's.
const RELATED_SCALE: f32 = 0.5;

/// How many related candidates beyond the page's room are read, for those dropped as a
/// chair's procedural turns.
const RELATED_SPARE: usize = 5;

/// Whether two signatures are near enough for their passages to be compared as copies.
fn near(a: &Option<rank::Signature>, b: &Option<rank::Signature>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => rank::may_be_copies(a, b),
        _ => false,
    }
}

/// How many passages of the dossier, or of the member, are read to find a question's
/// answer in another document (or an answer's question): those sharing most of its words
/// come first, so a few suffice. Reading 50 of a prolific member's answers in no order
/// missed a third of the answers in a collection of 3,000 Kamervragen (BENCHMARKS.md).
const LINK_CANDIDATES: usize = 8;

/// The least share of a question's content words its counterpart in another document of
/// the same dossier holds: a memorie van antwoord paraphrases the voorlopig verslag.
const LINK_PARAPHRASED: f32 = 0.3;

/// The least share of a question's content words its counterpart of the same member
/// holds: a letter answering Kamervragen repeats them. At 0.3, a member's question on
/// the same subject and place, asking something else, was taken for answered.
const LINK_REPEATED: f32 = 0.6;

/// The weight of an identifier that ties the questions to their answer (the Kamer's case
/// number they share, the notice's Aanhangsel the answer cites), above any number of
/// shared words.
const LINK_CASE_BOOST: f32 = 100.0;

/// How many candidates the second stage looks at, for a given number of hits. At least
/// 100: with 30, a passage holding every word but scoring low in BM25 (a long speech)
/// could miss the second stage while passages holding a part of a word reached it
/// (held-out nDCG@10 0.848 with 30, 0.853 with 100; 13% fewer queries/s at 100k). At
/// least 300, so that the first page is the same for every page length up to 100: with
/// 100 candidates for a page of ten and 300 for a page of a hundred, 8 of the 227
/// relevance queries changed their first ten (the relevance figures did not move).
fn candidates(limit: usize) -> usize {
    (limit * 3).clamp(300, 1000)
}

impl ZoekIndex {
    /// The corpus statistics that scores are computed with: those of every passage but
    /// the text around a consultation's questions ([`statistics`]).
    pub(crate) fn statistics<'a>(
        &self,
        searcher: &'a tantivy::Searcher,
    ) -> Result<statistics::Statistics<'a>> {
        let generation = searcher.generation().generation_id();
        let mut cached = self.aside_cache().lock().unwrap_or_else(|e| e.into_inner());
        let aside = match cached.as_ref() {
            Some(aside) if aside.generation() == generation => aside.clone(),
            _ => {
                let term = Term::from_field_text(self.fields().get("procedural"), "cover");
                let aside = std::sync::Arc::new(statistics::Aside::new(searcher, &term)?);
                *cached = Some(aside.clone());
                aside
            }
        };
        Ok(statistics::Statistics::new(searcher, aside))
    }

    /// Search the index.
    pub fn search(&self, req: &SearchRequest) -> Result<SearchResults> {
        let mut parsed = query::parse(&req.query)?;
        merge_filters(&mut parsed.filters, &req.filters);
        self.resolve_open(&mut parsed)?;
        let config = req.config;
        let searcher = self.reader().searcher();
        let corrections = if config.spelling {
            self.correct(&searcher, &mut parsed, &config)?
        } else {
            Vec::new()
        };
        let limit = req.limit.max(1);
        // In date order, every passage holding each word; by relevance, those holding
        // any, the more the better.
        let dated = req.sort != SortOrder::Relevance;
        let plan = match dated {
            true => self.plan(&parsed, &config, plan::Matching::Every),
            false => self.plan(&parsed, &config, plan::Matching::Any),
        };
        let (scored, total) = match dated {
            true => self.by_date(&searcher, &plan, limit, req.sort)?,
            false => self.rank_candidates(&searcher, &plan, plan.query.as_ref(), limit, config)?,
        };
        let unmatched = self.unmatched(&searcher, &parsed, &plan, &scored)?;

        // Fold near-duplicates into the better-ranked hit. Candidates are read from the
        // store only as far down as the page needs.
        // With the feedback rerank, the page is read at least as far as the pool it
        // reranks, then cut. Only for a query of two plain words or more: on the read
        // relevance sets it gained +0.004 nDCG@10 on one-word queries (3 of 29 up, 2 down)
        // and +0.001 on quoted phrases (18), against +0.010 on two or three words (108)
        // and +0.021 on longer ones (32), and it doubled the time of a one-word query.
        let feedback = !dated
            && config.ranking
            && config.feedback
            && parsed.words.len() >= feedback::MIN_WORDS;
        let mut kept: Page = Vec::new();
        self.fold(
            &searcher,
            scored,
            if dated { Tier::Dated } else { Tier::Phrase },
            config.dedupe,
            if feedback {
                limit.max(feedback::FEEDBACK_POOL)
            } else {
                limit
            },
            &mut kept,
        )?;
        if feedback {
            self.feed_back(&searcher, &plan.stems, &mut kept)?;
            kept.truncate(limit);
        }

        // Too few passages hold a quoted phrase as typed: the page is filled with those
        // holding every word of them otherwise (apart, inflected, in compounds), after them;
        // then, if still too few, with those holding some of the words.
        let mut relaxed: Option<(plan::Plan, usize)> = None;
        let mut partial: Option<(plan::Plan, usize)> = None;
        if req.relax_phrases
            && !dated
            && config.ranking
            && !parsed.phrases.is_empty()
            && kept.len() < limit
        {
            let mut loose = parsed.clone();
            for phrase in std::mem::take(&mut loose.phrases) {
                // Word by word: `non-refoulement` is found in `non-refoulementbeginsel`
                // by its part `refoulement`.
                loose.words.extend(
                    phrase
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .map(str::to_string),
                );
            }
            // Every word of the phrases, in any form: a passage with one of them is no near
            // match of the phrase. Without aliases, or an alias term is a phrase again
            // (`veilig derde land`).
            let loose_config = SearchConfig {
                aliases: false,
                ..config
            };
            let mut loose_plan = self.plan(&loose, &loose_config, plan::Matching::Every);
            let mut tail = loose_plan.query.box_clone();
            if config.aliases && plan::holds_a_name(&loose.words) {
                // Or the phrase's name written otherwise (`"search and rescue"` → `SAR`,
                // `opsporings- en reddingsoperaties`): with the aliases that are the same
                // name, which `Matching::Every` keeps. Without such a name that plan would
                // be the words plan again.
                let names = self.plan(&loose, &config, plan::Matching::Every);
                loose_plan.stems.extend(names.stems);
                for (stem, worth) in names.stem_worth {
                    loose_plan.stem_worth.entry(stem).or_insert(worth);
                }
                tail = Box::new(BooleanQuery::new(vec![
                    (Occur::Should, tail),
                    (Occur::Should, names.query),
                ]));
            }
            // The tail's hits are explained by the query that found them: the words or the
            // name.
            loose_plan.query = tail.box_clone();
            // Those holding the phrases are on the page already.
            let rest = BooleanQuery::new(vec![
                (Occur::Must, tail.box_clone()),
                (Occur::MustNot, plan.query.box_clone()),
            ]);
            let (scored, loose_total) =
                self.rank_candidates(&searcher, &loose_plan, &rest, limit, loose_config)?;
            self.fold(
                &searcher,
                scored,
                Tier::Words,
                config.dedupe,
                limit,
                &mut kept,
            )?;

            if kept.len() < limit {
                // Some of the words, ranked as the query without quotes would be: a phrase
                // that a single passage holds (`"Counter Terrorism Group"`) still gives a
                // page on its subject, after the passages holding it.
                let some_plan = self.plan(&loose, &config, plan::Matching::Any);
                let rest = BooleanQuery::new(vec![
                    (Occur::Must, some_plan.query.box_clone()),
                    (Occur::MustNot, plan.query.box_clone()),
                    (Occur::MustNot, tail),
                ]);
                let (scored, some_total) =
                    self.rank_candidates(&searcher, &some_plan, &rest, limit, config)?;
                self.fold(
                    &searcher,
                    scored,
                    Tier::Some,
                    config.dedupe,
                    limit,
                    &mut kept,
                )?;
                partial = Some((some_plan, some_total));
            }
            relaxed = Some((loose_plan, loose_total));
        }

        // Every passage holding the query's words is on the page, and it has room: the
        // passages most like its best hits fill it.
        let mut marking_words: Vec<String> = Vec::new();
        // Asked for a quoted phrase exactly, the phrase alone.
        let exactly = !req.relax_phrases && !parsed.phrases.is_empty();
        if config.ranking
            && config.related
            && !dated
            && !exactly
            && !kept.is_empty()
            && kept.len() < limit
        {
            marking_words =
                self.fill_related(&searcher, &parsed, &plan, limit, config, &mut kept)?;
        }
        let marking: HashSet<String> = (marking_words.iter())
            .map(|w| analyze::stem_folded(w))
            .collect();

        let mut hits = Vec::with_capacity(kept.len());
        // Each plan's stems are prepared for highlighting once, for all its hits.
        let main = (&plan, plan.highlighter());
        let relaxed_tier = relaxed.as_ref().map(|(p, _)| (p, p.highlighter()));
        let partial_tier = partial.as_ref().map(|(p, _)| (p, p.highlighter()));
        let related_highlighter = Highlighter::new(&marking);
        let statistics = self.statistics(&searcher)?;
        for (rank, (c, also_in, _)) in kept.into_iter().enumerate() {
            // A hit of a tail was found, and is explained, by its own plan.
            let (plan, highlighter) = match (c.tier, &relaxed_tier, &partial_tier) {
                (Tier::Words, Some((p, h)), _) | (Tier::Some, _, Some((p, h))) => (*p, h),
                (Tier::Related, _, _) => (main.0, &related_highlighter),
                _ => (main.0, &main.1),
            };
            let mut snippet = highlighter.snippet(&c.passage.text, 240);
            if snippet.highlights.is_empty() {
                // Found by a quoted phrase in a footnote (the title of what it cites):
                // that footnote is the snippet.
                if let Some(note) = (c.passage.notes.iter())
                    .map(|n| highlighter.snippet(n, 240))
                    .find(|s| !s.highlights.is_empty())
                {
                    snippet = note;
                }
            }
            // A passage of the same document the hit points to.
            let pointed = |id: &Option<String>| match id {
                Some(id) => self.passage_by_id(id, Some(&c.passage.source)),
                None => Ok(None),
            };
            let referenced = pointed(&c.passage.refers_to)?.map(|p| Referenced {
                id: p.id,
                question: p.question,
                answer: p.answer,
            });
            let request = pointed(&c.passage.reacts_to)?.map(|p| Request {
                id: p.id,
                speaker: p.speaker,
                fractie: p.fractie,
                text: p.text,
            });
            // A turn found by the exchange it belongs to shows the turn that has the words.
            let exchange = match c.tier != Tier::Related && snippet.highlights.is_empty() {
                true => (self.exchange_of(&c.passage)?.into_iter())
                    .map(|p| (highlighter.snippet(&p.text, 240), p))
                    .find(|(s, _)| !s.highlights.is_empty())
                    .map(|(snippet, p)| Exchange {
                        relation: match c.passage.reply_to.is_some() {
                            true => "replies_to",
                            false => "follows_up",
                        },
                        id: p.id,
                        speaker: p.speaker,
                        fractie: p.fractie,
                        snippet,
                    }),
                false => None,
            };
            let linked = self.link_across(&c.passage)?;
            let explanation = if req.explain {
                // A related passage holds none of the plan's words: its words explain it.
                let related = c.tier == Tier::Related;
                let detail = match related {
                    true => None,
                    false => Some(plan.explain(&searcher, &statistics, c.scored)?),
                };
                let (held, missing): (Vec<_>, Vec<_>) = plan
                    .concepts
                    .iter()
                    .zip(&c.held)
                    .partition(|(_, h)| **h > 0.0);
                Some(Explanation {
                    bm25: c.bm25,
                    concepts_held: held.into_iter().map(|(k, _)| k.label.clone()).collect(),
                    concepts_missing: missing.into_iter().map(|(k, _)| k.label.clone()).collect(),
                    concepts: plan
                        .concepts
                        .iter()
                        .zip(&c.held)
                        .map(|(k, &held)| ConceptCoverage {
                            concept: k.label.clone(),
                            held,
                            weight: k.idf,
                            everyday: k.everyday,
                        })
                        .collect(),
                    coverage_factor: c.coverage,
                    smoothing: match c.tier {
                        Tier::Phrase | Tier::Words | Tier::Some => rank::BM25_SMOOTHING,
                        Tier::Related | Tier::Dated => 0.0,
                    },
                    prior: c.prior,
                    coverage_score: c.score,
                    feedback: c.feedback.map(|(likeness, top_score)| FeedbackExplanation {
                        likeness,
                        top_score,
                        weight: feedback::FEEDBACK_WEIGHT,
                    }),
                    bm25_detail: detail
                        .and_then(|d| serde_json::from_str(&d.to_pretty_json()).ok())
                        .unwrap_or(serde_json::Value::Null),
                    related_words: match related {
                        true => marking_words.clone(),
                        false => Vec::new(),
                    },
                    piece: c.piece.clone(),
                })
            } else {
                None
            };
            let missing = match c.tier {
                Tier::Related => Vec::new(),
                _ => (plan.concepts.iter())
                    .zip(&c.held)
                    .filter(|(_, h)| **h <= 0.0)
                    .map(|(k, _)| k.typed.clone())
                    .collect(),
            };
            hits.push(Hit {
                rank: rank + 1,
                relaxed: matches!(c.tier, Tier::Words | Tier::Some),
                partial: c.tier == Tier::Some,
                related: c.tier == Tier::Related,
                score: c.ranked,
                snippet,
                passage: c.passage,
                referenced,
                request,
                exchange,
                also_in,
                linked,
                missing,
                explanation,
            });
        }
        Ok(SearchResults {
            query: req.query.clone(),
            total,
            sort: req.sort,
            relaxed_total: relaxed.as_ref().map_or(0, |(_, n)| *n),
            partial_total: partial.as_ref().map_or(0, |(_, n)| *n),
            hits,
            corrections,
            unmatched,
        })
    }

    /// The concepts of a query of several that no passage passing its filters holds
    /// ([`SearchResults::unmatched`]). Only those no candidate holds are counted, so a
    /// query whose every word is found costs nothing more. In date order the candidates
    /// hold every concept, and there are none when one is missing.
    fn unmatched(
        &self,
        searcher: &tantivy::Searcher,
        parsed: &query::ParsedQuery,
        plan: &plan::Plan,
        candidates: &[Scored],
    ) -> Result<Vec<String>> {
        if plan.concepts.len() < 2 || plan.concept_queries.len() != plan.concepts.len() {
            return Ok(Vec::new());
        }
        let mut unmatched = Vec::new();
        for (c, (concept, probe)) in plan.concepts.iter().zip(&plan.concept_queries).enumerate() {
            if candidates.iter().any(|s| s.held[c] > 0.0) {
                continue;
            }
            let any: Vec<(Occur, Box<dyn Query>)> = (probe.any.iter())
                .map(|q| (Occur::Should, q.box_clone()))
                .collect();
            let mut clauses: Vec<(Occur, Box<dyn Query>)> =
                vec![(Occur::Must, Box::new(BooleanQuery::new(any)))];
            self.filter_clauses(parsed, plan::Parts::Turns, &mut clauses);
            if searcher.search(&BooleanQuery::new(clauses), &Count)? == 0 {
                unmatched.push(concept.typed.clone());
            }
        }
        Ok(unmatched)
    }

    /// Replace each typed word that may be misspelled ([`spell::edits_allowed`]) and
    /// that no passage holds in any form zoek knows (stemmed, in a compound, through an
    /// alias) by the nearest word of the index: the plain words, and the words of quoted
    /// phrases (`"veilige landen van herkmost"`). A word the index holds as typed costs
    /// one term lookup; only the others are planned and counted.
    fn correct(
        &self,
        searcher: &tantivy::Searcher,
        parsed: &mut query::ParsedQuery,
        config: &SearchConfig,
    ) -> Result<Vec<spell::Correction>> {
        let mut corrections = Vec::new();
        let typed = parsed.typed.min(parsed.words.len());
        self.correct_words(
            searcher,
            &mut parsed.words[..typed],
            config,
            &mut corrections,
        )?;
        // A word corrected into two (a space left out) is two words of the query.
        if parsed.words[..typed].iter().any(|w| w.contains(' ')) {
            let rest = parsed.words.split_off(typed);
            let words: Vec<String> = (parsed.words.iter())
                .flat_map(|w| w.split(' ').map(str::to_string))
                .collect();
            parsed.typed = words.len();
            parsed.words = words;
            parsed.words.extend(rest);
        }
        for phrase in &mut parsed.phrases {
            let mut words: Vec<String> = phrase.split_whitespace().map(str::to_string).collect();
            if self.correct_words(searcher, &mut words, config, &mut corrections)? {
                *phrase = words.join(" ");
            }
        }
        Ok(corrections)
    }

    /// [`ZoekIndex::correct`] on one run of typed words (the plain words, or a phrase's),
    /// whose alias terms are known words: whether any was replaced.
    fn correct_words(
        &self,
        searcher: &tantivy::Searcher,
        words: &mut [String],
        config: &SearchConfig,
        corrections: &mut Vec<spell::Correction>,
    ) -> Result<bool> {
        let known = plan::in_alias_terms(words);
        let mut any = false;
        for (word, known) in words.iter_mut().zip(known) {
            if known {
                continue;
            }
            if let Some(searched) = self.correction_of(searcher, word, config)? {
                corrections.push(spell::Correction {
                    typed: std::mem::replace(word, searched.clone()),
                    searched,
                });
                any = true;
            }
        }
        Ok(any)
    }

    /// The word to search in place of `typed`, when it may be misspelled and no passage
    /// holds it in any form. A hyphenated word (`non-refoulment`) that no passage holds
    /// is corrected part by part, and keeps its hyphens (`non-refoulement`): each part
    /// is a word of its own to the analyzer, so a typo in one part hides the whole.
    fn correction_of(
        &self,
        searcher: &tantivy::Searcher,
        typed: &str,
        config: &SearchConfig,
    ) -> Result<Option<String>> {
        let core = typed.trim_matches(|c: char| !c.is_alphanumeric());
        if !core.contains('-') {
            return self.correction_of_word(searcher, typed, config);
        }
        // The term lookups first: most hyphenated words (`EU-lidstaten`) have no part
        // that may be misspelled, and then no plan is counted.
        let mut suspect = false;
        for part in core.split('-') {
            suspect |= self.unknown_as_written(searcher, part)?.is_some();
        }
        if !suspect || self.held_in_any_form(searcher, typed, config)? {
            return Ok(None);
        }
        let mut any = false;
        let mut parts = Vec::new();
        for part in core.split('-') {
            match self.correction_of_word(searcher, part, config)? {
                Some(found) => {
                    any = true;
                    parts.push(found);
                }
                None => parts.push(part.to_string()),
            }
        }
        Ok(any.then(|| typed.replacen(core, &parts.join("-"), 1)))
    }

    /// `typed` folded, and the edits its correction may be away
    /// ([`spell::edits_allowed`]), when it may be misspelled and no passage holds it as
    /// written: the cheap checks, one term lookup, before a plan is counted.
    fn unknown_as_written(
        &self,
        searcher: &tantivy::Searcher,
        typed: &str,
    ) -> Result<Option<(String, u8)>> {
        let exact = self.fields().get("exact");
        // Punctuation typed against the word (`herkmost,` in a phrase) is not the word's.
        let word = crate::analyze::fold_word(typed.trim_matches(|c: char| !c.is_alphanumeric()));
        let max_edits = spell::edits_allowed(&word);
        if max_edits == 0 || searcher.doc_freq(&tantivy::Term::from_field_text(exact, &word))? > 0 {
            return Ok(None);
        }
        Ok(Some((word, max_edits)))
    }

    /// Whether some passage holds `typed` in a form zoek knows: the plan of the word
    /// alone matches.
    fn held_in_any_form(
        &self,
        searcher: &tantivy::Searcher,
        typed: &str,
        config: &SearchConfig,
    ) -> Result<bool> {
        let alone = query::ParsedQuery {
            words: vec![typed.to_string()],
            typed: 1,
            ..Default::default()
        };
        let plan = self.plan(&alone, config, plan::Matching::Every);
        Ok(searcher.search(plan.query.as_ref(), &tantivy::collector::Count)? > 0)
    }

    /// [`ZoekIndex::correction_of`] for a word without hyphens.
    fn correction_of_word(
        &self,
        searcher: &tantivy::Searcher,
        typed: &str,
        config: &SearchConfig,
    ) -> Result<Option<String>> {
        let Some((word, max_edits)) = self.unknown_as_written(searcher, typed)? else {
            return Ok(None);
        };
        if self.held_in_any_form(searcher, typed, config)? {
            return Ok(None);
        }
        let exact = self.fields().get("exact");
        // Two words typed as one (`jbzraad`) before a near word: passages holding them side
        // by side say what was meant better than one letter's edit does.
        let core = typed.trim_matches(|c: char| !c.is_alphanumeric());
        if let Some(at) = spell::joined_apart(searcher, exact, &word)? {
            return Ok(Some(spell::parted_at(core, &word, at, '-')));
        }
        let stemmed = [self.fields().get("question"), self.fields().get("answer")];
        if let Some(found) = spell::correction(searcher, exact, &stemmed, &word, max_edits)? {
            return Ok(Some(spell::cased_like(&found, typed)));
        }
        // Last, a space left out (`terugkeerhubOeganda`): two words of the index, searched
        // as two words ([`ZoekIndex::correct`] parts them). Not a compound of the word list
        // (`grenspartnerschap`): its parts already find it in part, as one concept.
        if crate::compound::split(&word).is_some() {
            return Ok(None);
        }
        Ok(spell::two_words(searcher, exact, &word)?
            .map(|at| spell::parted_at(core, &word, at, ' ')))
    }

    /// The matches of a plan in date order, newest or oldest first, and their number. Those
    /// of one day come best first; those without a date last. A passage known only by its
    /// vergaderjaar is placed on the day its year opened (`sort_date`). Scored by BM25
    /// alone: the order is the date's, and every candidate holds every concept.
    fn by_date(
        &self,
        searcher: &tantivy::Searcher,
        plan: &plan::Plan,
        limit: usize,
        sort: SortOrder,
    ) -> Result<(Vec<Scored>, usize)> {
        let newest = sort == SortOrder::Newest;
        let collector = TopDocs::with_limit(candidates(limit)).tweak_score(
            move |segment: &tantivy::SegmentReader| {
                let day = segment.fast_fields().u64("sort_date").ok();
                let stable = stable_keys(segment);
                move |doc: tantivy::DocId, score: tantivy::Score| {
                    // Undated last either way: 0 sorts below every day.
                    let key = match day.as_ref().and_then(|c| c.first(doc)) {
                        None => 0,
                        Some(d) if newest => d,
                        Some(d) => u64::MAX - d,
                    };
                    (key, score, stable(doc))
                }
            },
        );
        let (top, total) = searcher.search(plan.query.as_ref(), &(collector, Count))?;
        let scored = top
            .into_iter()
            .map(|((_, score, _), addr)| Scored {
                score,
                coverage: 1.0,
                bm25: score,
                prior: 1.0,
                addr,
                // Asked for every word, a search sees long turns whole.
                turn: None,
                held: vec![1.0; plan.concepts.len()],
            })
            .collect();
        Ok((scored, total))
    }

    /// First stage (tantivy ranks every match by BM25) and second (coverage of the
    /// concepts, priors) of a plan: the candidates best first, and the number of matches.
    fn rank_candidates(
        &self,
        searcher: &tantivy::Searcher,
        plan: &plan::Plan,
        query: &dyn Query,
        limit: usize,
        config: SearchConfig,
    ) -> Result<(Vec<Scored>, usize)> {
        let statistics = self.statistics(searcher)?;
        let pool = if plan.concepts.is_empty() {
            // No words (a Kamerstuk number, filters alone): every match scores alike, so
            // take enough for the copies of each passage to meet.
            candidates(limit).max(1000)
        } else {
            candidates(limit)
        };
        let top: Vec<(f32, DocAddress)>;
        let total: usize;
        if config.ranking && plan.cover_factor < 1.0 && !statistics.aside().is_empty() {
            // The text around a consultation's questions is ranked down in this stage
            // too: every report has some, and its words would fill the pool before the
            // second stage ranks it down. Each candidate keeps its BM25.
            let collector = TopDocs::with_limit(pool).tweak_score(cover_down(
                statistics.aside().clone(),
                plan.cover_lifted.clone(),
                plan.cover_factor,
            ));
            let (found, count) = searcher.search_with_statistics_provider(
                query,
                &(collector, PassageCount),
                &statistics,
            )?;
            top = found
                .into_iter()
                .map(|((_, _, bm25), a)| (bm25, a))
                .collect();
            total = count.passages();
        } else {
            let (found, counted) = searcher.search_with_statistics_provider(
                query,
                &(
                    TopDocs::with_limit(pool).tweak_score(stable_ties),
                    PassageCount,
                ),
                &statistics,
            )?;
            top = found.into_iter().map(|((bm25, _), a)| (bm25, a)).collect();
            total = counted.passages();
        }

        // Second stage: coverage of the concepts.
        let mut prior = vec![1.0f32; top.len()];
        let mut order: Vec<usize> = (0..top.len()).collect();
        order.sort_by_key(|&k| top[k].1);
        let mut held = self.holdings(searcher, plan, config, &top, &order)?;
        // A piece of a long turn is scored by its own words; a word of the query it lacks
        // but its turn holds (in another paragraph) counts for part.
        // Only the pieces' turns are sought, each once.
        let mut turns = Turns::new(self, searcher);
        let turn_of: Vec<Option<DocAddress>> = (top.iter())
            .map(|&(_, addr)| turns.turn_of(searcher, addr))
            .collect::<Result<_>>()?;
        let pieces: Vec<(usize, DocAddress)> = (turn_of.iter().enumerate())
            .filter_map(|(k, turn)| Some((k, (*turn)?)))
            .collect();
        if !pieces.is_empty() {
            let mut whole: Vec<(f32, DocAddress)> = pieces.iter().map(|&(_, t)| (0.0, t)).collect();
            whole.sort_by_key(|w| w.1);
            whole.dedup_by_key(|w| w.1);
            let whole_order: Vec<usize> = (0..whole.len()).collect();
            let turn_held = self.holdings(searcher, plan, config, &whole, &whole_order)?;
            for (k, turn) in pieces {
                let at = whole
                    .binary_search_by_key(&turn, |w| w.1)
                    .expect("sought above");
                for (p, t) in held[k].iter_mut().zip(&turn_held[at]) {
                    *p = p.max(t * TURN_SHARE);
                }
            }
        }
        let applies = (plan.priors.iter())
            .map(|p| matches_of(searcher, &p.queries, &top, &order))
            .collect::<Result<Vec<_>>>()?;
        // What a passage is can hold a concept (a minister's turn, `minister`) ...
        for (p, hits) in plan.priors.iter().zip(&applies) {
            for (k, &hit) in hits.iter().enumerate() {
                for &c in &p.holds {
                    if hit {
                        held[k][c] = held[k][c].max(p.credit);
                    } else if p.exclusive {
                        held[k][c] = 0.0;
                    }
                }
            }
        }
        // ... before the priors that ask for every concept are applied.
        let words = match plan.priors.iter().any(|p| p.by_substance) {
            true => self.words_of(searcher, &top)?,
            false => Vec::new(),
        };
        for (p, hits) in plan.priors.iter().zip(&applies) {
            for (k, &hit) in hits.iter().enumerate() {
                if hit && (!p.only_whole || held[k].iter().all(|&h| h >= 1.0)) {
                    prior[k] *= p.factor;
                    if p.by_substance {
                        prior[k] *= rank::substance_factor(words[k]);
                    }
                }
            }
        }
        // The function-word pairs add their scores to the candidates that hold them.
        let mut top = top;
        if config.ranking {
            for pair in &plan.pairs {
                for (k, s) in scores_of(searcher, &statistics, pair.as_ref(), &top, &order)?
                    .into_iter()
                    .enumerate()
                {
                    top[k].0 += s;
                }
            }
        }
        let weights: Vec<f32> = plan.concepts.iter().map(|c| c.idf).collect();
        let mut scored: Vec<Scored> = top
            .into_iter()
            .zip(turn_of)
            .zip(held)
            .zip(prior)
            .map(|((((bm25, addr), turn), held), prior)| {
                let coverage = rank::coverage_factor(&held, &weights);
                let score = (bm25 + rank::BM25_SMOOTHING) * coverage * prior;
                Scored {
                    score,
                    coverage,
                    bm25,
                    prior,
                    addr,
                    turn,
                    held,
                }
            })
            .collect();
        scored.sort_by(|a, b| b.score.total_cmp(&a.score));

        Ok((scored, total))
    }

    /// Which concepts each candidate holds: 1 wholly, a share through a part of a typed
    /// compound, 0 not at all. One scorer per concept and segment, sought to each
    /// candidate in document order (`order`); far cheaper than reading the candidates.
    fn holdings(
        &self,
        searcher: &tantivy::Searcher,
        plan: &plan::Plan,
        config: SearchConfig,
        top: &[(f32, DocAddress)],
        order: &[usize],
    ) -> Result<Vec<Vec<f32>>> {
        let mut held: Vec<Vec<f32>> = vec![vec![1.0; plan.concepts.len()]; top.len()];
        let partial = plan.concept_queries.iter().any(|p| p.whole.is_some());
        if config.ranking && (plan.concept_queries.len() > 1 || partial) {
            for (c, probe) in plan.concept_queries.iter().enumerate() {
                // Wholly held: 1; only through a part of a typed compound: partly.
                let any = matches_of(searcher, &probe.any, top, order)?;
                let whole = match &probe.whole {
                    Some(q) => matches_of(searcher, q, top, order)?,
                    None => any.clone(),
                };
                // Held in part: by the most telling part held. Only the parts worth more
                // than the usual credit are sought; most compounds have none.
                let mut part = vec![rank::PARTIAL_CREDIT; top.len()];
                for (queries, credit) in &probe.parts {
                    if *credit <= rank::PARTIAL_CREDIT {
                        continue;
                    }
                    let holds = matches_of(searcher, queries, top, order)?;
                    for (p, _) in part.iter_mut().zip(holds).filter(|(_, h)| *h) {
                        *p = p.max(*credit);
                    }
                }
                for (k, (a, w)) in any.into_iter().zip(whole).enumerate() {
                    held[k][c] = match (a, w) {
                        (_, true) => 1.0,
                        (true, false) => part[k],
                        (false, false) => 0.0,
                    };
                }
            }
        }
        // A concept's word held only within another name (`Rusland` in `Wit-Rusland`)
        // is held in part, as a part of a compound is.
        for (c, probe) in plan.concept_queries.iter().enumerate() {
            if probe.qualified.is_empty() {
                continue;
            }
            let within = only_within_names(searcher, self.fields(), &probe.qualified, top, order)?;
            for (k, within) in within.into_iter().enumerate() {
                if within {
                    held[k][c] = held[k][c].min(rank::PARTIAL_CREDIT);
                }
            }
        }
        Ok(held)
    }

    /// How many words each candidate's question and answer hold, from the fieldnorms (no
    /// document is read; each segment's readers are opened once).
    fn words_of(
        &self,
        searcher: &tantivy::Searcher,
        top: &[(f32, DocAddress)],
    ) -> Result<Vec<u32>> {
        let fields = [self.fields().get("question"), self.fields().get("answer")];
        let mut readers: Vec<Option<Vec<tantivy::fieldnorm::FieldNormReader>>> =
            vec![None; searcher.segment_readers().len()];
        let mut words = Vec::with_capacity(top.len());
        for (_, addr) in top {
            let slot = &mut readers[addr.segment_ord as usize];
            if slot.is_none() {
                let segment = searcher.segment_reader(addr.segment_ord);
                let norms = (fields.iter())
                    .map(|&f| segment.get_fieldnorms_reader(f))
                    .collect::<tantivy::Result<Vec<_>>>()?;
                *slot = Some(norms);
            }
            let norms = slot.as_ref().expect("opened above");
            words.push(norms.iter().map(|n| n.fieldnorm(addr.doc_id)).sum());
        }
        Ok(words)
    }

    /// Rerank the page by likeness to its best hits ([`feedback`]): the first
    /// [`feedback::FEEDBACK_POOL`] hits by their blended score, those after them (with
    /// `(1 − weight) × score`, below every hit of the pool) in their order.
    fn feed_back(
        &self,
        searcher: &tantivy::Searcher,
        skip: &HashSet<String>,
        kept: &mut Page,
    ) -> Result<()> {
        let Some(top) = kept.first().map(|k| k.0.score) else {
            return Ok(());
        };
        let pool = kept.len().min(feedback::FEEDBACK_POOL);
        let statistics = self.statistics(searcher)?;
        let idf = feedback::Idf::new(&statistics, self.fields().get("exact"));
        // A chair's turn that only keeps order is on no subject: no likeness, and no part
        // of the best hits' vocabulary.
        let texts: Vec<&str> = kept[..pool]
            .iter()
            .map(|k| match k.0.passage.is_procedural() {
                true => "",
                false => k.0.words(),
            })
            .collect();
        let scores: Vec<f32> = kept[..pool].iter().map(|k| k.0.score).collect();
        let pool_words = feedback::Pool::new(&texts);
        let shared = pool_words.shared();
        let generation = searcher.generation().generation_id();
        let shared_idf = feedback::IdfCache::resolve(self.idf_cache(), generation, &idf, &shared);
        let likeness = pool_words.likeness(&shared_idf, idf.lone(), skip, &scores);
        for (k, like) in kept.iter_mut().zip(
            likeness
                .into_iter()
                .map(Some)
                .chain(std::iter::repeat(None)),
        ) {
            let c = &mut k.0;
            c.ranked = feedback::rescore(c.score, like.unwrap_or(0.0), top);
            c.feedback = like.map(|l| (l, top));
        }
        // Stable: equal scores keep the order `fold` gave them.
        kept.sort_by(|a, b| b.0.ranked.total_cmp(&a.0.ranked));
        Ok(())
    }

    /// Fill the page with the passages most like its best hits that hold none of the
    /// query's words, under the query's filters ([`related`]); return the words that
    /// found them, for their snippets and explanation.
    fn fill_related(
        &self,
        searcher: &tantivy::Searcher,
        parsed: &query::ParsedQuery,
        plan: &plan::Plan,
        limit: usize,
        config: SearchConfig,
        kept: &mut Page,
    ) -> Result<Vec<String>> {
        let exact = self.fields().get("exact");
        let statistics = self.statistics(searcher)?;
        let idf = feedback::Idf::new(&statistics, exact);
        let texts: Vec<&str> = (kept.iter())
            .filter(|k| !k.0.passage.is_procedural())
            .take(feedback::FEEDBACK_HITS)
            .map(|k| k.0.words())
            .collect();
        let generation = searcher.generation().generation_id();
        let words = related::marking_words(
            &texts,
            |words| feedback::IdfCache::resolve(self.idf_cache(), generation, &idf, words),
            idf.lone(),
            &plan.stems,
        );
        if words.is_empty() {
            return Ok(Vec::new());
        }
        let like: Vec<(Occur, Box<dyn Query>)> = (words.iter())
            .map(|(w, weight)| {
                let term = TermQuery::new(
                    Term::from_field_text(exact, w),
                    IndexRecordOption::WithFreqs,
                );
                (
                    Occur::Should,
                    Box::new(BoostQuery::new(Box::new(term), *weight)) as Box<dyn Query>,
                )
            })
            .collect();
        // Two of the words at least, when there are enough: one word alone is a topic
        // as loose as any of the query's.
        let at_least = if words.len() >= 4 { 2 } else { 1 };
        let mut found: Vec<(Occur, Box<dyn Query>)> = vec![(
            Occur::Should,
            Box::new(BooleanQuery::with_minimum_required_clauses(
                like.iter().map(|(o, q)| (*o, q.box_clone())).collect(),
                at_least,
            )),
        )];
        // In a debate, the minister's reply to a member's turn on the page: a minister's
        // turn naming the member or the party (`Een vraag van Forum voor Democratie gaat
        // over migratie als verdienmodel voor herkomstlanden`) with one of the words.
        let names = self.members_named(kept);
        if !names.is_empty() {
            let reply = BooleanQuery::new(vec![
                (Occur::Must, Box::new(BooleanQuery::new(names))),
                (
                    Occur::Must,
                    plan::keyword_query(self.fields().get("role"), "minister"),
                ),
                (Occur::Must, Box::new(BooleanQuery::new(like))),
            ]);
            found.push((
                Occur::Should,
                Box::new(BoostQuery::new(Box::new(reply), W_REPLY)),
            ));
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![
            (Occur::Must, Box::new(BooleanQuery::new(found))),
            (Occur::MustNot, plan.query.box_clone()),
        ];
        self.filter_clauses(parsed, plan::Parts::Pieces, &mut clauses);
        let on_page: HashSet<DocAddress> = kept.iter().map(|k| k.0.addr).collect();
        let room = limit - kept.len();
        // Read far enough for the copies of the last related passages to be folded into
        // them (a report, its text and its PDF are three candidates of one passage).
        let pool = (room + RELATED_SPARE) * RELATED_COPIES;
        let top: Vec<(f32, DocAddress)> = searcher
            .search_with_statistics_provider(
                &BooleanQuery::new(clauses),
                &TopDocs::with_limit(pool + on_page.len()).tweak_score(stable_ties),
                &self.statistics(searcher)?,
            )?
            .into_iter()
            .map(|((score, _), addr)| (score, addr))
            .collect();
        let mut turns = Turns::new(self, searcher);
        let scored: Vec<Scored> = (top.into_iter())
            .filter(|(_, addr)| !on_page.contains(addr))
            .map(|(score, addr)| {
                Ok(Scored {
                    score,
                    coverage: 1.0,
                    bm25: score,
                    prior: 1.0,
                    addr,
                    turn: turns.turn_of(searcher, addr)?,
                    held: vec![0.0; plan.concepts.len()],
                })
            })
            .collect::<Result<_>>()?;
        self.fold(
            searcher,
            scored,
            Tier::Related,
            config.dedupe,
            limit + RELATED_SPARE,
            kept,
        )?;
        // A chair's turn that only keeps order is like nothing.
        kept.retain(|k| !(k.0.tier == Tier::Related && k.0.passage.is_procedural()));
        // Their scores fall below the last match's, keeping their order: a page sorted
        // by score is the page as ranked.
        let last = (kept.iter().filter(|k| k.0.tier != Tier::Related))
            .map(|k| k.0.ranked)
            .fold(f32::INFINITY, f32::min);
        let best = (kept.iter().filter(|k| k.0.tier == Tier::Related))
            .map(|k| k.0.score)
            .fold(0.0, f32::max);
        for k in kept.iter_mut().filter(|k| k.0.tier == Tier::Related) {
            let c = &mut k.0;
            c.ranked = RELATED_SCALE * last * c.score / best.max(f32::MIN_POSITIVE);
            c.score = c.ranked;
        }
        kept.truncate(limit);
        Ok(words.into_iter().map(|(w, _)| w).collect())
    }

    /// The names of the members whose turns in a debate are among the page's best hits,
    /// as they are called in a reply: the surname, and every spelling of the party.
    fn members_named(&self, kept: &Page) -> Vec<(Occur, Box<dyn Query>)> {
        let exact = self.fields().get("exact");
        let mut analyzer = analyze::exact_analyzer();
        let mut names: Vec<String> = Vec::new();
        for k in kept.iter().take(feedback::FEEDBACK_HITS) {
            let p = &k.0.passage;
            if p.role != Some(crate::passage::Role::Member) {
                continue;
            }
            names.extend(p.speaker.iter().cloned());
            if let Some(fractie) = &p.fractie {
                names.extend(fractie::spellings(fractie));
            }
        }
        names.sort();
        names.dedup();
        (names.iter())
            .map(|name| analyze::tokens(&mut analyzer, name))
            .filter(|tokens| !tokens.is_empty())
            .map(|tokens| (Occur::Should, plan::sequence(exact, &tokens, 0)))
            .collect()
    }

    /// Read ranked candidates into the page, best first, until it holds `limit` hits;
    /// with `dedupe`, a near-duplicate of a hit on the page is folded into it (`also_in`).
    fn fold(
        &self,
        searcher: &tantivy::Searcher,
        scored: Vec<Scored>,
        tier: Tier,
        dedupe: bool,
        limit: usize,
        kept: &mut Page,
    ) -> Result<()> {
        let mut rest = scored.into_iter().peekable();
        // Copies are told by their signatures first ([`rank::SIGNATURE_MATCHES`]), then
        // by their word trigrams ([`rank::near_duplicates`]). Once the page is full, the
        // candidates after it are read only for the copies of its hits, so a hit shows its
        // preferred version and all its copies whatever the page's length: only those
        // whose signature is near a hit's are read from the store.
        let columns = if dedupe {
            (searcher.segment_readers().iter())
                .map(|r| r.fast_fields().u64("signature"))
                .collect::<std::result::Result<Vec<_>, _>>()?
        } else {
            Vec::new()
        };
        let mut buf: Vec<u64> = Vec::new();
        let mut signature_of = |addr: DocAddress| -> Option<rank::Signature> {
            let column = columns.get(addr.segment_ord as usize)?;
            rank::read_signature(column, addr.doc_id, &mut buf)
        };
        while let Some(first) = rest.next() {
            // Ties (equal scores) in a fixed order, whatever order the documents were
            // indexed in.
            let mut group = vec![first];
            while let Some(next) =
                rest.next_if(|n| tier != Tier::Dated && n.score == group[0].score)
            {
                group.push(next);
            }
            if kept.len() >= limit && !dedupe {
                break;
            }
            let mut group: Vec<(Scored, Option<rank::Signature>)> = (group.into_iter())
                .map(|s| {
                    let signature = signature_of(s.addr);
                    (s, signature)
                })
                .collect();
            if kept.len() >= limit {
                group.retain(|(_, signature)| kept.iter().any(|k| near(&k.2.signature, signature)));
                if group.is_empty() {
                    continue;
                }
            }
            let mut group: Vec<(Candidate, Option<rank::Signature>)> = group
                .into_iter()
                .map(|(s, signature)| {
                    // A piece of a long turn is shown as the turn, and compared with the
                    // page's best hits by its own words.
                    let doc: tantivy::TantivyDocument = searcher.doc(s.addr)?;
                    let (addr, passage, piece) = match s.turn {
                        Some(turn) => {
                            let words =
                                (doc.get_first(self.fields().get("answer"))).and_then(|v| {
                                    tantivy::schema::Value::as_str(&v).map(str::to_string)
                                });
                            (turn, self.to_passage(&searcher.doc(turn)?), words)
                        }
                        None => (s.addr, self.to_passage(&doc), None),
                    };
                    let candidate = Candidate {
                        score: s.score,
                        coverage: s.coverage,
                        ranked: s.score,
                        feedback: None,
                        bm25: s.bm25,
                        prior: s.prior,
                        addr,
                        scored: s.addr,
                        piece,
                        passage,
                        held: s.held,
                        tier,
                    };
                    Ok((candidate, signature))
                })
                .collect::<Result<_>>()?;
            // By ordinal, so a document's passages come in their order and the copies of
            // one passage (a PDF and its text) side by side, the version to show first.
            // Pieces of one turn that score alike (found by its speaker alone) by their
            // words, so the one compared with the best hits is the same in every build.
            group.sort_by(|(a, _), (b, _)| {
                let (pa, pb) = (&a.passage, &b.passage);
                (
                    ordinal(&pa.id),
                    std::cmp::Reverse(rank::preference(pa)),
                    &pa.source,
                    &a.piece,
                )
                    .cmp(&(
                        ordinal(&pb.id),
                        std::cmp::Reverse(rank::preference(pb)),
                        &pb.source,
                        &b.piece,
                    ))
            });
            for (c, signature) in group {
                // Another piece of a long turn on the page (`index::pieces_of`): the
                // turn is there already, at its best piece's place.
                let same =
                    |id: &str, source: &str| id == c.passage.id && source == c.passage.source;
                if kept.iter().any(|k| {
                    same(&k.0.passage.id, &k.0.passage.source)
                        || k.1.iter().any(|a| same(&a.id, &a.source))
                }) {
                    continue;
                }
                let mut fingerprint: Option<rank::Fingerprint> = None;
                if dedupe
                    && let Some(at) = kept.iter_mut().position(|k| {
                        // Two passages of one document are never copies of each other:
                        // two members who each say `Steun voor het verzoek.` are two.
                        let other_document = k.0.passage.source != c.passage.source
                            && !k.1.iter().any(|a| a.source == c.passage.source);
                        other_document && near(&k.2.signature, &signature) && {
                            let hit = (k.2.fingerprint)
                                .get_or_insert_with(|| rank::shingles(&k.0.passage.text));
                            let own =
                                fingerprint.get_or_insert_with(|| rank::shingles(&c.passage.text));
                            rank::near_duplicates(hit, own)
                        }
                    })
                {
                    let k = &mut kept[at];
                    let mut c = c;
                    // In date order a copy of another date keeps its place's date.
                    let same_day = tier != Tier::Dated || c.passage.date == k.0.passage.date;
                    if same_day && rank::preferred(&c.passage, &k.0.passage) {
                        // Keep the better version's place, show the preferred version.
                        std::mem::swap(&mut k.0.passage, &mut c.passage);
                        std::mem::swap(&mut k.0.addr, &mut c.addr);
                    }
                    k.1.push(AlsoIn {
                        id: c.passage.id,
                        source: c.passage.source,
                        page: c.passage.page,
                    });
                    continue;
                }
                if kept.len() >= limit {
                    continue;
                }
                kept.push((
                    c,
                    Vec::new(),
                    Likeness {
                        signature,
                        fingerprint,
                    },
                ));
            }
        }

        Ok(())
    }

    /// Link a question to its answer in another document of the same dossier (or asked by
    /// the same member), and an answer to its question: by the words
    /// they share (a memorie van antwoord repeats or paraphrases the question), then by fractie.
    pub fn link_across(&self, p: &Passage) -> Result<Option<Linked>> {
        use crate::passage::PassageKind;
        let (want, relation) = match p.kind {
            PassageKind::Question => (PassageKind::Qa, "answered_by"),
            PassageKind::Qa => (PassageKind::Question, "answers"),
            _ => return Ok(None),
        };
        let f = self.fields();
        let keyword = |field: &str, v: &str| plan::keyword_query(f.get(field), v);
        // Most collections hold no passage of the kind wanted (no voorlopig verslag, no
        // Kamervragen without their answer): then there is nothing to look for.
        let searcher = self.reader().searcher();
        let kind_term = Term::from_field_text(f.get("kind"), want.as_str());
        if searcher.doc_freq(&kind_term)? == 0 {
            return Ok(None);
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> =
            vec![(Occur::Must, keyword("kind", want.as_str()))];
        match (&p.kamerstuk, p.members.first()) {
            (Some(k), _) => clauses.push((
                Occur::Must,
                keyword("dossier", &crate::index::dossier_of(k)),
            )),
            (None, Some(member)) => {
                let name = crate::passage::split_member(member).0;
                for w in crate::analyze::tokens(&mut crate::analyze::name_analyzer(), name) {
                    clauses.push((
                        Occur::Must,
                        Box::new(TermQuery::new(
                            Term::from_field_text(f.get("members"), &w),
                            IndexRecordOption::Basic,
                        )),
                    ));
                }
            }
            (None, None) => return Ok(None),
        }
        // Among them, the question's own words (a member asks many questions over the
        // years, a dossier holds many), and the Kamer's case number of the questions,
        // which a letter answering them cites, rank its counterpart first.
        let own = rank::content_words(p.question.as_deref().unwrap_or(&p.text));
        // A memorie van antwoord paraphrases the voorlopig verslag's questions; a letter
        // answering Kamervragen repeats them, and the same member's other questions on the
        // same subject share many of their words.
        let floor = match p.kamerstuk {
            Some(_) => LINK_PARAPHRASED,
            None => LINK_REPEATED,
        };
        let question = f.get("question");
        clauses.extend(own.iter().map(|w| {
            let q: Box<dyn Query> = Box::new(TermQuery::new(
                Term::from_field_text(question, w),
                IndexRecordOption::WithFreqs,
            ));
            (Occur::Should, q)
        }));
        // So do the Aanhangsel of a notice that the answer would come late and the answer
        // that cites it (`Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 712`).
        let shared_ids = (p.identifiers.iter())
            .filter(|i| crate::meta::is_case_number(i))
            .map(|i| ("identifiers", i))
            .chain(
                (p.identifiers.iter())
                    .filter(|i| crate::meta::is_official_id(i))
                    .map(|i| ("references", i)),
            )
            .chain(
                (p.references.iter())
                    .filter(|r| crate::meta::is_official_id(r))
                    .map(|r| ("identifiers", r)),
            );
        for (field, id) in shared_ids {
            clauses.push((
                Occur::Should,
                Box::new(BoostQuery::new(keyword(field, id), LINK_CASE_BOOST)),
            ));
        }
        clauses.push(self.parts_clause(plan::Parts::Turns));
        let top = searcher.search(
            &BooleanQuery::new(clauses),
            &TopDocs::with_limit(LINK_CANDIDATES).order_by_score(),
        )?;
        if top.is_empty() {
            return Ok(None);
        }
        let mut best: Option<(f32, Passage)> = None;
        for (_, addr) in top {
            let other = self.to_passage(&searcher.doc(addr)?);
            if other.source == p.source {
                continue;
            }
            let theirs = rank::content_words(other.question.as_deref().unwrap_or(&other.text));
            let shared = own.intersection(&theirs).count() as f32;
            // A joint answer holds several fracties' questions: the fractie is a hint, not a filter.
            let same_fractie = if other.fractie == p.fractie { 0.1 } else { 0.0 };
            let sim = shared / own.len().min(theirs.len()).max(1) as f32 + same_fractie;
            if shared >= 2.0 && sim >= floor && best.as_ref().is_none_or(|(s, _)| sim > *s) {
                best = Some((sim, other));
            }
        }
        Ok(best.map(|(_, o)| Linked {
            relation,
            id: o.id,
            source: o.source,
            question: o.question,
            answer: o.answer,
        }))
    }

    /// With the `open` filter, find the open questions the plan narrows to.
    pub(crate) fn resolve_open(&self, parsed: &mut query::ParsedQuery) -> Result<()> {
        if !parsed.filters.open || parsed.open_questions.is_some() {
            return Ok(());
        }
        let generation = self.reader().searcher().generation().generation_id();
        let cached = match &*self.open_cache().lock().unwrap_or_else(|e| e.into_inner()) {
            Some((g, open)) if *g == generation => Some(open.clone()),
            _ => None,
        };
        let open = match cached {
            Some(open) => open,
            None => {
                let open: std::sync::Arc<Vec<(String, String)>> = std::sync::Arc::new(
                    (self.open_questions()?.into_iter())
                        .map(|p| (p.id, p.source))
                        .collect(),
                );
                *self.open_cache().lock().unwrap_or_else(|e| e.into_inner()) =
                    Some((generation, open.clone()));
                open
            }
        };
        parsed.open_questions = Some(open);
        Ok(())
    }

    /// The questions that no passage of the index answers ([`Filters::open`]), by
    /// document and in each document's order: kind `question` (no answer in their own
    /// document), with no answer found in another document ([`ZoekIndex::link_across`]),
    /// and no notice in their document that a letter answered them. A fractie that only
    /// joins another's questions ([`Passage::only_joins`]) asks none.
    pub fn open_questions(&self) -> Result<Vec<Passage>> {
        use crate::passage::PassageKind;
        let searcher = self.reader().searcher();
        let f = self.fields();
        let kind = plan::keyword_query(f.get("kind"), PassageKind::Question.as_str());
        let mut addrs: Vec<DocAddress> = (searcher
            .search(kind.as_ref(), &tantivy::collector::DocSetCollector)?)
        .into_iter()
        .collect();
        addrs.sort();
        let mut open = Vec::new();
        for addr in addrs {
            let p = self.to_passage(&searcher.doc(addr)?);
            if self.is_open(&p)? {
                open.push(p);
            }
        }
        open.sort_by(|a, b| (&a.source, ordinal(&a.id)).cmp(&(&b.source, ordinal(&b.id))));
        Ok(open)
    }

    /// Whether nothing in the index answers this question ([`ZoekIndex::open_questions`]).
    pub fn is_open(&self, p: &Passage) -> Result<bool> {
        Ok(matches!(self.answering(p)?, Answering::Open))
    }

    /// What the index holds that answers a passage's question.
    pub(crate) fn answering(&self, p: &Passage) -> Result<Answering> {
        if p.kind != crate::passage::PassageKind::Question || p.only_joins() {
            return Ok(Answering::Settled);
        }
        let notice = match &p.refers_to {
            Some(id) => self.passage_by_id(id, Some(&p.source))?,
            None => None,
        };
        if notice.is_some_and(|n| n.is_notice() && says_answered(&n.text)) {
            return Ok(Answering::Settled);
        }
        Ok(match self.link_across(p)? {
            Some(answer) => Answering::Elsewhere(answer),
            None => Answering::Open,
        })
    }

    /// The turns of the exchange a debate turn belongs to whose words it is also found by
    /// (the split's exchange context): the turn it replies to, and for a member's
    /// follow-up question (`Op papier klinkt dat allemaal hartstikke mooi, maar …`) the
    /// question the exchange started with, found through the minister's reply before it.
    fn exchange_of(&self, p: &Passage) -> Result<Vec<Passage>> {
        let source = Some(p.source.as_str());
        if let Some(id) = &p.reply_to {
            return Ok(self.passage_by_id(id, source)?.into_iter().collect());
        }
        let mut out: Vec<Passage> = Vec::new();
        let mut turn = p.clone();
        // Back through the exchange: the minister's reply before the turn, past the
        // chair's, answers the same member's earlier question.
        while turn.role == Some(Role::Member) && out.len() < EXCHANGE_REACH {
            let Some((file, n)) = turn.id.rsplit_once('#') else {
                break;
            };
            let Ok(n) = n.parse::<usize>() else { break };
            let before = (1..n.min(EXCHANGE_REACH + 1))
                .map(|k| self.passage_by_id(&format!("{file}#{}", n - k), source))
                .find(|found| !matches!(found, Ok(Some(q)) if q.role == Some(Role::Chair)));
            let Some(Some(reply)) = before.transpose()? else {
                break;
            };
            let asked = match (reply.role, &reply.reply_to) {
                (Some(Role::Minister), Some(id)) => self.passage_by_id(id, source)?,
                _ => None,
            };
            match asked {
                Some(q) if q.speaker.is_some() && q.speaker == p.speaker => {
                    out.insert(0, q.clone());
                    turn = q;
                }
                _ => break,
            }
        }
        Ok(out)
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
        clauses.push(self.parts_clause(plan::Parts::Turns));
        let query = BooleanQuery::new(clauses);
        let top = searcher.search(&query, &TopDocs::with_limit(1).order_by_score())?;
        match top.first() {
            Some((_, addr)) => Ok(Some(self.to_passage(&searcher.doc(*addr)?))),
            None => Ok(None),
        }
    }
}

/// What the index holds that answers a passage's question ([`ZoekIndex::is_open`]).
pub(crate) enum Answering {
    /// Nothing: the question is open.
    Open,
    /// No answer is wanted (an answer's own passage, a fractie joining another's
    /// questions), or the minister's notice says a letter gave it.
    Settled,
    /// The passage of another document that answers it.
    Elsewhere(Linked),
}

/// Whether a minister's notice says the questions were answered (`zijn beantwoord
/// middels een brief …`), not that their answer comes late (`kunnen niet binnen de
/// gebruikelijke termijn worden beantwoord`).
fn says_answered(notice: &str) -> bool {
    use regex::Regex;
    use std::sync::LazyLock;
    // Answered where, or already: `zijn beantwoord middels een brief`, `zijn reeds
    // beantwoord`, `is beantwoord bij brief van`.
    static ANSWERED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:zijn|is|werden|werd)\s+(?:(?:reeds|inmiddels|al)\s+beantwoord\b|beantwoord\s+(?:middels|bij|in|met|door)\b)",
        )
        .unwrap()
    });
    // A notice of delay may say when they will be (`zodra … zijn beantwoord`).
    static LATE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\bniet binnen\b|\buitstel\b|\bzo spoedig mogelijk\b").unwrap()
    });
    ANSWERED.is_match(notice) && !LATE.is_match(notice)
}

/// Filters given as options override those typed in the query. Every field is named,
/// so a new filter cannot be forgotten here.
fn merge_filters(into: &mut Filters, extra: &Filters) {
    let Filters {
        fractie,
        minister,
        speaker,
        kamerstuk,
        kind,
        chamber,
        doctype,
        vergaderjaar,
        from,
        to,
        open,
    } = extra;
    fn take<T: Clone>(into: &mut Option<T>, extra: &Option<T>) {
        if extra.is_some() {
            into.clone_from(extra);
        }
    }
    take(&mut into.fractie, fractie);
    take(&mut into.minister, minister);
    take(&mut into.speaker, speaker);
    take(&mut into.kamerstuk, kamerstuk);
    take(&mut into.kind, kind);
    take(&mut into.chamber, chamber);
    take(&mut into.doctype, doctype);
    take(&mut into.vergaderjaar, vergaderjaar);
    take(&mut into.from, from);
    take(&mut into.to, to);
    into.open |= *open;
}

/// The first stage's order with the text around a consultation's questions ranked down
/// by `factor` ([`plan::Plan::cover_factor`]), as the second stage ranks it, but for the
/// passages holding a word of `lifted`, which only such text holds: a key of the score
/// that orders and the BM25 that the second stage starts from.
fn cover_down(
    aside: std::sync::Arc<statistics::Aside>,
    lifted: Vec<Term>,
    factor: f32,
) -> impl Fn(&tantivy::SegmentReader) -> CoverDown + Send + Sync + 'static {
    move |segment: &tantivy::SegmentReader| {
        let stable = stable_keys(segment);
        match aside.ranked_down(segment, &lifted) {
            Some(down) => Box::new(move |doc, score| match down.contains(doc) {
                true => (score * factor, stable(doc), score),
                false => (score, stable(doc), score),
            }),
            None => Box::new(move |doc, score| (score, stable(doc), score)),
        }
    }
}

/// A first-stage score as [`cover_down`] makes it: the score ranked by, the document's
/// stable number for ties ([`stable_keys`]), and the BM25 kept for the second stage.
type CoverDown = Box<dyn Fn(tantivy::DocId, f32) -> (f32, u64, f32)>;

/// A segment's documents' numbers that do not depend on how the index was built (the
/// `stable` field): candidates that score alike are kept in their order, not in the order
/// of the segments they were written to. The first stage keeps a few hundred candidates;
/// when more score alike (a long turn's pieces found by the speaker's name or the
/// debate's title alone), which of them make the cut must not depend on the build.
fn stable_keys(segment: &tantivy::SegmentReader) -> impl Fn(tantivy::DocId) -> u64 + use<> {
    let column = segment.fast_fields().u64("stable").ok();
    move |doc| column.as_ref().and_then(|c| c.first(doc)).unwrap_or(0)
}

/// A score with its tie broken by the document's stable number ([`stable_keys`]).
fn stable_ties(
    segment: &tantivy::SegmentReader,
) -> impl Fn(tantivy::DocId, f32) -> (f32, u64) + use<> {
    let stable = stable_keys(segment);
    move |doc, score| (score, stable(doc))
}

/// For each candidate, whether any of `queries` matches it: one scorer per query and
/// segment, sought to the candidates in document order (`order`); far cheaper than
/// reading them. Each query is sought alone: a union of them would fill a window of
/// 4,096 documents at every seek.
fn matches_of(
    searcher: &tantivy::Searcher,
    queries: &[Box<dyn tantivy::query::Query>],
    top: &[(f32, DocAddress)],
    order: &[usize],
) -> Result<Vec<bool>> {
    let mut found = vec![false; top.len()];
    for query in queries {
        // Later alternatives only for the candidates no earlier one matched.
        let rest: Vec<usize> = order.iter().copied().filter(|&k| !found[k]).collect();
        if rest.is_empty() {
            break;
        }
        let weight = query.weight(tantivy::query::EnableScoring::disabled_from_searcher(
            searcher,
        ))?;
        seek_candidates(searcher, weight.as_ref(), top, &rest, |k, _| {
            found[k] = true
        })?;
    }
    Ok(found)
}

/// For each candidate of `top`: whether it holds a concept's one-word `forms` only as the
/// last word of another name (`Rusland` only in `Wit-Rusland`, `Ierland` only in
/// `Noord-Ierland`), by the positions of the words in the main fields (in the field of
/// exact forms for a form matched as written). A candidate holding no form there holds
/// the concept otherwise, and is not. Postings are sought to the candidates in document
/// order, as [`matches_of`] seeks; no document is read.
fn only_within_names(
    searcher: &tantivy::Searcher,
    fields: &crate::schema::Fields,
    forms: &[plan::QualifiedForm],
    top: &[(f32, DocAddress)],
    order: &[usize],
) -> tantivy::Result<Vec<bool>> {
    use tantivy::postings::{Postings, SegmentPostings};
    use tantivy::{DocSet, TERMINATED};
    // Whether the postings are at `doc`, sought forward only.
    fn at(postings: &mut SegmentPostings, doc: tantivy::DocId) -> bool {
        if postings.doc() < doc {
            postings.seek(doc);
        }
        postings.doc() == doc && doc != TERMINATED
    }
    let main: Vec<tantivy::schema::Field> = plan::MAIN_FIELDS
        .iter()
        .map(|(name, _)| fields.get(name))
        .collect();
    let exact = [fields.get("exact")];
    // Per candidate: (a form seen within a name, a form seen alone).
    let mut seen = vec![(false, false); top.len()];
    let (mut positions, mut heads_at, mut starts) = (Vec::new(), Vec::new(), Vec::new());
    let with_positions = IndexRecordOption::WithFreqsAndPositions;
    for (ord, segment) in searcher.segment_readers().iter().enumerate() {
        let here: Vec<usize> = (order.iter().copied())
            .filter(|&k| top[k].1.segment_ord as usize == ord)
            .collect();
        if here.is_empty() {
            continue;
        }
        for form in forms {
            for &field in if form.exact { &exact[..] } else { &main[..] } {
                let inverted = segment.inverted_index(field)?;
                let term = |t: &str| Term::from_field_text(field, t);
                let Some(mut postings) =
                    inverted.read_postings(&term(&form.token), with_positions)?
                else {
                    continue;
                };
                let mut heads = Vec::with_capacity(form.heads.len());
                for head in &form.heads {
                    heads.extend(inverted.read_postings(&term(head), with_positions)?);
                }
                for &k in &here {
                    let doc = top[k].1.doc_id;
                    if !at(&mut postings, doc) {
                        continue;
                    }
                    postings.positions(&mut positions);
                    // The positions right after a head: where a form is a name's last word.
                    starts.clear();
                    for head in heads.iter_mut() {
                        if at(head, doc) {
                            head.positions(&mut heads_at);
                            starts.extend(heads_at.iter().map(|p| p + 1));
                        }
                    }
                    for p in &positions {
                        match starts.contains(p) {
                            true => seen[k].0 = true,
                            false => seen[k].1 = true,
                        }
                    }
                }
            }
        }
    }
    Ok(seen
        .into_iter()
        .map(|(within, alone)| within && !alone)
        .collect())
}

/// The score of `query` for each candidate of `top` (0 where it does not match), sought
/// as [`matches_of`] seeks.
fn scores_of(
    searcher: &tantivy::Searcher,
    statistics: &statistics::Statistics,
    query: &dyn tantivy::query::Query,
    top: &[(f32, DocAddress)],
    order: &[usize],
) -> Result<Vec<f32>> {
    let mut scores = vec![0.0; top.len()];
    let weight = query.weight(
        tantivy::query::EnableScoring::enabled_from_statistics_provider(statistics, searcher),
    )?;
    seek_candidates(searcher, weight.as_ref(), top, order, |k, scorer| {
        scores[k] = scorer.score()
    })?;
    Ok(scores)
}

/// Seek one scorer of `weight` per segment through the candidates `ks` of `top` (in
/// document order), calling `matched` with each candidate it matches and the scorer on it.
fn seek_candidates(
    searcher: &tantivy::Searcher,
    weight: &dyn tantivy::query::Weight,
    top: &[(f32, DocAddress)],
    ks: &[usize],
    mut matched: impl FnMut(usize, &mut dyn tantivy::query::Scorer),
) -> Result<()> {
    let mut current: Option<(u32, Box<dyn tantivy::query::Scorer>)> = None;
    for &k in ks {
        let DocAddress {
            segment_ord,
            doc_id,
        } = top[k].1;
        if current.as_ref().is_none_or(|(s, _)| *s != segment_ord) {
            current = Some((
                segment_ord,
                weight.scorer(searcher.segment_reader(segment_ord), 1.0)?,
            ));
        }
        let scorer = &mut current.as_mut().expect("set above").1;
        if scorer.doc() < doc_id {
            scorer.seek(doc_id);
        }
        if scorer.doc() == doc_id {
            matched(k, scorer.as_mut());
        }
    }
    Ok(())
}

/// The ordinal of a passage id (`file.txt#12` → 12), so ties list a document's passages
/// in their order.
fn ordinal(id: &str) -> u32 {
    id.rsplit_once('#')
        .and_then(|(_, n)| n.parse().ok())
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::says_answered;

    #[test]
    fn a_notice_answered_by_letter_is_told_from_a_notice_of_delay() {
        // ah-tk-20232024-1999.
        assert!(says_answered(
            "De schriftelijke vragen van de leden Sneller, Chakor, Van Nispen over Juridische \
             analyse(s) van het hoofdlijnenakkoord (ingezonden 30 mei 2024) zijn beantwoord \
             middels een brief over Ambtelijke analyses hoofdlijnenakkoord (36 471-64) op 7 \
             juni 2024."
        ));
        assert!(says_answered(
            "De vragen zijn reeds beantwoord in de brief van 3 maart."
        ));
        for late in [
            "De vragen kunnen niet binnen de gebruikelijke termijn van drie weken worden \
             beantwoord, omdat afstemming met de IND nodig is.",
            "Ik streef ernaar dat de vragen zo spoedig mogelijk zijn beantwoord.",
            "Uitstel beantwoording: de vragen worden beantwoord zodra het onderzoek is afgerond.",
        ] {
            assert!(!says_answered(late), "{late}");
        }
    }
}
