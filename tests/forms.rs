//! Forms of FORMATS.md and DUTCH.md (the notes on the records' forms and on Dutch) that
//! no other test holds zoek to: Eerste Kamer citations, a letter's document number, combined answers and
//! a notice of delay in Kamervragen, the Eerste Kamer's second round, a list answered
//! `Antwoord N`, a VLOS report of the later schema, characters PDFs leave in plain text,
//! and the words and party names users type.
//!
//! The documents are written here, small and in the printed forms, and indexed together
//! in one temporary index, with the Eerste Kamer's first round from `tests/fixtures/ek`.

mod support;

use std::path::Path;
use std::sync::OnceLock;
use zoek::read::Format;
use zoek::{Filters, Passage, PassageKind, Role, SearchRequest, ZoekIndex};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Kamervragen of one member: the opening, one question and its answer.
fn kamervragen(nr: u32, member: &str, question: &str, answer: &str) -> String {
    format!(
        "Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2024–2025\n\nAanhangsel van de \
         Handelingen\n\nVragen gesteld door de leden der Kamer, met de daarop door de\n\
         regering gegeven antwoorden\n\n{nr}\nVragen van het lid {member} aan de Minister van \
         Klimaat en Groene Groei over windturbines op zee (ingezonden 8 januari 2025).\n\
         Antwoord van Minister Hermans (Klimaat en Groene Groei) (ontvangen 29 januari \
         2025).\n\nVraag 1\n{question}\n\nAntwoord 1\n{answer}\n"
    )
}

/// A letter citing two documents of an Eerste Kamer dossier, numbered with letters.
const LETTER_CITING_EK: &str = "Tweede Kamer der Staten-Generaal

Vergaderjaar 2024–2025

32 317 JBZ-Raad

Nr. 980 BRIEF VAN DE MINISTER VAN ASIEL EN MIGRATIE

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 12 maart 2025

Over de evaluatie van de Wet justitiële en strafvorderlijke gegevens heeft de Eerste Kamer \
eerder vragen gesteld (28331, nr. I). Het antwoord daarop staat in Kamerstuk 28 331, nr. AI, \
waarin ook de bewaartermijnen van de justitiële documentatie worden besproken.

De Minister van Asiel en Migratie,
D.M. van Weel
";

/// A ministry letter that names the Kamer's document number of the request it answers.
const LETTER_WITH_KENMERK: &str = "Ministerie van Asiel en Migratie

Uw kenmerk 2025D04328

Betreft Reactie op verzoek over de leges voor naturalisatie

Den Haag, 14 april 2025

Hierbij reageer ik op het verzoek van de commissie over de hoogte van de \
naturalisatieleges voor gezinnen met een laag inkomen.

De Minister van Asiel en Migratie,
M.H.M. Faber-van de Klashorst
";

/// A Kamervragen document answering two questions with one answer, twice: questions
/// headed apart (`Vraag 2`, `Vraag 3`) and together (`Vraag 4, 5`), each answered by
/// `Antwoord 2, 3` and `Antwoord 4, 5`.
const KV_COMBINED: &str = "Tweede Kamer der Staten-Generaal

Vergaderjaar 2024–2025

Aanhangsel van de Handelingen

Vragen gesteld door de leden der Kamer, met de daarop door de
regering gegeven antwoorden

1101
Vragen van het lid Bikker (ChristenUnie) aan de Minister van Volksgezondheid,
Welzijn en Sport over de wachtlijsten in de jeugdggz (ingezonden 7 januari 2025).
Antwoord van Minister Agema (Volksgezondheid, Welzijn en Sport) (ontvangen
28 januari 2025).

Vraag 1
Bent u bekend met het bericht dat kinderen maandenlang wachten op een
behandeling in de jeugdggz?

Antwoord 1
Ja.

Vraag 2
Hoeveel kinderen staan op dit moment langer dan de treeknorm op een wachtlijst?

Vraag 3
Hoe verschilt die wachttijd tussen de regio's?

Antwoord 2, 3
Er is geen landelijk beeld van het aantal wachtenden. De zorgkantoren
melden grote verschillen tussen de regio's, met de langste wachttijden in
het noorden van het land.

Vraag 4, 5
Welke maatregelen neemt u om de wachttijden te verkorten? Wanneer verwacht
u dat de treeknorm weer wordt gehaald?

Antwoord 4, 5
Ik maak met de gemeenten afspraken over regionale expertisecentra. Ik
verwacht dat het effect daarvan in 2026 zichtbaar wordt.
";

/// Kamervragen the minister could not answer in time: a `Mededeling uitstel antwoord`
/// in place of the answers.
const KV_DELAY: &str = "Tweede Kamer der Staten-Generaal

Vergaderjaar 2024–2025

Aanhangsel van de Handelingen

Vragen gesteld door de leden der Kamer, met de daarop door de
regering gegeven antwoorden

1187
Vragen van het lid Kostić (PvdD) aan de Minister van Landbouw, Visserij,
Voedselzekerheid en Natuur over de stalbranden bij varkenshouderijen
(ingezonden 10 februari 2025).
Mededeling van Minister Wiersma (Landbouw, Visserij, Voedselzekerheid en
Natuur) (ontvangen 3 maart 2025).

Vraag 1
Hoeveel varkens zijn er in 2024 omgekomen bij stalbranden?

Vraag 2
Bent u bereid brandveiligheidseisen voor bestaande stallen verplicht te stellen?

Mededeling uitstel antwoord
De vragen van het lid Kostić (PvdD) over de stalbranden kunnen niet binnen
de gebruikelijke termijn van drie weken worden beantwoord, omdat de
gegevens van de brandweer nog worden verzameld.
";

/// The head of both documents of the Eerste Kamer's second round on bill 36 250.
const EK_HEAD: &str = "Eerste Kamer der Staten-Generaal
Vergaderjaar 2023–2024

36 250 Wijziging van de Algemene wet bestuursrecht en enige andere wetten in verband met \
het digitaal verzenden van besluiten en andere berichten door bestuursorganen (Wet digitale \
berichtgeving overheid)
";

/// The committee's further questions on the memorie van antwoord (`D`).
const NADER_VOORLOPIG_VERSLAG: &str = "D NADER VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN

