//! From raw document text to clean lines: the layer between reading and splitting.
//!
//! Published records carry *page furniture*: running headers
//! (`Tweede Kamer, vergaderjaar 2025–2026, 32 317, nr. 974`), page numbers, blank
//! page gaps and footnotes at the bottom of each page. This module removes the
//! furniture, lifts footnotes out of the running text (their reference becomes a
//! marker that the splitter turns into the passage's `notes`), repairs extraction
//! damage (ligatures, soft hyphens, non-breaking spaces, symbol-font bullets) and
//! keeps just enough layout ([`Hint`]) for the splitter to see structure.

use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// Layout information a line carries into the splitter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hint {
    /// An ordinary line of text.
    Plain,
    /// An empty line (paragraph break).
    Blank,
    /// A Markdown heading of the given level.
    Heading(u8),
    /// A line of a paragraph set entirely in bold (Markdown), as answers often are.
    Bold,
    /// The first line of a bulleted list item.
    Bullet,
}

/// One cleaned line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The text, trimmed, single-spaced, without markup.
    pub text: String,
    /// What the layout said about it.
    pub hint: Hint,
    /// The page of the source it starts on, from 1; 0 where the source has no pages (a
    /// text without form feeds, Markdown, HTML, a Word file no word processor laid out) or
    /// the line was made by the cleaner.
    pub page: u32,
}

impl Line {
    /// A line of no page.
    pub(crate) fn new(text: impl Into<String>, hint: Hint) -> Line {
        Line {
            text: text.into(),
            hint,
            page: 0,
        }
    }

    /// True for an empty line.
    pub fn is_blank(&self) -> bool {
        self.hint == Hint::Blank
    }
}

/// A document as clean lines plus the footnotes lifted out of it.
#[derive(Debug, Clone, Default)]
pub struct CleanText {
    /// The lines, furniture removed.
    pub lines: Vec<Line>,
    /// Footnote texts by number, as printed (`1` → `Tweede Kamer, vergaderjaar ...`).
    pub footnotes: BTreeMap<u32, String>,
    /// The running headers removed from the text: they name the document's Kamerstuk.
    pub headers: Vec<String>,
    /// Lines are sentences, not the layout's lines (PDF text, reflowed by typesetting).
    pub reflowed: bool,
}

/// Start of a footnote reference marker in line text (followed by the number and [`NOTE_END`]).
pub const NOTE_START: char = '\u{E000}';
/// End of a footnote reference marker.
pub const NOTE_END: char = '\u{E001}';

static RUNNING_HEADER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[-–/]\s*\d{2,4}, [0-9 A-Z-]+(, nr\. ?[0-9A-Z]+)?\.?$")
        .unwrap()
});
/// Page footers and mastheads of the official publications (Aanhangsel, Kamerstukken).
static FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(ah-tk-\d{8}-\d+|kst-\d+(-[0-9A-Z]+)*|ISSN \d{4} ?- ?\d{3}[\dX]|[’']s-Gravenhage \d{4}\b.*|(Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[-–/]\s*\d{2,4}, Aanhangsel( \d+)?)$")
        .unwrap()
});
static PAGE_NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\d{1,3}$").unwrap());
static FOOTNOTE_LINE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(\d{1,2}) ([^.\s].*)$").unwrap());
static BARE_URL: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^https?://\S+$").unwrap());
static MD_SUP_DEF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^<sup>(\d{1,3})</sup>\s*(.*)$").unwrap());
static MD_SUP: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"<sup>(\d{1,3})</sup>").unwrap());
static MD_LINK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[([^\]]*)\]\([^)]*\)").unwrap());
static BOOKMARK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[bookmark: [^\]]*\]").unwrap());
static WORD_NOTE_REF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\[footnoteRef:(\d{1,3})\]").unwrap());
static WORD_NOTE_DEF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s*\[(\d{1,3}): ([^\]]*)\]").unwrap());
static HTML_TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"</?[a-zA-Z][^>]*>").unwrap());

/// Repair characters that extraction and typesetting leave behind, and normalize spaces.
///
/// Returns the repaired line and whether it started with a bullet (a symbol-font
/// private-use character or a typographic bullet).
pub fn repair_chars(line: &str) -> (String, bool) {
    let mut out = String::with_capacity(line.len());
    let mut bullet = false;
    let mut seen_text = false;
    let mut rest = line;
    while !rest.is_empty() {
        // Runs of ordinary ASCII are copied whole: most text is nothing else.
        let run = rest
            .bytes()
            .position(|b| !b.is_ascii() || matches!(b, b'\t' | b'\r' | b'\x0C'))
            .unwrap_or(rest.len());
        if run > 0 {
            let (ascii, tail) = rest.split_at(run);
            seen_text |= !ascii.bytes().all(|b| char::from(b).is_whitespace());
            out.push_str(ascii);
            rest = tail;
            continue;
        }
        let c = rest.chars().next().expect("rest is not empty");
        rest = &rest[c.len_utf8()..];
        match c {
            '\u{00A0}' | '\u{2007}' | '\u{202F}' | '\t' | '\u{2002}'..='\u{200A}' => out.push(' '),
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{2060}' => {}
            'ﬀ' => out.push_str("ff"),
            'ﬁ' => out.push_str("fi"),
            'ﬂ' => out.push_str("fl"),
            'ﬃ' => out.push_str("ffi"),
            'ﬄ' => out.push_str("ffl"),
            'ﬅ' | 'ﬆ' => out.push_str("st"),
            '\u{E000}'..='\u{F8FF}' | '•' | '▪' | '●' | '◦' | '·' if !seen_text => {
                bullet = true
            }
            '\u{E000}'..='\u{F8FF}' => {}
            '\r' | '\u{000C}' => {}
            c => {
                if !c.is_whitespace() {
                    seen_text = true;
                }
                out.push(c)
            }
        }
    }
    (collapse_spaces(&out), bullet)
}

