//! The unit zoek indexes and returns: a passage of a parliamentary record.

use serde::{Deserialize, Serialize};
use std::fmt;

/// What kind of passage this is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum PassageKind {
    /// A question with its answer (written consultation, Kamervragen).
    Qa,
    /// A question that has no answer anywhere in its document.
    Question,
    /// One speaker's turn in a debate transcript.
    Speech,
    /// A commitment (toezegging) made by a minister, as listed at the end of a debate.
    Toezegging,
    /// A motion (motie): its considerations and request; `members` are its submitters,
    /// `kamerstuk` its number.
    Motie,
    /// A part of a document that has no question/answer or debate structure.
    Section,
}

impl PassageKind {
    /// The lowercase name used in the index, the JSON output and `--kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            PassageKind::Qa => "qa",
            PassageKind::Question => "question",
            PassageKind::Speech => "speech",
            PassageKind::Toezegging => "toezegging",
            PassageKind::Motie => "motie",
            PassageKind::Section => "section",
        }
    }

    /// Parse a kind name as typed by a user (`qa`, `speech`, ...).
    pub fn parse(s: &str) -> Option<PassageKind> {
        match s.trim().to_lowercase().as_str() {
            "qa" => Some(PassageKind::Qa),
            "question" | "vraag" => Some(PassageKind::Question),
            "speech" | "spreekbeurt" => Some(PassageKind::Speech),
            "toezegging" => Some(PassageKind::Toezegging),
            "motie" | "motion" => Some(PassageKind::Motie),
            "section" => Some(PassageKind::Section),
            _ => None,
        }
    }
}

impl fmt::Display for PassageKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// The role of a speaker in a debate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// A member of parliament (Kamerlid).
    Member,
    /// A minister or state secretary (bewindspersoon).
    Minister,
    /// The chair of the meeting (voorzitter).
    Chair,
}

impl Role {
    /// The lowercase name used in the index and the JSON output.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Minister => "minister",
            Role::Chair => "chair",
        }
    }
}

/// A member as [`Passage::members`] keeps them, `Name (Fractie)`: the name, and the
/// fractie as printed when the record gives it (`Grashoff` alone has none).
pub fn split_member(member: &str) -> (&str, Option<&str>) {
    match member.rsplit_once(" (") {
        Some((name, rest)) => match rest.strip_suffix(')') {
            Some(fractie) => (name, Some(fractie)),
            None => (member, None),
        },
        None => (member, None),
    }
}

/// The topic of a minister's notice in place of Kamervragen's answers (`Mededeling`), or
/// its first word, when the notice's heading says more (`Mededeling uitstel antwoord`).
pub const NOTICE_TOPIC: &str = "Mededeling";

/// Whether a topic is a notice's ([`NOTICE_TOPIC`]): `Mededeling`, `Mededeling uitstel
/// antwoord`.
pub fn is_notice_topic(topic: &str) -> bool {
    topic
        .strip_prefix(NOTICE_TOPIC)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
}

/// The topic of the text of a written consultation that no question or answer holds:
/// the report's opening, a reminder letter, the answer letter's covering text
/// ([`Passage::is_cover`]).
pub const COVER_TOPIC: &str = "Begeleidende tekst";

