//! Splitting documents into passages: the heart of zoek.
//!
//! A document is cleaned into lines ([`crate::text`]), its metadata read
//! ([`crate::meta`]), and then cut by the form it has:
//! - a debate transcript (speaker lines such as `Minister Van den Brink:`) into
//!   `speech` passages, one per turn, and the `toezegging`s listed at the end;
//! - a written consultation or answer letter (`Antwoord` after each question) into
//!   `qa` passages, one per answer, with the fractie from the section heading;
//! - anything else into `section` passages, so no text is silently dropped.

mod consultation;
mod debate;
mod decisions;
mod kamervragen;
mod memorie;
mod motion;
mod sections;
mod summary;

use crate::meta;
use crate::passage::{COVER_TOPIC, Passage, Role};
use crate::read::{Format, RawDocument};
use crate::text::{self, CleanText, Line};
use std::collections::BTreeMap;
use std::ops::Range;
use std::path::Path;

/// Metadata shared by every passage of one document.
#[derive(Debug, Clone, Default)]
pub struct DocumentMeta {
    /// Title of the document.
    pub title: Option<String>,
    /// Kind of document (`brief`, `besluitenlijst`, …).
    pub doctype: Option<String>,
    /// ISO date of the answer or meeting.
    pub date: Option<String>,
    /// The vergaderjaar (`2024-2025`): printed, from the identifier, or from the date.
    pub vergaderjaar: Option<String>,
    /// `Tweede Kamer` / `Eerste Kamer`.
    pub chamber: Option<String>,
    /// The document's own Kamerstuk number.
    pub kamerstuk: Option<String>,
    /// Its other identifiers: official (`h-tk-20172018-70-8`), and the case it answers
    /// (`2023z14759`).
    pub identifiers: Vec<String>,
    /// The minister who answered.
    pub minister: Option<String>,
    /// Documents the head cites for every passage: the earlier Aanhangsel an answer's
    /// heading refers to (`ah-tk-20242025-712`).
    pub cites: Vec<String>,
    /// `concept`, `ongecorrigeerd`, … as the head prints it.
    pub status: Option<String>,
}

/// Read the document-level metadata of a cleaned document (its running headers first).
pub fn document_meta(clean: &CleanText) -> DocumentMeta {
    let mut with_headers: Vec<Line> = clean
        .headers
        .iter()
        .take(1)
        .map(|h| Line::new(h.clone(), text::Hint::Plain))
        .collect();
    with_headers.extend(clean.lines.iter().cloned());
    let lines = &with_headers;
    // Questions sent on their own (no answer, no notice came with them) are dated by
    // when they were sent: what `--sort newest` and `--from` of open questions go by.
    let date = meta::document_date(lines).or_else(|| meta::sent_date(lines));
    let vergaderjaar = meta::document_vergaderjaar(&clean.headers, &clean.lines, date.as_deref());
    let chamber = meta::document_chamber(lines);
    let mut identifiers = meta::document_identifiers(
        &clean.headers,
        &clean.lines,
        chamber.as_deref(),
        vergaderjaar.as_deref(),
    );
    identifiers.extend(meta::other_kamerstukken(&clean.lines));
    let cites = meta::cited_aanhangsels(&clean.lines, chamber.as_deref());
    DocumentMeta {
        title: meta::document_title(lines),
        doctype: meta::document_type(lines),
        vergaderjaar,
        identifiers,
        status: meta::document_status(&clean.lines),
        date,
        chamber,
        kamerstuk: meta::document_kamerstuk(lines),

        minister: meta::document_minister(lines),
        cites,
    }
}

/// Split a document that has been read into its passages. Its metadata record, when it
/// has one, fills what its text leaves open.
pub fn split_document(doc: &RawDocument) -> Vec<Passage> {
    let mut passages = split_text(&doc.path, doc.format, &doc.text);
    if let Some(record) = &doc.record {
        apply_record(&mut passages, record);
    }
    passages
}

