//! Prototype of a change recommended for `src/analyze.rs`: zoek's Dutch analyzer with
//! the Snowball stemmer behind a per-thread cache.
//!
//! Profiles of a build show about 30% of all CPU time in `rust_stemmers`, and of a
//! query batch about half of it (snippets stem every word of every hit shown). Words
//! follow Zipf's law, so nearly every token is a word already stemmed: a cache
//! turns most stemmer calls into one hash lookup. The tokens are identical (the
//! benchmark checks that on corpus-sample before using it).
//!
//! `OVERRIDES` and the filter chain repeat `src/analyze.rs` as it is; the library
//! change would add the cache to `DutchStemmerStream` there instead.

use rust_stemmers::{Algorithm, Stemmer};
use std::cell::RefCell;
use std::collections::HashMap;
use tantivy::tokenizer::{
    AsciiFoldingFilter, LowerCaser, RemoveLongFilter, SimpleTokenizer, TextAnalyzer, Token,
    TokenFilter, TokenStream, Tokenizer,
};

/// As `src/analyze.rs`.
const OVERRIDES: &[(&str, &str)] = &[
    ("kamerleden", "kamerlid"),
    ("leden", "lid"),
    ("kinderen", "kind"),
    ("steden", "stad"),
    ("schepen", "schip"),
    ("bladeren", "blad"),
    ("eieren", "ei"),
    ("volkeren", "volk"),
];

/// Entries a thread's cache holds before it starts again (a few MB): the most
/// common words of a Zipfian text cover nearly all its tokens.
const CACHE_MAX: usize = 65_536;

thread_local! {
    static STEMS: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
}

fn stem_word(stemmer: &Stemmer, word: &str) -> String {
    if let Some((_, stem)) = OVERRIDES.iter().find(|(w, _)| *w == word) {
        return stemmer.stem(stem).into_owned();
    }
    stemmer.stem(word).into_owned()
}

/// Replace `text` by its stem, through this thread's cache.
fn stem_cached(stemmer: &Stemmer, text: &mut String) {
    STEMS.with(|c| {
        let mut c = c.borrow_mut();
        if let Some(s) = c.get(text.as_str()) {
            text.clear();
            text.push_str(s);
            return;
        }
        let s = stem_word(stemmer, text);
        if c.len() >= CACHE_MAX {
            c.clear();
        }
        let word = std::mem::replace(text, s.clone());
        c.insert(word, s);
    })
}

/// The caching stemmer filter.
#[derive(Clone)]
pub struct CachedDutchStemmer;

impl TokenFilter for CachedDutchStemmer {
    type Tokenizer<T: Tokenizer> = CachedFilter<T>;

    fn transform<T: Tokenizer>(self, tokenizer: T) -> CachedFilter<T> {
        CachedFilter { inner: tokenizer }
    }
}

/// The tokenizer produced by [`CachedDutchStemmer`].
#[derive(Clone)]
pub struct CachedFilter<T> {
    inner: T,
}

impl<T: Tokenizer> Tokenizer for CachedFilter<T> {
    type TokenStream<'a> = CachedStream<T::TokenStream<'a>>;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Self::TokenStream<'a> {
        CachedStream {
            tail: self.inner.token_stream(text),
            stemmer: Stemmer::create(Algorithm::Dutch),
        }
    }
}

/// Token stream of [`CachedFilter`].
pub struct CachedStream<T> {
    tail: T,
    stemmer: Stemmer,
}

impl<T: TokenStream> TokenStream for CachedStream<T> {
    fn advance(&mut self) -> bool {
        if !self.tail.advance() {
            return false;
        }
        stem_cached(&self.stemmer, &mut self.tail.token_mut().text);
        true
    }

    fn token(&self) -> &Token {
        self.tail.token()
    }

    fn token_mut(&mut self) -> &mut Token {
        self.tail.token_mut()
    }
}

/// zoek's full-text analyzer with the cached stemmer.
pub fn analyzer() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(48))
        .filter(LowerCaser)
        .filter(AsciiFoldingFilter)
        .filter(CachedDutchStemmer)
        .build()
}

/// Check that the cached analyzer gives exactly zoek's tokens on `text`.
pub fn same_tokens_as_zoek(text: &str) -> bool {
    let ours = zoek::analyze::tokens(&mut analyzer(), text);
    let theirs = zoek::analyze::tokens(&mut zoek::analyze::dutch_analyzer(), text);
    ours == theirs
}