/// Undo decoding damage that PDF text extraction leaves: compose combining accents
/// (`Kostic` + U+0301 → `Kostić`), and, where a font's encoding was read as Adobe
/// StandardEncoding instead of WinAnsi, map the glyphs back (`evacuØs` → `evacués`,
/// `ministeriºle` → `ministeriële`). The second repair is applied only between letters,
/// where these symbols never occur in Dutch.
pub fn repair_encoding(raw: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    const STANDARD_AS_WINANSI: &[(char, char)] = &[
        ('Ø', 'é'),
        ('º', 'ë'),
        ('Æ', 'á'),
        ('Ł', 'è'),
        ('Œ', 'ê'),
        ('ª', 'ã'),
        ('ı', 'õ'),
        ('ł', 'ø'),
        ('œ', 'ú'),
        ('æ', 'ñ'),
    ];
    // An acute accent that extraction turned into a middle dot after its letter.
    let raw = if raw.contains('·') {
        let mut fixed = String::with_capacity(raw.len());
        let mut prev_letter = false;
        let mut chars = raw.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '·' && prev_letter && chars.peek().is_none_or(|n| !n.is_alphanumeric()) {
                fixed.push('\u{301}');
            } else {
                fixed.push(c);
            }
            prev_letter = c.is_alphabetic();
        }
        std::borrow::Cow::Owned(fixed)
    } else {
        std::borrow::Cow::Borrowed(raw)
    };
    // Nearly all text is in NFC already; the quick check tells without composing.
    let composed: String = match unicode_normalization::is_nfc_quick(raw.chars()) {
        unicode_normalization::IsNormalized::Yes => raw.into_owned(),
        _ => raw.nfc().collect(),
    };
    if !composed
        .chars()
        .any(|c| STANDARD_AS_WINANSI.iter().any(|(bad, _)| *bad == c))
    {
        return composed;
    }
    let chars: Vec<char> = composed.chars().collect();
    let mut out = String::with_capacity(composed.len());
    for (i, &c) in chars.iter().enumerate() {
        let between_letters = i > 0
            && chars[i - 1].is_alphabetic()
            && chars
                .get(i + 1)
                .is_some_and(|n| n.is_alphabetic() || *n == ' ' || *n == '.');
        match STANDARD_AS_WINANSI.iter().find(|(bad, _)| *bad == c) {
            Some((_, good)) if between_letters => out.push(*good),
            _ => out.push(c),
        }
    }
    out
}

/// Trim and turn every run of spaces into one.
fn collapse_spaces(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// The lines of a text with the page each is on, from the form feeds that end its pages
/// (1 for the first page; 0 for every line of a text without any). A form feed that ends
/// a line, as zoek's PDF reader writes it ([`crate::read::pdf::PAGE_END`]), only counts;
/// one inside or before a line, as `pdftotext` writes it, also leaves a gap of blank
/// lines where it was, as before the pages were counted.
fn paged_lines(raw: &str) -> Vec<(&str, u32)> {
    if !raw.contains('\u{000C}') {
        return raw.lines().map(|l| (l, 0)).collect();
    }
    let mut out = Vec::new();
    let mut page = 1;
    for line in raw.lines() {
        let kept = line.trim_end_matches('\u{000C}');
        let ends = (line.len() - kept.len()) as u32;
        for (k, piece) in kept.split('\u{000C}').enumerate() {
            if k > 0 {
                page += 1;
                out.extend([("", page), ("", page)]);
            }
            out.push((piece, page));
        }
        page += ends;
    }
    out
}

/// Clean a plain-text (or PDF-extracted) document.
pub fn clean_text(raw: &str) -> CleanText {
    let mut lines: Vec<Line> = Vec::new();
    let raw = repair_encoding(raw);
    for (raw_line, page) in paged_lines(&raw) {
        let (text, bullet) = repair_chars(raw_line);
        let mut text = BOOKMARK.replace_all(&text, "").trim().to_string();
        let paragraph_start = lines.last().is_none_or(Line::is_blank);
        let dash_bullet = paragraph_start && (text.starts_with("- ") || text.starts_with("– "));
        if dash_bullet {
            text = text[text.find(' ').unwrap_or(0)..].trim().to_string();
        }
        let hint = if text.is_empty() {
            Hint::Blank
        } else if bullet || dash_bullet {
            Hint::Bullet
        } else {
            Hint::Plain
        };
        lines.push(Line {
            page,
            ..Line::new(text, hint)
        });
    }
    let headers = remove_furniture(&mut lines);
    let mut footnotes = lift_footnotes(&mut lines);
    lift_inline_footnotes(&mut lines, &mut footnotes);
    lift_typed_footnotes(&mut lines, &mut footnotes);
    CleanText {
        lines,
        footnotes,
        headers,
        reflowed: false,
    }
}

static KERNED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(\p{Lu}) (\p{Ll}{2,})\b").unwrap());
static SPACED_DOT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(Nr|nr|Blz|blz|Art|art) \.").unwrap());

/// A surname as it stands alone, its first particle capitalised: `van den Brink` after
/// a title or initials (`Minister van den Brink:`, `H.M. de Jonge`) is written `Van den
/// Brink`, `De Jonge` on its own, so one person has one spelling.
pub fn surname_case(name: &str) -> String {
    let mut c = name.chars();
    match c.next() {
        Some(first) if first.is_lowercase() => first.to_uppercase().chain(c).collect(),
        _ => name.to_string(),
    }
}

/// Undo kerning that split words in PDF extraction: `T weede Kamer` → `Tweede Kamer`,
/// `V ergaderjaar` → `Vergaderjaar`, `Nr . 330` → `Nr. 330`. A capital is joined to the
/// word after it only when together they are a Dutch word and the rest alone is not.
pub fn repair_kerning(line: &str) -> String {
    let line = SPACED_DOT.replace_all(line, "$1.");
    KERNED
        .replace_all(&line, |c: &regex::Captures| {
            let joined = format!("{}{}", &c[1], &c[2]);
            let lower = joined.to_lowercase();
            // Short joins (`A is` → `Ais`) are too easily words by accident.
            if lower.len() >= 5
                && crate::compound::is_word(&lower)
                && !crate::compound::is_word(&c[2])
            {
                joined
            } else {
                c[0].to_string()
            }
        })
        .into_owned()
}

/// Clean a plain text file: as [`clean_text`], and undo the kerning of a PDF's text
/// ([`repair_kerning`]), since a `.txt` is most often what a PDF reader (`pdftotext`, a
/// copy from a viewer) made of a PDF: `T weede Kamer … Nr . 330` is then the Kamerstuk
/// it names.
pub fn clean_plain(raw: &str) -> CleanText {
    let mut clean = clean_text(raw);
    for line in &mut clean.lines {
        if !line.is_blank() {
            line.text = repair_kerning(&line.text);
        }
    }
    clean
}

/// Clean the text of a PDF: as [`clean_text`], and then undo the reflow that typesetting
/// did. Published PDFs set headings run-in with the paragraph that follows
/// (`Europese terugkeerwetgeving Kan de minister …`) and let a question start in the
/// middle of a line, right after the previous answer's last sentence: headings get a
/// line of their own, and every sentence starts a line.
pub fn clean_pdf(raw: &str) -> CleanText {
    let mut clean = clean_text(raw);
    for line in &mut clean.lines {
        if !line.is_blank() {
            line.text = repair_kerning(&line.text);
        }
    }
    // Paragraphs: runs of lines, joined across page breaks where the sentence goes on;
    // each with the pages its lines start on, by where they start in its text.
    type Pages = Vec<(usize, u32)>;
    let mut paragraphs: Vec<(String, Hint, Pages)> = Vec::new();
    let mut gap = true;
    for line in &clean.lines {
        if line.is_blank() {
            gap = true;
            continue;
        }
        let starts_new = match paragraphs.last() {
            None => true,
            Some((text, ..)) => line.hint == Hint::Bullet || (gap && !continues(text, &line.text)),
        };
        if starts_new {
            paragraphs.push((line.text.clone(), line.hint, vec![(0, line.page)]));
        } else if let Some((text, _, pages)) = paragraphs.last_mut() {
            let at = text.len();
            join_wrapped(text, &line.text);
            pages.push((at, line.page));
        }
        gap = false;
    }
    let mut out: Vec<Line> = Vec::with_capacity(clean.lines.len());
    for (paragraph, hint, pages) in paragraphs {
        if !out.is_empty() {
            out.push(Line::new("", Hint::Blank));
        }
        // Mending split hyphens shortens the text by a few bytes at most: a sentence is
        // placed on the page of the line its start falls in, near enough.
        let paragraph = fix_split_hyphens(&paragraph);
        let page_at = |at: usize| {
            (pages.iter())
                .take_while(|(start, _)| *start <= at)
                .last()
                .map_or(0, |(_, page)| *page)
        };
        let mut from = 0;
        for (k, sentence) in split_sentences(&paragraph).into_iter().enumerate() {
            let hint = if k == 0 { hint } else { Hint::Plain };
            let at = paragraph[from..].find(&sentence).map_or(from, |i| from + i);
            from = at + sentence.len();
            let page = page_at(at);
            let line = |text: String, hint: Hint| Line {
                page,
                ..Line::new(text, hint)
            };
            match run_in_heading(&sentence) {
                Some((heading, rest)) => {
                    out.push(line(heading, Hint::Heading(0)));
                    out.push(line(rest, hint));
                }
                None => out.push(line(sentence, hint)),
            }
        }
    }
    clean.lines = out;
    clean.reflowed = true;
    clean
}

/// `Europese terugkeerwetgeving Kan de minister …` → the heading and the sentence.
fn run_in_heading(sentence: &str) -> Option<(String, String)> {
    let c = RUN_IN_HEADING.captures(sentence)?;
    let heading = c["h"].to_string();
    let last = heading.rsplit(' ').next().unwrap_or("").to_lowercase();
    let is_heading = !heading.starts_with("Antwoord")
        && !heading.starts_with("Vragen en opmerkingen")
        && !heading.starts_with("Vraag")
        && ![
            "de", "het", "een", "van", "en", "op", "in", "te", "met", "voor", "dat", "die", "of",
        ]
        .contains(&last.as_str());
    is_heading.then(|| (heading, c["s"].to_string()))
}

static RUN_IN_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?P<h>\p{Lu}[\p{L}\d’'-]*(?: [\p{L}\d’'&–-]+){0,10}) (?P<s>(?:(?:De|Deze) leden|Het lid|Kan|Acht|Wat|Hoe|Welke|Waarom|Wanneer|Is|Zijn|Wordt|Worden|Heeft|Hebben|Deelt|Klopt|Op welke|In hoeverre|Bent|Ziet|Erkent|Gaat)\b.*)$",
    )
    .unwrap()
});

