//! A query's concepts: each word the user typed, or each alias term spanning several
//! words, with the alternatives it matches by (its stem, its exact form, the compounds
//! holding it, its parts written apart, its verb's forms, its aliases), each weighted.
//! How the alternatives become a tantivy query is the parent module's job.

use super::*;

/// One way a concept can match: a sequence of stems (one word or a phrase).
#[derive(Debug, Clone, PartialEq)]
pub struct Alternative {
    /// Stems, in order.
    pub stems: Vec<String>,
    /// Folded, unstemmed tokens, in order.
    pub folded: Vec<String>,
    /// Weight against the word as typed.
    pub weight: f32,
    /// Whether this is the word as typed (the others are expansions).
    pub typed: bool,
    /// Whether it holds only part of the concept (`geld` for `geldtransfers`): a passage
    /// holding the concept only this way covers it only in part.
    pub partial: bool,
    /// How much of the concept a passage holding it only this way holds, when
    /// `partial`: more for the telling part of a compound than for the common one
    /// (`screening` of `screeningsverordening` against `verordening`). Set by the plan
    /// from the parts' IDFs; [`rank::PARTIAL_CREDIT`] until then.
    pub credit: f32,
    /// Whether it matches only as written, in the field of exact forms: an alias term
    /// that the stemmer cuts down to three letters or fewer (`Finse` → `fin`, the
    /// committee `FIN`), a stem that says too little of a name.
    pub as_written: bool,
}

/// Something the user looks for: a word, or an alias term of several words.
#[derive(Debug, Clone, PartialEq)]
pub struct Concept {
    /// The words as typed, folded (`italie` for `Italië`): what the planning compares.
    pub label: String,
    /// The words as the user typed them (`Italië`, `Knaus`), without the punctuation
    /// around them: what the reader is shown. The folded tokens where the concept is
    /// only a part of a typed word.
    pub typed: String,
    /// The ways it can match.
    pub alternatives: Vec<Alternative>,
    /// How telling it is: the inverse document frequency of the word as typed. A
    /// passage holding the rare words of a query covers more of it than one holding the
    /// common ones (`grensprocedure` against `asiel`).
    pub idf: f32,
    /// The factor its weight was multiplied by as a word of everyday Dutch
    /// ([`EVERYDAY_MIN`] to 1), when it was.
    pub everyday: Option<f32>,
    /// The separable verb it is a part of, when typed apart (`toezeggen` for the `toe` of
    /// `wat zegt de minister toe`): what the query asks by it.
    pub verb: Option<String>,
}

/// Which passages a plan matches.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Matching {
    /// Those holding any concept of the query; the second stage ranks those holding more
    /// of them first. How a query is searched.
    Any,
    /// Only those holding every concept, in any of its forms: how the words of a rare
    /// phrase fill the page.
    Every,
}

/// The alternative that is the word as typed.
pub(super) fn typed(c: &Concept) -> Option<&Alternative> {
    c.alternatives.iter().find(|a| a.typed)
}

/// The alias terms among a query's folded tokens. Matching every concept (the words of a
/// rare quoted phrase), only the groups that are one name written otherwise.
pub(super) fn alias_matches(tokens: &[String], matching: Matching) -> Vec<alias::AliasMatch> {
    match matching {
        Matching::Any => alias::find(tokens),
        Matching::Every => {
            let mut found = alias::find_among(tokens, alias::SAME_NAME);
            // A name written otherwise, not the members of a kind.
            found.iter_mut().for_each(|m| m.narrower.clear());
            found
        }
    }
}

/// The folded tokens of all `words`, and for each token the index of its word.
pub(super) fn folded_tokens(
    words: &[String],
    exact: &mut TextAnalyzer,
) -> (Vec<String>, Vec<usize>) {
    let mut tokens: Vec<String> = Vec::new();
    let mut word_of: Vec<usize> = Vec::new();
    for (w, word) in words.iter().enumerate() {
        for t in analyze::tokens(exact, word) {
            tokens.push(t);
            word_of.push(w);
        }
    }
    (tokens, word_of)
}

