//! Snippets: the best window of a passage, across question and answer, with every
//! matched form highlighted: stems (`afspraken` for `afspraak`), folded forms
//! (`Italië` for `Italie`) and compounds holding a query word (`terugkeerhub` for `hub`).
//! The best window is the one that shows most of the query: each of its concepts once,
//! its rare words for more than its everyday ones, and a word whole for more than a
//! compound holding part of it ([`StemWorth`]).

use crate::analyze;
use rustc_hash::FxHashSet;
use serde::Serialize;
use std::collections::{BTreeMap, HashMap, HashSet};
use tantivy::tokenizer::TokenStream;

/// A highlighted extract of a passage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Snippet {
    /// The extract, as plain text (`…` marks a cut).
    pub text: String,
    /// Byte ranges of `text` to highlight: the words that matched the query.
    pub highlights: Vec<(usize, usize)>,
}

impl Snippet {
    /// The snippet with each highlight wrapped in `open` … `close`.
    pub fn marked(&self, open: &str, close: &str) -> String {
        let mut out = String::with_capacity(self.text.len() + self.highlights.len() * 8);
        let mut last = 0;
        for &(s, e) in &self.highlights {
            out.push_str(&self.text[last..s]);
            out.push_str(open);
            out.push_str(&self.text[s..e]);
            out.push_str(close);
            last = e;
        }
        out.push_str(&self.text[last..]);
        out
    }
}

/// A word of a text that matched a stem of the query.
#[derive(Debug, Clone)]
struct Match {
    /// Its byte range in the text.
    from: usize,
    to: usize,
    /// The query stem it matched.
    stem: String,
    /// Whether only a part of it matched (`terugkeer` of `terugkeerwetgeving`).
    part: bool,
}

impl Match {
    /// A match of a whole word.
    fn word((from, to): (usize, usize), stem: String) -> Match {
        Match {
            from,
            to,
            stem,
            part: false,
        }
    }
}

/// What a stem is worth to a snippet: which concept of the query it stands for, and how
/// much of it the stem shows. A window showing the query's rare words whole is better
/// than one showing its everyday words and compounds that hold a part of a query word.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StemWorth {
    /// The concept the stem stands for. `usize::MAX`: the stem stands for itself.
    pub concept: usize,
    /// How much of the concept the stem shows: the whole of it for a word that is the
    /// concept, a share for one word of a phrase or a part of a compound.
    pub worth: f32,
    /// What the concept is worth at most (its idf): a window showing it in several
    /// forms shows it once.
    pub whole: f32,
}

/// A match inside a text word counts for this much of its stem's worth (`hub` in
/// `terugkeerhub`): as the index's parts field counts against the word itself.
const PART_WORTH: f32 = 0.5;

/// What the stems of one query highlight, prepared once for all its hits: which words
/// are worth stemming or cutting into parts, and the stems to look up.
///
/// Snippets are made for every hit shown, so this is on the query's hot path. A word's
/// stem begins with the word's first two letters, and a compound part's with its own, so
/// only words that begin (or, for parts, hold) such letters of a query stem are stemmed
/// or cut. The letters are compared as bytes, not as strings: comparing each word with
/// each stem's head as strings was a third of the snippets' time.
pub struct Highlighter<'a> {
    stems: &'a HashSet<String>,
    /// The first two letters of the ASCII stems.
    heads: FxHashSet<[u8; 2]>,
    /// The first four letters of the ASCII stems (compound parts are looked for in words
    /// holding one of them).
    part_heads: FxHashSet<[u8; 4]>,
    /// The heads of the other stems (shorter, or not ASCII), compared as strings.
    other_heads: Vec<String>,
    other_part_heads: Vec<String>,
    /// The particles of separable verbs that some stem begins with (`mee` of
    /// `meewerk`): such a stem may be a verb split in a main clause.
    verb_particles: Vec<&'static str>,
    /// A function word and its neighbour as the query has them ([`Highlighter::with_pairs`]).
    pairs: &'a [[String; 2]],
    /// What each stem is worth ([`Highlighter::with_worth`]); without it every stem is
    /// worth one, and the best window holds the most distinct stems.
    worth: Option<&'a HashMap<String, StemWorth>>,
}

