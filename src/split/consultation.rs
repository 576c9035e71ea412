//! Written consultations, answer letters and numbered questions: `qa` passages.
//!
//! The document is read as a sequence of fractie sections (`Vragen en opmerkingen van
//! de leden van de X-fractie`). In each, every `Antwoord` closes one question. Where
//! the question of one answer starts, and the previous answer ends, is decided from
//! the evidence the forms give: a number (`12. De leden …`), a topic heading, bold
//! type (Markdown answers are set in bold), and otherwise the text itself: the
//! question is the run of paragraphs just before `Antwoord` that ask (`?`) or
//! introduce (`De leden van de … lezen dat`).

use super::Draft;
use crate::fractie;
use crate::passage::{Passage, PassageKind};
use crate::text::{self, Hint, Line};
use regex::Regex;
use std::collections::HashSet;
use std::sync::LazyLock;

static FRACTIE_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:Vragen en opmerkingen|Inbreng|Vragen) van (?:de leden van de|het lid van de) (?P<f>fractie van de [\p{L}\d]+(?:-[\p{L}\d]+)*|[Ff]ractie-\p{Lu}[\p{L}]*(?:(?: van| de| der| den| ter| ten)+ \p{Lu}?[\p{L}]+)?|[\p{L}\d/ ]+?(?:-[\p{L}\d/]+)*-\s?fractie)(?P<rest>.*)$",
    )
    .unwrap()
});
static PART_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[IVX]{1,4}\.? \p{Lu}|Inhoudsopgave$|VRAGEN EN OPMERKINGEN)").unwrap()
});
static ANSWER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^Antwoord(?: (?:op )?(?:vraag|vragen) [\d, en]+| \d+(?: en \d+)?)?\s*:?(?:\s+(?P<rest>\p{Lu}.*))?$").unwrap()
});
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\d{1,3})\.\s+(\S.*)$").unwrap());
static PREAMBLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(de leden|deze leden|zijnde leden|het lid|dit lid|leden van de|lid van de)\b",
    )
    .unwrap()
});
static JOINS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)sluit(?:en)? zich (?:graag )?aan bij").unwrap());
static CLOSING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(De (Minister|Staatssecretaris|minister|staatssecretaris) (van|voor) .+,|Hoogachtend,?|BRIEF VAN .*|Den Haag, \d{1,2} \p{L}+ \d{4}|Aan de (Voorzitter|voorzitter|minister|Minister|staatssecretaris) .*)$").unwrap()
});

/// A line's role in a consultation.
#[derive(Debug, Clone, PartialEq)]
enum Mark {
    Text,
    Fractie(String, Option<String>),
    Part,
    Topic,
    Answer(Option<String>),
    Numbered(u32),
    Closing,
}

/// Does the document look like questions with answers?
pub(super) fn is_consultation(lines: &[Line]) -> bool {
    lines.iter().filter(|l| ANSWER.is_match(&l.text)).count() >= 1
}

/// Is the document a consultation's questions before any answer: the fracties' inbreng
/// under their headings (`Vragen en opmerkingen van de leden van de CDA-fractie`), as a
/// committee sends it? Its questions are the fracties' own passages, open until answered.
pub(super) fn is_inbreng(lines: &[Line]) -> bool {
    let headings = lines.iter().filter(|l| FRACTIE_HEADING.is_match(&l.text));
    headings.count() >= 2
}

/// Split a consultation into drafts.
pub(super) fn split(lines: &[Line], reflowed: bool) -> Vec<Draft> {
    let lines = join_wrapped_headings(lines);
    let marks = mark_lines(&lines, reflowed);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut unanswered: Vec<Draft> = Vec::new();
    // Sections: from a fractie heading (or the start) to the next.
    let mut starts: Vec<usize> = marks
        .iter()
        .enumerate()
        .filter(|(_, m)| matches!(m, Mark::Fractie(..) | Mark::Part))
        .map(|(i, _)| i)
        .collect();
    if starts.first() != Some(&0) {
        starts.insert(0, 0);
    }
    starts.push(lines.len());
    for w in starts.windows(2) {
        let (a, b) = (w[0], w[1]);
        let fractie = match &marks[a] {
            Mark::Fractie(f, _) => Some(f.clone()),
            _ => None,
        };
        if fractie.is_none() && !marks[a..b].iter().any(|m| matches!(m, Mark::Answer(_))) {
            continue;
        }
        split_section(&lines, &marks, a, b, fractie, &mut drafts, &mut unanswered);
    }
    // A question copied in the question letter and answered later in the answer
    // letter is one passage: keep the unanswered copy only when no answer exists.
    let mut dropped: Vec<Draft> = Vec::new();
    for q in unanswered {
        let qtext = words(&q.question);
        let answered = drafts.iter().any(|d| {
            let other = words(&d.question);
            d.passage.fractie == q.passage.fractie
                && similarity(&qtext, &other).max(similarity(&other, &qtext)) > 0.6
        });
        if answered || qtext.len() < 4 {
            dropped.push(q);
            continue;
        }
        let text = lines_text(&q.question);
        if qtext.iter().any(|w| w.ends_with('?')) || (!JOINS.is_match(&text) && requests(&text)) {
            // Asked with a `?`, or in the report's own indirect form (`De leden van de
            // CDA-fractie vragen naar de planning.`): a question nobody answered.
            drafts.push(q);
        } else {
            // A fractie joining another's questions, or saying what it thinks without
            // asking: a passage of its own, the fractie's, no answer needed. Never
            // dropped: too short for a section of the report's own text, it would be lost.
            let mut q = q;
            q.passage.kind = PassageKind::Section;
            q.answer = std::mem::take(&mut q.question);
            drafts.push(q);
        }
    }
    let held: HashSet<&str> = (drafts.iter().chain(&dropped))
        .flat_map(|d| d.question.iter().chain(&d.answer))
        .map(|l| l.text.as_str())
        .collect();
    let rest = unheld_sections(&lines, &marks, &held);
    drafts.extend(rest);
    drafts.sort_by_key(|d| d.at);
    resolve_references(&mut drafts);
    drafts
}