/// For each of `words`, whether it is part of a term of the alias table, alone or with
/// its neighbours (`movements` in `secondary movements`): a known term, whatever the
/// index holds of it.
pub(crate) fn in_alias_terms(words: &[String]) -> Vec<bool> {
    let (tokens, word_of) = folded_tokens(words, &mut analyze::exact_analyzer());
    let mut known = vec![false; words.len()];
    for m in alias::find(&tokens) {
        for &w in &word_of[m.start..m.end] {
            known[w] = true;
        }
    }
    known
}

/// Whether words matched with every concept hold a name with other ways of writing it:
/// only then does a plan with aliases differ from one without.
pub(crate) fn holds_a_name(words: &[String]) -> bool {
    let mut exact = analyze::exact_analyzer();
    let tokens: Vec<String> = words
        .iter()
        .flat_map(|w| analyze::tokens(&mut exact, w))
        .collect();
    !alias_matches(&tokens, Matching::Every).is_empty()
}

/// Turn the query's words into concepts with their alternatives. Matching every
/// concept (the words of a rare quoted phrase), an alias term brings only the other
/// ways of writing the same name ([`alias::SAME_NAME`]), not its near-synonyms: the
/// phrase asked for that name.
pub fn concepts(
    words: &[String],
    config: &SearchConfig,
    matching: Matching,
    dutch: &mut TextAnalyzer,
    exact: &mut TextAnalyzer,
) -> Vec<Concept> {
    let (mut tokens, mut word_of) = folded_tokens(words, exact);
    // Alias terms are found first, on all tokens: a full name holds function words
    // (`Europees Verdrag voor de Rechten van de Mens`).
    let mut matches = match config.aliases {
        false => Vec::new(),
        true => alias_matches(&tokens, matching),
    };
    // A question typed as a sentence (`hoe staat het met de implementatie van …`) carries
    // words that say nothing of its subject. They go, unless nothing else is left or they
    // are part of an alias term. The words that carry a position (`niet`, `geen`,
    // `tegen`, `zonder`) are no such words.
    let in_alias =
        |i: usize, matches: &[alias::AliasMatch]| matches.iter().any(|m| m.start <= i && i < m.end);
    let in_frame = |i: usize, t: &str| {
        let previous = i.checked_sub(1).map(|p| tokens[p].as_str());
        words.len() > 2 && (measure_word(t, previous).is_some() || frame_word(t, previous))
    };
    let keep: Vec<bool> = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            !(FUNCTION_WORDS.contains(&t.as_str()) || in_frame(i, t)) || in_alias(i, &matches)
        })
        .collect();
    let mut joins = match config.compounds {
        true => separable_joins(&tokens),
        false => vec![None; tokens.len()],
    };
    let kept = keep.iter().filter(|&&k| k).count();
    if kept > 0 && kept < tokens.len() {
        // New positions of the kept tokens, to move the alias spans along.
        let mut new_pos = Vec::with_capacity(tokens.len() + 1);
        let mut n = 0;
        for &k in &keep {
            new_pos.push(n);
            n += usize::from(k);
        }
        new_pos.push(n);
        for m in &mut matches {
            m.start = new_pos[m.start];
            m.end = new_pos[m.end];
        }
        let mut k = keep.iter();
        tokens.retain(|_| *k.next().unwrap_or(&true));
        let mut k = keep.iter();
        word_of.retain(|_| *k.next().unwrap_or(&true));
        let mut k = keep.iter();
        joins.retain(|_| *k.next().unwrap_or(&true));
    }
    // The typed words of tokens `start..end`, when they are whole typed words.
    let shown = |start: usize, end: usize| -> String {
        let (first, last) = (word_of[start], word_of[end - 1]);
        let whole = (start == 0 || word_of[start - 1] != first) && word_of.get(end) != Some(&last);
        match whole {
            true => (words[first..=last].iter())
                .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
                .collect::<Vec<_>>()
                .join(" "),
            false => tokens[start..end].join(" "),
        }
    };
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        // An alias term starting here spans its tokens.
        if let Some(m) = matches.iter().find(|m| m.start == i) {
            let folded = &tokens[m.start..m.end];
            let mut alternatives = vec![aliased(alternative(folded, 1.0, true, dutch))];
            for alt in &m.alternatives {
                alternatives.push(aliased(alternative(alt, m.weight, false, dutch)));
            }
            for member in &m.narrower {
                let weight = m.weight * alias::NARROWER;
                alternatives.push(aliased(alternative(member, weight, false, dutch)));
            }
            // A term that is one whole typed word keeps the forms of a word: an alias of
            // `herkomstlanden` must not cost it `herkomst landen` and its parts.
            let one_word = (m.start..m.end).all(|k| word_of[k] == word_of[m.start])
                && (m.start == 0 || word_of[m.start - 1] != word_of[m.start])
                && word_of.get(m.end) != Some(&word_of[m.start]);
            if config.compounds && one_word {
                // A term of several words finds its words apart below.
                alternatives.extend(word_forms(folded, false, dutch));
            }
            // A term of two words typed apart is also the one word they make, held
            // wholly: `Frontex operaties` is `Frontexoperaties` as much as
            // `Frontex-operaties`. Where the alias table names that word, its weight there
            // stands (`returnhubs` of `return hubs`).
            if config.compounds
                && !one_word
                && let [first, second] = folded
                && [first, second].iter().all(|t| t.len() >= 3)
            {
                let joined = aliased(alternative(
                    &[format!("{first}{second}")],
                    1.0,
                    false,
                    dutch,
                ));
                if !alternatives.iter().any(|a| a.stems == joined.stems) {
                    alternatives.push(joined);
                }
            }
            // A term of several words still finds its words apart, in part, as a compound
            // finds its parts: the term must not lose what its words typed loose would find
            // (`short stay visum` → `visum voor een kort verblijf`).
            if config.compounds && folded.len() > 1 {
                for t in folded
                    .iter()
                    .filter(|t| t.len() >= 3 && !FUNCTION_WORDS.contains(&t.as_str()))
                {
                    alternatives.push(Alternative {
                        partial: true,
                        ..alternative(std::slice::from_ref(t), W_LOOSE_PART, false, dutch)
                    });
                }
            }
            out.push(Concept {
                label: folded.join(" "),
                typed: shown(m.start, m.end),
                alternatives: distinct(alternatives),
                idf: 1.0,
                everyday: None,
                verb: None,
            });
            i = m.end;
            continue;
        }
        // The first of two days typed with one month (`5 en 6 maart`, `5-6 maart`): a
        // date of that month, held where the text has the days together or this day with
        // its month (`5 maart`). Alone, the `5` would be any number. The second day and
        // the month are the date after it.
        if config.ranking
            && i + 2 < tokens.len()
            && is_day(&tokens[i])
            && word_of[i + 1] != word_of[i + 2]
            && numbered(&tokens[i + 1], &tokens[i + 2]) == Some(Numbered::Date)
            && !matches.iter().any(|m| m.start <= i + 2 && i < m.end)
        {
            let (day, other, month) = (&tokens[i], &tokens[i + 1], &tokens[i + 2]);
            let dated = [day.clone(), month.clone()];
            let mut alternatives = vec![alternative(&dated, 1.0, true, dutch)];
            for together in [
                vec![day.clone(), other.clone(), month.clone()],
                vec![day.clone(), "en".to_string(), other.clone(), month.clone()],
            ] {
                alternatives.push(alternative(&together, 1.0, false, dutch));
            }
            let label = dated.join(" ");
            out.push(numbered_concept(
                label,
                shown(i, i + 1),
                alternatives,
                month,
                dutch,
            ));
            i += 1;
            continue;
        }
        // A number and the word it belongs to, typed as two words: a day and its month
        // (`14 april`), an article, a question (`artikel 12`, `vraag 18`). One concept,
        // held where the text has them together. Apart, the number is any number (the
        // `14.` of an agenda item, `14 december`, `18.15 uur`) and ranks the passages that
        // hold both somewhere first.
        if let Some(number) =
            (config.ranking && i + 1 < tokens.len() && word_of[i] != word_of[i + 1])
                .then(|| numbered(&tokens[i], &tokens[i + 1]))
                .flatten()
                .filter(|_| !matches.iter().any(|m| m.start <= i + 1 && i + 1 < m.end))
        {
            let folded = &tokens[i..i + 2];
            let mut typed = vec![alternative(folded, 1.0, true, dutch)];
            // `5 dagen` is also `vijf dagen`.
            if number == Numbered::Quantity
                && config.aliases
                && let Some(spelled) = number_spelled(&folded[0])
            {
                let written = [spelled.to_string(), folded[1].clone()];
                typed.push(alternative(&written, 1.0, false, dutch));
            }
            let word = &tokens[i + 1 - number.number_at()];
            out.push(numbered_concept(
                folded.join(" "),
                shown(i, i + 2),
                typed,
                word,
                dutch,
            ));
            i += 2;
            continue;
        }
        // Otherwise a word: all tokens of one typed word (`EU-grondgebied`) together.
        let w = word_of[i];
        let mut end = i;
        while end < tokens.len()
            && word_of[end] == w
            && !matches.iter().any(|m| m.start == end && end > i)
        {
            end += 1;
        }
        let folded = &tokens[i..end];
        let mut alternatives = vec![alternative(folded, 1.0, true, dutch)];
        if config.compounds {
            // A name: every part of the typed word capitalized (`Dik-Faber`).
            let name = (words[w].split(|c: char| !c.is_alphanumeric()))
                .filter(|part| !part.is_empty())
                .all(|part| part.starts_with(char::is_uppercase));
            alternatives.extend(word_forms(folded, !name, dutch));
        }
        let verb = joins[i..end].iter().flatten().next().cloned();
        if let Some(joined) = &verb {
            // Typed with its particle, the verb is the joined one: the bare verb
            // (`passen` of `aan te passen`, `neemt` of another `op te nemen`) holds it only
            // in part. The index joins the verb where the text splits it.
            for a in &mut alternatives {
                a.partial = true;
            }
            alternatives.extend(joined_verb(joined, dutch));
        }
        if config.aliases
            && let [token] = folded
            && let Some(spelled) = number_spelled(token)
        {
            alternatives.push(alternative(&[spelled.to_string()], 1.0, false, dutch));
        }
        out.push(Concept {
            label: folded.join(" "),
            typed: shown(i, end),
            alternatives: distinct(alternatives),
            idf: 1.0,
            everyday: None,
            verb,
        });
        i = end;
    }
    out
}

