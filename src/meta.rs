//! Document metadata: dates, Kamerstuk numbers, chamber, minister and title.
//!
//! Every function here returns `None` rather than guess: a wrong date or number
//! in a filter silently hides a passage, a missing one does not.

use crate::text::Line;
use regex::Regex;
use std::sync::LazyLock;

/// The Dutch months, January first.
pub(crate) const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

static DUTCH_DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,2})\s+(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december)\s+(\d{4})\b")
        .unwrap()
});

/// The number of a Dutch month (`oktober` → 10), in any case.
pub fn month_number(name: &str) -> Option<u32> {
    MONTHS
        .iter()
        .position(|m| m.eq_ignore_ascii_case(name))
        .map(|i| i as u32 + 1)
}

/// Parse the first Dutch date in a text (`8 oktober 2025`) to ISO `2025-10-08`.
pub fn parse_dutch_date(s: &str) -> Option<String> {
    let c = DUTCH_DATE.captures(s)?;
    let day: u32 = c[1].parse().ok()?;
    let month = month_number(&c[2])?;
    let year: u32 = c[3].parse().ok()?;
    iso_date(year, month, day)
}

/// Format a date as ISO, or `None` when it does not exist.
pub fn iso_date(year: u32, month: u32, day: u32) -> Option<String> {
    let days_in_month = match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        2 => 28,
        _ => return None,
    };
    (1..=days_in_month)
        .contains(&day)
        .then(|| format!("{year:04}-{month:02}-{day:02}"))
}

/// Parse a date typed by a user: `YYYY-MM-DD` (also `YYYY-MM` or `YYYY`, taken as
/// the first day when `end` is false and the last day when it is true), or a Dutch date.
pub fn parse_user_date(s: &str, end: bool) -> Option<String> {
    let s = s.trim();
    let parts: Vec<&str> = s.split('-').collect();
    let num = |p: &str| p.parse::<u32>().ok();
    match parts.as_slice() {
        [y, m, d] if y.len() == 4 => iso_date(num(y)?, num(m)?, num(d)?),
        [y, m] if y.len() == 4 => {
            let (y, m) = (num(y)?, num(m)?);
            let last = (28..=31).rev().find(|&d| iso_date(y, m, d).is_some())?;
            iso_date(y, m, if end { last } else { 1 })
        }
        [y] if y.len() == 4 => {
            iso_date(num(y)?, if end { 12 } else { 1 }, if end { 31 } else { 1 })
        }
        _ => parse_dutch_date(s),
    }
}

static RECEIVED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\(ontvangen ([^)]*)\)").unwrap());
static ANSWERED_BY_LETTER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)Bij brief van ([^.]*?) (zijn|is) de vragen").unwrap());
static ONTVANGEN_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^Ontvangen\s+(.*)").unwrap());
static VOORGESTELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\bVoorgesteld\s+(\d.*)").unwrap());
static VASTGESTELD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\bVastgesteld\s+(.*)").unwrap());
static LETTER_DATE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:Den Haag,|Datum)\s*(.*)").unwrap());
static MEETING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:hebben|heeft) op (\d{1,2} \p{L}+ \d{4}) (?:overleg|een \p{L}+ )").unwrap()
});
static ANSWER_LINE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^Antwoord\b").unwrap());
/// The meeting a decision list records: `Besluitenlijst van de (extra) procedurevergadering
/// van donderdag 2 april 2009`, `… van de e-mailprocedure van donderdag 26 maart 2015`.
static DECISIONS_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"Besluitenlijst van de [\p{L} -]+? van (?:\p{L}+dag )?(\d{1,2} \p{L}+ \d{4})")
        .unwrap()
});

/// The date of a document: of the answer (letter) or of the meeting.
///
/// In order of trust: `(ontvangen …)` of Kamervragen; `Bij brief van … zijn de vragen
/// beantwoord`; `Vastgesteld …`; the date of the letter that holds the answers (the
/// last `Den Haag, …` / `Datum …` before the first `Antwoord`); the meeting date of a
/// debate (`hebben op 3 maart 2026 overleg gevoerd`). A decision list is dated by the
/// meeting whose decisions it lists, as it is cited, not by the day it was sent (`Den
/// Haag, 27 maart 2015` for the decisions of 26 March).
///
/// A date whose year is neither of the vergaderjaar its cover prints is a typo in the
/// year (`Den Haag, 5 december 2026` under `Vergaderjaar 2024–2025`): the document means
/// that day in its own vergaderjaar, 5 December 2024.
pub fn document_date(lines: &[Line]) -> Option<String> {
    let date = date_as_printed(lines)?;
    Some(match cover_vergaderjaar(lines) {
        Some(printed) => date_in_vergaderjaar(date, &printed),
        None => date,
    })
}

/// A date (ISO) read in its document's vergaderjaar (`2024-2025`): its day and month in
/// whichever of the vergaderjaar's years holds them, when the year printed is neither of
/// its two. A date in either year is kept, also one a few days outside the vergaderjaar
/// (a letter of 10 September sent on after Prinsjesdag): only a year that cannot be the
/// document's is read as a typo.
fn date_in_vergaderjaar(date: String, vergaderjaar: &str) -> String {
    let years: Vec<u32> = (vergaderjaar.split('-'))
        .filter_map(|y| y.parse().ok())
        .collect();
    let (Some(year), Some(month), Some(day)) = (
        date.get(..4).and_then(|y| y.parse::<u32>().ok()),
        date.get(5..7).and_then(|m| m.parse::<u32>().ok()),
        date.get(8..10).and_then(|d| d.parse::<u32>().ok()),
    ) else {
        return date;
    };
    if years.len() != 2 || years.contains(&year) {
        return date;
    }
    (years.iter())
        .filter_map(|&y| iso_date(y, month, day))
        .find(|d| vergaderjaar_of_date(d).as_deref() == Some(vergaderjaar))
        .unwrap_or(date)
}

/// The date a document prints, in the order of trust of [`document_date`].
fn date_as_printed(lines: &[Line]) -> Option<String> {
    let flat = flat_text(lines, 400);
    if let Some(d) = RECEIVED
        .captures(&flat)
        .and_then(|c| parse_dutch_date(&c[1]))
    {
        return Some(d);
    }
    if let Some(d) = ANSWERED_BY_LETTER
        .captures(&flat)
        .and_then(|c| parse_dutch_date(&c[1]))
    {
        return Some(d);
    }
    if let Some(d) = lines.iter().take(80).find_map(|l| {
        VASTGESTELD
            .captures(&l.text)
            .or_else(|| ONTVANGEN_LINE.captures(&l.text))
            .or_else(|| VOORGESTELD.captures(&l.text))
            .and_then(|c| parse_dutch_date(&c[1]))
    }) {
        return Some(d);
    }
    if let Some(d) = (lines.iter().take(20))
        .find_map(|l| DECISIONS_OF.captures(&l.text))
        .and_then(|c| parse_dutch_date(&c[1]))
    {
        return Some(d);
    }
    let first_answer = lines
        .iter()
        .position(|l| ANSWER_LINE.is_match(&l.text))
        .unwrap_or(lines.len());
    let letter_dates: Vec<String> = lines[..first_answer]
        .iter()
        .enumerate()
        .filter_map(|(k, l)| {
            let c = LETTER_DATE.captures(&l.text)?;
            // `Datum` as a label with the date on the next line (letterheads).
            parse_dutch_date(&c[1]).or_else(|| {
                (c[1].trim().is_empty())
                    .then(|| lines[k + 1..first_answer].iter().find(|n| !n.is_blank()))
                    .flatten()
                    .and_then(|n| parse_dutch_date(&n.text))
            })
        })
        .collect();
    if let Some(d) = letter_dates.last() {
        return Some(d.clone());
    }
    if let Some(d) = MEETING
        .captures(&flat)
        .and_then(|c| parse_dutch_date(&c[1]))
    {
        return Some(d);
    }
    // A plenary sitting: `Woensdag 12 december 2018` near the top.
    lines.iter().take(40).find_map(|l| {
        SITTING_DAY
            .captures(&l.text)
            .and_then(|c| parse_dutch_date(&c[1]))
    })
}

static SITTING_DAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:Maandag|Dinsdag|Woensdag|Donderdag|Vrijdag|Zaterdag|Zondag) (\d{1,2} \p{L}+ \d{4})$",
    )
    .unwrap()
});

/// The first lines of a document joined into one string (for patterns that span lines).
fn flat_text(lines: &[Line], max_lines: usize) -> String {
    let mut s = String::new();
    for l in lines.iter().filter(|l| !l.is_blank()).take(max_lines) {
        s.push_str(&l.text);
        s.push(' ');
    }
    s
}

/// A dossier's sub-number or a budget's chapter or fund after a hyphen (`21501-31`,
/// `35925-VII`, `31700-B`), as citations and identifiers print it.
const DOSSIER_SUB: &str = r"[0-9]{1,3}|[IVXL]{1,6}[AB]?|[A-Z]";
/// A budget's chapter or fund after a space, as the heading and citations print it
/// (`36 600 VI`, `36 600 IXB`, `31 700 B`).
const CHAPTER: &str = r"[IVXL]{1,6}[AB]?|[A-Z]";
/// A document's number in its dossier: digits, or the Eerste Kamer's letters (`AI`).
const DOCUMENT_NR: &str = r"[0-9]{1,5}|[A-Z]{1,3}";

static HEADER_KAMERSTUK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[-–/]\s*\d{2,4}, (?P<d1>\d{2}) ?(?P<d2>\d{3})(?:[- ](?P<sub>[0-9A-Z]{1,4}))?, nr\. ?(?P<nr>[0-9A-Z]+)")
        .unwrap()
});
static DOSSIER_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"^(?P<d1>\d{{2}}) ?(?P<d2>\d{{3}})(?:-(?P<sub>[0-9]{{1,3}}|[IVXLA-Z]{{1,6}})|\s+(?P<chapter>{CHAPTER})\b)?(?:\s+(?P<title>\S.*))?$"
    ))
    .unwrap()
});
static NR_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[Nn]r\. ?([0-9]{1,5}|[A-Z]{1,3})\d?\b|(?P<letter>[A-Z]{1,3})\d? (?:VERSLAG|VOORLOPIG|MEMORIE|NOTA|BRIEF|MOTIE|AMENDEMENT|VOORSTEL|ADVIES|NADER|NADERE|EINDVERSLAG|LIJST|KOMT))").unwrap()
});
static CITATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&[
        // 32 317, nr. 974 · 21 501-31, nr. 207 · 31 031/29 949, nr. 19 · a budget's chapter
        // or fund as printed, after a space: 36 600 VI, nr. 12 · 31700 VII nr. 72 · 31 700 B, nr. 14
        format!(r"\b(?P<d1>\d{{2}}) ?(?P<d2>\d{{3}})(?:-(?P<sub>{DOSSIER_SUB})| (?P<chapter>{CHAPTER}))?(?:/(?P<e1>\d{{2}}) ?(?P<e2>\d{{3}}))?,? [Nn]r\.? ?(?P<nr>{DOCUMENT_NR})\b"),
        // kst-34700-19 · kst-21501-31-207 · kst-34000-XV-5, also lowercased as a record
        // keeps it. The sub-number is tried first: what follows it must still be a number.
        format!(r"\bkst-(?P<kd>\d{{5}})(?:-(?P<ksub>(?i:{DOSSIER_SUB})))?-(?P<knr>(?i:{DOCUMENT_NR}))\b"),
        // Kamerstuk 32317-989 · 35925-32 · 21501-32-1188 · (36 471-64) · 31700-B-14
        format!(r"\b(?P<sd>\d{{2}} ?\d{{3}})(?:-(?P<ssub>{DOSSIER_SUB}))?-(?P<snr>\d{{1,5}})\b"),
    ]
    .join("|"))
    .unwrap()
});