/// The text of a consultation that no question or answer holds, as `section` passages
/// ([`super::cover_sections`]): the report's opening (which letters were discussed, when
/// the questions were sent and answered), a reminder letter between the question letter
/// and the answer letter, the answer letter's covering text. Headings and the lines of a
/// table of contents are no part of it; a letter's heading (`BRIEF VAN DE MINISTER …`)
/// starts a run of its own.
fn unheld_sections(lines: &[Line], marks: &[Mark], held: &HashSet<&str>) -> Vec<Draft> {
    // The runs of free lines, each line with its index.
    let mut runs: Vec<Vec<(usize, &Line)>> = vec![Vec::new()];
    for (i, (line, mark)) in lines.iter().zip(marks).enumerate() {
        if line.is_blank() {
            continue;
        }
        let free = matches!(mark, Mark::Text | Mark::Closing) && !held.contains(line.text.as_str());
        if free && line.text.trim_start().starts_with("BRIEF VAN ") {
            runs.push(Vec::new());
        }
        match free {
            true => runs.last_mut().expect("never empty").push((i, line)),
            false if runs.last().is_some_and(|r| !r.is_empty()) => runs.push(Vec::new()),
            false => {}
        }
    }
    super::cover_sections(runs)
}

/// A heading wrapped over two lines (`… GroenLinks-PvdA-` / `fractie`) is joined.
fn join_wrapped_headings(lines: &[Line]) -> Vec<Line> {
    let mut out: Vec<Line> = Vec::with_capacity(lines.len());
    let mut i = 0;
    while i < lines.len() {
        let l = &lines[i];
        if l.text.starts_with("Vragen en opmerkingen van")
            && !FRACTIE_HEADING.is_match(&l.text)
            && i + 1 < lines.len()
        {
            let mut joined = l.text.clone();
            text::join_wrapped(&mut joined, &lines[i + 1].text);
            if FRACTIE_HEADING.is_match(&joined) {
                out.push(Line::new(joined, l.hint));
                out.push(Line::new(String::new(), Hint::Blank));
                i += 2;
                continue;
            }
        }
        out.push(l.clone());
        i += 1;
    }
    out
}

fn mark_lines(lines: &[Line], reflowed: bool) -> Vec<Mark> {
    let n = lines.len();
    let mut marks = vec![Mark::Text; n];
    for i in 0..n {
        let l = &lines[i];
        if l.is_blank() {
            continue;
        }
        let t = l.text.as_str();
        if let Some(c) = FRACTIE_HEADING.captures(t) {
            let f = fractie::normalize(&c["f"]).unwrap_or_default();
            let rest = c["rest"].trim();
            marks[i] = Mark::Fractie(f, (!rest.is_empty()).then(|| rest.to_string()));
        } else if let Some(c) = ANSWER.captures(t) {
            marks[i] = Mark::Answer(c.name("rest").map(|r| r.as_str().to_string()));
        } else if PART_HEADING.is_match(t) && t.len() < 120 && !t.ends_with('?') {
            marks[i] = Mark::Part;
        } else if CLOSING.is_match(t) {
            marks[i] = Mark::Closing;
        } else if let Some(c) = NUMBERED.captures(t) {
            marks[i] = Mark::Numbered(c[1].parse().unwrap_or(0));
        } else if is_topic_heading(lines, i, reflowed) {
            marks[i] = Mark::Topic;
        }
    }
    // Markdown: a bold paragraph right after a question, with no `Antwoord` heading
    // in between, is an answer all the same.
    for i in 0..n {
        if lines[i].hint != Hint::Bold || marks[i] != Mark::Text {
            continue;
        }
        let prev = (0..i).rev().find(|&j| !lines[j].is_blank());
        if let Some(j) = prev
            && lines[j].hint == Hint::Plain
            && marks[j] == Mark::Text
            && lines[j].text.trim_end().ends_with('?')
        {
            marks[i] = Mark::Answer(Some(lines[i].text.clone()));
        }
    }
    marks
}

