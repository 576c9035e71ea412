//! Embedding zoek: index a folder and search it from your own Rust program.
//!
//! Run with `cargo run --release --example search -- corpus-sample "terugkeerhub Oeganda"`.

use std::path::Path;
use zoek::index::NoProgress;
use zoek::{Filters, SearchRequest, ZoekIndex};

fn main() -> zoek::Result<()> {
    let mut args = std::env::args().skip(1);
    let folder = args.next().unwrap_or_else(|| "corpus-sample".into());
    let query = args.next().unwrap_or_else(|| "terugkeerhub Oeganda".into());

    // An index in a temporary directory; a real tool keeps it somewhere durable.
    let dir = std::env::temp_dir().join("zoek-example-index");
    let mut index = ZoekIndex::open_or_create(&dir)?;
    let summary = index.index_folder(Path::new(&folder), &Default::default(), &NoProgress)?;
    // Rerunning only reads what changed since the last run.
    println!(
        "{} files indexed, {} unchanged, {} failed; {} passages in the index",
        summary.files_indexed(),
        summary.unchanged,
        summary.failed.len(),
        index.num_passages()
    );

    // Filters are typed; `fractie` accepts any spelling of a party.
    let mut request = SearchRequest::new(query);
    request.limit = 3;
    request.filters = Filters::default();
    let results = index.search(&request)?;
    // A misspelled word no passage holds was searched as the nearest word of the index.
    for c in &results.corrections {
        println!("searched {:?} for {:?}", c.searched, c.typed);
    }
    for hit in results.hits {
        let p = &hit.passage;
        println!(
            "{}. [{}] {} {}",
            hit.rank,
            p.kind,
            p.fractie.as_deref().unwrap_or("-"),
            p.id
        );
        println!("   {}", hit.snippet.marked("»", "«"));
    }
    Ok(())
}
