//! Tweede Kamer meeting reports in VLOS XML: the `Verslag` resource of the Kamer's open
//! data (`vlosCoreDocument`), the form in which committee debates and plenary sittings
//! are published first, hours after the meeting, before any PDF.
//!
//! A report holds a `vergadering` (its kind, chamber, date and vergaderjaar) with one
//! `activiteit` per debate or agenda item; each turn is a `woordvoerder` whose `spreker`
//! names the person exactly (fractie, `functie`, `isvoorzitter`), and an interruption is
//! an `interrumpant` nested *inside* the turn it interrupts, after that turn's own text.
//! Walking only the `woordvoerder`s, or taking all text below one, would give an
//! interrupter's words to the member interrupted; each turn's own `tekst` is read, and
//! the interruptions follow it in document order.
//!
//! Like the other XML readers this writes zoek's canonical text: the head a printed
//! report has (chamber, status, vergaderjaar, `heeft op 3 maart 2026 overleg gevoerd met
//! … over …`) and a speaker line per turn (`Mevrouw Kröger (GroenLinks-PvdA):`,
//! `Minister Van den Brink:`, `De voorzitter:` after `Voorzitter: Boomsma`), which the
//! debate splitter reads without guessing.
//!
//! The report's status travels with it: an `Ongecorrigeerd` report of the same meeting
//! is folded under the `Gecorrigeerd` one when both are indexed. A `Casco` report (the
//! skeleton published before the text) holds no words; it is refused with the reason.

use super::xml::{Writer, text_of};
use roxmltree::Node;

/// Whether an XML document is a VLOS meeting report.
pub(super) fn is_vlos(root: Node) -> bool {
    root.tag_name().name() == "vlosCoreDocument"
        || (root.descendants().any(|n| is(n, "vergadering"))
            && root.descendants().any(|n| is(n, "woordvoerder")))
}

/// Write a VLOS report as canonical text.
pub(super) fn to_text(root: Node, out: &mut Writer) -> Result<(), String> {
    let status = root.attribute("status").unwrap_or_default();
    let Some(vergadering) = root.descendants().find(|n| is(*n, "vergadering")) else {
        return Err("VLOS report without a vergadering element".into());
    };
    let chamber = vergadering.attribute("kamer").unwrap_or("Tweede Kamer");
    let titel = child_text(vergadering, "titel");
    // The running header of a printed report, which also names the meeting's title.
    match &titel {
        Some(t) => out.paragraph(&format!("{chamber}, {t}")),
        None => out.paragraph(&format!("{chamber} der Staten-Generaal")),
    }
    if let Some(line) = status_line(status) {
        out.paragraph(line);
    }
    if let Some(vj) = child_text(vergadering, "vergaderjaar") {
        out.paragraph(&format!("Vergaderjaar {vj}"));
    }
    let date = child_text(vergadering, "datum").and_then(|d| Day::parse(&d));
    let plenary = vergadering
        .attribute("soort")
        .is_some_and(|s| s.eq_ignore_ascii_case("plenair"));
    let activities: Vec<Node> = vergadering
        .children()
        .filter(|n| is(*n, "activiteit"))
        .collect();
    if plenary {
        out.paragraph("Handelingen");
        if let Some(nr) = child_text(vergadering, "vergaderingnummer").filter(|n| n != "0") {
            out.paragraph(&format!("{nr}e vergadering"));
        }
        if let Some(day) = &date {
            out.paragraph(&day.with_weekday());
        }
    } else {
        // The kind of meeting, as the printed report's title: `Commissiedebat` →
        // `VERSLAG VAN EEN COMMISSIEDEBAT`.
        let soort = activities
            .iter()
            .filter_map(|a| a.attribute("soort"))
            .find(|s| !matches!(*s, "Opening" | "Sluiting" | "Mededelingen"))
            .unwrap_or("Commissievergadering");
        out.paragraph(&format!("VERSLAG VAN EEN {}", soort.to_uppercase()));
        if let Some(day) = &date {
            let ministers = ministers(vergadering);
            let with = match ministers.is_empty() {
                true => String::new(),
                false => format!(" met {}", ministers.join(" en ")),
            };
            let about = titel
                .as_deref()
                .map(|t| format!(" over {t}"))
                .unwrap_or_default();
            out.paragraph(&format!(
                "De commissie heeft op {} overleg gevoerd{with}{about}.",
                day.dutch()
            ));
        }
    }

    let mut chair: Option<String> = None;
    let mut item = 0;
    let mut spoken = false;
    for activity in activities {
        let subject = child_text(activity, "onderwerp").or_else(|| child_text(activity, "titel"));
        let procedural = matches!(
            activity.attribute("soort"),
            Some("Opening" | "Sluiting" | "Mededelingen")
        );
        if plenary
            && !procedural
            && let Some(s) = &subject
        {
            item += 1;
            out.paragraph(&format!("{item} {s}"));
        }
        for turn in activity
            .descendants()
            .filter(|n| is(*n, "woordvoerder") || is(*n, "interrumpant"))
        {
            let text = own_text(turn);
            if text.is_empty() {
                continue;
            }
            spoken = true;
            let chairing = child_text(turn, "isvoorzitter").is_some_and(|v| v == "true");
            // Words without a speaker go on the turn before them rather than be lost.
            if let Some(spreker) = child(turn, "spreker") {
                if chairing {
                    let name = name_of(spreker);
                    if chair.as_deref() != Some(name.as_str()) && !name.is_empty() {
                        out.paragraph(&format!("Voorzitter: {name}"));
                        chair = Some(name);
                    }
                    out.paragraph("De voorzitter:");
                } else {
                    out.paragraph(&speaker_line(spreker));
                }
            }
            for paragraph in text {
                out.paragraph(&paragraph);
            }
        }
    }
    // A report without a word spoken (a `Casco` skeleton) is refused; what was written
    // of its head goes with the error.
    if !spoken {
        return Err(match status {
            "" => "VLOS report holds no spoken text".into(),
            s => format!(
                "VLOS report with status {s} holds no spoken text yet: index the \
                 Tussenpublicatie (ongecorrigeerd) or Eindpublicatie of the meeting once \
                 it is published"
            ),
        });
    }
    Ok(())
}

