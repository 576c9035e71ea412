//! Kamervragen (written questions of members, `Aanhangsel van de Handelingen`) and
//! ministry letters answering them: one `qa` passage per answer.
//!
//! Questions are numbered `Vraag 1` or a bare `1` on its own line; answers `Antwoord 1`,
//! `Antwoord op vraag 1`, or one answer for several (`Antwoord 2 en 3`, `Antwoord op
//! vragen 4, 5, 6 en 7`), and a heading can group questions (`Vraag 3, 4 en 5`). The
//! members who asked are read from the opening (`Vragen van de leden X (GroenLinks-PvdA)
//! en Y (CDA) aan …`): the first is the passage's speaker and fractie, all are its
//! `members`. A question that nothing answers is kind `question`; a `Mededeling` in place
//! of the answers (that they come late, or that a letter gave them) is a passage of the
//! minister's own, which the questions point to (`refers_to`).

use super::Draft;
use crate::fractie;
use crate::passage::{NOTICE_TOPIC, Passage, PassageKind, Role};
use crate::text::{Hint, Line};
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

static OPENING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:Vragen|Schriftelijke vragen) van (?:het lid|de leden) ").unwrap()
});
static ANSWERS_LETTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^Antwoord(?:en)? (?:van|op vragen van) (?:de |het )?(?:[Mm]inister|[Ss]taatssecretaris|lid|leden)").unwrap()
});
const NUMBERS: &str = r"(?P<nums>\d{1,3}(?:(?:\s*,\s*|\s+en\s+|\s*-\s*|\s+t/m\s+|\s+)\d{1,3})*)";
static QUESTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^Vra(?:ag|gen) {NUMBERS}\s*[:.]?(?:\s+(?P<rest>\p{{Lu}}.*))?$"
    ))
    .unwrap()
});
static BARE_NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\d{1,3})$").unwrap());
static ANSWER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^Antwoord(?: op)?(?: (?:vraag|vragen))? {NUMBERS}\s*[:.]?(?:\s+(?P<rest>\p{{Lu}}.*))?$"
    ))
    .unwrap()
});
static STOP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(Mededeling|Toelichting:?$|Voetnoten$)").unwrap());

/// Is this a Kamervragen document (or a letter answering Kamervragen)?
pub(super) fn is_kamervragen(lines: &[Line]) -> bool {
    let opening = lines.iter().take(200).any(|l| {
        OPENING.is_match(&l.text)
            || ANSWERS_LETTER.is_match(&l.text)
            || l.text.contains("LIJST VAN VRAGEN EN ANTWOORDEN")
    });
    let numbered = lines
        .iter()
        .filter(|l| QUESTION.is_match(&l.text) || ANSWER.is_match(&l.text))
        .count();
    // Questions numbered with a bare `1`, `2` on lines of their own (a question letter).
    let bare = lines
        .iter()
        .filter(|l| l.text == "1" || l.text == "2")
        .count()
        >= 2;
    // A letter of one question: a bare `1` and a question after it.
    let single = lines.iter().enumerate().any(|(i, l)| {
        l.text == "1"
            && lines[i + 1..]
                .iter()
                .skip_while(|n| n.is_blank())
                .take_while(|n| !n.is_blank())
                .any(|n| n.text.contains('?'))
    });
    opening && (numbered >= 1 || bare || single)
}

