//! From a parsed query to a tantivy query: concepts, their alternatives, and filters.
//!
//! Each word the user typed (or each alias term spanning several words) is a *concept*.
//! A concept matches through alternatives, each weighted: the word's stem in question,
//! answer, topic and title; its exact form; the compounds holding it (`hub` in
//! `terugkeerhub`); its own parts written apart (`terugkeerhub` → `terugkeer hub`); its
//! aliases (`KMar` → `Koninklijke Marechaussee`). Adjacent words may also be one
//! compound (`terugkeer hubs` → `terugkeerhubs`), and words close together rank higher.
//!
//! `concepts.rs` turns the typed words into concepts and their alternatives; `asking.rs`
//! holds the words by which a query asks for something (the minister's side, a measure)
//! rather than names it; this module weighs them into one tantivy query with its priors.

use super::snippet::StemWorth;
use super::statistics::Statistics;
use super::{SearchConfig, rank};
use crate::alias;
use crate::analyze;
use crate::compound;
use crate::family;
use crate::fractie;
use crate::index::ZoekIndex;
use crate::meta;
use crate::query::ParsedQuery;
use crate::schema;
use crate::wordfreq;
use std::collections::{HashMap, HashSet};
use std::ops::Bound;
use tantivy::Term;
use tantivy::query::{
    AllQuery, BooleanQuery, BoostQuery, ConstScoreQuery, EmptyQuery, Occur, PhraseQuery, Query,
    RangeQuery, TermQuery,
};
use tantivy::schema::{Field, IndexRecordOption};
use tantivy::tokenizer::TextAnalyzer;

mod asking;
mod concepts;
use asking::*;
pub use asking::{Measure, measure_asked};
use concepts::*;
pub use concepts::{Alternative, Concept, Matching, concepts};
pub(crate) use concepts::{holds_a_name, in_alias_terms};

/// Full-text fields and their weights. Question and answer are the passage; the topic
/// heading and title say what it is about but are shared by many passages.
/// Tuned on `tests/relevance/queries.json` (`zoek eval`): the answer is what a reader
/// looks for, the question says what it is about.
pub const MAIN_FIELDS: &[(&str, f32)] = &[
    ("question", 0.7),
    ("answer", 1.2),
    ("context", 0.2),
    ("topic", 0.5),
    ("title", 0.2),
];
/// Weight of a quoted phrase found in a passage's footnotes (`notes`): the title of an
/// article or report the passage cites, which a reader may remember and quote. Only
/// quoted phrases are sought there: loose words would match the years and Kamerstuk
/// numbers every footnote holds.
pub const W_NOTES: f32 = 0.1;
/// Weight of a Kamerstuk number typed in the query, for the passages of that Kamerstuk
/// (half for those citing it), which are the only ones to match.
pub const W_KAMERSTUK: f32 = 1.0;
/// The factor the government's passages (minister's turns, answers) are multiplied by
/// when a query asks for the government's side (`wat zei de minister over Egypte`).
pub const GOVERNMENT_PRIOR: f32 = 1.5;
/// The factor of [`GOVERNMENT_PRIOR`] when a verb of saying asks for the government's
/// words (`wat antwoordde de minister over kinderen in terugkeerhubs`): then only the
/// government's passages hold `minister`, and a member's question that repeats the
/// query's words three times no longer ranks above the minister's answer. Of the eight
/// such queries of the read and blind sets, the mean nDCG@10 went 0.780 → 0.812 at 2 (0.811
/// at 1.75, 0.794 at 2.25, 0.790 at 3, where `Wat zei de minister over het halen van 12
/// juni` lost what the others gained); one query lost 0.01, none more; no other query moved.
pub const SAID_GOVERNMENT_PRIOR: f32 = 2.0;
/// The factor the members' turns are multiplied by when a query asks for the parties'
/// side, as the government's are when it asks for the government's (`welke partijen
/// steunen terugkeerhubs` 0 → 0.34, `om welke brieven vroegen Kamerleden aan de minister`
/// 0 → 0.25 nDCG@10 at 1.5; no other query of the read sets moved). Raised to 3 in the
/// session of the eleventh set: `om welke brieven vroegen Kamerleden` 0.25 → 0.89,
/// `eerste termijn Kamerleden commissiedebat` 0.45 → 0.58, no query lower; the mean of
/// the nine sets read before it +0.002 and the eleventh +0.003 (flat from 3 to 6).
pub const MEMBER_PRIOR: f32 = 3.0;
/// The factor the toezeggingen are multiplied by when a query asks for them. Not every
/// toezegging says `toegezegd` (`De minister stuurt de antwoorden …`). 2.0 rather than
/// 1.5: with the larger alias table, answers that name the `Pact` held more of the query
/// and the second toezegging on the migratiepact fell from 3rd to 7th (held-out nDCG@10
/// 0.856 at 1.5, 0.857 at 2.0; the other sets alike).
pub const TOEZEGGING_PRIOR: f32 = 2.0;
/// Weight of a passage of the kind a query names, as if its text said the word: a listed
/// toezegging rarely says `toezegging` (`De minister stuurt de kabinetsappreciatie …`),
/// a motion rarely says `motie` (`De Kamer, gehoord de beraadslaging, …`), so by their
/// words alone they ranked below the turns that name their subject more often. As
/// [`W_TERMIJN`]. Measured at 1.0 (session 30) for the toezeggingen, on the held-out
/// sets: `toezeggingen commissiedebat JBZ-Raad maart 2026` 0.57 → 0.97, `toezeggingen`
/// 0.70 → 0.95, `toezegging voortgangsrapport implementatie migratiepact` 0.82 → 0.98;
/// `toezegging Kamer informeren over terugkeerhubs` 0.41 → 0.34, where a toezegging on
/// another subject is lifted too (at 0.5 the gains were smaller, at 2.0 the losses
/// larger). For the motions, on the real records: `Kroger moties` 0.88 → 1.00, `moties
/// verduurzaming corporatiewoningen` 0.83 → 0.93 (0.5 and 2.0 alike). The same for the
/// chamber and the type of document (`NAMED_BY_METADATA`): `vragen BBB Eerste
/// Kamer JBZ-Raad december 2025` 0.86 → 1.00, `asielwetten Eerste Kamer 14 april` 0.87 →
/// 0.78 (the debate's turns on the Senate's vote are what it asks for).
pub const W_KIND_NAMED: f32 = 1.0;
/// The factor the minister's own turns in a debate are multiplied by, whatever the
/// query, when they hold all its concepts: they are the government's answers, what a
/// reader of a debate looks for first (in a written consultation every passage holds the
/// answer). 1.0 → 1.3 took nDCG@10 from 0.893 to 0.897 on `tests/relevance/queries.json`
/// and from 0.850 to 0.853 on the held-out set.
pub const MINISTER_PRIOR: f32 = 1.3;
/// The factor a person's or party's own passages are multiplied by when the query is
/// their name alone (a speaker's turns, a minister's written answers, a fractie's
/// questions): a precedence more than a weight. Her own turns match only by the speaker
/// field (their text rarely names her), while a long answer of the minister that names
/// her five times, with the minister's prior, scores up to 15 times as much.
pub const SPEAKER_PRIOR: f32 = 20.0;
/// How much of a minister's name her written answers hold when a query names her among
/// other words (`Faber terugkeerhubs`): her name is in the letter's heading, not in each
/// answer. At half, a member's paragraph naming her (`de asielwetten van Faber`), ranked
/// as a piece of a long turn, came before her answers on the subject; at 0.75 and 1.0 no
/// set moved by more than noise (held-out mean 0.8736 and 0.8733, session 36).
pub const NAMED_MINISTER_CREDIT: f32 = 0.75;
/// The factor a speaker's own turns are multiplied by when the query names them among
/// other words and they hold every word (`Ellian EVRM`: his turns on the EVRM, before the
/// minister's answer `De heren Ellian en Boomsma hebben vragen gesteld over het EVRM`,
/// which the minister's prior lifted to first). Every factor from 2 to 5 gained on the
/// sets it changed and lost on none (nDCG@10: `Kröger Libanon` 0.82 → 0.95, `Ellian
/// EVRM` 0.66 → 0.93, `Vondeling Iran` 0.91 → 0.96); no other query moved. A fractie
/// named among other words lifts its own passages alike (`D66 vragen informele JBZ-Raad
/// januari 2025`: D66's four questions, 0.36 → 1.0; `PVV eigen grenzen bewaken` 0.73 →
/// 0.80; no query lost). Raised from 3 to 5 in the session of the eleventh set: its party
/// queries (`GroenLinks-PvdA vragen informele JBZ-Raad januari 2025`, where an SP question
/// naming GroenLinks-PvdA came third) took it 0.734 → 0.744 (0.740 at 4, 0.746 at 8); the
/// nine sets read before it moved by 0.0002.
pub const NAMED_SPEAKER_PRIOR: f32 = 5.0;
/// The factor a passage holding the kind of words a measure question asks for is
/// multiplied by (`hoe lang mag een vreemdeling worden opgehouden`: the answer naming the
/// maximum `ophoudtermijn`).
pub const MEASURE_PRIOR: f32 = 1.3;
/// The factor the turns of a round of a debate are multiplied by when a query names the
/// round (`tweede termijn commissiedebat`): the members' second-round turns hold neither
/// word (`Ik heb eigenlijk geen vragen meer`), only the chair's announcement does.
pub const TERMIJN_PRIOR: f32 = 2.0;
/// Weight of a debate's round named in the query, matched in the round a turn falls in:
/// it makes the round's turns candidates, which their words alone would not.
pub const W_TERMIJN: f32 = 1.0;
/// Weight of the passages dated in a month a query names with its year: enough to make
/// them candidates, whose words need not name the month.
pub const W_MONTH: f32 = 0.5;
/// The most words of a fractie's name that [`ZoekIndex::fracties_named`] looks for.
const MAX_FRACTIE_WORDS: usize = 4;
/// Weight of a query word naming the fractie that asked or spoke.
pub const W_FRACTIE: f32 = 0.5;
/// Weight of a query word matching the speaker of a debate turn (a name).
pub const W_SPEAKER: f32 = 1.0;
/// Weight of a match on the exact (unstemmed) form, on top of the stem match.
pub const W_EXACT: f32 = 0.3;
/// Weight of a word matching a part of a compound (`hub` in `terugkeerhub`).
pub const W_PARTS: f32 = 0.5;
/// Weight of a compound's parts found written apart (`terugkeer hub`).
pub const W_SPLIT: f32 = 0.7;
/// Weight of one part of a typed compound found on its own (`geld` for `geldtransfers`).
pub const W_LOOSE_PART: f32 = 0.2;
/// The most of a compound a passage holding only one of its parts can hold
/// ([`Alternative::credit`]: the part's IDF over the mean of the compound's parts, times
/// [`rank::PARTIAL_CREDIT`]): more than `PARTIAL_CREDIT` for a telling part, never as
/// much as the compound itself. Measured on the 21 held-out sets (nDCG@10 on
/// their mean, 0.8620 without): 0.8627, 13 sets up and 5 down; 43 of 841 queries moved
/// (`screeningsverordening` 0.74 → 0.87, `voortgangsrapport implementatie Migratiepact`
/// 0.80 → 1.00; `tweestatusstelsel Asielnoodmaatregelenwet` 0.79 → 0.65, whose answer
/// holds only `maatregelen`). The tuned set 0.9101 → 0.9113. Letting a common part
/// fall below `PARTIAL_CREDIT` (to 0.35) gave the same mean with 8 sets down
/// (`Iraanse asielzoekers` lost the turns on `asielprocedures` for Iranians).
pub const PART_CREDIT_MAX: f32 = 0.75;
/// What a snippet window showing a concept only in part (`terugkeer` of
/// `terugkeerhub`) gets of the concept's worth, against 1 for any whole form of it.
pub const PARTIAL_WORTH: f32 = 0.25;
/// Weight of a derivation of a typed word found in the index (`overlastgever` for
/// `overlastgevende`), which the stemmer does not conflate.
pub const W_DERIVATION: f32 = 0.5;
/// Derivations are looked for only for stems of this many letters or more: short stems
/// head too many unrelated words (`wet` → `weten`).
const DERIVATION_MIN_STEM: usize = 6;
/// How many letters a derivation may add to the stem.
const DERIVATION_MAX_EXTRA: usize = 3;
/// How many derivations a word gets at most.
const DERIVATION_MAX: usize = 8;
/// How many dictionary terms under a stem are looked at, per segment and field.
const DERIVATION_SCAN: usize = 4096;
/// Weight of a form of the verb family of a typed word found in the index (`gedaald`
/// for `daling`, `herverdeeld` for `herverdeling`), which the stemmer does not conflate.
pub const W_FAMILY: f32 = 0.5;
/// The shortest verb stem sought as a part of compounds (`ophoud` of `ophoudtermijn`):
/// shorter ones (`houd`, `kom`) head too many compounds that are not about the verb.
pub const FAMILY_PART_MIN: usize = 5;
/// How many forms of its verb family a word gets at most.
const FAMILY_MAX: usize = 8;
/// Weight of adjacent words found as one compound (`terugkeer hubs` → `terugkeerhubs`).
pub const W_JOIN: f32 = 0.8;
/// Weight of all words found close together (within a few words).
pub const W_PROXIMITY: f32 = 1.5;
/// A term of at most this many words counts in the proximity with all its words; a longer
/// one (a full name, `Europees Verdrag voor de Rechten van de Mens`) not at all. Terms of
/// several words were left out before the eleventh set: counting them took `JBZ-Raad
/// december 2024` from 0.50 to 0.86 nDCG@10 and `is internationale bescherming tijdelijk`
/// from 0.46 to 0.54 (+0.001 on the mean of the other read sets).
pub const PROXIMITY_TERM_MAX: usize = 3;
/// How many other words may stand among the query's words for them to count as close
/// together ([`ProximityQuery`](crate::search::proximity::ProximityQuery): all within one
/// window, in any order). Measured when that query replaced tantivy's sloppy phrase, whose
/// slop is a budget spent word by word, stricter than one window as wide: at 3, ten
/// queries up and one down (`bandencriterium schrappen` 0.75 → 0.80 in four sets), the
/// tuned set 0.9113 → 0.9121, the real records 0.9321 → 0.9332, the mean of the 29
/// held-out sets 0.8686 → 0.8688; at 2 the same mean with more queries moving (20 up, 8
/// down); at 6, 0.8686 (6 up, 8 down).
pub const PROXIMITY_SLOP: u32 = 3;
/// Weight of a function word of the query found with the word it stands next to
/// (`terugkeer naar Griekenland`: `naar Griekenland`; `werken niet mee aan terugname`:
/// `aan terugname`; `staat terugkeerhubs in de weg`: `de weg`). Function words make no
/// concepts, but the one a word takes tells what is asked of it: `uitzettingen naar
/// Griekenland` answers the first query where `Griekenland` in a list does not. Measured
/// on the four read relevance sets (nDCG@10) at weights 0.3 to 3.0: from 1.0 to 1.6 it
/// gained on every set, +0.002 / ±0 / +0.003 / +0.005 at 1.3; pairs of two content
/// words as well lost on two sets. The blind set, measured at 1.3 only: 0.853 → 0.855.
pub const W_FUNCTION_PAIR: f32 = 1.3;

