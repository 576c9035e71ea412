//! The `zoek` command end to end, as a user runs it on corpus-sample.

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;

fn zoek() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_zoek"));
    c.env_remove("ZOEK_INDEX").env("NO_COLOR", "1");
    c
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// One index of corpus-sample shared by the tests of this file.
/// `zoek index FOLDER --index INDEX`.
fn run_index(folder: &Path, index: &Path) -> Output {
    zoek()
        .arg("index")
        .arg(folder)
        .arg("--index")
        .arg(index)
        .output()
        .unwrap()
}

/// The standard output of a run that must succeed (its standard error shown if not).
fn succeeded(out: &Output) -> String {
    assert!(
        out.status.success(),
        "zoek failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn index() -> &'static Path {
    static DIR: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = DIR.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("index");
        let stdout = succeeded(&run_index(&root().join("corpus-sample"), &path));
        assert!(
            stdout.contains(": 11 added, 0 updated, 0 removed, 0 unchanged, 0 failed"),
            "{stdout}"
        );
        (dir, path)
    });
    path
}

fn search_json(args: &[&str]) -> Value {
    let args: Vec<&str> = ["search"]
        .iter()
        .chain(args)
        .chain(&["--json"])
        .copied()
        .collect();
    serde_json::from_str(&search_text(&args)).unwrap()
}

/// The output of `zoek ARGS --index INDEX` (a query without the `search` subcommand
/// prints text).
fn search_text(args: &[&str]) -> String {
    succeeded(
        &zoek()
            .args(args)
            .arg("--index")
            .arg(index())
            .output()
            .unwrap(),
    )
}

fn hits(v: &Value) -> &Vec<Value> {
    v["hits"].as_array().unwrap()
}

fn failed(out: &Output) -> String {
    assert!(
        !out.status.success(),
        "expected failure, got success: {}",
        String::from_utf8_lossy(&out.stdout)
    );
    let err = String::from_utf8_lossy(&out.stderr).to_string();
    assert!(
        !err.contains("panicked") && !err.contains("RUST_BACKTRACE"),
        "a panic reached the user: {err}"
    );
    err
}

#[test]
fn terugkeerhub_oeganda_ranks_the_oeganda_answer_first() {
    let v = search_json(&["terugkeerhub Oeganda"]);
    let top = &hits(&v)[0];
    assert_eq!(top["kind"], "qa");
    assert_eq!(top["fractie"], "GroenLinks-PvdA");
    assert!(
        top["question"]
            .as_str()
            .unwrap()
            .contains("terugkeerhub in Oeganda"),
        "{top}"
    );
    assert!(
        top["answer"]
            .as_str()
            .unwrap()
            .contains("De afspraken met Oeganda"),
        "{top}"
    );
    let snippet = top["snippet"]["text"].as_str().unwrap();
    assert!(
        !top["snippet"]["highlights"].as_array().unwrap().is_empty(),
        "nothing highlighted in {snippet}"
    );
    assert!(v["total"].as_u64().unwrap() >= hits(&v).len() as u64);
}

#[test]
fn json_hits_carry_every_passage_field() {
    let v = search_json(&["solidariteitspool", "--limit", "3"]);
    assert_eq!(v["query"], "solidariteitspool");
    for hit in hits(&v) {
        for field in [
            "rank",
            "score",
            "snippet",
            "id",
            "kind",
            "source",
            "title",
            "date",
            "vergaderjaar",
            "chamber",
            "kamerstuk",
            "fractie",
            "speaker",
            "minister",
            "topic",
            "question",
            "answer",
            "text",
            "missing",
            "page",
        ] {
            assert!(hit.get(field).is_some(), "hit lacks {field}: {hit}");
        }
    }
    assert_eq!(hits(&v)[0]["rank"], 1);
}

#[test]
fn shorthand_query_without_subcommand() {
    let text = search_text(&["terugkeerhub", "Oeganda"]);
    assert!(text.starts_with("1. "), "{text}");
    assert!(
        text.contains("[Oeganda]"),
        "plain highlight markers expected without a terminal: {text}"
    );
    assert!(text.contains("GroenLinks-PvdA"), "{text}");
}

#[test]
fn a_misspelled_word_is_reported_with_the_word_searched() {
    let text = search_text(&["terugkeerhub", "Oganda", "--limit", "1"]);
    assert!(
        text.starts_with("-- no passage holds \"Oganda\": searched \"Oeganda\" instead\n1. "),
        "{text}"
    );
    let v = search_json(&["terugkeerhub Oganda", "--limit", "1"]);
    assert_eq!(v["corrections"][0]["typed"], "Oganda");
    assert_eq!(v["corrections"][0]["searched"], "Oeganda");
    // A query spelled right has none.
    let v = search_json(&["terugkeerhub Oeganda", "--limit", "1"]);
    assert_eq!(v["corrections"].as_array().map(Vec::len), Some(0));
}

/// Two long words typed side by side make one longer than the analyzer keeps; searched as
/// one compound too, they made an empty phrase that stopped zoek with an internal error
/// (found by fuzzing the command line). The query is answered.
#[test]
fn two_long_words_typed_together_are_searched() {
    for query in [
        "solidariteitspool*Turkijegecontroleerdregistratie",
        "solidariteitspool Turkijegecontroleerdregistratie",
    ] {
        let v = search_json(&[query, "--limit", "3"]);
        assert!(!hits(&v).is_empty(), "{query}: {v}");
    }
}

/// A hit names the page of the PDF it starts on; here the text of the report is the hit,
/// and its PDF is listed under it with the page.
#[test]
fn a_hit_names_the_page_of_its_pdf() {
    let query = "Hoe zal de minister borgen dat Nederland niet indirect";
    let text = search_text(&["search", query, "--limit", "1"]);
    assert!(
        text.contains(
            "also in corpus-sample/tk-32317-974-verslag-schriftelijk-overleg.pdf, p. 6\n"
        ),
        "{text}"
    );
    let v = search_json(&[query, "--limit", "1"]);
    let hit = &hits(&v)[0];
    assert_eq!(hit["page"], Value::Null, "{hit}");
    let pdf = (hit["also_in"].as_array().unwrap().iter())
        .find(|a| a["source"].as_str().unwrap().ends_with(".pdf"))
        .unwrap();
    assert_eq!(pdf["page"], 6);
    // Shown apart, the PDF's passage carries its page.
    let v = search_json(&[query, "--limit", "2", "--all"]);
    let pdf = (hits(&v).iter())
        .find(|h| h["source"].as_str().unwrap().ends_with(".pdf"))
        .unwrap();
    assert_eq!(pdf["page"], 6);
}