/// One Kamerstuk number typed whole, in any form it is printed or cited in (`32 317, nr.
/// 974`, `21 501-31`, `34000 XV`, `36 600 VI, nr. 12`, `kst-21501-31-207`, `Kamerstuk
/// 28331, nr. AI`), as zoek keeps it: `32317-974`, `21501-31`, `34000-XV`, `36600-VI-12`,
/// `21501-31-207`, `28331-AI`. `None` when the text is not one number.
///
/// ```
/// assert_eq!(zoek::meta::kamerstuk_number("36 600 VI, nr. 12").as_deref(), Some("36600-VI-12"));
/// assert_eq!(zoek::meta::kamerstuk_number("34000 xv").as_deref(), Some("34000-XV"));
/// assert_eq!(zoek::meta::kamerstuk_number("kst-21501-31-207").as_deref(), Some("21501-31-207"));
/// assert_eq!(zoek::meta::kamerstuk_number("pensioen"), None);
/// ```
pub fn kamerstuk_number(typed: &str) -> Option<String> {
    static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(&format!(
            r"^(?i:kamerstuk(?:ken)?\s+|kst-)?(?P<d1>\d{{2}})\s?(?P<d2>\d{{3}})(?:(?:-|\s+)(?P<sub>(?i:{DOSSIER_SUB})))?(?:(?:,?\s*(?i:nr)\.?\s*|-)(?P<nr>(?i:{DOCUMENT_NR})))?$"
        ))
        .unwrap()
    });
    let c = NUMBER.captures(typed.trim())?;
    let mut k = format!("{}{}", &c["d1"], &c["d2"]);
    for part in [c.name("sub"), c.name("nr")].into_iter().flatten() {
        k.push('-');
        k.push_str(&part.as_str().to_uppercase());
    }
    Some(k)
}

/// Normalize a Kamerstuk as printed (`32 317, nr. 974`) to zoek's form (`32317-974`).
pub fn normalize_kamerstuk(dossier: &str, nr: Option<&str>) -> String {
    let d: String = dossier
        .split_whitespace()
        .collect::<Vec<_>>()
        .join("")
        .replace(' ', "-");
    match nr {
        Some(nr) => format!("{d}-{nr}"),
        None => d,
    }
}

/// The document's own Kamerstuk number, from its running header or its heading.
pub fn document_kamerstuk(lines: &[Line]) -> Option<String> {
    for l in lines.iter().take(60) {
        if let Some(c) = HEADER_KAMERSTUK.captures(&l.text) {
            return Some(normalize_kamerstuk(&heading_dossier(&c), Some(&c["nr"])));
        }
    }
    let head: Vec<&Line> = lines.iter().filter(|l| !l.is_blank()).take(40).collect();
    for (i, l) in head.iter().enumerate() {
        if let Some(c) = DOSSIER_HEADING.captures(&l.text) {
            // A dossier heading is the number followed by the dossier's title, not a
            // sentence; and not a footnote or list number.
            if l.text.ends_with('.') || l.text.len() > 300 {
                continue;
            }
            let nr = (head[i + 1..].iter().take(3)).find_map(|n| heading_nr(&n.text));
            return Some(normalize_kamerstuk(&heading_dossier(&c), nr.as_deref()));
        }
    }
    None
}

/// The dossier of a dossier heading or a running head (`21 501-02 Raad …` → `21501-02`,
/// `36 600 VI Vaststelling …` → `36600-VI`).
fn heading_dossier(c: &regex::Captures) -> String {
    match c.name("sub").or_else(|| c.name("chapter")) {
        Some(sub) => format!("{}{}-{}", &c["d1"], &c["d2"], sub.as_str()),
        None => format!("{}{}", &c["d1"], &c["d2"]),
    }
}

/// The number of a document's number heading (`Nr. 331 BRIEF` → `331`, `AI1 VERSLAG` → `AI`).
fn heading_nr(line: &str) -> Option<String> {
    let c = NR_HEADING.captures(line)?;
    c.get(1)
        .or_else(|| c.name("letter"))
        .map(|m| m.as_str().to_string())
}

/// The same document's number in the other dossiers its heading names: a letter printed
/// under `29 538 Zorgverzekeringswet` and `34 104 Langdurige zorg` above `Nr. 331` is
/// `29538-331` (its own, [`document_kamerstuk`]) and `34104-331`, and is found in either
/// dossier.
pub fn other_kamerstukken(lines: &[Line]) -> Vec<String> {
    let head: Vec<&Line> = lines.iter().filter(|l| !l.is_blank()).take(40).collect();
    let Some(first) = head
        .iter()
        .position(|l| DOSSIER_HEADING.is_match(&l.text) && !l.text.ends_with('.'))
    else {
        return Vec::new();
    };
    let mut dossiers: Vec<String> = Vec::new();
    let mut nr: Option<String> = None;
    // The dossiers' headings, each perhaps with its title run onto a second line, down to
    // the document's number.
    for l in head[first..].iter().take(10) {
        if let Some(n) = heading_nr(&l.text) {
            nr = Some(n);
            break;
        }
        if let Some(c) = DOSSIER_HEADING
            .captures(&l.text)
            .filter(|_| !l.text.ends_with('.'))
        {
            dossiers.push(heading_dossier(&c));
        }
    }
    match nr {
        Some(nr) if dossiers.len() > 1 => dossiers[1..]
            .iter()
            .map(|d| normalize_kamerstuk(d, Some(&nr)))
            .collect(),
        _ => Vec::new(),
    }
}

/// The date questions were sent (`(ingezonden 4 juni 2024)`), as ISO.
pub fn sent_date(lines: &[Line]) -> Option<String> {
    static SENT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?i)\(ingezonden ([^)]*)\)").unwrap());
    let flat = flat_text(lines, 60);
    SENT.captures(&flat).and_then(|c| parse_dutch_date(&c[1]))
}

/// Kamerstukken cited in a text, normalized (`22112-4150`), in order of appearance, without repeats.
pub fn references(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    // Every citation holds `nr`/`Nr`, `kst-` or five digits (`36 471`) and a hyphen; the regex's
    // Unicode word boundaries keep it off the fast path, so look for those first.
    // (Seven bytes: a citation holds a number after the hyphen.)
    let digits = |w: &[u8]| w.iter().all(u8::is_ascii_digit);
    let five_digits_hyphen = text.as_bytes().windows(7).any(|w| {
        (digits(&w[..5]) && w[5] == b'-')
            || (digits(&w[..2]) && w[2] == b' ' && digits(&w[3..6]) && w[6] == b'-')
    });
    if !text.contains("nr") && !text.contains("Nr") && !text.contains("kst-") && !five_digits_hyphen
    {
        return out;
    }
    let mut push = |k: String| {
        if !out.contains(&k) {
            out.push(k);
        }
    };
    let with_sub = |dossier: String, sub: Option<regex::Match>| match sub {
        Some(s) => format!("{dossier}-{}", s.as_str()),
        None => dossier,
    };
    for c in CITATION.captures_iter(text) {
        if let Some(nr) = c.name("nr") {
            let sub = c.name("sub").or_else(|| c.name("chapter"));
            let dossier = with_sub(format!("{}{}", &c["d1"], &c["d2"]), sub);
            push(format!("{dossier}-{}", nr.as_str()));
            if let (Some(e1), Some(e2)) = (c.name("e1"), c.name("e2")) {
                push(format!("{}{}-{}", e1.as_str(), e2.as_str(), nr.as_str()));
            }
        } else if let Some(knr) = c.name("knr") {
            let sub = c.name("ksub").map(|s| s.as_str().to_uppercase());
            let dossier = match sub {
                Some(sub) => format!("{}-{sub}", &c["kd"]),
                None => c["kd"].to_string(),
            };
            push(format!("{dossier}-{}", knr.as_str().to_uppercase()));
        } else if let Some(snr) = c.name("snr") {
            push(format!(
                "{}-{}",
                with_sub(c["sd"].replace(' ', ""), c.name("ssub")),
                snr.as_str()
            ));
        }
    }
    out
}

/// Where a text cites Kamerstukken ([`references`]), as byte ranges.
pub fn citation_spans(text: &str) -> Vec<std::ops::Range<usize>> {
    CITATION.find_iter(text).map(|m| m.range()).collect()
}

/// The years a text leaves unsaid when it names a month without one, as `month year`,
/// so a reader asking for `december 2024` or `april 2026` finds the passages that mean it.
/// A month dated `jl.` (jongstleden) is the last one before the text's own date: `de
/// JBZ-Raad van december jl.` in a letter of 29 January 2025 is December 2024, `op 16
/// januari jl.` January 2025. Any other month is the one nearest to the text's date,
/// within six months either way: `begin april` in a debate of March 2026 is April 2026,
/// `de JBZ-Raad van december` in that letter December 2024. A month written with its
/// year implies nothing: the text says it.
///
/// ```
/// let said = "En marge van de JBZ-Raad van december jl. en op 16 januari jl.";
/// assert_eq!(
///     zoek::meta::implied_months(said, "2025-01-29"),
///     ["december 2024", "januari 2025"]
/// );
/// let said = "Het rapport komt eind maart, begin april; het EES werkt sinds oktober 2025.";
/// assert_eq!(
///     zoek::meta::implied_months(said, "2026-03-03"),
///     ["maart 2026", "april 2026"]
/// );
/// ```
pub fn implied_months(text: &str, date: &str) -> Vec<String> {
    let (Some(year), Some(month)) = (
        date.get(..4).and_then(|y| y.parse::<i64>().ok()),
        date.get(5..7).and_then(|m| m.parse::<i64>().ok()),
    ) else {
        return Vec::new();
    };
    let mut out: Vec<String> = Vec::new();
    for (named, said) in month_mentions(text) {
        let year = match said {
            MonthSaid::WithYear(_) => continue,
            MonthSaid::Last if named <= month => year,
            MonthSaid::Last => year - 1,
            // The nearest: December in a text of January is the one before.
            MonthSaid::Bare if named - month > 6 => year - 1,
            MonthSaid::Bare if month - named > 6 => year + 1,
            MonthSaid::Bare => year,
        };
        push_month(&mut out, named, year);
    }
    out
}

