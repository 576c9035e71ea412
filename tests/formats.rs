//! Every record users download is searchable: each kind in each format indexes
//! completely, motions are found by their words and their submitters' fractie, and the
//! real decision-list PDFs are found by words they contain.

mod support;

use std::path::Path;
use std::sync::OnceLock;
use zoek::{Filters, PassageKind, Role, SearchRequest, ZoekIndex};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// One index of every fixture folder and corpus-sample.
fn index() -> &'static ZoekIndex {
    static INDEX: OnceLock<(tempfile::TempDir, ZoekIndex)> = OnceLock::new();
    &INDEX
        .get_or_init(|| {
            let dir = tempfile::tempdir().unwrap();
            let mut index = ZoekIndex::create(&dir.path().join("i")).unwrap();
            for folder in ["corpus-sample", "tests/fixtures"] {
                let summary = index
                    .index_folder(
                        &root().join(folder),
                        &Default::default(),
                        &zoek::index::NoProgress,
                    )
                    .unwrap();
                assert!(summary.failed.is_empty(), "{folder}: {:?}", summary.failed);
            }
            (dir, index)
        })
        .1
}

fn search(query: &str, set: impl Fn(&mut Filters)) -> Vec<zoek::Hit> {
    let mut req = SearchRequest::new(query);
    set(&mut req.filters);
    req.limit = 20;
    index().search(&req).unwrap().hits
}

#[test]
fn every_format_indexes_into_passages_with_their_kind() {
    for (file, kind) in [
        (
            "antwoord-kamervragen-2023Z14759-wassenberg.docx",
            PassageKind::Qa,
        ),
        ("h-tk-20172018-70-9.xml", PassageKind::Motie),
        ("h-tk-20172018-70-8.xml", PassageKind::Speech),
        (
            "commissiedebat-jbz-2026-03-03-vlos.xml",
            PassageKind::Toezegging,
        ),
        ("motie-kst-21501-02-3121.pdf", PassageKind::Motie),
        ("motie-kst-36278-32.docx", PassageKind::Motie),
        ("ah-tk-20232024-1292.pdf", PassageKind::Qa),
        ("ah-tk-20232024-1999.pdf", PassageKind::Question),
        ("besluitenlijst_example2.pdf", PassageKind::Section),
        ("tk-32317-beantwoording-jbz-2025-01.md", PassageKind::Qa),
        (
            "tk-commissiedebat-jbz-2026-03-03.pdf",
            PassageKind::Toezegging,
        ),
    ] {
        let mut req = SearchRequest::new("");
        req.filters.set("kind", kind.as_str()).unwrap();
        req.limit = 1000;
        req.config.dedupe = false;
        let hits = index().search(&req).unwrap().hits;
        assert!(
            hits.iter().any(|h| h.passage.source.ends_with(file)),
            "{file} has no {kind} passage"
        );
    }
}

#[test]
fn a_motion_is_found_by_its_words_and_its_submitters_fractie() {
    let hits = search("kerncentrale Borssele bedrijfsduur", |f| {
        f.set("kind", "motie").unwrap();
        f.set("fractie", "PVV").unwrap();
    });
    let top = &hits[0];
    assert_eq!(top.passage.kind, PassageKind::Motie);
    assert_eq!(top.passage.kamerstuk.as_deref(), Some("25422-227"));
    assert_eq!(
        top.passage.members,
        vec!["Kops (PVV)", "Agnes Mulder (CDA)"]
    );
    // In the official XML too: the motions of the debate on building regulations.
    let hits = search("NEN-normen energieprestatie", |f| {
        f.set("kind", "motie").unwrap();
    });
    assert_eq!(hits[0].passage.kamerstuk.as_deref(), Some("32847-346"));
    assert_eq!(hits[0].passage.fractie.as_deref(), Some("GroenLinks"));
}

#[test]
fn the_real_decision_lists_are_searchable() {
    for (word, file) in [
        ("stempas", "besluitenlijst_example1.pdf"),
        ("Caymaneilanden", "besluitenlijst_example2.pdf"),
        ("discriminatieonderwerpen", "besluitenlijst_example3.pdf"),
        ("Libië militairen", "besluitenlijst_example4.pdf"),
    ] {
        let hits = search(word, |f| {
            f.set("type", "besluitenlijst").unwrap();
        });
        assert!(
            hits.first()
                .is_some_and(|h| h.passage.source.ends_with(file)),
            "{word}: {:?}",
            hits.first().map(|h| &h.passage.source)
        );
        assert_eq!(hits[0].passage.doctype.as_deref(), Some("besluitenlijst"));
    }
}

#[test]
fn document_types_are_told() {
    for (query, file, doctype) in [
        ("bijtincidenten honden", "wassenberg.docx", "kamervragen"),
        ("Borssele", "handelingen-plenair.txt", "handelingen"),
        (
            "verpleeghuiszorg wachtlijst",
            "lijst-vragen-antwoorden.txt",
            "lijst van vragen en antwoorden",
        ),
        (
            "Berichtenbox",
            "memorie-van-antwoord.txt",
            "memorie van antwoord",
        ),
    ] {
        let hits = search(query, |_| {});
        let hit = hits
            .iter()
            .find(|h| h.passage.source.ends_with(file))
            .unwrap_or_else(|| panic!("{file} not found"));
        assert_eq!(hit.passage.doctype.as_deref(), Some(doctype), "{file}");
    }
}

#[test]
fn an_html_page_is_read_without_the_site_around_it() {
    let path = root().join("tests/fixtures/html/ah-tk-20242025-845.html");
    let ps = zoek::split::split_document(&zoek::read::read_document(&path).unwrap());
    assert_eq!(ps.len(), 2);
    assert_eq!(
        ps[0].members,
        vec!["Van der Veen (GroenLinks-PvdA)", "Hoekstra-de Wit (CDA)"]
    );
    assert_eq!(ps[0].date.as_deref(), Some("2024-10-03"));
    assert_eq!(ps[0].notes, vec!["1 NOS, 10 september 2024."]);
    assert!(ps[1].answer.as_deref().unwrap().contains("een op de zes"));
    for p in &ps {
        assert!(
            !p.text.contains("Zoeken") && !p.text.contains("Privacy") && !p.text.contains("NOS,"),
            "{}",
            p.text
        );
    }
}

#[test]
fn kamervragen_in_official_xml() {
    let path = root().join("tests/fixtures/xml/ah-tk-20232024-2001.xml");
    let ps = zoek::split::split_document(&zoek::read::read_document(&path).unwrap());
    assert_eq!(ps.len(), 2);
    assert!(
        ps.iter()
            .all(|p| p.kind == PassageKind::Qa && p.fractie.as_deref() == Some("PvdD"))
    );
    assert_eq!(ps[0].speaker.as_deref(), Some("Kostić"));
    assert_eq!(ps[0].date.as_deref(), Some("2024-06-11"));
    assert_eq!(ps[0].chamber.as_deref(), Some("Tweede Kamer"));
    assert_eq!(
        ps[1].minister.as_deref(),
        Some("Van der Wal, minister van Landbouw, Natuur en Voedselkwaliteit")
    );
    assert!(
        ps[1]
            .answer
            .as_deref()
            .unwrap()
            .starts_with("Ja. Nederland steunt")
    );
}

