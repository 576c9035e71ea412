//! Every document in corpus-sample splits into the passages a reader counts by hand.
//!
//! The expectations in `tests/expected/*.json` were written by reading the documents
//! (not from zoek's output): per document the metadata, the counts by kind, fractie and
//! speaker, and for every passage its fields and the first and last words of its
//! question and answer.

use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use zoek::Passage;

fn norm(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn split(file: &Path) -> Vec<Passage> {
    let doc = zoek::read::read_document(file).unwrap_or_else(|e| panic!("{e}"));
    zoek::split::split_document(&doc)
}

fn counts(passages: &[Passage], key: impl Fn(&Passage) -> Option<String>) -> BTreeMap<String, u64> {
    let mut m = BTreeMap::new();
    for p in passages {
        if let Some(k) = key(p) {
            *m.entry(k).or_insert(0) += 1;
        }
    }
    m
}

fn expected_counts(v: &Value) -> BTreeMap<String, u64> {
    v.as_object()
        .map(|o| {
            o.iter()
                .map(|(k, v)| (k.clone(), v.as_u64().unwrap()))
                .collect()
        })
        .unwrap_or_default()
}

/// Compare a document's split with its expectation file; returns every difference.
fn check(document: &Path, expected_file: &Path) -> Vec<String> {
    let exp: Value =
        serde_json::from_str(&std::fs::read_to_string(expected_file).unwrap()).unwrap();
    let passages = split(document);
    let mut errors = Vec::new();
    let name = document.file_name().unwrap().to_string_lossy().to_string();

    let doc = &exp["doc"];
    for field in ["date", "vergaderjaar", "chamber", "kamerstuk", "minister"] {
        // Every expectation names its vergaderjaar; one without the key predates it.
        if doc.get(field).is_none() {
            errors.push(format!("{name}: the expectation lacks {field:?}"));
            continue;
        }
        let want = doc[field].as_str().map(str::to_string);
        for p in &passages {
            // A motion's Kamerstuk is its own number, checked per passage below.
            if field == "kamerstuk" && p.kind == zoek::PassageKind::Motie {
                continue;
            }
            let got = match field {
                "date" => p.date.clone(),
                "vergaderjaar" => p.vergaderjaar.clone(),
                "chamber" => p.chamber.clone(),
                "kamerstuk" => p.kamerstuk.clone(),
                _ => p.minister.clone(),
            };
            if got != want {
                errors.push(format!("{name} {}: {field} = {got:?}, want {want:?}", p.id));
                break;
            }
        }
    }

    match doc.get("identifiers").and_then(Value::as_array) {
        Some(want) => {
            let want: Vec<&str> = want.iter().filter_map(Value::as_str).collect();
            if let Some(p) = passages.iter().find(|p| p.identifiers != want) {
                errors.push(format!(
                    "{name} {}: identifiers = {:?}, want {want:?}",
                    p.id, p.identifiers
                ));
            }
        }
        None => errors.push(format!("{name}: the expectation lacks \"identifiers\"")),
    }

    if let Some(want) = doc["title"].as_str()
        && let Some(p) = passages.iter().find(|p| p.title.as_deref() != Some(want))
    {
        errors.push(format!(
            "{name} {}: title = {:?}, want {want:?}",
            p.id, p.title
        ));
    }

    let by_kind = counts(&passages, |p| Some(p.kind.to_string()));
    if by_kind != expected_counts(&exp["count_by_kind"]) {
        errors.push(format!(
            "{name}: count_by_kind = {by_kind:?}, want {:?}",
            exp["count_by_kind"]
        ));
    }
    let is_debate = by_kind.contains_key("speech");
    let by_fractie = counts(&passages, |p| {
        if is_debate && p.role != Some(zoek::Role::Member) {
            return None;
        }
        p.fractie.clone()
    });
    if by_fractie != expected_counts(&exp["count_by_fractie"]) {
        errors.push(format!(
            "{name}: count_by_fractie = {by_fractie:?}, want {:?}",
            exp["count_by_fractie"]
        ));
    }
    if is_debate {
        let by_speaker = counts(&passages, |p| {
            if p.kind == zoek::PassageKind::Speech {
                p.speaker.clone()
            } else {
                None
            }
        });
        if by_speaker != expected_counts(&exp["count_by_speaker"]) {
            errors.push(format!(
                "{name}: count_by_speaker = {by_speaker:?}, want {:?}",
                exp["count_by_speaker"]
            ));
        }
    }

    let want = exp["passages"].as_array().unwrap();
    if want.len() != passages.len() {
        errors.push(format!(
            "{name}: {} passages, want {}",
            passages.len(),
            want.len()
        ));
    }
    for (i, (w, p)) in want.iter().zip(&passages).enumerate() {
        let at = format!("{name} passage {} ({})", i + 1, p.id);
        let s = |v: &Value| v.as_str().map(str::to_string);
        if w["kind"].as_str() != Some(p.kind.as_str()) {
            errors.push(format!("{at}: kind {} want {}", p.kind, w["kind"]));
        }
        for (field, got) in [
            ("fractie", &p.fractie),
            ("speaker", &p.speaker),
            ("topic", &p.topic),
        ] {
            if w.get(field).is_some() && s(&w[field]) != *got {
                errors.push(format!("{at}: {field} {got:?} want {:?}", s(&w[field])));
            }
        }
        if let Some(role) = w.get("role").and_then(Value::as_str)
            && p.role.map(|r| r.as_str()) != Some(role)
        {
            errors.push(format!("{at}: role {:?} want {role}", p.role));
        }
        let fields = &w["fields"];
        if let Some(nummer) = fields.get("nummer").and_then(Value::as_str)
            && p.kamerstuk.as_deref() != Some(nummer)
        {
            errors.push(format!(
                "{at}: kamerstuk {:?} want motion number {nummer}",
                p.kamerstuk
            ));
        }
        if let Some(want) = fields.get("references").and_then(Value::as_array) {
            let want: Vec<&str> = want.iter().filter_map(Value::as_str).collect();
            if p.references != want {
                errors.push(format!("{at}: references {:?} want {want:?}", p.references));
            }
        }
        // A question answered elsewhere points to the notice that names where.
        if let Some(want) = fields.get("answered_in").and_then(Value::as_str) {
            let notice =
                (p.refers_to.as_ref()).and_then(|id| passages.iter().find(|n| &n.id == id));
            if !notice.is_some_and(|n| n.references.iter().any(|r| r == want)) {
                errors.push(format!(
                    "{at}: refers to {:?}, which cites no {want}",
                    p.refers_to
                ));
            }
        }
        for key in ["askers", "submitters"] {
            if let Some(want) = fields.get(key).and_then(Value::as_array) {
                let want: Vec<String> = want.iter().filter_map(|v| v.as_str().map(norm)).collect();
                let got: Vec<String> = p.members.iter().map(|m| norm(m)).collect();
                if want != got {
                    errors.push(format!("{at}: members {got:?} want {want:?}"));
                }
            }
        }
        for (part, got) in [("question", &p.question), ("answer", &p.answer)] {
            let got = got.as_deref().map(norm).unwrap_or_default();
            if let Some(start) = w[format!("{part}_starts")].as_str()
                && !got.starts_with(&norm(start))
            {
                errors.push(format!(
                    "{at}: {part} starts {:?}, want {start:?}",
                    got.chars().take(80).collect::<String>()
                ));
            }
            if let Some(end) = w[format!("{part}_ends")].as_str()
                && !got.ends_with(&norm(end))
            {
                let tail: String = got
                    .chars()
                    .rev()
                    .take(80)
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                errors.push(format!("{at}: {part} ends {tail:?}, want {end:?}"));
            }
        }
    }
    errors
}

fn run(document: &str, expected: &str) {
    run_at(&format!("corpus-sample/{document}"), expected);
}

/// Check a document anywhere in the repository against `tests/expected/<expected>`.
fn run_at(document: &str, expected: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let errors = check(
        &root.join(document),
        &root.join("tests/expected").join(expected),
    );
    assert!(
        errors.is_empty(),
        "{} differences:\n{}",
        errors.len(),
        errors.join("\n")
    );
}
#[test]
fn tk_verslag_text() {
    run(
        "tk-32317-974-verslag-schriftelijk-overleg.txt",
        "tk-32317-974-verslag-schriftelijk-overleg.json",
    );
}

#[test]
fn tk_concept() {
    run("tk-32317-974-concept.txt", "tk-32317-974-concept.json");
}

#[test]
fn tk_beantwoording_markdown() {
    run(
        "tk-32317-beantwoording-jbz-2025-01.md",
        "tk-32317-beantwoording-jbz-2025-01.json",
    );
}

#[test]
fn ek_schriftelijk_overleg() {
    run(
        "ek-32317-schriftelijk-overleg-jbz-2025-12.txt",
        "ek-32317-schriftelijk-overleg-jbz-2025-12.json",
    );
}

#[test]
fn tk_commissiedebat_text() {
    run(
        "tk-commissiedebat-jbz-2026-03-03.txt",
        "tk-commissiedebat-jbz-2026-03-03.json",
    );
}

/// Each turn of the committee debate is in the round the chair last announced: the
/// first (the members, then `de eerste termijn van de minister`) up to `snel door naar de
/// tweede termijn van de leden`, the second after; the toezeggingen are in none. The PDF
/// alike.
#[test]
fn a_debate_turn_is_in_the_round_the_chair_announced() {
    for file in [
        "tk-commissiedebat-jbz-2026-03-03.txt",
        "tk-commissiedebat-jbz-2026-03-03.pdf",
    ] {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let passages = split(&root.join("corpus-sample").join(file));
        let rounds = counts(&passages, |p| {
            Some(format!(
                "{} {}",
                p.kind,
                p.termijn.as_deref().unwrap_or("-")
            ))
        });
        let want: BTreeMap<String, u64> = [
            ("speech eerste termijn".to_string(), 100),
            ("speech tweede termijn".to_string(), 26),
            ("toezegging -".to_string(), 7),
        ]
        .into_iter()
        .collect();
        assert_eq!(rounds, want, "{file}");
        let turn = |words: &str| {
            passages
                .iter()
                .find(|p| norm(&p.text).contains(words))
                .unwrap_or_else(|| panic!("{file}: {words}"))
        };
        let opening = turn("snel door naar de tweede termijn van de leden");
        assert_eq!(opening.termijn.as_deref(), Some("tweede termijn"));
        let kroger = turn("Eén vraag van mij is niet beantwoord");
        assert_eq!(kroger.termijn.as_deref(), Some("tweede termijn"));
        let first = turn("Dan zijn we bij het einde van de eerste termijn");
        assert_eq!(first.termijn.as_deref(), Some("eerste termijn"));
    }
}

// The PDF of a document splits into the same passages, with the same fields, as its text.

#[test]
fn tk_verslag_pdf_matches_its_text() {
    run(
        "tk-32317-974-verslag-schriftelijk-overleg.pdf",
        "tk-32317-974-verslag-schriftelijk-overleg.json",
    );
}

#[test]
fn tk_commissiedebat_pdf_matches_its_text() {
    run(
        "tk-commissiedebat-jbz-2026-03-03.pdf",
        "tk-commissiedebat-jbz-2026-03-03.json",
    );
}

// Kamervragen: the published PDFs (Aanhangsel van de Handelingen) and fixtures in the
// forms the corpus lacks.

#[test]
fn kamervragen_1292_one_member() {
    run_at(
        "tests/fixtures/real/ah-tk-20232024-1292.pdf",
        "real/ah-tk-20232024-1292.json",
    );
}

#[test]
fn kamervragen_1314_two_parties_grouped_questions() {
    run_at(
        "tests/fixtures/real/ah-tk-20232024-1314.pdf",
        "real/ah-tk-20232024-1314.json",
    );
}

#[test]
fn kamervragen_1999_questions_and_the_notice_that_a_letter_answered_them() {
    run_at(
        "tests/fixtures/real/ah-tk-20232024-1999.pdf",
        "real/ah-tk-20232024-1999.json",
    );
}

#[test]
fn kamervragen_2367_combined_answers() {
    run_at(
        "tests/fixtures/real/ah-tk-20232024-2367.pdf",
        "real/ah-tk-20232024-2367.json",
    );
}

#[test]
fn kamervragen_bare_numbers_fixture() {
    run_at(
        "tests/fixtures/kamervragen/kv-bare-numbers.txt",
        "real/kv-bare-numbers.json",
    );
}

#[test]
fn kamervragen_vraag_antwoord_fixture() {
    run_at(
        "tests/fixtures/kamervragen/kv-vraag-antwoord.txt",
        "real/kv-vraag-antwoord.json",
    );
}

// A plenary debate in text, with agenda items and motions read out in turns.

#[test]
fn plenary_debate_with_motions() {
    run_at(
        "tests/fixtures/plenair/handelingen-plenair.txt",
        "plenair/handelingen-plenair.json",
    );
}

// A list of questions and answers, and an Eerste Kamer voorlopig verslag with its memorie
// van antwoord.

#[test]
fn lijst_van_vragen_en_antwoorden() {
    run_at(
        "tests/fixtures/lijst/lijst-vragen-antwoorden.txt",
        "plenair/lijst-vragen-antwoorden.json",
    );
}

#[test]
fn ek_voorlopig_verslag() {
    run_at(
        "tests/fixtures/ek/voorlopig-verslag.txt",
        "plenair/voorlopig-verslag.json",
    );
}

#[test]
fn ek_memorie_van_antwoord() {
    run_at(
        "tests/fixtures/ek/memorie-van-antwoord.txt",
        "plenair/memorie-van-antwoord.json",
    );
}

// The formats users download: Word answer letters, motions, official XML.

#[test]
fn docx_answer_letter_wassenberg() {
    run_at(
        "tests/fixtures/real/antwoord-kamervragen-2023Z14759-wassenberg.docx",
        "real/antwoord-kamervragen-2023Z14759-wassenberg.json",
    );
}

#[test]
fn docx_answer_letter_lahlah_chakor() {
    run_at(
        "tests/fixtures/real/antwoord-kamervragen-2024-lahlah-chakor.docx",
        "real/antwoord-kamervragen-2024-lahlah-chakor.json",
    );
}

#[test]
fn motion_docx() {
    run_at(
        "tests/fixtures/real/motie-kst-36278-32.docx",
        "real/motie-kst-36278-32.json",
    );
}

#[test]
fn motion_pdf() {
    run_at(
        "tests/fixtures/real/motie-kst-21501-02-3121.pdf",
        "real/motie-kst-21501-02-3121.json",
    );
}

#[test]
fn handelingen_xml_regeling_van_werkzaamheden() {
    run_at(
        "tests/fixtures/real/h-tk-20172018-70-8.xml",
        "real/h-tk-20172018-70-8.json",
    );
}

#[test]
fn handelingen_xml_debate_with_twelve_motions() {
    run_at(
        "tests/fixtures/real/h-tk-20172018-70-9.xml",
        "real/h-tk-20172018-70-9.json",
    );
}

/// In the Regeling van werkzaamheden, a member's reaction to a colleague's request carries
/// the request, so a search for its subject finds who supported it; the request itself,
/// the chair and the turns of the next request carry nothing of it.
#[test]
fn a_reaction_in_the_regeling_carries_the_request() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let passages = split(&root.join("tests/fixtures/real/h-tk-20172018-70-8.xml"));
    let turn = |speaker: &str, start: &str| {
        passages
            .iter()
            .find(|p| p.speaker.as_deref() == Some(speaker) && p.text.starts_with(start))
            .unwrap_or_else(|| panic!("{speaker}: {start}"))
    };
    let context = |p: &Passage| norm(p.context.as_deref().unwrap_or(""));
    // Hermans (VVD) asks for a debate on fraud with pgb's; Agema and Van Brenk react.
    let request = turn("Hermans", "Voorzitter. Gisteren kwam het bericht");
    assert_eq!(request.context, None);
    for (speaker, start) in [
        ("Agema", "Steun, voorzitter."),
        ("Van Brenk", "Het is een zorgelijke ontwikkeling"),
    ] {
        assert!(
            context(turn(speaker, start)).contains("grootschalige fraude met pgb's"),
            "{speaker}: {:?}",
            turn(speaker, start).context
        );
    }
    // De Jong's request, interrupted by the chair, is one request of two turns: the
    // reactions carry both, and nothing of Hermans'.
    let reaction = context(turn("Kuzu", "Voorzitter, steun voor het debat."));
    assert!(reaction.contains("ZEMBLA"), "{reaction}");
    assert!(
        reaction.contains("afbraak van de sociale werkvoorziening"),
        "{reaction}"
    );
    assert!(!reaction.contains("pgb"), "{reaction}");
    assert!(
        passages
            .iter()
            .filter(|p| p.role == Some(zoek::Role::Chair))
            .all(|p| p.context.is_none())
    );
}