/// How a text names a month ([`month_mentions`]).
enum MonthSaid {
    /// With its year: `december 2024`.
    WithYear(i64),
    /// Dated `jl.`, `j.l.` or `jongstleden`: the last one before the text's date.
    Last,
    /// Alone: `begin april`.
    Bare,
}

/// The months a text names (as their numbers), each with what follows it. Found by a
/// plain search for the month's name and read on by hand: a regex capturing what follows
/// took a tenth of a build's instructions, every month of every passage.
fn month_mentions(text: &str) -> impl Iterator<Item = (i64, MonthSaid)> + '_ {
    static MONTH: LazyLock<Regex> = LazyLock::new(|| {
        // ASCII word boundaries: a Unicode one keeps the regex off its fast engines.
        let months = MONTHS.join("|");
        Regex::new(&format!(r"(?-u:\b)(?i:{months})(?-u:\b)")).unwrap()
    });
    MONTH.find_iter(text).filter_map(|m| {
        let named = i64::from(month_number(&m.as_str().to_lowercase())?);
        let after = &text[m.end()..];
        let rest = after.trim_start();
        if rest.len() == after.len() {
            return Some((named, MonthSaid::Bare));
        }
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 4 {
            return Some((named, MonthSaid::WithYear(rest[..4].parse().ok()?)));
        }
        let word: String = (rest.chars())
            .take_while(|c| c.is_alphanumeric() || *c == '.')
            .collect::<String>()
            .to_lowercase();
        let said = match word.as_str() {
            "jl" | "jl." | "j.l." | "jongstleden" => MonthSaid::Last,
            _ => MonthSaid::Bare,
        };
        Some((named, said))
    })
}

/// Add `month year` to a list of months, once.
fn push_month(out: &mut Vec<String>, month: i64, year: i64) {
    let implied = format!("{} {year}", MONTHS[(month - 1) as usize]);
    if !out.contains(&implied) {
        out.push(implied);
    }
}

/// The months a document's title names, as `month year`: with their year (`JBZ-Raad
/// d.d. 5-6 maart 2026`) or without, read as [`implied_months`] reads a text. The report
/// of a meeting is about the month of that meeting in each of its passages, whatever the
/// passage itself says.
///
/// ```
/// assert_eq!(
///     zoek::meta::title_months(
///         "JBZ-Raad d.d. 5-6 maart 2026; Verslag van een commissiedebat",
///         Some("2026-03-03"),
///     ),
///     ["maart 2026"]
/// );
/// ```
pub fn title_months(title: &str, date: Option<&str>) -> Vec<String> {
    let mut out = Vec::new();
    for (named, said) in month_mentions(title) {
        if let MonthSaid::WithYear(year) = said {
            push_month(&mut out, named, year);
        }
    }
    for month in date.map_or_else(Vec::new, |d| implied_months(title, d)) {
        if !out.contains(&month) {
            out.push(month);
        }
    }
    out
}

/// Normalize a vergaderjaar (`2024–2025`, `2025/26`, `20192020`) to `2024-2025`.
/// The parliamentary year starts in September, so the second year follows the first.
pub fn vergaderjaar(s: &str) -> Option<String> {
    static VJ: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b((?:19|20)\d{2})\s*[-–/]?\s*(\d{4}|\d{2})\b").unwrap());
    let c = VJ.captures(s)?;
    let first: u32 = c[1].parse().ok()?;
    let second: u32 = match c[2].len() {
        2 => first / 100 * 100 + c[2].parse::<u32>().ok()?,
        _ => c[2].parse().ok()?,
    };
    (second == first + 1).then(|| format!("{first}-{second}"))
}

/// The vergaderjaar a document belongs to, as `2024-2025`.
///
/// In order of trust: its running head (`Tweede Kamer, vergaderjaar 2024–2025, 32 317,
/// nr. 974`); the year its cover prints (`Vergaderjaar 2023–2024 Aanhangsel van de
/// Handelingen`); its identifier (`ah-tk-20232024-1292`, `h-tk-20172018-70-8`); else the
/// year its date falls in. A `Tweede Kamer, vergaderjaar …` line in the body is not
/// read: it is a footnote citing another Kamerstuk.
pub fn document_vergaderjaar(
    headers: &[String],
    lines: &[Line],
    date: Option<&str>,
) -> Option<String> {
    static HEAD: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:Tweede|Eerste) Kamer, vergaderjaar\s+(\d{4}\s*[-–/]?\s*\d{2,4})")
            .unwrap()
    });
    let printed = headers
        .iter()
        .find_map(|h| HEAD.captures(h).and_then(|c| vergaderjaar(&c[1])))
        .or_else(|| cover_vergaderjaar(lines));
    printed
        .or_else(|| {
            let top = lines.iter().take(10).map(|l| l.text.as_str());
            own_official_ids(headers, top)
                .first()
                .map(OfficialId::vergaderjaar)
        })
        .or_else(|| date.and_then(vergaderjaar_of_date))
}

/// The vergaderjaar a document's cover prints (`Vergaderjaar 2023–2024 Aanhangsel van de
/// Handelingen`), on a line of its own near the top.
fn cover_vergaderjaar(lines: &[Line]) -> Option<String> {
    static COVER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?i:vergaderjaar)\s+(\d{4}\s*[-–/]?\s*\d{2,4})\b").unwrap());
    lines.iter().take(40).find_map(|l| {
        COVER
            .captures(l.text.trim())
            .and_then(|c| vergaderjaar(&c[1]))
    })
}

/// The official identifiers a document goes by, of its running headers and the lines of
/// its head: one in a header (a page's footer, `ah-tk-20232024-1292`), or alone on its
/// line as a name (`h-tk-20172018-70-8` under the chamber's name). One that a sentence
/// cites (`Zie ook de Handelingen h-tk-20192020-27-5`, `(Handelingen h-tk-…)`) is another
/// document's.
fn own_official_ids<'a>(
    headers: &'a [String],
    head: impl Iterator<Item = &'a str>,
) -> Vec<OfficialId> {
    let alone = head.filter_map(|t| {
        // Markdown's heading and emphasis marks are no part of the line's words.
        let t = t.trim_matches(|c: char| c.is_whitespace() || matches!(c, '#' | '*' | '_'));
        is_official_id(&t.to_lowercase()).then_some(t)
    });
    let in_headers = headers.iter().flat_map(|h| OfficialId::find_all(h));
    in_headers
        .chain(alone.filter_map(OfficialId::find))
        .collect()
}

/// The official identifier of a Handelingen item or an Aanhangsel number, with its
/// vergaderjaar: `h-tk-20172018-70-8`, `ah-tk-20232024-1292`.
static OFFICIAL_ID: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b((ah|h)-(tk|ek)-(\d{4})(\d{4})-(\d+)(?:-(\d+))?)\b").unwrap()
});

/// An official-publications identifier with a year: `h-tk-20172018-70-8` (Handelingen:
/// vergaderjaar, meeting, item), `ah-tk-20232024-1292` (Aanhangsel: vergaderjaar, nr.).
#[derive(Debug, Clone, PartialEq)]
pub struct OfficialId {
    /// As written, lowercased: `h-tk-20172018-70-8`.
    pub text: String,
    /// `h` (Handelingen) or `ah` (Aanhangsel).
    pub kind: String,
    /// The Eerste Kamer's (`ek`), not the Tweede's (`tk`).
    pub eerste_kamer: bool,
    /// The vergaderjaar's first year.
    pub year: u32,
    /// The meeting (Handelingen) or the number (Aanhangsel).
    pub nr: String,
    /// The agenda item (Handelingen).
    pub item: Option<String>,
}

impl OfficialId {
    /// Every identifier in a text whose two years follow each other.
    pub fn find_all(text: &str) -> impl Iterator<Item = OfficialId> + '_ {
        OFFICIAL_ID.captures_iter(text).filter_map(|c| {
            let year: u32 = c[4].parse().ok()?;
            (c[5].parse::<u32>().ok()? == year + 1).then(|| OfficialId {
                text: c[1].to_lowercase(),
                kind: c[2].to_lowercase(),
                eerste_kamer: c[3].eq_ignore_ascii_case("ek"),
                year,
                nr: c[6].to_string(),
                item: c.get(7).map(|m| m.as_str().to_string()),
            })
        })
    }

    /// The first identifier in a text.
    pub fn find(text: &str) -> Option<OfficialId> {
        OfficialId::find_all(text).next()
    }

    /// Its vergaderjaar, `2017-2018`.
    pub fn vergaderjaar(&self) -> String {
        format!("{}-{}", self.year, self.year + 1)
    }

    /// How a Handelingen item is cited, with its title:
    /// `Handelingen II 2017/18, nr. 70, item 8: Regeling van werkzaamheden`.
    pub fn citation(&self, title: Option<&str>) -> String {
        citation(
            Some(self.eerste_kamer),
            self.year,
            &self.nr,
            self.item.as_deref(),
            title,
        )
    }
}

/// `Handelingen II 2017/18, nr. 70, item 8: Regeling van werkzaamheden`: the chamber
/// (`I`, `II`; left out when unknown), the vergaderjaar by its first year, the meeting,
/// the item and the title where known.
fn citation(
    eerste_kamer: Option<bool>,
    year: u32,
    nr: &str,
    item: Option<&str>,
    title: Option<&str>,
) -> String {
    let kamer = match eerste_kamer {
        Some(true) => "I ",
        Some(false) => "II ",
        None => "",
    };
    let mut s = format!(
        "Handelingen {kamer}{year}/{:02}, nr. {nr}",
        (year + 1) % 100
    );
    if let Some(item) = item {
        s.push_str(&format!(", item {item}"));
    }
    if let Some(t) = title.map(str::trim).filter(|t| !t.is_empty()) {
        s.push_str(": ");
        s.push_str(t);
    }
    s
}

/// A Tweede Kamer case number (`2023Z14759`, a `zaak`) or document number (`2025D04328`).
static KAMER_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(20\d{2}[ZD]\d{5})\b").unwrap());

