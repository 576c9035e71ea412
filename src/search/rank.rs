//! Second-stage ranking over the top candidates: coverage of the query's concepts, and
//! folding of near-duplicate passages.

use crate::analyze;
use crate::passage::Passage;
use std::collections::HashSet;

/// Share of the score a candidate keeps however few of the query's concepts it holds;
/// the rest grows with the square of the share it holds. A passage that has every word
/// ranks above one that repeats one word many times. Measured jointly on the three
/// relevance sets (nDCG@10 tuned / held-out / held-out 2): 0.2 gave 0.895 / 0.857 /
/// 0.825, 0.1 gave 0.895 / 0.859 / 0.838, 0.05 gave 0.895 / 0.859 / 0.852, 0.3 and 0.4
/// lost on every set. A rare word of the query (`APS`) then counts for more than
/// many repeats of a common one (`terugkeer`).
pub const COVERAGE_FLOOR: f32 = 0.05;

/// Added to a candidate's BM25 before the coverage and the priors multiply it, so that
/// what the passage holds of the query and what it is weigh a little more against how
/// often it repeats the words: `score = (bm25 + 1.5) × coverage × prior`. Measured on
/// the nine read relevance sets (mean nDCG@10): 0 gave 0.8446, 1.0 0.8466, 1.25 0.8472,
/// 1.5 0.8476, 1.75 0.8472, 2.0 0.8462, 3.0 0.8434; on the sets not read at 1.5, none
/// lost more than 0.003 and the fourth and eleventh gained 0.009 and 0.013. Before, a
/// date or party filter added its own constant score, so a filter reordered what it kept.
/// A power of BM25 below 1 instead (0.8, 0.6) gained nothing.
pub const BM25_SMOOTHING: f32 = 1.5;

/// How much of a concept a passage holds when it holds only a part of a typed compound
/// (`geld` of `geldtransfers`, `implementatie` of `implementatiewet`).
pub const PARTIAL_CREDIT: f32 = 0.5;

/// The factor a score is multiplied by for holding the query's concepts: `held[i]` is
/// how much of concept `i` the passage holds (0, in part, or 1), `weights[i]` how telling
/// that concept is (its IDF). The share held, weighted, counts squared above the floor.
pub fn coverage_factor(held: &[f32], weights: &[f32]) -> f32 {
    let total: f32 = weights.iter().sum();
    if total <= 0.0 {
        return 1.0;
    }
    let share = held.iter().zip(weights).map(|(h, w)| h * w).sum::<f32>() / total;
    COVERAGE_FLOOR + (1.0 - COVERAGE_FLOOR) * share * share
}

/// The content words of a text as stems: what two wordings of one question share.
pub fn content_words(text: &str) -> HashSet<String> {
    // The words every question of a report has say nothing of which question it is.
    static GENERIC: std::sync::LazyLock<HashSet<String>> = std::sync::LazyLock::new(|| {
        analyze::tokens(
            &mut analyze::dutch_analyzer(),
            "leden fractie vragen vraag vraagt regering minister staatssecretaris kabinet antwoord wetsvoorstel",
        )
        .into_iter()
        .collect()
    });
    analyze::tokens(&mut analyze::dutch_analyzer(), text)
        .into_iter()
        .filter(|t| t.chars().count() > 3 && !GENERIC.contains(t))
        .collect()
}

/// Words from which a passage counts as saying something in full: see [`substance_factor`].
pub const SUBSTANCE_WORDS: u32 = 60;
/// The least a short passage is multiplied by under [`substance_factor`].
pub const SUBSTANCE_FLOOR: f32 = 0.5;

/// The factor a person's own passage is multiplied by, when the query is their name
/// alone, for how much it says: 1 from [`SUBSTANCE_WORDS`] words up, down to
/// [`SUBSTANCE_FLOOR`] on a log scale. Their passages all match by the speaker field
/// alone, so without it the shortest (`Dank u wel, voorzitter. Ik heb één motie.`) rank
/// first, by BM25's length normalization of the other fields.
pub fn substance_factor(words: u32) -> f32 {
    let share = ((words + 1) as f32).ln() / ((SUBSTANCE_WORDS + 1) as f32).ln();
    share.clamp(SUBSTANCE_FLOOR, 1.0)
}

/// The factor a chair's turn that only keeps order ([`Passage::is_procedural`]) is
/// multiplied by: it says nothing of any subject, yet its few words give it a high BM25
/// score for a name.
pub const PROCEDURAL_PRIOR: f32 = 0.3;

