//! The language of a document whose manifest does not say: what the report names its speakers
//! in (Arabic names for an Arabic page, English for an English one).

/// How much of a text is read to tell its language: its beginning says enough.
const SAMPLE_BYTES: usize = 4096;

/// The language of `text` as a two-letter ISO 639-1 code for the languages the lexicon
/// covers (`ar`, `en`), else the ISO 639-3 code `whatlang` gives; `None` when there is too
/// little text to tell.
pub fn detect_language(text: &str) -> Option<String> {
    let mut end = text.len().min(SAMPLE_BYTES);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let info = whatlang::detect(&text[..end])?;
    Some(match info.lang() {
        whatlang::Lang::Ara => "ar".to_string(),
        whatlang::Lang::Eng => "en".to_string(),
        other => other.code().to_string(),
    })
}

#[cfg(test)]
mod tests {
    use super::detect_language;

    #[test]
    fn tells_arabic_from_english() {
        assert_eq!(
            detect_language("The ministry said about 3,100 troops remain in the country.")
                .as_deref(),
            Some("en")
        );
        assert_eq!(
            detect_language("قالت وزارة الدفاع إن القوات باقية في العراق.").as_deref(),
            Some("ar")
        );
    }
}
