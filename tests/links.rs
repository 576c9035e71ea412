//! Links between passages: answers that refer to other answers, interruptions and the
//! minister's replies, footnotes and cited Kamerstukken, checked against the documents.

use std::path::Path;
use zoek::{Passage, PassageKind, Role};

fn split(rel: &str) -> Vec<Passage> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    zoek::split::split_document(&zoek::read::read_document(&path).unwrap())
}

fn by_id<'a>(ps: &'a [Passage], id: &str) -> &'a Passage {
    ps.iter()
        .find(|p| p.id == id)
        .unwrap_or_else(|| panic!("no passage {id}"))
}

#[test]
fn answers_that_point_to_other_answers() {
    let ps = split("corpus-sample/tk-32317-974-verslag-schriftelijk-overleg.txt");
    let f = "tk-32317-974-verslag-schriftelijk-overleg.txt";
    // (referring passage, referenced passage), read from the document (#1 is the
    // report's opening, which lists the letters discussed):
    // #11 "Zie antwoord op de vorige vraag."
    // #12 "Zie antwoord op de eerste vraag van de leden van de NSC-fractie over het
    //      solidariteitsmechanisme" → the first NSC question under that heading (#8).
    // #17, #19 → the question on the Commission's draft decision / ontwerp-raadsdocumenten (#15).
    // #21 "vergelijkbare vraag van de leden van de GroenLinks-PvdA-fractie" on the Danish
    //      initiative on human rights → GroenLinks-PvdA's question on that initiative (#3).
    for (from, to) in [(11, 10), (12, 8), (17, 15), (19, 15), (21, 3)] {
        let p = by_id(&ps, &format!("{f}#{from}"));
        assert_eq!(
            p.refers_to.as_deref(),
            Some(format!("{f}#{to}").as_str()),
            "{}",
            p.answer.as_deref().unwrap_or("")
        );
    }
    // Answers with substance refer to nothing.
    assert_eq!(by_id(&ps, &format!("{f}#4")).refers_to, None);
}

#[test]
fn interruptions_link_to_the_ministers_reply() {
    let ps = split("corpus-sample/tk-commissiedebat-jbz-2026-03-03.txt");
    let replies: Vec<&Passage> = ps.iter().filter(|p| p.reply_to.is_some()).collect();
    assert!(replies.len() >= 20, "{} replies", replies.len());
    for reply in replies {
        assert_eq!(reply.role, Some(Role::Minister), "{}", reply.id);
        let asked = by_id(&ps, reply.reply_to.as_deref().unwrap());
        assert!(
            matches!(asked.role, Some(Role::Member) | Some(Role::Chair)),
            "{}",
            asked.id
        );
        assert_eq!(asked.answered_by.as_deref(), Some(reply.id.as_str()));
    }
    // The first round of speeches, before the minister spoke, holds no interruptions.
    let first_minister = ps
        .iter()
        .position(|p| p.role == Some(Role::Minister))
        .unwrap();
    assert!(ps[..first_minister].iter().all(|p| p.answered_by.is_none()));
    // A chair's short aside that hands the floor back (`… Minister,`) does not stand
    // between Van der Plas's interruption and the minister's reply to it.
    let reply = ps
        .iter()
        .find(|p| p.text.starts_with("Deze aanvulling had ik zelf niet"))
        .unwrap();
    let asked = by_id(&ps, reply.reply_to.as_deref().unwrap());
    assert_eq!(
        (asked.role, asked.speaker.as_deref()),
        (Some(Role::Member), Some("Van der Plas"))
    );
}

#[test]
fn toezeggingen_are_their_own_passages() {
    let ps = split("corpus-sample/tk-commissiedebat-jbz-2026-03-03.txt");
    let t: Vec<&Passage> = ps
        .iter()
        .filter(|p| p.kind == PassageKind::Toezegging)
        .collect();
    assert_eq!(t.len(), 7);
    assert!(
        t[0].text
            .starts_with("De minister heeft toegezegd het rapport van de Europese Commissie")
    );
    assert!(t[5].text.contains("internationale asieltop"));
    assert!(t.iter().all(|p| p.minister.as_deref() == Some("Van den Brink, minister van Asiel en Migratie")));
}