/// Fill what a document's text leaves open from its metadata record: the day (a plenary
/// item's XML names only its vergaderjaar), the vergaderjaar, the chamber, the Kamerstuk
/// number, and the identifiers the record gives (its own, and the document's number in
/// its other dossiers). What the text says is kept.
fn apply_record(passages: &mut [Passage], record: &crate::read::record::MetadataRecord) {
    for p in passages {
        if p.date.is_none() {
            p.date = record.date.clone();
        }
        if p.vergaderjaar.is_none() {
            p.vergaderjaar = (record.vergaderjaar.clone())
                .or_else(|| p.date.as_deref().and_then(meta::vergaderjaar_of_date));
        }
        if p.chamber.is_none() {
            p.chamber = record.chamber.clone();
        }
        if p.kamerstuk.is_none() {
            p.kamerstuk = record.kamerstuk.clone();
        }
        for id in record.identifier.iter().chain(&record.other_kamerstukken) {
            if !p.identifiers.contains(id) && p.kamerstuk.as_ref() != Some(id) {
                p.identifiers.push(id.clone());
            }
        }
    }
}

/// Split the text of a document into passages. `path` is recorded as each passage's
/// `source`, and its file name is the stem of the passages' ids.
pub fn split_text(path: &Path, format: Format, raw: &str) -> Vec<Passage> {
    let clean = match format {
        // HTML and Office files are read as Markdown-like text (headings, bold, `<sup>`).
        Format::Markdown | Format::Html | Format::Docx | Format::Odt => text::clean_markdown(raw),
        // XML is written out as canonical text by its reader.
        Format::Text => text::clean_plain(raw),
        Format::Xml => text::clean_text(raw),
        Format::Pdf => text::clean_pdf(raw),
    };
    let meta = document_meta(&clean);
    let source = path.to_string_lossy().into_owned();
    let drafts = if decisions::is_decision_list(&clean.lines) {
        decisions::split(&clean.lines)
    } else if motion::is_motion(&clean.lines) {
        motion::split(&clean.lines)
    } else if debate::is_debate(&clean.lines) {
        debate::split(&clean.lines)
    } else if summary::is_summary(&clean.lines) {
        summary::split(&clean.lines)
    } else if kamervragen::is_kamervragen(&clean.lines) {
        kamervragen::split(&clean.lines)
    } else if memorie::is_report(&clean.lines) && !consultation::is_consultation(&clean.lines) {
        memorie::split(&clean.lines)
    } else if consultation::is_consultation(&clean.lines) || consultation::is_inbreng(&clean.lines)
    {
        consultation::split(&clean.lines, clean.reflowed)
    } else {
        sections::split(&clean.lines)
    };
    let mut meta = meta;
    let debate = drafts
        .iter()
        .any(|d| d.passage.kind == crate::passage::PassageKind::Speech);
    if debate
        && !drafts
            .iter()
            .any(|d| d.passage.role == Some(crate::passage::Role::Minister))
    {
        meta.minister = None;
    }
    // A decision list answers to no minister, whatever ministers its items name.
    if decisions::is_decision_list(&clean.lines) {
        meta.minister = None;
    }
    finish(drafts, &clean, &meta, &source, path)
}

/// A passage as a splitter drafts it, before the document's metadata is applied.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub passage: Passage,
    /// Lines of the question part.
    pub question: Vec<Line>,
    /// Lines of the answer (or spoken) part.
    pub answer: Vec<Line>,
    /// Index (into the draft list) of a passage this one links to as `reply_to`.
    pub reply_to: Option<usize>,
    /// Index of a passage whose answer this answer refers to.
    pub refers_to: Option<usize>,
    /// Line where the passage starts, for document order.
    pub at: usize,
}

impl Draft {
    pub(crate) fn new(passage: Passage) -> Draft {
        Draft {
            passage,
            question: Vec::new(),
            answer: Vec::new(),
            reply_to: None,
            refers_to: None,
            at: 0,
        }
    }
}

/// The fewest words a run of text around the questions needs to be a section.
const COVER_MIN_WORDS: usize = 12;

/// The most words one section of text around the questions holds: a letter of a page or
/// so (a reminder of 230 words, a covering letter) is one passage; a longer run is cut at
/// the ends of sentences into as few sections as keep each below this, of about equal
/// length, so no letter loses its last sentence to a section of its own.
const COVER_MAX_WORDS: usize = 350;

