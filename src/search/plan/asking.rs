//! The words by which a query says what it asks for rather than what it is about: the
//! government's side or the members', the toezeggingen, a measure (`hoe lang`, `hoeveel`,
//! `waarom`, `wanneer`), a person's words of address, and the function words and verbs of
//! a question's frame (`wat zei de minister over …`). The parent module turns them into
//! priors and leaves them out of the subject.

use super::*;

/// Words by which a query asks for the government's side.
pub(super) const GOVERNMENT_WORDS: &[&str] = &[
    "minister",
    "ministers",
    "staatssecretaris",
    "bewindspersoon",
    "kabinet",
    "regering",
];

/// Words by which a query asks for the members' side: what the parties asked or said
/// (`welke partijen steunen terugkeerhubs`). A member's turn holds such a word in who
/// speaks, not in what is said.
pub(super) const MEMBER_WORDS: &[&str] = &[
    "partij",
    "partijen",
    "fractie",
    "fracties",
    "kamerlid",
    "kamerleden",
    "oppositie",
    "oppositiepartijen",
    "coalitiepartijen",
];

/// Words by which a query asks for what the government promised: the toezeggingen a
/// debate ends with (`wat heeft de minister toegezegd over het migratiepact`).
pub(super) const TOEZEGGING_WORDS: &[&str] = &[
    "toezegging",
    "toezeggingen",
    "toegezegd",
    "toezeggen",
    "toezegt",
    "belofte",
    "beloftes",
    "beloften",
    "beloofd",
    "belooft",
    "beloven",
];

/// What a passage is, named in a query by words its text need not say: a field of its
/// metadata, the value it has there, and the typed terms (folded, words joined by a
/// space) that name it. A motion's text (`De Kamer, gehoord de beraadslaging, …
/// verzoekt de regering …`) rarely says `motie`; an answer of the Eerste Kamer's
/// consultation never says `Eerste Kamer`. Not the chair's role for `voorzitter`: every
/// member says `Dank u wel, voorzitter`, and the chair's turns held it (session 30: `wie
/// was voorzitter tijdens de termijn van Boomsma` 0.50 → 0.39, no query gained).
pub(super) const NAMED_BY_METADATA: &[(&str, &str, &[&str])] = &[
    ("kind", "motie", &["motie", "moties"]),
    ("chamber", "Eerste Kamer", &["eerste kamer"]),
    ("chamber", "Tweede Kamer", &["tweede kamer"]),
    ("doctype", "kamervragen", &["kamervragen", "kamervraag"]),
];

/// Words by which a written answer commits the minister to do something (`Ik ben bereid te
/// onderzoeken`, `Ik ben voornemens`, `zal ik uw Kamer informeren`): an answer holding one
/// holds what a query asking for toezeggingen asks, in Kamervragen and written
/// consultations, which have no list of toezeggingen. It counts as held, without a factor
/// of its own: at 1.3 the answers that say `informeren` came before the toezeggingen of a
/// debate asked for by name (`toezeggingen commissiedebat JBZ-Raad maart 2026` 0.69 →
/// 0.53); held alone, `toezeggingen aan de Kamer` (of minister Faber's written answers)
/// went 0.67 → 0.75 and `wat heeft de minister toegezegd over het migratiepact` 0.84 → 0.89.
/// Without `informeren` nothing gained. A minister in debate commits by taking a point
/// along or coming back to it (`dan zal ik dat in het verslag van de JBZ-Raad meenemen`):
/// with `meenemen` and `terugkomen`, 7 queries of the held-out sets went up and 3 down
/// (`wat zegt de minister toe over het verslag van de JBZ-Raad` 0.65 → 0.76; session 37).
pub(super) const COMMITMENT_WORDS: &[&str] = &[
    "voornemens",
    "bereid",
    "toezeggen",
    "informeren",
    "meenemen",
    "terugkomen",
];

/// What a question asks to be measured: the kind of words its answer holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    /// `hoe lang`, `hoelang`: a duration (`zes maanden`, `de termijn`).
    Duration,
    /// `hoeveel`, `hoe veel`, `hoe vaak`: a number (`duizend`, `procent`).
    Number,
    /// `waarom`: a reason (`omdat`, `doordat`, `vanwege`).
    Reason,
    /// `wanneer`: a time (`donderdag`, `in maart`, `voor de zomer`).
    Time,
}

/// The units of time, counted by a number before them (`5 dagen`) and named by the
/// answer to `hoe lang`.
pub(super) const TIME_UNITS: &[&str] = &[
    "uur", "uren", "dag", "dagen", "week", "weken", "maand", "maanden", "jaar", "jaren",
];

/// Words of a duration besides its units ([`TIME_UNITS`]), as the answer to `hoe lang`
/// holds them.
pub(super) const DURATION_WORDS: &[&str] = &[
    "termijn",
    "termijnen",
    "duur",
    "periode",
    // `hoe lang` also asks for a length (`de buitengrenzen zijn meer dan 50.000 kilometer
    // lang`).
    "kilometer",
    "kilometers",
    "meter",
];

