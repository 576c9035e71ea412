//! The query language users type: words, `"phrases"`, `-exclusions` and `field:value` filters.

use crate::error::{Error, Result};
use crate::meta;
use crate::passage::PassageKind;
use serde::Serialize;

/// Filters that restrict which passages can match. All are applied inside the query,
/// before ranking, so no match is lost to a top-N cut.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Filters {
    /// Only passages of this fractie (any spelling: `GL-PvdA` finds `GroenLinks-PvdA`).
    pub fractie: Option<String>,
    /// Only passages answered by (or spoken by) this minister; every word must match.
    pub minister: Option<String>,
    /// Only passages of this speaker.
    pub speaker: Option<String>,
    /// Only this Kamerstuk (`32317-974`) or dossier (`32317`).
    pub kamerstuk: Option<String>,
    /// Only this kind.
    pub kind: Option<PassageKind>,
    /// Only this chamber (`Tweede Kamer`, `tk`, `Eerste Kamer`, `ek`).
    pub chamber: Option<String>,
    /// Only passages of this kind of document (`brief`, `besluitenlijst`, `motie`, …).
    pub doctype: Option<String>,
    /// Only passages of this vergaderjaar (`2024-2025`; typed also `2024/25`, `2024–2025`).
    pub vergaderjaar: Option<String>,
    /// Only passages dated on or after this ISO date. Passages without a date match when
    /// their whole vergaderjaar lies inside the range.
    pub from: Option<String>,
    /// Only passages dated on or before this ISO date.
    pub to: Option<String>,
    /// Only questions that no passage of the index answers: none in their own document
    /// nor in another (Kamervragen answered later, a voorlopig verslag answered by its
    /// memorie van antwoord), and no notice of the minister's that they were answered
    /// by letter. A notice that the answer comes late leaves them open.
    pub open: bool,
}

/// A parsed query.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ParsedQuery {
    /// Plain words: passages with more of them rank first.
    pub words: Vec<String>,
    /// How many of `words`, from the first, were typed as plain words, in their order.
    /// The words after them are those of a quoted phrase taken apart, to fill a page the
    /// phrase could not: their neighbours were the phrase's, not the query's.
    pub typed: usize,
    /// Quoted phrases: each must occur.
    pub phrases: Vec<String>,
    /// Words and phrases that must not occur.
    pub excluded: Vec<String>,
    /// Filters given in the query text (`fractie:BBB`).
    pub filters: Filters,
    /// Kamerstuk numbers typed among the words (`32317-974`, `Kamerstuk 32317, nr. 974`,
    /// `kst-32317-974`), normalized: passages of that Kamerstuk, or citing it, match.
    pub kamerstukken: Vec<String>,
    /// Document identifiers typed among the words (`h-tk-20172018-70-8`,
    /// `ah-tk-20232024-1292`, the case number `2023Z14759`), lowercased: the passages of
    /// the document that goes by it, or holding it in their text, match.
    pub identifiers: Vec<String>,
    /// With [`Filters::open`], the open questions as the search found them, by id and
    /// source; `None` until then.
    pub open_questions: Option<std::sync::Arc<Vec<(String, String)>>>,
}

impl Filters {
    /// Set a filter by name, validating its value. Names: `fractie`, `minister`,
    /// `speaker`/`spreker`, `kamerstuk`/`dossier`, `kind`/`soort`, `chamber`/`kamer`,
    /// `from`/`van`, `to`/`tot`, `date`/`datum` (one day, month or year),
    /// `vergaderjaar`/`vj`, `open`/`onbeantwoord` (`ja`/`yes`/`true`, or `nee`/`no`).
    pub fn set(&mut self, name: &str, value: &str) -> Result<bool> {
        let v = value.trim().to_string();
        match name.to_lowercase().as_str() {
            "fractie" | "partij" => self.fractie = Some(v),
            "minister" | "bewindspersoon" => self.minister = Some(v),
            "speaker" | "spreker" => self.speaker = Some(v),
            "kamerstuk" | "dossier" => self.kamerstuk = Some(normalize_kamerstuk_filter(&v)),
            "kind" | "soort" => {
                self.kind = Some(PassageKind::parse(&v).ok_or_else(|| {
                    Error::Query(format!(
                        "unknown kind {v:?}: use qa, question, speech, toezegging, motie or section"
                    ))
                })?)
            }
            "chamber" | "kamer" => self.chamber = Some(normalize_chamber(&v)?),
            "type" | "doctype" | "document" => self.doctype = Some(v.to_lowercase()),
            "vergaderjaar" | "vj" => {
                self.vergaderjaar = Some(meta::vergaderjaar(&v).ok_or_else(|| {
                    Error::Query(format!(
                        "unknown vergaderjaar {v:?}: write two years in a row, as 2024-2025 or 2024/25"
                    ))
                })?)
            }
            "from" | "van" | "vanaf" => {
                self.from = Some(meta::parse_user_date(&v, false).ok_or(Error::Date(v))?)
            }
            "to" | "tot" | "tm" => {
                self.to = Some(meta::parse_user_date(&v, true).ok_or(Error::Date(v))?)
            }
            "open" | "onbeantwoord" => {
                self.open = match v.to_lowercase().as_str() {
                    "" | "ja" | "yes" | "true" | "1" => true,
                    "nee" | "no" | "false" | "0" => false,
                    _ => {
                        return Err(Error::Query(format!(
                            "open:{v}: write open:ja for the questions nothing answers"
                        )));
                    }
                }
            }
            "date" | "datum" => {
                self.from =
                    Some(meta::parse_user_date(&v, false).ok_or_else(|| Error::Date(v.clone()))?);
                self.to = Some(meta::parse_user_date(&v, true).ok_or(Error::Date(v))?);
            }
            _ => return Ok(false),
        }
        Ok(true)
    }
}