#[test]
fn a_word_no_passage_holds_is_said_once_and_each_hit_says_what_it_lacks() {
    // `stikstof` is in no document of corpus-sample, nor near enough to a word that is
    // to be corrected: the hits hold only `Oeganda`, and the reader is told so first.
    let text = search_text(&["Oeganda", "stikstof", "--no-related"]);
    assert!(
        text.starts_with(
            "-- no passage holds \"stikstof\" in any form: the hits hold the rest of the query\n1. "
        ),
        "{text}"
    );
    assert!(
        !text.contains("without"),
        "said once, not under each hit: {text}"
    );
    let v = search_json(&["Oeganda stikstof"]);
    assert_eq!(v["unmatched"], serde_json::json!(["stikstof"]));
    assert_eq!(v["corrections"], serde_json::json!([]));
    let found: Vec<&Value> = hits(&v).iter().filter(|h| h["related"] == false).collect();
    assert!(!found.is_empty(), "{v}");
    for hit in found {
        assert_eq!(hit["missing"], serde_json::json!(["stikstof"]), "{hit}");
    }
    // Related passages hold none of the query's words by definition: nothing to list.
    for hit in hits(&v).iter().filter(|h| h["related"] == true) {
        assert_eq!(hit["missing"], serde_json::json!([]), "{hit}");
    }

    // Every word is found somewhere: a hit holding only one of them names the other,
    // as typed; a hit holding both names none.
    let v = search_json(&["Knaus Oeganda", "--no-related"]);
    assert_eq!(v["unmatched"], serde_json::json!([]));
    let hs = hits(&v);
    assert_eq!(hs[0]["missing"], serde_json::json!([]), "{}", hs[0]);
    assert!(hs.len() > 1, "{v}");
    for hit in hs {
        let text = hit["text"].as_str().unwrap().to_lowercase();
        assert!(text.contains("ganda"), "{hit}");
        match text.contains("knaus") {
            true => assert_eq!(hit["missing"], serde_json::json!([]), "{hit}"),
            false => assert_eq!(hit["missing"], serde_json::json!(["Knaus"]), "{hit}"),
        }
    }
    let text = search_text(&["Knaus", "Oeganda", "--no-related"]);
    assert!(text.contains("\n   without \"Knaus\"\n"), "{text}");

    // A count of every passage holding each word counts none, and says why.
    let text = search_text(&["search", "--count", "fractie", "Oeganda stikstof"]);
    assert_eq!(
        text.lines().last(),
        Some("0 passages holding every word of \"Oeganda stikstof\": none holds \"stikstof\""),
        "{text}"
    );
    let v = search_json(&["--count", "fractie", "Oeganda stikstof"]);
    assert_eq!(v["unmatched"], serde_json::json!(["stikstof"]));
    let v = search_json(&["--count", "fractie", "Oeganda"]);
    assert_eq!(v["unmatched"], serde_json::json!([]));

    // Under a filter: the index holds `Knaus`, the Eerste Kamer's passages do not.
    assert!(!hits(&search_json(&["Knaus"])).is_empty());
    let text = search_text(&[
        "search",
        "Knaus terugkeerhub",
        "--chamber",
        "ek",
        "--sort",
        "newest",
    ]);
    assert_eq!(
        text,
        "no passages match \"Knaus terugkeerhub\": none holds \"Knaus\"\n"
    );
}

#[test]
fn a_turn_names_its_speaker_and_whom_a_member_addresses() {
    // Her own six turns come first, then the minister's answers naming her, then the
    // chair's turn giving her the floor.
    let text = search_text(&["Van der Plas", "--limit", "20"]);
    let headers: Vec<&str> = text.lines().filter(|l| l.contains("  speech  ")).collect();
    // A member's turn: the member, the fractie and the minister who answers.
    assert!(
        headers
            .iter()
            .any(|h| h.contains("speech  Van der Plas (BBB) → Van den Brink, minister van Asiel")),
        "{text}"
    );
    // The minister's own turn and the chair's answer nobody.
    assert!(
        headers.iter().any(|h| h
            .trim_end()
            .ends_with("speech  Van den Brink, minister van Asiel en Migratie")),
        "{text}"
    );
    assert!(
        headers
            .iter()
            .any(|h| h.trim_end().ends_with("speech  Boomsma (voorzitter)")),
        "{text}"
    );
    assert!(!text.contains("Van den Brink → Van den Brink"), "{text}");
}

#[test]
fn a_turn_found_by_its_exchange_shows_the_turn_with_the_words() {
    // The minister's reply to Ellian holds none of the words: it is found by his question,
    // which the hit shows, highlighted.
    let text = search_text(&["overlast Ter Apel criminele asielzoekers", "--limit", "3"]);
    let reply = text
        .split("\n\n")
        .find(|hit| hit.contains("Ik beschouw dit als een aanmoediging"))
        .unwrap_or_else(|| panic!("{text}"));
    assert!(
        reply.contains("↳ replying to Ellian (VVD): … risico voor de samenleving.")
            && reply.contains("over de [overlast] bij [Ter] [Apel]"),
        "{reply}"
    );
    let v = search_json(&["overlast Ter Apel criminele asielzoekers", "--limit", "3"]);
    let exchange = |id: &str| -> Value {
        (hits(&v).iter())
            .find(|h| h["id"] == id)
            .map(|h| h["exchange"].clone())
            .unwrap_or_else(|| panic!("{id}: {v}"))
    };
    let e = exchange("tk-commissiedebat-jbz-2026-03-03.txt#67");
    assert_eq!(e["relation"], "replies_to", "{e}");
    assert_eq!(e["id"], "tk-commissiedebat-jbz-2026-03-03.txt#66", "{e}");
    // A hit holding the words itself shows none.
    assert_eq!(
        exchange("tk-commissiedebat-jbz-2026-03-03.txt#66"),
        Value::Null
    );
    // A member's follow-up question, found by the question it follows up, shows that.
    let v = search_json(&["vtl pbl locaties tekort", "--limit", "5"]);
    let e = (hits(&v).iter())
        .find(|h| h["id"] == "tk-commissiedebat-jbz-2026-03-03.txt#37")
        .map(|h| h["exchange"].clone())
        .unwrap_or_else(|| panic!("{v}"));
    assert_eq!(e["relation"], "follows_up", "{e}");
    assert_eq!(e["id"], "tk-commissiedebat-jbz-2026-03-03.txt#34", "{e}");
    assert!(
        e["snippet"]["text"]
            .as_str()
            .unwrap()
            .contains("tekort hebben aan locaties"),
        "{e}"
    );
}

#[test]
fn the_chair_asking_the_minister_asks_for_their_fractie() {
    // Boomsma chairs the debate and asks the minister questions of JA21's: they are
    // JA21's, and answered; the turns in which he only chairs are nobody's.
    let text = search_text(&["opvang buiten Europa", "--fractie", "JA21", "--limit", "3"]);
    let first = text.lines().next().unwrap_or_default();
    assert!(
        first.contains("speech  Boomsma (JA21, voorzitter) → Van den Brink, minister van Asiel"),
        "{text}"
    );
    assert!(
        text.contains("De minister zegt steeds: de procedure moet [buiten] [Europa]"),
        "{text}"
    );
    let v = search_json(&["Boomsma", "--kind", "speech", "--limit", "100"]);
    let chair: Vec<&Value> = (v["hits"].as_array().unwrap().iter())
        .filter(|h| h["role"] == "chair" && h["speaker"] == "Boomsma")
        .collect();
    let asking = chair.iter().filter(|h| h["fractie"] == "JA21").count();
    assert_eq!((asking, chair.len() - asking), (4, 37), "{v}");
}

#[test]
fn fractie_filter_returns_only_that_fractie() {
    for args in [vec!["asiel", "--fractie", "NSC"], vec!["asiel fractie:NSC"]] {
        let v = search_json(&[&args[..], &["--limit", "100"]].concat());
        assert!(!hits(&v).is_empty());
        for h in hits(&v) {
            assert_eq!(h["fractie"], "NSC", "{args:?}: {}", h["id"]);
        }
    }
    // Any spelling of the party finds its passages.
    let v = search_json(&["Oeganda", "--fractie", "GL-PvdA", "--limit", "100"]);
    assert!(!hits(&v).is_empty());
    assert!(hits(&v).iter().all(|h| h["fractie"] == "GroenLinks-PvdA"));
}

