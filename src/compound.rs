//! Dutch compound splitting: `terugkeerhub` = `terugkeer` + `hub`,
//! `solidariteitsbijdrage` = `solidariteit` + `s` + `bijdrage`.
//!
//! Dutch writes compounds as one word; users type a part (`hub Oeganda`), the parts
//! apart (`terugkeer hubs`), or the compound where the text has the parts. zoek indexes
//! the parts of every compound in a field of their own, weighted below whole words, so
//! a part finds its compounds without flooding the results.
//!
//! The dictionary is the OpenTaal word list (`index-schema/wordlist/`, BSD or CC BY 3.0),
//! shipped inside the binary. A word is split only when it decomposes completely into
//! dictionary words, allowing the linking morphemes `s` and `en`
//! (`solidariteit-s-bijdrage`), with guards against junk splits: no part shorter than
//! three letters, no head that is a bare prefix (`terug`, `voor`, `over`), no tail that
//! is a suffix (`heid`, `ing`, `lijk`). A word of the list that inflects or derives from
//! another (`verschillende` from `verschillend`, `toezeggingen` from `toezeggen`) is cut
//! only where its root can be cut, so `verschil|lende` and `toezeg|gingen` are not made.

use rustc_hash::FxHashSet as HashSet;
use std::io::Read;
use std::sync::LazyLock;

/// The shipped word list, gzip-compressed, one folded lowercase word per line.
const WORDLIST_GZ: &[u8] = include_bytes!("../index-schema/wordlist/opentaal-nl.txt.gz");

/// The dictionary: lowercase words, and names (written with a capital only).
struct Dictionary {
    words: WordSet,
    names: WordSet,
}

static DICTIONARY: LazyLock<Dictionary> = LazyLock::new(|| {
    let mut text = String::new();
    flate2::read::GzDecoder::new(WORDLIST_GZ)
        .read_to_string(&mut text)
        .expect("the shipped word list is valid gzip");
    let mut words = WordSet::with_capacity(360_000, 4_500_000);
    let mut names = WordSet::with_capacity(45_000, 400_000);
    for line in text.lines() {
        match line.strip_prefix('!') {
            Some(name) => names.insert(name),
            None => words.insert(line),
        };
    }
    Dictionary { words, names }
});

/// A set of words held in one string, with a hash table of their indices: about 9 MB
/// for the word list, against 28 MB as a `HashSet<String>` (a string and an allocation
/// per word), and memory counts while indexing (`zoek index --memory`).
struct WordSet {
    /// The words, one after the other.
    text: String,
    /// Where each word ends in `text` (it starts where the one before ends).
    ends: Vec<u32>,
    /// Indices into `ends`, hashed by their word.
    table: hashbrown::HashTable<u32>,
}

impl WordSet {
    fn with_capacity(words: usize, bytes: usize) -> WordSet {
        WordSet {
            text: String::with_capacity(bytes),
            ends: Vec::with_capacity(words),
            table: hashbrown::HashTable::with_capacity(words),
        }
    }

    fn hash(word: &str) -> u64 {
        std::hash::BuildHasher::hash_one(&rustc_hash::FxBuildHasher, word)
    }

    fn word(&self, i: u32) -> &str {
        let i = i as usize;
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        &self.text[start..self.ends[i] as usize]
    }

    fn insert(&mut self, word: &str) {
        if self.contains(word) {
            return;
        }
        self.text.push_str(word);
        self.ends.push(self.text.len() as u32);
        let i = self.ends.len() as u32 - 1;
        let (ends, text) = (&self.ends, &self.text);
        let word_at = |i: u32| {
            let i = i as usize;
            let start = if i == 0 { 0 } else { ends[i - 1] as usize };
            &text[start..ends[i] as usize]
        };
        self.table
            .insert_unique(Self::hash(word), i, |&j| Self::hash(word_at(j)));
    }

    fn contains(&self, word: &str) -> bool {
        self.table
            .find(Self::hash(word), |&i| self.word(i) == word)
            .is_some()
    }
}

