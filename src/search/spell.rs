//! Spelling correction of query words that no passage holds in any form.
//!
//! A reader types the names and words they remember, and misspells some: `Oganda`,
//! `Marrokko`, `migratiepackt`. A word that the index holds in no form (not as typed,
//! not stemmed, not as a compound part, not through an alias) and that is no word of
//! the Dutch word list either is a typing error far more often than a word the
//! documents happen not to use; it is searched as the word of the index nearest to it
//! (one edit away, or two for a long word), and the results say so. A correctly spelled
//! word the documents do not hold (`woningbouw` in a corpus without it) is left alone:
//! the word list knows it. A long name of the list is a near miss of another name often
//! enough (`Clingendaal` for the institute `Clingendael`; the list holds both) to be
//! searched as a name of the index one edit away, never two; with none that near
//! (`Denemarken` in a corpus without it), it too is left alone.

use crate::analyze;
use crate::compound;
use serde::Serialize;
use std::collections::HashMap;
use tantivy::collector::Count;
use tantivy::query::{FuzzyTermQuery, PhraseQuery};
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

/// A typed word that no passage holds in any form, and the word searched instead.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Correction {
    /// The word as typed.
    pub typed: String,
    /// The word of the index searched in its place, as the index holds it (without
    /// diacritics) and in the case typed (`Oeganda` for `Oganda`).
    pub searched: String,
}

/// Words shorter than this are not corrected: one edit away from a four-letter word
/// are dozens of others (`hub`, `pact`), and short words are rarely misspelled.
pub const MIN_LEN: usize = 5;

/// Words of this length or longer may be two edits away from their correction
/// (`migratiepackt`, `asielzoekrs`); shorter ones one.
pub const TWO_EDITS_LEN: usize = 8;

/// How many edits may separate `word` (folded) from its correction; 0 when it is no
/// misspelling at all. Only letters, long enough, and no word of the Dutch word list:
/// one edit, or two from [`TWO_EDITS_LEN`] letters. A name of the list is corrected only
/// when it is that long, and only one edit away: `Clingendaal` (a name of the list) is
/// `Clingendael`, but `Wilders` is nobody else.
pub fn edits_allowed(word: &str) -> u8 {
    let len = word.chars().count();
    if len < MIN_LEN || !word.chars().all(|c| c.is_ascii_lowercase()) || compound::is_word(word) {
        return 0;
    }
    match (compound::is_name(word), len >= TWO_EDITS_LEN) {
        (true, false) => 0,
        (true, true) | (false, false) => 1,
        (false, true) => 2,
    }
}

/// The word to search in place of `word` (folded), which the index does not hold, at most
/// `max_edits` away ([`edits_allowed`]): the nearest word of `exact` (the field of folded,
/// unstemmed words), or else the nearest stem of the `stemmed` fields, written as the
/// index's most frequent word with that stem.
/// The second finds a compound the index holds only inflected: `visummatregel` is three
/// edits from `visummaatregelen`, but its stem one from `visummaatregel`.
pub fn correction(
    searcher: &Searcher,
    exact: Field,
    stemmed: &[Field],
    word: &str,
    max_edits: u8,
) -> tantivy::Result<Option<String>> {
    if let Some(found) = nearest(searcher, &[exact], word, max_edits)? {
        return Ok(Some(found));
    }
    let stem = analyze::stem_folded(word);
    if stem.chars().count() < MIN_LEN {
        return Ok(None);
    }
    match nearest(searcher, stemmed, &stem, max_edits)? {
        Some(found) => Ok(Some(surface_form(searcher, exact, &found)?)),
        None => Ok(None),
    }
}