#[test]
fn minister_kind_kamerstuk_and_date_filters() {
    let v = search_json(&["migratie", "--minister", "Faber", "--limit", "100"]);
    assert!(!hits(&v).is_empty());
    assert!(
        hits(&v)
            .iter()
            .all(|h| h["minister"].as_str().unwrap().contains("Faber"))
    );

    let v = search_json(&["migratie", "--kind", "speech", "--limit", "100"]);
    assert!(!hits(&v).is_empty());
    assert!(hits(&v).iter().all(|h| h["kind"] == "speech"));

    let v = search_json(&["migratie", "--kamerstuk", "32317-974", "--limit", "100"]);
    assert!(!hits(&v).is_empty());
    assert!(hits(&v).iter().all(|h| h["kamerstuk"] == "32317-974"));

    // The dossier alone finds every numbered document of it.
    let v = search_json(&["migratie", "--kamerstuk", "32317", "--limit", "200"]);
    let kamerstukken: std::collections::BTreeSet<&str> = hits(&v)
        .iter()
        .map(|h| h["kamerstuk"].as_str().unwrap())
        .collect();
    assert!(
        kamerstukken.contains("32317-974") && kamerstukken.contains("32317"),
        "{kamerstukken:?}"
    );

    let v = search_json(&[
        "migratie",
        "--from",
        "2025-10-01",
        "--to",
        "2026-02-28",
        "--limit",
        "200",
    ]);
    assert!(!hits(&v).is_empty());
    for h in hits(&v) {
        let d = h["date"].as_str().unwrap();
        assert!(("2025-10-01"..="2026-02-28").contains(&d), "{d}");
    }
}

/// Every filter option reaches the search (`--type` was once dropped on the way), and
/// the vergaderjaar is taken in any of its written forms.
#[test]
fn type_and_vergaderjaar_filters() {
    let v = search_json(&["vergadering", "--type", "besluitenlijst", "--limit", "100"]);
    assert!(!hits(&v).is_empty());
    assert!(
        hits(&v).iter().all(|h| h["doctype"] == "besluitenlijst"),
        "{v}"
    );
    let all = search_json(&["vergadering", "--limit", "100"]);
    assert!(hits(&all).iter().any(|h| h["doctype"] != "besluitenlijst"));

    // The January 2025 answers are of 2024-2025; the October 2025 verslag of 2025-2026.
    for form in ["2024-2025", "2024/25", "2024–2025", "20242025"] {
        let v = search_json(&["migratie", "--vergaderjaar", form, "--limit", "200"]);
        assert!(!hits(&v).is_empty(), "{form}");
        for h in hits(&v) {
            assert_eq!(h["vergaderjaar"], "2024-2025", "{form}");
            let date = h["date"].as_str().unwrap();
            assert!(("2024-09-17".."2025-09-16").contains(&date), "{date}");
        }
    }
    let v = search_json(&["migratie", "vergaderjaar:2025/26", "--limit", "200"]);
    let sources: std::collections::BTreeSet<&str> = hits(&v)
        .iter()
        .map(|h| h["source"].as_str().unwrap().rsplit('/').next().unwrap())
        .collect();
    assert!(
        sources.contains("tk-32317-974-verslag-schriftelijk-overleg.txt"),
        "{sources:?}"
    );
    assert!(
        !sources.contains("tk-32317-beantwoording-jbz-2025-01.md"),
        "{sources:?}"
    );

    let out = zoek()
        .args(["search", "x", "--vergaderjaar", "2025", "--index"])
        .arg(index())
        .output()
        .unwrap();
    let err = failed(&out);
    assert!(
        err.contains("\"2025\"") && err.contains("2024-2025"),
        "{err}"
    );
}

/// `--sort newest` orders every passage holding each word by date and says so; with a
/// filter it needs no query; with neither, a clear error.
#[test]
fn sort_by_date_with_and_without_a_query() {
    let text = search_text(&["migratie", "--sort", "newest", "--limit", "5"]);
    assert!(
        text.contains("passages holding every word, newest first"),
        "{text}"
    );
    let v = search_json(&["migratie", "--sort", "oldest", "--limit", "50"]);
    assert_eq!(v["sort"], "oldest");
    let dates: Vec<&str> = hits(&v).iter().filter_map(|h| h["date"].as_str()).collect();
    assert!(
        dates.len() >= 10 && dates.windows(2).all(|w| w[0] <= w[1]),
        "{dates:?}"
    );

    let v = search_json(&["--fractie", "BBB", "--sort", "newest", "--limit", "20"]);
    assert!(!hits(&v).is_empty());
    assert!(hits(&v).iter().all(|h| h["fractie"] == "BBB"), "{v}");
    let dates: Vec<&str> = hits(&v).iter().filter_map(|h| h["date"].as_str()).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");

    let out = zoek()
        .args(["search", "--index"])
        .arg(index())
        .output()
        .unwrap();
    let err = failed(&out);
    assert!(
        err.contains("give a query, a filter option, or both"),
        "{err}"
    );
    let out = zoek()
        .args(["search", "x", "--sort", "sideways", "--index"])
        .arg(index())
        .output()
        .unwrap();
    let err = failed(&out);
    assert!(err.contains("relevance, newest or oldest"), "{err}");
}

#[test]
fn phrases_and_exclusions() {
    let holds = |h: &Value| {
        let text = h["text"].as_str().unwrap().to_lowercase();
        text.contains("veilig derde land") || text.contains("veilige derde land")
    };
    // With --exact, only the passages holding the phrase.
    let v = search_json(&["\"veilig derde land\"", "--limit", "100", "--exact"]);
    assert!(!hits(&v).is_empty());
    for h in hits(&v) {
        assert!(holds(h), "{}", h["id"]);
        assert_eq!(h["relaxed"], false);
    }
    assert_eq!(v["relaxed_total"], 0);
    let exact = hits(&v).len();
    assert_eq!(v["partial_total"], 0);
    // Without it, those first, then the passages holding the words otherwise, then those
    // holding some of the words: each marked.
    let v = search_json(&["\"veilig derde land\"", "--limit", "100"]);
    let relaxed = hits(&v).iter().filter(|h| h["relaxed"] == true).count();
    let partial = hits(&v).iter().filter(|h| h["partial"] == true).count();
    assert!(
        relaxed > partial,
        "the page of 100 is filled with the words"
    );
    assert!(partial > 0, "and then with some of them");
    assert_eq!(hits(&v).len(), 100);
    assert_eq!(hits(&v).len(), exact + relaxed);
    for (i, h) in hits(&v).iter().enumerate() {
        assert_eq!(h["relaxed"], i >= exact, "{}", h["id"]);
        assert_eq!(h["partial"], i >= exact + relaxed - partial, "{}", h["id"]);
        assert_eq!(holds(h), i < exact, "{}", h["id"]);
        if h["relaxed"] == true && h["partial"] == false {
            // Every word, in some form.
            let text = h["text"].as_str().unwrap().to_lowercase();
            assert!(
                text.contains("derde") && text.contains("veilig"),
                "{}",
                h["id"]
            );
        }
    }
    // Counts before folding duplicates (a PDF and its text are two matches).
    assert!(v["total"].as_u64().unwrap() >= exact as u64);
    assert!(v["relaxed_total"].as_u64().unwrap() >= (relaxed - partial) as u64);
    assert!(v["partial_total"].as_u64().unwrap() >= partial as u64);
    let all = search_json(&["Oeganda", "--limit", "100"]);
    let without = search_json(&["Oeganda -terugkeerhub", "--limit", "100"]);
    assert!(hits(&without).len() < hits(&all).len());
    for h in hits(&without) {
        assert!(
            !h["text"]
                .as_str()
                .unwrap()
                .to_lowercase()
                .contains("terugkeerhub "),
            "{}",
            h["id"]
        );
    }
}

