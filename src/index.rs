//! The passage index on disk: create, open, and (re)index folders into it.
//!
//! Writes go through tantivy's commit model: a batch of deletions and additions
//! becomes visible, all at once, only at `commit`, when tantivy atomically replaces
//! `meta.json`. A process killed before that (even by `kill -9` or a power cut) leaves
//! the previous commit in place, searchable as it was; the files the killed run had
//! written are unreferenced and removed by the next writer. What zoek knows about the
//! source files ([`records`]) is part of that same commit, so it can never disagree
//! with the passages. One writer at a time ([`lock`]); searches read the last commit
//! and go on answering while a reindex runs. Indexing a folder: [`batch`].

pub mod batch;
pub mod lock;
pub mod memory;
pub mod records;

pub use batch::{Answered, FileFailure, IndexOptions, IndexSummary, NoProgress, Progress};
pub use lock::WriteSession;

use crate::analyze;
use crate::error::{Error, Result};
use crate::passage::{Passage, PassageKind};
use crate::schema::{self, FieldType, Fields, SchemaDef};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};
use tantivy::schema::Value;
use tantivy::{Index, IndexReader, ReloadPolicy, TantivyDocument};

/// File in the index directory that records which schema built the index.
pub const MANIFEST: &str = "zoek-index.json";

/// tantivy's file that makes a directory an index: its last commit.
const META: &str = "meta.json";

/// tantivy's list of the files it manages in the index directory.
const MANAGED: &str = ".managed.json";

/// Memory budget of an indexing run, in bytes, unless told otherwise (see [`memory`]).
pub const DEFAULT_WRITER_BUDGET: usize = 256 * 1024 * 1024;

/// What an index records about itself.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Manifest {
    schema_version: String,
    stemmer: String,
}

/// An open zoek index.
pub struct ZoekIndex {
    path: PathBuf,
    index: Index,
    reader: IndexReader,
    fields: Fields,
    /// IDFs the feedback rerank looked up, kept across queries.
    idf_cache: std::sync::Mutex<crate::search::feedback::IdfCache>,
    /// The open questions (id and source) of one generation of the index, kept across the
    /// queries of a `--stdin` batch: finding them reads every question.
    open_cache: std::sync::Mutex<OpenQuestions>,
    /// The passages left out of the corpus statistics, and the statistics counted without
    /// them, for the latest generation of the index ([`crate::search::statistics`]).
    aside_cache: std::sync::Mutex<Option<std::sync::Arc<crate::search::statistics::Aside>>>,
}

/// Open questions by id and source, with the generation of the index they were read in.
pub(crate) type OpenQuestions = Option<(u64, std::sync::Arc<Vec<(String, String)>>)>;

impl ZoekIndex {
    /// Open an existing index. Fails with [`Error::NoIndex`] when there is none and with
    /// [`Error::SchemaVersion`] when it was built by another schema version, or its
    /// fields are not those of this zoek's schema.
    ///
    /// A directory is an index when it holds tantivy's `meta.json`. Its manifest
    /// ([`MANIFEST`]) is written right after; if a crash came between the two, the index
    /// is adopted when its tantivy schema is exactly zoek's.
    pub fn open(path: &Path) -> Result<ZoekIndex> {
        let def = SchemaDef::shipped()?;
        if !path.join(META).exists() {
            return Err(Error::NoIndex {
                path: path.to_path_buf(),
            });
        }
        let manifest_path = path.join(MANIFEST);
        let (schema, fields) = def.build();
        if !manifest_path.exists() {
            let index = Index::open_in_dir(path)?;
            if index.schema() != schema {
                return Err(Error::Manifest {
                    path: manifest_path,
                    reason: "missing, and the index was not built by this zoek: rebuild it \
                             with `zoek index FOLDER --full`"
                        .into(),
                });
            }
            write_manifest(path, &def)?;
            return ZoekIndex::from_index(path, index, fields);
        }
        let manifest: Manifest = std::fs::read_to_string(&manifest_path)
            .map_err(|e| e.to_string())
            .and_then(|s| serde_json::from_str(&s).map_err(|e| e.to_string()))
            .map_err(|reason| Error::Manifest {
                path: manifest_path.clone(),
                reason,
            })?;
        if manifest.schema_version != def.version || manifest.stemmer != def.stemmer {
            return Err(Error::SchemaVersion {
                path: path.to_path_buf(),
                found: manifest.schema_version,
                expected: def.version,
            });
        }
        let index = Index::open_in_dir(path)?;
        // The version names the schema; the schema itself must be this zoek's too, or
        // fields would be read by the wrong numbers (an index built by a zoek whose fields
        // changed without a new version).
        if index.schema() != schema {
            return Err(Error::SchemaVersion {
                path: path.to_path_buf(),
                found: format!("{} with other fields", manifest.schema_version),
                expected: def.version,
            });
        }
        ZoekIndex::from_index(path, index, fields)
    }

