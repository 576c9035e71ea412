//! A generator of written consultations ("verslag van een schriftelijk overleg") in the
//! form of `corpus-sample/`, for tests and measurements that need thousands of files.
//!
//! Sentences come from the real records in `corpus-sample/`, shuffled per document by a
//! fixed pseudo-random sequence, so every run generates the same files. Each document
//! holds `questions` question-and-answer passages under changing fracties, and a word
//! of its own (`kenmerkN`, N the document's number) in its first question.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// Fracties that ask the questions.
const FRACTIES: &[&str] = &[
    "GroenLinks-PvdA",
    "NSC",
    "VVD",
    "PVV",
    "D66",
    "CDA",
    "SP",
    "BBB",
    "ChristenUnie",
    "SGP",
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

/// A deterministic pseudo-random sequence (xorshift64*).
pub struct Rng(u64);

impl Rng {
    /// A sequence from a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }
    /// The next number below `n`.
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }
    /// One element of a slice.
    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// Generates consultations from the sentences of corpus-sample.
pub struct Generator {
    questions: Vec<String>,
    statements: Vec<String>,
}

impl Generator {
    /// Read the sentences of the `.txt` documents in `corpus` (corpus-sample).
    pub fn from_corpus(corpus: &Path) -> std::io::Result<Generator> {
        let mut questions = Vec::new();
        let mut statements = Vec::new();
        let mut paths: Vec<PathBuf> = std::fs::read_dir(corpus)?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path)?;
            let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let mut sentence = String::new();
            for c in flat.chars() {
                sentence.push(c);
                if matches!(c, '.' | '?') {
                    let s = sentence.trim().to_string();
                    sentence.clear();
                    let words = s.split(' ').count();
                    // Plain sentences only: no headings, numbers or speaker lines.
                    if !(8..=45).contains(&words)
                        || !s.starts_with(|c: char| c.is_uppercase())
                        || s.contains(':')
                        || s.contains("Antwoord")
                        || s.contains("fractie")
                        || s.contains("Nr.")
                    {
                        continue;
                    }
                    if s.ends_with('?') {
                        questions.push(s);
                    } else {
                        statements.push(s);
                    }
                }
            }
        }
        Ok(Generator {
            questions,
            statements,
        })
    }

    /// Document number `n` with `questions` passages; `edition` changes its sentences
    /// (edition 0 is the original) while keeping its form.
    pub fn document(&self, n: usize, questions: usize, edition: u64) -> String {
        let mut rng = Rng::new((n as u64) << 8 | edition);
        let mut out = String::new();
        let month = rng.below(12);
        out.push_str(&format!(
            "32 317  JBZ-Raad\n\nNr. {} Verslag van een schriftelijk overleg\n  Vastgesteld {} {} 2025\n\n",
            100 + n,
            1 + rng.below(28),
            MONTHS[month]
        ));
        out.push_str(
            "De vaste commissie voor Asiel en Migratie heeft een aantal vragen en\n\
             opmerkingen voorgelegd aan de minister van Asiel en Migratie over de\n\
             geannoteerde agenda van de JBZ-Raad.\n\n\
             De voorzitter van de commissie,\nVijlbrief\n\n\
             De griffier van de commissie,\nBurger\n\n\n\
             I Vragen en opmerkingen vanuit de fracties en reactie van de\nbewindspersoon\n\n",
        );
        let mut fractie = "";
        for q in 0..questions {
            if q % 4 == 0 {
                fractie = *rng.pick(FRACTIES);
                out.push_str(&format!(
                    "Vragen en opmerkingen van de leden van de {fractie}-fractie\n"
                ));
            }
            let mut question = format!(
                "De leden van de {fractie}-fractie {} {}",
                lower_first(rng.pick(&self.statements).as_str()),
                rng.pick(&self.questions)
            );
            if q == 0 {
                question.push_str(&format!(" Hoe staat het met kenmerk{n}?"));
            }
            out.push_str(&wrap(&question));
            out.push_str("\n\nAntwoord\n");
            let sentences = 2 + rng.below(3);
            let answer: Vec<&str> = (0..sentences)
                .map(|_| rng.pick(&self.statements).as_str())
                .collect();
            out.push_str(&wrap(&answer.join(" ")));
            out.push_str("\n\n");
        }
        out
    }

    /// Write `files` documents of `questions` passages each into `dir`, as
    /// `consultatie-00042.txt`. Returns their paths.
    pub fn write_folder(
        &self,
        dir: &Path,
        files: usize,
        questions: usize,
    ) -> std::io::Result<Vec<PathBuf>> {
        std::fs::create_dir_all(dir)?;
        (0..files)
            .map(|n| {
                let path = dir.join(file_name(n));
                std::fs::write(&path, self.document(n, questions, 0))?;
                Ok(path)
            })
            .collect()
    }
}

/// The file name of document `n`.
pub fn file_name(n: usize) -> String {
    format!("consultatie-{n:05}.txt")
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().chain(c).collect(),
        None => String::new(),
    }
}

/// Lines of at most about 72 characters, as in the published text files.
fn wrap(text: &str) -> String {
    let mut out = String::new();
    let mut line = 0;
    for word in text.split(' ') {
        if line > 0 && line + word.len() > 72 {
            out.push_str(" \n");
            line = 0;
        } else if line > 0 {
            out.push(' ');
            line += 1;
        }
        out.push_str(word);
        line += word.len();
    }
    out
}
