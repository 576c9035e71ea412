//! Dutch verb families: `daling`, `dalen`, `daalt`, `dalende` and `gedaald` speak of one
//! thing, but the Snowball stemmer conflates only some of them (`dalen` → `dal`,
//! `daling` → `daling`, `dalende` → `dalend`, `gedaald` → `gedaald`).
//!
//! A user types the noun (`dalende asielaanvragen`, `herverdeling`) where the text has
//! the verb or its participle (`is met 38 procent gedaald`, `wordt herverdeeld`), or the
//! other way round. [`verb_family`] gives the forms of the verb a typed word belongs to,
//! built by the regular rules of Dutch spelling: the stem of the verb with its vowel
//! doubled in a closed syllable (`dalen` → `daal`) or its double consonant made single
//! (`zetten` → `zet`), `v`/`z` written `f`/`s` at its end, the past participle with `ge-`
//! (none after an unstressed prefix: `beperkt`, `versneld`; after the particle of a
//! separable verb: `opgezegd`, `uitgezet`) and `-t` or `-d` by the consonant of the stem
//! ('t kofschip). Where a rule cannot tell (is `veranderen` stressed on its last
//! syllable?), both forms are given: the search keeps only the forms its index holds.
//! Strong and irregular verbs (`stijgen` → `steeg`, `gestegen`; `afspreken` →
//! `afgesproken`) change their vowel: their forms come from a table of conjugations
//! shipped in `index-schema/verbs/` (Pattern's, BSD licence).
//!
//! Two more kinds of family: a quality's noun and its adjective ([`quality_forms`]:
//! `transparantie`, `transparanter`), and a separable verb typed apart
//! ([`separable_verb`]: `werken … mee`, `meewerken`).

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

/// A word this common in everyday Dutch (Zipf, [`crate::wordfreq`]) gets no forms from
/// the conjugation table.
const COMMON_VERB_ZIPF: f32 = 5.0;

/// Pattern's conjugations of Dutch verbs (`index-schema/verbs/README.md`).
const VERBS_CSV: &str = include_str!("../index-schema/verbs/nl-verbs.csv");

/// The conjugation table: each verb's forms, and the verbs each form belongs to.
struct Conjugations {
    /// Each verb's distinct forms, the infinitive first.
    verbs: Vec<Vec<&'static str>>,
    /// The verbs (indexes into `verbs`) a form is one of (`afspraken` of `afspreken`).
    of_form: FxHashMap<&'static str, Vec<u32>>,
}

static CONJUGATIONS: LazyLock<Conjugations> = LazyLock::new(|| {
    let mut verbs: Vec<Vec<&'static str>> = Vec::new();
    let mut of_form: FxHashMap<&'static str, Vec<u32>> = FxHashMap::default();
    for line in VERBS_CSV.lines() {
        let mut forms: Vec<&'static str> = Vec::new();
        for f in line.split(',').map(str::trim).filter(|f| !f.is_empty()) {
            if !forms.contains(&f) {
                forms.push(f);
            }
        }
        if forms.len() < 2 {
            continue;
        }
        let id = verbs.len() as u32;
        for f in &forms {
            let ids = of_form.entry(*f).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        verbs.push(forms);
    }
    Conjugations { verbs, of_form }
});

/// The forms of the verbs in the conjugation table that `word` is a form of (itself
/// included), or none.
fn conjugated(word: &str) -> impl Iterator<Item = &'static str> {
    let table = &*CONJUGATIONS;
    (table.of_form.get(word).into_iter().flatten())
        .flat_map(move |&id| table.verbs[id as usize].iter().copied())
}

/// The unstressed prefixes after which a past participle takes no `ge-`
/// (`beperken` → `beperkt`, `versnellen` → `versneld`).
const UNSTRESSED_PREFIXES: &[&str] = &["be", "ge", "ver", "ont", "her", "er"];