/// The term of `fields` nearest to `word` that starts with the same letter, at most
/// `max_edits` away: the fewest edits (a swap of two letters counts as one), then the
/// most passages holding it, then the first in alphabetical order. `None` when nothing
/// is near enough.
pub fn nearest(
    searcher: &Searcher,
    fields: &[Field],
    word: &str,
    max_edits: u8,
) -> tantivy::Result<Option<String>> {
    let Some(&first) = fields.first() else {
        return Ok(None);
    };
    for edits in 1..=max_edits {
        // The automaton depends on the word and the distance, not on the field: built
        // once, and walked over every segment's dictionary of every field.
        let automaton =
            FuzzyTermQuery::new(Term::from_field_text(first, word), edits, true).automaton()?;
        let mut found: HashMap<String, u32> = HashMap::new();
        for segment in searcher.segment_readers() {
            for &field in fields {
                let inverted = segment.inverted_index(field)?;
                let mut terms = inverted.terms().search(&automaton).into_stream()?;
                while terms.advance() {
                    let Ok(term) = std::str::from_utf8(terms.key()) else {
                        continue;
                    };
                    // A correction is a word, not a fragment (`oganda` is no `ganda`), and
                    // starts as typed: a reader rarely misses the first letter, and a name
                    // the index lacks (`wilders`) is then not searched as another word.
                    if term.chars().count() + 1 < MIN_LEN
                        || term == word
                        || term.chars().next() != word.chars().next()
                    {
                        continue;
                    }
                    *found.entry(term.to_string()).or_default() += terms.value().doc_freq;
                }
            }
        }
        if let Some(term) = most_held(found) {
            return Ok(Some(term));
        }
    }
    Ok(None)
}

/// The shortest first word [`joined_apart`] splits off: `eu` of `eugrondgebied`.
const SPLIT_FIRST_MIN: usize = 2;

/// The shortest second word [`joined_apart`] splits off: `raad` of `jbzraad`.
const SPLIT_SECOND_MIN: usize = 3;

/// Where `word` (folded), which the index does not hold, parts into two words of `exact`
/// that passages hold side by side, in characters: 3 for `jbzraad` (`JBZ-Raad`), 2 for
/// `eugrondgebied` (`EU-grondgebied`). A reader types a hyphenated name or a compound
/// headed by an abbreviation as one word; the compound splitter cannot split it, as its
/// first part is no word of the list. Of several splits, the one that most passages hold
/// side by side; `None` when no passage holds any.
pub fn joined_apart(
    searcher: &Searcher,
    exact: Field,
    word: &str,
) -> tantivy::Result<Option<usize>> {
    let chars: Vec<char> = word.chars().collect();
    // (passages holding the two words side by side, where they part)
    let mut best: Option<(usize, usize)> = None;
    for at in SPLIT_FIRST_MIN..=chars.len().saturating_sub(SPLIT_SECOND_MIN) {
        let first: String = chars[..at].iter().collect();
        let second: String = chars[at..].iter().collect();
        let terms = [first.as_str(), second.as_str()].map(|w| Term::from_field_text(exact, w));
        if searcher.doc_freq(&terms[0])? == 0 || searcher.doc_freq(&terms[1])? == 0 {
            continue;
        }
        let together = PhraseQuery::new(terms.to_vec());
        let held = searcher.search(&together, &Count)?;
        if held > 0 && best.as_ref().is_none_or(|(n, _)| held > *n) {
            best = Some((held, at));
        }
    }
    Ok(best.map(|(_, at)| at))
}

/// How many words starting with a stem [`surface_form`] looks at.
const SURFACE_SCAN: usize = 256;

/// The word of `exact` with the stem `stem` that most passages hold (`visummaatregel` →
/// `visummaatregelen`), or the stem itself when none is found among the first words
/// that start with it.
fn surface_form(searcher: &Searcher, exact: Field, stem: &str) -> tantivy::Result<String> {
    let mut upper = stem.as_bytes().to_vec();
    upper.push(0xff);
    let mut found: HashMap<String, u32> = HashMap::new();
    for segment in searcher.segment_readers() {
        let inverted = segment.inverted_index(exact)?;
        let mut terms = inverted
            .terms()
            .range()
            .ge(stem.as_bytes())
            .lt(&upper)
            .into_stream()?;
        let mut seen = 0;
        while terms.advance() && seen < SURFACE_SCAN {
            seen += 1;
            let Ok(term) = std::str::from_utf8(terms.key()) else {
                continue;
            };
            if analyze::stem_folded(term) == stem {
                *found.entry(term.to_string()).or_default() += terms.value().doc_freq;
            }
        }
    }
    Ok(most_held(found).unwrap_or_else(|| stem.to_string()))
}

/// The word that most passages hold, the first in alphabetical order among equals.
fn most_held(found: HashMap<String, u32>) -> Option<String> {
    found
        .into_iter()
        .max_by(|(a, n), (b, m)| n.cmp(m).then_with(|| b.cmp(a)))
        .map(|(term, _)| term)
}

