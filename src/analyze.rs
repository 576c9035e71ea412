//! Dutch text analysis: the tokens that the index stores and queries look up.
//!
//! `zoek_dutch`: split on non-alphanumerics, lowercase, fold diacritics
//! (`Italië` → `italie`, so `Italie` finds it), then stem with the original Dutch
//! Snowball algorithm of `rust-stemmers`, with a small table for irregular plurals.
//! No stop words: `niet`, `geen`, `zonder` carry the meaning of an answer
//! (`geen terugnameplicht`); BM25 already weighs common words down.
//!
//! The stemmer is called from a token filter of our own rather than tantivy's
//! `Stemmer`, so stems do not change when tantivy changes its stemmer; the stemmer is
//! part of the schema version recorded in every index.

use rust_stemmers::{Algorithm, Stemmer};
use tantivy::Index;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RawTokenizer, RemoveLongFilter, SimpleTokenizer, TextAnalyzer,
    Token, TokenFilter, TokenStream, Tokenizer,
};

/// Name of the stemmed Dutch analyzer for full text.
pub const DUTCH: &str = "zoek_dutch";
/// Name of the analyzer for exact forms: words lowercased and folded, not stemmed, so an
/// exact match can outrank a stem match.
pub const EXACT: &str = "zoek_exact";
/// Name of the analyzer for compound parts: only the parts of compound words, stemmed
/// (`terugkeerhubs` → `terugkeer`, `hub`), each at its compound's position.
pub const PARTS: &str = "zoek_parts";
/// Name of the analyzer for names (minister, speaker): words, lowercased and folded, not stemmed.
pub const NAME: &str = "zoek_name";
/// Name of the analyzer for keyword fields (fractie, kind, kamerstuk): the whole value,
/// lowercased and folded.
pub const KEYWORD: &str = "zoek_keyword";

/// Plurals the Snowball algorithm leaves apart from their singulars, which replace them
/// before stemming (as Lucene's Dutch analyzer does): irregular Dutch plurals, and the
/// Latin and Greek plurals Dutch keeps (`moratoria`, `criteria`, `visa`). The third field
/// says whether the plural is also replaced at the end of a compound (`beslismoratoria`,
/// `detentiecentra`): not for the short ones (`fora` ends `amfora`) nor the Dutch ones
/// (`steden` ends `uitbesteden`). Not `maxima` (Máxima), `media` (the press) or `data`
/// (not dates).
const PLURALS: &[(&str, &str, bool)] = &[
    ("kamerleden", "kamerlid", false),
    ("leden", "lid", false),
    ("kinderen", "kind", false),
    ("steden", "stad", false),
    ("schepen", "schip", false),
    ("bladeren", "blad", false),
    ("eieren", "ei", false),
    ("volkeren", "volk", false),
    ("moratoria", "moratorium", true),
    ("criteria", "criterium", true),
    ("curricula", "curriculum", true),
    ("consortia", "consortium", true),
    ("historici", "historicus", true),
    ("academici", "academicus", true),
    ("technici", "technicus", true),
    ("politici", "politicus", true),
    ("critici", "criticus", true),
    ("gremia", "gremium", true),
    ("centra", "centrum", true),
    ("crises", "crisis", true),
    ("stadia", "stadium", true),
    ("musea", "museum", false),
    ("podia", "podium", false),
    ("quota", "quotum", false),
    ("visa", "visum", false),
    ("fora", "forum", false),
    ("saldi", "saldo", false),
];

/// A word that is, or ends a compound in, a plural of [`PLURALS`], with its singular
/// instead.
fn singular_of(word: &str) -> Option<String> {
    PLURALS.iter().find_map(|(plural, singular, in_compound)| {
        let head = word.strip_suffix(plural)?;
        (head.is_empty() || (*in_compound && head.len() >= 3)).then(|| format!("{head}{singular}"))
    })
}

/// Token filter applying the Dutch Snowball stemmer of `rust-stemmers`.
#[derive(Clone)]
pub struct DutchStemmer;

impl TokenFilter for DutchStemmer {
    type Tokenizer<T: Tokenizer> = DutchStemmerFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> DutchStemmerFilter<T> {
        DutchStemmerFilter { inner: tokenizer }
    }
}

/// The tokenizer produced by [`DutchStemmer`].
#[derive(Clone)]
pub struct DutchStemmerFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for DutchStemmerFilter<T> {
    type TokenStream<'a> = DutchStemmerStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        DutchStemmerStream {
            tail: self.inner.token_stream(text),
            stemmer: Stemmer::create(Algorithm::Dutch),
            spare: String::new(),
        }
    }
}

/// Token stream of [`DutchStemmerFilter`].
pub struct DutchStemmerStream<T> {
    tail: T,
    stemmer: Stemmer,
    spare: String,
}

impl<T: TokenStream> TokenStream for DutchStemmerStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        let token = self.tail.token_mut();
        stem_cached(&self.stemmer, &mut token.text, &mut self.spare);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// Stem one lowercased, folded word: Snowball, then the conflations it misses.
fn stem_word(stemmer: &Stemmer, word: &str) -> String {
    let singular = singular_of(word);
    let word = singular.as_deref().unwrap_or(word);
    let stem = stemmer.stem(word);
    // Snowball removes a plural `-s` only after a consonant, so a plural in `-es` of a
    // word in `-e` keeps it: `controles` stays `controles` while `controle` becomes
    // `control`. Such a plural is stemmed as its singular.
    if stem.len() >= 6
        && stem.ends_with("es")
        && word.ends_with("es")
        && let Some(singular) = word.strip_suffix('s')
    {
        return conflate(stemmer.stem(singular).into_owned());
    }
    conflate(stem.into_owned())
}

thread_local! {
    static STEMS: std::cell::RefCell<Memo<String>> =
        std::cell::RefCell::new(Memo::new(STEM_CACHE_GENERATION));
}

/// Entries of a generation of the per-thread stem cache (it holds at most two).
const STEM_CACHE_GENERATION: usize = 25_000;