/// From this Zipf frequency in everyday Dutch up, a query word counts for less (in a
/// query of several concepts; names and alias terms apart): about once per 10,000 words
/// (`asielzoekers` 4.0, `terugkeer` 4.4, `landen` 5.3, `mag` 5.7).
pub const EVERYDAY_FROM: f32 = 4.0;
/// At this Zipf frequency and up, a query word counts [`EVERYDAY_MIN`] of itself.
pub const EVERYDAY_AT: f32 = 6.5;
/// The least an everyday word of a query counts, against a word everyday Dutch does
/// not use. Measured with [`EVERYDAY_FROM`] and [`EVERYDAY_AT`] chosen before the sixth
/// held-out set was written, on the six sets then (nDCG@10, before → after): tuned
/// 0.906 → 0.905, held-out 0.884 → 0.882, 0.875 → 0.877, 0.853 → 0.864, 0.855 →
/// 0.857 (blind), 0.820 → 0.824; then on the sixth, blind: 0.761 → 0.774. Names were
/// measured apart: weighing `Marokko` and `Iran` down too lost 0.010 on the blind
/// fourth set.
pub const EVERYDAY_MIN: f32 = 0.5;

/// Which documents of a long debate turn a search sees ([`crate::index::pieces_of`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Parts {
    /// Its pieces, so the turn ranks by its best one: a search by relevance.
    Pieces,
    /// The turn whole: a search for every word (date order, counts), a look-up.
    Turns,
}

/// A keyword field holding `value` (lowercased and folded as the field is).
pub(super) fn keyword_query(field: Field, value: &str) -> Box<dyn Query> {
    let token = analyze::tokens(&mut analyze::keyword_analyzer(), value)
        .into_iter()
        .next()
        .unwrap_or_default();
    Box::new(TermQuery::new(
        Term::from_field_text(field, &token),
        IndexRecordOption::Basic,
    ))
}

/// A query ready to run, and what the ranking and snippets need to know of it.
pub struct Plan {
    /// The tantivy query.
    pub query: Box<dyn Query>,
    /// The concepts of the plain words (phrases in quotes are required, not concepts).
    pub concepts: Vec<Concept>,
    /// Every stem that counts as a match, for highlighting.
    pub stems: HashSet<String>,
    /// What each stem shows of the query, for choosing a snippet's window.
    pub stem_worth: HashMap<String, StemWorth>,
    /// One probe per concept: the second stage counts the concepts each candidate
    /// holds with them.
    pub concept_queries: Vec<ConceptProbe>,
    /// Priors of the second stage (a chair's procedural turn, the minister's turns, the
    /// government's passages when the query asks for its side).
    pub priors: Vec<Prior>,
    /// A function word of the query and its neighbour as phrases (`naar Griekenland`),
    /// weighted: their scores add to a candidate's BM25 in the second stage. Scored only
    /// for the candidates, not in the first stage's union: the phrases of common words
    /// (`de minister`) match in most passages, and scoring them over all of them doubled
    /// the time of a question typed as a sentence.
    pub pairs: Vec<Box<dyn Query>>,
    /// The stems of those pairs, for highlighting: a function word is highlighted where
    /// it stands beside its neighbour (`Van` of `Van der Plas`, `naar Griekenland`), and
    /// nowhere else.
    pub pair_stems: Vec<[String; 2]>,
    /// The typed words that only the text around a consultation's questions holds, as
    /// terms of the `answer` field: the passages of such text that hold one are not
    /// ranked down ([`rank::COVER_PRIOR`]), in either stage.
    pub cover_lifted: Vec<Term>,
    /// The factor the text around a consultation's questions is ranked down by, in
    /// either stage: [`rank::COVER_PRIOR`], or 1 when the query asks how a consultation
    /// was handled (`wanneer zijn de vragen beantwoord`).
    pub cover_factor: f32,
}

impl Plan {
    /// The highlighter of this plan's hits: its stems, and its function words beside
    /// their neighbours.
    pub fn highlighter(&self) -> super::Highlighter<'_> {
        super::Highlighter::new(&self.stems)
            .with_pairs(&self.pair_stems)
            .with_worth(&self.stem_worth)
    }

    /// How a passage's BM25 came about: the query's and the pairs' scores, under the
    /// corpus statistics the search ranked with.
    pub fn explain(
        &self,
        searcher: &tantivy::Searcher,
        statistics: &super::statistics::Statistics,
        doc: tantivy::DocAddress,
    ) -> tantivy::Result<tantivy::query::Explanation> {
        let query: Box<dyn Query> = if self.pairs.is_empty() {
            self.query.box_clone()
        } else {
            let mut clauses = vec![(Occur::Should, self.query.box_clone())];
            clauses.extend(self.pairs.iter().map(|p| (Occur::Should, p.box_clone())));
            Box::new(BooleanQuery::new(clauses))
        };
        let scoring =
            tantivy::query::EnableScoring::enabled_from_statistics_provider(statistics, searcher);
        (query.weight(scoring)?).explain(searcher.segment_reader(doc.segment_ord), doc.doc_id)
    }
}

/// A factor a candidate's score is multiplied by when it matches any of the queries.
pub struct Prior {
    /// The passages it applies to.
    pub queries: Vec<Box<dyn Query>>,
    /// The factor.
    pub factor: f32,
    /// Whether it applies only to a passage holding every concept of the query: a prior
    /// that orders passages alike in what they hold must not lift one holding less above
    /// one holding more.
    pub only_whole: bool,
    /// The concepts (indexes into [`Plan::concepts`]) that a passage it applies to holds
    /// by what it is: a minister's turn answers `wat zei de minister` without saying
    /// `minister`, a toezegging answers `wat is toegezegd` without saying `toegezegd`.
    pub holds: Vec<usize>,
    /// How much of each concept of `holds` the passage holds: 1, or
    /// [`rank::PARTIAL_CREDIT`] when what it is only suggests the word.
    pub credit: f32,
    /// Whether only the passages it applies to hold the concepts of `holds`, whatever
    /// their text says: `wat zei de minister over gemeenten` asks for the minister's
    /// words, not for a member's `Wat zegt de minister tegen …`.
    pub exclusive: bool,
    /// Whether the passages it applies to are further ordered by what they say
    /// ([`rank::substance_factor`]): a person's own passages, when the query is their name
    /// alone, where a reasoned turn or a motion comes before a bare `Dank u wel,
    /// voorzitter.`
    pub by_substance: bool,
}

impl Prior {
    /// A prior multiplying by `factor` the passages `queries` match, and nothing more:
    /// for every passage they match, holding no concept.
    pub fn new(queries: Vec<Box<dyn Query>>, factor: f32) -> Prior {
        Prior {
            queries,
            factor,
            only_whole: false,
            holds: Vec::new(),
            credit: 1.0,
            exclusive: false,
            by_substance: false,
        }
    }
}

/// Queries telling whether a passage holds a concept, wholly or in part. Each is a
/// list of alternatives (terms and phrases) that holds when any of them matches: the
/// second stage seeks each alone to the candidates, which is cheap, where a union would
/// fill a window of 4,096 documents at every seek.
pub struct ConceptProbe {
    /// Match the passages that hold the concept in any form.
    pub any: Vec<Box<dyn Query>>,
    /// When some forms hold it only in part: match the passages that hold it wholly.
    pub whole: Option<Vec<Box<dyn Query>>>,
    /// The forms that hold it only in part, each with how much of it a passage holding
    /// that form holds ([`Alternative::credit`]).
    pub parts: Vec<(Vec<Box<dyn Query>>, f32)>,
    /// When some one-word form of the concept is also the last word of another name
    /// (`Rusland` of `Wit-Rusland`): every one-word form, each with the words that make
    /// it such a name. A passage holding the forms only within those names holds the
    /// concept in part. Empty otherwise.
    pub qualified: Vec<QualifiedForm>,
}

/// A one-word form of a concept and the words that, just before it, make it the last
/// word of another name (`wit` before `rusland`): the `qualified` names of
/// `aliases.toml` ([`alias::QUALIFIED`]).
#[derive(Debug, Clone, PartialEq)]
pub struct QualifiedForm {
    /// The form: a stem of the main fields, or a folded word of the field of exact forms
    /// when the form matches only as written ([`Alternative::as_written`]).
    pub token: String,
    /// Whether `token` is a word of the field of exact forms.
    pub exact: bool,
    /// The words (stems, or folded words when `exact`) that make it another name; empty
    /// when none does.
    pub heads: Vec<String>,
}

/// The last two words of each name of [`alias::QUALIFIED`] as (head, tail): as stems, and
/// as folded words.
static QUALIFIED_PAIRS: std::sync::LazyLock<[Vec<(String, String)>; 2]> =
    std::sync::LazyLock::new(|| {
        let mut dutch = analyze::dutch_analyzer();
        let last_two = |tokens: &[String]| match tokens {
            [.., head, tail] => Some((head.clone(), tail.clone())),
            _ => None,
        };
        [
            (alias::QUALIFIED.iter())
                .filter_map(|name| last_two(&analyze::tokens(&mut dutch, &name.join(" "))))
                .collect(),
            alias::QUALIFIED
                .iter()
                .filter_map(|n| last_two(n))
                .collect(),
        ]
    });

/// The one-word forms of a concept typed as one word, when some form is also the last
/// word of a `qualified` name ([`ConceptProbe::qualified`]); empty otherwise. A concept
/// typed as such a name (`Wit-Rusland`) is not one word and is left alone.
fn qualified_forms(c: &Concept) -> Vec<QualifiedForm> {
    if typed(c).is_none_or(|a| a.stems.len() != 1) {
        return Vec::new();
    }
    let mut forms: Vec<QualifiedForm> = Vec::new();
    for a in c.alternatives.iter().filter(|a| !a.partial) {
        let exact = a.as_written;
        let ([stem], [folded]) = (a.stems.as_slice(), a.folded.as_slice()) else {
            continue;
        };
        let token = if exact { folded } else { stem };
        if forms.iter().any(|f| &f.token == token && f.exact == exact) {
            continue;
        }
        let heads = (QUALIFIED_PAIRS[usize::from(exact)].iter())
            .filter(|(_, tail)| tail == token)
            .map(|(head, _)| head.clone())
            .collect();
        forms.push(QualifiedForm {
            token: token.clone(),
            exact,
            heads,
        });
    }
    match forms.iter().any(|f| !f.heads.is_empty()) {
        true => forms,
        false => Vec::new(),
    }
}