/// A numbered thing ([`Numbered`]) as a concept, held by its `alternatives`. Its word
/// alone (`medio april`, an article of another law) says a little of it; its number
/// alone, nothing.
fn numbered_concept(
    label: String,
    typed: String,
    mut alternatives: Vec<Alternative>,
    word: &str,
    dutch: &mut TextAnalyzer,
) -> Concept {
    alternatives.push(Alternative {
        partial: true,
        ..alternative(&[word.to_string()], W_LOOSE_PART, false, dutch)
    });
    Concept {
        label,
        typed,
        alternatives,
        idf: 1.0,
        everyday: None,
        verb: None,
    }
}

/// How many words back a particle looks for its verb (`neemt het nieuwe kabinet over`).
const PARTICLE_REACH: usize = 4;

/// For each token of a typed query, the separable verb it is part of when the verb is
/// typed apart (`welke landen werken niet mee aan terugname`: `werken` and `mee` →
/// `meewerken`), so both find the verb written whole (`landen die niet meewerken`,
/// `meegewerkt`). A particle that is also a preposition counts only where it closes its
/// clause, as the index has it ([`analyze::split_verbs`]): last, or before a word that
/// starts the next (`neemt het kabinet over van …`, not `komt op de agenda`). The
/// others count anywhere, as a query is often no sentence (`stemt D66 tegen de
/// asielwetten`), but for `na`: after a verb it is mostly the preposition (`komen … na
/// een procedure`), not the particle of `nakomen`. Before `te`, a particle belongs to the
/// infinitive after it (`aan te passen` → `aanpassen`, so `aanpassing` too).
pub(super) fn separable_joins(tokens: &[String]) -> Vec<Option<String>> {
    let mut joins: Vec<Option<String>> = vec![None; tokens.len()];
    for p in 0..tokens.len() {
        let particle = tokens[p].as_str();
        if !analyze::is_separable_particle(particle) {
            continue;
        }
        // The infinitive with `te` (`om de verdragen aan te passen`, `na te komen`): the
        // verb follows, joined as the index joins it ([`analyze::separables_with_te`]).
        if tokens.get(p + 1).is_some_and(|t| t == "te")
            && let Some(verb) = tokens.get(p + 2).filter(|v| v.len() >= 3)
        {
            let joined = format!("{particle}{verb}");
            if crate::compound::is_word(&joined) {
                joins[p] = Some(joined.clone());
                joins[p + 2] = Some(joined);
                continue;
            }
        }
        if p == 0 || particle == "na" {
            continue;
        }
        if FUNCTION_WORDS.contains(&particle)
            && tokens
                .get(p + 1)
                .is_some_and(|next| !analyze::ends_a_clause_before(next))
        {
            continue;
        }
        // Not a function word (`met` is no `meten`), but for the verbs of a question's
        // frame (`wat zegt de minister toe`, `wanneer vindt de JBZ-Raad plaats`).
        let found = (p.saturating_sub(PARTICLE_REACH)..p)
            .rev()
            .filter(|&v| {
                let w = tokens[v].as_str();
                !FUNCTION_WORDS.contains(&w) || FRAME_VERBS.contains(&w)
            })
            .find_map(|v| family::separable_verb(particle, &tokens[v]).map(|j| (v, j)));
        if let Some((v, joined)) = found {
            joins[v] = Some(joined.clone());
            joins[p] = Some(joined);
        }
    }
    joins
}