Vastgesteld 14 mei 2024

De memorie van antwoord heeft de commissie aanleiding gegeven tot het stellen van de volgende nadere vragen.

1. Papieren weg

De leden van de VVD-fractie danken de regering voor de beantwoording. Zij vragen nog hoe lang een burger die terugkeert naar papier moet wachten voordat de bestuursorganen zijn keuze verwerken. Geldt daarvoor een vaste termijn?

De leden van de GroenLinks-PvdA-fractie vragen of de herinnering na twee weken ook per post wordt verstuurd aan burgers die hun e-mailadres niet hebben bijgewerkt. Hoe weet het bestuursorgaan dat een melding is aangekomen?

2. Digitale inclusie

De leden van de BBB-fractie vragen de regering hoeveel informatiepunten in bibliotheken in kleine kernen na 2025 open blijven, en of er een minimumaantal per gemeente wordt vastgelegd.

De leden van de vaste commissie voor Binnenlandse Zaken zien de beantwoording van de vragen met belangstelling tegemoet.

De voorzitter van de vaste commissie voor Binnenlandse Zaken,
Dittrich

De griffier van de vaste commissie voor Binnenlandse Zaken,
De Boer
";

/// The government's answers to them (`E`), each question repeated before its answer.
const NADERE_MEMORIE_VAN_ANTWOORD: &str = "E NADERE MEMORIE VAN ANTWOORD

Ontvangen 6 juni 2024

De regering dankt de leden van de vaste commissie voor Binnenlandse Zaken voor het nader voorlopig verslag. Hieronder worden de vragen beantwoord in de volgorde van het verslag.

1. Papieren weg

De leden van de VVD-fractie vragen hoe lang een burger die terugkeert naar papier moet wachten voordat de bestuursorganen zijn keuze verwerken, en of daarvoor een vaste termijn geldt.

Een gewijzigde keuze wordt binnen vijf werkdagen door alle aangesloten bestuursorganen verwerkt. Die termijn wordt in de algemene maatregel van bestuur vastgelegd.

De leden van de GroenLinks-PvdA-fractie vragen of de herinnering ook per post wordt verstuurd aan burgers die hun e-mailadres niet hebben bijgewerkt.

Komt een e-mailmelding als onbestelbaar terug, dan stuurt het bestuursorgaan het bericht alsnog per post. Zo bereikt het bericht ook de burger van wie het e-mailadres niet meer klopt.

2. Digitale inclusie

De leden van de BBB-fractie vragen hoeveel informatiepunten in bibliotheken in kleine kernen na 2025 open blijven.

Alle informatiepunten blijven tot en met 2027 open. De financiering daarvan is in de begroting vastgelegd; een minimumaantal per gemeente legt de regering niet vast, omdat de bibliotheken zelf het best weten waar de vraag is.

De Minister van Binnenlandse Zaken en Koninkrijksrelaties,
H.M. de Jonge
";

/// A committee debate in VLOS XML of the later schema (namespace
/// `http://www.tweedekamer.nl/vlos2`): a member, whose fractie is given as name and
/// abbreviation, and a state secretary (`soort="Staatssecretaris"`).
const VLOS2: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<vlosCoreDocument Source="VLOS2.0" soort="Eindpublicatie" status="Gecorrigeerd" xmlns="http://www.tweedekamer.nl/vlos2">
  <vergadering soort="Commissie" kamer="Tweede Kamer">
    <titel>Fiscale regelgeving</titel>
    <vergaderjaar>2024-2025</vergaderjaar>
    <datum>2025-02-12T00:00:00</datum>
    <activiteit soort="Commissiedebat">
      <onderwerp>Fiscale regelgeving</onderwerp>
      <activiteithoofd soort="Algemeen">
        <activiteitdeel soort="Spreekbeurt">
          <activiteititem soort="Woordvoerder">
            <woordvoerder>
              <spreker soort="Tweede Kamerlid">
                <fractie><naam>Nieuw Sociaal Contract</naam><afkorting>NSC</afkorting></fractie>
                <aanhef>Mevrouw</aanhef>
                <verslagnaam>Van Dijk-Smit</verslagnaam>
                <achternaam>Dijk-Smit van</achternaam>
                <functie>lid Tweede Kamer</functie>
              </spreker>
              <isvoorzitter>false</isvoorzitter>
              <tekst>
                <alinea><alineaitem>Mevrouw <nadruk type="Vet">Van Dijk-Smit</nadruk> (NSC):</alineaitem></alinea>
                <alinea><alineaitem>Voorzitter. Hoeveel ondernemers hebben te veel parkeerbelasting betaald, en krijgen zij dat terug?</alineaitem></alinea>
              </tekst>
            </woordvoerder>
          </activiteititem>
        </activiteitdeel>
        <activiteitdeel soort="Spreekbeurt">
          <activiteititem soort="Woordvoerder">
            <woordvoerder>
              <spreker soort="Staatssecretaris">
                <aanhef>De heer</aanhef>
                <verslagnaam>Idsinga</verslagnaam>
                <achternaam>Idsinga</achternaam>
                <functie>staatssecretaris van Financiën</functie>
              </spreker>
              <isvoorzitter>false</isvoorzitter>
              <tekst>
                <alinea><alineaitem>Staatssecretaris <nadruk type="Vet">Idsinga</nadruk>:</alineaitem></alinea>
                <alinea><alineaitem>De gemeenten betalen de te veel geheven parkeerbelasting terug aan iedere ondernemer die daarom vraagt.</alineaitem></alinea>
              </tekst>
            </woordvoerder>
          </activiteititem>
        </activiteitdeel>
      </activiteithoofd>
    </activiteit>
  </vergadering>
</vlosCoreDocument>
"#;