#[test]
fn kamervragen_in_two_documents_are_linked() {
    let questions = search("sporthal onderwijs minderjarige", |f| {
        f.set("kind", "question").unwrap();
    });
    let q = questions
        .iter()
        .find(|h| h.passage.source.ends_with("2024Z10238-vragen.txt"))
        .expect("question found");
    assert_eq!(q.passage.members, vec!["Bikker (ChristenUnie)"]);
    let linked = q.linked.as_ref().expect("linked to its answer");
    assert_eq!(linked.relation, "answered_by");
    assert!(linked.source.ends_with("2024Z10238-antwoord.txt"));
    assert_eq!(
        linked.answer.as_deref(),
        Some("Ja, dat bericht is mij bekend.")
    );
    let answers = search("kleinschalige locaties", |f| {
        f.set("kind", "qa").unwrap();
    });
    let a = answers
        .iter()
        .find(|h| h.passage.source.ends_with("2024Z10238-antwoord.txt"))
        .unwrap();
    assert!(a.linked.as_ref().is_some_and(|l| l.relation == "answers" && l.source.ends_with("2024Z10238-vragen.txt")));
}

/// A plenary item in XML names no date, only its vergaderjaar (in its identifier): it is
/// found by that year, and by a date range that holds the whole year, never by one that
/// might not hold its day.
#[test]
fn an_undated_plenary_item_is_found_by_its_vergaderjaar() {
    let plenary = |hits: &[zoek::Hit]| {
        hits.iter()
            .filter(|h| h.passage.source.contains("h-tk-20172018-70-8"))
            .count()
    };
    let by_year = search("pgb fraude", |f| f.vergaderjaar = Some("2017-2018".into()));
    assert!(plenary(&by_year) > 0);
    assert!(
        by_year
            .iter()
            .all(|h| h.passage.vergaderjaar.as_deref() == Some("2017-2018"))
    );
    assert_eq!(
        plenary(&search("pgb fraude", |f| f.vergaderjaar = Some("2018-2019".into()))),
        0
    );

    let range = |from: &str, to: &str| {
        search("pgb fraude", |f| {
            f.from = Some(from.into());
            f.to = Some(to.into());
        })
    };
    // 2017-2018 ran from 19 September 2017 to 17 September 2018.
    assert!(plenary(&range("2017-09-19", "2018-09-17")) > 0);
    assert!(plenary(&range("2017-01-01", "2018-12-31")) > 0);
    assert_eq!(plenary(&range("2018-01-01", "2018-12-31")), 0);
    assert_eq!(plenary(&range("2017-09-20", "2018-12-31")), 0);
    // Dated passages keep to their dates.
    for h in range("2024-01-01", "2024-12-31") {
        let date = h.passage.date.as_deref().unwrap_or_default();
        assert!(
            ("2024-01-01"..="2024-12-31").contains(&date),
            "{}",
            h.passage.id
        );
    }
}

/// A hit names its document as a reader cites it, not by its page furniture: the
/// Handelingen item, the Kamervragen, the letter's subject, the motion's submitters.
#[test]
fn real_documents_are_titled_as_they_are_cited() {
    for (query, file, title) in [
        (
            "pgb fraude",
            "h-tk-20172018-70-8.xml",
            "Handelingen II 2017/18, nr. 70, item 8: Regeling van werkzaamheden",
        ),
        (
            "hoofddoekjes boa",
            "antwoord-kamervragen-2024-lahlah-chakor.docx",
            "Beantwoording Kamervragen van de leden Lahlah en Chakor (GroenLinks-PvdA) over verbieden van hoofddoekjes en andere religieuze uitingen bij boa’s",
        ),
        (
            "rekeninggluren",
            "ah-tk-20232024-2367.pdf",
            "Vragen van het lid Van der Lee (GroenLinks-PvdA) aan de Minister van Financiën over rekeninggluren",
        ),
        (
            "kwaliteitsregistraties administratieve lasten",
            "motie-kst-36278-32.docx",
            "Motie van het lid Rikkers-Oosterkamp",
        ),
    ] {
        let hits = search(query, |_| {});
        let hit = hits
            .iter()
            .find(|h| h.passage.source.ends_with(file))
            .unwrap_or_else(|| panic!("{query}: no hit from {file}"));
        let got = hit.passage.title.as_deref().unwrap_or_default();
        assert!(got.ends_with(title), "{file}: {got:?}");
    }
}

/// A reader who has an identifier types it: the official one of a Handelingen item or an
/// Aanhangsel number, or the Kamer's case number of the questions a letter answers. Each
/// finds its document (the case number also the decision-list item naming it).
#[test]
fn a_document_is_found_by_the_identifiers_it_goes_by() {
    let files = |query: &str| -> std::collections::BTreeSet<String> {
        search(query, |_| {})
            .iter()
            .filter(|h| !h.related)
            .map(|h| {
                let source = h.passage.source.rsplit('/').next().unwrap_or_default();
                source.to_string()
            })
            .collect()
    };
    let only = |query: &str, file: &str| {
        let found = files(query);
        assert_eq!(
            found.into_iter().collect::<Vec<_>>(),
            [file.to_string()],
            "{query}"
        );
    };
    only("h-tk-20172018-70-8", "h-tk-20172018-70-8.xml");
    only("ah-tk-20232024-1292", "ah-tk-20232024-1292.pdf");
    only(
        "2023Z14759",
        "antwoord-kamervragen-2023Z14759-wassenberg.docx",
    );
    only(
        "2023z14759 bijtincidenten",
        "antwoord-kamervragen-2023Z14759-wassenberg.docx",
    );
    only("2024Z10238", "2024Z10238-vragen.txt");
    // Its cover names Aanhangsel nr. 845 of 2024-2025: the HTML page and the text of it.
    let found = files("ah-tk-20242025-845");
    assert!(
        found.contains("ah-tk-20242025-845.html") && found.contains("kv-bare-numbers.txt"),
        "{found:?}"
    );
    assert_eq!(found.len(), 2, "{found:?}");
    // A case number a decision list decides on is in its item's text.
    only("2009Z04448", "besluitenlijst_example1.pdf");
    // So are the Kamerstukken it cites, a budget's chapter printed after a space (`de motie
    // Van Toorenburg-Dijsselbloem (31200 XI, nr. 65)`, `zie 31700 VII nr. 72`) or in the
    // Tweede Kamer's form (`31700-B-14`).
    for (query, item) in [
        ("Kamerstuk 31 200 XI, nr. 65", "10. Agendapunt: De risico’s"),
        ("31700 VII nr. 72", "18. Agendapunt: Nadere uitwerking"),
        ("31700-B-14", "19. Agendapunt: Maartcirculaire"),
    ] {
        let hits: Vec<zoek::Hit> = (search(query, |_| {}).into_iter())
            .filter(|h| !h.related)
            .collect();
        let ids: Vec<&str> = hits.iter().map(|h| h.passage.id.as_str()).collect();
        assert_eq!(hits.len(), 1, "{query}: {ids:?}");
        assert!(
            hits[0].passage.text.starts_with(item),
            "{query}: {}",
            hits[0].passage.id
        );
    }
}

fn sorted(query: &str, sort: zoek::SortOrder, limit: usize) -> zoek::SearchResults {
    let mut req = SearchRequest::new(query);
    req.sort = sort;
    req.limit = limit;
    index().search(&req).unwrap()
}

