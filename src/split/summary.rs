//! A committee report written as a summary, as the Tweede Kamer wrote them before 2013:
//! `Vragen en opmerkingen uit de commissie`, then a paragraph per member in the third
//! person (`De heer Mastwijk (CDA) vraagt …`, `Mevrouw Kant (SP) is van mening …`), then
//! the government's answer (`Antwoord van de staatssecretaris`: `De staatssecretaris
//! antwoordt …`), sometimes a second round (`Nadere gedachtewisseling`).
//!
//! Each member's paragraphs become one `speech` passage with the speaker and fractie,
//! each paragraph of the answer one `speech` passage of the minister: a reader searching
//! a party's or a minister's words finds them as in a verbatim report. The opening (who
//! met whom, about what) is kept as a `section`.

use super::Draft;
use crate::fractie;
use crate::passage::{Passage, PassageKind, Role};
use crate::text::Line;
use regex::Regex;
use std::sync::LazyLock;

/// `Vragen en opmerkingen uit de commissie`: the form's own heading.
static MEMBERS_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:I{1,3}\.?\s+)?(?:Vragen en opmerkingen uit de commissie|Nadere gedachtewisseling)$")
        .unwrap()
});

/// `Antwoord van de staatssecretaris`, `Antwoord van de minister van …`, `Antwoord van de
/// regering`.
static ANSWER_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:I{1,3}\.?\s+)?Antwoord(?:en)? van de (?:minister|staatssecretaris|regering|bewindslieden|bewindspersonen)\b.{0,80}$",
    )
    .unwrap()
});

/// A member's paragraph opens with the member: `De heer Van der Staaij (SGP) sluit zich aan
/// …`, `Mevrouw Kant (SP) is van mening …`.
static MEMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:De heer|Mevrouw) (?P<name>(?:(?:van|de|der|den|ter|ten|in 't|'t) )*\p{Lu}[\p{L}'.-]+(?: (?:van |de |der |den )*\p{Lu}[\p{L}'.-]+)*) \((?P<party>[^)]{1,40})\) \p{Ll}")
        .unwrap()
});

/// Is this a summary report of a committee meeting?
pub(super) fn is_summary(lines: &[Line]) -> bool {
    lines
        .iter()
        .any(|l| MEMBERS_HEADING.is_match(l.text.trim()))
        && lines.iter().any(|l| MEMBER.is_match(&l.text))
}

/// Where a paragraph falls.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Opening,
    Members,
    Answer,
}

/// Split a summary report into the opening, the members' contributions and the answer.
pub(super) fn split(lines: &[Line]) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut part = Part::Opening;
    let mut current: Option<Draft> = None;
    let mut at_paragraph = true;
    for (i, line) in lines.iter().enumerate() {
        let text = line.text.trim();
        if line.is_blank() {
            at_paragraph = true;
            continue;
        }
        let starts = std::mem::replace(&mut at_paragraph, false);
        if MEMBERS_HEADING.is_match(text) || ANSWER_HEADING.is_match(text) {
            drafts.extend(current.take());
            part = match MEMBERS_HEADING.is_match(text) {
                true => Part::Members,
                false => Part::Answer,
            };
            continue;
        }
        let member = MEMBER.captures(text).filter(|_| starts);
        let new = match part {
            Part::Opening => current.is_none(),
            // A member's paragraphs run on until the next member.
            Part::Members => member.is_some() || current.is_none(),
            // Each paragraph of the answer is one answer.
            Part::Answer => starts,
        };
        if new {
            drafts.extend(current.take());
            let mut p = match part {
                Part::Opening => Passage::new(PassageKind::Section, ""),
                _ => Passage::new(PassageKind::Speech, ""),
            };
            match (part, &member) {
                (Part::Members, Some(c)) => {
                    p.role = Some(Role::Member);
                    p.speaker = Some(c["name"].to_string());
                    p.fractie = fractie::normalize(&c["party"]);
                }
                (Part::Answer, _) => p.role = Some(Role::Minister),
                _ => {}
            }
            let mut d = Draft::new(p);
            d.at = i;
            current = Some(d);
        }
        if let Some(d) = current.as_mut() {
            d.answer.push(line.clone());
        }
    }
    drafts.extend(current);
    drafts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::clean_text;

    const REPORT: &str = "Nr. 74 VERSLAG VAN EEN ALGEMEEN OVERLEG\n\nDe vaste commissie heeft op 1 december 2011 overleg gevoerd met staatssecretaris Veldhuijzen van Zanten-Hyllner.\n\nVragen en opmerkingen uit de commissie\n\nDe heer Mastwijk (CDA) vraagt hoe het staat met de meldcode.\n\nHij wil ook weten wie toezicht houdt.\n\nMevrouw Kant (SP) is van mening dat het AMK te weinig capaciteit heeft.\n\nDe heer Van der Staaij (SGP) sluit zich aan bij de vragen van de heer Mastwijk.\n\nAntwoord van de staatssecretaris\n\nDe staatssecretaris antwoordt dat de meldcode verplicht wordt.\n\nOver de wachtlijsten zegt zij dat die zijn afgenomen.\n";

    /// A passage's kind, speaker, fractie and role.
    type Who<'a> = (PassageKind, Option<&'a str>, Option<&'a str>, Option<Role>);

    #[test]
    fn a_paragraph_per_member_and_per_answer() {
        let lines = clean_text(REPORT).lines;
        assert!(is_summary(&lines));
        let drafts = split(&lines);
        let who: Vec<Who> = (drafts.iter())
            .map(|d| {
                let p = &d.passage;
                (p.kind, p.speaker.as_deref(), p.fractie.as_deref(), p.role)
            })
            .collect();
        assert_eq!(
            who,
            [
                (PassageKind::Section, None, None, None),
                (
                    PassageKind::Speech,
                    Some("Mastwijk"),
                    Some("CDA"),
                    Some(Role::Member)
                ),
                (
                    PassageKind::Speech,
                    Some("Kant"),
                    Some("SP"),
                    Some(Role::Member)
                ),
                (
                    PassageKind::Speech,
                    Some("Van der Staaij"),
                    Some("SGP"),
                    Some(Role::Member)
                ),
                (PassageKind::Speech, None, None, Some(Role::Minister)),
                (PassageKind::Speech, None, None, Some(Role::Minister)),
            ]
        );
        // A member's second paragraph stays with the member.
        assert_eq!(drafts[1].answer.len(), 2);
    }

    #[test]
    fn a_verbatim_debate_is_no_summary() {
        let debate = "Vragen en opmerkingen uit de commissie\n\nDe heer Mastwijk (CDA):\nVoorzitter. Ik vraag het.\n";
        assert!(!is_summary(&clean_text(debate).lines));
    }
}