/// Weighted terms and phrases whose scores add up. The plan keeps its query's scoring
/// clauses as one flat list: tantivy buffers each union of a nested query on its own,
/// and at a million passages the nested unions were half of a query's time
/// (BENCHMARKS.md). A sum of sums is the same sum, so flat scores as nested did.
type Leaves = Vec<(Box<dyn Query>, f32)>;

/// The function words as stems (`voor` → `vor`, `maar` → `mar`), as the stems compared are.
static FUNCTION_STEMS: std::sync::LazyLock<HashSet<String>> = std::sync::LazyLock::new(|| {
    FUNCTION_WORDS
        .iter()
        .map(|w| analyze::stem_folded(w))
        .collect()
});

/// The stems of a term or phrase to highlight: the function words inside a name or
/// phrase (`en` of `Dienst Terugkeer en Vertrek`) would light up everywhere else.
fn highlighted(stems: &[String]) -> impl Iterator<Item = String> + '_ {
    let single = stems.len() == 1;
    stems
        .iter()
        .filter(move |s| single || !FUNCTION_STEMS.contains(s.as_str()))
        .cloned()
}

/// The stems of each two adjacent words of which one is a function word and the other
/// not (`naar Griekenland`), in their order.
fn function_pairs(words: &[String], dutch: &mut TextAnalyzer) -> Vec<[String; 2]> {
    let tokens: Vec<(String, bool)> = (words.iter())
        .flat_map(|w| {
            let function = FUNCTION_WORDS.contains(&analyze::fold_word(w).as_str());
            analyze::tokens(dutch, w)
                .into_iter()
                .map(move |t| (t, function))
        })
        .collect();
    (tokens.windows(2))
        .filter(|p| p[0].1 != p[1].1)
        .map(|p| [p[0].0.clone(), p[1].0.clone()])
        .collect()
}

/// The function pairs that are not inside a typed term of several words (`van de` of
/// `Europees Verdrag voor de Rechten van de Mens`): such a term is scored as a phrase
/// already, and its pairs would count it again, several times over its abbreviation.
fn pairs_outside_terms<'p>(
    pairs: &'p [[String; 2]],
    concepts: &[Concept],
) -> impl Iterator<Item = &'p [String; 2]> {
    let terms: Vec<&[String]> = (concepts.iter().filter_map(typed))
        .filter(|a| a.stems.len() > 2)
        .map(|a| a.stems.as_slice())
        .collect();
    pairs.iter().filter(move |p| {
        !terms
            .iter()
            .any(|t| t.windows(2).any(|w| w == p.as_slice()))
    })
}

/// The round of a debate a query names (`tweede termijn`, `2e termijn`), as the
/// splitter writes it, and the two concepts that name it.
fn termijn_named(concepts: &[Concept]) -> Option<(String, [usize; 2])> {
    (0..concepts.len().saturating_sub(1)).find_map(|i| {
        let ordinal = match concepts[i].label.as_str() {
            "eerste" | "1e" | "1ste" => "eerste",
            "tweede" | "2e" | "2de" => "tweede",
            "derde" | "3e" | "3de" => "derde",
            "vierde" | "4e" | "4de" => "vierde",
            _ => return None,
        };
        (concepts[i + 1].label == "termijn").then(|| (format!("{ordinal} termijn"), [i, i + 1]))
    })
}

/// The month a query names with its year (`oktober 2025`, one concept), or the day
/// (`12 juni 2026`, one concept of its day and month and one of its year) or days (`5 en
/// 6 maart 2026`), as the range of dates (`YYYYMMDD`) it spans, the concepts that name
/// it, and whether it is a day.
fn month_named(concepts: &[Concept]) -> Option<((u64, u64), Vec<usize>, bool)> {
    /// A day and its month: `12 juni`.
    fn date(label: &str) -> Option<(u64, &str)> {
        let (day, month) = label.split_once(' ')?;
        (numbered(day, month) == Some(Numbered::Date)).then_some(())?;
        Some((day.parse().ok()?, month))
    }
    /// The day before the first of a month, as `YYYYMMDD`.
    fn month_start(month: &str, year: &str) -> Option<u64> {
        Some((concepts::year(year)? * 100 + u64::from(crate::meta::month_number(month)?)) * 100)
    }
    concepts.iter().enumerate().find_map(|(i, c)| {
        if let Some((month, year)) = c.label.split_once(' ')
            && numbered(month, year) == Some(Numbered::Month)
        {
            let first = month_start(month, year)?;
            return Some(((first + 1, first + 31), vec![i], false));
        }
        let (day, month) = date(&c.label)?;
        let first = month_start(month, &concepts.get(i + 1)?.label)?;
        // The first of two days typed with the month (`5 en 6 maart`) is a date of it too.
        let before = i
            .checked_sub(1)
            .and_then(|b| date(&concepts[b].label))
            .filter(|&(before, its_month)| its_month == month && before < day);
        Some(match before {
            Some((before, _)) => ((first + before, first + day), vec![i - 1, i, i + 1], true),
            None => ((first + day, first + day), vec![i, i + 1], true),
        })
    })
}

/// Words of a query that a field of a passage holds rather than its text (a debate's
/// round, a month): the passages the `queries` match become candidates (`weight`) and
/// hold the concepts `named`, counting `factor` times.
fn held_in_field(
    queries: Vec<Box<dyn Query>>,
    weight: f32,
    factor: f32,
    named: &[usize],
    clauses: &mut Leaves,
    priors: &mut Vec<Prior>,
) {
    clauses.extend(queries.iter().map(|q| (q.box_clone(), weight)));
    priors.push(Prior {
        holds: named.to_vec(),
        ..Prior::new(queries, factor)
    });
}

/// One union of weighted leaves.
fn union(leaves: &Leaves) -> Box<dyn Query> {
    any(leaves
        .iter()
        .map(|(q, w)| boosted(q.box_clone(), *w))
        .collect())
}

/// The queries of weighted leaves, without their weights.
fn unweighted(leaves: &Leaves) -> Vec<Box<dyn Query>> {
    leaves.iter().map(|(q, _)| q.box_clone()).collect()
}

/// A single word, scored by BM25: frequencies, no positions (only phrases need them).
fn term(field: Field, text: &str) -> Box<dyn Query> {
    Box::new(TermQuery::new(
        Term::from_field_text(field, text),
        IndexRecordOption::WithFreqs,
    ))
}

fn boosted(q: Box<dyn Query>, weight: f32) -> Box<dyn Query> {
    if (weight - 1.0).abs() < f32::EPSILON {
        q
    } else {
        Box::new(BoostQuery::new(q, weight))
    }
}

/// The typed words folded and lowercased as the name fields (speaker, minister) hold them.
fn name_tokens(words: &[String]) -> Vec<String> {
    let mut name = analyze::name_analyzer();
    words
        .iter()
        .flat_map(|w| analyze::tokens(&mut name, w))
        .collect()
}

/// A name's tokens without the words of address before it: `de heer Van Asten` → `van
/// asten`.
fn without_address(mut tokens: Vec<String>) -> Vec<String> {
    loop {
        let skip = match tokens.as_slice() {
            [de, heer, _, ..] if de == "de" && heer == "heer" => 2,
            [address, _, ..] if ADDRESS_WORDS.contains(&address.as_str()) => 1,
            _ => break,
        };
        tokens.drain(..skip);
    }
    tokens
}

/// A speaker's name without the party typed after or before it, as a transcript labels a
/// member (`Boomsma JA21`, `Vondeling PVV`, `Kröger GroenLinks-PvdA` → `boomsma`,
/// `vondeling`, `kroger`): the query is still the member's name. Only when the rest
/// starts with a word that `is_speaker` knows.
fn without_fractie(tokens: Vec<String>, is_speaker: impl Fn(&str) -> bool) -> Vec<String> {
    let n = tokens.len();
    for k in 1..n.min(4) {
        let (rest, party) = tokens.split_at(n - k);
        if fractie::is_known(&party.join(" ")) && is_speaker(&rest[0]) {
            return rest.to_vec();
        }
        let (party, rest) = tokens.split_at(k);
        if fractie::is_known(&party.join(" ")) && is_speaker(&rest[0]) {
            return rest.to_vec();
        }
    }
    tokens
}

/// One token: a term; several: a phrase, or with a `slop` the tokens close together in
/// any order ([`ProximityQuery`](crate::search::proximity::ProximityQuery)); none: nothing.
pub(super) fn sequence(field: Field, tokens: &[String], slop: u32) -> Box<dyn Query> {
    match tokens {
        [] => return Box::new(EmptyQuery),
        [one] => return term(field, one),
        _ => {}
    }
    let terms: Vec<Term> = (tokens.iter())
        .map(|t| Term::from_field_text(field, t))
        .collect();
    match slop {
        0 => Box::new(PhraseQuery::new(terms)),
        // tantivy's own slop depends on how the index's segments count the words.
        _ => Box::new(super::proximity::ProximityQuery::new(terms, slop)),
    }
}

fn any(clauses: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        clauses.into_iter().map(|q| (Occur::Should, q)).collect(),
    ))
}