/// A member's bare vote on a request (`Steun, voorzitter.`) keeps order like the chair's
/// turns; a reaction that says why is a turn of substance.
#[test]
fn a_bare_vote_is_procedural_a_reasoned_one_is_not() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let passages = split(&root.join("tests/fixtures/real/h-tk-20172018-70-8.xml"));
    let procedural = |start: &str| {
        passages
            .iter()
            .find(|p| p.text.starts_with(start))
            .unwrap_or_else(|| panic!("{start}"))
            .is_procedural()
    };
    assert!(procedural("Steun, voorzitter."));
    assert!(procedural("Steun voor het verzoek."));
    assert!(procedural("Voorzitter, steun voor het debat."));
    assert!(procedural("Dank u wel."));
    assert!(!procedural("Het is een zorgelijke ontwikkeling"));
    assert!(!procedural("Geen steun, wel een reactie."));
    assert!(!procedural("Voorzitter. Gisteren kwam het bericht"));
}

/// The same in a Handelingen transcript as text (`26 Regeling van werkzaamheden`, speaker
/// lines `Mevrouw Agema (PVV):`): the reactions carry their own request only.
#[test]
fn a_reaction_in_a_text_regeling_carries_the_request() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let passages = split(&root.join("tests/fixtures/plenair/handelingen-regeling.txt"));
    let context = |speaker: &str| {
        let p = passages
            .iter()
            .find(|p| p.speaker.as_deref() == Some(speaker))
            .unwrap_or_else(|| panic!("{speaker}"));
        norm(p.context.as_deref().unwrap_or(""))
    };
    assert_eq!(context("Hermans"), "");
    assert!(context("Agema").contains("fraude met pgb's"));
    assert!(context("Van Brenk").contains("fraude met pgb's"));
    assert_eq!(context("De Jong"), "");
    assert!(context("Kuzu").contains("sociale werkvoorziening"));
    assert!(!context("Kuzu").contains("pgb"));
}