/// One passage with its metadata. Unknown values are `None`, never guessed.
///
/// This is also the JSON contract of `zoek split --json` and of each hit of
/// `zoek search --json` (which adds `rank`, `score` and `snippet`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Passage {
    /// Stable id: the document's file name and the passage's ordinal (`file.txt#3`).
    /// Reindexing the same document gives the same ids.
    pub id: String,
    /// What kind of passage this is.
    pub kind: PassageKind,
    /// Path of the document the passage comes from.
    pub source: String,
    /// Title of the document (its first heading or subject line).
    pub title: Option<String>,
    /// The kind of document (`brief`, `besluitenlijst`, `motie`, `kamervragen`,
    /// `verslag schriftelijk overleg`, `handelingen`, …), where it can be told.
    pub doctype: Option<String>,
    /// ISO date (`YYYY-MM-DD`) of the answer or the meeting; of questions sent without
    /// an answer, the day they were sent (`ingezonden`).
    pub date: Option<String>,
    /// The vergaderjaar (parliamentary year, from Prinsjesdag to Prinsjesdag) the
    /// document belongs to, as `2024-2025`. Known where the date is not: a plenary
    /// Handelingen in XML names its year in its identifier, its day only elsewhere.
    #[serde(default)]
    pub vergaderjaar: Option<String>,
    /// `Tweede Kamer` or `Eerste Kamer`.
    pub chamber: Option<String>,
    /// Kamerstuk number, `32317-974`, or the dossier alone (`32317`) when the nr is unknown.
    pub kamerstuk: Option<String>,
    /// The identifiers the document goes by besides its Kamerstuk number, lowercased: its
    /// official identifier (`h-tk-20172018-70-8`, `ah-tk-20232024-1292`) and the Kamer's
    /// case number of the letter it answers (`2023z14759`). Typed in a query, they find it.
    #[serde(default)]
    pub identifiers: Vec<String>,
    /// The status of a meeting report or a draft as its head prints it: `concept`,
    /// `ongecorrigeerd`, `gecorrigeerd`, `gerectificeerd`. `None` for a final text that
    /// names none. Of two copies, the later version is shown.
    #[serde(default)]
    pub status: Option<String>,
    /// The fractie (party group) that asked or spoke, in its canonical spelling.
    pub fractie: Option<String>,
    /// The speaker's surname as printed (debates).
    pub speaker: Option<String>,
    /// The speaker's role (debates).
    pub role: Option<Role>,
    /// The minister who answered: name and role where the document gives them.
    pub minister: Option<String>,
    /// The section heading (topic) the passage falls under.
    pub topic: Option<String>,
    /// The round of a debate a turn falls in, as the chair announces it: `eerste
    /// termijn` (the members' first questions and the minister's answers to them),
    /// `tweede termijn`, …. `None` outside debates and where the chair names no round.
    #[serde(default)]
    pub termijn: Option<String>,
    /// The page of the source the passage starts on, from 1, for the reader who opens
    /// the file to read it or cite it: a PDF's page, or a Word or OpenDocument file's as
    /// its word processor last laid it out; `None` for a source without pages (a text,
    /// Markdown, HTML or XML file, a Word file never laid out).
    #[serde(default)]
    pub page: Option<u32>,
    /// The question (qa and question passages).
    pub question: Option<String>,
    /// The answer (qa passages), or the spoken text (speech, toezegging, section).
    pub answer: Option<String>,
    /// The full passage text: question and answer together.
    pub text: String,
    /// Footnotes that belong to the passage, with their numbers.
    #[serde(default)]
    pub notes: Vec<String>,
    /// The members who asked (Kamervragen) or submitted (a motion), as `Name (Fractie)`.
    #[serde(default)]
    pub members: Vec<String>,
    /// Kamerstukken the passage cites, normalized (`22112-4150`), and the earlier
    /// Aanhangsel its document's answer heading cites (`ah-tk-20242025-712`, the notice
    /// that the answer would come late).
    #[serde(default)]
    pub references: Vec<String>,
    /// Id of the passage whose answer this answer points to (`Zie antwoord op ...`); for
    /// a question without an answer, the minister's notice in its place (`Mededeling`,
    /// [`Passage::is_notice`]).
    pub refers_to: Option<String>,
    /// Id of the interruption this speech replies to.
    pub reply_to: Option<String>,
    /// Id of the speech that replies to this interruption.
    pub answered_by: Option<String>,
    /// In the Regeling van werkzaamheden: the id of the request (its first turn) this
    /// member's turn reacts to (`Steun, voorzitter.`).
    #[serde(default)]
    pub reacts_to: Option<String>,
    /// For a turn of an interruption exchange in a debate: the question(s) it belongs to
    /// (the interruption a reply answers, the first question of a run of follow-ups).
    /// Searched with a low weight, so the minister's reply is found by the subject of the
    /// question; not shown, as those turns are passages of their own.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub context: Option<String>,
}