/// The text around a report's questions and answers, given as runs of lines (each with
/// its index), as `section` passages with the topic [`COVER_TOPIC`]
/// ([`Passage::is_cover`]): a report's opening, a reminder letter, a covering letter, the
/// committee's closing words. A clerk looks for them (`rappelbrief`); no text is silently
/// dropped. A run without a sentence or shorter than [`COVER_MIN_WORDS`] is no section: a
/// signature (`De griffier van de commissie, Burger`), a page number, a title.
pub(super) fn cover_sections(runs: Vec<Vec<(usize, &Line)>>) -> Vec<Draft> {
    let count = |l: &Line| l.text.split_whitespace().count();
    let mut out = Vec::new();
    for run in runs {
        let words: usize = run.iter().map(|(_, l)| count(l)).sum();
        let sentence = (run.iter())
            .any(|(_, l)| l.text.trim_end().ends_with(['.', ':', '?']) && count(l) >= 4);
        if words < COVER_MIN_WORDS || !sentence {
            continue;
        }
        // Cut after the line ending a sentence nearest past each equal share.
        let share = words / words.div_ceil(COVER_MAX_WORDS);
        let mut section: Vec<(usize, &Line)> = Vec::new();
        let mut so_far = 0;
        for (k, (i, line)) in run.iter().enumerate() {
            section.push((*i, line));
            so_far += count(line);
            let ends = line.text.trim_end().ends_with(['.', '?', '!']);
            if ends && so_far >= share && k + 1 < run.len() {
                out.push(cover_section(std::mem::take(&mut section)));
                so_far = 0;
            }
        }
        if !section.is_empty() {
            out.push(cover_section(section));
        }
    }
    out
}

/// The paragraphs of `lines[range]` as runs for [`cover_sections`]: a paragraph whose
/// last line ends no sentence (a heading, `Vastgesteld 15 september 2022`, a signature)
/// ends a run.
pub(super) fn sentence_runs(lines: &[Line], range: Range<usize>) -> Vec<Vec<(usize, &Line)>> {
    type Run<'a> = Vec<(usize, &'a Line)>;
    fn end<'a>(paragraph: &mut Run<'a>, runs: &mut Vec<Run<'a>>) {
        let Some((_, last)) = paragraph.last() else {
            return;
        };
        match last.text.trim_end().ends_with(['.', '?', '!', ':']) {
            true => runs.last_mut().expect("never empty").append(paragraph),
            false => {
                paragraph.clear();
                runs.push(Vec::new());
            }
        }
    }
    let mut runs: Vec<Run> = vec![Vec::new()];
    let mut paragraph: Run = Vec::new();
    for (i, line) in lines.iter().enumerate().take(range.end).skip(range.start) {
        match line.is_blank() {
            true => end(&mut paragraph, &mut runs),
            false => paragraph.push((i, line)),
        }
    }
    end(&mut paragraph, &mut runs);
    runs
}

/// One `section` passage of the text around a report's questions.
fn cover_section(lines: Vec<(usize, &Line)>) -> Draft {
    let mut d = Draft::new(Passage::new(crate::passage::PassageKind::Section, ""));
    d.passage.topic = Some(COVER_TOPIC.to_string());
    d.at = lines[0].0;
    d.answer = lines.into_iter().map(|(_, l)| l.clone()).collect();
    d
}

