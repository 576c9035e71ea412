//! A deterministic generator of synthetic parliamentary corpora.
//!
//! The documents have the forms of `corpus-sample/`, so zoek's splitter cuts them the
//! way it cuts real records:
//! - written consultations (`Verslag van een schriftelijk overleg`): sections headed
//!   `Vragen en opmerkingen van de leden van de X-fractie`, each question ending in `?`
//!   and followed by an `Antwoord` line and the minister's answer (`qa` passages);
//! - debate transcripts (`Verslag van een commissiedebat`): `Mevrouw X (PARTY):`,
//!   `De heer X (PARTY):`, `Minister Y:` and `De voorzitter:` turns (`speech` passages).
//!
//! Words come from two sources. Most tokens are drawn by their frequency in
//! `corpus-sample/` (function words and the domain vocabulary of asylum and JBZ
//! debates), so common-word queries are as unselective as on real records. The rest
//! are drawn from a heavy-tailed (Pareto) distribution over an unbounded ranked list:
//! first the OpenTaal Dutch word list shipped in `benches/data/nl-words.txt`, then
//! two-word compounds of it. Sampling a heavy tail makes the number of distinct words
//! keep growing with corpus size (Heaps' law), as it does in real text, so a large
//! corpus has a large term dictionary and long-tailed postings, not the 5,000 words of
//! the sample repeated.
//!
//! Document `i` is generated from a seed derived from `(seed, i)` alone, so the 10k
//! corpus is a prefix of the 100k corpus, which is a prefix of the 1M corpus, and every
//! run writes the same bytes.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::path::Path;

/// Version of the generator: bump when its output changes, so cached corpora are redone.
pub const GENERATOR_VERSION: u32 = 4;

/// SplitMix64's output function: a bijective 64-bit hash.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// SplitMix64: small, fast, and good enough for text generation; written here so the
/// output cannot change with a dependency's version.
#[derive(Clone)]
pub struct Rng(u64);

impl Rng {
    /// A generator for stream `stream` of seed `seed`.
    ///
    /// The start state is a hash of both: SplitMix64 walks its state in steps of one
    /// constant, so states that differ by a multiple of it (as `seed ^ stream * step`
    /// would) give the same sequence shifted, and documents would repeat each other.
    pub fn new(seed: u64, stream: u64) -> Rng {
        Rng(mix(mix(seed ^ 0x6A09_E667_F3BC_C908).wrapping_add(stream)))
    }

    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        mix(self.0)
    }

    /// Uniform in [0, 1).
    pub fn f64(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in [0, n).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 32) * n as u64) >> 32) as usize
    }

    /// Uniform in [lo, hi].
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    /// One element of a non-empty slice.
    pub fn pick<'a, T>(&mut self, xs: &'a [T]) -> &'a T {
        &xs[self.below(xs.len())]
    }
}

/// Fracties as the records spell them in headings and speaker lines.
pub const FRACTIES: &[&str] = &[
    "GroenLinks-PvdA",
    "PVV",
    "VVD",
    "NSC",
    "BBB",
    "D66",
    "CDA",
    "SP",
    "ChristenUnie",
    "SGP",
    "PvdD",
    "JA21",
    "FVD",
    "Volt",
    "DENK",
];

/// Surnames for members, ministers, chairs and clerks.
const SURNAMES: &[&str] = &[
    "Jansen",
    "De Vries",
    "Van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "De Boer",
    "Mulder",
    "De Groot",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Van Leeuwen",
    "Dekker",
    "Brouwer",
    "De Wit",
    "Dijkstra",
    "Smits",
    "De Graaf",
    "Van der Meer",
    "Van der Linden",
    "Kok",
    "Jacobs",
    "De Haan",
    "Vermeulen",
    "Van den Heuvel",
    "Van der Veen",
    "Van den Broek",
    "De Bruijn",
    "Kröger",
    "Vondeling",
    "Boomsma",
    "Ellian",
    "Straatman",
    "Russcher",
    "Van Asten",
    "Dijkhuizen",
    "Koekkoek",
];