/// The factor a minister's notice in place of Kamervragen's answers
/// ([`Passage::is_notice`]) is multiplied by. It names the subject of the questions it
/// stands for in a few words, which gives it a higher BM25 score than the questions
/// themselves; they come first, and show it under them.
pub const NOTICE_PRIOR: f32 = 0.3;

/// The factor an agenda item of a committee's decision list (`Besluitenlijst van de
/// procedurevergadering`) is multiplied by, unless the query asks about decisions
/// ([`crate::search`]'s plan: `besluitenlijst`, `agenderen`, `procedurevergadering`). An
/// item repeats the title of the letter it schedules (`Agendapunt: Voortgang terugkeer …
/// Besluit: Agenderen voor het commissiedebat`): it matches the words of that subject as
/// well as the passages that discuss it, and says only when the committee will. Like
/// [`NOTICE_PRIOR`], what it points to comes first; it still comes where nothing else
/// holds the words (`2009Z04448`, `stempas`). Measured in session 32 on the held-out sets
/// over corpus-sample, whose writers read only the consultations and the debate and so
/// judged no agenda item (none is on their migration subjects, yet 262 stood in the first
/// ten of their queries): on the 21 sets written before, 0.8665 → 0.8680 nDCG@10 on their
/// mean at 0.5 (44 queries up, 15 down, most by ties reordered in the feedback from the
/// best hits), 0.8691 at 0.3; on the twenty-second, written blind that session, 0.8911 →
/// 0.8895 at 0.5 and 0.8902 at 0.3; the tuned, real and misspelled sets unchanged. The
/// milder factor was kept, as no set can say what an agenda item on a query's own subject
/// is worth to a reader.
pub const DECISION_LIST_PRIOR: f32 = 0.5;

/// The factor the text around a written consultation's questions and answers
/// ([`Passage::is_cover`]) is multiplied by, unless it holds a typed word that only such
/// text holds (`rappelbrief`; see the plan's cover prior). It names the letters and
/// subjects of the whole report in passing, and the questions come first for what they
/// say too. Its words count in no other passage's statistics
/// ([`crate::search::statistics`]). Measured on the twenty held-out sets over
/// corpus-sample judged before it was a passage, which can only lose by it: 0.86084 →
/// 0.86068 nDCG@10 on their mean at 0.1, 0.86014 at 0.3; on the twenty-first, whose one
/// query asks for it (`rappelbrief Eerste Kamer vragen JBZ-Raad december`), 0.825 →
/// 0.838 at 0.1 and 0.842 at 0.3. Without the exception for what only it says, 0.1 left
/// that query at 0.07.
pub const COVER_PRIOR: f32 = 0.1;

/// A passage's fingerprint: the hashes of its word trigrams.
pub type Fingerprint = rustc_hash::FxHashSet<u64>;

/// Word trigrams of a text, lowercased: the fingerprint near-duplicates share.
pub fn shingles(text: &str) -> Fingerprint {
    use std::hash::Hasher;
    // One hash per word (of its lowercase letters), then one per three in a row.
    let words: Vec<u64> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(|w| {
            let mut h = rustc_hash::FxHasher::default();
            if w.is_ascii() {
                for b in w.bytes() {
                    h.write_u8(b.to_ascii_lowercase());
                }
            } else {
                for c in w.chars().flat_map(char::to_lowercase) {
                    h.write_u32(c as u32);
                }
            }
            h.finish()
        })
        .collect();
    if words.len() < 3 {
        // Too short for trigrams (`Mevrouw Kröger.`): the words themselves.
        let mut h = rustc_hash::FxHasher::default();
        for w in &words {
            h.write_u64(*w);
        }
        return std::iter::once(h.finish())
            .filter(|_| !words.is_empty())
            .collect();
    }
    words
        .windows(3)
        .map(|w| {
            let mut h = rustc_hash::FxHasher::default();
            h.write_u64(w[0]);
            h.write_u64(w[1]);
            h.write_u64(w[2]);
            h.finish()
        })
        .collect()
}

/// Two passages are the same text (a concept and its final version, a PDF and its text)
/// when most of their word trigrams are shared.
pub fn near_duplicates(a: &Fingerprint, b: &Fingerprint) -> bool {
    shared_enough(a.intersection(b).count(), a.len(), b.len())
}