/// The earlier Aanhangsel an answer's heading refers to (`Zie ook Aanhangsel Handelingen,
/// vergaderjaar 2024–2025, nr. 712`: the minister's notice that the answer would come
/// late), as its official identifier (`ah-tk-20242025-712`), in the chamber of the
/// document.
pub fn cited_aanhangsels(lines: &[Line], chamber: Option<&str>) -> Vec<String> {
    static SEE_ALSO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\bzie ook aanhangsel (?:van de )?handelingen,? vergaderjaar (\d{4}) ?[–-] ?(\d{4}),? nr\.? ?(\d{1,5})\b",
        )
        .unwrap()
    });
    let house = match chamber {
        Some("Eerste Kamer") => "ek",
        _ => "tk",
    };
    let flat = flat_text(lines, 40);
    let mut out: Vec<String> = Vec::new();
    for c in SEE_ALSO.captures_iter(&flat) {
        let id = format!("ah-{house}-{}{}-{}", &c[1], &c[2], &c[3]);
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

/// Whether an identifier as kept (lowercased) is an official-publications identifier
/// ([`OfficialId`]: `h-tk-20172018-70-8`, `ah-tk-20232024-1292`).
pub fn is_official_id(id: &str) -> bool {
    OFFICIAL_ID.find(id).is_some_and(|m| m.len() == id.len())
}

/// Whether an identifier as kept (lowercased) is a Kamer case number (`2023z14759`),
/// which the questions and the letter answering them share.
pub fn is_case_number(id: &str) -> bool {
    id.len() == 10 && id.as_bytes()[4] == b'z' && KAMER_NUMBER.is_match(id)
}

/// The document identifier a typed word is, of the kinds zoek keeps
/// ([`document_identifiers`]), as they are kept: without the punctuation typed against
/// it, lowercased (`2023Z14759,` → `2023z14759`).
pub fn typed_identifier(word: &str) -> Option<String> {
    let w = word.trim_matches(|c: char| !c.is_alphanumeric());
    [&*OFFICIAL_ID, &*KAMER_NUMBER]
        .iter()
        .any(|re| re.find(w).is_some_and(|m| m.len() == w.len()))
        .then(|| w.to_lowercase())
}

/// The identifiers a document goes by, lowercased, other than its Kamerstuk number: its
/// official identifier (`ah-tk-20232024-1292` in its running head, `h-tk-20172018-70-8`
/// in its XML metadata) and the Kamer's case number of the letter it answers (`In
/// antwoord op uw brief van 7 september 2023, nr. 2023Z14759`, `Uw kenmerk 2024Z10238`).
/// Numbers the document only mentions (a decision list's items) are not its own.
pub fn document_identifiers(
    headers: &[String],
    lines: &[Line],
    chamber: Option<&str>,
    vergaderjaar: Option<&str>,
) -> Vec<String> {
    static ANSWERED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)\b(?:uw brief|uw kenmerk|uw verzoek)\b(?:[^.]|nr\.){0,60}?\b(20\d{2}[ZD]\d{5})\b",
        )
        .unwrap()
    });
    let mut out: Vec<String> = Vec::new();
    let mut push = |id: &str| {
        let id = id.to_lowercase();
        if !out.contains(&id) {
            out.push(id);
        }
    };
    let head: Vec<&str> = (lines.iter().map(|l| l.text.trim()))
        .filter(|t| !t.is_empty())
        .take(12)
        .collect();
    for id in own_official_ids(headers, head.iter().copied()) {
        push(&id.text);
    }
    // Questions sent on their own carry their case number on a line of its own.
    for t in &head {
        if KAMER_NUMBER.find(t).is_some_and(|m| m.len() == t.len()) {
            push(t);
        }
    }
    // An Aanhangsel's cover names its number under its title: `Aanhangsel van de
    // Handelingen` … `845`, which with the year and the chamber is its identifier.
    if let Some(at) = head
        .iter()
        .position(|t| t.contains("Aanhangsel van de Handelingen"))
        && let Some(nr) = head[at..]
            .iter()
            .map(|t| t.trim_start_matches('#').trim())
            .find(|t| (1..=4).contains(&t.len()) && t.chars().all(|c| c.is_ascii_digit()))
        && let Some((first, second)) = vergaderjaar.and_then(|v| v.split_once('-'))
    {
        let kamer = if chamber == Some("Eerste Kamer") {
            "ek"
        } else {
            "tk"
        };
        push(&format!("ah-{kamer}-{first}{second}-{nr}"));
    }
    let opening: Vec<&str> = lines.iter().take(80).map(|l| l.text.as_str()).collect();
    let opening = opening.join("\n");
    for c in ANSWERED.captures_iter(&opening) {
        push(&c[1]);
    }
    out
}

/// The vergaderjaar an ISO date falls in. The parliamentary year opens on Prinsjesdag,
/// the third Tuesday of September: a letter of 10 September 2025 still belongs to
/// `2024-2025`, one of 16 September 2025 to `2025-2026`.
pub fn vergaderjaar_of_date(iso: &str) -> Option<String> {
    let date = calendar_date(iso)?;
    let year = date.year();
    let start = if date >= prinsjesdag(year)? {
        year
    } else {
        year - 1
    };
    Some(format!("{start}-{}", start + 1))
}

/// The first and the last vergaderjaar whose every day lies between `from` and `to`
/// (ISO dates; `None` is open), as `2017-2018`; `None` when no whole year fits. A
/// passage dated only by its vergaderjaar (plenary Handelingen in XML) surely falls in
/// such a range when its vergaderjaar lies between these two.
pub fn vergaderjaren_within(
    from: Option<&str>,
    to: Option<&str>,
) -> Option<(Option<String>, Option<String>)> {
    let name = |y: i32| format!("{y}-{}", y + 1);
    let first = match from {
        Some(d) => {
            let d = calendar_date(d)?;
            let y = d.year();
            Some(if prinsjesdag(y)? >= d { y } else { y + 1 })
        }
        None => None,
    };
    let last = match to {
        Some(d) => {
            // A year ends the day before the next one opens.
            let d = calendar_date(d)?.next_day()?;
            let y = d.year();
            Some(if prinsjesdag(y)? <= d { y - 1 } else { y - 2 })
        }
        None => None,
    };
    if let (Some(f), Some(l)) = (first, last)
        && f > l
    {
        return None;
    }
    Some((first.map(name), last.map(name)))
}

/// The day a vergaderjaar (`2017-2018`) opened, as ISO: Prinsjesdag of its first year.
pub fn vergaderjaar_opens(vergaderjaar: &str) -> Option<String> {
    let first: i32 = vergaderjaar.get(..4)?.parse().ok()?;
    let day = prinsjesdag(first)?;
    Some(format!("{first:04}-09-{:02}", day.day()))
}

/// The third Tuesday of September of `year`.
fn prinsjesdag(year: i32) -> Option<time::Date> {
    use time::{Date, Month, Weekday};
    let first = Date::from_calendar_date(year, Month::September, 1).ok()?;
    let to_tuesday = (7 + Weekday::Tuesday.number_days_from_monday()
        - first.weekday().number_days_from_monday())
        % 7;
    first.replace_day(1 + to_tuesday + 14).ok()
}

/// `2025-10-08` as a calendar date.
fn calendar_date(iso: &str) -> Option<time::Date> {
    let mut parts = iso.trim().splitn(3, '-');
    let mut next = || parts.next().and_then(|p| p.parse::<u16>().ok());
    let (year, month, day) = (next()?, next()?, next()?);
    time::Date::from_calendar_date(
        i32::from(year),
        time::Month::try_from(u8::try_from(month).ok()?).ok()?,
        u8::try_from(day).ok()?,
    )
    .ok()
}

/// The status of a meeting report or a draft, as its head prints it: `concept`,
/// `ongecorrigeerd` (an uncorrected stenogram), `gecorrigeerd`, `gerectificeerd`, `casco`
/// (no text yet). `None` for a document that names none: a published, final text.
pub fn document_status(lines: &[Line]) -> Option<String> {
    static STATUS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?:^|\s[—–-]\s|\s)(concept|ongecorrigeerd|gecorrigeerd|gerectificeerd|casco)(?:\s+(?:stenogram|verslag))?$")
            .unwrap()
    });
    lines
        .iter()
        .filter(|l| !l.is_blank())
        .take(12)
        .map(|l| l.text.trim())
        // A head line, not a sentence that says something was corrected.
        .filter(|t| t.len() <= 90 && !t.ends_with('.'))
        .find_map(|t| STATUS.captures(t).map(|c| c[1].to_lowercase()))
}

/// `Tweede Kamer` or `Eerste Kamer`.
///
/// In order of trust: the running header; the way fracties are named in headings
/// (`leden van de X-fractie` is the Tweede Kamer's style, `leden van de fractie van de X`
/// the Eerste Kamer's); the addressee (`Aan de Voorzitter van de … Kamer`); the first
/// mention of either chamber.
pub fn document_chamber(lines: &[Line]) -> Option<String> {
    static HEADER: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(Tweede|Eerste) Kamer, vergaderjaar").unwrap());
    static TK_STYLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^Vragen en opmerkingen van de leden van de \S+-\s?fractie").unwrap()
    });
    static EK_STYLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"^Vragen en opmerkingen van (de leden van de fractie van|het lid van de fractie-)",
        )
        .unwrap()
    });
    static ADDRESSEE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"Aan de [Vv]oorzitter van de (Tweede|Eerste) Kamer").unwrap());
    static ANY: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"\b((?i:tweede)|(?i:eerste)) (?i:kamer)\b").unwrap());
    let name = |w: &str| Some(format!("{w} Kamer"));
    for l in lines.iter().take(80) {
        if let Some(c) = HEADER.captures(&l.text) {
            return name(&c[1]);
        }
    }
    if lines.iter().any(|l| TK_STYLE.is_match(&l.text)) {
        return name("Tweede");
    }
    if lines.iter().any(|l| EK_STYLE.is_match(&l.text)) {
        return name("Eerste");
    }
    let flat = flat_text(lines, usize::MAX);
    if let Some(c) = ADDRESSEE.captures(&flat) {
        return name(&c[1]);
    }
    // Tweede Kamer case and document numbers (`2023Z14759`, `2025D04328`), the number of
    // a committee's activity a decision list ends with (`Activiteitnummer: 2011A00915`;
    // the Eerste Kamer's committees keep `Korte aantekeningen` without one) and
    // identifiers (`h-tk-…`, `ah-tk-…`).
    static TK_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(concat!(
            r"\b(?:(?:19|20)\d{2}[ZD]\d{5}|h-tk-\d{8}|ah-tk-\d{8})\b",
            r"|\bActiviteitnummer:? ?(?:19|20)\d{2}A\d{5}\b",
        ))
        .unwrap()
    });
    static EK_NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\bh-ek-\d{8}\b").unwrap());
    if EK_NUMBER.is_match(&flat) {
        return name("Eerste");
    }
    if TK_NUMBER.is_match(&flat) {
        return name("Tweede");
    }
    ANY.captures(&flat).and_then(|c| {
        let mut w = c[1].to_lowercase();
        w[..1].make_ascii_uppercase();
        name(&w)
    })
}