/// A Kamerstuk number or dossier as a filter, in any form it is printed or cited in
/// ([`meta::kamerstuk_number`]): `32 317, nr. 974` or `32317-974` → `32317-974`; `32 317`
/// → `32317`; `36 600 VI` → `36600-VI`; `kst-21501-31-207` → `21501-31-207`. Another
/// value is taken as typed, without its spaces.
fn normalize_kamerstuk_filter(v: &str) -> String {
    if let Some(k) = meta::kamerstuk_number(v) {
        return k;
    }
    let lower = v.to_lowercase();
    let (dossier, nr) = match lower.split_once("nr.") {
        Some((d, n)) => (
            d.trim().trim_end_matches(',').trim().to_string(),
            Some(n.trim().to_string()),
        ),
        None => (lower.trim().to_string(), None),
    };
    let mut d = dossier.replace(' ', "");
    if d.len() >= 5
        && d[..2].chars().all(|c| c.is_ascii_digit())
        && d.as_bytes().get(2) == Some(&b' ')
    {
        d.remove(2);
    }
    match nr {
        Some(n) => format!("{d}-{}", n.replace(' ', "")),
        None => d,
    }
}

fn normalize_chamber(v: &str) -> Result<String> {
    match v.to_lowercase().replace(['-', '_'], " ").as_str() {
        "tk" | "tweede kamer" | "tweede" => Ok("Tweede Kamer".into()),
        "ek" | "eerste kamer" | "eerste" => Ok("Eerste Kamer".into()),
        _ => Err(Error::Query(format!("unknown chamber {v:?}: use tk or ek"))),
    }
}

/// Parse query text. Quotes group phrases (`"veilig derde land"`), a leading `-`
/// excludes (`-Rwanda`, `-"veilig land"`), `name:value` sets a filter
/// (`fractie:BBB`, `kamerstuk:32317-974`, `fractie:"Van de Sanden"`).
pub fn parse(input: &str) -> Result<ParsedQuery> {
    let mut q = ParsedQuery::default();
    let chars = straight_quotes(input);
    let mut i = 0;
    while i < chars.len() {
        while i < chars.len() && chars[i].is_whitespace() {
            i += 1;
        }
        if i >= chars.len() {
            break;
        }
        let negate = chars[i] == '-' && i + 1 < chars.len() && !chars[i + 1].is_whitespace();
        if negate {
            i += 1;
        }
        let (token, quoted) = read_token(&chars, &mut i)?;
        if token.is_empty() {
            continue;
        }
        if !quoted && let Some((name, value)) = token.split_once(':') {
            let value = if value.is_empty() && i < chars.len() && chars[i] == '"' {
                read_token(&chars, &mut i)?.0
            } else {
                value.trim_matches('"').to_string()
            };
            if !value.is_empty() && q.filters.set(name, &value)? {
                continue;
            }
        }
        if negate {
            q.excluded.push(token);
        } else if quoted {
            q.phrases.push(token);
        } else {
            q.words.push(token);
        }
    }
    q.words.retain(|w| match crate::meta::typed_identifier(w) {
        Some(id) => {
            q.identifiers.push(id);
            false
        }
        None => true,
    });
    take_kamerstukken(&mut q);
    q.typed = q.words.len();
    Ok(q)
}