/// Heads that are prefixes or particles rather than words of their own in a compound.
const BAD_HEADS: &[&str] = &[
    "aan", "achter", "af", "bij", "binnen", "boven", "buiten", "door", "her", "mee", "na", "naar",
    "om", "onder", "ont", "op", "over", "samen", "tegen", "terug", "toe", "tussen", "uit", "ver",
    "voor", "weg", "wel", "niet", "ge", "be", "er", "ter", "ten", "der", "des", "het", "een",
    "van", "veel", "vol", "los", "mis", "rond", "ver", "all", "alle", "ander", "zelf", "hoofd",
    "neder", "mede", "oud", "zeer", "den",
];

/// Words of the list that head no compound, though a compound seems to start with them:
/// `signa|leren` is `signaleren`, `combi|natie` is `combinatie`, `herin|voeren` is
/// `her|invoeren`, `wegge|nomen` is `weg|genomen`, `pres|enteren` is `presenteren`.
const FALSE_HEADS: &[&str] = &["signa", "combi", "herin", "wegge", "rechtst", "pres"];

/// Is `head` a particle with an `s` or a superlative's `st` (`overs|teken`,
/// `tegens|temmen`, `onderst|reept`, `verst|rekken`), or a false head?
fn is_particle_form(head: &str) -> bool {
    FALSE_HEADS.contains(&head)
        || [head.strip_suffix("st"), head.strip_suffix('s')]
            .into_iter()
            .flatten()
            .any(|particle| BAD_HEADS.contains(&particle))
}

/// Tails that are suffixes rather than words of their own.
const BAD_TAILS: &[&str] = &[
    "heid", "heden", "ing", "ingen", "lijk", "lijke", "lijker", "baar", "bare", "schap",
    "schappen", "loos", "loze", "achtig", "achtige", "isch", "ische", "atie", "aties", "tie",
    "ties", "teit", "teiten", "ers", "aar", "aars", "ster", "sters", "elijk", "elijke", "end",
    "ende", "ens", "nis", "nissen", "dom", "ig", "ige", "iger", "igste", "ste", "sten", "tje",
    "tjes", "je", "jes", "der", "den", "ter", "ten", "wijs", "waarts", "halve", "zijds", "rijk",
    "rijke", "rijker", "rijkste", "aard", "aarden", "aards",
];

/// Linking morphemes between the parts of a compound.
const LINKS: &[&str] = &["", "s", "en"];

/// Is `word` in the dictionary?
pub fn is_word(word: &str) -> bool {
    DICTIONARY.words.contains(word)
}

/// Is `word` (folded, lowercase) a name of the word list (`oeganda`, `kröger` folded)?
pub fn is_name(word: &str) -> bool {
    DICTIONARY.names.contains(word)
}

/// The parts of a compound (folded, lowercase), finest first, or `None` when `word` is
/// not one: `asielopvangplekken` → `asiel`, `opvang`, `plekken`.
///
/// Prefers the decomposition with the most parts (each a dictionary word that passes the
/// guards), then the one whose shortest part is longest.
pub fn split(word: &str) -> Option<Vec<String>> {
    decompose(word).map(|pieces| pieces.into_iter().map(|(part, _)| part).collect())
}

/// Every word a compound holds: its parts and each run of adjacent parts joined
/// (`asielopvangplekken` → `asiel`, `opvang`, `plekken`, `asielopvang`, `opvangplekken`),
/// so a user's part finds the compound however finely they cut it.
pub fn subwords(word: &str) -> Vec<String> {
    let Some(pieces) = decompose(word) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    // Dutch compounds are right-headed: every word the compound ends in is what it is
    // (`buitengrensprocedure` is a `grensprocedure` and a `procedure`), even where the
    // cut tree does not show it.
    for cut in 4..word.len().saturating_sub(4) {
        let head = &word[..cut];
        let rest = &word[cut..];
        if head.len() >= 5
            && is_word(head)
            && (head.len() >= 6 || !BAD_HEADS.contains(&head))
            && rest.len() >= 5
            && (is_word(rest) || decompose(rest).is_some())
        {
            out.push(rest.to_string());
        }
    }
    for start in 0..pieces.len() {
        let mut joined = String::new();
        for (k, (part, link)) in pieces.iter().enumerate().skip(start) {
            joined.push_str(part);
            if (start, k + 1) != (0, pieces.len()) {
                out.push(joined.clone());
            }
            joined.push_str(link);
        }
    }
    // A compound of three parts or more also stands for its first and last part:
    // the `crisisbeheerverordening` is the `crisisverordening` a reader types.
    if pieces.len() >= 3 {
        let (first, link) = &pieces[0];
        let (last, _) = &pieces[pieces.len() - 1];
        out.push(format!("{first}{link}{last}"));
    }
    let mut seen = HashSet::default();
    out.retain(|w| seen.insert(w.clone()));
    out
}

