//! Decision lists of procedure meetings (`Besluitenlijst van de procedurevergadering van
//! …`): one `section` passage per agenda item (`3. Agendapunt: … Zaak: … Besluit: …`),
//! under the list's own headings (`Wet- en regelgeving`, `Brievenlijst`) as topic.

use super::Draft;
use crate::passage::{Passage, PassageKind};
use crate::text::{Hint, Line};
use regex::Regex;
use std::sync::LazyLock;

static ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\d{1,3}\.\s+)?Agendapunt:\s*(.*)$").unwrap());
static END: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:Griffier:|Activiteitnummer:|De griffier)").unwrap());

/// Is this a decision list?
pub(super) fn is_decision_list(lines: &[Line]) -> bool {
    lines
        .iter()
        .take(60)
        .any(|l| l.text.contains("Besluitenlijst"))
        && lines.iter().any(|l| ITEM.is_match(&l.text))
}

/// A heading of the list: a short line of its own, not a field (`Zaak:`, `Besluit:`).
fn is_heading(lines: &[Line], i: usize) -> bool {
    let t = lines[i].text.as_str();
    let words = t.split_whitespace().count();
    (1..=8).contains(&words)
        && !t.contains([':', ','])
        && !t.chars().any(|c| c.is_ascii_digit())
        && !t.ends_with(['.', ',', ';', '-'])
        && t.starts_with(|c: char| c.is_uppercase() || c == '(')
        && (i == 0 || lines[i - 1].is_blank())
        && lines.get(i + 1).is_none_or(Line::is_blank)
}

/// One section per agenda item.
pub(super) fn split(lines: &[Line]) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut topic: Option<String> = None;
    let mut current: Option<Draft> = None;
    for (i, l) in lines.iter().enumerate() {
        if l.is_blank() {
            if let Some(d) = current.as_mut() {
                d.answer.push(Line::new(String::new(), Hint::Blank));
            }
            continue;
        }
        if END.is_match(&l.text) {
            drafts.extend(current.take());
            continue;
        }
        if ITEM.is_match(&l.text) {
            drafts.extend(current.take());
            let mut p = Passage::new(PassageKind::Section, "");
            p.topic = topic.clone();
            let mut d = Draft::new(p);
            d.at = i;
            d.answer.push(l.clone());
            current = Some(d);
            continue;
        }
        if is_heading(lines, i) {
            drafts.extend(current.take());
            topic = Some(l.text.clone());
            continue;
        }
        if let Some(d) = current.as_mut() {
            d.answer.push(l.clone());
        }
    }
    drafts.extend(current.take());
    drafts
}