/// Date order runs over every passage holding each word of the query, not over the best
/// ranked few: the newest passage comes first even when relevance would not show it on
/// the page; a passage known only by its vergaderjaar is placed where its year opened.
#[test]
fn newest_and_oldest_first_over_every_match() {
    let newest = sorted("minister", zoek::SortOrder::Newest, 30);
    let dates: Vec<&str> = (newest.hits.iter())
        .filter_map(|h| h.passage.date.as_deref())
        .collect();
    assert_eq!(dates.len(), 30);
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    assert!(newest.total >= 100, "{}", newest.total);
    // The newest of all the passages holding a word comes first, whatever relevance puts
    // on its first page: for words whose best five hold nothing of that day, too.
    let mut not_on_the_first_page = 0;
    for word in ["regering", "vragen", "gemeenten", "Europese", "kabinet"] {
        let mut every = SearchRequest::new(word);
        every.limit = 2000;
        let newest_of_all = (index().search(&every).unwrap().hits.iter())
            .filter_map(|h| h.passage.date.clone())
            .max();
        let first = sorted(word, zoek::SortOrder::Newest, 1).hits[0]
            .passage
            .date
            .clone();
        assert_eq!(first, newest_of_all, "{word}");
        let mut page = SearchRequest::new(word);
        page.limit = 5;
        let best = (index().search(&page).unwrap().hits.iter())
            .filter_map(|h| h.passage.date.clone())
            .max();
        if best < first {
            not_on_the_first_page += 1;
        }
    }
    assert!(not_on_the_first_page >= 2, "{not_on_the_first_page}");

    let oldest = sorted("minister", zoek::SortOrder::Oldest, 30);
    let dates: Vec<&str> = (oldest.hits.iter())
        .filter_map(|h| h.passage.date.as_deref())
        .collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
    assert_eq!(oldest.total, newest.total);

    // Every word: each hit holds both, where relevance also counts passages with one; a
    // word in any of its forms, its name written otherwise among them (Boomsma's `Uganda
    // … terugkeerhub`).
    let both = sorted("terugkeerhub Oeganda", zoek::SortOrder::Newest, 50);
    assert!(!both.hits.is_empty());
    let mut uganda = 0;
    for h in &both.hits {
        let text = h.passage.text.to_lowercase();
        let country = text.contains("oeganda") || text.contains("uganda");
        assert!(country && text.contains("terugkeerhub"), "{}", h.passage.id);
        uganda += usize::from(!text.contains("oeganda"));
    }
    assert!(uganda >= 1);
    let any = sorted("terugkeerhub Oeganda", zoek::SortOrder::Relevance, 10);
    assert!(any.total > both.total, "{} {}", any.total, both.total);

    // The plenary item of 2017-2018 (no date) opens the oldest-first page of `steun`: its
    // year opened on 19 September 2017, before any dated passage holding the word.
    let steun = sorted("steun", zoek::SortOrder::Oldest, 60);
    let first = &steun.hits[0].passage;
    assert_eq!(first.vergaderjaar.as_deref(), Some("2017-2018"));
    assert_eq!(first.date, None);
    let later: Vec<&str> = (steun.hits.iter())
        .filter_map(|h| h.passage.date.as_deref())
        .collect();
    assert!(
        !later.is_empty() && later.iter().all(|d| *d >= "2017-09-19"),
        "{later:?}"
    );
}

/// Two versions of one meeting report, the uncorrected stenogram and the corrected one:
/// each turn is one hit showing the corrected text, the other version listed with it.
#[test]
fn the_corrected_report_is_shown_over_the_uncorrected() {
    let hits = search("compensatie vissers windparken schol", |_| {});
    let versions: Vec<&zoek::Hit> = (hits.iter())
        .filter(|h| h.passage.source.contains("commissiedebat-landbouw"))
        .collect();
    assert!(versions.len() >= 2, "{}", versions.len());
    shown_over(
        &versions,
        "-v2-gecorrigeerd.txt",
        "gecorrigeerd",
        "-v1-ongecorrigeerd.txt",
    );
}

/// Each hit is the passage of the version whose file name ends with `shown`, of that
/// `status`, with the version whose name ends with `under` listed under it.
fn shown_over(hits: &[&zoek::Hit], shown: &str, status: &str, under: &str) {
    for h in hits {
        assert!(h.passage.source.ends_with(shown), "{}", h.passage.id);
        assert_eq!(
            h.passage.status.as_deref(),
            Some(status),
            "{}",
            h.passage.id
        );
        assert!(
            h.also_in.iter().any(|a| a.source.ends_with(under)),
            "{}: {:?}",
            h.passage.id,
            h.also_in
        );
    }
}

/// A committee report of the older, summarised kind (`Vragen en opmerkingen uit de
/// commissie`, `De heer Mastwijk (CDA) vraagt …`): each member's words are a turn of
/// that member and fractie, each paragraph of the answer the state secretary's.
#[test]
fn a_summarised_committee_report_gives_each_member_a_turn() {
    let cda = search("meldcode", |f| f.fractie = Some("CDA".into()));
    let mastwijk = cda
        .iter()
        .find(|h| h.passage.source.ends_with("ao-kindermishandeling-2011.txt"))
        .expect("Mastwijk's turn");
    assert_eq!(mastwijk.passage.kind, PassageKind::Speech);
    assert_eq!(mastwijk.passage.speaker.as_deref(), Some("Mastwijk"));
    assert_eq!(mastwijk.passage.role, Some(zoek::Role::Member));
    assert!(
        mastwijk.passage.text.contains("sancties"),
        "{}",
        mastwijk.passage.text
    );
    assert!(!mastwijk.passage.text.contains("Kant"));

    let answer = search("meldcode verplicht beroepskrachten", |f| {
        f.minister = Some("Veldhuijzen van Zanten".into())
    });
    let answer = answer
        .iter()
        .find(|h| h.passage.source.ends_with("ao-kindermishandeling-2011.txt"))
        .expect("the answer");
    assert_eq!(answer.passage.role, Some(zoek::Role::Minister));
    assert!(
        answer
            .passage
            .text
            .starts_with("De staatssecretaris antwoordt")
    );
    assert_eq!(answer.passage.kamerstuk.as_deref(), Some("31015-74"));
}

/// A date range narrows, it does not reorder: the passages it keeps come in the order
/// the query gives them without it, whichever way they are in (by their date, or by a
/// vergaderjaar wholly inside the range).
#[test]
fn a_date_range_keeps_the_order_of_what_it_keeps() {
    for (query, from, to) in [
        ("EVRM", None, Some("2025-12-31")),
        ("steun voorzitter", Some("2017-01-01"), Some("2026-12-31")),
    ] {
        let run = |from: Option<&str>, to: Option<&str>| -> Vec<String> {
            let mut req = SearchRequest::new(query);
            req.limit = 500;
            req.config.feedback = false;
            req.config.related = false;
            req.config.dedupe = false;
            req.filters.from = from.map(str::to_string);
            req.filters.to = to.map(str::to_string);
            let hits = index().search(&req).unwrap().hits;
            hits.into_iter().map(|h| h.passage.id).collect()
        };
        let narrowed = run(from, to);
        assert!(narrowed.len() >= 5, "{query}: {}", narrowed.len());
        let kept: std::collections::HashSet<&String> = narrowed.iter().collect();
        let all: Vec<String> = run(None, None)
            .into_iter()
            .filter(|id| kept.contains(id))
            .collect();
        assert_eq!(narrowed, all, "{query}");
    }
}