/// The word an elided compound stands for. Dutch leaves out the shared part of
/// coordinated compounds: `asiel- en migratiebeleid` is `asielbeleid` and
/// `migratiebeleid`, `wet- en regelgeving` is `wetgeving` and `regelgeving`. Given the
/// fragment (`asiel`) and the full word after `en` or `of` (`migratiebeleid`), both
/// folded and lowercase, this is the fragment with the full word's head: the full word
/// without its first part. `None` when the full word has no part to share or the
/// result is no word.
///
/// ```
/// use zoek::compound::complete_elided;
/// assert_eq!(complete_elided("asiel", "migratiebeleid").as_deref(), Some("asielbeleid"));
/// assert_eq!(complete_elided("wet", "regelgeving").as_deref(), Some("wetgeving"));
/// ```
pub fn complete_elided(fragment: &str, word: &str) -> Option<String> {
    if fragment.len() < 2 || !fragment.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let is_compound = |w: &str| is_word(w) || decompose(w).is_some();
    // The head as the compound's own cut gives it: `overmacht|verordening`.
    if let Some(pieces) = decompose(word).filter(|p| p.len() >= 2) {
        let first = pieces[0].0.len() + pieces[0].1.len();
        let candidate = format!("{fragment}{}", &word[first..]);
        return is_compound(&candidate).then_some(candidate);
    }
    // A word of the dictionary that does not cut into two words of its own
    // (`regel|geving`): the shortest first part that leaves a word with the fragment.
    for (cut, _) in word.char_indices().skip(2) {
        let (modifier, head) = word.split_at(cut);
        if head.len() < 4 {
            break;
        }
        if !is_word(modifier) {
            continue;
        }
        let candidate = format!("{fragment}{head}");
        if is_word(&candidate) {
            return Some(candidate);
        }
    }
    None
}

/// The decomposition of a compound into (part, linking morpheme after it).
///
/// Cut in two where both halves are words (the cut whose shorter half is longest), then
/// cut each half again the same way: `asielopvangplekken` → `asielopvang` + `plekken` →
/// `asiel` + `opvang` + `plekken`. A word the dictionary knows is cut only into two strong
/// halves (five letters or more each): it is a word of its own, and most of the junk
/// (`gesp|rekken`, `int|gratie`) comes from cutting known words. Names are never cut.
fn decompose(word: &str) -> Option<Vec<(String, String)>> {
    if word.len() < 7
        || !word.bytes().all(|b| b.is_ascii_lowercase())
        || DICTIONARY.names.contains(word)
    {
        return None;
    }
    let pieces = leaves(word, 0);
    (pieces.len() > 1).then_some(pieces)
}

/// Whether `word` is a word of everyday Dutch ([`crate::wordfreq`]): a compound that
/// common has a meaning of its own, which its parts do not carry (`maat|regelen`,
/// `regel|matig`). Inside a longer compound it is one part: `visummaatregelen` is
/// `visum` + `maatregelen`, and finds no `regels` and no `maat`. Alone it is still cut
/// (`asielzoekers` holds `asiel`): not cutting everyday words at all lost 0.0014
/// nDCG@10 over the read sets.
fn is_everyday(word: &str) -> bool {
    crate::wordfreq::zipf(word).is_some()
}

