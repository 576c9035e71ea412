//! # zoek
//!
//! Passage-level full-text search for Dutch parliamentary records: written
//! consultations, Kamervragen and debate transcripts, split into the passages a
//! reader thinks in (a question with its answer, a speaker's turn) and ranked by a
//! Dutch-stemmed tantivy index.
//!
//! The modules follow the data's path:
//! [`read`] (formats) → [`text`] (page furniture, footnotes) → [`split`] (passages
//! and metadata, with [`meta`] and [`fractie`]) → [`analyze`] (Dutch tokens) →
//! [`index`] → [`query`] and [`search`] (ranking, snippets, with [`compound`],
//! [`family`], [`alias`] and [`wordfreq`] for the words of a query).
//!
//! ```no_run
//! use zoek::{SearchRequest, ZoekIndex};
//! # fn main() -> zoek::Result<()> {
//! let mut index = ZoekIndex::open_or_create(std::path::Path::new("/tmp/zoek-index"))?;
//! index.index_folder("corpus-sample".as_ref(), &Default::default(), &zoek::index::NoProgress)?;
//! for hit in index.search(&SearchRequest::new("terugkeerhub Oeganda"))?.hits {
//!     println!("{} {:?} {}", hit.rank, hit.passage.fractie, hit.snippet.marked("[", "]"));
//! }
//! # Ok(()) }
//! ```

pub mod alias;
pub mod analyze;
pub mod compound;
pub mod error;
pub mod eval;
pub mod family;
pub mod fractie;
pub mod index;
pub mod meta;
pub mod passage;
pub mod query;
pub mod read;
pub mod schema;
pub mod search;
pub mod split;
pub mod text;
pub mod wordfreq;

pub use error::{Error, Result};
pub use index::{IndexOptions, IndexSummary, ZoekIndex};
pub use passage::{Passage, PassageKind, Role};
pub use query::Filters;
pub use search::facet::{Counts, Facet, FacetCount};
pub use search::{
    AlsoIn, ConceptCoverage, Exchange, Hit, Linked, Referenced, Request, SearchConfig,
    SearchRequest, SearchResults, Snippet, SortOrder,
};