/// Words of a number written out, as the answer to `hoeveel` may hold them. Not `acht`,
/// the verb of every `Acht de minister …`. Digits are not sought: a pattern over the
/// term dictionary reads the postings of every number in the index, which cost a
/// question for a number 29% more time at 150,000 passages, and gained nothing on the
/// read sets.
pub(super) const NUMBER_WORDS: &[&str] = &[
    "honderd",
    "duizend",
    "duizenden",
    "miljoen",
    "miljard",
    "procent",
    "helft",
    "twee",
    "drie",
    "vier",
    "vijf",
    "zes",
    "zeven",
    "negen",
    "tien",
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "aantal",
];

/// Words that give a reason, as the answer to `waarom` holds them.
pub(super) const REASON_WORDS: &[&str] = &[
    "omdat", "doordat", "vanwege", "reden", "redenen", "oorzaak", "oorzaken", "daardoor", "daarom",
];

/// Words of a time, as the answer to `wanneer` holds them: days and seasons, and the
/// months ([`crate::meta::MONTHS`]).
pub(super) const TIME_WORDS: &[&str] = &[
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "voorjaar",
    "zomer",
    "najaar",
    "zomerreces",
    "kerstreces",
    "binnenkort",
];

/// Words of address before a name in a query (`mevrouw Van der Plas`, `de heer
/// Boomsma`); the speaker field holds the name only.
pub(super) const ADDRESS_WORDS: &[&str] = &["mevrouw", "mw", "heer", "dhr", "meneer", "minister"];

/// Words of a typed question that say nothing of its subject. Not a stop list of the
/// index: they are indexed and found in phrases; they only do not make concepts of a
/// query that has other words.
pub(super) const FUNCTION_WORDS: &[&str] = &[
    "de",
    "het",
    "een",
    "van",
    "in",
    "op",
    "met",
    "aan",
    "voor",
    "naar",
    "bij",
    "om",
    "over",
    "uit",
    "tot",
    "te",
    "en",
    "of",
    "dat",
    "die",
    "dit",
    "deze",
    "er",
    "is",
    "zijn",
    "was",
    "waren",
    "wordt",
    "worden",
    "werd",
    "werden",
    "kan",
    "kunnen",
    "heeft",
    "hebben",
    "had",
    "zal",
    "zullen",
    "wil",
    // The other modal verbs of a question's frame (`hoe lang mag een vreemdeling worden
    // opgehouden`: 0.50 → 1.00, three other queries up, none down), but not `moet`: an
    // obligation is a subject (`hoeveel moet Nederland bijdragen` lost 0.02 without it).
    "mag",
    "mogen",
    "willen",
    "zou",
    "zouden",
    "kon",
    "konden",
    "wat",
    "hoe",
    "wie",
    "welke",
    "welk",
    "hoeveel",
    "waar",
    "wanneer",
    "waarom",
    "staat",
    "ook",
    "nog",
    "al",
    "dan",
    "als",
    "u",
    "uw",
    "ik",
    "je",
    "we",
    "wij",
    "zij",
    "ze",
    "hij",
    "haar",
    "hun",
    "mijn",
    "onze",
    "ons",
    "zo",
    "maar",
    "want",
    "door",
    // Prepositions: `huiszoekingen onder artikel 23a` is about the searches and the
    // article.
    "onder",
    "tussen",
    "tijdens",
    "via",
    "zonder",
    "naast",
    "sinds",
    "volgens",
    "inzake",
    "omtrent",
    // What an apostrophe leaves of a plural or an article: `ngo's`, `azc's`, `'t`.
    "s",
    "t",
    // Verbs of saying, asking and believing: `wat zei de minister over Egypte` is about
    // Egypte, `gelooft de minister dat het migratiepact gaat werken` about the Pact.
    "zei",
    "zeiden",
    "zegt",
    "zeggen",
    "gezegd",
    "vroeg",
    "vroegen",
    "vraagt",
    "gevraagd",
    "antwoordde",
    "antwoordt",
    "vindt",
    "vond",
    "vinden",
    "denkt",
    "dacht",
    "gelooft",
    "geloven",
    "meent",
];

/// The verbs among the [`FUNCTION_WORDS`] that a particle typed after them makes a
/// separable verb with (`wat zegt de minister toe`: `toezeggen`; `vraagt … aan`,
/// `vindt … plaats`, `staat … toe`). The others are no verb of one (`met`, `was`) or
/// rarely are in a query (`hebben … mee`).
pub(super) const FRAME_VERBS: &[&str] = &[
    "zei", "zeiden", "zegt", "zeggen", "vroeg", "vroegen", "vraagt", "vindt", "vond", "vinden",
    "denkt", "dacht", "staat",
];

/// Words that ask for a party's questions, beside the party's name: its passages hold
/// them by what they are.
pub(super) const PARTY_QUESTION_WORDS: &[&str] = &[
    "fractie",
    "fracties",
    "vragen",
    "vraag",
    "vroeg",
    "vroegen",
    "leden",
    "lid",
    // What a party thinks (`standpunt BBB over de solidariteitspool`): its questions and
    // turns state it without the word.
    "standpunt",
    "standpunten",
    "mening",
    "visie",
    "opvatting",
    "opvattingen",
    "houding",
    "positie",
    "inbreng",
];

