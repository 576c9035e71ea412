//! A motion published on its own (`kst-36278-32`): `MOTIE VAN HET LID X` / `MOTIE VAN DE
//! LEDEN X EN Y`, `Voorgesteld …`, and the text from `De Kamer, gehoord de beraadslaging`
//! to `en gaat over tot de orde van de dag.`, then the submitters' names.

use super::Draft;
use crate::passage::{Passage, PassageKind, Role};
use crate::text::{Hint, Line};
use regex::Regex;
use std::sync::LazyLock;

static HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"MOTIE VAN (?:HET LID|DE LEDEN) (?P<who>[\p{Lu}\p{Lu}' .-]+?)(?:\s+(?:Voorgesteld|TER VERVANGING|OVER)\b.*)?$").unwrap()
});
static END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"en gaat over tot de orde van de dag\.?$").unwrap());

/// Is this a motion published on its own?
pub(super) fn is_motion(lines: &[Line]) -> bool {
    lines.iter().take(40).any(|l| HEADING.is_match(&l.text))
        && lines.iter().any(|l| l.text.starts_with("De Kamer,"))
        && lines.iter().any(|l| END.is_match(&l.text))
}

/// The motion as one `motie` passage.
pub(super) fn split(lines: &[Line]) -> Vec<Draft> {
    let heading = lines
        .iter()
        .take(40)
        .find_map(|l| HEADING.captures(&l.text));
    let members: Vec<String> = heading
        .map(|c| {
            c["who"]
                .replace(" EN ", ", ")
                .split(", ")
                .map(|n| crate::meta::name_case(n.trim()))
                .filter(|n| !n.is_empty())
                .collect()
        })
        .unwrap_or_default();
    let mut p = Passage::new(PassageKind::Motie, "");
    p.speaker = members.first().cloned();
    p.role = p.speaker.as_ref().map(|_| Role::Member);
    p.members = members;
    let mut d = Draft::new(p);
    let start = lines
        .iter()
        .position(|l| l.text.starts_with("De Kamer,"))
        .unwrap_or(0);
    d.at = start;
    for l in &lines[start..] {
        d.answer.push(if l.is_blank() {
            Line::new(String::new(), Hint::Blank)
        } else {
            l.clone()
        });
        if END.is_match(&l.text) {
            break;
        }
    }
    // The considerations and the request read as one text, as published.
    d.answer.retain(|l| !l.is_blank());
    vec![d]
}