static SIGNATURE_ROLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:De|de) (Minister|Staatssecretaris|Minister-President|minister|staatssecretaris) (van|voor) (.+?),?$").unwrap()
});
static INITIALS_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(?:mr|dr|drs|ir|prof)\.? )*(?:[A-Z][a-z]?\.){1,5} ?\p{L}[\p{L} '-]+$").unwrap()
});
static DEBATE_MINISTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"met (?:de heer|mevrouw) ([\p{Lu}][\p{L} '-]+?), (minister|staatssecretaris) (van|voor) ((?:[\p{Lu}][\p{L}-]*)(?: (?:en|voor) [\p{Lu}][\p{L}-]*| [\p{Lu}][\p{L}-]*|, [\p{Lu}][\p{L}-]*)*)")
        .unwrap()
});
static KAMERVRAGEN_MINISTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:Antwoord|Mededeling) van (?:de )?((?i:minister|staatssecretaris)) ([\p{Lu}][\p{L} '-]+?) \(([^)]+)\)",
    )
    .unwrap()
});
static ROLE_ONLY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[Dd]e (minister|staatssecretaris|Minister|Staatssecretaris) (van|voor) ((?:[\p{Lu}][\p{L}-]*)(?: (?:en|voor) [\p{Lu}][\p{L}-]*| [\p{Lu}][\p{L}-]*|, [\p{Lu}][\p{L}-]*)*)")
        .unwrap()
});

/// The minister who answered: `Name, minister van X` where the document signs with a
/// name, the role alone (`minister van X`) where it gives only that. A letter the
/// ministers of two departments sign together (`BRIEF VAN DE MINISTERS …`) answers for
/// both: `B.J. Bruins, minister voor Medische Zorg; H.M. de Jonge, minister van …`, so
/// either name finds it.
pub fn document_minister(lines: &[Line]) -> Option<String> {
    let body: Vec<&Line> = lines.iter().filter(|l| !l.is_blank()).collect();
    // A signature: its role's line and the name under it, as (index of the name, both).
    let signature = |i: usize| -> Option<(usize, String)> {
        let c = SIGNATURE_ROLE.captures(&body.get(i)?.text)?;
        let role = format!(
            "{} {} {}",
            c[1].to_lowercase(),
            &c[2],
            c[3].trim_end_matches(',')
        );
        let at = (i + 1..body.len().min(i + 3)).find(|&n| INITIALS_NAME.is_match(&body[n].text))?;
        Some((at, format!("{}, {role}", body[at].text)))
    };
    for i in 0..body.len() {
        if let Some((mut at, first)) = signature(i) {
            let mut signed = vec![first];
            // The signatures that follow right under it.
            while let Some((next, other)) = signature(at + 1) {
                signed.push(other);
                at = next;
            }
            return Some(signed.join("; "));
        }
    }
    let flat = flat_text(lines, usize::MAX);
    if let Some(c) = KAMERVRAGEN_MINISTER.captures(&flat) {
        return Some(format!("{}, {} van {}", &c[2], c[1].to_lowercase(), &c[3]));
    }
    if let Some(c) = DEBATE_MINISTER.captures(&flat) {
        return Some(format!("{}, {} {} {}", &c[1], &c[2], &c[3], &c[4]));
    }
    let role = ROLE_ONLY
        .captures(&flat)
        .map(|c| format!("{} {} {}", c[1].to_lowercase(), &c[2], &c[3]));
    // A debate names the minister in a speaker line (`Minister Wiebes:`) and the role in
    // the text (`de minister van Economische Zaken en Klimaat`).
    let speaker = lines
        .iter()
        .find_map(|l| MINISTER_SPEAKER.captures(&l.text).map(|c| c[2].to_string()));
    match (speaker, role) {
        (Some(name), Some(role)) if role.starts_with("minister") => Some(format!("{name}, {role}")),
        (_, role) => role,
    }
}

static MINISTER_SPEAKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(Minister|Staatssecretaris) ((?:(?:van|de|der|den|ter|ten) )*\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)?):")
        .unwrap()
});

/// A title for the document: its subject line (`Betreft …`), its heading (`Nr. 974 Verslag
/// van een schriftelijk overleg`, with the dossier's name), or its first line in capitals.
pub fn document_title(lines: &[Line]) -> Option<String> {
    // A footnote marker is no part of a title.
    title_lines(lines).map(|t| crate::text::take_note_markers(&t).0)
}

fn title_lines(lines: &[Line]) -> Option<String> {
    static BETREFT: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:Betreft|Onderwerp):?\s+(.+)$").unwrap());
    // Kamervragen: `Vragen van het lid X (Partij) aan de Minister van … over … (ingezonden
    // 11 maart 2024).`, over several lines.
    static KAMERVRAGEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(Vragen van (?:het lid|de leden) [^()]+?\([^)]+\).*?)\s*\(ingezonden [^)]*\)")
            .unwrap()
    });
    static MOTION: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^(?:Nr\. ?\d+\s+)?MOTIE VAN (HET LID|DE LEDEN) ([\p{Lu}' .,-]+?)(?:\s+(?:Voorgesteld|TER VERVANGING|OVER)\b.*)?$")
            .unwrap()
    });
    static NR_TITLE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^Nr\. ?[0-9A-Z]+\d?\s+([\p{Lu}][\p{L} ]+?)(?:\s+Vastgesteld.*)?$").unwrap()
    });
    // A plenary item's citation, as zoek's XML reader writes it.
    static HANDELINGEN: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^Handelingen (?:I|II) \d{4}/\d{2}, nr\. \d+\b.*$").unwrap());
    let body: Vec<&Line> = lines.iter().filter(|l| !l.is_blank()).collect();
    if let Some(l) = body.iter().take(6).find(|l| HANDELINGEN.is_match(&l.text)) {
        return Some(l.text.clone());
    }
    if let Some(t) = handelingen_citation(&body) {
        return Some(t);
    }
    for (i, l) in body.iter().take(60).enumerate() {
        // A letter's subject under a label of its own line (`Onderwerp` above it).
        if matches!(l.text.trim(), "Onderwerp" | "Betreft")
            && let Some(next) = body.get(i + 1)
        {
            return Some(next.text.trim().to_string());
        }
        if let Some(c) = BETREFT
            .captures(&l.text)
            .or_else(|| DOCUMENT_LINE.captures(&l.text))
        {
            let mut t = c[1].to_string();
            if let Some(next) = body.get(i + 1)
                && next.text.chars().next().is_some_and(char::is_lowercase)
            {
                t.push(' ');
                t.push_str(&next.text);
            }
            return Some(t);
        }
    }
    let opening: Vec<&str> = body.iter().take(30).map(|l| l.text.as_str()).collect();
    if let Some(c) = KAMERVRAGEN.captures(&opening.join(" ")) {
        return Some(c[1].trim_end_matches([',', ' ']).to_string());
    }
    let dossier_title = body
        .iter()
        .take(12)
        .enumerate()
        .find_map(|(i, l)| {
            let c = DOSSIER_HEADING
                .captures(&l.text)
                .filter(|_| !l.text.ends_with('.'))?;
            match c.name("title") {
                Some(t) => Some(t.as_str().trim().to_string()),
                // The number on a line of its own, the title under it (a Word file).
                None => body
                    .get(i + 1)
                    .map(|n| n.text.trim())
                    .filter(|n| {
                        n.chars().next().is_some_and(char::is_uppercase)
                            && !NR_HEADING.is_match(n)
                            && n.chars().any(char::is_lowercase)
                    })
                    .map(str::to_string),
            }
            .filter(|t| t.chars().any(char::is_alphabetic))
        })
        .or_else(|| running_head_subject(&body));
    // A motion is known by its submitters: `Motie van het lid Ceder`.
    if let Some(c) = body
        .iter()
        .take(30)
        .find_map(|l| MOTION.captures(l.text.trim()))
    {
        let names: Vec<String> = c[2]
            .replace(" EN ", ", ")
            .split(", ")
            .map(|n| name_case(n.trim()))
            .filter(|n| !n.is_empty())
            .collect();
        let names = match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => format!("{} en {last}", rest.join(", ")),
            _ => names.join(""),
        };
        let motion = format!("Motie van {} {names}", c[1].to_lowercase());
        return Some(match dossier_title {
            Some(d) => format!("{d}; {motion}"),
            None => motion,
        });
    }
    for l in body.iter().take(20) {
        if let Some(c) = NR_TITLE.captures(&l.text) {
            // Printed in capitals (`LIJST VAN VRAGEN EN ANTWOORDEN`), read as a sentence.
            let t = c[1].trim();
            let t = match t.chars().any(char::is_lowercase) {
                true => t.to_string(),
                false => sentence_case(t),
            };
            return Some(match dossier_title {
                Some(d) => format!("{d}; {t}"),
                None => t,
            });
        }
    }
    for l in body.iter().take(20) {
        // A draft's title line may say so after it (`VERSLAG VAN EEN COMMISSIEDEBAT Concept`).
        let text = l.text.trim_end();
        let text = text.strip_suffix(" Concept").unwrap_or(text);
        let letters: Vec<char> = text.chars().filter(|c| c.is_alphabetic()).collect();
        // The chamber's name is on every document: it names none.
        let chamber = text.to_lowercase().ends_with("kamer der staten-generaal");
        if letters.len() >= 12 && letters.iter().all(|c| c.is_uppercase()) && !chamber {
            let t = sentence_case(text);
            return Some(match dossier_title {
                Some(d) => format!("{d}; {t}"),
                None => t,
            });
        }
    }
    let verslag = body
        .iter()
        .take(12)
        .find(|l| l.text.starts_with("Verslag van"));
    // The Eerste Kamer's verslag opens with what it is: `De vaste commissies voor … hebben
    // schriftelijk overleg gevoerd met de minister van … over de geannoteerde agenda van …`.
    let opening = || {
        static OVERLEG: LazyLock<Regex> = LazyLock::new(|| {
            Regex::new(r"\bhebben?\s+schriftelijk overleg gevoerd met\s.+?\sover\s+(.+?)\.(?:\s|$)")
                .unwrap()
        });
        let opening: Vec<&str> = body.iter().take(6).map(|l| l.text.as_str()).collect();
        let opening = crate::text::take_note_markers(&opening.join(" ")).0;
        OVERLEG
            .captures(&opening)
            .map(|c| format!("Verslag van een schriftelijk overleg over {}", &c[1]))
    };
    match (dossier_title, verslag) {
        (Some(d), Some(v)) => Some(format!("{d}; {}", v.text)),
        (Some(d), None) => Some(d),
        (None, Some(v)) => Some(v.text.clone()),
        (None, None) => opening().or_else(|| body.first().map(|l| l.text.clone())),
    }
}