/// The alternatives of a separable verb written whole: the verb as joined, and the
/// forms of its family.
pub(super) fn joined_verb(joined: &str, dutch: &mut TextAnalyzer) -> Vec<Alternative> {
    let mut out = vec![alternative(&[joined.to_string()], 1.0, false, dutch)];
    for form in family::verb_family(joined).into_iter().take(FAMILY_MAX) {
        out.push(alternative(&[form], W_FAMILY, false, dutch));
    }
    out
}

/// The alternatives one typed word has as a word (its folded tokens): a hyphenated word
/// written as one (`wiskunde-onderwijs`), a compound written apart (`terugkeerhub` →
/// `terugkeer hub`), and the parts of either, which may carry the subject
/// (`geldtransfers` → `geld`), counting in part. A compound finds the same passages
/// whichever way it is written: `wiskunde-onderwijs` finds what `wiskundeonderwijs` does.
/// `hyphen_parts` says whether a hyphenated word's parts count: not those of a name
/// (`Dik-Faber`, `Wit-Rusland`), which are other names.
pub(super) fn word_forms(
    folded: &[String],
    hyphen_parts: bool,
    dutch: &mut TextAnalyzer,
) -> Vec<Alternative> {
    let mut out = Vec::new();
    let parts = if folded.len() > 1 {
        out.push(alternative(&[folded.concat()], W_JOIN, false, dutch));
        match hyphen_parts {
            true => folded.to_vec(),
            false => Vec::new(),
        }
    } else if let Some(parts) = compound::split(&folded[0]) {
        out.push(alternative(&parts, W_SPLIT, false, dutch));
        parts
    } else {
        Vec::new()
    };
    for part in (parts.iter()).filter(|p| p.len() >= 4 && !FUNCTION_WORDS.contains(&p.as_str())) {
        out.push(Alternative {
            partial: true,
            ..alternative(std::slice::from_ref(part), W_LOOSE_PART, false, dutch)
        });
    }
    out
}

