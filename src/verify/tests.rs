//! Verification on documents written for it.

use super::*;
use crate::Document;

fn corpus(docs: &[(&str, &str)]) -> Corpus {
    let mut c = Corpus::new();
    for (id, text) in docs {
        c.push(Document::new(*id, *text));
    }
    c
}

#[test]
fn a_denial_disagrees_a_report_agrees_and_an_other_story_is_unrelated() {
    let c = corpus(&[
        (
            "denial",
            "نفت وزارة الداخلية ما تردد عن اعتقال الصحفي كريم الناصري في البصرة.",
        ),
        (
            "report",
            "قالت مصادر أمنية إن الشرطة اعتقلت الصحفي كريم الناصري في البصرة أمس.",
        ),
        (
            "other",
            "افتتح المعرض الدولي للكتاب أبوابه أمس في القاهرة بمشاركة واسعة.",
        ),
    ]);
    let checker = Checker::new();
    let claim = Statement::new(
        "أعلنت الشرطة اعتقال الصحفي كريم الناصري في البصرة",
        checker.lexicon(),
    );
    let v = checker.verify(&claim, &c);
    let stance = |id: &str| v.documents.iter().find(|d| d.id == id).unwrap().stance;
    assert_eq!(stance("denial"), DocumentStance::Disagree, "{v:#?}");
    assert_ne!(stance("report"), DocumentStance::Disagree, "{v:#?}");
    assert_ne!(stance("report"), DocumentStance::Unrelated, "{v:#?}");
    assert_eq!(stance("other"), DocumentStance::Unrelated, "{v:#?}");
    // Evidence spans are byte ranges of the original text.
    let d = v.documents.iter().find(|d| d.id == "denial").unwrap();
    let e = &d.evidence[0];
    assert_eq!(&c.documents[0].text[e.start..e.end], e.text);
}

#[test]
fn an_index_is_built_once_and_answers_many_claims() {
    let c = corpus(&[
        (
            "a",
            "أعلن الجيش مقتل خمسة جنود في هجوم على قاعدة قرب الموصل.",
        ),
        (
            "b",
            "ارتفعت أسعار النفط في الأسواق العالمية اليوم بنسبة كبيرة.",
        ),
    ]);
    let checker = Checker::new();
    let index = ClaimIndex::build(&c, checker.lexicon());
    let on = |text: &str| {
        let v = checker.verify_in(&Statement::new(text, checker.lexicon()), &index);
        v.documents
            .iter()
            .filter(|d| d.stance != DocumentStance::Unrelated)
            .map(|d| d.id.clone())
            .collect::<Vec<_>>()
    };
    assert_eq!(on("هجوم على قاعدة قرب الموصل"), ["a"]);
    assert_eq!(on("أسعار النفط في الأسواق العالمية"), ["b"]);
}

#[test]
fn a_sentence_calling_the_claim_a_hoax_disagrees() {
    let c = corpus(&[
        (
            "hoax",
            "Reports that a giant spider was found in a Sydney kitchen are a hoax made with photo editing software.",
        ),
        (
            "report",
            "A giant spider was found in a Sydney kitchen on Monday, the family told local television.",
        ),
    ]);
    let checker = Checker::new();
    let claim = Statement::new("Giant spider found in Sydney kitchen", checker.lexicon());
    let v = checker.verify(&claim, &c);
    let stance = |id: &str| v.documents.iter().find(|d| d.id == id).unwrap().stance;
    assert_eq!(stance("hoax"), DocumentStance::Disagree, "{v:#?}");
    assert_ne!(stance("report"), DocumentStance::Disagree, "{v:#?}");
}

#[test]
fn an_arabic_refuting_word_counts_with_its_clitics_and_plural() {
    // «بالشائعات» is listed neither with «ب» nor «ال» nor as a plural: its stem is.
    let c = corpus(&[
        (
            "rumour",
            "وسخرت الوزارة مما وصفته بالشائعات عن بيع مصفاة الشمال لشركة أجنبية.",
        ),
        (
            "report",
            "قالت مصادر إن الحكومة باعت مصفاة الشمال لشركة أجنبية الشهر الماضي.",
        ),
    ]);
    let checker = Checker::new();
    let claim = Statement::new("بيع مصفاة الشمال لشركة أجنبية", checker.lexicon());
    let v = checker.verify(&claim, &c);
    let stance = |id: &str| v.documents.iter().find(|d| d.id == id).unwrap().stance;
    assert_eq!(stance("rumour"), DocumentStance::Disagree, "{v:#?}");
    assert_ne!(stance("report"), DocumentStance::Disagree, "{v:#?}");
}

#[test]
fn a_person_said_to_be_alive_disagrees_with_their_reported_death() {
    let c = corpus(&[
        (
            "alive",
            "وأكدت مصادر مقربة من العائلة أن رجل الأعمال سامر الدباغ ما زال على قيد الحياة في المستشفى.",
        ),
        (
            "other",
            "افتتح المعرض الدولي للكتاب أبوابه أمس في القاهرة بمشاركة واسعة.",
        ),
    ]);
    let checker = Checker::new();
    let claim = Statement::new(
        "مقتل رجل الأعمال سامر الدباغ في انفجار سيارة مفخخة",
        checker.lexicon(),
    );
    let v = checker.verify(&claim, &c);
    let stance = |id: &str| v.documents.iter().find(|d| d.id == id).unwrap().stance;
    assert_eq!(stance("alive"), DocumentStance::Disagree, "{v:#?}");
}

#[test]
fn a_sentence_calling_a_hoax_what_the_claim_calls_a_hoax_agrees() {
    let c = corpus(&[
        (
            "debunk",
            "Experts said the story of a talking parrot elected mayor of Springfield is a hoax started on a satire site.",
        ),
        (
            "other",
            "The city council approved the new budget for road repairs on Tuesday.",
        ),
    ]);
    let checker = Checker::new();
    let claim = Statement::new(
        "Talking parrot elected mayor of Springfield is a hoax",
        checker.lexicon(),
    );
    let v = checker.verify(&claim, &c);
    let stance = |id: &str| v.documents.iter().find(|d| d.id == id).unwrap().stance;
    assert_eq!(stance("debunk"), DocumentStance::Agree, "{v:#?}");
}