/// A decision list is one passage per agenda item, each numbered as printed: the PDFs of
/// 2009 (Ghostscript) and 2016 run an item on after the previous decision and set a
/// number apart on the line before its item.
#[test]
fn decision_lists_one_passage_per_numbered_agenda_item() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus-sample");
    let answer = |p: &Passage| p.answer.clone().unwrap_or_default();
    for (file, items) in [
        ("besluitenlijst_example1.pdf", 36),
        ("besluitenlijst_example2.pdf", 43),
    ] {
        let passages = split(&root.join(file));
        let numbers: Vec<String> = (passages.iter())
            .map(|p| {
                answer(p)
                    .split(". Agendapunt:")
                    .next()
                    .unwrap_or("")
                    .to_string()
            })
            .collect();
        let printed: Vec<String> = (1..=items).map(|n| n.to_string()).collect();
        assert_eq!(numbers, printed, "{file}");
        for p in &passages {
            let text = answer(p);
            assert_eq!(text.matches("Agendapunt:").count(), 1, "{file}: {text}");
            // The lone `.` the PDF set the number apart with is no part of an item.
            assert!(!text.lines().any(|l| l.trim() == "."), "{file}: {text}");
        }
    }
}

/// A decision list is dated by the meeting whose decisions it lists (its title), not by
/// the day it was sent (`Den Haag, 27 maart 2015` for the e-mail procedure of the 26th),
/// and is the Tweede Kamer's, also the one of 2011 that never names it (its
/// `Activiteitnummer: 2011A00915` is the Tweede Kamer's).
#[test]
fn decision_lists_carry_their_meeting_day_and_chamber() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus-sample");
    for (file, date) in [
        ("besluitenlijst_example1.pdf", "2009-04-02"),
        ("besluitenlijst_example2.pdf", "2016-10-26"),
        ("besluitenlijst_example3.pdf", "2015-03-26"),
        ("besluitenlijst_example4.pdf", "2011-03-08"),
    ] {
        let passages = split(&root.join(file));
        assert!(!passages.is_empty(), "{file}");
        for p in &passages {
            assert_eq!(p.date.as_deref(), Some(date), "{file}: {}", p.id);
            assert_eq!(
                p.chamber.as_deref(),
                Some("Tweede Kamer"),
                "{file}: {}",
                p.id
            );
        }
    }
}