/// A letter printed under two dossiers (`29 538` and `34 104` above `Nr. 331`) belongs to
/// both: found by either dossier and by its number in either.
#[test]
fn a_document_of_two_dossiers_is_found_in_both() {
    let letter = |hits: Vec<zoek::Hit>| {
        hits.into_iter().find(|h| {
            h.passage
                .source
                .ends_with("brief-29538-331-twee-dossiers.txt")
        })
    };
    for dossier in ["29538", "34104", "34 104", "34104-331", "29538-331"] {
        let hit = letter(search("eigen bijdrage", |f| {
            f.set("kamerstuk", dossier).unwrap();
        }))
        .unwrap_or_else(|| panic!("--kamerstuk {dossier}"));
        assert_eq!(hit.passage.kamerstuk.as_deref(), Some("29538-331"));
        assert_eq!(hit.passage.identifiers, ["34104-331"]);
    }
    let typed = search("Kamerstuk 34104, nr. 331 stapeling", |_| {});
    assert!(
        typed[0]
            .passage
            .source
            .ends_with("brief-29538-331-twee-dossiers.txt"),
        "{}",
        typed[0].passage.id
    );
    assert!(letter(search("eigen bijdrage", |f| f.kamerstuk = Some("34105".into()))).is_none());
}

/// Kamervragen asked by members of three parties, and a motion submitted by four, are each
/// party's: the `--fractie` filter finds them under any of them, `--speaker` under any
/// member, and a hit names every party.
#[test]
fn every_signer_of_kamervragen_or_a_motion_finds_them() {
    let file = "ah-tk-20232024-1999.pdf";
    for party in ["D66", "GroenLinks-PvdA", "GL-PvdA", "SP"] {
        let hits = search("hoofdlijnenakkoord", |f| {
            f.set("fractie", party).unwrap();
        });
        assert!(
            hits.iter().any(|h| h.passage.source.ends_with(file)),
            "--fractie {party}"
        );
    }
    let hits = search("hoofdlijnenakkoord", |f| {
        f.set("fractie", "PVV").unwrap();
    });
    assert!(hits.iter().all(|h| !h.passage.source.ends_with(file)));
    let q = &search("hoofdlijnenakkoord", |_| {})[0].passage;
    assert_eq!(q.fracties(), ["D66", "GroenLinks-PvdA", "SP"]);

    for member in ["Sneller", "Van Nispen", "Chakor"] {
        let hits = search("juridische analyse", |f| {
            f.set("speaker", member).unwrap();
        });
        assert!(
            hits.iter().any(|h| h.passage.source.ends_with(file)),
            "--speaker {member}"
        );
    }
    // A co-submitter whose party the record leaves out (`Van Kent`, of Beckerman's
    // motions); the words of two members do not make a name.
    let hits = search("", |f| {
        f.set("speaker", "Van Kent").unwrap();
    });
    assert!(!hits.is_empty() && hits.iter().all(|h| h.passage.kind == PassageKind::Motie));
    let none = search("", |f| {
        f.set("speaker", "Beckerman Kent").unwrap();
    });
    assert!(none.is_empty());

    // The motion on woningcorporaties of Ronnes (CDA), co-submitted by Koerhuis (VVD).
    let hits = search("woonlastenbenadering", |f| {
        f.set("fractie", "VVD").unwrap();
        f.set("kind", "motie").unwrap();
    });
    assert_eq!(hits[0].passage.kamerstuk.as_deref(), Some("32847-350"));
    assert_eq!(hits[0].passage.fractie.as_deref(), Some("CDA"));

    // A co-submitter who does not speak, but whom the debate names with his party: Kröger
    // speaks of `mijn collega Rik Grashoff namens GroenLinks`, who co-submits her motions.
    let hits = search("", |f| {
        f.set("speaker", "Grashoff").unwrap();
    });
    assert!(!hits.is_empty());
    for h in &hits {
        assert_eq!(h.passage.kind, PassageKind::Motie, "{}", h.passage.id);
        assert!(
            h.passage
                .members
                .contains(&"Grashoff (GroenLinks)".to_string()),
            "{}: {:?}",
            h.passage.id,
            h.passage.members
        );
    }
}

/// Kamervragen whose answers were given elsewhere: the minister's notice (`Mededeling`)
/// is kept and searchable, names the letter that answered them, and each question points
/// to it; the questions, not the notice, come first for their subject.
#[test]
fn a_notice_in_place_of_the_answers_says_where_they_are() {
    let file = "ah-tk-20232024-1999.pdf";
    let hits = search("beantwoord middels een brief ambtelijke analyses", |_| {});
    let notice = &hits[0].passage;
    assert!(notice.source.ends_with(file));
    assert!(notice.is_notice());
    assert_eq!(notice.references, ["36471-64"]);

    let hits = search("hoofdlijnenakkoord", |_| {});
    let ours: Vec<&zoek::Hit> = (hits.iter())
        .filter(|h| h.passage.source.ends_with(file))
        .collect();
    assert_eq!(ours.len(), 4);
    assert_eq!(ours[0].passage.kind, PassageKind::Question);
    let shown = ours[0]
        .referenced
        .as_ref()
        .expect("the notice under the question");
    assert_eq!(Some(&shown.id), notice_id(&hits).as_ref());
    assert!(shown.answer.as_deref().unwrap().contains("(36 471-64)"));
    // Below two of its questions, and still on the page.
    let at = |h: &&zoek::Hit| h.passage.is_notice();
    assert!(ours.iter().position(at).unwrap() >= 2);
}

fn notice_id(hits: &[zoek::Hit]) -> Option<String> {
    hits.iter()
        .find(|h| h.passage.is_notice())
        .map(|h| h.passage.id.clone())
}

/// `--open`: the questions nothing in the index answers. Of the collection's questions
/// without an answer in their own document, only those whose answer the minister said
/// comes late are open: not the Kamervragen answered in a later document, nor the
/// voorlopig verslag answered by its memorie van antwoord, nor those a notice says a
/// letter answered, nor a fractie joining another's questions.
#[test]
fn open_questions_are_those_nothing_answers() {
    let mut req = SearchRequest::new("");
    req.filters.open = true;
    req.limit = 100;
    let hits = index().search(&req).unwrap().hits;
    let ids: Vec<&str> = hits.iter().map(|h| h.passage.id.as_str()).collect();
    assert_eq!(
        ids,
        ["kv-mededeling-uitstel.txt#1", "kv-mededeling-uitstel.txt#2"]
    );
    // The notice of delay shows under them.
    let notice = hits[0].referenced.as_ref().unwrap();
    assert!(
        notice
            .answer
            .as_deref()
            .unwrap()
            .contains("kunnen niet binnen")
    );
    // Counted per party, each asker's.
    let counts = index().count(&req, zoek::Facet::Fractie).unwrap();
    assert_eq!(counts.passages, 2);
    let by: Vec<(&str, usize)> = (counts.counts.iter())
        .map(|c| (c.value.as_str(), c.passages))
        .collect();
    assert_eq!(by, [("D66", 2), ("SP", 2)]);
    // Typed in the query, with words.
    let typed = search("open:ja nareis", |_| {});
    assert_eq!(typed.len(), 2);
    assert!(search("open:ja hoofdlijnenakkoord", |_| {}).is_empty());
}