#[test]
fn a_rare_phrase_is_followed_by_its_words_and_says_so() {
    // Three passages hold `non-refoulement`; the Eerste Kamer answer on Frontex says
    // `non-refoulementbeginsel` and `verbod op refoulement`: the page shows it after
    // them, under a line saying what it is.
    let out = zoek()
        .args(["search", "\"non-refoulement\"", "--index"])
        .arg(index())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", failed(&out));
    let text = String::from_utf8_lossy(&out.stdout);
    let (exact, loose) = text
        .split_once("-- not the quoted phrase as typed, but its words")
        .unwrap_or_else(|| panic!("{text}"));
    assert_eq!(exact.matches("[non]-[refoulement]").count(), 3, "{text}");
    assert!(loose.contains("Grensbewaking & Frontex"), "{text}");
    assert!(
        loose.contains("3 of 3 passages holding the phrase, 1 of 1 holding its words or name"),
        "{text}"
    );
}

/// The last line counts the matching passages, and a hit's copies in other documents
/// (`also in …`) are among them: it says how many the page shows as copies, so a page
/// holding every match does not read `4 of 8`, as if half were left out.
#[test]
fn the_count_says_how_many_matches_the_page_shows_as_copies() {
    // `Oeganda`: four hits; an answer of the written consultation is also in its PDF and
    // its concept, two turns of the debate are also in the debate's PDF.
    let text = search_text(&["search", "Oeganda", "--no-related"]);
    let hits = (text.lines())
        .filter(|l| {
            l.split_once(". ")
                .is_some_and(|(n, _)| n.parse::<usize>().is_ok())
        })
        .count();
    let copies = text
        .lines()
        .filter(|l| l.starts_with("   also in "))
        .count();
    assert_eq!((hits, copies), (4, 4), "{text}");
    assert!(
        text.ends_with("4 of 8 matching passages, 4 more shown as copies\n"),
        "{text}"
    );
    // With `--all` the copies are hits of their own, and the count has nothing to add.
    let all = search_text(&["search", "Oeganda", "--no-related", "--all"]);
    assert!(all.ends_with("8 of 8 matching passages\n"), "{all}");
    // A quoted phrase no passage holds as typed: its tiers count their copies too.
    let phrase = search_text(&["search", "\"terugkeer hub\"", "--limit", "3"]);
    assert!(
        phrase.contains("no passage holding the phrase, 3 of "),
        "{phrase}"
    );
}

#[test]
fn a_short_page_goes_on_with_related_passages_and_says_so() {
    // `Eritrea` is in one turn; the minister's reply to it follows, under a line.
    let text = search_text(&["search", "Eritrea"]);
    let (matches, related) = text
        .split_once("-- related: like the passages above, without the query's words")
        .unwrap_or_else(|| panic!("{text}"));
    assert!(matches.contains("[Eritrea]"), "{text}");
    assert!(!related.contains("[Eritrea]"), "{text}");
    assert!(related.contains("verdienmodel"), "{text}");
    assert!(
        related.contains("1 of 2 matching passages, 1 more shown as a copy, and "),
        "{text}"
    );
    // In JSON they are marked; `--no-related` leaves them out.
    let v = search_json(&["Eritrea"]);
    assert!(hits(&v).iter().any(|h| h["related"] == true));
    let v = search_json(&["Eritrea", "--no-related"]);
    assert!(hits(&v).iter().all(|h| h["related"] == false));
    let text = search_text(&["search", "Eritrea", "--no-related"]);
    assert!(!text.contains("-- related"), "{text}");
}

/// Run `zoek search --stdin` with extra flags over the sample index; its standard output.
fn search_stdin(flags: &[&str], input: &str) -> String {
    use std::io::Write;
    let mut child = zoek()
        .args(["search", "--stdin"])
        .args(flags)
        .arg("--index")
        .arg(index())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn stdin_batch_gives_one_json_line_per_query() {
    let out = search_stdin(&[], "terugkeerhub Oeganda\n\nsolidariteitspool\n");
    let lines: Vec<Value> = out
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["query"], "terugkeerhub Oeganda");
    assert_eq!(lines[1]["query"], "solidariteitspool");
    assert!(!hits(&lines[1]).is_empty());
}

#[test]
fn stdin_batch_on_several_threads_answers_in_query_order() {
    let queries: Vec<String> = [
        "terugkeerhub",
        "Oeganda",
        "EVRM",
        "Italie",
        "bandencriterium",
        "Syrië",
        "KMar",
        "nareizen",
        "Frontex",
        "Dublinoverdrachten",
        "pushbacks",
        "Belarus",
    ]
    .iter()
    .cycle()
    .take(60)
    .map(|q| q.to_string())
    .collect();
    let input = queries.join("\n");
    let one = search_stdin(&["--threads", "1"], &input);
    let four = search_stdin(&["--threads", "4"], &input);
    assert_eq!(one, four, "the same answers in the same order");
    let asked: Vec<String> = four
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["query"]
                .as_str()
                .unwrap()
                .to_string()
        })
        .collect();
    assert_eq!(asked, queries);
}

#[test]
fn split_json_gives_the_passages_of_one_document() {
    let file = root().join("corpus-sample/tk-32317-974-verslag-schriftelijk-overleg.txt");
    let out = zoek()
        .arg("split")
        .arg(&file)
        .arg("--json")
        .output()
        .unwrap();
    assert!(out.status.success());
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(
        v["source"]
            .as_str()
            .unwrap()
            .ends_with("tk-32317-974-verslag-schriftelijk-overleg.txt")
    );
    let passages = v["passages"].as_array().unwrap();
    // 23 questions with their answers, and the report's opening before them.
    assert_eq!(passages.len(), 24);
    assert_eq!(passages[0]["topic"], "Begeleidende tekst");
    assert!(
        (passages[0]["text"].as_str().unwrap())
            .contains("Bij brief van 8 oktober 2025 zijn de vragen beantwoord.")
    );
    let count = |f: &str| passages.iter().filter(|p| p["fractie"] == f).count();
    assert_eq!((count("GroenLinks-PvdA"), count("NSC")), (4, 19));
    // The readable form names each passage.
    let out = zoek().arg("split").arg(&file).output().unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("24 passages") && text.contains("   Q: ") && text.contains("   A: "),
        "{text}"
    );
}