/// The leaves of the cut tree of `word`.
fn leaves(word: &str, depth: usize) -> Vec<(String, String)> {
    let whole = || vec![(word.to_string(), String::new())];
    if depth >= 3 || word.len() < 7 || (depth > 0 && is_everyday(word)) {
        return whole();
    }
    match cut_in_two(word) {
        Some((head, link, rest)) => {
            let mut out = leaves(&head, depth + 1);
            if let Some(last) = out.last_mut() {
                last.1 = link;
            }
            out.extend(leaves(&rest, depth + 1));
            out
        }
        None => whole(),
    }
}

/// Endings of inflection (`verschillend|e`, `toezegging|en`, `onderstreep|t`) and
/// derivation (`vergelijk|baar`, `uitzonder|ing`) that make a word of the list out of
/// another one.
const ENDINGS: &[&str] = &[
    "ingen", "ing", "ende", "end", "baar", "bare", "heid", "lijke", "lijk", "ere", "er", "ste",
    "st", "en", "e", "s", "t", "d",
];

/// The word of the list that `word` inflects or derives from, if any: `verschillende` →
/// `verschillend`, `verstrekken` → `verstrek` (one consonant of two), `presenteren` →
/// `presenteer` (the open syllable's vowel written twice), `uitzondering` →
/// `uitzonderen` (the verb a noun in `-ing` is made of).
fn inflection_base(word: &str) -> Option<String> {
    for ending in ENDINGS {
        let Some(stem) = word.strip_suffix(ending) else {
            continue;
        };
        if stem.len() < 4 {
            continue;
        }
        let mut candidates = vec![stem.to_string()];
        // Before an ending that starts with a vowel, the spelling of the root changes.
        if ending.starts_with(['e', 'i']) {
            candidates.extend(crate::family::closed_stems(stem));
        }
        if matches!(*ending, "ing" | "ingen" | "end" | "ende" | "t" | "d") {
            candidates.push(format!("{stem}en"));
        }
        if let Some(base) = candidates
            .into_iter()
            .find(|c| c.len() < word.len() && is_word(c))
        {
            return Some(base);
        }
    }
    None
}

/// The word `word` inflects or derives from, followed down to the end:
/// `toezeggingen` → `toezegging` → `toezeggen` → `toezeg`.
fn root_of(word: &str) -> Option<String> {
    let mut root = inflection_base(word)?;
    // Each step is shorter, so this ends.
    while let Some(base) = inflection_base(&root) {
        root = base;
    }
    Some(root)
}