/// The head line a printed report carries for a status (`Ongecorrigeerd stenogram`);
/// none for the final text.
fn status_line(status: &str) -> Option<&'static str> {
    match status.to_lowercase().as_str() {
        "ongecorrigeerd" => Some("Ongecorrigeerd stenogram"),
        "gecorrigeerd" => Some("Gecorrigeerd verslag"),
        "gerectificeerd" => Some("Gerectificeerd verslag"),
        _ => None,
    }
}

/// The paragraphs of a turn's own `tekst`, not of the interruptions nested in it. A
/// first paragraph that only repeats the speaker (`Mevrouw Kathmann (GroenLinks-PvdA):`)
/// is left out: the speaker line says it. List items are written as `- ` bullets.
fn own_text(turn: Node) -> Vec<String> {
    let Some(tekst) = child(turn, "tekst") else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for alinea in tekst.children().filter(|n| n.is_element()) {
        let items: Vec<Node> = alinea.children().filter(|n| is(*n, "alineaitem")).collect();
        let pieces: Vec<String> = match items.is_empty() {
            true => vec![text_of(alinea)],
            false => items.into_iter().map(text_of).collect(),
        };
        for piece in pieces {
            let piece = piece.trim();
            if piece.is_empty() || (out.is_empty() && repeats_speaker(piece)) {
                continue;
            }
            match piece.strip_prefix(['•', '·', '\u{f0b7}', '▪']) {
                Some(item) => out.push(format!("- {}", item.trim())),
                None => out.push(piece.to_string()),
            }
        }
    }
    out
}

/// `Mevrouw Kathmann (GroenLinks-PvdA):`, `Minister Van den Brink:`, `De voorzitter:`:
/// a short paragraph that is a speaker label and nothing else.
fn repeats_speaker(piece: &str) -> bool {
    piece.len() < 120
        && piece.ends_with(':')
        && [
            "De heer ",
            "Mevrouw ",
            "De voorzitter",
            "Minister",
            "Staatssecretaris",
        ]
        .iter()
        .any(|p| piece.starts_with(p))
}