/// One passage is one passage, in every line that counts them.
#[test]
fn one_passage_is_counted_in_the_singular() {
    let text = search_text(&["Botman", "--no-related"]);
    assert!(text.ends_with("1 of 1 matching passage\n"), "{text}");
    let text = search_text(&["Botman", "--sort", "oldest"]);
    assert!(
        text.ends_with("1 of 1 passage holding every word, oldest first\n"),
        "{text}"
    );
    let out = zoek()
        .arg("split")
        .arg(root().join("tests/fixtures/real/motie-kst-36278-32.docx"))
        .output()
        .unwrap();
    let text = succeeded(&out);
    assert!(
        text.lines()
            .next()
            .unwrap()
            .ends_with("motie-kst-36278-32.docx: 1 passage"),
        "{text}"
    );
}

/// Files zoek does not read are skipped, not failed, but the summary names their types,
/// and a document a word processor wrote in a format zoek does not read (`.doc`, `.rtf`)
/// gets a line saying how to make it readable: a folder of old Word letters must not
/// index as nothing without a word.
#[test]
fn skipped_types_are_named_and_old_word_files_get_advice() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("docs");
    std::fs::create_dir(&folder).unwrap();
    std::fs::write(folder.join("brief.txt"), "Vraag 1\nWat is de stand?\n").unwrap();
    std::fs::write(folder.join("antwoorden.doc"), b"\xd0\xcf\x11\xe0 Word 97").unwrap();
    std::fs::write(folder.join("vragen.rtf"), r"{\rtf1 Vraag 1}").unwrap();
    std::fs::write(folder.join("bijlage.rtf"), r"{\rtf1 Bijlage}").unwrap();
    std::fs::write(folder.join("foto.jpg"), b"\xff\xd8\xff").unwrap();
    let out = succeeded(&run_index(&folder, &dir.path().join("index")));
    assert!(
        out.contains("0 failed; 4 files of other types skipped (.rtf, .doc, .jpg)"),
        "{out}"
    );
    assert!(
        out.contains(
            "skipped: 2 .rtf files: zoek does not read .rtf; save them as .docx, .odt or PDF"
        ),
        "{out}"
    );
    assert!(
        out.contains("skipped: 1 .doc file: zoek does not read .doc; save it as"),
        "{out}"
    );
    // A photo holds no text to miss: counted, not advised on.
    assert!(!out.contains(".jpg file"), "{out}");
}

#[test]
fn missing_index_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let out = zoek()
        .args(["search", "x", "--index"])
        .arg(dir.path().join("nothing"))
        .output()
        .unwrap();
    let err = failed(&out);
    assert!(
        err.contains("no zoek index") && err.contains("zoek index"),
        "{err}"
    );
    assert_eq!(err.trim().lines().count(), 1, "{err}");
}

#[test]
fn bad_date_and_unknown_flag_and_bad_folder() {
    let out = zoek()
        .args(["search", "x", "--from", "2025-13-40", "--index"])
        .arg(index())
        .output()
        .unwrap();
    let err = failed(&out);
    assert!(
        err.contains("2025-13-40") && err.contains("YYYY-MM-DD"),
        "{err}"
    );

    let out = zoek()
        .args(["search", "x", "--frobnicate"])
        .output()
        .unwrap();
    let err = failed(&out);
    assert!(err.contains("--frobnicate"), "{err}");

    let dir = tempfile::tempdir().unwrap();
    let out = run_index(&dir.path().join("does-not-exist"), &dir.path().join("i"));
    let err = failed(&out);
    assert!(err.contains("does-not-exist"), "{err}");
}

#[test]
fn index_of_another_schema_version_asks_for_a_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index");
    succeeded(&run_index(&root().join("corpus-sample"), &path));
    let manifest = path.join("zoek-index.json");
    let text = std::fs::read_to_string(&manifest).unwrap();
    let mut v: Value = serde_json::from_str(&text).unwrap();
    v["schema_version"] = Value::String("0-old".into());
    std::fs::write(&manifest, v.to_string()).unwrap();
    // An incremental run cannot use it either.
    let out = run_index(&root().join("corpus-sample"), &path);
    assert!(failed(&out).contains("--full"));
    refused_until_rebuilt(&path, "schema version 0-old");
}

/// An index whose fields are not this zoek's, though its manifest names this version
/// (built by a zoek whose fields changed without a new version), is refused the same
/// way, never read by the wrong field numbers.
#[test]
fn index_with_other_fields_asks_for_a_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("index");
    succeeded(&run_index(&root().join("corpus-sample"), &path));
    let meta = path.join("meta.json");
    let mut v: Value = serde_json::from_str(&std::fs::read_to_string(&meta).unwrap()).unwrap();
    let fields = v["schema"].as_array_mut().unwrap();
    let last = fields.pop().unwrap();
    assert!(last["name"].is_string(), "{last}");
    std::fs::write(&meta, v.to_string()).unwrap();
    refused_until_rebuilt(&path, "with other fields");
}

