//! Debate transcripts: one `speech` passage per speaker turn, and the toezeggingen.

use super::Draft;
use crate::fractie;
use crate::passage::{Passage, PassageKind, Role};
use crate::text::{self, Hint, Line};
use regex::Regex;
use std::sync::LazyLock;

/// Name words: capitalized words and the lowercase particles of Dutch surnames.
const NAME: &str =
    r"(?:(?:van|de|der|den|het|ter|ten|te|in 't|op|la|le|du|da|di)\s|\p{Lu}[\p{L}'’.-]*\s?)+";

/// The words of the names of ministries, past and present, and of the portfolios of
/// ministers without one (`van Asiel en Migratie`, `voor Medische Zorg`). A surname after
/// `Minister van` is none of them: `Minister van den Brink`, `Minister van Weel`.
const MINISTRY_WORDS: &[&str] = &[
    "Algemene",
    "Armoedebeleid",
    "Asiel",
    "Basis",
    "Belastingdienst",
    "Beroepsonderwijs",
    "Bestuurlijke",
    "Binnenlandse",
    "Buitenlandse",
    "Cultuur",
    "Defensie",
    "Digitalisering",
    "Douane",
    "Economische",
    "Emancipatie",
    "Energie",
    "Europese",
    "Financiën",
    "Fiscaliteit",
    "Gezin",
    "Groei",
    "Groene",
    "Groningen",
    "Handel",
    "Herstel",
    "Hoger",
    "Immigratie",
    "Infrastructuur",
    "Integratie",
    "Jeugd",
    "Justitie",
    "Klimaat",
    "Koninkrijksrelaties",
    "Landbouw",
    "Langdurige",
    "Media",
    "Medische",
    "Migratie",
    "Milieu",
    "Milieubeheer",
    "Mijnbouw",
    "Natuur",
    "Onderwijs",
    "Ontwikkelingshulp",
    "Ontwikkelingssamenwerking",
    "Ordening",
    "Participatie",
    "Pensioenen",
    "Preventie",
    "Primair",
    "Rechtsbescherming",
    "Rijksdienst",
    "Ruimtelijke",
    "Sociale",
    "Sport",
    "Stikstof",
    "Toeslagen",
    "Veiligheid",
    "Verkeer",
    "Vernieuwing",
    "Visserij",
    "Voedselkwaliteit",
    "Voedselzekerheid",
    "Volksgezondheid",
    "Volkshuisvesting",
    "Voortgezet",
    "Vreemdelingenzaken",
    "Waterstaat",
    "Welzijn",
    "Werkgelegenheid",
    "Wetenschap",
    "Wijken",
    "Wonen",
    "Zaken",
    "Zorg",
];

/// A ministry's name: its words, with `,`, `en` or a space between them (`Binnenlandse
/// Zaken en Koninkrijksrelaties`, `Landbouw, Natuur en Voedselkwaliteit`, `Basis- en
/// Voortgezet Onderwijs`).
static MINISTRY: LazyLock<String> = LazyLock::new(|| {
    let word = format!(r"(?i:{})(?:-|\b)", MINISTRY_WORDS.join("|"));
    format!(r"{word}(?:(?:,\s*|\s+en\s+|\s+){word})*")
});