/// Stem a token's text in place through a per-thread cache: words follow Zipf's law, so
/// most tokens are words stemmed before. Stemming was 30% of build CPU and 43% of query
/// CPU (snippets stem every word of every hit shown) before the cache (BENCHMARKS.md).
///
/// `spare` is a buffer of the caller's that takes the word, so the stem can be written
/// into the token's own buffer without allocating.
fn stem_cached(stemmer: &Stemmer, text: &mut String, spare: &mut String) {
    std::mem::swap(text, spare);
    let word = &*spare;
    text.clear();
    STEMS.with(|cache| {
        let mut cache = cache.borrow_mut();
        if cache.with(word, |stem| text.push_str(stem)) {
            return;
        }
        let stem = stem_word(stemmer, word);
        text.push_str(&stem);
        cache.insert(word.to_string(), stem);
    })
}

/// The stem of one lowercased, folded word (a token of [`exact_analyzer`]), as the
/// full-text analyzer gives it: for callers that look at words one at a time.
pub fn stem_folded(word: &str) -> String {
    let mut text = word.to_string();
    stem_cached(
        &Stemmer::create(Algorithm::Dutch),
        &mut text,
        &mut String::new(),
    );
    text
}

/// A bounded memo of the words seen last, in two generations: when the young one is
/// full it becomes the old one and the old one is dropped; a word found in the old
/// generation moves to the young one. Words in use survive a turnover, where emptying
/// the whole cache when full (as before) made every frequent word miss again.
struct Memo<V> {
    young: rustc_hash::FxHashMap<String, V>,
    old: rustc_hash::FxHashMap<String, V>,
    generation: usize,
}

impl<V> Memo<V> {
    fn new(generation: usize) -> Memo<V> {
        Memo {
            young: Default::default(),
            old: Default::default(),
            generation,
        }
    }

    /// Call `f` with the value of `word`, if known; say whether it was.
    fn with(&mut self, word: &str, f: impl FnOnce(&V)) -> bool {
        if let Some(v) = self.young.get(word) {
            f(v);
            return true;
        }
        match self.old.remove_entry(word) {
            Some((word, v)) => {
                f(&v);
                self.insert(word, v);
                true
            }
            None => false,
        }
    }

    fn insert(&mut self, word: String, value: V) {
        if self.young.len() >= self.generation {
            self.old = std::mem::take(&mut self.young);
        }
        self.young.insert(word, value);
    }
}

/// Forms of one word that the original Dutch Snowball algorithm leaves apart:
/// - `s`/`z` and `f`/`v` alternation (`reis`/`reizen`, `brief`/`brieven`, `negatief`/`negatieve`);
/// - verb forms in `-eert` (`registreert` with `registreren`);
/// - nouns in `-atie` with their verbs in `-eren` (`implementatie`/`implementeren`,
///   `denaturalisatie`/`denaturaliseren`).
fn conflate(mut stem: String) -> String {
    if let Some(base) = stem
        .strip_suffix("aties")
        .or_else(|| stem.strip_suffix("atie"))
        && base.len() >= 5
    {
        stem = format!("{base}er");
    } else if let Some(base) = stem.strip_suffix("eert")
        && base.len() >= 4
    {
        stem = format!("{base}er");
    }
    if stem.len() > 3 {
        if stem.ends_with('z') {
            stem.pop();
            stem.push('s');
        } else if stem.ends_with('v') {
            stem.pop();
            stem.push('f');
        }
    }
    stem
}

/// Tokens of this many bytes or more are dropped by every analyzer (no word is that long;
/// such tokens are URLs, hashes and table debris).
pub const MAX_TOKEN_LEN: usize = 48;

/// The full-text analyzer the index stores its text fields with: [`dutch_analyzer`],
/// and what only the whole text shows ([`Additions`]: the words that elided compounds
/// stand for, separable verbs written apart, the initials of names).
pub fn dutch_index_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(Additions)
        .filter(RemoveLongFilter::limit(MAX_TOKEN_LEN))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(DutchStemmer)
        .build()
}

/// The full-text analyzer of queries (see the module documentation).
pub fn dutch_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_LEN))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(DutchStemmer)
        .build()
}

/// The analyzer for exact forms (see [`EXACT`]).
pub fn exact_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_LEN))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// The analyzer for compound parts (see [`PARTS`]).
pub fn parts_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(MAX_TOKEN_LEN))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(CompoundParts)
        .filter(DutchStemmer)
        .build()
}

/// Token filter that replaces each word by the words its compound holds
/// ([`crate::compound::subwords`]), at the word's position; other words are dropped.
#[derive(Clone)]
pub struct CompoundParts;

impl TokenFilter for CompoundParts {
    type Tokenizer<T: Tokenizer> = CompoundPartsFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CompoundPartsFilter<T> {
        CompoundPartsFilter { inner: tokenizer }
    }
}

/// The tokenizer produced by [`CompoundParts`].
#[derive(Clone)]
pub struct CompoundPartsFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for CompoundPartsFilter<T> {
    type TokenStream<'a> = CompoundPartsStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CompoundPartsStream {
            tail: self.inner.token_stream(text),
            pending: Vec::new(),
            current: Token::default(),
        }
    }
}

/// Token stream of [`CompoundPartsFilter`].
pub struct CompoundPartsStream<T> {
    tail: T,
    pending: Vec<Token>,
    current: Token,
}

impl<T: TokenStream> TokenStream for CompoundPartsStream<T> {
    fn advance(&mut self) -> bool {
        loop {
            if let Some(t) = self.pending.pop() {
                self.current = t;
                return true;
            }
            if !self.tail.advance() {
                return false;
            }
            let token = self.tail.token();
            for part in cached_subwords(&token.text).iter().rev() {
                let mut t = token.clone();
                t.text.clone_from(part);
                self.pending.push(t);
            }
        }
    }

    fn token(&self) -> &Token {
        &self.current
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.current
    }
}

/// Shards of the compound-part cache (a word's shard is chosen by its hash).
const PARTS_SHARDS: usize = 16;
/// Entries of a generation of one shard of the compound-part cache.
const PARTS_CACHE_GENERATION: usize = 3_000;