/// Words after which a full stop does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "jl", "nr", "nrs", "art", "artt", "blz", "bijv", "mr", "dr", "drs", "ir", "prof", "mw", "dhr",
    "ca", "resp", "vgl", "zgn", "incl", "excl", "min", "max", "red", "o.a", "a.s", "d.d", "t.a.v",
    "m.b.t", "i.v.m", "z.s.m", "e.d", "etc",
];

/// Split a line at sentence ends: `.`, `?` or `!` (with any closing quote, bracket or
/// footnote marker) followed by a space and a capital.
pub fn split_sentences(line: &str) -> Vec<String> {
    let chars: Vec<(usize, char)> = line.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    for k in 0..chars.len() {
        let (i, c) = chars[k];
        if c != ' ' || k == 0 || k + 1 >= chars.len() {
            continue;
        }
        let next = chars[k + 1].1;
        if !(next.is_uppercase() || next == '‘' || next == '“') {
            continue;
        }
        let before = &line[start..i];
        let trimmed = before
            .trim_end_matches(['’', '”', ')', '\'', NOTE_END])
            .trim_end_matches(|c: char| c.is_ascii_digit() || c == NOTE_START);
        let Some(end) = trimmed.chars().last() else {
            continue;
        };
        if !matches!(end, '.' | '?' | '!') {
            continue;
        }
        if end == '.' {
            let word = trimmed[..trimmed.len() - 1]
                .rsplit(' ')
                .next()
                .unwrap_or("");
            let bare = word.trim_start_matches(['(', '‘', '“']);
            if bare.chars().count() < 3 && !bare.chars().all(char::is_lowercase)
                || ABBREVIATIONS.contains(&bare.to_lowercase().as_str())
                || bare.chars().filter(|&c| c == '.').count() >= 1
            {
                continue;
            }
        }
        out.push(line[start..i].trim().to_string());
        start = i + 1;
    }
    out.push(line[start..].trim().to_string());
    out.retain(|s| !s.is_empty());
    out
}