/// What a number typed with the word before or after it is part of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Numbered {
    /// A day and its month: `14 april`.
    Date,
    /// A month and its year: `januari 2025`.
    Month,
    /// A numbered part of a text: `artikel 12`, `artikel 23a`, `lid 6`, `vraag 18`.
    Reference,
    /// A number of a unit: `5 dagen`, `30 procent`, `20000 euro`.
    Quantity,
}

/// The units besides those of time ([`TIME_UNITS`]) that a number before them counts
/// ([`Numbered::Quantity`]).
const OTHER_UNITS: &[&str] = &["minuten", "procent", "euro", "kilometer", "km"];

/// The words that a number after them refers into: the parts of a law, a report, a
/// decision list. Not `nr` or `nummer`: a Kamerstuk number is read on its own.
const REFERENCE_WORDS: &[&str] = &[
    "artikel",
    "art",
    "hoofdstuk",
    "paragraaf",
    "afdeling",
    "lid",
    "bijlage",
    "vraag",
    "agendapunt",
    "onderdeel",
    "overweging",
    "alinea",
];

impl Numbered {
    /// Which of its two tokens is the number: the day comes first, a year or an
    /// article's number second.
    pub(super) fn number_at(self) -> usize {
        match self {
            Numbered::Date | Numbered::Quantity => 0,
            Numbered::Month | Numbered::Reference => 1,
        }
    }
}