impl<'a> Highlighter<'a> {
    /// Prepare the highlighting of `stems` (a query's, as [`crate::analyze`] stems them).
    pub fn new(stems: &'a HashSet<String>) -> Highlighter<'a> {
        let head = |s: &str, n: usize| -> String {
            s[..s.char_indices().nth(n).map_or(s.len(), |(i, _)| i)].to_string()
        };
        let mut h = Highlighter {
            stems,
            heads: FxHashSet::default(),
            part_heads: FxHashSet::default(),
            other_heads: Vec::new(),
            other_part_heads: Vec::new(),
            verb_particles: (crate::family::PARTICLES.iter().copied())
                .filter(|p| (stems.iter()).any(|s| s.len() > p.len() + 2 && s.starts_with(p)))
                .collect(),
            pairs: &[],
            worth: None,
        };
        for stem in stems {
            match stem.as_bytes() {
                [a, b, ..] if stem.is_ascii() => {
                    h.heads.insert([*a, *b]);
                }
                _ => h.other_heads.push(head(stem, 2)),
            }
            match stem.as_bytes() {
                [a, b, c, d, ..] if stem.is_ascii() => {
                    h.part_heads.insert([*a, *b, *c, *d]);
                }
                _ => h.other_part_heads.push(head(stem, 4)),
            }
        }
        h.other_heads.sort();
        h.other_heads.dedup();
        h.other_part_heads.sort();
        h.other_part_heads.dedup();
        h
    }

    /// Also highlight a function word of the query where it stands beside its neighbour,
    /// as typed (`pairs`, stems in the query's order): `Van der Plas` lights up whole, and
    /// `van` nowhere else.
    pub fn with_pairs(mut self, pairs: &'a [[String; 2]]) -> Highlighter<'a> {
        self.pairs = pairs;
        self
    }

    /// Weigh the windows by what their stems are worth ([`StemWorth`]) rather than by
    /// how many distinct stems they hold.
    pub fn with_worth(mut self, worth: &'a HashMap<String, StemWorth>) -> Highlighter<'a> {
        self.worth = Some(worth);
        self
    }

    /// Whether a folded word begins as a stem does.
    fn may_stem(&self, folded: &str) -> bool {
        let b = folded.as_bytes();
        (b.len() >= 2 && self.heads.contains(&[b[0], b[1]]))
            || self
                .other_heads
                .iter()
                .any(|h| folded.starts_with(h.as_str()))
    }

    /// Whether a folded word holds the beginning of a stem (so may hold it as a part).
    fn may_hold_part(&self, folded: &str) -> bool {
        (!self.part_heads.is_empty()
            && folded
                .as_bytes()
                .windows(4)
                .any(|w| self.part_heads.contains(&[w[0], w[1], w[2], w[3]])))
            || (self.other_part_heads.iter()).any(|h| folded.contains(h.as_str()))
    }

    /// Matches of the stems in a text, in order, one per word.
    fn matches(&self, text: &str) -> Vec<Match> {
        let words: Vec<(usize, usize)> = analyze::words(text).collect();
        let mut found = self.word_matches(text, &words);
        if !self.pairs.is_empty() && !found.is_empty() {
            self.add_function_words(text, &words, &mut found);
        }
        found
    }

    /// The function words of [`Highlighter::with_pairs`] beside a match: the word just
    /// before or after a matched word, with only spaces between them, when the two make
    /// a pair of the query. A word so added finds its own pair in turn, so a chain lights
    /// up whole (`5 en 6 maart` from `maart`).
    fn add_function_words(&self, text: &str, words: &[(usize, usize)], found: &mut Vec<Match>) {
        let stem_at = |i: usize| {
            let (from, to) = words[i];
            analyze::stem_folded(&analyze::fold_word(&text[from..to]))
        };
        // Only spaces or a hyphen between them (`h-tk-20192020-27-5`); between two
        // numbers also a dash or slash (`12–13 december`, `5/6 maart`).
        let apart = |a: usize, b: usize| {
            let gap = text[words[a].1..words[b].0].trim();
            let numbers = text[..words[a].1].ends_with(|c: char| c.is_ascii_digit())
                && text[words[b].0..].starts_with(|c: char| c.is_ascii_digit());
            !(gap.is_empty() || gap == "-" || (numbers && matches!(gap, "–" | "/")))
        };
        // Each lit word is looked at once, the matches first and then the words their
        // pairs add, so a chain lights up whole.
        let mut lit: HashSet<usize> = found.iter().map(|m| m.from).collect();
        let mut queue: Vec<(usize, String)> =
            (found.iter()).map(|m| (m.from, m.stem.clone())).collect();
        let mut added = Vec::new();
        while let Some((from, stem)) = queue.pop() {
            let Ok(i) = words.binary_search_by_key(&from, |w| w.0) else {
                continue;
            };
            for [first, second] in self.pairs {
                // The word before a pair's second word, and the word after its first.
                let before = (stem == *second && i > 0 && !apart(i - 1, i)).then(|| (i - 1, first));
                let after = (stem == *first && i + 1 < words.len() && !apart(i, i + 1))
                    .then(|| (i + 1, second));
                for (j, want) in before.into_iter().chain(after) {
                    if !lit.contains(&words[j].0) && stem_at(j) == *want {
                        lit.insert(words[j].0);
                        queue.push((words[j].0, want.clone()));
                        added.push(Match::word(words[j], want.clone()));
                    }
                }
            }
        }
        if !added.is_empty() {
            found.extend(added);
            found.sort_by_key(|m| m.from);
        }
    }

    /// Matches of the stems in a text, word by word ([`Highlighter::matches`]).
    fn word_matches(&self, text: &str, words: &[(usize, usize)]) -> Vec<Match> {
        let stems = self.stems;
        let mut found: Vec<Match> = Vec::new();
        let mut parts = analyze::parts_analyzer();
        let mut folded = String::new();
        // The particles of `verb_particles` the text holds as words: a split verb needs one.
        let mut particles: Vec<&str> = Vec::new();
        for &(from, to) in words {
            let word = &text[from..to];
            if word.len() >= analyze::MAX_TOKEN_LEN {
                continue;
            }
            // Lowercase and fold (`Italië` → `italie`).
            analyze::fold_word_into(word, &mut folded);
            if let Some(p) = self.verb_particles.iter().find(|p| **p == folded)
                && !particles.contains(p)
            {
                particles.push(p);
            }
            // The fragment of an elided compound (`asiel-` of `asiel- en migratiebeleid`)
            // matches as the word it stands for (`asielbeleid`), as the index has it.
            if text[to..].starts_with('-')
                && let Some(full) = elided_full_word(&text[to + 1..])
                && let Some(word) = crate::compound::complete_elided(&folded, &full)
            {
                let stem = analyze::stem_folded(&word);
                if stems.contains(&stem) {
                    found.push(Match::word((from, to), stem));
                    continue;
                }
            }
            // The verb of `mee te werken` matches as `meewerken`, as the index has it; the
            // highlight spans the three words. Before the verb alone: `aan te passen` is
            // `aanpassen`, not the `passen` a query typed with it holds in part.
            if let Some((particle_from, particle)) = separable_particle(&text[..from]) {
                let joined = format!("{particle}{folded}");
                let stem = analyze::stem_folded(&joined);
                if stems.contains(&stem) && crate::compound::is_word(&joined) {
                    found.retain(|m| m.from < particle_from);
                    found.push(Match::word((particle_from, to), stem));
                    continue;
                }
            }
            if self.may_stem(&folded) {
                let stem = analyze::stem_folded(&folded);
                if stems.contains(&stem) {
                    found.push(Match::word((from, to), stem));
                    continue;
                }
            }
            // Compound parts (`hub` in `terugkeerhub`): cutting words is the dear part.
            if folded.len() < 7 || !self.may_hold_part(&folded) {
                continue;
            }
            let mut inner = parts.token_stream(word);
            while inner.advance() {
                let t = inner.token();
                if stems.contains(&t.text) {
                    found.push(Match {
                        part: true,
                        ..Match::word((from, to), t.text.clone())
                    });
                    break;
                }
            }
        }
        // What the index adds from the whole text ([`analyze::Additions`]) is looked for
        // only when a query stem matched no word: a joined verb or a name's initials never
        // does.
        let unmatched: Vec<&String> = stems
            .iter()
            .filter(|s| !found.iter().any(|f| &f.stem == *s))
            .collect();
        if unmatched.is_empty() {
            return found;
        }
        // A separable verb standing apart in a main clause (`werken … niet mee`) found as
        // one word (`meewerken`), as the index has it (see [`analyze::split_verbs`]): both
        // words highlighted. Only when such a stem starts with a particle that the text
        // holds as a word.
        let particle_stem = |s: &&String| {
            particles
                .iter()
                .any(|p| s.len() > p.len() + 2 && s.starts_with(p))
        };
        if unmatched.iter().any(particle_stem) {
            for v in analyze::split_verbs_in(text, words) {
                let stem = analyze::stem_folded(&v.joined);
                if stems.contains(&stem) {
                    for (from, to) in [v.verb, v.particle] {
                        if !found.iter().any(|m| m.from < to && m.to > from) {
                            found.push(Match::word((from, to), stem.clone()));
                        }
                    }
                }
            }
            found.sort_by_key(|m| m.from);
        }
        // A name found by its initials (`IMRF`): the highlight spans the name, as the
        // index has the initials at it (see [`analyze::acronym_runs`]).
        let short =
            |s: &&String| (3..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase());
        if unmatched.iter().any(short) {
            for run in analyze::acronyms_in(text, words) {
                let stem = analyze::stem_folded(&run.acronym);
                // Unless its words matched as words (`DT&V` is also `Dienst Terugkeer en
                // Vertrek` among the aliases): those are highlighted one by one.
                let words_matched = found.iter().any(|m| m.from < run.to && m.to > run.from);
                if stems.contains(&stem) && !words_matched {
                    found.push(Match::word((run.from, run.to), stem));
                }
            }
            found.sort_by_key(|m| m.from);
        }
        // A number typed without its thousands separators (`38000`): the highlight spans
        // the number as written (`38.000`), as the index has it at its groups (see
        // [`analyze::grouped_numbers_in`]).
        if unmatched
            .iter()
            .any(|s| s.bytes().all(|b| b.is_ascii_digit()))
        {
            for number in analyze::grouped_numbers_in(text, words) {
                let overlaps = found
                    .iter()
                    .any(|m| m.from < number.to && m.to > number.from);
                if stems.contains(&number.joined) && !overlaps {
                    found.push(Match::word((number.from, number.to), number.joined));
                }
            }
            found.sort_by_key(|m| m.from);
        }
        found
    }

    /// The best window of `text` (about `width` bytes): the one that shows the most of
    /// the query (the most distinct stems, or with [`Highlighter::with_worth`] the most
    /// worth), then the most matches.
    pub fn snippet(&self, text: &str, width: usize) -> Snippet {
        let matches = self.matches(text);
        // A stem the worth map does not know counts as one of its own, as without a map.
        let own = StemWorth {
            concept: usize::MAX,
            worth: 1.0,
            whole: 1.0,
        };
        let scored: Vec<StemWorth> = (matches.iter())
            .map(|m| {
                let w = (self.worth)
                    .and_then(|map| map.get(&m.stem).copied())
                    .unwrap_or(own);
                match m.part {
                    true => StemWorth {
                        worth: w.worth * PART_WORTH,
                        ..w
                    },
                    false => w,
                }
            })
            .collect();
        best_window(text, &matches, &scored, width)
    }
}

/// The full word of an elision, folded and lowercase, given the text after a
/// fragment's hyphen: `migratiebeleid` of ` en migratiebeleid`.
fn elided_full_word(after: &str) -> Option<String> {
    let rest = after.strip_prefix(',').unwrap_or(after);
    let rest = rest.trim_start();
    if rest.len() == after.len() {
        return None;
    }
    let rest = rest
        .strip_prefix("en")
        .or_else(|| rest.strip_prefix("of"))?;
    if !rest.starts_with(char::is_whitespace) {
        return None;
    }
    let rest = rest.trim_start();
    let word: String = rest.chars().take_while(|c| c.is_alphanumeric()).collect();
    (!word.is_empty()).then(|| analyze::fold_word(&word))
}

/// The particle of a separable verb written apart with `te`, given the text before the
/// verb: (`mee`'s start, `mee`) for `… om mee te `. See [`analyze::separables_with_te`].
fn separable_particle(before: &str) -> Option<(usize, String)> {
    let rest = before.trim_end();
    if rest.len() == before.len() {
        return None;
    }
    let rest = rest
        .strip_suffix("te")
        .or_else(|| rest.strip_suffix("Te"))?;
    let trimmed = rest.trim_end();
    if trimmed.len() == rest.len() {
        return None;
    }
    let start = trimmed
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric())
        .last()
        .map(|(i, _)| i)?;
    let particle = analyze::fold_word(&trimmed[start..]);
    analyze::is_separable_particle(&particle).then_some((start, particle))
}

/// The best window of `text` (about `width` bytes) for the given stems: the one that
/// holds the most distinct matched stems (one matched only inside a longer word counting
/// half), then the most matches. For the hits of one
/// query, a [`Highlighter`] prepares the stems once.
pub fn make_snippet(text: &str, stems: &HashSet<String>, width: usize) -> Snippet {
    Highlighter::new(stems).snippet(text, width)
}

/// The best window of `text` for its `matches`, given what each match is worth.
fn best_window(text: &str, matches: &[Match], scored: &[StemWorth], width: usize) -> Snippet {
    if text.len() <= width {
        return Snippet {
            text: text.replace('\n', " "),
            highlights: matches.iter().map(|m| (m.from, m.to)).collect(),
        };
    }
    // (worth, concepts shown whole by one word, count, start)
    let mut best = (0.0f32, 0usize, 0usize, 0usize);
    // Per window: each stem's best worth, then each concept's sum, up to its whole, and
    // whether one word shows it whole. Ordered maps: the worths are summed in the same
    // order every time, so two windows of equal worth tie every time, and the same
    // query shows the same snippet in every run (a hash map's order changes from run to
    // run, and with it the last bits of a sum).
    let mut stems: BTreeMap<&str, StemWorth> = BTreeMap::new();
    let mut concepts: BTreeMap<usize, (f32, f32, bool)> = BTreeMap::new();
    for (i, m) in matches.iter().enumerate() {
        let start = m.from.saturating_sub(width / 4);
        let end = start + width;
        stems.clear();
        let mut count = 0;
        for (x, w) in matches[i..].iter().zip(&scored[i..]) {
            if x.to > end {
                continue;
            }
            count += 1;
            let seen = stems.entry(x.stem.as_str()).or_insert(*w);
            if seen.worth < w.worth {
                *seen = *w;
            }
        }
        concepts.clear();
        let mut worth = 0.0;
        for w in stems.values() {
            if w.concept == usize::MAX {
                worth += w.worth;
            } else {
                let c = concepts.entry(w.concept).or_insert((0.0, w.whole, false));
                c.0 += w.worth;
                // Shown whole by one word: where the words of a form shown apart
                // (`terugkeer … hubs`) are worth as much as the form shown whole
                // (`terugkeerhub`), the window showing it whole wins.
                c.2 |= w.worth >= w.whole - 1e-6;
            }
        }
        worth += concepts
            .values()
            .map(|(sum, whole, _)| sum.min(*whole))
            .sum::<f32>();
        let shown = concepts.values().filter(|c| c.2).count();
        // Equal up to the last bits of an f32 sum of a few dozen worths.
        let margin = 1e-5 * worth.abs().max(best.0.abs()).max(1.0);
        let tied = (worth - best.0).abs() <= margin;
        if worth > best.0 + margin
            || (tied && shown > best.1)
            || (tied && shown == best.1 && count > best.2)
        {
            best = (worth, shown, count, start);
        }
    }
    let mut start = floor_char(text, best.3);
    if start > 0
        && let Some(sp) = text[..start].rfind(char::is_whitespace)
    {
        start = sp + 1;
    }
    let mut end = floor_char(text, (start + width).min(text.len()));
    if end < text.len()
        && let Some(sp) = text[..end].rfind(char::is_whitespace)
        && sp > start
    {
        end = sp;
    }
    let prefix = if start > 0 { "… " } else { "" };
    let mut out = String::with_capacity(width + 8);
    out.push_str(prefix);
    out.push_str(&text[start..end].replace('\n', " "));
    let highlights = matches
        .iter()
        .filter(|m| m.from >= start && m.to <= end)
        .map(|m| (m.from - start + prefix.len(), m.to - start + prefix.len()))
        .collect();
    if end < text.len() {
        out.push_str(" …");
    }
    Snippet {
        text: out,
        highlights,
    }
}

fn floor_char(s: &str, mut i: usize) -> usize {
    while i > 0 && !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stems_folds_and_compound_parts_are_highlighted() {
        let stems: HashSet<String> = analyze::tokens(
            &mut analyze::dutch_analyzer(),
            "hub Oeganda Italie afspraak",
        )
        .into_iter()
        .collect();
        let s = make_snippet(
            "De terugkeerhub in Oeganda, de afspraken met Italië.",
            &stems,
            240,
        );
        assert_eq!(
            s.marked("[", "]"),
            "De [terugkeerhub] in [Oeganda], de [afspraken] met [Italië]."
        );
    }

    #[test]
    fn a_separable_verb_written_apart_is_highlighted_whole() {
        let stems: HashSet<String> =
            analyze::tokens(&mut analyze::dutch_analyzer(), "meewerken terugnemen")
                .into_iter()
                .collect();
        let s = make_snippet(
            "Landen weigeren mee te werken en hun onderdanen terug te nemen, om te voorkomen dat",
            &stems,
            240,
        );
        assert_eq!(
            s.marked("[", "]"),
            "Landen weigeren [mee te werken] en hun onderdanen [terug te nemen], om te voorkomen dat"
        );
        // Also when the query holds the bare verb too (`aan te passen` typed: `passen`
        // in part): the three words are the joined verb, not `aan te [passen]`.
        let stems: HashSet<String> =
            analyze::tokens(&mut analyze::dutch_analyzer(), "aanpassen passen")
                .into_iter()
                .collect();
        let s = make_snippet("om de wet aan te passen, want die passen", &stems, 240);
        assert_eq!(
            s.marked("[", "]"),
            "om de wet [aan te passen], want die [passen]"
        );
    }

    #[test]
    fn the_fragment_of_an_elided_compound_is_highlighted() {
        let stems: HashSet<String> =
            analyze::tokens(&mut analyze::dutch_analyzer(), "asielbeleid wetgeving")
                .into_iter()
                .collect();
        let s = make_snippet(
            "Het asiel- en migratiebeleid, en de wet- en regelgeving.",
            &stems,
            240,
        );
        assert_eq!(
            s.marked("[", "]"),
            "Het [asiel]- en migratiebeleid, en de [wet]- en regelgeving."
        );
    }

    #[test]
    fn a_function_word_is_highlighted_only_beside_its_neighbour_of_the_query() {
        let mut dutch = analyze::dutch_analyzer();
        let mut stem = |w: &str| analyze::tokens(&mut dutch, w).remove(0);
        // `Van der Plas`: `van` is a function word, so no stem of its own to highlight,
        // but the query holds it before `der`.
        let stems: HashSet<String> = [stem("der"), stem("Plas")].into_iter().collect();
        let pairs = [[stem("van"), stem("der")]];
        let h = Highlighter::new(&stems).with_pairs(&pairs);
        assert_eq!(
            h.snippet("Het woord is aan mevrouw Van der Plas van de BBB.", 240)
                .marked("[", "]"),
            "Het woord is aan mevrouw [Van] [der] [Plas] van de BBB."
        );
        // Not across a sentence, and not without the pairs.
        assert_eq!(
            h.snippet("Dat komt van. Der Plas", 240).marked("[", "]"),
            "Dat komt van. [Der] [Plas]"
        );
        assert_eq!(
            Highlighter::new(&stems)
                .snippet("mevrouw Van der Plas", 240)
                .marked("[", "]"),
            "mevrouw Van [der] [Plas]"
        );
    }

    #[test]
    fn a_chain_of_pairs_lights_up_whole() {
        // `5 en 6 maart`: the month is matched; each pair adds the word before it in turn.
        let mut dutch = analyze::dutch_analyzer();
        let mut stem = |w: &str| analyze::tokens(&mut dutch, w).remove(0);
        let stems: HashSet<String> = [stem("maart")].into_iter().collect();
        let pairs = [
            [stem("5"), stem("en")],
            [stem("en"), stem("6")],
            [stem("6"), stem("maart")],
        ];
        let h = Highlighter::new(&stems).with_pairs(&pairs);
        assert_eq!(
            h.snippet(
                "Op 4 en 5 en 6 maart vergadert de Raad, niet op 5 april.",
                240
            )
            .marked("[", "]"),
            "Op 4 en [5] [en] [6] [maart] vergadert de Raad, niet op 5 april."
        );
        let pairs = [[stem("12"), stem("13")], [stem("13"), stem("december")]];
        let stems: HashSet<String> = [stem("december")].into_iter().collect();
        let h = Highlighter::new(&stems).with_pairs(&pairs);
        assert_eq!(
            h.snippet("de Raad van 12-13 december, 12 - 13 december", 240)
                .marked("[", "]"),
            "de Raad van [12]-[13] [december], [12] - [13] [december]"
        );
    }

    #[test]
    fn one_highlighter_serves_every_hit_of_a_query() {
        let stems: HashSet<String> =
            analyze::tokens(&mut analyze::dutch_analyzer(), "meewerken Italie")
                .into_iter()
                .collect();
        let h = Highlighter::new(&stems);
        let split = "Welke landen werken op dit moment goed mee?";
        let other = "Werken zij samen met Italië?";
        let first = h.snippet(split, 240).marked("[", "]");
        assert_eq!(first, "Welke landen [werken] op dit moment goed [mee]?");
        // What one text held (its particles, its matches) does not carry over.
        assert_eq!(
            h.snippet(other, 240).marked("[", "]"),
            "Werken zij samen met [Italië]?"
        );
        assert_eq!(h.snippet(split, 240).marked("[", "]"), first);
        assert_eq!(make_snippet(split, &stems, 240).marked("[", "]"), first);
    }

    #[test]
    fn the_window_shows_the_rare_words_whole_before_the_common_ones_and_parts() {
        let mut dutch = analyze::dutch_analyzer();
        let mut stem = |w: &str| analyze::tokens(&mut dutch, w).remove(0);
        let (hub, part, precies) = (stem("terugkeerhub"), stem("terugkeer"), stem("precies"));
        let stems: HashSet<String> = [&hub, &part, &precies].into_iter().cloned().collect();
        let text = format!(
            "Waar richt de Europese terugkeerwetgeving zich precies op? {} Het kabinet \
             zet in op terugkeerhubs.",
            "Het kabinet acht het noodzakelijk dat de wetgeving wordt aangepast. ".repeat(4)
        );
        // Counted as distinct stems, the part (`terugkeer` of `terugkeerwetgeving`) and
        // `precies` make two against one.
        let plain = Highlighter::new(&stems)
            .snippet(&text, 120)
            .marked("[", "]");
        assert!(
            plain.contains("[terugkeerwetgeving] zich [precies]"),
            "{plain}"
        );
        // Weighed, the rare word shown whole is worth more than both.
        let worth = |concept: usize, worth: f32, whole: f32| StemWorth {
            concept,
            worth,
            whole,
        };
        let worth: HashMap<String, StemWorth> = [
            (hub, worth(0, 2.8, 2.8)),
            (part, worth(0, 2.8 * 0.25, 2.8)),
            (precies, worth(1, 2.3, 2.3)),
        ]
        .into_iter()
        .collect();
        let weighed = (Highlighter::new(&stems).with_worth(&worth))
            .snippet(&text, 120)
            .marked("[", "]");
        assert!(weighed.contains("[terugkeerhubs]"), "{weighed}");
    }

    #[test]
    fn a_form_shown_whole_beats_its_words_shown_apart() {
        // `terugkeer … hubs` shows the two words of `terugkeer hub` apart, each worth half
        // of the concept: as much as `terugkeerhub` whole, and with more matches. The
        // window showing it whole wins.
        let mut dutch = analyze::dutch_analyzer();
        let mut stem = |w: &str| analyze::tokens(&mut dutch, w).remove(0);
        let (hub, part, word) = (stem("terugkeerhub"), stem("terugkeer"), stem("hub"));
        let stems: HashSet<String> = [&hub, &part, &word].into_iter().cloned().collect();
        let filler = "Het kabinet acht het noodzakelijk dat de wetgeving wordt aangepast. ";
        let text = format!(
            "Wat is een terugkeerhub? {} Werkt het land van terugkeer niet mee, dan lukt \
             terugkeer vanuit de hubs evenmin, en terugkeer naar huis ook niet.",
            filler.repeat(4)
        );
        let worth = |worth: f32| StemWorth {
            concept: 0,
            worth,
            whole: 2.8,
        };
        let worth: HashMap<String, StemWorth> =
            [(hub, worth(2.8)), (part, worth(1.4)), (word, worth(1.4))]
                .into_iter()
                .collect();
        let s = (Highlighter::new(&stems).with_worth(&worth))
            .snippet(&text, 120)
            .marked("[", "]");
        assert!(s.contains("[terugkeerhub]"), "{s}");
    }

    #[test]
    fn windows_of_equal_worth_tie_and_the_first_is_shown_every_time() {
        // Two windows show three concepts each, worth 0.9 + 1.7 + 33.3 and 33.3 + 1.7 +
        // 0.9: the same, though as f32 sums in these orders the second is 4e-6 more. The
        // first window is the snippet, in every call (each highlighter's maps are new).
        let mut dutch = analyze::dutch_analyzer();
        let mut stem = |w: &str| analyze::tokens(&mut dutch, w).remove(0);
        let words = ["dijk", "haven", "grens", "sluis", "brug", "kade"];
        let values = [0.9f32, 1.7, 33.3, 33.3, 1.7, 0.9];
        let stems: Vec<String> = words.iter().map(|w| stem(w)).collect();
        let worth: HashMap<String, StemWorth> = (stems.iter().zip(values).enumerate())
            .map(|(concept, (s, worth))| {
                let w = StemWorth {
                    concept,
                    worth,
                    whole: worth,
                };
                (s.clone(), w)
            })
            .collect();
        let set: HashSet<String> = stems.iter().cloned().collect();
        let filler = "Het kabinet acht het noodzakelijk dat de wetgeving wordt aangepast. ";
        let text = format!(
            "De dijk bij de haven en de grens. {} Dan de sluis bij de brug en de kade.",
            filler.repeat(3)
        );
        for _ in 0..200 {
            let s = (Highlighter::new(&set).with_worth(&worth))
                .snippet(&text, 60)
                .marked("[", "]");
            assert!(
                s.starts_with("De [dijk] bij de [haven] en de [grens]."),
                "{s}"
            );
        }
    }

    #[test]
    fn irregular_stems_are_highlighted() {
        // Stems that do not begin as the word does in full (`steden` → `stad`) or end
        // otherwise (`reizen` → `reis`) are still found.
        let stems: HashSet<String> =
            analyze::tokens(&mut analyze::dutch_analyzer(), "stad reis kinderen")
                .into_iter()
                .collect();
        let s = make_snippet("Steden, reizen en een kind.", &stems, 240);
        assert_eq!(s.marked("[", "]"), "[Steden], [reizen] en een [kind].");
    }
}
