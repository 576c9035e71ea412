//! How common a word is in everyday Dutch, on the Zipf scale (log10 of its frequency per
//! billion words: `de` 7.7, `landen` 5.3, `asielzoekers` 4.0).
//!
//! The indexed records say how rare a word is among their passages (BM25's inverse
//! document frequency), but a few hundred or thousand passages judge ordinary words
//! badly: in `corpus-sample/` the verb `geldt` is in 22 of 497 passages, as rare as
//! `migratiedruk`. A question typed as a sentence (`welke rol speelt het Europees
//! Parlement bij de Terugkeerverordening`) then ranks passages that happen to say `rol`
//! and `speelt` next to those about its subject. The frequencies of everyday Dutch tell
//! the ordinary words apart; the search weighs them down (`search::plan`).
//!
//! The list is wordfreq's (`index-schema/wordfreq/`, CC BY-SA 4.0), words of Zipf 4.0 and
//! up, shipped inside the binary.

use crate::analyze;
use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// The shipped list: `word<TAB>zipf` per line.
const WORDFREQ_TSV: &str = include_str!("../index-schema/wordfreq/wordfreq-nl.tsv");

/// The lowest Zipf frequency the list holds: words below it are not in it.
pub const LISTED_FROM: f32 = 4.0;

/// Folded word → Zipf frequency. Words that fold alike (`italië`, `italie`) keep the
/// higher figure.
static ZIPF: LazyLock<FxHashMap<String, f32>> = LazyLock::new(|| {
    let mut map = FxHashMap::default();
    for line in WORDFREQ_TSV.lines() {
        let Some((word, zipf)) = line.split_once('\t') else {
            continue;
        };
        let zipf: f32 = zipf
            .parse()
            .expect("the shipped list's figures are numbers");
        let folded = analyze::fold_word(word);
        let entry = map.entry(folded).or_insert(zipf);
        *entry = f32::max(*entry, zipf);
    }
    map
});

/// The Zipf frequency of a word in everyday Dutch, when it is [`LISTED_FROM`] or more;
/// `None` for the rarer words and those no Dutch text uses (`migratiedruk`). Case and
/// diacritics do not matter (`Italië` = `italie`).
pub fn zipf(word: &str) -> Option<f32> {
    ZIPF.get(analyze::fold_word(word).as_str()).copied()
}

/// How everyday a word is, from 0 to 1: 0 for a word of Zipf `from` or rarer (or not
/// listed) and for a name of the corpus (`Iran`, `Egypte`: a name is what a text is about,
/// however often Dutch says it), rising to 1 at Zipf `to` and up. What the query's
/// weights and the words that find related passages weigh everyday words down by.
pub fn everydayness(word: &str, from: f32, to: f32) -> f32 {
    if crate::compound::is_name(&analyze::fold_word(word)) {
        return 0.0;
    }
    zipf(word).map_or(0.0, |z| ((z - from) / (to - from)).clamp(0.0, 1.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_have_their_frequency() {
        assert_eq!(zipf("de"), Some(7.73));
        let landen = zipf("landen").unwrap();
        assert!((5.0..6.0).contains(&landen), "landen {landen}");
        assert!(zipf("Landen") == Some(landen), "case does not matter");
    }

    #[test]
    fn diacritics_fold() {
        assert!(zipf("Italië").is_some());
        assert_eq!(zipf("Italië"), zipf("italie"));
    }

    #[test]
    fn rare_and_domain_words_are_not_listed() {
        assert_eq!(zipf("migratiedruk"), None);
        assert_eq!(zipf("terugkeerverordening"), None);
        assert_eq!(zipf(""), None);
    }

    #[test]
    fn every_listed_word_is_common_enough() {
        assert!(ZIPF.len() > 6_000);
        assert!(ZIPF.values().all(|&z| (LISTED_FROM..8.0).contains(&z)));
    }
}