/// Particles of separable verbs: their past participle puts `ge-` after the particle
/// (`opzeggen` → `opgezegd`, `uitzetten` → `uitgezet`), and their infinitive with `te`
/// is written apart (`op te zeggen`, `deel te nemen`; see [`crate::analyze::separables_with_te`]).
pub(crate) const PARTICLES: &[&str] = &[
    "aan", "af", "bij", "door", "in", "mee", "na", "om", "op", "over", "terug", "toe", "uit",
    "voor", "weg", "samen", "tegen", "vast", "vrij", "los", "neer", "rond", "binnen", "buiten",
    "achter", "tussen", "deel", "plaats", "kennis", "goed", "bekend", "tegemoet", "terecht",
    "gelijk", "stil", "bijeen", "voort", "teweeg", "vooruit", "voorbij", "uiteen", "omhoog",
    "omlaag", "langs", "heen", "mis", "open", "dicht",
];

/// Words shorter than this get no family: short words are too often something else
/// (`land` is a noun, `landen` not always the verb).
const MIN_LEN: usize = 5;

fn is_vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// The forms of the verb family of a folded, lowercase word, other than the word itself:
/// the infinitive, the stem with `-t`, the noun in `-ing`, the present participle and
/// the past participle, each with its inflected form in `-e`, as far as they are words of
/// the dictionary (the OpenTaal list of [`crate::compound`]); and, unless the word is
/// among the commonest of everyday Dutch, every form the conjugation table gives its verb
/// (`afspreken` → `afgesproken`, `stijgen` → `steeg`). Words that are not a verb form, or
/// not plain ASCII letters, have none or few; the caller keeps those its index holds.
///
/// ```
/// let family = zoek::family::verb_family("daling");
/// assert!(family.contains(&"gedaald".to_string()));
/// assert!(family.contains(&"dalende".to_string()));
/// ```
pub fn verb_family(word: &str) -> Vec<String> {
    if word.len() < MIN_LEN || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    for infinitive in infinitives(word) {
        for form in std::iter::once(infinitive.clone()).chain(forms(&infinitive)) {
            // Only words of the dictionary: the rules give many forms that are none
            // (`gedald` beside `gedaald`), and each form costs a lookup in the index.
            if form != word && !out.contains(&form) && crate::compound::is_word(&form) {
                out.push(form);
            }
        }
    }
    // The forms the table gives, of the word itself and of the infinitives the rules
    // found for it (`afspraak` → `afspreken` → `afgesproken`): a strong verb's past.
    // Not for the commonest verbs (`staan`, `nemen`, `gaan`): their forms are everywhere
    // and mostly mean something else (`neemt … over`, `staat … op`).
    if crate::wordfreq::zipf(word).is_some_and(|z| z >= COMMON_VERB_ZIPF) {
        return out;
    }
    let mut known: Vec<String> = vec![word.to_string()];
    known.extend(out.iter().cloned());
    for base in known {
        for form in conjugated(&base) {
            if form != word && !out.iter().any(|o| o == form) {
                out.push(form.to_string());
            }
        }
    }
    out
}

/// Nouns of a quality and the adjectives they are made from, by their endings:
/// `transparantie` / `transparant`, `urgentie` / `urgent`, `effectiviteit` / `effectief`,
/// `flexibiliteit` / `flexibel`, `stabiliteit` / `stabiel`, `proportionaliteit` /
/// `proportioneel` (not `-aliteit` / `-aal`: `nationaliteit` is no quality of what is
/// `nationaal`).
const QUALITY_ENDINGS: &[(&str, &str)] = &[
    ("antie", "ant"),
    ("entie", "ent"),
    ("iviteit", "ief"),
    ("ibiliteit", "ibel"),
    ("abiliteit", "abel"),
    ("iliteit", "iel"),
    ("aliteit", "eel"),
];