/// Whether two folded tokens typed in a row are one numbered thing ([`Numbered`]).
pub(super) fn numbered(first: &str, second: &str) -> Option<Numbered> {
    if is_day(first) && crate::meta::month_number(second).is_some() {
        return Some(Numbered::Date);
    }
    if crate::meta::month_number(first).is_some() && year(second).is_some() {
        return Some(Numbered::Month);
    }
    // A number, with the letters of an inserted article (`23a`, `25bis`).
    let digits = second.chars().take_while(char::is_ascii_digit).count();
    let number = (1..=4).contains(&digits)
        && second[digits..].len() <= 3
        && second[digits..].chars().all(|c| c.is_ascii_lowercase());
    if number && REFERENCE_WORDS.contains(&first) {
        return Some(Numbered::Reference);
    }
    // A small number: one of thousands (`20000 euro`) is rare enough alone, and written
    // `20.000` it is highlighted by its groups, which a pair of words would not light.
    let count = (1..=3).contains(&first.len()) && first.bytes().all(|b| b.is_ascii_digit());
    let unit = TIME_UNITS.contains(&second) || OTHER_UNITS.contains(&second);
    (count && unit).then_some(Numbered::Quantity)
}

/// The year a folded token is, if it is one: four digits from `1900` to `2099`.
pub(super) fn year(token: &str) -> Option<u64> {
    Some(token)
        .filter(|y| y.len() == 4 && (y.starts_with("19") || y.starts_with("20")))?
        .parse()
        .ok()
}

/// The numbers from two to twenty and the tens to a hundred, as digits and as written
/// out: a text writes `vijf dagen` where a reader types `5 dagen`. Not `een`, the
/// article, nor `acht`, the verb of every `Acht de minister …`.
const NUMBERS_SPELLED: &[(&str, &str)] = &[
    ("2", "twee"),
    ("3", "drie"),
    ("4", "vier"),
    ("5", "vijf"),
    ("6", "zes"),
    ("7", "zeven"),
    ("9", "negen"),
    ("10", "tien"),
    ("11", "elf"),
    ("12", "twaalf"),
    ("13", "dertien"),
    ("14", "veertien"),
    ("15", "vijftien"),
    ("16", "zestien"),
    ("17", "zeventien"),
    ("18", "achttien"),
    ("19", "negentien"),
    ("20", "twintig"),
    ("30", "dertig"),
    ("40", "veertig"),
    ("50", "vijftig"),
    ("60", "zestig"),
    ("70", "zeventig"),
    ("80", "tachtig"),
    ("90", "negentig"),
    ("100", "honderd"),
];

/// A number typed in digits, written out ([`NUMBERS_SPELLED`]): `5` → `vijf`. Not the
/// other way: a `9` is also an agenda item's number or a day, so `brief van negen
/// lidstaten` would find every `9.` of a decision list.
pub(super) fn number_spelled(token: &str) -> Option<&'static str> {
    (NUMBERS_SPELLED.iter()).find_map(|&(digits, word)| (token == digits).then_some(word))
}

/// Whether a folded token is a day of a month: `1` to `31`.
fn is_day(token: &str) -> bool {
    token.len() <= 2 && token.parse::<u8>().is_ok_and(|d| (1..=31).contains(&d))
}

/// The numbered thing a concept's label is, if it is one ([`numbered`]).
pub(super) fn numbered_label(label: &str) -> Option<Numbered> {
    let (first, second) = label.split_once(' ')?;
    numbered(first, second)
}

/// An alternative of folded tokens, stemmed as the index stems them.
pub(super) fn alternative(
    folded: &[String],
    weight: f32,
    typed: bool,
    dutch: &mut TextAnalyzer,
) -> Alternative {
    Alternative {
        stems: analyze::tokens(dutch, &folded.join(" ")),
        folded: folded.to_vec(),
        weight,
        typed,
        partial: false,
        credit: rank::PARTIAL_CREDIT,
        as_written: false,
    }
}

/// Whether the stemmer clips a one-word alias term down to a stem of three letters or
/// fewer: `Finse`, an alias of `Finland`, stems to `fin`, the committee `FIN` of every
/// decision list; `Deen` (of `Denemarken`) to `den`, the `den` of `Van den Brink`. So
/// short a stem says too little of a name. (Words that are no alias keep their short
/// stems: a verb's `nemen` → `nem` finds `nemen` and `neem`.)
fn clipped(a: &Alternative) -> bool {
    match (a.stems.as_slice(), a.folded.as_slice()) {
        ([stem], [folded]) => {
            let stem = stem.chars().count();
            stem <= 3 && folded.chars().count() > stem
        }
        _ => false,
    }
}