/// Clean a Markdown document: headings, bold paragraphs, lists, links and `<sup>` footnotes.
pub fn clean_markdown(raw: &str) -> CleanText {
    let mut lines: Vec<Line> = Vec::new();
    let mut footnotes = BTreeMap::new();
    let mut in_bold = false;
    let mut last_note: Option<u32> = None;
    for (raw_line, page) in paged_lines(raw) {
        let (text, _) = repair_chars(raw_line);
        let mut text = text.trim_start_matches('>').trim().to_string();
        if text.is_empty() || text.chars().all(|c| c == '-' || c == '*' || c == '_') {
            // Blank line, or a horizontal rule (page break in converted documents).
            in_bold = false;
            last_note = None;
            lines.push(Line {
                page,
                ..Line::new("", Hint::Blank)
            });
            continue;
        }
        if let Some(c) = MD_SUP_DEF.captures(&text) {
            let n: u32 = c[1].parse().unwrap_or(0);
            footnotes.insert(n, strip_inline_markdown(&c[2]));
            last_note = Some(n);
            continue;
        }
        if let Some(n) = last_note {
            // Continuation of a footnote definition.
            if let Some(note) = footnotes.get_mut(&n) {
                note.push(' ');
                note.push_str(&strip_inline_markdown(&text));
            }
            continue;
        }
        let mut hint = Hint::Plain;
        let hashes = text.chars().take_while(|&c| c == '#').count();
        if hashes > 0 && text[hashes..].starts_with(' ') {
            hint = Hint::Heading(hashes as u8);
            text = text[hashes..].trim().to_string();
        } else if let Some(rest) = text
            .strip_prefix("- ")
            .or_else(|| text.strip_prefix("* "))
            .or_else(|| text.strip_prefix("+ "))
        {
            hint = Hint::Bullet;
            text = rest.trim().to_string();
        }
        if let Hint::Heading(_) = hint
            && let Some(prev) = lines.iter().rev().find(|l| !l.is_blank())
            && !matches!(prev.hint, Hint::Heading(_))
            && !prev.text.trim_end().ends_with(['.', '?', '!', ':'])
        {
            // A page break fell mid-sentence and the converter took the next line for a heading.
            hint = prev.hint;
        }
        if hint == Hint::Plain && (in_bold || text.starts_with("**")) {
            let starts = text.starts_with("**");
            let closes = text.trim_end().ends_with("**") && (text.len() > 2 || !starts);
            if starts || in_bold {
                hint = Hint::Bold;
                in_bold = !closes;
            }
        }
        let text = MD_SUP.replace_all(&text, |c: &regex::Captures| {
            format!("{NOTE_START}{}{NOTE_END}", &c[1])
        });
        let text = strip_inline_markdown(&text);
        if text.is_empty() {
            continue;
        }
        lines.push(Line {
            page,
            ..Line::new(text, hint)
        });
    }
    lift_typed_footnotes(&mut lines, &mut footnotes);
    CleanText {
        lines,
        footnotes,
        headers: Vec::new(),
        reflowed: false,
    }
}

/// Remove inline Markdown and HTML: emphasis markers, links (kept as their text), tags.
fn strip_inline_markdown(s: &str) -> String {
    let s = MD_LINK.replace_all(s, "$1");
    let s = BOOKMARK.replace_all(&s, "");
    let s = HTML_TAG.replace_all(&s, "");
    let s = s.replace("**", "").replace("__", "").replace("\\", "");
    collapse_spaces(&s)
}

/// Blank out running headers and page numbers; returns the distinct headers removed.
fn remove_furniture(lines: &mut [Line]) -> Vec<String> {
    let mut headers: Vec<String> = Vec::new();
    let n = lines.len();
    // A running header is either in the Kamerstuk form, or a line repeated on several
    // pages word for word that is not a sentence (`Tweede Kamer, JBZ-Raad d.d. … — Concept`).
    let mut seen: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for l in lines.iter().filter(|l| l.text.len() >= 20) {
        *seen.entry(l.text.as_str()).or_insert(0) += 1;
    }
    let repeated: std::collections::HashSet<String> = seen
        .into_iter()
        .filter(|(t, count)| *count >= 3 && !t.ends_with(['.', ':', '?', '!', ',', ';']))
        .map(|(t, _)| t.to_string())
        .collect();
    let is_header: Vec<bool> = lines
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let page_top = i == 0
                || (i >= 2 && lines[i - 1].is_blank() && lines[i - 2].is_blank())
                || (i.saturating_sub(3)..i).any(|j| PAGE_NUMBER.is_match(&lines[j].text));
            RUNNING_HEADER.is_match(&l.text)
                || FOOTER.is_match(&l.text)
                || (repeated.contains(&l.text) && page_top)
        })
        .collect();
    for i in 0..n {
        if is_header[i] {
            if !headers.contains(&lines[i].text) {
                headers.push(lines[i].text.clone());
            }
            lines[i] = Line::new("", Hint::Blank);
            continue;
        }
        if PAGE_NUMBER.is_match(&lines[i].text) {
            let near_header = (i.saturating_sub(3)..(i + 4).min(n)).any(|j| is_header[j]);
            let blanks_before = (0..i).rev().take_while(|&j| lines[j].is_blank()).count();
            let blanks_after = (i + 1..n).take_while(|&j| lines[j].is_blank()).count();
            let in_gap = (blanks_before >= 1 && blanks_after >= 2)
                || (blanks_before >= 2 && blanks_after >= 1);
            if near_header || in_gap || (i + 1 == n) {
                lines[i] = Line::new("", Hint::Blank);
            }
        }
    }
    headers
}