/// The noun of a quality and its adjective, whichever of them a folded word is, with
/// the adjective's inflected and comparative forms (`transparantie` → `transparant`,
/// `transparante`, `transparanter`; `effectief` → `effectiviteit`), as far as they are
/// words of the dictionary. A user asks for `transparantie` where the text wants the
/// Pact `transparanter` uitgevoerd.
///
/// ```
/// let forms = zoek::family::quality_forms("transparantie");
/// assert!(forms.contains(&"transparanter".to_string()));
/// assert!(zoek::family::quality_forms("flexibel").contains(&"flexibiliteit".to_string()));
/// assert!(zoek::family::quality_forms("proportionaliteit").contains(&"proportionele".to_string()));
/// assert!(!zoek::family::quality_forms("nationaliteit").contains(&"nationaal".to_string()));
/// ```
pub fn quality_forms(word: &str) -> Vec<String> {
    let mut adjectives: Vec<String> = Vec::new();
    let mut out: Vec<String> = Vec::new();
    for (noun, adjective) in QUALITY_ENDINGS {
        if let Some(stem) = word.strip_suffix(noun) {
            adjectives.push(format!("{stem}{adjective}"));
        } else if let Some(stem) = word.strip_suffix(adjective) {
            out.push(format!("{stem}{noun}"));
            adjectives.push(word.to_string());
        }
    }
    for adjective in adjectives {
        // `effectief` → `effectieve`: the `f` of the stem is a `v` before a vowel, and a
        // long vowel is written once in the open syllable (`proportioneel` →
        // `proportionele`).
        let mut base = match adjective.strip_suffix('f') {
            Some(stem) => format!("{stem}v"),
            None => adjective.clone(),
        };
        let b = base.as_bytes();
        if b.len() >= 4 && b[b.len() - 3] == b[b.len() - 2] && b"aeou".contains(&b[b.len() - 2]) {
            base.remove(base.len() - 2);
        }
        out.push(adjective.clone());
        out.extend(["e", "er", "ere", "st"].map(|end| format!("{base}{end}")));
    }
    out.retain(|f| f != word && crate::compound::is_word(f));
    out.dedup();
    out
}

/// The noun a diminutive is made from, and that noun's plural, as far as they are words of
/// the dictionary (`blokjes` → `blok`, `blokken`; `bootjes` → `boot`, `boten`; `filmpje` →
/// `film`; `balletje` → `bal`). A reader types `in welke blokjes beantwoordt de minister`
/// where the minister says `een blok overig`. A name (`Turkije`, `Spanje`) is no
/// diminutive.
///
/// ```
/// assert!(zoek::family::diminutive_bases("blokjes").contains(&"blok".to_string()));
/// assert!(zoek::family::diminutive_bases("bootjes").contains(&"boten".to_string()));
/// assert!(zoek::family::diminutive_bases("filmpje").contains(&"film".to_string()));
/// assert!(zoek::family::diminutive_bases("turkije").is_empty());
/// ```
pub fn diminutive_bases(word: &str) -> Vec<String> {
    let singular = word.strip_suffix('s').unwrap_or(word);
    if !singular.ends_with("je") || crate::compound::is_name(word) {
        return Vec::new();
    }
    let mut bases: Vec<String> = Vec::new();
    for ending in ["etje", "tje", "pje", "je"] {
        let Some(base) = singular.strip_suffix(ending) else {
            continue;
        };
        let b = base.as_bytes();
        // `balletje` → `bal`: the consonant doubled after a short vowel is one.
        if ending == "etje" && b.len() >= 2 && b[b.len() - 1] == b[b.len() - 2] {
            bases.push(base[..base.len() - 1].to_string());
        }
        bases.push(base.to_string());
    }
    bases.retain(|b| b.len() >= 3 && crate::compound::is_word(b));
    let mut out: Vec<String> = Vec::new();
    for base in bases {
        let b = base.as_bytes();
        let n = b.len();
        let mut plurals = vec![format!("{base}en"), format!("{base}s")];
        // A long vowel written twice before the last consonant is written once in the
        // open syllable (`boot` → `boten`); a short one doubles the consonant (`blok`
        // → `blokken`).
        if n >= 3 && b[n - 2] == b[n - 3] && b"aeou".contains(&b[n - 2]) {
            plurals.push(format!("{}{}en", &base[..n - 2], &base[n - 1..]));
        } else if n >= 2 && b"aeiou".contains(&b[n - 2]) && !b"aeiou".contains(&b[n - 1]) {
            plurals.push(format!("{base}{}en", &base[n - 1..]));
        }
        out.push(base);
        out.extend(plurals.into_iter().filter(|p| crate::compound::is_word(p)));
    }
    out.retain(|f| f != word);
    out.dedup();
    out
}