/// A count is over every passage holding each word, copies once: as many passages as a
/// date-ordered search over every match lists, each value of each facet as often as
/// those passages have it. The count reads the index's columns, the search the stored
/// passages: this is also the test that the columns hold what the passages say.
#[test]
fn a_count_agrees_with_the_passages_a_search_lists() {
    for query in [
        "terugkeerhub",
        "Oeganda",
        "solidariteitspool",
        "minister",
        "motie",
    ] {
        let mut req = SearchRequest::new(query);
        req.limit = 1000;
        req.sort = zoek::SortOrder::Newest;
        let hits = index().search(&req).unwrap().hits;
        for facet in zoek::Facet::ALL {
            let counts = index().count(&req, facet).unwrap();
            assert_eq!(counts.passages, hits.len(), "{query}");
            let copies: usize = hits.iter().map(|h| h.also_in.len()).sum();
            assert_eq!(counts.copies, copies, "{query}");
            let mut want: std::collections::BTreeMap<String, usize> = Default::default();
            let mut without = 0;
            for h in &hits {
                let values = facet.values(&h.passage);
                without += usize::from(values.is_empty());
                for v in values {
                    *want.entry(v).or_default() += 1;
                }
            }
            let got: std::collections::BTreeMap<String, usize> = (counts.counts.iter())
                .map(|c| (c.value.clone(), c.passages))
                .collect();
            assert_eq!(got, want, "{query} by {facet:?}");
            assert_eq!(counts.without, without, "{query} by {facet:?}");
            assert!(counts.copies > 0 || query != "terugkeerhub");
        }
    }
    // Without a query or filter, every passage; by kind of document.
    let all = index()
        .count(&SearchRequest::new(""), zoek::Facet::Type)
        .unwrap();
    let kamervragen = all
        .counts
        .iter()
        .find(|c| c.value == "kamervragen")
        .unwrap();
    assert!(kamervragen.passages >= 50, "{all:?}");
}

/// Kamervragen answered late: the answer's heading cites the Aanhangsel of the notice that
/// it would come late (`Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 712`).
/// Each question of the notice is linked to its answer, the grouped `Vraag 4, 5` included,
/// and none of them is open.
#[test]
fn questions_answered_late_are_linked_to_the_answer_citing_their_notice() {
    let by_id = |id: &str| index().passage_by_id(id, None).unwrap().unwrap();
    let answer = by_id("kv-vraag-antwoord.txt#1");
    assert_eq!(answer.references, ["ah-tk-20242025-712"]);
    for (question, answered_by) in [
        ("kv-uitstel-712.txt#1", "kv-vraag-antwoord.txt#1"),
        ("kv-uitstel-712.txt#4", "kv-vraag-antwoord.txt#4"),
        ("kv-uitstel-712.txt#5", "kv-vraag-antwoord.txt#4"),
        ("kv-uitstel-712.txt#6", "kv-vraag-antwoord.txt#5"),
    ] {
        let linked = index().link_across(&by_id(question)).unwrap().unwrap();
        assert_eq!(linked.id, answered_by, "{question}");
    }
    let back = index().link_across(&answer).unwrap().unwrap();
    assert_eq!(back.id, "kv-uitstel-712.txt#1");
    let open = index().open_questions().unwrap();
    assert!(open.iter().all(|p| !p.id.starts_with("kv-uitstel-712")));
}

/// FORMATS' first complaint of users: a compound written joined, hyphenated or apart
/// (`wiskundeonderwijs`, `wiskunde-onderwijs`, `wiskunde onderwijs`) must find the same
/// passages whichever way it is typed, and `"open source"` must match `open-source`.
#[test]
fn a_compound_is_found_however_it_is_written() {
    let mut docs: Vec<(&str, String)> = Vec::new();
    // Three written consultations, each in its own words (alike, they would fold as copies).
    let verslag = |fractie: &str, question: String, answer: String| {
        format!(
            "Verslag van een schriftelijk overleg\n\nVragen en opmerkingen van de leden van de \
             {fractie}-fractie\n\nDe leden van de {fractie}-fractie {question}\n\nAntwoord: \
             {answer}\n"
        )
    };
    for (file, fractie, wiskunde, open) in [
        ("hyphen.txt", "D66", "wiskunde-onderwijs", "open-source"),
        ("joined.txt", "VVD", "wiskundeonderwijs", "opensource"),
        ("apart.txt", "CDA", "wiskunde onderwijs", "open source"),
    ] {
        let (question, answer) = match fractie {
            "D66" => (
                format!("vragen naar het {wiskunde} op basisscholen en {open} software."),
                format!("Het kabinet investeert in {wiskunde} en stimuleert {open} leermiddelen."),
            ),
            "VVD" => (
                format!(
                    "willen weten hoe het {wiskunde} in het voortgezet onderwijs ervoor staat, en of {open} programmatuur bij de overheid de norm wordt."
                ),
                format!(
                    "Het {wiskunde} krijgt extra lesuren; {open} programmatuur is het uitgangspunt bij aanbestedingen."
                ),
            ),
            _ => (
                format!(
                    "maken zich zorgen over het {wiskunde} in het mbo en over {open} bij gemeenten."
                ),
                format!(
                    "Voor {wiskunde} in het mbo komt een plan van aanpak; {open} is bij gemeenten gangbaar."
                ),
            ),
        };
        docs.push((file, verslag(fractie, question, answer)));
    }
    let (_dir, index) = support::index_of(docs);
    let found = |query: &str| {
        let results = index.search(&SearchRequest::new(query)).unwrap();
        let mut files: Vec<(String, bool)> = (results.hits.iter())
            .map(|h| {
                let file = h.passage.source.rsplit('/').next().unwrap().to_string();
                (file, h.relaxed)
            })
            .collect();
        files.sort();
        files
    };
    let all = |relaxed: [bool; 3]| {
        vec![
            ("apart.txt".to_string(), relaxed[0]),
            ("hyphen.txt".to_string(), relaxed[1]),
            ("joined.txt".to_string(), relaxed[2]),
        ]
    };
    for query in [
        "wiskundeonderwijs",
        "wiskunde-onderwijs",
        "wiskunde onderwijs",
        "open-source",
        "opensource",
        "open source",
    ] {
        assert_eq!(found(query), all([false; 3]), "{query}");
    }
    // As a phrase: the hyphenated form is the phrase; the joined one holds its words
    // otherwise, and follows, marked as such.
    for query in ["\"open source\"", "\"wiskunde onderwijs\""] {
        assert_eq!(found(query), all([false, false, true]), "{query}");
    }
    // The form typed ranks first.
    let first = |query: &str| {
        let hits = index.search(&SearchRequest::new(query)).unwrap().hits;
        hits[0]
            .passage
            .source
            .rsplit('/')
            .next()
            .unwrap()
            .to_string()
    };
    assert_eq!(first("wiskundeonderwijs"), "joined.txt");
    assert_eq!(first("opensource"), "joined.txt");
    // A compound no passage holds finds the passages of its parts, in part, and the same
    // ones joined or hyphenated (the hyphenated form found nothing).
    let parts = found("taalonderwijs");
    assert_eq!(parts.len(), 3, "{parts:?}");
    assert_eq!(found("taal-onderwijs"), parts);
}

/// A passage of a PDF says on which page it starts, so a reader can open the PDF there:
/// also a question that starts mid-line, after the last sentence of the answer before it.
#[test]
fn a_pdf_passage_says_on_which_page_it_starts() {
    let pdf = split("corpus-sample/tk-32317-974-verslag-schriftelijk-overleg.pdf");
    let page_of = |start: &str| {
        (pdf.iter())
            .find(|p| p.text.starts_with(start))
            .unwrap_or_else(|| panic!("no passage starts with {start:?}"))
            .page
    };
    assert_eq!(
        page_of("De leden van de GroenLinks-PvdA-fractie hebben kennisgenomen"),
        Some(1)
    );
    assert_eq!(
        page_of("Voorts hebben de aan het woord zijnde leden"),
        Some(2)
    );
    // The top line of page 6 ends the answer before it and starts this question.
    assert_eq!(
        page_of("Hoe zal de minister borgen dat Nederland niet"),
        Some(6)
    );
    let pages: Vec<u32> = pdf.iter().map(|p| p.page.unwrap()).collect();
    assert!(pages.windows(2).all(|w| w[0] <= w[1]), "{pages:?}");
    assert_eq!(pages.last(), Some(&7));
    // The same report as text has no pages.
    let text = split("corpus-sample/tk-32317-974-verslag-schriftelijk-overleg.txt");
    assert!(text.iter().all(|p| p.page.is_none()));
    // Kamervragen: questions 3, 4 and 5, answered together, start on page 1; question
    // 6 on page 2.
    let kv = split("tests/fixtures/real/ah-tk-20232024-1314.pdf");
    let pages: Vec<Option<u32>> = kv.iter().map(|p| p.page).collect();
    assert_eq!(pages, [Some(1), Some(1), Some(1), Some(2)]);
}