/// A speaker line: the chair, a member with a fractie, a minister or state secretary by
/// name or by ministry, and the words after the colon. Read it with [`speaker`].
static SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    let ministry = &*MINISTRY;
    Regex::new(&format!(
        r"^(?:(?P<chair>De voorzitter)|(?:De heer|Mevrouw) (?P<member>{NAME}?)(?:\s\p{{Ll}})?\s*\((?P<party>[^)]+)\)|(?P<title>Minister-president|Minister|Staatssecretaris|Viceminister-president)(?: (?:van|voor) (?P<ministry>{ministry}))?(?: (?P<minister>{NAME}?))?|De (?:minister|staatssecretaris) (?:van|voor) (?P<office>{ministry}))\s*:\s*(?P<rest>.*)$"
    ))
    .unwrap()
});
/// A guest of a committee (an official, an expert: VLOS's `Externe spreker`), printed
/// without a fractie: `De heer Jansen:`. Only as a line of its own, which running text
/// (`De heer Jansen: veertien maanden`, a quotation) is not.
static GUEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?:De heer|Mevrouw) (?P<name>{NAME}?)(?:\s\p{{Ll}})?\s*:$"
    ))
    .unwrap()
});
static CHAIR_CHANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^Voorzitter: (?P<name>{NAME}?)(?:\s+Griffier: .*)?$"
    ))
    .unwrap()
});
static PROCEDURAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(Overeenkomstig (?:het|de) .* wordt besloten\.?|Aanvang \d{1,2}[.:]\d{2} uur\.?|Sluiting \d{1,2}[.:]\d{2} uur\.?|Griffier: .*|De vergadering wordt .*geschorst\.?|De (vergadering|beraadslaging) wordt (heropend|gesloten)\.?|Schorsing .*)$")
        .unwrap()
});
static AGENDA_ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,3}) (\p{Lu}[^.:?!;]{2,100})$").unwrap());
static MOTION_END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"en gaat over tot de orde van de dag\.?$").unwrap());
static MOTION_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Zij|Hij) krijgt (?:nr\.|nummer) ?(\d+) \((\d{5}(?:-[0-9A-Z]+)?)\)\.?").unwrap()
});
static MOTION_SUBMITTERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^Deze motie is voorgesteld door (?:de leden|het lid) (.+?)\.(?:\s|$)").unwrap()
});
static TOEZEGGINGEN: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)toezegging").unwrap());
/// A round of the debate named by the chair: `de eerste termijn van de Kamer`, `door
/// naar de tweede termijn van de leden`.
static TERMIJN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(eerste|tweede|derde|vierde)\s+termijn\b").unwrap());

/// The head of a meeting's report: the kind of meeting a committee's report names
/// (`VERSLAG VAN EEN COMMISSIEDEBAT`), a stenogram's status, or a plenary sitting's number
/// (`70e vergadering`).
static MEETING_HEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:VERSLAG VAN EEN (?:COMMISSIEDEBAT|NOTAOVERLEG|WETGEVINGSOVERLEG|COMMISSIEVERGADERING|PLENAIR DEBAT)|(?:Ongecorrigeerd|Gecorrigeerd) stenogram|\d{1,3}e vergadering)\b",
    )
    .unwrap()
});

/// How many lines from the top a meeting's report names itself within.
const HEAD_LINES: usize = 30;

/// Does the document look like a debate transcript: at least three speaker turns, or
/// one under a head that names a meeting. The Kamer publishes a long meeting's report
/// while it goes on (a VLOS `Tussenpublicatie`), which can hold only the chair's opening
/// and a first speaker.
pub(super) fn is_debate(lines: &[Line]) -> bool {
    let turns = (lines.iter())
        .filter(|l| speaker(&l.text).is_some())
        .take(3)
        .count();
    turns >= 3
        || (turns >= 1
            && (lines.iter().take(HEAD_LINES)).any(|l| MEETING_HEAD.is_match(l.text.trim())))
}