/// The separable verb a particle makes with a finite verb form standing apart from it,
/// as its infinitive written as one word (`werkt … mee` → `meewerken`, `stemt … tegen`
/// → `tegenstemmen`), when that is a word of the dictionary. A main clause splits a
/// separable verb (`Iran werkt niet mee`); the texts also write it whole (`landen die
/// niet meewerken`). The index joins it in a text ([`crate::analyze::split_verbs`]), the
/// search in a query.
///
/// ```
/// assert_eq!(zoek::family::separable_verb("mee", "werken").as_deref(), Some("meewerken"));
/// assert_eq!(zoek::family::separable_verb("tegen", "stemt").as_deref(), Some("tegenstemmen"));
/// assert_eq!(zoek::family::separable_verb("mee", "landen"), None);
/// ```
pub fn separable_verb(particle: &str, verb: &str) -> Option<String> {
    finite_infinitives(verb)
        .into_iter()
        .map(|infinitive| format!("{particle}{infinitive}"))
        .find(|joined| crate::compound::is_word(joined))
}

/// The bare stems of the verbs `word` may be a form of, as they head a compound
/// (`ophoud` of `ophoudtermijn` for `opgehouden`, `meld` of `meldplicht` for `melden`):
/// each infinitive without `-en`, spelled as a closed syllable.
///
/// ```
/// assert!(zoek::family::verb_stems("opgehouden").contains(&"ophoud".to_string()));
/// assert!(zoek::family::verb_stems("melding").contains(&"meld".to_string()));
/// ```
pub fn verb_stems(word: &str) -> Vec<String> {
    if word.len() < MIN_LEN || !word.bytes().all(|b| b.is_ascii_lowercase()) {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    for infinitive in infinitives(word) {
        let Some(root) = infinitive.strip_suffix("en") else {
            continue;
        };
        for stem in closed_stems(root) {
            if !out.contains(&stem) {
                out.push(stem);
            }
        }
    }
    out
}

/// Irregular finite forms of verbs that often take a particle (`gaat … in`, `nam … deel`,
/// `vond … plaats`): the form and its infinitive.
const IRREGULAR_FINITE: &[(&str, &str)] = &[
    ("ga", "gaan"),
    ("gaat", "gaan"),
    ("ging", "gaan"),
    ("gingen", "gaan"),
    ("sta", "staan"),
    ("staat", "staan"),
    ("stond", "staan"),
    ("stonden", "staan"),
    ("doe", "doen"),
    ("doet", "doen"),
    ("deed", "doen"),
    ("deden", "doen"),
    ("zie", "zien"),
    ("ziet", "zien"),
    ("zag", "zien"),
    ("zagen", "zien"),
    ("sla", "slaan"),
    ("slaat", "slaan"),
    ("sloeg", "slaan"),
    ("sloegen", "slaan"),
    ("kwam", "komen"),
    ("kwamen", "komen"),
    ("nam", "nemen"),
    ("namen", "nemen"),
    ("gaf", "geven"),
    ("gaven", "geven"),
    ("vond", "vinden"),
    ("vonden", "vinden"),
    ("hield", "houden"),
    ("hielden", "houden"),
    ("trad", "treden"),
    ("traden", "treden"),
    ("bracht", "brengen"),
    ("brachten", "brengen"),
    ("sprak", "spreken"),
    ("spraken", "spreken"),
    ("trok", "trekken"),
    ("trokken", "trekken"),
    ("wees", "wijzen"),
    ("wezen", "wijzen"),
    ("riep", "roepen"),
    ("riepen", "roepen"),
    ("sloot", "sluiten"),
    ("sloten", "sluiten"),
    ("bleef", "blijven"),
    ("bleven", "blijven"),
    ("liep", "lopen"),
    ("liepen", "lopen"),
    ("viel", "vallen"),
    ("vielen", "vallen"),
    ("zat", "zitten"),
    ("zaten", "zitten"),
    ("lag", "liggen"),
    ("lagen", "liggen"),
    ("kreeg", "krijgen"),
    ("kregen", "krijgen"),
    ("schreef", "schrijven"),
    ("schreven", "schrijven"),
    ("dacht", "denken"),
    ("dachten", "denken"),
    ("zocht", "zoeken"),
    ("zochten", "zoeken"),
    ("hief", "heffen"),
    ("hieven", "heffen"),
];

/// The infinitives a finite verb form may belong to (folded, lowercase): `werkt`,
/// `werkte`, `werken` → `werken`; `neemt` → `nemen`; `zet` → `zetten`; `gaat` → `gaan`.
/// Used to join a separable verb that stands apart from its particle in a main clause
/// (`Iran werkt niet mee` → `meewerken`; see [`crate::analyze::split_verbs`]). The
/// candidates are not checked: the caller keeps the particle's join only when it is a
/// word of the dictionary.
pub(crate) fn finite_infinitives(w: &str) -> Vec<String> {
    if let Some((_, inf)) = IRREGULAR_FINITE.iter().find(|(f, _)| *f == w) {
        return vec![inf.to_string()];
    }
    // A present participle (`komende dagen`) is no finite verb.
    if w.len() < 2 || !w.bytes().all(|b| b.is_ascii_lowercase()) || w.ends_with("end") {
        return Vec::new();
    }
    if w.ends_with("ende") {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    if w.ends_with("en") && w.len() >= 4 {
        out.push(w.to_string());
    }
    // The past tense: `werkte(n)`, `stelde(n)`.
    let past = w
        .strip_suffix("ten")
        .or_else(|| w.strip_suffix("den"))
        .or_else(|| w.strip_suffix("te"))
        .or_else(|| w.strip_suffix("de"));
    // The present with -t: `werkt`, `neemt`, `houdt`; a stem ending in -t keeps it (`zet`).
    let present = w.strip_suffix('t');
    // The word itself last: `werkt` is `werken`, not `werkten`; `zet` is `zetten`.
    let mut stems: Vec<&str> = Vec::new();
    stems.extend(present);
    stems.extend(past);
    stems.push(w);
    for stem in stems {
        for i in infinitives_of_stem(stem) {
            if !out.contains(&i) {
                out.push(i);
            }
        }
    }
    out
}

/// The infinitives a word may be a form of.
fn infinitives(w: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |s: String| {
        if s.len() >= 4 && !out.contains(&s) {
            out.push(s);
        }
    };
    // The noun in -ing(en): `daling` ← `dalen`, `opzegging` ← `opzeggen`.
    if let Some(base) = w.strip_suffix("ingen").or_else(|| w.strip_suffix("ing")) {
        push(format!("{base}en"));
    }
    // The noun in -atie: `registratie` ← `registreren` (which the analyzer already
    // conflates with it, but not with `geregistreerd`).
    if let Some(base) = w.strip_suffix("aties").or_else(|| w.strip_suffix("atie")) {
        push(format!("{base}eren"));
    }
    // The present participle: `dalende` ← `dalen`.
    if let Some(base) = w.strip_suffix("ende").or_else(|| w.strip_suffix("end")) {
        push(format!("{base}en"));
    }
    // The nouns and forms of `nemen` and `komen` with a particle, which change their
    // vowel: `toename` ← `toenemen`, `teruggenomen` ← `terugnemen`, `aankomst` ←
    // `aankomen`.
    for (verb, noun, participle, _) in STRONG {
        let base = w.strip_suffix(noun).or_else(|| {
            w.strip_suffix(participle)
                .and_then(|p| p.strip_suffix("ge"))
        });
        if let Some(p) = base.filter(|p| PARTICLES.contains(p)) {
            push(format!("{p}{verb}"));
        }
    }
    // The participle of a strong verb that keeps its vowel: `gehouden` ← `houden`,
    // `opgehouden` ← `ophouden`, `gegeven` ← `geven` (as far as the result is a word).
    if w.ends_with("en") {
        let mut bases: Vec<String> = w
            .strip_prefix("ge")
            .map(str::to_string)
            .into_iter()
            .collect();
        for p in PARTICLES {
            if let Some(rest) = w.strip_prefix(p).and_then(|r| r.strip_prefix("ge")) {
                bases.push(format!("{p}{rest}"));
            }
        }
        for base in bases {
            if base.len() >= MIN_LEN && crate::compound::is_word(&base) {
                push(base);
            }
        }
    }
    // The infinitive itself, or a plural that looks like one (its forms will not be in
    // the index).
    if w.ends_with("en") && !w.ends_with("ingen") {
        push(w.to_string());
    }
    // The stem with -t, the past tense and the past participle: `daalt`, `gedaald`,
    // `versnelde`, `opgezegd`, `beperkt`.
    let bare = w.strip_suffix('e').unwrap_or(w);
    if let Some(stem) = bare.strip_suffix(['t', 'd']) {
        let mut stems = vec![stem.to_string()];
        if let Some(rest) = stem.strip_prefix("ge") {
            stems.push(rest.to_string());
        }
        for p in PARTICLES {
            if let Some(rest) = stem.strip_prefix(p).and_then(|r| r.strip_prefix("ge")) {
                stems.push(format!("{p}{rest}"));
            }
        }
        // A stem ending in -t or -d keeps it (`gezet`, `gemeld`).
        if bare.ends_with(['t', 'd']) {
            stems.push(bare.to_string());
        }
        for s in stems {
            for i in infinitives_of_stem(&s) {
                push(i);
            }
        }
    }
    out
}

/// The infinitives whose stem is `s` (`daal` → `dalen`, `zeg` → `zeggen`, `leef` →
/// `leven`, `beperk` → `beperken`).
fn infinitives_of_stem(s: &str) -> Vec<String> {
    let b = s.as_bytes();
    let n = b.len();
    if n < 3 {
        return Vec::new();
    }
    let mut bases = vec![s.to_string()];
    // A doubled vowel before the last consonant is single in the open syllable.
    if n >= 4 && !is_vowel(b[n - 1]) && b[n - 2] == b[n - 3] && is_vowel(b[n - 2]) {
        bases = vec![format!("{}{}", &s[..n - 2], &s[n - 1..])];
    } else if !is_vowel(b[n - 1]) && is_vowel(b[n - 2]) && !is_vowel(b[n - 3]) {
        // A short vowel keeps its syllable closed with a doubled consonant.
        bases.push(format!("{s}{}", &s[n - 1..]));
    }
    let mut out = Vec::new();
    for base in bases {
        // `f`/`s` at the end of a stem may be `v`/`z` in the infinitive.
        if let Some(r) = base.strip_suffix('f') {
            out.push(format!("{r}ven"));
        } else if let Some(r) = base.strip_suffix('s') {
            out.push(format!("{r}zen"));
        }
        out.push(format!("{base}en"));
    }
    out
}

/// Two strong verbs whose nouns with a particle are common in policy texts (`toename`,
/// `afname`, `deelname`, `terugname`, `aankomst`, `terugkomst`): the infinitive, the
/// noun, the past participle without `ge-` and the third person. Their vowel changes.
const STRONG: &[(&str, &str, &str, &str)] = &[
    ("nemen", "name", "nomen", "neemt"),
    ("komen", "komst", "komen", "komt"),
];

/// How the part of a word before an ending that starts with a vowel (`-en`, `-e`,
/// `-ing`) is written when it ends the word: a double consonant made single (`zett` →
/// `zet`), or the vowel of an open syllable doubled (`dal` → `daal`, with `dal` itself:
/// an unstressed last syllable keeps its single vowel, `verander`); otherwise as it is.
/// Used for the stems of verbs here, and for the roots of inflected words in
/// [`crate::compound`] (`verstrekk|en` → `verstrek`, `presenter|en` → `presenteer`).
pub(crate) fn closed_stems(root: &str) -> Vec<String> {
    let b = root.as_bytes();
    let n = b.len();
    if n >= 3 && b[n - 1] == b[n - 2] && !is_vowel(b[n - 1]) {
        vec![root[..n - 1].to_string()]
    } else if n >= 3 && !is_vowel(b[n - 1]) && is_vowel(b[n - 2]) && !is_vowel(b[n - 3]) {
        let v = &root[n - 2..n - 1];
        vec![
            format!("{}{v}{}", &root[..n - 1], &root[n - 1..]),
            root.to_string(),
        ]
    } else {
        vec![root.to_string()]
    }
}

/// The forms of an infinitive other than itself.
fn forms(infinitive: &str) -> Vec<String> {
    for (verb, noun, participle, third) in STRONG {
        if let Some(p) = infinitive
            .strip_suffix(verb)
            .filter(|p| PARTICLES.contains(p))
        {
            return vec![
                format!("{p}{noun}"),
                format!("{p}ge{participle}"),
                format!("{p}{verb}d"),
                format!("{p}{verb}de"),
                // `neemt toe` is written apart, but `toeneemt` in a subordinate clause.
                format!("{p}{third}"),
            ];
        }
    }
    let Some(root) = infinitive.strip_suffix("en") else {
        return Vec::new();
    };
    let b = root.as_bytes();
    let n = b.len();
    if n < 2 {
        return Vec::new();
    }
    let mut out = vec![
        format!("{root}ing"),
        format!("{infinitive}d"),
        format!("{infinitive}de"),
    ];
    let stems = closed_stems(root);
    // 't kofschip: a stem ending in one of its consonants takes -t, the others -d.
    let voiceless = root.ends_with("ch") || matches!(b[n - 1], b't' | b'k' | b'f' | b's' | b'p');
    for stem in stems {
        // `v`/`z` are written `f`/`s` at the end of a stem (`leven` → `leef`).
        let stem = match stem.strip_suffix('v') {
            Some(r) => format!("{r}f"),
            None => match stem.strip_suffix('z') {
                Some(r) => format!("{r}s"),
                None => stem,
            },
        };
        let ends_dt = stem.ends_with(['t', 'd']);
        if !ends_dt {
            out.push(format!("{stem}t"));
        }
        let suffix = if ends_dt {
            ""
        } else if voiceless {
            "t"
        } else {
            "d"
        };
        let mut participles = Vec::new();
        if UNSTRESSED_PREFIXES.iter().any(|p| stem.starts_with(p)) {
            participles.push(format!("{stem}{suffix}"));
        }
        for p in PARTICLES {
            if let Some(rest) = stem.strip_prefix(p).filter(|r| r.len() >= 3) {
                participles.push(format!("{p}ge{rest}{suffix}"));
            }
        }
        participles.push(format!("ge{stem}{suffix}"));
        for p in participles {
            out.push(format!("{p}e"));
            out.push(p);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{finite_infinitives, verb_family, verb_stems};

    #[test]
    fn finite_forms_give_their_infinitive() {
        for (form, infinitive) in [
            ("werkt", "werken"),
            ("werkte", "werken"),
            ("werken", "werken"),
            ("neemt", "nemen"),
            ("zet", "zetten"),
            ("stelde", "stellen"),
            ("gaat", "gaan"),
            ("vond", "vinden"),
        ] {
            let all = finite_infinitives(form);
            assert!(all.iter().any(|i| i == infinitive), "{form}: {all:?}");
        }
        // The present before the past: `samenwerken`, not `samenwerkten`, for `werkt`.
        assert_eq!(finite_infinitives("werkt")[0], "werken");
        assert!(finite_infinitives("komende").is_empty());
    }

    fn has(word: &str, forms: &[&str]) {
        let family = verb_family(word);
        for f in forms {
            assert!(
                family.iter().any(|x| x == f),
                "{word}: {f} missing in {family:?}"
            );
        }
    }

    #[test]
    fn a_noun_in_ing_finds_the_verb_and_its_participles() {
        has("daling", &["dalen", "daalt", "dalende", "gedaald"]);
        has("herverdeling", &["herverdelen", "herverdeeld"]);
        has("opzegging", &["opzeggen", "opgezegd"]);
        has("uitzetting", &["uitzetten", "uitgezet"]);
        has("beperking", &["beperken", "beperkt"]);
        has("registratie", &["registreren", "geregistreerd"]);
        has("samenwerking", &["samenwerken", "samengewerkt"]);
    }

    #[test]
    fn strong_verbs_with_a_particle_find_their_noun() {
        has("toename", &["toenemen", "toegenomen"]);
        has("terugname", &["terugnemen", "teruggenomen"]);
        has("deelgenomen", &["deelnemen", "deelname"]);
        has("aankomst", &["aankomen", "aangekomen"]);
        // Without a particle there is no family (`name` is not a form of `nemen`).
        assert!(verb_family("reclame").is_empty());
    }

    #[test]
    fn a_participle_finds_the_noun() {
        has("dalende", &["daling", "dalen", "gedaald"]);
        has("gedaald", &["daling", "dalen", "dalende"]);
        has("versnelde", &["versnelling", "versnellen"]);
        has("opgezegd", &["opzegging", "opzeggen"]);
        has("geregistreerd", &["registreren"]);
    }

    #[test]
    fn a_strong_participle_that_keeps_its_vowel_finds_the_verb() {
        has("opgehouden", &["ophouden"]);
        has("gehouden", &["houden"]);
        has("gegeven", &["geven"]);
        // Only what the word list knows: `regeringen` is no participle of `reringen`.
        assert!(!verb_family("regeringen").contains(&"reringen".to_string()));
    }

    #[test]
    fn the_bare_stem_heads_compounds() {
        let stems = verb_stems;
        assert!(stems("opgehouden").contains(&"ophoud".to_string()));
        assert!(stems("melden").contains(&"meld".to_string()));
        assert!(stems("wachten").contains(&"wacht".to_string()));
        // The open syllable's vowel doubled: `lopen` → `loop` (`looptijd`).
        assert!(stems("lopen").contains(&"loop".to_string()));
        assert!(stems("xx").is_empty());
    }

    #[test]
    fn spelling_rules_of_the_stem() {
        // v/z as f/s at the end of the stem; 't kofschip.
        has("leven", &["leeft", "geleefd"]);
        has("reizen", &["reist", "gereisd"]);
        has("werken", &["werkt", "gewerkt"]);
        has("waarborgen", &["gewaarborgd", "waarborgt"]);
    }

    #[test]
    fn strong_verbs_find_their_past_from_the_table() {
        let family = verb_family("afspreken");
        assert!(family.contains(&"afgesproken".to_string()), "{family:?}");
        let family = verb_family("stijgen");
        for form in ["steeg", "stegen", "gestegen"] {
            assert!(family.contains(&form.to_string()), "{form}: {family:?}");
        }
        // A form of the past finds the others, with `be-` and no `ge-`.
        assert!(verb_family("besproken").contains(&"bespraken".to_string()));
        // The commonest verbs get none from the table: `nam` is in most texts, and
        // `neemt … over` is another verb.
        assert!(!verb_family("nemen").contains(&"nam".to_string()));
    }

    #[test]
    fn short_or_foreign_words_have_no_family() {
        assert!(verb_family("land").is_empty());
        assert!(verb_family("Italië").is_empty());
        assert!(!verb_family("daling").contains(&"daling".to_string()));
    }
}
