//! A long debate turn is ranked by its best piece (`zoek::index::pieces_of`), and is
//! still one passage: found, shown, counted and listed as the whole turn.

mod support;

use zoek::{Facet, SearchRequest, SortOrder};

/// Sentences on nothing the queries ask for.
const FILLER: [&str; 5] = [
    "Het kabinet moet duidelijk maken welke keuzes het maakt in de begroting van volgend jaar.",
    "Gemeenten wachten al maanden op een antwoord over de financiering van hun plannen.",
    "De uitvoering loopt vast omdat er te weinig mensen zijn om het werk te doen.",
    "Wij hebben daar eerder moties over ingediend die door de Kamer zijn aangenomen.",
    "Ik hoor graag van de minister hoe hij die moties gaat uitvoeren en wanneer.",
];

/// A paragraph of `n` filler sentences, with `extra` as its third.
fn paragraph(n: usize, extra: &str) -> String {
    let mut sentences: Vec<&str> = (0..n).map(|i| FILLER[i % FILLER.len()]).collect();
    if !extra.is_empty() {
        sentences.insert(2, extra);
    }
    sentences.join(" ")
}

/// A committee debate in which Kant (SP) speaks at length, some 800 words in five
/// paragraphs, one of them on Frontex and border control, and `stikstof` only in the
/// first; Jansen (VVD) mentions Frontex once in a short turn; five more members speak on
/// other things.
fn debate() -> String {
    let long = [
        format!(
            "Dank u wel, voorzitter. {}",
            paragraph(12, "Over stikstof wil ik vandaag weinig zeggen.")
        ),
        paragraph(12, ""),
        paragraph(12, ""),
        paragraph(
            8,
            "De grensbewaking door Frontex schiet tekort. Frontex moet de grensbewaking aan de \
             buitengrens versterken.",
        ),
        paragraph(12, ""),
    ]
    .join("\n\n");
    let mut turns = vec![
        "Verslag van een commissiedebat".to_string(),
        "De voorzitter:\nWelkom bij dit commissiedebat.".to_string(),
        format!("Mevrouw Kant (SP):\n{long}"),
        format!(
            "De heer Jansen (VVD):\nVoorzitter. Ik wil kort iets zeggen over Frontex en de \
             grensbewaking. {}",
            paragraph(3, "")
        ),
    ];
    for who in [
        "Mevrouw Bos (CDA)",
        "De heer Smit (D66)",
        "Mevrouw De Vries (PVV)",
        "De heer Bakker (NSC)",
        "Mevrouw Visser (BBB)",
    ] {
        turns.push(format!(
            "{who}:\nDank u wel, voorzitter. {}",
            paragraph(9, "")
        ));
    }
    turns.push(
        "Minister Van Weel:\nIk kom op de vragen terug. Het kabinet zet in op samenwerking \
         met andere landen."
            .to_string(),
    );
    turns.join("\n\n")
}

fn request(query: &str) -> SearchRequest {
    SearchRequest {
        config: zoek::SearchConfig {
            related: false,
            ..Default::default()
        },
        ..SearchRequest::new(query)
    }
}

#[test]
fn a_long_turn_ranks_by_the_paragraph_on_the_subject_and_shows_whole() {
    let (_dir, index) = support::index_of([("debat.txt", debate())]);
    let results = index.search(&request("grensbewaking Frontex")).unwrap();
    let ids: Vec<&str> = results.hits.iter().map(|h| h.passage.id.as_str()).collect();
    // Kant's paragraph says both words twice; ranked whole, her 800 words weighed it
    // down below Jansen's one mention of each.
    assert_eq!(ids, ["debat.txt#2", "debat.txt#3"], "{results:#?}");
    assert_eq!(results.total, 2);
    let kant = &results.hits[0].passage;
    assert_eq!(kant.speaker.as_deref(), Some("Kant"));
    assert!(
        kant.text.starts_with("Dank u wel, voorzitter.") && kant.text.matches("\n\n").count() == 4,
        "the whole turn, not its piece: {}",
        kant.text
    );
    assert!(results.hits[0].snippet.text.contains("Frontex"));
    // Asked, the explanation says which piece the score is of.
    let explained = index
        .search(&SearchRequest {
            explain: true,
            ..request("grensbewaking Frontex")
        })
        .unwrap();
    let piece = (explained.hits[0].explanation.as_ref())
        .and_then(|e| e.piece.clone())
        .expect("a long turn's piece");
    assert!(piece.contains("De grensbewaking door Frontex") && !piece.contains("stikstof"));
}

#[test]
fn a_long_turn_holds_every_word_of_its_pieces() {
    let (_dir, index) = support::index_of([("debat.txt", debate())]);
    // `stikstof` is in Kant's first paragraph, `Frontex` in her fourth: her turn holds
    // both, and ranks above Jansen's, which holds one.
    let results = index.search(&request("stikstof Frontex")).unwrap();
    let hits: Vec<(&str, &[String])> = (results.hits.iter())
        .map(|h| (h.passage.id.as_str(), h.missing.as_slice()))
        .collect();
    assert_eq!(
        hits,
        [
            ("debat.txt#2", &[][..]),
            ("debat.txt#3", &["stikstof".to_string()][..])
        ]
    );
}

#[test]
fn a_long_turn_is_one_passage_in_counts_and_date_order() {
    let (_dir, index) = support::index_of([("debat.txt", debate())]);
    // The chair, Kant, Jansen, five members and the minister.
    assert_eq!(index.num_passages(), 9);
    // `uitvoering` is in every paragraph of Kant's turn, in Jansen's and in the five
    // members' turns: seven passages, however many pieces of Kant's hold it.
    let results = index.search(&request("uitvoering")).unwrap();
    assert_eq!(results.total, 7, "{results:#?}");
    let mut ids: Vec<&str> = results.hits.iter().map(|h| h.passage.id.as_str()).collect();
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), 7);
    let dated = index
        .search(&SearchRequest {
            sort: SortOrder::Newest,
            ..request("uitvoering")
        })
        .unwrap();
    assert_eq!(dated.total, 7);
    assert_eq!(dated.hits.len(), 7);
    let counts = index.count(&request("uitvoering"), Facet::Fractie).unwrap();
    assert_eq!(counts.passages, 7);
    let sp = counts.counts.iter().find(|c| c.value == "SP").unwrap();
    assert_eq!(sp.passages, 1);
}