/// An answer letter in Word says on which page each answer starts, by the page breaks
/// Word recorded when it last laid the letter out: the cover letter is page 1, the
/// answers start on page 2 after an explicit break, and a page breaks inside answer 4.
#[test]
fn a_word_passage_says_on_which_page_it_starts() {
    let pages = |file: &str| -> Vec<Option<u32>> {
        split(&format!("tests/fixtures/real/{file}"))
            .iter()
            .map(|p| p.page)
            .collect()
    };
    assert_eq!(
        pages("antwoord-kamervragen-2024-lahlah-chakor.docx"),
        [Some(2), Some(2), Some(2), Some(3), Some(4), Some(4)]
    );
    let wassenberg = pages("antwoord-kamervragen-2023Z14759-wassenberg.docx");
    assert_eq!(wassenberg.len(), 14);
    assert_eq!(
        (wassenberg[0], wassenberg[4], wassenberg[9], wassenberg[13]),
        (Some(2), Some(3), Some(4), Some(5))
    );
    assert!(
        wassenberg.windows(2).all(|w| w[0] <= w[1]),
        "{wassenberg:?}"
    );
    // A motion in Word that was never laid out on pages has none.
    assert!(pages("motie-kst-36278-32.docx").iter().all(Option::is_none));
}

/// Two members who each say `Steun voor het verzoek.` in the Regeling van werkzaamheden
/// say the same words, but are two passages of one document, not a passage and its copy:
/// both are hits, and both count.
#[test]
fn the_same_words_of_two_members_in_one_document_are_no_copies() {
    let mut req = SearchRequest::new("\"Steun voor het verzoek\"");
    req.limit = 50;
    let hits = index().search(&req).unwrap().hits;
    let speakers: Vec<&str> = (hits.iter())
        .filter(|h| h.passage.text == "Steun voor het verzoek.")
        .filter_map(|h| h.passage.speaker.as_deref())
        .collect();
    assert!(
        speakers.contains(&"Ellemeet") && speakers.contains(&"Dik-Faber"),
        "{speakers:?}"
    );
    for h in &hits {
        assert!(
            h.also_in.iter().all(|a| a.source != h.passage.source),
            "{} lists a passage of its own document as a copy",
            h.passage.id
        );
    }
    let counts = index().count(&req, zoek::Facet::Speaker).unwrap();
    let counted = |name: &str| counts.counts.iter().any(|c| c.value == name);
    assert!(counted("Ellemeet") && counted("Dik-Faber"), "{counts:?}");
}

/// The passages of one document, as `zoek split` gives them.
fn split(path: &str) -> Vec<zoek::Passage> {
    let doc = zoek::read::read_document(&root().join(path)).unwrap();
    zoek::split::split_document(&doc)
}

/// A committee debate as the Kamer's open data publishes it first (VLOS XML, the
/// `Verslag` resource) gives the passages of its printed transcript: the same turns with
/// the same speakers, fracties and roles, the same rounds, replies and toezeggingen, the
/// same date, chamber, vergaderjaar, title and minister. Interruptions in VLOS are nested
/// inside the turn they interrupt (28 of them in this report): each is its own speaker's
/// turn, in its place, and takes none of the interrupted member's words.
#[test]
fn a_vlos_report_gives_the_passages_of_its_printed_transcript() {
    let vlos_file = "tests/fixtures/vlos/commissiedebat-jbz-2026-03-03-vlos.xml";
    let xml = std::fs::read_to_string(root().join(vlos_file)).unwrap();
    assert!(xml.matches("<interrumpant>").count() >= 20);
    let printed = split("corpus-sample/tk-commissiedebat-jbz-2026-03-03.txt");
    let vlos = split(vlos_file);
    assert_eq!(vlos.len(), printed.len());
    assert_eq!(
        vlos.iter()
            .filter(|p| p.kind == PassageKind::Toezegging)
            .count(),
        7
    );
    let nr = |id: &Option<String>| {
        id.as_ref()
            .map(|id| id.rsplit('#').next().unwrap().to_string())
    };
    for (v, p) in vlos.iter().zip(&printed) {
        let what = format!("{} / {}", v.id, p.id);
        assert_eq!(v.kind, p.kind, "{what}");
        assert_eq!(v.speaker, p.speaker, "{what}");
        assert_eq!(v.fractie, p.fractie, "{what}");
        assert_eq!(v.role, p.role, "{what}");
        assert_eq!(v.text, p.text, "{what}");
        assert_eq!(v.termijn, p.termijn, "{what}");
        assert_eq!(nr(&v.reply_to), nr(&p.reply_to), "{what}");
        assert_eq!(v.date.as_deref(), Some("2026-03-03"), "{what}");
        assert_eq!(v.chamber.as_deref(), Some("Tweede Kamer"), "{what}");
        assert_eq!(v.vergaderjaar.as_deref(), Some("2025-2026"), "{what}");
        assert_eq!(v.title, p.title, "{what}");
        assert_eq!(v.minister, p.minister, "{what}");
        assert_eq!(v.status.as_deref(), Some("ongecorrigeerd"), "{what}");
    }
    // The chair who also spoke for his fractie: Boomsma chairs, and speaks as JA21 while
    // Ellian chairs (three turns); chairing, he asks the minister four questions for JA21.
    let boomsma_for_ja21 = |role: Role| {
        (vlos.iter())
            .filter(|p| p.speaker.as_deref() == Some("Boomsma") && p.role == Some(role))
            .filter(|p| p.fractie.as_deref() == Some("JA21"))
            .count()
    };
    assert_eq!(boomsma_for_ja21(Role::Member), 3);
    assert_eq!(boomsma_for_ja21(Role::Chair), 4);
}