/// A search on the index at `path` fails saying `says` and how to rebuild; `--full`, as
/// the message says, rebuilds it, and the search then answers.
fn refused_until_rebuilt(path: &Path, says: &str) {
    let search = || {
        zoek()
            .args(["search", "Oeganda", "--json", "--index"])
            .arg(path)
            .output()
            .unwrap()
    };
    let err = failed(&search());
    assert!(err.contains(says) && err.contains("--full"), "{err}");
    let out = zoek()
        .arg("index")
        .arg(root().join("corpus-sample"))
        .args(["--full", "--index"])
        .arg(path)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(stderr.contains("rebuilding"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains(": 11 added, "));
    succeeded(&search());
}

#[test]
fn index_location_from_environment() {
    let out = Command::new(env!("CARGO_BIN_EXE_zoek"))
        .env("ZOEK_INDEX", index())
        .env("NO_COLOR", "1")
        .args(["search", "Oeganda", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(!hits(&v).is_empty());
}

#[test]
fn a_hit_that_refers_to_another_answer_shows_that_answer() {
    let v = search_json(&[
        "indicatoren opname categorie",
        "--kamerstuk",
        "32317-974",
        "--limit",
        "1",
    ]);
    let top = &hits(&v)[0];
    assert!(
        top["answer"]
            .as_str()
            .unwrap()
            .starts_with("Zie antwoord op de vorige vraag")
    );
    let referenced = &top["referenced"];
    // The ninth question, after the report's opening.
    assert!(
        referenced["id"].as_str().unwrap().ends_with("#10"),
        "{referenced}"
    );
    assert!(
        referenced["answer"]
            .as_str()
            .unwrap()
            .contains("De uiteindelijke bijdrage van Nederland")
    );
}

/// The first hit of `query`, explained, as `zoek search --explain` prints it.
fn explained(query: &str) -> String {
    let out = zoek()
        .args(["search", query, "--explain", "--limit", "1", "--index"])
        .arg(index())
        .output()
        .unwrap();
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A long page is explained hit by hit, copies included: when a passage found is shown
/// by a copy that does not match the query itself (the related passages that fill the
/// page brought in the text version of a PDF hit), the score explained is the one of
/// the passage found. `--explain --limit 56` failed here with `Document #(109) does not
/// match`.
#[test]
fn every_hit_of_a_long_page_is_explained() {
    for query in [
        "detentie en vreemdelingenbewaring",
        "hoe lang mag een vreemdeling worden opgehouden",
    ] {
        let page = search_json(&[query, "--explain", "--limit", "100"]);
        let found: Vec<&Value> = (hits(&page).iter())
            .filter(|h| h["related"] == false)
            .collect();
        assert!(found.len() > 20, "{query}: {} hits", found.len());
        for h in found {
            let explanation = &h["explanation"];
            assert!(
                explanation["bm25"].as_f64().unwrap() > 0.0
                    && explanation["bm25_detail"]["value"].as_f64().unwrap() > 0.0,
                "{query}: {}: {explanation}",
                h["id"]
            );
        }
    }
}

#[test]
fn explain_and_all_flags() {
    let text = explained("solidariteitspool Dublin");
    assert!(
        text.contains("bm25")
            && text.contains("coverage")
            && text.contains("solidariteitspool held (weight")
            && text.contains("dublin held (weight"),
        "{text}"
    );

    // A word of everyday Dutch says how much it was weighed down.
    // (`welke rol speelt` would be the frame of a question, no subject.)
    let text = explained("speelt het Europees Parlement een rol");
    assert!(text.contains("everyday word ×0.7"), "{text}");
    // An alias term is not: its own weight only.
    let parlement = text.split("europees parlement").nth(1).unwrap_or_default();
    let parlement = parlement.split(')').next().unwrap_or_default();
    assert!(
        parlement.contains("weight ") && !parlement.contains("everyday"),
        "{text}"
    );

    // A word held only through a part of it says how much of it that part holds: the
    // rare `screening` of `screeningsverordening` more than the common `verordening`.
    let out = zoek()
        .args([
            "search",
            "screeningsverordening",
            "--explain",
            "--limit",
            "4",
        ])
        .arg("--index")
        .arg(index())
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    let shares: Vec<f32> = (text.split("held in part (").skip(1))
        .filter_map(|rest| rest.split(" of it,").next()?.parse().ok())
        .collect();
    // The passages holding `screening` (0.57 of the word) come before those holding only
    // `verordening` (0.50).
    assert!(shares.len() >= 2, "{text}");
    assert!(shares[0] > 0.5 && shares.last() == Some(&0.5), "{text}");
    assert!(shares.windows(2).all(|w| w[0] >= w[1]), "{text}");

    let folded = search_json(&["terugkeerhub Oeganda", "--limit", "3"]);
    assert!(!hits(&folded)[0]["also_in"].as_array().unwrap().is_empty());
    let all = search_json(&["terugkeerhub Oeganda", "--limit", "3", "--all"]);
    assert!(
        hits(&all)
            .iter()
            .all(|h| h["also_in"].as_array().unwrap().is_empty())
    );
}

#[test]
fn eval_prints_zoek_and_baseline() {
    let out = zoek()
        .arg("eval")
        .arg(root().join("tests/relevance/queries.json"))
        .arg("--corpus")
        .arg(root().join("corpus-sample"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains("| baseline") && text.contains("(zoek) |") && text.contains("nDCG@10"),
        "{text}"
    );
}

/// A set that names its corpus runs on it, from any working directory; `--assessor` adds
/// the second reader's agreement as a row of the table and in the JSON.
#[test]
fn eval_runs_a_set_on_its_own_corpus_and_scores_a_second_assessor() {
    let elsewhere = tempfile::tempdir().unwrap();
    let out = zoek()
        .current_dir(elsewhere.path())
        .arg("eval")
        .arg(root().join("tests/relevance/real.json"))
        .arg("--assessor")
        .arg(root().join("tests/relevance/real-assessor2.json"))
        .output()
        .unwrap();
    let text = succeeded(&out);
    assert!(text.contains("fixtures/real"), "{text}");
    let row = text
        .lines()
        .find(|l| l.starts_with("| second assessor's judgments (30 queries) |"))
        .unwrap_or_else(|| panic!("{text}"));
    let ndcg: f64 = row.split('|').nth(2).unwrap().trim().parse().unwrap();
    assert!(ndcg > 0.5 && ndcg <= 1.0, "{row}");

    let out = zoek()
        .arg("eval")
        .arg(root().join("tests/relevance/real.json"))
        .arg("--assessor")
        .arg(root().join("tests/relevance/real.json"))
        .arg("--json")
        .output()
        .unwrap();
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    // A set agrees with itself on every query.
    assert_eq!(v["assessor"]["ndcg10"].as_f64(), Some(1.0), "{v}");
    assert_eq!(v["assessor"]["per_query"].as_array().unwrap().len(), 30);
    assert!(v["reports"].as_array().unwrap().len() >= 2);
}

/// A set naming a corpus that is not there, and a second assessor's set with none of the
/// set's query ids, are refused with what to do, not measured as zeros.
#[test]
fn eval_refuses_a_missing_corpus_and_an_assessor_of_other_queries() {
    let dir = tempfile::tempdir().unwrap();
    let set: Value = serde_json::from_str(
        &std::fs::read_to_string(root().join("tests/relevance/real.json")).unwrap(),
    )
    .unwrap();
    let mut missing = set.clone();
    missing["corpus"] = Value::from("../nowhere");
    let missing_path = dir.path().join("missing.json");
    std::fs::write(&missing_path, missing.to_string()).unwrap();
    let out = zoek().arg("eval").arg(&missing_path).output().unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("nowhere: no such folder") && err.contains("--corpus"),
        "{err}"
    );

    let mut other = set.clone();
    for q in other["queries"].as_array_mut().unwrap() {
        let id = format!("x{}", q["id"].as_str().unwrap());
        q["id"] = Value::from(id);
    }
    let other_path = dir.path().join("other.json");
    std::fs::write(&other_path, other.to_string()).unwrap();
    let out = zoek()
        .arg("eval")
        .arg(root().join("tests/relevance/real.json"))
        .arg("--assessor")
        .arg(&other_path)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("none of its queries has the id"), "{err}");
}

/// A member's reaction in the Regeling van werkzaamheden is shown with the request it
/// reacts to: in the text under the hit, in the JSON as `reacts_to` and `request`.
#[test]
fn a_reaction_is_shown_with_the_request_it_supports() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index");
    succeeded(&run_index(&root().join("tests/fixtures/plenair"), &index));
    let search = |json: bool| {
        let mut c = zoek();
        c.arg("search").arg("pgb fraude").arg("--index").arg(&index);
        if json {
            c.arg("--json");
        }
        c.output().unwrap()
    };
    let text = succeeded(&search(false));
    let agema = text.find("Agema (PVV)").unwrap_or_else(|| panic!("{text}"));
    let next_hit = text[agema..].find("\n\n").map_or(text.len(), |n| agema + n);
    assert!(
        text[agema..next_hit]
            .contains("↳ reacting to the request of Hermans (VVD): Voorzitter. Gisteren"),
        "{}",
        &text[agema..next_hit]
    );
    let v: Value = serde_json::from_slice(&search(true).stdout).unwrap();
    let hit = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["speaker"] == "Agema")
        .unwrap_or_else(|| panic!("{v}"));
    assert!(
        hit["reacts_to"]
            .as_str()
            .unwrap()
            .ends_with("handelingen-regeling.txt#2")
    );
    assert_eq!(hit["request"]["speaker"], "Hermans");
    assert_eq!(hit["request"]["fractie"], "VVD");
    assert!(
        hit["request"]["text"]
            .as_str()
            .unwrap()
            .contains("fraude met pgb's")
    );
    // The request itself reacts to nothing.
    let request = v["hits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["speaker"] == "Hermans")
        .unwrap();
    assert!(request["reacts_to"].is_null() && request["request"].is_null());
}

/// Kamervragen of three members of three parties, answered by a letter: the hit names
/// each party and shows the minister's notice under the question; the split names the
/// members and the notice.
#[test]
fn joint_kamervragen_show_every_party_and_the_notice() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("docs");
    std::fs::create_dir(&folder).unwrap();
    let file = "ah-tk-20232024-1999.pdf";
    std::fs::copy(
        root().join("tests/fixtures/real").join(file),
        folder.join(file),
    )
    .unwrap();
    let path = dir.path().join("index");
    succeeded(&run_index(&folder, &path));
    let out = zoek()
        .args([
            "search",
            "hoofdlijnenakkoord",
            "--fractie",
            "SP",
            "--limit",
            "1",
        ])
        .arg("--index")
        .arg(&path)
        .output()
        .unwrap();
    let text = succeeded(&out);
    assert!(
        text.contains("question  D66, GroenLinks-PvdA, SP → De Jonge"),
        "{text}"
    );
    assert!(
        text.contains("#4: De schriftelijke vragen") && text.contains("(36 471-64)"),
        "{text}"
    );

    let out = zoek().arg("split").arg(folder.join(file)).output().unwrap();
    let text = succeeded(&out);
    assert!(
        text.contains("members: Sneller (D66), Chakor (GroenLinks-PvdA), Van Nispen (SP)")
            && text.contains(
                "ah-tk-20232024-1999.pdf#4  section  De Jonge  p. 1\n   topic: Mededeling"
            )
            && text.contains("refers to: ah-tk-20232024-1999.pdf#4"),
        "{text}"
    );
}

/// Kamervragen asked, then answered in a document of their own: `--open` lists them
/// until the answer is indexed, the index run that brings the answer names them, and
/// `--count fractie` counts them per party.
#[test]
fn open_questions_until_their_answer_is_indexed() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("docs");
    std::fs::create_dir(&folder).unwrap();
    let fixtures = root().join("tests/fixtures/kamervragen-los");
    std::fs::copy(
        fixtures.join("2024Z10238-vragen.txt"),
        folder.join("vragen.txt"),
    )
    .unwrap();
    let path = dir.path().join("index");
    let first = succeeded(&run_index(&folder, &path));
    assert!(!first.contains("answered since"), "{first}");
    let search = |args: &[&str]| {
        let out = zoek()
            .arg("search")
            .args(args)
            .arg("--index")
            .arg(&path)
            .output()
            .unwrap();
        succeeded(&out)
    };
    let open = search(&["--open"]);
    // Dated by when they were sent, as no answer came with them.
    assert!(
        open.contains("1. 2024-06-04  question  ChristenUnie") && open.contains("3 of 3 matching"),
        "{open}"
    );
    let counted = search(&["--open", "--count", "fractie"]);
    assert!(
        counted.starts_with("fractie       passages\nChristenUnie         3\n"),
        "{counted}"
    );

    std::fs::copy(
        fixtures.join("2024Z10238-antwoord.txt"),
        folder.join("antwoord.txt"),
    )
    .unwrap();
    let second = succeeded(&run_index(&folder, &path));
    assert!(
        second.contains("3 open questions answered since the last run:\n  vragen.txt#1 (Bikker, ChristenUnie): Bent u bekend")
            && second.contains("→ antwoord.txt#2"),
        "{second}"
    );
    assert!(search(&["--open"]).contains("no passages pass the filters"));
    // The answer withdrawn, they are open again; a run that removes the questions
    // themselves answers none.
    std::fs::remove_file(folder.join("antwoord.txt")).unwrap();
    let third = succeeded(&run_index(&folder, &path));
    assert!(!third.contains("answered since"), "{third}");
    assert!(search(&["--open"]).contains("3 of 3 matching"));
    std::fs::copy(
        fixtures.join("2024Z10238-antwoord.txt"),
        folder.join("antwoord.txt"),
    )
    .unwrap();
    std::fs::remove_file(folder.join("vragen.txt")).unwrap();
    let fourth = succeeded(&run_index(&folder, &path));
    assert!(!fourth.contains("answered since"), "{fourth}");
    std::fs::copy(
        fixtures.join("2024Z10238-vragen.txt"),
        folder.join("vragen.txt"),
    )
    .unwrap();
    succeeded(&run_index(&folder, &path));
    // Counting needs no query; a facet zoek does not know is refused.
    // The answer to the first question repeats it (`Ja.`): one passage, shown with its
    // answer.
    let all = search(&["--count", "kind"]);
    assert!(
        all.starts_with("kind      passages\nqa               3\nquestion         2\n")
            && all.contains("5 passages, 1 copy counted with its passage"),
        "{all}"
    );
    let out = zoek()
        .args(["search", "--count", "colour", "--index"])
        .arg(&path)
        .output()
        .unwrap();
    assert!(failed(&out).contains("count by fractie, speaker"));
}