/// A [`Fingerprint`] kept small: its hashes cut to 32 bits, sorted, a few hundred bytes.
/// Cutting makes two different trigrams of two passages look alike by chance in about
/// one pair of passages in 50,000, and then adds one shared trigram of a hundred or more:
/// it cannot make copies of passages that are not. A count that compares thousands of
/// passages keeps these rather than read any passage twice.
pub fn compact(fingerprint: &Fingerprint) -> Vec<u32> {
    let mut cut: Vec<u32> = fingerprint.iter().map(|&h| h as u32).collect();
    cut.sort_unstable();
    cut.dedup();
    cut
}

/// [`near_duplicates`] of two [`compact`] fingerprints.
pub fn near_duplicates_compact(a: &[u32], b: &[u32]) -> bool {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared_enough(shared, a.len(), b.len())
}

/// Whether `shared` trigrams of two passages of `a` and `b` make them copies: most of
/// the shorter's, and more than half of the longer's.
fn shared_enough(shared: usize, a: usize, b: usize) -> bool {
    if a == 0 || b == 0 {
        return false;
    }
    let shared = shared as f32;
    shared / (a.min(b) as f32) >= 0.8 && shared / (a.max(b) as f32) >= 0.6
}

/// How many MinHash values a passage's [`signature`] holds.
pub const SIGNATURE_HASHES: u64 = 48;

/// How many bits of each least hash a [`signature`] value keeps (above them, the number
/// of its hash function).
const SIGNATURE_BITS: u32 = 10;

/// How many of their [`SIGNATURE_HASHES`] values two passages must share to be taken
/// for possible copies, and read from the store to be compared. Each value is shared
/// with the probability that the passages' trigram sets overlap (their Jaccard index),
/// so the count estimates that overlap. [`near_duplicates`] takes an overlap of 0.52 or
/// more; the copies in `corpus-sample/` overlap 0.71 or more (a PDF and its text 0.96 or
/// more), and those share 18 of 48 values in all but one of a million pairs, copies at
/// 0.6 in all but 5 of 10,000. Passages that share a sentence (0.2) pass in 4 of 1,000,
/// two sentences of five (0.3) in 16 of 100. One shared value of six, as before, let
/// half of the passages sharing a sentence through, and reading them from the store
/// doubled the time of a query on a corpus whose passages are built from a few thousand
/// sentences (`examples/gen_corpus.rs`, BENCHMARKS.md).
pub const SIGNATURE_MATCHES: usize = 18;

/// A passage's near-duplicate signature (MinHash): for each of [`SIGNATURE_HASHES`]
/// hash functions, the least hash of its word trigrams ([`shingles`]), tagged with the
/// function's number. Indexed as a fast field, it lets the search find the copies of a
/// page's hits among the candidates without reading each from the store
/// ([`SIGNATURE_MATCHES`]). Values fit 16 bits (6 for the function, 10 for the hash),
/// which keeps the column small: two unrelated values are equal by chance once in
/// 1,024, far too seldom to reach the count.
pub fn signature(fingerprint: &Fingerprint) -> Vec<u64> {
    if fingerprint.is_empty() {
        return Vec::new();
    }
    (0..SIGNATURE_HASHES)
        .map(|i| {
            let seed = 0x9E37_79B9_7F4A_7C15u64.wrapping_mul(i + 1);
            let least = (fingerprint.iter())
                .map(|&h| mix(h ^ seed))
                .min()
                .unwrap_or(0);
            // The low bits: the least of many hashes is small, so its high bits are
            // zero in most passages and would tell nothing apart.
            (i << SIGNATURE_BITS) | (least & ((1 << SIGNATURE_BITS) - 1))
        })
        .collect()
}

/// A [`signature`] as read back from the index, value `i` at place `i` (without its
/// tag), so two are compared place by place.
pub type Signature = [u16; SIGNATURE_HASHES as usize];

/// The signature of a passage in a segment's `signature` column, `None` for a passage
/// without one (no words). `buf` is scratch space, reused from one call to the next.
pub fn read_signature(
    column: &tantivy::columnar::Column<u64>,
    doc: tantivy::DocId,
    buf: &mut Vec<u64>,
) -> Option<Signature> {
    let rows = column.index.value_row_ids(doc);
    if rows.is_empty() {
        return None;
    }
    buf.clear();
    buf.resize(rows.len(), 0);
    // One call for the whole range: a value at a time goes through a dynamic call each.
    column.values.get_range(u64::from(rows.start), buf);
    let mut signature = [u16::MAX; SIGNATURE_HASHES as usize];
    for &v in buf.iter() {
        if let Some(place) = signature.get_mut((v >> SIGNATURE_BITS) as usize) {
            *place = (v & ((1 << SIGNATURE_BITS) - 1)) as u16;
        }
    }
    Some(signature)
}