/// A printed plenary report's citation, from its head: `Handelingen`, `Vergaderjaar
/// 2018-2019`, `35e vergadering` → `Handelingen II 2018/19, nr. 35`.
fn handelingen_citation(body: &[&Line]) -> Option<String> {
    static MEETING: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(\d{1,3})e vergadering$").unwrap());
    let head: Vec<&str> = body.iter().take(8).map(|l| l.text.trim()).collect();
    if !head.contains(&"Handelingen") {
        return None;
    }
    let year = head.iter().find_map(|l| {
        let rest = l.strip_prefix("Vergaderjaar ")?;
        vergaderjaar(rest)
    })?;
    let nr = head.iter().find_map(|l| MEETING.captures(l))?[1].to_string();
    let eerste_kamer = match head.first() {
        Some(l) if l.starts_with("Eerste Kamer") => Some(true),
        Some(l) if l.starts_with("Tweede Kamer") => Some(false),
        _ => None,
    };
    let first: u32 = year.get(..4)?.parse().ok()?;
    Some(citation(eerste_kamer, first, &nr, None, None))
}

/// The subject a committee debate's report names in its running head, above its title
/// (`Tweede Kamer, JBZ-Raad d.d. 5-6 maart 2026` over `VERSLAG VAN EEN COMMISSIEDEBAT`):
/// the debate is known by it (`commissiedebat JBZ-Raad maart 2026`), and every passage
/// of the report is about it, as the dossier title is for a Kamerstuk. Not the
/// `vergaderjaar` head of a Kamerstuk or an Aanhangsel.
fn running_head_subject(body: &[&Line]) -> Option<String> {
    static RUNNING_HEAD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"^(?:Tweede|Eerste) Kamer, (\S.*\S)$").unwrap());
    body.iter().take(3).find_map(|l| {
        let subject = RUNNING_HEAD.captures(l.text.trim())?.get(1)?.as_str();
        // A draft's head says so (`… 5-6 maart 2026 — Concept`): that is no subject.
        let subject = subject.strip_suffix("Concept").map_or(subject, |s| {
            s.trim_end().trim_end_matches(['—', '–', '-']).trim_end()
        });
        let plain = !subject.starts_with("vergaderjaar") && !subject.ends_with(['.', ',', ';']);
        (plain && subject.chars().any(char::is_alphabetic)).then(|| subject.to_string())
    })
}

static DOCUMENT_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^Document:\s+(.+)$").unwrap());

/// A name printed in capitals as it is written: `RIKKERS-OOSTERKAMP` →
/// `Rikkers-Oosterkamp`, `VAN DER PLAS` → `Van der Plas`.
pub fn name_case(name: &str) -> String {
    let mut out = String::new();
    for (i, word) in name.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let lower = word.to_lowercase();
        if i > 0
            && matches!(
                lower.as_str(),
                "van" | "de" | "der" | "den" | "ter" | "ten" | "het"
            )
        {
            out.push_str(&lower);
            continue;
        }
        let mut upper_next = true;
        for c in lower.chars() {
            if upper_next {
                out.extend(c.to_uppercase());
            } else {
                out.push(c);
            }
            upper_next = c == '-' || c == '\'';
        }
    }
    out
}

/// `VERSLAG VAN EEN COMMISSIEDEBAT` → `Verslag van een commissiedebat`.
fn sentence_case(s: &str) -> String {
    let lower = s.trim().to_lowercase();
    let mut chars = lower.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::clean_text;

    #[test]
    fn a_month_dated_jl_takes_the_year_before_the_texts_date() {
        assert_eq!(
            implied_months("op 2 oktober jl. ", "2025-10-08"),
            ["oktober 2025"]
        );
        assert_eq!(
            implied_months("in december j.l.", "2025-01-29"),
            ["december 2024"]
        );
        assert_eq!(
            implied_months("Op 16 Januari jongstleden", "2025-01-29"),
            ["januari 2025"]
        );
        // Without `jl.` a month is the nearest one; with its year, nothing is implied;
        // without a date, nothing either.
        assert_eq!(
            implied_months("de JBZ-Raad van december", "2025-01-29"),
            ["december 2024"]
        );
        assert_eq!(
            implied_months("richting april, na de JBZ-Raad van december", "2026-03-03"),
            ["april 2026", "december 2025"]
        );
        assert_eq!(
            implied_months("in april en in januari", "2026-11-23"),
            ["april 2027", "januari 2027"]
        );
        assert!(implied_months("op 23 december 2025 gepubliceerd", "2026-02-06").is_empty());
        assert!(implied_months("december jl.", "").is_empty());
    }

    #[test]
    fn dutch_dates() {
        assert_eq!(
            parse_dutch_date("Vastgesteld 8 oktober 2025").as_deref(),
            Some("2025-10-08")
        );
        assert_eq!(
            parse_dutch_date("Den Haag, 6 februari 2026").as_deref(),
            Some("2026-02-06")
        );
        assert_eq!(
            parse_dutch_date("d.d. 3 maart 2026").as_deref(),
            Some("2026-03-03")
        );
        assert_eq!(
            parse_dutch_date("(ingezonden 20 december 2024)").as_deref(),
            Some("2024-12-20")
        );
        assert_eq!(parse_dutch_date("31 februari 2025"), None);
    }

    #[test]
    fn user_dates() {
        assert_eq!(
            parse_user_date("2025-10-08", false).as_deref(),
            Some("2025-10-08")
        );
        assert_eq!(parse_user_date("2025", true).as_deref(), Some("2025-12-31"));
        assert_eq!(
            parse_user_date("2024-02", true).as_deref(),
            Some("2024-02-29")
        );
        assert_eq!(parse_user_date("2025-13-01", false), None);
        assert_eq!(parse_user_date("gisteren", false), None);
    }

    #[test]
    fn kamerstuk_from_heading_not_citations() {
        let c = clean_text(
            "32 317  JBZ-Raad \n \nNr. 974 Verslag van een schriftelijk overleg \n  Vastgesteld 8 oktober 2025 \n(Kamerstuk 22 112, nr. 4150)",
        );
        assert_eq!(document_kamerstuk(&c.lines).as_deref(), Some("32317-974"));
        assert_eq!(document_date(&c.lines).as_deref(), Some("2025-10-08"));
        let c = clean_text(
            "32317\t\tJBZ-Raad (vreemdelingen- en asielbeleid)\n\nVerslag van een schriftelijk overleg",
        );
        assert_eq!(document_kamerstuk(&c.lines).as_deref(), Some("32317"));
        let c = clean_text("Tweede Kamer, vergaderjaar 2025–2026, 21 501-31, nr. 207\n\ntekst");
        assert_eq!(c.headers.len(), 1);
        let meta = crate::split::document_meta(&c);
        assert_eq!(meta.kamerstuk.as_deref(), Some("21501-31-207"));
        assert_eq!(meta.chamber.as_deref(), Some("Tweede Kamer"));
    }

    #[test]
    fn a_debates_title_names_the_subject_of_its_running_head() {
        let c = clean_text(
            " Tweede Kamer, JBZ-Raad d.d. 5-6 maart 2026\n\nVERSLAG VAN EEN COMMISSIEDEBAT\nConcept\n\nDe vaste commissie voor Asiel en Migratie",
        );
        assert_eq!(
            document_title(&c.lines).as_deref(),
            Some("JBZ-Raad d.d. 5-6 maart 2026; Verslag van een commissiedebat")
        );
        // The PDF of the draft: its head and its title line say `Concept`.
        let c = clean_text(
            "Tweede Kamer, JBZ-Raad d.d. 5-6 maart 2026 — Concept\n\nVERSLAG VAN EEN COMMISSIEDEBAT Concept\n\nDe vaste commissie",
        );
        assert_eq!(
            document_title(&c.lines).as_deref(),
            Some("JBZ-Raad d.d. 5-6 maart 2026; Verslag van een commissiedebat")
        );
        // A Kamerstuk's head names its vergaderjaar, not a subject.
        let c = clean_text(
            "Tweede Kamer, vergaderjaar 2024–2025, Aanhangsel\n\nVERSLAG VAN EEN COMMISSIEDEBAT\n",
        );
        assert_eq!(
            document_title(&c.lines).as_deref(),
            Some("Verslag van een commissiedebat")
        );
    }

    #[test]
    fn cited_kamerstukken() {
        let r = references(
            "(Kamerstuk 32 317, nr. 967) en (Kamerstuk 22 112, nr. 4150), Kamerstuk 32317-989 en 21 501-27, nr. 9 en 32 317, nr. 967",
        );
        assert_eq!(
            r,
            vec!["32317-967", "22112-4150", "32317-989", "21501-27-9"]
        );
    }

    #[test]
    fn a_letter_two_ministers_sign_answers_for_both() {
        let c = clean_text(
            "Hierbij informeren wij u over de voortgang.\n\nDe Minister voor Medische Zorg,\nB.J. Bruins\n\nDe Minister van Volksgezondheid, Welzijn en Sport,\nH.M. de Jonge\n",
        );
        assert_eq!(
            document_minister(&c.lines).as_deref(),
            Some(
                "B.J. Bruins, minister voor Medische Zorg; H.M. de Jonge, minister van Volksgezondheid, Welzijn en Sport"
            )
        );
    }

    #[test]
    fn minister_with_name_and_role() {
        let c = clean_text("De Minister van Asiel en Migratie,\n\nM.H.M. Faber-van de Klashorst\n");
        assert_eq!(
            document_minister(&c.lines).as_deref(),
            Some("M.H.M. Faber-van de Klashorst, minister van Asiel en Migratie")
        );
        let c =
            clean_text("voorgelegd aan de minister van Asiel en Migratie over de volgende brieven");
        assert_eq!(
            document_minister(&c.lines).as_deref(),
            Some("minister van Asiel en Migratie")
        );
        let c = clean_text(
            "hebben op 3 maart 2026 overleg gevoerd met de heer Van den Brink, minister van Asiel \nen Migratie, viceminister-president, over:",
        );
        assert_eq!(
            document_minister(&c.lines).as_deref(),
            Some("Van den Brink, minister van Asiel en Migratie")
        );
        assert_eq!(document_date(&c.lines).as_deref(), Some("2026-03-03"));
    }
}