/// Find footnotes at page bottoms, remove them from the text, and mark their references.
///
/// A footnote is recognized by its number: footnotes are numbered in sequence through
/// a document, each starts a line after an empty line, and its reference is the same
/// number glued to the end of a word earlier in the text (`migratiesamenwerking1.`).
fn lift_footnotes(lines: &mut [Line]) -> BTreeMap<u32, String> {
    let mut notes = BTreeMap::new();
    let mut next: u32 = 1;
    let mut i = 0;
    while i < lines.len() {
        let mut candidate = FOOTNOTE_LINE.captures(&lines[i].text).and_then(|c| {
            let n: u32 = c[1].parse().ok()?;
            Some((n, c[2].to_string()))
        });
        // The number alone on its line, the note on the next, then the page ends.
        let mut bare = false;
        if candidate.is_none()
            && PAGE_NUMBER.is_match(&lines[i].text)
            && let Some(note) = lines.get(i + 1).filter(|l| !l.is_blank())
            && (i + 2 >= lines.len()
                || (lines[i + 2].is_blank() && lines.get(i + 3).is_none_or(Line::is_blank)))
        {
            candidate = lines[i].text.parse().ok().map(|n| (n, note.text.clone()));
            bare = true;
        }
        let after_blank = i > 0 && lines[i - 1].is_blank();
        if let Some((n, first)) = candidate
            && after_blank
            && n + 5 >= next
            && mark_reference(lines, i, n)
        {
            let mut text = first;
            lines[i] = Line::new("", Hint::Blank);
            let mut j = i + 1;
            if bare {
                lines[j] = Line::new("", Hint::Blank);
                j += 1;
            }
            while j < lines.len()
                && !lines[j].is_blank()
                && !FOOTNOTE_LINE.is_match(&lines[j].text)
                && (!text.ends_with('.') || BARE_URL.is_match(&lines[j].text))
            {
                join_wrapped(&mut text, &lines[j].text);
                lines[j] = Line::new("", Hint::Blank);
                j += 1;
            }
            // A link annotation repeats the footnote's URL on a line of its own.
            let mut k = j;
            while k < lines.len() && lines[k].is_blank() {
                k += 1;
            }
            if k < lines.len() && BARE_URL.is_match(&lines[k].text) {
                lines[k] = Line::new("", Hint::Blank);
            }
            // PDF extraction can run the next footnote onto the same line.
            let mut n = n;
            loop {
                let following = format!(" {} ", n + 1);
                let split = text.find(&following).filter(|&at| {
                    text[..at].ends_with(['.', ',', ';'])
                        && text[at + following.len()..].starts_with(char::is_uppercase)
                });
                match split {
                    Some(at) if mark_reference(lines, i, n + 1) => {
                        let rest = text[at + following.len()..].to_string();
                        text.truncate(at);
                        notes.insert(n, std::mem::replace(&mut text, rest));
                        n += 1;
                    }
                    _ => break,
                }
            }
            notes.insert(n, text);
            next = n + 1;
            i = j;
            continue;
        }
        i += 1;
    }
    notes
}

static BRACKET_NOTE_DEF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:\[(\d{1,2})\]|(\d{1,2})\))\s+(\S.*)$").unwrap());

/// Footnotes typed as text, as ministry letters do: references `geraakt[1]`,
/// `omgekomen [2]`, `(nos.nl)”1)`, and the notes listed after the text, `[1] https://…`
/// or `1) https://…` (several may share a line). Only numbers listed as notes are taken.
fn lift_typed_footnotes(lines: &mut [Line], notes: &mut BTreeMap<u32, String>) {
    // The notes: lines that start with `[N]` or `N)`, split where the next number begins.
    let mut found: BTreeMap<u32, String> = BTreeMap::new();
    let mut bracketed = false;
    for line in lines.iter_mut() {
        let Some(c) = BRACKET_NOTE_DEF.captures(&line.text) else {
            continue;
        };
        let square = c.get(1).is_some();
        let Some(first) = c
            .get(1)
            .or(c.get(2))
            .and_then(|m| m.as_str().parse::<u32>().ok())
        else {
            continue;
        };
        let mut rest = c[3].to_string();
        let mut n = first;
        loop {
            let next = if square {
                format!(" [{}] ", n + 1)
            } else {
                format!(" {}) ", n + 1)
            };
            match rest.find(&next) {
                Some(at) => {
                    found.insert(n, rest[..at].trim().to_string());
                    rest = rest[at + next.len()..].to_string();
                    n += 1;
                }
                None => break,
            }
        }
        found.insert(n, rest.trim().to_string());
        bracketed |= square;
        line.text.clear();
        line.hint = Hint::Blank;
    }
    if found.is_empty() {
        return;
    }
    // A reference to a note missing from the list (`[3]` when the list skips it) is
    // dropped from the text all the same.
    let max = found.keys().max().copied().unwrap_or(0);
    if bracketed {
        for line in lines.iter_mut().filter(|l| !l.is_blank()) {
            for n in 1..=max {
                if !found.contains_key(&n) {
                    line.text = line
                        .text
                        .replace(&format!(" [{n}]"), "")
                        .replace(&format!("[{n}]"), "");
                }
            }
        }
    }
    for line in lines.iter_mut().filter(|l| !l.is_blank()) {
        for n in found.keys() {
            let forms = if bracketed {
                vec![format!(" [{n}]"), format!("[{n}]")]
            } else {
                vec![format!("{n})")]
            };
            for form in forms {
                if let Some(at) = line.text.find(&form) {
                    // `N)` only glued to the word or quote before it, never `(zie 1)`.
                    if !bracketed && (at == 0 || line.text[..at].ends_with(' ')) {
                        continue;
                    }
                    line.text
                        .replace_range(at..at + form.len(), &format!("{NOTE_START}{n}{NOTE_END}"));
                    break;
                }
            }
        }
    }
    notes.extend(found);
}

/// Word exports put footnotes inline: `woord[footnoteRef:2]. [2: Tweede Kamer, …]`.
fn lift_inline_footnotes(lines: &mut [Line], notes: &mut BTreeMap<u32, String>) {
    for line in lines.iter_mut() {
        if !line.text.contains('[') {
            continue;
        }
        let mut text = WORD_NOTE_DEF
            .replace_all(&line.text, |c: &regex::Captures| {
                if let Ok(n) = c[1].parse() {
                    notes.insert(n, c[2].trim().to_string());
                }
                String::new()
            })
            .into_owned();
        text = WORD_NOTE_REF
            .replace_all(&text, format!("{NOTE_START}$1{NOTE_END}"))
            .into_owned();
        line.text = text.trim().to_string();
        if line.text.is_empty() {
            line.hint = Hint::Blank;
        }
    }
}