/// The compound parts of a word through a cache shared by all threads: compound
/// splitting is the costliest step of analysis and words repeat (Zipf). Shared, every
/// indexing thread gains from a word split by another, and its memory is counted once
/// however many threads index (`zoek index --memory` bounds the whole process).
fn cached_subwords(word: &str) -> std::sync::Arc<[String]> {
    use std::sync::{Arc, LazyLock, Mutex};
    type Shards = Vec<Mutex<Memo<Arc<[String]>>>>;
    static CACHE: LazyLock<Shards> = LazyLock::new(|| {
        (0..PARTS_SHARDS)
            .map(|_| Mutex::new(Memo::new(PARTS_CACHE_GENERATION)))
            .collect()
    });
    static NONE: LazyLock<Arc<[String]>> = LazyLock::new(|| Arc::new([]));
    if word.len() < 7 {
        return NONE.clone();
    }
    let shard = &CACHE[std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, word) as usize
        % PARTS_SHARDS];
    let mut hit = None;
    if shard
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .with(word, |parts| hit = Some(parts.clone()))
    {
        return hit.expect("set on a hit");
    }
    // Split outside the lock; two threads may split the same word at once, rarely.
    let parts: Arc<[String]> = crate::compound::subwords(word).into();
    shard
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .insert(word.to_string(), parts.clone());
    parts
}

/// The fragments of elided compounds in a text, each with the word it stands for
/// ([`crate::compound::complete_elided`]): `asiel- en migratiebeleid` gives `asiel` →
/// `asielbeleid`, `wet- en regelgeving` `wet` → `wetgeving`, `terug- en overname`
/// `terug` → `terugname`. Chains count too (`asiel-, migratie- en terugkeerbeleid`). The
/// index holds the word at the fragment's position ([`Additions`]).
fn elisions_in(text: &str, words: &[(usize, usize)]) -> Vec<Addition> {
    // Most texts have no word ending in a hyphen before a space.
    if !(text.contains("- ") || text.contains("-\n") || text.contains("-, ")) {
        return Vec::new();
    }
    let hyphenated = |k: usize| {
        let rest = &text[words[k].1..];
        // `asiel- en`, or `asiel-, migratie- en` in a chain.
        let rest = rest.strip_prefix('-').unwrap_or("x");
        rest.strip_prefix(',')
            .unwrap_or(rest)
            .starts_with(char::is_whitespace)
    };
    let fold = |k: usize| fold_word(&text[words[k].0..words[k].1]);
    let mut out = Vec::new();
    for i in 0..words.len() {
        if !hyphenated(i) {
            continue;
        }
        // The fragments of a chain, then `en`/`of`, then the full word.
        let mut j = i + 1;
        while j < words.len() && hyphenated(j) && j - i < 4 {
            j += 1;
        }
        if j + 1 >= words.len() || !matches!(fold(j).as_str(), "en" | "of") {
            continue;
        }
        if let Some(word) = crate::compound::complete_elided(&fold(i), &fold(j + 1)) {
            out.push(Addition {
                after: words[i].1,
                from: words[i].0,
                text: word,
            });
        }
    }
    out
}

/// A number written with thousands separators (`38.000`, `1.250.000`): the words it is cut
/// into (`38`, `000`) and the number they make (`38000`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GroupedNumber {
    /// Byte offset of its first group.
    pub from: usize,
    /// Byte offset just after its last group.
    pub to: usize,
    /// Its digits, without separators.
    pub joined: String,
}

/// Whether a character separates the thousands of a number: the Dutch point, or the
/// narrow or non-breaking space of typeset figures. A plain space does not: `30 000` may
/// as well be two figures of a list.
fn is_thousands_separator(c: char) -> bool {
    matches!(c, '.' | '\u{a0}' | '\u{202f}')
}

/// The numbers of a text written with thousands separators (`38.000 extra
/// asielopvangplekken`, `€ 20.000`), which the index also holds as one number (`38000`):
/// a reader types `38000` as often as `38.000`. A group is three digits; the first one
/// to three, not itself after a separator and digits (`1.2.345` is no number of
/// thousands).
pub fn grouped_numbers_in(text: &str, words: &[(usize, usize)]) -> Vec<GroupedNumber> {
    let digits = |k: usize| {
        text[words[k].0..words[k].1]
            .bytes()
            .all(|b| b.is_ascii_digit())
    };
    // Whether word `k` follows word `k - 1` across exactly one separator.
    let joined_to_previous = |k: usize| {
        let mut between = text[words[k - 1].1..words[k].0].chars();
        between.next().is_some_and(is_thousands_separator) && between.next().is_none()
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let starts = digits(i)
            && (1..=3).contains(&(words[i].1 - words[i].0))
            && !(i > 0 && digits(i - 1) && joined_to_previous(i));
        if !starts {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < words.len() && words[j].1 - words[j].0 == 3 && digits(j) && joined_to_previous(j)
        {
            j += 1;
        }
        if j > i + 1 {
            out.push(GroupedNumber {
                from: words[i].0,
                to: words[j - 1].1,
                joined: (i..j).map(|k| &text[words[k].0..words[k].1]).collect(),
            });
        }
        i = j;
    }
    out
}

/// Whether a folded, lowercase word is the particle of a separable verb written apart
/// with `te` (see [`separables_with_te`]).
pub fn is_separable_particle(word: &str) -> bool {
    particle_index(word).is_some()
}

/// The index in [`crate::family::PARTICLES`] of a word that is a separable particle
/// (not `om`: `om te` means "in order to").
fn particle_index(word: &str) -> Option<usize> {
    if word.len() > 8 || word.eq_ignore_ascii_case("om") {
        return None;
    }
    crate::family::PARTICLES
        .iter()
        .position(|p| p.eq_ignore_ascii_case(word))
}

/// The separable verbs of a text written apart in their infinitive with `te`, with the
/// verb written as one word: `mee te werken` (`meewerken`), `terug te nemen`
/// (`terugnemen`), `op te vangen` (`opvangen`, and so `opvang`), `deel te nemen`
/// (`deelnemen`). Only joins that are words of the dictionary count, so `door te
/// investeren` ("by investing") gives none; `om te` is never a particle (`om te
/// voorkomen` is "in order to prevent"); only spaces may stand between the three words
/// (`mee, te werken` is none). The index holds the joined verb at the verb's position
/// ([`Additions`]).
pub fn separables_with_te(text: &str) -> Vec<SplitVerb> {
    separables_in(text, &words(text).collect::<Vec<_>>())
}

/// [`separables_with_te`] of a text cut into `words` ([`words`]).
fn separables_in(text: &str, words: &[(usize, usize)]) -> Vec<SplitVerb> {
    let apart = |k: usize| {
        text[words[k].1..words[k + 1].0]
            .chars()
            .all(char::is_whitespace)
    };
    let mut out = Vec::new();
    for k in 1..words.len().saturating_sub(1) {
        let te = &text[words[k].0..words[k].1];
        if !te.eq_ignore_ascii_case("te") || !apart(k - 1) || !apart(k) {
            continue;
        }
        let (particle, verb) = (words[k - 1], words[k + 1]);
        let Some(p) = particle_index(&text[particle.0..particle.1]) else {
            continue;
        };
        if verb.1 - verb.0 < 3 {
            continue;
        }
        let joined = format!(
            "{}{}",
            crate::family::PARTICLES[p],
            fold_word(&text[verb.0..verb.1])
        );
        if crate::compound::is_word(&joined) {
            out.push(SplitVerb {
                verb,
                particle,
                joined,
            });
        }
    }
    out
}

/// The words of a text as the analyzers' tokenizer cuts them (runs of letters and digits),
/// as byte ranges `(start, end)`: for code that must find in the text what the index holds.
pub fn words(text: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let mut start = None;
    text.char_indices()
        .chain(std::iter::once((text.len(), ' ')))
        .filter_map(move |(i, c)| {
            if c.is_alphanumeric() {
                start.get_or_insert(i);
                None
            } else {
                start.take().map(|from| (from, i))
            }
        })
}

/// A run of capitalized words whose initials make an acronym: `International Migration
/// Review Forum` (`imrf`), `Europees Verdrag voor de Rechten van de Mens` (`evrm`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AcronymRun {
    /// Byte offset of the run's first word.
    pub from: usize,
    /// Byte offset just after its last capitalized word.
    pub to: usize,
    /// The initials, lowercase and folded.
    pub acronym: String,
}