/// Split a debate into speech and toezegging drafts.
pub(super) fn split(lines: &[Line]) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut chair: Option<String> = None;
    let mut current: Option<Draft> = None;
    // Toezegging mode: a chair's turn that announced the list of commitments.
    let mut listing = false;
    let mut in_item = false;

    let flush = |current: &mut Option<Draft>, drafts: &mut Vec<Draft>| {
        if let Some(d) = current.take() {
            drafts.push(d);
        }
    };

    // Fracties of the speakers, for the submitters of motions.
    let fracties = speaker_fracties(lines);
    let mut topic: Option<String> = None;
    // A motion being read out, and the last motion (to receive its number and submitters).
    let mut motion: Option<Draft> = None;
    let mut motion_done = false;
    let mut last_motion: Option<usize> = None;

    let mut skip_next = false;
    for (i, line) in lines.iter().enumerate() {
        let t = line.text.as_str();
        if std::mem::take(&mut skip_next) {
            continue;
        }
        // Numbered agenda items (`39 Nucleaire veiligheid`) are the topic of what follows.
        if let Some(c) = AGENDA_ITEM.captures(t)
            && (i == 0 || lines[i - 1].is_blank())
            && lines.get(i + 1).is_none_or(Line::is_blank)
            && motion.is_none()
        {
            flush(&mut current, &mut drafts);
            topic = Some(c[2].trim().to_string());
            continue;
        }
        // Motions read out in a turn: `Motie` / `De Kamer, gehoord de beraadslaging, …
        // en gaat over tot de orde van de dag.`, then the submitters and the number.
        if t == "Motie" || (motion.is_none() && t.starts_with("De Kamer, gehoord de beraadslaging"))
        {
            let reader = current.as_ref().map(|d| d.passage.clone());
            let mut p = Passage::new(PassageKind::Motie, "");
            p.topic = topic.clone();
            if let Some(r) = reader {
                p.speaker = r.speaker;
                p.fractie = r.fractie;
            }
            let mut d = Draft::new(p);
            d.at = i;
            if t != "Motie" {
                d.answer.push(Line::new(t.to_string(), Hint::Plain));
            }
            motion = Some(d);
            motion_done = false;
            continue;
        }
        if let Some(m) = motion.as_mut() {
            if !motion_done {
                if !line.is_blank() {
                    m.answer.push(line.clone());
                }
                if MOTION_END.is_match(t) {
                    motion_done = true;
                }
                continue;
            }
            // After the text: the submitters' names, on lines of their own or together on
            // one, then the number.
            if line.is_blank() {
                continue;
            }
            if let Some(c) = MOTION_NUMBER.captures(t) {
                m.passage.kamerstuk = Some(format!("{}-{}", &c[2], &c[1]));
                drafts.push(motion.take().expect("motion present"));
                last_motion = Some(drafts.len() - 1);
                continue;
            }
            if let Some(names) = submitter_names(t) {
                (m.passage.members).extend(names.into_iter().map(|n| with_fractie(n, &fracties)));
                continue;
            }
            drafts.push(motion.take().expect("motion present"));
            last_motion = Some(drafts.len() - 1);
        }
        // The chair's bookkeeping after a motion belongs to that motion.
        if let Some(k) = last_motion {
            if let Some(c) = MOTION_SUBMITTERS.captures(t) {
                let names = c[1].replace(" en ", ", ");
                drafts[k].passage.members = names
                    .split(", ")
                    .map(|n| with_fractie(n.trim(), &fracties))
                    .filter(|n| !n.is_empty())
                    .collect();
                continue;
            }
            if let Some(c) = MOTION_NUMBER.captures(t) {
                drafts[k].passage.kamerstuk = Some(format!("{}-{}", &c[2], &c[1]));
                last_motion = None;
                continue;
            }
        }
        if let Some(c) = CHAIR_CHANGE.captures(t) {
            chair = Some(c["name"].trim().to_string());
            continue;
        }
        // PDF: `Voorzitter:` set at the end of a line, the name on the next.
        if t == "Voorzitter:"
            && let Some(next) = lines.get(i + 1)
            && let Some(c) = CHAIR_CHANGE.captures(&format!("Voorzitter: {}", next.text))
        {
            chair = Some(c["name"].trim().to_string());
            skip_next = true;
            continue;
        }
        if PROCEDURAL.is_match(t) {
            continue;
        }
        if let Some(turn) = turn_of(t, &chair) {
            flush(&mut current, &mut drafts);
            listing = false;
            in_item = false;
            let mut p = Passage::new(PassageKind::Speech, "");
            p.role = turn.role;
            p.speaker = turn.speaker;
            p.fractie = turn.fractie;
            p.topic = topic.clone();
            let mut d = Draft::new(p);
            d.at = i;
            if !turn.rest.is_empty() {
                d.answer.push(Line::new(turn.rest.to_string(), Hint::Plain));
            }
            current = Some(d);
            continue;
        }
        let Some(d) = current.as_mut() else { continue };
        if d.passage.role == Some(Role::Chair)
            && TOEZEGGINGEN.is_match(t)
            && !listing
            && line.hint != Hint::Bullet
        {
            listing = true;
            d.answer.push(line.clone());
            continue;
        }
        if listing && line.hint == Hint::Bullet {
            let mut p = Passage::new(PassageKind::Toezegging, "");
            p.minister = None;
            let mut item = Draft::new(p);
            item.at = i;
            item.answer.push(Line::new(t.to_string(), Hint::Plain));
            drafts.push(item);
            in_item = true;
            continue;
        }
        if listing && in_item {
            if line.is_blank() {
                // An item continues after a page break when its sentence is open.
                let last = drafts
                    .last()
                    .and_then(|d| d.answer.last())
                    .map(|l| l.text.as_str())
                    .unwrap_or(".");
                let next = lines[i..].iter().find(|l| !l.is_blank());
                in_item =
                    next.is_some_and(|n| n.hint != Hint::Bullet && text::continues(last, &n.text));
                continue;
            }
            if let Some(item) = drafts.last_mut() {
                item.answer.push(line.clone());
            }
            continue;
        }
        d.answer.push(line.clone());
    }
    flush(&mut current, &mut drafts);
    if let Some(m) = motion.take() {
        drafts.push(m);
    }
    // A motion's fractie is its first submitter's.
    for d in drafts
        .iter_mut()
        .filter(|d| d.passage.kind == PassageKind::Motie)
    {
        if let Some(f) = d
            .passage
            .members
            .first()
            .and_then(|m| crate::passage::split_member(m).1)
        {
            d.passage.fractie = Some(f.to_string());
        }
        d.passage.role = None;
    }
    drafts.retain(|d| {
        d.passage.kind != PassageKind::Speech || d.answer.iter().any(|l| !l.is_blank())
    });
    drafts.sort_by_key(|d| d.at);
    link_replies(&mut drafts);
    // The chair who asks the minister a question of their own (`De minister zegt
    // steeds: …`, answered in the next turn) asks it for their fractie: `Boomsma (JA21)`
    // chairing. The chair's turns that only lead the debate keep no fractie, though the
    // minister's turn may follow them (`Dan geef ik hem nu het woord.`).
    let asked: Vec<usize> = drafts.iter().filter_map(|d| d.reply_to).collect();
    for i in asked {
        let asks = drafts[i].answer.iter().any(|l| l.text.contains('?'));
        let p = &mut drafts[i].passage;
        if p.role == Some(Role::Chair)
            && asks
            && p.fractie.is_none()
            && let Some(f) = p.speaker.as_ref().and_then(|s| fracties.get(s))
        {
            p.fractie = Some(f.clone());
        }
    }
    assign_termijnen(&mut drafts);
    drafts
}