/// `--rss`: the hits as an RSS 2.0 feed, newest first over every match, each item linked
/// to its document on the official site, dated, and guided by a stable id.
#[test]
fn a_dossier_as_an_rss_feed() {
    let out = zoek()
        .args([
            "search",
            "--kamerstuk",
            "32317",
            "--rss",
            "--limit",
            "100",
            "--index",
        ])
        .arg(index())
        .output()
        .unwrap();
    let xml = succeeded(&out);
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let channel = doc
        .descendants()
        .find(|n| n.has_tag_name("channel"))
        .unwrap();
    let text = |n: roxmltree::Node, tag: &str| {
        n.children()
            .find(|c| c.has_tag_name(tag))
            .and_then(|c| c.text())
            .map(str::to_string)
    };
    assert_eq!(
        text(channel, "title").as_deref(),
        Some("zoek: kamerstuk:32317")
    );
    let items: Vec<roxmltree::Node> = channel
        .children()
        .filter(|n| n.has_tag_name("item"))
        .collect();
    assert!(items.len() > 50, "{}", items.len());
    let mut days = Vec::new();
    let mut undated = Vec::new();
    for item in &items {
        let guid = text(*item, "guid").unwrap();
        assert!(guid.contains("32317") && guid.contains('#'), "{guid}");
        // The concept has no date yet. Its questions and answers fold into the final
        // version; its covering text, worded otherwise than the final's, is an item of
        // its own, undated, after every dated one.
        let Some(date) = text(*item, "pubDate") else {
            undated.push(guid);
            continue;
        };
        assert!(
            undated.is_empty(),
            "a dated item after an undated one: {guid}"
        );
        days.push(time_of(&date));
        let link = text(*item, "link");
        if guid.contains("tk-32317-974-verslag") {
            assert_eq!(
                link.as_deref(),
                Some("https://zoek.officielebekendmakingen.nl/kst-32317-974.html")
            );
        }
        assert!(
            !guid.contains("concept"),
            "the concept folds into the final version"
        );
    }
    assert_eq!(
        undated,
        [root()
            .join("corpus-sample/tk-32317-974-concept.txt#1")
            .display()
            .to_string()]
    );
    assert!(
        days.windows(2).all(|w| w[0] >= w[1]),
        "newest first: {days:?}"
    );
    // The verslag of October 2025 before the minister's answers of January 2025.
    assert_eq!(days[0], (2025, 10, 8));
    assert_eq!(days[days.len() - 1], (2025, 1, 29));
}