/// Fewest capitalized words a run needs: two-letter initials (`Europese Unie`, `Tweede
/// Kamer`) would mostly add tokens that the text already holds (`EU`).
const ACRONYM_MIN: usize = 3;
/// Most initials: longer runs are lists of names, not a body's name.
const ACRONYM_MAX: usize = 8;

/// The lowercase words a name may hold between its capitalized words (`Raad van State`,
/// `Hof van Justitie van de Europese Unie`, `Office for Democratic Institutions and
/// Human Rights`).
fn is_name_link(word: &str) -> bool {
    matches!(
        word,
        "van"
            | "voor"
            | "de"
            | "der"
            | "den"
            | "het"
            | "en"
            | "op"
            | "in"
            | "of"
            | "for"
            | "the"
            | "and"
            | "on"
            | "des"
            | "du"
            | "la"
            | "et"
    )
}

/// Capitalized Dutch function words: a sentence's first word, or a name's particle
/// (`Van den Brink`), never an initial.
fn is_capitalized_function_word(word: &str) -> bool {
    matches!(
        word,
        "De" | "Het"
            | "Een"
            | "In"
            | "Op"
            | "Van"
            | "Voor"
            | "En"
            | "Als"
            | "Dat"
            | "Die"
            | "Dit"
            | "Deze"
            | "Wat"
            | "Hoe"
            | "Ik"
            | "Wij"
            | "We"
            | "Zij"
            | "Ze"
            | "Hij"
            | "Er"
            | "Ook"
            | "Maar"
            | "Met"
            | "Bij"
            | "Naar"
            | "Om"
            | "Te"
            | "Aan"
            | "Uit"
            | "Door"
            | "Over"
            | "Tot"
            | "Na"
            | "Zo"
            | "Nu"
            | "Dan"
            | "Daar"
            | "Hier"
            | "Welke"
            | "Waarom"
            | "Wanneer"
            | "Is"
            | "Kan"
            | "Zijn"
            | "Heeft"
            | "Wordt"
            | "Mevrouw"
            | "Meneer"
            | "Minister"
            | "Voorzitter"
            | "The"
            | "Den"
            | "Der"
            | "Ter"
            | "Ten"
    )
}

/// The runs of three to eight capitalized words in a text, with only spaces and the
/// links of a name (`is_name_link`) between them, and the acronym of each.
///
/// Parliamentary texts name bodies and instruments in full where the reader knows them by
/// their initials (`International Migration Review Forum` is the `IMRF`); the index holds
/// the initials too ([`Additions`]), and a snippet highlights the name for them.
pub fn acronym_runs(text: &str) -> Vec<AcronymRun> {
    acronyms_in(text, &words(text).collect::<Vec<_>>())
}

/// [`acronym_runs`] of a text cut into `words` ([`words`]).
pub(crate) fn acronyms_in(text: &str, words: &[(usize, usize)]) -> Vec<AcronymRun> {
    let mut runs = Vec::new();
    // The current run: each capitalized word's start and initial, and the end of the last.
    let mut run: Vec<(usize, char)> = Vec::new();
    let mut run_to = 0;
    let mut close = |run: &mut Vec<(usize, char)>, to: usize| {
        // The whole run, and without its first word, which may only start the sentence
        // (`Tijdens de Management Board`) or name what the name belongs to (`Raad Justitie
        // en Binnenlandse Zaken`: `JBZ`).
        for skip in 0..2 {
            let words = &run[skip.min(run.len())..];
            if (ACRONYM_MIN..=ACRONYM_MAX).contains(&words.len()) {
                let initials: String = words.iter().map(|&(_, c)| c).collect();
                runs.push(AcronymRun {
                    from: words[0].0,
                    to,
                    acronym: fold_word(&initials),
                });
            }
        }
        run.clear();
    };
    let mut last_end = 0;
    for &(from, i) in words {
        let word = &text[from..i];
        // Only spaces since the run's last word; a comma or a full stop ends it.
        if !run.is_empty() && !text[last_end..from].chars().all(char::is_whitespace) {
            close(&mut run, run_to);
        }
        last_end = i;
        let first = word.chars().next().unwrap_or(' ');
        let capitalized = first.is_uppercase()
            && word.chars().any(char::is_lowercase)
            && word.chars().all(char::is_alphabetic)
            && !is_capitalized_function_word(word);
        if capitalized {
            run.push((from, first));
            run_to = i;
        } else if !run.is_empty() && !is_name_link(word) {
            close(&mut run, run_to);
        }
    }
    close(&mut run, run_to);
    runs
}