/// An alias term's alternative: matched as written when its stem is [`clipped`].
fn aliased(a: Alternative) -> Alternative {
    Alternative {
        as_written: clipped(&a),
        ..a
    }
}

/// Alternatives with distinct stems: forms that stem alike (`Grieken`, `Griekse`,
/// `Grieks`) are one alternative, or a passage would score once for each. The first
/// (the word as typed comes first) or the heaviest is kept.
pub(super) fn distinct(alternatives: Vec<Alternative>) -> Vec<Alternative> {
    let mut out: Vec<Alternative> = Vec::with_capacity(alternatives.len());
    for a in alternatives {
        if a.stems.is_empty() {
            continue;
        }
        // A form matched as written is one alternative with another only when it is
        // written alike too (`Deens` and `Deense` both stem to `den`).
        let same = |b: &Alternative| {
            b.stems == a.stems
                && b.as_written == a.as_written
                && (!a.as_written || b.folded == a.folded)
        };
        match out.iter_mut().find(|b| same(b)) {
            Some(b) if !b.typed && a.weight > b.weight => b.weight = a.weight,
            Some(_) => {}
            None => out.push(a),
        }
    }
    out
}

/// How much of a compound a passage holding only one of its parts holds: by how telling
/// the part is (`own`: each alternative's IDF, in order). A passage on `screening` holds
/// more of `screeningsverordening` than one on any other `verordening`. Each part's
/// credit is [`rank::PARTIAL_CREDIT`] times its IDF over the mean IDF of the concept's
/// parts, at least `PARTIAL_CREDIT` and at most [`PART_CREDIT_MAX`]: parts as telling as
/// each other keep the credit they had, and a common part still says what the passage is
/// about (the `asielprocedures` of Iranians for `Iraanse asielzoekers`).
pub(super) fn part_credits(alternatives: &mut [Alternative], own: &[f32]) {
    let idfs: Vec<f32> = (alternatives.iter().zip(own))
        .filter(|(a, _)| a.partial)
        .map(|(_, &idf)| idf)
        .collect();
    let mean = idfs.iter().sum::<f32>() / idfs.len().max(1) as f32;
    if mean <= 0.0 {
        return;
    }
    for (a, &idf) in alternatives.iter_mut().zip(own).filter(|(a, _)| a.partial) {
        a.credit = (rank::PARTIAL_CREDIT * idf / mean).clamp(rank::PARTIAL_CREDIT, PART_CREDIT_MAX);
    }
}

/// Weigh the everyday words of a query of several concepts down: a word common in any
/// Dutch text (`rol`, `speelt`, `mag`, `vol`, `landen`) says less of what is asked than
/// one that is not (`Terugkeerverordening`), though in a few hundred passages both can
/// be as rare (`wordfreq`). Its alternatives count for less, and a passage lacking it
/// loses less coverage. From [`EVERYDAY_FROM`] (factor 1) to [`EVERYDAY_AT`] (factor
/// [`EVERYDAY_MIN`]), linearly. Names (`Marokko`, `Iran`, `Nederland`) are left as
/// they are: common in everyday Dutch, they still name what is asked about. One word
/// alone is left too: there is nothing to weigh it against.
pub(super) fn temper_everyday_words(concepts: &mut [Concept]) {
    if concepts.len() < 2 {
        return;
    }
    for c in concepts.iter_mut() {
        if let Some(factor) = everyday_factor(&c.label) {
            for a in c.alternatives.iter_mut() {
                a.weight *= factor;
            }
            c.idf *= factor;
            c.everyday = Some(factor);
        }
    }
}

/// The factor [`temper_everyday_words`] weighs a concept's label by, if any: a single
/// word of everyday Dutch that is no name.
pub(super) fn everyday_factor(label: &str) -> Option<f32> {
    if label.contains(' ') {
        return None;
    }
    let t = wordfreq::everydayness(label, EVERYDAY_FROM, EVERYDAY_AT);
    (t > 0.0).then_some(1.0 - t * (1.0 - EVERYDAY_MIN))
}