#[cfg(test)]
mod formats_tests {
    //! Every form of FORMATS.md's Kamerstuk numbers, dates and citations.
    use super::*;
    use crate::split::document_meta;
    use crate::text::clean_text;

    fn kamerstuk(text: &str) -> Option<String> {
        document_meta(&clean_text(text)).kamerstuk
    }

    #[test]
    fn kamerstuk_headings() {
        assert_eq!(
            kamerstuk("32 317  JBZ-Raad\n\nNr. 974 Verslag van een schriftelijk overleg")
                .as_deref(),
            Some("32317-974")
        );
        assert_eq!(
            kamerstuk("32317 JBZ-Raad\n\nnr. 974\n\ntekst").as_deref(),
            Some("32317-974")
        );
        assert_eq!(
            kamerstuk("35 925-VII Vaststelling van de begrotingsstaten\n\nNr. 12 BRIEF").as_deref(),
            Some("35925-VII-12")
        );
        assert_eq!(
            kamerstuk("21 501-31 Raad Werkgelegenheid\n\nNr. 207 VERSLAG").as_deref(),
            Some("21501-31-207")
        );
        assert_eq!(
            kamerstuk("28 331 Herziening\n\nAI1 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG").as_deref(),
            Some("28331-AI")
        );
        assert_eq!(
            kamerstuk("28 331 Herziening\n\nI MEMORIE VAN ANTWOORD").as_deref(),
            Some("28331-I")
        );
        assert_eq!(
            kamerstuk("Tweede Kamer, vergaderjaar 2017–2018, 29 538, nr. 331\n\ntekst").as_deref(),
            Some("29538-331")
        );
        // Several dossiers above one number: the first is the document's, the others
        // number it too.
        let two = "29 538 Zorgverzekeringswet\n\n34 104 Langdurige zorg\n\nNr. 331 BRIEF";
        assert_eq!(kamerstuk(two).as_deref(), Some("29538-331"));
        assert_eq!(other_kamerstukken(&clean_text(two).lines), ["34104-331"]);
        let wrapped = "21 501-02 Raad Algemene Zaken en Raad Buitenlandse\nZaken\n\nNr. 3121 MOTIE";
        assert!(other_kamerstukken(&clean_text(wrapped).lines).is_empty());
        assert_eq!(
            kamerstuk("De commissie vraagt naar Kamerstuk 32 317, nr. 967."),
            None
        );
    }

    /// A budget's chapter printed after a space, as the official publications print it in
    /// the heading (`36 600 VI Vaststelling …`) and the running head (`…, 36 600 VI, nr.
    /// 12`), is part of the dossier, not of its title.
    #[test]
    fn a_budget_chapter_after_a_space_is_the_dossiers() {
        assert_eq!(
            kamerstuk("36 600 VI Vaststelling van de begrotingsstaten\n\nNr. 12 BRIEF").as_deref(),
            Some("36600-VI-12")
        );
        assert_eq!(
            kamerstuk("36 600 IXB Vaststelling van de begrotingsstaten\n\nNr. 7 BRIEF").as_deref(),
            Some("36600-IXB-7")
        );
        assert_eq!(
            kamerstuk(
                "36 600 B Vaststelling van de begrotingsstaten van het Gemeentefonds\n\nNr. 3 BRIEF"
            )
            .as_deref(),
            Some("36600-B-3")
        );
        assert_eq!(
            kamerstuk("Tweede Kamer, vergaderjaar 2024–2025, 36 600 VI, nr. 12\n\ntekst")
                .as_deref(),
            Some("36600-VI-12")
        );
        // A dossier's title is no chapter.
        assert_eq!(
            kamerstuk("32 317 JBZ-Raad\n\nNr. 974 VERSLAG").as_deref(),
            Some("32317-974")
        );
    }

    /// The official identifiers of Kamerstukken (`kst-34700-19`, `kst-21501-31-207`):
    /// a dossier's sub-number or a budget's chapter is read before the document's number.
    #[test]
    fn kst_identifiers_with_a_sub_dossier_or_a_chapter() {
        assert_eq!(
            references("kst-21501-31-207 en kst-35925-VII-12"),
            ["21501-31-207", "35925-VII-12"]
        );
        assert_eq!(
            references("(kst-34000-XV-5; kst-34700-19; kst-21501-02-3121, kst-28331-AI)"),
            ["34000-XV-5", "34700-19", "21501-02-3121", "28331-AI"]
        );
        // As a record keeps it, lowercased; and as a file is named.
        assert_eq!(references("kst-34000-xv-5"), ["34000-XV-5"]);
        assert_eq!(references("kst-21501-31-207.pdf"), ["21501-31-207"]);
    }

    #[test]
    fn a_committee_activity_number_is_the_tweede_kamers() {
        let lines = |t: &str| crate::text::clean_text(t).lines;
        let list = "Besluitenlijst van de extra procedurevergadering van dinsdag 8 maart 2011\n\n\
                    Griffier: T.J.E. van Toor\n\nActiviteitnummer: 2011A00915\n";
        assert_eq!(
            document_chamber(&lines(list)).as_deref(),
            Some("Tweede Kamer")
        );
        // The number alone, without its label, says nothing of a chamber.
        assert_eq!(document_chamber(&lines("Zie 2011A00915.")), None);
    }

    #[test]
    fn citations() {
        assert_eq!(
            references(
                "(31 031/29 949, nr. 19), Kamerstuk 21 501-27, nr. 9 en (32820, nr. 258, vergaderjaar 2017-2018) en kst-34700-19"
            ),
            vec![
                "31031-19",
                "29949-19",
                "21501-27-9",
                "32820-258",
                "34700-19"
            ]
        );
        assert_eq!(
            references("motie 35925-32; 21501-32-1188"),
            vec!["35925-32", "21501-32-1188"]
        );
        // A ministry's citation of a letter, the dossier printed with its space.
        assert_eq!(
            references("beantwoord middels een brief over Ambtelijke analyses (36 471-64) op"),
            vec!["36471-64"]
        );
        assert!(references("op 12 juni 2024 om 345-6").is_empty());
        // A budget's chapter or fund printed after a space, as citations and decision lists
        // print it; in the Tweede Kamer's own form with hyphens.
        assert_eq!(
            references(
                "(Kamerstukken 36 600 VI, nr. 12), de motie (31200 XI, nr. 65), zie 31700 VII nr. 72, \
                 31 700 B, nr. 14 en 31700-B-14"
            ),
            vec!["36600-VI-12", "31200-XI-65", "31700-VII-72", "31700-B-14"]
        );
    }

    #[test]
    fn an_answer_cites_the_notice_that_it_would_come_late() {
        let lines = |t: &str| clean_text(t).lines;
        let head = "Antwoord van Staatssecretaris Brouwer (Financiën) (ontvangen 14 januari\n\
                    2025). Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 712.";
        assert_eq!(
            cited_aanhangsels(&lines(head), Some("Tweede Kamer")),
            ["ah-tk-20242025-712"]
        );
        assert_eq!(
            cited_aanhangsels(&lines(head), Some("Eerste Kamer")),
            ["ah-ek-20242025-712"]
        );
        assert!(cited_aanhangsels(&lines("Aanhangsel van de Handelingen 712"), None).is_empty());
    }

    #[test]
    fn dates_in_context() {
        let date = |t: &str| document_meta(&clean_text(t)).date;
        assert_eq!(date("Vragen van het lid Erkens (VVD) (ingezonden 20 december 2024).\nAntwoord van Minister Uitermark (Binnenlandse Zaken) (ontvangen 4 februari 2025).").as_deref(), Some("2025-02-04"));
        assert_eq!(
            date("Nr. 974 Verslag\nVastgesteld 8 oktober 2025").as_deref(),
            Some("2025-10-08")
        );
        assert_eq!(
            date("Den Haag, 6 februari 2026\n\nAntwoord").as_deref(),
            Some("2026-02-06")
        );
        assert_eq!(date("brief d.d. 3 maart 2026 inzake iets"), None);
        // A letter dated a year off its printed vergaderjaar (`5 december 2026` in
        // 2024–2025, about a meeting of December 2024): the day it names in that year.
        let typo = "Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2024–2025\n\n32 317 JBZ-Raad\n\n\
                    Nr. 950 BRIEF VAN DE MINISTER VAN ASIEL EN MIGRATIE\n\n\
                    Den Haag, 5 december 2026\n\n\
                    Hierbij stuur ik u de geannoteerde agenda van de JBZ-Raad van 12 en 13 december 2024.";
        assert_eq!(date(typo).as_deref(), Some("2024-12-05"));
        // Without a printed vergaderjaar nothing says which year was meant.
        let bare = "Den Haag, 5 december 2026\n\nHierbij stuur ik u de agenda.";
        assert_eq!(date(bare).as_deref(), Some("2026-12-05"));
        // A letter of a few days before Prinsjesdag printed in the year it opened is no typo.
        let edge = "Vergaderjaar 2025–2026\n\nDen Haag, 10 september 2025\n\nHierbij.";
        assert_eq!(date(edge).as_deref(), Some("2025-09-10"));
        // A date a question cites does not date the report.
        let report = "Verslag van een schriftelijk overleg\n\nVastgesteld 8 oktober 2025\n\n\
                      Kan de minister de brief van d.d. 3 maart 2026 toelichten?";
        assert_eq!(date(report).as_deref(), Some("2025-10-08"));
        assert_eq!(date("Concept zonder datum"), None);
    }

    #[test]
    fn the_vergaderjaar_opens_on_prinsjesdag() {
        // Prinsjesdag 2025 was Tuesday 16 September; 2018's, Tuesday 18 September.
        for (date, want) in [
            ("2025-09-15", "2024-2025"),
            ("2025-09-16", "2025-2026"),
            ("2026-01-05", "2025-2026"),
            ("2018-09-17", "2017-2018"),
            ("2018-09-18", "2018-2019"),
            ("2024-02-29", "2023-2024"),
        ] {
            assert_eq!(vergaderjaar_of_date(date).as_deref(), Some(want), "{date}");
        }
        assert_eq!(vergaderjaar_of_date("2025-02-30"), None);
        assert_eq!(
            vergaderjaar_opens("2017-2018").as_deref(),
            Some("2017-09-19")
        );
        assert_eq!(
            vergaderjaar_opens("2025-2026").as_deref(),
            Some("2025-09-16")
        );
        assert_eq!(vergaderjaar_of_date("gisteren"), None);
    }