/// The members who asked, with their fracties, from the opening (`Vragen van de leden
/// X (GroenLinks-PvdA) en Y (CDA) aan …`) or the subject of an answer letter
/// (`Beantwoording Kamervragen van de leden Lahlah en Chakor (GroenLinks-PvdA)`: a party
/// after several names is each one's).
fn askers(lines: &[Line]) -> Vec<(String, Option<String>)> {
    static MEMBERS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?:het lid|de leden|[Ll]eden|[Ll]id)\s+(\p{Lu}.+?)(?:\s+(?:aan|over|inzake|betreffende)\s|\s*\(ingezonden|\.\s|$)").unwrap()
    });
    static ITEM: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|(?:van|der|den|de|ter|ten|het)\b))*)\s*(?:\(([^)]+)\))?").unwrap()
    });
    let start = lines
        .iter()
        .position(|l| OPENING.is_match(&l.text) || ANSWERS_LETTER.is_match(&l.text));
    let mut candidates: Vec<String> = Vec::new();
    if let Some(start) = start {
        let mut opening = String::new();
        for l in lines[start..].iter().take(6) {
            if l.is_blank() && !opening.is_empty() {
                break;
            }
            opening.push_str(&l.text);
            opening.push(' ');
        }
        candidates.push(opening);
    }
    candidates.extend(
        lines
            .iter()
            .take(80)
            .filter(|l| l.text.contains("van de leden") || l.text.contains("van het lid"))
            .map(|l| l.text.clone()),
    );
    for text in candidates {
        for m in MEMBERS.captures_iter(&text) {
            let names = m[1].replace(" en ", ", ");
            let mut items: Vec<(String, Option<String>)> = names
                .split(", ")
                .filter_map(|part| ITEM.captures(part.trim()))
                .map(|c| {
                    (
                        c[1].trim().to_string(),
                        c.get(2).map(|p| p.as_str().to_string()),
                    )
                })
                .collect();
            // A party given after several names is each one's.
            let mut carry: Option<String> = None;
            for item in items.iter_mut().rev() {
                match &item.1 {
                    Some(p) if fractie::is_known(p) => carry = Some(p.clone()),
                    _ => item.1 = carry.clone(),
                }
            }
            items.retain(|(name, party)| party.is_some() && !name.is_empty());
            if !items.is_empty() {
                return items
                    .into_iter()
                    .map(|(n, p)| (n, p.and_then(|p| fractie::normalize(&p))))
                    .collect();
            }
        }
    }
    Vec::new()
}

fn numbers(s: &str) -> Vec<u32> {
    s.split(|c: char| !c.is_ascii_digit())
        .filter_map(|n| n.parse().ok())
        .collect()
}

/// One question block: its numbers and lines.
struct Block {
    numbers: Vec<u32>,
    lines: Vec<Line>,
    at: usize,
    answered: bool,
}