/// Join a wrapped continuation line onto text, repairing hyphenation.
///
/// A hyphen at a line end between two lowercase letters is typesetting
/// (`verant-`/`woordelijkheid`) and goes, unless Dutch spelling needs it there: between
/// two vowels that would otherwise read as one sound (`zee-egel`), or after a prefix that
/// always takes one (`niet-`, `ex-`). A hyphen after a capital is part of a compound and
/// stays (`EU-`/`grondgebied`, `WK-`/`documenten`); a suspended hyphen before `en`/`of`
/// keeps its space (`asiel-`/`en migratiebeleid`).
pub fn join_wrapped(text: &mut String, next: &str) {
    if text.is_empty() {
        text.push_str(next);
        return;
    }
    if text.ends_with('-') && !text.ends_with(" -") && !suspended(next) {
        if is_syllable_break(&text[..text.len() - 1], next) {
            text.pop();
        }
    } else {
        text.push(' ');
    }
    text.push_str(next);
}

/// Prefixes that Dutch writes with a hyphen before a lowercase word.
const HYPHEN_PREFIXES: &[&str] = &[
    "niet", "ex", "oud", "vice", "zelf", "non", "semi", "pseudo", "extra", "top", "ad", "hoofd",
];

/// Abbreviations Dutch writes in lowercase. In a compound an abbreviation keeps its
/// hyphen (`lhbti-vluchtelingen`, `azc-bewoners`, `cao-overleg`), so a hyphen after one
/// at a line end is no syllable break.
const LOWERCASE_ABBREVIATIONS: &[&str] = &[
    "lhbt", "lhbti", "lhbtiq", "azc", "pgb", "cao", "btw", "zzp", "ggz", "ggd", "mbo", "hbo",
    "vmbo", "havo", "vwo", "wo", "po", "vo", "ov", "tbs", "boa", "wmo", "wlz", "awbz", "bsn",
    "amv", "ama", "ivf", "ic", "ozb", "woz", "aow", "ww", "wia", "wajong", "vve",
];

/// Is a hyphen between `before` and `after` a line-end syllable break?
fn is_syllable_break(before: &str, after: &str) -> bool {
    let (Some(last), Some(first)) = (before.chars().last(), after.chars().next()) else {
        return false;
    };
    if !last.is_lowercase() || !first.is_lowercase() {
        return false;
    }
    let vowel = |c: char| "aeiouy".contains(c);
    if vowel(last) && vowel(first) {
        return false;
    }
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    // A word already joined by hyphens goes on with one (`veilig-derde-land-`/`concept`).
    let hyphenated = before[..before.len() - word.len()].ends_with('-');
    let word = word.to_lowercase();
    !hyphenated
        && !HYPHEN_PREFIXES.contains(&word.as_str())
        && !LOWERCASE_ABBREVIATIONS.contains(&word.as_str())
}

/// Is `next` the word after a suspended hyphen (`asiel- en migratiebeleid`)?
fn suspended(next: &str) -> bool {
    let first_word: String = next.chars().take_while(|c| c.is_alphanumeric()).collect();
    matches!(
        first_word.as_str(),
        "en" | "of" | "tot" | "noch" | "als" | "dan"
    )
}

static SPLIT_HYPHEN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(\p{L})- (\p{L}[\p{L}-]*)").unwrap());

/// Repair compounds that PDF extraction split at a line end (`EU- grondgebied`).
fn fix_split_hyphens(s: &str) -> String {
    SPLIT_HYPHEN
        .replace_all(s, |c: &regex::Captures| {
            let before = &s[..c.get(1).map(|m| m.end()).unwrap_or(0)];
            if suspended(&c[2])
                || c[2].starts_with(|ch: char| ch.is_uppercase())
                    && c[1].chars().all(char::is_lowercase)
            {
                format!("{}- {}", &c[1], &c[2])
            } else if is_syllable_break(before, &c[2]) {
                format!("{}{}", &c[1], &c[2])
            } else {
                format!("{}-{}", &c[1], &c[2])
            }
        })
        .into_owned()
}

/// Put a footnote marker where footnote `n` is referenced: the last occurrence,
/// before line `before`, of `n` glued to a word, punctuation or year (a year standing
/// alone: the `20001` of a case number `2024Z20001` is no year with a `1` glued to it).
fn mark_reference(lines: &mut [Line], before: usize, n: u32) -> bool {
    // The patterns of the numbers footnotes usually have, compiled once per thread:
    // documents call this for every line that may start a footnote, and a pattern with
    // Unicode classes is costly to build. A larger number (a page number taken for a
    // footnote's) is compiled each time, so the kept patterns stay few.
    const KEPT: u32 = 64;
    thread_local! {
        static PATTERNS: std::cell::RefCell<std::collections::HashMap<u32, Regex>> =
            Default::default();
    }
    let num = n.to_string();
    let compile = || {
        Regex::new(&format!(
            r"(?:[\p{{L}}.,;:?!)’”»'\x22]|(?:^|[^\p{{L}}\d])(?:19|20)\d\d)({num})(?:[\s.,;:?!)]|$)|[.;:] ({num})\s*$"
        ))
        .expect("valid footnote pattern")
    };
    let re = match n < KEPT {
        true => PATTERNS.with(|p| p.borrow_mut().entry(n).or_insert_with(compile).clone()),
        false => compile(),
    };
    let lo = before.saturating_sub(120);
    for i in (lo..before).rev() {
        if lines[i].is_blank() {
            continue;
        }
        if let Some(m) = re
            .captures_iter(&lines[i].text)
            .last()
            .and_then(|c| c.get(1).or_else(|| c.get(2)))
        {
            let (a, b) = (m.start(), m.end());
            let mut text = String::with_capacity(lines[i].text.len() + 4);
            text.push_str(&lines[i].text[..a]);
            text.push(NOTE_START);
            text.push_str(&num);
            text.push(NOTE_END);
            text.push_str(&lines[i].text[b..]);
            lines[i].text = text;
            return true;
        }
    }
    false
}

/// Take the footnote markers out of a text, returning the text and the numbers found.
pub fn take_note_markers(text: &str) -> (String, Vec<u32>) {
    let mut out = String::with_capacity(text.len());
    let mut numbers = Vec::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == NOTE_START {
            let num: String = chars.by_ref().take_while(|&c| c != NOTE_END).collect();
            if let Ok(n) = num.parse() {
                numbers.push(n);
            }
        } else {
            out.push(c);
        }
    }
    (out, numbers)
}