/// Words a heading does not end with, but a line wrapped mid-sentence often does.
const FUNCTION_WORDS: &[&str] = &[
    "de", "het", "een", "van", "op", "in", "en", "tot", "te", "aan", "met", "voor", "over", "om",
    "dat", "die", "bij", "naar", "zich", "zijn", "is", "of", "als", "door", "uit", "niet", "geen",
    "er", "deze", "dit", "wordt", "worden", "zal", "kan", "heeft", "hebben", "wat", "hoe", "welke",
    "ook", "nog", "dan", "maar", "want", "omdat", "zoals", "u", "uw", "wij", "we", "ik", "zij",
    "ze", "hij", "hun", "haar", "onder", "tussen", "binnen", "buiten", "per",
];

/// A topic heading: a short line of its own, not a sentence, between paragraphs.
///
/// In reflowed text (PDF) lines are sentences, not layout: only the headings that the
/// cleaner recognized count.
fn is_topic_heading(lines: &[Line], i: usize, reflowed: bool) -> bool {
    let l = &lines[i];
    if let Hint::Heading(_) = l.hint {
        return true;
    }
    if reflowed {
        return false;
    }
    if l.hint != Hint::Plain {
        return false;
    }
    let t = l.text.as_str();
    let words = t.split_whitespace().count();
    let first_upper = t.chars().next().is_some_and(char::is_uppercase);
    let last = t.chars().last().unwrap_or('.');
    if !first_upper
        || !(1..=12).contains(&words)
        || t.len() > 100
        || ".?!:;,-–(".contains(last)
        || t.contains('?')
    {
        return false;
    }
    let prev = (0..i).rev().find(|&j| !lines[j].is_blank());
    let last_word = t.rsplit(' ').next().unwrap_or("").to_lowercase();
    if FUNCTION_WORDS.contains(&last_word.as_str()) {
        return false;
    }
    let prev_ok = match prev {
        None => true,
        Some(j) => {
            let p = lines[j].text.trim_end();
            (p.ends_with(['.', '?', '!', ':']) || p.ends_with(text::NOTE_END))
                && !ANSWER.is_match(p)
        }
    };
    let next = (i + 1..lines.len()).find(|&j| !lines[j].is_blank());
    let next_ok = next.is_some_and(|j| {
        lines[j]
            .text
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c == '‘')
    });
    prev_ok && next_ok
}