/// A letter whose text extraction left a ligature `ﬂ` and `ﬁ`, a soft hyphen (U+00AD)
/// inside `asielopvang`, no-break spaces (U+00A0) and symbol-font bullets (U+F0B7).
const LETTER_WITH_PDF_CHARACTERS: &str = "Tweede Kamer der Staten-Generaal\n\n\
    Vergaderjaar 2024–2025\n\n32 317 JBZ-Raad\n\n\
    Nr. 981 BRIEF VAN DE MINISTER VAN ASIEL EN MIGRATIE\n\n\
    Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
    Den Haag, 20\u{a0}maart\u{a0}2025\n\n\
    Gemeenten vragen om een \u{fb02}exibele verdeling van de asiel\u{ad}opvang en om een \
    \u{fb01}nanciële vergoeding per plek.\n\n\
    \u{f0b7} de\u{a0}spreidingswet blijft van kracht;\n\
    \u{f0b7} de noodopvang in sporthallen wordt afgebouwd.\n\n\
    De Minister van Asiel en Migratie,\nD.M. van Weel\n";

/// One-sentence documents for the word forms of DUTCH.md: (file, text).
const WORD_FORMS: &[(&str, &str)] = &[
    // Inflected and accented forms (DUTCH.md, Stemming).
    (
        "woord-autos.txt",
        "Het aantal auto's op de provinciale wegen is in tien jaar verdubbeld.",
    ),
    (
        "woord-ngos.txt",
        "Verschillende ngo's helpen bij de opvang op de Griekse eilanden.",
    ),
    (
        "woord-kinderen.txt",
        "De kinderen in de noodopvang krijgen les in een leslokaal van de school.",
    ),
    (
        "woord-fracties.txt",
        "Alle fracties steunden het voorstel over de woningbouw.",
    ),
    (
        "woord-opvangplekken.txt",
        "Er zijn driehonderd opvangplekken bijgekomen in Drenthe.",
    ),
    (
        "woord-gemeenten.txt",
        "De gemeenten krijgen meer geld voor de jeugdzorg.",
    ),
    (
        "woord-ministers.txt",
        "De ministers overlegden over de stikstofaanpak.",
    ),
    (
        "woord-financien.txt",
        "Het ministerie van Financiën betaalt de toeslagen uit.",
    ),
    (
        "woord-geent.txt",
        "Het vee in de Betuwe is geënt, zodat blauwtong zich niet verspreidt.",
    ),
    (
        "woord-cafe.txt",
        "Het café aan de Markt moet voortaan om één uur sluiten.",
    ),
    // The plain forms, for the way back.
    (
        "woord-auto.txt",
        "Wie een auto met een dieselmotor rijdt, betaalt meer motorrijtuigenbelasting.",
    ),
    ("woord-kind.txt", "Elk kind heeft recht op goed onderwijs."),
    (
        "woord-gemeente.txt",
        "Iedere gemeente stelt zelf de hoogte van de parkeertarieven vast.",
    ),
    (
        "woord-cafe-zonder-accent.txt",
        "Het cafe aan de Haven krijgt een terrasvergunning.",
    ),
    (
        "woord-financien-zonder-trema.txt",
        "De Rijksbegroting van Financien wordt in september gepresenteerd.",
    ),
    // Words on tantivy's Dutch stop list (DUTCH.md, Stop words), each beside a document
    // that says the same without it.
    (
        "stop-tegen.txt",
        "De fractie stemde tegen het wetsvoorstel over de huurprijzen.",
    ),
    (
        "stop-voor.txt",
        "De fractie stemde voor het wetsvoorstel over de huurprijzen.",
    ),
    (
        "stop-zonder.txt",
        "Vreemdelingen zonder verblijfsvergunning krijgen bed, bad en brood.",
    ),
    (
        "stop-met.txt",
        "Vreemdelingen met een verblijfsvergunning krijgen een woning.",
    ),
    (
        "stop-ja.txt",
        "Het antwoord is ja: de regeling geldt ook voor zelfstandigen.",
    ),
    (
        "stop-nee.txt",
        "Het antwoord is nee: de regeling geldt niet voor zelfstandigen.",
    ),
    // Compounds written joined or hyphenated (DUTCH.md, Compounds).
    (
        "samen-beslistermijn.txt",
        "De IND overschrijdt de wettelijke beslistermijn in een op de drie zaken.",
    ),
    (
        "samen-frontexoperaties.txt",
        "Nederland levert marechaussees voor Frontexoperaties in de Middellandse Zee.",
    ),
    (
        "samen-frontex-operaties.txt",
        "De Frontex-operaties aan de Grieks-Turkse grens worden uitgebreid.",
    ),
    (
        "samen-pannenkoek.txt",
        "Op de kinderboerderij wordt elke zondag een pannenkoek gebakken.",
    ),
    // Two words written with a hyphen, the first no word of the list (an abbreviation).
    (
        "samen-jbz-raad.txt",
        "De JBZ-Raad van december sprak over de terugkeerverordening.",
    ),
    (
        "samen-eu-grondgebied.txt",
        "Asielverzoeken buiten het EU-grondgebied afhandelen blijft omstreden.",
    ),
    (
        "samen-raad.txt",
        "De raad van bestuur vergadert in januari.",
    ),
    (
        "samen-grondgebied.txt",
        "Het grondgebied van de gemeente wordt groter.",
    ),
    // Their parts alone, which rank below them.
    ("samen-beslis.txt", "Ik beslis daar na het zomerreces over."),
    ("samen-termijn.txt", "De termijn voor bezwaar is zes weken."),
    (
        "samen-frontex.txt",
        "Frontex krijgt meer personeel voor de Europese grenswacht.",
    ),
    (
        "samen-operaties.txt",
        "De operaties van de marine in de Golf worden verlengd.",
    ),
    (
        "samen-pannen.txt",
        "De pannen in de keuken zijn van gietijzer.",
    ),
    (
        "samen-koek.txt",
        "Bij de koffie krijgt iedere bezoeker een koek.",
    ),
];