/// `Wed, 08 Oct 2025 00:00:00 +0000` → (2025, 10, 8), for ordering.
fn time_of(rfc2822: &str) -> (u32, u32, u32) {
    let parts: Vec<&str> = rfc2822.split_whitespace().collect();
    let months = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let month = months.iter().position(|m| *m == parts[2]).unwrap() as u32 + 1;
    (parts[3].parse().unwrap(), month, parts[1].parse().unwrap())
}

/// A plenary item's XML names only its vergaderjaar; its metadata record names the day of
/// the sitting. Downloaded as the repository lays them out (`…/1/xml/X.xml` beside
/// `…/1/metadata/metadata.xml`), or with the record saved beside the file
/// (`X.metadata.xml`), the item is dated by the record: found by `--from`/`--to` and
/// listed by date. The records are not documents (no passages, no failures); a record
/// added, changed or removed later splits its document again; a record of another
/// publication is not used.
#[test]
fn a_metadata_record_dates_the_publication_it_describes() {
    let record = |id: &str, day: &str| {
        format!(
            r#"<?xml version="1.0" encoding="utf-8"?>
<metadata_gegevens>
<metadata name="DC.type" scheme="OVERHEIDop.Parlementair" content="Handelingen"/>
<metadata name="OVERHEIDop.vergaderjaar" scheme="" content="2017-2018"/>
<metadata name="OVERHEIDop.datumVergadering" scheme="" content="{day}"/>
<metadata name="DC.creator" scheme="OVERHEID.StatenGeneraal" content="Tweede Kamer der Staten-Generaal"/>
<metadata name="DC.identifier" scheme="OVERHEIDop.ParlID" content="{id}"/>
</metadata_gegevens>"#
        )
    };
    let dir = tempfile::tempdir().unwrap();
    let docs = dir.path().join("docs");
    let item8 = docs.join("h-tk-20172018-70-8/1/xml");
    let meta8 = docs.join("h-tk-20172018-70-8/1/metadata");
    std::fs::create_dir_all(&item8).unwrap();
    std::fs::create_dir_all(&meta8).unwrap();
    let real = root().join("tests/fixtures/real");
    std::fs::copy(
        real.join("h-tk-20172018-70-8.xml"),
        item8.join("h-tk-20172018-70-8.xml"),
    )
    .unwrap();
    std::fs::write(
        meta8.join("metadata.xml"),
        record("h-tk-20172018-70-8", "2018-04-05"),
    )
    .unwrap();
    // A record of another item in item 8's own folder: passed over for the one that is
    // item 8's, in the repository's place.
    std::fs::write(
        item8.join("metadata.xml"),
        record("h-tk-20172018-70-10", "2018-04-06"),
    )
    .unwrap();
    std::fs::copy(
        real.join("h-tk-20172018-70-9.xml"),
        docs.join("h-tk-20172018-70-9.xml"),
    )
    .unwrap();
    // Saved beside item 9, but the record of another item: not used for it.
    std::fs::write(
        docs.join("h-tk-20172018-70-9.metadata.xml"),
        record("h-tk-20172018-70-10", "2018-04-05"),
    )
    .unwrap();
    let index = dir.path().join("index");
    let text = succeeded(&run_index(&docs, &index));
    assert!(
        text.contains(": 2 added, 0 updated, 0 removed, 0 unchanged, 0 failed; 3 metadata records"),
        "{text}"
    );

    let on_the_day = |extra: &[&str]| {
        let mut cmd = zoek();
        cmd.args(["search", "--json", "--limit", "200", "--no-related"])
            .args(["--from", "2018-04-05", "--to", "2018-04-05"])
            .args(extra)
            .arg("--index")
            .arg(&index);
        let v: Value = serde_json::from_str(&succeeded(&cmd.output().unwrap())).unwrap();
        let mut sources: Vec<String> = hits(&v)
            .iter()
            .map(|h| {
                assert_eq!(h["date"], "2018-04-05", "{h}");
                h["source"]
                    .as_str()
                    .unwrap()
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .to_string()
            })
            .collect();
        sources.sort();
        sources.dedup();
        sources
    };
    assert_eq!(
        on_the_day(&["Regeling van werkzaamheden"]),
        ["h-tk-20172018-70-8.xml"]
    );
    assert_eq!(
        on_the_day(&[]),
        ["h-tk-20172018-70-8.xml"],
        "item 9 stays undated"
    );

    // `zoek split` reads the record too.
    let out = zoek()
        .arg("split")
        .arg(item8.join("h-tk-20172018-70-8.xml"))
        .output()
        .unwrap();
    let split = succeeded(&out);
    assert!(
        split.contains("date: 2018-04-05  vergaderjaar: 2017-2018"),
        "{split}"
    );

    // The right record for item 9 arrives: item 9 is split again, and dated.
    std::fs::write(
        docs.join("h-tk-20172018-70-9.metadata.xml"),
        record("h-tk-20172018-70-9", "2018-04-05"),
    )
    .unwrap();
    let text = succeeded(&run_index(&docs, &index));
    assert!(
        text.contains(": 0 added, 1 updated, 0 removed, 1 unchanged, 0 failed"),
        "{text}"
    );
    assert_eq!(
        on_the_day(&[]),
        ["h-tk-20172018-70-8.xml", "h-tk-20172018-70-9.xml"]
    );

    // Item 8's record is removed: item 8 is split again, and undated.
    std::fs::remove_file(meta8.join("metadata.xml")).unwrap();
    let text = succeeded(&run_index(&docs, &index));
    assert!(
        text.contains(": 0 added, 1 updated, 0 removed, 1 unchanged, 0 failed"),
        "{text}"
    );
    assert_eq!(on_the_day(&[]), ["h-tk-20172018-70-9.xml"]);

    // A Kamerstuk of two dossiers whose text names neither: its record numbers it in both.
    std::fs::write(
        docs.join("kst-34851-4.txt"),
        "Advies van de Afdeling advisering over de uitvoeringswet voor de verordening \
         gegevensbescherming.\n",
    )
    .unwrap();
    std::fs::write(
        docs.join("kst-34851-4.metadata.xml"),
        r#"<metadata_gegevens>
<metadata name="OVERHEIDop.dossiernummer" scheme="" content="34851;34532"/>
<metadata name="OVERHEIDop.ondernummer" scheme="" content="4"/>
<metadata name="OVERHEIDop.vergaderjaar" scheme="" content="2017-2018"/>
<metadata name="DCTERMS.issued" scheme="DCTERMS.W3CDTF" content="2017-12-12"/>
<metadata name="DC.identifier" scheme="OVERHEIDop.ParlID" content="kst-34851-4"/>
</metadata_gegevens>"#,
    )
    .unwrap();
    succeeded(&run_index(&docs, &index));
    for kamerstuk in ["34851-4", "34532"] {
        let out = zoek()
            .args([
                "search",
                "--json",
                "gegevensbescherming",
                "--kamerstuk",
                kamerstuk,
            ])
            .arg("--index")
            .arg(&index)
            .output()
            .unwrap();
        let v: Value = serde_json::from_str(&succeeded(&out)).unwrap();
        let hit = &hits(&v)[0];
        assert!(
            hit["source"].as_str().unwrap().ends_with("kst-34851-4.txt"),
            "{hit}"
        );
        assert_eq!(hit["kamerstuk"], "34851-4", "{hit}");
        assert_eq!(hit["date"], "2017-12-12", "{hit}");
    }
}