/// Apply metadata, reflow text, lift footnotes into notes, and assign ids.
fn finish(
    drafts: Vec<Draft>,
    clean: &CleanText,
    meta: &DocumentMeta,
    source: &str,
    path: &Path,
) -> Vec<Passage> {
    let file = path
        .file_name()
        .map(|f| f.to_string_lossy().into_owned())
        .unwrap_or_default();
    let own = meta.kamerstuk.clone();
    let ids: Vec<String> = (1..=drafts.len()).map(|n| format!("{file}#{n}")).collect();
    let mut out = Vec::with_capacity(drafts.len());
    for (i, d) in drafts.into_iter().enumerate() {
        // The page of the line the passage starts at; else of its first line that has one.
        let page = (clean.lines.get(d.at).map(|l| l.page))
            .filter(|&n| n > 0)
            .or_else(|| {
                (d.question.iter().chain(&d.answer))
                    .map(|l| l.page)
                    .find(|&n| n > 0)
            });
        let mut p = d.passage;
        p.page = page;
        p.id = ids[i].clone();
        p.source = source.to_string();
        p.title = meta.title.clone();
        p.doctype = meta.doctype.clone();
        p.date = meta.date.clone();
        p.vergaderjaar = meta.vergaderjaar.clone();
        p.identifiers = meta.identifiers.clone();
        p.status = meta.status.clone();
        p.chamber = meta.chamber.clone();
        // A motion read out in a debate carries its own number.
        if p.kamerstuk.is_none() {
            p.kamerstuk = meta.kamerstuk.clone();
        }
        if p.minister.is_none() {
            p.minister = meta.minister.clone();
        }
        let mut notes: Vec<u32> = Vec::new();
        let mut part = |lines: &[Line]| -> Option<String> {
            let flowed = text::reflow(lines);
            let (t, n) = text::take_note_markers(&flowed);
            notes.extend(n);
            let t = t.trim().to_string();
            (!t.is_empty()).then_some(t)
        };
        p.question = part(&d.question);
        p.answer = part(&d.answer);
        p.text = Passage::text_of(p.question.as_deref(), p.answer.as_deref());
        p.notes = notes
            .iter()
            .filter_map(|n| clean.footnotes.get(n).map(|t| format!("{n} {t}")))
            .collect();
        let mut refs = meta::references(&p.text);
        refs.extend(meta.cites.iter().cloned());
        for note in &p.notes {
            refs.extend(meta::references(note));
        }
        let mut seen = BTreeMap::new();
        refs.retain(|r| Some(r) != own.as_ref() && seen.insert(r.clone(), ()).is_none());
        p.references = refs;
        p.reply_to = d.reply_to.map(|j| ids[j].clone());
        p.refers_to = d.refers_to.map(|j| ids[j].clone());
        out.push(p);
    }
    // answered_by is the inverse of reply_to.
    let replies: Vec<(usize, String)> = out
        .iter()
        .filter_map(|p| {
            let target = p.reply_to.as_ref()?;
            let j = ids.iter().position(|id| id == target)?;
            Some((j, p.id.clone()))
        })
        .collect();
    for (j, id) in replies {
        out[j].answered_by = Some(id);
    }
    set_exchange_context(&mut out, &ids);
    set_request_context(&mut out);
    out.retain(|p| !p.text.is_empty());
    out
}

/// In the Regeling van werkzaamheden, give each member's reaction to a colleague's request
/// the words of the request.
///
/// There the chair gives the floor to one member at a time (`Mevrouw Hermans namens de
/// VVD.`), who asks for a debate or a letter on a subject; the members who follow say
/// whether they support it, mostly without naming the subject (`Steun, voorzitter.`, `Het
/// is een zorgelijke ontwikkeling`, `Ja, steun. Een goed initiatief.`). A reader searching
/// for the subject wants to see who supported the request and why, so each reaction
/// carries the request (the requester's turns before the first reaction).
fn set_request_context(out: &mut [Passage]) {
    let mut request: Vec<usize> = Vec::new();
    let mut floor_given = false;
    let mut reacted = false;
    let mut topic: Option<String> = None;
    for i in 0..out.len() {
        if out[i].topic != topic {
            topic = out[i].topic.clone();
            request.clear();
            floor_given = false;
        }
        let in_regeling = topic
            .as_deref()
            .is_some_and(|t| t.to_lowercase().contains("regeling van werkzaamheden"));
        if !in_regeling {
            continue;
        }
        match out[i].role {
            // The chair gives the floor for a request by naming the member's party.
            Some(Role::Chair)
                if out[i].text.contains(" namens ") || out[i].text.starts_with("Namens ") =>
            {
                floor_given = true;
            }
            Some(Role::Member) => {
                if floor_given {
                    request = vec![i];
                    floor_given = false;
                    reacted = false;
                } else if let Some(&first) = request.first() {
                    if !reacted && out[i].speaker == out[first].speaker {
                        // The request goes on after the chair's interjection.
                        request.push(i);
                    } else {
                        reacted = true;
                        let words = request
                            .iter()
                            .map(|&k| out[k].text.as_str())
                            .collect::<Vec<_>>()
                            .join("\n\n");
                        out[i].context = Some(match out[i].context.take() {
                            Some(own) => format!("{words}\n\n{own}"),
                            None => words,
                        });
                        out[i].reacts_to = Some(out[first].id.clone());
                    }
                }
            }
            _ => {}
        }
    }
}