/// Ministries, for `minister van …` and committee names.
const MINISTRIES: &[&str] = &[
    "Asiel en Migratie",
    "Justitie en Veiligheid",
    "Financiën",
    "Binnenlandse Zaken en Koninkrijksrelaties",
    "Volksgezondheid, Welzijn en Sport",
    "Onderwijs, Cultuur en Wetenschap",
    "Infrastructuur en Waterstaat",
    "Economische Zaken",
    "Sociale Zaken en Werkgelegenheid",
    "Buitenlandse Zaken",
    "Defensie",
    "Landbouw, Visserij, Voedselzekerheid en Natuur",
    "Klimaat en Groene Groei",
];

const MONTHS: &[&str] = &[
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

const QUESTION_OPENERS: &[&str] = &[
    "Kan de minister toelichten",
    "Kan de regering aangeven",
    "Is de minister bereid",
    "Waarom kiest de regering",
    "Hoe beoordeelt de minister",
    "Welke gevolgen heeft",
    "Deelt de minister de opvatting",
    "Wanneer verwacht de regering",
    "Hoeveel middelen zijn er",
    "Op welke wijze wordt",
];

const PREAMBLES: &[&str] = &[
    "De leden van de {F}-fractie hebben kennisgenomen van",
    "De leden van de {F}-fractie lezen dat",
    "Deze leden vragen de regering naar",
    "De leden van de {F}-fractie constateren dat",
    "Voorts hebben de aan het woord zijnde leden enkele vragen over",
];

/// The vocabulary the generator draws from.
pub struct Vocabulary {
    /// Words of `corpus-sample/`, lowercased, with cumulative counts for sampling by frequency.
    head: Vec<String>,
    head_cum: Vec<u64>,
    /// The Dutch word list, in a fixed shuffled order: rank `r` of the tail is `tail[r]`,
    /// ranks past the list are compounds of two of its words.
    tail: Vec<String>,
}

/// Share of tokens drawn from the heavy tail rather than from `corpus-sample`.
const TAIL_SHARE: f64 = 0.18;
/// Pareto shape of the tail ranks: P(rank > r) ~ r^-ALPHA. Below 1, the number of
/// distinct tail words grows as n^ALPHA with the number n of tokens drawn.
const TAIL_ALPHA: f64 = 0.62;
/// Scale of the tail ranks: how many list words are about as common as each other.
const TAIL_SCALE: f64 = 400.0;

impl Vocabulary {
    /// Build the vocabulary from `corpus-sample/` and the shipped word list.
    pub fn load(repo: &Path) -> Vocabulary {
        let mut counts: HashMap<String, u64> = HashMap::new();
        let mut files: Vec<_> = std::fs::read_dir(repo.join("corpus-sample"))
            .expect("corpus-sample/ is in the repository")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt" || e == "md"))
            .collect();
        files.sort();
        for f in files {
            let text = std::fs::read_to_string(&f).expect("corpus-sample text is UTF-8");
            for w in text.split(|c: char| !c.is_alphabetic()) {
                if !w.is_empty() && w.chars().count() <= 30 {
                    *counts.entry(w.to_lowercase()).or_default() += 1;
                }
            }
        }
        let mut head: Vec<(String, u64)> = counts.into_iter().collect();
        head.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let mut cum = 0;
        let head_cum = head
            .iter()
            .map(|(_, c)| {
                cum += c;
                cum
            })
            .collect();
        let head = head.into_iter().map(|(w, _)| w).collect();
        let list = std::fs::read_to_string(repo.join("benches/data/nl-words.txt"))
            .expect("benches/data/nl-words.txt is in the repository");
        let mut tail: Vec<String> = list
            .lines()
            .map(str::trim)
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect();
        let mut rng = Rng::new(0x005E_ED0F_7A11, 0);
        for i in (1..tail.len()).rev() {
            tail.swap(i, rng.below(i + 1));
        }
        Vocabulary {
            head,
            head_cum,
            tail,
        }
    }

    /// Number of distinct words of `corpus-sample`.
    pub fn head_len(&self) -> usize {
        self.head.len()
    }

    /// A word of `corpus-sample`, drawn by its frequency there.
    fn head_word(&self, rng: &mut Rng) -> &str {
        let total = *self.head_cum.last().expect("corpus-sample has words");
        let x = rng.next_u64() % total;
        let i = self.head_cum.partition_point(|&c| c <= x);
        &self.head[i]
    }

    /// The tail word of rank `r`: a list word, or past the list a compound.
    pub fn tail_word(&self, r: u64, out: &mut String) {
        let n = self.tail.len() as u64;
        if r < n {
            out.push_str(&self.tail[r as usize]);
        } else {
            let c = r - n;
            out.push_str(&self.tail[(c % n) as usize]);
            out.push_str(&self.tail[((c / n) % n) as usize]);
        }
    }

    /// A rank of the heavy tail.
    fn tail_rank(rng: &mut Rng) -> u64 {
        let u = 1.0 - rng.f64(); // (0, 1]
        let r = TAIL_SCALE * (u.powf(-1.0 / TAIL_ALPHA) - 1.0);
        r.min(1e15) as u64
    }

    /// Append one token (lowercase) to `out`; returns the tail rank when it was a tail word.
    fn word(&self, rng: &mut Rng, out: &mut String) -> Option<u64> {
        if rng.f64() < TAIL_SHARE {
            let r = Vocabulary::tail_rank(rng);
            self.tail_word(r, out);
            Some(r)
        } else {
            out.push_str(self.head_word(rng));
            None
        }
    }

    /// A content word of `corpus-sample` (six letters or more), uniform over its
    /// distinct words: what users type is rarer than the text's average word.
    pub fn query_word(&self, rng: &mut Rng) -> String {
        loop {
            let w = &self.head[rng.below(self.head.len())];
            if w.chars().count() >= 6 {
                return w.clone();
            }
        }
    }

    /// A word of the tail of low rank: present in the smallest corpus too.
    pub fn query_tail_word(&self, rng: &mut Rng) -> String {
        let mut s = String::new();
        self.tail_word(rng.below(1500) as u64, &mut s);
        s
    }
}

/// What the generator wrote.
#[derive(Debug, Default, Clone)]
pub struct CorpusStats {
    /// Documents written.
    pub files: usize,
    /// Passages planned (the splitter's count is reported separately).
    pub planned_passages: usize,
    /// Bytes of text written.
    pub bytes: u64,
    /// Distinct tail ranks drawn: how far the vocabulary reached past `corpus-sample`.
    pub distinct_tail_words: usize,
    /// Two-word sequences seen in the text, for phrase queries (from the first documents).
    pub phrases: Vec<String>,
}

/// One generated document.
struct Doc {
    name: String,
    text: String,
    passages: usize,
}

struct Writer<'a> {
    vocab: &'a Vocabulary,
    rng: Rng,
    tail_seen: &'a mut std::collections::HashSet<u64>,
    phrase: Option<String>,
}