/// Kamerstuk numbers among the plain words become [`ParsedQuery::kamerstukken`]; the
/// words that made them (numbers, `Kamerstuk`, `nr.`, `kst-…`) leave the words.
fn take_kamerstukken(q: &mut ParsedQuery) {
    let joined = q.words.join(" ");
    let found = crate::meta::references(&joined);
    if found.is_empty() {
        return;
    }
    // Where each word starts in the joined words: a budget's chapter after a space
    // (`36 600 VI, nr. 12`) is part of the number, though it holds no digit.
    let cited = crate::meta::citation_spans(&joined);
    let mut start = 0;
    q.words.retain(|w| {
        let span = start..start + w.len();
        start = span.end + 1;
        let lower = w.to_lowercase();
        let citation = w.chars().any(|c| c.is_ascii_digit())
            || matches!(
                lower.trim_matches(|c: char| !c.is_alphanumeric()),
                "kamerstuk" | "kamerstukken" | "nr" | "nummer" | "kst"
            )
            || cited
                .iter()
                .any(|c| c.start < span.end && span.start < c.end);
        !citation
    });
    q.kamerstukken = found;
}

/// The query's characters with typographic quotes made straight, as a phrase pasted from
/// a letter or a PDF comes (`“veilige landen van herkomst”`, `„…”`, `‘veilig derde
/// land’`). Double quotes of every kind are quotes. A single `‘` is one only when a `’`
/// closes it before a word's end: `’` is also the apostrophe of `ngo’s`.
fn straight_quotes(input: &str) -> Vec<char> {
    let mut chars: Vec<char> = input
        .chars()
        .map(|c| match c {
            '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{ab}' | '\u{bb}'
            | '\u{2033}' => '"',
            c => c,
        })
        .collect();
    let mut open = None;
    for k in 0..chars.len() {
        match chars[k] {
            '\u{2018}' | '\u{201a}' => open = Some(k),
            '\u{2019}'
                if open.is_some() && !chars.get(k + 1).is_some_and(|c| c.is_alphanumeric()) =>
            {
                chars[open.take().expect("open")] = '"';
                chars[k] = '"';
            }
            _ => {}
        }
    }
    chars
}