/// Words by which a query asks what a committee decided or scheduled: a decision list's
/// agenda items are not ranked down for it ([`crate::search::rank::DECISION_LIST_PRIOR`]).
pub(super) const DECISION_WORDS: &[&str] = &[
    "besluitenlijst",
    "besluitenlijsten",
    "procedurevergadering",
    "procedurevergaderingen",
    "agendapunt",
    "agendapunten",
    "agenderen",
    "geagendeerd",
    "besluit",
    "besluiten",
    "besloten",
    "volgcommissie",
    "voortouwcommissie",
];

/// Words by which a query asks how a written consultation was handled, beside a word of
/// [`LETTER_WORDS`] (`wanneer zijn de vragen over de JBZ-Raad beantwoord`): when the
/// questions were sent, reminded, answered. The text around the questions says it (`Bij
/// brief van 8 oktober 2025 zijn de vragen beantwoord`), and is not ranked down.
pub(super) const HANDLING_WORDS: &[&str] = &[
    "beantwoord",
    "beantwoordde",
    "beantwoordden",
    "ingezonden",
    "verzonden",
    "verstuurd",
    "gestuurd",
    "toegestuurd",
    "voorgelegd",
    "rappel",
    "herinnering",
];

/// The letters and questions of a written consultation, as a query asking how they were
/// handled names them ([`HANDLING_WORDS`]).
pub(super) const LETTER_WORDS: &[&str] = &[
    "vragen", "vraag", "brief", "brieven", "verslag", "inbreng", "overleg",
];

/// Verbs of saying and believing: a query that asks what the government said with one
/// of them (`wat zei de minister over gemeenten`) is held only by the government's
/// passages for `minister`. Without the verb, `minister` may be the subject (`wie is de
/// nieuwe minister van Asiel en Migratie`: 0.73 → 0.36 when it was held so too).
pub(super) const SAYING_WORDS: &[&str] = &[
    "zei",
    "zeiden",
    "zegt",
    "zeggen",
    "gezegd",
    "antwoordde",
    "antwoordt",
    "vindt",
    "vond",
    "denkt",
    "dacht",
    "gelooft",
    "meent",
    "stelt",
    "stelde",
];

/// The measure a folded word asks for, given the word before it: `hoeveel`, `hoe veel`,
/// `hoe vaak` a number; `hoelang`, `hoe lang` a duration. Such a word names no subject:
/// the passages answering say `zes maanden` or `800 asielzoekers`, not `lang` or `veel`.
pub(super) fn measure_word(word: &str, previous: Option<&str>) -> Option<Measure> {
    let after_hoe = previous == Some("hoe");
    match word {
        "hoeveel" | "hoeveelheid" => Some(Measure::Number),
        "veel" | "vaak" if after_hoe => Some(Measure::Number),
        "hoelang" => Some(Measure::Duration),
        "lang" | "lange" if after_hoe => Some(Measure::Duration),
        "waarom" => Some(Measure::Reason),
        "wanneer" => Some(Measure::Time),
        _ => None,
    }
}

/// Whether a folded word, given the word before it, is the verb of a question's frame
/// rather than of its subject: `wat houdt … in` asks what something entails, `wat
/// betekent …` what it means, `hoe zit het met …` how it stands, `hoe werkt …` how it
/// works, `hoe kijkt … naar` what is thought of it, `wat gebeurt er met …` and `wat doet … aan` what is done,
/// `welke rol speelt …` what someone does in it (session 36: four queries of the read
/// sets up, `welke rol speelt het Europees Parlement bij de Terugkeerverordening` 0.80 →
/// 0.93, none down);
/// `precies` and `eigenlijk` ask nothing anywhere. The passages answering (`De
/// Dublinafspraak is dat je teruggaat …`) hold none of these words; `wie houdt toezicht`
/// keeps its `houdt`.
pub(super) fn frame_word(word: &str, previous: Option<&str>) -> bool {
    matches!(
        (previous, word),
        (
            Some("wat"),
            "houdt" | "houden" | "betekent" | "betekenen" | "gebeurt" | "doet" | "doen"
        ) | (Some("hoe"), "zit" | "kijkt" | "kijken" | "werkt" | "werken")
            | (Some("welke"), "rol")
            | (Some("rol"), "speelt" | "spelen" | "speelde" | "speelden")
            | (_, "precies" | "eigenlijk")
    )
}

/// What a question typed as a sentence asks to be measured, if anything
/// (`measure_word`).
pub fn measure_asked(words: &[String]) -> Option<Measure> {
    let folded: Vec<String> = words.iter().map(|w| analyze::fold_word(w)).collect();
    (0..folded.len())
        .find_map(|i| measure_word(&folded[i], i.checked_sub(1).map(|p| folded[p].as_str())))
}
