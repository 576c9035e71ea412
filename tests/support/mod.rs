//! Helpers shared by the integration tests (and the `bench_index` example).

#![allow(dead_code)]

pub mod corpus;
pub mod pdf;

/// An index of the documents a test writes (file name and text), in a temporary folder
/// that lives as long as the directory returned with it. Every document must index.
pub fn index_of<N, T>(
    docs: impl IntoIterator<Item = (N, T)>,
) -> (tempfile::TempDir, zoek::ZoekIndex)
where
    N: AsRef<str>,
    T: AsRef<str>,
{
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("docs");
    std::fs::create_dir(&folder).unwrap();
    for (name, text) in docs {
        std::fs::write(folder.join(name.as_ref()), text.as_ref()).unwrap();
    }
    let mut index = zoek::ZoekIndex::create(&dir.path().join("i")).unwrap();
    let summary = index
        .index_folder(&folder, &Default::default(), &zoek::index::NoProgress)
        .unwrap();
    assert!(summary.failed.is_empty(), "{:?}", summary.failed);
    (dir, index)
}