impl Passage {
    /// The day date order places the passage on: its date, or for one known only by its
    /// vergaderjaar (plenary Handelingen in XML) the day that year opened; ISO.
    pub fn sort_day(&self) -> Option<String> {
        (self.date.clone())
            .or_else(|| crate::meta::vergaderjaar_opens(self.vergaderjaar.as_deref()?))
    }

    /// The names of the ministers whose answer this passage holds, or to whom its question
    /// is put: the name part of [`Passage::minister`] (`Faber-van de Klashorst` of
    /// `M.H.M. Faber-van de Klashorst, minister van Asiel en Migratie`, initials left
    /// out); two for a letter two ministers sign (`…; H.M. de Jonge, minister van …`).
    /// Empty for a debate turn, whose `minister` is whom a member addresses (the
    /// minister's own turns have their `speaker`), and when the document names only the
    /// role.
    pub fn minister_names(&self) -> Vec<String> {
        if self.kind == PassageKind::Speech {
            return Vec::new();
        }
        let Some(minister) = self.minister.as_deref() else {
            return Vec::new();
        };
        (minister.split("; "))
            .filter_map(|signed| {
                let (name, role) = signed.split_once(", ")?;
                if !(role.starts_with("minister") || role.starts_with("staatssecretaris")) {
                    return None;
                }
                // `M.H.M. Faber-van de Klashorst` → `Faber-van de Klashorst`.
                let name = (name.split_whitespace())
                    .skip_while(|w| w.ends_with('.'))
                    .collect::<Vec<_>>()
                    .join(" ");
                (!name.is_empty()).then(|| crate::text::surname_case(&name))
            })
            .collect()
    }

    /// Every fractie the passage speaks for: its own [`Passage::fractie`] first, then
    /// the fracties of its other [`Passage::members`] (`Vragen van de leden Sneller (D66),
    /// Chakor (GroenLinks-PvdA) en Van Nispen (SP)`: a question the SP co-signed is also
    /// the SP's). Each once, in canonical spelling.
    pub fn fracties(&self) -> Vec<String> {
        let of_members =
            (self.members.iter()).filter_map(|m| crate::fractie::normalize(split_member(m).1?));
        let mut all: Vec<String> = Vec::new();
        for f in self.fractie.iter().cloned().chain(of_members) {
            if !all.contains(&f) {
                all.push(f);
            }
        }
        all
    }

    /// Whether this is a minister's notice in place of Kamervragen's answers (topic
    /// [`NOTICE_TOPIC`]): that they come late, or where they were given. It repeats the
    /// subject of the questions it stands for, and they show it under them.
    pub fn is_notice(&self) -> bool {
        self.kind == PassageKind::Section
            && self.doctype.as_deref() == Some("kamervragen")
            && self.topic.as_deref().is_some_and(is_notice_topic)
    }

    /// Whether this is the text around a written consultation's questions and answers
    /// ([`COVER_TOPIC`]): which letters it discussed, when the questions were sent, a
    /// reminder. A reader looks for it by what only it says (`rappelbrief`); it names
    /// the letters and subjects of the whole report in passing, and ranks below the
    /// passages on them.
    pub fn is_cover(&self) -> bool {
        self.kind == PassageKind::Section && self.topic.as_deref() == Some(COVER_TOPIC)
    }

    /// Whether this passage only joins another fractie's questions (`De leden van de
    /// D66-fractie sluiten zich aan bij de vragen van de leden van de
    /// GroenLinks-PvdA-fractie.`): it asks nothing of its own, and needs no answer.
    pub fn only_joins(&self) -> bool {
        let text = self.text.to_lowercase();
        !text.contains('?')
            && text.len() < 400
            && (text.contains("sluiten zich aan bij") || text.contains("sluit zich aan bij"))
    }