/// The Kamer publishes a long meeting's report while it goes on (`Tussenpublicatie`): an
/// interim report may hold only the chair's opening and a first member's turn. Its turns
/// are speeches all the same, not a section of text.
#[test]
fn an_interim_vlos_report_of_two_turns_gives_speeches() {
    let turn = |who: &str, text: &str| {
        format!(
            "<activiteithoofd><activiteititem soort=\"Woordvoerder\"><activiteitdeel soort=\"Spreekbeurt\">\
             <woordvoerder>{who}<tekst><alinea><alineaitem>{text}</alineaitem></alinea></tekst></woordvoerder>\
             </activiteitdeel></activiteititem></activiteithoofd>"
        )
    };
    let chair = turn(
        "<spreker soort=\"Tweede Kamerlid\"><aanhef>De heer</aanhef><verslagnaam>Boomsma</verslagnaam>\
         <fractie afkorting=\"JA21\">JA21</fractie></spreker><isvoorzitter>true</isvoorzitter>",
        "Goedemorgen. Ik open dit commissiedebat over de JBZ-Raad. Het woord is aan mevrouw Kröger.",
    );
    let member = turn(
        "<spreker soort=\"Tweede Kamerlid\"><aanhef>Mevrouw</aanhef><verslagnaam>Kröger</verslagnaam>\
         <fractie afkorting=\"GroenLinks-PvdA\">GroenLinks-PvdA</fractie></spreker>",
        "Dank u wel, voorzitter. Ik wil beginnen met de terugkeerhubs en de kinderen die daar terecht kunnen komen.",
    );
    let xml = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\
         <vlosCoreDocument xmlns=\"http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0\" soort=\"Tussenpublicatie\" status=\"Ongecorrigeerd\">\
         <vergadering soort=\"Commissie\" kamer=\"Tweede Kamer\"><titel>JBZ-Raad</titel><vergaderjaar>2025-2026</vergaderjaar>\
         <datum>2026-03-03T00:00:00</datum><activiteit soort=\"Commissiedebat\"><onderwerp>JBZ-Raad</onderwerp>{chair}{member}</activiteit>\
         </vergadering></vlosCoreDocument>"
    );
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("tussenpublicatie.xml");
    std::fs::write(&path, xml).unwrap();
    let passages = zoek::split::split_document(&zoek::read::read_document(&path).unwrap());
    let turns: Vec<(PassageKind, Option<&str>, Option<&str>)> = (passages.iter())
        .map(|p| (p.kind, p.speaker.as_deref(), p.fractie.as_deref()))
        .collect();
    assert_eq!(
        turns,
        [
            (PassageKind::Speech, Some("Boomsma"), None),
            (PassageKind::Speech, Some("Kröger"), Some("GroenLinks-PvdA")),
        ]
    );
    assert_eq!(passages[1].status.as_deref(), Some("ongecorrigeerd"));
    assert_eq!(passages[1].date.as_deref(), Some("2026-03-03"));
}

/// The VLOS report and the printed transcript of one meeting are one hit, the other
/// listed under it; of an uncorrected report and a concept, the report is shown.
#[test]
fn a_vlos_report_and_the_printed_transcript_of_a_meeting_are_one_hit() {
    let hits = search("gigantisch fiasco Knaus", |_| {});
    let debate: Vec<&zoek::Hit> = hits
        .iter()
        .filter(|h| h.passage.source.contains("commissiedebat-jbz-2026-03-03"))
        .collect();
    assert!(!debate.is_empty());
    // The uncorrected report is shown over the concept.
    shown_over(
        &debate,
        "-vlos.xml",
        "ongecorrigeerd",
        "tk-commissiedebat-jbz-2026-03-03.txt",
    );
    let speaker = search("gigantisch fiasco", |f| f.speaker = Some("Boomsma".into()));
    assert!(
        speaker
            .iter()
            .any(|h| h.passage.source.ends_with("-vlos.xml")),
        "the speaker filter finds the report's turns"
    );
}

/// The Kamer publishes a meeting's report several times: uncorrected the same day
/// (`Tussenpublicatie`, `Ongecorrigeerd`), corrected weeks later (`Eindpublicatie`,
/// `Gecorrigeerd`). Both indexed, each turn is one hit: the corrected report's, the
/// uncorrected one listed under it.
#[test]
fn the_corrected_vlos_report_is_shown_over_the_uncorrected() {
    let xml = std::fs::read_to_string(
        root().join("tests/fixtures/vlos/commissiedebat-jbz-2026-03-03-vlos.xml"),
    )
    .unwrap();
    let corrected = xml
        .replacen(
            r#"soort="Tussenpublicatie""#,
            r#"soort="Eindpublicatie""#,
            1,
        )
        .replacen(r#"status="Ongecorrigeerd""#, r#"status="Gecorrigeerd""#, 1)
        // A correction in one turn.
        .replacen("gigantisch fiasco", "gigantische mislukking", 1);
    assert_ne!(corrected, xml);
    let (_dir, index) = support::index_of([
        ("verslag-ongecorrigeerd.xml", &xml),
        ("verslag-gecorrigeerd.xml", &corrected),
    ]);

    let mut req = SearchRequest::new("terugkeerhubs Oeganda");
    req.limit = 20;
    let hits = index.search(&req).unwrap().hits;
    assert!(hits.len() >= 3);
    shown_over(
        &hits.iter().collect::<Vec<_>>(),
        "verslag-gecorrigeerd.xml",
        "gecorrigeerd",
        "verslag-ongecorrigeerd.xml",
    );
}

/// An index of letters in the forms of FORMATS.md's Kamerstuk numbers: a sub-dossier
/// (`21 501-31`, with its metadata record naming it `kst-21501-31-207`), a budget chapter
/// after a hyphen (`34 000-XV`) and after a space (`36 600 VI`), and a letter citing a
/// Handelingen item near its top.
fn kamerstuk_forms_index() -> &'static ZoekIndex {
    static INDEX: OnceLock<(tempfile::TempDir, ZoekIndex)> = OnceLock::new();
    &INDEX
        .get_or_init(|| {
            support::index_of([
            (
                "kst-21501-31-207.metadata.xml",
                r#"<?xml version="1.0" encoding="utf-8"?>
<metadata_gegevens>
<metadata name="DC.type" scheme="OVERHEIDop.Parlementair" content="Kamerstuk"/>
<metadata name="OVERHEIDop.dossiernummer" scheme="" content="21501-31"/>
<metadata name="OVERHEIDop.behandeldDossier" scheme="" content="35925-VII;31"/>
<metadata name="OVERHEIDop.ondernummer" scheme="" content="207"/>
<metadata name="OVERHEIDop.vergaderjaar" scheme="" content="2020-2021"/>
<metadata name="DCTERMS.issued" scheme="DCTERMS.W3CDTF" content="2021-03-04"/>
<metadata name="DC.creator" scheme="OVERHEID.StatenGeneraal" content="Tweede Kamer der Staten-Generaal"/>
<metadata name="DC.identifier" scheme="OVERHEIDop.ParlID" content="kst-21501-31-207"/>
</metadata_gegevens>
"#,
            ),
            (
                "kst-21501-31-207.txt",
                "Raad Werkgelegenheid en Sociaal Beleid\n\nDen Haag, 3 maart 2021\n\n\
                 Hierbij zend ik u het verslag van de EU-Raad over de pensioenrichtlijn en de \
                 platformwerkers.\n",
            ),
            (
                "begroting-szw.txt",
                "Eerste Kamer der Staten-Generaal\n\nVergaderjaar 2024–2025\n\n\
                 34 000-XV Vaststelling van de begrotingsstaten van het Ministerie van Sociale \
                 Zaken en Werkgelegenheid\n\nNr. 5 BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN \
                 WERKGELEGENHEID\n\nAan de Voorzitter van de Eerste Kamer der Staten-Generaal\n\n\
                 Den Haag, 12 november 2024\n\nHierbij informeer ik u over de voortgang van de \
                 kinderopvangtoeslag.\n\nDe Minister van Sociale Zaken en Werkgelegenheid,\n\nE. van Hijum\n",
            ),
            (
                "begroting-jenv.txt",
                "Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2024–2025\n\n\
                 36 600 VI Vaststelling van de begrotingsstaten van het Ministerie van Justitie \
                 en Veiligheid (VI) voor het jaar 2025\n\nNr. 12 BRIEF VAN DE MINISTER VAN \
                 JUSTITIE EN VEILIGHEID\n\nAan de Voorzitter van de Tweede Kamer der \
                 Staten-Generaal\n\nDen Haag, 14 november 2024\n\nHierbij informeer ik u over de \
                 kinderopvangtoeslag van gedetineerden.\n",
            ),
            (
                "brief-nareis.txt",
                "Ministerie van Asiel en Migratie\n\nUw kenmerk 2025D04328\n\n\
                 Betreft Beantwoording verzoek over de nareis\n\nDen Haag, 3 maart 2025\n\n\
                 Hierbij reageer ik op het verzoek over de wachttijden voor de nareis.\n\n\
                 Zie ook de Handelingen h-tk-20192020-27-5\n",
            ),
            (
                "handelingen-27-5.txt",
                "Tweede Kamer der Staten-Generaal\n\nh-tk-20192020-27-5\n\n\
                 Vergaderjaar 2019–2020\n\nWindparken op zee\n\nDe voorzitter: Aan de orde is het \
                 debat over de windparken op de Noordzee.\n",
            ),
            ])
        })
        .1
}