/// Join lines into paragraphs: lines of one paragraph are joined with spaces (repairing
/// hyphenation), paragraphs are separated by an empty line. A blank gap (a page break)
/// between a line that does not end a sentence and one that starts in lowercase is a
/// paragraph continuing on the next page, not a new paragraph.
pub fn reflow<'a>(lines: impl IntoIterator<Item = &'a Line>) -> String {
    let mut paragraphs: Vec<String> = Vec::new();
    let mut current = String::new();
    let mut gap = false;
    for line in lines {
        if line.is_blank() {
            gap = true;
            continue;
        }
        let text = line.text.as_str();
        let new_paragraph = if gap {
            !continues(&current, text)
        } else {
            line.hint == Hint::Bullet
        };
        if !current.is_empty() && new_paragraph {
            paragraphs.push(std::mem::take(&mut current));
        }
        gap = false;
        join_wrapped(&mut current, text);
    }
    if !current.is_empty() {
        paragraphs.push(current);
    }
    fix_split_hyphens(&paragraphs.join("\n\n"))
}

/// Does `next` continue the sentence that `text` leaves open?
pub fn continues(text: &str, next: &str) -> bool {
    let last = text.trim_end().chars().last().unwrap_or('.');
    let open = !matches!(last, '.' | '?' | '!' | ':' | ';') && !text.ends_with(NOTE_END);
    let starts_lower = next
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase() || c == '(');
    open && (starts_lower || last == ',' || last == '-')
}