    /// Open the index at `path`, creating an empty one if there is none.
    pub fn open_or_create(path: &Path) -> Result<ZoekIndex> {
        match ZoekIndex::open(path) {
            Err(Error::NoIndex { .. }) => ZoekIndex::create(path),
            other => other,
        }
    }

    /// Create a new, empty index at `path` (the directory may exist but must not hold an index).
    pub fn create(path: &Path) -> Result<ZoekIndex> {
        let def = SchemaDef::shipped()?;
        std::fs::create_dir_all(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let (schema, fields) = def.build();
        let index = Index::create_in_dir(path, schema)?;
        write_manifest(path, &def)?;
        ZoekIndex::from_index(path, index, fields)
    }

    /// Replace the index at `path`, whatever schema built it, by a new empty one: for
    /// `zoek index --full` on an index of another schema version, which this zoek cannot
    /// read anyway. Refused with [`Error::Locked`] while another process writes it.
    ///
    /// `meta.json` goes first, so a crash midway leaves no index (the next
    /// `zoek index` creates one) rather than a broken one.
    pub fn recreate(path: &Path) -> Result<ZoekIndex> {
        if path.join(META).exists() {
            if let Ok(old) = Index::open_in_dir(path) {
                // Only to make sure no one writes it; released before the files go.
                drop(WriteSession::acquire(
                    &old,
                    path,
                    1,
                    DEFAULT_WRITER_BUDGET,
                    false,
                    &|_| {},
                )?);
            }
            let managed: Vec<String> = std::fs::read_to_string(path.join(MANAGED))
                .ok()
                .and_then(|s| serde_json::from_str(&s).ok())
                .unwrap_or_default();
            for name in [META, MANIFEST, MANAGED]
                .into_iter()
                .chain(managed.iter().map(String::as_str))
            {
                let file = path.join(name);
                match std::fs::remove_file(&file) {
                    Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                        return Err(Error::Io {
                            path: file,
                            source: e,
                        });
                    }
                    _ => {}
                }
            }
        }
        ZoekIndex::create(path)
    }

    fn from_index(path: &Path, index: Index, fields: Fields) -> Result<ZoekIndex> {
        analyze::register(&index);
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(ZoekIndex {
            path: path.to_path_buf(),
            index,
            reader,
            fields,
            idf_cache: Default::default(),
            open_cache: Default::default(),
            aside_cache: Default::default(),
        })
    }

    /// Where the index lives.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The tantivy index underneath.
    pub fn tantivy(&self) -> &Index {
        &self.index
    }

    /// The index's reader (reloaded after each commit made through this handle).
    pub fn reader(&self) -> &IndexReader {
        &self.reader
    }

    /// The index's fields by name.
    pub fn fields(&self) -> &Fields {
        &self.fields
    }

    /// The IDFs the feedback rerank has looked up (see [`crate::search::feedback`]).
    /// The cache of the open questions, by generation ([`ZoekIndex::open_questions`]).
    pub(crate) fn open_cache(&self) -> &std::sync::Mutex<OpenQuestions> {
        &self.open_cache
    }

    /// The cache of the passages left out of the corpus statistics, by generation
    /// ([`ZoekIndex::statistics`]).
    pub(crate) fn aside_cache(
        &self,
    ) -> &std::sync::Mutex<Option<std::sync::Arc<crate::search::statistics::Aside>>> {
        &self.aside_cache
    }

    pub(crate) fn idf_cache(&self) -> &std::sync::Mutex<crate::search::feedback::IdfCache> {
        &self.idf_cache
    }

    /// Number of passages in the index.
    pub fn num_passages(&self) -> u64 {
        let searcher = self.reader.searcher();
        let piece = tantivy::Term::from_field_text(self.fields.get("part"), PART_PIECE);
        let pieces =
            tantivy::query::TermQuery::new(piece, tantivy::schema::IndexRecordOption::Basic);
        let pieces = searcher
            .search(&pieces, &tantivy::collector::Count)
            .unwrap_or(0);
        searcher.num_docs().saturating_sub(pieces as u64)
    }

    /// Turn a passage into a tantivy document, field by field as the schema says.
    pub fn to_document(&self, p: &Passage) -> TantivyDocument {
        let mut doc = self.document(p, p);
        doc.add_u64(self.fields.get("stable"), stable_key(p, 0));
        doc
    }