/// The parties of the fractie filter's test, each asking about windturbines: (file,
/// member, question).
const PARTY_QUESTIONS: &[(&str, &str, &str)] = &[
    (
        "kv-glpvda.txt",
        "Kröger (GroenLinks-PvdA)",
        "Hoeveel windturbines op zee worden er dit jaar gebouwd, en haalt u daarmee het doel voor 2030?",
    ),
    (
        "kv-pvdd.txt",
        "Kostić (PvdD)",
        "Hoeveel vogels en vleermuizen komen jaarlijks om bij windturbines op zee?",
    ),
    (
        "kv-cu.txt",
        "Bikker (ChristenUnie)",
        "Welke afspraken maakt u met vissers over de gebieden tussen de windturbines?",
    ),
    (
        "kv-fvd.txt",
        "Van Houwelingen (FVD)",
        "Wat kost de subsidie voor windturbines op zee de belastingbetaler per huishouden?",
    ),
    (
        "kv-vvd.txt",
        "Erkens (VVD)",
        "Wanneer is het stroomnet op land gereed voor de windturbines van het nieuwe windpark?",
    ),
];

/// Every document of these tests, indexed together once.
fn index() -> &'static ZoekIndex {
    static INDEX: OnceLock<(tempfile::TempDir, ZoekIndex)> = OnceLock::new();
    &INDEX
        .get_or_init(|| {
            let mut docs: Vec<(String, String)> = [
                ("brief-28331.txt", LETTER_CITING_EK.to_string()),
                ("brief-kenmerk.txt", LETTER_WITH_KENMERK.to_string()),
                ("kv-gecombineerd.txt", KV_COMBINED.to_string()),
                ("kv-uitstel.txt", KV_DELAY.to_string()),
                (
                    "nader-voorlopig-verslag.txt",
                    format!("{EK_HEAD}\n{NADER_VOORLOPIG_VERSLAG}"),
                ),
                (
                    "nadere-memorie-van-antwoord.txt",
                    format!("{EK_HEAD}\n{NADERE_MEMORIE_VAN_ANTWOORD}"),
                ),
                ("commissiedebat-vlos2.xml", VLOS2.to_string()),
                ("brief-tekens.txt", LETTER_WITH_PDF_CHARACTERS.to_string()),
            ]
            .map(|(name, text)| (name.to_string(), text))
            .into();
            for first_round in ["voorlopig-verslag.txt", "memorie-van-antwoord.txt"] {
                let path = root().join("tests/fixtures/ek").join(first_round);
                docs.push((
                    first_round.to_string(),
                    std::fs::read_to_string(path).unwrap(),
                ));
            }
            docs.extend(
                WORD_FORMS
                    .iter()
                    .map(|(f, t)| (f.to_string(), t.to_string())),
            );
            for (i, (file, member, question)) in PARTY_QUESTIONS.iter().enumerate() {
                let answer =
                    "Daarover informeer ik uw Kamer in de voortgangsbrief windenergie op zee.";
                let text = kamervragen(1200 + i as u32, member, question, answer);
                docs.push((file.to_string(), text));
            }
            support::index_of(docs)
        })
        .1
}

/// The hits of a search that hold its words (not the related passages shown after them).
fn hits(query: &str, set: impl Fn(&mut Filters)) -> Vec<zoek::Hit> {
    let mut req = SearchRequest::new(query);
    set(&mut req.filters);
    req.limit = 100;
    let hits = index().search(&req).unwrap().hits;
    hits.into_iter().filter(|h| !h.related).collect()
}

/// The files of the hits of a search, best first, once each; a near-duplicate folded
/// into a hit ([`zoek::Hit::also_in`]) counts as found after it.
fn files_found(query: &str, set: impl Fn(&mut Filters)) -> Vec<String> {
    let mut files: Vec<String> = Vec::new();
    for h in hits(query, set) {
        let copies = h.also_in.iter().map(|c| c.source.as_str());
        for source in std::iter::once(h.passage.source.as_str()).chain(copies) {
            let file = source.rsplit('/').next().unwrap_or_default();
            if !files.iter().any(|f| f == file) {
                files.push(file.to_string());
            }
        }
    }
    files
}

/// A passage of the index by its id.
fn passage(id: &str) -> Passage {
    index()
        .passage_by_id(id, None)
        .unwrap()
        .unwrap_or_else(|| panic!("no passage {id}"))
}

/// The passages of a document, read as the file `file` holding `text` would be.
fn split(file: &str, text: &str) -> Vec<Passage> {
    let format = Format::of(Path::new(file)).unwrap();
    let doc = zoek::read::read_bytes(Path::new(file), format, text.as_bytes()).unwrap();
    zoek::split::split_document(&doc)
}

/// FORMATS.md, Kamerstuk numbers: Eerste Kamer documents are numbered with letters, and
/// a citation of one in either printed form (`(28331, nr. I)`, `Kamerstuk 28 331, nr.
/// AI`) is a reference (`28331-I`, `28331-AI`), by which a search finds the citing passage.
#[test]
fn eerste_kamer_citations_numbered_with_letters_are_references() {
    let ps = split("brief-28331.txt", LETTER_CITING_EK);
    let citing = ps
        .iter()
        .find(|p| p.text.contains("bewaartermijnen"))
        .expect("the passage citing the Eerste Kamer documents");
    assert_eq!(citing.references, ["28331-I", "28331-AI"]);
    // The letter's own number is its Kamerstuk, not a reference.
    assert_eq!(citing.kamerstuk.as_deref(), Some("32317-980"));
    for typed in ["28331-AI", "Kamerstuk 28 331, nr. AI", "28331-I"] {
        assert_eq!(files_found(typed, |_| {}), ["brief-28331.txt"], "{typed}");
    }
}

/// FORMATS.md, Kamerstuk numbers: Tweede Kamer document numbers (`2025D04328`). A letter
/// names the one of the request it answers (`Uw kenmerk 2025D04328`): it is an identifier
/// of the letter, and typed, it finds the letter.
#[test]
fn a_document_number_the_letter_answers_finds_the_letter() {
    let ps = split("brief-kenmerk.txt", LETTER_WITH_KENMERK);
    assert!(!ps.is_empty());
    for p in &ps {
        assert_eq!(p.identifiers, ["2025d04328"], "{}", p.id);
    }
    assert_eq!(files_found("2025D04328", |_| {}), ["brief-kenmerk.txt"]);
    assert_eq!(
        files_found("2025D04328 naturalisatieleges", |_| {}),
        ["brief-kenmerk.txt"]
    );
}