/// `Minister van den Brink:`, the particles in lower case as some transcripts print them:
/// the minister's turn is found by his whole surname, as `Minister Van den Brink:` is.
#[test]
fn a_minister_printed_with_lowercase_particles_is_found_by_his_surname() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("debat");
    std::fs::create_dir(&folder).unwrap();
    let text = [
        "Verslag van een commissiedebat",
        "De voorzitter:\nWelkom bij dit debat over asiel. Ik geef het woord aan mevrouw Kant.",
        "Mevrouw Kant (SP):\nVoorzitter. Ik wil de minister vragen naar de opvang van asielzoekers in Ter Apel.",
        "De heer Petersen i (VVD):\nWat kost de opvang van asielzoekers per jaar?",
        "Minister van den Brink:\nDe opvang kost ongeveer vier miljard euro per jaar.",
        "Staatssecretaris Struycken:\nIk vul de minister aan over de terugkeer van uitgeprocedeerden.",
    ]
    .join("\n\n");
    std::fs::write(folder.join("deb1.txt"), text).unwrap();
    let mut index = zoek::ZoekIndex::create(&dir.path().join("index")).unwrap();
    let summary = index
        .index_folder(&folder, &Default::default(), &zoek::index::NoProgress)
        .unwrap();
    assert!(summary.failed.is_empty(), "{:?}", summary.failed);
    for speaker in ["Van den Brink", "van den Brink"] {
        let mut req = zoek::SearchRequest::new("opvang");
        req.filters.set("speaker", speaker).unwrap();
        let hits = index.search(&req).unwrap().hits;
        let found: Vec<(Option<&str>, String)> = (hits.iter())
            .map(|h| (h.passage.speaker.as_deref(), norm(&h.passage.text)))
            .collect();
        assert_eq!(
            found,
            [(
                Some("Van den Brink"),
                "De opvang kost ongeveer vier miljard euro per jaar.".to_string()
            )],
            "--speaker {speaker:?}"
        );
    }
}