    /// The tantivy documents of a passage: one, or for a long debate turn the turn and
    /// its pieces ([`pieces_of`]).
    pub fn to_documents(&self, p: &Passage) -> Vec<TantivyDocument> {
        let Some(pieces) = pieces_of(p) else {
            return vec![self.to_document(p)];
        };
        let part = self.fields.get("part");
        // The turn's number, the same in every build.
        let key = stable_key(p, 0);
        let mut turn = self.to_document(p);
        turn.add_text(part, PART_TURN);
        turn.add_u64(self.fields.get("turn"), key);
        let mut docs = vec![turn];
        for (n, text) in (1..).zip(pieces) {
            let mut piece = p.clone();
            piece.answer = Some(text.clone());
            piece.text = text;
            let mut doc = self.document(&piece, p);
            doc.add_text(part, PART_PIECE);
            doc.add_u64(self.fields.get("piece_of"), key);
            doc.add_u64(self.fields.get("stable"), stable_key(p, n));
            docs.push(doc);
        }
        docs
    }

    /// The document of `p`, whose copies and dates are those of `whole`: `p` itself, or
    /// the turn a piece belongs to.
    fn document(&self, p: &Passage, whole: &Passage) -> TantivyDocument {
        let value = serde_json::to_value(p).expect("passages serialize");
        let mut doc = TantivyDocument::new();
        for def in self.fields.defs() {
            let field = self.fields.get(&def.name);
            let values: Vec<String> = match (def.name.as_str(), value.get(&def.name)) {
                // The dossier of its number, and of its number in the other dossiers its
                // heading names.
                ("dossier", _) => (p.kamerstuk.iter())
                    .chain(p.identifiers.iter().filter(|i| is_kamerstuk(i)))
                    .map(|k| dossier_of(k))
                    .collect(),
                ("procedural", _) => match (p.is_procedural(), p.is_notice(), p.is_cover()) {
                    (true, _, _) => vec!["procedural".to_string()],
                    (_, true, _) => vec!["notice".to_string()],
                    (_, _, true) => vec!["cover".to_string()],
                    _ => Vec::new(),
                },
                ("minister_name", _) => p.minister_names(),
                ("fracties", _) => p.fracties(),
                ("facets", _) => crate::search::facet::Facet::ALL
                    .iter()
                    .flat_map(|f| f.column_values(p))
                    .collect(),
                ("sort_date", _) => p.sort_day().into_iter().collect(),
                ("implied", _) => p
                    .date
                    .as_deref()
                    .map(|d| crate::meta::implied_months(&whole.text, d))
                    .unwrap_or_default(),
                ("title_months", _) => p
                    .title
                    .as_deref()
                    .map(|t| crate::meta::title_months(t, p.date.as_deref()))
                    .unwrap_or_default(),
                ("exact" | "parts", _) => [&p.question, &p.answer]
                    .into_iter()
                    .flatten()
                    .cloned()
                    .collect(),
                (_, Some(serde_json::Value::String(s))) => vec![s.clone()],
                (_, Some(serde_json::Value::Array(a))) => a
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
                _ => Vec::new(),
            };
            if def.kind == FieldType::U64 {
                // The numbers zoek derives: the near-duplicate signature, of question and
                // answer as a hit's text is read back, and which copy is shown.
                match def.name.as_str() {
                    "signature" => {
                        let text =
                            Passage::text_of(whole.question.as_deref(), whole.answer.as_deref());
                        let fingerprint = crate::search::rank::shingles(&text);
                        for v in crate::search::rank::signature(&fingerprint) {
                            doc.add_u64(field, v);
                        }
                    }
                    "page" => {
                        if let Some(page) = p.page {
                            doc.add_u64(field, u64::from(page));
                        }
                    }
                    "preference" => {
                        let preference = crate::search::rank::preference(p);
                        doc.add_u64(field, crate::search::rank::preference_number(preference));
                    }
                    _ => {}
                }
                continue;
            }
            for v in values {
                match def.kind {
                    FieldType::Date => {
                        if let Some(n) = schema::date_to_u64(&v) {
                            doc.add_u64(field, n);
                        }
                    }
                    _ => doc.add_text(field, &v),
                }
            }
        }
        doc
    }