/// Token filter that adds the tokens only the whole text shows, each after the token it
/// ends with and at its position: separable verbs written apart, joined — with `te` at the
/// verb ([`separables_with_te`]: `mee te werken` is found by `meewerken`), split in a main
/// clause at the particle ([`split_verbs`]: `Iran werkt niet mee` by `meewerken`,
/// `Nederland zet zich in voor` by `inzetten` and so `inzet`) — and the initials of names
/// ([`acronym_runs`]: `IMRF` finds `International Migration Review Forum`) — and the word
/// an elided compound's fragment stands for, at the fragment (`elisions_in`: `asiel- en
/// migratiebeleid` is found by `asielbeleid`) — and a number written with thousands
/// separators as one number, at its last group ([`grouped_numbers_in`]: `38000` finds
/// `38.000`). It reads the text around the tokens (case, hyphens, punctuation), so it
/// comes right after the tokenizer; at index time only, as a query's tokens make phrases
/// by their order. One pass cuts the words for all five.
#[derive(Clone)]
pub struct Additions;

impl TokenFilter for Additions {
    type Tokenizer<T: Tokenizer> = AddingFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> AddingFilter<T> {
        AddingFilter { inner: tokenizer }
    }
}

/// What [`Additions`] adds to a text, in the order of the tokens they follow.
fn additions(text: &str) -> Vec<Addition> {
    let words: Vec<(usize, usize)> = words(text).collect();
    let mut out: Vec<Addition> = elisions_in(text, &words);
    out.extend(
        grouped_numbers_in(text, &words)
            .into_iter()
            .map(|n| Addition {
                after: n.to,
                from: n.from,
                text: n.joined,
            }),
    );
    out.extend(acronyms_in(text, &words).into_iter().map(|r| Addition {
        after: r.to,
        from: r.from,
        text: r.acronym,
    }));
    out.extend(split_verbs_in(text, &words).into_iter().map(|v| Addition {
        after: v.particle.1,
        from: v.verb.0,
        text: v.joined,
    }));
    out.extend(separables_in(text, &words).into_iter().map(|v| Addition {
        after: v.verb.1,
        from: v.particle.0,
        text: v.joined,
    }));
    out.sort_by_key(|a| a.after);
    out
}

/// A token to add after the token that ends at `after`, at its position.
struct Addition {
    /// End offset of the token the addition follows.
    after: usize,
    /// Start offset of the addition (its end is `after`).
    from: usize,
    /// The token's text.
    text: String,
}

/// The tokenizer produced by [`Additions`].
#[derive(Clone)]
pub struct AddingFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for AddingFilter<T> {
    type TokenStream<'a> = AddingStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        AddingStream {
            tail: self.inner.token_stream(text),
            pending: additions(text).into(),
            added: Vec::new(),
            giving_added: false,
        }
    }
}

/// Token stream of [`AddingFilter`].
pub struct AddingStream<T> {
    tail: T,
    /// The additions not yet reached, in order.
    pending: std::collections::VecDeque<Addition>,
    /// The tokens to give after the current token, last first.
    added: Vec<Token>,
    /// Whether the current token is the last of `added`.
    giving_added: bool,
}

impl<T: TokenStream> TokenStream for AddingStream<T> {
    fn advance(&mut self) -> bool {
        if self.giving_added {
            self.added.pop();
        }
        if !self.added.is_empty() {
            self.giving_added = true;
            return true;
        }
        self.giving_added = false;
        if !self.tail.advance() {
            return false;
        }
        let t = self.tail.token();
        while self.pending.front().is_some_and(|a| a.after < t.offset_to) {
            self.pending.pop_front();
        }
        while let Some(a) = self.pending.front()
            && a.after == t.offset_to
        {
            self.added.push(Token {
                offset_from: a.from,
                offset_to: a.after,
                position: t.position,
                text: a.text.clone(),
                position_length: 1,
            });
            self.pending.pop_front();
        }
        true
    }

    fn token(&self) -> &Token {
        match self.added.last() {
            Some(a) if self.giving_added => a,
            _ => self.tail.token(),
        }
    }

    fn token_mut(&mut self) -> &mut Token {
        match self.added.last_mut() {
            Some(a) if self.giving_added => a,
            _ => self.tail.token_mut(),
        }
    }
}

/// A separable verb standing apart from its particle in a main clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SplitVerb {
    /// Byte range of the finite verb (`werkt`).
    pub verb: (usize, usize),
    /// Byte range of the particle (`mee`).
    pub particle: (usize, usize),
    /// The verb written as one word, folded and lowercase (`meewerken`).
    pub joined: String,
}

/// Words after which a particle still ends its clause: prepositions of the verb's object
/// (`werkt niet mee aan`, `gaat in op`, `zet zich in voor`) and the words that start a
/// new clause (`stelt voor om`, `gaat ervan uit dat`). Not `te`: a particle before it
/// belongs to the infinitive after it (`in te zetten`, see [`separables_with_te`]).
pub(crate) fn ends_a_clause_before(word: &str) -> bool {
    matches!(
        word,
        "aan"
            | "voor"
            | "met"
            | "in"
            | "op"
            | "bij"
            | "naar"
            | "over"
            | "van"
            | "tot"
            | "tegen"
            | "uit"
            | "door"
            | "om"
            | "dat"
            | "als"
            | "omdat"
            | "zodat"
            | "wanneer"
            | "en"
            | "maar"
            | "of"
            | "want"
            | "zodra"
            | "indien"
    )
}