/// The first words of a text on one line, at most `max` characters, cut at a word with
/// `…` where it goes on: what a list of hits or a feed item shows of a passage.
pub fn first_words(s: &str, max: usize) -> String {
    let line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    match line.char_indices().nth(max) {
        None => line,
        Some((at, _)) => {
            let cut = &line[..at];
            format!("{}…", cut.rsplit_once(' ').map(|(a, _)| a).unwrap_or(cut))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_words_cut_at_a_word() {
        assert_eq!(first_words("een  twee\ndrie", 20), "een twee drie");
        assert_eq!(first_words("een twee drie", 7), "een…");
        assert_eq!(first_words("coördinatie", 4), "coör…");
    }

    fn texts(c: &CleanText) -> Vec<&str> {
        c.lines
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| l.text.as_str())
            .collect()
    }

    #[test]
    fn pages_are_counted_from_form_feeds() {
        // As zoek's PDF reader writes them: at the end of a page's last line.
        let zoek = clean_text("Vraag 1\nEerste vraag?\u{000C}\nAntwoord 1\nJa.\u{000C}\n");
        let pages: Vec<(&str, u32)> = (zoek.lines.iter())
            .filter(|l| !l.is_blank())
            .map(|l| (l.text.as_str(), l.page))
            .collect();
        assert_eq!(
            pages,
            [
                ("Vraag 1", 1),
                ("Eerste vraag?", 1),
                ("Antwoord 1", 2),
                ("Ja.", 2)
            ]
        );
        // As `pdftotext` writes them: before the next page's first line, which keeps
        // its gap of blank lines.
        let pdftotext = clean_text("Eerste vraag?\n\u{000C}Antwoord 1\n");
        let lines: Vec<(&str, u32)> = (pdftotext.lines.iter())
            .map(|l| (l.text.as_str(), l.page))
            .collect();
        assert_eq!(
            lines,
            [
                ("Eerste vraag?", 1),
                ("", 1),
                ("", 2),
                ("", 2),
                ("Antwoord 1", 2)
            ]
        );
        // A text without form feeds has no pages.
        assert!(
            clean_text("Vraag 1\nJa.\n")
                .lines
                .iter()
                .all(|l| l.page == 0)
        );
    }

    #[test]
    fn a_sentence_of_a_pdf_is_on_the_page_where_it_starts() {
        // A question that starts mid-line, on the page after the answer before it.
        let pdf = clean_pdf(
            "Het kabinet zet zich in voor een werkbaar stelsel en bespreekt dit in de\u{000C}\n\
             Raad. Hoe zal de minister borgen dat Nederland niet betaalt?\n",
        );
        let pages: Vec<(&str, u32)> = (pdf.lines.iter())
            .filter(|l| !l.is_blank())
            .map(|l| (l.text.as_str(), l.page))
            .collect();
        assert_eq!(
            pages,
            [
                (
                    "Het kabinet zet zich in voor een werkbaar stelsel en bespreekt dit in de Raad.",
                    1
                ),
                ("Hoe zal de minister borgen dat Nederland niet betaalt?", 2),
            ]
        );
    }

    #[test]
    fn running_headers_and_page_numbers_are_removed() {
        let raw = "bij het initiatief\n\n1\n\nTweede Kamer, vergaderjaar 2025–2026, 32 317, nr. 974\n\nvan Denemarken";
        let c = clean_text(raw);
        assert_eq!(texts(&c), vec!["bij het initiatief", "van Denemarken"]);
        assert_eq!(reflow(&c.lines), "bij het initiatief van Denemarken");
    }

    #[test]
    fn footnotes_become_notes_and_markers() {
        let raw = "vormen van migratiesamenwerking1. \n \nSolidariteit\nvan de balans \n\n \n1 Tweede Kamer, vergaderjaar 2024-2025, 32 317, nr. 967 \n\n\n\ntussen verantwoordelijkheid";
        let c = clean_text(raw);
        assert_eq!(
            c.footnotes.get(&1).unwrap(),
            "Tweede Kamer, vergaderjaar 2024-2025, 32 317, nr. 967"
        );
        let flowed = reflow(&c.lines);
        let (text, notes) = take_note_markers(&flowed);
        assert_eq!(notes, vec![1]);
        assert!(
            text.starts_with("vormen van migratiesamenwerking."),
            "{text}"
        );
        assert!(
            text.ends_with("van de balans tussen verantwoordelijkheid"),
            "{text}"
        );
    }

    #[test]
    fn footnote_glued_to_a_year() {
        let raw = "kennisgenomen van de brief van 25 november 20253 waarbij de regering\n\n3 Kamerstukken I 2025/26, 32 317, PT.\n";
        let c = clean_text(raw);
        let (text, notes) = take_note_markers(&reflow(&c.lines));
        assert_eq!(notes, vec![3]);
        assert_eq!(
            text,
            "kennisgenomen van de brief van 25 november 2025 waarbij de regering"
        );
    }

    #[test]
    fn sentences_split_but_not_at_abbreviations() {
        assert_eq!(
            split_sentences("Zie antwoord op de vorige vraag. Hoe verhoudt de inzet op een"),
            vec![
                "Zie antwoord op de vorige vraag.",
                "Hoe verhoudt de inzet op een"
            ]
        );
        assert_eq!(
            split_sentences("op 2 oktober jl. Een verklaring en M.H.M. Faber zei"),
            vec!["op 2 oktober jl. Een verklaring en M.H.M. Faber zei"]
        );
        assert_eq!(
            split_sentences("realistisch is? Het is"),
            vec!["realistisch is?", "Het is"]
        );
    }

    #[test]
    fn run_in_headings_get_their_own_line() {
        let c = clean_pdf(
            "vorige zin.\n\nEuropese terugkeerwetgeving Kan de minister het zogenoemde\nDeense compromisvoorstel?",
        );
        let t: Vec<&str> = c
            .lines
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| l.text.as_str())
            .collect();
        assert_eq!(
            t,
            vec![
                "vorige zin.",
                "Europese terugkeerwetgeving",
                "Kan de minister het zogenoemde Deense compromisvoorstel?"
            ]
        );
        assert_eq!(c.lines[2].hint, Hint::Heading(0));
    }

    #[test]
    fn repeated_page_headers_and_dash_bullets() {
        let page = "Tweede Kamer, JBZ-Raad d.d. 5-6 maart 2026 — Concept\ntekst van de pagina\n\n- De minister stuurt\nde brief.\n\n7\n\n\n";
        let c = clean_text(&page.repeat(3));
        assert!(
            c.lines
                .iter()
                .all(|l| !l.text.contains("Concept") && l.text != "7"),
            "{:?}",
            c.lines
        );
        assert!(
            c.lines
                .iter()
                .any(|l| l.hint == Hint::Bullet && l.text == "De minister stuurt")
        );
    }

    #[test]
    fn encoding_damage_is_repaired() {
        assert_eq!(
            repair_encoding("Nederlandse evacuØs en ministeriºle regeling"),
            "Nederlandse evacués en ministeriële regeling"
        );
        assert_eq!(repair_encoding("Kostic\u{301}"), "Kostić");
        assert_eq!(repair_encoding("en Kostic· (PvdD)"), "en Kostić (PvdD)");
        assert_eq!(repair_encoding("prijs Ø 5"), "prijs Ø 5");
    }

    #[test]
    fn aanhangsel_furniture_and_bare_footnotes() {
        let raw = "verwacht in het\n\n\n\n\n1\n    Rechtbank Oost-Brabant, 18 november 2024.\n\n\n\n\nah-tk-20242025-1034\nISSN 0921 - 7398\n’s-Gravenhage 2025\nTweede Kamer, vergaderjaar 2024–2025, Aanhangsel\n\nvoorjaar een besluit.";
        let c = clean_text(&format!("de wet werd geacht?1\n\n{raw}"));
        assert_eq!(
            c.footnotes.get(&1).map(String::as_str),
            Some("Rechtbank Oost-Brabant, 18 november 2024.")
        );
        let (text, notes) = take_note_markers(&reflow(&c.lines));
        assert_eq!(notes, vec![1]);
        assert_eq!(
            text,
            "de wet werd geacht?\n\nverwacht in het voorjaar een besluit."
        );
    }

    #[test]
    fn kerning_is_repaired() {
        assert_eq!(
            repair_kerning("T weede Kamer, V ergaderjaar 2015, Nr . 330"),
            "Tweede Kamer, Vergaderjaar 2015, Nr. 330"
        );
        assert_eq!(
            repair_kerning("De Kamer en A is een letter"),
            "De Kamer en A is een letter"
        );
    }

    #[test]
    fn extraction_damage_is_repaired() {
        let (t, bullet) = repair_chars("\u{F0B7} De ﬁnanciële\u{00A0}bij\u{00AD}drage  van  de");
        assert!(bullet);
        assert_eq!(t, "De financiële bijdrage van de");
    }

    #[test]
    fn hyphen_at_line_end_joins_the_word() {
        let c = clean_text(
            "buiten het EU-\ngrondgebied en het asiel-\nen migratiebeleid, de verant-\nwoordelijkheid, zee-\negel en niet-\nnakomen",
        );
        assert_eq!(
            reflow(&c.lines),
            "buiten het EU-grondgebied en het asiel- en migratiebeleid, de verantwoordelijkheid, zee-egel en niet-nakomen"
        );
    }

    #[test]
    fn hyphen_at_line_end_stays_after_an_abbreviation_or_in_a_hyphenated_word() {
        let c = clean_text(
            "landen waar veel lhbti-
vluchtelingen vandaan komen, de azc-
bewoners, het veilig-derde-land-
concept en het terugkeerhub-
concept",
        );
        assert_eq!(
            reflow(&c.lines),
            "landen waar veel lhbti-vluchtelingen vandaan komen, de azc-bewoners, het veilig-derde-land-concept en het terugkeerhubconcept"
        );
    }

    #[test]
    fn markdown_bold_headings_and_footnotes() {
        let md = "### **Vragen en opmerkingen van de leden van de PVV-fractie**\n\nKan de minister?\n\n#### **Antwoord**\n\n**Het kabinet<sup>2</sup> is van mening\ndat het kan.**\n\n---\n\n<sup>2</sup> Kamerstukken II, 2024-25, 32 317, nr. 907.\n\n**Verder.**";
        let c = clean_markdown(md);
        let l: Vec<(&str, Hint)> = c
            .lines
            .iter()
            .filter(|l| !l.is_blank())
            .map(|l| (l.text.as_str(), l.hint))
            .collect();
        assert_eq!(
            l[0],
            (
                "Vragen en opmerkingen van de leden van de PVV-fractie",
                Hint::Heading(3)
            )
        );
        assert_eq!(l[1], ("Kan de minister?", Hint::Plain));
        assert_eq!(l[2], ("Antwoord", Hint::Heading(4)));
        assert_eq!(l[3].1, Hint::Bold);
        assert_eq!(l[4], ("dat het kan.", Hint::Bold));
        assert_eq!(l[5], ("Verder.", Hint::Bold));
        assert_eq!(
            c.footnotes.get(&2).unwrap(),
            "Kamerstukken II, 2024-25, 32 317, nr. 907."
        );
        let (t, n) = take_note_markers(l[3].0);
        assert_eq!((t.as_str(), n), ("Het kabinet is van mening", vec![2]));
    }
}