/// `Mevrouw Kröger (GroenLinks-PvdA):`, `Minister Van den Brink:`,
/// `Staatssecretaris Tielen:`, `De heer Knaus:` (a guest, without a fractie).
fn speaker_line(spreker: Node) -> String {
    let name = name_of(spreker);
    let soort = spreker
        .attribute("soort")
        .unwrap_or_default()
        .to_lowercase();
    let functie = child_text(spreker, "functie")
        .unwrap_or_default()
        .to_lowercase();
    if soort == "minister" || functie.starts_with("minister") {
        return format!("Minister {name}:");
    }
    if soort == "staatssecretaris" || functie.starts_with("staatssecretaris") {
        return format!("Staatssecretaris {name}:");
    }
    let aanhef = child_text(spreker, "aanhef").unwrap_or_else(|| "De heer".into());
    match fractie(spreker) {
        Some(fractie) => format!("{aanhef} {name} ({fractie}):"),
        None => format!("{aanhef} {name}:"),
    }
}

/// The speaker's fractie as a printed report names it: the abbreviation (`VVD`,
/// `GL-PvdA`, which zoek reads as `GroenLinks-PvdA`) when the report gives the fractie's
/// name and abbreviation apart (as elements or attributes), else its text.
fn fractie(spreker: Node) -> Option<String> {
    let f = child(spreker, "fractie")?;
    ["afkorting", "naam"]
        .iter()
        .find_map(|part| {
            f.attribute(*part)
                .map(str::to_string)
                .or_else(|| child_text(f, part))
                .filter(|t| !t.trim().is_empty())
        })
        .or_else(|| Some(text_of(f)))
        .filter(|t| !t.is_empty())
}

/// The name as the report prints it (`Van der Plas`): `verslagnaam`, else the display
/// name, else the surname. The surname field is sorted (`Plas van der`), so it comes last.
fn name_of(spreker: Node) -> String {
    ["verslagnaam", "weergavenaam", "achternaam"]
        .iter()
        .find_map(|tag| child_text(spreker, tag))
        .unwrap_or_default()
}

/// The ministers and state secretaries who spoke, as the head names them: `de heer Van
/// den Brink, minister van Asiel en Migratie`.
fn ministers(vergadering: Node) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for spreker in vergadering.descendants().filter(|n| is(*n, "spreker")) {
        let soort = spreker
            .attribute("soort")
            .unwrap_or_default()
            .to_lowercase();
        let Some(functie) = child_text(spreker, "functie") else {
            continue;
        };
        let f = functie.to_lowercase();
        // `Minister van Klimaat en Groene Groei` → `minister van Klimaat en Groene Groei`.
        let mut c = functie.chars();
        let functie: String = c
            .next()
            .into_iter()
            .flat_map(char::to_lowercase)
            .chain(c)
            .collect();
        let government = soort == "minister"
            || soort == "staatssecretaris"
            || f.starts_with("minister")
            || f.starts_with("staatssecretaris");
        if !government {
            continue;
        }
        let aanhef = child_text(spreker, "aanhef")
            .map(|a| a.to_lowercase())
            .unwrap_or_else(|| "de heer".into());
        let entry = format!("{aanhef} {}, {functie}", name_of(spreker));
        if !out.contains(&entry) {
            out.push(entry);
        }
    }
    out
}

/// A meeting day, from VLOS's `2026-03-03T00:00:00`.
struct Day(time::Date);

impl Day {
    fn parse(s: &str) -> Option<Day> {
        let d = s.get(..10)?;
        let mut parts = d.split('-').map(|p| p.parse::<u32>().ok());
        let (y, m, day) = (parts.next()??, parts.next()??, parts.next()??);
        let month = time::Month::try_from(u8::try_from(m).ok()?).ok()?;
        time::Date::from_calendar_date(i32::try_from(y).ok()?, month, u8::try_from(day).ok()?)
            .ok()
            .map(Day)
    }

    /// `3 maart 2026`.
    fn dutch(&self) -> String {
        let month = crate::meta::MONTHS[usize::from(u8::from(self.0.month())) - 1];
        format!("{} {month} {}", self.0.day(), self.0.year())
    }