#[test]
fn footnotes_become_notes_not_text() {
    let ps = split("corpus-sample/tk-32317-974-verslag-schriftelijk-overleg.txt");
    let p = ps
        .iter()
        .find(|p| {
            p.text
                .contains("innovatieve vormen van migratiesamenwerking")
        })
        .unwrap();
    assert!(
        p.text.contains("migratiesamenwerking."),
        "the reference digit is gone"
    );
    assert_eq!(
        p.notes,
        vec!["1 Tweede Kamer, vergaderjaar 2024-2025, 32 317, nr. 967"]
    );
    assert_eq!(p.references, vec!["32317-967"]);
    // The Telegraaf footnote sits between two pages inside an answer; the answer reads on.
    let p = ps
        .iter()
        .find(|p| p.text.contains("specifieke problemen"))
        .unwrap();
    assert!(p.notes[0].starts_with("2 Telegraaf, 4 oktober 2025"));
    assert!(!p.text.contains("telegraaf.nl"));
    // Nothing anywhere keeps page furniture or glued footnote digits.
    for p in &ps {
        assert!(!p.text.contains("Tweede Kamer, vergaderjaar"), "{}", p.id);
        assert!(!p.text.contains("terugkeersamenwerking4"), "{}", p.id);
    }
}

#[test]
fn cited_kamerstukken_are_references_not_the_documents_own_number() {
    let ps = split("corpus-sample/tk-32317-974-verslag-schriftelijk-overleg.txt");
    assert!(
        ps.iter()
            .all(|p| p.kamerstuk.as_deref() == Some("32317-974"))
    );
    assert!(
        ps.iter()
            .all(|p| !p.references.contains(&"32317-974".to_string()))
    );
    let p = ps
        .iter()
        .find(|p| p.text.contains("In lijn met de motie Rajkowski"))
        .unwrap();
    assert_eq!(p.references, vec!["22112-4131"]);
}

#[test]
fn ids_are_stable_across_runs() {
    let a = split("corpus-sample/tk-32317-beantwoording-jbz-2025-01.md");
    let b = split("corpus-sample/tk-32317-beantwoording-jbz-2025-01.md");
    assert_eq!(
        a.iter().map(|p| &p.id).collect::<Vec<_>>(),
        b.iter().map(|p| &p.id).collect::<Vec<_>>()
    );
    assert_eq!(a[0].id, "tk-32317-beantwoording-jbz-2025-01.md#1");
}

/// Index some fixture files together into a temporary index.
fn index_of(files: &[&str]) -> (tempfile::TempDir, zoek::ZoekIndex) {
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    for f in files {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join(f);
        std::fs::copy(&src, docs.join(src.file_name().unwrap())).unwrap();
    }
    let mut index = zoek::ZoekIndex::create(&dir.path().join("index")).unwrap();
    index
        .index_folder(&docs, &Default::default(), &zoek::index::NoProgress)
        .unwrap();
    (dir, index)
}

#[test]
fn voorlopig_verslag_questions_link_to_the_memorie_van_antwoord() {
    let (_dir, index) = index_of(&[
        "tests/fixtures/ek/voorlopig-verslag.txt",
        "tests/fixtures/ek/memorie-van-antwoord.txt",
    ]);
    let expected: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/expected/plenair/voorlopig-verslag.json"),
        )
        .unwrap(),
    )
    .unwrap();
    let questions = split("tests/fixtures/ek/voorlopig-verslag.txt");
    let mut checked = 0;
    for (q, want) in questions
        .iter()
        .zip(expected["passages"].as_array().unwrap())
    {
        let stored = index.passage_by_id(&q.id, None).unwrap().unwrap();
        let linked = index.link_across(&stored).unwrap();
        match want["fields"]["answered_in"].as_u64() {
            Some(n) => {
                let l = linked.unwrap_or_else(|| panic!("{} has no answer", q.id));
                assert_eq!(l.id, format!("memorie-van-antwoord.txt#{n}"), "{}", q.text);
                assert_eq!(l.relation, "answered_by");
                checked += 1;
            }
            None => assert!(linked.is_none(), "{} should have no answer", q.id),
        }
    }
    assert_eq!(checked, 11);
    // And the other way: an answer shows its question (#1 of each is its opening).
    let answer = index
        .passage_by_id("memorie-van-antwoord.txt#2", None)
        .unwrap()
        .unwrap();
    let l = index.link_across(&answer).unwrap().unwrap();
    assert_eq!(
        (l.relation, l.id.as_str()),
        ("answers", "voorlopig-verslag.txt#2")
    );
}