/// Give each turn of an interruption exchange the words of the exchange it belongs to.
///
/// A minister's reply rarely repeats the question (`Dat is op dit moment echt geen
/// onderdeel van de wijze waarop wij dit willen vormgeven`), and a follow-up question
/// rarely repeats the subject (`De minister zegt: ik ben geen expert`). A reader searching
/// for the subject (`geldtransfers`) wants them all. So a reply carries the interruption
/// it answers, and every turn of a run of follow-ups (the same member and the minister,
/// with only the chair in between) carries the exchange's first question.
fn set_exchange_context(out: &mut [Passage], ids: &[String]) {
    let index_of = |id: &str| ids.iter().position(|x| x == id);
    // The first question of the exchange each member's interruption belongs to.
    let mut root: Vec<usize> = (0..out.len()).collect();
    for i in 0..out.len() {
        if out[i].role != Some(Role::Member) || out[i].answered_by.is_none() {
            continue;
        }
        // The turn before, past the chair's: a minister's reply to the same member?
        let Some(prev) = (0..i).rev().find(|&k| out[k].role != Some(Role::Chair)) else {
            continue;
        };
        let asked = out[prev].reply_to.as_deref().and_then(index_of);
        if let Some(a) = asked
            && out[prev].role == Some(Role::Minister)
            && out[a].speaker.is_some()
            && out[a].speaker == out[i].speaker
        {
            root[i] = root[a];
        }
    }
    for i in 0..out.len() {
        let mut parts: Vec<usize> = Vec::new();
        if root[i] != i {
            parts.push(root[i]);
        }
        if let Some(j) = out[i].reply_to.as_deref().and_then(index_of) {
            if root[j] != j {
                parts.push(root[j]);
            }
            parts.push(j);
        }
        parts.dedup();
        if !parts.is_empty() {
            let context = parts
                .iter()
                .map(|&k| out[k].text.as_str())
                .collect::<Vec<_>>()
                .join("\n\n");
            out[i].context = Some(context);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Hint;

    #[test]
    fn a_text_file_made_from_a_pdf_has_its_kerning_undone() {
        // What `pdftotext` makes of a Kamerstuk's heading: the capital set apart, the
        // number's dot too.
        let raw = "T weede Kamer der Staten-Generaal\n\nV ergaderjaar 2025–2026\n\n32 317 JBZ-Raad\n\nNr . 330 BRIEF VAN DE MINISTER\n\nDen Haag, 6 februari 2026\n\nDe inzet van de middelen in de asielopvang is nodig, en de opvang wordt uitgebreid.\n";
        let ps = split_text(Path::new("brief.txt"), Format::Text, raw);
        assert!(!ps.is_empty());
        for p in &ps {
            assert_eq!(p.kamerstuk.as_deref(), Some("32317-330"), "{p:#?}");
            assert_eq!(p.chamber.as_deref(), Some("Tweede Kamer"), "{p:#?}");
        }
        assert!(
            ps[0]
                .text
                .starts_with("Tweede Kamer der Staten-Generaal Vergaderjaar")
        );
    }

    /// Lines of a text as the cleaner gives them: empty ones blank, the others plain.
    pub(super) fn lines(text: &str) -> Vec<Line> {
        text.lines()
            .map(|l| match l.is_empty() {
                true => Line::new("", Hint::Blank),
                false => Line::new(l, Hint::Plain),
            })
            .collect()
    }

    fn texts(runs: &[Vec<(usize, &Line)>]) -> Vec<String> {
        (runs.iter())
            .filter(|r| !r.is_empty())
            .map(|r| {
                r.iter()
                    .map(|(_, l)| l.text.as_str())
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    #[test]
    fn a_heading_or_signature_ends_a_run_and_a_wrapped_sentence_does_not() {
        let doc = lines(
            "Vastgesteld 15 september 2022\n\nDe vaste commissie heeft een aantal vragen\nvoorgelegd aan de Minister.\n\nDe Minister heeft deze vragen beantwoord.\n\nDe voorzitter van de commissie,\nSmals\n\nVraag 1",
        );
        let runs = sentence_runs(&doc, 0..doc.len() - 1);
        assert_eq!(
            texts(&runs),
            [
                "De vaste commissie heeft een aantal vragen voorgelegd aan de Minister. De Minister heeft deze vragen beantwoord."
            ]
        );
        // Only the range is read, with the lines' own indexes.
        let runs = sentence_runs(&doc, 5..doc.len());
        assert_eq!(texts(&runs), ["De Minister heeft deze vragen beantwoord."]);
        assert_eq!(runs.iter().flatten().next().map(|(i, _)| *i), Some(5));
        // A run too short, or without a sentence, is no section.
        let sections = cover_sections(sentence_runs(&doc, 5..doc.len()));
        assert!(sections.is_empty());
        let sections = cover_sections(sentence_runs(&doc, 0..doc.len()));
        assert_eq!(sections.len(), 1);
        assert!(sections[0].passage.is_cover());
        assert_eq!(sections[0].at, 2);
    }
}