/// A speaker line read by [`SPEAKER`]. A title names a ministry or a person (`Minister:`
/// alone is no speaker), and `De minister van Justitie en Veiligheid:` is a speaker only
/// as a line of its own: followed by words it may be running text quoting the minister.
fn speaker(t: &str) -> Option<regex::Captures<'_>> {
    let c = SPEAKER.captures(t)?;
    let bare_title =
        c.name("title").is_some() && c.name("ministry").is_none() && c.name("minister").is_none();
    let office_in_text = c.name("office").is_some() && !c["rest"].trim().is_empty();
    (!bare_title && !office_in_text).then_some(c)
}

/// Who speaks on a speaker line, and the words after its colon.
struct Turn<'t> {
    role: Option<Role>,
    speaker: Option<String>,
    fractie: Option<String>,
    rest: &'t str,
}

/// The turn a line opens, if it is a speaker line. A guest (`De heer Jansen:`) speaks in
/// no role the split knows: neither a member nor a minister.
fn turn_of<'t>(t: &'t str, chair: &Option<String>) -> Option<Turn<'t>> {
    if let Some(c) = speaker(t) {
        let rest = c.name("rest").map_or("", |r| r.as_str().trim());
        let name = |group: &str| c.name(group).map(|m| text::surname_case(m.as_str().trim()));
        let (role, speaker, fractie) = if c.name("chair").is_some() {
            (Role::Chair, chair.clone(), None)
        } else if c.name("member").is_some() {
            (
                Role::Member,
                name("member"),
                fractie::normalize(&c["party"]),
            )
        } else {
            // By name (`Minister Van den Brink:`), or by ministry alone, naming no one.
            (Role::Minister, name("minister"), None)
        };
        return Some(Turn {
            role: Some(role),
            speaker,
            fractie,
            rest,
        });
    }
    let c = GUEST.captures(t)?;
    let name = text::surname_case(c["name"].trim());
    // `Mevrouw de Voorzitter:` is the chair, whom the chair's line names.
    if name.is_empty() || name.to_lowercase().ends_with("voorzitter") {
        return None;
    }
    Some(Turn {
        role: None,
        speaker: Some(name),
        fractie: None,
        rest: "",
    })
}