/// The words a particle never follows as a particle: it is then part of a noun phrase
/// (`het voor en tegen`, `een na laatste`) or of an infinitive (`te`).
fn not_before_a_particle(word: &str) -> bool {
    matches!(word, "de" | "het" | "een" | "te")
}

/// Words that are never the finite verb of a separable verb, though a spelling rule could
/// read them as one (`met` as `meten`, `wat` as `watten`).
fn is_function_word(word: &str) -> bool {
    not_before_a_particle(word)
        || matches!(
            word,
            "van"
                | "in"
                | "op"
                | "aan"
                | "met"
                | "voor"
                | "naar"
                | "bij"
                | "tot"
                | "over"
                | "door"
                | "uit"
                | "om"
                | "en"
                | "of"
                | "dat"
                | "die"
                | "dit"
                | "deze"
                | "er"
                | "zich"
                | "ook"
                | "niet"
                | "wel"
                | "nog"
                | "al"
                | "wat"
                | "wie"
                | "hoe"
                | "ik"
                | "u"
                | "we"
                | "wij"
                | "zij"
                | "ze"
                | "hij"
                | "het"
                | "als"
                | "dan"
                | "zo"
                | "nu"
                | "maar"
                | "mede"
                | "hun"
                | "haar"
                | "zijn"
                | "uw"
                | "ons"
                | "onze"
                | "mijn"
        )
}

/// Most words between a finite verb and its particle that are searched.
const SPLIT_VERB_REACH: usize = 10;

/// The separable verbs of a text whose particle stands at the end of a main clause, apart
/// from the finite verb (`Iran werkt niet mee aan de terugkeer`, `Nederland zet zich in
/// voor`, `de minister stelt voor om`), with the verb written as one word. The particle
/// ends its clause (punctuation, or a word of `ends_a_clause_before` follows); the verb
/// is the nearest word before it, in the same clause and at most ten words back, whose
/// infinitive joined to the particle is a word of the dictionary.
pub fn split_verbs(text: &str) -> Vec<SplitVerb> {
    split_verbs_in(text, &words(text).collect::<Vec<_>>())
}

/// [`split_verbs`] of a text cut into `words` ([`words`]).
pub(crate) fn split_verbs_in(text: &str, words: &[(usize, usize)]) -> Vec<SplitVerb> {
    // Words are folded when looked at, around a particle: most words never are.
    let fold = |k: usize| -> std::borrow::Cow<str> {
        let w = &text[words[k].0..words[k].1];
        if w.bytes().all(|b| b.is_ascii_lowercase()) {
            std::borrow::Cow::Borrowed(w)
        } else {
            std::borrow::Cow::Owned(fold_word(w))
        }
    };
    let is_particle = |k: usize| particle_index(&text[words[k].0..words[k].1]).is_some();
    // Whether only spaces stand between word k and the next.
    let joined_to_next = |k: usize| {
        words
            .get(k + 1)
            .is_some_and(|next| text[words[k].1..next.0].chars().all(char::is_whitespace))
    };
    let mut out = Vec::new();
    for j in 0..words.len() {
        if !is_particle(j) {
            continue;
        }
        let particle = fold(j);
        // The fragment of an elided compound (`terug- en overname`).
        if text[words[j].1..].starts_with('-') {
            continue;
        }
        // A particle followed by another that ends the clause is a preposition of the
        // clause (`werkt daar opties voor uit.`: `uitwerken`, not `voorwerken`).
        // (`spant zich er voor in om`: `inspannen`, not `voorspannen`).
        let ends_at = |j: usize| !joined_to_next(j) || ends_a_clause_before(&fold(j + 1));
        let next_is_the_particle = joined_to_next(j) && is_particle(j + 1) && ends_at(j + 1);
        let ends = ends_at(j) && !next_is_the_particle;
        if !ends || j == 0 || !joined_to_next(j - 1) || not_before_a_particle(&fold(j - 1)) {
            continue;
        }
        // `Daar maak ik me zorgen over`: the word is the preposition of `daarover`, split
        // as Dutch splits `daar`, `er`, `hier` and `waar` from theirs, when no other
        // preposition between them could be it (`zet zich er niet voor in`: `inzetten`).
        let mut r = j;
        let mut split_pronoun = false;
        while r > 0 && j - r < 2 * SPLIT_VERB_REACH && joined_to_next(r - 1) {
            r -= 1;
            if is_particle(r) {
                break;
            }
            let w = fold(r);
            if matches!(w.as_ref(), "er" | "daar" | "hier" | "waar") {
                split_pronoun = crate::compound::is_word(&format!("{w}{particle}"));
                break;
            }
        }
        if split_pronoun {
            continue;
        }
        let mut k = j;
        while k > 0 && j - k < SPLIT_VERB_REACH && joined_to_next(k - 1) {
            k -= 1;
            let w = fold(k);
            if is_particle(k) || is_function_word(&w) {
                continue;
            }
            if let Some(joined) = crate::family::separable_verb(&particle, &w) {
                out.push(SplitVerb {
                    verb: words[k],
                    particle: words[j],
                    joined,
                });
                break;
            }
        }
    }
    out
}

/// The analyzer for personal names.
pub fn name_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// The analyzer for whole-value keyword fields.
pub fn keyword_analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(RawTokenizer::default())
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .build()
}

/// Register zoek's analyzers with an index. Must be called after every `Index::open`:
/// the schema stores only the analyzers' names.
pub fn register(index: &Index) {
    let manager = index.tokenizers();
    manager.register(DUTCH, dutch_index_analyzer());
    manager.register(EXACT, exact_analyzer());
    manager.register(PARTS, parts_analyzer());
    manager.register(NAME, name_analyzer());
    manager.register(KEYWORD, keyword_analyzer());
    // Fast (columnar) keyword fields normalize their values with the same analyzer.
    index
        .fast_field_tokenizer()
        .register(KEYWORD, keyword_analyzer());
}

