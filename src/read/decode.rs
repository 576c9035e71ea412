//! Decoding text files: UTF-8, UTF-16 with a byte-order mark, and legacy 8-bit
//! encodings (Windows-1252 / Latin-1) detected with `chardetng`.

/// Decode the bytes of a text file to a `String`.
///
/// Returns a reason (without the file name) when the bytes are not text.
pub fn decode_text(bytes: &[u8]) -> Result<String, String> {
    if let Some((encoding, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, had_errors) = encoding.decode(&bytes[bom_len..]);
        if had_errors {
            return Err(format!("invalid {} text", encoding.name()));
        }
        return Ok(text.into_owned());
    }
    if looks_binary(bytes) {
        return Err("binary content, not a text file".into());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Ok(text.to_owned());
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(Some(b"nl"), chardetng::Utf8Detection::Allow);
    let (text, _, _) = encoding.decode(bytes);
    Ok(text.into_owned())
}

/// Text files have no NUL bytes and few control characters.
fn looks_binary(bytes: &[u8]) -> bool {
    let sample = &bytes[..bytes.len().min(64 * 1024)];
    if sample.contains(&0) {
        return true;
    }
    let control = sample
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 20 > sample.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through() {
        assert_eq!(
            decode_text("reïntegratie".as_bytes()).unwrap(),
            "reïntegratie"
        );
    }

    #[test]
    fn windows_1252_is_detected() {
        // "reïntegratie van Italië" in Windows-1252: ï = 0xEF, ë = 0xEB.
        let bytes =
            b"De re\xefntegratie van asielzoekers in Itali\xeb en de co\xf6rdinatie daarvan.";
        assert_eq!(
            decode_text(bytes).unwrap(),
            "De reïntegratie van asielzoekers in Italië en de coördinatie daarvan."
        );
    }

    #[test]
    fn utf16_with_bom() {
        let mut bytes = vec![0xFF, 0xFE];
        for u in "Antwoord".encode_utf16() {
            bytes.extend_from_slice(&u.to_le_bytes());
        }
        assert_eq!(decode_text(&bytes).unwrap(), "Antwoord");
    }

    #[test]
    fn binary_is_refused() {
        assert!(decode_text(&[0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2]).is_err());
    }
}
