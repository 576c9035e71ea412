//! Generate a folder of written consultations for measurements: `FILES` documents of
//! `QUESTIONS` question-and-answer passages each, built from corpus-sample's sentences.
//!
//! `cargo run --release --example gen_corpus -- DIR [FILES] [QUESTIONS]` (5000 and 12
//! by default: 60,000 passages).

#[path = "../tests/support/corpus.rs"]
mod corpus;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: gen_corpus DIR [FILES] [QUESTIONS]");
        std::process::exit(2);
    };
    let files = args.next().and_then(|a| a.parse().ok()).unwrap_or(5000);
    let questions = args.next().and_then(|a| a.parse().ok()).unwrap_or(12);
    let generator = corpus::Generator::from_corpus(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus-sample"),
    )?;
    generator.write_folder(std::path::Path::new(&dir), files, questions)?;
    println!("{files} files of {questions} passages in {dir}");
    Ok(())
}