impl Writer<'_> {
    /// A sentence of `n` words, capitalized, ended by `end`.
    fn sentence(&mut self, out: &mut String, n: usize, end: char) {
        let start = out.len();
        let mut prev_start = None;
        for i in 0..n {
            if i > 0 {
                out.push(' ');
            }
            let wstart = out.len();
            if let Some(r) = self.vocab.word(&mut self.rng, out) {
                self.tail_seen.insert(r);
            }
            if self.phrase.is_none()
                && let Some(ps) = prev_start
                && out.len() - wstart >= 5
                && wstart - ps >= 6
            {
                self.phrase = Some(out[ps..].to_string());
            }
            prev_start = Some(wstart);
        }
        capitalize_at(out, start);
        out.push(end);
    }

    /// A paragraph of about `bytes` bytes: sentences, some of them questions.
    fn paragraph(&mut self, out: &mut String, bytes: usize, questions: bool) {
        let start = out.len();
        while out.len() - start < bytes {
            if out.len() > start {
                out.push(' ');
            }
            let n = self.rng.range(6, 18);
            let q = questions && self.rng.f64() < 0.5;
            self.sentence(out, n, if q { '?' } else { '.' });
        }
    }

    /// A question paragraph: an optional preamble, statements, and a closing question.
    fn question(&mut self, out: &mut String, fractie: &str, bytes: usize) {
        let mut p = String::new();
        if self.rng.f64() < 0.5 {
            p.push_str(&self.rng.pick(PREAMBLES).replace("{F}", fractie));
            p.push(' ');
            let s = p.len();
            let n = self.rng.range(6, 14);
            self.sentence(&mut p, n, '.');
            lowercase_at(&mut p, s);
            p.push(' ');
        }
        self.paragraph(&mut p, bytes.saturating_sub(100), false);
        if !p.is_empty() && !p.ends_with(' ') {
            p.push(' ');
        }
        let opener = *self.rng.pick(QUESTION_OPENERS);
        p.push_str(opener);
        p.push(' ');
        let s = p.len();
        let n = self.rng.range(5, 12);
        self.sentence(&mut p, n, '?');
        lowercase_at(&mut p, s);
        wrap(out, &p);
    }

    fn date(&mut self) -> (usize, &'static str, usize) {
        (
            self.rng.range(1, 28),
            *self.rng.pick(MONTHS),
            self.rng.range(1995, 2025),
        )
    }

    fn consultation(&mut self, i: usize) -> Doc {
        let dossier = 20_000 + self.rng.below(16_000);
        let nr = self.rng.range(1, 999);
        let ministry = *self.rng.pick(MINISTRIES);
        let (d, m, y) = self.date();
        let mut out = String::with_capacity(32 * 1024);
        let _ = write!(
            out,
            "{} {}  {}\n\nNr. {nr} Verslag van een schriftelijk overleg\n  Vastgesteld {d} {m} {y}\n\n",
            dossier / 1000,
            dossier % 1000,
            ministry
        );
        let mut intro = format!(
            "De vaste commissie voor {ministry} heeft een aantal vragen en opmerkingen voorgelegd aan de minister van {ministry} over "
        );
        let n = self.rng.range(10, 20);
        self.sentence(&mut intro, n, '.');
        wrap(&mut out, &intro);
        let _ = write!(
            out,
            "\nDe voorzitter van de commissie,\n{}\n\nDe griffier van de commissie,\n{}\n\n",
            self.rng.pick(SURNAMES),
            self.rng.pick(SURNAMES)
        );
        // Phrase queries are taken from passages, not from the document's heading.
        self.phrase = None;
        let sections = self.rng.range(2, 5);
        let mut passages = 0;
        let mut fracties: Vec<&str> = FRACTIES.to_vec();
        for s in 0..sections {
            let f = fracties.remove(self.rng.below(fracties.len()));
            let _ = write!(
                out,
                "Vragen en opmerkingen van de leden van de {f}-fractie\n\n"
            );
            let qs = self.rng.range(3, 10);
            for _ in 0..qs {
                let qbytes = self.rng.range(150, 420);
                self.question(&mut out, f, qbytes);
                out.push_str("\nAntwoord\n");
                let paragraphs = self.rng.range(1, 2);
                for p in 0..paragraphs {
                    let mut a = String::new();
                    let abytes = self.rng.range(150, 600);
                    self.paragraph(&mut a, abytes, false);
                    wrap(&mut out, &a);
                    if p + 1 < paragraphs {
                        out.push('\n');
                    }
                }
                out.push('\n');
                passages += 1;
            }
            let _ = s;
        }
        Doc {
            name: format!("so-{i:07}-{dossier}-{nr}.txt"),
            text: out,
            passages,
        }
    }

    fn speaker_line(&mut self, minister: &str) -> String {
        match self.rng.below(10) {
            0 | 1 => "De voorzitter:".to_string(),
            2..=4 => format!("Minister {minister}:"),
            n => {
                let title = if n % 2 == 0 { "Mevrouw" } else { "De heer" };
                format!(
                    "{title} {} ({}):",
                    self.rng.pick(SURNAMES),
                    self.rng.pick(FRACTIES)
                )
            }
        }
    }

    fn debate(&mut self, i: usize) -> Doc {
        let ministry = *self.rng.pick(MINISTRIES);
        let minister = *self.rng.pick(SURNAMES);
        let chair = *self.rng.pick(SURNAMES);
        let (d, m, y) = self.date();
        let mut out = String::with_capacity(64 * 1024);
        let _ = write!(
            out,
            "Tweede Kamer, {ministry}\n\nVERSLAG VAN EEN COMMISSIEDEBAT\n\n"
        );
        wrap(
            &mut out,
            &format!(
                "De vaste commissie voor {ministry} en de vaste commissie voor Europese Zaken hebben op {d} {m} {y} overleg gevoerd met de heer {minister}, minister van {ministry}, over:"
            ),
        );
        let mut about = String::new();
        let n = self.rng.range(10, 20);
        self.sentence(&mut about, n, '.');
        wrap(&mut out, &about);
        let _ = write!(
            out,
            "\nVoorzitter: {chair}\nGriffier: {}\n\nAanvang 10.00 uur.\n\n",
            self.rng.pick(SURNAMES)
        );
        self.phrase = None;
        let turns = self.rng.range(20, 90);
        for _ in 0..turns {
            out.push_str(&self.speaker_line(minister));
            out.push('\n');
            let paragraphs = self.rng.range(1, 3);
            for _ in 0..paragraphs {
                let mut p = String::new();
                let bytes = self.rng.range(120, 600);
                self.paragraph(&mut p, bytes, true);
                wrap(&mut out, &p);
                out.push('\n');
            }
        }
        out.push_str("Sluiting 12.00 uur.\n");
        Doc {
            name: format!("cd-{i:07}-{y}.txt"),
            text: out,
            passages: turns,
        }
    }
}