/// FORMATS.md, Kamervragen: one answer for two questions (`Vraag 2` and `Vraag 3` answered
/// by `Antwoord 2, 3`; `Vraag 4, 5` by `Antwoord 4, 5`) is one qa passage holding both
/// questions; no question is left without its answer.
#[test]
fn one_answer_for_two_questions_is_one_passage_with_both() {
    let ps = split("kv-gecombineerd.txt", KV_COMBINED);
    let kinds: Vec<PassageKind> = ps.iter().map(|p| p.kind).collect();
    assert_eq!(kinds, [PassageKind::Qa; 3], "{ps:#?}");
    let combined = &ps[1];
    let question = combined.question.as_deref().unwrap();
    assert!(question.starts_with("Hoeveel kinderen staan"), "{question}");
    assert!(
        question.contains("Hoe verschilt die wachttijd"),
        "{question}"
    );
    assert!(
        (combined.answer.as_deref().unwrap()).starts_with("Er is geen landelijk beeld"),
        "{:?}",
        combined.answer
    );
    let grouped = &ps[2];
    let question = grouped.question.as_deref().unwrap();
    assert!(question.starts_with("Welke maatregelen"), "{question}");
    assert!(question.ends_with("weer wordt gehaald?"), "{question}");
    assert!(
        (grouped.answer.as_deref().unwrap()).starts_with("Ik maak met de gemeenten"),
        "{:?}",
        grouped.answer
    );
    // The second question of the pair is found with the answer to it.
    let found = hits("wachttijd regio's", |f| {
        f.set("kind", "qa").unwrap();
    });
    assert_eq!(found[0].passage.id, "kv-gecombineerd.txt#2");
    // None is open.
    let open = hits("jeugdggz", |f| f.open = true);
    assert!(open.is_empty(), "{:?}", open[0].passage.id);
}

/// FORMATS.md, Kamervragen: a notice of delay (`Mededeling uitstel antwoord`) is no
/// answer. The questions stay `question` passages, which point to the notice, and
/// `--open` finds them; the notice itself is no question.
#[test]
fn a_notice_of_delay_leaves_the_questions_open() {
    let ps = split("kv-uitstel.txt", KV_DELAY);
    let questions: Vec<&Passage> = (ps.iter())
        .filter(|p| p.kind == PassageKind::Question)
        .collect();
    assert_eq!(questions.len(), 2, "{ps:#?}");
    assert!(
        (questions[0].question.as_deref().unwrap()).starts_with("Hoeveel varkens"),
        "{:?}",
        questions[0].question
    );
    let notice = ps.iter().find(|p| p.is_notice()).expect("the notice");
    // Its heading is its topic; its text is the minister's sentence.
    assert_eq!(notice.topic.as_deref(), Some("Mededeling uitstel antwoord"));
    assert!(
        notice.text.starts_with("De vragen van het lid"),
        "{}",
        notice.text
    );
    assert!(notice.text.contains("niet binnen"), "{}", notice.text);
    assert_eq!(
        files_found("uitstel stalbranden", |_| {})[0],
        "kv-uitstel.txt"
    );
    for q in &questions {
        assert_eq!(q.refers_to.as_ref(), Some(&notice.id));
        assert_eq!(q.fractie.as_deref(), Some("PvdD"));
    }
    assert!(ps.iter().all(|p| p.kind != PassageKind::Qa));

    let open: Vec<String> = (hits("stalbranden", |f| f.open = true).into_iter())
        .map(|h| h.passage.id)
        .collect();
    assert_eq!(open, ["kv-uitstel.txt#1", "kv-uitstel.txt#2"]);
    let all_open: Vec<String> = (index().open_questions().unwrap().into_iter())
        .map(|p| p.id)
        .collect();
    assert_eq!(all_open, ["kv-uitstel.txt#1", "kv-uitstel.txt#2"]);
}

/// FORMATS.md, the Eerste Kamer's reports: the second round (`NADER VOORLOPIG VERSLAG`,
/// answered by the `NADERE MEMORIE VAN ANTWOORD`) has its own document types, and each
/// question of it is linked to its answer in the other document, not to the first round's.
#[test]
fn the_eerste_kamers_second_round_is_told_and_linked() {
    for (file, doctype) in [
        ("nader-voorlopig-verslag.txt", "nader voorlopig verslag"),
        (
            "nadere-memorie-van-antwoord.txt",
            "nadere memorie van antwoord",
        ),
    ] {
        assert_eq!(
            files_found("informatiepunten bibliotheken", |f| {
                f.set("type", doctype).unwrap();
            }),
            [file],
            "{doctype}"
        );
        assert_eq!(
            passage(&format!("{file}#2")).doctype.as_deref(),
            Some(doctype)
        );
    }
    let q = "nader-voorlopig-verslag.txt";
    let a = "nadere-memorie-van-antwoord.txt";
    for (n, fractie) in [(2, "VVD"), (3, "GroenLinks-PvdA"), (4, "BBB")] {
        let question = passage(&format!("{q}#{n}"));
        assert_eq!(question.kind, PassageKind::Question);
        assert_eq!(question.fractie.as_deref(), Some(fractie));
        let linked = index().link_across(&question).unwrap().expect("answered");
        assert_eq!(
            (linked.relation, linked.id.as_str()),
            ("answered_by", format!("{a}#{n}").as_str())
        );
        let answer = passage(&format!("{a}#{n}"));
        assert_eq!(answer.kind, PassageKind::Qa);
        let back = index().link_across(&answer).unwrap().expect("its question");
        assert_eq!(
            (back.relation, back.id.as_str()),
            ("answers", format!("{q}#{n}").as_str())
        );
    }
    // The first round keeps its own answers.
    let first = passage("voorlopig-verslag.txt#2");
    let linked = index().link_across(&first).unwrap().expect("answered");
    assert_eq!(linked.id, "memorie-van-antwoord.txt#2");
}