/// Split one fractie section `[a, b)` into drafts.
fn split_section(
    lines: &[Line],
    marks: &[Mark],
    a: usize,
    b: usize,
    fractie: Option<String>,
    drafts: &mut Vec<Draft>,
    unanswered: &mut Vec<Draft>,
) {
    let answers: Vec<usize> = (a..b)
        .filter(|&i| matches!(marks[i], Mark::Answer(_)))
        .collect();
    let numbered = (a..b).any(|i| matches!(marks[i], Mark::Numbered(1)))
        && answers.iter().all(|&ans| {
            let prev_ans = answers
                .iter()
                .rev()
                .find(|&&x| x < ans)
                .copied()
                .unwrap_or(a);
            (prev_ans..ans).any(|i| matches!(marks[i], Mark::Numbered(_)))
        });
    let new_draft = |topic: Option<String>| {
        let mut p = Passage::new(PassageKind::Qa, "");
        p.fractie = fractie.clone();
        p.topic = topic;
        Draft::new(p)
    };
    let content = |i: usize| -> bool {
        matches!(marks[i], Mark::Text | Mark::Numbered(_)) || lines[i].is_blank()
    };
    // The first line of the section may carry text after the heading (PDF extraction).
    let heading_rest: Option<Line> = match &marks[a] {
        Mark::Fractie(_, Some(rest)) => Some(Line::new(rest.clone(), Hint::Plain)),
        _ => None,
    };
    let body_start = if matches!(marks[a], Mark::Fractie(..) | Mark::Part) {
        a + 1
    } else {
        a
    };
    let mut topic: Option<String> = None;

    if numbered {
        // Questions start at their number, in sequence; an answer runs to the next number.
        let mut expect = 1;
        let mut current: Option<Draft> = None;
        let mut in_answer = false;
        // Text between the heading and question 1 introduces the questions.
        let mut intro: Vec<Line> = heading_rest.iter().cloned().collect();
        for i in body_start..b {
            match &marks[i] {
                Mark::Numbered(n) if *n == expect || (*n == 1 && current.is_some()) => {
                    if let Some(d) = current.take() {
                        if in_answer {
                            drafts.push(d)
                        } else {
                            unanswered.push(d)
                        }
                    }
                    expect = n + 1;
                    let mut d = new_draft(topic.clone());
                    d.at = i;
                    d.question.append(&mut intro);
                    let title = number_title(lines, i);
                    let mut first = strip_number(&lines[i]);
                    if let Some(t) = &title {
                        first.text = first.text[t.len()..].trim().to_string();
                    }
                    d.passage.topic = title.or_else(|| topic.clone());
                    if !first.text.is_empty() {
                        d.question.push(first);
                    }
                    current = Some(d);
                    in_answer = false;
                }
                Mark::Answer(rest) => {
                    if let Some(d) = current.as_mut() {
                        in_answer = true;
                        if let Some(r) = rest {
                            d.answer.push(Line::new(r.clone(), Hint::Plain));
                        }
                    }
                }
                Mark::Closing => {
                    if let Some(d) = current.take() {
                        if in_answer {
                            drafts.push(d)
                        } else {
                            unanswered.push(d)
                        }
                    }
                }
                Mark::Topic if current.is_none() || in_answer => {
                    topic = Some(lines[i].text.clone());
                }
                _ => {
                    if let Some(d) = current.as_mut() {
                        if in_answer {
                            d.answer.push(lines[i].clone())
                        } else {
                            d.question.push(lines[i].clone())
                        }
                    } else if content(i) {
                        intro.push(lines[i].clone());
                    }
                }
            }
        }
        if let Some(d) = current.take() {
            if in_answer {
                drafts.push(d)
            } else {
                unanswered.push(d)
            }
        }
        return;
    }

    if answers.is_empty() {
        // A section nobody answered: its questions (a question letter, an inbreng), or a
        // statement of its own (`De leden van de D66-fractie sluiten zich aan bij de
        // vragen van …`). Each paragraph run that ends in a question is one question.
        let mut current: Option<Draft> = None;
        let mut gap = false;
        for i in body_start..b {
            if lines[i].is_blank() {
                gap = true;
                continue;
            }
            match &marks[i] {
                Mark::Topic => {
                    topic = Some(lines[i].text.clone());
                    continue;
                }
                Mark::Text | Mark::Numbered(_) => {}
                _ => continue,
            }
            let asked = current
                .as_ref()
                .is_some_and(|d| lines_text(&d.question).trim_end().ends_with('?'));
            if current.is_none() || (gap && asked) {
                if let Some(d) = current.take() {
                    unanswered.push(d);
                }
                let mut d = new_draft(topic.clone());
                d.passage.kind = PassageKind::Question;
                d.at = i;
                current = Some(d);
            }
            if let Some(d) = current.as_mut() {
                if gap && !d.question.is_empty() {
                    d.question.push(Line::new(String::new(), Hint::Blank));
                }
                d.question.push(lines[i].clone());
            }
            gap = false;
        }
        if let Some(d) = current.take() {
            unanswered.push(d);
        }
        return;
    }
    // Unnumbered: each answer closes the question that precedes it.
    let mut prev_end = body_start; // first line after the previous answer marker
    let mut prev_draft: Option<Draft> = None;
    let mut prev_had_rest = true;
    for &ans in &answers {
        let region: Vec<usize> = (prev_end..ans).collect();
        // Where does the question start within the region?
        let q_start = match prev_draft {
            None => prev_end,
            Some(_) => question_start(lines, marks, &region, !prev_had_rest),
        };
        if let Some(mut d) = prev_draft.take() {
            for &i in region.iter().filter(|&&i| i < q_start) {
                if content(i) {
                    d.answer.push(lines[i].clone());
                } else if matches!(marks[i], Mark::Topic) {
                    topic = Some(lines[i].text.clone());
                }
            }
            drafts.push(d);
        }
        // Topic: the last heading before the question's text.
        for &i in region.iter().filter(|&&i| i < q_start) {
            if matches!(marks[i], Mark::Topic) {
                topic = Some(lines[i].text.clone());
            }
        }
        let mut d = new_draft(None);
        d.at = q_start;
        if prev_end == body_start
            && let Some(r) = &heading_rest
        {
            d.question.push(r.clone());
        }
        for &i in region.iter().filter(|&&i| i >= q_start) {
            if matches!(marks[i], Mark::Topic) {
                topic = Some(lines[i].text.clone());
                continue;
            }
            if content(i) {
                d.question.push(lines[i].clone());
            }
        }
        d.passage.topic = topic.clone();
        let rest = match &marks[ans] {
            Mark::Answer(r) => r.clone(),
            _ => None,
        };
        prev_had_rest = rest.is_some();
        if let Some(r) = rest {
            d.answer.push(Line::new(r, lines[ans].hint));
        }
        prev_draft = Some(d);
        prev_end = ans + 1;
    }
    if let Some(mut d) = prev_draft.take() {
        for i in prev_end..b {
            if matches!(marks[i], Mark::Closing) {
                break;
            }
            if content(i) {
                d.answer.push(lines[i].clone());
            }
        }
        drafts.push(d);
    }
}

