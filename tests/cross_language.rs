//! The mission's headline conflict across languages: an Iraqi statement in Arabic against the
//! Pentagon in English, flagged with the default settings; and a timetable for something else
//! in English is no rival of the Arabic one.

use crosscheck::{Checker, ConflictKind, Corpus, Document};

fn corpus() -> Corpus {
    let mut c = Corpus::new();
    c.push(
        Document::new(
            "iraq-ar",
            "أعلن مكتب رئيس الوزراء العراقي أنه سيتم وضع جدول زمني محدد لإنهاء مهمة التحالف الدولي في العراق.\n\
             وقال المكتب إن عدد القوات الأميركية في العراق لا يتجاوز ألفي جندي.",
        )
        .with_language("ar"),
    );
    c.push(
        Document::new(
            "pentagon-en",
            "\"We do not have a set timetable for ending the coalition mission,\" Pentagon spokeswoman \
             Sabrina Singh told reporters on Monday.\n\
             The Pentagon said about 2,500 U.S. troops remain in Iraq.",
        )
        .with_language("en"),
    );
    c.push(
        Document::new(
            "peshmerga-en",
            "U.S. officials said there is no timetable for unifying the Peshmerga forces under one ministry.",
        )
        .with_language("en"),
    );
    c
}

#[test]
fn an_arabic_and_an_english_statement_conflict_on_the_same_scale() {
    let report = Checker::new().check(&corpus());
    let between = |a: &str, b: &str, kind: ConflictKind| {
        report.conflicts.iter().any(|c| {
            let docs = [&c.a, &c.b].map(|id| id.split('#').next().unwrap_or_default().to_string());
            docs.contains(&a.to_string()) && docs.contains(&b.to_string()) && c.kind == kind
        })
    };
    assert!(
        between("iraq-ar", "pentagon-en", ConflictKind::Negation),
        "{:#?}",
        report.conflicts
    );
    assert!(
        between("iraq-ar", "pentagon-en", ConflictKind::Numeric),
        "{:#?}",
        report.conflicts
    );
    // A timetable for unifying the Peshmerga is not one for ending the coalition's mission.
    assert!(
        !report
            .conflicts
            .iter()
            .any(|c| c.a.starts_with("peshmerga-en") || c.b.starts_with("peshmerga-en")),
        "{:#?}",
        report.conflicts
    );
}

#[test]
fn a_document_without_a_language_is_detected_and_names_speakers_in_it() {
    let mut c = Corpus::new();
    c.push(Document::new(
        "en",
        "\"The base will stay open through the winter,\" Pentagon spokeswoman Sabrina Singh told reporters.",
    ));
    c.push(Document::new(
        "ar",
        "وقالت المتحدثة باسم البنتاغون سابرينا سينغ إن القاعدة ستبقى مفتوحة طوال الشتاء.",
    ));
    let report = Checker::new().check(&c);
    let language = |id: &str| {
        report
            .documents
            .iter()
            .find(|d| d.id == id)
            .and_then(|d| d.language.clone())
    };
    assert_eq!(language("en").as_deref(), Some("en"));
    assert_eq!(language("ar").as_deref(), Some("ar"));
    let speaker = |doc: &str| {
        report
            .claims
            .iter()
            .find(|c| c.doc == doc)
            .and_then(|c| c.speaker.name.clone())
    };
    assert_eq!(speaker("en").as_deref(), Some("Sabrina Singh"));
    assert_eq!(speaker("ar").as_deref(), Some("سابرينا سينغ"));
}