/// Upper-case the first letter at byte `at`.
fn capitalize_at(s: &mut String, at: usize) {
    if let Some(c) = s[at..].chars().next()
        && c.is_lowercase()
    {
        let up: String = c.to_uppercase().collect();
        s.replace_range(at..at + c.len_utf8(), &up);
    }
}

/// Lower-case the first letter at byte `at`.
fn lowercase_at(s: &mut String, at: usize) {
    if let Some(c) = s[at..].chars().next()
        && c.is_uppercase()
    {
        let low: String = c.to_lowercase().collect();
        s.replace_range(at..at + c.len_utf8(), &low);
    }
}

/// Append `text` wrapped at about 76 bytes, as the records' text layers are, and a blank line.
fn wrap(out: &mut String, text: &str) {
    let mut line = 0;
    for w in text.split(' ') {
        if line > 0 && line + 1 + w.len() > 76 {
            out.push_str(" \n");
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(w);
        line += w.len();
    }
    out.push_str("\n\n");
}

/// Write a corpus of about `passages` passages into `dir` (which must be empty).
///
/// Documents are generated in parallel (each from its own seed) and written in order.
pub fn generate(vocab: &Vocabulary, seed: u64, passages: usize, dir: &Path) -> CorpusStats {
    use rayon::prelude::*;
    std::fs::create_dir_all(dir).expect("create corpus folder");
    let mut stats = CorpusStats::default();
    let mut tail_seen = std::collections::HashSet::new();
    let mut next = 0usize;
    // Batches keep memory flat; each document depends on (seed, i) only.
    while stats.planned_passages < passages {
        let batch: Vec<(Doc, std::collections::HashSet<u64>, Option<String>)> = (next..next + 256)
            .into_par_iter()
            .map(|i| {
                let mut seen = std::collections::HashSet::new();
                let mut w = Writer {
                    vocab,
                    rng: Rng::new(seed, i as u64),
                    tail_seen: &mut seen,
                    phrase: None,
                };
                let doc = if w.rng.f64() < 0.55 {
                    w.consultation(i)
                } else {
                    w.debate(i)
                };
                let phrase = w.phrase.take();
                (doc, seen, phrase)
            })
            .collect();
        for (doc, seen, phrase) in batch {
            if stats.planned_passages >= passages {
                break;
            }
            std::fs::write(dir.join(&doc.name), &doc.text).expect("write corpus document");
            stats.files += 1;
            stats.planned_passages += doc.passages;
            stats.bytes += doc.text.len() as u64;
            tail_seen.extend(seen);
            if let Some(p) = phrase
                && stats.phrases.len() < 400
            {
                stats.phrases.push(p);
            }
        }
        next += 256;
    }
    stats.distinct_tail_words = tail_seen.len();
    stats
}