/// FORMATS.md, lists of questions and answers: numbered `Vraag 1` with `Antwoord op vraag
/// 1:` or `Antwoord 1`. Answered either way, the list splits into the same passages.
#[test]
fn a_list_answered_antwoord_n_splits_as_one_answered_antwoord_op_vraag_n() {
    let printed =
        std::fs::read_to_string(root().join("tests/fixtures/lijst/lijst-vragen-antwoorden.txt"))
            .unwrap();
    assert!(printed.contains("\nAntwoord op vraag 1:\n"));
    let short: String = (printed.lines())
        .map(|l| match l.strip_prefix("Antwoord op vraag ") {
            Some(n) => format!("Antwoord {}", n.trim_end_matches(':')),
            None => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n");
    assert!(short.contains("\nAntwoord 1\n") && !short.contains("Antwoord op vraag"));
    let qa = |file: &str, text: &str| -> Vec<(Option<String>, Option<String>)> {
        (split(file, text).into_iter())
            .filter(|p| p.kind == PassageKind::Qa)
            .map(|p| (p.question, p.answer))
            .collect()
    };
    let long_form = qa("lijst.txt", &printed);
    let short_form = qa("lijst.txt", &short);
    assert_eq!(long_form.len(), 6);
    assert_eq!(short_form, long_form);
    assert!(
        (short_form[2].1.as_deref().unwrap()).contains("Zvw"),
        "the answer's sub-headings stay in it"
    );
}

/// FORMATS.md, Kamervragen and lists of questions: an answer that only points to another
/// (`Zie het antwoord op vraag 3.`) refers to the passage answering that question. In a
/// list of questions and answers, the committee's opening words are a passage of their
/// own before question 1, and must not shift the count.
#[test]
fn a_pointer_to_another_answer_in_a_list_refers_to_that_question() {
    let printed =
        std::fs::read_to_string(root().join("tests/fixtures/lijst/lijst-vragen-antwoorden.txt"))
            .unwrap();
    let ps = split("lijst.txt", &printed);
    let pointer = (ps.iter())
        .find(|p| p.answer.as_deref() == Some("Zie het antwoord op vraag 3."))
        .expect("the answer to question 4");
    let question_3 = (ps.iter())
        .find(|p| {
            (p.question.as_deref()).is_some_and(|q| q.starts_with("Hoe verdelen de uitgaven"))
        })
        .expect("question 3");
    assert_eq!(pointer.refers_to.as_ref(), Some(&question_3.id));
}

/// FORMATS.md, Kamervragen: `Zie antwoord vraag 5` after questions headed together
/// (`Vraag 4, 5`) refers to the passage answering both.
#[test]
fn a_pointer_to_a_question_headed_with_another_refers_to_their_answer() {
    let text = format!(
        "{KV_COMBINED}\nVraag 6\nKunt u toezeggen de Kamer voor de zomer te informeren?\n\n\
         Antwoord 6\nZie antwoord vraag 5.\n"
    );
    let ps = split("kv-zie.txt", &text);
    assert_eq!(ps.len(), 4, "{ps:#?}");
    assert_eq!(ps[3].answer.as_deref(), Some("Zie antwoord vraag 5."));
    assert_eq!(ps[3].refers_to.as_deref(), Some("kv-zie.txt#3"));
}

/// FORMATS.md, Official XML: a VLOS report of the later schema (namespace
/// `http://www.tweedekamer.nl/vlos2`) is read, and its state secretary (`soort=
/// "Staatssecretaris"`) speaks turns of a bewindspersoon, as a minister does.
#[test]
fn a_vlos2_report_gives_the_state_secretary_a_ministers_turn() {
    let ps = split("commissiedebat-vlos2.xml", VLOS2);
    // Each turn's speaker, fractie, role and words.
    type Said<'a> = (Option<&'a str>, Option<&'a str>, Option<Role>, &'a str);
    let turns: Vec<Said> = (ps.iter())
        .filter(|p| p.kind == PassageKind::Speech)
        .map(|p| {
            (
                p.speaker.as_deref(),
                p.fractie.as_deref(),
                p.role,
                p.text.as_str(),
            )
        })
        .collect();
    assert_eq!(
        turns,
        [
            (
                Some("Van Dijk-Smit"),
                Some("NSC"),
                Some(Role::Member),
                "Voorzitter. Hoeveel ondernemers hebben te veel parkeerbelasting betaald, en \
                 krijgen zij dat terug?"
            ),
            (
                Some("Idsinga"),
                None,
                Some(Role::Minister),
                "De gemeenten betalen de te veel geheven parkeerbelasting terug aan iedere \
                 ondernemer die daarom vraagt."
            ),
        ]
    );
    assert_eq!(ps[0].date.as_deref(), Some("2025-02-12"));
    // Indexed from its file, the state secretary's turn is found by his name.
    let found = hits("parkeerbelasting", |f| {
        f.speaker = Some("Idsinga".into());
    });
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].passage.role, Some(Role::Minister));
    assert!(
        found[0]
            .passage
            .source
            .ends_with("commissiedebat-vlos2.xml")
    );
}

/// FORMATS.md, Text extracted from real PDFs: ligatures (`ﬂ`, `ﬁ`), soft hyphens, no-break
/// spaces and symbol-font bullets (U+F0B7) in a plain text file are repaired, so the
/// words they broke are found as typed.
#[test]
fn characters_pdfs_leave_in_plain_text_are_repaired() {
    let ps = split("brief-tekens.txt", LETTER_WITH_PDF_CHARACTERS);
    let body = ps
        .iter()
        .find(|p| p.text.contains("spreidingswet"))
        .expect("the letter's body");
    for word in ["flexibele", "asielopvang", "financiële", "de spreidingswet"] {
        assert!(body.text.contains(word), "{word}: {}", body.text);
    }
    for c in ['\u{fb01}', '\u{fb02}', '\u{ad}', '\u{a0}', '\u{f0b7}'] {
        assert!(!body.text.contains(c), "{c:?}: {}", body.text);
    }
    assert_eq!(body.date.as_deref(), Some("2025-03-20"));
    for word in ["flexibele", "financiële", "asielopvang", "spreidingswet"] {
        let found = hits(word, |_| {});
        assert!(
            found[0].passage.source.ends_with("brief-tekens.txt") && found[0].missing.is_empty(),
            "{word}: {}",
            found[0].passage.id
        );
    }
}