    /// Read a passage back from a stored tantivy document.
    pub fn to_passage(&self, doc: &TantivyDocument) -> Passage {
        let mut map = serde_json::Map::new();
        for def in self.fields.defs().iter().filter(|d| d.stored) {
            let field = self.fields.get(&def.name);
            let values: Vec<serde_json::Value> = doc
                .get_all(field)
                .filter_map(|v| match def.kind {
                    FieldType::Date => v
                        .as_u64()
                        .map(|n| serde_json::Value::String(schema::u64_to_date(n))),
                    FieldType::U64 => v.as_u64().map(serde_json::Value::from),
                    _ => v.as_str().map(|s| serde_json::Value::String(s.to_string())),
                })
                .collect();
            let value = if def.multi {
                serde_json::Value::Array(values)
            } else {
                values.into_iter().next().unwrap_or(serde_json::Value::Null)
            };
            map.insert(def.name.clone(), value);
        }
        let question = map
            .get("question")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string();
        let answer = map
            .get("answer")
            .and_then(|v| v.as_str())
            .unwrap_or("")
            .to_string();
        let text = Passage::text_of(Some(&question), Some(&answer));
        map.insert("text".into(), serde_json::Value::String(text));
        serde_json::from_value(serde_json::Value::Object(map))
            .unwrap_or_else(|_| Passage::new(PassageKind::Section, ""))
    }
}

/// A document's number that does not depend on how the index was built: its file, its
/// id and which piece of it (0 for the passage itself), hashed. Ties in a ranking are
/// broken by it ([`crate::search`]).
fn stable_key(p: &Passage, piece: u64) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = rustc_hash::FxHasher::default();
    (&p.source, &p.id, piece).hash(&mut h);
    h.finish()
}

/// The value of the `part` field on a long turn's whole text.
pub(crate) const PART_TURN: &str = "turn";

/// The value of the `part` field on a piece of a long turn.
pub(crate) const PART_PIECE: &str = "piece";

/// A debate turn longer than this many words is ranked by its best piece.
///
/// A member's first turn (600–850 words on the corpus-sample debate) speaks to five or
/// ten subjects, a minister's answer in blocks (`Mevrouw Kröger vroeg mij …`) to as many
/// members; a reader judges the turn relevant for the paragraph on their subject. Ranked
/// whole, its length weighs that paragraph down below shorter passages that only mention
/// the subject. Cut from 250 to 600 words, the held-out sets gained alike (measured in
/// session 36).
pub const PIECE_FROM_WORDS: usize = 400;

/// The least number of words of a piece: paragraphs are joined until a piece holds this
/// many; a last piece of less than half this joins the one before. At 100 words the
/// tuned set lost 0.002, at 200 the held-out sets gained less (session 36).
pub const PIECE_WORDS: usize = 150;

/// The pieces a long debate turn is ranked by: its paragraphs, joined into pieces of
/// [`PIECE_WORDS`] words at least. `None` for any other passage, and a turn of one
/// paragraph.
pub fn pieces_of(p: &Passage) -> Option<Vec<String>> {
    let answer = p.answer.as_deref()?;
    if p.kind != PassageKind::Speech || p.text.split_whitespace().count() <= PIECE_FROM_WORDS {
        return None;
    }
    let mut pieces: Vec<String> = Vec::new();
    let mut current = String::new();
    for paragraph in answer.split("\n\n") {
        if !current.is_empty() {
            current.push_str("\n\n");
        }
        current.push_str(paragraph);
        if current.split_whitespace().count() >= PIECE_WORDS {
            pieces.push(std::mem::take(&mut current));
        }
    }
    if !current.is_empty() {
        match pieces.last_mut() {
            Some(last) if current.split_whitespace().count() < PIECE_WORDS / 2 => {
                last.push_str("\n\n");
                last.push_str(&current);
            }
            _ => pieces.push(current),
        }
    }
    (pieces.len() > 1).then_some(pieces)
}

/// Is this identifier a Kamerstuk number (`34104-331`), not an official identifier or a
/// case number?
fn is_kamerstuk(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_digit()) && id.contains('-')
}

/// The dossiers whose documents are all in numbered sub-dossiers: the councils of the
/// European Union (`21501-02` Raad Algemene Zaken, `21501-31` Milieuraad, `21501-33`
/// Vervoersraad, …). Dossier 21501 holds no document of its own, so `21501-31` is that
/// sub-dossier, never its document 31.
const NUMBERED_SUB_DOSSIERS: &[&str] = &["21501"];