    /// Whether this is a turn that only keeps order: a chair's (`Mevrouw Kröger.`, `Dan
    /// geef ik nu het woord aan mevrouw Van der Plas van de BBB.`), short and without a
    /// question (a chair who asks a question of their own is not), or a member's bare
    /// vote on a colleague's request in the Regeling van werkzaamheden (`Steun,
    /// voorzitter.`, `Geen steun.`, `Dank u wel.`). Either says nothing of a subject.
    pub fn is_procedural(&self) -> bool {
        /// The words of a bare vote or thanks, lowercase.
        const VOTE_WORDS: &[&str] = &[
            "steun",
            "steunen",
            "geen",
            "ja",
            "nee",
            "akkoord",
            "voorzitter",
            "voor",
            "het",
            "dit",
            "deze",
            "verzoek",
            "debat",
            "aanvraag",
            "dank",
            "u",
            "wel",
            "van",
            "harte",
            "ook",
            "wij",
            "we",
            "graag",
            "hartelijk",
            "dus",
        ];
        if self.kind != PassageKind::Speech {
            return false;
        }
        match self.role {
            Some(Role::Chair) => self.text.len() < 300 && !self.text.contains('?'),
            Some(Role::Member) => {
                self.text.len() < 80
                    && self
                        .text
                        .split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .all(|w| VOTE_WORDS.contains(&w.to_lowercase().as_str()))
            }
            _ => false,
        }
    }

    /// A passage's text: its question and answer, a blank line between them. The
    /// splitter makes it so, a hit read back from the index is rebuilt so (the text is
    /// not stored), and the near-duplicate signature is made of it.
    pub fn text_of(question: Option<&str>, answer: Option<&str>) -> String {
        [question, answer]
            .into_iter()
            .flatten()
            .filter(|s| !s.is_empty())
            .collect::<Vec<_>>()
            .join("\n\n")
    }

    /// A passage of the given kind from the given source with every field empty.
    pub fn new(kind: PassageKind, source: impl Into<String>) -> Passage {
        Passage {
            id: String::new(),
            kind,
            source: source.into(),
            title: None,
            doctype: None,
            date: None,
            vergaderjaar: None,
            chamber: None,
            kamerstuk: None,
            identifiers: Vec::new(),
            status: None,
            fractie: None,
            speaker: None,
            role: None,
            minister: None,
            topic: None,
            termijn: None,
            page: None,
            question: None,
            answer: None,
            text: String::new(),
            notes: Vec::new(),
            members: Vec::new(),
            references: Vec::new(),
            refers_to: None,
            reply_to: None,
            answered_by: None,
            reacts_to: None,
            context: None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ministers_name_is_the_minister_field_without_initials_and_role() {
        let name = |kind: PassageKind, minister: &str| {
            let mut p = Passage::new(kind, "x");
            p.minister = Some(minister.to_string());
            p.minister_names().into_iter().next()
        };
        let qa = PassageKind::Qa;
        assert_eq!(
            name(
                qa,
                "M.H.M. Faber-van de Klashorst, minister van Asiel en Migratie"
            )
            .as_deref(),
            Some("Faber-van de Klashorst")
        );
        assert_eq!(
            name(
                qa,
                "D. Yeşilgöz-Zegerius, minister van Justitie en Veiligheid"
            )
            .as_deref(),
            Some("Yeşilgöz-Zegerius")
        );
        assert_eq!(
            name(
                PassageKind::Toezegging,
                "Van den Brink, minister van Asiel en Migratie"
            )
            .as_deref(),
            Some("Van den Brink")
        );
        // Only the role: no name. A debate turn's minister is whom it addresses.
        assert_eq!(name(qa, "minister van Asiel en Migratie"), None);
        assert_eq!(
            name(
                PassageKind::Speech,
                "Van den Brink, minister van Asiel en Migratie"
            ),
            None
        );
    }
}
