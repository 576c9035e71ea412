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
/// An item that starts inside a line, after the previous item's decision (`… op 13 mei
/// 2009. 6. Agendapunt: …`), as PDF text of a list whose items run on loses their line
/// breaks.
static INLINE_ITEM: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s(\d{1,3}\.\s+Agendapunt:)").unwrap());
/// A line that ends in a number (`Volgcommissie(s): JUST 10`): where a lone `.` and an
/// unnumbered `Agendapunt:` follow, the number is the next item's, set apart by the PDF.
static TRAILING_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(.*\S)\s+(\d{1,3})$").unwrap());
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

/// The lines with every agenda item on a line of its own and numbered as printed, and
/// for each the index of the line of `lines` it comes from.
///
/// PDF text breaks a list two ways: an item that starts on the line of the previous
/// item's decision (`… voor het zomerreces 8. Agendapunt: …`) is cut off there, and an
/// item whose number the PDF set apart (`… Volgcommissie(s): JUST 10`, a line `.`, then
/// `Agendapunt: …`) gets its number back.
fn item_lines(lines: &[Line]) -> (Vec<Line>, Vec<usize>) {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut from_line: Vec<usize> = Vec::with_capacity(lines.len());
    for (i, l) in lines.iter().enumerate() {
        let mut from = 0;
        let starts = INLINE_ITEM
            .captures_iter(&l.text)
            .map(|c| c.get(1).expect("group 1").start());
        for end in starts.chain([l.text.len()]) {
            let text = l.text[from..end].trim_end().to_string();
            out.push(Line { text, ..l.clone() });
            from_line.push(i);
            from = end;
        }
    }
    // A number set apart: `… JUST 10`, blanks, `.`, blanks, `Agendapunt: …`. The `.`
    // becomes a blank line.
    let next_text = |out: &[Line], k: usize| (k..out.len()).find(|&j| !out[j].is_blank());
    for k in 0..out.len() {
        let Some(dot) = next_text(&out, k + 1).filter(|&j| out[j].text == ".") else {
            continue;
        };
        let item = next_text(&out, dot + 1).filter(|&j| out[j].text.starts_with("Agendapunt:"));
        if let (Some(item), Some(c)) = (item, TRAILING_NUMBER.captures(&out[k].text)) {
            let (text, number) = (c[1].to_string(), c[2].to_string());
            out[k].text = text;
            out[item].text = format!("{number}. {}", out[item].text);
            out[dot] = Line::new(String::new(), Hint::Blank);
        }
    }
    (out, from_line)
}

/// One section per agenda item.
pub(super) fn split(lines: &[Line]) -> Vec<Draft> {
    let (lines, from_line) = item_lines(lines);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut topic: Option<String> = None;
    let mut current: Option<Draft> = None;
    for (k, l) in lines.iter().enumerate() {
        let i = from_line[k];
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
        if is_heading(&lines, k) {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::split::tests::lines;

    fn items(text: &str) -> Vec<String> {
        let drafts = split(&lines(text));
        (drafts.iter())
            .map(|d| {
                let words: Vec<&str> = d.answer.iter().map(|l| l.text.as_str()).collect();
                words
                    .join(" ")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn an_item_starting_inside_a_line_is_its_own_section() {
        let got = items(
            "Besluitenlijst\n\n5. Agendapunt: Afschrift brief\n\nZaak: Brief regering \
             Besluit: Agenderen voor AO op 13 mei 2009. 6. Agendapunt: Voortgang Huis\n\n\
             Zaak: Brief regering Besluit: Technische briefing organiseren. 7. Agendapunt: \
             Toezicht 8. Agendapunt: Beleidsdoorlichting art. 11.2\n",
        );
        assert_eq!(
            got,
            [
                "5. Agendapunt: Afschrift brief Zaak: Brief regering Besluit: Agenderen voor \
                 AO op 13 mei 2009.",
                "6. Agendapunt: Voortgang Huis Zaak: Brief regering Besluit: Technische \
                 briefing organiseren.",
                "7. Agendapunt: Toezicht",
                "8. Agendapunt: Beleidsdoorlichting art. 11.2",
            ]
        );
    }

    #[test]
    fn a_number_set_apart_goes_back_to_its_item() {
        let got = items(
            "Besluitenlijst\n\n9. Agendapunt: Stimulering\n\nZaak: Brief Besluit: Reeds \
             geagendeerd Volgcommissie(s): JUST 10\n\n.\n\nAgendapunt: De risico's\n\n\
             Zaak: Brief - 29754-145 Besluit: Voor kennisgeving aannemen. 11\n.\n\
             Agendapunt: Beantwoording\n",
        );
        assert_eq!(
            got,
            [
                "9. Agendapunt: Stimulering Zaak: Brief Besluit: Reeds geagendeerd \
                 Volgcommissie(s): JUST",
                "10. Agendapunt: De risico's Zaak: Brief - 29754-145 Besluit: Voor \
                 kennisgeving aannemen.",
                "11. Agendapunt: Beantwoording",
            ]
        );
    }

    #[test]
    fn a_number_ending_a_decision_stays_where_no_item_follows() {
        // `2009` and `13` end the text of their item: no lone `.` and item follow them.
        let got = items(
            "Besluitenlijst\n\n1. Agendapunt: Brief\n\nBesluit: Agenderen voor het AO van \
             mei 2009\n\n2. Agendapunt: Wetsvoorstellen 30174 en 30372 13\n\nGriffier: X\n",
        );
        assert_eq!(
            got,
            [
                "1. Agendapunt: Brief Besluit: Agenderen voor het AO van mei 2009",
                "2. Agendapunt: Wetsvoorstellen 30174 en 30372 13",
            ]
        );
    }
}
