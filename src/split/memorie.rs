//! Eerste Kamer law-making reports: the `VOORLOPIG VERSLAG` (questions per fractie in
//! numbered sections) and the `MEMORIE VAN ANTWOORD` that answers it, paragraph by
//! paragraph; also their sequels (`NADER VOORLOPIG VERSLAG`, `NADERE MEMORIE VAN
//! ANTWOORD`) and the Tweede Kamer's `VERSLAG` / `NOTA NAAR AANLEIDING VAN HET VERSLAG`.
//!
//! A paragraph opening with `De leden van de X-fractie …` is a fractie's question; in a
//! memorie the paragraphs after it, up to the next question, are the answer. Questions in
//! a row with no answer between them are answered together (`Deze vragen worden
//! gezamenlijk beantwoord`): one passage, the first fractie's.

use super::Draft;
use crate::fractie;
use crate::passage::{Passage, PassageKind};
use crate::text::{Hint, Line};
use regex::Regex;
use std::sync::LazyLock;

static REPORT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:VOORLOPIG VERSLAG|MEMORIE VAN ANTWOORD|NOTA NAAR AANLEIDING VAN HET VERSLAG|EINDVERSLAG|^[A-Z]{0,2}\s?VERSLAG(?: VAN DE| $|$))").unwrap()
});
static ANSWERING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:MEMORIE VAN ANTWOORD|NOTA NAAR AANLEIDING VAN HET VERSLAG)").unwrap()
});
static FRACTIE_PARAGRAPH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:De|Het) (?:leden|lid) van de (?P<f>fractie van de [\p{L}\d-]+|[Ff]ractie-\p{Lu}[\p{L}]*(?:(?: van| de| der| den)+ \p{Lu}?[\p{L}]+)?|[\p{L}\d/-]+?-fractie)\b").unwrap()
});
static SECTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2}(?:\.\d{1,2})*)\.? (\p{Lu}[^.?!:;]{1,90})$").unwrap());
static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:De (?:Minister|Staatssecretaris|minister|staatssecretaris) (?:van|voor) .+,$|De voorzitter van de .+,$|De griffier .+,$|De (?:leden van de )?(?:vaste )?commissie(?:s)?\b.*\b(?:ziet|zien|wacht|wachten|kijkt|kijken)\b)").unwrap()
});

/// Is this a report of the paragraph-per-fractie kind?
pub(super) fn is_report(lines: &[Line]) -> bool {
    let heading = lines.iter().take(40).any(|l| REPORT.is_match(&l.text));
    let fractie_paragraphs = lines
        .iter()
        .enumerate()
        .filter(|(i, l)| {
            (*i == 0 || lines[i - 1].is_blank()) && FRACTIE_PARAGRAPH.is_match(&l.text)
        })
        .count();
    heading && fractie_paragraphs >= 2
}

/// Split a report into question (verslag) or qa (memorie) drafts.
pub(super) fn split(lines: &[Line]) -> Vec<Draft> {
    let answering = lines.iter().take(40).any(|l| ANSWERING.is_match(&l.text));
    // Paragraphs: (first line index, lines).
    let mut paragraphs: Vec<(usize, Vec<Line>)> = Vec::new();
    for (i, l) in lines.iter().enumerate() {
        if l.is_blank() {
            continue;
        }
        let starts = i == 0
            || lines[i - 1].is_blank()
            || SECTION.is_match(&l.text)
            || CLOSING.is_match(&l.text);
        match paragraphs.last_mut() {
            Some((_, p)) if !starts => p.push(l.clone()),
            _ => paragraphs.push((i, vec![l.clone()])),
        }
    }
    let mut drafts: Vec<Draft> = Vec::new();
    let mut current: Option<Draft> = None;
    let mut topic: Option<String> = None;
    // Where the first question and the closing words start: the text before and from
    // them is the text around the questions.
    let mut first_question = lines.len();
    let mut closing = lines.len();
    for (at, para) in paragraphs {
        let first = para[0].text.as_str();
        if CLOSING.is_match(first) {
            closing = at;
            break;
        }
        if let Some(c) = SECTION.captures(first).filter(|_| para.len() == 1) {
            drafts.extend(current.take());
            topic = Some(c[2].trim().to_string());
            continue;
        }
        if let Some(c) = FRACTIE_PARAGRAPH.captures(first) {
            first_question = first_question.min(at);
            let joint = answering && current.as_ref().is_some_and(|d| d.answer.is_empty());
            if joint {
                let d = current.as_mut().expect("checked");
                d.question.push(Line::new(String::new(), Hint::Blank));
                d.question.extend(para);
                continue;
            }
            drafts.extend(current.take());
            let mut p = Passage::new(
                if answering {
                    PassageKind::Qa
                } else {
                    PassageKind::Question
                },
                "",
            );
            p.fractie = fractie::normalize(&c["f"]);
            p.topic = topic.clone();
            let mut d = Draft::new(p);
            d.at = at;
            d.question = para;
            current = Some(d);
            continue;
        }
        // Before the first question there is no passage to add to: that text is around
        // the questions.
        if let Some(d) = current.as_mut() {
            let part = if answering {
                &mut d.answer
            } else {
                &mut d.question
            };
            if !part.is_empty() {
                part.push(Line::new(String::new(), Hint::Blank));
            }
            part.extend(para);
        }
    }
    drafts.extend(current.take());
    let mut runs = super::sentence_runs(lines, 0..first_question.min(closing));
    runs.extend(super::sentence_runs(lines, closing..lines.len()));
    drafts.extend(super::cover_sections(runs));
    drafts.sort_by_key(|d| d.at);
    drafts
}