/// The best cut of `word` into head, linking morpheme and rest.
fn cut_in_two(word: &str) -> Option<(String, String, String)> {
    let known = is_word(word);
    // A word that inflects another word of the list is cut only where that word can be
    // cut: `verschillende` is no `verschil|lende` since `lend` is no word, and
    // `toezeggingen` no `toezeg|gingen` since `toezeggingen` comes from `toezeg`.
    let root = known.then(|| root_of(word)).flatten();
    let mut best: Option<((bool, usize), String, String, String)> = None;
    let mut consider = |head: &str, link: &str, rest: &str| {
        // A rest that is a word beats one that must be cut again; then the cut whose
        // shorter half is longest.
        let score = (is_word(rest), head.len().min(rest.len()));
        if best.as_ref().is_none_or(|b| score > b.0) {
            best = Some((score, head.to_string(), link.to_string(), rest.to_string()));
        }
    };
    for cut in 3..=word.len().saturating_sub(3) {
        let head = &word[..cut];
        // A name can head a compound (`turkijedeal`, `dublinclaimanten`), but not a
        // word the dictionary knows: `verminderen` is no `Vermin` and `deren`.
        if !(is_word(head) || (!known && head.len() >= 4 && DICTIONARY.names.contains(head)))
            || BAD_HEADS.contains(&head)
            || is_particle_form(head)
        {
            continue;
        }
        for link in LINKS {
            let Some(rest) = word[cut..].strip_prefix(link) else {
                continue;
            };
            // `buit|en|grenzen` is `buiten|grenzen`, and `buiten` heads no compound.
            if !link.is_empty() && BAD_HEADS.contains(&&word[..cut + link.len()]) {
                continue;
            }
            // Three-letter parts are where junk splits come from (`plek|ken`): allow one
            // only beside a long part (`terugkeer|hub`).
            let short_ok =
                |part: &str, other: &str| part.len() >= 4 || (part.len() == 3 && other.len() >= 6);
            if let Some(root) = &root {
                let joint = cut + link.len();
                let root_rest = root.get(joint..).unwrap_or("");
                // `prakt|ijken` is no cut of `praktijk`, whose `ijk` is too short.
                if !root.starts_with(&word[..joint])
                    || !short_ok(root_rest, head)
                    || !is_word(root_rest)
                    || BAD_TAILS.contains(&root_rest)
                {
                    continue;
                }
            }
            if !short_ok(rest, head) || !short_ok(head, rest) || BAD_TAILS.contains(&rest) {
                continue;
            }
            // After an `e`, `ring` is the suffix `-ering` (`continue|ring`, `beuke|ring`).
            if head.ends_with('e') && matches!(rest, "ring" | "ringen") {
                continue;
            }
            // A known word is cut only into strong halves: both of five letters or
            // more, or a four-letter half that starts with a consonant beside one of
            // seven (`migratie|pact`, not `present|eert`).
            let strong = |a: &str, b: &str| {
                a.len() >= 5
                    || (a.len() == 4 && b.len() >= 7 && !a.starts_with(['a', 'e', 'i', 'o', 'u']))
            };
            if known && !(strong(head, rest) && strong(rest, head)) {
                continue;
            }
            // A superlative head before a vowel is a misreading (`verst|erken`,
            // `voorst|ellen`): the word is `versterken`, `voorstellen`.
            if head.ends_with("st")
                && is_word(&head[..head.len() - 2])
                && rest.starts_with(['a', 'e', 'i', 'o', 'u'])
            {
                continue;
            }
            if is_word(rest) || (!known && rest.len() >= 7 && cut_in_two(rest).is_some()) {
                consider(head, link, rest);
            }
        }
    }
    best.map(|(_, h, l, r)| (h, l, r))
}

#[cfg(test)]
mod tests {
    use super::{complete_elided, split, subwords};