/// A member asks many questions over the years: each finds its own answer among sixty
/// answered Kamervragen of the same member, and an answer its own question; the
/// questions no letter answers stay open.
#[test]
fn a_prolific_members_questions_find_their_own_answers() {
    let subjects = [
        "opvang",
        "nareis",
        "terugkeer",
        "grensbewaking",
        "detentie",
        "leges",
        "inburgering",
        "huisvesting",
        "statushouders",
        "gezinshereniging",
        "Dublinoverdrachten",
        "Eurodac",
    ];
    let places = [
        "Ter Apel",
        "Budel",
        "Zoutkamp",
        "Goes",
        "Assen",
        "Zwolle",
        "Venlo",
        "Emmen",
        "Heerlen",
        "Almere",
        "Delfzijl",
        "Arnhem",
        "Breda",
        "Leeuwarden",
        "Gouda",
    ];
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    std::fs::create_dir(&docs).unwrap();
    let bodies = [
        "de gemeente",
        "het COA",
        "de IND",
        "de politie",
        "de provincie",
        "het Rijk",
        "de veiligheidsregio",
    ];
    // The questions no letter answers (60 and on) ask something else of the same subjects.
    let question = |i: usize| {
        let (subject, place, body) = (
            subjects[i % subjects.len()],
            places[i % places.len()],
            bodies[i % bodies.len()],
        );
        match i % 100 < 60 {
            true => format!(
                "Hoeveel {subject} in {place} zijn er in week {} bijgekomen, en wat kost dat {body}?",
                i + 1
            ),
            false => format!(
                "Waarom heeft {body} in {place} het plan voor {subject} uitgesteld tot na de zomer?"
            ),
        }
    };
    let head = "Tweede Kamer der Staten-Generaal\n\n";
    for i in 0..70 {
        let opening = format!(
            "Vragen van het lid Bikker (ChristenUnie) aan de minister van Asiel en Migratie over \
             onderwerp {i} (ingezonden 4 juni 2024).\n\n"
        );
        std::fs::write(
            docs.join(format!("vragen-{i:02}.txt")),
            format!(
                "{head}Schriftelijke vragen\n\n{opening}1\n{}\n\n2\n{}\n",
                question(i),
                question(i + 100)
            ),
        )
        .unwrap();
        if i < 60 {
            let answer = format!(
                "{head}Antwoord schriftelijke vragen\n\nAntwoord van minister Faber (Asiel en \
                 Migratie) (ontvangen 2 juli 2024) op vragen van het lid Bikker (ChristenUnie) \
                 over onderwerp {i}.\n\nVraag 1\n{}\n\nAntwoord 1\nHet antwoord op vraag {i}.\n\n\
                 Vraag 2\n{}\n\nAntwoord 2\nHet antwoord op de tweede vraag.\n",
                question(i),
                question(i + 100)
            );
            std::fs::write(docs.join(format!("antwoord-{i:02}.txt")), answer).unwrap();
        }
    }
    let mut index = zoek::ZoekIndex::create(&dir.path().join("index")).unwrap();
    index
        .index_folder(&docs, &Default::default(), &zoek::index::NoProgress)
        .unwrap();
    for i in [0, 17, 59] {
        let q = index
            .passage_by_id(&format!("vragen-{i:02}.txt#1"), None)
            .unwrap()
            .unwrap();
        let l = index.link_across(&q).unwrap().expect("answered");
        assert_eq!(l.id, format!("antwoord-{i:02}.txt#1"));
        let a = index
            .passage_by_id(&format!("antwoord-{i:02}.txt#1"), None)
            .unwrap()
            .unwrap();
        assert_eq!(
            index.link_across(&a).unwrap().unwrap().id,
            format!("vragen-{i:02}.txt#1")
        );
    }
    let open: Vec<String> = index
        .open_questions()
        .unwrap()
        .into_iter()
        .map(|p| p.id)
        .collect();
    let want: Vec<String> = (60..70)
        .flat_map(|i| [format!("vragen-{i}.txt#1"), format!("vragen-{i}.txt#2")])
        .collect();
    assert_eq!(open, want);
}