/// DUTCH.md, Stemming: plurals, `'s` plurals, irregular plurals (`kinderen`) and
/// diacritics (`Financiën`, `geënt`, `café`) are found by the plain form typed, and the
/// plain form by the plural or accented one typed.
#[test]
fn inflected_and_accented_forms_find_each_other() {
    for (typed, file) in [
        ("auto", "woord-autos.txt"),
        ("ngo", "woord-ngos.txt"),
        ("kind", "woord-kinderen.txt"),
        ("fractie", "woord-fracties.txt"),
        ("opvangplek", "woord-opvangplekken.txt"),
        ("gemeente", "woord-gemeenten.txt"),
        ("minister", "woord-ministers.txt"),
        ("Financien", "woord-financien.txt"),
        ("geent", "woord-geent.txt"),
        ("cafe", "woord-cafe.txt"),
        // The way back.
        ("auto's", "woord-auto.txt"),
        ("kinderen", "woord-kind.txt"),
        ("gemeenten", "woord-gemeente.txt"),
        ("café", "woord-cafe-zonder-accent.txt"),
        ("Financiën", "woord-financien-zonder-trema.txt"),
    ] {
        let found = hits(typed, |_| {});
        let hit = (found.iter())
            .find(|h| h.passage.source.ends_with(file))
            .unwrap_or_else(|| panic!("{typed} does not find {file}"));
        assert!(hit.missing.is_empty(), "{typed}: {:?}", hit.missing);
    }
}

/// DUTCH.md, Stop words: tantivy's Dutch stop list removes `tegen`, `zonder` and `ja`,
/// words that carry the meaning of an answer or a vote. zoek keeps them: each finds the
/// passage holding it and not the one saying the same without it.
#[test]
fn stop_words_are_searchable() {
    for (typed, with, without) in [
        ("tegen", "stop-tegen.txt", "stop-voor.txt"),
        ("zonder", "stop-zonder.txt", "stop-met.txt"),
        ("ja", "stop-ja.txt", "stop-nee.txt"),
    ] {
        let found = files_found(typed, |_| {});
        assert!(found.iter().any(|f| f == with), "{typed}: {found:?}");
        assert!(!found.iter().any(|f| f == without), "{typed}: {found:?}");
    }
    // Among other words too.
    assert_eq!(
        files_found("stemde tegen huurprijzen", |_| {})
            .first()
            .map(String::as_str),
        Some("stop-tegen.txt")
    );
}

/// The words a search for `query` corrected, each as `typed → searched`.
fn corrections(query: &str) -> Vec<String> {
    let response = index().search(&SearchRequest::new(query)).unwrap();
    (response.corrections.iter())
        .map(|c| format!("{} → {}", c.typed, c.searched))
        .collect()
}

/// The documents of [`WORD_FORMS`] that hold only a part of a compound.
const PARTS_ONLY: &[&str] = &[
    "samen-beslis.txt",
    "samen-termijn.txt",
    "samen-frontex.txt",
    "samen-operaties.txt",
    "samen-pannen.txt",
    "samen-koek.txt",
];

/// Where a search for `typed` finds `file`: its rank among the hits holding the words,
/// and the ranks of the passages holding only a part of the compound.
fn compound_found(typed: &str, file: &str) -> (usize, Vec<usize>) {
    let found = hits(typed, |_| {});
    let file_of = |h: &zoek::Hit| {
        h.passage
            .source
            .rsplit('/')
            .next()
            .unwrap_or_default()
            .to_string()
    };
    let at = (found.iter())
        .position(|h| file_of(h) == file)
        .unwrap_or_else(|| panic!("{typed} does not find {file}"));
    assert!(
        found[at].missing.is_empty(),
        "{typed}: {:?}",
        found[at].missing
    );
    let parts = (found.iter().enumerate())
        .filter(|(_, h)| PARTS_ONLY.contains(&file_of(h).as_str()))
        .map(|(i, _)| i)
        .collect();
    (at, parts)
}

/// DUTCH.md, Compounds: a compound typed with a hyphen or apart finds it written as one
/// word (`beslis-termijn`, `beslis termijn` → `beslistermijn`; `pannen-koek` →
/// `pannenkoek`, with the linking `-en-`, also typed apart; `Frontex operaties` →
/// `Frontexoperaties`, a name heading the compound), and
/// written as one word finds it hyphenated (`frontexoperaties` → `Frontex-operaties`):
/// holding every word typed, and above the passages that hold only a part of it.
#[test]
fn compounds_typed_apart_or_hyphenated_find_the_joined_word() {
    let joined = "samen-frontexoperaties.txt";
    let hyphenated = "samen-frontex-operaties.txt";
    for (typed, file) in [
        ("beslistermijn", "samen-beslistermijn.txt"),
        ("beslis-termijn", "samen-beslistermijn.txt"),
        ("beslis termijn", "samen-beslistermijn.txt"),
        ("Frontex-operaties", joined),
        ("Frontex-operaties", hyphenated),
        ("frontexoperaties", joined),
        ("frontexoperaties", hyphenated),
        ("Frontex operaties", hyphenated),
        ("Frontex operaties", joined),
        ("pannenkoek", "samen-pannenkoek.txt"),
        ("pannen-koek", "samen-pannenkoek.txt"),
        ("pannen koek", "samen-pannenkoek.txt"),
    ] {
        let (at, parts) = compound_found(typed, file);
        assert!(
            parts.iter().all(|&p| at < p),
            "{typed}: {file} at {at}, parts at {parts:?}"
        );
    }
}

/// DUTCH.md, Compounds: a hyphenated word typed as one (`jbzraad` for `JBZ-Raad`,
/// `eugrondgebied` for `EU-grondgebied`) finds it, though its first part is an
/// abbreviation that no compound splitter can cut off: the index holds the two words side
/// by side, and the search says it searched them so.
#[test]
fn a_hyphenated_word_typed_as_one_finds_it() {
    for (typed, searched, file) in [
        ("jbzraad", "jbz-raad", "samen-jbz-raad.txt"),
        (
            "eugrondgebied",
            "eu-grondgebied",
            "samen-eu-grondgebied.txt",
        ),
        (
            "EUgrondgebied",
            "EU-grondgebied",
            "samen-eu-grondgebied.txt",
        ),
    ] {
        assert_eq!(corrections(typed), [format!("{typed} → {searched}")]);
        // Above the passages holding one of the two words alone (`samen-raad.txt`).
        let found = files_found(typed, |_| {});
        assert_eq!(
            found.first().map(String::as_str),
            Some(file),
            "{typed}: {found:?}"
        );
    }
}