/// Read one token starting at `i`: a quoted string or a run of non-space characters
/// (a `name:"quoted value"` stays one token).
fn read_token(chars: &[char], i: &mut usize) -> Result<(String, bool)> {
    if chars[*i] == '"' {
        *i += 1;
        let start = *i;
        while *i < chars.len() && chars[*i] != '"' {
            *i += 1;
        }
        if *i >= chars.len() {
            return Err(Error::Query(
                "a quote is not closed: add the closing \"".into(),
            ));
        }
        let s: String = chars[start..*i].iter().collect();
        *i += 1;
        return Ok((s.trim().to_string(), true));
    }
    let start = *i;
    while *i < chars.len() && !chars[*i].is_whitespace() {
        if chars[*i] == ':' && *i + 1 < chars.len() && chars[*i + 1] == '"' {
            let name: String = chars[start..*i].iter().collect();
            *i += 1;
            let (value, _) = read_token(chars, i)?;
            return Ok((format!("{name}:{value}"), false));
        }
        *i += 1;
    }
    Ok((chars[start..*i].iter().collect(), false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_phrases_exclusions_filters() {
        let q = parse(r#"terugkeerhub "veilig derde land" -Rwanda fractie:NSC kamerstuk:32317"#)
            .unwrap();
        assert_eq!(q.words, vec!["terugkeerhub"]);
        assert_eq!(q.phrases, vec!["veilig derde land"]);
        assert_eq!(q.excluded, vec!["Rwanda"]);
        assert_eq!(q.filters.fractie.as_deref(), Some("NSC"));
        assert_eq!(q.filters.kamerstuk.as_deref(), Some("32317"));
    }

    #[test]
    fn typographic_quotes_are_quotes() {
        for input in [
            "“veilig derde land” Rwanda",
            "„veilig derde land” Rwanda",
            "‘veilig derde land’ Rwanda",
            "«veilig derde land» Rwanda",
        ] {
            let q = parse(input).unwrap();
            assert_eq!(q.phrases, vec!["veilig derde land"], "{input}");
            assert_eq!(q.words, vec!["Rwanda"], "{input}");
        }
        // The apostrophe of a plural is no quote, nor is a `‘` nothing closes.
        let q = parse("‘s-Gravenhage ngo’s azc’s").unwrap();
        assert!(q.phrases.is_empty());
        assert_eq!(q.words, vec!["‘s-Gravenhage", "ngo’s", "azc’s"]);
        let q = parse("de ‘hubs’ van ngo’s").unwrap();
        assert_eq!(q.phrases, vec!["hubs"]);
        assert_eq!(q.words, vec!["de", "van", "ngo’s"]);
        // A typographic quote left open is an open quote.
        assert!(parse("“veilig derde land").is_err());
    }

    #[test]
    fn quoted_filter_values() {
        let q = parse(r#"frontex fractie:"Van de Sanden" from:2025-01-01 to:2025"#).unwrap();
        assert_eq!(q.filters.fractie.as_deref(), Some("Van de Sanden"));
        assert_eq!(q.filters.from.as_deref(), Some("2025-01-01"));
        assert_eq!(q.filters.to.as_deref(), Some("2025-12-31"));
        assert_eq!(q.words, vec!["frontex"]);
    }

    #[test]
    fn bad_input_is_an_error() {
        assert!(matches!(parse("from:2025-13-45 x"), Err(Error::Date(_))));
        assert!(matches!(parse("kind:amendement x"), Err(Error::Query(_))));
        assert!(matches!(parse("\"open"), Err(Error::Query(_))));
    }

    #[test]
    fn unknown_field_is_a_word() {
        let q = parse("http://example.nl 12:30").unwrap();
        assert_eq!(q.words, vec!["http://example.nl", "12:30"]);
    }

    #[test]
    fn kamerstuk_numbers_among_the_words() {
        for (input, words) in [
            ("32317-974", vec![]),
            ("Kamerstuk 32317, nr. 974", vec![]),
            ("kst-32317-974 terugkeerhub", vec!["terugkeerhub"]),
            ("terugkeerhub 32317-974", vec!["terugkeerhub"]),
        ] {
            let q = parse(input).unwrap();
            assert_eq!(q.kamerstukken, vec!["32317-974".to_string()], "{input}");
            assert_eq!(q.words, words, "{input}");
        }
        // A year or a number that is no Kamerstuk stays a word.
        let q = parse("asielzoekers 2024").unwrap();
        assert!(q.kamerstukken.is_empty());
        assert_eq!(q.words, vec!["asielzoekers", "2024"]);
    }

    #[test]
    fn kamerstuk_forms() {
        assert_eq!(normalize_kamerstuk_filter("32 317, nr. 974"), "32317-974");
        assert_eq!(normalize_kamerstuk_filter("32317-974"), "32317-974");
    }

    /// Every form FORMATS.md gives a Kamerstuk number, typed as a filter, is the number
    /// zoek keeps: a budget's chapter after a space or a hyphen, a sub-dossier, `nr.`,
    /// the official identifier.
    #[test]
    fn kamerstuk_filter_forms_as_printed() {
        for (typed, want) in [
            ("34000 XV", "34000-XV"),
            ("34000 xv", "34000-XV"),
            ("34 000 XV", "34000-XV"),
            ("34000-XV", "34000-XV"),
            ("36 600 VI", "36600-VI"),
            ("36 600 VI, nr. 12", "36600-VI-12"),
            ("36600 VI nr. 12", "36600-VI-12"),
            ("36600-VI-12", "36600-VI-12"),
            ("21 501-31", "21501-31"),
            ("21 501-31, nr. 207", "21501-31-207"),
            ("Kamerstuk 21 501-27, nr. 9", "21501-27-9"),
            ("kst-21501-31-207", "21501-31-207"),
            ("kst-34000-XV-5", "34000-XV-5"),
            ("28331, nr. I", "28331-I"),
            ("28331, nr. AI", "28331-AI"),
            ("32 317", "32317"),
            ("32317", "32317"),
        ] {
            assert_eq!(
                normalize_kamerstuk_filter(typed).to_lowercase(),
                want.to_lowercase(),
                "{typed}"
            );
        }
        let q = parse(r#"pensioen kamerstuk:"34000 XV""#).unwrap();
        assert_eq!(
            q.filters.kamerstuk.map(|k| k.to_lowercase()).as_deref(),
            Some("34000-xv")
        );
    }

    /// An official Kamerstuk identifier typed is the document it names: the dossier with
    /// its sub-number or chapter, and the number.
    #[test]
    fn kst_identifiers_typed_among_the_words() {
        for (input, want, words) in [
            ("kst-21501-31-207", "21501-31-207", vec![]),
            (
                "kst-21501-31-207 pensioenrichtlijn",
                "21501-31-207",
                vec!["pensioenrichtlijn"],
            ),
            ("kst-34000-XV-5", "34000-XV-5", vec![]),
            (
                "pensioen kst-35925-VII-12",
                "35925-VII-12",
                vec!["pensioen"],
            ),
            // A chapter printed after a space is part of the number, not a word to find.
            (
                "pensioen 36 600 VI, nr. 12",
                "36600-VI-12",
                vec!["pensioen"],
            ),
        ] {
            let q = parse(input).unwrap();
            assert_eq!(q.kamerstukken, [want], "{input}");
            assert_eq!(q.words, words, "{input}");
        }
    }

    #[test]
    fn identifiers_typed_among_the_words() {
        let q = parse("h-tk-20172018-70-8 pgb 2023Z14759, fraude").unwrap();
        assert_eq!(q.identifiers, ["h-tk-20172018-70-8", "2023z14759"]);
        assert_eq!(q.words, ["pgb", "fraude"]);
        // Not a year, not a Kamerstuk number.
        let q = parse("2023 32317-974").unwrap();
        assert!(q.identifiers.is_empty());
        assert_eq!(q.kamerstukken, ["32317-974"]);
    }
}