/// Split Kamervragen into drafts.
pub(super) fn split(lines: &[Line]) -> Vec<Draft> {
    let askers = askers(lines);
    let members: Vec<String> = askers
        .iter()
        .map(|(n, f)| match f {
            Some(f) => format!("{n} ({f})"),
            None => n.clone(),
        })
        .collect();
    let new_passage = |kind: PassageKind| {
        let mut p = Passage::new(kind, "");
        if let Some((name, f)) = askers.first() {
            p.speaker = Some(name.clone());
            p.fractie = f.clone();
            p.role = Some(Role::Member);
        }
        p.members = members.clone();
        p
    };
    // The body starts after the opening and the answer heading.
    let bare_numbers = !lines.iter().any(|l| QUESTION.is_match(&l.text));
    let opening = lines
        .iter()
        .position(|l| OPENING.is_match(&l.text) || ANSWERS_LETTER.is_match(&l.text))
        .unwrap_or(0);
    let body_start = lines
        .iter()
        .enumerate()
        .skip(opening)
        .position(|(_, l)| {
            QUESTION.is_match(&l.text)
                || ANSWER.is_match(&l.text)
                || (bare_numbers && l.text == "1")
        })
        .map(|p| p + opening)
        .unwrap_or(lines.len());
    let mut blocks: Vec<Block> = Vec::new();
    let mut drafts: Vec<Draft> = Vec::new();
    // The numbers of the questions each draft holds, by the line it starts at: what
    // `Zie antwoord vraag 5` is resolved by.
    let mut numbered: HashMap<usize, Vec<u32>> = HashMap::new();
    // What the lines being read belong to.
    enum Target {
        None,
        Question,
        Answer,
        Notice,
    }
    let mut target = Target::None;
    let mut notice: Option<Draft> = None;
    let mut expect = 1;
    for (i, line) in lines.iter().enumerate().skip(body_start) {
        let t = line.text.as_str();
        if STOP.is_match(t) {
            target = Target::None;
            if t.starts_with("Mededeling") && notice.is_none() {
                // The minister's notice in place of the answers: that they come late, or
                // where they were given (`zijn beantwoord middels een brief … (36 471-64)`).
                // The minister's, who is the document's `minister`; not a turn of a
                // debate, so no role.
                let mut p = Passage::new(PassageKind::Section, "");
                p.topic = Some(NOTICE_TOPIC.to_string());
                let mut d = Draft::new(p);
                d.at = i;
                // Its heading's words (`Mededeling uitstel antwoord`) are its topic; a
                // sentence after the word (`Mededeling De vragen kunnen niet …`) is its text.
                if let Some(rest) = t.strip_prefix("Mededeling").map(str::trim)
                    && rest.chars().next().is_some_and(char::is_alphabetic)
                {
                    match is_notice_heading(rest) {
                        true => d.passage.topic = Some(format!("{NOTICE_TOPIC} {rest}")),
                        false => d.answer.push(Line::new(rest.to_string(), Hint::Plain)),
                    }
                }
                notice = Some(d);
                target = Target::Notice;
            }
            continue;
        }
        let question = QUESTION.captures(t).map(|c| {
            (
                numbers(&c["nums"]),
                c.name("rest").map(|r| r.as_str().to_string()),
            )
        });
        let bare = bare_numbers
            .then(|| BARE_NUMBER.captures(t))
            .flatten()
            .and_then(|c| c[1].parse::<u32>().ok())
            .filter(|&n| n == expect)
            .map(|n| (vec![n], None));
        if let Some((nums, rest)) = question.or(bare) {
            expect = nums.iter().max().copied().unwrap_or(expect) + 1;
            let mut block = Block {
                numbers: nums,
                lines: Vec::new(),
                at: i,
                answered: false,
            };
            if let Some(r) = rest {
                block.lines.push(Line::new(r, Hint::Plain));
            }
            blocks.push(block);
            target = Target::Question;
            continue;
        }
        if let Some(c) = ANSWER.captures(t) {
            let nums = numbers(&c["nums"]);
            let mut d = Draft::new(new_passage(PassageKind::Qa));
            // The questions this answer answers, in order; a heading `Vraag 3, 4 en 5`
            // answered by `Antwoord 3, 4 en 5` is one block.
            let mut first_at = None;
            let mut answered: Vec<u32> = Vec::new();
            for b in blocks
                .iter_mut()
                .filter(|b| b.numbers.iter().any(|n| nums.contains(n)) && !b.answered)
            {
                b.answered = true;
                first_at.get_or_insert(b.at);
                answered.extend(&b.numbers);
                if !d.question.is_empty() {
                    d.question.push(Line::new(String::new(), Hint::Blank));
                }
                d.question.extend(b.lines.iter().cloned());
            }
            d.at = first_at.unwrap_or(i);
            numbered.insert(d.at, answered);
            if let Some(r) = c.name("rest") {
                d.answer
                    .push(Line::new(r.as_str().to_string(), Hint::Plain));
            }
            drafts.push(d);
            target = Target::Answer;
            continue;
        }
        match target {
            Target::Question => {
                if let Some(b) = blocks.last_mut() {
                    b.lines.push(line.clone());
                }
            }
            Target::Answer => {
                if let Some(d) = drafts.last_mut() {
                    d.answer.push(line.clone());
                }
            }
            Target::Notice => {
                if let Some(d) = notice.as_mut() {
                    d.answer.push(line.clone());
                }
            }
            Target::None => {}
        }
    }
    for b in blocks
        .into_iter()
        .filter(|b| !b.answered && b.lines.iter().any(|l| !l.is_blank()))
    {
        let mut d = Draft::new(new_passage(PassageKind::Question));
        d.at = b.at;
        d.question = b.lines;
        numbered.insert(b.at, b.numbers);
        drafts.push(d);
    }
    let notice = notice.filter(|d| d.answer.iter().any(|l| !l.is_blank()));
    let has_notice = notice.is_some();
    drafts.extend(notice);
    // A list of questions and answers opens with the committee's words on them (which
    // letter they were asked on, when they were answered): the text around the questions.
    // Kamervragen open with their heading, which the metadata holds.
    if lines
        .iter()
        .any(|l| l.text.contains("LIJST VAN VRAGEN EN ANTWOORDEN"))
    {
        drafts.extend(super::cover_sections(super::sentence_runs(
            lines,
            0..body_start,
        )));
    }
    drafts.sort_by_key(|d| d.at);
    resolve_references(&mut drafts, &numbered);
    if has_notice {
        // A question this document leaves unanswered points to the notice that says why,
        // or where its answer is.
        let at = (drafts.iter()).position(|d| {
            (d.passage.topic.as_deref()).is_some_and(crate::passage::is_notice_topic)
        });
        for d in drafts
            .iter_mut()
            .filter(|d| d.passage.kind == PassageKind::Question)
        {
            d.refers_to = at;
        }
    }
    drafts
}

static REFERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:zie|verwezen wordt naar|ik verwijs naar)(?: het)? antwoord (?:op )?(?:vraag|vragen) (\d+)").unwrap()
});

/// `Zie antwoord vraag 2` points to the passage that answers question 2: the one holding
/// the question numbered 2 (`numbered`: the numbers of each draft's questions, by the
/// line it starts at), whatever text opens the list and however many questions share a
/// heading (`Vraag 4, 5`).
fn resolve_references(drafts: &mut [Draft], numbered: &HashMap<usize, Vec<u32>>) {
    for i in 0..drafts.len() {
        let first = (drafts[i].answer.iter())
            .find(|l| !l.is_blank())
            .map(|l| l.text.clone())
            .unwrap_or_default();
        let Some(n) = REFERS
            .captures(&first)
            .and_then(|c| c[1].parse::<u32>().ok())
        else {
            continue;
        };
        let holding =
            (drafts.iter()).position(|d| numbered.get(&d.at).is_some_and(|nums| nums.contains(&n)));
        if let Some(j) = holding.filter(|&j| j != i) {
            drafts[i].refers_to = Some(j);
        }
    }
}

/// Whether the words after `Mededeling` on its line are the rest of a heading (`uitstel
/// antwoord`, `uitstel beantwoording`): a few words naming the notice, no sentence.
fn is_notice_heading(rest: &str) -> bool {
    let words: Vec<&str> = rest.split_whitespace().collect();
    words.len() <= 4
        && !rest.ends_with(['.', ',', ':', ';', '?'])
        && (words.first()).is_some_and(|w| {
            let w = w.to_lowercase();
            w.starts_with("uitstel") || w.starts_with("vertraging") || w == "over"
        })
}

#[cfg(test)]
mod tests {
    use crate::passage::PassageKind;
    use crate::read::Format;
    use std::path::Path;

    /// A question letter of one question (a bare `1`, no answer yet) is Kamervragen: one
    /// open question of the member and fractie, dated by when it was sent, found by its
    /// case number; the question is not taken for a footnote of the case number's `1`.
    #[test]
    fn a_letter_of_one_question_is_kamervragen() {
        let text = "Tweede Kamer der Staten-Generaal\n\nSchriftelijke vragen\n\n2024Z20001\n\n\
            Vragen van het lid Bikker (ChristenUnie) aan de staatssecretaris van Justitie en \
            Veiligheid over de sluiting van het aanmeldcentrum in Ter Apel (ingezonden 12 \
            november 2024).\n\n1\nBent u bekend met het bericht dat het aanmeldcentrum in Ter \
            Apel deze winter opnieuw moet sluiten, en welke opvang biedt u de asielzoekers die \
            zich dan melden?\n";
        let passages =
            crate::split::split_text(Path::new("2024Z20001-vraag.txt"), Format::Text, text);
        assert_eq!(passages.len(), 1, "{passages:#?}");
        let p = &passages[0];
        assert_eq!(p.kind, PassageKind::Question);
        assert_eq!(p.fractie.as_deref(), Some("ChristenUnie"));
        assert_eq!(p.speaker.as_deref(), Some("Bikker"));
        assert_eq!(p.date.as_deref(), Some("2024-11-12"));
        assert_eq!(p.identifiers, ["2024z20001"]);
        assert!(p.notes.is_empty(), "{:?}", p.notes);
        assert!(
            p.question
                .as_deref()
                .is_some_and(|q| q.starts_with("Bent u bekend") && q.ends_with("melden?")),
            "{:?}",
            p.question
        );
    }
}
