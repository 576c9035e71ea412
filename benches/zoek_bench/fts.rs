//! The baseline: SQLite FTS5, the engine existing Dutch parliamentary search tools use,
//! over the same passages (cut by zoek's own splitter), with its own ranking (`bm25`)
//! and snippets (`snippet()`).
//!
//! It is set up as a careful user of FTS5 would: one transaction for the bulk insert,
//! the `unicode61 remove_diacritics 2` tokenizer (so `Italie` finds `Italië`, as in
//! zoek), the four searched columns weighted as zoek weighs them, `ORDER BY rank` with
//! a `LIMIT` (FTS5 sorts internally), snippets only for the hits shown, and the total
//! number of matches counted, as zoek reports it.

use rusqlite::{Connection, params};
use serde::Serialize;
use std::path::Path;
use zoek::Passage;

/// The searched columns and the metadata columns, in table order.
const COLUMNS: &str = "question, answer, topic, title, id UNINDEXED, kind UNINDEXED, \
source UNINDEXED, date UNINDEXED, chamber UNINDEXED, kamerstuk UNINDEXED, fractie UNINDEXED, \
speaker UNINDEXED, role UNINDEXED, minister UNINDEXED, notes UNINDEXED, refs UNINDEXED";

/// Create the FTS5 table in a new database file.
pub fn create(path: &Path) -> rusqlite::Result<Connection> {
    let _ = std::fs::remove_file(path);
    let conn = Connection::open(path)?;
    conn.execute_batch(&format!(
        "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
         CREATE VIRTUAL TABLE passages USING fts5({COLUMNS}, tokenize = 'unicode61 remove_diacritics 2');
         INSERT INTO passages(passages, rank) VALUES('rank', 'bm25(1.0, 1.0, 0.6, 0.2)');"
    ))?;
    Ok(conn)
}

/// Insert passages (the caller holds the transaction).
pub fn insert(tx: &rusqlite::Transaction<'_>, passages: &[Passage]) -> rusqlite::Result<()> {
    let mut stmt = tx.prepare_cached(
        "INSERT INTO passages VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16)",
    )?;
    for p in passages {
        stmt.execute(params![
            p.question,
            p.answer,
            p.topic,
            p.title,
            p.id,
            p.kind.as_str(),
            p.source,
            p.date,
            p.chamber,
            p.kamerstuk,
            p.fractie,
            p.speaker,
            p.role.map(|r| r.as_str()),
            p.minister,
            p.notes.join("\n"),
            p.references.join(" "),
        ])?;
    }
    Ok(())
}

/// A query as the baseline runs it.
#[derive(Debug, Clone)]
pub struct FtsQuery {
    /// FTS5 query expression, restricted to the searched columns.
    pub expr: String,
    /// Fractie the hits must have (a `WHERE` on the metadata column).
    pub fractie: Option<String>,
    /// Earliest date (ISO) of the hits.
    pub from: Option<String>,
}

/// One hit as the baseline returns it.
#[derive(Debug, Serialize)]
pub struct FtsHit {
    rank: usize,
    score: f64,
    snippet: String,
    id: String,
    kind: String,
    source: String,
    title: Option<String>,
    date: Option<String>,
    fractie: Option<String>,
    speaker: Option<String>,
    minister: Option<String>,
    topic: Option<String>,
    question: Option<String>,
    answer: Option<String>,
}

/// The results of one query, as zoek's JSON line has them: total and hits.
#[derive(Debug, Serialize)]
pub struct FtsResults {
    query: String,
    /// Number of matching passages.
    pub total: usize,
    hits: Vec<FtsHit>,
}

/// Quote a word for an FTS5 expression.
pub fn quote(w: &str) -> String {
    format!("\"{}\"", w.replace('"', "\"\""))
}

/// Run one query: the top `limit` by rank, a snippet for each, and the total.
pub fn search(conn: &Connection, q: &FtsQuery, limit: usize) -> rusqlite::Result<FtsResults> {
    let filter = match (&q.fractie, &q.from) {
        (Some(_), Some(_)) => " AND fractie = ?2 AND date >= ?3",
        (Some(_), None) => " AND fractie = ?2",
        (None, Some(_)) => " AND date >= ?3",
        (None, None) => "",
    };
    let fractie = q.fractie.as_deref().unwrap_or("");
    let from = q.from.as_deref().unwrap_or("");
    let bind = |stmt: &mut rusqlite::CachedStatement<'_>| -> rusqlite::Result<()> {
        stmt.raw_bind_parameter(1, &q.expr)?;
        if q.fractie.is_some() {
            stmt.raw_bind_parameter(2, fractie)?;
        }
        if q.from.is_some() {
            stmt.raw_bind_parameter(3, from)?;
        }
        Ok(())
    };
    // Top hits: FTS5 sorts by rank itself and evaluates nothing else for other rows.
    let mut top = conn.prepare_cached(&format!(
        "SELECT rowid, rank FROM passages WHERE passages MATCH ?1{filter} ORDER BY rank LIMIT {limit}"
    ))?;
    bind(&mut top)?;
    let mut rows = top.raw_query();
    let mut ranked: Vec<(i64, f64)> = Vec::with_capacity(limit);
    while let Some(r) = rows.next()? {
        ranked.push((r.get(0)?, r.get(1)?));
    }
    drop(rows);
    // Snippets and stored fields for the hits shown only.
    let mut one = conn.prepare_cached(
        "SELECT snippet(passages, -1, '[', ']', '…', 32), id, kind, source, title, date, fractie, \
         speaker, minister, topic, question, answer \
         FROM passages WHERE passages MATCH ?1 AND rowid = ?2",
    )?;
    let mut hits = Vec::with_capacity(ranked.len());
    for (i, (rowid, score)) in ranked.into_iter().enumerate() {
        let hit = one.query_row(params![q.expr, rowid], |r| {
            Ok(FtsHit {
                rank: i + 1,
                score: -score,
                snippet: r.get(0)?,
                id: r.get(1)?,
                kind: r.get(2)?,
                source: r.get(3)?,
                title: r.get(4)?,
                date: r.get(5)?,
                fractie: r.get(6)?,
                speaker: r.get(7)?,
                minister: r.get(8)?,
                topic: r.get(9)?,
                question: r.get(10)?,
                answer: r.get(11)?,
            })
        })?;
        hits.push(hit);
    }
    // The total, as zoek reports it.
    let mut count = conn.prepare_cached(&format!(
        "SELECT count(*) FROM passages WHERE passages MATCH ?1{filter}"
    ))?;
    bind(&mut count)?;
    let mut rows = count.raw_query();
    let total: i64 = match rows.next()? {
        Some(r) => r.get(0)?,
        None => 0,
    };
    Ok(FtsResults {
        query: q.expr.clone(),
        total: total as usize,
        hits,
    })
}