/// The first line of the next question within the lines between two answers.
///
/// `first_is_answer`: the region starts with the previous answer's text (its
/// `Antwoord` line had none of its own), so the first unit is always answer.
fn question_start(
    lines: &[Line],
    marks: &[Mark],
    region: &[usize],
    first_is_answer: bool,
) -> usize {
    let end = region.last().map(|&i| i + 1).unwrap_or(0);
    if region.is_empty() {
        return end;
    }
    // A topic heading starts the question.
    if let Some(&t) = region
        .iter()
        .rev()
        .find(|&&i| matches!(marks[i], Mark::Topic))
    {
        return t;
    }
    // Markdown: answers are bold, questions are not.
    if let Some(&last_bold) = region.iter().rev().find(|&&i| lines[i].hint == Hint::Bold) {
        return region
            .iter()
            .copied()
            .find(|&i| i > last_bold && !lines[i].is_blank())
            .unwrap_or(end);
    }
    // Units: runs of lines split at paragraph breaks and at line breaks that end a
    // sentence; each unit knows its paragraph.
    let mut units: Vec<(usize, usize, usize)> = Vec::new(); // [start, end) lines, paragraph
    let mut start: Option<(usize, usize)> = None;
    let mut paragraph = 0;
    let mut prev_text: Option<&str> = None;
    for &i in region {
        let l = &lines[i];
        if l.is_blank() {
            continue;
        }
        let (boundary, new_paragraph) = match prev_text {
            None => (true, false),
            Some(p) => {
                let gap = i > 0 && lines[i - 1].is_blank() && !text::continues(p, &l.text);
                let sentence_end =
                    p.trim_end().ends_with(['.', '?', '!']) || p.ends_with(text::NOTE_END);
                let upper = l.text.chars().next().is_some_and(|c| c.is_uppercase());
                (gap || (sentence_end && upper), gap)
            }
        };
        if boundary {
            if let Some((s, para)) = start {
                units.push((s, i, para));
            }
            if new_paragraph {
                paragraph += 1;
            }
            start = Some((i, paragraph));
        }
        prev_text = Some(&l.text);
    }
    if let Some((s, para)) = start {
        units.push((s, end, para));
    }
    let unit_text = |(s, e, _): (usize, usize, usize)| -> String {
        (s..e)
            .filter(|&i| !lines[i].is_blank())
            .map(|i| lines[i].text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    // Scan back from the `Antwoord`, a paragraph at a time. A paragraph that opens by
    // asking or introducing (`De leden … lezen dat`, `Kan de minister …?`) is question
    // whole, whatever declarative sentences its preamble holds. Otherwise only its
    // trailing sentences that ask are, and the answer ends before them. The first unit
    // of the region is the previous answer's own start when its `Antwoord` had no text.
    let mut q = units.len();
    while q > 0 {
        let para = units[q - 1].2;
        let first = units.iter().position(|u| u.2 == para).unwrap_or(0);
        let protected = first == 0 && first_is_answer;
        if !protected && asks(&unit_text(units[first])) {
            q = first;
            continue;
        }
        let floor = if protected { 1 } else { first };
        while q > floor && asks(&unit_text(units[q - 1])) {
            q -= 1;
        }
        break;
    }
    units.get(q).map(|u| u.0).unwrap_or(end)
}

/// A fractie's request without a question mark: the indirect question of a report
/// (`De leden van de CDA-fractie vragen of …`, `Het lid van de fractie-Van de Sanden
/// vraagt naar de kosten.`, `Deze leden verzoeken de regering …`, `… willen graag weten
/// …`).
static REQUEST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:vragen|vraagt|verzoeken|verzoekt|willen (?:graag )?weten|wil (?:graag )?weten|(?:ontvangen|horen|vernemen) graag|zijn benieuwd|is benieuwd)\b").unwrap()
});

/// `… hebben geen (verdere) vragen`: the noun, no request.
static NO_QUESTIONS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bgeen (?:nadere |verdere |aanvullende |andere )?vragen\b").unwrap()
});

/// Does a fractie's text request something of the government (see [`REQUEST`])?
fn requests(t: &str) -> bool {
    PREAMBLE.is_match(t) && REQUEST.is_match(&NO_QUESTIONS.replace_all(t, ""))
}

/// Does this text ask, or introduce a question, rather than answer?
fn asks(t: &str) -> bool {
    if t.contains('?') {
        return true;
    }
    let lower = t.to_lowercase();
    if lower.contains("antwoord") || lower.starts_with("zie ") || lower.contains("verwezen") {
        return false;
    }
    PREAMBLE.is_match(t) || t.trim_end().ends_with(':')
}

/// The title of a numbered item, when it has one: `6. Nationale rechtsstatelijke toetsing
/// van EU-voorstellen` on a line of its own, or `3. Terugkeerbeleid – effectiviteit én
/// menselijke waardigheid Welke onderdelen …` running into the question.
fn number_title(lines: &[Line], i: usize) -> Option<String> {
    let c = NUMBERED.captures(&lines[i].text)?;
    let rest = c[2].trim();
    let next_upper = lines[i + 1..]
        .iter()
        .find(|l| !l.is_blank())
        .is_some_and(|l| l.text.starts_with(|ch: char| ch.is_uppercase()));
    // Title – subtitle, then the question begins with a capital.
    if let Some((title, sub)) = rest.split_once(" – ")
        && title.split_whitespace().count() <= 6
        && !title.contains("leden")
    {
        let mut out = format!("{title} –");
        for (k, w) in sub.split_whitespace().enumerate() {
            if k >= 2 && w.starts_with(|ch: char| ch.is_uppercase()) {
                break;
            }
            out.push(' ');
            out.push_str(w);
        }
        return Some(out);
    }
    let words: Vec<&str> = rest.split_whitespace().collect();
    let sentence = rest.ends_with(['.', '?', '!', ':', ','])
        || rest.contains("leden")
        || rest.contains("lid van");
    if !sentence
        && words.len() <= 10
        && next_upper
        && !FUNCTION_WORDS.contains(&words.last()?.to_lowercase().as_str())
    {
        return Some(rest.to_string());
    }
    None
}