/// The dossier of a Kamerstuk number as zoek keeps it ([`crate::meta::kamerstuk_number`]):
/// `32317-974` → `32317`, `21501-31-207` → `21501-31`, `36600-VI-12` → `36600-VI`. A
/// number without its document's (a letter headed only `21 501-31` or `36 600 VI`) is the
/// dossier itself: a sub-dossier of the EU councils, or a budget's chapter (two Roman
/// letters or more: a single letter is as likely an Eerste Kamer document, `28331-I`).
pub fn dossier_of(kamerstuk: &str) -> String {
    let parts: Vec<&str> = kamerstuk.split('-').collect();
    let is_chapter = |x: &str| {
        let roman = x.trim_end_matches(['A', 'B']);
        roman.len() >= 2 && roman.chars().all(|c| "IVXL".contains(c))
    };
    match parts.as_slice() {
        [d, x] if NUMBERED_SUB_DOSSIERS.contains(d) && x.chars().all(|c| c.is_ascii_digit()) => {
            kamerstuk.to_string()
        }
        [_, x] if is_chapter(x) => kamerstuk.to_string(),
        [d, ..] if parts.len() >= 2 && d.len() >= 5 => parts[..parts.len() - 1].join("-"),
        _ => kamerstuk.to_string(),
    }
}

fn write_manifest(path: &Path, def: &SchemaDef) -> Result<()> {
    let manifest = Manifest {
        schema_version: def.version.clone(),
        stemmer: def.stemmer.clone(),
    };
    write_atomically(
        &path.join(MANIFEST),
        &serde_json::to_vec_pretty(&manifest).expect("manifest serializes"),
    )
}

/// Write a file so that readers see either the old or the new content, never a part.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let tmp = path.with_extension("tmp");
    std::fs::write(&tmp, bytes).map_err(|source| Error::Io {
        path: tmp.clone(),
        source,
    })?;
    std::fs::rename(&tmp, path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })
}

#[cfg(test)]
mod tests {
    use super::{PIECE_WORDS, dossier_of, pieces_of};
    use crate::passage::{Passage, PassageKind};

    /// A paragraph of `n` words.
    fn words(n: usize, word: &str) -> String {
        vec![word; n].join(" ")
    }

    fn speech(paragraphs: &[String]) -> Passage {
        let mut p = Passage::new(PassageKind::Speech, "debat.txt");
        p.answer = Some(paragraphs.join("\n\n"));
        p.text = p.answer.clone().unwrap();
        p
    }

    #[test]
    fn a_long_turn_is_cut_into_pieces_of_whole_paragraphs() {
        // Paragraphs are joined until a piece holds PIECE_WORDS words.
        let turn = speech(&[
            words(100, "a"),
            words(100, "b"),
            words(160, "c"),
            words(90, "d"),
            words(90, "e"),
        ]);
        let pieces = pieces_of(&turn).expect("a turn of 540 words");
        let sizes: Vec<(usize, usize)> = (pieces.iter())
            .map(|p| (p.split("\n\n").count(), p.split_whitespace().count()))
            .collect();
        assert_eq!(sizes, [(2, 200), (1, 160), (2, 180)]);
        assert!(pieces[0].starts_with("a a") && pieces[0].ends_with("b b"));
        // Every word of the turn is in one piece.
        assert_eq!(pieces.join("\n\n"), turn.text);
    }

    #[test]
    fn a_short_last_paragraph_joins_the_piece_before() {
        let turn = speech(&[
            words(200, "a"),
            words(200, "b"),
            words(PIECE_WORDS / 2 - 1, "c"),
        ]);
        let pieces = pieces_of(&turn).unwrap();
        assert_eq!(pieces.len(), 2);
        assert!(pieces[1].starts_with("b b") && pieces[1].ends_with("c c"));
    }

    #[test]
    fn only_a_long_turn_of_several_paragraphs_is_cut() {
        // Short enough to rank whole.
        assert_eq!(
            pieces_of(&speech(&[words(200, "a"), words(200, "b")])),
            None
        );
        // One paragraph: nowhere to cut.
        assert_eq!(pieces_of(&speech(&[words(900, "a")])), None);
        // A written answer is a question with its answer, however long.
        let mut qa = speech(&[words(300, "a"), words(300, "b")]);
        qa.kind = PassageKind::Qa;
        assert_eq!(pieces_of(&qa), None);
    }

    #[test]
    fn a_kamerstuk_number_names_its_dossier() {
        for (kamerstuk, dossier) in [
            ("32317-974", "32317"),
            ("32317", "32317"),
            ("21501-31-207", "21501-31"),
            ("21501-31", "21501-31"),
            ("36600-VI-12", "36600-VI"),
            ("36600-VI", "36600-VI"),
            ("36600-IXB", "36600-IXB"),
            ("28331-AI", "28331"),
            ("28331-I", "28331"),
            ("34000-XV-5", "34000-XV"),
        ] {
            assert_eq!(dossier_of(kamerstuk), dossier, "{kamerstuk}");
        }
    }
}