impl ZoekIndex {
    /// Plan a parsed query under a configuration, matching passages that hold any or
    /// every one of its concepts.
    pub(crate) fn plan(&self, q: &ParsedQuery, config: &SearchConfig, matching: Matching) -> Plan {
        let f = self.fields();
        let mut dutch = analyze::dutch_analyzer();
        let mut exact = analyze::exact_analyzer();
        let mut stems: HashSet<String> = HashSet::new();
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();

        // One searcher for the lookups of all expansions.
        let searcher = self.reader().searcher();
        let mut concepts = concepts(&q.words, config, matching, &mut dutch, &mut exact);
        if config.compounds {
            self.expand_derivations(&searcher, &mut concepts);
            self.expand_families(&searcher, &mut concepts);
        }
        // The statistics the ranking counts with, for the expansions' IDFs and the words
        // only the text around a consultation's questions holds. Unreadable, neither is
        // adjusted for, as a search of the index would fail on it anyway.
        let statistics = self.statistics(&searcher).ok();
        if let Some(statistics) = &statistics {
            self.temper_expansions(statistics, &mut concepts);
        }
        if config.ranking {
            temper_everyday_words(&mut concepts);
        }
        let typed_words = &q.words[..q.typed.min(q.words.len())];
        let typed_names = name_tokens(typed_words);
        let named_fracties = if config.ranking {
            self.fracties_named(&searcher, &typed_names)
        } else {
            Vec::new()
        };
        let mut concept_clauses: Leaves = Vec::new();
        let mut concept_queries: Vec<ConceptProbe> = Vec::new();
        // Matching every concept: one required union per concept.
        let mut required: Vec<Box<dyn Query>> = Vec::new();
        let mut stem_worth: HashMap<String, StemWorth> = HashMap::new();
        // A number and the word it belongs to, highlighted as a function word and its
        // neighbour are.
        let mut number_pairs: Vec<[String; 2]> = Vec::new();
        for (i, c) in concepts.iter().enumerate() {
            let mut alts: Leaves = Vec::new();
            let mut whole: Leaves = Vec::new();
            let mut parts: Vec<(Vec<Box<dyn Query>>, f32)> = Vec::new();
            // A number typed with its word (`artikel 12`, `14 april`) lights up beside it
            // only: alone it is any number (an agenda item's `12.`).
            let numbered = numbered_label(&c.label);
            for a in &c.alternatives {
                let paired = numbered.is_some() && !a.partial && a.stems.len() >= 2;
                let lit: Vec<String> = match paired {
                    true => {
                        number_pairs
                            .extend(a.stems.windows(2).map(|w| [w[0].clone(), w[1].clone()]));
                        // Not the number, in digits or written out (`vijf dagen`).
                        let number = numbered
                            .map(Numbered::number_at)
                            .filter(|_| a.stems.len() == 2);
                        (a.stems.iter().enumerate())
                            .filter(|&(k, _)| Some(k) != number)
                            .map(|(_, s)| s)
                            .filter(|s| !s.starts_with(|c: char| c.is_ascii_digit()))
                            .filter(|s| !FUNCTION_STEMS.contains(s.as_str()))
                            .cloned()
                            .collect()
                    }
                    false => highlighted(&a.stems).collect(),
                };
                stems.extend(lit.iter().cloned());
                // A snippet shows a concept whole in any of its forms, each word of a
                // form of several words a share of it; a part of it (`terugkeer` of
                // `terugkeerhub`) shows less.
                let shown: Vec<String> = match paired {
                    true => highlighted(&a.stems).collect(),
                    false => lit,
                };
                let worth = StemWorth {
                    concept: i,
                    worth: c.idf * if a.partial { PARTIAL_WORTH } else { 1.0 }
                        / shown.len().max(1) as f32,
                    whole: c.idf,
                };
                for s in shown {
                    let w = stem_worth.entry(s).or_insert(worth);
                    if w.worth < worth.worth {
                        *w = worth;
                    }
                }
                let exact_bonus = match config.ranking && a.typed {
                    true => W_EXACT,
                    false => 0.0,
                };
                // A form matched as written has one leaf, the exact form, which then also
                // carries the bonus of the form typed.
                let mut these = match a.as_written {
                    true => vec![(
                        sequence(f.get("exact"), &a.folded, 0),
                        (1.0 + exact_bonus) * a.weight,
                    )],
                    false => self.main_leaves(&a.stems, a.weight),
                };
                if exact_bonus > 0.0 && !a.as_written {
                    these.push((
                        sequence(f.get("exact"), &a.folded, 0),
                        exact_bonus * a.weight,
                    ));
                }
                if config.ranking && a.typed {
                    // A member or minister named in the query: their own turns, not only
                    // the chair's `Mevrouw Kröger.` giving them the floor.
                    these.push((
                        sequence(f.get("speaker"), &a.folded, 0),
                        W_SPEAKER * a.weight,
                    ));
                }
                // A party named in the query: the passages it asked or spoke, whose text
                // need not name it (a speech under `Mevrouw Van der Plas (BBB):`).
                let name = a.folded.join(" ");
                if config.ranking
                    && (a.typed || a.weight >= 0.9)
                    && let Some(canonical) = fractie::known(&name)
                {
                    these.push((
                        keyword_query(f.get("fracties"), &canonical),
                        W_FRACTIE * a.weight,
                    ));
                }
                // A fractie the party table does not know, named by typed words that hold
                // this one (`sanden` of `Van de Sanden`).
                if a.typed {
                    for (tokens, value) in &named_fracties {
                        if a.folded.iter().all(|t| tokens.contains(t)) {
                            these.push((keyword_query(f.get("fracties"), value), W_FRACTIE));
                        }
                    }
                }
                if config.compounds && a.stems.len() == 1 && !a.as_written {
                    these.push((term(f.get("parts"), &a.stems[0]), W_PARTS * a.weight));
                }
                if a.partial {
                    parts.push((unweighted(&these), a.credit));
                } else {
                    whole.extend(these.iter().map(|(q, w)| (q.box_clone(), *w)));
                }
                alts.extend(these);
            }
            let partial = !parts.is_empty();
            concept_queries.push(ConceptProbe {
                any: unweighted(&alts),
                whole: partial.then(|| unweighted(&whole)),
                parts,
                qualified: match config.ranking {
                    true => qualified_forms(c),
                    false => Vec::new(),
                },
            });
            if matching == Matching::Every {
                // Held wholly: a part of a compound or a word of a name is not the word.
                required.push(union(&whole));
            } else {
                concept_clauses.extend(alts);
            }
        }
        // Adjacent words as one compound: `terugkeer hubs` → `terugkeerhubs`.
        if config.compounds {
            for (i, pair) in concepts.windows(2).enumerate() {
                let (Some(a), Some(b)) = (typed(&pair[0]), typed(&pair[1])) else {
                    continue;
                };
                if a.folded.len() == 1 && b.folded.len() == 1 {
                    let joined =
                        analyze::tokens(&mut dutch, &format!("{}{}", a.folded[0], b.folded[0]));
                    // Two long words make one longer than the analyzer keeps.
                    if joined.is_empty() {
                        continue;
                    }
                    stems.extend(joined.iter().cloned());
                    for s in &joined {
                        // It shows both words, as much as the two shown apart.
                        let both = pair[0].idf + pair[1].idf;
                        stem_worth.entry(s.clone()).or_insert(StemWorth {
                            concept: usize::MAX,
                            worth: both,
                            whole: both,
                        });
                    }
                    let leaves = self.main_leaves(&joined, W_JOIN);
                    // A passage holding the one word (`pannenkoek` for `pannen koek`) holds
                    // both words wholly.
                    for probe in &mut concept_queries[i..i + 2] {
                        let holds = || leaves.iter().map(|(q, _)| q.box_clone());
                        if let Some(whole) = &mut probe.whole {
                            whole.extend(holds());
                        }
                        probe.any.extend(holds());
                    }
                    concept_clauses.extend(leaves);
                }
            }
        }
        // All words close together.
        if config.ranking && concepts.len() >= 2 {
            // A term of a few words counts with all its words (`internationale
            // bescherming … tijdelijk`, `JBZ-Raad van december`). A party's name is where
            // the chair gives the floor (`mevrouw Kröger van GroenLinks-PvdA`), not what
            // a passage is about: left out.
            let firsts: Vec<String> = concepts
                .iter()
                .filter_map(typed)
                .filter(|a| a.stems.len() <= PROXIMITY_TERM_MAX)
                .filter(|a| !fractie::is_known(&a.folded.join(" ")))
                .flat_map(|a| a.stems.iter().cloned())
                .collect();
            if firsts.len() >= 2 {
                for name in ["question", "answer"] {
                    concept_clauses
                        .push((sequence(f.get(name), &firsts, PROXIMITY_SLOP), W_PROXIMITY));
                }
            }
        }
        // A function word with its neighbour, as typed.
        let mut pairs: Vec<Box<dyn Query>> = Vec::new();
        let mut pair_stems = function_pairs(&q.words[..q.typed.min(q.words.len())], &mut dutch);
        // A function word is highlighted beside its neighbour, but shows nothing of the
        // query a snippet should look for.
        for s in pair_stems.iter().flatten() {
            stem_worth.entry(s.clone()).or_insert(StemWorth {
                concept: usize::MAX,
                worth: 0.0,
                whole: 0.0,
            });
        }
        if config.ranking {
            for pair in pairs_outside_terms(&pair_stems, &concepts) {
                for name in ["question", "answer"] {
                    pairs.push(boosted(sequence(f.get(name), pair, 0), W_FUNCTION_PAIR));
                }
            }
        }
        pair_stems.extend(number_pairs);
        // An identifier typed lights up where a passage cites it: its longest part, and
        // the parts beside it in turn (`h-tk-20192020-27-5`; alone, `27` is any number).
        for id in &q.identifiers {
            let tokens = analyze::tokens(&mut dutch, id);
            if let Some(seed) = tokens.iter().max_by_key(|t| t.len()) {
                stems.insert(seed.clone());
                stem_worth.entry(seed.clone()).or_insert(StemWorth {
                    concept: usize::MAX,
                    worth: 1.0,
                    whole: 1.0,
                });
            }
            pair_stems.extend(tokens.windows(2).map(|w| [w[0].clone(), w[1].clone()]));
        }
        // `wat zei de minister over …`: the government's side, the minister's turns and
        // the answers of written consultations, ranks first.
        // The concepts typed as one of `words` (a term of several words joined by spaces).
        // A particle typed apart from its verb asks what the verb does (`wat zegt de
        // minister toe`: `toezeggen`).
        let asking = |words: &[&str]| -> Vec<usize> {
            (concepts.iter().enumerate())
                .filter(|(_, c)| {
                    typed(c).is_some_and(|a| words.contains(&a.folded.join(" ").as_str()))
                        || c.verb.as_deref().is_some_and(|v| words.contains(&v))
                })
                .map(|(i, _)| i)
                .collect()
        };
        let asks_government = asking(GOVERNMENT_WORDS);
        let asks_toezeggingen = asking(TOEZEGGING_WORDS);
        // The concepts a passage holds by its metadata (`NAMED_BY_METADATA`).
        let named_by_metadata: Vec<(&str, &str, Vec<usize>)> = (NAMED_BY_METADATA.iter())
            .filter_map(|&(field, value, terms)| {
                let named = asking(terms);
                (!named.is_empty()).then_some((field, value, named))
            })
            .collect();
        let asks_members = asking(MEMBER_WORDS);
        let mut priors: Vec<Prior> = Vec::new();
        let cover_lifted = match (&statistics, config.ranking) {
            (Some(statistics), true) => self.cover_lifted(statistics, &concepts),
            _ => Vec::new(),
        };
        // How a consultation was handled is what the text around its questions says.
        let asks_handling = !asking(HANDLING_WORDS).is_empty() && !asking(LETTER_WORDS).is_empty();
        let cover_factor = match asks_handling {
            true => 1.0,
            false => rank::COVER_PRIOR,
        };
        if config.ranking {
            priors.push(Prior::new(
                vec![keyword_query(f.get("procedural"), "procedural")],
                rank::PROCEDURAL_PRIOR,
            ));
            priors.push(Prior::new(
                vec![keyword_query(f.get("procedural"), "notice")],
                rank::NOTICE_PRIOR,
            ));
            if asking(DECISION_WORDS).is_empty() {
                priors.push(Prior::new(
                    vec![keyword_query(f.get("doctype"), "besluitenlijst")],
                    rank::DECISION_LIST_PRIOR,
                ));
            }
            if cover_factor < 1.0 {
                priors.push(Prior::new(
                    vec![self.cover_prior_query(&cover_lifted)],
                    cover_factor,
                ));
            }
            priors.push(Prior {
                only_whole: true,
                ..Prior::new(
                    vec![keyword_query(f.get("role"), "minister")],
                    MINISTER_PRIOR,
                )
            });
            if !asks_government.is_empty() {
                // `wat zei de minister over gemeenten`: the minister's words,
                // not a member's `Wat zegt de minister tegen …`, nor a decision list's
                // `minister voor Bestuurlijke Vernieuwing`.
                let saying =
                    (typed_words.iter()).any(|w| SAYING_WORDS.contains(&w.to_lowercase().as_str()));
                let factor = if saying {
                    SAID_GOVERNMENT_PRIOR
                } else {
                    GOVERNMENT_PRIOR
                };
                // Asked for: whatever else the passage holds (`minister` itself is a
                // word of the query the minister's turns rarely hold).
                priors.push(Prior {
                    holds: asks_government,
                    exclusive: saying,
                    ..Prior::new(
                        vec![
                            keyword_query(f.get("role"), "minister"),
                            keyword_query(f.get("kind"), "qa"),
                        ],
                        factor,
                    )
                });
            }
        }
        if config.ranking && !asks_members.is_empty() {
            // Asked for the parties' side: the members' turns hold the word that asks.
            priors.push(Prior {
                holds: asks_members,
                ..Prior::new(vec![keyword_query(f.get("role"), "member")], MEMBER_PRIOR)
            });
        }
        // A member or minister named among other words (`Ellian EVRM`, `Kröger Libanon`):
        // their own turns on the subject, before the minister's answers that name them.
        if config.ranking && concepts.len() >= 2 {
            // Whether a typed name token (not a function word) is held by a name field.
            let a_name_in = |field: Field, t: &str| {
                t.len() >= 3
                    && !FUNCTION_WORDS.contains(&t)
                    && (searcher.doc_freq(&Term::from_field_text(field, t))).is_ok_and(|n| n > 0)
            };
            let parties: Vec<String> = (concepts.iter().filter_map(typed))
                .filter_map(|a| fractie::known(&a.folded.join(" ")))
                .collect();
            let party_query = |p: &String| keyword_query(f.get("fracties"), p);
            let speaker = f.get("speaker");
            let mut named: Vec<Box<dyn Query>> = (typed_names.iter())
                .filter(|t| a_name_in(speaker, t))
                .map(|t| term(speaker, t))
                .collect();
            // A fractie named among other words (`D66 vragen informele JBZ-Raad`, `PVV
            // eigen grenzen bewaken`): its own questions and turns.
            named.extend(parties.iter().map(party_query));
            if !named.is_empty() {
                priors.push(Prior {
                    only_whole: true,
                    ..Prior::new(named, NAMED_SPEAKER_PRIOR)
                });
            }
            // The words that ask for a party's questions (`vragen fractie-Van de Sanden`,
            // `NSC-fractie vertrouwelijke inzage`) are held by the party's passages by what
            // they are, whether or not their text says `de leden van de NSC-fractie vragen`.
            let asks_party = asking(PARTY_QUESTION_WORDS);
            let all_parties: Vec<Box<dyn Query>> = (parties.iter())
                .chain(named_fracties.iter().map(|(_, v)| v))
                .map(party_query)
                .collect();
            if !asks_party.is_empty() && !all_parties.is_empty() {
                priors.push(Prior {
                    holds: asks_party,
                    ..Prior::new(all_parties, 1.0)
                });
            }
            // A minister named among other words (`Faber terugkeerhubs`): her written
            // answers hold her name, though only in the letter's heading. They are not
            // matched by it (that would lift all her answers, whatever their subject),
            // but among the passages on the subject, hers hold every word.
            let minister = f.get("minister_name");
            for (c, a) in concepts
                .iter()
                .enumerate()
                .filter_map(|(c, k)| Some((c, typed(k)?)))
            {
                if a.folded.len() == 1 && a_name_in(minister, &a.folded[0]) {
                    priors.push(Prior {
                        holds: vec![c],
                        credit: NAMED_MINISTER_CREDIT,
                        ..Prior::new(
                            vec![Box::new(BooleanQuery::new(vec![
                                (Occur::Must, term(minister, &a.folded[0])),
                                (Occur::Must, keyword_query(f.get("kind"), "qa")),
                            ]))],
                            1.0,
                        )
                    });
                }
            }
        }
        // A query that is a member's, minister's or party's name (`Van der Plas`,
        // `mevrouw Kröger`, `Faber`, `BBB`) asks for what they said: their own turns, a
        // minister's written answers, a fractie's questions, whose text rarely names
        // them, rank before the minister's answers that say `mevrouw Van der Plas vroeg`
        // and the chair's turn giving her the floor. The phrase of the whole query must
        // be the name, so `Kröger Libanon` is left to the words (above).
        let name = without_fractie(without_address(typed_names), |t| {
            (searcher.doc_freq(&Term::from_field_text(f.get("speaker"), t))).is_ok_and(|n| n > 0)
        });
        if config.ranking && q.phrases.is_empty() && !name.is_empty() && !concepts.is_empty() {
            // A minister's written answers name her only in the letter's heading: they
            // match her name alone. Not her name among other words: `Faber` with a
            // subject lifted all 53 of her answers for holding `faber`, which cost a
            // blind query set 0.009 nDCG@10 (0.793 → 0.784); the words decide there.
            concept_clauses.push((sequence(f.get("minister_name"), &name, 0), W_SPEAKER));
            priors.push(Prior {
                holds: (0..concepts.len()).collect(),
                by_substance: true,
                ..Prior::new(
                    vec![
                        sequence(f.get("speaker"), &name, 0),
                        sequence(f.get("minister_name"), &name, 0),
                        // A party in any spelling (`GL-PvdA`), or a one-member group, named
                        // after its member.
                        keyword_query(
                            f.get("fracties"),
                            &fractie::known(&typed_words.join(" "))
                                .unwrap_or_else(|| name.join(" ")),
                        ),
                    ],
                    SPEAKER_PRIOR,
                )
            });
        }
        if config.ranking
            && !concepts.is_empty()
            && typed_words.len() > 2
            && let Some(measure) = measure_asked(typed_words)
        {
            // Asking for a measure: the passages holding words of its kind.
            let kind_words: Vec<&str> = match measure {
                Measure::Duration => [TIME_UNITS, DURATION_WORDS].concat(),
                Measure::Number => NUMBER_WORDS.to_vec(),
                Measure::Reason => REASON_WORDS.to_vec(),
                Measure::Time => [TIME_WORDS, &crate::meta::MONTHS[..]].concat(),
            };
            let stems = analyze::tokens(&mut dutch, &kind_words.join(" "));
            let queries: Vec<Box<dyn Query>> = (["question", "answer"].iter())
                .flat_map(|name| stems.iter().map(|stem| term(f.get(name), stem)))
                .collect();
            priors.push(Prior::new(queries, MEASURE_PRIOR));
        }
        if config.ranking
            && let Some((round, named)) = termijn_named(&concepts)
        {
            // A round of a debate: the turns of that round hold the words that name it.
            let round = vec![keyword_query(f.get("termijn"), &round)];
            held_in_field(
                round,
                W_TERMIJN,
                TERMIJN_PRIOR,
                &named,
                &mut concept_clauses,
                &mut priors,
            );
        }
        if config.ranking
            && let Some(((from, to), named, day)) = month_named(&concepts)
        {
            // A month and its year: the passages of that month hold them, in their date,
            // whether or not their text names the month (`GroenLinks-PvdA vragen
            // schriftelijk overleg oktober 2025`).
            // So do those that date it `jl.` in a later month (`de JBZ-Raad van december
            // jl.` in a letter of January 2025), as the index resolves it.
            // A day (`12 juni 2026`): the passages of that day; a reference to its month
            // says nothing of the day.
            let date = f.get("date");
            let mut queries: Vec<Box<dyn Query>> = vec![Box::new(RangeQuery::new(
                Bound::Included(Term::from_field_u64(date, from)),
                Bound::Included(Term::from_field_u64(date, to)),
            ))];
            if !day {
                // The passages whose document's title names it, and those whose own text
                // names the month without its year and means it: apart, as the first are
                // every passage of a report and the second the few that speak of the month
                // (`de JBZ-Raad van 5 en 6 maart` in the debate of 3 March 2026).
                let month = &concepts[named[0]].label;
                queries.push(keyword_query(f.get("title_months"), month));
                held_in_field(
                    vec![keyword_query(f.get("implied"), month)],
                    W_MONTH,
                    1.0,
                    &named,
                    &mut concept_clauses,
                    &mut priors,
                );
            } else if let Some(&year) = named.last() {
                // A text naming the day's month without its year (`de JBZ-Raad van 12-13
                // december jl.` in January 2025) holds the year, as its date would.
                let month = crate::meta::MONTHS[(from / 100 % 100) as usize - 1];
                held_in_field(
                    vec![keyword_query(
                        f.get("implied"),
                        &format!("{month} {}", from / 10000),
                    )],
                    W_MONTH,
                    1.0,
                    &[year],
                    &mut concept_clauses,
                    &mut priors,
                );
            }
            held_in_field(
                queries,
                W_MONTH,
                1.0,
                &named,
                &mut concept_clauses,
                &mut priors,
            );
        }
        for (field, value, named) in named_by_metadata.iter().filter(|_| config.ranking) {
            held_in_field(
                vec![keyword_query(f.get(field), value)],
                W_KIND_NAMED,
                1.0,
                named,
                &mut concept_clauses,
                &mut priors,
            );
        }
        if config.ranking && !asks_toezeggingen.is_empty() {
            held_in_field(
                vec![keyword_query(f.get("kind"), "toezegging")],
                W_KIND_NAMED,
                TOEZEGGING_PRIOR,
                &asks_toezeggingen,
                &mut concept_clauses,
                &mut priors,
            );
            // A written answer that commits the minister is a promise too.
            let stems = analyze::tokens(&mut dutch, &COMMITMENT_WORDS.join(" "));
            priors.push(Prior {
                holds: asks_toezeggingen,
                ..Prior::new(
                    stems.iter().map(|s| term(f.get("answer"), s)).collect(),
                    1.0,
                )
            });
        }
        if !required.is_empty() {
            // Compounds of adjacent words and proximity add to the score of a passage that
            // holds every concept; they match nothing alone.
            clauses.extend(required.into_iter().map(|q| (Occur::Must, q)));
            clauses.extend(
                concept_clauses
                    .iter()
                    .map(|(q, w)| (Occur::Should, boosted(q.box_clone(), *w))),
            );
        } else if !concept_clauses.is_empty() {
            clauses.push((Occur::Must, union(&concept_clauses)));
        }
        for phrase in &q.phrases {
            let tokens = analyze::tokens(&mut dutch, phrase);
            if !tokens.is_empty() {
                stems.extend(highlighted(&tokens));
                let mut leaves = self.main_leaves(&tokens, 1.0);
                leaves.push((sequence(f.get("notes"), &tokens, 0), W_NOTES));
                clauses.push((Occur::Must, union(&leaves)));
            }
        }
        let parts = match matching {
            Matching::Any => Parts::Pieces,
            Matching::Every => Parts::Turns,
        };
        self.filter_clauses(q, parts, &mut clauses);
        if !clauses.iter().any(|(o, _)| *o == Occur::Must) {
            clauses.push((Occur::Must, Box::new(AllQuery)));
        }
        Plan {
            query: Box::new(BooleanQuery::new(clauses)),
            concepts,
            stems,
            stem_worth,
            concept_queries,
            priors,
            pairs,
            pair_stems,
            cover_lifted,
            cover_factor,
        }
    }