fn strip_number(l: &Line) -> Line {
    let text = NUMBERED
        .captures(&l.text)
        .map(|c| c[2].to_string())
        .unwrap_or_else(|| l.text.clone());
    Line { text, ..l.clone() }
}

fn words(lines: &[Line]) -> Vec<String> {
    lines
        .iter()
        .flat_map(|l| l.text.split_whitespace())
        .map(|w| w.to_lowercase())
        .collect()
}

/// Share of `a`'s words found in `b`.
fn similarity(a: &[String], b: &[String]) -> f64 {
    if a.is_empty() {
        return 0.0;
    }
    let set: std::collections::HashSet<&String> = b.iter().collect();
    a.iter().filter(|w| set.contains(w)).count() as f64 / a.len() as f64
}

static REFERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:zie|verwezen wordt|voor het antwoord|het kabinet verwijst|ik verwijs|kortheidshalve)[^.]*\bantwoord").unwrap()
});
static REF_PREVIOUS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(vorige vraag|antwoord hierboven|hierboven)\b").unwrap());
static REF_FRACTIE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)van (?:de leden van )?de ([\p{L}\d/ -]+?)[- ]\s?fractie|van uw fractie")
        .unwrap()
});

/// The text of some lines, joined.
fn lines_text(lines: &[Line]) -> String {
    lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Content words of a text as stems (their first six letters, lowercased).
fn content_stems(text: &str) -> std::collections::HashSet<String> {
    const COMMON: &[&str] = &[
        "antwoord",
        "verwezen",
        "fractie",
        "minister",
        "kabinet",
        "vragen",
        "leden",
        "nederland",
    ];
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 4)
        .map(str::to_lowercase)
        .filter(|w| !COMMON.iter().any(|c| w.starts_with(c)))
        .map(|w| w.chars().take(6).collect())
        .collect()
}

/// Answers that point to another answer (`Zie antwoord op de vorige vraag`) get `refers_to`.
fn resolve_references(drafts: &mut [Draft]) {
    for i in 0..drafts.len() {
        let answer: String = drafts[i]
            .answer
            .iter()
            .map(|l| l.text.as_str())
            .collect::<Vec<_>>()
            .join(" ");
        let (answer, _) = text::take_note_markers(&answer);
        if !REFERS.is_match(answer.trim()) || answer.len() > 400 {
            continue;
        }
        if REF_PREVIOUS.is_match(&answer) {
            drafts[i].refers_to = i.checked_sub(1);
            continue;
        }
        let target_fractie = REF_FRACTIE.captures(&answer).and_then(|c| match c.get(1) {
            Some(f) => fractie::normalize(f.as_str()),
            None => drafts[i].passage.fractie.clone(),
        });
        let lower = answer.to_lowercase();
        let first = lower.contains("eerste vraag");
        // What the referring answer names (`… over het solidariteitsmechanisme`), and what
        // its own question asks: both compared by word stems (first six letters), so
        // `ontwerpbesluit` meets `ontwerp-raadsdocumenten`.
        let subject = content_stems(lower.split_once(" over ").map(|(_, s)| s).unwrap_or(""));
        let own_question = content_stems(&lines_text(&drafts[i].question));
        let mut best: Option<(usize, f64)> = None;
        for (j, d) in drafts.iter().enumerate() {
            if j == i || (target_fractie.is_some() && d.passage.fractie != target_fractie) {
                continue;
            }
            if REFERS.is_match(lines_text(&d.answer).trim()) {
                continue;
            }
            let about = content_stems(&format!(
                "{} {}",
                d.passage.topic.as_deref().unwrap_or(""),
                lines_text(&d.question)
            ));
            let full = content_stems(&format!(
                "{} {}",
                lines_text(&d.question),
                lines_text(&d.answer)
            ));
            let named = subject.iter().filter(|w| about.contains(*w)).count() as f64;
            if first && !subject.is_empty() && named == 0.0 {
                continue;
            }
            let shared = own_question.iter().filter(|w| full.contains(*w)).count() as f64
                / own_question.len().max(1) as f64;
            let earlier = if j < i { 0.25 } else { 0.0 };
            let score = 3.0 * named + shared + earlier;
            if first {
                best = Some((j, score));
                break;
            }
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((j, score));
            }
        }
        // A question asked word for word by another fractie is the better target, whoever
        // the answer names (documents misname the fractie).
        let own_words = words(&drafts[i].question);
        let twin = (0..drafts.len())
            .filter(|&j| j != i && !REFERS.is_match(lines_text(&drafts[j].answer).trim()))
            .map(|j| (j, similarity(&own_words, &words(&drafts[j].question))))
            .filter(|&(_, sim)| sim >= 0.75)
            .max_by(|a, b| a.1.total_cmp(&b.1));
        drafts[i].refers_to = twin.map(|(j, _)| j).or(best.map(|(j, _)| j));
    }
}