    fn parts(w: &str) -> Option<Vec<&'static str>> {
        split(w).map(|v| {
            v.into_iter()
                .map(|s| &*Box::leak(s.into_boxed_str()))
                .collect()
        })
    }

    #[test]
    fn compounds_split_into_words() {
        assert_eq!(parts("terugkeerhub"), Some(vec!["terugkeer", "hub"]));
        assert_eq!(parts("terugkeerhubs"), Some(vec!["terugkeer", "hubs"]));
        assert_eq!(
            parts("asielopvangplekken"),
            Some(vec!["asiel", "opvang", "plekken"])
        );
        assert_eq!(
            parts("solidariteitsbijdrage"),
            Some(vec!["solidariteit", "bijdrage"])
        );
        assert_eq!(parts("grensbewaking"), Some(vec!["grens", "bewaking"]));
        // A known word with a short half beside a long one.
        assert_eq!(parts("migratiepact"), Some(vec!["migratie", "pact"]));
        // An everyday word inside a compound is one part; alone it is still cut.
        assert_eq!(
            parts("visummaatregelen"),
            Some(vec!["visum", "maatregelen"])
        );
        assert!(!subwords("visummaatregelen").contains(&"regelen".to_string()));
        assert_eq!(parts("asielzoekers"), Some(vec!["asiel", "zoekers"]));
    }

    #[test]
    fn subwords_are_runs_of_parts() {
        let mut sub = super::subwords("asielopvangplekken");
        sub.sort();
        assert_eq!(
            sub,
            // `asielplekken`: the first and last part, as the elided middle reads.
            vec![
                "asiel",
                "asielopvang",
                "asielplekken",
                "opvang",
                "opvangplekken",
                "plekken"
            ]
        );
        assert!(super::subwords("buitengrensprocedure").contains(&"grensprocedure".to_string()));
        assert_eq!(parts("turkijedeal"), Some(vec!["turkije", "deal"]));
        assert_eq!(
            super::subwords("solidariteitsbijdrage"),
            vec!["solidariteit", "bijdrage"]
        );
        assert!(super::subwords("oeganda").is_empty());
    }

    #[test]
    fn elided_compounds_are_completed() {
        for (fragment, word, full) in [
            ("asiel", "migratiebeleid", "asielbeleid"),
            ("wet", "regelgeving", "wetgeving"),
            ("immigratie", "naturalisatiedienst", "immigratiedienst"),
            ("grens", "kustwacht", "grenswacht"),
            ("crisis", "overmachtverordening", "crisisverordening"),
        ] {
            assert_eq!(
                complete_elided(fragment, word).as_deref(),
                Some(full),
                "{fragment}- en {word}"
            );
        }
        assert_eq!(complete_elided("eu", "nationale"), None);
    }

    #[test]
    fn a_long_compound_stands_for_its_first_and_last_part() {
        assert!(subwords("crisisbeheerverordening").contains(&"crisisverordening".to_string()));
    }

    #[test]
    fn no_junk_splits() {
        for w in [
            "integratie",
            "gesprekken",
            "versterken",
            "presenteert",
            "denemarken",
            "europees",
            "kopenhagen",
        ] {
            assert_eq!(parts(w), None, "{w}");
        }
        assert_eq!(parts("veiligheid"), None);
        assert_eq!(parts("terugkeer"), None);
        assert_eq!(parts("voorstel"), None);
        assert_eq!(parts("overleg"), None);
        assert_eq!(parts("oeganda"), None);
    }

    #[test]
    fn an_inflected_word_is_cut_only_where_its_root_is() {
        // The root is not cut (`verschillend`, `toezeg`, `beschik`, `uitzonderen`), so
        // neither are its inflections and derivations.
        for w in [
            "verschillende",
            "verschillen",
            "aanvullende",
            "toezeggingen",
            "beschikking",
            "uitdrukking",
            "uitzondering",
            "uitzonderingen",
            "vergaderen",
            "verstrekken",
            "vergelijkbaar",
            "continuering",
            // The root's part is too short (`prakt|ijk`), or a suffix (`belang|rijk`,
            // `stand|aard`).
            "praktijken",
            "belangrijke",
            "standaarden",
        ] {
            assert_eq!(parts(w), None, "{w}");
        }
        // A plural is cut where its singular can be, though a part is short.
        assert_eq!(parts("opvangplekken"), Some(vec!["opvang", "plekken"]));
        assert_eq!(parts("huurwoningen"), Some(vec!["huur", "woningen"]));
        assert_eq!(parts("asielzoekers"), Some(vec!["asiel", "zoekers"]));
        // The root's word stays whole inside a compound.
        assert_eq!(
            parts("uitzonderingsgronden"),
            Some(vec!["uitzondering", "gronden"])
        );
        assert_eq!(
            parts("verwijderingsbesluit"),
            Some(vec!["verwijdering", "besluit"])
        );
    }

    #[test]
    fn particles_and_false_heads_head_no_compound() {
        for w in [
            "buitengrenzen",
            "overspoelen",
            "oversteken",
            "tegenstemmen",
            "onderstreept",
            "signaleringen",
            "combinatie",
            "herinvoering",
            "weggenomen",
            "presenteren",
        ] {
            assert_eq!(parts(w), None, "{w}");
        }
        // No linking `e`: `terugname|plicht`, not `terugnam|e|plicht`.
        assert_eq!(parts("terugnameplicht"), Some(vec!["terugname", "plicht"]));
    }

    #[test]
    fn a_known_word_is_not_cut_at_a_name() {
        // `Voors`, `Toes`, `Vermin`, `Juri` and `Verdi` are surnames in the word list.
        for w in [
            "voorstellen",
            "toestemming",
            "verminderen",
            "jurisprudentie",
            "verdiepende",
        ] {
            assert_eq!(parts(w), None, "{w}");
        }
        assert_eq!(parts("verdienmodel"), Some(vec!["verdien", "model"]));
        // A word the list does not know may still be headed by a name.
        assert_eq!(parts("oegandadeal"), Some(vec!["oeganda", "deal"]));
    }
}