    #[test]
    fn vergaderjaren_wholly_inside_a_date_range() {
        let within = |f: Option<&str>, t: Option<&str>| {
            vergaderjaren_within(f, t).map(|(a, b)| (a.unwrap_or_default(), b.unwrap_or_default()))
        };
        let pair = |a: &str, b: &str| Some((a.to_string(), b.to_string()));
        // 2017-2018 ran from 19 September 2017 to 17 September 2018.
        assert_eq!(
            within(Some("2017-01-01"), Some("2018-12-31")),
            pair("2017-2018", "2017-2018")
        );
        assert_eq!(
            within(Some("2017-09-19"), Some("2018-09-17")),
            pair("2017-2018", "2017-2018")
        );
        // A day short on either side, and the year is not surely inside.
        assert_eq!(within(Some("2017-09-20"), Some("2018-12-31")), None);
        assert_eq!(within(Some("2017-01-01"), Some("2018-09-16")), None);
        assert_eq!(
            within(Some("2015-01-01"), Some("2018-12-31")),
            pair("2015-2016", "2017-2018")
        );
        assert_eq!(within(Some("2017-01-01"), None), pair("2017-2018", ""));
        assert_eq!(within(None, Some("2018-12-31")), pair("", "2017-2018"));
    }

    #[test]
    fn a_documents_vergaderjaar_from_its_head_cover_identifier_or_date() {
        let vj = |headers: &[&str], text: &str, date: Option<&str>| {
            let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
            document_vergaderjaar(&headers, &clean_text(text).lines, date)
        };
        // The running head wins over a date in another year.
        let head = [
            "kst-32317-974",
            "Tweede Kamer, vergaderjaar 2025–2026, 32 317, nr. 974",
        ];
        assert_eq!(
            vj(&head, "tekst", Some("2024-01-01")).as_deref(),
            Some("2025-2026")
        );
        // A cover line, also as kerning leaves it after repair.
        let cover = "Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2023–2024 Aanhangsel van de Handelingen\n";
        assert_eq!(vj(&[], cover, None).as_deref(), Some("2023-2024"));
        assert_eq!(
            vj(&[], "Vergaderjaar 20252026\n\ntekst", None).as_deref(),
            Some("2025-2026")
        );
        // An identifier.
        assert_eq!(
            vj(&["ah-tk-20232024-1292"], "tekst", None).as_deref(),
            Some("2023-2024")
        );
        assert_eq!(
            vj(&[], "h-tk-20172018-70-8\n\ntekst", None).as_deref(),
            Some("2017-2018")
        );
        // Nor is a Handelingen item a letter cites: its date decides.
        let letter = "Ministerie van Asiel en Migratie\n\nDen Haag, 3 maart 2025\n\n\
                      Zie ook de Handelingen h-tk-20192020-27-5.";
        assert_eq!(
            vj(&[], letter, Some("2025-03-03")).as_deref(),
            Some("2024-2025")
        );
        // A footnote citing another Kamerstuk is no head: the date decides.
        let footnote = "tekst\n\n1 Tweede Kamer, vergaderjaar 2019-2020, 32 317, nr. 600\n";
        assert_eq!(
            vj(&[], footnote, Some("2025-10-08")).as_deref(),
            Some("2025-2026")
        );
        assert_eq!(vj(&[], "tekst", None), None);
    }

    #[test]
    fn a_documents_own_identifiers_not_those_it_mentions() {
        let ids = |headers: &[&str], text: &str| {
            let headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
            document_identifiers(&headers, &clean_text(text).lines, None, Some("2024-2025"))
        };
        assert_eq!(
            ids(&["ah-tk-20232024-1292", "ISSN 0921 - 7398"], "tekst"),
            ["ah-tk-20232024-1292"]
        );
        assert_eq!(
            ids(&[], "h-tk-20172018-70-8\n\nHandelingen"),
            ["h-tk-20172018-70-8"]
        );
        let letter = "Ons kenmerk\n\n4980892\n\nIn antwoord op uw brief van 7 september 2023, nr. 2023Z14759, deel ik u mede";
        assert_eq!(ids(&[], letter), ["2023z14759"]);
        assert_eq!(
            ids(&[], "Uw kenmerk 2024Z10238\n\nBetreft iets"),
            ["2024z10238"]
        );
        // A decision list's items name the cases they decide on: none is the list's own.
        assert!(
            ids(
                &[],
                "Brief inzake griffierecht - 2009Z04448 Besluit: Voor kennisgeving"
            )
            .is_empty()
        );
        // Questions with their case number; an Aanhangsel's cover.
        assert_eq!(
            ids(&[], "Schriftelijke vragen\n\n2024Z10238\n\nVragen van"),
            ["2024z10238"]
        );
        // An identifier the text cites is not the document's own, near its top or not.
        let letter = "Ministerie van Asiel en Migratie\n\nBetreft Nareis\n\nDen Haag, 3 maart 2025\n\n\
                      Zie ook de Handelingen h-tk-20192020-27-5.\n\n\
                      Zoals eerder besproken (Handelingen h-tk-20192020-27-6) en in ah-tk-20232024-1292.";
        assert!(ids(&[], letter).is_empty(), "{:?}", ids(&[], letter));
        // Standing alone as the document's name, it is.
        assert_eq!(
            ids(&[], "**h-tk-20172018-70-8**\n\nHandelingen"),
            ["h-tk-20172018-70-8"]
        );
        // A page number above the title is no part of it.
        let cover = "Vergaderjaar 2024–2025\n\n2\n\n# Aanhangsel van de Handelingen\n\n## 845\n\nVragen van";
        assert_eq!(ids(&[], cover), ["ah-tk-20242025-845"]);
        assert_eq!(
            typed_identifier("2023Z14759").as_deref(),
            Some("2023z14759")
        );
        assert_eq!(
            typed_identifier("h-tk-20172018-70-8,").as_deref(),
            Some("h-tk-20172018-70-8")
        );
        assert!(
            [
                typed_identifier("2023"),
                typed_identifier("32317-974"),
                typed_identifier("x2023Z14759")
            ]
            .iter()
            .all(Option::is_none)
        );
    }

    /// A letter that cites a Handelingen item near its top is a letter of its own date:
    /// not the item, not of the item's vergaderjaar.
    #[test]
    fn a_letter_citing_the_handelingen_is_no_handelingen() {
        let letter = "Ministerie van Asiel en Migratie\n\nUw kenmerk 2025D04328\n\n\
                      Betreft Beantwoording verzoek over de nareis\n\nDen Haag, 3 maart 2025\n\n\
                      Hierbij reageer ik op het verzoek over de wachttijden voor de nareis. \
                      Zie ook de Handelingen h-tk-20192020-27-5.";
        let meta = document_meta(&clean_text(letter));
        assert_eq!(meta.identifiers, ["2025d04328"]);
        assert_eq!(meta.vergaderjaar.as_deref(), Some("2024-2025"));
        assert_eq!(meta.date.as_deref(), Some("2025-03-03"));
        assert_ne!(meta.doctype.as_deref(), Some("handelingen"));
    }

    #[test]
    fn a_reports_status_from_its_head() {
        let status = |text: &str| document_status(&clean_text(text).lines);
        let head = " Tweede Kamer, JBZ-Raad d.d. 5-6 maart 2026\n\nVERSLAG VAN EEN COMMISSIEDEBAT\nConcept \n\nDe vaste commissie";
        assert_eq!(status(head).as_deref(), Some("concept"));
        assert_eq!(
            status("Tweede Kamer\n\nOngecorrigeerd stenogram\n\nVerslag").as_deref(),
            Some("ongecorrigeerd")
        );
        assert_eq!(
            status("Gecorrigeerd stenogram\n\nVerslag").as_deref(),
            Some("gecorrigeerd")
        );
        assert_eq!(
            status("Verslag van een commissiedebat — Gerectificeerd\n").as_deref(),
            Some("gerectificeerd")
        );
        // A sentence in the text is no status.
        assert_eq!(
            status("Tweede Kamer\n\nHet rapport is inmiddels gecorrigeerd.\n"),
            None
        );
        assert_eq!(
            status("Nr. 974 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld 8 oktober 2025"),
            None
        );
    }

    #[test]
    fn vergaderjaar_forms() {
        for (text, want) in [
            ("2024-2025", Some("2024-2025")),
            ("2024–2025", Some("2024-2025")),
            ("2025/26", Some("2025-2026")),
            ("2025/2026", Some("2025-2026")),
            ("20192020", Some("2019-2020")),
            ("2019-2021", None),
        ] {
            assert_eq!(vergaderjaar(text).as_deref(), want, "{text}");
        }
    }
}

/// The kind of document, told by the words of its heading. Checked in order: the more
/// specific forms first.
pub fn document_type(lines: &[Line]) -> Option<String> {
    const KINDS: &[(&str, &str)] = &[
        ("Besluitenlijst", "besluitenlijst"),
        (
            "LIJST VAN VRAGEN EN ANTWOORDEN",
            "lijst van vragen en antwoorden",
        ),
        ("NADER VOORLOPIG VERSLAG", "nader voorlopig verslag"),
        ("VOORLOPIG VERSLAG", "voorlopig verslag"),
        ("NADERE MEMORIE VAN ANTWOORD", "nadere memorie van antwoord"),
        ("MEMORIE VAN ANTWOORD", "memorie van antwoord"),
        (
            "NOTA NAAR AANLEIDING",
            "nota naar aanleiding van het verslag",
        ),
        ("MOTIE VAN", "motie"),
        ("Aanhangsel van de Handelingen", "kamervragen"),
        ("Beantwoording Kamervragen", "kamervragen"),
        ("Antwoord schriftelijke vragen", "kamervragen"),
        (
            "Verslag van een schriftelijk overleg",
            "verslag schriftelijk overleg",
        ),
        (
            "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG",
            "verslag schriftelijk overleg",
        ),
        (
            "Inbreng verslag van een schriftelijk overleg",
            "verslag schriftelijk overleg",
        ),
        ("VERSLAG VAN EEN COMMISSIEDEBAT", "verslag commissiedebat"),
        (
            "VERSLAG VAN EEN ALGEMEEN OVERLEG",
            "verslag algemeen overleg",
        ),
        ("Handelingen", "handelingen"),
        ("BRIEF VAN", "brief"),
        ("Aan de Voorzitter van de", "brief"),
        ("NOTA", "nota"),
        ("AGENDA", "agenda"),
    ];
    let head: Vec<&str> = lines
        .iter()
        .filter(|l| !l.is_blank())
        .take(60)
        .map(|l| l.text.as_str())
        .collect();
    KINDS
        .iter()
        .find(|(marker, kind)| {
            head.iter().any(|l| match *kind {
                // The Handelingen name themselves at the head of a line (`Handelingen`,
                // `Handelingen II 2017/18, nr. 70`); a letter cites them in a sentence.
                "handelingen" => l.trim_start_matches(['#', ' ']).starts_with(marker),
                _ => l.contains(marker),
            })
        })
        .map(|(_, kind)| kind.to_string())
}