#[cfg(test)]
mod tests {
    use crate::passage::PassageKind;
    use crate::read::Format;
    use std::path::Path;

    fn split(text: &str) -> Vec<crate::Passage> {
        crate::split::split_text(Path::new("t.txt"), Format::Text, text)
    }

    #[test]
    fn fractie_joining_anothers_questions_is_a_passage() {
        let doc = "Vragen en opmerkingen van de leden van de GroenLinks-PvdA-fractie\nKan de minister het rapport delen?\n\nAntwoord\nJa, dat doe ik.\n\nVragen en opmerkingen van de leden van de D66-fractie\nDe leden van de D66-fractie sluiten zich aan bij de vragen van de leden van de GroenLinks-PvdA-fractie.\n\nVragen en opmerkingen van de leden van de VVD-fractie\nWanneer komt de brief?\n\nAntwoord\nVoor de zomer.\n";
        let ps = split(doc);
        let kinds: Vec<(PassageKind, Option<&str>)> =
            ps.iter().map(|p| (p.kind, p.fractie.as_deref())).collect();
        assert_eq!(
            kinds,
            vec![
                (PassageKind::Qa, Some("GroenLinks-PvdA")),
                (PassageKind::Section, Some("D66")),
                (PassageKind::Qa, Some("VVD")),
            ]
        );
        assert!(ps[1].text.contains("sluiten zich aan"));
    }

    #[test]
    fn questions_without_answers_are_questions() {
        let doc = "Vragen en opmerkingen van de leden van de SP-fractie\nDe leden van de SP-fractie lezen dat het kabinet iets wil.\nWaarom?\n\nHoe staat het met de uitvoering?\n\nVragen en opmerkingen van de leden van de CDA-fractie\nKan de minister toelichten wat de planning is?\n\nAntwoord\nDe planning volgt.\n";
        let ps = split(doc);
        let q: Vec<&crate::Passage> = ps
            .iter()
            .filter(|p| p.kind == PassageKind::Question)
            .collect();
        assert_eq!(q.len(), 2);
        assert!(
            q[0].text.starts_with("De leden van de SP-fractie lezen")
                && q[0].text.ends_with("Waarom?")
        );
        assert_eq!(q[1].text, "Hoe staat het met de uitvoering?");
        assert_eq!(ps.iter().filter(|p| p.kind == PassageKind::Qa).count(), 1);
    }

    /// The kind, fractie and text of each passage.
    fn kinds(ps: &[crate::Passage]) -> Vec<(PassageKind, Option<&str>, &str)> {
        (ps.iter())
            .map(|p| (p.kind, p.fractie.as_deref(), p.text.as_str()))
            .collect()
    }

    #[test]
    fn a_question_asked_without_a_question_mark_is_never_lost() {
        // The report's indirect form, unanswered, last and short: it was in no passage.
        let doc = "Vragen en opmerkingen van de leden van de fractie van de BBB\nDe leden van de fractie van de BBB vragen wanneer het migratiepact ingaat.\n\nAntwoord\nIn juni 2026.\n\nVragen en opmerkingen van het lid van de fractie-Van de Sanden\nHet lid van de fractie-Van de Sanden vraagt naar de kosten.\n\nAntwoord\nDie zijn nog niet bekend.\n\nVragen en opmerkingen van de leden van de CDA-fractie\nDe leden van de CDA-fractie vragen naar de planning.\n";
        let ps = split(doc);
        assert_eq!(
            kinds(&ps),
            [
                (
                    PassageKind::Qa,
                    Some("BBB"),
                    "De leden van de fractie van de BBB vragen wanneer het migratiepact ingaat.\n\nIn juni 2026."
                ),
                (
                    PassageKind::Qa,
                    Some("Van de Sanden"),
                    "Het lid van de fractie-Van de Sanden vraagt naar de kosten.\n\nDie zijn nog niet bekend."
                ),
                (
                    PassageKind::Question,
                    Some("CDA"),
                    "De leden van de CDA-fractie vragen naar de planning."
                ),
            ]
        );
        // First, before an answered one.
        let doc = "Vragen en opmerkingen van de leden van de CDA-fractie\nDe leden van de CDA-fractie vragen naar de planning.\n\nVragen en opmerkingen van de leden van de VVD-fractie\nDe leden van de VVD-fractie vragen hoe het zit.\n\nAntwoord\nGoed.\n";
        let ps = split(doc);
        assert_eq!(ps[0].kind, PassageKind::Question);
        assert_eq!(ps[0].fractie.as_deref(), Some("CDA"));
        // A fractie that only says what it thinks keeps its words, as its own section;
        // `geen vragen` asks nothing.
        let doc = "Vragen en opmerkingen van de leden van de SP-fractie\nKan de minister het rapport delen?\n\nAntwoord\nJa.\n\nVragen en opmerkingen van de leden van de PVV-fractie\nDe leden van de PVV-fractie hebben kennisgenomen van de brief en hebben geen verdere vragen.\n";
        let ps = split(doc);
        assert_eq!(
            kinds(&ps)[1],
            (
                PassageKind::Section,
                Some("PVV"),
                "De leden van de PVV-fractie hebben kennisgenomen van de brief en hebben geen verdere vragen."
            )
        );
    }