    /// `Dinsdag 3 maart 2026`, as a plenary report's head dates the sitting.
    fn with_weekday(&self) -> String {
        let weekday = match self.0.weekday() {
            time::Weekday::Monday => "Maandag",
            time::Weekday::Tuesday => "Dinsdag",
            time::Weekday::Wednesday => "Woensdag",
            time::Weekday::Thursday => "Donderdag",
            time::Weekday::Friday => "Vrijdag",
            time::Weekday::Saturday => "Zaterdag",
            time::Weekday::Sunday => "Zondag",
        };
        format!("{weekday} {}", self.dutch())
    }
}

/// Elements are matched by local name: the reports carry a namespace
/// (`http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0`) that has changed before.
fn is(n: Node, tag: &str) -> bool {
    n.is_element() && n.tag_name().name() == tag
}

fn child<'a, 'i>(n: Node<'a, 'i>, tag: &str) -> Option<Node<'a, 'i>> {
    n.children().find(|c| is(*c, tag))
}

/// The text of a child element, `None` when it is missing or empty.
fn child_text(n: Node, tag: &str) -> Option<String> {
    child(n, tag).map(text_of).filter(|t| !t.is_empty())
}

#[cfg(test)]
mod tests {
    use super::super::xml::to_text;
    use crate::passage::Role;

    const NS: &str = "http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0";

    fn report(status: &str, body: &str) -> String {
        format!(
            r#"<vlosCoreDocument soort="Tussenpublicatie" status="{status}" xmlns="{NS}">
            <vergadering soort="Commissie" kamer="Tweede Kamer"><titel>Klimaat</titel>
            <vergaderjaar>2023-2024</vergaderjaar><datum>2024-04-09T00:00:00</datum>
            <activiteit soort="Commissiedebat"><onderwerp>Klimaat</onderwerp>
            <activiteithoofd><activiteitdeel soort="Spreekbeurt"><activiteititem soort="Woordvoerder">
            {body}
            </activiteititem></activiteitdeel></activiteithoofd></activiteit></vergadering></vlosCoreDocument>"#
        )
    }

    fn spreker(soort: &str, fractie: &str, aanhef: &str, naam: &str, functie: &str) -> String {
        format!(
            "<spreker soort=\"{soort}\"><fractie>{fractie}</fractie><aanhef>{aanhef}</aanhef>\
             <verslagnaam>{naam}</verslagnaam><achternaam>x</achternaam><functie>{functie}</functie></spreker>"
        )
    }

    /// A member of the Tweede Kamer, as a report names him.
    fn white() -> String {
        spreker(
            "Tweede Kamerlid",
            "GroenLinks-PvdA",
            "De heer",
            "White",
            "lid Tweede Kamer",
        )
    }

    #[test]
    fn an_interruption_nested_in_a_turn_follows_the_turn_and_keeps_its_own_speaker() {
        let white = white();
        let chair = spreker(
            "Tweede Kamerlid",
            "D66",
            "De heer",
            "Paternotte",
            "lid Tweede Kamer",
        );
        let minister = spreker(
            "Minister",
            "",
            "De heer",
            "Hermans",
            "minister van Klimaat en Groene Groei",
        );
        let body = format!(
            "<woordvoerder>{white}<isvoorzitter>false</isvoorzitter><tekst>\
             <alinea><alineaitem>De heer <nadruk type=\"Vet\">White</nadruk> (GroenLinks-PvdA):</alineaitem>\
             <alineaitem>Voorzitter. De zeespiegel stijgt.</alineaitem></alinea></tekst>\
             <interrumpant>{chair}<isvoorzitter>true</isvoorzitter><tekst><alinea><alineaitem>Kunt u afronden?</alineaitem></alinea></tekst></interrumpant>\
             </woordvoerder>\
             <woordvoerder>{minister}<isvoorzitter>false</isvoorzitter><tekst><alinea><alineaitem>Ik kom daarop terug.</alineaitem></alinea></tekst></woordvoerder>"
        );
        let text = to_text(&report("Ongecorrigeerd", &body)).unwrap();
        assert_eq!(
            text,
            "Tweede Kamer, Klimaat\n\nOngecorrigeerd stenogram\n\nVergaderjaar 2023-2024\n\n\
             VERSLAG VAN EEN COMMISSIEDEBAT\n\n\
             De commissie heeft op 9 april 2024 overleg gevoerd met de heer Hermans, minister van Klimaat en Groene Groei over Klimaat.\n\n\
             De heer White (GroenLinks-PvdA):\n\nVoorzitter. De zeespiegel stijgt.\n\n\
             Voorzitter: Paternotte\n\nDe voorzitter:\n\nKunt u afronden?\n\n\
             Minister Hermans:\n\nIk kom daarop terug.\n\n"
        );
    }