/// Two words typed without the space between them (`stalbrandenKostic`), no compound of
/// the word list, are searched as the two words, and the search says so. A compound of
/// the list that no passage holds whole (`varkensstalbranden`) is left to find its parts.
#[test]
fn a_space_left_out_is_searched_as_two_words() {
    assert_eq!(
        corrections("stalbrandenKostic"),
        ["stalbrandenKostic → stalbranden Kostic"]
    );
    let found = files_found("stalbrandenKostic", |_| {});
    assert_eq!(
        found.first().map(String::as_str),
        Some("kv-uitstel.txt"),
        "{found:?}"
    );
    assert!(corrections("varkensstalbranden").is_empty());
}

/// DUTCH.md, Names: parties have many spellings (`GL/PvdA`, `PvdD` / `Partij voor de
/// Dieren`, `CU` / `ChristenUnie`, `FVD` / `Forum voor Democratie`). The fractie filter
/// takes each, as an option or typed in the query, and finds that party's questions only.
#[test]
fn the_fractie_filter_takes_every_spelling_of_a_party() {
    for (typed, file) in [
        ("GL/PvdA", "kv-glpvda.txt"),
        ("GroenLinks/PvdA", "kv-glpvda.txt"),
        ("PvdD", "kv-pvdd.txt"),
        ("Partij voor de Dieren", "kv-pvdd.txt"),
        ("CU", "kv-cu.txt"),
        ("ChristenUnie", "kv-cu.txt"),
        ("FVD", "kv-fvd.txt"),
        ("Forum voor Democratie", "kv-fvd.txt"),
    ] {
        let found = files_found("windturbines", |f| {
            f.set("fractie", typed).unwrap();
        });
        assert_eq!(found, [file], "--fractie {typed}");
        let query = format!("windturbines fractie:\"{typed}\"");
        assert_eq!(files_found(&query, |_| {}), [file], "{query}");
    }
    // Without the filter, every party's question.
    assert_eq!(
        files_found("windturbines", |_| {}).len(),
        PARTY_QUESTIONS.len()
    );
}

/// A letter of the minister under a dossier heading (`21 501-31 Milieuraad`, with or
/// without its `Nr.`), on the stikstofdoelen and `body`.
fn dossier_letter(heading: &str, body: &str) -> String {
    format!(
        "Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2024–2025\n\n{heading}\n\n\
         BRIEF VAN DE MINISTER\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n\
         Den Haag, 4 maart 2025\n\nHierbij informeer ik uw Kamer over de stikstofdoelen. \
         {body}\n"
    )
}

/// FORMATS.md, Kamerstuk numbers: `21 501-31` is a sub-dossier of the EU councils (the
/// Milieuraad), and `36 600 VI` a budget's chapter, each a dossier of its own. Counted by
/// dossier, a letter headed only with one counts under it, not under `21501` or `36600`,
/// as the letters numbered in it do (`21501-31-207` under `21501-31`); and the filter finds
/// it by the dossier typed.
#[test]
fn a_sub_dossier_or_a_chapter_without_a_document_number_is_its_own_dossier() {
    let (_dir, index) = support::index_of([
        (
            "milieuraad.txt",
            dossier_letter(
                "21 501-31 Milieuraad",
                "De Milieuraad van juni bespreekt de natuurherstelverordening, de \
                 waterkwaliteit van de grote rivieren en de voorstellen voor bodemgezondheid \
                 die het voorzitterschap heeft geagendeerd.",
            ),
        ),
        (
            "milieuraad-207.txt",
            dossier_letter(
                "21 501-31 Milieuraad\n\nNr. 207",
                "Het verslag van de Milieuraad van maart volgt na de zomer, samen met \
                 een overzicht van de standpunten van andere lidstaten over de \
                 emissieplafonds en de uitvoering van de kaderrichtlijn.",
            ),
        ),
        (
            "begroting.txt",
            dossier_letter(
                "36 600 VI Vaststelling van de begrotingsstaten",
                "De begroting van Justitie en Veiligheid draagt daar niet aan bij; de \
                 politie, het openbaar ministerie en de rechtspraak krijgen hun middelen \
                 langs de gewone weg van de voorjaarsnota.",
            ),
        ),
        (
            "document-31.txt",
            dossier_letter(
                "36 123 Stikstofwet\n\nNr. 31",
                "Het wetsvoorstel regelt de rekenregels voor vergunningen van \
                 veehouderijen en industrie, de overgangstermijnen voor intern salderen en \
                 de rol van de provincies bij de handhaving.",
            ),
        ),
    ]);
    let counts = index
        .count(&SearchRequest::new("stikstofdoelen"), zoek::Facet::Dossier)
        .unwrap();
    let mut by_dossier: Vec<(String, usize)> = (counts.counts.iter())
        .map(|c| (c.value.clone(), c.passages))
        .collect();
    by_dossier.sort();
    assert_eq!(
        by_dossier,
        [
            ("21501-31".to_string(), 2),
            ("36123".to_string(), 1),
            ("36600-VI".to_string(), 1)
        ]
    );
    for (typed, files) in [
        ("21501-31", vec!["milieuraad-207.txt", "milieuraad.txt"]),
        ("21 501-31", vec!["milieuraad-207.txt", "milieuraad.txt"]),
        ("36600 VI", vec!["begroting.txt"]),
        ("36123-31", vec!["document-31.txt"]),
    ] {
        let mut req = SearchRequest::new("stikstofdoelen");
        req.filters.set("kamerstuk", typed).unwrap();
        let mut found: Vec<String> = (index.search(&req).unwrap().hits.iter())
            .filter(|h| !h.related)
            .map(|h| h.passage.source.rsplit('/').next().unwrap().to_string())
            .collect();
        found.sort();
        found.dedup();
        assert_eq!(found, files, "--kamerstuk {typed}");
    }
}