    #[test]
    fn a_consultation_before_its_answers_is_the_fracties_questions() {
        // The inbreng as the committee sends it: every fractie's questions are its own
        // open questions, `?` or not.
        let doc = "Verslag van een schriftelijk overleg\n\nI VRAGEN EN OPMERKINGEN VANUIT DE FRACTIES\n\nVragen en opmerkingen van de leden van de CDA-fractie\nDe leden van de CDA-fractie hebben kennisgenomen van de brief. Kan de minister de terugkeerhubs toelichten?\n\nVragen en opmerkingen van het lid van de fractie-Van de Sanden\nHet lid van de fractie-Van de Sanden vraagt naar de kosten.\n\nVragen en opmerkingen van de leden van de D66-fractie\nDe leden van de D66-fractie sluiten zich aan bij de vragen van de leden van de CDA-fractie.\n";
        let ps = split(doc);
        let found: Vec<(PassageKind, Option<&str>)> =
            kinds(&ps).into_iter().map(|(k, f, _)| (k, f)).collect();
        assert_eq!(
            found,
            [
                (PassageKind::Question, Some("CDA")),
                (PassageKind::Question, Some("Van de Sanden")),
                (PassageKind::Section, Some("D66")),
            ]
        );
        assert!(ps[1].text.contains("vraagt naar de kosten"));
    }

    /// A consultation whose questions follow `cover`, as the reports print them.
    fn with_cover(cover: &str) -> String {
        format!(
            "{cover}\n\nVragen en opmerkingen van de leden van de SP-fractie\nKan de minister het rapport delen?\n\nAntwoord\nJa, dat doe ik voor de zomer.\n"
        )
    }

    fn covers(ps: &[crate::Passage]) -> Vec<&crate::Passage> {
        ps.iter().filter(|p| p.is_cover()).collect()
    }

    #[test]
    fn the_text_around_the_questions_is_a_section_of_its_own() {
        let doc = with_cover(
            "De vaste commissie voor Asiel en Migratie heeft een aantal vragen en opmerkingen voorgelegd aan de minister over de volgende brieven.\nBij brief van 8 oktober 2025 zijn de vragen beantwoord.\n\nDe voorzitter van de commissie,\nVijlbrief\n\nBRIEF VAN DE MINISTER VAN ASIEL EN MIGRATIE\nHierbij bied ik u de antwoorden aan op de schriftelijke vragen. Deze vragen werden ingezonden op 5 december 2025 met kenmerk 179110.\n\nDe Minister van Asiel en Migratie,\nD.M. van Weel",
        );
        let ps = split(&doc);
        let cover = covers(&ps);
        // The report's opening, and the letter its heading starts; the question and
        // answer are the passage they always were.
        assert_eq!(cover.len(), 2, "{cover:#?}");
        assert!(cover[0].text.starts_with("De vaste commissie"));
        assert!(!cover[0].text.contains("BRIEF VAN"));
        assert!(cover[1].text.starts_with("BRIEF VAN DE MINISTER"));
        assert!(cover[1].text.contains("ingezonden op 5 december 2025"));
        assert!(cover.iter().all(|p| p.kind == PassageKind::Section));
        let qa: Vec<&crate::Passage> = ps.iter().filter(|p| p.kind == PassageKind::Qa).collect();
        assert_eq!(qa.len(), 1);
        assert!(!qa[0].text.contains("ingezonden"));
        // In document order, before the questions.
        assert!(ps.iter().position(|p| p.is_cover()) < ps.iter().position(|p| !p.is_cover()));
    }

    #[test]
    fn a_long_covering_text_is_cut_into_sections_of_about_equal_length() {
        // 60 sentences of 9 words: 540 words, more than one section holds.
        let sentence = "De commissie heeft de minister om een reactie gevraagd.";
        let long = vec![sentence; 60].join("\n");
        let ps = split(&with_cover(&long));
        let lengths: Vec<usize> = covers(&ps)
            .iter()
            .map(|p| p.text.split_whitespace().count())
            .collect();
        assert_eq!(lengths, vec![270, 270]);
    }

    #[test]
    fn a_signature_alone_is_no_section() {
        let ps = split(&with_cover("De voorzitter van de commissie,\nVijlbrief"));
        assert!(covers(&ps).is_empty(), "{:#?}", covers(&ps));
    }
}
