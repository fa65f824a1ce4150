//! Properties over arbitrary input: no panic, spans that point into the original text,
//! idempotent normalisation, and a report that does not depend on threads or input order.

use crosscheck::LoadOptions;
use crosscheck::lab::corpus::{decode_bytes, decode_text};
use crosscheck::lab::text::{Normalized, normalize_str};
use crosscheck::{Checker, Corpus, Document};
use proptest::prelude::*;
use std::path::Path;
use std::sync::OnceLock;

fn checker() -> &'static Checker {
    static CHECKER: OnceLock<Checker> = OnceLock::new();
    CHECKER.get_or_init(Checker::new)
}

/// Arabic-looking text: letters, Persian variants, diacritics, digits, quotes, clause marks,
/// controls and line breaks in any order.
fn arabicish() -> impl Strategy<Value = String> {
    proptest::string::string_regex(
        "[\u{0621}-\u{064A}\u{064B}-\u{0652}\u{0640}\u{06CC}\u{06A9}\u{06BE}\u{0660}-\u{0669}\u{06F0}-\u{06F9}\u{200F}\u{202B}\u{FEFB} .،:\"«»“”()\\n0-9a-zA-Z]{0,400}",
    )
    .unwrap()
}

/// Fragments of news sentences, recombined: reporting verbs, speakers, negators, numbers.
fn newsish() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "وقال وزير الدفاع العراقي إن ",
        "وأكدت وزارة الدفاع الأميركية أن ",
        "بحسب مسؤول أمني عراقي، ",
        "وأضاف: \"",
        "ليس لدى الوزارة جدول زمني واضح",
        "سيتم وضع جدول زمني لانسحاب قوات التحالف",
        "ويوجد نحو 1800 جندي في الأردن",
        "وبعدد لا يتجاوز ألفي موظف",
        "\". ",
        "، ",
        ". ",
        "\n",
        "اقرأ أيضاً:\n",
        "لا توجد تعليقات حتى الآن",
    ]);
    prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
}

fn check_spans(text: &str) {
    let doc = Document::new("p", text);
    for claim in checker().extract(&doc) {
        assert!(text.is_char_boundary(claim.start) && text.is_char_boundary(claim.end));
        assert!(claim.start <= claim.end && claim.end <= text.len());
        assert_eq!(&text[claim.start..claim.end], claim.text);
        for q in &claim.quantities {
            assert!(text.is_char_boundary(q.start) && text.is_char_boundary(q.end));
            assert!(claim.start <= q.start && q.end <= claim.end);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn any_unicode_extracts_without_panic_and_spans_hold(text in any::<String>()) {
        check_spans(&text);
    }

    #[test]
    fn arabic_like_text_extracts_and_spans_hold(text in arabicish()) {
        check_spans(&text);
    }

    #[test]
    fn news_like_text_extracts_and_spans_hold(text in newsish()) {
        check_spans(&text);
    }

    #[test]
    fn any_bytes_decode_or_fail_cleanly(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        let strict = decode_text(Path::new("x"), bytes.clone(), &LoadOptions::default());
        let lossy = decode_text(
            Path::new("x"),
            bytes.clone(),
            &LoadOptions { lossy_utf8: true, ..LoadOptions::default() },
        );
        let decoded = decode_bytes(Path::new("x"), bytes.clone(), &LoadOptions::default());
        if let Ok(d) = &decoded {
            // Bytes that are not UTF-8 are read only in an encoding the result names.
            prop_assert_eq!(d.encoding.is_none(), std::str::from_utf8(&bytes).is_ok());
            prop_assert_eq!(Ok(d.text.clone()), strict.as_ref().map(String::clone).map_err(|e| e.to_string()));
        }
        if let Ok(text) = strict {
            if decoded.as_ref().is_ok_and(|d| d.encoding.is_none()) {
                prop_assert_eq!(text.as_bytes(), &bytes[..]);
            }
            prop_assert_eq!(Ok(text.clone()), lossy.map_err(|e| e.to_string()));
            check_spans(&text);
        } else if let Ok(text) = lossy {
            check_spans(&text);
        }
    }

    #[test]
    fn valid_text_decodes_as_it_is(text in prop_oneof![any::<String>(), arabicish()]) {
        let decoded = decode_text(Path::new("x"), text.clone().into_bytes(), &LoadOptions::default());
        if !text.contains('\0') && !text.trim().is_empty() {
            prop_assert_eq!(decoded.map_err(|e| e.to_string()), Ok(text));
        }
    }

    #[test]
    fn normalisation_is_idempotent(text in prop_oneof![any::<String>(), arabicish()]) {
        let once = normalize_str(&text);
        prop_assert_eq!(normalize_str(&once), once);
    }

    #[test]
    fn the_folded_text_is_every_character_folded_in_turn(text in prop_oneof![any::<String>(), arabicish()]) {
        // `Normalized::new` copies the characters that fold to themselves without folding them
        // (told from their bytes): it must fold exactly as `fold_char` does, one at a time.
        let folded = Normalized::new(&text);
        prop_assert_eq!(folded.as_str(), normalize_str(&text));
    }

    #[test]
    fn offset_map_is_monotonic_and_on_boundaries(text in prop_oneof![any::<String>(), arabicish()]) {
        let n = Normalized::new(&text);
        let folded = n.as_str();
        let mut last = 0;
        for (i, _) in folded.char_indices().chain(std::iter::once((folded.len(), ' '))) {
            let o = n.original_offset(i);
            prop_assert!(o >= last && o <= text.len() && text.is_char_boundary(o));
            last = o;
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn report_ignores_thread_count_and_input_order(texts in prop::collection::vec(newsish(), 1..6)) {
        let docs: Vec<Document> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| Document::new(format!("d{i}"), t.clone()).with_source(format!("Outlet {i}")))
            .collect();
        let forward = Corpus { documents: docs.clone(), ..Corpus::default() };
        let mut reversed = docs;
        reversed.reverse();
        let reversed = Corpus { documents: reversed, ..Corpus::default() };
        let many = checker().check(&forward).to_json();
        let one = rayon::ThreadPoolBuilder::new()
            .num_threads(1)
            .build()
            .unwrap()
            .install(|| checker().check(&reversed).to_json());
        prop_assert_eq!(many, one);
    }
}
