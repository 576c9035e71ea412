//! The last tier of a short page: passages like its hits that hold none of the query's
//! words.
//!
//! A rare word is in few passages: `Eritrea` is named once, in Russcher's turn on the money
//! migrants send home, and the minister's reply to that turn, which a reader asking about
//! Eritrea wants next, never names it. When every passage holding the query's words is on
//! the page and the page still has room, it is filled with the passages most like its best
//! hits: a query of the words that mark them (the most distinctive words they share with
//! few other passages, the query's own left out), under the same filters. They come after
//! every passage that holds the query's words and are marked as related, so they never
//! push a match down; on a page that is full they are never sought.
//!
//! In a debate the reply to a member's turn names the member or the party (`Een vraag van
//! Forum voor Democratie gaat over migratie als verdienmodel voor herkomstlanden`): a
//! minister's turn naming a member whose turn is among the best hits, and sharing one of
//! the marking words, weighs extra ([`crate::search`]'s `W_REPLY`).
//!
//! Measured on the nine read relevance sets (nDCG@10 on their mean, 0.833 without): +0.005,
//! from 13 of their 387 queries, none lower (a match is never displaced). The blind
//! eleventh set was measured with it on (see `tests/relevance/README.md`).

use super::feedback::Pool;
use crate::{analyze, wordfreq};
use std::collections::HashSet;

/// How many of the best hits' words make the query for related passages.
pub const RELATED_WORDS: usize = 40;

/// A word in more than this share of the passages marks nothing (`minister`, `Nederland`
/// in a corpus on migration): it is left out of the query.
const MAX_SHARE: f32 = 0.05;

/// The words that mark `texts` (the best hits, best first), each with its weight: how
/// often the texts hold it (the first text counting most) times its IDF, as Lucene's
/// `MoreLikeThis` weighs them, times how rare it is in everyday Dutch (`everyday`). A
/// word must be held by another passage too: a word only these texts hold finds no
/// other. Words whose stem is in `skip` (the query's own), and words in more than
/// `MAX_SHARE` of the passages, are left out. At most [`RELATED_WORDS`], heaviest first.
/// A word said once counts: Lucene asks for two, but `geldtransfers`, said once in a turn
/// of 400 words, is what it is about (the read sets gained +0.003 nDCG@10 on the mean
/// with one, +0.002 with two).
pub fn marking_words(
    texts: &[&str],
    idf: impl Fn(&[&str]) -> Vec<f32>,
    lone: f32,
    skip: &HashSet<String>,
) -> Vec<(String, f32)> {
    let pool = Pool::new(texts);
    let min_idf = (1.0 / MAX_SHARE).ln();
    // Cheapest first: everyday words are dropped before their IDF is looked up, and only
    // the heaviest words are stemmed to see if they are the query's.
    let words: Vec<(usize, f32)> = (pool.words().iter().enumerate())
        .map(|(n, w)| (n, everyday(w)))
        .filter(|&(_, e)| e > 0.0)
        .collect();
    let names: Vec<&str> = words
        .iter()
        .map(|&(n, _)| pool.words()[n].as_str())
        .collect();
    let idfs = idf(&names);
    let mut weights: Vec<(usize, f32)> = Vec::new();
    for (&(n, everyday), idf_word) in words.iter().zip(idfs) {
        if idf_word < min_idf || idf_word >= lone {
            continue;
        }
        let tf: f32 = (pool.counts_of(n).iter().enumerate())
            .map(|(rank, tf)| tf / (1.0 + rank as f32))
            .sum();
        weights.push((n, tf * idf_word * everyday));
    }
    let all = pool.words();
    weights.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| all[a.0].cmp(&all[b.0])));
    (weights.into_iter())
        .filter(|&(n, _)| !skip.contains(&analyze::stem_folded(&all[n])))
        .take(RELATED_WORDS)
        .map(|(n, w)| (all[n].clone(), w))
        .collect()
}

/// How much a word of everyday Dutch marks a subject: 1 for a word rarer than once in
/// 300,000 words (Zipf 3.5, or not in the list) or a name, falling to nothing at once in
/// 3,000 (Zipf 5.5: `ongeveer`, `betalen`). In a small index a word like `alsnog` is as
/// rare as `geldtransfers`; in Dutch it is not.
fn everyday(word: &str) -> f32 {
    1.0 - wordfreq::everydayness(word, EVERYDAY_FROM, EVERYDAY_GONE)
}

/// From this Zipf frequency up, a word marks less.
const EVERYDAY_FROM: f32 = 3.5;
/// At this Zipf frequency and up, a word marks nothing.
const EVERYDAY_GONE: f32 = 5.5;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everyday_words_mark_little_and_rare_words_and_names_fully() {
        assert!(everyday("ongeveer") < 0.1, "{}", everyday("ongeveer"));
        assert!(everyday("alsnog") < 0.6, "{}", everyday("alsnog"));
        assert_eq!(everyday("geldtransfers"), 1.0);
        assert_eq!(everyday("herkomstlanden"), 1.0);
    }
}