/// The files of the hits of a search (not those related to them), best first, once each.
fn files_found(index: &ZoekIndex, query: &str, set: impl Fn(&mut Filters)) -> Vec<String> {
    let mut req = SearchRequest::new(query);
    set(&mut req.filters);
    req.limit = 20;
    let mut files: Vec<String> = Vec::new();
    for h in index
        .search(&req)
        .unwrap()
        .hits
        .iter()
        .filter(|h| !h.related)
    {
        let file = h.passage.source.rsplit('/').next().unwrap_or_default();
        if !files.iter().any(|f| f == file) {
            files.push(file.to_string());
        }
    }
    files
}

/// A Kamerstuk of a sub-dossier or a budget chapter is found by its official identifier
/// typed, alone or with a word (`kst-21501-31-207`: dossier `21501-31`, nr. `207`).
#[test]
fn a_kamerstuk_of_a_sub_dossier_or_chapter_is_found_by_its_identifier() {
    for (query, file) in [
        ("kst-21501-02-3121", "motie-kst-21501-02-3121.pdf"),
        ("kst-21501-02-3121 Gaza", "motie-kst-21501-02-3121.pdf"),
    ] {
        assert_eq!(files_found(index(), query, |_| {}), [file], "{query}");
    }
    let index = kamerstuk_forms_index();
    for (query, file) in [
        ("kst-21501-31-207", "kst-21501-31-207.txt"),
        ("kst-21501-31-207 pensioenrichtlijn", "kst-21501-31-207.txt"),
        ("21501-31-207", "kst-21501-31-207.txt"),
        ("kst-34000-XV-5", "begroting-szw.txt"),
        ("kst-34000-XV-5 kinderopvangtoeslag", "begroting-szw.txt"),
        ("kst-36600-VI-12", "begroting-jenv.txt"),
        (
            "Kamerstuk 36 600 VI, nr. 12 kinderopvangtoeslag",
            "begroting-jenv.txt",
        ),
    ] {
        assert_eq!(files_found(index, query, |_| {}), [file], "{query}");
    }
}

/// The Kamerstuk filter takes a number as it is printed: a budget's chapter after a space
/// or a hyphen, the dossier's digits apart, with `nr.`.
#[test]
fn the_kamerstuk_filter_takes_the_printed_forms() {
    let index = kamerstuk_forms_index();
    for (kamerstuk, file) in [
        ("34000 XV", "begroting-szw.txt"),
        ("34 000 XV", "begroting-szw.txt"),
        ("34000-XV", "begroting-szw.txt"),
        ("34 000-XV, nr. 5", "begroting-szw.txt"),
        ("36 600 VI", "begroting-jenv.txt"),
        ("36600-VI", "begroting-jenv.txt"),
        ("36 600 VI, nr. 12", "begroting-jenv.txt"),
        ("21 501-31", "kst-21501-31-207.txt"),
        ("kst-21501-31-207", "kst-21501-31-207.txt"),
    ] {
        let found = files_found(index, "kinderopvangtoeslag pensioenrichtlijn", |f| {
            f.set("kamerstuk", kamerstuk).unwrap();
        });
        assert_eq!(found, [file], "--kamerstuk {kamerstuk}");
    }
    let found = files_found(index, r#"kinderopvangtoeslag kamerstuk:"34000 XV""#, |_| {});
    assert_eq!(found, ["begroting-szw.txt"]);
}

/// A letter citing a Handelingen item near its top is a letter of its own year, not the
/// item: the type and vergaderjaar filters find it as what it is.
#[test]
fn a_letter_citing_a_handelingen_item_is_not_that_item() {
    let index = kamerstuk_forms_index();
    let nareis = |set: &dyn Fn(&mut Filters)| files_found(index, "nareis wachttijden", set);
    assert_eq!(nareis(&|_| {}), ["brief-nareis.txt"]);
    assert_eq!(
        nareis(&|f| {
            f.set("vergaderjaar", "2024-2025").unwrap();
        }),
        ["brief-nareis.txt"]
    );
    assert!(
        nareis(&|f| {
            f.set("vergaderjaar", "2019-2020").unwrap();
        })
        .is_empty()
    );
    assert!(
        nareis(&|f| {
            f.set("type", "handelingen").unwrap();
        })
        .is_empty()
    );
    // The item's identifier typed finds the item first, then the letter citing it, where
    // it lights up.
    assert_eq!(
        files_found(index, "h-tk-20192020-27-5", |_| {}),
        ["handelingen-27-5.txt", "brief-nareis.txt"]
    );
    let hits = index
        .search(&SearchRequest::new("h-tk-20192020-27-5"))
        .unwrap()
        .hits;
    let letter = (hits.iter())
        .find(|h| h.passage.source.ends_with("brief-nareis.txt"))
        .unwrap();
    let shown = letter.snippet.marked("[", "]");
    assert!(shown.contains("[h]-[tk]-[20192020]-[27]-[5]"), "{shown}");
    assert!(files_found(index, "h-tk-20192020-27-6", |_| {}).is_empty());
}

/// A letter the ministers of two departments sign together (`BRIEF VAN DE MINISTERS …`,
/// FORMATS.md) answers for both: either name finds it, and a count by minister counts it
/// for each.
#[test]
fn a_letter_two_ministers_sign_is_found_by_either() {
    let (_dir, index) = support::index_of([(
        "brief-529.txt",
        "Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2017–2018\n\n29 689 Herziening \
         Zorgstelsel\n\nNr. 529 BRIEF VAN DE MINISTERS VOOR MEDISCHE ZORG EN VAN \
         VOLKSGEZONDHEID, WELZIJN EN SPORT\n\nAan de Voorzitter van de Tweede Kamer der \
         Staten-Generaal\n\nDen Haag, 25 juni 2018\n\nHierbij informeren wij u over de \
         voortgang van de zorgverzekeringswet en het eigen risico.\n\nDe Minister voor \
         Medische Zorg,\nB.J. Bruins\n\nDe Minister van Volksgezondheid, Welzijn en Sport,\n\
         H.M. de Jonge\n",
    )]);
    for minister in ["De Jonge", "Bruins", "Volksgezondheid"] {
        let found = files_found(&index, "eigen risico", |f| {
            f.minister = Some(minister.into())
        });
        assert_eq!(found, ["brief-529.txt"], "--minister {minister}");
    }
    let counts = index
        .count(&SearchRequest::new("eigen risico"), zoek::Facet::Minister)
        .unwrap();
    let mut names: Vec<&str> = (counts.counts.iter()).map(|c| c.value.as_str()).collect();
    names.sort();
    assert_eq!(names, ["Bruins", "De Jonge"]);
}