    /// The fractie given as name and abbreviation, and the namespace of the later schema
    /// (`http://www.tweedekamer.nl/vlos2`).
    #[test]
    fn a_fractie_given_as_name_and_abbreviation_is_its_abbreviation() {
        let body = "<woordvoerder><spreker soort=\"Tweede Kamerlid\"><fractie><naam>Volkspartij voor \
             Vrijheid en Democratie</naam><afkorting>VVD</afkorting></fractie><aanhef>De heer</aanhef>\
             <achternaam>Ellian</achternaam></spreker><tekst><alinea><alineaitem>Voorzitter.</alineaitem>\
             </alinea></tekst></woordvoerder>";
        let xml = report("Gecorrigeerd", body).replace(NS, "http://www.tweedekamer.nl/vlos2");
        let text = to_text(&xml).unwrap();
        assert!(
            text.contains("De heer Ellian (VVD):\n\nVoorzitter."),
            "{text}"
        );
    }

    /// A guest of the committee (`soort="Externe spreker"`, an official of the IND) has no
    /// fractie: the guest's words are a turn of their own, not the member's who asked.
    #[test]
    fn an_outside_speaker_has_a_turn_of_their_own() {
        let kant = spreker(
            "Tweede Kamerlid",
            "SP",
            "Mevrouw",
            "Kant",
            "lid Tweede Kamer",
        );
        let jansen = "<spreker soort=\"Externe spreker\"><aanhef>De heer</aanhef><verslagnaam>Jansen\
             </verslagnaam><achternaam>Jansen</achternaam><functie>directeur Immigratie- en \
             Naturalisatiedienst</functie></spreker>";
        let struycken = spreker(
            "Staatssecretaris",
            "",
            "De heer",
            "Struycken",
            "staatssecretaris van Justitie en Veiligheid",
        );
        let turn = |who: &str, words: &str| {
            format!(
                "<woordvoerder>{who}<isvoorzitter>false</isvoorzitter><tekst><alinea><alineaitem>\
                 {words}</alineaitem></alinea></tekst></woordvoerder>"
            )
        };
        let body = [
            turn(
                &kant,
                "Voorzitter. Hoe lang duurt de asielprocedure bij de IND nu gemiddeld?",
            ),
            turn(
                jansen,
                "Gemiddeld duurt een asielprocedure nu veertien maanden bij de IND.",
            ),
            turn(
                &struycken,
                "Ik vul aan dat wij de wachttijden willen halveren.",
            ),
        ]
        .concat();
        let text = to_text(&report("Gecorrigeerd", &body)).unwrap();
        let passages = crate::split::split_text(
            std::path::Path::new("commissiedebat.xml"),
            crate::read::Format::Xml,
            &text,
        );
        // Each turn's speaker, fractie, role and words.
        type Said<'a> = (Option<&'a str>, Option<&'a str>, Option<Role>, &'a str);
        let turns: Vec<Said> = (passages.iter())
            .map(|p| {
                let (speaker, fractie) = (p.speaker.as_deref(), p.fractie.as_deref());
                (speaker, fractie, p.role, p.text.as_str())
            })
            .collect();
        assert_eq!(
            turns,
            [
                (
                    Some("Kant"),
                    Some("SP"),
                    Some(Role::Member),
                    "Voorzitter. Hoe lang duurt de asielprocedure bij de IND nu gemiddeld?"
                ),
                (
                    Some("Jansen"),
                    None,
                    None,
                    "Gemiddeld duurt een asielprocedure nu veertien maanden bij de IND."
                ),
                (
                    Some("Struycken"),
                    None,
                    Some(Role::Minister),
                    "Ik vul aan dat wij de wachttijden willen halveren."
                ),
            ]
        );
    }

    #[test]
    fn a_casco_report_is_refused_with_what_to_do() {
        let white = white();
        let body = format!("<woordvoerder>{white}<tekst /></woordvoerder>");
        let err = to_text(&report("Casco", &body)).unwrap_err();
        assert!(err.contains("status Casco"), "{err}");
        assert!(err.contains("Eindpublicatie"), "{err}");
    }

    /// A plenary sitting: its agenda items are the topics of their turns, and the day
    /// its head prints (`Dinsdag 9 april 2024`) dates every turn.
    #[test]
    fn a_plenary_sitting_gives_each_agenda_item_its_turns() {
        let member = |naam: &str, fractie: &str| {
            spreker(
                "Tweede Kamerlid",
                fractie,
                "Mevrouw",
                naam,
                "lid Tweede Kamer",
            )
        };
        let turn = |who: String, words: &str| {
            format!(
                "<activiteitdeel soort=\"Spreekbeurt\"><activiteititem soort=\"Woordvoerder\"><woordvoerder>{who}\
                 <isvoorzitter>false</isvoorzitter><tekst><alinea><alineaitem>{words}</alineaitem></alinea></tekst>\
                 </woordvoerder></activiteititem></activiteitdeel>"
            )
        };
        let item = |soort: &str, onderwerp: &str, turns: String| {
            format!(
                "<activiteit soort=\"{soort}\"><onderwerp>{onderwerp}</onderwerp><activiteithoofd>{turns}</activiteithoofd></activiteit>"
            )
        };
        let xml = format!(
            r#"<vlosCoreDocument soort="Eindpublicatie" status="Gecorrigeerd" xmlns="{NS}">
            <vergadering soort="Plenair" kamer="Tweede Kamer"><titel>Plenaire vergadering</titel>
            <vergaderjaar>2023-2024</vergaderjaar><vergaderingnummer>67</vergaderingnummer><datum>2024-04-09T00:00:00</datum>
            {}{}{}</vergadering></vlosCoreDocument>"#,
            item("Opening", "Opening", String::new()),
            item(
                "Debat",
                "Stikstofbeleid",
                turn(
                    member("Vedder", "CDA"),
                    "Voorzitter. De boeren wachten op duidelijkheid over de stikstof."
                ) + &turn(
                    member("Bromet", "GroenLinks-PvdA"),
                    "De natuur wacht al veel langer."
                )
            ),
            item(
                "Debat",
                "Woningbouw",
                turn(
                    member("Beckerman", "SP"),
                    "Voorzitter. Er zijn te weinig betaalbare huurwoningen."
                ) + &turn(member("Welzijn", "NSC"), "Daar ben ik het mee eens.")
            ),
        );
        let text = to_text(&xml).unwrap();
        assert!(
            text.contains("Handelingen\n\n67e vergadering\n\nDinsdag 9 april 2024"),
            "{text}"
        );
        let passages = crate::split::split_text(
            std::path::Path::new("plenair.xml"),
            crate::read::Format::Xml,
            &text,
        );
        let turns: Vec<(&str, &str, &str)> = passages
            .iter()
            .map(|p| {
                (
                    p.speaker.as_deref().unwrap_or("-"),
                    p.fractie.as_deref().unwrap_or("-"),
                    p.topic.as_deref().unwrap_or("-"),
                )
            })
            .collect();
        assert_eq!(
            turns,
            [
                ("Vedder", "CDA", "Stikstofbeleid"),
                ("Bromet", "GroenLinks-PvdA", "Stikstofbeleid"),
                ("Beckerman", "SP", "Woningbouw"),
                ("Welzijn", "NSC", "Woningbouw"),
            ]
        );
        for p in &passages {
            assert_eq!(p.date.as_deref(), Some("2024-04-09"), "{}", p.id);
            assert_eq!(p.vergaderjaar.as_deref(), Some("2023-2024"), "{}", p.id);
            assert_eq!(p.status.as_deref(), Some("gecorrigeerd"), "{}", p.id);
        }
    }
}