/// The round (`termijn`) of each turn. The chair opens each one (`Dan zijn we bij de
/// tweede termijn van de leden`) and may name it again on closing it (`Dat was het einde
/// van de tweede termijn van de leden`) before the minister answers in it: a turn is in
/// the last round a chair's turn named, up to and including that turn. What members
/// say of a round (`in de eerste termijn heb ik gevraagd …`) changes nothing.
fn assign_termijnen(drafts: &mut [Draft]) {
    let mut termijn: Option<String> = None;
    for d in drafts
        .iter_mut()
        .filter(|d| d.passage.kind == PassageKind::Speech)
    {
        if d.passage.role == Some(Role::Chair) {
            let said = (d.answer.iter())
                .map(|l| l.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            if let Some(c) = TERMIJN.captures_iter(&said).last() {
                termijn = Some(format!("{} termijn", c[1].to_lowercase()));
            }
        }
        d.passage.termijn = termijn.clone();
    }
}

/// Surname → fractie of every member who speaks (`Mevrouw Agnes Mulder (CDA):`).
fn speaker_fracties(lines: &[Line]) -> std::collections::HashMap<String, String> {
    let mut map = std::collections::HashMap::new();
    for l in lines {
        if let Some(c) = speaker(&l.text)
            && let (Some(m), Some(f)) = (
                c.name("member"),
                c.name("party").and_then(|p| fractie::normalize(p.as_str())),
            )
        {
            map.insert(text::surname_case(m.as_str().trim()), f);
        }
    }
    // Members named with their fractie in the text, who need not speak: the chair's `het
    // woord aan mevrouw Van Eijs namens D66`, a member's `mijn collega Rik Grashoff namens
    // GroenLinks` (who co-submits her motions). A speaker line says it first.
    static NAMENS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"\b(?:[Dd]e heer|[Mm]evrouw|[Cc]ollega)\s+(?P<name>{NAME}?)\s+namens\s+(?P<rest>.{{1,60}})"
        ))
        .unwrap()
    });
    for l in lines {
        for c in NAMENS.captures_iter(&l.text) {
            let name = c["name"].trim().to_string();
            // The party's words: the longest run of up to five words that is a fractie the
            // table knows (`de Partij voor de Dieren`, `GroenLinks`), not a person (`mevrouw
            // Kröger`) nor the rest of the sentence.
            let words: Vec<&str> = c["rest"].split_whitespace().take(5).collect();
            let party = (1..=words.len()).rev().find_map(|n| {
                fractie::normalize(&words[..n].join(" ")).filter(|f| fractie::is_known(f))
            });
            if let Some(party) = party
                && !name.is_empty()
            {
                map.entry(name).or_insert(party);
            }
        }
    }
    map
}

/// `Agnes Mulder` → `Agnes Mulder (CDA)` when the member spoke in the debate.
fn with_fractie(name: &str, fracties: &std::collections::HashMap<String, String>) -> String {
    let found = fracties.get(name).or_else(|| {
        fracties
            .iter()
            .find(|(k, _)| k.ends_with(&format!(" {name}")) || name.ends_with(&format!(" {k}")))
            .map(|(_, f)| f)
    });
    match found {
        Some(f) => format!("{name} ({f})"),
        None => name.to_string(),
    }
}