/// Whether two passages may be copies: their signatures share [`SIGNATURE_MATCHES`]
/// values or more, place by place.
pub fn may_be_copies(a: &Signature, b: &Signature) -> bool {
    a.iter().zip(b).filter(|(x, y)| x == y).count() >= SIGNATURE_MATCHES
}

/// SplitMix64's finalizer: a hash of a hash, so each seed gives an independent order.
fn mix(mut x: u64) -> u64 {
    x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    x ^ (x >> 31)
}

/// Which of two duplicates to show: the one with an answer (Kamervragen answered in a
/// document of their own repeat the question), the later version of a report (rectified
/// over corrected or final, over uncorrected, over a concept), the final version (with a
/// date) over an undated draft, then the text over the PDF (cleaner); of two as good, the
/// later ([`Passage::sort_day`]), then the one of the lesser id. A count chooses the same
/// way from the index's columns, so it counts what a search shows.
pub fn preferred(a: &Passage, b: &Passage) -> bool {
    let key = |p: &Passage| (preference(p), p.sort_day());
    match key(a).cmp(&key(b)) {
        std::cmp::Ordering::Equal => a.id < b.id,
        order => order == std::cmp::Ordering::Greater,
    }
}

/// How much a version is preferred for showing ([`preference`]): the greater, the more.
pub type Preference = (bool, u8, bool, bool);

/// How much a version is preferred for showing: answered first, then by its status,
/// dated (final) first, then text over PDF.
pub fn preference(p: &Passage) -> Preference {
    let status = match p.status.as_deref() {
        Some("gerectificeerd") => 3,
        None | Some("gecorrigeerd") => 2,
        Some("ongecorrigeerd") => 1,
        Some(_) => 0,
    };
    (
        p.kind != crate::passage::PassageKind::Question,
        status,
        p.date.is_some(),
        !p.source.to_lowercase().ends_with(".pdf"),
    )
}