    /// Derivations the stemmer leaves apart: words of the index that extend a typed
    /// word's stem by a few letters (`overlastgevende` → `overlastgever`, `binnengrens`
    /// → `binnengrenzen`, `Dublin` → `Dublinzaken`), added as alternatives of its
    /// concept. Looked up in the term dictionaries, so only forms that occur are added.
    fn expand_derivations(&self, searcher: &tantivy::Searcher, concepts: &mut [Concept]) {
        let fields = [self.fields().get("question"), self.fields().get("answer")];
        for c in concepts.iter_mut() {
            let Some(stem) = c
                .alternatives
                .iter()
                .find(|a| a.typed && a.stems.len() == 1)
                .map(|a| a.stems[0].clone())
            else {
                continue;
            };
            if stem.chars().count() < DERIVATION_MIN_STEM {
                continue;
            }
            // The analyzer ends a stem in `f`/`s` for `v`/`z` (`overlastgevende` →
            // `overlastgef`); the longer forms keep the `v`/`z` (`overlastgever`).
            let prefix = stem.strip_suffix(['f', 's']).unwrap_or(&stem).to_string();
            let longest = prefix.chars().count() + DERIVATION_MAX_EXTRA;
            let mut upper = prefix.clone().into_bytes();
            upper.push(0xff);
            let mut found: Vec<String> = Vec::new();
            'segments: for segment in searcher.segment_readers() {
                for &field in &fields {
                    let Ok(inverted) = segment.inverted_index(field) else {
                        continue;
                    };
                    let Ok(mut terms) = inverted
                        .terms()
                        .range()
                        .ge(prefix.as_bytes())
                        .lt(&upper)
                        .into_stream()
                    else {
                        continue;
                    };
                    // A common stem heads thousands of compounds (`migratie…`): look
                    // at a bounded number of them.
                    let mut seen = 0;
                    while terms.advance() && seen < DERIVATION_SCAN {
                        seen += 1;
                        let Ok(term) = std::str::from_utf8(terms.key()) else {
                            continue;
                        };
                        if term != stem
                            && term.chars().count() <= longest
                            && !found.iter().any(|f| f == term)
                            && !c
                                .alternatives
                                .iter()
                                .any(|a| a.stems.len() == 1 && a.stems[0] == term)
                        {
                            found.push(term.to_string());
                            if found.len() >= DERIVATION_MAX {
                                break 'segments;
                            }
                        }
                    }
                }
            }
            for term in found {
                c.alternatives.push(Alternative {
                    stems: vec![term.clone()],
                    folded: vec![term],
                    weight: W_DERIVATION,
                    typed: false,
                    partial: false,
                    credit: rank::PARTIAL_CREDIT,
                    as_written: false,
                });
            }
        }
    }

    /// The fracties the index holds that runs of the typed words name, other than those
    /// the party table knows (which the words find by any spelling): a one-member group
    /// is named after its member (`Van de Sanden` in the Eerste Kamer, `Den Haan`), and a
    /// reader types the name. From the typed words' [`name_tokens`]; each with the name's
    /// tokens.
    fn fracties_named(
        &self,
        searcher: &tantivy::Searcher,
        tokens: &[String],
    ) -> Vec<(Vec<String>, String)> {
        let fractie = self.fields().get("fracties");
        let mut found: Vec<(Vec<String>, String)> = Vec::new();
        for start in 0..tokens.len() {
            for end in start + 1..=(start + MAX_FRACTIE_WORDS).min(tokens.len()) {
                let span = &tokens[start..end];
                // Function words alone name nothing (`van de`).
                if span.iter().all(|t| FUNCTION_WORDS.contains(&t.as_str())) {
                    continue;
                }
                let value = span.join(" ");
                let held = searcher
                    .doc_freq(&Term::from_field_text(fractie, &value))
                    .is_ok_and(|n| n > 0);
                if held && !fractie::is_known(&value) {
                    found.push((span.to_vec(), value));
                }
            }
        }
        found
    }

    /// The forms of a typed word's verb family that the index holds ([`family`]:
    /// `daling` → `dalen`, `gedaald`, `dalende`), of a quality's noun and adjective
    /// (`transparantie` → `transparanter`) and of a diminutive's noun (`blokjes` → `blok`),
    /// added as alternatives of its concept;
    /// and the verb's bare stem where it heads a compound (`ophoud` of `ophoudtermijn`
    /// for `opgehouden`), as a part that holds the concept in part.
    fn expand_families(&self, searcher: &tantivy::Searcher, concepts: &mut [Concept]) {
        let fields = [self.fields().get("question"), self.fields().get("answer")];
        for c in concepts.iter_mut() {
            let Some(word) = c
                .alternatives
                .iter()
                .find(|a| a.typed && a.folded.len() == 1)
                .map(|a| a.folded[0].clone())
            else {
                continue;
            };
            // (stem, form, held only as a part of compounds)
            let mut found: Vec<(String, String, bool)> = Vec::new();
            // A stem the concept or an earlier form has already.
            let known = |stem: &str, found: &[(String, String, bool)]| {
                (c.alternatives.iter()).any(|a| a.stems.len() == 1 && a.stems[0] == stem)
                    || found.iter().any(|(s, _, _)| s == stem)
            };
            for form in family::verb_family(&word)
                .into_iter()
                .chain(family::quality_forms(&word))
                .chain(family::diminutive_bases(&word))
            {
                let stem = analyze::stem_folded(&form);
                // A form whose stem is a function word's finds that word: `maart` read
                // as a verb form gives `maren`, stemmed `mar` as `maar` is.
                if known(&stem, &found) || FUNCTION_STEMS.contains(&stem) {
                    continue;
                }
                let held = fields.iter().any(|&f| {
                    searcher
                        .doc_freq(&Term::from_field_text(f, &stem))
                        .is_ok_and(|n| n > 0)
                });
                if held {
                    found.push((stem, form, false));
                    if found.len() >= FAMILY_MAX {
                        break;
                    }
                }
            }
            // The verb's bare stem heading a compound, which only the compound parts
            // hold: `opgehouden` finds the `ophoudtermijn`, in part.
            let parts = self.fields().get("parts");
            for bare in family::verb_stems(&word) {
                let stem = analyze::stem_folded(&bare);
                if found.len() >= FAMILY_MAX
                    || stem.chars().count() < FAMILY_PART_MIN
                    || known(&stem, &found)
                {
                    continue;
                }
                let held = searcher
                    .doc_freq(&Term::from_field_text(parts, &stem))
                    .is_ok_and(|n| n > 0);
                if held {
                    found.push((stem, bare, true));
                }
            }
            for (stem, form, partial) in found {
                c.alternatives.push(Alternative {
                    stems: vec![stem],
                    folded: vec![form],
                    weight: W_FAMILY,
                    typed: false,
                    partial,
                    credit: rank::PARTIAL_CREDIT,
                    as_written: false,
                });
            }
        }
    }

    /// The typed words (as terms of the `answer` field) that only the text around a
    /// consultation's questions holds ([`Passage::is_cover`](crate::passage::Passage::is_cover)).
    /// That text is found by what only it says (`rappelbrief`, `ingezonden`), and ranks
    /// below the questions and answers for what they say too (`vragen fractie-Van de
    /// Sanden`, whose report's opening says the senator `legt de regering eveneens graag
    /// een aantal vragen voor`).
    fn cover_lifted(&self, statistics: &Statistics, concepts: &[Concept]) -> Vec<Term> {
        let f = self.fields();
        let searcher = statistics.searcher();
        let fields = [f.get("question"), f.get("answer")];
        let only_cover = |stem: &String| {
            let terms = fields.map(|field| Term::from_field_text(field, stem));
            terms
                .iter()
                .all(|t| statistics.doc_freq(t).is_ok_and(|n| n == 0))
                && terms
                    .iter()
                    .any(|t| searcher.doc_freq(t).is_ok_and(|n| n > 0))
        };
        (concepts.iter().filter_map(typed))
            .flat_map(|a| a.stems.iter())
            .filter(|s| only_cover(s))
            .map(|s| Term::from_field_text(f.get("answer"), s))
            .collect()
    }

    /// The passages [`rank::COVER_PRIOR`] ranks down: the text around a consultation's
    /// questions, but not where it holds a word of `lifted` ([`Plan::cover_lifted`]).
    fn cover_prior_query(&self, lifted: &[Term]) -> Box<dyn Query> {
        let cover = keyword_query(self.fields().get("procedural"), "cover");
        if lifted.is_empty() {
            return cover;
        }
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = vec![(Occur::Must, cover)];
        for t in lifted {
            let q = TermQuery::new(t.clone(), IndexRecordOption::Basic);
            clauses.push((Occur::MustNot, Box::new(q)));
        }
        Box::new(BooleanQuery::new(clauses))
    }

    /// An expansion never counts for more than the word as typed. BM25 gives a rare
    /// word a high weight (inverse document frequency), so a rare alias or form
    /// (`Griekse` for `Griekenland`) would outrank the passages holding the word the
    /// user typed. Each expansion's weight is scaled down by the ratio of the typed
    /// form's IDF to its own, where its own is higher.
    fn temper_expansions(&self, statistics: &Statistics, concepts: &mut [Concept]) {
        let n = statistics.passages() as f32;
        let fields = [self.fields().get("question"), self.fields().get("answer")];
        let idf = |stem: &String| -> f32 {
            let df = fields
                .iter()
                .map(|&f| {
                    statistics
                        .doc_freq(&Term::from_field_text(f, stem))
                        .unwrap_or(0)
                })
                .max()
                .unwrap_or(0) as f32;
            (1.0 + (n - df + 0.5) / (df + 0.5)).ln()
        };
        for c in concepts {
            // tantivy scores a phrase with the sum of its terms' IDF, so a name of eight
            // words (`Europees Verdrag voor de Rechten van de Mens`) would count three
            // times its abbreviation (`EVRM`). A phrase counts as its rarest word.
            // A date (`14 april`) is rarer than its day and its month, an article
            // (`artikel 12`) than its word and its number: each counts as both. A month
            // with its year (`maart 2026`) counts as a phrase: its passages hold it in
            // their date or title more than in their text, and every passage of the
            // year holds the year. As both, the passages that write it out came before
            // those of the meeting it names (`JBZ-Raad december 2024` 0.85 against 0.98,
            // `vragen BBB Eerste Kamer JBZ-Raad december 2025` 0.78 against 0.86).
            let numbered = numbered_label(&c.label).is_some_and(|n| n != Numbered::Month);
            let mut own: Vec<f32> = Vec::with_capacity(c.alternatives.len());
            for a in c.alternatives.iter_mut() {
                let idfs: Vec<f32> = a.stems.iter().map(idf).collect();
                let sum: f32 = idfs.iter().sum();
                let max = idfs.iter().copied().fold(0.0, f32::max);
                if numbered {
                    own.push(sum);
                    continue;
                }
                if idfs.len() > 1 && sum > 0.0 {
                    a.weight *= max / sum;
                }
                own.push(max);
            }
            // The parts of one typed word (`screeningsverordening`, `taal-onderwijs`); a
            // name of several words held in part holds some of its words, which says less
            // of which.
            if !c.typed.contains(char::is_whitespace) {
                part_credits(&mut c.alternatives, &own);
            }
            let Some(typed_idf) = c
                .alternatives
                .iter()
                .zip(&own)
                .find(|(a, _)| a.typed)
                .map(|(_, i)| *i)
            else {
                continue;
            };
            c.idf = typed_idf.max(0.01);
            for (a, &own) in c.alternatives.iter_mut().zip(&own) {
                if !a.typed && own > typed_idf && own > 0.0 {
                    a.weight *= typed_idf / own;
                }
            }
        }
    }

    /// Stems as a term or phrase in every main field, weighted.
    fn main_leaves(&self, stems: &[String], weight: f32) -> Leaves {
        MAIN_FIELDS
            .iter()
            .map(|(name, w)| (sequence(self.fields().get(name), stems, 0), w * weight))
            .collect()
    }

    /// Stems as a term or phrase in any main field, weighted.
    fn main_query(&self, stems: &[String], weight: f32) -> Box<dyn Query> {
        union(&self.main_leaves(stems, weight))
    }

    /// Which documents of a long debate turn a search sees ([`crate::index::pieces_of`]).
    pub(crate) fn parts_clause(&self, parts: Parts) -> (Occur, Box<dyn Query>) {
        let left_out = match parts {
            Parts::Pieces => crate::index::PART_TURN,
            Parts::Turns => crate::index::PART_PIECE,
        };
        (
            Occur::MustNot,
            keyword_query(self.fields().get("part"), left_out),
        )
    }

    /// What narrows a query whatever its words: the filters, a Kamerstuk number typed among
    /// the words, the words excluded with `-`. Every tier of a page keeps to them. `parts`
    /// says whether a long turn is seen by its pieces or whole.
    pub(crate) fn filter_clauses(
        &self,
        q: &ParsedQuery,
        parts: Parts,
        clauses: &mut Vec<(Occur, Box<dyn Query>)>,
    ) {
        clauses.push(self.parts_clause(parts));
        let f = self.fields();
        // A Kamerstuk number typed among the words narrows the search to it: its own
        // passages, then those citing it.
        for k in &q.kamerstukken {
            clauses.push((
                Occur::Must,
                any(vec![
                    boosted(keyword_query(f.get("kamerstuk"), k), W_KAMERSTUK),
                    boosted(keyword_query(f.get("identifiers"), k), W_KAMERSTUK),
                    boosted(keyword_query(f.get("references"), k), W_KAMERSTUK * 0.5),
                ]),
            ));
        }
        // An identifier typed keeps to the document that goes by it, first, and to the
        // passages citing it: a decision list's item on a case number, a letter's `Zie
        // ook de Handelingen h-tk-20192020-27-5`.
        for id in &q.identifiers {
            let tokens = analyze::tokens(&mut analyze::dutch_analyzer(), id);
            let own = boosted(keyword_query(f.get("identifiers"), id), W_KAMERSTUK);
            let either = match tokens.is_empty() {
                true => own,
                false => any(vec![own, self.main_query(&tokens, 1.0)]),
            };
            clauses.push((Occur::Must, either));
        }
        for ex in &q.excluded {
            let tokens = analyze::tokens(&mut analyze::dutch_analyzer(), ex);
            if !tokens.is_empty() {
                clauses.push((Occur::MustNot, self.main_query(&tokens, 1.0)));
            }
        }
        let filters = &q.filters;
        // The filters narrow, they do not score: a passage kept by a date range ranks as
        // it would without it (its score is multiplied by its coverage, so a constant
        // added by the filter would reorder).
        let narrowing = clauses.len();
        if let Some(fr) = &filters.fractie {
            let canonical = fractie::normalize(fr).unwrap_or_else(|| fr.clone());
            clauses.push((Occur::Must, keyword_query(f.get("fracties"), &canonical)));
        }
        if let Some(kind) = filters.kind {
            clauses.push((Occur::Must, keyword_query(f.get("kind"), kind.as_str())));
        }
        if let Some(t) = &filters.doctype {
            clauses.push((Occur::Must, keyword_query(f.get("doctype"), t)));
        }
        if let Some(ch) = &filters.chamber {
            clauses.push((Occur::Must, keyword_query(f.get("chamber"), ch)));
        }
        if let Some(k) = &filters.kamerstuk {
            let either = any(vec![
                keyword_query(f.get("kamerstuk"), k),
                keyword_query(f.get("identifiers"), k),
                keyword_query(f.get("dossier"), k),
            ]);
            clauses.push((Occur::Must, either));
        }
        for (name, value) in [
            ("minister", &filters.minister),
            ("speaker", &filters.speaker),
        ] {
            if let Some(v) = value {
                let field = f.get(name);
                let words = analyze::tokens(&mut analyze::name_analyzer(), v);
                let all: Vec<(Occur, Box<dyn Query>)> = words
                    .iter()
                    .map(|w| {
                        let q: Box<dyn Query> = Box::new(TermQuery::new(
                            Term::from_field_text(field, w),
                            IndexRecordOption::Basic,
                        ));
                        (Occur::Must, q)
                    })
                    .collect();
                if all.is_empty() {
                    continue;
                }
                let mut either: Box<dyn Query> = Box::new(BooleanQuery::new(all));
                if name == "speaker" {
                    // A co-signer of Kamervragen or of a motion asked it too; the name
                    // whole, not its words spread over two members.
                    either = any(vec![either, sequence(f.get("members"), &words, 0)]);
                }
                clauses.push((Occur::Must, either));
            }
        }
        if let Some(open) = &q.open_questions {
            // Only the open questions, found before the plan (ids are unique within a
            // folder, so with their sources).
            let terms = |field: &str, values: Vec<&String>| -> Box<dyn Query> {
                let field = f.get(field);
                Box::new(tantivy::query::TermSetQuery::new(
                    values.into_iter().map(|v| Term::from_field_text(field, v)),
                ))
            };
            let ids = open.iter().map(|(id, _)| id).collect();
            let sources = open.iter().map(|(_, source)| source).collect();
            clauses.push((Occur::Must, terms("id", ids)));
            clauses.push((Occur::Must, terms("source", sources)));
            clauses.push((Occur::Must, keyword_query(f.get("kind"), "question")));
        }
        if let Some(vj) = &filters.vergaderjaar {
            clauses.push((Occur::Must, keyword_query(f.get("vergaderjaar"), vj)));
        }
        if filters.from.is_some() || filters.to.is_some() {
            let date = f.get("date");
            let bound = |d: &Option<String>| match d.as_deref().and_then(schema::date_to_u64) {
                Some(n) => Bound::Included(Term::from_field_u64(date, n)),
                None => Bound::Unbounded,
            };
            let dated: Box<dyn Query> =
                Box::new(RangeQuery::new(bound(&filters.from), bound(&filters.to)));
            // A passage known only by its vergaderjaar is surely inside the range when its
            // whole year is. (A dated passage's year holds its date, so it adds none.)
            let (from, to) = (filters.from.as_deref(), filters.to.as_deref());
            let within = meta::vergaderjaren_within(from, to);
            let clause = match within {
                Some((first, last)) => {
                    let vj = f.get("vergaderjaar");
                    let bound = |y: Option<String>| match y {
                        Some(y) => Bound::Included(Term::from_field_text(vj, &y)),
                        None => Bound::Unbounded,
                    };
                    let year: Box<dyn Query> = Box::new(RangeQuery::new(bound(first), bound(last)));
                    any(vec![dated, year])
                }
                None => dated,
            };
            clauses.push((Occur::Must, clause));
        }
        for (_, q) in &mut clauses[narrowing..] {
            let filter = std::mem::replace(q, Box::new(AllQuery));
            *q = Box::new(ConstScoreQuery::new(filter, 0.0));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_persons_name_is_the_query_without_its_words_of_address() {
        let name = |q: &str| {
            let words: Vec<String> = q.split_whitespace().map(String::from).collect();
            without_address(name_tokens(&words)).join(" ")
        };
        assert_eq!(name("Van der Plas"), "van der plas");
        assert_eq!(name("mevrouw Kröger"), "kroger");
        assert_eq!(name("de heer Van Asten"), "van asten");
        assert_eq!(name("minister Van den Brink"), "van den brink");
        // `De` of a surname is the name's, and a word of address alone is no name to drop.
        assert_eq!(name("De Jong"), "de jong");
        assert_eq!(name("mevrouw"), "mevrouw");
    }

    #[test]
    fn a_telling_part_of_a_compound_holds_more_of_it_than_a_common_one() {
        let mut dutch = analyze::dutch_analyzer();
        let part = |word: &str, dutch: &mut TextAnalyzer| Alternative {
            partial: true,
            ..alternative(&[word.to_string()], W_LOOSE_PART, false, dutch)
        };
        let mut alternatives = vec![
            alternative(
                &["screeningsverordening".to_string()],
                1.0,
                true,
                &mut dutch,
            ),
            part("screening", &mut dutch),
            part("verordening", &mut dutch),
        ];
        // IDFs: the compound, a rare part and a common one.
        part_credits(&mut alternatives, &[6.0, 5.0, 2.5]);
        let credits: Vec<f32> = alternatives.iter().map(|a| a.credit).collect();
        assert!((credits[1] - rank::PARTIAL_CREDIT * 5.0 / 3.75).abs() < 1e-6);
        assert_eq!(credits[2], rank::PARTIAL_CREDIT);
        // The whole word is not a part: its credit is never read, and stays.
        assert_eq!(credits[0], rank::PARTIAL_CREDIT);
        // Parts as telling as each other keep the credit they had; none holds more than
        // the most.
        part_credits(&mut alternatives, &[6.0, 3.0, 3.0]);
        assert_eq!(alternatives[1].credit, rank::PARTIAL_CREDIT);
        assert_eq!(alternatives[2].credit, rank::PARTIAL_CREDIT);
        part_credits(&mut alternatives, &[6.0, 30.0, 0.1]);
        assert_eq!(alternatives[1].credit, PART_CREDIT_MAX);
    }

    #[test]
    fn everyday_words_weigh_less_and_names_and_domain_words_do_not() {
        let rol = everyday_factor("rol").unwrap();
        let landen = everyday_factor("landen").unwrap();
        assert!(rol < 1.0 && landen < 1.0);
        // The commoner, the less: `niet` is past EVERYDAY_AT.
        assert_eq!(everyday_factor("niet"), Some(EVERYDAY_MIN));
        assert!(everyday_factor("terugkeer").unwrap() > landen);
        // Words everyday Dutch rarely or never uses, names, and alias terms keep their weight.
        assert_eq!(everyday_factor("Terugkeerverordening"), None);
        assert_eq!(everyday_factor("migratiedruk"), None);
        assert_eq!(everyday_factor("Marokko"), None);
        assert_eq!(everyday_factor("Nederland"), None);
        assert_eq!(everyday_factor("Europees Parlement"), None);
    }

    #[test]
    fn one_word_alone_is_not_weighed_down() {
        let mut dutch = analyze::dutch_analyzer();
        let mut exact = analyze::exact_analyzer();
        let mut weights = |q: &str| -> Vec<f32> {
            let words: Vec<String> = q.split_whitespace().map(String::from).collect();
            let mut c = concepts(
                &words,
                &SearchConfig::default(),
                Matching::Any,
                &mut dutch,
                &mut exact,
            );
            temper_everyday_words(&mut c);
            c.iter().map(|c| c.alternatives[0].weight).collect()
        };
        assert_eq!(weights("landen"), vec![1.0]);
        let [landen, terugname] = weights("landen terugname")[..] else {
            panic!("two concepts")
        };
        assert!(landen < 1.0 && terugname == 1.0);
    }

    #[test]
    fn a_particle_typed_apart_names_its_verb() {
        let verbs = |q: &str| -> Vec<(String, Option<String>)> {
            let words: Vec<String> = q.split_whitespace().map(String::from).collect();
            let c = concepts(
                &words,
                &SearchConfig::default(),
                Matching::Any,
                &mut analyze::dutch_analyzer(),
                &mut analyze::exact_analyzer(),
            );
            c.into_iter().map(|c| (c.label, c.verb)).collect()
        };
        let verb_of = |q: &str, label: &str| {
            (verbs(q).into_iter())
                .find(|(l, _)| l == label)
                .and_then(|(_, v)| v)
        };
        assert_eq!(
            verb_of("wat zegt de minister toe over het verslag", "toe").as_deref(),
            Some("toezeggen"),
            "{:?}",
            verbs("wat zegt de minister toe over het verslag")
        );
        assert_eq!(
            verb_of("welke landen werken niet mee aan terugname", "mee").as_deref(),
            Some("meewerken")
        );
        // A function word that is no verb of a question's frame is no verb to it:
        // `met … af` is no `afmeten`.
        assert_eq!(verb_of("onderhandelingen met Egypte af", "af"), None);
    }

    #[test]
    fn a_function_word_pairs_with_each_neighbour_that_is_none() {
        let pairs = |q: &str| -> Vec<String> {
            let words: Vec<String> = q.split_whitespace().map(String::from).collect();
            function_pairs(&words, &mut analyze::dutch_analyzer())
                .into_iter()
                .map(|[a, b]| format!("{a} {b}"))
                .collect()
        };
        // Stems, in the order typed; two function words (`in de`, `van de`) or two words
        // of content (`terugkeerhub Oeganda`) make no pair.
        assert_eq!(
            pairs("terugkeer naar Griekenland"),
            ["terugker nar", "nar griekenland"]
        );
        assert_eq!(
            pairs("staat terugkeerhubs in de weg"),
            ["stat terugkeerhub", "terugkeerhub in", "de weg"]
        );
        assert!(pairs("terugkeerhub Oeganda").is_empty());
        assert!(pairs("van de").is_empty());
    }

    #[test]
    fn a_term_of_several_words_is_not_scored_again_by_its_function_pairs() {
        let scored = |q: &str| -> Vec<String> {
            let words: Vec<String> = q.split_whitespace().map(String::from).collect();
            let mut dutch = analyze::dutch_analyzer();
            let c = concepts(
                &words,
                &SearchConfig::default(),
                Matching::Any,
                &mut dutch,
                &mut analyze::exact_analyzer(),
            );
            let pairs = function_pairs(&words, &mut dutch);
            pairs_outside_terms(&pairs, &c)
                .map(|[a, b]| format!("{a} {b}"))
                .collect()
        };
        // `lijst van veilige landen van herkomst` is one term of the aliases: its `lijst
        // van`, `landen van` and `van herkomst` are scored with it, as its phrase.
        assert_eq!(
            scored("welke landen staan op de lijst van veilige landen van herkomst"),
            ["welk land", "stan op", "de lijst"]
        );
        // Without the term, the pairs stay.
        assert_eq!(
            scored("terugkeer naar Griekenland"),
            ["terugker nar", "nar griekenland"]
        );
    }

    #[test]
    fn a_question_for_a_measure_is_known_and_its_measure_word_is_no_subject() {
        let words = |q: &str| -> Vec<String> { q.split_whitespace().map(String::from).collect() };
        assert_eq!(
            measure_asked(&words("hoe lang mag een vreemdeling worden opgehouden")),
            Some(Measure::Duration)
        );
        assert_eq!(
            measure_asked(&words("Hoelang duurt het")),
            Some(Measure::Duration)
        );
        assert_eq!(
            measure_asked(&words("hoeveel asielzoekers komen er per week")),
            Some(Measure::Number)
        );
        assert_eq!(
            measure_asked(&words("hoe vaak gebeurt dat")),
            Some(Measure::Number)
        );
        // `lang` not after `hoe` is a word like any other.
        assert_eq!(measure_asked(&words("lang verblijf")), None);
        assert_eq!(
            measure_asked(&words("hoe staat het met de Terugkeerverordening")),
            None
        );
        let labels = |q: &str| -> Vec<String> { planned(q).into_iter().map(|c| c.0).collect() };
        assert_eq!(
            labels("hoe lang duurt het moratorium voor Syriers"),
            ["duurt", "moratorium", "syriers"]
        );
        assert_eq!(labels("lang verblijf"), ["lang", "verblijf"]);
        assert_eq!(
            labels("hoelang duurt het moratorium voor Syriers"),
            ["duurt", "moratorium", "syriers"]
        );
        assert_eq!(
            measure_asked(&words("waarom werkt het Dublinsysteem niet")),
            Some(Measure::Reason)
        );
        assert_eq!(
            measure_asked(&words("wanneer komt de brief over terugkeerhubs")),
            Some(Measure::Time)
        );
    }

    #[test]
    fn the_verbs_of_a_question_frame_are_no_subject() {
        let labels = |q: &str| -> Vec<String> { planned(q).into_iter().map(|c| c.0).collect() };
        assert_eq!(
            labels("wat houdt de Dublinverordening in"),
            ["dublinverordening"]
        );
        assert_eq!(labels("wat is een terugkeerhub precies"), ["terugkeerhub"]);
        assert_eq!(
            labels("wat betekent het pact voor gemeenten"),
            ["pact", "gemeenten"]
        );
        assert_eq!(
            labels("hoe zit het met de terugkeerhubs"),
            ["terugkeerhubs"]
        );
        assert_eq!(
            labels("wat gebeurt er met de terugkeerhubs"),
            ["terugkeerhubs"]
        );
        assert_eq!(
            labels("hoe kijkt het kabinet naar Oeganda"),
            ["kabinet", "oeganda"]
        );
        // `welke rol speelt X bij Y` asks what X does in Y: the answers say `het Europees
        // Parlement`, `de triloog`, not `rol`.
        assert_eq!(
            labels("welke rol speelt het Europees Parlement bij de Terugkeerverordening"),
            ["europees parlement", "terugkeerverordening"]
        );
        assert_eq!(
            labels("welke rol spelen gemeenten bij de opvang"),
            ["gemeenten", "opvang"]
        );
        // Nor is a verb of believing.
        assert!(
            !labels("gelooft de minister dat het pact gaat werken").contains(&"gelooft".into())
        );
        // Nor a modal verb of permission or will, but an obligation is a subject.
        assert_eq!(
            labels("hoe lang mag een vreemdeling worden opgehouden"),
            ["vreemdeling", "opgehouden"]
        );
        assert!(labels("hoeveel moet Nederland bijdragen").contains(&"moet".into()));
        // `houdt` of a subject stays.
        assert_eq!(
            labels("wie houdt toezicht op de grens"),
            ["houdt", "toezicht", "grens"]
        );
        // A form of `worden` is none, in the plural as in the singular.
        assert_eq!(
            labels("wanneer werden de vragen beantwoord"),
            ["vragen", "beantwoord"]
        );
    }

    #[test]
    fn the_s_of_a_plural_with_an_apostrophe_is_no_concept() {
        let labels = |q: &str| -> Vec<String> { planned(q).into_iter().map(|c| c.0).collect() };
        assert_eq!(labels("ngo's"), ["ngo"]);
        assert_eq!(labels("azc's in Groningen"), ["azc", "groningen"]);
    }

    #[test]
    fn a_round_of_a_debate_is_named_in_words_or_figures() {
        let named = |q: &str| termijn_named(&concepts_of(q));
        assert_eq!(
            named("tweede termijn commissiedebat"),
            Some(("tweede termijn".to_string(), [0, 1]))
        );
        assert_eq!(
            named("Kröger 2e termijn"),
            Some(("tweede termijn".to_string(), [1, 2]))
        );
        // A term of time is no round.
        assert_eq!(named("op korte termijn"), None);
        assert_eq!(named("termijn tweede"), None);
    }

    #[test]
    fn a_month_named_with_its_year_is_a_range_of_dates() {
        let named = |q: &str| month_named(&concepts_of(q));
        assert_eq!(
            named("vragen schriftelijk overleg oktober 2025"),
            Some(((20251001, 20251031), vec![3], false))
        );
        assert_eq!(
            named("JBZ-Raad December 2024"),
            Some(((20241201, 20241231), vec![1], false))
        );
        // A day with its month and year is that day.
        assert_eq!(
            named("wat verandert er op 12 juni 2026"),
            Some(((20260612, 20260612), vec![1, 2], true))
        );
        // Two days with their month and year are both.
        assert_eq!(
            named("JBZ-Raad 5 en 6 maart 2026"),
            Some(((20260305, 20260306), vec![1, 2, 3], true))
        );
        // A month alone, or a number that is no year, names no range.
        assert_eq!(named("verslag oktober"), None);
        assert_eq!(named("oktober 450"), None);
        assert_eq!(named("asielwetten 14 april"), None);
    }

    #[test]
    fn a_day_and_its_month_are_one_date() {
        // `14 april` is one concept, held as typed; the month alone holds a little of it,
        // the day alone (any `14`) nothing.
        let c = concepts_of("asielwetten Eerste Kamer 14 april");
        let labels: Vec<&str> = c.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["asielwetten", "eerste kamer", "14 april"]);
        let date = &c[2];
        assert_eq!(date.typed, "14 april");
        let typed = typed(date).unwrap();
        assert_eq!(typed.stems, ["14", "april"]);
        assert!(date.alternatives.iter().all(|a| a.typed || a.partial));
        assert!(!date.alternatives.iter().any(|a| a.stems == ["14"]));
        // Not a day: a number past 31, no month.
        for query in ["45 april", "14 aprilse"] {
            let c = concepts_of(query);
            assert_eq!(c.len(), 2, "{query}: {c:?}");
        }
    }

    #[test]
    fn a_month_and_its_year_are_one_concept() {
        // `januari 2025` is held as typed, or by the passages of that month (their date,
        // title, or a `januari` their text leaves the year of); the month alone holds a
        // little of it, the year alone (any `2025`) nothing.
        let c = concepts_of("informele JBZ-Raad Warschau januari 2025");
        let labels: Vec<&str> = c.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(
            labels,
            ["informele", "jbz raad", "warschau", "januari 2025"]
        );
        let month = &c[3];
        assert_eq!(typed(month).unwrap().stems, ["januari", "2025"]);
        let loose: Vec<&Alternative> = month.alternatives.iter().filter(|a| !a.typed).collect();
        assert!(
            loose.len() == 1 && loose[0].partial && loose[0].stems == ["januari"],
            "{loose:?}"
        );
        // No year: a number that is none, or none at all.
        assert_eq!(concepts_of("januari 450").len(), 2);
        assert_eq!(concepts_of("januari verslag").len(), 2);
    }

    #[test]
    fn a_number_in_digits_also_finds_it_written_out() {
        // `5 dagen` finds `vijf dagen`; `negen` does not find every `9` (an agenda item's
        // number), nor `8` the verb of `Acht de minister …`.
        let spelled = |q: &str, i: usize| -> Vec<Vec<String>> {
            let c = concepts_of(q);
            (c[i].alternatives.iter())
                .filter(|a| !a.typed)
                .map(|a| a.stems.clone())
                .collect()
        };
        assert!(spelled("5 lidstaten", 0).contains(&vec!["vijf".to_string()]));
        assert!(spelled("20 lidstaten", 0).contains(&vec!["twintig".to_string()]));
        assert!(spelled("brief van negen lidstaten", 1).is_empty());
        assert!(spelled("8 lidstaten", 0).is_empty());
    }

    #[test]
    fn a_number_and_its_unit_are_one_quantity() {
        // `5 dagen` is held where the text has them together, in digits or written out
        // (`slechts vijf dagen`); the unit alone holds a little of it, the number alone
        // (any `5`) nothing.
        let c = concepts_of("beroepstermijn 5 dagen");
        let labels: Vec<&str> = c.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(labels, ["beroepstermijn", "5 dagen"]);
        let stems: Vec<(&[String], bool)> = (c[1].alternatives.iter())
            .map(|a| (a.stems.as_slice(), a.partial))
            .collect();
        let s = |w: &[&str]| w.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        assert!(stems.contains(&(&s(&["5", "dag"])[..], false)), "{stems:?}");
        assert!(
            stems.contains(&(&s(&["vijf", "dag"])[..], false)),
            "{stems:?}"
        );
        assert!(stems.contains(&(&s(&["dag"])[..], true)), "{stems:?}");
        assert!(!stems.iter().any(|(a, _)| *a == s(&["5"])), "{stems:?}");
        // A number of thousands stays a number of its own; so does one without a unit.
        assert_eq!(concepts_of("20000 euro").len(), 2);
        assert_eq!(concepts_of("5 lidstaten").len(), 2);
    }

    #[test]
    fn two_days_of_one_month_are_two_dates() {
        // `5 en 6 maart`: the `5` is a day of March, not any number. It is held where the
        // text has both days, or this one with its month.
        for query in ["JBZ-Raad van 5 en 6 maart", "JBZ-Raad 5-6 maart"] {
            let c = concepts_of(query);
            let labels: Vec<&str> = c.iter().map(|c| c.label.as_str()).collect();
            assert_eq!(labels, ["jbz raad", "5 maart", "6 maart"], "{query}");
            let first = &c[1];
            assert_eq!(typed(first).unwrap().stems, ["5", "maart"]);
            let whole: Vec<&[String]> = (first.alternatives.iter())
                .filter(|a| !a.partial)
                .map(|a| a.stems.as_slice())
                .collect();
            assert!(whole.contains(&&["5", "en", "6", "maart"].map(String::from)[..]));
            assert!(whole.contains(&&["5", "6", "maart"].map(String::from)[..]));
            assert!(
                !first.alternatives.iter().any(|a| a.stems == ["5"]),
                "{first:?}"
            );
        }
        // Not a second day: no month after it, or a number past 31.
        let labels =
            |q: &str| -> Vec<String> { concepts_of(q).into_iter().map(|c| c.label).collect() };
        assert_eq!(labels("5 en 6 moties"), ["5", "6", "moties"]);
        assert_eq!(labels("45 en 6 maart"), ["45", "6 maart"]);
    }

    #[test]
    fn an_article_and_its_number_are_one_reference() {
        // The number is held with its word; the word alone holds a little of it.
        let c = concepts_of("huiszoekingen artikel 23a Terugkeerverordening");
        let labels: Vec<&str> = c.iter().map(|c| c.label.as_str()).collect();
        assert_eq!(
            labels,
            ["huiszoekingen", "artikel 23a", "terugkeerverordening"]
        );
        assert_eq!(typed(&c[1]).unwrap().stems, ["artikel", "23a"]);
        let loose: Vec<&Alternative> = c[1].alternatives.iter().filter(|a| !a.typed).collect();
        assert!(
            loose.len() == 1 && loose[0].partial && loose[0].stems == ["artikel"],
            "{loose:?}"
        );
        assert_eq!(concepts_of("vraag 18")[0].label, "vraag 18");
        // No number after the word, or the word after the number, or a Kamerstuk's `nr`.
        for query in ["artikel twaalf", "12 artikel", "nr 974", "artikel 12345"] {
            assert_eq!(concepts_of(query).len(), 2, "{query}");
        }
    }

    #[test]
    fn a_separable_verb_typed_apart_also_finds_it_whole() {
        // `werken … mee`: both concepts take `meewerken` and its forms.
        let c = planned("welke landen werken niet mee aan terugname");
        let labels: Vec<&str> = c.iter().map(|c| c.0.as_str()).collect();
        assert_eq!(labels, ["landen", "werken", "niet", "mee", "terugname"]);
        for concept in [&c[1], &c[3]] {
            assert!(has(&concept.1, &["meewerken"], false), "{concept:?}");
            assert!(has(&concept.1, &["meewerkt"], false), "{concept:?}");
        }
        // The bare verb, which any other `werken` holds, only in part.
        assert!(has(&c[1].1, &["werken"], true), "{:?}", c[1]);
        assert!(!has(&c[1].1, &["werken"], false), "{:?}", c[1]);
        assert!(!has(&c[0].1, &["meewerken"], false), "{:?}", c[0]);
        // `na` after a verb is the preposition, not the particle of `nakomen`.
        let c = planned("komen asielzoekers na een procedure alsnog naar Nederland");
        assert!(!c.iter().any(|c| has(&c.1, &["nakomen"], false)), "{c:?}");
        // Before `te`, the particle belongs to the infinitive after it, at the start too.
        let c = planned("hoe lang duurt het om de asielverdragen aan te passen");
        let verb = c.iter().find(|c| c.0 == "passen").expect("passen");
        assert!(has(&verb.1, &["aanpassen"], false), "{verb:?}");
        assert!(has(&verb.1, &["aangepaste"], false), "{verb:?}");
        let c = planned("na te komen afspraken");
        assert!(has(&c[0].1, &["nakomen"], false), "{c:?}");
        // `om te` is no particle; a `te` with no verb of the particle joins nothing.
        let c = planned("om te zetten");
        assert!(!c.iter().any(|c| has(&c.1, &["omzetten"], false)), "{c:?}");
        // A particle after a word that makes no verb with it joins nothing.
        let c = planned("landen mee");
        assert!(!has(&c[0].1, &["meelanden"], false), "{c:?}");
        assert_eq!(c[1].1.len(), 1, "{c:?}");
    }

    /// A concept as (label, [(folded, partial)]).
    type Planned = (String, Vec<(Vec<String>, bool)>);

    /// The concepts of a query with default features.
    fn concepts_of(query: &str) -> Vec<Concept> {
        let words: Vec<String> = query.split_whitespace().map(str::to_string).collect();
        concepts(
            &words,
            &SearchConfig::default(),
            Matching::Any,
            &mut analyze::dutch_analyzer(),
            &mut analyze::exact_analyzer(),
        )
    }

    #[test]
    fn a_hyphenated_word_is_typed_as_one_word_and_a_name_of_several_is_not() {
        // Which concepts' parts are weighed by how telling they are (`part_credits`): the
        // parts of one typed word, not the words of an alias term.
        let typed: Vec<String> = (concepts_of("taal-onderwijs Europees Parlement").iter())
            .map(|c| c.typed.clone())
            .collect();
        assert_eq!(typed, ["taal-onderwijs", "Europees Parlement"]);
    }

    /// The concepts of a query with default features, as labels and alternatives.
    fn planned(query: &str) -> Vec<Planned> {
        concepts_of(query)
            .into_iter()
            .map(|c| {
                let alts = c
                    .alternatives
                    .iter()
                    .map(|a| (a.folded.clone(), a.partial))
                    .collect();
                (c.label, alts)
            })
            .collect()
    }

    fn has(alts: &[(Vec<String>, bool)], folded: &[&str], partial: bool) -> bool {
        alts.iter()
            .any(|(f, p)| f.iter().map(String::as_str).eq(folded.iter().copied()) && *p == partial)
    }

    #[test]
    fn a_word_with_aliases_keeps_the_forms_of_a_word() {
        // `asielaanvragen` has aliases (`asielverzoek`) and is a compound: it is still
        // sought written apart, and its parts count in part.
        let c = planned("asielaanvragen");
        assert_eq!(c.len(), 1);
        assert!(has(&c[0].1, &["asielverzoek"], false), "{c:?}");
        assert!(has(&c[0].1, &["asiel", "aanvragen"], false), "{c:?}");
        assert!(has(&c[0].1, &["asiel"], true), "{c:?}");
    }

    #[test]
    fn the_words_of_a_term_of_several_words_count_in_part() {
        // `short stay visum` is one term (`Schengenvisum`), but a passage on a `visum`
        // for a `kort verblijf` must not be lost for it.
        let c = planned("short stay visum");
        assert_eq!(c.len(), 1, "{c:?}");
        assert!(has(&c[0].1, &["kortverblijfvisum"], false), "{c:?}");
        assert!(has(&c[0].1, &["visum"], true), "{c:?}");
        // Function words of a name are no such words.
        let c = planned("Europees Verdrag voor de Rechten van de Mens");
        assert!(!has(&c[0].1, &["voor"], true), "{c:?}");
    }
}