/// A line of a motion's submitters: one name (`Smaling`), or several (`Smaling, Van
/// Veldhoven, Dik-Faber`, `Koerhuis en Van Eijs`).
fn submitter_names(t: &str) -> Option<Vec<&str>> {
    let names: Vec<&str> = (t.split(", "))
        .flat_map(|n| n.split(" en "))
        .map(str::trim)
        .collect();
    names.iter().all(|n| is_bare_name(n)).then_some(names)
}

/// A line holding only a name (a motion's submitter).
fn is_bare_name(t: &str) -> bool {
    let words: Vec<&str> = t.split_whitespace().collect();
    !words.is_empty()
        && words.len() <= 4
        && t.starts_with(|c: char| c.is_uppercase())
        && !t.ends_with(['.', ':', '?', '!', ','])
        && words.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
        })
}

/// A member's interruption followed directly by the minister's reply is linked to it.
///
/// Interruptions happen during the minister's term, so only turns after the minister
/// first spoke count. A chair's turn in between that only gives the floor (short, no
/// question) is passed over; a chair's turn with substance (the chair asking a question
/// of its own) is what the minister replies to.
fn link_replies(drafts: &mut [Draft]) {
    let Some(first_minister) = drafts
        .iter()
        .position(|d| d.passage.role == Some(Role::Minister))
    else {
        return;
    };
    let procedural = |d: &Draft| {
        d.passage.role == Some(Role::Chair)
            && d.answer.iter().all(|l| !l.text.contains('?'))
            && d.answer.iter().map(|l| l.text.len()).sum::<usize>() < 200
    };
    for j in first_minister + 1..drafts.len() {
        if drafts[j].passage.role != Some(Role::Minister) {
            continue;
        }
        let mut i = j;
        while i > first_minister
            && drafts[i - 1].passage.kind == PassageKind::Speech
            && procedural(&drafts[i - 1])
        {
            i -= 1;
        }
        let Some(prev) = i.checked_sub(1).filter(|&p| p > first_minister) else {
            continue;
        };
        let asker = &drafts[prev].passage;
        if asker.kind == PassageKind::Speech
            && matches!(asker.role, Some(Role::Member) | Some(Role::Chair))
        {
            drafts[j].reply_to = Some(prev);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::speaker;
    use crate::passage::{PassageKind, Role};
    use crate::read::Format;
    use std::path::Path;

    #[test]
    fn a_turn_is_in_the_round_the_chair_last_named() {
        let text = [
            "Verslag van een commissiedebat",
            "De voorzitter:\nWelkom. We beginnen met de eerste termijn van de Kamer.",
            "Mevrouw Kröger (GroenLinks-PvdA):\nIk heb een vraag over de terugkeerhubs.",
            "Minister Van den Brink:\nDaar kom ik op terug.",
            "De voorzitter:\nDan gaan we door naar de tweede termijn van de leden.",
            "Mevrouw Kröger (GroenLinks-PvdA):\nIn de eerste termijn vroeg ik naar kinderen.",
            "De voorzitter:\nDat was het einde van de tweede termijn van de leden.",
            "Minister Van den Brink:\nIk kom terug op de kinderen.",
        ]
        .join("\n\n");
        let passages = crate::split::split_text(Path::new("debat.txt"), Format::Text, &text);
        let rounds: Vec<(Option<Role>, Option<&str>)> = (passages.iter())
            .filter(|p| p.kind == PassageKind::Speech)
            .map(|p| (p.role, p.termijn.as_deref()))
            .collect();
        let (chair, member, minister) =
            (Some(Role::Chair), Some(Role::Member), Some(Role::Minister));
        assert_eq!(
            rounds,
            [
                (chair, Some("eerste termijn")),
                (member, Some("eerste termijn")),
                (minister, Some("eerste termijn")),
                // The chair's turn that opens a round is in it.
                (chair, Some("tweede termijn")),
                // A member naming the first round changes nothing.
                (member, Some("tweede termijn")),
                (chair, Some("tweede termijn")),
                // Closing the members' round, the chair hands it to the minister.
                (minister, Some("tweede termijn")),
            ]
        );
    }

    /// A turn as a reader checks it: the role, speaker, fractie and words.
    type Said = (Option<Role>, Option<String>, Option<String>, String);

    /// The turns of a debate in text.
    fn turns(text: &str) -> Vec<Said> {
        let passages = crate::split::split_text(Path::new("debat.txt"), Format::Text, text);
        (passages.iter())
            .filter(|p| p.kind == PassageKind::Speech)
            .map(|p| (p.role, p.speaker.clone(), p.fractie.clone(), p.text.clone()))
            .collect()
    }

    /// `Minister van den Brink:`: the particles of a surname written in lower case after
    /// the title are the surname's, not a ministry's (`Minister van Asiel en Migratie:`).
    #[test]
    fn a_surname_with_lowercase_particles_after_the_title_is_the_speaker() {
        let text = [
            "Verslag van een commissiedebat",
            "De voorzitter:\nWelkom.",
            "Mevrouw Kant (SP):\nHoeveel kost de opvang?",
            "Minister van den Brink:\nVier miljard euro.",
            "Minister van der Burg:\nIk vul aan.",
            "Staatssecretaris van der Burg:\nOver de terugkeer.",
            "Minister van Weel:\nOver de politie.",
            "Minister van Financiën Heinen:\nOver de begroting.",
            "Minister van Asiel en Migratie:\nOver de wachttijden.",
            "De minister van Justitie en Veiligheid:\nOver de rechtspraak.",
        ]
        .join("\n\n");
        let minister = |name: Option<&str>, words: &str| {
            (
                Some(Role::Minister),
                name.map(str::to_string),
                None,
                words.to_string(),
            )
        };
        assert_eq!(
            turns(&text)[2..],
            [
                minister(Some("Van den Brink"), "Vier miljard euro."),
                minister(Some("Van der Burg"), "Ik vul aan."),
                minister(Some("Van der Burg"), "Over de terugkeer."),
                minister(Some("Van Weel"), "Over de politie."),
                minister(Some("Heinen"), "Over de begroting."),
                // A ministry names no person.
                minister(None, "Over de wachttijden."),
                minister(None, "Over de rechtspraak."),
            ]
        );
    }

    /// A guest of the committee (an official, an expert) is printed without a fractie,
    /// `De heer Jansen:`; the words are the guest's, not the member's who spoke before. A
    /// line that goes on after the colon may be running text and stays in the turn.
    #[test]
    fn a_guest_without_a_fractie_has_a_turn_of_their_own() {
        let text = [
            "Verslag van een commissiedebat",
            "De voorzitter:\nWelkom.",
            "Mevrouw Kant (SP):\nHoe lang duurt de asielprocedure?",
            "De heer Jansen:\nGemiddeld veertien maanden.",
            "Mevrouw Kant (SP):\nDat is te lang. Ik citeer:\n\nDe heer Jansen: veertien maanden.",
            "Mevrouw Van der Berg:\nDe IND werkt eraan.",
            "Staatssecretaris Struycken:\nWij willen de wachttijden halveren.",
        ]
        .join("\n\n");
        let turns = turns(&text);
        let kant = |words: &str| {
            (
                Some(Role::Member),
                Some("Kant".to_string()),
                Some("SP".to_string()),
                words.to_string(),
            )
        };
        let guest =
            |name: &str, words: &str| (None, Some(name.to_string()), None, words.to_string());
        assert_eq!(
            turns[1..5],
            [
                kant("Hoe lang duurt de asielprocedure?"),
                guest("Jansen", "Gemiddeld veertien maanden."),
                kant("Dat is te lang. Ik citeer:\n\nDe heer Jansen: veertien maanden."),
                guest("Van der Berg", "De IND werkt eraan."),
            ]
        );
        assert_eq!(turns[5].1.as_deref(), Some("Struycken"));
    }

    /// `Smaling, Van Veldhoven, Dik-Faber` before the motion's number: its submitters,
    /// not words of the member who read it out; so are `Van Veldhoven en Smaling`.
    #[test]
    fn submitters_of_a_motion_on_one_line() {
        let motion = |request: &str, submitters: &str, nr: &str| {
            [
                "Motie",
                "De Kamer,",
                "gehoord de beraadslaging,",
                request,
                "en gaat over tot de orde van de dag.",
                submitters,
                &format!("Zij krijgt nr. {nr} (25422)."),
            ]
            .join("\n\n")
        };
        let text = [
            "Tweede Kamer",
            "39 Nucleaire veiligheid",
            "De voorzitter:\nAan de orde is het VAO Nucleaire veiligheid.",
            "De heer Smaling (SP):\nVoorzitter. Ik heb één motie.",
            &motion(
                "verzoekt de regering, bij België aan te dringen op sluiting van de kerncentrale Doel,",
                "Smaling, Van Veldhoven, Dik-Faber",
                "123",
            ),
            "De heer Van Veldhoven (D66):\nVoorzitter. Ook ik heb een motie.",
            &motion(
                "verzoekt de regering, de grensregio's voor te lichten,",
                "Van Veldhoven en Smaling",
                "124",
            ),
            "De voorzitter:\nIk dank de leden.",
        ]
        .join("\n\n");
        let passages = crate::split::split_text(Path::new("plenair.txt"), Format::Text, &text);
        let motions: Vec<(Option<&str>, &[String], Option<&str>)> = (passages.iter())
            .filter(|p| p.kind == PassageKind::Motie)
            .map(|p| (p.kamerstuk.as_deref(), &p.members[..], p.fractie.as_deref()))
            .collect();
        let members = |names: &[&str]| names.iter().map(|n| n.to_string()).collect::<Vec<_>>();
        assert_eq!(
            motions,
            [
                (
                    Some("25422-123"),
                    &members(&["Smaling (SP)", "Van Veldhoven (D66)", "Dik-Faber"])[..],
                    Some("SP")
                ),
                (
                    Some("25422-124"),
                    &members(&["Van Veldhoven (D66)", "Smaling (SP)"])[..],
                    Some("D66")
                ),
            ]
        );
        let said = |who: &str| {
            (passages.iter())
                .find(|p| p.kind == PassageKind::Speech && p.speaker.as_deref() == Some(who))
                .map(|p| p.text.as_str())
        };
        assert_eq!(said("Smaling"), Some("Voorzitter. Ik heb één motie."));
        assert_eq!(
            said("Van Veldhoven"),
            Some("Voorzitter. Ook ik heb een motie.")
        );
    }

    #[test]
    fn speaker_line_forms() {
        let who = |t: &str| {
            speaker(t).map(|c| {
                let name = c
                    .name("member")
                    .or(c.name("minister"))
                    .map(|m| m.as_str().trim().to_string());
                (name, c.name("party").map(|p| p.as_str().to_string()))
            })
        };
        assert_eq!(
            who("De heer Van Haersma Buma (CDA):"),
            Some((Some("Van Haersma Buma".into()), Some("CDA".into())))
        );
        assert_eq!(
            who("Mevrouw Kröger (GroenLinks-PvdA):"),
            Some((Some("Kröger".into()), Some("GroenLinks-PvdA".into())))
        );
        assert_eq!(
            who("De heer Petersen i (VVD):"),
            Some((Some("Petersen".into()), Some("VVD".into())))
        );
        assert_eq!(
            who("Minister Van den Brink:"),
            Some((Some("Van den Brink".into()), None))
        );
        assert_eq!(
            who("Staatssecretaris Van der Burg:"),
            Some((Some("Van der Burg".into()), None))
        );
        assert_eq!(
            who("Minister-president Rutte:"),
            Some((Some("Rutte".into()), None))
        );
        assert_eq!(who("De voorzitter:"), Some((None, None)));
        assert_eq!(who("De minister zei in het AO letterlijk:"), None);
        assert_eq!(who("Voorzitter: Boomsma"), None);
    }
}