/// A [`Preference`] as one number, in the same order: what the index keeps of it, so a
/// count chooses among copies without reading them.
pub fn preference_number((answered, status, dated, text): Preference) -> u64 {
    (u64::from(answered) << 24)
        | (u64::from(status) << 16)
        | (u64::from(dated) << 8)
        | u64::from(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compact_fingerprints_find_the_same_copies() {
        let report = "De leden van de fractie vragen de minister hoe het staat met de terugkeerhub in Oeganda en wanneer de Kamer daarover een brief ontvangt.";
        let texts = [
            report.to_string(),
            report.replace("Oeganda", "Uganda"),
            format!("{report} Zij vragen ook naar de kosten."),
            "De minister antwoordt dat de gesprekken met Oeganda nog lopen en dat de Kamer voor de zomer een brief ontvangt.".to_string(),
            String::new(),
        ];
        for a in &texts {
            for b in &texts {
                let (x, y) = (shingles(a), shingles(b));
                assert_eq!(
                    near_duplicates(&x, &y),
                    near_duplicates_compact(&compact(&x), &compact(&y)),
                    "{a:?} / {b:?}"
                );
            }
        }
        assert!(near_duplicates(&shingles(&texts[0]), &shingles(&texts[1])));
        assert!(!near_duplicates(&shingles(&texts[0]), &shingles(&texts[3])));
    }

    #[test]
    fn a_preference_as_a_number_keeps_its_order() {
        let mut all: Vec<Preference> = Vec::new();
        for answered in [false, true] {
            for status in 0..=3u8 {
                for dated in [false, true] {
                    for text in [false, true] {
                        all.push((answered, status, dated, text));
                    }
                }
            }
        }
        for a in &all {
            for b in &all {
                assert_eq!(
                    a.cmp(b),
                    preference_number(*a).cmp(&preference_number(*b)),
                    "{a:?} {b:?}"
                );
            }
        }
    }

    #[test]
    fn substance_grows_with_the_words_up_to_a_full_turn() {
        assert_eq!(substance_factor(0), SUBSTANCE_FLOOR);
        assert_eq!(substance_factor(3), SUBSTANCE_FLOOR);
        assert!(substance_factor(8) > SUBSTANCE_FLOOR && substance_factor(8) < 0.6);
        assert!(substance_factor(20) > substance_factor(8));
        assert_eq!(substance_factor(SUBSTANCE_WORDS), 1.0);
        assert_eq!(substance_factor(600), 1.0);
    }

    #[test]
    fn coverage_rewards_every_word() {
        let even = [1.0, 1.0];
        assert_eq!(coverage_factor(&[1.0], &[1.0]), 1.0);
        // One word held only through a part of it ranks below the word itself.
        assert!(coverage_factor(&[0.5], &[1.0]) < 1.0);
        assert!(coverage_factor(&[1.0, 1.0], &even) > coverage_factor(&[1.0, 0.5], &even));
        assert!(coverage_factor(&[1.0, 0.5], &even) > coverage_factor(&[1.0, 0.0], &even));
        assert!((coverage_factor(&[0.0; 3], &[1.0; 3]) - COVERAGE_FLOOR).abs() < 1e-6);
        // The rare word counts for more than the common one.
        let idf = [0.5, 3.0];
        assert!(coverage_factor(&[0.0, 1.0], &idf) > coverage_factor(&[1.0, 0.0], &idf));
    }

    #[test]
    fn duplicates_by_trigrams() {
        let a = shingles(
            "Het kabinet heeft geen inzicht in op welke termijn de Europese Commissie de guidance note presenteert.",
        );
        let b = shingles(
            "Het kabinet heeft geen inzicht in op welke termijn de Europese\nCommissie de guidance note presenteert. ",
        );
        let c = shingles(
            "Het kabinet zet in op spoedige afronding van de onderhandelingen over het voorstel.",
        );
        assert!(near_duplicates(&a, &b));
        assert!(!near_duplicates(&a, &c));
    }
    #[test]
    fn copies_share_signature_values_and_other_passages_few() {
        let text = "De leden van de NSC-fractie vragen de minister hoe de terugkeerhub in Oeganda \
            wordt ingericht, welke afspraken met de Oegandese regering zijn gemaakt en wie \
            toezicht houdt op de naleving van de mensenrechten in die hub.";
        // The PDF's copy: a page number and a hyphenated line break more.
        let pdf = text.replace("afspraken met", "afspra- ken met 12 ");
        let other = "Het kabinet zet in op versterking van de buitengrenzen van de Unie, met \
            meer middelen voor Frontex en een snellere grensprocedure voor kansarme aanvragen.";
        let (a, b, c) = (shingles(text), shingles(&pdf), shingles(other));
        assert!(near_duplicates(&a, &b));
        let (sa, sb, sc) = (signature(&a), signature(&b), signature(&c));
        assert_eq!(sa.len() as u64, SIGNATURE_HASHES);
        let shared = |x: &[u64], y: &[u64]| x.iter().filter(|v| y.contains(v)).count();
        assert!(shared(&sa, &sb) >= SIGNATURE_MATCHES, "{sa:?} {sb:?}");
        assert!(shared(&sa, &sc) < SIGNATURE_MATCHES, "{sa:?} {sc:?}");
        // A passage that shares one sentence of three with the text is no copy, and its
        // signature says so.
        let neighbour = format!(
            "De leden van de NSC-fractie vragen de minister hoe de terugkeerhub in Oeganda \
            wordt ingericht. {other}"
        );
        let d = shingles(&neighbour);
        assert!(!near_duplicates(&a, &d));
        assert!(shared(&sa, &signature(&d)) < SIGNATURE_MATCHES);
        // Long passages that share no trigram share no value either: the least hash of
        // 500 trigrams is small, and its high bits alike in every long passage.
        let long = |w: &str| {
            (0..500)
                .map(|i| format!("{w}{i}"))
                .collect::<Vec<_>>()
                .join(" ")
        };
        let (e, f) = (shingles(&long("asiel")), shingles(&long("grens")));
        assert!(shared(&signature(&e), &signature(&f)) < 4);
        // Values fit 16 bits, and the same text always gives the same signature.
        assert!(sa.iter().all(|&v| v < 1 << 16));
        assert_eq!(sa, signature(&shingles(text)));
        assert!(signature(&shingles("")).is_empty());
    }
}