/// `typed` with `separator` where its folded form parts into two words (`at`, from
/// [`joined_apart`] or [`two_words`]): `EUgrondgebied` → `EU-grondgebied`,
/// `terugkeerhubOeganda` → `terugkeerhub Oeganda`. Folding keeps one character for each
/// letter typed; where it did not, the folded form written in the case typed.
pub fn parted_at(typed: &str, folded: &str, at: usize, separator: char) -> String {
    let letters: Vec<char> = typed.chars().collect();
    let (first, second): (String, String) = match letters.len() == folded.chars().count() {
        true => (
            letters[..at].iter().collect(),
            letters[at..].iter().collect(),
        ),
        false => {
            let first: String = folded.chars().take(at).collect();
            let second: String = folded.chars().skip(at).collect();
            (cased_like(&first, typed), second)
        }
    };
    format!("{first}{separator}{second}")
}

/// The shortest word [`two_words`] parts off either side.
pub const TWO_WORDS_MIN: usize = 4;

/// Where `word` (folded), which the index does not hold and which is near no word of it,
/// parts into two words of `exact` that passages hold, apart or not, in characters: 12
/// for `terugkeerhuboeganda` (a space left out). Of several splits, the one whose rarer
/// half most passages hold; `None` when none has both halves of [`TWO_WORDS_MIN`] letters
/// or more in the index.
pub fn two_words(searcher: &Searcher, exact: Field, word: &str) -> tantivy::Result<Option<usize>> {
    let chars: Vec<char> = word.chars().collect();
    // (passages holding the rarer half, where the word parts)
    let mut best: Option<(u64, usize)> = None;
    for at in TWO_WORDS_MIN..=chars.len().saturating_sub(TWO_WORDS_MIN) {
        let first: String = chars[..at].iter().collect();
        let second: String = chars[at..].iter().collect();
        let held = searcher
            .doc_freq(&Term::from_field_text(exact, &first))?
            .min(searcher.doc_freq(&Term::from_field_text(exact, &second))?);
        if held > 0 && best.is_none_or(|(n, _)| held > n) {
            best = Some((held, at));
        }
    }
    Ok(best.map(|(_, at)| at))
}

/// `word` (lowercase) written in the case of `typed`: capitalized when `typed` is
/// (`Oganda` → `Oeganda`), all capitals when `typed` is of two letters or more.
pub fn cased_like(word: &str, typed: &str) -> String {
    let letters: Vec<char> = typed.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase()) {
        return word.to_uppercase();
    }
    match (typed.chars().next(), word.chars().next()) {
        (Some(t), Some(w)) if t.is_uppercase() => {
            w.to_uppercase().chain(word.chars().skip(1)).collect()
        }
        _ => word.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_correction_is_written_in_the_case_typed() {
        assert_eq!(cased_like("oeganda", "Oganda"), "Oeganda");
        assert_eq!(cased_like("frontex", "FRNOTEX"), "FRONTEX");
        assert_eq!(cased_like("terugkeer", "tergukeer"), "terugkeer");
    }

    #[test]
    fn a_word_typed_as_one_is_parted_in_the_case_typed() {
        assert_eq!(
            parted_at("EUgrondgebied", "eugrondgebied", 2, '-'),
            "EU-grondgebied"
        );
        assert_eq!(parted_at("jbzraad", "jbzraad", 3, '-'), "jbz-raad");
        assert_eq!(parted_at("Jbzraad", "jbzraad", 3, '-'), "Jbz-raad");
        assert_eq!(
            parted_at("terugkeerhubOeganda", "terugkeerhuboeganda", 12, ' '),
            "terugkeerhub Oeganda"
        );
    }

    #[test]
    fn only_unknown_words_and_long_names_may_be_misspelled() {
        assert_eq!(edits_allowed("oganda"), 1);
        assert_eq!(edits_allowed("marrokko"), 2);
        assert_eq!(edits_allowed("migratiepackt"), 2);
        // Words of the word list are spelled right, whatever the index holds.
        assert_eq!(edits_allowed("woningbouw"), 0);
        assert_eq!(edits_allowed("terugkeer"), 0);
        // A short name is itself; a long one may be a near miss of another name, one
        // edit away at most.
        assert_eq!(edits_allowed("oeganda"), 0);
        assert_eq!(edits_allowed("wilders"), 0);
        assert_eq!(edits_allowed("clingendaal"), 1);
        assert_eq!(edits_allowed("denemarken"), 1);
        // Too short, or not letters.
        assert_eq!(edits_allowed("hubb"), 0);
        assert_eq!(edits_allowed("2024a"), 0);
    }
}