/// One word lowercased and folded as the exact analyzer folds it (`Reïntegratie` →
/// `reintegratie`), for code that looks at words one at a time.
pub fn fold_word(word: &str) -> String {
    let mut out = String::new();
    fold_word_into(word, &mut out);
    out
}

/// [`fold_word`] into a buffer of the caller's (cleared first): a plain ASCII word, as
/// most are, costs no allocation; the others go through one exact analyzer per thread
/// (snippets and the feedback rerank fold every word of every hit they read).
pub fn fold_word_into(word: &str, out: &mut String) {
    thread_local! {
        static EXACT: std::cell::RefCell<TextAnalyzer> = std::cell::RefCell::new(exact_analyzer());
    }
    out.clear();
    if word.is_ascii() {
        out.extend(word.bytes().map(|b| b.to_ascii_lowercase() as char));
    } else {
        EXACT.with_borrow_mut(|analyzer| {
            let mut stream = analyzer.token_stream(word);
            while stream.advance() {
                out.push_str(&stream.token().text);
            }
        });
    }
}

/// The tokens an analyzer produces for a text.
pub fn tokens(analyzer: &mut TextAnalyzer, text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut stream = analyzer.token_stream(text);
    while stream.advance() {
        out.push(stream.token().text.clone());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dutch(s: &str) -> Vec<String> {
        tokens(&mut dutch_analyzer(), s)
    }

    fn tokens_of(s: &str) -> usize {
        dutch(s).len()
    }

    #[test]
    fn numbers_with_thousands_separators_are_also_one_number() {
        let numbers = |text: &str| -> Vec<String> {
            let words: Vec<(usize, usize)> = words(text).collect();
            grouped_numbers_in(text, &words)
                .into_iter()
                .map(|n| n.joined)
                .collect()
        };
        assert_eq!(numbers("nog eens 38.000 extra plekken"), ["38000"]);
        assert_eq!(numbers("€ 1.250.000 of €20.000,50"), ["1250000", "20000"]);
        assert_eq!(
            numbers("een typeset 38\u{202f}000 en 12\u{a0}500"),
            ["38000", "12500"]
        );
        // Not numbers of thousands: a plain space (two figures of a list), a group of
        // other than three digits, a time, a section number, a decimal comma.
        for text in [
            "tussen 30 000",
            "om 10.00 uur",
            "paragraaf 3.2.1",
            "1,4 miljard",
            "1.2.345",
            "38.0000",
        ] {
            assert!(numbers(text).is_empty(), "{text}");
        }
        // The span is the number as written, for the highlight.
        let text = "van 20.000 euro";
        let words: Vec<(usize, usize)> = words(text).collect();
        let n = &grouped_numbers_in(text, &words)[0];
        assert_eq!(&text[n.from..n.to], "20.000");
    }

    #[test]
    fn inflections_meet() {
        assert_eq!(dutch("terugkeerhubs"), dutch("terugkeerhub"));
        assert_eq!(dutch("hubs"), dutch("hub"));
        assert_eq!(dutch("asielzoekers"), dutch("asielzoeker"));
        assert_eq!(dutch("afspraken"), dutch("afspraak"));
        assert_eq!(dutch("kamerleden"), dutch("kamerlid"));
        // Plurals in `-es` of words in `-e`, which Snowball leaves whole.
        assert_eq!(dutch("controles"), dutch("controle"));
        assert_eq!(dutch("grenscontroles"), dutch("grenscontrole"));
        assert_eq!(dutch("asielprocedures"), dutch("asielprocedure"));
        assert_eq!(dutch("drones"), dutch("drone"));
        assert_eq!(dutch("grensbarrières"), dutch("grensbarrière"));
    }

    /// The tokens of the index analyzer with their positions.
    fn indexed(s: &str) -> Vec<(String, usize)> {
        let mut analyzer = dutch_index_analyzer();
        let mut stream = analyzer.token_stream(s);
        let mut out = Vec::new();
        while stream.advance() {
            out.push((stream.token().text.clone(), stream.token().position));
        }
        out
    }

    #[test]
    fn separable_verbs_written_apart_are_indexed_joined() {
        let tokens = indexed("weigeren mee te werken en terug te nemen; op te vangen");
        let joined = |stem: &str| tokens.iter().find(|(t, _)| t == stem).map(|(_, p)| *p);
        // At the verb's position, so phrases of the words as written still match.
        assert_eq!(joined(&dutch("meewerken")[0]), Some(3));
        assert_eq!(joined(&dutch("terugnemen")[0]), Some(7));
        // `op te vangen` is found by the noun `opvang`, which stems alike.
        assert_eq!(dutch("opvangen"), dutch("opvang"));
        assert_eq!(joined(&dutch("opvang")[0]), Some(10));
        assert_eq!(tokens.len(), 11 + 3);
    }

    #[test]
    fn only_separable_joins_that_are_words_are_indexed() {
        // `om te` is "in order to"; `doorinvesteren` is no word; `te` must come between.
        for text in [
            "om te voorkomen",
            "door te investeren",
            "mee werken",
            "mee, te werken",
        ] {
            let plain = tokens(&mut dutch_analyzer(), text).len();
            assert_eq!(indexed(text).len(), plain, "{text}");
        }
    }

    #[test]
    fn names_are_indexed_by_their_initials_too() {
        let text = "Het International Migration Review Forum, in mei.";
        let tokens = indexed(text);
        // After the name's last word, at its position.
        let at = |word: &str| tokens.iter().find(|(t, _)| t == word).map(|(_, p)| *p);
        assert_eq!(at("imrf"), Some(4));
        assert_eq!(at(&dutch("Forum")[0]), Some(4));
        assert_eq!(
            tokens.len(),
            tokens_of(text) + 2,
            "imrf and, without its first word, mrf"
        );
        let acronyms = |text: &str| -> Vec<String> {
            acronym_runs(text).into_iter().map(|r| r.acronym).collect()
        };
        // Links of a name between its words; the run with and without its first word.
        assert_eq!(
            acronyms("de Raad Justitie en Binnenlandse Zaken komt"),
            vec!["rjbz", "jbz"]
        );
        assert_eq!(
            acronyms("het Europees Verdrag voor de Rechten van de Mens"),
            vec!["evrm", "vrm"]
        );
        let run = &acronym_runs("het Europees Verdrag voor de Rechten van de Mens")[0];
        assert_eq!(run.from, 4);
        assert_eq!(run.to, 48);
        // Fewer than three initials, punctuation between, function words, numbers: none.
        for text in [
            "de Tweede Kamer",
            "Europees, Verdrag, Mens",
            "De Raad van State",
            "Dank u wel",
            "Verordening 2024 Asiel Migratie",
        ] {
            assert_eq!(acronyms(text), Vec::<String>::new(), "{text}");
        }
        // A plain sentence's tokens are what the query analyzer makes of it.
        let plain = "de minister weigert mee te denken over asiel";
        assert_eq!(indexed(plain).len(), tokens_of(plain) + 1, "meedenken only");
    }

    #[test]
    fn separable_verbs_apart_in_a_main_clause_are_indexed_joined() {
        let joins = |text: &str| -> Vec<(String, String, String)> {
            split_verbs(text)
                .into_iter()
                .map(|v| {
                    let (verb, particle) =
                        (&text[v.verb.0..v.verb.1], &text[v.particle.0..v.particle.1]);
                    (verb.to_string(), particle.to_string(), v.joined)
                })
                .collect()
        };
        for (text, verb, particle, joined) in [
            (
                "In de praktijk werken derde landen vrijwel altijd mee aan vrijwillige terugkeer.",
                "werken",
                "mee",
                "meewerken",
            ),
            (
                "Het kabinet zet zich in voor de versterking van de grens.",
                "zet",
                "in",
                "inzetten",
            ),
            (
                "De minister stelt voor om de wet te wijzigen.",
                "stelt",
                "voor",
                "voorstellen",
            ),
            (
                "Iran neemt zijn burgers niet terug.",
                "neemt",
                "terug",
                "terugnemen",
            ),
            (
                "Nederland zet zich er niet voor in.",
                "zet",
                "in",
                "inzetten",
            ),
            (
                "De vergadering vond gisteren plaats.",
                "vond",
                "plaats",
                "plaatsvinden",
            ),
            // The particle of two that ends the clause: `uitwerken`, not `voorwerken`.
            (
                "Het kabinet werkt daar diverse opties voor uit.",
                "werkt",
                "uit",
                "uitwerken",
            ),
        ] {
            assert_eq!(
                joins(text),
                vec![(verb.to_string(), particle.to_string(), joined.to_string())],
                "{text}"
            );
        }
        for text in [
            // Before `te`, the particle belongs to the infinitive (`separables_with_te`).
            "Het kabinet is bereid mee te werken.",
            // A preposition with its object, not at the clause's end.
            "Hij werkt op het ministerie.",
            // A present participle is no finite verb; a comma ends the clause.
            "In de komende dagen over de grens.",
            "Zij werken, naar verluidt, mee.",
            // The fragment of an elided compound.
            "Nederland werkt aan het sluiten van terug- en overname-overeenkomsten.",
            // The preposition of a split `daarover`.
            "Daar maak ik me toch wel zorgen over.",
        ] {
            assert_eq!(joins(text), vec![], "{text}");
        }
        // Indexed at the particle's position, after it.
        let tokens = indexed("Iran werkt niet mee.");
        assert_eq!(tokens.len(), tokens_of("Iran werkt niet mee.") + 1);
        let joined = tokens
            .iter()
            .position(|(t, _)| *t == dutch("meewerken")[0])
            .unwrap();
        assert_eq!(tokens[joined].1, 3);
        assert_eq!(tokens[joined - 1].0, "mee");
    }

    #[test]
    fn related_forms_meet() {
        assert_eq!(dutch("nareizen"), dutch("nareis"));
        assert_eq!(dutch("brieven"), dutch("brief"));
        assert_eq!(dutch("negatieve"), dutch("negatief"));
        assert_eq!(dutch("moratoria"), dutch("moratorium"));
        assert_eq!(dutch("beslismoratoria"), dutch("beslismoratorium"));
        assert_eq!(dutch("criteria"), dutch("criterium"));
        assert_eq!(dutch("visa"), dutch("visum"));
        assert_eq!(dutch("detentiecentra"), dutch("detentiecentrum"));
        assert_eq!(dutch("crises"), dutch("crisis"));
        // Short plurals only as whole words; not the queen, not the press.
        assert_ne!(dutch("amfora"), dutch("amforum"));
        assert_ne!(dutch("Máxima"), dutch("maximum"));
        assert_ne!(dutch("media"), dutch("medium"));
        assert_eq!(dutch("denaturalisatie"), dutch("denaturaliseren"));
        assert_eq!(dutch("implementatie"), dutch("implementeren"));
        assert_eq!(dutch("registreert"), dutch("registreren"));
        assert_ne!(dutch("natie"), dutch("naderen"));
    }

    #[test]
    fn diacritics_fold() {
        assert_eq!(dutch("Italië"), dutch("Italie"));
        assert_eq!(dutch("coördinatie"), dutch("coordinatie"));
        assert_eq!(dutch("reïntegratie"), dutch("reintegratie"));
    }

    #[test]
    fn no_stop_words() {
        assert_eq!(dutch("geen terugnameplicht").len(), 2);
        assert_eq!(dutch("niet"), vec!["niet".to_string()]);
    }

    #[test]
    fn compound_parts_are_stemmed_parts_only() {
        assert_eq!(
            tokens(&mut parts_analyzer(), "de terugkeerhubs in Oeganda"),
            dutch("terugkeer hub")
        );
        let mut exact = exact_analyzer();
        assert_eq!(
            tokens(&mut exact, "Terugkeerhubs Italië"),
            vec!["terugkeerhubs", "italie"]
        );
    }

    #[test]
    fn keywords_are_whole_values() {
        assert_eq!(
            tokens(&mut keyword_analyzer(), "GroenLinks-PvdA"),
            vec!["groenlinks-pvda"]
        );
    }
}
